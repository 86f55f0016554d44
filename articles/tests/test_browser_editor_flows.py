"""The editors' other flows in a real browser: an imported seed saved as a draft before it is
complete, an upload that publishes nothing, the home page's lead chosen; an Auteur reaches none of
what is an editor's."""

import html

import pytest
from django.utils.html import strip_tags

from articles.models import Article
from articles.templatetags.public_site import typographie
from articles.tests.admin_helpers import AUTHOR, EDITOR, change_url, make_user
from articles.tests.test_browser_admin import choose_autocomplete, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def as_shown(text):
    """A title or description as the public page writes it (French typography), as text."""
    return html.unescape(strip_tags(typographie(text)))


UPLOADED = "# Un article envoyé\n\nUn paragraphe de l'article envoyé par le formulaire.\n"


def test_an_editor_saves_an_incomplete_seed_uploads_without_publishing_and_chooses_the_home_lead(
    new_context, live_server, imported_seeds, artifact_dir, tmp_path
):
    make_user("edith", EDITOR)
    # A seed as the importer left it when it guessed its title: a draft, with nothing publishing needs.
    seed = Article.objects.order_by("pk").first()
    Article.objects.filter(pk=seed.pk).update(status="draft", description="", theme=None, needs_review=True)
    page = new_context(viewport={"width": 1366, "height": 768}).new_page()
    log_in(page, live_server, "edith")

    # Saving a draft asks nothing publishing needs; publishing asks for it, in French.
    page.goto(live_server.url + change_url(seed))
    page.fill("#id_title", "Titre retouché avant publication")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    seed.refresh_from_db()
    assert (seed.title, seed.status) == ("Titre retouché avant publication", "draft")
    page.select_option("#id_status", "published")
    page.click("input[name=_continue]")
    errors = page.inner_text("#article_form")
    assert "Une description est nécessaire pour publier." in errors
    assert "Un thème est nécessaire pour publier." in errors
    page.screenshot(path=str(artifact_dir / "admin-seed-publication-asks.png"), full_page=True)
    seed.refresh_from_db()
    assert seed.status == "draft"

    # An upload asks for the status of new articles (a draft unless chosen) and reports in French.
    document = tmp_path / "envoi.md"
    document.write_text(UPLOADED)
    page.goto(f"{live_server.url}/admin/articles/article/importer-des-fichiers/")
    assert page.is_checked("input[name=new_status][value=draft]")
    page.set_input_files("input[name=document]", str(document))
    page.click("input[type=submit][value=Importer]")
    page.wait_for_selector("#import-report")
    report = page.inner_text("#import-report")
    assert "créé" in report and "Brouillon" in report and "created" not in report
    page.screenshot(path=str(artifact_dir / "admin-upload-report.png"), full_page=True)
    uploaded = Article.objects.get(title="Un article envoyé")
    assert uploaded.status == "draft" and not uploaded.is_public
    page.click(f"#import-report a:has-text('{uploaded.slug}')")
    assert page.input_value("#id_title") == "Un article envoyé"

    # The home page leads with the article the editor chose, its description under it.
    # Not the default lead (the newest, by the home page's own order: seeds imported together share
    # their date, and PostgreSQL breaks that tie by its plan); no quote in its title, for the selector.
    default_lead = Article.objects.published().order_by("-publish_date", "-pk").first()
    published = Article.objects.published().exclude(pk=default_lead.pk).exclude(description="")
    lead = published.exclude(title__contains="'").order_by("publish_date", "pk")[0]
    page.goto(f"{live_server.url}/admin/articles/homeplacement/add/")
    choose_autocomplete(page, "id_article", lead.title[:12], lead.title[:30])
    page.select_option("#id_role", "lead")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    reader = new_context().new_page()
    reader.goto(live_server.url + "/")
    assert reader.inner_text("#lead-title") == as_shown(lead.title)
    assert reader.inner_text(".lead-story .lead") == as_shown(lead.description)
    reader.screenshot(path=str(artifact_dir / "home-chosen-lead.png"))


def test_an_author_reaches_neither_the_upload_nor_the_home_page_nor_publication(
    new_context, live_server, imported_seeds
):
    make_user("aurore", AUTHOR)
    page = new_context(viewport={"width": 1366, "height": 768}).new_page()
    log_in(page, live_server, "aurore")
    assert "Page d'accueil" not in page.inner_text("#content-main")
    for path in ("articles/article/importer-des-fichiers/", "articles/homeplacement/", "articles/homeplacement/add/"):
        assert page.goto(f"{live_server.url}/admin/{path}").status == 403, path
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    statuses = page.eval_on_selector_all("#id_status option", "options => options.map(o => o.value)")
    assert "published" not in statuses and "draft" in statuses
    published = Article.objects.published().first()
    assert page.goto(live_server.url + change_url(published)).status == 403, "another's live article"
