"""What the article panel and the editors' suggestions read, each in a fixed number of queries."""

from dataclasses import dataclass, field

from articles.article_pages import panel_subject
from articles.cache import subject_values
from articles.comparison.formatting import with_display
from articles.comparison.grouping import SuggestedIndicator
from articles.comparison.matching import Reading, why
from articles.sql import indicator_figure_rows, own_figure_rows

# A figure of a large indicator lists this many others beside the article; the rest are one
# link away on /statistiques/ (at 10,000 articles an indicator can hold hundreds of figures).
PANEL_OTHERS_SHOWN = 5
# An indicator's first figures are kept in the cache with this many more than are shown, for the
# articles that are among them: the panel leaves an article's own figures out of its "elsewhere".
PANEL_SPARE_FIGURES = 5


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


@dataclass
class IndicatorFigures:
    """An indicator's first public figures, best first, and how many it has in all."""

    figures: list
    count: int


def _panel_figures(rows):
    figures = []
    for row in rows:
        figure = PanelFigure(*row)
        figure.forecast, figure.indicator_automatic = bool(figure.forecast), bool(figure.indicator_automatic)
        figures.append(figure)
    return with_display(figures)


def _indicator_figures(indicator_ids, shown, excluded_article=None):
    """{indicator id: IndicatorFigures} of `indicator_figure_rows`, in one query."""
    found = {indicator_id: IndicatorFigures([], 0) for indicator_id in indicator_ids}
    rows = indicator_figure_rows(indicator_ids, shown, excluded_article)
    for figure, row in zip(_panel_figures(row[:-1] for row in rows), rows, strict=True):
        found[figure.indicator_id].figures.append(figure)
        found[figure.indicator_id].count = row[-1]
    return found


def cached_indicator_figures(indicator_ids):
    """{indicator id: IndicatorFigures} of the first figures of every article, kept in the cache
    until an edit changes what the indicator holds (`articles.article_pages`) or any content
    changes outside an edit, the missing ones read in one query. At 10,000 articles ranking a
    large indicator's hundreds of figures was most of an article page's cost, and every article
    citing it asked again."""
    subjects = {panel_subject(indicator_id): indicator_id for indicator_id in indicator_ids}

    def read(missing):
        found = _indicator_figures([subjects[subject] for subject in missing], PANEL_OTHERS_SHOWN + PANEL_SPARE_FIGURES)
        return {panel_subject(indicator_id): figures for indicator_id, figures in found.items()}

    return {subjects[subject]: figures for subject, figures in subject_values(list(subjects), read).items()}


def own_figures(article):
    """The article's own figures as its panel lists them (PanelFigure), in one query."""
    return _panel_figures(own_figure_rows(article))


def figures_panel(article):
    """What the "Chiffres cités" panel of `article` shows (`panel_entries`)."""
    return panel_entries(own_figures(article), article.pk, article.is_public)


def panel_html(own, article_id, counted):
    """The panel's HTML for an article's own figures: what a cached article page is completed
    with when it is served (the other articles' figures change without the page)."""
    from articles.templatetags.figures_panel import figures_panel as render

    return render(panel_entries(own, article_id, counted))


def panel_entries(own, article_id, counted):
    """Each of the article's own figures `own` a reader may see, and the first
    `PANEL_OTHERS_SHOWN` figures other published articles cite for the same indicator, with how
    many more there are (the article's own figures count in its indicators' totals when
    `counted`, that is while it is public).

    No query when the indicators' first figures are in the cache (`cached_indicator_figures`),
    one when some are not.
    """
    indicator_ids = list(dict.fromkeys(figure.indicator_id for figure in own if figure.indicator_id))
    by_indicator = cached_indicator_figures(indicator_ids)
    own_counted = {}
    if counted:
        for figure in own:
            own_counted[figure.indicator_id] = own_counted.get(figure.indicator_id, 0) + 1
    crowded = []
    for indicator_id, indicator in by_indicator.items():
        others = [figure for figure in indicator.figures if figure.article_id != article_id]
        count = indicator.count - own_counted.get(indicator_id, 0)
        if len(others) < min(count, PANEL_OTHERS_SHOWN):
            crowded.append(indicator_id)  # the article's own figures are most of the first ones
        by_indicator[indicator_id] = IndicatorFigures(others[:PANEL_OTHERS_SHOWN], count)
    if crowded:
        by_indicator |= _indicator_figures(crowded, PANEL_OTHERS_SHOWN, excluded_article=article_id)
    entries = []
    for figure in own:
        indicator = by_indicator.get(figure.indicator_id) if figure.indicator_id else None
        if indicator is None:
            entries.append(PanelEntry(figure))
        else:
            entries.append(PanelEntry(figure, indicator.figures, indicator.count - len(indicator.figures)))
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
