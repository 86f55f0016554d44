"""Every public page costs at most eight queries, and the same number at 100 and at 1,000 articles.

The dataset is the bench's synthetic corpus (short bodies, to keep the test quick), bulk-loaded
with its authors, skill tree, tags, cross-links and extracted statistics. The page cache is off
(as in all page tests): what is counted is the page's own cost.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import Resolver404, resolve

from articles.documents import slugify_title
from articles.models import Article, Indicator, Statistic
from bench.corpus import Corpus, CorpusSpec, create_taxonomy
from bench.dataset import bulk_load

pytestmark = pytest.mark.django_db
MAX_PAGE_QUERIES = 8
SMALL, LARGE = 100, 1_000


def corpus():
    return Corpus(CorpusSpec(articles=LARGE, links=3 * LARGE, min_words=120, max_words=200))


def public_pages(corpus):
    """Name → path of every public page, built from rows present at both sizes."""
    article = Article.objects.get(slug=corpus.slug(0))
    tag = article.tags.order_by("name").first()
    return {
        "home": "/",
        "article_list": "/articles/",
        "article_list_page_2": "/articles/?page=2",
        "article": article.get_absolute_url(),
        "theme": article.theme.get_absolute_url(),
        "skill_near_the_root": f"/competences/{slugify_title(corpus.root_skill)}/",
        "tag": f"/mots-cles/{tag.slug}/",
        "author": article.authors.first().get_absolute_url(),
        "search": "/recherche/?q=entreprises+marché",
        "statistics": "/statistiques/",
        "feed_rss": "/flux/rss/",
        "feed_atom": "/flux/atom/",
        "theme_feed": f"/flux/themes/{article.theme.slug}/rss/",
        "sitemap": "/sitemap.xml",
        "sitemap_articles": "/sitemap-articles.xml",
    }


def count_queries(client, pages, django_assert_max_num_queries):
    # Every request reads the working copies' next due date again once it is 60 s old (copies.py):
    # loading 900 articles can take that long on a loaded machine; that read is not a page's cost.
    client.get("/healthz")
    counts = {}
    for name, path in pages.items():
        with django_assert_max_num_queries(MAX_PAGE_QUERIES), CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, f"{name} ({path}) answered {response.status_code}"
        counts[name] = len(queries)
    return counts


def test_every_public_page_costs_the_same_bounded_queries_at_100_and_1000_articles(
    client, django_assert_max_num_queries
):
    synthetic = corpus()
    create_taxonomy(synthetic)
    bulk_load(synthetic, range(SMALL))
    pages = public_pages(synthetic)
    assert [path for path in pages.values() if not _resolves(path)] == []

    at_small = count_queries(client, pages, django_assert_max_num_queries)
    bulk_load(synthetic, range(SMALL, LARGE))
    assert Article.objects.published().count() == LARGE
    at_large = count_queries(client, pages, django_assert_max_num_queries)

    assert at_large == at_small


def _resolves(path):
    try:
        resolve(path.split("?")[0])
    except Resolver404:
        return False
    return True


def test_the_article_page_reads_its_subjects_and_figures_with_the_two_written_queries(client, imported_seeds):
    """`articles.sql` holds the only SQL written by hand; the article page runs each once, the
    indicators' first figures only when the cache does not hold them."""
    from articles.sql import INDICATOR_FIGURES_QUERY, OWN_FIGURES_QUERY, SUBJECTS_QUERY

    cited = Article.objects.published().filter(statistics__isnull=False).distinct()
    first_figures = [article.statistics.order_by("start").first().pk for article in cited]
    Statistic.objects.filter(pk__in=first_figures).update(indicator=Indicator.objects.create(name="Adoption"))
    article = cited.first()
    runs = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(article.get_absolute_url())
        assert response.status_code == 200 and len(queries) <= MAX_PAGE_QUERIES

        def runs_of(written, queries=queries):
            marker = " ".join(written.split()[:8])  # its opening words, as the driver sent them
            return sum(" ".join(query["sql"].split()).startswith(marker) for query in queries)

        runs.append((runs_of(SUBJECTS_QUERY), runs_of(OWN_FIGURES_QUERY), runs_of(INDICATOR_FIGURES_QUERY)))
    assert runs == [(1, 1, 1), (1, 1, 0)]


def test_a_reader_gets_the_public_article_the_orm_would_give_and_no_other(imported_seeds):
    """`articles.sql.public_article` restates what the article page asked the ORM for a reader."""
    from datetime import timedelta

    from django.utils import timezone

    from articles.sql import public_article
    from articles.views import latest_publication

    public = Article.objects.published().select_related("theme").defer("body", "metadata", "guesses")
    public = public.annotate(site_published=latest_publication())
    for expected in public:
        found = public_article(expected.slug)
        for field in Article._meta.concrete_fields:
            if field.name not in ("body", "metadata", "guesses"):
                assert getattr(found, field.attname) == getattr(expected, field.attname), field.name
        assert (found.theme.name, found.theme.slug) == (expected.theme.name, expected.theme.slug)
        assert found.site_published == expected.site_published
        with CaptureQueriesContext(connection) as queries:
            assert found.theme.slug and found.title
        assert not queries, "the theme and the columns the page shows come with the article"

    draft, scheduled = Article.objects.filter(status=Article.Status.PUBLISHED)[:2]
    Article.objects.filter(pk=draft.pk).update(status=Article.Status.DRAFT)
    Article.objects.filter(pk=scheduled.pk).update(publish_date=timezone.now() + timedelta(days=1))
    assert public_article(draft.slug) is None and public_article(scheduled.slug) is None
    assert public_article("aucun-article") is None
