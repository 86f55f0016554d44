"""Never lose work: revisions, the diff against the published version, restore, stale edits refused."""

import pytest
from django.urls import reverse

from articles.models import Article, Theme
from articles.revisions import diff_fields, last_published_record
from articles.tests.admin_helpers import EDITOR, change_url, form_data, make_user


@pytest.fixture
def second_editor(db):
    return make_user("emile", EDITOR)


@pytest.fixture
def published(editor):
    theme = Theme.objects.create(name="Marketing")
    article = Article(
        title="Titre publié",
        slug="titre",
        description="Résumé",
        body="Premier paragraphe.\n\nSuite.",
        theme=theme,
        status="published",
        created_by=editor,
    )
    article._history_user = editor
    article.save()
    return article


def save_through_admin(client, article, **changes):
    response = client.get(change_url(article))
    return client.post(change_url(article), form_data(response, **changes))


def test_every_admin_save_is_a_revision_with_its_author(client, editor, published):
    client.force_login(editor)
    assert save_through_admin(client, published, title="Nouveau titre").status_code == 302
    assert save_through_admin(client, published, description="Autre résumé").status_code == 302
    records = list(published.history.order_by("history_date"))
    assert [r.title for r in records] == ["Titre publié", "Nouveau titre", "Nouveau titre"]
    assert records[-1].description == "Autre résumé"
    assert all(r.history_user == editor for r in records)
    published.refresh_from_db()
    assert published.version == 3
    history = client.get(reverse("admin:articles_article_history", args=[published.pk]))
    assert history.status_code == 200 and "edith" in history.text


def test_changes_view_diffs_against_the_last_published_version(client, editor, published):
    client.force_login(editor)
    save_through_admin(client, published, status="review", body="Premier paragraphe.\n\n<script>alert(1)</script>")
    response = client.get(reverse("admin:articles_article_changes", args=[published.pk]))
    assert response.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    assert "<script>alert(1)" not in response.text
    assert 'class="diff_sub"' in response.text or 'class="diff_add"' in response.text
    diffs = {d.label: d.changed for d in response.context["diffs"]}
    # A copy of a live article: its links are compared too.
    assert diffs == {"Titre": False, "Description": False, "Corps": True, "Contenus liés": False}
    assert response.context["base"].status == "published"


def test_diff_of_a_never_published_article_shows_everything_as_new(editor):
    draft = Article.objects.create(title="Brouillon", slug="brouillon", body="Texte")
    assert last_published_record(draft) is None
    assert {d.label: d.changed for d in diff_fields(None, draft)} == {
        "Titre": True,
        "Description": False,
        "Corps": True,
    }


def test_restore_an_old_revision_through_simple_history(client, editor, published):
    client.force_login(editor)
    save_through_admin(client, published, title="Titre abîmé")
    first = published.history.order_by("history_date").first()
    revert_url = reverse("admin:articles_article_simple_history", args=[published.pk, first.history_id])
    response = client.get(revert_url)
    assert response.status_code == 200
    response = client.post(revert_url, form_data(response))
    assert response.status_code == 302, response.context["adminform"].form.errors
    published.refresh_from_db()
    assert published.title == "Titre publié"
    assert published.version == 3
    assert published.history.count() == 3


def test_a_stale_save_is_refused_and_names_the_other_editor(client, editor, second_editor, published):
    """Two editors open the same article; the second to save must not overwrite the first."""
    client.force_login(editor)
    stale_form = client.get(change_url(published))
    client.force_login(second_editor)
    assert save_through_admin(client, published, title="Titre d'Émile").status_code == 302
    client.force_login(editor)
    response = client.post(change_url(published), form_data(stale_form, title="Titre d'Édith"))
    assert response.status_code == 200
    errors = " ".join(response.context["adminform"].form.non_field_errors())
    assert "emile" in errors
    assert reverse("admin:articles_article_history", args=[published.pk]) in errors
    changes_link = reverse("admin:articles_article_changes", args=[published.pk]) + "?depuis=1"
    assert changes_link in errors
    published.refresh_from_db()
    assert published.title == "Titre d'Émile"
    assert published.version == 2
    # The link shows what the other editor changed since the version this editor had loaded.
    diff = client.get(changes_link)
    assert "Titre d'Émile" in diff.text or "Titre d&#x27;Émile" in diff.text
    # Reloading the page and saving again works.
    assert save_through_admin(client, published, title="Titre d'Édith").status_code == 302
    published.refresh_from_db()
    assert published.title == "Titre d'Édith" and published.version == 3


def test_a_bulk_action_counts_as_a_new_version(client, editor, published):
    client.force_login(editor)
    stale_form = client.get(change_url(published))
    changelist = reverse("admin:articles_article_changelist")
    client.post(changelist, {"action": "unpublish", "_selected_action": [published.pk]})
    response = client.post(change_url(published), form_data(stale_form, title="Écrasement"))
    assert response.status_code == 200
    published.refresh_from_db()
    assert published.title == "Titre publié" and published.status == "draft"
