"""A live article in a real browser: its Auteur writes a working copy, an Éditeur reviews and
publishes it while readers keep the live text; an autosaved form survives a closed tab."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, Autosave, Theme, WorkingCopy
from articles.tests.admin_helpers import AUTHOR, EDITOR, make_user
from articles.tests.test_browser_admin import choose_autocomplete, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LIVE_TEXT = "Le texte que lisent les lecteurs."
NEW_TEXT = "Le texte revu par son autrice."
LINK_TITLE = "Les chiffres de la vente en ligne"


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
    # A link of the page readers see: written in the copy too.
    page.select_option("#id_links-0-kind", "external")
    page.fill("#id_links-0-url", "https://exemple.fr/vente")
    page.fill("#id_links-0-title", LINK_TITLE)
    page.select_option("#id_status", "review")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success:has-text('Copie de travail')")
    assert "envoyée en relecture" in page.inner_text(".messagelist")
    page.screenshot(path=str(artifact_dir / "admin-author-copy-sent.png"), full_page=True)
    page.context.close()

    status, text = read_as_reader(new_context, live_server, article)
    assert status == 200 and LIVE_TEXT in text and NEW_TEXT not in text and LINK_TITLE not in text

    # The Éditeur finds the copy in review, compares it with the live text, publishes it.
    page = new_context().new_page()
    log_in(page, live_server, "edith")
    page.goto(f"{live_server.url}/admin/articles/article/")
    page.click("#changelist-filter a:has-text('Copie en relecture')")
    page.click("#result_list tr:has-text('Vendre en ligne') >> text=Voir les changements")
    # The click navigates; reading the headers does not wait for the new page (CI read none once).
    page.wait_for_selector(".field-diff th.diff_header")
    headers = page.locator(".field-diff th.diff_header").all_text_contents()
    assert headers[:2] == ["En ligne", "Copie de travail"]
    assert "revu" in page.inner_text(".field-diff .diff_add")
    added_link = page.inner_text(".field-diff:has(h2:has-text('Contenus liés')) .diff_add").replace("\xa0", " ")
    assert added_link == f"Lien externe · {LINK_TITLE} · https://exemple.fr/vente"
    page.screenshot(path=str(artifact_dir / "admin-editor-compares-copy.png"), full_page=True)
    page.click("text=Retour à l'article")
    assert page.input_value("#id_body") == NEW_TEXT
    assert page.input_value("#id_status") == "review"
    assert page.input_value("#id_links-0-title") == LINK_TITLE
    page.locator("#links-group").screenshot(path=str(artifact_dir / "admin-editor-copy-links.png"))
    status, text = read_as_reader(new_context, live_server, article)
    assert status == 200 and LIVE_TEXT in text
    page.select_option("#id_status", "published")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    page.context.close()

    status, text = read_as_reader(new_context, live_server, article)
    assert status == 200 and NEW_TEXT in text and LIVE_TEXT not in text and LINK_TITLE in text
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


def kept_in_browser(page):
    return page.evaluate("Object.keys(localStorage).filter((key) => key.startsWith('redaction-saisie:'))")


def test_a_new_article_is_kept_in_the_browser_while_typed_and_offered_back_after_a_closed_tab(
    new_context, live_server, artifact_dir
):
    author = make_user("aurore", AUTHOR)
    theme = Theme.objects.create(name="Commerce")
    add = f"{live_server.url}/admin/articles/article/add/"
    context = new_context()
    page = context.new_page()
    log_in(page, live_server, "aurore")
    page.goto(add)
    page.fill("#id_title", "Un article pas encore enregistré")
    page.fill("#id_body", "Un premier paragraphe, tapé avant toute sauvegarde.")
    choose_autocomplete(page, "id_theme", "Comm", "Commerce")
    page.wait_for_selector("#autosave-status:has-text('gardée dans ce navigateur')")
    page.close()  # the tab closed by mistake

    page = context.new_page()
    page.goto(add)
    assert "l'article n'a pas été créé" in page.inner_text("#local-copy-offer")
    page.screenshot(path=str(artifact_dir / "admin-add-form-local-offer.png"), full_page=True)
    page.click("#local-copy-restore")
    assert page.input_value("#id_title") == "Un article pas encore enregistré"
    assert page.input_value("#id_body") == "Un premier paragraphe, tapé avant toute sauvegarde."
    assert page.input_value("#id_theme") == str(theme.pk)
    assert "Commerce" in page.inner_text("#id_theme + .select2 .select2-selection__rendered")
    page.screenshot(path=str(artifact_dir / "admin-add-form-restored.png"), full_page=True)
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    article = Article.objects.get(title="Un article pas encore enregistré")
    assert article.slug == "un-article-pas-encore-enregistre", article.slug
    assert (article.status, article.theme, article.created_by) == ("draft", theme, author)
    assert kept_in_browser(page) == [], "saved: nothing left to offer"
    page.goto(add)
    assert page.locator("#local-copy-offer").count() == 0


def test_an_autosave_without_connection_is_kept_in_the_browser_sent_when_it_is_back_and_offered_after(
    new_context, live_server, artifact_dir
):
    article = live_article(make_user("aurore", AUTHOR))
    make_user("edith", EDITOR)
    change = f"{live_server.url}/admin/articles/article/{article.pk}/change/"
    context = new_context()
    page = context.new_page()
    log_in(page, live_server, "edith")
    page.goto(change)

    # The connection is lost while she types: the text waits in the browser, then is sent.
    context.set_offline(True)
    page.click("#id_body")
    page.keyboard.press("End")
    page.locator("#id_body").press_sequentially(" Tapée hors connexion.")
    page.wait_for_selector("#autosave-status:has-text('Connexion perdue : saisie gardée dans ce navigateur')")
    page.screenshot(path=str(artifact_dir / "admin-autosave-offline.png"), full_page=True)
    assert not Autosave.objects.exists() and len(kept_in_browser(page)) == 1
    context.set_offline(False)
    page.wait_for_selector("#autosave-status:has-text('Enregistré automatiquement')", timeout=30_000)
    assert Autosave.objects.get().data["body"][0].endswith("Tapée hors connexion.")
    assert kept_in_browser(page) == []

    # Lost again, and the tab closed before it comes back: the next visit offers the text.
    context.set_offline(True)
    page.locator("#id_body").press_sequentially(" Et une autre.")
    page.wait_for_selector("#autosave-status:has-text('Connexion perdue')")
    page.close()
    context.set_offline(False)
    page = context.new_page()
    page.goto(change)
    assert "connexion perdue" in page.inner_text("#local-copy-offer")
    page.screenshot(path=str(artifact_dir / "admin-autosave-local-offer.png"), full_page=True)
    page.click("#local-copy-restore")
    page.wait_for_selector("text=Saisie restaurée depuis la sauvegarde automatique")
    assert page.input_value("#id_body").endswith("Tapée hors connexion. Et une autre.")
    assert kept_in_browser(page) == []
    article.refresh_from_db()
    assert article.body == LIVE_TEXT and not WorkingCopy.objects.exists()
