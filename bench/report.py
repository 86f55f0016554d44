"""Results of a bench run: JSON for comparing runs, and markdown tables against the targets.

Each database keeps its latest run (`latest-sqlite.json`, `latest-postgresql.json`); `latest.md`
puts them side by side, then gives each run's own section.
"""

import json
import time
from pathlib import Path

# (page, cache state) → the least ratio of requests/s to /healthz the issue asks for.
RATIO_TARGETS = {
    ("article", "warm"): 0.5,
    ("article", "cold"): 0.11,
    ("article_while_publishing", "warm"): 0.4,
    ("home", "warm"): 0.5,
    ("home", "cold"): 0.08,
    ("skill_page", "warm"): 0.5,
    ("skill_page", "cold"): 0.08,
    ("statistics", "warm"): 0.5,
    ("statistics", "cold"): 0.08,
    ("search", "warm"): 0.05,
    ("search", "cold"): 0.05,
}
MAX_PAGE_QUERIES = 8
MAX_ADMIN_QUERIES = 10
MAX_ADMIN_LATENCY_RATIO = 2  # our article changelist against Django's bare one (bench/bare_admin.py)
MIN_IMPORT_RATE = 100


def _verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def database_name(results: dict) -> str:
    database = results.get("database") or {"engine": "sqlite", "version": None}  # runs before it was recorded
    name = ENGINE_NAMES.get(database["engine"], database["engine"])
    return f"{name} {database['version']}" if database.get("version") else name


def pages_table(results: dict) -> str:
    """The run's heading and its pages against /healthz, cold and warm."""
    load = results["machine"].get("load_average")
    lines = [
        f"## {database_name(results)}: {results['started']} ({results['corpus']['articles']} articles, "
        f"{results['duration_seconds']} s, {results['machine']['cpus']} CPUs"
        f"{f', load average {load:.1f} at the start' if load is not None else ''})",
        "",
        "| page | cache | req/s | p50 ms | p99 ms | /healthz req/s | ratio | target | |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for state in ("cold", "warm"):
        for page, measured in results[state].items():
            target = RATIO_TARGETS.get((page, state))
            page_summary, bare = measured["page"], measured["healthz"]
            lines.append(
                f"| {page} | {state} | {page_summary['requests_per_second']} | {page_summary['p50_ms']} | "
                f"{page_summary['p99_ms']} | {bare['requests_per_second']} | {measured['ratio_rps']} | "
                f"{f'≥ {target}' if target else '—'} | {_verdict(measured['ratio_rps'] >= target) if target else ''} |"
            )
    return "\n".join(lines) + "\n"


def markdown(results: dict) -> str:
    lines = [
        pages_table(results).rstrip("\n"),
        "",
        "| page | queries (cache off) | queries (cached) | target | |",
        "| --- | --- | --- | --- | --- |",
    ]
    for page, counts in results["queries"].items():
        limit = MAX_ADMIN_QUERIES if page.startswith("admin") else MAX_PAGE_QUERIES
        lines.append(
            f"| {page} | {counts['cold']} | {counts.get('warm', '—')} | ≤ {limit} | {_verdict(counts['cold'] <= limit)} |"
        )
    imported, extraction = results["import"], results["extraction"]
    memory = ", ".join(f"{sample['files']}: {sample['rss_mb']} MB" for sample in imported["rss_by_files"])
    lines += [
        "",
        f"- Import (real importer, {imported['files']} files): **{imported['articles_per_second']} articles/s** "
        f"(target ≥ {MIN_IMPORT_RATE}: {_verdict(imported['articles_per_second'] >= MIN_IMPORT_RATE)}); "
        f"resident memory by files imported: {memory}; peak {imported['maxrss_mb']} MB"
        f"{_workers_memory(imported)}. {imported['note']}.",
        f"- Statistics extraction alone: {extraction['articles_per_second']} articles/s "
        f"({extraction['figures']} figures from {extraction['articles']} articles).",
        _admin_line(results["admin"]),
        *_other_admin_lines(results["admin"]),
        _exports_line(results.get("exports", {})),
        _workers_line(results.get("workers_rss_mb")),
        _publishing_line(results["warm"].get("article_while_publishing")),
    ]
    return "\n".join(line for line in lines if line is not None) + "\n"


def side_by_side(runs: list[dict]) -> str:
    """Each page's ratio to /healthz (and its req/s) in each database's latest run."""
    names = [f"{database_name(run)} ({run['corpus']['articles']} articles)" for run in runs]
    lines = [
        "| page | cache | " + " | ".join(names) + " | target |",
        "| --- | --- | " + " | ".join("---" for _ in runs) + " | --- |",
    ]
    for state in ("cold", "warm"):
        pages = list(dict.fromkeys(page for run in runs for page in run[state]))
        for page in pages:
            cells = []
            for run in runs:
                measured = run[state].get(page)
                cells.append(
                    f"{measured['ratio_rps']} ({measured['page']['requests_per_second']} req/s, "
                    f"p99 {measured['page']['p99_ms']} ms)"
                    if measured
                    else "—"
                )
            target = RATIO_TARGETS.get((page, state))
            lines.append(f"| {page} | {state} | " + " | ".join(cells) + f" | {f'≥ {target}' if target else '—'} |")
    return "\n".join(lines) + "\n"


def admin_lines(results: dict) -> str:
    """The admin's measures of a run that chose its pages (BENCH_PAGES), or nothing."""
    if "admin" not in results:
        return ""
    return "\n".join(["", _admin_line(results["admin"]), *_other_admin_lines(results["admin"])]) + "\n"


def _other_admin_lines(admin: dict) -> list[str]:
    lines = []
    for name, measured in admin.get("others", {}).items():
        ratio = measured["latency_ratio_p50"]
        lines.append(
            f"- Admin {name.replace('_', ' ')}: p50 {measured['page']['p50_ms']} ms against the bare changelist's "
            f"{measured['reference']['p50_ms']} ms: **{ratio}×** (target < {MAX_ADMIN_LATENCY_RATIO}: "
            f"{_verdict(ratio < MAX_ADMIN_LATENCY_RATIO)})."
        )
    return lines


def _publishing_line(measured: dict | None) -> str | None:
    if not measured:
        return None
    publisher = measured["publisher"]
    each = sorted(publisher["seconds_each"])
    median = f"{each[len(each) // 2]} s" if each else "—"
    return (
        f"- article_while_publishing: random reads among {publisher['pages_read']} article pages (cached first) "
        f"while an editor published {publisher['published']} articles through the admin's add form, one every "
        f"{publisher['interval_seconds']:g} s (median {median} a publication)."
    )


def _workers_line(workers: dict | None) -> str | None:
    if not workers:
        return None
    return (
        "- Resident memory of each gunicorn worker after the load: "
        f"{', '.join(f'{size} MB' for size in workers['cold'])} (page cache off), "
        f"{', '.join(f'{size} MB' for size in workers['warm'])} (page cache on)."
    )


def _workers_memory(imported: dict) -> str:
    peak = imported.get("worker_maxrss_mb")
    return f", largest worker process {peak} MB" if peak else ""


def _admin_line(admin: dict) -> str:
    ours, healthz = admin["page"], admin["healthz"]
    line = (
        f"- Admin changelist (superuser session): {ours['requests_per_second']} req/s, p50 {ours['p50_ms']} ms "
        f"(/healthz p50 {healthz['p50_ms']} ms with the same cookie)"
    )
    bare = admin.get("bare")
    if not bare:
        return line + "."
    ratio = bare["latency_ratio_p50"]
    return line + (
        f"; bare Django changelist of the same model p50 {bare['reference']['p50_ms']} ms, ours "
        f"{bare['page']['p50_ms']} ms in alternating bursts: **{ratio}×** the bare view "
        f"(target < {MAX_ADMIN_LATENCY_RATIO}: {_verdict(ratio < MAX_ADMIN_LATENCY_RATIO)})."
    )


def _exports_line(exports: dict) -> str:
    if not exports:
        return ""
    parts = [
        f"{name.upper()} {measured['megabytes']} MB in {measured['seconds']} s, {measured['queries']} queries"
        + (f", resident memory +{measured['rss_growth_mb']} MB while streaming" if "rss_growth_mb" in measured else "")
        for name, measured in exports.items()
    ]
    return "- Complete downloads of the figures, streamed in-process: " + "; ".join(parts) + "."


def write_results(results: dict, directory: Path) -> Path:
    """Write `<timestamp>-<engine>.json/.md`, `latest-<engine>.json` and `latest.json`, and
    `latest.md`: every database's latest run side by side; return the markdown file's path."""
    directory.mkdir(parents=True, exist_ok=True)
    engine = (results.get("database") or {}).get("engine", "sqlite")
    stamp = f"{time.strftime('%Y%m%d-%H%M%S')}-{engine}"
    text = json.dumps(results, indent=2, ensure_ascii=False)
    for name in (stamp, f"latest-{engine}", "latest"):
        (directory / f"{name}.json").write_text(text, encoding="utf-8")
    (directory / f"{stamp}.md").write_text(markdown(results), encoding="utf-8")
    runs = [
        json.loads((directory / f"latest-{name}.json").read_text(encoding="utf-8"))
        for name in ENGINE_NAMES
        if (directory / f"latest-{name}.json").exists()
    ]
    summary = [
        "# Bench: each database's latest run",
        "",
        "Ratio of requests per second to `/healthz` in the same run (req/s and p99 in brackets).",
        "",
        side_by_side(runs),
        *(markdown(run) for run in runs),
    ]
    (directory / "latest.md").write_text("\n".join(summary), encoding="utf-8")
    return directory / "latest.md"
