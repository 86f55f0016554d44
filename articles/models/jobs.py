"""Long work done by a task worker (`articles.tasks`): an import of many files, a re-extraction of
every article's figures. The job row is what the admin shows (progress, errors, report, cancel) and
what lets another worker resume the work, without doing twice what was done, when one dies."""

from django.conf import settings
from django.db import models


class Job(models.Model):
    class Kind(models.TextChoices):
        IMPORT = "import", "import de fichiers"
        REEXTRACTION = "reextraction", "ré-extraction des chiffres"

    class Status(models.TextChoices):
        QUEUED = "queued", "en attente"
        RUNNING = "running", "en cours"
        DONE = "done", "terminé"
        CANCELLED = "cancelled", "annulé"
        FAILED = "failed", "échoué"

    FINISHED = (Status.DONE, Status.CANCELLED, Status.FAILED)

    kind = models.CharField("nature", max_length=20, choices=Kind.choices)
    status = models.CharField("état", max_length=20, choices=Status.choices, default=Status.QUEUED)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, verbose_name="lancé par"
    )
    created_at = models.DateTimeField("lancé le", auto_now_add=True)
    started_at = models.DateTimeField("commencé le", null=True, blank=True)
    finished_at = models.DateTimeField("fini le", null=True, blank=True)
    label = models.CharField("objet", max_length=300, blank=True)
    # What the work needs: an import's stored upload (a zip) and its options (new_status, dry_run).
    source = models.FileField("fichier envoyé", upload_to="imports/%Y/%m/", blank=True)
    options = models.JSONField("options", default=dict, blank=True)
    total = models.PositiveIntegerField("à traiter", default=0)
    done = models.PositiveIntegerField("traités", default=0)
    errors = models.PositiveIntegerField("erreurs", default=0)
    # Where the work stands: the last article re-extracted (articles go in primary key order).
    cursor = models.BigIntegerField(default=0)
    message = models.TextField("message", blank=True)
    cancel_requested = models.BooleanField("annulation demandée", default=False)
    # The worker running the job holds a lease it renews; one that lapsed means the worker died.
    lease_token = models.CharField(max_length=40, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    task_id = models.CharField(max_length=64, blank=True)  # the task running it, for the watchdog

    class Meta:
        verbose_name = "tâche de fond"
        verbose_name_plural = "tâches de fond"
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status"], name="job_status_idx")]

    def __str__(self):
        return f"{self.get_kind_display().capitalize()} n° {self.pk}" + (f" : {self.label}" if self.label else "")

    @property
    def finished(self):
        return self.status in self.FINISHED

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else (100 if self.finished else 0)


class JobItem(models.Model):
    """One unit of a job, written in the same transaction as its work: a file imported (keyed by its
    position in the upload) or an article whose figures changed. A resumed job skips these."""

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="items", verbose_name="tâche")
    position = models.PositiveIntegerField("rang")
    path = models.CharField("fichier ou article", max_length=500)
    status = models.CharField("résultat", max_length=20)
    slug = models.CharField("slug", max_length=200, blank=True)
    warnings = models.JSONField("remarques", default=list, blank=True)
    error = models.TextField("erreur", blank=True)

    class Meta:
        verbose_name = "élément traité"
        verbose_name_plural = "éléments traités"
        ordering = ["job", "position"]
        constraints = [models.UniqueConstraint(fields=["job", "position"], name="job_item_once")]

    def __str__(self):
        return self.path
