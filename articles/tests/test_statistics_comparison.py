"""The pure parts of comparing figures: French formatting, similar subjects, disagreement, charts."""

from types import SimpleNamespace

import pytest

from articles.comparison.charts import WIDTH, build_chart, nice_step
from articles.comparison.formatting import format_value
from articles.comparison.grouping import find_disagreements, group_figures
from articles.comparison.matching import affinity, read_figures, similarity, subject_words, why
from articles.figures import extract_figures

NBSP, THIN = "\u00a0", "\u202f"


def figure(
    value, value_high=None, unit="percent", currency="", qualifier="exact", subject="", source=None, pk=None, **extra
):
    return SimpleNamespace(
        **extra,
        pk=pk,
        value=value,
        value_high=value_high,
        unit=unit,
        currency=currency,
        qualifier=qualifier,
        subject=subject,
        source=SimpleNamespace(name=source) if source else None,
        source_id=source,
    )


@pytest.mark.parametrize(
    ("statistic", "expected"),
    [
        (figure(33.3), f"33,3{NBSP}%"),
        (figure(70.0, qualifier="up_to"), f"jusqu’à 70{NBSP}%"),
        (figure(35.0, qualifier="about"), f"environ 35{NBSP}%"),
        (figure(20.0, 30.0), f"20–30{NBSP}%"),
        (figure(3.0, unit="multiplier"), "×3"),
        (figure(1.5, unit="multiplier"), "×1,5"),
        (figure(2.0, unit="multiplier", qualifiers={"direction": "moins"}), "÷2"),  # "2 fois moins"
        (figure(1.5e9, unit="currency", currency="EUR"), f"1,5{NBSP}Md€"),
        (figure(200e6, unit="currency", currency="USD"), f"200{NBSP}M$"),
        (figure(5000, unit="currency", currency="EUR"), f"5{THIN}000{NBSP}€"),
        (figure(1e6, 2e6, unit="currency", currency="EUR"), f"1–2{NBSP}M€"),
        (figure(12000, unit="count", qualifier="more_than"), f"plus de 12{THIN}000"),
        (figure(2.5e6, unit="count"), f"2,5{NBSP}millions"),
        (figure(1.2e9, unit="count"), f"1,2{NBSP}milliard"),
        (figure(-20.0), f"-20{NBSP}%"),
    ],
)
def test_format_value_in_french(statistic, expected):
    assert format_value(statistic) == expected


def test_subject_words_ignore_case_accents_stop_words_and_endings():
    assert subject_words("Spécialistes du marketing utilisent déjà l'IA") == subject_words(
        "specialiste marketing utilise deja IA"
    )
    assert "du" not in subject_words("coûts du marketing")
    assert subject_words("ventes locales") & subject_words("la vente annuelle") == {"vent"}


def test_similarity_is_jaccard_over_words():
    adobe = subject_words("entreprises utilisent déjà l'IA dans leur stratégie marketing")
    salesforce = subject_words("spécialistes du marketing utilisent déjà l'IA")
    assert similarity(adobe, salesforce) == pytest.approx(4 / 7)
    assert similarity(adobe, frozenset()) == 0.0
    assert similarity(subject_words("ventes locales"), subject_words("ventes annuelles")) == pytest.approx(1 / 3)


def test_suggestions_group_comparable_figures_and_never_other_populations():
    """Adobe's 15 % of companies and Salesforce's 51 % of marketers are not one indicator."""
    from articles.figures import extract_figures

    body = (
        "Selon Adobe, 15 % des entreprises utilisent déjà l'IA dans leur stratégie marketing.\n\n"
        "Selon Salesforce, 51 % des spécialistes du marketing utilisent déjà l'IA.\n\n"
        "Selon HubSpot, 64 % des marketeurs utilisent déjà l'IA.\n\n"
        "L'IA multiplie par trois la productivité des entreprises.\n\n"
        "Les ventes locales ont progressé de 20 %."
    )
    figures = extract_figures(body)
    readings = read_figures(figures)
    groups = group_figures(figures, readings)
    assert [[figures[index].text for index in group] for group in groups] == [["51 %", "64 %"]]
    grouped_readings = [readings[index] for index in groups[0]]
    assert why(grouped_readings)["population"] == "marketeurs"
    assert why(grouped_readings)["unité"] == "pourcentage"


def test_sources_disagree_when_far_apart():
    adobe = figure(15, source="Adobe", pk=1)
    salesforce = figure(51, source="Salesforce", pk=2)
    close = figure(16, source="Ifop", pk=3)
    unsourced = figure(90, pk=4)
    same_source = figure(60, source="Adobe", pk=5)
    pairs = {(d.low.pk, d.high.pk) for d in find_disagreements([adobe, salesforce, close, unsourced, same_source])}
    assert pairs == {(1, 2), (3, 2), (3, 5)}, "same source, no source, or within 25 %: no disagreement"


def test_overlapping_ranges_do_not_disagree_but_distant_ones_do():
    mckinsey = figure(20, 30, source="McKinsey", pk=1)
    overlapping = figure(28, 40, source="BCG", pk=2)
    distant = figure(60, 70, source="Bain", pk=3)
    pairs = {(d.low.pk, d.high.pk) for d in find_disagreements([mckinsey, overlapping, distant])}
    assert pairs == {(1, 3), (2, 3)}


def test_divergence_is_said_once_with_its_spread_and_likely_reasons():
    from articles.comparison.grouping import divergence

    adobe = figure(15, source="Adobe", pk=1)
    salesforce = figure(51, source="Salesforce", pk=2)
    close = figure(16, source="Ifop", pk=3)
    for statistic, year in ((adobe, 2021), (salesforce, 2024), (close, 2024)):
        statistic.year, statistic.display_value = year, format_value(statistic)
    statistics = [adobe, salesforce, close]
    summary = divergence(statistics, find_disagreements(statistics))
    assert summary.description == f"de 15{NBSP}% (Adobe, 2021) à 51{NBSP}% (Salesforce, 2024), un écart de 36 points"
    assert summary.reasons[0] == "des années différentes (2021 à 2024)"
    assert divergence([adobe, close], find_disagreements([adobe, close])) is None


def test_disagreement_needs_the_same_unit():
    assert find_disagreements([figure(15, source="A"), figure(51, unit="count", source="B")]) == []


def test_nice_step():
    assert [nice_step(x) for x in (0.3, 7, 13, 220, 0)] == [0.5, 10, 20, 250, 1]


def test_chart_draws_points_from_zero_and_ranges_between_their_ends():
    chart = build_chart(
        "c", "Adoption", [("Adobe", 15, None, "15 %", True), ("McKinsey", 20, 30, "20–30 %", False)], "percent"
    )
    point, span = chart.rows
    plot = WIDTH - 2 * 16
    assert point.bar_x == 16 and point.bar_width == pytest.approx(0.15 * plot, abs=0.1)
    assert span.is_range and span.bar_x == pytest.approx(16 + 0.2 * plot, abs=0.1)
    assert span.bar_width == pytest.approx(0.1 * plot, abs=0.1)
    assert [tick.label for tick in chart.ticks] == ["0", "25", "50", "75", "100"]
    assert point.verified and not span.verified and point.label == "Adobe"
    assert "Adobe : 15 %" in chart.description and "vérifiées par la rédaction : 1." in chart.description
    assert chart.height > chart.axis_y > span.bar_y


def test_chart_scale_follows_values_beyond_a_hundred():
    chart = build_chart("c", "Montants", [("A", 120e6, None, "120 M€", False)], "currency")
    assert [tick.label for tick in chart.ticks] == ["0", "50\u202fM", "100\u202fM", "150\u202fM"]
    assert chart.rows[0].value_inside is False


def test_an_intention_is_never_the_deed():
    """ "31 % prévoient de l'utiliser" below "15 % des entreprises utilisent l'IA": the same companies
    (the extractor says so), not the same measure."""
    figures = extract_figures(
        "- 15 % des entreprises utilisent déjà l'IA dans leur marketing\n- 31 % prévoient de l'utiliser d'ici un an"
    )
    using, planning = read_figures(figures)
    assert figures[1].population == "entreprises" and using.population == planning.population
    assert affinity(using, planning) == 0.0
