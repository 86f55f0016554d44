"""`manage.py reextract_figures`: re-extraction after an extractor change, keeping editor decisions,
and the figure's parts (population, measure, qualifiers, forecast, time unit) stored on its row."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.figures import extract_figures
from articles.models import Article, Statistic

pytestmark = pytest.mark.django_db

BODY = """# Adoption

Selon l'Insee, 15 % des PME françaises utilisent l'IA générative en 2024.

D'ici 2027, 40 % des entreprises du commerce en ligne utiliseront un agent conversationnel, prévoit Gartner.

Les internautes passent 52 minutes par jour sur les réseaux sociaux.
"""


def make_article(slug="chiffres", body=BODY):
    return Article.objects.create(
        title="Chiffres", slug=slug, body=body, status=Article.Status.PUBLISHED, description="d"
    )


def run(*args):
    out = StringIO()
    call_command("reextract_figures", "--inline", *args, stdout=out)
    return out.getvalue()


def stale(article):
    """Make the stored rows look like an older extractor's: one lost, one wrong, one spurious."""
    rows = {s.text: s for s in article.statistics.all()}
    rows["15 %"].delete()
    Statistic.objects.filter(pk=rows["40 %"].pk).update(year=None, population="", subject="ancien sujet")
    Statistic.objects.create(article=article, value=3, unit="count", text="3", sentence="Ancienne phrase.")
    return rows


def test_rows_carry_the_figure_parts():
    article = make_article()
    figures = {f.text: f for f in extract_figures(article.body)}
    rows = {s.text: s for s in article.statistics.select_related("source")}
    assert set(rows) == set(figures)
    for text, figure in figures.items():
        row = rows[text]
        assert (row.population, row.measure, row.qualifiers, row.forecast, row.time_unit, row.year) == (
            figure.population,
            figure.measure,
            figure.qualifiers,
            figure.forecast,
            figure.time_unit,
            figure.year,
        )
    assert rows["40 %"].forecast and rows["40 %"].year == 2027
    assert rows["52 minutes"].unit == Statistic.Unit.DURATION and rows["52 minutes"].time_unit == "minute"
    assert rows["15 %"].source.name == "Insee"


def test_dry_run_reports_new_gone_and_changed_and_writes_nothing():
    article = make_article()
    stale(article)
    before = sorted(article.statistics.values_list("text", "year", "subject"))
    out = run("--dry-run")
    assert "chiffres: 1 new, 1 gone, 1 changed" in out
    assert "1 article(s) changed: 1 new, 1 gone, 1 changed figure(s) (dry run: nothing written)" in out
    assert "~ '40 %' (" in out and "year" in out
    assert sorted(article.statistics.values_list("text", "year", "subject")) == before


def test_reextraction_repairs_rows_and_keeps_editor_decisions():
    article = make_article()
    make_article(slug="sans-changement", body="Selon l'Insee, 15 % des PME françaises exportent.")
    rows = stale(article)
    Statistic.objects.filter(pk=rows["52 minutes"].pk).update(status=Statistic.Status.REJECTED, year=1999)
    out = run()
    assert "chiffres: 1 new, 1 gone, 1 changed" in out
    assert "sans-changement" not in out
    after = {s.text: s for s in article.statistics.all()}
    assert set(after) == {"15 %", "40 %", "52 minutes"}
    assert after["40 %"].pk == rows["40 %"].pk and after["40 %"].year == 2027 and after["40 %"].population
    assert after["52 minutes"].status == Statistic.Status.REJECTED and after["52 minutes"].year == 1999
    assert "0 article(s) changed" in run()
