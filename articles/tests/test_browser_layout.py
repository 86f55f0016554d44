"""Every public page at 1366 and 390 px in Debian's Chromium: nothing scrolls sideways, French
typography in every text a reader sees, lists rendered as lists, axe-core clean."""

import pytest

from articles.models import Article, Statistic
from articles.tests.test_browser_public import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
WIDTHS = (1366, 390)
ARTICLE_WITH_LISTS = "l-intelligence-artificielle-generative-et-son-impact-sur-le-marketing"

# Text nodes outside code whose characters break a French reader's typography: a plain space
# before ; : ! ? » or after «. The page's title (its tab, its bookmark) and description included.
BAD_TYPOGRAPHY = r"""() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const description = document.querySelector('meta[name="description"]');
    const bad = [document.title, description ? description.content : ""].filter((text) => /\S [;:!?»]|« /.test(text));
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest("code, pre, kbd, samp, script, style, svg")) continue;
        const text = node.textContent;
        const previous = node.previousSibling ? node.previousSibling.textContent || "" : "";
        const match = /\S [;:!?»]|« /.exec(text) || (/^[;:!?»]/.test(text) && / $/.test(previous) ? [text] : null);
        if (match) bad.push(text.slice(Math.max(0, match.index - 30), match.index + 10));
    }
    return bad;
}"""


def public_paths():
    figure = Statistic.objects.filter(article__status=Article.Status.PUBLISHED, indicator__isnull=False).first()
    paths = ["/", "/articles/", "/recherche/?q=marketing", "/recherche/?q=markting", "/statistiques/"]
    paths += [article.get_absolute_url() for article in Article.objects.published()]
    paths += [
        "/themes/marketing/",
        "/competences/analyse-de-donnees/",
        "/auteurs/gerald-pameole/",
        "/mots-cles/chatbots/",
    ]
    paths += ["/recherche/?q=%22intelligence+artificielle%22+-vocaux", "/page-qui-n-existe-pas/"]
    if figure:
        paths.append(f"/statistiques/?indicateur={figure.indicator_id}")
    return paths


@pytest.mark.parametrize("width", WIDTHS)
def test_public_pages_hold_at_desktop_and_phone_widths(page, live_server, imported_seeds, width, artifact_dir):
    page.set_viewport_size({"width": width, "height": 900})
    for path in public_paths():
        page.goto(f"{live_server.url}{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            page.screenshot(path=str(artifact_dir / f"overflow-{width}.png"), full_page=True)
        assert overflow <= 0, f"{path} at {width} px scrolls sideways by {overflow} px"
        assert page.evaluate(BAD_TYPOGRAPHY) == [], f"{path} at {width} px"
        assert_accessible(page, f"{path} at {width} px")


@pytest.mark.parametrize("width", WIDTHS)
def test_article_shows_its_contents_first_and_its_lists(page, live_server, imported_seeds, width):
    """The seed writes its list right under a paragraph line: a list, one item a line, at both widths."""
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{live_server.url}/articles/{ARTICLE_WITH_LISTS}/")
    if width < 700:  # one column: the Sommaire above the text
        toc, body = page.locator(".toc").bounding_box(), page.locator(".article-body").bounding_box()
        assert toc["y"] + toc["height"] <= body["y"], "the Sommaire comes before the text"
    item = page.locator(".article-body ul > li", has_text="Création de contenu personnalisé")
    assert item.count() == 1 and item.is_visible()
    paragraph = page.locator(".article-body p", has_text="routine quotidienne du travail")
    assert "Création de contenu" not in paragraph.inner_text()
    # `has=` is matched inside each list, so it names the item relative to the list.
    own_item = page.locator(":scope > li", has_text="Création de contenu personnalisé")
    items = page.locator(".article-body ul", has=own_item).locator(":scope > li")
    assert items.count() >= 3
    tops = [items.nth(index).bounding_box()["y"] for index in range(3)]
    assert tops == sorted(set(tops)), "each item on its own line"


def test_a_wide_table_scrolls_inside_its_box(page, live_server, db):
    wide = "| " + " | ".join(f"colonne {n} assez longue" for n in range(8)) + " |\n"
    # Figures in French typography do not break: "1 234 567 890 €" is one unbreakable run.
    wide += "|" + "---|" * 8 + "\n" + "| " + " | ".join("1 234 567 890 €" for _ in range(8)) + " |\n"
    article = Article.objects.create(
        title="Un tableau large", description="d", body=f"Texte.\n\n{wide}", status=Article.Status.PUBLISHED
    )
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    box = page.locator(".article-body .table-scroll")
    assert box.evaluate("(element) => element.scrollWidth > element.clientWidth")
    assert_accessible(page, "wide table")
