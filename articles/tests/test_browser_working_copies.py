"""A live article in a real browser: its Auteur writes a working copy, an Éditeur reviews and
publishes it while readers keep the live text; an autosaved form survives a closed tab."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, Theme, WorkingCopy
from articles.tests.admin_helpers import AUTHOR, EDITOR, make_user
from articles.tests.test_browser_admin import log_in

# serialized_rollback: the groups come from a data migration, which a flushing test would erase.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LIVE_TEXT = "Le texte que lisent les lecteurs."
NEW_TEXT = "Le texte revu par son autrice."


def live_article(author):
    article = Article(
        title="Vendre en ligne",
        slug="vendre-en-ligne",
        description="Ce que vendent les entreprises.",
        body=LIVE_TEXT,
        theme=Theme.objects.create(name="Commerce"),
        status=Article.Status.PUBLISHED,
        publish_date=timezone.now() - timedelta(days=2),
        created_by=author,
    )
    article.save()
    return article


def read_as_reader(new_context, live_server, article):
    reader = new_context().new_page()
    response = reader.goto(f"{live_server.url}/articles/{article.slug}/")
    text = reader.inner_text("main")
    reader.context.close()
    return response.status, text


def test_a_live_article_stays_online_while_its_copy_is_written_reviewed_and_published(
    new_context, live_server, artifact_dir
):
    article = live_article(make_user("aurore", AUTHOR))
    make_user("edith", EDITOR)
    change = f"{live_server.url}/admin/articles/article/{article.pk}/change/"

    # The Auteur edits their live article: the form says it is a copy, and offers no "Publié".
    page = new_context().new_page()
    log_in(page, live_server, "aurore")
    page.goto(change)
    assert "copie de travail" in page.inner_text(".working-copy-notice")
    assert "published" not in page.eval_on_selector_all("#id_status option", "opts => opts.map(o => o.value)")
    page.fill("#id_body", NEW_TEXT)
    page.select_option("#id_status", "review")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success:has-text('Copie de travail')")
    assert "envoyée en relecture" in page.inner_text(".messagelist")
    page.screenshot(path=str(artifact_dir / "admin-author-copy-sent.png"), full_page=True)
    page.context.close()

    status, text = read_as_reader(new_context, live_server, article)
    assert status == 200 and LIVE_TEXT in text and NEW_TEXT not in text

    # The Éditeur finds the copy in review, compares it with the live text, publishes it.
    page = new_context().new_page()
    log_in(page, live_server, "edith")
    page.goto(f"{live_server.url}/admin/articles/article/")
    page.click("#changelist-filter a:has-text('Copie en relecture')")
    page.click("#result_list tr:has-text('Vendre en ligne') >> text=Voir les changements")
    headers = page.locator(".field-diff th.diff_header").all_text_contents()
    assert headers == ["En ligne", "Copie de travail"]
    assert "revu" in page.inner_text(".field-diff .diff_add")
    page.screenshot(path=str(artifact_dir / "admin-editor-compares-copy.png"), full_page=True)
    page.click("text=Retour à l'article")
    assert page.input_value("#id_body") == NEW_TEXT
    assert page.input_value("#id_status") == "review"
    status, text = read_as_reader(new_context, live_server, article)
    assert status == 200 and LIVE_TEXT in text
    page.select_option("#id_status", "published")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    page.context.close()

    status, text = read_as_reader(new_context, live_server, article)
    assert status == 200 and NEW_TEXT in text and LIVE_TEXT not in text
    assert not WorkingCopy.objects.exists()


def test_an_autosaved_form_survives_a_closed_tab_and_editors_see_each_other(new_context, live_server, artifact_dir):
    article = live_article(make_user("aurore", AUTHOR))
    make_user("edith", EDITOR)
    make_user("serge", EDITOR)
    change = f"{live_server.url}/admin/articles/article/{article.pk}/change/"
    context = new_context()
    page = context.new_page()
    log_in(page, live_server, "edith")
    page.goto(change)
    page.click("#id_body")
    page.keyboard.press("End")
    page.locator("#id_body").press_sequentially(" Une phrase tapée, pas encore enregistrée.")
    page.wait_for_selector("#autosave-status:has-text('Enregistré automatiquement')")

    # Leaving asks first: the change is not in the article.
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    page.close(run_before_unload=True)
    for _ in range(50):  # the question comes from the browser after the call returns
        if dialogs:
            break
        page.wait_for_timeout(100)
    assert dialogs == ["beforeunload"]
    assert not page.is_closed(), "dismissing the question stays on the page"

    # Another editor opening the article sees that edith is editing it, and she sees him.
    other = new_context().new_page()
    log_in(other, live_server, "serge")
    other.goto(change)
    assert "edith modifie aussi cet article" in other.inner_text("#presence-notice")
    page.wait_for_selector("#presence-notice:has-text('serge modifie aussi cet article')", timeout=30_000)
    page.screenshot(path=str(artifact_dir / "admin-presence.png"), full_page=True)

    # The tab is closed without saving; the next visit offers the autosave back.
    page.close()
    page = context.new_page()
    page.goto(change)
    assert "n'a pas été enregistrée" in page.inner_text("#autosave-offer")
    page.click("#autosave-restore")
    page.wait_for_selector("text=Saisie restaurée depuis la sauvegarde automatique")
    assert page.input_value("#id_body").endswith("Une phrase tapée, pas encore enregistrée.")
    page.screenshot(path=str(artifact_dir / "admin-autosave-restored.png"), full_page=True)
    article.refresh_from_db()
    assert article.body == LIVE_TEXT, "an autosave changes neither the article nor its copy"
    assert not WorkingCopy.objects.exists()
