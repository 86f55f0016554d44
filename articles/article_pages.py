"""Which article pages an edit of an article reaches: the one rule of partial invalidation.

An article page is stored whole, panel included, with two versions that the page cache reads in
the one round trip that reads the page: its own, named by its address (`page_subject`), and the
version of every panel (`PANELS_SUBJECT`: the figures other articles cite for the same indicators,
kept apart as each indicator's figures, `panel_subject`). An edit of an article made inside
`articles.cache.editing()` renews only what shows it (`subjects_showing`), read before and after
the edit: its page, the pages of the articles it links to and that link to it (their related
blocks show its title), and, when it cites figures of an indicator, those figures and the panels'
version: a page is then served with its panel alone rendered again, once. (One version for every
panel, since the articles citing an indicator are hundreds at 10,000 articles: naming each at
each edit cost more than the panels rendered again.) When the edit moves other articles' figures
into or out of an indicator, their pages are renewed too (`figures_moved`). Any other write
renews every article page.
"""

import hashlib
from urllib.parse import unquote

from django.db.models import Q
from django.urls import get_script_prefix

from articles.addresses import slug_url


def article_address(slug):
    """The path an article page is asked at, as a request names it (`request.path_info`: decoded,
    without the script prefix): what its versions are named by."""
    return article_addresses([slug])[0]


def article_addresses(slugs):
    """`article_address` of each slug, the address around them reversed once (an edit names hundreds)."""
    marker = "SLUG-MARKER"  # unquoting what `slug_url` quoted gives the slug back
    around = unquote(slug_url(marker, "articles:detail"))[len(get_script_prefix()) - 1 :]
    before, _, after = around.partition(marker)
    return [f"{before}{slug}{after}" for slug in slugs]


def _named(address):
    # Hashed: a key of bounded length and plain characters, whatever the address holds.
    return hashlib.sha256(address.encode()).hexdigest()[:32]


def page_subject(address):
    return f"page:{_named(address)}"


PANELS_SUBJECT = "panels"


def panel_subject(indicator_id):
    return f"panel:{indicator_id}"


def subjects_showing(article_id):
    """What shows this article (two queries): its page, its linked articles' pages, its indicators'
    figures and, when it has some, the panels."""
    from articles.models import Article, ArticleLink, Statistic

    linked = Q(pk__in=ArticleLink.objects.filter(target_article_id=article_id).values("article_id"))
    linked |= Q(pk__in=ArticleLink.objects.filter(article_id=article_id).values("target_article_id"))
    pages = Article.objects.filter(Q(pk=article_id) | linked).values_list("slug", flat=True)
    subjects = {page_subject(address) for address in article_addresses(pages)}
    indicators = Statistic.objects.filter(article_id=article_id, indicator__isnull=False).values_list("indicator_id")
    panels = {panel_subject(indicator_id) for (indicator_id,) in indicators.distinct()}
    return subjects | panels | ({PANELS_SUBJECT} if panels else set())


def is_scheduled(article_id):
    """Whether the article is published with a date to come (one query): when it comes, the pages
    showing it change with no edit."""
    from articles.models import Article

    return Article.objects.scheduled().filter(pk=article_id).exists()


def figures_moved(article_ids):
    """These articles' own figures joined or left an indicator: their pages show it (one query)."""
    from articles.cache import renew_subjects
    from articles.models import Article

    if article_ids:
        slugs = Article.objects.filter(pk__in=article_ids).values_list("slug", flat=True)
        renew_subjects({page_subject(address) for address in article_addresses(slugs)})
