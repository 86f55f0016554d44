"""Which article pages an edit of an article reaches: the one rule of partial invalidation.

An article page is stored with the version of its article (`page_subject`); its panel of the
figures other articles cite for the same indicators is not stored with it but completed when the
page is served, from each indicator's figures, kept apart (`panel_subject`). An edit of an
article made inside `articles.cache.editing()` renews only what shows it (`subjects_showing`),
read before and after the edit: its page, the pages of the articles it links to and that link to
it (their related blocks show its title), and the figures of its indicators (other panels show
its figures). When the edit moves other articles' figures into or out of an indicator, their
pages are renewed too (`figures_moved`). Any other write renews every article page.
"""

from django.db.models import Q


def page_subject(article_id):
    return f"article:{article_id}"


def panel_subject(indicator_id):
    return f"panel:{indicator_id}"


def subjects_showing(article_id):
    """What shows this article: its page, its linked articles' pages, its indicators' figures (two queries)."""
    from articles.models import ArticleLink, Statistic

    subjects = {page_subject(article_id)}
    indicators = Statistic.objects.filter(article_id=article_id, indicator__isnull=False).values_list("indicator_id")
    subjects |= {panel_subject(indicator_id) for (indicator_id,) in indicators.distinct()}
    links = ArticleLink.objects.filter(Q(article_id=article_id) | Q(target_article_id=article_id))
    for ends in links.values_list("article_id", "target_article_id"):
        subjects |= {page_subject(end) for end in ends if end is not None}
    return subjects


def is_scheduled(article_id):
    """Whether the article is published with a date to come (one query): when it comes, the pages
    showing it change with no edit."""
    from articles.models import Article

    return Article.objects.scheduled().filter(pk=article_id).exists()


def figures_moved(article_ids):
    """These articles' own figures joined or left an indicator: their pages show it."""
    from articles.cache import renew_subjects

    if article_ids:
        renew_subjects({page_subject(article_id) for article_id in article_ids})
