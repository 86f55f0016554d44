"""What `/statistiques/` shows, a page at a time, at the same cost whatever the number of figures.

Indicators are compared in charts (`INDICATORS_PER_PAGE` a page, `CHART_ROWS` bars each); the
long tail of figures no indicator holds follows article by article (`ARTICLES_PER_PAGE` a page).
Both are paged by the same `?page=`. Nothing is counted: a total over every figure would cost
more than the page itself, so each list reads one row more than a page to know whether another
page follows. The downloads (`views.py`) give every figure at once.
"""

from dataclasses import dataclass
from types import SimpleNamespace

from django.db.models import Exists, F, OuterRef

from articles.addresses import figure_address, slug_url
from articles.cache import derived
from articles.comparison.charts import Chart, build_chart
from articles.comparison.formatting import with_display
from articles.comparison.grouping import Disagreement, Divergence, divergence, find_disagreements
from articles.models import Article, Indicator, Source, Statistic, Theme
from articles.sql import chart_figures

INDICATORS_PER_PAGE = 10
# About fifty figures a page (an article cites ten on average): a table a reader scans in one go,
# and a page that renders in a few milliseconds; the downloads give every figure at once.
ARTICLES_PER_PAGE = 5
# Bars in one chart of the list of indicators: at 10,000 articles an automatic indicator holds
# hundreds of figures, and ten charts of forty bars (and their tables) made the page cost ten times
# what it did; each indicator links to its own address, which draws more.
CHART_ROWS = 8
# Bars in the chart of an indicator shown alone (`?indicateur=`): beyond that a chart is no longer
# read, and its disagreements cost n² pairs.
INDICATOR_CHART_ROWS = 40
# What the long tail shows of a figure: plain rows, since a page holds a couple of hundred.
FIGURE_ROW_FIELDS = ("pk", "article_id", "value", "value_high", "unit", "currency", "qualifier", "subject", "year")
# What a chart, its table and its divergence read of a figure: plain rows too (a hundred model
# instances of three models, and the sentences they carried, were a fifth of the page).
CHART_ROW_FIELDS = (
    *FIGURE_ROW_FIELDS,
    "indicator_id",
    "qualifiers",
    "population",
    "forecast",
    "source_id",
    "status",
)


@dataclass
class IndicatorComparison:
    indicator: object
    statistics: list
    charts: list[Chart]
    disagreements: list[Disagreement]
    truncated: bool = False  # more figures than a chart shows: the downloads hold them all
    divergence: Divergence | None = None  # said once for the indicator, with its likely reasons


@dataclass
class ArticleFigures:
    article: object
    statistics: list
    url: str  # the article's address, reversed once for all its figures


@dataclass
class ComparisonPage:
    number: int
    indicators: list[IndicatorComparison]
    unassigned: list[ArticleFigures]
    themes: list
    sources: list
    has_next: bool

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def is_empty(self):
        return not self.indicators and not self.unassigned


def _filtered(statistics, theme_slug, source_slug):
    if theme_slug:
        statistics = statistics.filter(article__theme__slug=theme_slug)
    if source_slug:
        statistics = statistics.filter(source__slug=source_slug)
    return statistics


def _page_slice(number, size):
    """Rows of page `number`, and one more to tell whether another page follows."""
    return slice((number - 1) * size, number * size + 1)


def comparison_page(theme_slug="", source_slug="", number=1, indicator_slug=""):
    """Page `number` of `/statistiques/`, optionally for one theme, source or indicator, in four queries
    (six when the filters' choices are not kept, `_filter_choices`).

    One indicator (the address an article's panel links to) is shown alone, without the long tail.
    """
    readable = Statistic.objects.public()
    shown = _filtered(readable, theme_slug, source_slug)
    indicators = Indicator.objects.filter(Exists(shown.filter(indicator=OuterRef("pk"))))
    if indicator_slug:
        indicators = indicators.filter(slug=indicator_slug)
    # By name as stored, walked down its index (the French order of `alphabetical()` sorts every
    # indicator: 0.6 -> 15 ms at 10,000 articles).
    indicators = list(indicators.order_by("name", "pk")[_page_slice(number, INDICATORS_PER_PAGE)])
    articles = [] if indicator_slug else _articles_with_unassigned_figures(theme_slug, source_slug, number)
    themes, sources = derived("statistics-filters", _filter_choices)
    return ComparisonPage(
        number=number,
        indicators=_indicator_comparisons(
            indicators[:INDICATORS_PER_PAGE],
            INDICATOR_CHART_ROWS if indicator_slug else CHART_ROWS,
            theme_slug,
            source_slug,
        ),
        unassigned=_unassigned_figures(articles[:ARTICLES_PER_PAGE], source_slug),
        themes=themes,
        sources=sources,
        has_next=len(indicators) > INDICATORS_PER_PAGE or len(articles) > ARTICLES_PER_PAGE,
    )


def _filter_choices():
    """The themes and sources some public figure has, for the page's filters: the same on every
    page, kept until the content changes (building their two queries was a tenth of the page).
    A dozen themes and a few dozen sources: one index probe each, never a scan of the figures."""
    readable = Statistic.objects.public()
    themes = Theme.objects.filter(Exists(readable.filter(article__theme=OuterRef("pk")))).alphabetical()
    sources = Source.objects.filter(Exists(readable.filter(source=OuterRef("pk")))).alphabetical()
    return list(themes), list(sources)


def _indicator_comparisons(indicators, rows, theme_slug="", source_slug=""):
    """Each indicator compared on its first `rows` public figures by value (one more each tells a
    truncated chart), in one query (`articles.sql.chart_figures`)."""
    if not indicators:
        return []
    lowest = chart_figures([indicator.pk for indicator in indicators], rows + 1, theme_slug, source_slug)
    figures = (
        Statistic.objects.filter(pk__in=lowest)
        .order_by("indicator_id", "value", "pk")
        .values(*CHART_ROW_FIELDS, source_name=F("source__name"), title=F("article__title"), slug=F("article__slug"))
    )
    by_indicator = {}
    for statistic in with_display([_chart_figure(row) for row in figures]):
        by_indicator.setdefault(statistic.indicator_id, []).append(statistic)
    return [
        _compare(indicator, by_indicator[indicator.pk][:rows], len(by_indicator[indicator.pk]) > rows)
        for indicator in indicators
        if indicator.pk in by_indicator
    ]


def _chart_figure(row):
    """A figure as the chart, its table and `grouping.divergence` read it: its source and article
    as `statistic.source.name`, `statistic.article.title`, its place in the article as `anchor`."""
    source, title, slug = SimpleNamespace(name=row.pop("source_name")), row.pop("title"), row.pop("slug")
    figure = SimpleNamespace(**row, source=source, article=SimpleNamespace(title=title))
    figure.anchor = figure_address(slug_url(slug, "articles:detail"), figure.pk)
    return figure


def _articles_with_unassigned_figures(theme_slug, source_slug, number):
    """Published articles citing a figure no indicator holds, newest first.

    Unfiltered, kept until the content changes (`derived`): when most figures have an indicator,
    PostgreSQL walks the newest articles' figures a long way to find a page's few (70 ms at
    100,000 articles). Filtered pages are not kept: their keys would be the readers' to choose."""
    if theme_slug or source_slug:
        return _find_articles_with_unassigned_figures(theme_slug, source_slug, number)
    return derived(
        f"statistics-unassigned:{int(number)}", lambda: _find_articles_with_unassigned_figures("", "", number)
    )


def _find_articles_with_unassigned_figures(theme_slug, source_slug, number):
    # The articles are published already: their visible figures are public.
    unassigned = _filtered(Statistic.objects.visible(), "", source_slug)
    articles = Article.objects.published().filter(
        Exists(unassigned.filter(article=OuterRef("pk"), indicator__isnull=True))
    )
    if theme_slug:
        articles = articles.filter(theme__slug=theme_slug)
    return list(
        articles.only("pk", "title", "slug", "publish_date").order_by("-publish_date", "-pk")[
            _page_slice(number, ARTICLES_PER_PAGE)
        ]
    )


def _unassigned_figures(articles, source_slug):
    """The figures of `articles` no indicator holds, grouped by article, in one query."""
    figures = _filtered(Statistic.objects.visible(), "", source_slug)
    rows = (
        figures.filter(article__in=articles, indicator__isnull=True)
        .order_by("article_id", "start", "pk")
        .values(*FIGURE_ROW_FIELDS, source_name=F("source__name"))
    )
    by_article = {}
    for row in rows:
        by_article.setdefault(row["article_id"], []).append(SimpleNamespace(**row))
    groups = []
    for article in articles:
        if article.pk in by_article:
            url = article.get_absolute_url()
            groups.append(ArticleFigures(article, _with_cells(by_article[article.pk], url), url))
    return groups


def _with_cells(figures, article_url):
    """Give each figure the text of its table cells: on a couple of hundred rows, template
    filters and lookups would cost a third of the page."""
    for figure in with_display(figures):
        figure.anchor = figure_address(article_url, figure.pk)
        figure.source_label = figure.source_name or "non citée"
        figure.year_label = figure.year or "—"
    return figures


def _compare(indicator, statistics, truncated=False):
    # Side by side in time: by year (figures without one last), then by value.
    statistics = sorted(statistics, key=lambda s: (s.year is None, s.year or 0, s.value, s.pk))
    series = {}
    for statistic in statistics:
        series.setdefault((statistic.unit, statistic.currency), []).append(statistic)
    disagreements = find_disagreements(statistics)
    verified = Statistic.Status.VERIFIED
    charts = [
        build_chart(
            chart_id=f"graphique-{indicator.slug}-{unit}{currency.lower()}",
            title=f"{indicator.name} : valeurs citées",
            rows=[(_row_label(s), s.value, s.value_high, s.display_value, s.status == verified) for s in members],
            unit=unit,
        )
        for (unit, currency), members in series.items()
    ]
    summary = divergence(statistics, disagreements)
    return IndicatorComparison(indicator, statistics, charts, disagreements, truncated, summary)


def _row_label(statistic):
    source = statistic.source.name if statistic.source_id else "source non citée"
    year = f", {statistic.year}" if statistic.year else ""
    return f"{source}{year} — {statistic.article.title}"
