"""Background jobs through the real task framework: the admin queues them, the database backend's
worker (django_tasks_db's own run loop, in this process) runs them; progress, report, cancel,
resume. test_jobs_worker.py runs the worker as a separate process and kills it."""

import io
import zipfile
from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from articles import jobs
from articles.models import Article, Job, JobItem
from articles.tests.conftest import SEED_DIR, database_worker

# The worker commits as it goes, as in production: these tests see the database between commits.
pytestmark = pytest.mark.django_db(transaction=True)
IMPORT_URL = reverse("admin:articles_article_import_documents")


def run_worker():
    database_worker().run()


def document(n):
    return f"---\ntitle: Article numéro {n}\n---\n\nSelon l'Insee, {n} % des PME exportent en 2024.\n"


def zip_upload(count, name="lot.zip", extra=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for n in range(count):
            archive.writestr(f"lot/article-{n:03}.md", document(n))
        for member, content in (extra or {}).items():
            archive.writestr(member, content)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/zip")


@pytest.fixture
def background_from_3(settings, tmp_path):
    settings.IMPORT_IN_BACKGROUND_FROM = 3
    settings.MEDIA_ROOT = tmp_path / "media"


def job_url(job):
    return reverse("admin:articles_job_change", args=[job.pk])


def test_a_large_zip_is_imported_in_the_background_with_progress_and_a_french_report(client, editor, background_from_3):
    client.force_login(editor)
    response = client.post(IMPORT_URL, {"document": zip_upload(5, extra={"../dehors.md": "# Non"})})
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == job_url(job)
    assert job.status == Job.Status.QUEUED and job.total == 6 and not Article.objects.exists()
    page = client.get(job_url(job)).content.decode()
    assert 'id="job-progress" value="0" max="6"' in page and 'http-equiv="refresh"' in page
    assert "0 / 6 fichier(s) traité(s), 0 erreur(s)" in page

    run_worker()

    job.refresh_from_db()
    assert job.status == Job.Status.DONE and (job.done, job.total, job.errors) == (6, 6, 1)
    assert Article.objects.count() == 5
    assert set(Article.objects.values_list("source_path", flat=True)) == {
        f"upload/lot.zip/lot/article-{n:03}.md" for n in range(5)
    }
    assert not job.source, "the stored upload is dropped once imported"
    page = client.get(job_url(job)).content.decode()
    assert 'http-equiv="refresh"' not in page and 'data-status="done"' in page
    for article in Article.objects.all():
        assert f'href="{reverse("admin:articles_article_change", args=[article.pk])}"' in page
    assert "créé" in page and "chemin refusé" in page
    # The same upload again: the importer finds every file unchanged, nothing is duplicated.
    client.post(IMPORT_URL, {"document": zip_upload(5)})
    run_worker()
    again = Job.objects.order_by("-pk").first()
    assert set(again.items.values_list("status", flat=True)) == {"unchanged"}
    assert Article.objects.count() == 5


def test_several_files_at_once_are_packed_into_one_job_and_small_uploads_stay_immediate(
    client, editor, background_from_3
):
    client.force_login(editor)
    files = [SimpleUploadedFile(f"note-{n}.md", document(n).encode()) for n in range(4)]
    response = client.post(IMPORT_URL, {"document": files})
    assert response.status_code == 302
    run_worker()
    assert sorted(Article.objects.values_list("source_path", flat=True)) == [f"upload/note-{n}.md" for n in range(4)]
    # Three documents or fewer: imported in the request, the report on the same page.
    response = client.post(IMPORT_URL, {"document": zip_upload(2, name="petit.zip")})
    assert response.status_code == 200 and len(response.context["reports"]) == 2
    assert Job.objects.count() == 1


def test_a_job_cancelled_before_a_worker_takes_it_imports_nothing(client, editor, background_from_3):
    client.force_login(editor)
    client.post(IMPORT_URL, {"document": zip_upload(5)})
    job = Job.objects.get()
    response = client.post(reverse("admin:articles_job_cancel", args=[job.pk]))
    assert response.status_code == 302
    run_worker()
    job.refresh_from_db()
    assert job.status == Job.Status.CANCELLED and job.done == 0
    assert not Article.objects.exists()
    assert "Annuler la tâche" not in client.get(job_url(job)).content.decode()


def test_authors_neither_see_nor_cancel_jobs(client, editor, author, background_from_3):
    client.force_login(editor)
    client.post(IMPORT_URL, {"document": zip_upload(5)})
    job = Job.objects.get()
    client.force_login(author)
    assert client.get(job_url(job)).status_code == 403
    assert client.get(reverse("admin:articles_job_changelist")).status_code == 403
    assert client.post(reverse("admin:articles_job_cancel", args=[job.pk])).status_code == 403
    job.refresh_from_db()
    assert not job.cancel_requested


def test_the_watchdog_requeues_a_job_whose_worker_died_and_the_job_resumes_without_duplicates(
    client, editor, background_from_3
):
    """A worker that claimed the job, imported some files and died: its lease lapses, the watchdog
    queues the job again, and the next worker imports only the files not recorded."""
    client.force_login(editor)
    client.post(IMPORT_URL, {"document": zip_upload(6)})
    job = Job.objects.get()
    dead = jobs.Lease(job.pk)
    dead.claim()
    # What the dead worker had finished: two files, imported and recorded in one transaction each.
    from articles.importing import import_bytes

    for n in range(2):
        report = import_bytes(
            document(n).encode(), f"lot/article-{n:03}.md", source_key=f"upload/lot.zip/lot/article-{n:03}.md"
        )
        dead.record_step([jobs._import_item(job, n, report)], done=1)
    first_two = dict(Article.objects.values_list("source_path", "pk"))
    run_worker()  # the dead worker's task is not ready again, and the job is not waiting: nothing runs
    job.refresh_from_db()
    assert job.status == Job.Status.RUNNING and job.done == 2

    Job.objects.filter(pk=job.pk).update(lease_until=timezone.now() - timedelta(seconds=1))
    DBTaskResult.objects.filter(task_path="articles.tasks.watch_job").update(run_after=timezone.now())
    run_worker()  # the watchdog queues the job again; the batch worker then runs it

    job.refresh_from_db()
    assert job.status == Job.Status.DONE and (job.done, job.total) == (6, 6)
    assert Article.objects.count() == 6
    assert {path: pk for path, pk in Article.objects.values_list("source_path", "pk") if path in first_two} == first_two
    assert sorted(JobItem.objects.filter(job=job).values_list("position", flat=True)) == list(range(6))
    assert set(JobItem.objects.filter(job=job, position__gte=2).values_list("status", flat=True)) == {"created"}


def test_a_worker_that_lost_its_lease_writes_nothing_more(client, editor, background_from_3):
    client.force_login(editor)
    client.post(IMPORT_URL, {"document": zip_upload(4)})
    job = Job.objects.get()
    slow = jobs.Lease(job.pk)
    slow.claim()
    Job.objects.filter(pk=job.pk).update(lease_token="another-worker")
    with pytest.raises(jobs.LostLease):
        slow.record_step([JobItem(job=job, position=0, path="x", status="created")], done=1)
    with pytest.raises(jobs.LostLease):
        jobs.import_files(job, slow)
    assert not Article.objects.exists() and not JobItem.objects.exists()


BODY = "Selon l'Insee, 15 % des PME françaises utilisent l'IA générative en 2024."


def test_reextract_figures_is_queued_and_the_worker_reports_the_changed_articles(client, editor):
    changed = Article.objects.create(title="Chiffres", slug="chiffres", body=BODY)
    Article.objects.create(title="Stable", slug="stable", body="Rien à compter ici.")
    changed.statistics.all().delete()
    out = StringIO()
    call_command("reextract_figures", stdout=out)
    job = Job.objects.get()
    assert job.kind == Job.Kind.REEXTRACTION and job.status == Job.Status.QUEUED
    assert str(job.pk) in out.getvalue()
    run_worker()
    job.refresh_from_db()
    assert job.status == Job.Status.DONE and (job.done, job.total) == (2, 2)
    assert changed.statistics.filter(text="15 %").exists()
    assert list(job.items.values_list("slug", flat=True)) == ["chiffres"]
    client.force_login(editor)
    page = client.get(job_url(job)).content.decode()
    assert "chiffres modifiés" in page and "+ &#x27;15 %&#x27;" in page
    assert f'href="{reverse("admin:articles_article_change", args=[changed.pk])}"' in page


def test_reextract_figures_inline_and_dry_run_queue_nothing():
    article = Article.objects.create(title="Chiffres", slug="chiffres", body=BODY)
    article.statistics.all().delete()
    out = StringIO()
    call_command("reextract_figures", "--inline", "--dry-run", stdout=out)
    assert "chiffres: 1 new, 0 gone, 0 changed" in out.getvalue() and not article.statistics.exists()
    call_command("reextract_figures", "--inline", stdout=StringIO())
    assert article.statistics.filter(text="15 %").exists() and not Job.objects.exists()


def test_the_command_line_import_stays_immediate(tmp_path):
    call_command("import_articles", str(SEED_DIR), stdout=StringIO())
    assert Article.objects.count() == 5 and not Job.objects.exists()
