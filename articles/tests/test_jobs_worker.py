"""The real worker in its own process, on a database of its own (SQLite file, or a PostgreSQL
database when the suite runs on PostgreSQL), as `make run` and a deployment start it:
`manage.py db_worker`, or RQ's `manage.py rqworker --with-scheduler` over Redis.

A zip of many files imports in the background with progress; a cancel leaves no partial article;
a worker killed (SIGKILL) in the middle of a job, then started again, finishes it with no duplicate.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.db import connection

from articles.tests.conftest import PROJECT_DIR, unavailable
from articles.tests.test_cache import REDIS_HOST, REDIS_PORT
from bench.processes import port_open

pytestmark = pytest.mark.django_db  # only to learn the test database's name on PostgreSQL
LEASE_SECONDS = 2  # short, so that a dead worker's job is taken over within seconds
WAIT_SECONDS = 240  # a bound on waiting for the worker, never an assertion on speed

QUEUE_ZIP = """
import io, json, sys, zipfile
from django.core.files.uploadedfile import SimpleUploadedFile
from articles.uploads import queue_import

count = int(sys.argv[1])
para = "Selon une étude de l'Insee publiée en 2024, {n} % des PME françaises exportent, contre 12 % en 2023. "
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as archive:
    for n in range(count):
        body = "\\n\\n".join(f"## Partie {k}\\n\\n" + para.format(n=k) * 3 for k in range(3))
        archive.writestr(f"lot/article-{n:04}.md", f"---\\ntitle: Article numéro {n}\\n---\\n\\n{body}\\n")
job = queue_import([SimpleUploadedFile("lot.zip", buffer.getvalue())], user=None, dry_run=False, new_status="draft")
print(json.dumps({"job": job.pk}))
"""

CANCEL = """
import sys
from articles import jobs
from articles.models import Job
jobs.request_cancel(Job.objects.get(pk=int(sys.argv[1])))
"""

STATE = """
import json, sys
from collections import Counter
from articles.models import Article, Job
job = Job.objects.get(pk=int(sys.argv[1]))
items = list(job.items.values_list("position", "status", "slug"))
articles = list(Article.objects.values_list("source_path", "slug", "body_html"))
print(json.dumps({
    "status": job.status, "done": job.done, "total": job.total, "errors": job.errors,
    "items": len(items), "positions": len({position for position, _, _ in items}),
    "created": sorted(slug for _, status, slug in items if status == "created"),
    "articles": sorted(slug for _, slug, _ in articles),
    "paths_twice": [path for path, n in Counter(path for path, _, _ in articles).items() if n > 1],
    "unrendered": [slug for _, slug, html in articles if not html],
    "figures": Article.objects.filter(statistics__isnull=True).count(),
}))
"""


def run(env, *args, timeout=300):
    result = subprocess.run(
        [sys.executable, *args], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def script(env, code, *args):
    """Run `code` in a project process (its last line printed is JSON), with `args` as sys.argv[1:]."""
    output = run(env, "-c", "import django\ndjango.setup()\n" + code, *args)
    return json.loads(output.strip().splitlines()[-1])


def project_env(tmp_path, database_url, **extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "editorial.settings",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test-only-secret-key",
        "DEBUG": "0",
        "PAGE_CACHE": "0",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "TASKS_LEASE_SECONDS": str(LEASE_SECONDS),
        "LOG_LEVEL": "WARNING",
        **extra,
    }
    env.pop("REDIS_URL", None)
    return env


@pytest.fixture
def worker_env(tmp_path):
    """The environment of a project process on a database of its own, migrated."""
    if settings.IS_POSTGRES:
        import psycopg

        name = f"{connection.settings_dict['NAME']}_worker"[:60]
        url = urlsplit(os.environ["DATABASE_URL"])
        admin = f"{url.scheme}://{url.netloc}/postgres"
        with psycopg.connect(admin.replace("postgres://", "postgresql://"), autocommit=True) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            server.execute(f'CREATE DATABASE "{name}"')
        database_url = f"{url.scheme}://{url.netloc}/{name}"
    else:
        database_url = f"sqlite:///{tmp_path / 'worker.sqlite3'}"
    env = project_env(tmp_path, database_url)
    run(env, "manage.py", "migrate", "--noinput", "-v", "0")
    yield env
    if settings.IS_POSTGRES:
        with psycopg.connect(admin.replace("postgres://", "postgresql://"), autocommit=True) as server:
            server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def read_job(env, job_id):
    """(status, done, total) straight from the database, cheap enough to poll."""
    url = env["DATABASE_URL"]
    query = "SELECT status, done, total FROM articles_job WHERE id = {}"
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///"), timeout=30) as db:
            return db.execute(query.format("?"), (job_id,)).fetchone()
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://")) as db:
        return db.execute(query.format("%s"), (job_id,)).fetchone()


def wait_for(env, job_id, condition, worker):
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        state = read_job(env, job_id)
        if condition(*state):
            return state
        if worker is not None and worker.poll() is not None:
            raise AssertionError(f"the worker stopped ({worker.returncode}) at {state}")
        time.sleep(0.05)
    raise AssertionError(f"still {read_job(env, job_id)} after {WAIT_SECONDS} s")


def start_worker(env, tmp_path, *command):
    log = open(tmp_path / f"worker-{uuid.uuid4().hex[:6]}.log", "w")  # noqa: SIM115 — closed with the process
    command = command or ("db_worker", "--no-reload", "--no-startup-delay", "--interval", "0.2")
    worker = subprocess.Popen(
        [sys.executable, "manage.py", *command], cwd=PROJECT_DIR, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    worker.log = log
    return worker


def stop(worker):
    if worker.poll() is None:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
    worker.log.close()


def assert_complete_without_duplicates(state):
    assert state["paths_twice"] == [] and state["unrendered"] == [] and state["figures"] == 0
    assert state["positions"] == state["items"] == state["done"]
    assert state["articles"] == state["created"], "an article the job did not record, or one recorded twice"


def test_a_worker_killed_mid_job_and_started_again_finishes_it_without_duplicates(worker_env, tmp_path):
    job = script(worker_env, QUEUE_ZIP, "160")["job"]
    worker = start_worker(worker_env, tmp_path)
    try:
        status, done, total = wait_for(worker_env, job, lambda status, done, total: done > 0, worker)
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    finally:
        stop(worker)
    status, done_at_kill, total = read_job(worker_env, job)
    assert status == "running" and 0 < done_at_kill < total == 160, "the kill must land in the middle of the job"

    again = start_worker(worker_env, tmp_path)
    try:
        wait_for(worker_env, job, lambda status, done, total: status == "done", again)
    finally:
        stop(again)
    state = script(worker_env, STATE, str(job))
    assert (state["done"], state["total"], state["errors"]) == (160, 160, 0)
    assert state["articles"] == sorted(f"article-numero-{n}" for n in range(160))  # no "-2": nothing twice
    assert_complete_without_duplicates(state)


def test_a_cancelled_job_stops_between_files_and_leaves_no_partial_article(worker_env, tmp_path):
    job = script(worker_env, QUEUE_ZIP, "160")["job"]
    worker = start_worker(worker_env, tmp_path)
    try:
        wait_for(worker_env, job, lambda status, done, total: done > 0, worker)
        script(worker_env, CANCEL + "\nprint('null')", str(job))
        status, done, total = wait_for(worker_env, job, lambda status, done, total: status != "running", worker)
    finally:
        stop(worker)
    assert status == "cancelled" and 0 < done < total
    state = script(worker_env, STATE, str(job))
    assert len(state["articles"]) == done
    assert_complete_without_duplicates(state)


def test_the_rq_backend_over_redis_runs_the_same_job(tmp_path):
    """Several machines: RQ's worker (`rqworker --with-scheduler --job-class django_tasks_rq.Job`) takes
    the job from Redis."""
    if not port_open(REDIS_PORT, REDIS_HOST):
        unavailable(f"Redis is not reachable at {REDIS_HOST}:{REDIS_PORT}")
    queue = f"test-{uuid.uuid4().hex[:8]}"
    env = project_env(
        tmp_path,
        f"sqlite:///{tmp_path / 'rq.sqlite3'}",
        TASKS_BACKEND="rq",
        TASKS_REDIS_URL=f"redis://{REDIS_HOST}:{REDIS_PORT}/11",
        TASKS_QUEUE=queue,
    )
    run(env, "manage.py", "migrate", "--noinput", "-v", "0")
    job = script(env, QUEUE_ZIP, "40")["job"]
    assert read_job(env, job)[0] == "queued"
    worker = start_worker(env, tmp_path, "rqworker", queue, "--with-scheduler", "--job-class", "django_tasks_rq.Job")
    try:
        wait_for(env, job, lambda status, done, total: status == "done", worker)
    finally:
        stop(worker)
    state = script(env, STATE, str(job))
    assert (state["done"], state["total"], len(state["articles"])) == (40, 40, 40)
    assert_complete_without_duplicates(state)
