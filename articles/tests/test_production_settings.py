"""Production settings and what readers' software receives: deploy checks, canonical addresses, feeds."""

import json
import os
import re
import secrets
import subprocess
import sys

import feedparser
import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse

from articles.importing import import_bytes
from articles.models import Article
from articles.tests.conftest import PROJECT_DIR
from articles.tests.test_public_pages import json_ld, publish

HOSTILE_CANONICAL = "javascript:alert(document.domain)"


def documented_environment():
    """The production environment docs/deploy.md gives, read from its `export` lines."""
    lines = (PROJECT_DIR / "docs" / "deploy.md").read_text().splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("export "))
    words = []
    for line in lines[start:]:
        words += line.removeprefix("export ").rstrip("\\").split()
        if not line.endswith("\\"):
            break
    return dict(word.split("=", 1) for word in words)


def test_deploy_check_passes_with_the_documented_environment():
    documented = documented_environment()
    assert {"SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "SECURE_COOKIES", "BEHIND_HTTPS_PROXY"} <= set(documented)
    env = {"PATH": os.environ["PATH"], **documented, "SECRET_KEY": secrets.token_urlsafe(50)}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
@override_settings(SECURE_SSL_REDIRECT=True)
def test_plain_http_is_redirected_except_the_probes(client):
    response = client.get("/articles/")
    assert response.status_code == 301 and response["Location"].startswith("https://")
    assert client.get("/healthz").status_code == 200


@pytest.mark.django_db
def test_pages_are_never_framed(client):
    response = client.get("/articles/")
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


# --- canonical addresses ----------------------------------------------------------------------


def imported_with_canonical(canonical):
    # Complete enough for the importer to publish it (theme, author and date: nothing guessed).
    raw = (
        f'---\ntitle: "Adresse canonique"\ncanonical: "{canonical}"\ndescription: d\n'
        "theme: Essais\nauthor: Ada Lovelace\ndate: 2024-05-01\n---\n\nTexte.\n"
    )
    report = import_bytes(raw.encode(), "canonique.md", source_key="tests/canonique.md")
    assert report.status == "created", report.error
    return Article.objects.get(slug=report.slug)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "canonical", [HOSTILE_CANONICAL, " JavaScript:alert(1)", "data:text/html,x", "//evil.example/"]
)
def test_only_web_addresses_become_canonical(client, canonical):
    article = imported_with_canonical(canonical)
    assert article.canonical_url == ""
    html = client.get(article.get_absolute_url()).text
    own = f"http://127.0.0.1:8000{article.get_absolute_url()}"
    assert re.search(r'<link rel="canonical" href="([^"]*)"', html).group(1) == own
    assert re.search(r'<meta property="og:url" content="([^"]*)"', html).group(1) == own
    assert json_ld(html)["mainEntityOfPage"]["@id"] == own
    assert "javascript:" not in html.lower() and "data:text" not in html


@pytest.mark.django_db
def test_a_stored_hostile_canonical_is_never_rendered_and_forms_refuse_it(client):
    article = publish("Ancienne ligne")
    Article.objects.filter(pk=article.pk).update(canonical_url=HOSTILE_CANONICAL)  # written before the rule
    html = client.get(article.get_absolute_url()).text
    assert "javascript:" not in html
    article.refresh_from_db()
    with pytest.raises(ValidationError) as refused:
        article.full_clean()
    assert "canonical_url" in refused.value.message_dict


@pytest.mark.django_db
def test_a_web_canonical_address_is_kept(client):
    article = imported_with_canonical("https://source.example/article")
    html = client.get(article.get_absolute_url()).text
    assert '<link rel="canonical" href="https://source.example/article">' in html


# --- feeds ---------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["articles:feed_rss", "articles:feed_atom"])
def test_feed_descriptions_reach_readers_as_text(client, theme, name):
    description = 'Le <b>gras</b> & <img src=x onerror="alert(1)"> restent du texte'
    publish("Description piégée", description=description, theme=theme)
    feed = feedparser.parse(client.get(reverse(name)).content)
    assert not feed.bozo, feed.bozo_exception
    summary = feed.entries[0].summary
    # A reader renders the summary as HTML: the markup must arrive escaped, shown as typed.
    assert "<b>" not in summary and "<img" not in summary
    assert "&lt;b&gt;gras&lt;/b&gt;" in summary and "&lt;img" in summary


# --- page cache and pagination bounds ---------------------------------------------------------------


def page_cache_entries():
    from django.core.cache import cache

    return [key for key in cache._cache if "page-cache:page" in key]  # the local-memory cache's own keys


@pytest.mark.django_db
def test_random_queries_and_filters_do_not_fill_the_page_cache(client, imported_seeds, page_cache):
    junk = [
        ("/recherche/", {"q": "zqxwv-introuvable"}),
        ("/recherche/", {"q": " marketing  digital"}),  # not in its one written form
        ("/recherche/", {"q": ["marketing", "ventes"]}),
        ("/statistiques/", {"theme": "n-existe-pas"}),
        ("/statistiques/", {"source": "inventee"}),
        ("/statistiques/", {"indicateur": "Mauvaise Forme"}),
        ("/articles/", {"page": "01"}),
    ]
    for path, params in junk:
        assert client.get(path, params).status_code in (200, 404), (path, params)
    assert page_cache_entries() == []
    known = [("/recherche/", {"q": "marketing"}), ("/statistiques/", {"theme": "marketing"}), ("/articles/", {})]
    for path, params in known:
        assert client.get(path, params)["X-Page-Cache"] == "miss"
        assert client.get(path, params)["X-Page-Cache"] == "hit"
    assert len(page_cache_entries()) == len(known)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/statistiques/", "/articles/", "/recherche/?q=marketing&"])
def test_huge_page_numbers_are_not_found(client, imported_seeds, path):
    for number in ("9223372036854775807", "9223372036854775808", "1" * 40):
        assert client.get(f"{path}{'&' if '?' in path else '?'}page={number}".replace("&&", "&")).status_code == 404


def test_uploads_go_to_the_storage_the_environment_names(monkeypatch):
    """Files on this machine by default; any storage class and its options from the environment
    (the S3 configuration of docs/deploy.md), a malformed one refused at start-up."""
    from django.core.exceptions import ImproperlyConfigured

    from editorial.settings import media_storage

    monkeypatch.delenv("MEDIA_STORAGE_BACKEND", raising=False)
    monkeypatch.delenv("MEDIA_STORAGE_OPTIONS", raising=False)
    assert media_storage() == {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {}}
    s3 = {"bucket_name": "redaction-media", "endpoint_url": "https://s3.fr-par.scw.cloud", "querystring_auth": False}
    monkeypatch.setenv("MEDIA_STORAGE_BACKEND", "storages.backends.s3.S3Storage")
    monkeypatch.setenv("MEDIA_STORAGE_OPTIONS", json.dumps(s3))
    assert media_storage() == {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": s3}
    for malformed in ("{bucket_name: x}", '["redaction-media"]'):
        monkeypatch.setenv("MEDIA_STORAGE_OPTIONS", malformed)
        with pytest.raises(ImproperlyConfigured, match="MEDIA_STORAGE_OPTIONS"):
            media_storage()


@pytest.mark.skipif(not settings.IS_POSTGRES, reason="PostgreSQL's just-in-time compilation")
def test_postgres_does_not_compile_a_pages_queries_just_in_time(db):
    """PostgreSQL compiled the queries it estimated costly (105 ms of the home page's theme counts'
    375 ms at 10,000 articles); the site's connections turn it off."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
