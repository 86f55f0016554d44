"""The "Chiffres cités" panel of the article page, on the seeds imported for real."""

import json
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.article_pages import panel_subject
from articles.cache import current_generation, renew_subjects
from articles.comparison.loaders import PANEL_OTHERS_SHOWN, figures_panel
from articles.models import Article, Indicator, Statistic

MAX_QUERIES = 8
SEED_000 = "intelligence-artificielle-et-transformation-du-marketing"
SEED_003 = "ia-et-marketing"


def page_html(client, slug):
    response = client.get(Article.objects.get(slug=slug).get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def panel_of(html):
    start = html.index('<section class="figures-panel"')
    return html[start : html.index("</section>", start)]


def test_panel_lists_each_figure_in_french_with_source_and_year(imported_seeds, client):
    panel = panel_of(page_html(client, SEED_003))
    assert "Chiffres cités" in panel
    for value, source in [
        ("15\u00a0%", "Adobe"),
        ("51\u00a0%", "Salesforce"),
        ("72\u00a0%", "Gartner"),
        ("20–30\u00a0%", "McKinsey"),
        ("10–20\u00a0%", "McKinsey"),
        ("environ 35\u00a0%", "non citée"),
    ]:
        entry = re.search(rf">{re.escape(value)}</a>.*?</li>", panel, re.DOTALL)
        assert entry and f"Source&nbsp;: {source}" in entry.group(), value
    assert "Source&nbsp;: Gartner · 2022" in panel

    seed_000 = panel_of(page_html(client, SEED_000))
    for value in ("33,3\u00a0%", "jusqu’à 70\u00a0%", "45\u00a0%", "×3"):
        assert value in seed_000


def test_panel_subjects_are_in_french_typography(imported_seeds, client):
    panel = panel_of(page_html(client, SEED_003))
    subjects = re.findall(r'<span class="figure-subject">(.*?)</span>', panel)
    assert any("l’IA" in subject for subject in subjects)  # "utilisent déjà l'IA" in the text
    assert not [subject for subject in subjects if "&#x27;" in subject]


def test_each_figure_in_the_text_links_to_its_entry_and_back(imported_seeds, client):
    html = page_html(client, SEED_003)
    article = Article.objects.get(slug=SEED_003)
    for statistic in article.statistics.all():
        assert f'<mark id="chiffre-{statistic.pk}" class="chiffre"><a href="#stat-{statistic.pk}">' in html
        assert f'<li id="stat-{statistic.pk}"' in html
        assert f'href="#chiffre-{statistic.pk}"' in html


def test_panel_shows_what_other_published_articles_cite_for_the_same_indicator(imported_seeds, client):
    indicator = Indicator.objects.create(name="Clients servis par l'IA")
    Statistic.objects.filter(text__in=["70%", "72 %"]).update(indicator=indicator)
    rejected = Statistic.objects.get(text="45%")
    Statistic.objects.filter(pk=rejected.pk).update(indicator=indicator, status=Statistic.Status.REJECTED)

    panel = panel_of(page_html(client, SEED_003))
    other = Statistic.objects.get(text="70%")
    entry = re.search(
        r'<li id="stat-\d+" class="figure-entry">(?:(?!</li>\s*</ul>).)*?72\u00a0%.*?</ul>', panel, re.DOTALL
    )
    assert entry, panel
    assert "Ailleurs sur le même indicateur" in entry.group()
    assert f'href="{other.article.get_absolute_url()}#stat-{other.pk}"' in entry.group()
    assert "jusqu’à 70\u00a0%" in entry.group()
    assert "45\u00a0%" not in panel, "a rejected figure is shown nowhere"
    assert f'href="{indicator.get_absolute_url()}"' in panel

    Article.objects.filter(pk=other.article_id).update(status=Article.Status.DRAFT)
    assert "Ailleurs sur le même indicateur" not in panel_of(page_html(client, SEED_003))


def test_rejected_figures_leave_the_panel(imported_seeds, client):
    Statistic.objects.filter(text="31 %").update(status=Statistic.Status.REJECTED)
    panel = panel_of(page_html(client, SEED_003))
    assert "31\u00a0%" not in panel and "15\u00a0%" in panel


def test_article_without_figures_has_no_panel(imported_seeds, client):
    assert "figures-panel" not in page_html(client, "demystifier-l-ia-marketing")


def test_panel_data_is_one_query_once_its_indicators_are_cached(imported_seeds, django_assert_num_queries):
    indicator = Indicator.objects.create(name="Adoption")
    Statistic.objects.filter(text__in=["15 %", "Un client sur trois"]).update(indicator=indicator)
    article = Article.objects.get(slug=SEED_003)
    current_generation()  # read after the writes above, as any page does
    with django_assert_num_queries(2):  # the article's figures, then its indicators' first ones
        entries = figures_panel(article)
    with django_assert_num_queries(1):
        cached = figures_panel(article)
    assert cached == entries
    assert [entry.statistic.text for entry in entries][:2] == ["15 %", "31 %"]
    assert [other.text for other in entries[0].elsewhere] == ["Un client sur trois"]
    renew_subjects([panel_subject(indicator.pk)])  # an edit changed what the indicator holds
    with django_assert_num_queries(2):
        figures_panel(article)


def test_an_article_among_the_first_figures_of_its_indicator_still_lists_others(imported_seeds, monkeypatch):
    monkeypatch.setattr("articles.comparison.loaders.PANEL_OTHERS_SHOWN", 1)
    monkeypatch.setattr("articles.comparison.loaders.PANEL_SPARE_FIGURES", 0)
    indicator = Indicator.objects.create(name="Usage de l'IA")
    Statistic.objects.filter(text__in=["72 %", "70%", "Un client sur trois"]).update(indicator=indicator)
    figures = Statistic.objects.filter(indicator=indicator).select_related("article")
    ranked = sorted(figures, key=panel_order)
    article = ranked[0].article
    other_article = next(figure.article for figure in ranked if figure.article_id != article.pk)
    # The cached first figure of the indicator is the article's own: the panel reads past it.
    figures_panel(other_article)
    entries = figures_panel(article)
    listed = next(item for item in entries if item.statistic.pk == ranked[0].pk)
    others = [figure.pk for figure in ranked if figure.article_id != article.pk]
    assert [other.pk for other in listed.elsewhere] == others[:1]
    assert listed.more_elsewhere == len(others) - 1


def panel_order(figure):
    """How the panel ranks an indicator's figures: by year (none last), value, oldest article first."""
    return (figure.year is None, figure.year or 0, figure.value, figure.article_id, figure.pk)


def test_an_indicator_lists_its_public_figures_by_year_then_value_and_counts_them_all(db):
    from articles.comparison.loaders import _indicator_figures

    indicator = Indicator.objects.create(name="Adoption")

    def cite(slug, sentence, **article):
        Article.objects.create(title=slug, slug=slug, description="d", body=sentence, **article)
        figure = Statistic.objects.get(article__slug=slug)
        figure.indicator = indicator
        figure.save()
        return figure

    published = {"status": Article.Status.PUBLISHED}
    reader = cite("lu", "En 2023, 35 % des entreprises utilisent l'IA.", **published)
    expected = [
        cite("recent", "En 2023, 30 % des entreprises utilisent l'IA.", **published),
        cite("sans-annee", "10 % des entreprises utilisent l'IA.", **published),
        cite("cinquante", "En 2022, 50 % des entreprises utilisent l'IA.", **published),
        cite("quarante", "En 2022, 40 % des entreprises utilisent l'IA.", **published),
        cite("quarante-bis", "En 2022, 40 % des entreprises utilisent l'IA.", **published),
    ]
    cite("brouillon", "En 2021, 5 % des entreprises utilisent l'IA.")
    cite(
        "programme",
        "En 2021, 7 % des entreprises utilisent l'IA.",
        publish_date=timezone.now() + timedelta(days=1),
        **published,
    )
    Statistic.objects.filter(pk=cite("rejete", "En 2021, 6 % des entreprises utilisent l'IA.", **published).pk).update(
        status=Statistic.Status.REJECTED
    )
    undated = cite("sans-date", "En 2021, 8 % des entreprises utilisent l'IA.", **published)
    Article.objects.filter(pk=undated.article_id).update(publish_date=None)  # published() never shows it
    assert [figure.year for figure in expected] == [2023, None, 2022, 2022, 2022]

    for shown in (10, 2):
        listed = _indicator_figures([indicator.pk], shown, excluded_article=reader.article_id)[indicator.pk]
        assert [figure.pk for figure in listed.figures] == [f.pk for f in sorted(expected, key=panel_order)][:shown]
        assert listed.count == len(expected)


def add_citing_articles(count, indicator):
    for index in range(count):
        Article.objects.create(
            title=f"Citant {count}-{index}",
            slug=f"citant-{count}-{index}",
            description="d",
            status=Article.Status.PUBLISHED,
            body=f"Selon Ifop, {20 + index} % des entreprises utilisent l'IA.",
        )
    Statistic.objects.filter(article__slug__startswith=f"citant-{count}-").update(indicator=indicator)


def test_article_page_costs_a_constant_number_of_queries(imported_seeds, client, django_assert_max_num_queries):
    indicator = Indicator.objects.create(name="Adoption")
    Statistic.objects.filter(text="15 %").update(indicator=indicator)
    url = Article.objects.get(slug=SEED_003).get_absolute_url()
    counts, citing = [], 0
    for extra in (1, 10):
        add_citing_articles(extra, indicator)
        citing += extra
        with django_assert_max_num_queries(MAX_QUERIES), CaptureQueriesContext(connection) as queries:
            html = client.get(url).content.decode()
        counts.append(len(queries))
        assert html.count("Citant ") == min(citing, PANEL_OTHERS_SHOWN)
    assert counts[0] == counts[1], counts


def test_a_scheduled_article_joins_the_panel_when_its_time_comes(imported_seeds, client, monkeypatch):
    indicator = Indicator.objects.create(name="Adoption")
    Statistic.objects.filter(text="15 %").update(indicator=indicator)
    publish_at = timezone.now() + timedelta(hours=1)
    Article.objects.create(
        title="Citant programmé",
        slug="citant-programme",
        description="d",
        status=Article.Status.PUBLISHED,
        publish_date=publish_at,
        body="Selon Ifop, 27 % des entreprises utilisent l'IA.",
    )
    Statistic.objects.filter(article__slug="citant-programme").update(indicator=indicator)
    assert "Citant programmé" not in panel_of(page_html(client, SEED_003))
    later = publish_at + timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Citant programmé" in panel_of(page_html(client, SEED_003))


def test_panel_marks_verified_figures_automatic_indicators_and_says_the_population(imported_seeds, client):
    Article.objects.create(
        title="L'IA dans les entreprises",
        slug="ia-dans-les-entreprises",
        status=Article.Status.PUBLISHED,
        body="Selon l'Ifop, en 2024, 40 % des entreprises utilisent déjà l'IA dans leur stratégie marketing.",
    )
    Statistic.objects.filter(text="40 %").update(status=Statistic.Status.VERIFIED)
    Statistic.objects.filter(text="15 %").update(population="entreprises")
    panel = panel_of(page_html(client, "ia-et-marketing"))
    entry = panel[panel.index("15\u00a0%") :]
    entry = entry[: entry.index("</li>\n  ")]
    assert "population&nbsp;: entreprises" in entry and "(regroupement automatique)" in entry
    assert '<strong>40\u00a0%</strong> <span class="verified-flag">✓&nbsp;vérifié</span> selon Ifop (2024)' in entry


def test_a_large_indicator_lists_a_few_figures_and_links_to_the_rest(imported_seeds, client, monkeypatch):
    monkeypatch.setattr("articles.comparison.loaders.PANEL_OTHERS_SHOWN", 1)
    indicator = Indicator.objects.create(name="Usage de l'IA")
    Statistic.objects.filter(text__in=["72 %", "70%", "Un client sur trois", "20%"]).update(indicator=indicator)

    entry = figures_panel(Article.objects.get(slug=SEED_003))
    listed = next(item for item in entry if item.statistic.text == "72 %")
    assert (len(listed.elsewhere), listed.more_elsewhere) == (1, 2)
    panel = panel_of(page_html(client, SEED_003))
    assert "et 2 autres chiffres sur cet indicateur" in panel
    assert f'href="{indicator.get_absolute_url()}"' in panel


@pytest.mark.skipif(not settings.IS_POSTGRES, reason="PostgreSQL's planner")
def test_postgres_expects_no_more_figures_than_the_panel_shows(imported_seeds):
    """PostgreSQL took a third of the indicators' ranked figures for the shown ones, and read the
    whole figures table to join so many (at 7,000 articles, 220 ms for eight large indicators where
    73 ms do): the shown rows are bounded whatever the indicators' sizes."""
    from articles.sql import indicator_figures_statement

    indicators = [Indicator.objects.create(name=f"Adoption {number}") for number in range(2)]
    for count, indicator in zip((30, 31), indicators, strict=True):
        add_citing_articles(count, indicator)
    shown = 2
    query, parameters = indicator_figures_statement([indicator.pk for indicator in indicators], shown)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_statistic, articles_article")
        cursor.execute(f"EXPLAIN (FORMAT JSON) {query}", parameters)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    assert plan[0]["Plan"]["Plan Rows"] <= shown * len(indicators), plan
