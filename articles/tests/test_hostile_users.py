"""Authors are not editors: what an Auteur must not change, and whose drafts no one else may read."""

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, ArticleLink, Author, Skill
from articles.tests.admin_helpers import AUTHOR, change_url, form_data, make_user

LINK_ADD = reverse("admin:articles_articlelink_add")
LINK_LIST = reverse("admin:articles_articlelink_changelist")
SECRET = "Brouillon très secret"


@pytest.fixture
def other_author(db):
    return make_user("octave", AUTHOR)


@pytest.fixture
def secret_draft(other_author):
    return Article.objects.create(title=SECRET, slug="brouillon-secret", created_by=other_author)


@pytest.fixture
def editors_article(editor, theme):
    return Article.objects.create(
        title="Article de l'éditrice", slug="article-editrice", description="d", theme=theme,
        status="published", created_by=editor,
    )  # fmt: skip


@pytest.fixture
def own_draft(author):
    return Article.objects.create(title="Mon brouillon", slug="mon-brouillon", created_by=author)


def link_data(article, **fields):
    return {"article": article.pk, "kind": "external", "url": "https://pirate.example/", "title": "Pirate",
            "target_article": "", "target_slug": "", "position": 0, **fields}  # fmt: skip


def test_author_cannot_add_change_or_delete_links_of_others_articles(client, author, editors_article):
    link = ArticleLink.objects.create(
        article=editors_article, kind="external", url="https://vrai.example/", title="Vrai"
    )
    client.force_login(author)

    response = client.post(LINK_ADD, link_data(editors_article))
    assert response.status_code == 200 and "article" in response.context["adminform"].form.errors
    assert not ArticleLink.objects.filter(title="Pirate").exists()

    change = reverse("admin:articles_articlelink_change", args=[link.pk])
    client.post(change, link_data(editors_article))
    client.post(reverse("admin:articles_articlelink_delete", args=[link.pk]), {"post": "yes"})
    client.post(LINK_LIST, {"action": "delete_selected", "_selected_action": [link.pk], "post": "yes"})
    link.refresh_from_db()
    assert link.title == "Vrai" and link.url == "https://vrai.example/"
    assert "Vrai" not in client.get(LINK_LIST).text


def test_author_adds_links_to_their_own_draft(client, author, own_draft, editors_article):
    client.force_login(author)
    response = client.post(LINK_ADD, link_data(own_draft, kind="article", url="", target_article=editors_article.pk))
    assert response.status_code == 302
    assert own_draft.links.get().target_article == editors_article


def test_a_typed_target_id_never_shows_another_authors_draft(client, author, own_draft, secret_draft):
    client.force_login(author)
    response = client.post(LINK_ADD, link_data(own_draft, kind="article", url="", target_article=secret_draft.pk))
    assert response.status_code == 200 and "target_article" in response.context["adminform"].form.errors
    assert SECRET not in response.text

    page = client.get(change_url(own_draft))
    data = form_data(page)
    data.update({"links-0-kind": "article", "links-0-target_article": str(secret_draft.pk), "links-0-position": "0"})
    response = client.post(change_url(own_draft), data)
    assert response.status_code == 200  # the inline refuses the choice
    assert SECRET not in response.text
    assert not own_draft.links.exists()


def test_links_to_others_drafts_are_left_out_of_the_report_and_the_list(client, author, own_draft, secret_draft):
    # An editor (or an import) linked the author's draft to another author's draft.
    ArticleLink.objects.create(article=own_draft, kind="article", target_article=secret_draft)
    ArticleLink.objects.create(article=secret_draft, kind="article", target_slug="pas-encore-ecrit", title="x")
    client.force_login(author)
    for url in (reverse("admin:articles_article_links"), LINK_LIST, change_url(own_draft)):
        response = client.get(url)
        assert response.status_code == 200, url
        assert SECRET not in response.text, url


def test_incoming_links_name_only_articles_the_author_may_read(client, author, own_draft, secret_draft):
    ArticleLink.objects.create(article=secret_draft, kind="article", target_article=own_draft)
    client.force_login(author)
    assert SECRET not in client.get(change_url(own_draft)).text


def test_autocomplete_offers_only_own_drafts_as_a_links_source(client, author, own_draft, editors_article):
    client.force_login(author)
    search = {"term": "", "app_label": "articles", "model_name": "articlelink", "field_name": "article"}
    offered = {row["text"] for row in client.get(reverse("admin:autocomplete"), search).json()["results"]}
    assert offered == {"Mon brouillon"}


def test_author_cannot_revert_their_published_article(client, author, editor, theme):
    article = Article(title="Première version", slug="v", description="d", theme=theme, created_by=author)
    article._history_user = author
    article.save()
    old_record = article.history.get()
    article.title, article.status = "Version publiée", Article.Status.PUBLISHED
    article._history_user = editor
    article.save()

    client.force_login(author)
    revert = reverse("admin:articles_article_simple_history", args=[article.pk, old_record.history_id])
    assert client.get(revert).status_code == 403
    response = client.post(revert, {"title": "Réécrit", "slug": "v", "status": "draft", "_change_history": "1"})
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title == "Version publiée" and article.status == Article.Status.PUBLISHED


def test_author_reverts_their_own_draft(client, author):
    article = Article(title="Première version", slug="v", created_by=author)
    article._history_user = author
    article.save()
    old_record = article.history.get()
    article.title = "Deuxième version"
    article.save()
    client.force_login(author)
    revert = reverse("admin:articles_article_simple_history", args=[article.pk, old_record.history_id])
    response = client.get(revert)
    assert response.status_code == 200
    response = client.post(revert, form_data(response))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Première version"


def test_a_draft_is_read_by_its_author_and_editors_only(client, author, other_author, editor, secret_draft):
    url = secret_draft.get_absolute_url()
    assert client.get(url).status_code == 404
    client.force_login(author)
    response = client.get(url)
    assert response.status_code == 404 and SECRET not in response.text
    client.force_login(other_author)
    assert client.get(url).status_code == 200
    client.force_login(editor)
    assert client.get(url).status_code == 200


def test_subjects_used_only_by_drafts_are_not_found(client, secret_draft, theme):
    person = Author.objects.create(name="Plume Cachée", slug="plume-cachee")
    skill = Skill.objects.create(name="Savoir caché", slug="savoir-cache")
    secret_draft.authors.add(person)
    secret_draft.skills.add(skill)
    secret_draft.tags.add("motcache")
    secret_draft.theme = theme
    secret_draft.save()
    urls = [
        reverse("articles:author", args=["plume-cachee"]),
        reverse("articles:theme", args=[theme.slug]),
        reverse("articles:skill", args=["savoir-cache"]),
        reverse("articles:tag", args=["motcache"]),
        reverse("articles:theme_feed_rss", args=[theme.slug]),
        reverse("articles:theme_feed_atom", args=[theme.slug]),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Plume Cachée" not in response.text and theme.name not in response.text, url

    secret_draft.status, secret_draft.description = Article.Status.PUBLISHED, "d"
    secret_draft.save()
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_the_home_page_features_no_skill_only_drafts_cite(client, secret_draft, theme):
    hidden = Skill.objects.create(name="Savoir caché", slug="savoir-cache")
    shown = Skill.objects.create(name="Savoir public", slug="savoir-public")
    secret_draft.skills.add(hidden)
    public = Article.objects.create(
        title="Public", slug="public", description="d", theme=theme, status="published", publish_date=timezone.now()
    )
    public.skills.add(shown)
    html = client.get("/").text
    assert "Savoir public" in html and "Savoir caché" not in html
