"""Jobs (`articles.models.Job`) run by a task worker (`articles.tasks`), safe to stop at any moment.

A worker claims a job with a lease it renews as it works. Work goes in small steps, each all or
nothing and written in one transaction together with its `JobItem` and the job's counters, so a
step is either done and recorded or not done at all. Cancelling stops the job between two steps.
When a worker dies, its lease lapses and the job's watchdog (a deferred task, run by any worker)
puts the job back in the queue; the worker that takes it skips the recorded steps. A worker that
lost its lease (too slow, taken for dead) finds out at its next step and rolls that step back.
"""

import logging
import uuid
import zipfile
from datetime import timedelta
from itertools import islice

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone

from articles.cache import content_tables
from articles.comparison.state import refresh_statistics
from articles.dry_runs import writes
from articles.figures import extract_figures
from articles.importing import GROUP_SIZE, FileReport, ImportBatch, Status
from articles.models import Article, Job, JobItem
from articles.preparing import prepare_bytes
from articles.sql import analyze_stale_tables
from articles.uploads import document_members, refused_report

logger = logging.getLogger(__name__)


class LostLease(Exception):
    """Another worker took this job over: stop without writing anything more."""


def lease_seconds():
    return timedelta(seconds=settings.TASKS_LEASE_SECONDS)


def start(job):
    """Queue a job saved just now (outside a transaction: a worker may take it at once) and its
    watchdog, on backends that can defer a task (the database and RQ; not the inline one)."""
    enqueue_run(job.pk)
    watch_later(job.pk)


def watch_later(job_id, at=None):
    from articles.tasks import watch_job

    if watch_job.get_backend().supports_defer:
        watch_job.using(run_after=at or timezone.now() + lease_seconds()).enqueue(job_id)


def request_cancel(job):
    """Cancel a job: at once when no worker has it yet, else at its running worker's next step."""
    now = timezone.now()
    if Job.objects.filter(pk=job.pk, status=Job.Status.QUEUED).update(
        status=Job.Status.CANCELLED, cancel_requested=True, finished_at=now
    ):
        return
    Job.objects.filter(pk=job.pk).exclude(status__in=Job.FINISHED).update(cancel_requested=True)


class Lease:
    """This worker's hold on a job: claimed once, renewed as work goes on, checked at each step."""

    def __init__(self, job_id):
        self.job_id = job_id
        self.token = uuid.uuid4().hex
        self.renewed_at = None

    def _mine(self):
        return Job.objects.filter(pk=self.job_id, lease_token=self.token, status=Job.Status.RUNNING)

    def claim(self):
        """The job, now ours, or None when it is not waiting (another worker has it, it is over)."""
        now = timezone.now()
        claimed = Job.objects.filter(pk=self.job_id, status=Job.Status.QUEUED, cancel_requested=False).update(
            status=Job.Status.RUNNING,
            lease_token=self.token,
            lease_until=now + lease_seconds(),
            started_at=Coalesce("started_at", now),
        )
        if not claimed:
            return None
        self.renewed_at = now
        return Job.objects.get(pk=self.job_id)

    def renew(self, *, force=False):
        """Extend the lease when a third of it has gone (always with `force`); LostLease if it is no
        longer ours. Returns whether an editor asked to cancel."""
        now = timezone.now()
        if force or now - self.renewed_at > lease_seconds() / 3:
            if not self._mine().update(lease_until=now + lease_seconds()):
                raise LostLease(self.job_id)
            self.renewed_at = now
        state = Job.objects.filter(pk=self.job_id).values("cancel_requested", "lease_token").first()
        if state is None or state["lease_token"] != self.token:
            raise LostLease(self.job_id)
        return state["cancel_requested"]

    def record_step(self, items, *, done, errors=0, **changes):
        """Inside the step's transaction: its items and the job's counters, or LostLease (the
        transaction, and so the step, is then rolled back)."""
        if not self._mine().update(
            done=F("done") + done, errors=F("errors") + errors, lease_until=timezone.now() + lease_seconds(), **changes
        ):
            raise LostLease(self.job_id)
        JobItem.objects.bulk_create(items)

    def finish(self, status, message=""):
        self._mine().update(status=status, message=message, finished_at=timezone.now(), lease_token="")


def run(job_id):
    """Run a job if it is waiting; the body of the `run_job` task."""
    lease = Lease(job_id)
    job = lease.claim()
    if job is None:
        _cancel_if_requested(job_id)
        return
    try:
        cancelled = WORK[job.kind](job, lease)
    except LostLease:
        logger.warning("job %s: taken over by another worker", job_id)
        return
    except Exception as error:  # noqa: BLE001 — the job says why it stopped; the worker goes on
        logger.exception("job %s failed", job_id)
        lease.finish(Job.Status.FAILED, f"Échec inattendu ({type(error).__name__} : {error})"[:2000])
        return
    lease.finish(Job.Status.CANCELLED if cancelled else Job.Status.DONE)
    analyze_stale_tables(content_tables())  # as after any import (articles.sql)
    if job.source:  # the report is in the job's items: the upload is no longer needed
        job.source.delete(save=False)
        Job.objects.filter(pk=job_id).update(source="")


def _cancel_if_requested(job_id):
    Job.objects.filter(pk=job_id, status=Job.Status.QUEUED, cancel_requested=True).update(
        status=Job.Status.CANCELLED, finished_at=timezone.now()
    )


def watch(job_id):
    """The watchdog: put a job whose worker died (lease lapsed) or whose task was lost back in the
    queue, then look again a lease later; stop once the job is over."""
    from articles.tasks import run_job

    job = Job.objects.filter(pk=job_id).first()
    if job is None or job.finished:
        return
    now = timezone.now()
    if job.status == Job.Status.RUNNING and job.lease_until and job.lease_until < now:
        if Job.objects.filter(pk=job_id, status=Job.Status.RUNNING, lease_until=job.lease_until).update(
            status=Job.Status.QUEUED, lease_token=""
        ):
            logger.warning("job %s: its worker stopped renewing its lease; queued again", job_id)
            enqueue_run(job_id)
    elif job.status == Job.Status.QUEUED and not _task_pending(run_job, job.task_id):
        enqueue_run(job_id)
    watch_later(job_id, at=max(job.lease_until or now, now) + lease_seconds())


def enqueue_run(job_id):
    """Queue the task that runs a job, remembering its id for the watchdog."""
    from articles.tasks import run_job

    result = run_job.enqueue(job_id)
    Job.objects.filter(pk=job_id).update(task_id=str(result.id)[:64])


def _task_pending(task, task_id):
    """Whether the task that should run a queued job may still run it."""
    from django_tasks import TaskResultStatus
    from django_tasks.exceptions import TaskResultDoesNotExist

    if not task_id:
        return False
    try:
        result = task.get_result(task_id)
    except (TaskResultDoesNotExist, NotImplementedError):
        return False
    return result.status in (TaskResultStatus.READY, TaskResultStatus.RUNNING)


# --- The work of each kind: returns True when it stopped on a cancel ------------------------------


def import_files(job, lease):
    """Import the documents of the stored upload, a group at a time, each file all or nothing."""
    prefix = job.options.get("source_prefix", "upload/")
    with job.source.open("rb") as stored, zipfile.ZipFile(stored) as archive:
        try:
            members = document_members(archive)
        except ValueError as error:  # the whole archive refused: one row says why
            members, refusal = [], str(error)
        else:
            refusal = ""
        _mine_update(lease, total=max(len(members), 1 if refusal else 0))
        if refusal:
            with transaction.atomic():
                item = JobItem(job=job, position=0, path=job.label, status=Status.ERROR, error=refusal)
                lease.record_step([item], done=1, errors=1)
            return False
        recorded = set(job.items.values_list("position", flat=True))
        pending = ((position, *member) for position, member in enumerate(members) if position not in recorded)
        batch = ImportBatch(new_status=job.options.get("new_status") or None)
        while group := list(islice(pending, GROUP_SIZE)):
            prepared = {}  # position → prepared file (a refused name has none)
            for position, name, info in group:
                if lease.renew():
                    return True
                if info:
                    prepared[position] = prepare_bytes(archive.read(info), name)
            with transaction.atomic():
                if lease.renew(force=True):
                    transaction.set_rollback(True)
                    return True
                readable = [
                    (prepared[position], f"{prefix}{name}") for position, name, _ in group if position in prepared
                ]
                stored = iter(batch.store_group(readable, dry_run=job.options.get("dry_run", False)))
                reports = {
                    position: next(stored) if position in prepared else refused_report(name)
                    for position, name, _ in group
                }
                items = [_import_item(job, position, report) for position, report in reports.items()]
                errors = sum(report.status == Status.ERROR for report in reports.values())
                lease.record_step(items, done=len(items), errors=errors)
    return False


def _mine_update(lease, **changes):
    if not lease._mine().update(**changes):
        raise LostLease(lease.job_id)


def _import_item(job, position, report: FileReport):
    return JobItem(
        job=job,
        position=position,
        path=report.path[:500],
        status=report.status,
        slug=report.slug,
        warnings=report.warnings,
        error=report.error,
    )


def reextract_figures(job, lease):
    """Re-extract and regroup the figures of every article, one article a step, in key order."""
    dry_run = job.options.get("dry_run", False)
    articles = Article.objects.order_by("pk")
    _mine_update(lease, total=articles.count())
    cursor = job.cursor
    while page := list(articles.filter(pk__gt=cursor)[:200]):
        for article in page:
            if lease.renew():
                return True
            figures = extract_figures(article.body)  # the long part, outside the transaction
            with transaction.atomic():
                if lease.renew(force=True):
                    transaction.set_rollback(True)
                    return True
                report = reextract_article(article, figures, dry_run=dry_run)
                lines = figure_change_lines(report)
                items = [_reextraction_item(job, article, report, lines)] if lines else []
                lease.record_step(items, done=1, cursor=article.pk)
            cursor = article.pk
    return False


def _reextraction_item(job, article, report, lines):
    counts = f"{len(report.new)} nouveau(x), {len(report.gone)} disparu(s), {len(report.changed)} modifié(s)"
    return JobItem(
        job=job,
        position=article.pk,
        path=article.slug,
        status="changed",
        slug=article.slug,
        error=counts,
        warnings=lines,
    )


def reextract_article(article, figures=None, *, dry_run=False):
    """The very refresh a save runs (figures and indicators); a dry run rolls it back."""
    with writes(dry_run=dry_run):
        report = refresh_statistics(article, figures=extract_figures(article.body) if figures is None else figures)
    return report


def figure_change_lines(report):
    """What a refresh changed, one line a figure: + new, - gone, ~ changed (fields)."""
    return [
        *(f"+ {row.text!r} {row.subject}" for row in report.new),
        *(f"- {row.text!r} {row.subject}" for row in report.gone),
        *(f"~ {row.text!r} ({', '.join(fields)})" for row, fields in report.changed),
    ]


WORK = {Job.Kind.IMPORT: import_files, Job.Kind.REEXTRACTION: reextract_figures}
