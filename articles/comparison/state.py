"""The one place that changes a figure's state, and keeps the highlighted body true.

Refreshing (re-extraction), verifying, rejecting, assigning to an indicator, deleting: every
caller (article save, importer, admin, import-export resource) goes through here, so the stored
body's marks always match the figures a reader may see.

Re-extraction never overrides an editor: figures an editor verified, edited or rejected stay as
they are and are never resurrected beside themselves. The body's HTML is stored with each figure
a reader may see wrapped in a link to its entry of the "Chiffres cités" panel, so that pages
never compute it per request.
"""

import operator
from dataclasses import dataclass, field
from functools import reduce

from django.db import transaction
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils import timezone

from articles.article_pages import figures_moved
from articles.comparison.grouping import group_figures
from articles.comparison.highlighting import highlight_figures, numbered_marks
from articles.comparison.matching import Reading, read_figures
from articles.comparison.naming import indicator_name
from articles.figures import extract_figures
from articles.sql import newest_figures, store_bodies

# Fields the extractor fills; an editor changing any of them makes the figure theirs.
FIGURE_FIELDS = ("value", "value_high", "unit", "currency", "qualifier", "subject", "source", "year")
# The subject's parts and the time facts the extractor also fills.
FIGURE_PARTS = ("population", "measure", "qualifiers", "forecast", "time_unit")
# What an editor may change of a figure in the admin: all of it makes the figure theirs.
EDITOR_FIELDS = (*FIGURE_FIELDS, *FIGURE_PARTS)
EXTRACTED_FIELDS = (*FIGURE_FIELDS, *FIGURE_PARTS, "sentence", "start", "end", "text", "grouping_key", "grouping_terms")
# A new figure is compared with at most this many figures of the same key (the newest): saving
# one article reads a bounded slice of an index, however many figures the site holds.
CANDIDATES_PER_KEY = 30
# And with at most this many of the newest figures of each of its values, of any key: the twins one
# study's figure may have where its population or segment is read otherwise (`one_study_figure`).
TWINS_PER_VALUE = 10


def _overlaps(start, end, spans):
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def _source_named(name, cache):
    """The Source of that name, created on first sight; `cache` spares repeated look-ups."""
    from articles.models import Source

    if not name:
        return None
    if name not in cache:
        cache[name] = Source.objects.filter(name__iexact=name).first() or Source.objects.create(name=name)
    return cache[name]


def _figure_values(figure, source, reading=None):
    return {
        "value": figure.value,
        "value_high": figure.value_high,
        "unit": figure.unit,
        "currency": figure.currency,
        "qualifier": figure.qualifier,
        "subject": figure.subject[:300],
        "population": figure.population[:200],
        "measure": figure.measure[:300],
        "qualifiers": dict(figure.qualifiers),
        "forecast": figure.forecast,
        "time_unit": figure.time_unit[:20],
        "source": source,
        "year": figure.year,
        "sentence": figure.sentence,
        "start": figure.start,
        "end": figure.end,
        "text": figure.text[:200],
        "grouping_key": reading.key if reading else "",
        "grouping_terms": reading.terms if reading else "",
    }


@dataclass
class RefreshReport:
    """What a re-extraction did to an article's figures (rows left to an editor are not counted)."""

    new: list = field(default_factory=list)
    gone: list = field(default_factory=list)
    changed: list = field(default_factory=list)  # (row, names of the fields that changed)


def _said(statistic, name):
    return statistic.source_id if name == "source" else getattr(statistic, name)


@transaction.atomic
def refresh_statistics(article, *, figures=None, is_new=False, sources=None):
    """Re-extract the figures of `article`, then store its highlighted body.

    An extracted figure found again (same text in the same sentence) keeps its row, so its
    address and the indicator an editor gave it survive; the others are replaced. `figures`
    already extracted from this body, a brand-new article (nothing stored yet) and a `sources`
    cache shared across a batch save work and queries on large imports. Returns a
    RefreshReport of the new, gone and changed figures.
    """
    from articles.models import Statistic

    if figures is None:
        figures = extract_figures(article.body)
    sources = {} if sources is None else sources
    if is_new:
        return RefreshReport(new=store_new_figures([(article, figures)], sources=sources))
    readings = read_figures(figures)
    current = list(article.statistics.all())
    found_keys = {(figure.text[:200], figure.sentence) for figure in figures}
    changed_verified = [
        s for s in current if s.status == Statistic.Status.VERIFIED and (s.text, s.sentence) not in found_keys
    ]
    kept = [s for s in current if s.is_editor_decision and s not in changed_verified]
    unmatched = list(changed_verified)
    replaceable = {(s.text, s.sentence): s for s in current if not s.is_editor_decision}
    kept_spans = [(s.start, s.end) for s in kept]
    kept_texts = {(s.text, s.sentence) for s in kept}
    report, updated = RefreshReport(), []
    for figure, reading in zip(figures, readings, strict=True):
        key = (figure.text[:200], figure.sentence)
        if _overlaps(figure.start, figure.end, kept_spans) or key in kept_texts:
            continue
        values = _figure_values(figure, _source_named(figure.source, sources), reading)
        existing = replaceable.pop(key, None) or _changed_at(figure, unmatched)
        if existing is None:
            report.new.append(Statistic(article=article, **values))
            continue
        before = {name: _said(existing, name) for name in (*FIGURE_FIELDS, *FIGURE_PARTS)}
        for name, value in values.items():
            setattr(existing, name, value)
        differ = [name for name, value in before.items() if _said(existing, name) != value]
        if differ:
            report.changed.append((existing, differ))
        updated.append(existing)
    for statistic in changed_verified:
        # Never silently kept, never silently lost: back to review, with a word for the editor.
        if statistic in unmatched:
            statistic.review_note = _review_note(statistic)
        statistic.status, statistic.edited = Statistic.Status.EXTRACTED, False
        if statistic not in updated:
            updated.append(statistic)
    report.gone = list(replaceable.values())
    emptied = {s.indicator_id for s in replaceable.values() if s.indicator_id}
    if replaceable:
        article.statistics.filter(pk__in=[s.pk for s in replaceable.values()]).delete()
    if updated:
        Statistic.objects.bulk_update(updated, (*EXTRACTED_FIELDS, "status", "edited", "review_note"))
    drop_emptied_indicators(emptied)
    assign_indicators([*report.new, *(s for s in updated if s.indicator_id is None)])
    Statistic.objects.bulk_create(report.new)
    store_highlighted_body(article)
    return report


def _changed_at(figure, unmatched):
    """The verified figure this one replaces: at the same place, in the same sentence with another
    number, or the same number in a reworded sentence. Taken from `unmatched` so it is matched once."""
    for statistic in unmatched:
        same_place = _overlaps(figure.start, figure.end, [(statistic.start, statistic.end)])
        if same_place or statistic.sentence == figure.sentence or statistic.text == figure.text[:200]:
            unmatched.remove(statistic)
            statistic.review_note = _review_note(statistic, figure)
            return statistic
    return None


def _review_note(statistic, figure=None):
    if figure is None:
        return f"Le chiffre vérifié « {statistic.text} » n'est plus dans le texte : à revoir."[:300]
    if figure.text[:200] != statistic.text:
        return f"Le chiffre vérifié « {statistic.text} » est devenu « {figure.text} » dans le texte : à revoir."[:300]
    return f"La phrase du chiffre vérifié « {statistic.text} » a changé : à revoir."[:300]


def store_new_figures(found, *, sources):
    """Store the figures of articles that have none yet, and their highlighted bodies.

    `found` holds (article, figures) pairs, or (article, figures, readings, marked HTML) when the
    figures were read and the body marked already (in the import's workers: see
    `articles.preparing.PreparedBody`; an empty marked HTML when the body was rendered again
    since); one insert for all the figures. Returns the figures created.
    """
    from articles.models import Statistic

    created = [
        Statistic(article=article, **_figure_values(figure, _source_named(figure.source, sources), reading))
        for article, figures, *prepared in found
        for figure, reading in zip(figures, prepared[0] if prepared else read_figures(figures), strict=True)
    ]
    assign_indicators(created)  # before the insert, which then stores their indicators
    Statistic.objects.bulk_create(created)
    marks = {article.pk: [] for article, *_ in found}
    for statistic in created:
        marks[statistic.article_id].append((statistic.pk, statistic.text))
    marked = {article.pk: prepared[1] for article, _, *prepared in found if prepared and prepared[1]}
    _store_highlighted([(article, marks[article.pk], marked.get(article.pk)) for article, *_ in found])
    return created


def store_highlighted_body(article):
    """Store the article's HTML with its visible figures marked, bumping its modification date.

    Called after re-extraction and after any editor decision on a figure.
    """
    from articles.models import Statistic

    visible = Statistic.objects.visible().filter(article=article).order_by("start")
    _store_highlighted([(article, list(visible.values_list("pk", "text")), None)])


def figures_changed(article_ids):
    """Store again the highlighted body of each article whose figures were just changed."""
    from articles.models import Article

    for article in Article.objects.filter(pk__in=set(article_ids)):
        store_highlighted_body(article)


@transaction.atomic
def set_status(statistics, status):
    """Verify or reject figures (a queryset): an editor's decision. Returns how many."""
    rows = list(statistics.values_list("article_id", "indicator_id"))
    count = statistics.update(status=status, review_note="")
    drop_emptied_indicators({indicator for _, indicator in rows if indicator})
    figures_changed([article for article, _ in rows])
    return count


def verify(statistics):
    from articles.models import Statistic

    return set_status(statistics, Statistic.Status.VERIFIED)


def reject(statistics):
    from articles.models import Statistic

    return set_status(statistics, Statistic.Status.REJECTED)


@transaction.atomic
def assign(statistics, indicator):
    """Put figures (a queryset) under `indicator` (None: out of any), an editor's choice: the
    indicator is theirs from now on (a regrouping leaves it alone). Returns how many."""
    emptied = set(statistics.exclude(indicator=None).values_list("indicator_id", flat=True))
    count = statistics.update(indicator=indicator)
    if indicator is not None and indicator.automatic:
        indicator.automatic = False
        indicator.save(update_fields=["automatic"])
    drop_emptied_indicators(emptied - {getattr(indicator, "pk", None)})
    return count


@transaction.atomic
def merge_indicators(target, others):
    """Move the figures of `others` (a queryset of indicators) under `target`, then delete them.

    Returns how many figures moved and the names of the indicators deleted.
    """
    from articles.models import Statistic

    moved = assign(Statistic.objects.filter(indicator__in=others), target)
    removed = list(others.values_list("name", flat=True))
    others.delete()
    return moved, removed


@transaction.atomic
def move_out(statistics):
    """Take figures (a queryset) out of their indicator, for good: the grouper leaves them alone."""
    emptied = set(statistics.exclude(indicator=None).values_list("indicator_id", flat=True))
    count = statistics.update(indicator=None, edited=True)
    drop_emptied_indicators(emptied)
    return count


@transaction.atomic
def confirm(indicator, name=""):
    """An editor signs an indicator (renaming it if `name`): the grouper no longer owns it."""
    indicator.automatic = False
    if name.strip():
        indicator.name = name.strip()[:200]
    indicator.save(update_fields=["automatic", "name"])


@transaction.atomic
def delete(statistics):
    """Delete figures (a queryset), their articles' bodies re-highlighted."""
    rows = list(statistics.values_list("article_id", "indicator_id"))
    statistics.delete()
    drop_emptied_indicators({indicator for _, indicator in rows if indicator})
    figures_changed([article for article, _ in rows])


def assign_indicators(statistics):
    """Give figures an indicator where comparable figures exist; returns how many joined one.

    Incremental: each figure is compared only with the newest `CANDIDATES_PER_KEY` figures of its
    key (one indexed query). It joins an indicator whose every figure it matches, or forms an
    automatic one with figures no indicator holds. An editor's decision stands: figures they
    edited are left where they are, and two indicators are never merged.

    Figures not stored yet (a batch of new ones, before their insert) only get their
    `indicator_id` here: their insert stores it, so no update is written for them.
    """
    from articles.models import Statistic

    fresh = [s for s in statistics if s.grouping_key and s.indicator_id is None and not s.edited and s.is_visible]
    if not fresh:
        return 0
    candidates = _candidates(fresh)
    universe = [*fresh, *candidates]
    readings = [Reading.stored(s.grouping_key, s.grouping_terms) for s in universe]
    clusters = group_figures(
        universe,
        readings,
        indicators=[s.indicator_id for s in universe],
        locked=[s.edited and s.indicator_id is None for s in universe],
        fresh=[index < len(fresh) for index in range(len(universe))],
    )
    joined, new = [], []
    for cluster in clusters:
        if not any(index < len(fresh) for index in cluster):
            continue  # fresh figures have no indicator yet: a cluster holding one has them joining
        members = [universe[i] for i in cluster]
        joining = [s for s in members if s.indicator_id is None]
        indicator_id = next((s.indicator_id for s in members if s.indicator_id), None)
        if indicator_id is None:
            new.append((indicator_name(members, [readings[i] for i in cluster]), joining))
            continue
        for statistic in joining:
            statistic.indicator_id = indicator_id
        joined.extend(joining)
    # One insert for the new indicators and one update for the stored figures that joined one.
    for indicator, (_, joining) in zip(_new_indicators([name for name, _ in new]), new, strict=True):
        for statistic in joining:
            statistic.indicator_id = indicator.pk
        joined.extend(joining)
    stored = [s for s in joined if s.pk is not None]
    Statistic.objects.bulk_update(stored, ["indicator"], batch_size=500)
    figures_moved({s.article_id for s in stored})
    return len(joined)


def _candidates(fresh):
    """The newest `CANDIDATES_PER_KEY` visible figures of each key of `fresh`, and the newest
    `TWINS_PER_VALUE` of each value of its figures that name a source or a year (another key's
    figure such a one may tell again, `matching.one_study_figure`), but those: a walk down the key's
    or the value's index each (`articles.sql.newest_figures`), never a sort of every figure of the
    keys (a key holds thousands at 10,000 articles)."""
    from articles.models import Statistic

    excluded_by_key, excluded_by_value = {}, {}
    for statistic in fresh:
        stored = [statistic.pk] if statistic.pk is not None else []
        excluded_by_key.setdefault(statistic.grouping_key, []).extend(stored)
        if statistic.source_id or statistic.year:  # a study's figure: its twin may be of another key
            excluded_by_value.setdefault(statistic.value, []).extend(stored)
    walks = [
        newest_figures(excluded_by_key, CANDIDATES_PER_KEY),
        newest_figures(excluded_by_value, TWINS_PER_VALUE, column="value"),
    ]
    walks = [walk for walk in walks if walk is not None]
    if not walks:
        return []
    newest = (
        " UNION ALL ".join(sql for sql, _ in walks),
        [parameter for _, parameters in walks for parameter in parameters],
    )
    return list(Statistic.objects.filter(pk__in=RawSQL(*newest)).only(*GROUPING_FIELDS).order_by("-pk"))


GROUPING_FIELDS = (
    "pk",
    "article_id",
    "value",
    "unit",
    "currency",
    "year",
    "source",
    "forecast",
    "subject",
    "sentence",
    "indicator_id",
    "edited",
    "status",
    "grouping_key",
    "grouping_terms",
)


def _new_indicators(names):
    """Automatic indicators of these names, each under a slug no other indicator has, in one insert."""
    from articles.documents import slugify_title
    from articles.models import Indicator

    if not names:
        return []
    bases = [(slugify_title(name) or "indicateur")[:190] for name in names]
    # One query for all: a group of imported files forms some twenty indicators.
    starting = reduce(operator.or_, (Q(slug__startswith=base) for base in set(bases)))
    taken = set(Indicator.objects.filter(starting).values_list("slug", flat=True))
    indicators = []
    for name, base in zip(names, bases, strict=True):
        slug, counter = base, 2
        while slug in taken:
            slug, counter = f"{base}-{counter}", counter + 1
        taken.add(slug)
        indicators.append(Indicator(name=name, slug=slug, automatic=True))
    return Indicator.objects.bulk_create(indicators)


def drop_emptied_indicators(indicator_ids):
    """Delete the automatic indicators among these that compare nothing any more (one figure or none)."""
    from django.db.models import Count, OuterRef, Subquery

    from articles.models import Indicator, Statistic

    if not indicator_ids:
        return
    shown = Statistic.objects.visible().filter(indicator=OuterRef("pk")).values("indicator")
    lonely = (
        Indicator.objects.filter(pk__in=indicator_ids, automatic=True)
        .annotate(shown=Subquery(shown.annotate(count=Count("pk")).values("count")[:1]))
        .filter(Q(shown__lt=2) | Q(shown__isnull=True))
    )
    dropped = list(lonely.values_list("pk", flat=True))
    if dropped:
        figures_moved(set(Statistic.objects.filter(indicator__in=dropped).values_list("article_id", flat=True)))
        Indicator.objects.filter(pk__in=dropped).delete()


def _store_highlighted(marked):
    """For (article, visible (pk, text) pairs in document order, its body marked by figure index
    or None): store each changed body.

    One statement run for every changed body (`store_bodies`): `bulk_update` builds a CASE of
    every body, and a queryset's update per article cost the importer more than the SQL.
    """
    now, changed = timezone.now(), []
    for article, figures, marked_by_index in marked:
        if marked_by_index is None:
            highlighted = highlight_figures(article.body_html, figures)
        else:
            highlighted = numbered_marks(marked_by_index, [pk for pk, _ in figures])
        if highlighted != article.body_html:
            article.body_html, article.modified_at = highlighted, now
            changed.append(article)
    store_bodies(changed)


def regroup(*, chunk=200):
    """Read every figure again and rebuild the automatic indicators, as an import of the site would.

    For figures stored before grouping existed (migration 0014) or read by an older matcher: each
    figure's reading (`grouping_key`, `grouping_terms`) is computed again, article by article; the
    automatic indicators are dissolved and built again, `chunk` articles at a time, with the same
    incremental assignment as a save. An editor's decision stands: indicators they confirmed or
    edited keep their figures, and figures they edited or took out are left where they are.
    Returns (figures read differently, automatic indicators before, automatic indicators after).
    """
    from articles.models import Indicator, Statistic

    before = Indicator.objects.filter(automatic=True).count()
    article_ids = list(Statistic.objects.order_by("article_id").values_list("article_id", flat=True).distinct())
    reread = 0
    for first in range(0, len(article_ids), chunk):
        rows = list(
            Statistic.objects.filter(article_id__in=article_ids[first : first + chunk]).order_by(
                "article_id", "start", "pk"
            )
        )
        changed = []
        for statistic, reading in zip(rows, read_figures(rows), strict=True):
            if (statistic.grouping_key, statistic.grouping_terms) != (reading.key, reading.terms):
                statistic.grouping_key, statistic.grouping_terms = reading.key, reading.terms
                changed.append(statistic)
        Statistic.objects.bulk_update(changed, ["grouping_key", "grouping_terms"], batch_size=500)
        reread += len(changed)
    Statistic.objects.filter(indicator__automatic=True, edited=False).update(indicator=None)
    Indicator.objects.filter(automatic=True).exclude(statistics__isnull=False).delete()
    for first in range(0, len(article_ids), chunk):
        with transaction.atomic():
            assign_indicators(
                list(
                    Statistic.objects.filter(article_id__in=article_ids[first : first + chunk], indicator=None)
                    .only(*GROUPING_FIELDS)
                    .order_by("pk")
                )
            )
    return reread, before, Indicator.objects.filter(automatic=True).count()
