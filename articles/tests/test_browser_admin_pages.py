"""Every admin page an editor uses, in Debian's Chromium at 1366 × 768: nothing scrolls sideways,
and no English string of Django's admin or raw stored value is left on it."""

import pytest

from articles.models import Article, HomePlacement, MediaImage
from articles.tests.admin_helpers import AUTHOR, EDITOR, ENGLISH, author_pages, editor_pages, make_user
from articles.tests.conftest import run_queued_tasks
from articles.tests.test_browser_admin import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def curated_site(imported_seeds):
    """The seeds as `make run` leaves them, with a history, a placement and a figure reviewed."""
    make_user("edith", EDITOR)
    article = Article.objects.filter(statistics__isnull=False).order_by("pk").first()
    article.title += " (revu)"
    article.save()
    article.status = Article.Status.REVIEW
    article.save()
    HomePlacement.objects.create(article=article, role=HomePlacement.Role.LEAD)
    return article


def test_every_editor_page_fits_1366_pixels_and_speaks_french(new_context, live_server, curated_site, artifact_dir):
    assert_pages_fit_and_speak_french(new_context, live_server, "edith", editor_pages(), artifact_dir)


def test_every_author_page_fits_1366_pixels_and_speaks_french(new_context, live_server, curated_site, artifact_dir):
    author = make_user("aurore", AUTHOR)
    assert_pages_fit_and_speak_french(new_context, live_server, "aurore", author_pages(author), artifact_dir)


# The title columns of the admin lists: they wrap to fit their box, between words.
LIST_TITLE_CELLS = "#result_list .field-title, #result_list .field-article"
# The words of the matching elements' text that the browser laid out on more than one line.
WORDS_BROKEN_ACROSS_LINES = """(selector) => {
    const broken = [];
    for (const cell of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const word of node.data.matchAll(/[^\\s\u00a0\u202f/‐–—-]+/g)) {
                const range = document.createRange();
                range.setStart(node, word.index);
                range.setEnd(node, word.index + word[0].length);
                const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
                if (lines.size > 1) broken.push(word[0]);
            }
        }
    }
    return broken;
}"""


def assert_pages_fit_and_speak_french(new_context, live_server, username, pages, artifact_dir):
    page = new_context(viewport={"width": 1366, "height": 768}).new_page()
    log_in(page, live_server, username)
    problems = []
    for name, path in pages.items():
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, f"{name}: {response.status}"
        page.wait_for_load_state("networkidle")
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if width[0] > width[1]:
            shot = f"admin-overflow-{username}-{name.replace(' ', '-')}.png"
            page.screenshot(path=str(artifact_dir / shot), full_page=True)
            problems.append(f"{name} ({path}): {width[0]} px wide in a {width[1]} px window")
        # A list's table scrolls inside its box rather than widen the page: its columns must fit too.
        results = page.evaluate("[...document.querySelectorAll('.results')].map(r => [r.scrollWidth, r.clientWidth])")
        if any(scroll > client for scroll, client in results):
            problems.append(f"{name} ({path}): a list {results} px wide in its box")
        broken = page.evaluate(WORDS_BROKEN_ACROSS_LINES, LIST_TITLE_CELLS)
        if broken:
            problems.append(f"{name} ({path}): words broken across lines in a list's titles {broken}")
        text = page.evaluate("document.body.innerText")
        english = sorted(set(ENGLISH.findall(text)))
        if english:
            problems.append(f"{name} ({path}): English or raw values {english}")
    assert not problems, "\n".join(problems)


def test_the_editor_inserts_a_library_image_and_previews_the_body_as_the_site_shows_it(
    new_context, live_server, db, settings, tmp_path
):
    from articles.tests.test_admin_pages import library_image

    settings.MEDIA_ROOT = tmp_path
    make_user("edith", EDITOR)
    image = library_image(1)
    run_queued_tasks()  # its renditions
    image.refresh_from_db()
    article = Article.objects.create(title="Un brouillon illustré", slug="brouillon-illustre", body="## Le titre\n")
    page = new_context(viewport={"width": 1366, "height": 768}).new_page()
    log_in(page, live_server, "edith")
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    assert page.eval_on_selector("#id_body", "e => e.getBoundingClientRect().height") >= 400, "tall enough to write"

    # The preview wears the public site's stylesheet, and only the preview does.
    heading = page.locator("#markdown-preview h2")
    heading.wait_for()
    assert "Palatino" in heading.evaluate("e => getComputedStyle(e).fontFamily")
    assert "Palatino" not in page.eval_on_selector("#content h1", "e => getComputedStyle(e).fontFamily")

    page.click("#id_body")
    page.keyboard.press("Control+End")
    page.click("#media-picker-open")
    page.click(f".media-picker-choice[data-markdown='{image.markdown}']")
    assert page.input_value("#id_body") == f"## Le titre\n\n{image.markdown}"
    page.locator("#markdown-preview picture img[srcset][loading=lazy]").wait_for()
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    article.refresh_from_db()
    assert "<picture" in article.body_html and image.renditions["webp"]["200"] in article.body_html


def test_an_author_adds_an_image_from_the_picker_without_leaving_the_article(
    new_context, live_server, db, settings, tmp_path, artifact_dir
):
    from articles.tests.test_admin_uploads import png_bytes

    settings.MEDIA_ROOT = tmp_path
    author = make_user("aurore", AUTHOR)
    article = Article.objects.create(title="Mon brouillon", slug="mon-brouillon", body="Du texte.", created_by=author)
    photo = artifact_dir / "picker-upload.png"
    photo.write_bytes(png_bytes(size=(800, 500)))
    hostile = artifact_dir / "picker-upload.svg"
    hostile.write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    page = new_context(viewport={"width": 1366, "height": 768}).new_page()
    log_in(page, live_server, "aurore")
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    page.click("#media-picker-open")
    page.set_input_files("#media-picker-file", str(hostile))
    page.fill("#media-picker-alt", "Un dessin")
    page.click("#media-picker-send")
    page.locator(".media-picker-upload", has_text="SVG ne sont pas acceptées").wait_for()
    page.set_input_files("#media-picker-file", str(photo))
    page.fill("#media-picker-alt", "Une photo rouge")
    page.click("#media-picker-send")
    page.locator("#markdown-preview picture img[alt='Une photo rouge']").wait_for()
    image = MediaImage.objects.get()
    assert page.input_value("#id_body") == f"Du texte.\n\n{image.markdown}", "at the end of a body never clicked into"
    assert image.uploaded_by == author and image.alt == "Une photo rouge"
