"""The "Chiffres cités" panel beside an article, written in Python rather than an included template.

Every article page shows it, a few dozen entries with a dozen values each: as a template it was
the larger part of the page's rendering. The markup is the one the template wrote: every value
escaped and printed as the template printed it (`localize`), names and titles in French typography.
"""

import functools
import html

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from articles.addresses import figure_address, slug_url
from articles.typography import french_text

register = template.Library()


def _v(value):
    # `localize` gives a string back as it is, and an int (a year, an id) as `str` gives it when
    # thousands are not separated: a panel, and /statistiques/, print a few hundred of them.
    if type(value) is int and not settings.USE_THOUSAND_SEPARATOR:
        return str(value)
    if type(value) is str:  # what `escape` gives, without its checks for lazy strings
        return html.escape(value)
    return conditional_escape(value if isinstance(value, str) else localize(value))


def _plural(count):
    return "" if count == 1 else "s"


@functools.lru_cache(maxsize=4096)
def _elsewhere_item(pk, display_value, verified, source_name, year, forecast, article_slug, article_title):
    """A figure of another article, as every panel citing its indicator lists it: the same few
    figures are listed on hundreds of pages, so each is written once per process while it stays the same."""
    out = [f"<li><strong>{_v(display_value)}</strong>"]
    if verified:
        out.append(' <span class="verified-flag">✓&nbsp;vérifié</span>')
    if source_name is not None:
        out.append(f" selon {_v(source_name)}")
    if year:
        out.append(f" ({_v(year)})")
    if forecast:
        out.append(" (prévision)")
    url = slug_url(article_slug, "articles:detail")
    title = french_text(article_title)
    out.append(f' — <a href="{_v(figure_address(url, pk))}">{_v(title)}</a></li>\n        ')
    return "".join(out)


def _entry(entry):
    figure = entry.statistic
    out = [
        f'\n    <li id="stat-{_v(figure.pk)}" class="figure-entry">\n'
        f'      <p class="figure-main"><a class="figure-value" href="#chiffre-{_v(figure.pk)}" '
        f'title="Voir dans le texte">{_v(figure.display_value)}</a>\n        '
    ]
    if figure.subject:
        out.append(f'<span class="figure-subject">{_v(french_text(figure.subject))}</span>')
    if figure.verified:
        out.append(' <span class="verified-flag">✓&nbsp;vérifié</span>')
    out.append(f'</p>\n      <p class="figure-meta">Source&nbsp;: {_v(figure.source_name or "non citée")}')
    if figure.year:
        out.append(f" · {_v(figure.year)}")
    if figure.forecast:
        out.append(" · prévision")
    if figure.population:
        out.append(f" · population&nbsp;: {_v(french_text(figure.population))}")
    if figure.indicator_id:
        name = french_text(figure.indicator_name)
        out.append(f' · Indicateur&nbsp;: <a href="{_v(figure.indicator_url())}">{_v(name)}</a>')
        if figure.indicator_automatic:
            out.append(" (regroupement automatique)")
    out.append("</p>\n      ")
    if entry.elsewhere:
        out.append(
            '\n      <p class="figure-elsewhere-title">Ailleurs sur le même indicateur&nbsp;:</p>\n'
            '      <ul class="figure-elsewhere">\n        '
        )
        for other in entry.elsewhere:
            out.append(
                _elsewhere_item(
                    other.pk,
                    other.display_value,
                    other.verified,
                    other.source_name if other.source_id else None,
                    other.year,
                    other.forecast,
                    other.article_slug,
                    other.article_title,
                )
            )
        out.append("\n      </ul>\n      ")
        if entry.more_elsewhere:
            more = entry.more_elsewhere
            out.append(
                f'<p class="figure-elsewhere-more"><a href="{_v(figure.indicator_url())}">et {_v(more)} '
                f"autre{_plural(more)} chiffre{_plural(more)} sur cet indicateur</a></p>"
            )
        out.append("\n      ")
    out.append("\n    </li>\n  ")
    return "".join(out)


@register.simple_tag
def figures_panel(entries):
    """The panel of `articles.comparison.loaders.figures_panel(article)`; nothing when it is empty."""
    if not entries:
        return "\n"
    head = (
        f'\n<link rel="stylesheet" href="{_v(static("css/statistics.css"))}">\n'
        '<section class="figures-panel" id="chiffres-cites" aria-labelledby="titre-chiffres-cites">\n'
        '  <h2 id="titre-chiffres-cites" class="section-title">Chiffres cités</h2>\n'
        '  <ol class="figures-list">\n  '
    )
    tail = "\n  </ol>\n</section>\n\n"
    return mark_safe(head + "".join(_entry(entry) for entry in entries) + tail)  # noqa: S308 — values escaped
