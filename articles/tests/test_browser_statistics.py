"""A reader comparing figures in Debian's Chromium: /statistiques/, the panel, CSP and axe-core."""

import pytest

from articles.models import Article, Indicator, Statistic
from articles.tests.test_browser_public import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEED_003 = "ia-et-marketing"


@pytest.fixture
def adoption(imported_seeds):
    """Adobe's 15 % of companies, and a comparable figure another article cites: grouped on save."""
    Article.objects.create(
        title="L'IA dans les entreprises",
        slug="ia-dans-les-entreprises",
        status=Article.Status.PUBLISHED,
        body="Selon l'Ifop, en 2024, 40 % des entreprises utilisent déjà l'IA dans leur stratégie marketing.",
    )
    indicator = Statistic.objects.get(text="15 %").indicator
    assert indicator is not None and indicator.automatic
    assert Statistic.objects.get(text="51 %").indicator is None, "marketers are not companies"
    Indicator.objects.filter(pk=indicator.pk).update(name="Adoption de l'IA en marketing")
    indicator.refresh_from_db()
    return indicator


def test_statistics_page_charts_and_flags_disagreement(page, live_server, adoption, artifact_dir):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/statistiques/")
    assert page.locator("h1").inner_text() == "Les chiffres cités"

    section = page.locator(f"#indicateur-{adoption.slug}")
    chart = section.locator('svg[role="img"]')
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box["width"] > 300 and box["height"] > 60
    assert chart.locator("title").text_content() == f"{adoption.name} : valeurs citées"
    assert "Adobe" in chart.locator("desc").text_content()
    bars = chart.locator("rect.chart-bar")
    assert bars.count() == 2
    widths = sorted(float(bars.nth(i).get_attribute("width")) for i in range(2))
    assert widths[1] / widths[0] == pytest.approx(40 / 15, rel=0.02), "bars are drawn to scale"
    assert section.locator(".disagreement").count() == 1
    assert "de 15\u00a0% (Adobe" in section.locator(".disagreement").inner_text()
    assert section.get_by_text("Regroupement automatique").is_visible()
    assert section.locator("table tbody tr").count() == 2
    assert page.locator("#titre-non-classes ~ .table-scroll > table").count() == 3, (
        "seeds 000, 001 and 003 list their other figures"
    )
    page.screenshot(path=str(artifact_dir / "statistics-page.png"), full_page=True)
    assert_accessible(page, "/statistiques/")

    page.select_option("#filtre-source", "adobe")
    page.get_by_role("button", name="Filtrer").click()
    page.wait_for_url("**source=adobe**")
    values = page.locator("td.figure-value").all_inner_texts()
    assert sorted(v.strip() for v in values) == ["15\u00a0%", "31\u00a0%"]
    page.screenshot(path=str(artifact_dir / "statistics-page-adobe.png"), full_page=True)


def test_reader_jumps_between_a_figure_in_the_text_and_its_panel_entry(page, live_server, adoption, artifact_dir):
    article = Article.objects.get(slug=SEED_003)
    figure = article.statistics.get(text="15 %")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}{article.get_absolute_url()}")

    page.locator(f"#chiffre-{figure.pk} a").click()
    page.wait_for_url(f"**#stat-{figure.pk}")
    entry = page.locator(f"#stat-{figure.pk}")
    assert "Adobe" in entry.inner_text()
    assert "Indicateur\u00a0: Adoption de l’IA en marketing" in entry.inner_text()
    page.screenshot(path=str(artifact_dir / "statistics-panel.png"), full_page=True)

    entry.locator(f'a[href="#chiffre-{figure.pk}"]').click()
    page.wait_for_url(f"**#chiffre-{figure.pk}")
    assert page.locator(f"#chiffre-{figure.pk}").is_visible()
    assert_accessible(page, "article with figures")


def test_pages_raise_no_content_security_policy_violation(new_context, live_server, adoption):
    page = new_context().new_page()  # the policy enforced, unlike the shared `page`
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    for path in ("/statistiques/", Article.objects.get(slug=SEED_003).get_absolute_url()):
        response = page.goto(f"{live_server.url}{path}")
        assert "default-src 'self'" in response.headers["content-security-policy"]
        assert page.locator('link[href$="statistics.css"]').count() >= 1
        color = page.evaluate("getComputedStyle(document.querySelector('mark.chiffre, .disagreement')).backgroundColor")
        assert color not in ("rgba(0, 0, 0, 0)", "transparent"), f"{path}: our stylesheet applies"
    assert violations == []


def test_figures_panel_sits_beside_the_text_on_a_wide_screen_and_after_it_on_a_phone(page, live_server, imported_seeds):
    url = f"{live_server.url}{Article.objects.get(slug=SEED_003).get_absolute_url()}"
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(url)
    text, panel = page.locator(".article-body").bounding_box(), page.locator("#chiffres-cites").bounding_box()
    assert panel["x"] >= text["x"] + text["width"], "beside the text, on its right"
    assert abs(panel["y"] - text["y"]) < 5, "level with the start of the text"

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(url)
    text, panel = page.locator(".article-body").bounding_box(), page.locator("#chiffres-cites").bounding_box()
    assert panel["y"] >= text["y"] + text["height"], "after the text"
    assert panel["x"] + panel["width"] <= 390


def test_at_390_pixels_the_comparison_does_not_scroll_sideways_and_its_labels_are_readable(
    page, live_server, adoption, artifact_dir
):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/statistiques/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, "no sideways scroll"
    chart = page.locator(f"#indicateur-{adoption.slug} svg[role='img']")
    assert chart.bounding_box()["x"] + chart.bounding_box()["width"] <= 390
    label = chart.locator(".chart-label-short").first
    assert label.is_visible() and not chart.locator(".chart-label-long").first.is_visible()
    assert label.bounding_box()["height"] >= 13, "label text at least 13 px high on screen"
    assert label.bounding_box()["x"] + label.bounding_box()["width"] <= 390
    page.screenshot(path=str(artifact_dir / "statistics-page-390.png"), full_page=True)
