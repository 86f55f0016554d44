"""Figures cited by articles, where they come from, and what they measure."""

from django.db import models
from django.db.models import Exists, OuterRef

from articles.addresses import cached_reverse
from articles.models.article import Article
from articles.models.taxonomy import SluggedModel


class Source(SluggedModel):
    """An organisation cited as the origin of figures (Adobe, Gartner, McKinsey...)."""

    website = models.URLField("site web", blank=True)

    class Meta(SluggedModel.Meta):
        verbose_name = "source"
        verbose_name_plural = "sources"


class Indicator(SluggedModel):
    """A comparable quantity under which figures from different articles line up."""

    description = models.TextField("description", blank=True)
    # Built by the grouper without anyone acting; an editor's confirmation (or creation) clears it,
    # and a later regrouping never touches an indicator that is not automatic.
    automatic = models.BooleanField("automatique", default=False, db_index=True)

    class Meta(SluggedModel.Meta):
        verbose_name = "indicateur"
        verbose_name_plural = "indicateurs"
        # `/statistiques/` lists indicators by name, ten a page: read in this order, the page
        # stops at its eleventh instead of sorting every indicator (hundreds at 10,000 articles).
        indexes = [models.Index(fields=["name", "id"], name="indicator_name")]

    def get_absolute_url(self):
        return cached_reverse("articles:statistics") + f"?indicateur={self.slug}#indicateur-{self.slug}"


class StatisticQuerySet(models.QuerySet):
    """The one rule for which figures readers see: `visible()` on any article, `public()` on the site."""

    def visible(self):
        """Figures not rejected: marked in their article's body and shown in its panel."""
        return self.exclude(status=Statistic.Status.REJECTED)

    def public(self):
        """Figures readers may see: visible, of a published article.

        The publication rule is a probe of each figure's own article: an `IN` over the published
        articles would list all of them (10,000 rows) for a lookup that stops at its first match.
        """
        return self.visible().filter(Exists(Article.objects.published().filter(pk=OuterRef("article_id"))))


class Statistic(models.Model):
    class Unit(models.TextChoices):
        PERCENT = "percent", "pourcentage"
        MULTIPLIER = "multiplier", "multiplicateur"
        CURRENCY = "currency", "montant"
        COUNT = "count", "nombre"
        DURATION = "duration", "durée"

    class Qualifier(models.TextChoices):
        EXACT = "exact", "exactement"
        ABOUT = "about", "environ"
        UP_TO = "up_to", "jusqu'à"
        AT_LEAST = "at_least", "au moins"
        MORE_THAN = "more_than", "plus de"
        LESS_THAN = "less_than", "moins de"

    class Status(models.TextChoices):
        EXTRACTED = "extracted", "extrait"
        VERIFIED = "verified", "vérifié"
        REJECTED = "rejected", "rejeté"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="statistics", verbose_name="article")
    value = models.FloatField("valeur")
    value_high = models.FloatField("valeur haute", null=True, blank=True)
    unit = models.CharField("unité", max_length=20, choices=Unit.choices)
    currency = models.CharField("devise", max_length=3, blank=True)
    qualifier = models.CharField("qualificatif", max_length=20, choices=Qualifier.choices, default=Qualifier.EXACT)
    subject = models.CharField("ce qui est mesuré", max_length=300, blank=True)
    # The subject's parts, for readers and for grouping: of whom, what, and in which segment.
    population = models.CharField("population", max_length=200, blank=True)
    measure = models.CharField("mesure", max_length=300, blank=True)
    qualifiers = models.JSONField(
        "précisions", default=dict, blank=True, help_text="géographie, taille, secteur, âge, canal…"
    )
    forecast = models.BooleanField("prévision", default=False)
    time_unit = models.CharField("unité de temps", max_length=20, blank=True)
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="statistics", verbose_name="source"
    )
    year = models.PositiveSmallIntegerField("année ou horizon", null=True, blank=True)
    sentence = models.TextField("phrase", blank=True)
    start = models.PositiveIntegerField("début dans le corps", default=0)
    end = models.PositiveIntegerField("fin dans le corps", default=0)
    text = models.CharField("texte tel qu'écrit", max_length=200)
    indicator = models.ForeignKey(
        Indicator,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statistics",
        verbose_name="indicateur",
    )
    status = models.CharField("statut", max_length=20, choices=Status.choices, default=Status.EXTRACTED, db_index=True)
    edited = models.BooleanField("modifié par un éditeur", default=False)
    # Why a figure an editor had decided on is to be reviewed again ("le chiffre a changé..."),
    # shown on its article's admin page until the figure is verified or rejected anew.
    review_note = models.CharField("à revoir", max_length=300, blank=True, editable=False)
    # What the grouper read (`articles.comparison.matching.Reading`): figures are compared only
    # with those of the same key (unit, population, segment), found through this index.
    grouping_key = models.CharField(max_length=300, blank=True, editable=False, db_index=True)
    grouping_terms = models.CharField(max_length=300, blank=True, editable=False)

    objects = StatisticQuerySet.as_manager()

    class Meta:
        verbose_name = "statistique"
        verbose_name_plural = "statistiques"
        ordering = ["article", "start"]
        indexes = [
            # `/statistiques/` asks for an indicator's figures, or for the figures of a page of
            # articles that no indicator holds (indicator IS NULL), maybe from one source: every
            # column matches exactly, so each article costs one index probe.
            models.Index(fields=["indicator", "article", "source"], name="statistic_indicator_article"),
            # An indicator's chart draws its lowest values first (`articles.sql.chart_figure_ids`):
            # read in this order, it stops after the bars it draws, of hundreds of figures.
            models.Index(fields=["indicator", "value", "id"], name="statistic_indicator_value"),
            # An article's panel shows an indicator's first figures by year, value and article
            # (`articles.sql.INDICATOR_FIGURES_QUERY`): read in this order, it stops after them,
            # and counts an indicator's figures from this index alone.
            models.Index(fields=["indicator", "year", "value", "article", "status"], name="statistic_indicator_year"),
            # The admin's review queue: one status, newest articles first, in reading order; read
            # in this order, a page is a slice of the index, not a sort of every figure.
            models.Index(fields=["status", "-article", "start", "id"], name="statistic_review_queue"),
            # A new figure's twins told by other keys (`articles.comparison.state._candidates`): the
            # newest figures of one value, a walk down this index that stops after a few rows.
            models.Index(fields=["value", "id"], name="statistic_value"),
        ]

    def __str__(self):
        return f"{self.text} — {self.subject}" if self.subject else self.text

    @property
    def is_visible(self):
        """The rule of `StatisticQuerySet.visible()`, for a figure already loaded."""
        return self.status != self.Status.REJECTED

    @property
    def is_editor_decision(self):
        """Figures an editor verified, edited or rejected are never touched by re-extraction."""
        return self.edited or self.status != self.Status.EXTRACTED
