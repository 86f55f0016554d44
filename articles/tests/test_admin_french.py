"""The admin pages an editor uses speak French: sections, models, fields and the history page."""

import html as html_module
import io
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image

from articles.models import Article, HomePlacement, SlugRedirect, Theme
from articles.tests.admin_helpers import ENGLISH, author_pages, change_url, editor_pages, form_data


def visible_text(response):
    """The words of the page's content, tags and scripts left out."""
    html = response.text[response.text.index('id="content"') :]
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.DOTALL)
    return re.sub(r"\s+", " ", html_module.unescape(re.sub(r"<[^>]+>", " ", html)))


def test_keywords_and_old_addresses_are_named_in_french(client, editor):
    article = Article.objects.create(title="Renommé", slug="nouveau")
    SlugRedirect.objects.create(old_slug="ancien", article=article)
    client.force_login(editor)
    index = visible_text(client.get(reverse("admin:index")))
    assert "Mots-clés" in index and "Anciennes adresses" in index and "Contenus éditoriaux" in index
    assert "Taggit" not in index and "Tags" not in index
    tags = visible_text(client.get(reverse("admin:taggit_tag_changelist")))
    assert "mot-clé" in tags and "tag" not in tags.lower().replace("taggit_tag", "")
    redirects = visible_text(client.get(reverse("admin:articles_slugredirect_changelist")))
    assert "Ancien slug" in redirects and "Old slug" not in redirects
    form = visible_text(client.get(reverse("admin:articles_slugredirect_change", args=[article.old_slugs.get().pk])))
    assert "Ancien slug" in form and "Old slug" not in form
    # The article form's hidden fields have a label too, read by screen readers.
    article_form = visible_text(client.get(reverse("admin:articles_article_change", args=[article.pk])))
    assert "Version chargée" in article_form and "Image conservée" in article_form
    assert "Loaded version" not in article_form and "Kept cover" not in article_form


def test_the_history_page_shows_labels_and_local_dates_and_no_invented_date_change(
    client, editor, raw_imported_seeds, django_assert_max_num_queries
):
    article = Article.objects.filter(status="draft").first()
    Article.objects.filter(pk=article.pk).update(
        theme=Theme.objects.create(name="Dossiers"), description="Une description.", needs_review=False
    )
    client.force_login(editor)
    url = change_url(article)
    # Published with no date: the date is set on save; two more saves must not change it.
    assert (
        client.post(
            url, form_data(client.get(url), status="published", publish_date_0="", publish_date_1="")
        ).status_code
        == 302
    )
    article.refresh_from_db()
    assert article.publish_date and article.publish_date.microsecond == 0
    assert client.post(url, form_data(client.get(url), title="Titre retouché")).status_code == 302
    # Sending a live article to review keeps it online (its working copy goes); unpublishing is an action.
    assert client.post(url, form_data(client.get(url), status="review")).status_code == 302
    changelist = reverse("admin:articles_article_changelist")
    assert client.post(changelist, {"action": "unpublish", "_selected_action": [article.pk]}).status_code == 302
    with django_assert_max_num_queries(20):
        response = client.get(reverse("admin:articles_article_history", args=[article.pk]))
    text = visible_text(response)
    assert "Changements" in text and "Changes" not in text and "None" not in text
    assert re.search(r"Statut\s*:\s*Brouillon\s*→\s*Publié", text)
    assert re.search(r"Statut\s*:\s*Publié\s*→\s*Brouillon", text)
    assert re.search(r"Thème\s*:\s*—\s*→\s*Dossiers", text)
    assert "published" not in text and "draft" not in text and "review" not in text
    assert not re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", text), "no raw timestamp"
    assert text.count("Date de publication") == 1, "the date changed once, when the article was published"


def test_a_form_sent_back_as_a_browser_sends_it_records_only_what_changed(client, editor, raw_imported_seeds):
    article = Article.objects.exclude(body="").first()
    assert article.body.endswith("\n") and "\n" in article.description + article.body
    client.force_login(editor)
    url = change_url(article)
    browser_lines = {name: getattr(article, name).replace("\n", "\r\n") for name in ("body", "description")}
    response = client.post(url, form_data(client.get(url), title="Titre retouché", **browser_lines))
    assert response.status_code == 302
    latest, previous = article.history.order_by("-history_date", "-history_id")[:2]
    assert latest.diff_against(previous).changed_fields == ["title"]
    stored = Article.objects.get(pk=article.pk)
    assert (stored.body, stored.description) == (article.body, article.description)


def page_words(response):
    """What an editor reads on a whole page: its text, and the labels of its buttons, fields and
    links (value, title, placeholder, aria-label), scripts and styles left out."""
    html = re.sub(r"<(script|style|template)\b.*?</\1>", " ", response.text, flags=re.DOTALL)
    labels = re.findall(r'\b(?:title|placeholder|aria-label)="([^"]*)"', html)
    labels += re.findall(r'<input[^>]*type="(?:submit|button)"[^>]*value="([^"]*)"', html)
    text = html_module.unescape(re.sub(r"<[^>]+>", " ", html) + " " + " ".join(labels))
    return re.sub(r"\s+", " ", text)


def test_no_english_string_on_the_pages_an_editor_uses(client, editor, author, imported_seeds, settings, tmp_path):
    """Checked against a list of the pages (`editor_pages()`), with the site's real objects: an
    article in review with a history, a home placement, a library image, the figure queue."""
    settings.MEDIA_ROOT = tmp_path
    assert settings.LANGUAGE_CODE == "fr"
    article = Article.objects.filter(statistics__isnull=False).order_by("pk").first()
    article.title += " (revu)"
    article.save()
    article.status = Article.Status.REVIEW
    article.save()
    HomePlacement.objects.create(article=article, role=HomePlacement.Role.LEAD)
    client.force_login(editor)
    picture = io.BytesIO()
    Image.new("RGB", (300, 200), "teal").save(picture, format="PNG")
    assert (
        client.post(
            reverse("admin:articles_mediaimage_add"),
            {"file": SimpleUploadedFile("vue.png", picture.getvalue()), "alt": "Une vue", "focal_x": 50, "focal_y": 50},
        ).status_code
        == 302
    )
    pages = editor_pages()
    with override_settings(LANGUAGE_CODE="en", LANGUAGES=[("en", "English")]):  # it would see an English admin
        english_admin = page_words(client.get(pages["articles"]))
    assert {"Add", "Search", "Go"} <= set(ENGLISH.findall(english_admin))
    found = {}
    for name, path in pages.items():
        response = client.get(path)
        assert response.status_code == 200, f"{name}: {response.status_code}"
        if english := sorted(set(ENGLISH.findall(page_words(response)))):
            found[f"{name} ({path})"] = english
    # An Auteur's pages: their own draft and live article, the lists they may read, the library.
    client.force_login(author)
    for name, path in author_pages(author).items():
        response = client.get(path)
        assert response.status_code == 200, f"{name}, as an author: {response.status_code}"
        if english := sorted(set(ENGLISH.findall(page_words(response)))):
            found[f"{name}, as an author"] = english
    assert not found, found


def test_admin_titles_elide_de_before_a_vowel(client, editor, imported_seeds):
    """Django's French catalogue gives "Ajout de article"; the titles read "Ajout d’article"."""
    client.force_login(editor)
    article = Article.objects.order_by("pk").first()
    add_page = client.get(reverse("admin:articles_article_add")).content.decode()
    assert "<h1>Ajout d’article</h1>" in add_page
    assert "Ajout d’article |" in add_page  # the window's title too
    change_page = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Modification d’article" in change_page
    assert "Ajout de thème" in client.get(reverse("admin:articles_theme_add")).content.decode()
    hiatus = re.compile(r"\b(?:Ajout|Modification|Affichage) de [aeiouyhéèêàâîôû]", re.IGNORECASE)
    for name, path in editor_pages().items():
        assert not hiatus.search(client.get(path).content.decode()), name
