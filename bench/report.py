"""Results of a bench run: JSON for comparing runs, and a short markdown table against the targets."""

import json
import time
from pathlib import Path

# (page, cache state) → the least ratio of requests/s to /healthz the issue asks for.
RATIO_TARGETS = {
    ("article", "warm"): 0.5, ("article", "cold"): 0.11,
    ("home", "warm"): 0.5, ("home", "cold"): 0.08,
    ("skill_page", "warm"): 0.5, ("skill_page", "cold"): 0.08,
    ("statistics", "warm"): 0.5, ("statistics", "cold"): 0.08,
    ("search", "warm"): 0.05, ("search", "cold"): 0.05,
}
MAX_PAGE_QUERIES = 8
MAX_ADMIN_QUERIES = 10
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
                f"≥ {target} | {_verdict(measured['ratio_rps'] >= target) if target else ''} |"
            )
    admin = results["admin"]
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
        f"resident memory by files imported: {memory}; peak {imported['maxrss_mb']} MB. {imported['note']}.",
        f"- Statistics extraction alone: {extraction['articles_per_second']} articles/s "
        f"({extraction['figures']} figures from {extraction['articles']} articles).",
        f"- Admin changelist (superuser session): {admin['page']['requests_per_second']} req/s, "
        f"p50 {admin['page']['p50_ms']} ms vs /healthz p50 {admin['healthz']['p50_ms']} ms with the same cookie: "
        f"latency ratio {admin['latency_ratio_p50']} (target < 2: {_verdict(admin['latency_ratio_p50'] < 2)}).",
    ]
    return "\n".join(lines) + "\n"


def write_results(results: dict, directory: Path) -> Path:
    """Write `<timestamp>.json/.md` and `latest.json/.md`; return the markdown file's path."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    text, table = json.dumps(results, indent=2, ensure_ascii=False), markdown(results)
    for name in (stamp, "latest"):
        (directory / f"{name}.json").write_text(text, encoding="utf-8")
        (directory / f"{name}.md").write_text(table, encoding="utf-8")
    return directory / "latest.md"
