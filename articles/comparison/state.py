"""The one place that changes a figure's state, and keeps the highlighted body true.

Refreshing (re-extraction), verifying, rejecting, assigning to an indicator, deleting: every
caller (article save, importer, admin, import-export resource) goes through here, so the stored
body's marks always match the figures a reader may see.

Re-extraction never overrides an editor: figures an editor verified, edited or rejected stay as
they are and are never resurrected beside themselves. The body's HTML is stored with each figure
a reader may see wrapped in a link to its entry of the "Chiffres cités" panel, so that pages
never compute it per request.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from articles.comparison.highlighting import highlight_figures
from articles.figures import extract_figures

# Fields the extractor fills; an editor changing any of them makes the figure theirs.
FIGURE_FIELDS = ("value", "value_high", "unit", "currency", "qualifier", "subject", "source", "year")
# The subject's parts and the time facts the extractor also fills (not yet in the admin form).
FIGURE_PARTS = ("population", "measure", "qualifiers", "forecast", "time_unit")
EXTRACTED_FIELDS = (*FIGURE_FIELDS, *FIGURE_PARTS, "sentence", "start", "end", "text")


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


def _figure_values(figure, source):
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
    current = list(article.statistics.all())
    kept = [s for s in current if s.is_editor_decision]
    replaceable = {(s.text, s.sentence): s for s in current if not s.is_editor_decision}
    kept_spans = [(s.start, s.end) for s in kept]
    kept_texts = {(s.text, s.sentence) for s in kept}
    report, updated = RefreshReport(), []
    for figure in figures:
        key = (figure.text[:200], figure.sentence)
        if _overlaps(figure.start, figure.end, kept_spans) or key in kept_texts:
            continue
        values = _figure_values(figure, _source_named(figure.source, sources))
        existing = replaceable.pop(key, None)
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
    report.gone = list(replaceable.values())
    if replaceable:
        article.statistics.filter(pk__in=[s.pk for s in replaceable.values()]).delete()
    if updated:
        Statistic.objects.bulk_update(updated, EXTRACTED_FIELDS)
    Statistic.objects.bulk_create(report.new)
    store_highlighted_body(article)
    return report


def store_new_figures(found, *, sources):
    """Store the figures of articles that have none yet, and their highlighted bodies.

    `found` holds (article, figures) pairs; one insert for all the figures, one update for all
    the bodies. Returns the figures created.
    """
    from articles.models import Statistic

    created = [
        Statistic(article=article, **_figure_values(figure, _source_named(figure.source, sources)))
        for article, figures in found
        for figure in figures
    ]
    Statistic.objects.bulk_create(created)
    marks = {article.pk: [] for article, _ in found}
    for statistic in created:
        marks[statistic.article_id].append((statistic.pk, statistic.text))
    _store_highlighted([(article, marks[article.pk]) for article, _ in found])
    return created


def store_highlighted_body(article):
    """Store the article's HTML with its visible figures marked, bumping its modification date.

    Called after re-extraction and after any editor decision on a figure.
    """
    from articles.models import Statistic

    visible = Statistic.objects.visible().filter(article=article).order_by("start")
    _store_highlighted([(article, list(visible.values_list("pk", "text")))])


def figures_changed(article_ids):
    """Store again the highlighted body of each article whose figures were just changed."""
    from articles.models import Article

    for article in Article.objects.filter(pk__in=set(article_ids)):
        store_highlighted_body(article)


@transaction.atomic
def set_status(statistics, status):
    """Verify or reject figures (a queryset): an editor's decision. Returns how many."""
    article_ids = list(statistics.values_list("article_id", flat=True))
    count = statistics.update(status=status)
    figures_changed(article_ids)
    return count


def verify(statistics):
    from articles.models import Statistic

    return set_status(statistics, Statistic.Status.VERIFIED)


def reject(statistics):
    from articles.models import Statistic

    return set_status(statistics, Statistic.Status.REJECTED)


@transaction.atomic
def assign(statistics, indicator):
    """Put figures (a queryset) under `indicator` (None: out of any). Returns how many."""
    return statistics.update(indicator=indicator)


@transaction.atomic
def delete(statistics):
    """Delete figures (a queryset), their articles' bodies re-highlighted."""
    article_ids = list(statistics.values_list("article_id", flat=True))
    statistics.delete()
    figures_changed(article_ids)


def _store_highlighted(marked):
    """For (article, visible (pk, text) pairs in document order): store each changed body, in one update."""
    from articles.models import Article

    changed, now = [], timezone.now()
    for article, figures in marked:
        highlighted = highlight_figures(article.body_html, figures)
        if highlighted != article.body_html:
            article.body_html, article.modified_at = highlighted, now
            changed.append(article)
    Article.objects.bulk_update(changed, ["body_html", "modified_at"])
