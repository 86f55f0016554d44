"""The figures readers may see: compared on `/statistiques/`, downloadable as CSV and JSON."""

import csv
import json

from django.http import Http404, StreamingHttpResponse
from django.views.generic import TemplateView

from articles.comparison.page import ARTICLES_PER_PAGE, comparison_page
from articles.models import Statistic
from articles.spreadsheets import spreadsheet_cell

# Each exported key, in the order of the files, and the column it is read from, in one
# `values_list` (no model instance per figure).
EXPORTED_COLUMNS = {
    "article": "article__slug",
    "article_title": "article__title",
    "value": "value",
    "value_high": "value_high",
    "unit": "unit",
    "currency": "currency",
    "qualifier": "qualifier",
    "subject": "subject",
    "source": "source__name",
    "year": "year",
    "sentence": "sentence",
    "indicator": "indicator__name",
    "status": "status",
    # Added after the keys above, which stay as they were.
    "indicator_automatic": "indicator__automatic",
    "population": "population",
    "measure": "measure",
    "qualifiers": "qualifiers",
    "forecast": "forecast",
}
EXPORT_FIELDS = tuple(EXPORTED_COLUMNS)
EXPORT_CHUNK = 2000
# Far past any real page, and small enough that its offset fits every database's integers
# (SQLite failed with a 500 on ?page=9223372036854775807).
MAX_PAGE = 1_000_000


class StatisticsView(TemplateView):
    """A page of indicators compared across articles and sources, then of the figures not yet grouped."""

    template_name = "articles/statistics.html"

    def get_context_data(self, **kwargs):
        theme = self.request.GET.get("theme", "")
        source = self.request.GET.get("source", "")
        indicator = self.request.GET.get("indicateur", "")
        number = self._page_number()
        page = comparison_page(theme_slug=theme, source_slug=source, number=number, indicator_slug=indicator)
        if number > 1 and page.is_empty:
            raise Http404("Cette page n'existe pas.")
        return super().get_context_data(
            page=page,
            selected_theme=theme,
            selected_source=source,
            selected_indicator=indicator,
            articles_per_page=ARTICLES_PER_PAGE,
            **kwargs,
        )

    def _page_number(self):
        raw = self.request.GET.get("page", "1")
        if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
            raise Http404("Numéro de page invalide.")
        return int(raw)


def export_rows():
    """One dict per public figure, keys exactly EXPORT_FIELDS, read in chunks from one query."""
    rows = Statistic.objects.public().order_by("article__slug", "start", "pk").values_list(*EXPORTED_COLUMNS.values())
    for row in rows.iterator(chunk_size=EXPORT_CHUNK):
        item = dict(zip(EXPORT_FIELDS, row, strict=True))
        item["source"] = item["source"] or ""
        item["indicator"] = item["indicator"] or ""
        item["indicator_automatic"] = bool(item["indicator_automatic"])  # no indicator: not automatic
        item["qualifiers"] = item["qualifiers"] or {}
        yield item


class _Line:
    """A file-like target for `csv.writer` that hands back each line instead of storing it."""

    def write(self, line):
        return line


def _csv_lines():
    writer = csv.writer(_Line())
    yield "\ufeff"  # lets spreadsheets read the file as UTF-8
    yield writer.writerow(EXPORT_FIELDS)
    for row in export_rows():
        row["qualifiers"] = json.dumps(row["qualifiers"], ensure_ascii=False) if row["qualifiers"] else ""
        yield writer.writerow([spreadsheet_cell(row[name]) for name in EXPORT_FIELDS])


def _json_chunks():
    separator = "[\n"
    for row in export_rows():
        yield separator + json.dumps(row, ensure_ascii=False, indent=1)
        separator = ",\n"
    yield "[]" if separator == "[\n" else "\n]"


def export_csv(request):
    """Every public figure, streamed: 85,000 rows never sit in memory at once."""
    response = StreamingHttpResponse(_csv_lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="statistiques.csv"'
    return response


def export_json(request):
    response = StreamingHttpResponse(_json_chunks(), content_type="application/json")
    response["Content-Disposition"] = 'inline; filename="statistiques.json"'
    return response
