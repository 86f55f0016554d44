"""`manage.py backup PATH` and `manage.py restore PATH` round-trip every row and every upload."""

import io
import shutil
import tarfile
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from PIL import Image
from taggit.models import Tag, TaggedItem

from articles.models import Article, ArticleLink, Author, Indicator, Skill, SlugRedirect, Source, Statistic, Theme
from articles.search import search_articles
from articles.tests.conftest import run_queued_tasks

MODELS = [
    Article, Article.history.model, Article.authors.through, Article.skills.through, ArticleLink, Author, Theme,
    Skill, Statistic, Source, Indicator, SlugRedirect, Tag, TaggedItem, User, Group,
]  # fmt: skip


def millisecond(value):
    # The serializer writes times to the millisecond.
    return value.replace(microsecond=value.microsecond // 1000 * 1000) if hasattr(value, "microsecond") else value


def comparable(name, value):
    if name == "content_type_id":  # content types are recreated on restore, under new ids
        return ContentType.objects.get_for_id(value).natural_key()
    return millisecond(value)


def snapshot():
    rows = {}
    for model in MODELS:
        # A many-to-many row is its two ends: the serializer keeps no id of its own for it.
        fields = [f.attname for f in model._meta.concrete_fields if not (model._meta.auto_created and f.primary_key)]
        rows[model._meta.label] = sorted(
            ({name: comparable(name, value) for name, value in row.items()} for row in model.objects.values(*fields)),
            key=repr,
        )
    return rows


def uploads(root):
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in Path(root).rglob("*") if path.is_file()}


@pytest.fixture
def site(imported_seeds, editor, settings, tmp_path):
    """The seeds, a cover upload and its renditions, revisions, a link, an indicator, a renamed slug."""
    settings.MEDIA_ROOT = tmp_path / "media"
    article = Article.objects.filter(statistics__isnull=False).first()
    picture = io.BytesIO()
    Image.new("RGB", (1200, 800), "red").save(picture, "PNG")
    article.cover_image = SimpleUploadedFile("couverture.png", picture.getvalue(), content_type="image/png")
    article.cover_alt = "Une couverture rouge"
    article._history_user = editor
    article.save()
    run_queued_tasks()  # the cover's renditions
    article.title, article.slug = "Titre revu", "titre-revu"
    article.save()
    other = Article.objects.exclude(pk=article.pk).first()
    ArticleLink.objects.create(article=other, kind="article", target_article=article, title="Voir aussi")
    Statistic.objects.filter(article=article).update(indicator=Indicator.objects.create(name="Adoption"))
    return settings.MEDIA_ROOT


def test_backup_then_restore_gives_back_every_row_and_upload(site, tmp_path):
    before, files_before = snapshot(), uploads(site)
    assert len(files_before) >= 3  # the cover and its renditions
    assert before["articles.HistoricalArticle"] and before["articles.Statistic"] and before["articles.ArticleLink"]
    archive = tmp_path / "sauvegarde.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())

    Article.objects.all().delete()
    Author.objects.all().delete()
    Tag.objects.all().delete()
    shutil.rmtree(site)
    assert snapshot() != before

    out = io.StringIO()
    call_command("restore", str(archive), stdout=out)
    assert "restaurée" in out.getvalue()
    assert snapshot() == before
    assert uploads(site) == files_before
    # What the database derives by itself follows (SQLite's search index is kept by triggers).
    assert search_articles("Titre revu").filter(slug="titre-revu").exists()


def test_restore_refuses_what_is_not_a_backup(tmp_path, db):
    stranger = tmp_path / "autre.tar.gz"

    with tarfile.open(stranger, "w:gz") as archive:
        note = tmp_path / "note.txt"
        note.write_text("rien")
        archive.add(note, arcname="note.txt")
    count = Article.objects.count()
    with pytest.raises(CommandError, match="pas une sauvegarde"):
        call_command("restore", str(stranger), stdout=io.StringIO())
    assert Article.objects.count() == count
