"""The page cache: served without queries, invalidated by any change a page shows, never shared with staff."""

import os
import subprocess
import sys
import urllib.request
import uuid
from contextlib import suppress
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.utils import timezone

from articles.models import Article, Author, Statistic, Theme
from articles.tests.conftest import unavailable
from bench.processes import port_open, start_gunicorn, stop

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379


@pytest.fixture
def article():
    author = Author.objects.create(name="Camille Martin")
    published = Article.objects.create(
        title="Les chiffres du marketing",
        description="Ce que disent les études.",
        body="Selon une étude de Gartner, 42 % des entreprises utilisent déjà l'IA.",
        status=Article.Status.PUBLISHED,
        publish_date=timezone.now() - timedelta(days=1),
        theme=Theme.objects.create(name="Marketing"),
    )
    published.authors.add(author)
    return published


def get_twice(client, url):
    """The second answer, once the first has filled the cache."""
    first = client.get(url)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    return second


def test_second_anonymous_get_is_served_from_the_cache_without_queries(client, article, django_assert_num_queries):
    url = article.get_absolute_url()
    first = client.get(url)
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


def test_cached_page_still_answers_conditional_get_with_304(client, article):
    cached = get_twice(client, article.get_absolute_url())
    assert client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=cached["ETag"]).status_code == 304


def test_saving_the_article_invalidates_its_page(client, article):
    get_twice(client, article.get_absolute_url())
    article.title = "Les nouveaux chiffres du marketing"
    article.save()
    response = client.get(article.get_absolute_url())
    assert response["X-Page-Cache"] == "miss"
    assert "Les nouveaux chiffres du marketing" in response.content.decode()


def test_adding_a_tag_invalidates_the_page(client, article):
    get_twice(client, article.get_absolute_url())
    article.tags.add("intelligence artificielle")
    assert "intelligence artificielle" in client.get(article.get_absolute_url()).content.decode()


def test_renaming_an_author_invalidates_the_pages_that_show_them(client, article):
    get_twice(client, article.get_absolute_url())
    get_twice(client, "/")
    author = article.authors.get()
    author.name = "Camille Martin-Durand"
    author.save()
    assert "Camille Martin-Durand" in client.get(article.get_absolute_url()).content.decode()
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_verifying_a_statistic_invalidates_the_page(client, article):
    statistic = Statistic.objects.filter(article=article).first()
    assert statistic is not None, "the extractor found no figure in the article body"
    get_twice(client, article.get_absolute_url())
    statistic.status = Statistic.Status.VERIFIED
    statistic.save()
    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "miss"


def test_verifying_statistics_in_bulk_from_the_admin_invalidates_the_page(client, article, admin_user):
    """The admin action uses QuerySet.update(), which sends no signal: the write itself counts."""
    statistic = Statistic.objects.filter(article=article).first()
    get_twice(client, article.get_absolute_url())
    staff = Client()
    staff.force_login(admin_user)
    response = staff.post("/admin/articles/statistic/", {"action": "verify", "_selected_action": [statistic.pk]})
    assert response.status_code == 302
    statistic.refresh_from_db()
    assert statistic.status == Statistic.Status.VERIFIED
    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "miss"


def test_writes_that_send_no_signal_invalidate_too_and_other_tables_do_not(client, article, admin_user):
    """Invalidation is seen where all SQL passes: update() and bulk_create() count, logging in does not."""
    from articles.cache import current_generation

    before = current_generation()
    client.force_login(admin_user)  # writes the session and the user's last login: no page shows them
    client.post("/admin/login/", {"username": admin_user.username, "password": "wrong"})
    assert current_generation() == before
    Article.objects.filter(pk=article.pk).update(title="Les chiffres du marketing, revus")
    after_update = current_generation()
    assert after_update != before
    Author.objects.bulk_create([Author(name="Nouvelle plume", slug="nouvelle-plume")])
    assert current_generation() != after_update


@pytest.mark.django_db(transaction=True)
def test_a_write_invalidates_again_when_its_transaction_commits(article):
    """A page another process cached between the write and the commit must not survive the commit."""
    from articles.cache import current_generation

    with transaction.atomic():
        Article.objects.filter(pk=article.pk).update(title="Titre en cours d'enregistrement")
        during = current_generation()  # what a request served meanwhile would store pages under
    assert current_generation() != during


@pytest.mark.django_db(transaction=True)
def test_the_drop_at_commit_survives_a_rolled_back_savepoint(article):
    """The drop registered by a write inside a savepoint goes with it: the next write registers it again."""
    from articles.cache import current_generation

    with transaction.atomic():
        with suppress(RuntimeError), transaction.atomic():
            Author.objects.create(name="Plume annulée", slug="plume-annulee")
            raise RuntimeError("annulé")
        Article.objects.filter(pk=article.pk).update(title="Titre après le point de reprise")
        during = current_generation()
    assert current_generation() != during


@pytest.mark.django_db(transaction=True)
def test_a_transaction_drops_the_pages_once_now_and_once_at_commit(article, monkeypatch):
    """However many statements it writes: again now only after this process read the pages since."""
    from articles.cache import current_generation

    drops, drop = [], cache.delete_many
    monkeypatch.setattr(cache, "delete_many", lambda keys, **kwargs: drops.append(keys) or drop(keys, **kwargs))
    with transaction.atomic():
        for number in range(5):
            Author.objects.create(name=f"Plume {number}", slug=f"plume-{number}")
        assert len(drops) == 1
        read = current_generation()
        Article.objects.filter(pk=article.pk).update(title="Titre relu puis changé")
        assert len(drops) == 2
        assert current_generation() != read
    assert len(drops) == 3
    Article.objects.filter(pk=article.pk).update(title="Titre hors transaction")
    assert len(drops) == 4


def test_scheduled_article_appears_when_its_time_comes_without_a_save(client, article, monkeypatch):
    publish_at = timezone.now() + timedelta(hours=1)
    Article.objects.create(
        title="Article programmé pour demain",
        description="Bientôt.",
        status=Article.Status.PUBLISHED,
        publish_date=publish_at,
        theme=article.theme,
    )
    assert "Article programmé pour demain" not in get_twice(client, "/").content.decode()
    later = publish_at + timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Article programmé pour demain" in response.content.decode()


def test_staff_with_a_session_never_get_a_cached_page_nor_fill_it(client, article, admin_user):
    get_twice(client, article.get_absolute_url())
    client.force_login(admin_user)
    assert "X-Page-Cache" not in client.get(article.get_absolute_url())
    draft = Article.objects.create(title="Brouillon secret", body="Pas encore.", theme=article.theme)
    assert client.get(draft.get_absolute_url()).status_code == 200  # staff see drafts
    client.logout()
    client.cookies.clear()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_other_query_strings_and_the_admin_are_not_cached(client, article):
    url = article.get_absolute_url()
    client.get(f"{url}?utm_source=lettre")
    assert "X-Page-Cache" not in client.get(f"{url}?utm_source=lettre")
    assert "X-Page-Cache" not in client.get("/healthz")
    assert "X-Page-Cache" not in client.get("/admin/login/")


def test_page_cache_setting_off_disables_it(client, article, settings):
    settings.PAGE_CACHE = False
    client.get(article.get_absolute_url())
    assert "X-Page-Cache" not in client.get(article.get_absolute_url())


# --- Across processes, through Redis -------------------------------------------------------------


def fetch(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
        return response.headers.get("X-Page-Cache"), response.read().decode()


EDIT_SCRIPT = """
from articles.models import Article
article = Article.objects.get(slug="article-partage")
article.title = "Titre modifié dans un autre processus"
article.save()
"""
CREATE_SCRIPT = """
from django.utils import timezone
from articles.models import Article, Theme
Article.objects.create(title="Titre d'origine", slug="article-partage", description="Partagé.",
    body="Un article.", status="published", publish_date=timezone.now(), theme=Theme.objects.create(name="Data"))
"""
# An editor programs a working copy of the article, due already: the workers, which have read
# "nothing programmed" into the shared cache, must learn of it at their next request.
PROGRAM_COPY_SCRIPT = """
from datetime import timedelta
from django.utils import timezone
from articles.copies import save_copy, values_of
from articles.models import Article, WorkingCopy
article = Article.objects.get(slug="article-partage")
article.body = "Le texte de la copie programmée dans un autre processus."
save_copy(article, values_of(article, {}), user=None, status=WorkingCopy.Status.SCHEDULED,
    publish_at=timezone.now() - timedelta(seconds=1))
"""


def test_what_one_process_writes_reaches_the_pages_another_process_serves_through_redis(tmp_path):
    """Server and editor are separate processes sharing a SQLite file and one Redis database:
    an edit invalidates the cached page, a programmed copy is published at the next request."""
    if not port_open(REDIS_PORT, REDIS_HOST):
        unavailable(f"Redis is not reachable at {REDIS_HOST}:{REDIS_PORT}")
    root = Path(settings.BASE_DIR)
    env = os.environ | {
        # The project's settings, with static URLs that need no collectstatic first.
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}",
        "REDIS_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/9",
        "CACHE_KEY_PREFIX": f"test-{uuid.uuid4().hex}",  # this run's keys only: nothing to flush
        "SECRET_KEY": "test-only-secret-key",
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "PAGE_CACHE": "1",
    }
    manage = [sys.executable, str(root / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, cwd=root, check=True, timeout=300)
    subprocess.run([*manage, "shell", "-c", CREATE_SCRIPT], env=env, cwd=root, check=True, timeout=120)
    server, port = start_gunicorn(env)
    try:
        path = "/articles/article-partage/"
        # Two workers: ask until both have answered, then the page must come from the shared cache.
        answers = [fetch(port, path) for _ in range(4)]
        assert answers[0][0] == "miss"
        assert all(state == "hit" for state, _ in answers[1:])
        assert "Titre d'origine" in answers[-1][1]
        subprocess.run([*manage, "shell", "-c", EDIT_SCRIPT], env=env, cwd=root, check=True, timeout=120)
        state, body = fetch(port, path)
        assert state == "miss"
        assert "Titre modifié dans un autre processus" in body
        subprocess.run([*manage, "shell", "-c", PROGRAM_COPY_SCRIPT], env=env, cwd=root, check=True, timeout=120)
        bodies = [fetch(port, path)[1] for _ in range(2)]  # each worker in turn
        assert all("copie programmée dans un autre processus" in body for body in bodies)
    finally:
        stop(server)
