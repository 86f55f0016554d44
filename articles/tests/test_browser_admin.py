"""The editors' path in a real browser: an Auteur writes and submits, an Éditeur reviews and publishes."""

import io

import pytest
from PIL import Image

from articles.models import Article, Theme
from articles.tests.admin_helpers import AUTHOR, EDITOR, make_user
from articles.tests.conftest import run_queued_tasks

PASSWORD = "mot-de-passe-solide"
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def small_png():
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 600), (30, 120, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def choose_autocomplete(page, field_id, text, option):
    """Pick a value in one of the admin's select2 autocomplete widgets."""
    page.click(f"#{field_id} + .select2 .select2-selection")
    page.fill(".select2-container--open .select2-search__field", text)
    page.click(f".select2-results__option:has-text('{option}')")


def test_author_writes_editor_reviews_and_publishes(new_context, live_server, imported_seeds, artifact_dir):
    make_user("aurore", AUTHOR)
    make_user("edith", EDITOR)
    Theme.objects.create(name="Marketing digital")
    target = Article.objects.published().order_by("pk").first()
    image_path = artifact_dir / "cover-upload.png"
    image_path.write_bytes(small_png())

    # The Auteur writes a draft with a related article and a cover image, and submits it.
    page = new_context().new_page()
    log_in(page, live_server, "aurore")
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.locator("#id_title").press_sequentially("Mesurer une campagne sans cookies")
    assert page.input_value("#id_slug") == "mesurer-une-campagne-sans-cookies"
    page.fill("#id_description", "Ce qui reste mesurable quand les cookies tiers disparaissent.")
    page.fill("#id_body", "## Ce qui change\n\nLe taux de clic **reste** lisible.")
    page.wait_for_selector("#markdown-preview h2:has-text('Ce qui change')")
    assert page.inner_html("#markdown-preview strong") == "reste"
    choose_autocomplete(page, "id_theme", "Market", "Marketing digital")
    # A keyword nobody used yet: typed into the tags field, created on save.
    page.click("#id_tags + .select2 .select2-selection")
    page.keyboard.type("mesure sans cookies")
    page.click(".select2-results__option:has-text('mesure sans cookies')")
    page.select_option("#id_status", "review")
    assert "published" not in page.eval_on_selector_all("#id_status option", "opts => opts.map(o => o.value)")
    page.set_input_files("#id_cover_image", str(image_path))
    page.fill("#id_cover_alt", "Un graphique bleu")
    page.fill("#id_links-0-title", "Pour aller plus loin")
    choose_autocomplete(page, "id_links-0-target_article", target.title[:12], target.title[:30])
    page.screenshot(path=str(artifact_dir / "admin-author-writes.png"), full_page=True)
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    article = Article.objects.get(slug="mesurer-une-campagne-sans-cookies")
    assert article.status == Article.Status.REVIEW
    assert article.created_by.username == "aurore"
    assert article.links.get().target_article == target
    assert list(article.tags.names()) == ["mesure sans cookies"]
    run_queued_tasks()  # the cover's renditions, made by a task worker
    article.refresh_from_db()
    assert article.cover_image and article.cover_renditions and "480w" in article.cover_srcset()
    assert page.locator("#result_list", has_text="Mesurer une campagne").count() == 1
    page.context.close()

    # The Éditeur finds it in the review queue, reads what changed, publishes it.
    page = new_context().new_page()
    log_in(page, live_server, "edith")
    page.goto(f"{live_server.url}/admin/articles/article/")
    page.click("text=En relecture")
    page.screenshot(path=str(artifact_dir / "admin-review-queue.png"), full_page=True)
    page.click("#result_list tr:has-text('Mesurer une campagne sans cookies') >> text=Voir les changements")
    assert page.locator(".field-diff table.diff").count() == 3  # never published: everything is new
    page.screenshot(path=str(artifact_dir / "admin-editor-reviews.png"), full_page=True)
    page.click("text=Retour à l'article")
    page.select_option("#id_status", "published")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    page.screenshot(path=str(artifact_dir / "admin-editor-published.png"), full_page=True)
    page.context.close()

    # A reader sees it on the public site.
    reader = new_context().new_page()
    response = reader.goto(f"{live_server.url}/articles/mesurer-une-campagne-sans-cookies/")
    assert response.status == 200
    assert "Mesurer une campagne sans cookies" in reader.inner_text("h1")
    reader.screenshot(path=str(artifact_dir / "public-published-article.png"), full_page=True)
    article.refresh_from_db()
    assert article.is_public and article.version == 2
