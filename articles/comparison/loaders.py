"""What the article panel and the editors' suggestions read, each in a fixed number of queries."""

from dataclasses import dataclass, field

from articles.comparison.formatting import with_display
from articles.comparison.grouping import group_similar_subjects


@dataclass
class PanelEntry:
    statistic: object
    elsewhere: list = field(default_factory=list)


@dataclass
class PanelFigure:
    """A figure as the panel shows it, built from one row of `PANEL_QUERY`: no model instances."""

    pk: int
    article_id: int
    value: float
    value_high: float | None
    unit: str
    currency: str
    qualifier: str
    subject: str
    year: int | None
    start: int
    text: str
    source_id: int | None
    source_name: str | None
    indicator_id: int | None
    indicator_name: str | None
    indicator_slug: str | None
    article_title: str
    article_slug: str
    display_value: str = ""

    def indicator_url(self):
        from articles.models import Indicator

        return Indicator(pk=self.indicator_id, name=self.indicator_name, slug=self.indicator_slug).get_absolute_url()


# The figures of an article and, for each indicator they have, those of other published articles.
# Written out rather than built by the ORM: building this query took 0.8 ms on every article page,
# ten times what SQLite takes to answer it. `published` and `now` restate the publication rule of
# `ArticleQuerySet.published()`, read on the joined article (a subquery would list every one).
PANEL_QUERY = """
    SELECT figure.id, figure.article_id, figure.value, figure.value_high, figure.unit, figure.currency,
        figure.qualifier, figure.subject, figure.year, figure.start, figure.text,
        figure.source_id, source.name, figure.indicator_id, indicator.name, indicator.slug,
        article.title, article.slug
    FROM articles_statistic AS figure
    INNER JOIN articles_article AS article ON article.id = figure.article_id
    LEFT OUTER JOIN articles_source AS source ON source.id = figure.source_id
    LEFT OUTER JOIN articles_indicator AS indicator ON indicator.id = figure.indicator_id
    WHERE figure.status <> %(rejected)s AND (
        figure.article_id = %(article)s
        OR (
            figure.indicator_id IN (
                SELECT own.indicator_id FROM articles_statistic AS own
                WHERE own.article_id = %(article)s AND own.status <> %(rejected)s AND own.indicator_id IS NOT NULL
            )
            AND figure.article_id <> %(article)s
            AND article.status = %(published)s AND article.publish_date <= %(now)s
        )
    )
    ORDER BY article.title, figure.start
"""


def figures_panel(article):
    """What the "Chiffres cités" panel of `article` shows, in one query.

    Each figure of the article a reader may see, and the figures other published articles cite
    for the same indicator.
    """
    from django.db import connection
    from django.utils import timezone

    from articles.models import Article, Statistic

    parameters = {
        "article": article.pk,
        "rejected": Statistic.Status.REJECTED.value,
        "published": Article.Status.PUBLISHED.value,
        "now": connection.ops.adapt_datetimefield_value(timezone.now()),
    }
    with connection.cursor() as cursor:
        cursor.execute(PANEL_QUERY, parameters)
        figures = with_display([PanelFigure(*row) for row in cursor.fetchall()])
    own, elsewhere_by_indicator = [], {}
    for figure in figures:
        if figure.article_id == article.pk:
            own.append(figure)
        else:
            elsewhere_by_indicator.setdefault(figure.indicator_id, []).append(figure)
    own.sort(key=lambda figure: figure.start)
    return [
        PanelEntry(figure, elsewhere_by_indicator.get(figure.indicator_id, []) if figure.indicator_id else [])
        for figure in own
    ]


LISTED_FIELDS = (
    "value",
    "value_high",
    "unit",
    "currency",
    "qualifier",
    "subject",
    "year",
    "sentence",
    "start",
    "text",
    "status",
    "indicator",
    "article",
    "source",
)


def suggested_indicators():
    """Groups of similar figures no indicator holds yet, for an editor to confirm. One query."""
    from articles.models import Statistic

    candidates = list(
        Statistic.objects.visible()
        .filter(indicator__isnull=True)
        .select_related("article", "source")
        .only(*LISTED_FIELDS, "article__title", "article__slug", "source__name")
        .order_by("article__title", "start")
    )
    return group_similar_subjects(candidates)
