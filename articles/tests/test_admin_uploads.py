"""Untrusted files through the admin: document uploads (single or zip) and images."""

import io
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from articles.models import Article, Author
from articles.tests.admin_helpers import form_data
from articles.tests.conftest import SEED_DIR, run_queued_tasks

IMPORT_URL = reverse("admin:articles_article_import_documents")
SEED = sorted(SEED_DIR.iterdir())[0]


def zip_of(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return SimpleUploadedFile("lot.zip", buffer.getvalue(), content_type="application/zip")


def upload(client, file, dry_run=False):
    data = {"document": file}
    if dry_run:
        data["dry_run"] = "on"
    response = client.post(IMPORT_URL, data)
    assert response.status_code == 200
    return {report.path: report for report in response.context["reports"]}


def test_one_markdown_file_goes_through_the_importer(client, editor):
    client.force_login(editor)
    reports = upload(client, SimpleUploadedFile("note.md", b"---\ntitle: Une note\n---\n\nDu texte.\n"))
    assert reports["note.md"].status == "created"
    article = Article.objects.get(slug=reports["note.md"].slug)
    assert article.title == "Une note" and article.source_path == "upload/note.md"
    again = upload(client, SimpleUploadedFile("note.md", b"---\ntitle: Une note\n---\n\nDu texte.\n"))
    assert again["note.md"].status == "unchanged"


def test_dry_run_reports_without_saving(client, editor):
    client.force_login(editor)
    reports = upload(client, SimpleUploadedFile(SEED.name, SEED.read_bytes()), dry_run=True)
    assert reports[SEED.name].status == "created"
    assert not Article.objects.exists()


def test_a_zip_imports_documents_and_refuses_traversal(client, editor):
    client.force_login(editor)
    reports = upload(
        client,
        zip_of(
            {
                "lot/": "",
                "lot/un.md": "# Premier\n\nTexte.",
                "lot/deux.txt": SEED.read_text(),
                "../evil.md": "# Ailleurs\n\nNon.",
                "/etc/abs.md": "# Absolu\n\nNon.",
                "lot/image.png": "pas un document",
            }
        ),
    )
    assert reports["lot/un.md"].status == "created"
    assert reports["lot/deux.txt"].status == "created"
    assert reports["../evil.md"].status == "error" and reports["/etc/abs.md"].status == "error"
    assert "lot/" not in reports and "lot/image.png" not in reports
    assert Article.objects.count() == 2


def test_zip_limits_on_member_count_and_uncompressed_size(client, editor, settings):
    client.force_login(editor)
    settings.IMPORT_MAX_FILES_IN_ZIP = 2
    reports = upload(client, zip_of({f"{n}.md": f"# Titre {n}\n\nTexte." for n in range(3)}))
    assert [r.status for r in reports.values()] == ["error"] and "maximum 2" in next(iter(reports.values())).error
    settings.IMPORT_MAX_FILES_IN_ZIP = 500
    settings.IMPORT_MAX_UNCOMPRESSED_BYTES = 1_000_000
    reports = upload(client, zip_of({"gros.md": "# Gros\n\n" + "a" * 2_000_000}))
    assert [r.status for r in reports.values()] == ["error"]
    assert not Article.objects.exists()


def png_bytes(size=(1200, 800), exif=False):
    image = Image.new("RGB", size, (200, 40, 40))
    buffer = io.BytesIO()
    if exif:
        data = Image.Exif()
        data[0x010F] = "Appareil secret"  # Make
        data[0x8825] = {2: (48.0, 51.0, 30.0)}  # GPS
        image.save(buffer, format="JPEG", exif=data.tobytes())
    else:
        image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_cover_upload_is_stripped_resized_and_needs_alt_text(client, editor):
    article = Article.objects.create(title="Illustré", slug="illustre")
    client.force_login(editor)
    url = reverse("admin:articles_article_change", args=[article.pk])
    photo = SimpleUploadedFile("photo.jpg", png_bytes(exif=True), content_type="image/jpeg")
    response = client.post(url, {**form_data(client.get(url)), "cover_image": photo})
    assert response.status_code == 200 and "cover_alt" in response.context["adminform"].form.errors
    photo.seek(0)
    response = client.post(url, {**form_data(client.get(url), cover_alt="Une photo rouge"), "cover_image": photo})
    assert response.status_code == 302
    article.refresh_from_db()
    with Image.open(article.cover_image.path) as stored:
        assert not stored.getexif() and "exif" not in stored.info
    assert article.cover_renditions == {}, "renditions are a task worker's job, not the request's"
    run_queued_tasks()
    article.refresh_from_db()
    assert sorted(article.cover_renditions) == ["480", "960"]  # never wider than the original
    for name in article.cover_renditions.values():
        with article.cover_image.storage.open(name) as rendition, Image.open(rendition) as image:
            assert image.format == "WEBP"
    srcset = article.cover_srcset()
    assert srcset.count("w,") == 1 and srcset.endswith("960w") and "-480w.webp 480w" in srcset
    renditions = dict(article.cover_renditions)
    article.title = "Illustré encore"
    article.save()
    run_queued_tasks()
    article.refresh_from_db()
    assert article.cover_renditions == renditions  # generated once, not on every save


def test_saving_an_article_again_leaves_its_stored_cover_closed(client, editor):
    """The image was checked when uploaded; a later save must not open the stored file (and leak it)."""
    article = Article.objects.create(title="Illustré", slug="illustre")
    client.force_login(editor)
    url = reverse("admin:articles_article_change", args=[article.pk])
    photo = SimpleUploadedFile("photo.png", png_bytes(), content_type="image/png")
    client.post(url, {**form_data(client.get(url), cover_alt="Une photo rouge"), "cover_image": photo})
    article.refresh_from_db()
    assert article.cover_image
    article.title = "Illustré encore"
    article.full_clean()
    assert getattr(article.cover_image, "_file", None) is None, "the stored cover was opened"


@pytest.mark.parametrize(
    "name, content",
    [
        ("dessin.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("faux.png", b"ceci n'est pas une image"),
    ],
)
def test_images_that_are_not_real_rasters_are_refused(client, editor, name, content):
    client.force_login(editor)
    add = reverse("admin:articles_author_add")
    response = client.post(
        add, {"name": "Zoé", "slug": "zoe", "photo": SimpleUploadedFile(name, content), "photo_alt": "Zoé"}
    )
    assert response.status_code == 200 and "photo" in response.context["adminform"].form.errors
    assert not Author.objects.exists()


def test_author_photo_is_stored_without_exif(client, editor):
    client.force_login(editor)
    photo = SimpleUploadedFile("zoe.jpg", png_bytes(size=(300, 300), exif=True), content_type="image/jpeg")
    response = client.post(
        reverse("admin:articles_author_add"), {"name": "Zoé", "slug": "zoe", "photo": photo, "photo_alt": "Zoé"}
    )
    assert response.status_code == 302
    with Image.open(Author.objects.get().photo.path) as stored:
        assert not stored.getexif()


def test_an_upload_creates_drafts_or_articles_in_review_never_published_ones(client, editor):
    assert "\ntheme:" in SEED.read_text() and "draft" not in SEED.read_text(), "a seed its front matter publishes"
    client.force_login(editor)
    page = client.get(IMPORT_URL)
    assert re.search(r'value="draft"[^>]* checked', page.text) and "Statut des nouveaux articles" in page.text
    reports = upload(client, SimpleUploadedFile(SEED.name, SEED.read_bytes()))
    article = Article.objects.get(slug=reports[SEED.name].slug)
    assert article.status == "draft" and not article.is_public
    response = client.post(
        IMPORT_URL, {"document": zip_of({"lot/un.md": "# Premier\n\nTexte."}), "new_status": "review"}
    )
    assert Article.objects.get(source_path="upload/lot.zip/lot/un.md").status == "review"
    assert response.status_code == 200
    # A changed file of an article already there updates it and keeps its status.
    changed = SEED.read_bytes() + "\nUn paragraphe ajouté.\n".encode()
    response = client.post(IMPORT_URL, {"document": SimpleUploadedFile(SEED.name, changed), "new_status": "review"})
    assert response.context["reports"][0].status == "updated"
    article.refresh_from_db()
    assert article.status == "draft" and "Un paragraphe ajouté." in article.body
    assert (
        client.post(IMPORT_URL, {"document": SimpleUploadedFile("x.md", b"# X"), "new_status": "published"})
        .context["form"]
        .errors["new_status"]
    )
    assert not Article.objects.filter(status="published").exists()


def test_the_command_line_keeps_the_front_matter_status(db):
    from django.core.management import call_command

    call_command("import_articles", str(SEED), stdout=io.StringIO())
    assert Article.objects.get().status == "published"


def test_the_upload_report_is_in_french_and_links_each_article(client, editor):
    client.force_login(editor)
    twice = b"---\ntitle: Un titre\ntitle: Le vrai titre\n---\n\nDu texte.\n"
    response = client.post(IMPORT_URL, {"document": zip_of({"deux.md": twice, "vide.md": ""})})
    article = Article.objects.get(source_path="upload/lot.zip/deux.md")
    report = response.text[response.text.index('id="import-report"') :]
    row = report[report.index('class="import-created"') : report.index("</tr>", report.index("import-created"))]
    assert "<td>créé</td>" in row and "<td>Brouillon</td>" in row
    assert f'<a href="{reverse("admin:articles_article_change", args=[article.pk])}">{article.slug}</a>' in row
    assert "la clé « title » figure deux fois dans l&#x27;en-tête : la dernière valeur est retenue" in row
    assert "<td>erreur</td>" in report
    for english in ("created", "appears twice", "error<", "draft<"):
        assert english not in report.replace('class="import-created"', "").replace('class="import-error"', "")
    again = client.post(IMPORT_URL, {"document": zip_of({"deux.md": twice})})
    assert "<td>inchangé</td>" in again.text


def test_a_cover_replaced_before_its_renditions_were_made_gets_only_the_new_ones(editor):
    article = Article.objects.create(title="Illustré", slug="illustre", cover_alt="Rouge")
    for name in ("premiere.png", "seconde.png"):
        article.cover_image = SimpleUploadedFile(name, png_bytes(), content_type="image/png")
        article.save()
    run_queued_tasks()  # the first cover's task finds it replaced and makes nothing
    article.refresh_from_db()
    assert article.cover_image.name.startswith("covers/seconde")
    assert sorted(article.cover_renditions) == ["480", "960"]
    assert all(name.startswith("covers/seconde") for name in article.cover_renditions.values())
    assert not any(article.cover_image.storage.exists(f"covers/premiere-{width}w.webp") for width in (480, 960))
