"""Saving is never blocked by rules that belong to publishing, and a chosen cover survives errors."""

import io
from pathlib import PurePosixPath

from django.core import signing
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from articles.admin.forms import KEPT_COVER_FOLDER, KEPT_COVER_SALT
from articles.models import Article
from articles.tests.admin_helpers import change_url, form_data


def incomplete_imported_seed():
    """A seed the importer left a draft: it lacks what publishing asks (guesses to check at least)."""
    article = Article.objects.filter(needs_review=True, status="draft").first()
    assert article is not None, "the seeds hold an article with guessed values"
    return article


def test_an_imported_seed_saves_as_a_draft_without_fixing_what_publishing_needs(client, editor, raw_imported_seeds):
    article = incomplete_imported_seed()
    Article.objects.filter(pk=article.pk).update(description="", theme=None)
    client.force_login(editor)
    url = change_url(article)
    response = client.post(url, form_data(client.get(url), status="draft", title="Titre retouché"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert (article.status, article.title, article.needs_review) == ("draft", "Titre retouché", True)
    # Publishing it again asks, field by field and in French.
    response = client.post(url, form_data(client.get(url), status="published"))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["description"] == ["Une description est nécessaire pour publier."]
    assert errors["theme"] == ["Un thème est nécessaire pour publier."]
    assert errors["needs_review"] == ["Des valeurs devinées à l'import doivent être vérifiées avant publication."]
    article.refresh_from_db()
    assert article.status == "draft"


def test_a_live_imported_seed_saves_with_what_it_already_lacked_but_not_with_new_gaps(
    client, editor, raw_imported_seeds
):
    article = incomplete_imported_seed()
    # Online before the rule held back such imports (an older import, or rows restored from one).
    Article.objects.filter(pk=article.pk).update(status="published")
    assert article.publication_problems(), "an imported seed that publishing would refuse"
    client.force_login(editor)
    url = change_url(article)
    response = client.post(url, form_data(client.get(url), title="Titre corrigé"), follow=True)
    assert response.redirect_chain, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.title == "Titre corrigé" and article.status == "published"
    assert any("Des valeurs devinées" in str(message) for message in response.context["messages"])
    if article.description:
        # What the edit itself would break still blocks: an emptied description.
        response = client.post(url, form_data(client.get(url), description=""))
        assert response.status_code == 200
        assert response.context["adminform"].form.errors["description"]


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_chosen_cover_is_kept_when_the_form_comes_back_with_errors(client, editor, imported_seeds):
    article = Article.objects.filter(status="published").first()
    client.force_login(editor)
    url = change_url(article)
    photo = SimpleUploadedFile("couverture.png", png_bytes(), content_type="image/png")
    response = client.post(url, {**form_data(client.get(url), cover_alt=""), "cover_image": photo})
    assert response.status_code == 200 and "cover_alt" in response.context["adminform"].form.errors
    assert "Image choisie conservée : couverture.png" in response.text
    kept = response.context["adminform"].form["kept_cover"].value()
    assert kept and f'name="kept_cover" value="{kept}"' in response.text
    kept_name = PurePosixPath(signing.loads(kept, salt=KEPT_COVER_SALT)).name
    assert kept_name.endswith("-couverture.png") and kept_name in default_storage.listdir(KEPT_COVER_FOLDER)[1]
    # Sent again with the alt text and no file chosen: the kept cover is the article's.
    response = client.post(url, form_data(client.get(url), cover_alt="Un carré rouge", kept_cover=kept))
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.cover_image.name.startswith("covers/couverture") and article.cover_renditions == {}
    with Image.open(article.cover_image.path) as stored:
        assert stored.size == (40, 30)
    assert kept_name not in default_storage.listdir(KEPT_COVER_FOLDER)[1], "the file kept aside is gone once used"


def test_a_forged_kept_cover_is_ignored(client, editor, imported_seeds):
    article = Article.objects.filter(status="published").first()
    client.force_login(editor)
    url = change_url(article)
    response = client.post(url, form_data(client.get(url), kept_cover="covers/autre.png", title="Autre titre"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.cover_image
