"""Who may do what in the admin, asserted through the admin's own views."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.tests.admin_helpers import AUTHOR, EDITOR, change_url, form_data, make_user

CHANGELIST = reverse("admin:articles_article_changelist")
ADD = reverse("admin:articles_article_add")


@pytest.fixture
def other_author(db):
    return make_user("octave", AUTHOR)


def test_groups_come_from_the_migration(db):
    editor = Group.objects.get(name=EDITOR)
    author = Group.objects.get(name=AUTHOR)
    assert editor.permissions.filter(codename="publish_article").exists()
    assert editor.permissions.filter(codename="delete_skill").exists()
    assert not author.permissions.filter(codename="publish_article").exists()
    assert not author.permissions.filter(codename="delete_article").exists()
    assert author.permissions.filter(codename="add_article").exists()


def test_author_creates_a_draft_and_owns_it(client, author):
    client.force_login(author)
    response = client.get(ADD)
    assert response.status_code == 200
    statuses = [value for value, _ in response.context["adminform"].form.fields["status"].choices]
    assert statuses == ["draft", "review"]
    data = form_data(response, title="Mon brouillon", slug="mon-brouillon", status="draft")
    response = client.post(ADD, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="mon-brouillon")
    assert article.created_by == author
    assert article.history.first().history_user == author


def test_author_cannot_publish_through_the_form(client, author, theme):
    article = Article.objects.create(title="À moi", slug="a-moi", description="d", theme=theme, created_by=author)
    client.force_login(author)
    response = client.get(change_url(article))
    response = client.post(change_url(article), form_data(response, status="published"))
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_author_sends_own_draft_to_review(client, author):
    article = Article.objects.create(title="À relire", slug="a-relire", created_by=author)
    client.force_login(author)
    response = client.post(CHANGELIST, {"action": "send_to_review", "_selected_action": [article.pk]})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW


def test_author_cannot_see_or_touch_another_authors_article(client, author, other_author):
    article = Article.objects.create(title="Pas à moi", slug="pas-a-moi", created_by=other_author)
    client.force_login(author)
    assert client.get(change_url(article)).status_code == 403
    assert client.post(change_url(article), {"title": "Volé"}).status_code == 403
    assert client.get(reverse("admin:articles_article_history", args=[article.pk])).status_code == 403
    assert client.get(reverse("admin:articles_article_changes", args=[article.pk])).status_code == 403
    assert client.get(reverse("admin:articles_article_delete", args=[article.pk])).status_code == 403
    listing = client.get(CHANGELIST)
    assert "Pas à moi" not in listing.text
    # A bulk action on another's article, with a forged selection, changes nothing.
    client.post(CHANGELIST, {"action": "send_to_review", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT and article.title == "Pas à moi"


def test_author_changes_own_article_once_published_only_through_its_working_copy(client, author, theme):
    article = Article.objects.create(
        title="Publié", slug="publie", description="d", theme=theme, status="published", created_by=author
    )
    client.force_login(author)
    response = client.post(change_url(article), form_data(client.get(change_url(article)), title="Retouché"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.status) == ("Publié", "published")
    assert article.working_copy.values["title"] == "Retouché"
    assert client.get(reverse("admin:articles_article_delete", args=[article.pk])).status_code == 403
    # Programmed, not online yet: not theirs to change any more.
    Article.objects.filter(pk=article.pk).update(publish_date=timezone.now() + timedelta(days=1))
    assert client.get(change_url(article)).status_code == 403


def test_author_cannot_run_the_publish_action(client, author, theme):
    article = Article.objects.create(title="Prêt", slug="pret", description="d", theme=theme, created_by=author)
    client.force_login(author)
    listing = client.get(CHANGELIST)
    assert "publish" not in dict(listing.context["action_form"].fields["action"].choices)
    response = client.post(CHANGELIST, {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert response.status_code in (200, 302)


def test_author_cannot_import_or_export(client, author):
    client.force_login(author)
    assert client.get(reverse("admin:articles_article_import")).status_code == 403
    assert client.get(reverse("admin:articles_article_export")).status_code == 403
    assert client.get(reverse("admin:articles_article_import_documents")).status_code == 403
    assert client.get(reverse("admin:articles_author_import")).status_code == 403


def test_author_cannot_change_taxonomy(client, author, theme):
    client.force_login(author)
    assert client.get(reverse("admin:articles_theme_change", args=[theme.pk])).status_code == 200  # view only
    response = client.post(reverse("admin:articles_theme_change", args=[theme.pk]), {"name": "Autre", "slug": "autre"})
    assert response.status_code == 403
    theme.refresh_from_db()
    assert theme.name == "Marketing"


def test_editor_can_do_everything(client, editor, other_author, theme):
    article = Article.objects.create(
        title="D'un auteur", slug="d-un-auteur", description="d", theme=theme, status="review", created_by=other_author
    )
    client.force_login(editor)
    response = client.get(change_url(article))
    assert response.status_code == 200
    response = client.post(change_url(article), form_data(response, status="published"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED and article.is_public
    assert client.get(reverse("admin:articles_article_import")).status_code == 200
    assert client.get(reverse("admin:articles_article_export")).status_code == 200
    assert client.get(reverse("admin:articles_article_import_documents")).status_code == 200


def test_anonymous_and_non_staff_get_the_login_page(client, db):
    for url in (CHANGELIST, reverse("admin:articles_article_markdown_preview")):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_link_targets_offered_to_an_author_leave_out_others_drafts(client, author, other_author, editor, theme):
    Article.objects.create(title="Brouillon secret", slug="brouillon-secret", created_by=other_author)
    Article.objects.create(title="Brouillon à moi", slug="brouillon-a-moi", created_by=author)
    Article.objects.create(
        title="Brouillon publié", slug="brouillon-publie", status="published", description="d", theme=theme
    )
    search = {"term": "Brouillon", "app_label": "articles", "model_name": "articlelink", "field_name": "target_article"}

    client.force_login(author)
    offered = {row["text"] for row in client.get(reverse("admin:autocomplete"), search).json()["results"]}
    assert offered == {"Brouillon à moi", "Brouillon publié"}

    client.force_login(editor)
    offered = {row["text"] for row in client.get(reverse("admin:autocomplete"), search).json()["results"]}
    assert offered == {"Brouillon secret", "Brouillon à moi", "Brouillon publié"}
