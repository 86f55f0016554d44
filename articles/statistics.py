"""Keep an article's stored figures in step with its body, never overriding an editor."""

from django.db import transaction

from articles.figures import extract_figures


def _overlaps(start, end, spans):
    return any(start < other_end and other_start < end for other_start, other_end in spans)


@transaction.atomic
def refresh_statistics(article):
    """Re-extract the figures of `article`.

    Figures an editor verified, edited or rejected stay as they are, and a freshly extracted
    figure at the same place in the text does not come back beside them.
    """
    from articles.models import Source, Statistic

    kept = [s for s in article.statistics.all() if s.is_editor_decision]
    article.statistics.exclude(pk__in=[s.pk for s in kept]).delete()
    kept_spans = [(s.start, s.end) for s in kept]
    kept_texts = {(s.text, s.sentence) for s in kept}
    sources = {}
    new = []
    for figure in extract_figures(article.body):
        if _overlaps(figure.start, figure.end, kept_spans) or (figure.text, figure.sentence) in kept_texts:
            continue
        source = None
        if figure.source:
            source = sources.get(figure.source)
            if source is None:
                source = Source.objects.filter(name__iexact=figure.source).first() or Source.objects.create(
                    name=figure.source
                )
                sources[figure.source] = source
        new.append(
            Statistic(
                article=article,
                value=figure.value,
                value_high=figure.value_high,
                unit=figure.unit,
                currency=figure.currency,
                qualifier=figure.qualifier,
                subject=figure.subject[:300],
                source=source,
                year=figure.year,
                sentence=figure.sentence,
                start=figure.start,
                end=figure.end,
                text=figure.text[:200],
            )
        )
    Statistic.objects.bulk_create(new)
    return new
