"""The SVG chart of an indicator's figures and the rows of its table, written in Python rather
than in the included template.

`/statistiques/` draws ten charts a page, each a few elements per bar: as a template (every
number localised, every value looked up) the charts were a third of the page's rendering time.
The markup is the one the template wrote; everything is escaped, numbers are written as the
template wrote them with localisation off (`localize(value, use_l10n=False)`). Geometry comes
from `articles.comparison.charts`.
"""

import functools
import html

from django import template
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from articles.templatetags.figures_panel import _v
from articles.typography import french_text

register = template.Library()
LONG_LABEL = 90  # characters of a bar's label on wide screens

_CAPTION = (
    '  <figcaption><span class="legend-swatch legend-verified" aria-hidden="true"></span> bleu&nbsp;: '
    "chiffre vérifié par la rédaction&#8239;;\n"
    '    <span class="legend-swatch legend-extracted" aria-hidden="true"></span> gris&nbsp;: relevé dans '
    "l’article, pas encore vérifié.\n"
    "    Les fourchettes ont des bouts arrondis&#8239;; toutes les valeurs figurent aussi dans le tableau."
    "</figcaption>\n"
)


def _n(value):
    """A number or a text as the template printed it with localisation off, escaped."""
    if type(value) in (int, float) and "e" not in (text := repr(value)):
        return text  # what `localize` gives with localisation off, without its lookups (30,000 a page)
    if type(value) is str:  # what `escape` gives, without its checks for lazy strings
        return html.escape(value)
    return conditional_escape(localize(value, use_l10n=False))


# An article's title in French typography, once per process: a page lists a hundred, the same
# few thousand across pages.
_french_title = functools.lru_cache(maxsize=4096)(french_text)


def _long_label(label):
    """`Truncator(label).chars(90)`, without its per-character walk for the labels that fit."""
    return label if len(label) <= LONG_LABEL else Truncator(label).chars(LONG_LABEL)


@register.simple_tag
def figures_chart(chart):
    """The <figure> of one chart (`articles.comparison.charts.Chart`)."""
    left, axis_y = _n(chart.plot_left), _n(chart.axis_y)
    out = [
        '\n<figure class="chart">\n',
        f'  <svg class="chart-svg" viewBox="0 0 {_n(chart.width)} {_n(chart.height)}" width="{_n(chart.width)}" '
        f'height="{_n(chart.height)}" role="img" aria-labelledby="{_n(chart.title_id)} {_n(chart.description_id)}" '
        'xmlns="http://www.w3.org/2000/svg">\n',
        f'    <title id="{_n(chart.title_id)}">{_n(chart.title)}</title>\n',
        f'    <desc id="{_n(chart.description_id)}">{_n(chart.description)}</desc>\n    ',
    ]
    for tick in chart.ticks:
        x = _n(tick.x)
        out.append(
            f'<line class="chart-grid" x1="{x}" x2="{x}" y1="8" y2="{axis_y}" stroke="#d8d3c8" stroke-width="1"/>\n'
            f'    <text class="chart-tick" x="{x}" y="{_n(chart.axis_y + 18)}" text-anchor="middle" fill="#4a4f5a" '
            f'font-size="12">{_n(tick.label)}</text>\n    '
        )
    out.append("\n    ")
    for row in chart.rows:
        classes = "chart-row" + (" is-range" if row.is_range else "") + (" verified" if row.verified else "")
        label_y = _n(row.label_y)
        out.append(
            f'<g class="{classes}">\n'
            f'      <text class="chart-label chart-label-long" x="{left}" y="{label_y}" fill="#1d1f24" '
            f'font-size="13">{_n(_long_label(row.label))}</text>\n'
            f'      <text class="chart-label chart-label-short" x="{left}" y="{label_y}" fill="#1d1f24" '
            f'font-size="13">{_n(row.short_label)}</text>\n'
            f'      <rect class="chart-bar" x="{_n(row.bar_x)}" y="{_n(row.bar_y)}" width="{_n(row.bar_width)}" '
            f'height="{_n(chart.bar_height)}" rx="{"7" if row.is_range else "2"}" fill="{"#1d4e89" if row.verified else "#8a8f99"}"/>\n'
            f'      <text class="chart-value" x="{_n(row.value_x)}" y="{_n(row.bar_y + 12)}" '
            f'text-anchor="{"end" if row.value_inside else "start"}" '
            f'fill="{"#ffffff" if row.value_inside else "#1d1f24"}" font-size="12" font-weight="600">'
            f"{_n(row.value_text)}</text>\n"
            "    </g>\n    "
        )
    out.append(
        f'\n    <line class="chart-axis" x1="{left}" x2="{_n(chart.plot_right)}" y1="{axis_y}" y2="{axis_y}" '
        'stroke="#1d1f24" stroke-width="1"/>\n'
        "  </svg>\n"
    )
    out.append(_CAPTION)
    out.append("</figure>\n\n")
    return mark_safe("".join(out))  # noqa: S308 — every value above is escaped


@register.simple_tag
def figures_table_rows(statistics):
    """The rows of an indicator's table on `/statistiques/`: ten tables of a dozen rows a page
    cost a third of its rendering as a template. The markup is the one the template wrote."""
    out = []
    for statistic in statistics:
        verified = statistic.status == "verified"
        source = (statistic.source.name if statistic.source_id else "") or "non citée"
        flags = (' <span class="verified-flag">✓&nbsp;vérifié</span>' if verified else "") + (
            ' <span class="forecast-flag">(prévision)</span>' if statistic.forecast else ""
        )
        population = (
            f' <span class="figure-population">({_v(statistic.population)})</span>' if statistic.population else ""
        )
        out.append("\n      <tr" + (' class="verified"' if verified else "") + ">\n")
        out.append(
            f'        <td class="figure-value">{_v(statistic.display_value)}{flags}</td>\n'
            f"        <td>{_v(source)}</td>\n"
            f"        <td>{_v(statistic.year or '—')}</td>\n"
            f"        <td>{_v(statistic.subject)}{population}</td>\n"
            f'        <td><a href="{_v(statistic.anchor)}">{_v(_french_title(statistic.article.title))}</a></td>\n'
            "      </tr>\n    "
        )
    return mark_safe("".join(out))  # noqa: S308 — every value above is escaped


@register.simple_tag
def article_figures_rows(figures):
    """The rows of an article's figures in the long tail of `/statistiques/` (`page._with_cells`):
    five tables of a dozen rows a page. The markup is the one the template's loop wrote."""
    out = []
    for figure in figures:
        out.append(
            f'\n    <tr><td class="figure-value"><a href="{_v(figure.anchor)}">{_v(figure.display_value)}</a></td>'
            f"<td>{_v(figure.subject)}</td><td>{_v(figure.source_label)}</td><td>{_v(figure.year_label)}</td></tr>\n  "
        )
    return mark_safe("".join(out))  # noqa: S308 — every value above is escaped
