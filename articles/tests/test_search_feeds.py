"""Search (PostgreSQL's French full-text search, or the SQLite fallback), feeds and the sitemap,
on the imported seeds."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import feedparser
import pytest
from django.conf import settings
from django.db import connection
from django.db.models import Max
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Skill, Theme
from articles.search import excerpt, highlight, plain_text, query_words
from articles.tests.test_public_pages import SEED_SLUG, publish

pytestmark = pytest.mark.django_db
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
needs_postgres = pytest.mark.skipif(not settings.IS_POSTGRES, reason="French stemming needs PostgreSQL")


def search(client, query):
    response = client.get(reverse("articles:search"), {"q": query})
    assert response.status_code == 200
    return response


def result_slugs(response):
    return [article.slug for article in response.context["articles"]]


# --- pure helpers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("L'IA et le marketing", ["marketing"], "L&#x27;IA et le <mark>marketing</mark>"),
        ("<script>ia</script>", ["ia"], "&lt;script&gt;<mark>ia</mark>&lt;/script&gt;"),
        ("Chatbots & CHATBOTS", ["chatbots"], "<mark>Chatbots</mark> &amp; <mark>CHATBOTS</mark>"),
        ("aucun mot", ["absent"], "aucun mot"),
        ("a <b> c", [], "a &lt;b&gt; c"),
    ],
)
def test_highlight_escapes_then_marks(text, words, expected):
    assert highlight(text, words) == expected


def test_query_words_and_plain_text():
    assert query_words("  IA, ia et   l’IA générative ") == ["ia", "et", "l’ia", "générative"]
    assert plain_text("## Titre\n\n**Gras** et [un lien](https://x.example) <h3>Intertitre</h3>") == (
        "Titre Gras et un lien Intertitre"
    )
    assert plain_text("Liste :\n- un *point*\n1. deux\n  + trois, 3 - 2") == "Liste : un point deux trois, 3 - 2"
    assert excerpt("mot " * 100 + "cible", ["cible"]).endswith("<mark>cible</mark>")
    assert excerpt("cible " + "mot " * 100, ["cible"]).endswith("mot …")


# --- search pages --------------------------------------------------------------------------------


def test_search_finds_seeds_by_body_and_highlights(client, imported_seeds):
    response = search(client, "chatbots")
    slugs = result_slugs(response)
    assert SEED_SLUG in slugs
    assert "<mark>" in response.content.decode()
    assert "résultat" in response.content.decode()


def test_search_matches_tags(client, imported_seeds):
    article = publish("Un article sans le mot", body="Rien à voir.", description="Rien.")
    article.tags.set(["zythologie"])
    assert result_slugs(search(client, "zythologie")) == [article.slug]


def test_search_never_returns_drafts_or_scheduled(client, db):
    publish("Brouillon sur les chatbots", status=Article.Status.DRAFT)
    publish("Chatbots programmés", publish_date=timezone.now() + timedelta(days=2))
    public = publish("Chatbots publiés")
    assert result_slugs(search(client, "chatbots")) == [public.slug]


def test_search_escapes_hostile_titles(client, db):
    publish('<img src=x onerror="alert(1)"> chatbots')
    html = search(client, "chatbots").content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=" in html


def test_empty_query_shows_the_form_without_results(client, imported_seeds, django_assert_max_num_queries):
    with django_assert_max_num_queries(0):
        response = search(client, "")
    assert result_slugs(response) == []
    assert 'id="search-input"' in response.content.decode()


def test_search_follows_edits_and_deletions(client, db):
    article = publish("Les chatbots au service client")
    assert result_slugs(search(client, "chatbots")) == [article.slug]
    article.title, article.description, article.body = "Les assistants vocaux", "Voix.", "Parler à sa marque."
    article.save()
    assert result_slugs(search(client, "chatbots")) == []
    assert result_slugs(search(client, "vocaux")) == [article.slug]
    article.delete()
    assert result_slugs(search(client, "vocaux")) == []


def test_search_matches_every_word(client, db):
    both = publish("Personnalisation de la relation client", body="Des clients fidèles.")
    publish("Personnalisation seule", body="Rien d'autre.")
    assert result_slugs(search(client, "personnalisation clients")) == [both.slug]
    assert result_slugs(search(client, "l’ia")) == []  # apostrophes and quotes are no query syntax
    assert search(client, '"chat" OR * NEAR(') is not None


@pytest.mark.skipif(settings.IS_POSTGRES, reason="the full-text triggers exist on SQLite only")
def test_sqlite_search_triggers_survive_every_migration(db):
    """A migration that rebuilds the article table on SQLite silently drops them (see 0007, 0008)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles_article'")
        triggers = {name for (name,) in cursor.fetchall()}
    assert {f"articles_article_fts_{event}" for event in ("insert", "delete", "update")} <= triggers


@pytest.mark.skipif(settings.IS_POSTGRES, reason="PostgreSQL's French configuration keeps accents")
def test_sqlite_search_folds_accents_and_matches_word_starts(client, db):
    article = publish("L'IA générative en entreprise")
    assert result_slugs(search(client, "generative")) == [article.slug]
    assert result_slugs(search(client, "génér entrep")) == [article.slug]
    assert "<mark>" in search(client, "générative").content.decode()


@needs_postgres
def test_postgres_stemming_finds_other_forms_and_ranks_titles_first(client, imported_seeds):
    slugs = result_slugs(search(client, "personnalisé"))
    assert SEED_SLUG in slugs  # its text says "personnalisation"
    titled = publish("La personnalisation avant tout", body="Un texte court.")
    assert result_slugs(search(client, "personnalisation"))[0] == titled.slug


@needs_postgres
def test_postgres_text_match_uses_the_gin_index(imported_seeds):
    """The statement that finds the matches reads them through indexes only, its text conditions
    on the article itself (a subquery made PostgreSQL read every article's stored document).
    Which index: the seeds' five articles are too few for the planner to prefer the GIN index."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles.search import _PLAIN_SCANS, SearchPaginator, search_articles

    with CaptureQueriesContext(connection) as run:
        assert SearchPaginator(search_articles("personnalisé client"), 12).matching_ids
    (matching,) = [query["sql"] for query in run.captured_queries if "search_document @@" in query["sql"]]
    with connection.cursor() as cursor:
        cursor.execute(_PLAIN_SCANS, {"allowed": "off"})
        cursor.execute(f"EXPLAIN {matching}")
        plan = "\n".join(row for (row,) in cursor.fetchall())
    assert "Seq Scan" not in plan and "Bitmap Index Scan" in plan, plan
    assert "IN (SELECT" not in matching


@needs_postgres
def test_postgres_ranks_the_newest_matches_and_widens_its_window_for_rare_words(imported_seeds, monkeypatch):
    """With more matches than it ranks, the newest are ranked; with fewer, the window of newest
    articles grows until it holds them all, and the order is the full ranking's."""
    from articles import search as search_module

    query = "marketing"
    full = search_module.search_articles(query)
    ranked = list(full.values_list("pk", flat=True))
    newest = list(full.order_by("-publish_date", "-pk").values_list("pk", flat=True))
    assert len(ranked) >= 3

    monkeypatch.setattr(search_module, "FIRST_WINDOW", 1)
    monkeypatch.setattr(search_module, "RANKED_MATCHES", 2)
    capped = search_module.SearchPaginator(search_module.search_articles(query), 12).matching_ids
    assert capped == [pk for pk in ranked if pk in newest[:2]]

    monkeypatch.setattr(search_module, "RANKED_MATCHES", len(ranked) + 1)
    assert search_module.SearchPaginator(search_module.search_articles(query), 12).matching_ids == ranked


@needs_postgres
def test_postgres_finds_the_tags_holding_a_word_through_their_gin_index(db):
    from taggit.models import Tag

    from articles.search import _tags_holding

    Tag.objects.create(name="personnalisation client", slug="personnalisation-client")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a one-row table would be scanned anyway
    with CaptureQueriesContext(connection) as queries:
        assert list(_tags_holding(["personnalisé"])) == ["personnalisé"]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + queries[0]["sql"])
        plan = "\n".join(line for (line,) in cursor.fetchall())
    assert "taggit_tag_search_fr" in plan


@needs_postgres
def test_postgres_headline_comes_from_around_the_first_match_of_a_long_body(client, db):
    body = "Un début sans rapport. " * 200 + "La personnalisation des offres change tout. " + "Une fin. " * 100
    article = publish("Un long article", body=body, description="Rien.")
    response = search(client, "personnalisé")
    assert result_slugs(response) == [article.slug]
    snippet = response.context["articles"][0].snippet
    assert "<mark>personnalisation</mark> des offres" in snippet
    # A body holding no stem as written (matched in the title only) gives its start.
    titled = publish("Personnalisation", body="Un début. " * 300, description="Rien.")
    assert search(client, "personnalisation").context["articles"][0].pk == titled.pk
    assert search(client, "personnalisation").context["articles"][0].snippet.startswith("Un début.")


@needs_postgres
def test_postgres_matches_and_ranks_on_the_stored_document_which_follows_edits(db):
    from articles.search import search_articles

    article = publish("Chatbots en boutique")
    # Building the document from the body costs ~2 ms an article: matching and ranking read it stored.
    assert "to_tsvector" not in str(search_articles("chatbots").query)
    assert list(search_articles("chatbots")) == [article]
    article.body = "Les assistants vocaux progressent."
    article.save()
    assert list(search_articles("vocaux")) == [article]
    assert list(search_articles("chatbots")) == [article]  # still in its title


@pytest.mark.skipif(settings.IS_POSTGRES, reason="the index's word counts are SQLite's (fts5vocab)")
def test_sqlite_a_word_every_article_holds_filters_nothing_until_one_lacks_it(client, db):
    from articles.search import search_articles

    first = publish("Les clients d’abord", body="Des clients.")
    second = publish("Les clients ensuite", body="Encore des clients.", description="Des clients.")
    # Counted by the index, not matched against it: SQLite does not list every article (the
    # word is only looked for in titles and descriptions, to rank).
    _, parameters = search_articles("clients").query.sql_with_params()
    assert '"clients"*' not in parameters and '{title} : ("clients"*)' in parameters
    assert set(result_slugs(search(client, "clients"))) == {first.slug, second.slug}
    assert result_slugs(search(client, "ensuite -clients")) == []
    assert result_slugs(search(client, "clients ensuite")) == [second.slug]
    draft = publish("Un brouillon", body="Rien.", status=Article.Status.DRAFT)
    without = publish("Sans le mot", body="Rien.")
    assert set(result_slugs(search(client, "clients"))) == {first.slug, second.slug}
    assert result_slugs(search(client, "rien -clients")) == [without.slug]
    without.delete()
    draft.delete()
    second.body = "Encore."
    second.save()
    assert set(result_slugs(search(client, "clients"))) == {first.slug, second.slug}  # in its description
    assert result_slugs(search(client, "d’abord")) == [first.slug]


@pytest.mark.skipif(settings.IS_POSTGRES, reason="the index's word counts are SQLite's (fts5vocab)")
def test_sqlite_a_word_every_article_holds_ranks_only_when_it_is_the_only_word(db):
    from articles.search import search_articles

    older = publish("Le client d’abord", body="Des chatbots.", publish_date=timezone.now() - timedelta(days=2))
    newer = publish("Les outils", body="Des chatbots pour le client.")
    oldest = publish("Une autre affaire", body="Un client.", publish_date=timezone.now() - timedelta(days=3))
    # "client" is in every article: in a title it says nothing of what the article is about
    # (bm25 leaves it out too), so the first stage orders the two matches by date alone.
    assert list(search_articles("chatbots client")) == [newer, older]
    assert list(search_articles("client")) == [older, newer, oldest]  # alone, its title and description rank


def test_search_results_paginate(client, db):
    for n in range(14):
        publish(f"Chatbots, épisode {n}")
    first = search(client, "chatbots")
    assert len(first.context["articles"]) == 12
    assert "q=chatbots&amp;page=2" in first.content.decode()
    assert len(client.get(reverse("articles:search"), {"q": "chatbots", "page": 2}).context["articles"]) == 2


# --- feeds ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["articles:feed_rss", "articles:feed_atom"])
def test_site_feeds_parse_and_list_published_articles(client, imported_seeds, name):
    publish("Brouillon absent du flux", status=Article.Status.DRAFT)
    response = client.get(reverse(name))
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    published = Article.objects.published()
    assert {entry.link for entry in feed.entries} == {
        f"{settings.SITE_URL}{article.get_absolute_url()}" for article in published
    }
    seed = next(entry for entry in feed.entries if entry.link.endswith(f"/{SEED_SLUG}/"))
    assert seed.title == "Intelligence Artificielle et Transformation du Marketing"
    assert seed.author == "Gérald Paméole"
    assert "chatbots" in {tag.term for tag in seed.tags}
    assert seed.published_parsed[:3] == (2024, 5, 15)


@pytest.mark.parametrize("name", ["articles:theme_feed_rss", "articles:theme_feed_atom"])
def test_theme_feeds_list_only_the_theme(client, imported_seeds, name):
    other_theme = Theme.objects.create(name="Ventes")
    publish("Vendre mieux", theme=other_theme)
    feed = feedparser.parse(client.get(reverse(name, args=["marketing"])).content)
    assert not feed.bozo, feed.bozo_exception
    assert [entry.link for entry in feed.entries] == [f"{settings.SITE_URL}/articles/{SEED_SLUG}/"]
    assert "Marketing" in feed.feed.title
    assert client.get(reverse(name, args=["inconnu"])).status_code == 404


# --- sitemap --------------------------------------------------------------------------------------


def sitemap_pages(client):
    """The index's pages, each as the list of addresses it holds."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200 and index["Content-Type"] == "application/xml"
    pages = {}
    for node in ET.fromstring(index.content).findall("sm:sitemap/sm:loc", SITEMAP_NS):
        assert node.text.startswith(settings.SITE_URL), node.text
        response = client.get(node.text.removeprefix(settings.SITE_URL))
        assert response.status_code == 200, node.text
        pages[node.text] = [url.text for url in ET.fromstring(response.content).findall("sm:url/sm:loc", SITEMAP_NS)]
    return pages


def sitemap_locations(client):
    return [location for page in sitemap_pages(client).values() for location in page]


def test_sitemap_lists_every_published_article_and_no_draft(client, imported_seeds):
    draft = publish("Brouillon hors du plan", status=Article.Status.DRAFT)
    scheduled = publish("Programmé hors du plan", publish_date=timezone.now() + timedelta(days=1))
    locations = sitemap_locations(client)
    assert len(locations) == len(set(locations))
    site = settings.SITE_URL
    for article in Article.objects.published():
        assert f"{site}{article.get_absolute_url()}" in locations
    assert f"{site}{draft.get_absolute_url()}" not in locations
    assert f"{site}{scheduled.get_absolute_url()}" not in locations
    assert f"{site}/themes/marketing/" in locations
    assert f"{site}/auteurs/gerald-pameole/" in locations
    assert f"{site}/auteurs/antoine-blot/" in locations
    for skill in Skill.objects.filter(articles__isnull=False):
        assert f"{site}{skill.get_absolute_url()}" in locations


def test_sitemap_index_splits_each_section_into_pages_of_the_limit(client, imported_seeds, settings):
    for n in range(6):
        publish(f"Article du plan {n}")
    published = Article.objects.published().count()
    settings.SITEMAP_LIMIT = 3
    pages = sitemap_pages(client)

    article_pages = [address for address in pages if "/sitemap-articles.xml" in address]
    site = settings.SITE_URL
    assert article_pages == [f"{site}/sitemap-articles.xml"] + [
        f"{site}/sitemap-articles.xml?p={page}" for page in range(2, -(-published // 3) + 1)
    ]
    assert all(len(locations) <= 3 for locations in pages.values())
    articles = [location for address in article_pages for location in pages[address]]
    expected = [f"{site}{article.get_absolute_url()}" for article in Article.objects.published()]
    assert sorted(articles) == sorted(expected)  # each article on exactly one page
    assert client.get(f"/sitemap-articles.xml?p={len(article_pages) + 1}").status_code == 404
    assert client.get("/sitemap-inconnu.xml").status_code == 404


@pytest.mark.parametrize("articles", [3, 12])
def test_every_sitemap_page_costs_the_same_queries_at_any_size(
    client, db, settings, articles, django_assert_num_queries
):
    """The index: the articles' newest change and a count per section, kept until the content
    changes; a page: a count and its slice."""
    theme = Theme.objects.create(name="Plan", slug="plan")
    for n in range(articles):
        publish(f"Article compté {n}", theme=theme)
    settings.SITEMAP_LIMIT = 2
    with django_assert_num_queries(6):
        first = client.get("/sitemap.xml").content
    with django_assert_num_queries(0):
        assert client.get("/sitemap.xml").content == first
    publish("Un de plus", theme=theme)
    assert client.get("/sitemap.xml").content != first
    for path in ("/sitemap-articles.xml", f"/sitemap-articles.xml?p={-(-articles // 2)}", "/sitemap-themes.xml"):
        with django_assert_num_queries(2):
            assert client.get(path).status_code == 200


def test_the_sitemap_reads_the_articles_it_lists_from_an_index_never_their_rows(client, imported_seeds):
    """On SQLite an article's modified_at sits after its body, on overflow pages: reading it row by
    row took 0.55 s for the index's newest change and 1 s for a page at 10,000 articles."""
    from articles.sitemaps import ArticleSitemap

    sitemap = ArticleSitemap()
    newest = Article.objects.published().aggregate(newest=Max("modified_at"))["newest"]
    assert sitemap.get_latest_lastmod() == newest
    page = sitemap.paginator.page(1).object_list
    assert [slug for slug, _ in page] == [article.slug for article in Article.objects.published()]
    if connection.vendor == "sqlite":  # PostgreSQL reads an index alone only once the table is vacuumed
        for queryset in (Article.objects.published().values("modified_at"), page):
            plan = queryset.explain()
            assert "COVERING INDEX article_published" in plan, plan


def test_every_absolute_address_is_built_on_site_url_even_with_a_path(client, imported_seeds, settings):
    """Sitemap, feeds, robots.txt and JSON-LD build addresses one way (a site served under /blog)."""
    settings.SITE_URL = "https://exemple.fr/blog"
    article = Article.objects.published().order_by("pk").first()
    expected = f"https://exemple.fr/blog{article.get_absolute_url()}"
    assert "https://exemple.fr/blog/sitemap-articles.xml" in client.get("/sitemap.xml").content.decode()
    assert expected in client.get("/sitemap-articles.xml").content.decode()
    assert expected in client.get("/flux/rss/").content.decode()
    assert "Sitemap: https://exemple.fr/blog/sitemap.xml" in client.get("/robots.txt").content.decode()
    assert f'"url": "{expected}"' in client.get(article.get_absolute_url()).content.decode()


def test_search_counts_no_further_than_its_cap(client, db, monkeypatch):
    from articles.search import SearchPaginator

    monkeypatch.setattr(SearchPaginator, "cap", 13)
    published = [publish(f"Chatbots, épisode {n}", publish_date=timezone.now() - timedelta(days=n)) for n in range(15)]
    first = search(client, "chatbots")
    assert "Plus de 13 résultats" in first.content.decode()
    assert result_slugs(first) == [article.slug for article in published[:12]]
    second = client.get(reverse("articles:search"), {"q": "chatbots", "page": 2})
    assert result_slugs(second) == [published[12].slug]
    assert client.get(reverse("articles:search"), {"q": "chatbots", "page": 3}).status_code == 404
    monkeypatch.setattr(SearchPaginator, "cap", 15)
    assert "15 résultats" in search(client, "chatbots").content.decode()


def test_search_mixes_a_word_found_in_tags_with_words_found_in_the_text(client, db):
    tagged = publish("Les chatbots en brasserie", body="Des assistants.")
    tagged.tags.set(["zythologie"])
    publish("Les chatbots ailleurs", body="Des assistants.")
    publish("Zythologie sans robot", body="De la bière.")
    assert result_slugs(search(client, "zythologie chatbots assistants")) == [tagged.slug]


@needs_postgres
def test_postgres_matches_tags_by_their_french_stem(client, db):
    tagged = publish("Un article sans le mot", body="Rien à voir.", description="Rien.")
    tagged.tags.set(["personnalisation client"])
    assert result_slugs(search(client, "personnalisé")) == [tagged.slug]
    assert result_slugs(search(client, "personnalisé voir")) == [tagged.slug]
