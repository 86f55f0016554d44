"""`make bench`: build the corpus, import it, serve it under gunicorn, load it, write the results.

Everything runs on a fresh database and on loopback only: SQLite in a temporary folder, or, when
DATABASE_URL names a PostgreSQL server, a database `bench_<pid>` the bench creates there and drops
at the end. Figures that depend on the machine are reported as ratios to `/healthz` measured in the
same run; each database keeps its latest results, and `latest.md` shows them side by side.
"""

import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from bench.processes import ROOT, port_open, start_gunicorn, stop

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "10000"))
WARM_SLUGS = 200  # readers concentrate on a few hundred pages; the warm run asks for those
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
BURST_SECONDS = float(os.environ.get("BENCH_BURST_SECONDS", "1.5"))
# BENCH_PAGES=search,article: only these pages (and /healthz), no exports; the results are printed,
# not written over the latest full run. An admin page's name (figure_review_queue, or `admin` for
# all of them) measures it, and the article changelist, against the bare changelist.
CHOSEN = [name for name in os.environ.get("BENCH_PAGES", "").split(",") if name]
# BENCH_DATABASE=<folder>/bench.sqlite3, or the postgres:// URL of a kept `bench_<pid>` database: the
# database a run kept (BENCH_KEEP=1), measured again without building and importing the corpus
# (minutes at 10,000 articles, an hour at 100,000); with BENCH_PAGES only.
REUSED_DATABASE = os.environ.get("BENCH_DATABASE", "")
IMPORT_CHUNK = 1000
# Readers asking for random article pages among this many while an editor publishes one article
# every PUBLISH_INTERVAL seconds (bench/publisher.py): bursts long enough to span a publication.
PUBLISHING_SLUGS = 1000
PUBLISH_INTERVAL = 5.0
PUBLISHING_BURST_SECONDS = 5.0
EXTRACTION_SAMPLE = 1000
ADMIN_CHANGELIST = "/admin/articles/article/"
# Other admin pages editors wait on, each measured against the bare changelist as ours is.
ADMIN_PAGES = {
    "figure_review_queue": "/admin/articles/statistic/",
    "autocomplete_article": "/admin/autocomplete/?app_label=articles&model_name=statistic&field_name=article&term=client",
    "autocomplete_skill": "/admin/autocomplete/?app_label=articles&model_name=article&field_name=skills&term=gestion",
    "autocomplete_indicator": "/admin/autocomplete/?app_label=articles&model_name=statistic&field_name=indicator&term=part",
}
CHOSEN_ADMIN_PAGES = {
    name: path for name, path in ADMIN_PAGES.items() if not CHOSEN or "admin" in CHOSEN or name in CHOSEN
}
CHOSEN_PAGES = [name for name in CHOSEN if name != "admin" and name not in ADMIN_PAGES]
MEASURES_ADMIN = not CHOSEN or bool(set(CHOSEN) & {"admin", *ADMIN_PAGES})


def rss_mb() -> float:
    """Resident memory now (not the peak): flat across chunks means the importer streams."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def is_postgres(url: str) -> bool:
    return url.startswith(("postgres://", "postgresql://"))


def create_database(given: str) -> str:
    """A new database `bench_<pid>` on the PostgreSQL server of `given`: its URL."""
    import psycopg

    name = f"bench_{os.getpid()}"
    with psycopg.connect(_libpq(given), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return urllib.parse.urlsplit(given)._replace(path=f"/{name}").geturl()


def drop_database(given: str, created: str) -> None:
    import psycopg
    from django.db import connections

    connections.close_all()
    name = urllib.parse.urlsplit(created).path.lstrip("/")
    with psycopg.connect(_libpq(given), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _libpq(url: str) -> str:
    return "postgresql://" + url.split("://", 1)[1]


def database_description() -> dict:
    from django.db import connection

    engine = connection.vendor
    version = ".".join(map(str, connection.Database.sqlite_version_info)) if engine == "sqlite" else None
    if engine == "postgresql":
        version = f"{connection.pg_version // 10000}.{connection.pg_version % 10000}"
    return {"engine": engine, "version": version}


def setup_django(workdir: Path, database_url: str) -> dict:
    env = {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench-only-secret-key",
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        # Shared by both gunicorn workers, as in a deployment; this run's keys only.
        "REDIS_URL": "redis://127.0.0.1:6379/8" if port_open(6379) else "",
        "CACHE_KEY_PREFIX": f"bench-{os.getpid()}-{int(time.time())}",
        "LOG_LEVEL": "ERROR",
        "STATIC_ROOT": str(workdir / "static"),
    }
    (workdir / "static").mkdir()
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return env


def build_and_import(workdir: Path, results: dict):
    """Write the corpus as files, then import every one of them through the real importer."""
    from articles.importing import import_paths
    from bench.corpus import Corpus, CorpusSpec, create_taxonomy, write_corpus

    corpus = Corpus(CorpusSpec(articles=ARTICLES))
    started = time.perf_counter()
    paths = write_corpus(corpus, workdir / "corpus")
    results["corpus"] = {
        "articles": ARTICLES,
        "authors": len(corpus.authors),
        "themes": len(corpus.themes),
        "skills": len(corpus.skill_tree),
        "tags": len(corpus.tags),
        "links_planned": corpus.spec.links,
        "write_seconds": round(time.perf_counter() - started, 1),
        "megabytes": round(sum(path.stat().st_size for path in paths) / 2**20, 1),
    }
    create_taxonomy(corpus)
    memory, statuses, started = [], {}, time.perf_counter()
    # In chunks only to sample memory between them: flat means the importer streams.
    for start in range(0, len(paths), IMPORT_CHUNK):
        chunk, chunk_started = paths[start : start + IMPORT_CHUNK], time.perf_counter()
        for report in import_paths(chunk, progress=False):
            statuses[report.status] = statuses.get(report.status, 0) + 1
        memory.append(
            {
                "files": start + len(chunk),
                "rss_mb": round(rss_mb(), 1),
                "articles_per_second": round(len(chunk) / (time.perf_counter() - chunk_started), 1),
            }
        )
    seconds = time.perf_counter() - started
    results["import"] = {
        "files": len(paths),
        "statuses": statuses,
        "seconds": round(seconds, 1),
        "articles_per_second": round(len(paths) / seconds, 1),
        "rss_by_files": memory,
        "maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "worker_maxrss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "note": "every file through the real importer (articles.importing.import_paths): reading, rendering, "
        "figure extraction, relations and links",
    }
    results["extraction"] = measure_extraction(corpus)
    return corpus


def reused_corpus(results: dict):
    """The corpus a kept database was imported from (each article is drawn from its index alone)."""
    from articles.models import Article
    from bench.corpus import Corpus, CorpusSpec

    articles = Article.objects.count()
    results["corpus"] = {"articles": articles, "reused": REUSED_DATABASE}
    return Corpus(CorpusSpec(articles=articles))


def measure_extraction(corpus) -> dict:
    """Statistics extraction alone, in this process, on the bodies of a sample of the corpus."""
    from articles.figures import extract_figures

    bodies = [article.body for article in corpus.articles(range(min(EXTRACTION_SAMPLE, ARTICLES)))]
    started = time.perf_counter()
    figures = sum(len(extract_figures(body)) for body in bodies)
    seconds = time.perf_counter() - started
    return {
        "articles": len(bodies),
        "figures": figures,
        "seconds": round(seconds, 1),
        "articles_per_second": round(len(bodies) / seconds, 1),
    }


def endpoints(corpus) -> dict:
    """The pages measured: name → (cold path chooser, warm path chooser)."""
    from django.utils.encoding import iri_to_uri

    from articles.documents import slugify_title
    from articles.models import Article

    slugs = list(Article.objects.published().values_list("slug", flat=True))
    chooser = random.Random(7)
    popular = chooser.sample(slugs, min(WARM_SLUGS, len(slugs)))
    root = slugify_title(corpus.root_skill)
    sample = Article.objects.published().order_by("pk").first()
    theme, author, tag = sample.theme, sample.authors.order_by("pk").first(), sample.tags.order_by("pk").first()
    fixed = {
        "home": "/",
        "theme": theme.get_absolute_url(),
        "skill_page": f"/competences/{root}/?page=2",
        "keyword": f"/mots-cles/{tag.slug}/",
        "author": author.get_absolute_url(),
        "search": "/recherche/?q=personnalisation+client",
        "statistics": "/statistiques/",
        "statistics_page_50": deep_statistics_page(50),  # deep in the long tail: still one page's cost
        "feed_rss": "/flux/rss/",
        "theme_feed_atom": f"/flux/themes/{theme.slug}/atom/",
        "sitemap_index": "/sitemap.xml",
        "sitemap_articles_last": sitemap_last_page(),
    }
    pages = {
        "article": (lambda: f"/articles/{chooser.choice(slugs)}/", lambda: f"/articles/{chooser.choice(popular)}/")
    }
    fixed = {name: iri_to_uri(path) for name, path in fixed.items()}  # a slug may hold accents
    pages |= {name: (lambda path=path: path, lambda path=path: path) for name, path in fixed.items()}
    if CHOSEN:
        pages = {name: pages[name] for name in CHOSEN_PAGES}
    return pages, popular


def deep_statistics_page(number: int) -> str:
    """/statistiques/?page=`number`, or the deepest page below it that a smaller corpus has."""
    from django.test import Client

    client = Client()
    while number > 1 and client.get(f"/statistiques/?page={number}").status_code == 404:
        number //= 2
    return f"/statistiques/?page={number}"


def sitemap_last_page() -> str:
    from articles.sitemaps import ArticleSitemap

    pages = ArticleSitemap().paginator.num_pages
    return "/sitemap-articles.xml" + (f"?p={pages}" if pages > 1 else "")


class QueryCounter:
    """Counts the SQL statements the database runs (in any mode, DEBUG or not)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def queries_for(client, path, **extra) -> tuple[int, int]:
    from django.db import connection

    counter = QueryCounter()
    with connection.execute_wrapper(counter):
        status = client.get(path, **extra).status_code
    return status, counter.count


def count_queries(pages, popular) -> dict:
    """Queries each page costs in-process: with the page cache off, and a repeat with it on."""
    from django.test import Client, override_settings

    counts = {}
    for name, (_cold, warm) in pages.items():
        path = warm() if name != "article" else f"/articles/{popular[0]}/"
        client = Client()
        with override_settings(PAGE_CACHE=False):
            status, cold = queries_for(client, path)
        client.get(path)
        _, cached = queries_for(client, path)
        counts[name] = {"path": path, "status": status, "cold": cold, "warm": cached}
    return counts


def admin_session():
    from django.contrib.auth import get_user_model
    from django.test import Client

    # A kept database (BENCH_DATABASE) has the superuser of the run that made it.
    user = get_user_model().objects.filter(username="bench-admin").first() or get_user_model().objects.create_superuser(
        "bench-admin", "bench@example.org", "bench-password-1"
    )
    client = Client()
    client.force_login(user)
    return client, client.cookies["sessionid"].value


def start_server(env: dict, page_cache: bool):
    server_env = os.environ | env | {"PAGE_CACHE": "1" if page_cache else "0", "PYTHONPATH": str(ROOT)}
    return start_gunicorn(server_env)


def measure_pages(env, pages, popular, page_cache: bool) -> dict:
    from bench.load import compare_with_healthz, warm_up

    if not pages:  # BENCH_PAGES named admin pages only
        return {}, []
    process, port = start_server(env, page_cache)
    try:
        measured = {}
        for name, (cold, warm) in pages.items():
            choose = warm if page_cache else cold
            if page_cache and name == "article":
                for slug in popular:  # fill the cache with the pages readers ask for
                    warm_up(port, lambda slug=slug: f"/articles/{slug}/", requests=1)
            warm_up(port, choose, requests=2)
            measured[name] = compare_with_healthz(port, choose, rounds=ROUNDS, seconds=BURST_SECONDS)
        measured_workers = workers_rss_mb(process.pid)
        return measured, measured_workers
    finally:
        stop(process)


def measure_reads_while_publishing(env, workdir: Path) -> dict:
    """Random article pages, cached first, against /healthz while an editor publishes (bench/publisher.py):
    what is left of the page cache when content changes every few seconds."""
    from django.utils.encoding import iri_to_uri

    from articles.models import Article
    from bench.load import compare_with_healthz, warm_up

    slugs = list(Article.objects.published().values_list("slug", flat=True))
    chooser = random.Random(11)
    read = [iri_to_uri(f"/articles/{slug}/") for slug in chooser.sample(slugs, min(PUBLISHING_SLUGS, len(slugs)))]
    process, port = start_server(env, page_cache=True)
    report = workdir / "publisher.json"
    try:
        for path in read:
            warm_up(port, lambda path=path: path, requests=1)
        warm_up(port, lambda: "/healthz", requests=2)
        publisher = subprocess.Popen(
            [sys.executable, "-m", "bench.publisher", str(ARTICLES), str(PUBLISH_INTERVAL), str(report)],
            cwd=ROOT,
            env=os.environ | env | {"PYTHONPATH": str(ROOT)},
        )
        try:
            measured = compare_with_healthz(
                port, lambda: chooser.choice(read), rounds=ROUNDS, seconds=PUBLISHING_BURST_SECONDS
            )
        finally:
            publisher.send_signal(signal.SIGTERM)
            publisher.wait(timeout=60)
    finally:
        stop(process)
    published = json.loads(report.read_text())
    measured["publisher"] = published | {"interval_seconds": PUBLISH_INTERVAL, "pages_read": len(read)}
    return measured


def workers_rss_mb(master_pid: int) -> list[float]:
    """Resident memory of each gunicorn worker now, after the load: what one worker costs."""
    try:
        with open(f"/proc/{master_pid}/task/{master_pid}/children") as children:
            pids = children.read().split()
    except OSError:
        return []
    sizes = []
    for pid in pids:
        with open(f"/proc/{pid}/statm") as statm:
            sizes.append(round(int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1))
    return sizes


def measure_admin(env, session_id) -> dict:
    """Our article changelist against /healthz, and against Django's bare changelist of the same model.

    Same server, same superuser cookie, bursts alternating, so the ratio to the bare changelist
    (`bench/bare_admin.py`) says what our customisation costs on this machine.
    """
    from bench.bare_admin import BARE_CHANGELIST
    from bench.load import compare, compare_with_healthz, warm_up

    process, port = start_server(env, page_cache=True)
    try:
        headers = {"Cookie": f"sessionid={session_id}"}
        options = {"rounds": ROUNDS, "seconds": BURST_SECONDS, "headers": headers}
        warm_up(port, lambda: "/healthz", requests=2)
        result = compare_with_healthz(port, lambda: ADMIN_CHANGELIST, **options)
        result["bare"] = compare(port, lambda: BARE_CHANGELIST, lambda: ADMIN_CHANGELIST, **options)
        result["others"] = {
            name: compare(port, lambda: BARE_CHANGELIST, lambda path=path: path, **options)
            for name, path in CHOSEN_ADMIN_PAGES.items()
        }
    finally:
        stop(process)
    return result


def count_admin_queries(client) -> dict:
    """Queries of our article changelist and of the bare one, for the same superuser."""
    from bench.bare_admin import BARE_CHANGELIST

    counts = {}
    admin_pages = {"admin_changelist": ADMIN_CHANGELIST, "admin_changelist_bare": BARE_CHANGELIST}
    for name, path in (admin_pages | {f"admin_{name}": path for name, path in CHOSEN_ADMIN_PAGES.items()}).items():
        status, queries = queries_for(client, path)
        counts[name] = {"path": path, "status": status, "cold": queries}
    return counts


def measure_exports() -> dict:
    """Each complete download of the figures, streamed in-process: time, size, queries, and the
    resident memory it added (sampled as the chunks go by): constant memory means a few MB for
    tens of MB sent."""
    from django.db import connection
    from django.test import Client

    client, measured = Client(), {}
    for name, path in (("csv", "/statistiques/export.csv"), ("json", "/statistiques/export.json")):
        counter, started, before = QueryCounter(), time.perf_counter(), rss_mb()
        size, peak = 0, before
        with connection.execute_wrapper(counter):
            response = client.get(path)
            for number, chunk in enumerate(response.streaming_content):
                size += len(chunk)
                if number % 100 == 0:
                    peak = max(peak, rss_mb())
        measured[name] = {
            "status": response.status_code,
            "megabytes": round(size / 2**20, 1),
            "seconds": round(time.perf_counter() - started, 2),
            "queries": counter.count,
            "rss_before_mb": round(before, 1),
            "rss_growth_mb": round(max(peak, rss_mb()) - before, 1),
        }
    return measured


def run(workdir: Path, total_started: float, database_url: str) -> dict:
    env = setup_django(workdir, database_url)
    results = {
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {"cpus": os.cpu_count(), "load_average": os.getloadavg()[0]},
        "database": database_description(),
        "cache": "redis" if env["REDIS_URL"] else "locmem (per worker: Redis was not reachable)",
    }
    phases, phase_started = {}, time.perf_counter()

    def phase(name):
        nonlocal phase_started
        phases[name] = round(time.perf_counter() - phase_started, 1)
        phase_started = time.perf_counter()
        print(f"{name}: {phases[name]} s", flush=True)

    if REUSED_DATABASE:
        corpus = reused_corpus(results)
    else:
        corpus = build_and_import(workdir, results)
    phase("corpus and import")
    pages, popular = endpoints(corpus)
    results["queries"] = count_queries(pages, popular)
    if MEASURES_ADMIN:
        client, session_id = admin_session()
        results["queries"] |= count_admin_queries(client)
    if not CHOSEN:
        results["exports"] = measure_exports()
    phase("query counts and exports")
    results["cold"], cold_workers = measure_pages(env, pages, popular, page_cache=False)
    phase("load, page cache off")
    results["warm"], warm_workers = measure_pages(env, pages, popular, page_cache=True)
    phase("load, page cache on")
    results["workers_rss_mb"] = {"cold": cold_workers, "warm": warm_workers}
    if not CHOSEN and env["REDIS_URL"]:  # the editor's process reaches the servers' caches only through Redis
        results["warm"]["article_while_publishing"] = measure_reads_while_publishing(env, workdir)
        phase("load, article pages while an editor publishes")
    if MEASURES_ADMIN:
        results["admin"] = measure_admin(env, session_id)
        phase("load, admin changelist")
    results["phases_seconds"] = phases
    results["duration_seconds"] = round(time.perf_counter() - total_started, 1)
    return results


def main() -> int:
    from bench.report import admin_lines, pages_table, write_results

    total_started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="redaction-bench-"))
    given = os.environ.get("DATABASE_URL", "")
    if REUSED_DATABASE and not CHOSEN:
        sys.exit("BENCH_DATABASE measures chosen pages only: set BENCH_PAGES too")
    if REUSED_DATABASE:
        database_url = (
            REUSED_DATABASE if is_postgres(REUSED_DATABASE) else f"sqlite:///{Path(REUSED_DATABASE).resolve()}"
        )
    else:
        database_url = create_database(given) if is_postgres(given) else f"sqlite:///{workdir / 'bench.sqlite3'}"
    print(f"working in {workdir} on {database_url}", flush=True)
    try:
        results = run(workdir, total_started, database_url)
    finally:
        # BENCH_KEEP=1 keeps the database and corpus, to look into a page afterwards.
        if not os.environ.get("BENCH_KEEP"):
            shutil.rmtree(workdir, ignore_errors=True)
            if is_postgres(given) and not REUSED_DATABASE:
                drop_database(given, database_url)
    if CHOSEN:
        print(pages_table(results) + admin_lines(results))
        return 0
    written = write_results(results, ROOT / "bench" / "results")
    print(Path(written).read_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
