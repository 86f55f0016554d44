"""Untrusted files never crash, hang or stop the batch: one report row each, within a bound.

Each hostile case below once crashed the process (libyaml), raised out of the importer with no
report for any file, or took tens of seconds; the good file beside them must still be imported.
"""

import json
import os
import subprocess
import sys

import pytest
from django.urls import reverse

from articles import importing, preparing
from articles.importing import Status, import_paths
from articles.models import Article, Author
from articles.rendering import render_markdown
from articles.tests.admin_helpers import change_url, form_data
from articles.tests.conftest import PROJECT_DIR, SEED_DIR
from articles.tests.growth import assert_linear

pytestmark = pytest.mark.django_db

GOOD_FILE = "---\ntitle: Un bon article\ndescription: Il passe.\ntheme: Marketing\nauthor: Ada Lovelace\n"
GOOD_FILE += "date: 2024-05-01\n---\n\nDu texte ordinaire, avec 12 % de chiffres.\n"

HOSTILE_FILES = {
    "yaml-profond.md": "---\ntitle: x\na: " + "[" * 30_000 + "]" * 30_000 + "\n---\nCorps\n",
    "yaml-tirets.md": "---\ntitle: x\na:\n" + "- " * 30_000 + "x\n---\nCorps\n",
    "toml-profond.md": "+++\ntitle = 'x'\na = " + "[" * 3_000 + "]" * 3_000 + "\n+++\nCorps\n",
    "json-profond.md": '{"title": "x", "a": ' + "[" * 3_000 + "]" * 3_000 + "}\nCorps\n",
    "etoiles.md": "# Titre\n\n" + "*" * 100_000 + "mot" + "*" * 100_000 + "\n",
    "tirets.md": "# Titre\n\n" + "- " * 30_000 + "mot\n",
    "numeros.md": "# Titre\n\n" + "1. " * 30_000 + "mot\n",
    "liste-900.md": "# Titre\n\n" + "".join("    " * level + "- x\n" for level in range(900)),
}
# Reasons a reader of the report understands (French, one line), not a Python exception name.
REASONS = {
    "yaml-profond.md": "imbriqué sur plus de 40 niveaux",
    "yaml-tirets.md": "imbriqué sur plus de 40 niveaux",
    "toml-profond.md": "en-tête TOML imbriqué trop profondément",
    "json-profond.md": "en-tête JSON imbriqué trop profondément",
    "etoiles.md": "suite de 100000 « * » d'affilée",
    "tirets.md": "listes ou citations imbriquées sur 30000 niveaux",
    "numeros.md": "listes ou citations imbriquées sur 30000 niveaux",
    "liste-900.md": "listes ou citations imbriquées sur 51 niveaux",
}


def write_batch(folder, files):
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_every_hostile_file_gets_its_own_error_row_and_the_good_ones_are_imported(tmp_path, workers):
    folder = write_batch(tmp_path / "lot", {"bon.md": GOOD_FILE, **HOSTILE_FILES})
    reports = {r.path.rsplit("/", 1)[-1]: r for r in import_paths([folder], workers=workers, progress=False)}

    assert set(reports) == {"bon.md", *HOSTILE_FILES}
    assert reports["bon.md"].status == Status.CREATED
    for name, reason in REASONS.items():
        assert reports[name].status == Status.ERROR, name
        assert reason in reports[name].error
        assert "\n" not in reports[name].error and "Error" not in reports[name].error
    assert Article.objects.count() == 1


def _crash_on_bomb(path, stored_hash=""):
    """prepare_file, but the process dies on a file named "bombe", as a crash in C code would."""
    if "bombe" in path.name:
        os._exit(70)
    return preparing.prepare_file(path, stored_hash)


def test_a_worker_that_dies_costs_only_its_file(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "prepare_file", _crash_on_bomb)  # the workers are forked: they see it
    files = {f"bon-{n:02}.md": GOOD_FILE.replace("Un bon article", f"Article {n}") for n in range(20)}
    folder = write_batch(tmp_path / "lot", {**files, "bombe.md": GOOD_FILE})
    reports = {r.path.rsplit("/", 1)[-1]: r for r in import_paths([folder], workers=2, progress=False)}

    assert len(reports) == 21
    assert reports["bombe.md"].status == Status.ERROR
    assert "a fait échouer le processus de lecture" in reports["bombe.md"].error
    assert {reports[name].status for name in files} == {Status.CREATED}


def test_a_yaml_bomb_deep_enough_to_crash_libyaml_is_reported_by_the_command(tmp_path):
    """Run in a process of its own: before the depth check, libyaml took the process down."""
    folder = write_batch(tmp_path / "lot", {"yaml-profond.md": HOSTILE_FILES["yaml-profond.md"]})
    command = [sys.executable, "manage.py", "import_articles", "--dry-run", "--format", "json", str(folder)]
    env = {"DJANGO_SETTINGS_MODULE": "editorial.settings_test", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(command, cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 1, result.stderr[-500:]
    [row] = json.loads(result.stdout)
    assert row["status"] == "error" and "imbriqué sur plus de 40 niveaux" in row["error"]


def test_a_date_that_does_not_exist_is_a_warning_not_a_crash(tmp_path):
    folder = write_batch(tmp_path / "lot", {"date.md": GOOD_FILE.replace("2024-05-01", "0000-00-00")})
    [report] = import_paths([folder], progress=False)
    assert report.status == Status.CREATED
    assert any("0000-00-00" in warning for warning in report.warnings)


def test_preparation_past_its_time_limit_is_an_error_row(tmp_path, monkeypatch):
    """The backstop for what the checks do not foresee: Python-Markdown's link parsing is
    quadratic in `[a](` repeated; past the limit the file is refused, the batch goes on."""
    monkeypatch.setattr(preparing, "PREPARE_SECONDS", 0.2)
    folder = write_batch(tmp_path / "lot", {"bon.md": GOOD_FILE, "liens.md": "# T\n\n" + "[a](" * 16_000 + "\n"})
    reports = {r.path.rsplit("/", 1)[-1]: r for r in import_paths([folder], progress=False)}
    assert reports["bon.md"].status == Status.CREATED
    assert reports["liens.md"].status == Status.ERROR
    assert "dépasse 0.2 s" in reports["liens.md"].error


def test_unclosed_brackets_render_in_linear_time():
    """16 kB of `[` took 51 s (quadratic): ten times the input must cost about ten times as much."""
    assert_linear(render_markdown, lambda n: "[" * n, 16_000)
    assert render_markdown("[[lien]] et [a [b] c](https://example.org)").html.count("<a ") == 1


def test_yaml_1_1_traps_keep_the_text_the_author_wrote(tmp_path):
    text = GOOD_FILE.replace("author: Ada Lovelace", "author: no\nslug: 0123")
    folder = write_batch(tmp_path / "lot", {"pieges.md": text})
    [report] = import_paths([folder], progress=False)
    assert report.status == Status.CREATED and report.slug == "0123"
    assert list(Author.objects.values_list("name", flat=True)) == ["No"]


def test_a_value_the_model_refuses_is_dropped_with_a_warning_and_every_page_still_answers(tmp_path, client, editor):
    folder = write_batch(tmp_path / "lot", {"note.md": GOOD_FILE.replace("date:", "rating: 100\ndate:")})
    [report] = import_paths([folder], progress=False)
    assert report.status == Status.CREATED
    assert any(warning.startswith("note '100' refusée") for warning in report.warnings)
    article = Article.objects.get()
    assert article.note is None
    client.force_login(editor)
    assert client.get(reverse("admin:articles_article_changelist")).status_code == 200
    assert client.get(article.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    ("marking", "status"),
    [
        ("draft: 1", Article.Status.DRAFT),
        ("status: review", Article.Status.REVIEW),
        ("private: true", Article.Status.DRAFT),
        ("status: en cours", Article.Status.DRAFT),
        ("draft: 0", Article.Status.PUBLISHED),
    ],
)
def test_a_file_marked_unpublished_is_not_published(tmp_path, marking, status):
    folder = write_batch(tmp_path / "lot", {"statut.md": GOOD_FILE.replace("date:", f"{marking}\ndate:")})
    [report] = import_paths([folder], progress=False)
    assert Article.objects.get(slug=report.slug).status == status


def test_a_file_the_admin_would_not_publish_is_imported_as_a_draft(tmp_path, client, editor):
    folder = write_batch(tmp_path / "lot", {"sans-theme.md": GOOD_FILE.replace("theme: Marketing\n", "")})
    [report] = import_paths([folder], progress=False)
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT
    assert "non publié, enregistré comme brouillon : Un thème est nécessaire pour publier." in report.warnings
    # The admin's publish action refuses it for the same reason.
    client.force_login(editor)
    changelist = reverse("admin:articles_article_changelist")
    response = client.post(changelist, {"action": "publish", "_selected_action": [article.pk]}, follow=True)
    assert "Un thème est nécessaire pour publier." in response.text
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_a_form_opened_before_a_reimport_is_refused_as_stale(tmp_path, client, editor):
    folder = write_batch(tmp_path / "lot", {"article.md": GOOD_FILE})
    import_paths([folder], progress=False)
    article = Article.objects.get()
    client.force_login(editor)
    stale_form = client.get(change_url(article))

    write_batch(folder, {"article.md": GOOD_FILE.replace("Du texte ordinaire", "Un texte réimporté")})
    [report] = import_paths([folder], progress=False)
    assert report.status == Status.UPDATED
    response = client.post(change_url(article), form_data(stale_form, title="Écrasement"))

    assert response.status_code == 200
    assert "pendant que vous l'éditiez" in " ".join(response.context["adminform"].form.non_field_errors())
    article.refresh_from_db()
    assert article.title == "Un bon article" and "réimporté" in article.body and article.version == 2


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("- " * 30_000 + "mot", "imbriquées sur 30000 niveaux"),
        ("*" * 100_000 + "mot" + "*" * 100_000, "suite de 100000"),
        ("<div>" * 20_000 + "x", "HTML imbriqué sur plus de 500 niveaux"),
    ],
)
def test_the_live_preview_has_the_importers_limits(client, author, body, reason):
    """Any staff user, authors included, may call it: a hostile body is refused at once."""
    client.force_login(author)
    url = reverse("admin:articles_article_markdown_preview")
    response = client.post(url, {"body": body})
    assert response.status_code == 422
    assert reason in response.json()["error"]
    assert client.post(url, {"body": "[" * 16_000}).status_code == 200


def test_the_seed_files_still_import_unchanged():
    reports = import_paths([SEED_DIR], progress=False)
    assert [r.status for r in reports] == [Status.CREATED] * 5
