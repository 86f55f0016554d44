"""What the home page leads with: an editor's choice, or else the newest articles."""

from django.db import models
from django.db.models import Q

from articles.models.article import Article


class HomePlacement(models.Model):
    """An article an editor put on the home page: as its lead, or among the featured ones, in order.

    Only published articles show; a placement of a draft waits for its publication.
    """

    class Role(models.TextChoices):
        LEAD = "lead", "À la une"
        FEATURED = "featured", "Sélection"

    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, related_name="home_placement", verbose_name="article"
    )
    role = models.CharField("place", max_length=10, choices=Role.choices, default=Role.FEATURED)
    position = models.PositiveSmallIntegerField("ordre", default=0, help_text="Les plus petits d'abord.")

    class Meta:
        verbose_name = "article de l'accueil"
        verbose_name_plural = "page d'accueil"
        ordering = ["role", "position", "pk"]  # "featured" < "lead": the admin lists the selection first
        constraints = [
            models.UniqueConstraint(
                fields=["role"],
                condition=Q(role="lead"),
                name="one_home_lead",
                violation_error_message="Un autre article est déjà à la une : changez d'abord sa place.",
            ),
        ]

    def __str__(self):
        return f"{self.get_role_display()} : {self.article}"
