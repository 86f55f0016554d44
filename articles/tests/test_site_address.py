"""`make run PORT=8752` puts :8752 into every absolute link and into the admin address it prints."""

import os
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article
from articles.tests.conftest import PROJECT_DIR
from articles.tests.test_public_pages import SEED_SLUG

pytestmark = pytest.mark.django_db


def site_url_of_make_run(*arguments):
    """The SITE_URL `make run` gives the server, read from its commands (`make -n`, nothing runs)."""
    if not shutil.which("make"):
        pytest.skip("no make on this machine")
    environment = {key: value for key, value in os.environ.items() if key != "SITE_URL"}
    commands = subprocess.run(
        ["make", "-n", "run", *arguments], cwd=PROJECT_DIR, env=environment, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    server = next(line for line in commands if "runserver" in line)
    prefix = server.split(" .venv/bin/python")[0]
    return subprocess.run(
        ["sh", "-c", f"{prefix} printenv SITE_URL"], env=environment, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_make_run_serves_its_links_on_its_port(client, imported_seeds, settings, tmp_path):
    assert site_url_of_make_run() == "http://127.0.0.1:8000"
    settings.SITE_URL = site_url_of_make_run("PORT=8752")
    assert settings.SITE_URL == "http://127.0.0.1:8752"

    article = client.get(f"/articles/{SEED_SLUG}/").content.decode()
    assert f'<link rel="canonical" href="http://127.0.0.1:8752/articles/{SEED_SLUG}/">' in article
    assert f"http://127.0.0.1:8752/articles/{SEED_SLUG}/" in client.get("/flux/rss/").content.decode()
    assert f"http://127.0.0.1:8752/articles/{SEED_SLUG}/" in client.get("/sitemap-articles.xml").content.decode()

    settings.BASE_DIR = tmp_path  # the password file of the test login, not the developer's
    out = StringIO()
    call_command("ensure_local_admin", stdout=out)
    assert "Administration : http://127.0.0.1:8752/admin/" in out.getvalue()


def test_every_page_names_a_favicon_from_static(client, settings):
    from django.contrib.staticfiles import finders
    from django.templatetags.static import static

    settings.DEBUG = False
    for path in ("/", "/nulle-part/"):
        assert (
            f'<link rel="icon" href="{static("favicon.svg")}" type="image/svg+xml">'
            in client.get(path).content.decode()
        )
    found = finders.find("favicon.svg")
    assert found and Path(found).read_text().startswith("<svg")


def test_the_shared_preview_link_is_on_the_public_address(client, editor, imported_seeds, settings):
    """Reviewers without an account open it on the public site, whatever address the editor used."""
    settings.SITE_URL = "https://redaction.example"
    client.force_login(editor)
    article = Article.objects.get(slug=SEED_SLUG)
    page = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert 'value="https://redaction.example/apercu/' in page
