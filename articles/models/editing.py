"""What editors have in hand and readers do not see: the working copy of a live article, the
autosaved form of an editor, and who is editing an article now."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from articles.models.article import Article


class WorkingCopyQuerySet(models.QuerySet):
    def programmed(self):
        """Copies programmed to replace their live article, whether their date has come or not."""
        return self.filter(status=WorkingCopy.Status.SCHEDULED)

    def scheduled(self):
        """Copies programmed to replace their live article at a date still to come."""
        return self.filter(status=WorkingCopy.Status.SCHEDULED, publish_at__gt=timezone.now())

    def due(self):
        """Programmed copies whose date has come: the first request after it publishes them."""
        return self.filter(status=WorkingCopy.Status.SCHEDULED, publish_at__lte=timezone.now())


class WorkingCopy(models.Model):
    """The edited content of a published article, kept apart until an editor publishes it: the
    live row (and so its public page) stays exactly as it was while the copy is written,
    reviewed or programmed.

    `values` holds the article's fields as `articles.copies.values_of()` writes them.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", "Brouillon"
        REVIEW = "review", "En relecture"
        SCHEDULED = "scheduled", "Programmée"

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, related_name="working_copy", verbose_name="article"
    )
    values = models.JSONField("contenu", default=dict)
    status = models.CharField("statut", max_length=20, choices=Status.choices, default=Status.DRAFT)
    publish_at = models.DateTimeField("publication programmée", null=True, blank=True, db_index=True)
    # Bumped by each save of the copy: a form loaded on an older copy is refused as stale.
    version = models.PositiveIntegerField(default=1, editable=False)
    based_on_version = models.PositiveIntegerField("version en ligne de départ", default=1)
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="modifiée par",
    )

    objects = WorkingCopyQuerySet.as_manager()

    class Meta:
        verbose_name = "copie de travail"
        verbose_name_plural = "copies de travail"

    def __str__(self):
        return f"Copie de travail de « {self.article_id and self.article} »"


class EditorOnArticle(models.Model):
    """One row per user and article."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+", verbose_name="article")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name="utilisateur"
    )

    class Meta:
        abstract = True
        constraints = [models.UniqueConstraint(fields=["article", "user"], name="%(class)s_one_per_editor")]


class Autosave(EditorOnArticle):
    """The change form of one article as one user last left it, saved in the background while
    they typed: offered back on their next visit, never applied by itself."""

    # The form's fields as posted: name → list of values (select-multiple fields have several).
    data = models.JSONField("formulaire", default=dict)
    saved_at = models.DateTimeField("enregistré le", default=timezone.now)

    class Meta(EditorOnArticle.Meta):
        verbose_name = "sauvegarde automatique"
        verbose_name_plural = "sauvegardes automatiques"

    def __str__(self):
        return f"Sauvegarde automatique de l'article {self.article_id} ({self.user_id})"


class EditingPresence(EditorOnArticle):
    """The last heartbeat of a user's open change form of an article."""

    seen_at = models.DateTimeField("vu le", default=timezone.now)

    class Meta(EditorOnArticle.Meta):
        verbose_name = "présence"
        verbose_name_plural = "présences"

    def __str__(self):
        return f"Présence sur l'article {self.article_id} ({self.user_id})"
