"""Two app servers (standing for two machines) on one PostgreSQL and one Redis: what happens on one,
the other shows at once — an edit (page cache), a programmed article at its time, a session and its
CSRF token, an uploaded image on the storage both use.

Each server is its own gunicorn; they share only what two machines would share: the database, Redis
and the media storage (`STORAGES` from the environment: a folder here, as a network file system
would be; an S3 bucket through MEDIA_STORAGE_BACKEND in production, docs/deploy.md). Needs
PostgreSQL at 127.0.0.1:5432 and Redis at 127.0.0.1:6379: skipped with the reason where they are
absent, failed in CI, which has both.
"""

import http.cookiejar
import io
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from html.parser import HTMLParser

import pytest

from articles.tests.conftest import PROJECT_DIR, unavailable
from bench.processes import port_open, start_gunicorn, stop

PG_HOST, PG_PORT = "127.0.0.1", 5432
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
REDIS_DB = 13  # this test's own, and this run's key prefix within it
SITE_HOST = "redaction.test"
PASSWORD = "deux-serveurs-mot-de-passe-17"
PROGRAMMED_IN = 12  # seconds: time to see both servers cache the page without it first

SETUP_SCRIPT = f"""
from django.contrib.auth import get_user_model
from django.utils import timezone
from articles.models import Article, Theme
get_user_model().objects.create_superuser("editeur", "editeur@example.org", {PASSWORD!r})
theme = Theme.objects.create(name="Économie", slug="economie")
Article.objects.create(title="Article partagé", slug="article-partage", description="Partagé.",
    body="Un article.", status="published", publish_date=timezone.now(), theme=theme)
"""
PROGRAM_SCRIPT = f"""
from datetime import timedelta
from django.utils import timezone
from articles.models import Article, Theme
date = timezone.now() + timedelta(seconds={PROGRAMMED_IN})
Article.objects.create(title="Article programmé", slug="article-programme", description="Plus tard.",
    body="Un article programmé.", status="published", publish_date=date, theme=Theme.objects.get(slug="economie"))
print(date.timestamp())
"""


@pytest.fixture
def database():
    """A database of this test's own on the PostgreSQL server, dropped at the end."""
    if not port_open(PG_PORT, PG_HOST):
        unavailable(f"PostgreSQL is not reachable at {PG_HOST}:{PG_PORT}")
    if not port_open(REDIS_PORT, REDIS_HOST):
        unavailable(f"Redis is not reachable at {REDIS_HOST}:{REDIS_PORT}")
    import psycopg

    name = f"deux_serveurs_{os.getpid()}"
    server = f"postgresql://postgres@{PG_HOST}:{PG_PORT}/postgres"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    yield f"postgres://postgres@{PG_HOST}:{PG_PORT}/{name}"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the test reads each redirect itself


class Browser:
    """One person: one cookie jar for both servers, as behind a load balancer's one address."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, port, path, data=None, headers=None):
        # The one address readers know, whichever machine the load balancer picked.
        headers = {"Host": SITE_HOST} | (headers or {})
        request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, headers=headers)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            with error:
                return error.code, error.headers, error.read().decode()

    def get(self, port, path):
        return self.request(port, path)

    def post(self, port, path, fields):
        return self.request(port, path, urllib.parse.urlencode(fields, doseq=True).encode())

    def post_files(self, port, path, fields, files):
        boundary = uuid.uuid4().hex
        body = io.BytesIO()
        for name, value in fields.items():
            body.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
        for name, (filename, content, content_type) in files.items():
            body.write(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                f"Content-Type: {content_type}\r\n\r\n".encode()
            )
            body.write(content + b"\r\n")
        body.write(f"--{boundary}--\r\n".encode())
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}", "X-CSRFToken": self.cookie("csrftoken")}
        return self.request(port, path, body.getvalue(), headers)

    def cookie(self, name):
        return next(cookie.value for cookie in self.jar if cookie.name == name)


class FormFields(HTMLParser):
    """What a browser would send for the page's form `form_id`: its inputs, text areas and selected options."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.fields, self.textarea, self.select = form_id, False, [], None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or not attrs.get("name") and tag != "option":
            return
        if tag == "input" and attrs.get("type") not in {"submit", "button", "file", "checkbox", "radio"}:
            self.fields.append((attrs["name"], attrs.get("value") or ""))
        elif tag == "input" and attrs.get("type") in {"checkbox", "radio"} and "checked" in attrs:
            self.fields.append((attrs["name"], attrs.get("value") or "on"))
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
        elif tag == "select":
            self.select = attrs["name"]
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append((self.select, attrs.get("value") or ""))

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self.textarea:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select":
            self.select = None
        elif tag == "form":
            self.inside = False


def form_fields(html, form_id):
    parser = FormFields(form_id)
    parser.feed(html)
    return dict(parser.fields)


def a_photo():
    from PIL import Image

    content = io.BytesIO()
    Image.new("RGB", (1200, 800), (30, 110, 160)).save(content, "PNG")
    return content.getvalue()


def page(browser, port, path):
    status, headers, body = browser.get(port, path)
    return status, headers.get("X-Page-Cache"), body


def test_two_app_servers_on_one_database_and_one_redis_show_the_same_site(database, tmp_path):
    media = tmp_path / "stockage-partage"
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "bench.settings",  # the project's, with static URLs needing no collectstatic
        "DATABASE_URL": database,
        "REDIS_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_DB}",
        "CACHE_KEY_PREFIX": f"deux-serveurs-{uuid.uuid4().hex}",
        "MEDIA_STORAGE_OPTIONS": json.dumps({"location": str(media)}),
        "SECRET_KEY": "test-only-secret-key-of-both-machines",
        "DEBUG": "0",
        "ALLOWED_HOSTS": f"127.0.0.1,{SITE_HOST}",
        "STATIC_ROOT": str(tmp_path),
        "PAGE_CACHE": "1",
        "TASKS_BACKEND": "database",
        "LOG_LEVEL": "ERROR",
    }
    manage = [sys.executable, str(PROJECT_DIR / "manage.py")]

    def run(*arguments):
        return subprocess.run(
            [*manage, *arguments], env=env, cwd=PROJECT_DIR, check=True, timeout=600, capture_output=True, text=True
        ).stdout

    run("migrate", "--noinput", "-v", "0")
    run("shell", "--no-imports", "-c", SETUP_SCRIPT)
    first, one = start_gunicorn(env, workers=1)
    try:
        second, other = start_gunicorn(env, workers=1)
    except RuntimeError:
        stop(first)
        raise
    reader, editor = Browser(), Browser()
    try:
        # Sessions and CSRF: logged in on one, the editor posts a form, read on that one, to the other.
        status, _, login = editor.get(one, "/admin/login/")
        token = form_fields(login, "login-form")["csrfmiddlewaretoken"]
        fields = {"csrfmiddlewaretoken": token, "username": "editeur", "password": PASSWORD, "next": "/admin/"}
        status, headers, _ = editor.post(one, "/admin/login/?next=/admin/", fields)
        assert (status, headers["Location"]) == (302, "/admin/")
        assert editor.get(other, "/admin/")[0] == 200  # the session is known there too

        # The page cache: both servers keep the theme page in Redis, an edit on one renews it on both.
        assert page(reader, other, "/themes/economie/")[1] == "miss"
        assert page(reader, other, "/themes/economie/")[1] == "hit"
        assert page(reader, one, "/themes/economie/")[1] == "hit"  # filled by the other machine
        theme_change = "/admin/articles/theme/1/change/"
        status, _, form = editor.get(one, theme_change)
        fields = form_fields(form, "theme_form") | {"name": "Économie et marchés", "_save": "Enregistrer"}
        status, headers, body = editor.post(other, theme_change, fields)
        assert status == 302, body[:500]  # saved, not 403: the CSRF token of one is good on the other
        # Rendered again by the first server asked, then served from Redis by the other.
        for port, cache in ((one, "miss"), (other, "hit")):
            status, served_from, body = page(reader, port, "/themes/economie/")
            assert (status, served_from) == (200, cache) and "Économie et marchés" in body

        # A programmed article: absent from both (cached) home pages until its date, then on both.
        published_at = float(run("shell", "--no-imports", "-c", PROGRAM_SCRIPT).strip())
        for port in (one, other, one, other):
            status, _, body = page(reader, port, "/")
            assert status == 200 and "Article programmé" not in body
        assert page(reader, one, "/")[1] == page(reader, other, "/")[1] == "hit"
        assert page(reader, other, "/articles/article-programme/")[0] == 404
        assert time.time() < published_at, "the machine was too slow to see the page before the article's date"
        time.sleep(published_at - time.time() + 0.5)
        for port in (one, other):
            status, _, body = page(reader, port, "/")
            assert status == 200 and "Article programmé" in body
            assert page(reader, port, "/articles/article-programme/")[0] == 200

        # Media: uploaded to one, renditions made by a task worker of the other machine, which lists them.
        status, _, body = editor.post_files(
            one,
            "/admin/articles/mediaimage/televerser/",
            {"alt": "Un ciel bleu"},
            {"file": ("ciel.png", a_photo(), "image/png")},
        )
        assert status == 201, body
        uploaded = json.loads(body)["image"]
        original = media / uploaded["thumbnail"].removeprefix("/media/")
        assert original.is_file()
        run("db_worker", "--batch", "--no-reload", "--no-startup-delay")
        status, _, body = editor.get(other, "/admin/articles/mediaimage/choisir/")
        listed = next(image for image in json.loads(body)["images"] if image["id"] == uploaded["id"])
        rendition = media / listed["thumbnail"].removeprefix("/media/")
        assert rendition != original and rendition.suffix == ".webp" and rendition.stat().st_size > 0
    finally:
        stop(first)
        stop(second)
