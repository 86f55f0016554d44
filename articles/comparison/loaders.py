"""What the article panel and the editors' suggestions read, each in a fixed number of queries."""

from dataclasses import dataclass, field

from articles.comparison.formatting import with_display
from articles.comparison.grouping import SuggestedIndicator
from articles.comparison.matching import Reading, why
from articles.sql import panel_rows

# A figure of a large indicator lists this many others beside the article; the rest are one
# link away on /statistiques/ (at 10,000 articles an indicator can hold hundreds of figures).
PANEL_OTHERS_SHOWN = 5


@dataclass
class PanelEntry:
    statistic: object
    elsewhere: list = field(default_factory=list)
    more_elsewhere: int = 0


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
    population: str
    forecast: bool
    status: str
    indicator_automatic: bool | None
    display_value: str = ""

    @property
    def verified(self):
        return self.status == "verified"

    def indicator_url(self):
        from articles.models import Indicator

        return Indicator(pk=self.indicator_id, name=self.indicator_name, slug=self.indicator_slug).get_absolute_url()


def figures_panel(article):
    """What the "Chiffres cités" panel of `article` shows, in one query.

    Each figure of the article a reader may see, and the first `PANEL_OTHERS_SHOWN` figures other
    published articles cite for the same indicator, with how many more there are.
    """
    figures, elsewhere_count = [], {}
    for *columns, _rank, elsewhere in panel_rows(article, PANEL_OTHERS_SHOWN):
        figure = PanelFigure(*columns)
        figure.forecast, figure.indicator_automatic = bool(figure.forecast), bool(figure.indicator_automatic)
        figures.append(figure)
        if figure.article_id != article.pk:
            elsewhere_count[figure.indicator_id] = elsewhere
    own, elsewhere_by_indicator = [], {}
    for figure in with_display(figures):
        if figure.article_id == article.pk:
            own.append(figure)
        else:  # in the order the query ranked them: by year, figures without one last, then value
            elsewhere_by_indicator.setdefault(figure.indicator_id, []).append(figure)
    own.sort(key=lambda figure: figure.start)
    entries = []
    for figure in own:
        others = elsewhere_by_indicator.get(figure.indicator_id, []) if figure.indicator_id else []
        more = elsewhere_count.get(figure.indicator_id, 0) - len(others) if figure.indicator_id else 0
        entries.append(PanelEntry(figure, others, more))
    return entries


LISTED_FIELDS = (
    "value",
    "value_high",
    "unit",
    "currency",
    "qualifier",
    "subject",
    "population",
    "qualifiers",  # "direction": "moins" makes "2 fois moins" read "÷2"
    "forecast",
    "year",
    "sentence",
    "start",
    "text",
    "status",
    "indicator",
    "article",
    "source",
)


# Indicators on one review page: an editor signs a few dozen at a sitting.
REVIEWED_PER_PAGE = 30


def indicators_to_review():
    """The automatic indicators, newest first, each with its figures and what they share. Two queries."""
    from articles.models import Indicator, Statistic

    indicators = list(Indicator.objects.filter(automatic=True).order_by("-pk")[:REVIEWED_PER_PAGE])
    figures = (
        Statistic.objects.visible()
        .filter(indicator__in=indicators)
        .select_related("article", "source")
        .only(*LISTED_FIELDS, "population", "grouping_key", "grouping_terms", "article__title", "source__name")
        .order_by("year", "value", "pk")
    )
    by_indicator = {}
    for statistic in with_display(list(figures)):
        by_indicator.setdefault(statistic.indicator_id, []).append(statistic)
    reviewed = []
    for indicator in indicators:
        members = by_indicator.get(indicator.pk, [])
        readings = [Reading.stored(s.grouping_key, s.grouping_terms) for s in members if s.grouping_key]
        reasons = why(readings) if readings else {}
        reviewed.append(SuggestedIndicator(indicator.name, members, reasons, indicator))
    return reviewed
