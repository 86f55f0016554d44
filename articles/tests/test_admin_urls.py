"""Every admin address, walked as anonymous, Auteur and Éditeur, with the answer each must get.

The addresses come from the URL resolver (a new admin page is walked without being listed here);
each is filled in with a real object: another author's draft, its link, figure, revision, and so on.
The Auteur is the hostile user: nothing of another author's draft may be reached.
"""

import io
import re

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from PIL import Image
from taggit.models import Tag

from articles.models import (
    Article,
    ArticleLink,
    Author,
    HomePlacement,
    Indicator,
    Job,
    MediaImage,
    Skill,
    SlugRedirect,
    Source,
    Statistic,
    Theme,
)
from articles.tasks import run_job
from articles.tests.admin_helpers import AUTHOR, make_user

pytestmark = pytest.mark.django_db
LOGIN = "login"  # the answer "302 to the login page"
ANONYMOUS, AUTEUR, EDITEUR = "anonymous", "auteur", "editeur"

# What each group may do on each model: "crud" (everything), "view", or nothing. An Auteur's rights on
# articles and links stop at their own drafts: the objects walked here are another author's.
RIGHTS = {
    EDITEUR: {
        "articles_job": "view", "articles": "crud", "taggit": "crud", "axes_accessattempt": "view+delete",
        "axes_accesslog": "view", "axes_accessfailurelog": "view", "auth": "",
    },
    AUTEUR: {
        "articles_article": "add", "articles_articlelink": "add", "articles_author": "view",
        "articles_theme": "view", "articles_skill": "view", "taggit_tag": "view",
        "articles_mediaimage": "view+add",
    },
}  # fmt: skip
# Django's own answers that are no permission matter.
SITE_PAGES = {
    "index": 200, "password_change": 200, "password_change_done": 200, "jsi18n": 200,
    "logout": 405,  # logging out is a POST
    "login": 302,  # already logged in: back to the index
    "autocomplete": 403,  # without its parameters
    "app_list": 200,
}  # fmt: skip


def admin_patterns():
    """(name, route) of every address the admin site answers, from the resolver."""

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), pattern.namespace or namespace)
            elif namespace == "admin":
                yield pattern.name, prefix + str(pattern.pattern)

    return list(walk(get_resolver().url_patterns, "", None))


def library_image():
    picture = io.BytesIO()
    Image.new("RGB", (300, 200), "teal").save(picture, format="PNG")
    image = MediaImage(alt="Une image de la médiathèque")
    image.file.save("vue.png", ContentFile(picture.getvalue()), save=False)
    image.save()
    return image


@pytest.fixture
def objects(editor, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    other = make_user("octave", AUTHOR)
    theme = Theme.objects.create(name="Marketing")
    skill = Skill.objects.create(name="Analyse")
    person = Author.objects.create(name="Camille Martin")
    draft = Article(
        title="Brouillon d'un autre",
        slug="brouillon-d-un-autre",
        body="Selon une étude de Gartner publiée en 2023, 42 % des entreprises utilisent déjà l'IA.",
        created_by=other,
        theme=theme,
    )
    draft._history_user = other
    draft.save()
    draft.title = "Brouillon d'un autre, revu"
    draft.save()
    statistic = Statistic.objects.filter(article=draft).first()
    assert statistic is not None
    source = statistic.source or Source.objects.create(name="Gartner")
    indicator = Indicator.objects.create(name="Adoption de l'IA")
    draft.tags.add("veille")
    job = Job.objects.create(kind=Job.Kind.REEXTRACTION, created_by=editor)
    attempt = {"user_agent": "test", "ip_address": "203.0.113.1", "username": "x", "http_accept": "*/*"}
    attempt_keys = {"path_info": "/admin/login/", "attempt_time": timezone.now()}
    return {
        "articles_article": draft.pk,
        "articles_articlelink": ArticleLink.objects.create(article=draft, kind="article", target_slug="plus-tard").pk,
        "articles_author": person.pk,
        "articles_theme": theme.pk,
        "articles_skill": skill.pk,
        "articles_statistic": statistic.pk,
        "articles_source": source.pk,
        "articles_indicator": indicator.pk,
        "articles_slugredirect": SlugRedirect.objects.create(old_slug="ancien", article=draft).pk,
        "articles_homeplacement": HomePlacement.objects.create(article=draft).pk,
        "articles_mediaimage": library_image().pk,
        "taggit_tag": Tag.objects.get(name="veille").pk,
        "auth_user": other.pk,
        "auth_group": Group.objects.get(name=AUTHOR).pk,
        "axes_accessattempt": AccessAttempt.objects.create(**attempt, **attempt_keys, failures_since_start=1).pk,
        "axes_accesslog": AccessLog.objects.create(**attempt, **attempt_keys).pk,
        "axes_accessfailurelog": AccessFailureLog.objects.create(**attempt, **attempt_keys, locked_out=False).pk,
        "articles_job": job.pk,
        "django_tasks_database_dbtaskresult": run_job.enqueue(job.pk).id,
        "history_id": draft.history.order_by("history_id").first().history_id,
        "content_type": ContentType.objects.get_for_model(Article).pk,
    }


def model_of(route):
    match = re.match(r"admin/(auth|axes|articles|taggit|django_tasks_database)/(\w+)/", route)
    return f"{match[1]}_{match[2]}" if match else None


def address(route, objects):
    """The route filled in with the walked objects."""
    model = model_of(route)
    filled = route.replace("^([^/]+)/history/([^/]+)/$", f"{objects.get(model)}/history/{objects['history_id']}/")
    filled = filled.replace(
        "<path:content_type_id>/<path:object_id>", f"{objects['content_type']}/{objects['articles_article']}"
    )
    filled = re.sub(r"<(path:object_id|id)>", str(objects.get(model)), filled)
    filled = re.sub(r"\^\(\?P<app_label>[\w|]+\)/\$", "articles/", filled)
    filled = filled.replace("(?P<url>.*)$", "nulle-part/")
    return "/" + filled


def view_kind(name, route):
    if name is None:
        return "catch_all" if "(?P<url>" in route else "object_redirect"
    model = model_of(route)
    return name.removeprefix(f"{model}_") if model else name


def rights_of(role, model):
    table = RIGHTS[role]
    return table.get(model, table.get(model.split("_")[0], ""))


def expected(role, name, route):
    """The answer `role` must get for a GET of this admin address."""
    kind = view_kind(name, route)
    model = model_of(route)
    if role == ANONYMOUS:
        return {"login": 200, "logout": 302}.get(kind, LOGIN)  # logout: back to the index
    if model is None and kind in SITE_PAGES:
        return SITE_PAGES[kind]
    if kind == "catch_all":
        return 404
    if kind == "view_on_site":  # the draft's public address: only for who may read it
        return 302 if role == EDITEUR else 404
    rights = rights_of(role, model)
    if kind == "object_redirect":  # <id>/ → <id>/change/, which answers for itself
        return 302
    if kind in (
        "markdown_preview",
        "process_import",
        "cancel",
        "picker_upload",
        "autosave",
        "presence",
        "discard_copy",
    ):
        return 405  # POST only
    if kind in ("import", "export", "import_documents"):
        return 200 if role == EDITEUR else 403
    if kind == "copy_preview":  # the walked draft has no working copy
        return 404 if role == EDITEUR else 403
    if kind == "preview":  # the draft on the public site, for who may read it
        return 302 if role == EDITEUR else 403
    if rights == "crud":
        return 200
    if model == "articles_articlelink" and role == AUTEUR and kind not in ("changelist", "add"):
        return 302  # a link of another's article is not in their list: "not found", back to the index
    if kind == "add":
        return 200 if "add" in rights else 403
    if kind in ("changelist", "links"):
        return 200 if rights else 403
    if kind == "suggestions":
        return 403
    if kind == "delete":
        return 200 if "delete" in rights else 403
    # change, history, changes, simple_history (revert) of the walked object
    return 200 if rights.startswith("view") else 403


@pytest.fixture
def clients(editor, author):
    signed_in = {ANONYMOUS: Client()}
    for role, user in ((AUTEUR, author), (EDITEUR, editor)):
        signed_in[role] = Client()
        signed_in[role].force_login(user)
    return signed_in


def answer(response):
    if response.status_code == 302 and "/admin/login/" in response["Location"]:
        return LOGIN
    return response.status_code


def test_every_admin_address_answers_each_role_as_expected(clients, objects):
    patterns = admin_patterns()
    assert len(patterns) >= 100, "the resolver should list every admin page"
    wrong = []
    for name, route in patterns:
        url = address(route, objects)
        for role, client in clients.items():
            got = answer(client.get(url))
            want = expected(role, name, route)
            if got != want:
                wrong.append(f"{role:9} {url} ({name}): {got}, expected {want}")
    assert not wrong, "\n".join(wrong)


def test_the_walk_leaves_another_authors_draft_unchanged_and_unnamed(clients, objects):
    draft = Article.objects.get(pk=objects["articles_article"])
    for name, route in admin_patterns():
        response = clients[AUTEUR].get(address(route, objects))
        if response.status_code == 200 and not response.streaming:
            assert draft.title not in response.content.decode(), name
    assert Article.objects.get(pk=draft.pk).title == draft.title


ARTICLE_ACTIONS = [
    "publish",
    "unpublish",
    "send_to_review",
    "mark_reviewed",
    "set_theme",
    "add_skill",
    "delete_selected",
]


@pytest.mark.parametrize("action", ARTICLE_ACTIONS)
def test_bulk_actions_on_another_authors_draft_change_nothing(clients, objects, action):
    draft = Article.objects.get(pk=objects["articles_article"])
    before = draft.history.count()
    changelist = reverse("admin:articles_article_changelist")
    data = {"action": action, "_selected_action": [draft.pk], "post": "yes", "index": 0}
    response = clients[AUTEUR].post(changelist, data)
    assert response.status_code in (200, 302, 403)
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT and draft.history.count() == before


@pytest.mark.parametrize(
    "model", ["articles_articlelink", "articles_statistic", "articles_author", "taggit_tag", "axes_accessattempt"]
)
def test_authors_bulk_delete_removes_nothing(clients, objects, model):
    app, name = model.split("_", 1)
    changelist = reverse(f"admin:{app}_{name}_changelist")
    data = {"action": "delete_selected", "_selected_action": [objects[model]], "post": "yes"}
    clients[AUTEUR].post(changelist, data)
    model_class = ContentType.objects.get(app_label=app, model=name).model_class()
    assert model_class.objects.filter(pk=objects[model]).exists()


def test_autocomplete_never_offers_another_authors_draft(clients, objects):
    url = reverse("admin:autocomplete")
    for model, field in (("articlelink", "target_article"), ("articlelink", "article"), ("statistic", "article")):
        params = {"term": "Brouillon", "app_label": "articles", "model_name": model, "field_name": field}
        response = clients[AUTEUR].get(url, params)
        assert response.status_code in (200, 403)
        assert "Brouillon d'un autre" not in response.text
        assert "Brouillon d'un autre" in clients[EDITEUR].get(url, params).text


def test_users_and_groups_are_for_superusers_only(clients, objects):
    for url in (reverse("admin:auth_user_changelist"), reverse("admin:auth_group_changelist")):
        assert clients[EDITEUR].get(url).status_code == 403
    assert User.objects.filter(pk=objects["auth_user"]).exists()
