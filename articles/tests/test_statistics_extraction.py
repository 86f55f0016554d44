"""Re-extraction on save keeps every editor decision, and the stored body highlights the figures."""

import re

import pytest

from articles.comparison.highlighting import highlight_figures
from articles.models import Article, Indicator, Statistic
from articles.typography import french_text

pytestmark = pytest.mark.django_db

BODY = """# Adoption

Selon Adobe, 15 % des entreprises utilisent déjà l'IA.

Selon Salesforce, 51 % des spécialistes du marketing utilisent déjà l'IA.

Les chatbots traitent jusqu'à 70% des demandes client.
"""


def make_article(body=BODY, **fields):
    return Article.objects.create(
        title="Chiffres", slug="chiffres", body=body, status=Article.Status.PUBLISHED, description="d", **fields
    )


def by_text(article):
    return {s.text: s for s in article.statistics.all()}


def test_decisions_survive_a_body_change_and_rejected_figure_does_not_come_back():
    article = make_article()
    figures = by_text(article)
    assert set(figures) == {"15 %", "51 %", "70%"}
    assert {s.status for s in figures.values()} == {Statistic.Status.EXTRACTED}

    verified, rejected, edited = figures["15 %"], figures["51 %"], figures["70%"]
    Statistic.objects.filter(pk=verified.pk).update(status=Statistic.Status.VERIFIED)
    Statistic.objects.filter(pk=rejected.pk).update(status=Statistic.Status.REJECTED)
    Statistic.objects.filter(pk=edited.pk).update(value=72.0, subject="demandes traitées seules", edited=True)

    article.refresh_from_db()
    article.body = BODY.replace("# Adoption", "# Adoption de l'IA") + "\nEnfin, 45 % des clients hésitent.\n"
    article.save()

    after = {s.pk: s for s in article.statistics.all()}
    assert after[verified.pk].status == Statistic.Status.VERIFIED
    assert after[verified.pk].value == 15.0
    assert after[rejected.pk].status == Statistic.Status.REJECTED
    assert after[edited.pk].value == 72.0 and after[edited.pk].subject == "demandes traitées seules"
    assert after[edited.pk].edited and after[edited.pk].status == Statistic.Status.EXTRACTED
    texts = sorted(s.text for s in after.values())
    assert texts == ["15 %", "45 %", "51 %", "70%"], "no figure may come back beside an editor's decision"
    new = [s for s in after.values() if s.text == "45 %"]
    assert new[0].status == Statistic.Status.EXTRACTED and not new[0].edited


def test_a_figure_found_again_keeps_its_row_and_indicator():
    article = make_article()
    indicator = Indicator.objects.create(name="Adoption de l'IA")
    figure = article.statistics.get(text="15 %")
    Statistic.objects.filter(pk=figure.pk).update(indicator=indicator)

    article.body = "Une introduction ajoutée.\n\n" + BODY
    article.save()

    again = article.statistics.get(text="15 %")
    assert again.pk == figure.pk
    assert again.indicator == indicator
    assert again.start == figure.start + len("Une introduction ajoutée.\n\n")


def test_dropped_figures_disappear_unless_an_editor_decided_on_them():
    article = make_article()
    Statistic.objects.filter(article=article, text="51 %").update(status=Statistic.Status.VERIFIED)
    article.body = "Plus aucun chiffre ici."
    article.save()
    assert list(article.statistics.values_list("text", flat=True)) == ["51 %"]


def test_stored_body_links_each_visible_figure_to_its_panel_entry():
    article = make_article()
    figures = by_text(article)
    article.refresh_from_db()
    for text, statistic in figures.items():
        assert (
            f'<mark id="chiffre-{statistic.pk}" class="chiffre"><a href="#stat-{statistic.pk}">{french_text(text)}</a></mark>'
            in (article.body_html)
        )

    Statistic.objects.filter(pk=figures["51 %"].pk).update(status=Statistic.Status.REJECTED)
    from articles.comparison.state import store_highlighted_body

    store_highlighted_body(article)
    article.refresh_from_db()
    assert f"chiffre-{figures['51 %'].pk}" not in article.body_html
    assert "51\u00a0%" in article.body_html
    assert article.body_html.count("<mark") == 2


def test_seed_bodies_are_highlighted_on_import(imported_seeds):
    article = Article.objects.get(slug="ia-et-marketing")
    marked = re.findall(
        r'<mark id="chiffre-(\d+)" class="chiffre"><a href="#stat-\1">(.*?)</a></mark>', article.body_html
    )
    assert [text for _, text in marked] == [
        "15 %",
        "31 %",
        "51 %",
        "72 %",
        "20 à 30 %",
        "10 à 20 %",
        "35\u00a0%",
    ]  # the others are in code
    assert sorted(int(pk) for pk, _ in marked) == sorted(article.statistics.values_list("pk", flat=True))


@pytest.mark.parametrize(
    ("html", "figures", "expected"),
    [
        (
            "<p>Un client sur\ntrois part.</p>",
            [(1, "Un client sur trois")],
            '<p><mark id="chiffre-1" class="chiffre"><a href="#stat-1">Un client sur\ntrois</a></mark> part.</p>',
        ),
        (  # never inside a tag's attribute, nor inside a link
            '<p><a href="/x?y=15 %" title="15 %">15 %</a> puis 15 %.</p>',
            [(2, "15 %")],
            '<p><a href="/x?y=15 %" title="15 %">15 %</a> puis '
            '<mark id="chiffre-2" class="chiffre"><a href="#stat-2">15 %</a></mark>.</p>',
        ),
        (  # text stays escaped around the mark
            "<p>&lt;script&gt; 20% &amp; plus</p>",
            [(3, "20%")],
            '<p>&lt;script&gt; <mark id="chiffre-3" class="chiffre"><a href="#stat-3">20%</a></mark> &amp; plus</p>',
        ),
        (  # the same text twice: each figure takes the next occurrence
            "<p>20 % ici, 20 % là.</p>",
            [(4, "20 %"), (5, "20 %")],
            '<p><mark id="chiffre-4" class="chiffre"><a href="#stat-4">20 %</a></mark> ici, '
            '<mark id="chiffre-5" class="chiffre"><a href="#stat-5">20 %</a></mark> là.</p>',
        ),
        ("<p>rien</p>", [(6, "45 %")], "<p>rien</p>"),
    ],
)
def test_highlight_figures(html, figures, expected):
    assert highlight_figures(html, figures) == expected
    assert highlight_figures(highlight_figures(html, figures), figures) == expected, "must be idempotent"
