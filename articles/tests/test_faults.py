"""Faults: the site keeps serving from the database when the cache dies, and /readyz says so."""

import shutil
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Author, Skill, Theme
from articles.tests.conftest import unavailable
from bench.processes import free_port, port_open, start_redis, stop, wait_until
from editorial.cache import TolerantRedisCache

pytestmark = pytest.mark.django_db
REDIS_SERVER = shutil.which("redis-server")


def redis_cache(port):
    return {
        "default": {
            "BACKEND": "editorial.cache.TolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": f"test-faults-{port}",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
        }
    }


@pytest.fixture(autouse=True)
def retry_redis_at_once(monkeypatch):
    """Each test starts with Redis not marked down, and retries it at once after a failure."""
    monkeypatch.setattr(TolerantRedisCache, "down_until", 0.0)
    monkeypatch.setattr("editorial.cache.RETRY_AFTER_SECONDS", 0.0)


@pytest.fixture
def public_urls(db):
    theme = Theme.objects.create(name="Marketing")
    author = Author.objects.create(name="Camille Martin")
    skill = Skill.objects.create(name="Analyse")
    article = Article.objects.create(
        title="Les chiffres du marketing",
        description="Ce que disent les études.",
        body="Selon une étude de Gartner, 42 % des entreprises utilisent déjà l'IA.",
        status=Article.Status.PUBLISHED,
        publish_date=timezone.now() - timedelta(days=1),
        theme=theme,
    )
    article.authors.add(author)
    article.skills.add(skill)
    article.tags.add("ia")
    return [
        "/",
        "/articles/",
        article.get_absolute_url(),
        theme.get_absolute_url(),
        author.get_absolute_url(),
        skill.get_absolute_url(),
        reverse("articles:tag", args=["ia"]),
        reverse("articles:search") + "?q=chiffres",
        reverse("articles:feed_rss"),
        reverse("articles:theme_feed_atom", args=[theme.slug]),
        reverse("articles:statistics"),
        "/sitemap.xml",
        "/sitemap-articles.xml",
    ]


def assert_every_page_served(client, urls):
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url


def test_a_dead_cache_costs_no_page_and_readyz_reports_it(client, public_urls, settings, caplog):
    settings.PAGE_CACHE = True
    settings.CACHES = redis_cache(free_port())  # nothing listens there
    assert_every_page_served(client, public_urls)
    assert client.get("/healthz").status_code == 200  # liveness: the process answers
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["database"] == "ok" and response.json()["cache"] != "ok"
    assert any("Cache indisponible" in record.getMessage() for record in caplog.records)
    # An editor's save still invalidates (nothing to do) without failing.
    article = Article.objects.get(slug="les-chiffres-du-marketing")
    article.title = "Nouveau titre"
    article.save()
    assert "Nouveau titre" in client.get(article.get_absolute_url()).text


def test_readyz_is_200_when_every_dependency_answers(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_the_cache_reuses_one_redis_client(settings):
    settings.CACHES = redis_cache(free_port())  # no connection is opened to build a client
    client = cache._cache.get_client()
    assert cache._cache.get_client("key", write=True) is client


def test_pages_survive_stopping_and_restarting_redis(client, public_urls, settings):
    if REDIS_SERVER is None:
        unavailable("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    settings.PAGE_CACHE = True
    settings.CACHES = redis_cache(port)
    server = start_redis(port, REDIS_SERVER)
    try:
        url = public_urls[2]
        assert client.get(url)["X-Page-Cache"] == "miss"
        assert client.get(url)["X-Page-Cache"] == "hit"
        assert client.get("/readyz").status_code == 200

        stop(server)
        wait_until(lambda: not port_open(port), f"redis-server still listens on port {port}")
        assert_every_page_served(client, public_urls)
        assert client.get("/readyz").status_code == 503

        server = start_redis(port, REDIS_SERVER)
        assert client.get("/readyz").status_code == 200
        assert client.get(url)["X-Page-Cache"] == "miss"  # the restarted Redis is empty
        assert client.get(url)["X-Page-Cache"] == "hit"
    finally:
        stop(server)
        cache.close()
