"""Results of a bench run: JSON for comparing runs, and a short markdown table against the targets."""

import json
import time
from pathlib import Path

# (page, cache state) → the least ratio of requests/s to /healthz the issue asks for.
RATIO_TARGETS = {
    ("article", "warm"): 0.5,
    ("article", "cold"): 0.11,
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


def markdown(results: dict) -> str:
    lines = [
        f"# Bench {results['started']} ({results['corpus']['articles']} articles, "
        f"{results['duration_seconds']} s, {results['machine']['cpus']} CPUs)",
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
    lines += [
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
        _exports_line(results.get("exports", {})),
    ]
    return "\n".join(lines) + "\n"


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
        for name, measured in exports.items()
    ]
    return "- Complete downloads of the figures, streamed in-process: " + "; ".join(parts) + "."


def write_results(results: dict, directory: Path) -> Path:
    """Write `<timestamp>.json/.md` and `latest.json/.md`; return the markdown file's path."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    text, table = json.dumps(results, indent=2, ensure_ascii=False), markdown(results)
    for name in (stamp, "latest"):
        (directory / f"{name}.json").write_text(text, encoding="utf-8")
        (directory / f"{name}.md").write_text(table, encoding="utf-8")
    return directory / "latest.md"
