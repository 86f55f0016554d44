"""Measure a large zip imported as a background job by the real worker, as the admin queues it.

    python scripts/measure_import_job.py [--files 3000] [--kill-at 0.5] [--database-url URL]

Writes the bench's synthetic corpus (`bench/corpus.py`: 1,000-2,500 words of French with figures,
links, authors, skills, tags) as FILES markdown files in one zip, migrates a fresh database (a
SQLite file in a temporary folder unless --database-url names one, which it empties), queues the zip
through `articles.uploads.queue_import` (what the admin upload does past IMPORT_IN_BACKGROUND_FROM
documents), starts `manage.py db_worker` and reports files per second, the worker's resident memory
and, with --kill-at, a SIGKILL of the worker at that fraction of the files, a second worker taking
the job over once the lease lapses, and the check that every file was imported once.
"""

import argparse
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_DIR))

QUEUE = """
import django, json, sys
django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from articles.uploads import queue_import
with open(sys.argv[1], "rb") as archive:
    job = queue_import([SimpleUploadedFile("lot.zip", archive.read())], user=None, dry_run=False, new_status="draft")
print(json.dumps(job.pk))
"""
STATE = """
import django, json, sys
django.setup()
from articles.models import Article, Job
job = Job.objects.get(pk=int(sys.argv[1]))
paths = list(Article.objects.values_list("source_path", flat=True))
print(json.dumps({"status": job.status, "done": job.done, "total": job.total, "errors": job.errors,
                  "items": job.items.count(), "articles": len(paths), "distinct_paths": len(set(paths))}))
"""


def python(env, *args):
    return subprocess.run(
        [sys.executable, *args], cwd=PROJECT_DIR, env=env, check=True, capture_output=True, text=True
    ).stdout


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024
    except (FileNotFoundError, StopIteration):
        return 0.0


def state(env, job):
    return json.loads(python(env, "-c", STATE, str(job)).strip().splitlines()[-1])


def progress(env, job):
    """(status, done) straight from the database: polling costs the worker no CPU of a Django start."""
    url, query = env["DATABASE_URL"], "SELECT status, done FROM articles_job WHERE id = {}"
    if url.startswith("sqlite:///"):
        import sqlite3

        with sqlite3.connect(url.removeprefix("sqlite:///"), timeout=30) as db:
            return db.execute(query.format("?"), (job,)).fetchone()
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as db:
        return db.execute(query.format("%s"), (job,)).fetchone()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--kill-at", type=float, default=None, help="SIGKILL the worker at this fraction")
    parser.add_argument("--database-url", default="")
    parser.add_argument("--lease", type=float, default=10.0, help="TASKS_LEASE_SECONDS for the workers")
    options = parser.parse_args()

    from bench.corpus import Corpus, CorpusSpec

    with tempfile.TemporaryDirectory() as workdir:
        workdir = Path(workdir)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "editorial.settings",
            "DATABASE_URL": options.database_url or f"sqlite:///{workdir / 'db.sqlite3'}",
            "SECRET_KEY": "measure-only",
            "DEBUG": "0",
            "PAGE_CACHE": "0",
            "MEDIA_ROOT": str(workdir / "media"),
            "TASKS_LEASE_SECONDS": str(options.lease),
            "IMPORT_MAX_FILES_IN_ZIP": str(max(options.files, 10_000)),
        }
        env.pop("REDIS_URL", None)
        if options.database_url:
            python(env, "manage.py", "flush", "--noinput")
        python(env, "manage.py", "migrate", "--noinput", "-v", "0")
        corpus = Corpus(CorpusSpec(articles=options.files, links=options.files * 3))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for article in corpus.articles(None):
                archive.writestr(f"lot/{article.index:05d}-{article.slug[:60]}.md", article.as_markdown())
        (workdir / "lot.zip").write_bytes(buffer.getvalue())
        print(f"{options.files} files, zip {len(buffer.getvalue()) / 2**20:.1f} MB")
        job = json.loads(python(env, "-c", QUEUE, str(workdir / "lot.zip")).strip().splitlines()[-1])

        def start():
            return subprocess.Popen(
                [sys.executable, "manage.py", "db_worker", "--no-reload", "--no-startup-delay", "--interval", "0.5"],
                cwd=PROJECT_DIR,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )

        worker, started, peak, killed = start(), time.perf_counter(), 0.0, None
        samples = []
        try:
            while True:
                status, done = progress(env, job)
                peak = max(peak, rss_mb(worker.pid))
                samples.append((round(time.perf_counter() - started, 1), done, round(rss_mb(worker.pid))))
                if status not in ("queued", "running"):
                    break
                if options.kill_at and killed is None and done >= options.kill_at * options.files:
                    worker.send_signal(signal.SIGKILL)
                    worker.wait()
                    killed = done
                    print(f"worker killed at {killed} files ({time.perf_counter() - started:.0f} s); another started")
                    worker = start()
                time.sleep(2)
        finally:
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=60)
        seconds = time.perf_counter() - started
        final = state(env, job)
        print(json.dumps(final))
        print(
            f"{final['done']} files in {seconds:.0f} s: {final['done'] / seconds:.1f} files/s, "
            f"worker peak RSS {peak:.0f} MB; every file once: "
            f"{final['articles'] == final['distinct_paths'] == options.files - final['errors']}"
        )
        print("(seconds, files done, worker RSS MB):", samples[:: max(1, len(samples) // 12)])


if __name__ == "__main__":
    main()
