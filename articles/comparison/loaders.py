"""What the article panel and the editors' suggestions read, each in a fixed number of queries."""

from dataclasses import dataclass, field

from articles.comparison.formatting import with_display
from articles.comparison.grouping import group_similar_subjects
from articles.sql import panel_rows


@dataclass
class PanelEntry:
    statistic: object
    elsewhere: list = field(default_factory=list)


@dataclass
class PanelFigure:
    """A figure as the panel shows it, built from one row of `articles.sql.PANEL_QUERY`: no model instances."""

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


def figures_panel(article):
    """What the "Chiffres cités" panel of `article` shows, in one query.

    Each figure of the article a reader may see, and the figures other published articles cite
    for the same indicator.
    """
    figures = with_display([PanelFigure(*row) for row in panel_rows(article)])
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
