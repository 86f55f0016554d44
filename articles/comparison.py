"""Figures side by side: French formatting, grouping by indicator, disagreement, suggestions.

The pure helpers (formatting, subject words, similarity, disagreement) take statistics as plain
objects; the loaders at the end (`figures_panel`, `suggested_indicators`) each cost a fixed number
of queries whatever the number of figures. `/statistiques/` itself is loaded by `comparison_page.py`.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import combinations

NBSP = "\u00a0"
THIN_NBSP = "\u202f"
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF"}

# Two sources disagree when their values (ranges: the nearest ends) are further apart than this
# share of the larger one: 15 % (Adobe) against 51 % (Salesforce) is 70 % apart.
DISAGREEMENT_THRESHOLD = 0.25
# Subjects whose words overlap this much (Jaccard) are suggested as one indicator.
SIMILARITY_THRESHOLD = 0.4

STOP_WORDS = frozenset(
    """
    a au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma
    mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes
    toi ton tu un une vos votre vous c d j l m n s t y ete etre avoir ont sont est plus moins tres
    selon via entre chez sans sous lors dont afin ainsi aussi comme
    the of and in to for on by with from at an or is are was were that this these those
    """.split()
)
# Longest first: the first one that leaves a stem of three letters or more is removed.
SUFFIXES = tuple(
    sorted(
        """
        issements issement ations ation ements ement ments ment euses euse eurs eur ites ite iques ique
        ismes isme istes iste ives ive ifs if ees es ee er ez ent e s x
        """.split(),
        key=len,
        reverse=True,
    )
)


# --- French formatting -------------------------------------------------------------------------


def format_number(number, decimals=2):
    """33.3 → "33,3"; 5000 → "5 000" (thin no-break space); trailing zeros dropped."""
    text = f"{number:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", THIN_NBSP).replace(".", ",")


def _scaled(number, steps):
    for size, suffix in steps:
        if abs(number) >= size:
            return size, suffix
    return 1, ""


def _amount(low, high, unit, currency):
    """The number (or range, with an en dash) and its unit, without qualifier."""
    largest = max(abs(low), abs(high if high is not None else low))
    numbers = [low] if high is None else [low, high]
    if unit == "percent":
        return "–".join(format_number(n) for n in numbers) + f"{NBSP}%"
    if unit == "multiplier":
        return "×" + "–".join(format_number(n) for n in numbers)
    if unit == "currency":
        size, suffix = _scaled(largest, [(1e9, "Md"), (1e6, "M")])
        symbol = CURRENCY_SYMBOLS.get(currency, currency or "")
        text = "–".join(format_number(n / size) for n in numbers)
        return f"{text}{NBSP}{suffix}{symbol}".rstrip()
    size, word = _scaled(largest, [(1e9, "milliard"), (1e6, "million")])
    text = "–".join(format_number(n / size) for n in numbers)
    if word:
        return f"{text}{NBSP}{word}{'s' if largest / size >= 2 else ''}"
    return text


def format_value(statistic):
    """How a reader sees a figure: "33,3 %", "×3", "1,5 Md€", "20–30 %", "environ 35 %"."""
    from articles.models import Statistic

    amount = _amount(statistic.value, statistic.value_high, statistic.unit, statistic.currency)
    if statistic.qualifier and statistic.qualifier != Statistic.Qualifier.EXACT:
        return f"{Statistic.Qualifier(statistic.qualifier).label} {amount}"
    return amount


def with_display(statistics):
    """Give each figure its French `display_value`, for templates; the same list back."""
    for statistic in statistics:
        statistic.display_value = format_value(statistic)
    return statistics


# --- similar subjects --------------------------------------------------------------------------


def _stem(word):
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def subject_words(subject):
    """The stems that say what a subject measures: lowercase, no accents, no stop words."""
    plain = unicodedata.normalize("NFKD", subject.lower())
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    return frozenset(_stem(word) for word in re.findall(r"[a-z0-9]+", plain) if word not in STOP_WORDS)


def similarity(words, other_words):
    """Jaccard similarity of two sets of subject words."""
    if not words or not other_words:
        return 0.0
    return len(words & other_words) / len(words | other_words)


@dataclass
class SuggestedIndicator:
    name: str
    statistics: list = field(default_factory=list)


def group_similar_subjects(statistics):
    """Group figures of the same unit whose subjects are similar; groups of two or more.

    Single linkage: a figure joins a group when it is similar to any member.
    """
    parent = list(range(len(statistics)))

    def root(index):
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    words = [subject_words(s.subject) for s in statistics]
    for first, second in combinations(range(len(statistics)), 2):
        a, b = statistics[first], statistics[second]
        if (a.unit, a.currency) == (b.unit, b.currency) and similarity(words[first], words[second]) >= (
            SIMILARITY_THRESHOLD
        ):
            parent[root(second)] = root(first)
    groups = {}
    for index in range(len(statistics)):
        groups.setdefault(root(index), []).append(index)
    suggestions = []
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        shared = frozenset.intersection(*(words[index] for index in indexes))
        members = with_display([statistics[index] for index in indexes])
        suggestions.append(SuggestedIndicator(_suggested_name(members[0].subject, shared), members))
    return suggestions


def _suggested_name(subject, shared_stems):
    """The words of the first subject whose stems all members share, in their own order."""
    kept = [word for word in re.findall(r"\w+", subject) if subject_words(word) & shared_stems]
    name = " ".join(kept) or subject
    return (name[:1].upper() + name[1:])[:200]


# --- disagreement --------------------------------------------------------------------------------


@dataclass
class Disagreement:
    low: object
    high: object

    @property
    def description(self):
        return (
            f"{self.low.display_value} selon {self.low.source.name}, "
            f"{self.high.display_value} selon {self.high.source.name}"
        )


def _gap(first, second):
    """How far apart two figures are, as a share of the larger value (ranges: nearest ends)."""
    first_high = first.value_high if first.value_high is not None else first.value
    second_high = second.value_high if second.value_high is not None else second.value
    distance = max(0.0, second.value - first_high, first.value - second_high)
    largest = max(abs(first.value), abs(first_high), abs(second.value), abs(second_high))
    return distance / largest if largest else 0.0


def find_disagreements(statistics):
    """Pairs of figures from different sources, same unit and currency, too far apart.

    Figures without a named source never disagree: nobody to disagree with.
    """
    found = []
    for first, second in combinations([s for s in statistics if s.source_id], 2):
        same_unit = (first.unit, first.currency) == (second.unit, second.currency)
        if same_unit and first.source_id != second.source_id and _gap(first, second) > DISAGREEMENT_THRESHOLD:
            low, high = sorted((first, second), key=lambda s: s.value)
            found.append(Disagreement(low, high))
    return found


# --- loaders -------------------------------------------------------------------------------------


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
        Statistic.objects.filter(indicator__isnull=True)
        .exclude(status=Statistic.Status.REJECTED)
        .select_related("article", "source")
        .only(*LISTED_FIELDS, "article__title", "article__slug", "source__name")
        .order_by("article__title", "start")
    )
    return group_similar_subjects(candidates)
