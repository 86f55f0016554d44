"""SQLite, the default database: editors saving at once and imports running at once all succeed.

Run in subprocesses on a database file, as gunicorn workers and the import command would share it
(the test database is in memory).
"""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings

from articles.tests.conftest import PROJECT_DIR, SEED_DIR

pytestmark = pytest.mark.skipif(settings.IS_POSTGRES, reason="SQLite's locking; PostgreSQL locks rows")
EDITORS = 4

SAVE_AT_ONCE = f"""
import json, threading
import django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
from articles.models import Article
from articles.tests.admin_helpers import EDITOR, change_url, form_data, make_user

pairs = [(make_user(f"editeur{{n}}", EDITOR), Article.objects.create(title=f"Article {{n}}", slug=f"article-{{n}}"))
         for n in range({EDITORS})]
barrier = threading.Barrier({EDITORS})
answers = []

# An editor's client and the article's form as the browser would send it back, prepared one at a
# time: the test client collects the templates rendered in any thread.
def opened(editor, article):
    client = Client()
    client.force_login(editor)
    data = form_data(client.get(change_url(article)), title=f"Modifié par {{editor.username}}")
    return client, change_url(article), data

def save(client, url, data):
    barrier.wait()
    try:
        response = client.post(url, data)
        answers.append(response.status_code if response.status_code != 200 else response.content.decode()[-2000:])
    except Exception as error:
        answers.append(repr(error))

threads = [threading.Thread(target=save, args=opened(*pair)) for pair in pairs]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
titles = sorted(Article.objects.values_list("title", flat=True))
print(json.dumps({{"answers": answers, "titles": titles}}))
"""


@pytest.fixture
def database_file(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}",
        "SECRET_KEY": "test-only-secret-key",
        "DEBUG": "0",
        "PAGE_CACHE": "0",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    env.pop("REDIS_URL", None)
    run([sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], env)
    return env


def run(command, env, **kwargs):
    return subprocess.run(command, cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=300, **kwargs)


def test_editors_saving_at_once_all_succeed(database_file):
    result = run([sys.executable, "-c", SAVE_AT_ONCE], database_file)
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["answers"] == [302] * EDITORS, result.stderr[-3000:]
    assert outcome["titles"] == sorted(f"Modifié par editeur{n}" for n in range(EDITORS))


def test_imports_running_at_once_all_succeed(database_file, tmp_path):
    folders = []
    for n in range(3):
        folder = tmp_path / f"lot-{n}"
        folder.mkdir()
        for seed in SEED_DIR.iterdir():
            text = seed.read_text(encoding="utf-8")
            (folder / seed.name).write_text(text.replace("title:", f"title: Lot {n} —", 1), encoding="utf-8")
        folders.append(folder)
    command = [sys.executable, "manage.py", "import_articles", "--format", "json"]
    imports = [
        subprocess.Popen([*command, str(folder)], cwd=PROJECT_DIR, env=database_file, stdout=subprocess.PIPE, text=True)
        for folder in folders
    ]
    outputs = [process.communicate(timeout=300)[0] for process in imports]
    reports = [row for output in outputs for row in json.loads(output)]
    assert [process.returncode for process in imports] == [0, 0, 0], [r["error"] for r in reports]
    assert len(reports) == 3 * len(list(SEED_DIR.iterdir()))
    assert "error" not in {report["status"] for report in reports}, [r["error"] for r in reports]
