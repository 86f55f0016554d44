"""An edit of an article renews the pages that show it and leaves the other article pages cached."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from articles.cache import editing
from articles.models import Article, ArticleLink, Indicator, Statistic, Theme
from articles.tests.admin_helpers import change_url, form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def published(title, theme, body="Un texte sans chiffre."):
    return Article.objects.create(
        title=title,
        description=f"À propos de {title.lower()}.",
        body=body,
        status=Article.Status.PUBLISHED,
        publish_date=timezone.now() - timedelta(days=1),
        theme=theme,
    )


@pytest.fixture
def site():
    """Four articles: `linking` links to `edited`, `comparing` cites a figure of the same indicator,
    `unrelated` shows nothing of it (another theme, no link, no figure)."""
    marketing, data = Theme.objects.create(name="Marketing"), Theme.objects.create(name="Données")
    figure = "Selon une étude de Gartner, 42 % des entreprises utilisent déjà l'IA."
    articles = {
        "edited": published("Les chiffres du marketing", marketing, figure),
        "linking": published("Une lecture liée", marketing),
        "comparing": published("Une autre étude", marketing, figure.replace("42", "57")),
        "unrelated": published("Rien à voir", data),
    }
    ArticleLink.objects.create(article=articles["linking"], target_article=articles["edited"])
    indicator = Indicator.objects.create(name="Entreprises utilisant l'IA")
    shared = Statistic.objects.filter(article__in=[articles["edited"], articles["comparing"]])
    assert shared.count() == 2, "the extractor found one figure in each body"
    shared.update(indicator=indicator)
    return articles


def warm(client, *urls):
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit", url


def state(client, url):
    response = client.get(url)
    return response["X-Page-Cache"], response.content.decode()


def test_editing_an_article_renews_the_pages_that_show_it_and_no_other(client, site, django_assert_num_queries):
    pages = {name: article.get_absolute_url() for name, article in site.items()}
    warm(client, *pages.values(), "/", "/themes/marketing/", "/themes/donnees/")
    edited = site["edited"]
    edited.title = "Les chiffres du marketing, revus"
    edited.save()
    for name in ("edited", "linking"):
        cached, body = state(client, pages[name])
        assert (cached, "Les chiffres du marketing, revus" in body) == ("miss", True), name
    # The panel is completed when the page is served: the page stays cached, the panel is new.
    cached, body = state(client, pages["comparing"])
    assert (cached, "Les chiffres du marketing, revus" in body) == ("hit", True)
    assert state(client, "/")[0] == "miss"
    assert "Les chiffres du marketing, revus" in state(client, "/themes/marketing/")[1]
    with django_assert_num_queries(0):
        assert client.get(pages["unrelated"])["X-Page-Cache"] == "hit"


def test_publishing_a_new_article_leaves_unrelated_article_pages_cached(client, site, django_assert_num_queries):
    pages = {name: article.get_absolute_url() for name, article in site.items()}
    warm(client, *pages.values(), "/", "/themes/donnees/", "/flux/rss/")
    new = published("Un nouvel article sur les données", site["unrelated"].theme)
    assert "Un nouvel article sur les données" in state(client, "/")[1]
    assert "Un nouvel article sur les données" in state(client, "/themes/donnees/")[1]
    with django_assert_num_queries(0):
        for url in pages.values():
            assert client.get(url)["X-Page-Cache"] == "hit", url
    assert client.get(new.get_absolute_url()).status_code == 200


def test_a_new_figure_of_an_indicator_reaches_the_panels_of_that_indicator(client, site):
    pages = {name: article.get_absolute_url() for name, article in site.items()}
    warm(client, *pages.values())
    indicator = Indicator.objects.get(name="Entreprises utilisant l'IA")
    before = state(client, pages["comparing"])[1]
    new = published(
        "Une troisième étude",
        site["unrelated"].theme,
        "Selon une étude de Gartner, 63 % des entreprises utilisent déjà l'IA.",
    )
    assert Statistic.objects.get(article=new).indicator == indicator, "the new figure joined the indicator"
    for name in ("edited", "comparing"):
        cached, body = state(client, pages[name])
        assert (cached, "Une troisième étude" in body) == ("hit", True), name
    assert "Une troisième étude" not in before
    assert state(client, pages["linking"])[0] == "hit"
    assert state(client, pages["unrelated"])[0] == "hit"


def test_an_edit_moving_another_articles_figure_into_an_indicator_renews_that_articles_page(client):
    """Alone, the first article's figure has no indicator; the second's forms one with it."""
    theme = Theme.objects.create(name="Marketing")
    first = published(
        "Les chiffres du marketing", theme, "Selon une étude de Gartner, 42 % des entreprises utilisent déjà l'IA."
    )
    assert Statistic.objects.get(article=first).indicator is None
    warm(client, first.get_absolute_url())
    second = published(
        "Une autre étude", theme, "Selon une étude de Gartner, 57 % des entreprises utilisent déjà l'IA."
    )
    assert Statistic.objects.get(article=first).indicator is not None
    cached, body = state(client, first.get_absolute_url())
    assert (cached, second.title in body) == ("miss", True)


def test_new_links_reach_the_article_they_point_to(client, site):
    pages = {name: article.get_absolute_url() for name, article in site.items()}
    warm(client, *pages.values())
    linking = site["linking"]
    with editing(linking):
        ArticleLink.objects.create(article=linking, target_article=site["unrelated"])
    cached, body = state(client, pages["unrelated"])
    assert cached == "miss"
    assert "Une lecture liée" in body
    assert state(client, pages["comparing"])[0] == "hit"


def test_an_editor_saving_the_admin_form_renews_only_the_pages_showing_the_article(client, site, admin_user):
    pages = {name: article.get_absolute_url() for name, article in site.items()}
    warm(client, *pages.values())
    staff = Client()
    staff.force_login(admin_user)
    url = change_url(site["edited"])
    response = staff.post(url, form_data(staff.get(url), title="Titre changé par un éditeur"))
    assert response.status_code == 302
    for name in ("edited", "linking"):
        cached, body = state(client, pages[name])
        assert (cached, "Titre changé par un éditeur" in body) == ("miss", True), name
    assert "Titre changé par un éditeur" in state(client, pages["comparing"])[1]
    assert state(client, pages["unrelated"])[0] == "hit"


def test_writes_outside_an_edit_renew_every_article_page(client, site):
    pages = [article.get_absolute_url() for article in site.values()]
    warm(client, *pages)
    Theme.objects.filter(pk=site["unrelated"].theme_id).update(name="Données et IA")
    cached, body = state(client, site["unrelated"].get_absolute_url())
    assert (cached, "Données et IA" in body) == ("miss", True)
    assert state(client, site["edited"].get_absolute_url())[0] == "miss"


def test_a_page_rendered_while_content_changed_is_not_stored(client, site, monkeypatch):
    """It may show the state from before the write: only the next render is stored."""
    from articles import views

    url = site["unrelated"].get_absolute_url()
    render = views.ArticleDetailView.get_context_data

    def render_during_a_write(self, **kwargs):
        context = render(self, **kwargs)
        Article.objects.filter(pk=site["edited"].pk).update(title="Écrit pendant le rendu")
        return context

    monkeypatch.setattr(views.ArticleDetailView, "get_context_data", render_during_a_write)
    assert "X-Page-Cache" not in client.get(url)
    monkeypatch.setattr(views.ArticleDetailView, "get_context_data", render)
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"


def test_an_edit_that_raises_renews_every_page(client, site):
    """What it wrote before raising may be kept (no transaction around it): nothing is assumed."""
    warm(client, site["unrelated"].get_absolute_url())
    with pytest.raises(RuntimeError), editing(site["edited"]):
        Theme.objects.filter(pk=site["unrelated"].theme_id).update(name="Données et IA")
        raise RuntimeError("interrompu")
    cached, body = state(client, site["unrelated"].get_absolute_url())
    assert (cached, "Données et IA" in body) == ("miss", True)


def test_a_completed_page_says_its_length_and_an_etag_of_what_it_shows(client, site):
    url = site["comparing"].get_absolute_url()
    first = client.get(url)
    second = client.get(url)
    assert (second["X-Page-Cache"], second.content, second["ETag"]) == ("hit", first.content, first["ETag"])
    assert client.get(url, HTTP_IF_NONE_MATCH=second["ETag"]).status_code == 304
    edited = site["edited"]
    edited.title = "Un titre que le panneau montre"
    edited.save()
    third = client.get(url)
    assert third["X-Page-Cache"] == "hit" and "Un titre que le panneau montre" in third.content.decode()
    assert int(third["Content-Length"]) == len(third.content)
    assert third["ETag"] != second["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=second["ETag"]).status_code == 200


def test_scheduling_an_article_renews_the_pages_showing_it_when_its_date_comes(client, site, monkeypatch):
    """The article pages' token learns the new date: when it comes, the linking page shows it."""
    warm(client, site["edited"].get_absolute_url())  # the token is read before the article is scheduled
    target = site["unrelated"]
    target.publish_date = timezone.now() + timedelta(hours=1)
    target.save()
    with editing(site["linking"]):
        ArticleLink.objects.create(article=site["linking"], target_article=target)
    url = site["linking"].get_absolute_url()
    warm(client, url)
    assert "Rien à voir" not in state(client, url)[1]
    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    cached, body = state(client, url)
    assert (cached, "Rien à voir" in body) == ("miss", True)


# What a cache backend is asked, each call one round trip (to Redis, in production).
CACHE_CALLS = ("get", "get_many", "get_or_set", "set", "set_many", "add", "delete", "delete_many", "has_key")


@pytest.fixture
def cache_round_trips(monkeypatch):
    """The calls made to the cache backend (name, first argument), a call made inside another
    (locmem's get_many calls get) not counted apart."""
    from django.core.cache import caches

    backend, calls, depth = caches["default"], [], [0]

    def counted(name, method):
        def call(*args, **kwargs):
            if not depth[0]:
                calls.append((name, args[0] if args else None))
            depth[0] += 1
            try:
                return method(*args, **kwargs)
            finally:
                depth[0] -= 1

        return call

    for name in CACHE_CALLS:
        monkeypatch.setattr(backend, name, counted(name, getattr(backend, name)))
    return calls


@pytest.fixture
def panel_renders(monkeypatch):
    """The figures panels written (`articles.templatetags.figures_panel`), by how many entries."""
    from articles.templatetags import figures_panel

    renders, render = [], figures_panel.figures_panel

    def counted(entries):
        renders.append(len(entries))
        return render(entries)

    monkeypatch.setattr(figures_panel, "figures_panel", counted)
    return renders


def test_a_cached_article_page_is_served_from_one_cache_read_with_nothing_rendered(
    client, site, cache_round_trips, panel_renders, django_assert_num_queries
):
    """Its panel included: only when another article's edit changed what the panel shows is the
    panel (and nothing else) rendered again, once, and the page stored again with it."""
    from django.test.signals import template_rendered

    from articles.copies import NEXT_DUE_KEY

    url = site["comparing"].get_absolute_url()
    warm(client, url)
    panel_renders.clear()  # the page's own, when it was rendered
    templates = []
    template_rendered.connect(lambda sender, template, **kwargs: templates.append(template.name), weak=False)

    def served():
        cache_round_trips.clear()
        with django_assert_num_queries(0):
            response = client.get(url)
        assert response["X-Page-Cache"] == "hit"
        # One read for the programmed working copies (articles.copies), one for the page.
        assert [name for name, _ in cache_round_trips if _ != NEXT_DUE_KEY] == ["get_many"], cache_round_trips
        return response.content.decode()

    try:
        assert "Les chiffres du marketing" in served()
        assert (templates, panel_renders) == ([], [])
        edited = site["edited"]
        edited.title = "Un titre que le panneau montre"
        edited.save()
        cache_round_trips.clear()
        response = client.get(url)
        assert response["X-Page-Cache"] == "hit" and "Un titre que le panneau montre" in response.content.decode()
        assert (templates, panel_renders) == ([], [1])
        assert "Un titre que le panneau montre" in served()
        assert (templates, panel_renders) == ([], [1])
    finally:
        template_rendered.receivers.clear()
