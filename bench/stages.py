"""CPU per article of each stage of an import, in one process, on a fixed sample of the bench corpus.

`make bench` measures the import's throughput, on both cores and with whatever else the machine
runs; this measures the CPU each stage costs, which a busy machine does not change, and writes
what the stages made (HTML, figures, readings, rows) so that a change can show it made the same:

    python -m bench.stages [--articles 400] [--repeat 3] [--output stages.json] [--compare before.json]
    python -m bench.stages --importer [--articles 400]
    STAGES_DATABASE_URL=postgres://postgres@127.0.0.1:5432/<an empty database> python -m bench.stages ...

The preparing stages run `--repeat` times, each time with their caches emptied as in a fresh
worker, and each stage keeps its least time: other work on the machine only ever adds to it.

Reading, rendering and figure extraction run as a worker runs them (`articles.preparing`); the
prepared files are then written as the main process writes them (`ImportBatch`, a group at a
time) in a fresh SQLite database, or the empty one `STAGES_DATABASE_URL` names, counting its
queries; the write's wall time holds what a PostgreSQL server spends on them too. With `--importer`, the files go through
the importer itself (`import_paths`, its worker processes and their pickling): the CPU of all
its processes per article, which two cores divide.
"""

import argparse
import hashlib
import json
import os
import resource
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import asdict
from itertools import islice
from pathlib import Path

SAMPLE_SEED_ARTICLES = 10_000  # the sample is the first articles of the bench's own corpus


def measure_preparing(paths, timings):
    """Prepare each file stage by stage, as `prepare_body` does, timing each stage."""
    from articles.comparison.highlighting import highlight_figures
    from articles.comparison.matching import read_figures
    from articles.documents import read_document
    from articles.figures import extract_figures
    from articles.preparing import PreparedBody
    from articles.rendering import render_markdown

    prepared = []
    for path in paths:
        raw = path.read_bytes()
        started = time.process_time()
        data = read_document(raw, str(path))
        timings["read"] += time.process_time() - started
        started = time.process_time()
        rendered = render_markdown(data.body)
        timings["render"] += time.process_time() - started
        started = time.process_time()
        figures = extract_figures(data.body)
        timings["extract"] += time.process_time() - started
        started = time.process_time()
        marked = highlight_figures(rendered.html, [(index, figure.text[:200]) for index, figure in enumerate(figures)])
        timings["highlight"] += time.process_time() - started
        started = time.process_time()
        readings = read_figures(figures)
        timings["read_figures"] += time.process_time() - started
        prepared.append((raw, data, PreparedBody(data.body, rendered, figures, readings, marked)))
    return prepared


def _empty_caches():
    """Empty the memoised functions of the project's modules, as a fresh worker has them."""
    for name, module in list(sys.modules.items()):
        if name.startswith("articles."):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def measure_writing(paths, prepared, timings, queries):
    """Write the prepared files as the importer's main process does, in groups, counting queries."""
    from django.db import connection

    from articles.importing import GROUP_SIZE, ImportBatch, provenance_key
    from articles.preparing import PreparedFile

    counted = []

    def count(execute, sql, params, many, context):
        counted.append(sql)
        return execute(sql, params, many, context)

    items = iter(
        (PreparedFile(str(path), hashlib.sha256(raw).hexdigest(), data, body), provenance_key(path))
        for path, (raw, data, body) in zip(paths, prepared, strict=True)
    )
    batch, reports = ImportBatch(), []
    with connection.execute_wrapper(count):
        while group := list(islice(items, GROUP_SIZE)):
            started, wall = time.process_time(), time.perf_counter()
            reports.extend(batch.store_group(group))
            timings["write"] += time.process_time() - started
            # The database server's time too, when it is another process (PostgreSQL).
            timings["write (wall)"] += time.perf_counter() - wall
    queries["write"] = len(counted)
    return reports


def stored_rows():
    """What the import wrote, in a stable order and without ids, for comparison."""
    from articles.models import Article, ArticleLink, Author, Skill, Statistic

    articles = list(
        Article.objects.order_by("slug").values(
            "slug", "title", "body_html", "toc", "reading_time", "status", "source_hash", "theme__slug"
        )
    )
    statistics = list(
        Statistic.objects.order_by("article__slug", "start").values(
            "article__slug",
            "value",
            "value_high",
            "unit",
            "qualifier",
            "subject",
            "source__name",
            "year",
            "text",
            "indicator__slug",
        )
    )
    links = list(ArticleLink.objects.order_by("article__slug", "position").values("article__slug", "target_slug"))
    # Authors and skills in the order they were created: the importer may create them otherwise.
    named = {
        "authors": list(Author.objects.order_by("pk").values("name", "slug")),
        "skills": list(Skill.objects.order_by("pk").values("name", "slug", "theme__slug")),
        "authorship": list(
            Article.authors.through.objects.order_by("article__slug", "author__slug").values_list(
                "article__slug", "author__slug"
            )
        ),
    }
    return {"articles": articles, "statistics": statistics, "links": links, **named}


def _canonical(value):
    """`value` with its sets in order: their order changes from one process to the next."""
    if isinstance(value, (set, frozenset)):
        return sorted(_canonical(item) for item in value)
    if isinstance(value, dict):
        return {key: _canonical(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_canonical(item) for item in value]
    return value


def outputs(prepared) -> list[dict]:
    return [
        {
            "body": hashlib.sha256(data.body.encode()).hexdigest(),
            "html": body.rendered.html,
            "toc": body.rendered.toc,
            "reading_time": body.rendered.reading_time,
            "figures": [asdict(figure) for figure in body.figures],
            "readings": [_canonical(asdict(reading)) for reading in body.readings],
            "marked_html": body.marked_html,
        }
        for _, data, body in prepared
    ]


def measure_importer(paths) -> None:
    """Import `paths` with the importer and its workers; print the CPU of all processes per article."""
    from articles.importing import import_paths

    def cpu():
        return sum(
            usage.ru_utime + usage.ru_stime
            for usage in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
        )

    started, wall = cpu(), time.perf_counter()
    reports = import_paths(paths, workers=2)
    seconds, wall = cpu() - started, time.perf_counter() - wall
    created = sum(report.status == "created" for report in reports)
    print(f"{created} of {len(paths)} articles created by the importer with 2 workers:")
    print(f"  CPU ms per article, all processes: {1000 * seconds / len(paths):.2f}")
    print(f"  articles/s on 2 cores at that CPU: {2 * len(paths) / seconds:.0f} (wall here: {len(paths) / wall:.0f})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--importer", action="store_true", help="measure the importer with its workers")
    parser.add_argument("--output", type=Path, help="write the stages' outputs (JSON) here")
    parser.add_argument("--compare", type=Path, help="fail unless the outputs equal those written here before")
    arguments = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-stages-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        # An empty database of one's own (PostgreSQL: created beforehand) in place of a fresh SQLite file.
        DATABASE_URL=os.environ.get("STAGES_DATABASE_URL") or f"sqlite:///{workdir / 'stages.sqlite3'}",
        SECRET_KEY="bench-only-secret-key",
        DEBUG="0",
        LOG_LEVEL="ERROR",
        REDIS_URL="",
    )
    import django

    django.setup()
    from django.core.management import call_command

    from bench.corpus import Corpus, CorpusSpec, create_taxonomy, write_corpus

    call_command("migrate", verbosity=0)
    corpus = Corpus(CorpusSpec(articles=SAMPLE_SEED_ARTICLES))
    paths = write_corpus(corpus, workdir / "corpus", range(arguments.articles))
    create_taxonomy(corpus)
    if arguments.importer:
        measure_importer(paths)
        return 0
    timings, queries = {}, {}
    for _ in range(arguments.repeat):
        _empty_caches()
        run = defaultdict(float)
        prepared = measure_preparing(paths, run)
        timings = {stage: min(seconds, timings.get(stage, seconds)) for stage, seconds in run.items()}
    timings["write"] = timings["write (wall)"] = 0.0
    measure_writing(paths, prepared, timings, queries)
    count = len(paths)
    result = {"stages": outputs(prepared), "rows": stored_rows()}
    print(f"{count} articles, CPU ms per article:")
    for stage, seconds in timings.items():
        print(f"  {stage:<13} {1000 * seconds / count:7.2f}")
    worker = sum(seconds for stage, seconds in timings.items() if not stage.startswith("write"))
    print(f"  {'worker total':<13} {1000 * worker / count:7.2f}")
    print(f"  queries per article written: {queries['write'] / count:.2f}")
    if arguments.output:
        arguments.output.write_text(json.dumps(result, ensure_ascii=False, sort_keys=True, default=str))
    if arguments.compare:
        before = json.loads(arguments.compare.read_text())
        now = json.loads(json.dumps(result, ensure_ascii=False, sort_keys=True, default=str))
        differing = [key for key in ("stages", "rows") if before[key] != now[key]]
        print("outputs identical" if not differing else f"outputs DIFFER: {differing}")
        return 1 if differing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
