"""Curation and workflow through the admin: lists, publication checks, bulk actions, previews, links."""

from django.core.signing import TimestampSigner
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from articles.models import Article, ArticleLink, Author, Skill, SlugRedirect
from articles.preview import PREVIEW_SALT, make_preview_token, preview_url
from articles.tests.admin_helpers import change_url, form_data

CHANGELIST = reverse("admin:articles_article_changelist")


def make_articles(count, theme, first=0):
    skill = Skill.objects.get_or_create(name="Analyse", theme=theme)[0]
    author = Author.objects.get_or_create(name="Ada Lovelace")[0]
    for number in range(first, first + count):
        article = Article.objects.create(
            title=f"Article {number}", slug=f"article-{number}", theme=theme, status="published", description="d"
        )
        article.skills.add(skill)
        article.authors.add(author)
        article.tags.add("chiffres")


MAX_CHANGELIST_QUERIES = 10  # everything: session, user, permissions and the list itself


def changelist_queries(client, django_assert_max_num_queries, **filters):
    with django_assert_max_num_queries(MAX_CHANGELIST_QUERIES), CaptureQueriesContext(connection) as queries:
        response = client.get(CHANGELIST, filters)
    assert response.status_code == 200
    return len(queries), response


def test_changelist_costs_the_same_bounded_queries_at_two_sizes(client, editor, theme, django_assert_max_num_queries):
    client.force_login(editor)
    counts = []
    for total in (3, 130):
        make_articles(total - Article.objects.count(), theme, first=Article.objects.count())
        skill = Skill.objects.first()
        plain, response = changelist_queries(client, django_assert_max_num_queries)
        assert response.context["cl"].result_count == total
        filtered, response = changelist_queries(
            client, django_assert_max_num_queries, skills__id__exact=skill.pk, statistiques="non", a_verifier="non"
        )
        assert response.context["cl"].result_count == skill.articles.count()
        assert f'<option value="{skill.pk}" selected>{skill.name}</option>' in response.text
        counts.append((plain, filtered))
    assert counts[0] == counts[1], counts


def test_changelist_filters_by_skill_author_and_tag_without_listing_them(client, editor, theme):
    make_articles(4, theme)
    tagged = Article.objects.get(slug="article-0")
    tagged.tags.add("rare")
    client.force_login(editor)
    response = client.get(CHANGELIST)
    assert response.text.count('class="admin-autocomplete"') == 3, "skills, authors and tags are typed, not listed"
    assert 'data-field-name="tags"' in response.text
    tag_id = tagged.tags.get(name="rare").pk
    response = client.get(CHANGELIST, {"tags__id__exact": tag_id, "status__exact": "published"})
    assert [article.slug for article in response.context["cl"].result_list] == ["article-0"]
    assert '<input type="hidden" name="status__exact" value="published">' in response.text
    found = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "articles", "model_name": "article", "field_name": "skills", "term": "Anal"},
    ).json()
    assert [item["text"] for item in found["results"]] == ["Analyse"]


def test_needs_review_inbox_lists_the_guesses(client, editor, raw_imported_seeds):
    client.force_login(editor)
    response = client.get(CHANGELIST, {"a_verifier": "oui"})
    flagged = Article.objects.filter(needs_review=True)
    assert response.context["cl"].result_count == flagged.count() > 0
    assert escape(flagged.first().guesses[0]) in response.text


def test_an_incomplete_draft_saves_but_cannot_be_published(client, editor):
    client.force_login(editor)
    add = reverse("admin:articles_article_add")
    response = client.post(add, form_data(client.get(add), title="Ébauche", slug="ebauche", status="draft"))
    assert response.status_code == 302
    article = Article.objects.get(slug="ebauche")
    response = client.post(change_url(article), form_data(client.get(change_url(article)), status="published"))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert set(errors) >= {"description", "theme"}
    article.refresh_from_db()
    assert article.status == "draft"


def test_bulk_publish_refuses_incomplete_articles_with_a_message(client, editor, theme):
    ready = Article.objects.create(title="Prêt", slug="pret", description="d", theme=theme, status="review")
    incomplete = Article.objects.create(title="Incomplet", slug="incomplet", status="review")
    client.force_login(editor)
    response = client.post(
        CHANGELIST, {"action": "publish", "_selected_action": [ready.pk, incomplete.pk]}, follow=True
    )
    messages = [str(m) for m in response.context["messages"]]
    assert any("Incomplet" in m and "description" in m for m in messages)
    ready.refresh_from_db()
    incomplete.refresh_from_db()
    assert ready.is_public and incomplete.status == "review"


def test_bulk_actions_set_theme_add_skill_mark_reviewed_unpublish(client, editor, theme, imported_seeds):
    client.force_login(editor)
    skill = Skill.objects.create(name="Rédaction")
    flagged = list(Article.objects.filter(needs_review=True).values_list("pk", flat=True))
    selection = {"_selected_action": flagged}
    page = client.post(CHANGELIST, {"action": "set_theme", **selection})
    assert page.status_code == 200 and "Choisir le thème" in page.text  # the intermediate page
    client.post(CHANGELIST, {"action": "set_theme", "apply": "1", "choice": theme.pk, **selection})
    client.post(CHANGELIST, {"action": "add_skill", "apply": "1", "choice": skill.pk, **selection})
    client.post(CHANGELIST, {"action": "mark_reviewed", **selection})
    for article in Article.objects.filter(pk__in=flagged):
        assert article.theme == theme and skill in article.skills.all()
        assert not article.needs_review and article.guesses == []
    client.post(CHANGELIST, {"action": "unpublish", **selection})
    assert not Article.objects.published().filter(pk__in=flagged).exists()


def test_live_preview_uses_the_public_renderer(client, editor):
    client.force_login(editor)
    url = reverse("admin:articles_article_markdown_preview")
    response = client.post(url, {"body": "## Titre\n\n*ok* <script>alert(1)</script>"})
    assert response.status_code == 200
    html = response.json()["html"]
    assert '<h2 id="titre">' in html and "<em>ok</em>" in html and "<script>" not in html
    assert client.get(url).status_code == 405


def test_staff_preview_and_view_on_site(client, editor, theme):
    draft = Article.objects.create(title="Brouillon", slug="brouillon")
    client.force_login(editor)
    response = client.get(reverse("admin:articles_article_preview", args=[draft.pk]), follow=True)
    assert response.status_code == 200 and "Brouillon" in response.text
    # "View on site" only for what readers can see; drafts have the preview instead.
    assert client.get(change_url(draft)).context["has_absolute_url"] is False
    public = Article.objects.create(title="Publié", slug="publie", description="d", theme=theme, status="published")
    assert client.get(change_url(public)).context["has_absolute_url"] is True


def test_a_shared_preview_link_lets_anyone_read_a_draft_until_it_expires(client, db, settings):
    draft = Article.objects.create(title="Relecture externe", slug="relecture-externe", body="Texte secret")
    assert client.get(draft.get_absolute_url()).status_code == 404
    response = client.get(preview_url(draft))
    assert response.status_code == 200 and "Relecture externe" in response.text
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    token = make_preview_token(draft)
    assert client.get(reverse("shared_preview", args=[token[:-2] + "xx"])).status_code == 404
    forged = TimestampSigner(salt="autre").sign(str(draft.pk))
    assert client.get(reverse("shared_preview", args=[forged])).status_code == 404
    old = TimestampSigner(salt=PREVIEW_SALT)
    old.timestamp = lambda: "1"  # signed in 1970: long expired
    assert client.get(reverse("shared_preview", args=[old.sign(str(draft.pk))])).status_code == 404


def test_renaming_a_slug_in_the_admin_keeps_old_urls_and_links(client, editor, theme):
    target = Article.objects.create(title="Cible", slug="ancien-slug", description="d", theme=theme, status="published")
    source = Article.objects.create(title="Source", slug="source", description="d", theme=theme, status="published")
    ArticleLink.objects.create(article=source, target_article=target)
    client.force_login(editor)
    response = client.post(change_url(target), form_data(client.get(change_url(target)), slug="nouveau-slug"))
    assert response.status_code == 302
    assert SlugRedirect.objects.get(old_slug="ancien-slug").article == target
    assert ArticleLink.objects.get(article=source).target_slug == "nouveau-slug"
    client.logout()
    old = client.get("/articles/ancien-slug/")
    assert old.status_code == 301 and old["Location"] == "/articles/nouveau-slug/"
    # The target's page lists who links to it.
    client.force_login(editor)
    assert "Source" in client.get(change_url(target)).text


def test_link_report_lists_pending_and_unpublished_targets(client, editor, theme):
    article = Article.objects.create(title="Avec liens", slug="avec-liens")
    hidden = Article.objects.create(title="Pas encore publié", slug="pas-encore")
    ArticleLink.objects.create(article=article, target_slug="a-ecrire", title="Un jour")
    ArticleLink.objects.create(article=article, target_article=hidden)
    client.force_login(editor)
    response = client.get(reverse("admin:articles_article_links"))
    assert [link.target_slug for link in response.context["pending"]] == ["a-ecrire"]
    assert [link.target_article for link in response.context["unpublished"]] == [hidden]


def test_skill_tree_is_listed_by_path_with_counts_and_merged_with_confirmation(client, editor, theme):
    root = Skill.objects.create(name="Analyse", theme=theme)
    child = Skill.objects.create(name="Cohortes", parent=root)
    duplicate = Skill.objects.create(name="Analyse de données")
    grandchild = Skill.objects.create(name="Rétention", parent=duplicate)
    article = Article.objects.create(title="A", slug="a")
    article.skills.add(duplicate)
    client.force_login(editor)
    changelist = reverse("admin:articles_skill_changelist")
    listing = client.get(changelist)
    assert [s.pk for s in listing.context["cl"].result_list] == [root.pk, child.pk, duplicate.pk, grandchild.pk]
    assert "— Cohortes" in listing.text
    confirm = client.post(changelist, {"action": "merge_compétences", "_selected_action": [root.pk, duplicate.pk]})
    assert confirm.status_code == 200 and "Oui, fusionner" in confirm.text
    assert Skill.objects.filter(pk=duplicate.pk).exists()
    client.post(
        changelist,
        {"action": "merge_compétences", "apply": "1", "target": root.pk, "_selected_action": [root.pk, duplicate.pk]},
    )
    assert not Skill.objects.filter(pk=duplicate.pk).exists()
    assert list(article.skills.all()) == [root]
    grandchild.refresh_from_db()
    assert grandchild.parent == root and grandchild.path.startswith(root.path)


def test_tags_are_merged_with_confirmation(client, editor):
    first = Article.objects.create(title="A", slug="a")
    second = Article.objects.create(title="B", slug="b")
    first.tags.add("IA", "intelligence artificielle")
    second.tags.add("intelligence artificielle")
    from taggit.models import Tag

    keep, drop = Tag.objects.get(name="IA"), Tag.objects.get(name="intelligence artificielle")
    client.force_login(editor)
    client.post(
        reverse("admin:taggit_tag_changelist"),
        {"action": "merge_mots-clés", "apply": "1", "target": keep.pk, "_selected_action": [keep.pk, drop.pk]},
    )
    assert not Tag.objects.filter(pk=drop.pk).exists()
    assert list(first.tags.names()) == ["IA"] and list(second.tags.names()) == ["IA"]


def test_links_changelist_filters_pending_targets(client, editor):
    article = Article.objects.create(title="Avec liens", slug="avec-liens")
    pending = ArticleLink.objects.create(article=article, target_slug="a-ecrire", title="Un jour")
    ArticleLink.objects.create(article=article, kind="external", url="https://example.org", title="Ailleurs")
    client.force_login(editor)
    response = client.get(reverse("admin:articles_articlelink_changelist"), {"cible": "en-attente"})
    assert list(response.context["cl"].result_list) == [pending]


def test_editor_types_new_tags_beside_existing_ones(client, editor, theme):
    from taggit.models import Tag

    make_articles(1, theme)
    article = Article.objects.get()
    existing = Tag.objects.get(name="chiffres")
    client.force_login(editor)
    page = client.get(change_url(article))
    assert 'data-tags="true"' in page.content.decode()

    response = client.post(change_url(article), form_data(page, tags=[str(existing.pk), "données ouvertes"]))

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert sorted(article.tags.names()) == ["chiffres", "données ouvertes"]
    assert Tag.objects.filter(name="données ouvertes").count() == 1


def test_a_form_sent_back_with_errors_keeps_the_new_tags_it_was_given(client, editor, theme):
    make_articles(1, theme)
    article = Article.objects.get()
    client.force_login(editor)
    data = form_data(client.get(change_url(article)), tags=["IA générative"], title="")

    response = client.post(change_url(article), data)

    assert response.status_code == 200  # the empty title is refused
    assert '<option value="IA générative" selected>IA générative</option>' in response.content.decode()


def test_taxonomy_and_tag_lists_count_articles(client, editor, theme):
    make_articles(2, theme)
    Article.objects.get(slug="article-0").tags.add("veille")
    client.force_login(editor)

    def counts(changelist):
        response = client.get(reverse(changelist))
        return {row.name: row.article_total for row in response.context["cl"].result_list}

    assert counts("admin:taggit_tag_changelist") == {"chiffres": 2, "veille": 1}
    assert counts("admin:articles_theme_changelist") == {"Marketing": 2}
    assert counts("admin:articles_author_changelist") == {"Ada Lovelace": 2}
