"""A live article is edited through its working copy: online unchanged until an editor publishes
the copy (now, or at a programmed date with no cron); autosave and who else is editing."""

import html
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from articles.admin.forms import RESTORED_FIELDS
from articles.models import Article, ArticleLink, Autosave, Statistic, Theme, WorkingCopy
from articles.tests.admin_helpers import AUTHOR, EDITOR, change_url, form_data, make_user

OLD_BODY = "Le texte en ligne.\n\nSelon une étude de l'Insee publiée en 2023, 12 % des entreprises vendent en ligne."
NEW_BODY = "Le texte revu.\n\nSelon une étude de l'Insee publiée en 2024, 15 % des entreprises vendent en ligne."


@pytest.fixture
def live(theme, author):
    """An article online, written by the Auteur."""
    article = Article(
        title="Vendre en ligne",
        slug="vendre-en-ligne",
        description="Ce que vendent les entreprises.",
        body=OLD_BODY,
        theme=theme,
        status=Article.Status.PUBLISHED,
        publish_date=timezone.now() - timedelta(days=3),
        created_by=author,
    )
    article.save()
    return article


def public_text(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.text


def save(client, article, **changes):
    url = change_url(article)
    return client.post(url, form_data(client.get(url), **changes))


def test_a_live_article_stays_online_while_its_copy_is_edited_reviewed_and_published(
    client, editor, live, django_assert_max_num_queries
):
    reader = type(client)()
    client.force_login(editor)
    before = Article.objects.values().get(pk=live.pk)
    response = save(client, live, body=NEW_BODY, status="review")
    assert response.status_code == 302, response.context["adminform"].form.errors
    # The live row, its page and its figures are as they were.
    assert Article.objects.values().get(pk=live.pk) == before
    assert "12" in public_text(reader, live) and "Le texte en ligne" in public_text(reader, live)
    assert "Le texte revu" not in public_text(reader, live)
    copy = WorkingCopy.objects.get(article=live)
    assert (copy.status, copy.values["body"], copy.based_on_version) == ("review", NEW_BODY, live.version)

    # The review queue lists it; the diff compares the copy with what readers see.
    listing = client.get(reverse("admin:articles_article_changelist"), {"copie": "en-relecture"})
    assert [article.pk for article in listing.context["cl"].result_list] == [live.pk]
    assert "Copie en relecture · <a" in listing.text
    changes = client.get(reverse("admin:articles_article_changes", args=[live.pk]))
    assert 'class="diff_header">En ligne</th>' in changes.text and "Le&nbsp;texte&nbsp;revu" in changes.text
    assert 'class="diff_header">Copie de travail</th>' in changes.text

    # The page as the copy would make it, for the editors only; readers still get the live one.
    preview = client.get(reverse("admin:articles_article_copy_preview", args=[live.pk]))
    assert "Le texte revu" in preview.text and "Le texte en ligne" not in preview.text
    assert "Aperçu de la copie de travail" in preview.text
    assert "no-cache" in preview["Cache-Control"] and "noindex" in preview["X-Robots-Tag"]
    assert reader.get(reverse("admin:articles_article_copy_preview", args=[live.pk])).status_code == 302

    # The change form shows the copy, and says the live article is untouched.
    with django_assert_max_num_queries(40):
        form_page = client.get(change_url(live))
    form = form_page.context["adminform"].form
    assert form["body"].value() == NEW_BODY and form["status"].value() == "review"
    assert "copie de travail" in form_page.text

    # Publishing applies the copy through the publication rule: new text, new figures.
    response = save(client, live, status="published")
    assert response.status_code == 302, response.context["adminform"].form.errors
    live.refresh_from_db()
    assert (live.body, live.status, live.version) == (NEW_BODY, "published", before["version"] + 1)
    assert not WorkingCopy.objects.filter(article=live).exists()
    assert "Le texte revu" in public_text(reader, live) and "Le texte en ligne" not in public_text(reader, live)
    assert {statistic.value for statistic in Statistic.objects.filter(article=live)} == {15}


def test_an_author_proposes_a_copy_of_their_live_article_but_cannot_publish_it(client, live):
    client.force_login(live.created_by)
    page = client.get(change_url(live))
    assert page.status_code == 200
    assert "published" not in [value for value, _ in page.context["adminform"].form.fields["status"].choices]
    # Links go to the copy, figures are the live article's rows: only the links are offered.
    inlines = [inline.formset.prefix for inline in page.context["inline_admin_formsets"]]
    assert inlines == ["links"]
    response = save(client, live, title="Vendre en ligne en 2024", status="review")
    assert response.status_code == 302
    live.refresh_from_db()
    assert live.title == "Vendre en ligne" and live.status == "published"
    assert WorkingCopy.objects.get(article=live).values["title"] == "Vendre en ligne en 2024"
    response = save(client, live, status="published")
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["status"]
    # Nor by the bulk action, which is an editor's.
    client.post(reverse("admin:articles_article_changelist"), {"action": "publish", "_selected_action": [live.pk]})
    live.refresh_from_db()
    assert live.title == "Vendre en ligne" and WorkingCopy.objects.filter(article=live).exists()
    # Another author may not even open it.
    client.force_login(make_user("octave", AUTHOR))
    assert client.get(change_url(live)).status_code == 403


@pytest.fixture
def linked(live):
    """The live article links to a page; another article is online to be linked to."""
    ArticleLink.objects.create(article=live, kind="external", url="https://exemple.fr/ancien", title="Ancien lien")
    other = Article.objects.create(
        title="Payer sans contact",
        slug="payer-sans-contact",
        description="Les paiements.",
        body="Un autre article.",
        theme=live.theme,
        status=Article.Status.PUBLISHED,
        publish_date=timezone.now() - timedelta(days=5),
    )
    return other


def live_links(article):
    return list(ArticleLink.objects.filter(article=article).values_list("kind", "title", "target_article"))


def test_the_links_of_a_live_article_are_edited_in_its_copy_compared_and_applied_when_it_is_published(
    client, editor, live, linked
):
    client.force_login(editor)
    reader = type(client)()
    form = form_data(client.get(change_url(live)))
    form.update(
        {
            "links-0-DELETE": "on",  # the page goes, an article comes
            "links-1-kind": "article",
            "links-1-target_article": str(linked.pk),
            "links-1-position": "1",
            "links-1-title": "Pour aller plus loin",
            "status": "review",
        }
    )
    response = client.post(change_url(live), form)
    assert response.status_code == 302, response.context["adminform"].form.errors
    # Online: the old link, as before.
    assert live_links(live) == [("external", "Ancien lien", None)]
    assert "Ancien lien" in public_text(reader, live) and "Payer sans contact" not in public_text(reader, live)
    link = {"position": 1, "kind": "article", "target_article": linked.pk, "target_slug": linked.slug}
    assert WorkingCopy.objects.get().values["links"] == [{**link, "title": "Pour aller plus loin", "url": ""}]

    # The review: the links are compared, the copy's preview shows its own.
    changes = client.get(reverse("admin:articles_article_changes", args=[live.pk])).context["diffs"]
    links_diff = next(diff for diff in changes if diff.label == "Contenus liés")
    table = html.unescape(links_diff.table).replace("\xa0", " ")
    assert links_diff.changed and "Ancien lien" in table and "Pour aller plus loin · payer-sans-contact" in table
    preview = client.get(reverse("admin:articles_article_copy_preview", args=[live.pk])).text
    assert "Payer sans contact" in preview and "Ancien lien" not in preview

    # The form shows the copy's links; one is removed and a book added, then the editor publishes.
    page = client.get(change_url(live))
    formset = next(
        inline.formset for inline in page.context["inline_admin_formsets"] if inline.formset.prefix == "links"
    )
    assert formset.holds_copy and [form.initial["title"] for form in formset.forms[:1]] == ["Pour aller plus loin"]
    response = save(
        client,
        live,
        status="published",
        **{
            "links-0-DELETE": "on",  # removed
            "links-1-kind": "book",
            "links-1-url": "https://exemple.fr/livre",
            "links-1-title": "Un livre",
            "links-1-position": "2",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert live_links(live) == [("book", "Un livre", None)]
    assert not WorkingCopy.objects.exists()
    assert "Un livre" in public_text(reader, live) and "Ancien lien" not in public_text(reader, live)


def test_the_links_a_copy_holds_are_read_not_changed_in_the_list_of_all_links(client, editor, live, linked):
    client.force_login(editor)
    WorkingCopy.objects.create(article=linked, values={})  # an older copy, which holds no links
    save(client, live, status="review")  # the copy now holds the article's links
    link = ArticleLink.objects.get(article=live)
    page = client.get(reverse("admin:articles_articlelink_change", args=[link.pk]))
    assert page.status_code == 200 and not page.context["has_change_permission"]
    assert client.post(reverse("admin:articles_articlelink_delete", args=[link.pk]), {"post": "yes"}).status_code == 403
    added = client.post(
        reverse("admin:articles_articlelink_add"),
        {"article": str(live.pk), "kind": "external", "url": "https://exemple.fr/x", "position": "0"},
    )
    assert added.status_code == 200 and added.context["adminform"].form.errors["article"]
    assert live_links(live) == [("external", "Ancien lien", None)]
    # The links of an article with no copy are changed here as before.
    other = ArticleLink.objects.create(article=linked, kind="external", url="https://exemple.fr/y")
    assert client.get(reverse("admin:articles_articlelink_change", args=[other.pk])).context["has_change_permission"]


def test_an_author_edits_the_links_of_their_live_article_in_its_copy_and_an_editor_publishes_them(
    client, editor, live, linked
):
    client.force_login(live.created_by)
    response = save(
        client,
        live,
        status="review",
        **{"links-1-kind": "article", "links-1-target_article": str(linked.pk), "links-1-position": "1"},
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert live_links(live) == [("external", "Ancien lien", None)], "an author never changes the live page"
    # Nor links their copy to another author's draft (its title would show in the copy's preview).
    secret = Article.objects.create(title="Brouillon d'Octave", slug="secret", created_by=make_user("octave", AUTHOR))
    response = save(client, live, **{"links-1-kind": "article", "links-1-target_article": str(secret.pk)})
    assert response.status_code == 200 and response.context["inline_admin_formsets"][0].formset.errors[1]
    assert [link["target_article"] for link in WorkingCopy.objects.get().values["links"]] == [None, linked.pk]
    # Another author may neither open the article nor add a link from it.
    client.force_login(User.objects.get(username="octave"))
    assert client.post(change_url(live), {"links-0-title": "x"}).status_code == 403
    # The editor's bulk action publishes the copy: its links with it.
    client.force_login(editor)
    client.post(reverse("admin:articles_article_changelist"), {"action": "publish", "_selected_action": [live.pk]})
    assert sorted(live_links(live), key=str) == sorted(
        [("external", "Ancien lien", None), ("article", "", linked.pk)], key=str
    )
    assert not WorkingCopy.objects.exists()


def test_the_publish_action_applies_the_reviewed_copy_and_sending_to_review_keeps_the_article_online(
    client, editor, live
):
    client.force_login(editor)
    save(client, live, body=NEW_BODY, status="draft")
    changelist = reverse("admin:articles_article_changelist")
    client.post(changelist, {"action": "send_to_review", "_selected_action": [live.pk]})
    live.refresh_from_db()
    assert live.is_public and WorkingCopy.objects.get(article=live).status == "review"
    assert "Le texte en ligne" in public_text(type(client)(), live)
    client.post(changelist, {"action": "publish", "_selected_action": [live.pk]})
    live.refresh_from_db()
    assert live.body == NEW_BODY and live.is_public and not WorkingCopy.objects.exists()
    assert live.history.first().history_user == editor


def test_a_programmed_copy_replaces_the_live_article_at_its_date_with_no_cron(client, editor, live, monkeypatch):
    client.force_login(editor)
    due = (timezone.localtime() + timedelta(hours=1)).replace(microsecond=0)
    response = save(
        client,
        live,
        body=NEW_BODY,
        status="published",
        publish_date_0=due.strftime("%d/%m/%Y"),
        publish_date_1=due.strftime("%H:%M:%S"),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    copy = WorkingCopy.objects.get(article=live)
    assert (copy.status, copy.publish_at) == ("scheduled", due)
    reader = type(client)()
    assert "Le texte en ligne" in public_text(reader, live)
    assert "sera publiée le" in str(list(client.get(change_url(live)).context["messages"])[0])

    # The date comes: the first request after it, whatever page, publishes the copy.
    later = timezone.now() + timedelta(hours=1, seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Le texte revu" in public_text(reader, live)
    live.refresh_from_db()
    assert (live.body, live.updated_date, live.status) == (NEW_BODY, due, "published")
    assert live.publish_date < due, "the article keeps its first publication date"
    assert not WorkingCopy.objects.exists()
    assert live.history.first().history_user == editor


def test_a_save_over_another_editors_copy_is_refused(client, editor, live):
    second = make_user("serge", EDITOR)
    client.force_login(editor)
    url = change_url(live)
    mine = form_data(client.get(url), title="Mon titre", status="draft")
    other = type(client)()
    other.force_login(second)
    response = other.post(url, form_data(other.get(url), title="Son titre", status="draft"))
    assert response.status_code == 302
    response = client.post(url, mine)
    assert response.status_code == 200
    assert "La copie de travail de cet article a été modifiée par serge" in response.text
    assert WorkingCopy.objects.get(article=live).values["title"] == "Son titre"


def test_discarding_the_copy_leaves_the_live_article(client, editor, live):
    client.force_login(editor)
    save(client, live, title="Autre titre", status="draft")
    assert client.get(reverse("admin:articles_article_discard_copy", args=[live.pk])).status_code == 405
    client.post(reverse("admin:articles_article_discard_copy", args=[live.pk]))
    assert not WorkingCopy.objects.exists()
    assert client.get(change_url(live)).context["adminform"].form["title"].value() == "Vendre en ligne"


def autosave_url(article):
    return reverse("admin:articles_article_autosave", args=[article.pk])


def test_autosave_keeps_the_typed_form_apart_and_offers_it_back(client, editor, live):
    client.force_login(editor)
    typed = form_data(client.get(change_url(live)), body="Une saisie en cours", title="Titre en cours")
    before = Article.objects.values().get(pk=live.pk)
    answer = client.post(autosave_url(live), typed)
    assert answer.status_code == 200 and answer.json()["message"].startswith("Enregistré automatiquement à ")
    assert Article.objects.values().get(pk=live.pk) == before and not WorkingCopy.objects.exists()
    saved = Autosave.objects.get(article=live, user=editor).data
    assert saved["body"] == ["Une saisie en cours"] and "csrfmiddlewaretoken" not in saved
    assert set(saved) <= {*RESTORED_FIELDS, "publish_date_0", "publish_date_1", "updated_date_0", "updated_date_1"}

    # The next visit offers it; restoring fills the form with it.
    page = client.get(change_url(live))
    assert "Restaurer cette saisie" in page.text
    restored = client.get(change_url(live), {"restaurer": "1"})
    form = restored.context["adminform"].form
    assert (form["body"].value(), form["title"].value()) == ("Une saisie en cours", "Titre en cours")
    assert str(form["theme"].value()) == str(live.theme_id)

    # Saving the article forgets it; so does "Ignorer".
    save(client, live, status="draft")
    assert not Autosave.objects.exists()
    client.post(autosave_url(live), typed)
    response = client.post(autosave_url(live), {"ignorer": "1"})
    assert response.status_code == 302 and not Autosave.objects.exists()


def test_autosave_and_presence_ask_the_rights_of_the_change_form(client, live):
    client.force_login(make_user("octave", AUTHOR))
    presence = reverse("admin:articles_article_presence", args=[live.pk])
    assert client.post(autosave_url(live), {"body": "x"}).status_code == 403
    assert client.post(presence).status_code == 403
    assert client.get(autosave_url(live)).status_code == 405
    anonymous = type(client)()
    assert anonymous.post(autosave_url(live), {"body": "x"}).status_code == 302  # to the login page
    assert not Autosave.objects.exists()


def test_each_editor_sees_who_else_is_editing(client, editor, live):
    second = make_user("serge", EDITOR)
    client.force_login(editor)
    assert "aussi cet article" not in client.get(change_url(live)).text
    other = type(client)()
    other.force_login(second)
    assert "edith modifie aussi cet article" in other.get(change_url(live)).text
    answer = client.post(reverse("admin:articles_article_presence", args=[live.pk])).json()
    assert answer["others"] == ["serge"]
    other.post(reverse("admin:articles_article_presence", args=[live.pk]), {"quitter": "1"})
    assert client.post(reverse("admin:articles_article_presence", args=[live.pk])).json()["others"] == []


def test_programmed_copies_cost_a_page_no_query_once_their_date_is_known(
    client, live, editor, django_assert_max_num_queries
):
    from django.core.cache import cache

    from articles.copies import NEXT_DUE_KEY

    cache.delete(NEXT_DUE_KEY)  # a cold process: the date is read once
    with django_assert_max_num_queries(1):
        client.get("/robots.txt")
    with django_assert_max_num_queries(0):
        client.get("/robots.txt")
    client.force_login(editor)
    due = timezone.localtime() + timedelta(days=1)
    save(client, live, status="published", publish_date_0=due.strftime("%d/%m/%Y"), publish_date_1="08:00:00")
    assert cache.get(NEXT_DUE_KEY) is None, "programming a copy renews the date"
    anonymous = type(client)()
    anonymous.get("/robots.txt")
    assert cache.get(NEXT_DUE_KEY)["at"] == WorkingCopy.objects.get().publish_at.timestamp()
    with django_assert_max_num_queries(0):
        anonymous.get("/robots.txt")


def test_a_copy_programmed_by_another_process_is_published_once_this_process_reads_the_date_again(
    client, editor, live, monkeypatch, django_assert_max_num_queries
):
    """With a cache of its own (local memory), a process is not told of a copy another process
    programs: it reads the date again every RECHECK_SECONDS, one query, and publishes it then."""
    from django.core.cache import cache

    from articles.copies import NEXT_DUE_KEY, RECHECK_SECONDS, save_copy, values_of

    edited = Article.objects.get(pk=live.pk)
    edited.body = NEW_BODY
    save_copy(live, values_of(edited, {}), user=editor, status="scheduled", publish_at=timezone.now())
    # What this process read just before the other one programmed the copy.
    cache.set(NEXT_DUE_KEY, {"at": None, "read_at": timezone.now().timestamp()}, timeout=None)
    reader = type(client)()
    with django_assert_max_num_queries(0):
        reader.get("/robots.txt")
    assert WorkingCopy.objects.exists()
    later = timezone.now() + timedelta(seconds=RECHECK_SECONDS + 1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Le texte revu" in public_text(reader, live)
    assert not WorkingCopy.objects.exists()


def test_a_programmed_copy_that_can_no_longer_be_published_goes_back_to_review(client, editor, live, monkeypatch):
    client.force_login(editor)
    other_theme = Theme.objects.create(name="Éphémère")
    due = timezone.localtime() + timedelta(hours=2)
    save(
        client,
        live,
        body=NEW_BODY,
        theme=str(other_theme.pk),
        status="published",
        publish_date_0=due.strftime("%d/%m/%Y"),
        publish_date_1=due.strftime("%H:%M:%S"),
    )
    assert WorkingCopy.objects.get().status == "scheduled"
    other_theme.delete()  # the copy's theme is gone before its date
    later = timezone.now() + timedelta(hours=3)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Le texte en ligne" in public_text(type(client)(), live)
    copy = WorkingCopy.objects.get()
    assert (copy.status, copy.publish_at) == ("review", None)
    live.refresh_from_db()
    assert live.body == OLD_BODY and live.is_public


# Session, user, permissions, the article and its copy, the form's choices, inlines, autosave,
# presence (one write), the changelist filter's links: measured 25 to 27.
MAX_CHANGE_FORM_QUERIES = 28
MAX_EDITING_CALL_QUERIES = 12  # an autosave or a heartbeat: session, user, rights, the article, one write


def test_the_change_form_and_its_background_calls_cost_the_same_queries_however_many_copies(
    client, editor, live, theme, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(editor)
    save(client, live, title="Copie", status="review")
    costs = []
    for others in (1, 20):
        while Article.objects.count() <= others:
            number = Article.objects.count()
            other = Article.objects.create(
                title=f"Autre {number}", slug=f"autre-{number}", status="published", theme=theme, description="d"
            )
            save(client, other, title=f"Copie {number}", status="draft")
            client.post(autosave_url(other), {"body": "saisie"})
        with django_assert_max_num_queries(MAX_CHANGE_FORM_QUERIES), CaptureQueriesContext(connection) as form_page:
            response = client.get(change_url(live))
        data = form_data(response, body="saisie")
        client.post(autosave_url(live), data)  # the first one creates its row; the next ones update it
        with django_assert_max_num_queries(MAX_EDITING_CALL_QUERIES), CaptureQueriesContext(connection) as autosave:
            client.post(autosave_url(live), data)
        presence = reverse("admin:articles_article_presence", args=[live.pk])
        with django_assert_max_num_queries(MAX_EDITING_CALL_QUERIES), CaptureQueriesContext(connection) as beat:
            client.post(presence)
        costs.append((len(form_page), len(autosave), len(beat)))
    assert costs[0] == costs[1], costs
