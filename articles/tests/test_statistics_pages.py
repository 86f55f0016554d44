"""`/statistiques/` and its downloads, through the test client, on the seeds imported for real."""

import csv
import io
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Indicator, Source, Statistic, Theme

MAX_QUERIES = 8
EXPORT_KEYS = [
    "article",
    "article_title",
    "value",
    "value_high",
    "unit",
    "currency",
    "qualifier",
    "subject",
    "source",
    "year",
    "sentence",
    "indicator",
    "status",
    "indicator_automatic",
    "population",
    "measure",
    "qualifiers",
    "forecast",
]
SEED_000 = "intelligence-artificielle-et-transformation-du-marketing"
SEED_001 = "l-intelligence-artificielle-generative-et-son-impact-sur-le-marketing"
SEED_003 = "ia-et-marketing"
# The twelve figures of the seeds, read by a person: (article, value, high, unit, qualifier, source, year).
SEED_FIGURES = sorted(
    [
        (SEED_000, 33.3, None, "percent", "exact", "", None),  # un client sur trois
        (SEED_000, 70.0, None, "percent", "up_to", "", 2024),  # jusqu'à 70 % des demandes client
        (SEED_000, 45.0, None, "percent", "exact", "", None),  # 45 % des utilisateurs
        (SEED_000, 3.0, None, "multiplier", "exact", "", None),  # productivité par trois
        (SEED_001, 20.0, None, "percent", "exact", "", None),  # +20 % de ventes locales
        (SEED_003, 15.0, None, "percent", "exact", "Adobe", None),
        (SEED_003, 31.0, None, "percent", "exact", "Adobe", None),
        (SEED_003, 51.0, None, "percent", "exact", "Salesforce", None),
        (SEED_003, 72.0, None, "percent", "exact", "Gartner", 2022),
        (SEED_003, 20.0, 30.0, "percent", "exact", "McKinsey", None),
        (SEED_003, 10.0, 20.0, "percent", "exact", "McKinsey", None),
        (SEED_003, 35.0, None, "percent", "about", "", None),  # environ 35 % des ventes d'Amazon
    ],
    key=repr,
)


def streamed_text(response):
    """The body of a streamed download, as the reader's client receives it."""
    assert response.streaming, "downloads are streamed, never built in memory"
    return b"".join(response.streaming_content).decode("utf-8")


def exported_json(client):
    response = client.get(reverse("articles:statistics_json"))
    assert response.status_code == 200
    return json.loads(streamed_text(response))


def as_row(item):
    return (
        item["article"],
        item["value"],
        item["value_high"],
        item["unit"],
        item["qualifier"],
        item["source"],
        item["year"],
    )


def test_json_export_holds_exactly_the_twelve_seed_figures(imported_seeds, client):
    response = client.get(reverse("articles:statistics_json"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    items = json.loads(streamed_text(response))
    assert all(list(item) == EXPORT_KEYS for item in items)
    assert sorted((as_row(item) for item in items), key=repr) == SEED_FIGURES
    for item in items:
        assert item["status"] == "extracted" and item["indicator"] == "" and item["indicator_automatic"] is False
        assert isinstance(item["qualifiers"], dict) and isinstance(item["forecast"], bool)
        assert item["article_title"] == Article.objects.get(slug=item["article"]).title
        assert "`" not in item["sentence"] and len(item["sentence"]) > len(item["subject"])
    amazon = next(item for item in items if item["qualifier"] == "about")
    assert "Amazon" in amazon["sentence"] and amazon["subject"] == "ventes annuelles"


def test_exports_leave_out_rejected_figures_and_unpublished_articles(imported_seeds, client):
    Statistic.objects.filter(text="31 %").update(status=Statistic.Status.REJECTED)
    Article.objects.filter(slug=SEED_001).update(status=Article.Status.DRAFT)
    Article.objects.filter(slug=SEED_000).update(publish_date=timezone.now() + timezone.timedelta(days=1))
    rows = exported_json(client)
    assert sorted(row["value"] for row in rows) == [10.0, 15.0, 20.0, 35.0, 51.0, 72.0]
    assert {row["article"] for row in rows} == {SEED_003}


def test_csv_export_is_utf8_and_neutralises_formulas(imported_seeds, client):
    statistic = Statistic.objects.get(text="51 %")
    Statistic.objects.filter(pk=statistic.pk).update(subject='=HYPERLINK("http://x")', edited=True)
    Source.objects.filter(name="Adobe").update(name="@Adobe")
    response = client.get(reverse("articles:statistics_csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = streamed_text(response)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert list(rows[0]) == EXPORT_KEYS
    assert len(rows) == 12
    hyperlink = next(row for row in rows if row["sentence"].startswith("51 %"))
    assert hyperlink["subject"] == '\'=HYPERLINK("http://x")'
    assert {row["source"] for row in rows if row["value"] in {"15.0", "31.0"}} == {"'@Adobe"}
    assert any("stratégie" in row["subject"] for row in rows), "accents survive the UTF-8 round trip"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


def add_articles(count, indicator):
    """More published articles citing figures, some under the same indicator."""
    theme = Theme.objects.create(name=f"Thème {count}")
    for index in range(count):
        Article.objects.create(
            title=f"Article chiffré {count}-{index}",
            slug=f"article-chiffre-{count}-{index}",
            description="d",
            theme=theme,
            status=Article.Status.PUBLISHED,
            body=f"Selon l'Ifop, {index + 10} % des entreprises utilisent déjà l'IA.\n\nLe budget a doublé de {index} %.",
        )
    figures = Statistic.objects.filter(article__theme=theme)
    figures.filter(subject__contains="entreprises").update(indicator=indicator)
    # The other figures (alike: the grouper gave them an automatic indicator) are left to no indicator.
    figures.exclude(subject__contains="entreprises").update(indicator=None)
    Indicator.objects.filter(automatic=True, statistics__isnull=True).delete()


def test_statistics_page_costs_a_constant_number_of_queries(imported_seeds, client, django_assert_max_num_queries):
    indicator = Indicator.objects.create(name="Adoption de l'IA")
    Statistic.objects.filter(text__in=["15 %", "51 %"]).update(indicator=indicator)
    counts = []
    for extra in (0, 6):
        if extra:
            add_articles(extra, indicator)
        with django_assert_max_num_queries(MAX_QUERIES), CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("articles:statistics"))
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    html = response.content.decode()
    section = html[html.index('id="indicateur-adoption-de-l-ia"') :]
    assert section[: section.index("</article>")].count('class="chart-bar"') == 2 + 6


def test_statistics_page_compares_indicators_and_flags_disagreement(imported_seeds, client):
    indicator = Indicator.objects.create(name="Adoption de l'IA")
    Statistic.objects.filter(text__in=["15 %", "51 %"]).update(indicator=indicator)
    html = client.get(reverse("articles:statistics")).content.decode()

    section = html[html.index('id="indicateur-adoption-de-l-ia"') :]
    section = section[: section.index("</article>")]
    assert section.count('role="img"') == 1
    assert re.search(r'<svg[^>]*role="img"[^>]*aria-labelledby="([^" ]+) ([^"]+)"', section)
    assert "<title id=" in section and "<desc id=" in section
    assert section.count("Les sources divergent") == 1, "said once for the indicator"
    assert "de 15\u00a0% (Adobe" in section and "à 51\u00a0% (Salesforce" in section and "Raisons probables" in section
    assert "<table" in section and "(divergence" not in section, "not repeated on every label"
    # Figures without an indicator are listed article by article.
    others = html[html.index('id="titre-non-classes"') :]
    for value in ("33,3\u00a0%", "jusqu’à 70\u00a0%", "×3", "20–30\u00a0%", "environ 35\u00a0%"):
        assert value in others
    assert "51\u00a0%" not in others
    assert 'style="' not in html and "<script" not in html


def test_statistics_page_escapes_what_editors_and_articles_write(imported_seeds, client):
    Statistic.objects.filter(text="45%").update(subject="<script>alert(1)</script>", edited=True)
    Indicator.objects.create(name="<b>Indicateur</b>", slug="b-indicateur")
    Statistic.objects.filter(text="70%").update(indicator=Indicator.objects.get(slug="b-indicateur"))
    html = client.get(reverse("articles:statistics")).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "<b>Indicateur</b>" not in html and "&lt;b&gt;Indicateur&lt;/b&gt;" in html


def test_statistics_page_filters_by_theme_and_source(imported_seeds, client):
    url = reverse("articles:statistics")
    by_source = client.get(url, {"source": "adobe"}).content.decode()
    assert "15\u00a0%" in by_source and "31\u00a0%" in by_source
    assert "51\u00a0%" not in by_source and "33,3\u00a0%" not in by_source
    assert '<option value="adobe" selected>' in by_source

    theme = Article.objects.get(slug=SEED_000).theme
    by_theme = client.get(url, {"theme": theme.slug}).content.decode()
    assert "33,3\u00a0%" in by_theme and "15\u00a0%" not in by_theme

    nothing = client.get(url, {"theme": "inconnu"}).content.decode()
    assert "33,3\u00a0%" not in nothing and "Tous les chiffres cités sont rattachés" in nothing


def test_filter_choices_follow_the_figures_and_are_read_once(imported_seeds, client):
    url = reverse("articles:statistics")
    with CaptureQueriesContext(connection) as first:
        assert '<option value="adobe">' in client.get(url).content.decode()
    with CaptureQueriesContext(connection) as again:
        client.get(url)

    def reads_choices(queries):
        return [
            table
            for table in ("articles_theme", "articles_source")
            if f'FROM "{table}"' in str(queries.captured_queries)
        ]

    assert (reads_choices(first), reads_choices(again)) == (["articles_theme", "articles_source"], [])
    Statistic.objects.filter(source__slug="adobe").update(status=Statistic.Status.REJECTED)
    assert '<option value="adobe">' not in client.get(url).content.decode()


def test_an_indicators_chart_keeps_to_the_theme_and_source_asked_for(imported_seeds, client):
    adoption = Indicator.objects.create(name="Adoption de l'IA")
    Statistic.objects.filter(text__in=["15 %", "31 %", "51 %"]).update(indicator=adoption)
    Statistic.objects.filter(text="31 %").update(source=Source.objects.get(name__icontains="salesforce"))
    url = reverse("articles:statistics")

    everything = client.get(url).content.decode()
    by_source = client.get(url, {"source": "adobe"}).content.decode()

    assert everything.count('class="chart-bar"') == 3
    assert by_source.count('class="chart-bar"') == 1 and ">15\u00a0%</text>" in by_source
    for theme in Theme.objects.filter(articles__statistics__indicator=adoption).distinct():
        by_theme = client.get(url, {"theme": theme.slug}).content.decode()
        drawn = Statistic.objects.filter(indicator=adoption, article__theme=theme)
        assert by_theme.count('class="chart-bar"') == drawn.count(), theme.name


def article_tables(html):
    others = html[html.index('id="titre-non-classes"') :]
    return re.findall(r'<caption><a href="/articles/([^/"]+)/">', others)


def test_figures_without_indicator_are_paged_article_by_article(imported_seeds, client, monkeypatch):
    monkeypatch.setattr("articles.comparison.page.ARTICLES_PER_PAGE", 2)
    url = reverse("articles:statistics")
    first = client.get(url).content.decode()
    second = client.get(url, {"page": 2}).content.decode()

    newest_first = list(
        Article.objects.filter(statistics__isnull=False)
        .distinct()
        .order_by("-publish_date", "-pk")
        .values_list("slug", flat=True)
    )
    assert len(newest_first) == 3
    assert article_tables(first) == newest_first[:2]
    assert article_tables(second) == newest_first[2:]
    assert 'rel="next" href="?page=2"' in first and 'rel="prev"' not in first
    assert 'rel="prev" href="/statistiques/"' in second and 'rel="next"' not in second
    assert client.get(url, {"page": 3}).status_code == 404
    assert client.get(url, {"page": "deux"}).status_code == 404
    assert client.get(url, {"page": 0}).status_code == 404


def test_pages_keep_the_filters(imported_seeds, client, monkeypatch):
    monkeypatch.setattr("articles.comparison.page.ARTICLES_PER_PAGE", 1)
    add_articles(2, indicator=None)  # two articles citing l'Ifop, the seeds never do
    ifop = Source.objects.get(name__icontains="ifop")
    url = reverse("articles:statistics")
    first = client.get(url, {"source": ifop.slug}).content.decode()
    assert f'rel="next" href="?source={ifop.slug}&amp;page=2"' in first
    second = client.get(url, {"source": ifop.slug, "page": 2}).content.decode()
    assert len(article_tables(first)) == len(article_tables(second)) == 1
    assert article_tables(first) != article_tables(second)
    assert client.get(url, {"source": ifop.slug, "page": 3}).status_code == 404


def test_indicators_are_paged_and_their_charts_capped(imported_seeds, client, monkeypatch):
    monkeypatch.setattr("articles.comparison.page.INDICATORS_PER_PAGE", 1)
    monkeypatch.setattr("articles.comparison.page.CHART_ROWS", 2)
    adoption = Indicator.objects.create(name="Adoption de l'IA")
    budget = Indicator.objects.create(name="Budget marketing")
    Statistic.objects.filter(text__in=["15 %", "31 %", "51 %"]).update(indicator=adoption)
    Statistic.objects.filter(text="72 %").update(indicator=budget)
    url = reverse("articles:statistics")

    first = client.get(url).content.decode()
    assert 'id="indicateur-adoption-de-l-ia"' in first and 'id="indicateur-budget-marketing"' not in first
    assert first.count('class="chart-bar"') == 2, "the lowest two of three figures are drawn"
    assert "D’autres chiffres se rattachent à cet indicateur" in first
    second = client.get(url, {"page": 2}).content.decode()
    assert 'id="indicateur-budget-marketing"' in second and 'id="indicateur-adoption-de-l-ia"' not in second
    assert "Les autres chiffres figurent sur les pages précédentes." in second


def test_an_indicator_beyond_the_first_page_is_reached_by_its_own_address(imported_seeds, client, monkeypatch):
    """The article panel links to an indicator: that address shows it, wherever it falls in the list."""
    monkeypatch.setattr("articles.comparison.page.INDICATORS_PER_PAGE", 1)
    Statistic.objects.filter(text="15 %").update(indicator=Indicator.objects.create(name="Adoption de l'IA"))
    budget = Indicator.objects.create(name="Budget marketing")
    Statistic.objects.filter(text="72 %").update(indicator=budget)

    page = client.get(budget.get_absolute_url()).content.decode()

    assert 'id="indicateur-budget-marketing"' in page and 'id="indicateur-adoption-de-l-ia"' not in page
    assert "client abandonne une marque" not in page, "the figures of no indicator are left out"
    assert 'name="indicateur" value="budget-marketing"' in page, "the filters keep the indicator"


def test_statistics_page_costs_the_same_queries_and_size_at_two_data_sizes(
    imported_seeds, client, django_assert_max_num_queries
):
    from articles.comparison.page import ARTICLES_PER_PAGE

    indicator = Indicator.objects.create(name="Adoption de l'IA")
    measures = []
    for extra in (ARTICLES_PER_PAGE + 5, 3 * ARTICLES_PER_PAGE):
        add_articles(extra, indicator)
        with django_assert_max_num_queries(MAX_QUERIES), CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("articles:statistics"))
        html = response.content.decode()
        measures.append((len(queries), len(article_tables(html))))
        assert 'rel="next"' in html
    assert measures[0] == measures[1] == (measures[0][0], ARTICLES_PER_PAGE), measures
    assert len(exported_json(client)) == Statistic.objects.public().count(), "downloads stay complete"


@pytest.mark.parametrize("page", ["0", "-1", "abc", "9223372036854775807", "1000001"])
def test_page_numbers_out_of_range_are_404(client, db, page):
    assert client.get(reverse("articles:statistics"), {"page": page}).status_code == 404


def test_exports_say_which_indicator_is_automatic(imported_seeds, client):
    Article.objects.create(
        title="L'IA dans les entreprises",
        slug="ia-dans-les-entreprises",
        status=Article.Status.PUBLISHED,
        body="Selon l'Ifop, en 2024, 40 % des entreprises utilisent déjà l'IA dans leur stratégie marketing.",
    )
    indicator = Statistic.objects.get(text="15 %").indicator
    items = [item for item in exported_json(client) if item["indicator"]]
    assert {(item["value"], item["indicator"], item["indicator_automatic"]) for item in items} == {
        (15.0, indicator.name, True),
        (40.0, indicator.name, True),
    }
    text = streamed_text(client.get(reverse("articles:statistics_csv")))
    header = next(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert header == EXPORT_KEYS


def test_themes_and_sources_are_offered_in_french_alphabetical_order(imported_seeds, client):
    """The databases compare code points: "Économie" came after "Stratégie"."""
    Theme.objects.filter(name="Stratégie").update(name="Économie")
    page = client.get(reverse("articles:statistics")).content.decode()
    themes = re.search(r'<select id="filtre-theme".*?</select>', page, re.DOTALL).group()
    offered = re.findall(r'<option value="[^"]+"[^>]*>([^<]*)</option>', themes)
    assert offered == sorted(offered, key=lambda name: name.replace("É", "E")) and "Économie" in offered
