"""Keep an article's stored figures, and its highlighted body, in step with its text.

Re-extraction never overrides an editor: figures an editor verified, edited or rejected stay as
they are and are never resurrected beside themselves. The body's HTML is stored with each figure
a reader may see wrapped in a link to its entry of the "Chiffres cités" panel, so that pages
never compute it per request.
"""

import html
import re

from django.db import transaction
from django.utils import timezone

from articles.figures import extract_figures

# Fields the extractor fills; an editor changing any of them makes the figure theirs.
FIGURE_FIELDS = ("value", "value_high", "unit", "currency", "qualifier", "subject", "source", "year")
EXTRACTED_FIELDS = (*FIGURE_FIELDS, "sentence", "start", "end", "text")

# A tag, its quoted attribute values allowed to hold ">".
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
_OWN_MARK = re.compile(r'<mark id="chiffre-\d+" class="chiffre"><a href="#stat-\d+">(.*?)</a></mark>', re.DOTALL)


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
        "source": source,
        "year": figure.year,
        "sentence": figure.sentence,
        "start": figure.start,
        "end": figure.end,
        "text": figure.text[:200],
    }


@transaction.atomic
def refresh_statistics(article, *, figures=None, is_new=False, sources=None):
    """Re-extract the figures of `article`, then store its highlighted body.

    An extracted figure found again (same text in the same sentence) keeps its row, so its
    address and the indicator an editor gave it survive; the others are replaced. `figures`
    already extracted from this body, a brand-new article (nothing stored yet) and a `sources`
    cache shared across a batch save work and queries on large imports.
    """
    from articles.models import Statistic

    if figures is None:
        figures = extract_figures(article.body)
    sources = {} if sources is None else sources
    if is_new:
        return store_new_figures([(article, figures)], sources=sources)
    current = list(article.statistics.all())
    kept = [s for s in current if s.is_editor_decision]
    replaceable = {(s.text, s.sentence): s for s in current if not s.is_editor_decision}
    kept_spans = [(s.start, s.end) for s in kept]
    kept_texts = {(s.text, s.sentence) for s in kept}
    new, updated = [], []
    for figure in figures:
        key = (figure.text[:200], figure.sentence)
        if _overlaps(figure.start, figure.end, kept_spans) or key in kept_texts:
            continue
        values = _figure_values(figure, _source_named(figure.source, sources))
        existing = replaceable.pop(key, None)
        if existing is None:
            new.append(Statistic(article=article, **values))
            continue
        for name, value in values.items():
            setattr(existing, name, value)
        updated.append(existing)
    if replaceable:
        article.statistics.filter(pk__in=[s.pk for s in replaceable.values()]).delete()
    if updated:
        Statistic.objects.bulk_update(updated, EXTRACTED_FIELDS)
    Statistic.objects.bulk_create(new)
    store_highlighted_body(article)
    return new


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

    visible = article.statistics.exclude(status=Statistic.Status.REJECTED).order_by("start")
    _store_highlighted([(article, list(visible.values_list("pk", "text")))])


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


def highlight_figures(body_html, figures):
    """Return `body_html` with the first occurrence of each figure's text marked and linked.

    `figures` are (pk, text) pairs in document order. Text is only matched outside tags and
    outside links (a link may not hold another); marks from an earlier run are removed first,
    so the result depends only on the figures given. Pure.
    """
    tokens = _tokens(_OWN_MARK.sub(r"\1", body_html))
    cursor = 0
    for pk, text in figures:
        pattern = re.compile(r"\s+".join(re.escape(word) for word in text.split()))
        found = _find(tokens, pattern, cursor) or _find(tokens, pattern, 0)
        if found is None:
            continue
        index, match = found
        plain = tokens[index][1]
        mark = (
            f'<mark id="chiffre-{pk}" class="chiffre"><a href="#stat-{pk}">'
            f"{html.escape(match.group(), quote=False)}</a></mark>"
        )
        tokens[index : index + 1] = [
            ("text", plain[: match.start()]),
            ("markup", mark),
            ("text", plain[match.end() :]),
        ]
        cursor = index + 2
    return "".join(html.escape(value, quote=False) if kind == "text" else value for kind, value in tokens)


def _tokens(body_html):
    """Split HTML into ("markup", tag) and ("text", unescaped text) tokens; text in links is markup."""
    tokens, position, link_depth = [], 0, 0
    for tag in _TAG.finditer(body_html):
        text = body_html[position : tag.start()]
        if text:
            tokens.append(("markup", text) if link_depth else ("text", html.unescape(text)))
        name = tag.group().lower()
        if re.match(r"<a[\s>]", name):
            link_depth += 1
        elif name.startswith("</a") and link_depth:
            link_depth -= 1
        tokens.append(("markup", tag.group()))
        position = tag.end()
    if position < len(body_html):
        tail = body_html[position:]
        tokens.append(("markup", tail) if link_depth else ("text", html.unescape(tail)))
    return tokens


def _find(tokens, pattern, start):
    for index in range(start, len(tokens)):
        kind, value = tokens[index]
        if kind == "text":
            match = pattern.search(value)
            if match:
                return index, match
    return None
