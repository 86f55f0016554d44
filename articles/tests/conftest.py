import os
import shutil
import time
from pathlib import Path

import pytest

# Resolved from this file, not from settings, so the pure tests run without Django too.
PROJECT_DIR = Path(__file__).resolve().parents[2]
SEED_DIR = PROJECT_DIR / "fixtures" / "seeds"
# The workspace's shared folder beside the project: a plain clone has none.
SHARED_DIR = PROJECT_DIR.parent / "shared"
CORPUS_DIR = SHARED_DIR / "corpus"
ARTIFACT_DIR = PROJECT_DIR / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in the test thread; the ORM calls made by the
# tests themselves around it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def unavailable(reason):
    """Skip a test that needs something this machine lacks; in CI (`CI=true`) it must be there: fail."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (missing in CI, where every test must run)")
    pytest.skip(reason)


@pytest.fixture
def corpus_dir():
    """The hand-collected corpus of real articles, `../shared/corpus` beside the project."""
    if not CORPUS_DIR.is_dir():
        unavailable(f"no corpus at {CORPUS_DIR}: these tests read ../shared/corpus, absent from a plain clone")
    return CORPUS_DIR


@pytest.fixture(autouse=True)
def fresh_content_type_cache():
    """Forget cached content type ids between tests.

    A transactional test with serialized_rollback flushes the database without recreating
    content types; a cached id would then point at a row that no longer exists.
    """
    from django.conf import settings

    if not settings.configured:  # the pure tests, run without Django
        return
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


@pytest.fixture(autouse=True)
def no_programmed_copy_cached():
    """Each test's database starts with no working copy programmed: the cache says so, as a warm
    process's would (a copy a past test programmed, rolled back since, is not remembered)."""
    from django.conf import settings

    if not settings.configured:
        return
    from django.core.cache import cache
    from django.utils import timezone

    from articles.copies import NEXT_DUE_KEY

    cache.set(NEXT_DUE_KEY, {"at": None, "read_at": timezone.now().timestamp()}, timeout=None)


@pytest.fixture
def page_cache(settings):
    """The page cache on (tests run with it off), empty before and after the test."""
    from django.core.cache import cache

    settings.PAGE_CACHE = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor(db):
    """A staff user of the Éditeur group."""
    from articles.tests.admin_helpers import EDITOR, make_user

    return make_user("edith", EDITOR)


@pytest.fixture
def author(db):
    """A staff user of the Auteur group."""
    from articles.tests.admin_helpers import AUTHOR, make_user

    return make_user("aurore", AUTHOR)


@pytest.fixture
def theme(db):
    from articles.models import Theme

    return Theme.objects.create(name="Marketing")


@pytest.fixture
def seed_dir():
    return SEED_DIR


@pytest.fixture
def raw_imported_seeds(db):
    """The seed files as the importer leaves them: those the admin would refuse to publish
    (no theme, no description, guesses to check) are drafts."""
    from articles.importing import import_paths

    reports = import_paths([SEED_DIR], progress=False)
    assert [r.status for r in reports] == ["created"] * 5, [r.error for r in reports]
    return reports


@pytest.fixture
def imported_seeds(raw_imported_seeds):
    """The seeds as readers see them after `make run`: the editor's review in
    fixtures/seeds-review.json applied (theme, description, guesses checked, published)."""
    from articles.reviewing import apply_review, read_review

    reports = apply_review(read_review(PROJECT_DIR / "fixtures" / "seeds-review.json"))
    assert {r.status for r in reports} <= {"reviewed", "unchanged"}, reports
    return raw_imported_seeds


def publish_imported_drafts():
    """Complete and publish every draft, as an editor would after importing files that have no
    review file (the corpus); the seeds have theirs, fixtures/seeds-review.json."""
    from django.db.models.functions import Coalesce
    from django.utils import timezone

    from articles.models import Article, Theme

    theme, _ = Theme.objects.get_or_create(slug="dossiers", defaults={"name": "Dossiers"})
    drafts = Article.objects.filter(status=Article.Status.DRAFT)
    drafts.filter(theme=None).update(theme=theme)
    drafts.filter(description="").update(description="Un article de la rédaction.")
    drafts.update(
        status=Article.Status.PUBLISHED, needs_review=False, publish_date=Coalesce("publish_date", timezone.now())
    )  # update() writes: the cached pages are dropped as for any write (articles/cache.py)


@pytest.fixture(scope="session")
def browser(live_server):
    """Debian's Chromium driven by Playwright; never a downloaded browser.

    It asks for the live server so that it closes first: a connection Chromium still held
    would otherwise end in a server thread after the server (and the in-memory SQLite
    connection it shares with its threads) had stopped.
    """
    if not Path(CHROMIUM).exists() or not shutil.which(CHROMIUM):
        unavailable(f"no Chromium at {CHROMIUM}: install Debian's chromium package to run browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_context(browser, live_server):
    """Open French browser contexts for one test; all are closed at its end, with their connections.

    Closing a page does not stop a request the server is still answering (an autosave, a heartbeat):
    the test waits for those to end, or the database flush after it would find a table locked and
    the next test would start on the rows this one left."""
    contexts = []

    def new_context(**options):
        contexts.append(browser.new_context(locale="fr-FR", **options))
        return contexts[-1]

    yield new_context
    for context in contexts:
        context.close()
    wait_for_requests_in_flight(live_server)


def wait_for_requests_in_flight(live_server, timeout=30, settle=0.3):
    # socketserver's ThreadingMixIn keeps the threads answering requests (block_on_close). A request
    # a closing page sent last (its "quitter" beacon, an autosave) may be accepted after a first look
    # on a busy machine: look again until the server has been idle for `settle` seconds.
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        busy = [thread for thread in list(vars(live_server.thread.httpd).get("_threads", [])) if thread.is_alive()]
        for thread in busy:
            thread.join(max(0, deadline - time.monotonic()))
        time.sleep(settle)
        if not busy and not any(thread.is_alive() for thread in vars(live_server.thread.httpd).get("_threads", [])):
            return


@pytest.fixture
def page(new_context):
    return new_context(bypass_csp=True).new_page()


@pytest.fixture
def artifact_dir():
    ARTIFACT_DIR.mkdir(exist_ok=True)
    return ARTIFACT_DIR


def database_worker():
    """Django-tasks' database worker as `manage.py db_worker --batch` builds it: its `run()` runs every
    task that is ready, then returns (a deferred one, such as a job's watchdog, is not ready yet)."""
    from django_tasks_db.management.commands.db_worker import Worker

    return Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )


def run_queued_tasks():
    """Run the tasks queued so far as the database backend's worker runs each one (django_tasks_db's
    own `Worker.run_task`), in the test's own transaction: its polling loop would close the connection."""
    from django_tasks_db.models import DBTaskResult

    worker = database_worker()
    while (result := DBTaskResult.objects.ready().first()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
