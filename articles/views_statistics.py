"""The figures readers may see: compared on `/statistiques/`, downloadable as CSV and JSON."""

import csv

from django.http import HttpResponse, JsonResponse
from django.views.generic import TemplateView

from articles.comparison import comparison_page, public_statistics

EXPORT_FIELDS = (
    "article", "article_title", "value", "value_high", "unit", "currency", "qualifier", "subject", "source",
    "year", "sentence", "indicator", "status",
)
# A cell starting with one of these is a formula to a spreadsheet: it is quoted to stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class StatisticsView(TemplateView):
    """Every indicator compared across articles and sources, then the figures not yet grouped."""

    template_name = "articles/statistics.html"

    def get_context_data(self, **kwargs):
        theme = self.request.GET.get("theme", "")
        source = self.request.GET.get("source", "")
        page = comparison_page(theme_slug=theme, source_slug=source)
        return super().get_context_data(page=page, selected_theme=theme, selected_source=source, **kwargs)


def export_rows():
    """One dict per public figure, keys exactly EXPORT_FIELDS, in one query."""
    statistics = public_statistics().order_by("article__slug", "start", "pk")
    return [
        {
            "article": s.article.slug,
            "article_title": s.article.title,
            "value": s.value,
            "value_high": s.value_high,
            "unit": s.unit,
            "currency": s.currency,
            "qualifier": s.qualifier,
            "subject": s.subject,
            "source": s.source.name if s.source_id else "",
            "year": s.year,
            "sentence": s.sentence,
            "indicator": s.indicator.name if s.indicator_id else "",
            "status": s.status,
        }
        for s in statistics
    ]


def spreadsheet_safe(value):
    """Render a cell as text a spreadsheet will not run as a formula; numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_csv(request):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="statistiques.csv"'
    response.write("\ufeff")  # lets spreadsheets read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow(EXPORT_FIELDS)
    for row in export_rows():
        writer.writerow([spreadsheet_safe(row[name]) for name in EXPORT_FIELDS])
    return response


def export_json(request):
    response = JsonResponse(export_rows(), safe=False, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = 'inline; filename="statistiques.json"'
    return response

