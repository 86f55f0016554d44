"""What `make run` shows: the seeds and the sample articles of `fixtures/sample/`, compared with no
editor action.

The seeds hold no two figures an editor would compare (README, "Statistics"); the sample's short
articles cite figures of published studies (Fevad's e-commerce years 2022 and 2023, the Insee's
companies using AI in 2024, We Are Social's Digital Reports 2021 and 2022), each study told by two
articles in other words. Below, their figures grouped by hand, before the grouper ran on them.
"""

from itertools import combinations

import pytest

from articles.tests.conftest import PROJECT_DIR

SAMPLE_DIR = PROJECT_DIR / "fixtures" / "sample"

# Per file, the value of each figure → the indicator an editor would put it in (None: nothing
# else in the sample or the seeds measures the same thing).
SAMPLE_GROUPING = {
    "fevad-bilan-2023.md": {
        159.9e9: "ecommerce-revenue",
        10.5: "ecommerce-growth",
        20: "services-growth",
        97e9: "services-revenue",
        1.8: "products-growth",
        39.4e6: "online-buyers",
        60: "orders-per-buyer",
        4055: "spend-per-buyer",
        68: "average-basket",
    },
    "fevad-bilan-2022.md": {
        146.9e9: "ecommerce-revenue",
        13.8: "ecommerce-growth",
        12.5: None,
        7: "products-growth",
        65: "average-basket",
        3515: "spend-per-buyer",
    },
    "ecommerce-lecons-commercants.md": {
        160e9: "ecommerce-revenue",
        10: "ecommerce-growth",
        97e9: "services-revenue",
        19.3: "services-growth",
        39.4e6: "online-buyers",
        60: "orders-per-buyer",
        68: "average-basket",
    },
    "ia-entreprises-insee-2024.md": {
        10: "ai-companies",
        6: "ai-companies",
        9: "ai-companies-under-50",
        15: "ai-companies-50-249",
        33: "ai-companies-250-plus",
        42: "ai-companies-information",
        13: None,  # the European Union's: no other figure of it
    },
    "ia-grandes-entreprises-pme.md": {
        33: "ai-companies-250-plus",
        15: "ai-companies-50-249",
        9: "ai-companies-under-50",
        49: "ai-users-share-of-revenue",
        40: "ai-users-share-of-revenue",
        42: "ai-companies-information",
        10: "ai-companies-trade",
        4: "ai-companies-trade",
    },
    "digital-report-2022.md": {
        60.92e6: "internet-users",
        93: "internet-users-share",
        52.6e6: "social-users",
        80.3: "social-users-share",
    },
    "digital-report-2021.md": {
        91: "internet-users-share",
        59.47e6: "internet-users",
        49.6e6: "social-users",
        75.9: "social-users-share",
    },
}


@pytest.fixture
def make_run_content(imported_seeds):
    """The seeds as `make run` leaves them, and the sample articles it imports beside them."""
    from articles.importing import import_paths

    reports = import_paths([SAMPLE_DIR], progress=False)
    assert [r.status for r in reports] == ["created"] * len(SAMPLE_GROUPING), [(r.error, r.warnings) for r in reports]


def grouped_pairs():
    """Pairs of figures the grouper put in one indicator, each figure as its hand label; a figure
    the hand grouping leaves alone, or does not list (the seeds'), pairs with nothing."""
    from articles.models import Statistic

    by_indicator = {}
    rows = Statistic.objects.filter(indicator__isnull=False).values_list("article__source_path", "value", "indicator")
    for source_path, value, indicator in rows:
        labels = SAMPLE_GROUPING.get(source_path.rsplit("/", 1)[-1], {})
        label = labels.get(value) or f"{source_path}:{value}"
        by_indicator.setdefault(indicator, []).append(label)
    return [pair for labels in by_indicator.values() for pair in combinations(labels, 2)]


def hand_pairs():
    labels = [label for values in SAMPLE_GROUPING.values() for label in values.values() if label]
    return [(a, b) for a, b in combinations(labels, 2) if a == b]


def test_the_sample_articles_are_published_with_every_figure_the_hand_grouping_lists(make_run_content):
    from articles.models import Article, Statistic

    for name, values in SAMPLE_GROUPING.items():
        article = Article.objects.get(source_path=f"{SAMPLE_DIR.relative_to(PROJECT_DIR)}/{name}")
        assert article.is_public, (name, article.guesses)
        found = sorted(Statistic.objects.filter(article=article).values_list("value", flat=True))
        assert found == sorted(values), name


def test_after_make_run_the_statistics_page_compares_what_the_sample_articles_say(make_run_content, client):
    from django.urls import reverse

    from articles.models import Indicator

    predicted = grouped_pairs()
    wrong = [pair for pair in predicted if pair[0] != pair[1]]
    assert not wrong, "a wrong merge is worse than a miss"
    assert len(predicted) >= 0.95 * len(hand_pairs()), (len(predicted), len(hand_pairs()))

    spanning = [
        indicator
        for indicator in Indicator.objects.filter(automatic=True)
        if indicator.statistics.values("article").distinct().count() > 1
    ]
    assert len(spanning) >= 10
    pages = [client.get(reverse("articles:statistics"), {"page": number}).content.decode() for number in (1, 2)]
    assert "Aucun indicateur ne regroupe" not in pages[0]
    for indicator in spanning:
        assert any(f'id="indicateur-{indicator.slug}"' in page for page in pages), indicator.name
