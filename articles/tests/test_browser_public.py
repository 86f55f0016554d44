"""A reader's path through the public site in Debian's Chromium, with axe-core checks."""

from pathlib import Path

import pytest
from django.conf import settings

from articles.models import Article
from articles.tests.test_public_pages import SEED_SLUG

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def assert_accessible(page, name):
    """No serious or critical axe-core violation on the current page."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm install` (make test does)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run()")
    bad = [
        (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]][:3])
        for violation in result["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
    assert not bad, f"{name}: {bad}"


def in_viewport(page, selector):
    return page.evaluate(
        """(selector) => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return box.top >= 0 && box.top < window.innerHeight;
        }""",
        selector,
    )


def test_reader_goes_from_home_to_article_tag_author_and_search(page, live_server, imported_seeds, artifact_dir):
    article = Article.objects.get(slug=SEED_SLUG)
    page.set_viewport_size({"width": 1280, "height": 900})

    page.goto(f"{live_server.url}/")
    assert page.title().startswith(settings.SITE_NAME)
    page.screenshot(path=str(artifact_dir / "public-home.png"), full_page=True)
    assert_accessible(page, "home")

    page.locator(f'a[href="{article.get_absolute_url()}"]').first.click()
    page.wait_for_url(f"**{article.get_absolute_url()}")
    assert page.locator("h1").inner_text() == article.title
    assert page.get_by_text("15 mai 2024").first.is_visible()
    page.screenshot(path=str(artifact_dir / "public-article.png"), full_page=True)
    assert_accessible(page, "article")

    # The table of contents takes the reader to the heading.
    entry = article.toc[3]
    page.locator(f'.toc a[href="#{entry["id"]}"]').click()
    page.wait_for_url(f"**#{entry['id']}")
    page.wait_for_function(
        """(id) => { const top = document.getElementById(id).getBoundingClientRect().top;
                     return top >= 0 && top < window.innerHeight; }""",
        arg=entry["id"],
    )
    assert in_viewport(page, f'[id="{entry["id"]}"]')

    page.locator('.chips-tags a[href="/mots-cles/chatbots/"]').click()
    page.wait_for_url("**/mots-cles/chatbots/")
    assert page.locator("h1").inner_text() == "chatbots"
    assert page.locator(f'.card a[href="{article.get_absolute_url()}"]').count() == 1

    page.locator('.card .byline-authors a[href="/auteurs/gerald-pameole/"]').first.click()
    page.wait_for_url("**/auteurs/gerald-pameole/")
    assert page.locator("h1").inner_text() == "Gérald Paméole"
    page.screenshot(path=str(artifact_dir / "public-author.png"), full_page=True)

    page.fill("#header-search-input", "chatbots")
    page.press("#header-search-input", "Enter")
    page.wait_for_url("**/recherche/?q=chatbots")
    assert page.locator(".card mark").count() >= 1
    assert page.locator(f'.card a[href="{article.get_absolute_url()}"]').count() == 1
    page.screenshot(path=str(artifact_dir / "public-search.png"), full_page=True)
    assert_accessible(page, "search")


def test_list_page_and_phone_layout_are_accessible(page, live_server, imported_seeds, artifact_dir):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/articles/")
    assert page.locator(".card").count() == Article.objects.published().count()
    page.screenshot(path=str(artifact_dir / "public-list.png"), full_page=True)
    assert_accessible(page, "list")

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/articles/{SEED_SLUG}/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the article page scrolls sideways on a phone ({width}px)"
    page.screenshot(path=str(artifact_dir / "public-article-phone.png"), full_page=False)
    page.goto(f"{live_server.url}/nulle-part/")
    assert page.locator("h1").inner_text() == "Cette page est introuvable"
    assert_accessible(page, "404")


def test_skip_link_moves_focus_to_the_content(page, live_server, imported_seeds):
    page.goto(f"{live_server.url}/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    page.wait_for_url("**#contenu")
