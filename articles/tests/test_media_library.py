"""The media library: uploads checked once (bombs, SVG, polyglots refused), EXIF stripped,
renditions in WebP and JPEG cut around the focal point, and bodies that show them as <picture>."""

import io
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from articles.images import crop_box
from articles.models import Article, MediaImage
from articles.rendering import render_markdown
from articles.tests.admin_helpers import form_data
from articles.tests.conftest import run_queued_tasks
from articles.tests.test_admin_uploads import png_bytes

pytestmark = pytest.mark.django_db
ADD = reverse("admin:articles_mediaimage_add")
PICKER = reverse("admin:articles_mediaimage_picker")


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def encoded(image, image_format, **options):
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def upload(client, name, content, alt="Un graphique rouge", **fields):
    """The admin's add form, then the task worker's turn (the renditions)."""
    response = client.post(
        ADD, {"file": SimpleUploadedFile(name, content), "alt": alt, "focal_x": 50, "focal_y": 50, **fields}
    )
    run_queued_tasks()
    return response


def zip_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("charge.txt", "rien de bon")
    return buffer.getvalue()


def png_with_text(text):
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", text)
    return encoded(Image.new("RGB", (40, 40), "red"), "PNG", pnginfo=info)


HOSTILE = {
    "svg with script": (
        "dessin.svg",
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "SVG ne sont pas acceptées",
    ),
    "svg without prolog": ("logo.png", b'<svg onload="alert(1)"></svg>', "SVG ne sont pas acceptées"),
    "bomb past our limit": (
        "bombe.png",
        encoded(Image.new("1", (8000, 6000)), "PNG"),
        "Image trop grande (8000×6000 pixels",
    ),
    "bomb past Pillow's own": ("bombe.png", encoded(Image.new("1", (10000, 10000)), "PNG"), "Image trop grande"),
    "jpeg then zip": ("photo.jpg", png_bytes(size=(64, 64), exif=True) + zip_bytes(), "polyglotte"),
    "png then html": (
        "photo.png",
        png_bytes(size=(64, 64)) + b"<html><body>ok</body></html>",
        "contient du code",
    ),
    "png then anything": ("photo.png", png_bytes(size=(64, 64)) + b"\x01\x02 reste", "polyglotte"),
    "script in a png chunk": ("photo.png", png_with_text("<script>alert(1)</script>"), "contient du code"),
    "gif then javascript": (
        "anim.gif",
        encoded(Image.new("P", (8, 8)), "GIF") + b"javascript:alert(1)",
        "contient du code",
    ),
    "not an image": ("faux.png", b"ceci n'est pas une image", "pas une image valide"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_files_are_refused_with_a_french_form_error(client, editor, case):
    name, content, reason = HOSTILE[case]
    client.force_login(editor)
    response = upload(client, name, content)
    assert response.status_code == 200
    errors = " ".join(response.context["adminform"].form.errors.get("file", []))
    assert reason in errors
    assert not MediaImage.objects.exists()


def test_a_cover_goes_through_the_same_check(client, editor):
    """One check for every upload: an article's cover refuses a polyglot too."""
    article = Article.objects.create(title="Illustré", slug="illustre")
    client.force_login(editor)
    url = reverse("admin:articles_article_change", args=[article.pk])
    polyglot = SimpleUploadedFile("photo.jpg", png_bytes(size=(64, 64), exif=True) + zip_bytes())
    response = client.post(url, {**form_data(client.get(url), cover_alt="Photo"), "cover_image": polyglot})
    assert response.status_code == 200
    assert "polyglotte" in " ".join(response.context["adminform"].form.errors["cover_image"])


def test_an_upload_needs_alt_text_and_is_stored_without_exif_in_renditions_of_two_types(client, editor):
    client.force_login(editor)
    photo = png_bytes(size=(1200, 800), exif=True)
    refused = upload(client, "photo.jpg", photo, alt="")
    assert "alt" in refused.context["adminform"].form.errors
    assert upload(client, "photo.jpg", photo).status_code == 302
    image = MediaImage.objects.get()
    assert image.uploaded_by == editor and (image.width, image.height) == (1200, 800)
    with Image.open(image.file.path) as stored:
        assert not stored.getexif() and "exif" not in stored.info
    assert {kind: sorted(names, key=int) for kind, names in image.renditions.items()} == {
        "webp": ["480", "960", "1200"],
        "jpeg": ["480", "960", "1200"],
    }, "the library's widths below the image's own, and its own width"
    for kind, names in image.renditions.items():
        for width, name in names.items():
            with image.file.storage.open(name) as rendition, Image.open(rendition) as opened:
                assert opened.format == {"webp": "WEBP", "jpeg": "JPEG"}[kind]
                assert opened.width == int(width) and not opened.getexif()


def test_crop_and_focal_point_cut_the_renditions_and_render_again_the_bodies(client, editor, media_root):
    client.force_login(editor)
    upload(client, "large.png", png_bytes(size=(2000, 1000)))
    image = MediaImage.objects.get()
    article = Article.objects.create(title="Avec image", slug="avec-image", body=f"Avant.\n\n{image.markdown}\n")
    old_names = set(image.renditions["webp"].values())
    assert all(name in article.body_html for name in old_names)

    url = reverse("admin:articles_mediaimage_change", args=[image.pk])
    response = client.post(url, {"alt": image.alt, "caption": "", "crop": "1:1", "focal_x": 90, "focal_y": 50})
    assert response.status_code == 302
    article.refresh_from_db()
    assert all(name in article.body_html for name in old_names), "the old cut until the worker made the new"
    assert all((media_root / name).exists() for name in old_names)
    run_queued_tasks()
    image.refresh_from_db()
    assert image.rendition_size == [1000, 1000]
    assert crop_box((2000, 1000), 1.0, (0.9, 0.5)) == (1000, 0, 2000, 1000), "as far right as the edge allows"
    with image.file.storage.open(image.renditions["jpeg"]["480"]) as rendition, Image.open(rendition) as opened:
        assert opened.size == (480, 480)
        assert opened.getpixel((240, 240))[0] > 150  # the red image, cut
    article.refresh_from_db()
    assert 'width="1000" height="1000"' in article.body_html
    assert all(name in article.body_html for name in image.renditions["webp"].values())
    assert not any(name in article.body_html for name in old_names)
    assert not any((media_root / name).exists() for name in old_names), "the old cut is deleted"


def test_the_public_page_serves_the_renditions_as_a_lazy_picture(client, editor):
    client.force_login(editor)
    upload(client, "photo.png", png_bytes(size=(1600, 900)), alt="Courbe des ventes")
    image = MediaImage.objects.get()
    article = Article.objects.create(
        title="Illustré dans le texte",
        description="d",
        status=Article.Status.PUBLISHED,
        body=f"Texte.\n\n![Les ventes de 2024](media:{image.pk})\n\n![](media:{image.pk})\n\n![Perdue](media:999)\n",
    )
    client.logout()
    html = client.get(article.get_absolute_url()).content.decode()
    pictures = re.findall(r"<picture.*?</picture>", html)
    assert len(pictures) == 2, "the missing image is left out"
    webp = image.renditions["webp"]
    first = pictures[0]
    assert f'<source type="image/webp" srcset="/media/{webp["480"]} 480w, /media/{webp["960"]} 960w' in first
    assert re.search(r'<img src="/media/[^"]+-1600w\.jpg" srcset="[^"]+480w, [^"]+960w, [^"]+1600w"', first)
    assert 'sizes="(min-width: 45rem) 42rem' in first and 'loading="lazy"' in first
    assert 'width="1600" height="900"' in first
    assert 'alt="Les ventes de 2024"' in first, "the body's own alt text first"
    assert 'alt="Courbe des ventes"' in pictures[1], "else the library's"


def test_the_sanitiser_lets_a_body_write_no_srcset_nor_media_address_elsewhere():
    html = render_markdown(
        '<img src="x.png" srcset="https://pisteur.example/a.png 1w" sizes="1px" loading="eager">'
        "[lien](media:3) <a href='media:3'>x</a> <img src='media:x'> <img src=' MEDIA:3'>"
    ).html
    assert "srcset" not in html and "sizes" not in html and "loading" not in html
    assert "media:" not in html.lower()


def test_the_picker_lists_the_library_for_authors_too_and_the_preview_shows_the_picture(client, editor, author):
    client.force_login(editor)
    upload(client, "a.png", png_bytes(size=(600, 400)), alt="Un graphique rouge")
    upload(client, "b.png", png_bytes(size=(600, 400)), alt="Une carte de France")
    client.force_login(author)
    images = client.get(PICKER, {"q": "carte"}).json()["images"]
    assert [image["alt"] for image in images] == ["Une carte de France"]
    assert images[0]["markdown"] == f"![Une carte de France](media:{images[0]['id']})"
    assert images[0]["thumbnail"].endswith("-480w.webp")
    assert len(client.get(PICKER).json()["images"]) == 2
    preview = client.post(reverse("admin:articles_article_markdown_preview"), {"body": images[0]["markdown"]})
    assert "<picture" in preview.json()["html"] and "srcset=" in preview.json()["html"]
    client.logout()
    assert client.get(PICKER).status_code == 302  # to the login page


def test_a_deleted_image_leaves_the_bodies_that_showed_it_and_its_files_go(
    client, editor, media_root, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    upload(client, "photo.png", png_bytes(size=(600, 400)))
    image = MediaImage.objects.get()
    files = [image.file.name, *image.renditions["webp"].values(), *image.renditions["jpeg"].values()]
    article = Article.objects.create(title="Illustré", slug="illustre", body=f"Texte.\n\n{image.markdown}\n")
    assert "<picture" in article.body_html
    changelist = reverse("admin:articles_mediaimage_changelist")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(changelist, {"action": "delete_selected", "_selected_action": [image.pk], "post": "yes"})
    assert response.status_code == 302 and not MediaImage.objects.exists()
    article.refresh_from_db()
    assert "<picture" not in article.body_html and "Texte." in article.body_html
    assert not any((media_root / name).exists() for name in files)


def test_the_picker_adds_an_image_without_leaving_the_article(client, author):
    """As an Auteur: the file and its alt text are checked as any upload; the answer is what the picker inserts."""
    url = reverse("admin:articles_mediaimage_picker_upload")
    client.force_login(author)
    refused = client.post(url, {"file": SimpleUploadedFile("logo.svg", HOSTILE["svg with script"][1]), "alt": "Logo"})
    assert refused.status_code == 422 and "SVG ne sont pas acceptées" in " ".join(refused.json()["errors"])
    no_alt = client.post(url, {"file": SimpleUploadedFile("a.png", png_bytes(size=(600, 400))), "alt": ""})
    assert no_alt.status_code == 422 and no_alt.json()["errors"] == ["Ce champ est obligatoire."]
    assert not MediaImage.objects.exists()
    added = client.post(url, {"file": SimpleUploadedFile("a.png", png_bytes(size=(600, 400))), "alt": "Une carte"})
    assert added.status_code == 201
    image = MediaImage.objects.get()
    assert added.json()["image"]["markdown"] == f"![Une carte](media:{image.pk})" and image.uploaded_by == author
    run_queued_tasks()
    image.refresh_from_db()
    assert sorted(image.renditions["webp"], key=int) == ["480", "600"]
