"""The public pages on the imported seeds: content, publication rule, SEO, related content,
conditional GET, error pages and a constant number of queries per page."""

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.cache import current_generation
from articles.models import Article, ArticleLink, Author, Skill, Statistic, Theme
from articles.tests.admin_helpers import EDITOR, make_user
from articles.typography import french_text
from articles.views import server_error

SEED_SLUG = "intelligence-artificielle-et-transformation-du-marketing"
CANONICAL_SEED_SLUG = "l-intelligence-artificielle-generative-et-son-impact-sur-le-marketing"
MAX_QUERIES = 8
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)

pytestmark = pytest.mark.django_db


def publish(title, **fields):
    """A published article saved through the model, as the admin would."""
    fields.setdefault("status", Article.Status.PUBLISHED)
    fields.setdefault("publish_date", timezone.now() - timedelta(days=1))
    fields.setdefault("description", f"À propos de {title}.")
    fields.setdefault("body", f"## Première partie\n\n{title} expliqué.\n\n## Seconde partie\n\nLa suite.")
    article = Article(title=title, **fields)
    article.save()
    return article


def add_articles(count, prefix="Étude"):
    """`count` published articles, each with many authors, skills, tags and links."""
    theme, _ = Theme.objects.get_or_create(slug="donnees", defaults={"name": "Données"})
    root = Skill.objects.create(name=f"{prefix} racine")
    skills = [Skill.objects.create(name=f"{prefix} compétence {n}", parent=root) for n in range(6)]
    authors = [Author.objects.create(name=f"{prefix} auteur {n}") for n in range(4)]
    articles = []
    for n in range(count):
        article = publish(f"{prefix} numéro {n}", theme=theme)
        article.authors.set(authors)
        article.skills.set(skills)
        article.tags.set([f"mot {k}" for k in range(8)] + ["ia"])
        links = [ArticleLink(article=article, kind="article", target_article=other) for other in articles[-5:]]
        links += [
            ArticleLink(article=article, kind="article", target_slug=f"absent-{n}"),
            ArticleLink(article=article, kind="book", url="https://livres.example/influence", title="Influence"),
            ArticleLink(article=article, kind="external", url="https://example.org/etude", title="Une étude"),
        ]
        ArticleLink.objects.bulk_create(links)
        articles.append(article)
    return articles


@pytest.fixture
def staff_client(db):
    """An editor: drafts are previewed by their authors and the editors, not by any staff member."""
    staff = Client()
    staff.force_login(make_user("redac", EDITOR))
    return staff


def json_ld(html):
    return json.loads(JSON_LD.search(html).group(1))


# --- pages on the seeds ---------------------------------------------------------------------


def test_home_shows_latest_articles_themes_and_skills(client, imported_seeds):
    html = client.get(reverse("articles:home")).content.decode()
    for article in Article.objects.published():
        assert article.get_absolute_url() in html
    assert reverse("articles:theme", args=["marketing"]) in html
    assert reverse("articles:skill", args=["personnalisation-client"]) in html
    assert '<html lang="fr">' in html and 'href="#contenu"' in html


def test_featured_skills_count_published_articles_only(client, db):
    """A skill whose articles are all drafts (or scheduled) would lead to an empty page."""
    drafted, cited = Skill.objects.create(name="Rédaction en cours"), Skill.objects.create(name="Analyse")
    for n in range(3):
        Article.objects.create(title=f"Brouillon {n}", slug=f"brouillon-{n}").skills.add(drafted)
    publish("Plus tard", publish_date=timezone.now() + timedelta(days=1)).skills.add(drafted)
    publish("Publié").skills.add(cited)
    assert list(Skill.objects.featured(10)) == [cited]
    assert cited.articles.count() == 1
    html = client.get(reverse("articles:home")).content.decode()
    assert "Rédaction en cours" not in html and "Analyse" in html


def test_article_page_shows_stored_body_toc_and_french_dates(client, imported_seeds):
    article = Article.objects.get(slug=SEED_SLUG)
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "15 mai 2024" in html
    assert f"{article.reading_time} min de lecture" in html
    assert 'href="/auteurs/gerald-pameole/"' in html
    assert 'href="/themes/marketing/"' in html
    assert 'href="/competences/analyse-de-donnees/"' in html
    assert 'href="/mots-cles/chatbots/"' in html
    for entry in article.toc:
        assert f'href="#{entry["id"]}"' in html
        assert f'id="{entry["id"]}"' in html
    # The page prints the stored HTML: markdown is never rendered per request.
    Article.objects.filter(pk=article.pk).update(body_html="<p>Corps mis en cache.</p>")
    assert "Corps mis en cache." in client.get(article.get_absolute_url()).content.decode()


def test_article_page_updated_date_is_shown_in_french(client, imported_seeds):
    html = client.get(reverse("articles:detail", args=[CANONICAL_SEED_SLUG])).content.decode()
    assert "Publié le <time" in html and "4 mars 2025" in html
    assert "Mis à jour le" in html and "1er août 2025" in html


def test_article_seo_canonical_opengraph_and_json_ld(client, imported_seeds, settings):
    imported = Article.objects.get(slug=CANONICAL_SEED_SLUG)
    html = client.get(imported.get_absolute_url()).content.decode()
    assert f'<link rel="canonical" href="{imported.canonical_url}">' in html
    assert f"<title>{french_text(imported.title)} — " in html  # as its heading shows it

    html = client.get(reverse("articles:detail", args=[SEED_SLUG])).content.decode()
    own_url = f"{settings.SITE_URL}/articles/{SEED_SLUG}/"
    assert f'<link rel="canonical" href="{own_url}">' in html
    assert f'<meta property="og:url" content="{own_url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta name="description" content="Découvrez comment' in html
    data = json_ld(html)
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == "Intelligence Artificielle et Transformation du Marketing"
    assert data["author"][0]["name"] == "Gérald Paméole"
    assert data["datePublished"].startswith("2024-05-15")
    assert "chatbots" in data["keywords"]
    assert "noindex" not in html


def test_json_ld_cannot_be_broken_out_of(client, db):
    title = "Fin </script><script>alert(1)</script> & <b>gras</b>"
    article = publish(title)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["headline"] == title


def test_pages_obey_the_content_security_policy(client, imported_seeds):
    for url in [reverse("articles:home"), reverse("articles:detail", args=[SEED_SLUG]), "/recherche/?q=ia"]:
        response = client.get(url)
        html = response.content.decode()
        assert "default-src 'self'" in response["Content-Security-Policy"]
        assert " style=" not in html
        assert "<style" not in html
        assert all(tag == '<script type="application/ld+json">' for tag in re.findall(r"<script[^>]*>", html))
        assert all(href.startswith("/static/") for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', html))


# --- publication rule -----------------------------------------------------------------------


@pytest.mark.parametrize("state", ["draft", "review", "scheduled"])
def test_unpublished_articles_are_404_for_readers_and_previewed_by_staff(client, staff_client, state):
    if state == "scheduled":
        fields = {"publish_date": timezone.now() + timedelta(days=3)}
    else:
        fields = {"status": state}
    article = publish("Article pas encore public", **fields)
    url = article.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 404
    assert "Cette page est introuvable" in response.content.decode()
    assert url not in client.get(reverse("articles:list")).content.decode()

    response = staff_client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Aperçu — non publié" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "no-cache" in response["Cache-Control"] and not response.has_header("ETag")


def test_old_slug_answers_a_permanent_redirect(client, imported_seeds):
    article = Article.objects.get(slug=SEED_SLUG)
    article.slug = "ia-et-marketing-nouvelle-adresse"
    article.save()
    response = client.get(reverse("articles:detail", args=[SEED_SLUG]))
    assert response.status_code == 301
    assert response["Location"] == "/articles/ia-et-marketing-nouvelle-adresse/"


def test_old_slug_of_a_draft_does_not_redirect_readers(client, db):
    article = publish("Brouillon renommé", status=Article.Status.DRAFT, slug="ancien")
    article.slug = "nouveau"
    article.save()
    assert client.get(reverse("articles:detail", args=["ancien"])).status_code == 404


# --- related content --------------------------------------------------------------------------


def test_related_content_shows_only_public_articles_as_links(client, imported_seeds):
    article = Article.objects.get(slug=SEED_SLUG)
    draft = publish("Brouillon secret lié", status=Article.Status.DRAFT)
    public = publish("Article lié public")
    citing = publish("Article qui cite")
    secret_citing = publish("Brouillon qui cite", status=Article.Status.DRAFT)
    ArticleLink.objects.create(article=article, kind="article", target_article=draft, title="Brouillon secret lié")
    ArticleLink.objects.create(article=article, kind="article", target_article=public)
    ArticleLink.objects.create(article=citing, kind="article", target_article=article)
    ArticleLink.objects.create(article=secret_citing, kind="article", target_article=article)

    html = client.get(article.get_absolute_url()).content.decode()
    assert f'href="{public.get_absolute_url()}"' in html
    assert f'href="{citing.get_absolute_url()}"' in html
    assert "Brouillon secret lié" not in html and draft.get_absolute_url() not in html
    assert "Brouillon qui cite" not in html
    # The seed's links to articles that do not exist yet are pending: never a broken link.
    assert "/articles/strategies-marketing-digital-2025" not in html
    assert "/articles/email-marketing-personnalisation" not in html
    # The seed's book has a site-relative address of another site: its title, not a link.
    assert "<cite>Influence</cite>" in html and 'href="/books/influence"' not in html


def test_external_links_of_the_seed_are_shown(client, imported_seeds):
    html = client.get(reverse("articles:detail", args=[CANONICAL_SEED_SLUG])).content.decode()
    assert 'href="https://www.antoine-blot.com/automatisation-data-driven/" rel="noopener"' in html


# --- lists --------------------------------------------------------------------------------------


def test_list_paginates_twelve_per_page_and_404s_beyond(client, imported_seeds):
    add_articles(10)
    first = client.get(reverse("articles:list"))
    assert len(first.context["articles"]) == 12
    assert 'href="?page=2"' in first.content.decode()
    second = client.get(reverse("articles:list") + "?page=2")
    assert len(second.context["articles"]) == 3
    assert client.get(reverse("articles:list") + "?page=3").status_code == 404
    assert client.get(reverse("articles:list") + "?page=abc").status_code == 404


def test_theme_tag_and_author_pages_list_their_articles(client, imported_seeds):
    seed = Article.objects.get(slug=SEED_SLUG)
    other = Article.objects.get(slug=CANONICAL_SEED_SLUG)
    for url, title in [
        (reverse("articles:theme", args=["marketing"]), "Marketing"),
        (reverse("articles:tag", args=["chatbots"]), "chatbots"),
        (reverse("articles:author", args=["gerald-pameole"]), "Gérald Paméole"),
    ]:
        html = client.get(url).content.decode()
        assert f"<h1>{title}</h1>" in html
        assert seed.get_absolute_url() in html
        assert other.get_absolute_url() not in html
    accented = seed.tags.get(name="génération de contenu")
    assert client.get(reverse("articles:tag", args=[accented.slug])).status_code == 200
    assert client.get(reverse("articles:theme", args=["inconnu"])).status_code == 404


def test_skill_page_includes_articles_of_descendant_skills(client, imported_seeds):
    parent = Skill.objects.get(slug="marketing-digital")
    child = Skill.objects.create(name="Emailing", parent=parent)
    grandchild = Skill.objects.create(name="Objets d'e-mail", parent=child)
    deep = publish("Rédiger l'objet d'un e-mail")
    deep.skills.set([grandchild])
    unrelated = publish("Sans compétence")

    html = client.get(parent.get_absolute_url()).content.decode()
    assert deep.get_absolute_url() in html
    assert reverse("articles:detail", args=[SEED_SLUG]) in html
    assert unrelated.get_absolute_url() not in html
    # The page links one level down; each level links the next.
    assert child.get_absolute_url() in html and grandchild.get_absolute_url() not in html
    assert grandchild.get_absolute_url() in client.get(child.get_absolute_url()).content.decode()
    assert (
        deep.get_absolute_url()
        not in client.get(Skill.objects.get(slug="analyse-de-donnees").get_absolute_url()).content.decode()
    )


def test_author_page_shows_bio(client, imported_seeds):
    Author.objects.filter(slug="antoine-blot").update(bio="Consultant en marketing numérique.")
    html = client.get(reverse("articles:author", args=["antoine-blot"])).content.decode()
    assert "Consultant en marketing numérique." in html
    assert reverse("articles:detail", args=[CANONICAL_SEED_SLUG]) in html


# --- conditional GET ------------------------------------------------------------------------------


def test_article_page_answers_conditional_gets(client, imported_seeds):
    article = Article.objects.get(slug=SEED_SLUG)
    url = article.get_absolute_url()
    first = client.get(url)
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304

    linked = publish("Nouvel article lié")
    ArticleLink.objects.create(article=article, kind="article", target_article=linked)
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert linked.get_absolute_url() in changed.content.decode()

    etag = changed["ETag"]
    article.title = "Titre revu"
    article.save()
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_a_scheduled_article_coming_due_changes_the_etag_of_the_articles_it_links_to(
    client, imported_seeds, monkeypatch
):
    """A publication that comes due is saved by nobody: the ETag must still move."""
    article = Article.objects.get(slug=SEED_SLUG)
    scheduled = publish("Article programmé qui cite", publish_date=timezone.now() + timedelta(hours=1))
    ArticleLink.objects.create(article=scheduled, kind="article", target_article=article)
    url = article.get_absolute_url()
    first = client.get(url)
    assert scheduled.get_absolute_url() not in first.content.decode()

    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert response.status_code == 200
    assert scheduled.get_absolute_url() in response.content.decode()


def test_a_figure_decision_changes_the_article_etag(client, imported_seeds):
    """Figures have no date of their own: a rejected one must still not be served from a 304."""
    statistic = Statistic.objects.filter(article__slug="ia-et-marketing").first()
    url = statistic.article.get_absolute_url()
    etag = client.get(url)["ETag"]
    statistic.status = Statistic.Status.REJECTED
    statistic.save()
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_a_304_costs_one_query(client, django_assert_num_queries, imported_seeds):
    url = reverse("articles:detail", args=[SEED_SLUG])
    etag = client.get(url)["ETag"]
    with django_assert_num_queries(1):
        assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


# --- error pages and robots --------------------------------------------------------------------


def test_404_is_french_in_the_site_layout(client, db):
    response = client.get("/nulle-part/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Cette page est introuvable" in html and 'class="site-header"' in html


def test_500_page_needs_no_database(django_assert_num_queries, db):
    request = RequestFactory().get("/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    assert "Un incident nous empêche" in response.content.decode()


def test_an_error_in_a_view_answers_the_french_500_page_in_the_site_layout(db, settings, monkeypatch):
    """As a reader meets it with DEBUG off: the exception goes through Django's handler to ours."""
    settings.DEBUG = False

    def broken(*args, **kwargs):
        raise RuntimeError("panne")

    monkeypatch.setattr("articles.views.HomeView.get_context_data", broken)
    response = Client(raise_request_exception=False).get("/")
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="fr">' in html and 'class="site-header"' in html and 'class="site-footer"' in html
    assert "Un incident nous empêche d’afficher cette page" in html and "panne" not in html


def test_robots_txt_points_at_the_sitemap_index(client, settings):
    body = client.get("/robots.txt").content.decode()
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in body
    assert "Disallow: /admin/" in body
    assert b"<sitemapindex" in client.get("/sitemap.xml").content


# --- query counts ------------------------------------------------------------------------------

PAGES = {
    "home": lambda: reverse("articles:home"),
    "list": lambda: reverse("articles:list"),
    "list page 2": lambda: reverse("articles:list") + "?page=2",
    "article": lambda: reverse("articles:detail", args=[SEED_SLUG]),
    "article with links": lambda: Article.objects.get(title="Étude numéro 20").get_absolute_url(),
    "theme": lambda: reverse("articles:theme", args=["donnees"]),
    "skill": lambda: Skill.objects.get(name="Étude racine").get_absolute_url(),
    "tag": lambda: reverse("articles:tag", args=["ia"]),
    "author": lambda: Author.objects.get(name="Étude auteur 1").get_absolute_url(),
    "search": lambda: reverse("articles:search") + "?q=marketing",
    "rss": lambda: reverse("articles:feed_rss"),
    "theme atom": lambda: reverse("articles:theme_feed_atom", args=["donnees"]),
    "sitemap": lambda: "/sitemap.xml",
    "sitemap page": lambda: "/sitemap-articles.xml",
}


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_article_page_costs_the_same_with_many_relations(client, imported_seeds):
    add_articles(12)
    rich = Article.objects.get(title="Étude numéro 11")
    assert rich.links.count() == 8 and rich.tags.count() == 9 and rich.authors.count() == 4
    current_generation()  # the first page read after content changed renews it, once for all pages
    assert count_queries(client, rich.get_absolute_url()) == count_queries(
        client, reverse("articles:detail", args=[SEED_SLUG])
    )


@pytest.mark.parametrize("name", PAGES)
def test_every_page_costs_a_constant_number_of_queries(client, imported_seeds, django_assert_max_num_queries, name):
    add_articles(21)
    small = count_queries(client, PAGES[name]())
    add_articles(30, prefix="Enquête")
    with django_assert_max_num_queries(MAX_QUERIES):
        large = count_queries(client, PAGES[name]())
    assert large == small, f"{name}: {small} queries with 26 articles, {large} with 56"


def test_article_page_lists_its_authors_skills_and_tags_in_order(client, db):
    article = publish("Ordre des sujets")
    article.authors.set([Author.objects.create(name="Zoé Martin"), Author.objects.create(name="Anne Roux")])
    root = Skill.objects.create(name="Marketing")
    article.skills.set([Skill.objects.create(name="Automatisation", parent=root), root])
    article.tags.add("zèbre")
    article.tags.add("abeille")
    context = client.get(article.get_absolute_url()).context

    assert [author.name for author in context["authors"]] == ["Anne Roux", "Zoé Martin"]
    assert [skill.name for skill in context["skills"]] == ["Marketing", "Automatisation"]  # the tree's order
    assert [tag.name for tag in context["tags"]] == ["zèbre", "abeille"]  # as they were given
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'href="/auteurs/anne-roux/"' in html and 'href="/mots-cles/abeille/"' in html
