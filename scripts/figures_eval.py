"""Print precision and recall of the figure extractor on the sentence table, the held-out
sentences and the corpus, and its speed.

Usage: .venv/bin/python scripts/figures_eval.py [--corpus DIR] [-v]

Table and unseen: a predicted figure matches an expected row with the same text, value and
unit. The held-out sets (articles/tests/figure_cases_unseen.py: UNSEEN, annotated before any
tuning, and FRESH, annotated after the first round of fixes) also report how often a matched
figure's currency, qualifier, source and year agree.
Real pages (articles/tests/figure_cases_real.py: DEV, DEV_12..DEV_15, tuned on, and HELD_OUT..HELD_OUT_15,
scored):
precision and recall, then per field: unit, source where the text names one, year where the
text gives one (and how often none is given where the text gives none), subject non-empty,
population where annotated, forecast where annotated (and how many matched figures are read as
forecasts, on every set).
Corpus: a prediction matches a gold row (articles/tests/corpus_figures.py) with the same file,
value and unit whose snippet its span overlaps; each gold row is matched at most once.
"""

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.figures import extract_figures  # noqa: E402
from articles.tests.conftest import CORPUS_DIR  # noqa: E402
from articles.tests.corpus_figures import GOLD  # noqa: E402
from articles.tests.figure_cases import CASES  # noqa: E402
from articles.tests.figure_cases_real import (  # noqa: E402
    DEV,
    DEV_12,
    DEV_13,
    DEV_14,
    DEV_15,
    HELD_OUT,
    HELD_OUT_2,
    HELD_OUT_3,
    HELD_OUT_4,
    HELD_OUT_5,
    HELD_OUT_6,
    HELD_OUT_7,
    HELD_OUT_8,
    HELD_OUT_9,
    HELD_OUT_10,
    HELD_OUT_11,
    HELD_OUT_12,
    HELD_OUT_13,
    HELD_OUT_14,
    HELD_OUT_15,
)
from articles.tests.figure_cases_unseen import FRESH, UNSEEN  # noqa: E402

FRONT_MATTER = re.compile(r"\A---\r?\n.*?\r?\n---\r?\n", re.DOTALL)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.05, abs(b) * 1e-6)


def score(tp: int, n_pred: int, n_gold: int) -> str:
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    return f"precision {precision:.3f} ({tp}/{n_pred})  recall {recall:.3f} ({tp}/{n_gold})"


_ATTRIBUTES = ("currency", "qualifier", "source", "year")


def _claim(candidates: list, fig, matches, label: str, context: str, verbose: bool):
    """Take out of `candidates` the first one `matches(fig, candidate)` accepts and return it;
    None when there is none: `fig` is a false positive, printed with -v."""
    hit = next((candidate for candidate in candidates if matches(fig, candidate)), None)
    if hit is not None:
        candidates.remove(hit)
    elif verbose:
        print(f"  {label} FP {fig.text!r} {fig.value} {fig.unit}  <- {context[:90]!r}")
    return hit


def _same_row(fig, row) -> bool:
    """A sentence-table row (text, value, ..., unit, ...) that the predicted figure is."""
    return row[0] == fig.text and _same(fig.value, row[1]) and row[3] == fig.unit


def _overlapping(fig, located) -> bool:
    """An annotated figure (start, end, Figure) of a page whose span the prediction overlaps, same value."""
    return fig.start < located[1] and located[0] < fig.end and _same(fig.value, located[2].value)


def _overlapping_gold(fig, gold) -> bool:
    """A corpus gold row (start, end, value, unit, snippet) the prediction overlaps, same value and unit."""
    return _same(fig.value, gold[2]) and fig.unit == gold[3] and fig.start < gold[1] and fig.end > gold[0]


def eval_sentences(rows: list, name: str, verbose: bool) -> str:
    """Score rows of (sentence, expected); an expected figure of 8 fields also carries the
    currency, which the 7-field table rows leave out."""
    tp = n_pred = n_gold = 0
    agree = dict.fromkeys(_ATTRIBUTES, 0)
    for sentence, expected in rows:
        got = extract_figures(sentence)
        n_pred, n_gold = n_pred + len(got), n_gold + len(expected)
        left = list(expected)
        for fig in got:
            hit = _claim(left, fig, _same_row, name, sentence, verbose)
            if hit is None:
                continue
            tp += 1
            if len(hit) == 8:
                want = dict(zip(_ATTRIBUTES, hit[4:], strict=True))
                for attr in _ATTRIBUTES:
                    if getattr(fig, attr) == want[attr]:
                        agree[attr] += 1
                    elif verbose:
                        print(f"  {name} {attr} {getattr(fig, attr)!r} != {want[attr]!r} for {fig.text!r}")
        for miss in left if verbose else []:
            print(f"  {name} FN {miss[:4]}  <- {sentence[:90]!r}")
    line = score(tp, n_pred, n_gold)
    if any(len(e) == 8 for _, expected in rows for e in expected) and tp:
        line += "\n    of matched figures, agreeing: " + ", ".join(
            f"{attr} {agree[attr] / tp:.2f}" for attr in _ATTRIBUTES
        )
    return line


def _norm(text: str) -> str:
    return " ".join(re.sub(r"^(?:les|des|de|d['’]|la|le|l['’])\s*", "", text.lower()).split())


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.2f} ({hits}/{total})" if total else "n/a"


def eval_pages(pages: list, name: str, verbose: bool) -> str:
    """Score real pages per field. A prediction matches an annotated figure whose text (found
    in order in the page) its span overlaps, with the same value; then unit, source (where
    the text names one), year (where the text gives one), subject and population are checked."""
    tp = n_pred = n_gold = 0
    counts = dict.fromkeys(
        (
            "unit",
            "source",
            "source_n",
            "no_source",
            "no_source_n",
            "year",
            "year_n",
            "no_year",
            "no_year_n",
            "subject",
            "population",
            "population_n",
            "forecast",
            "forecast_n",
            "forecasts_read",
        ),
        0,
    )
    for url, body, expected in pages:
        got = extract_figures(body)
        n_pred, n_gold = n_pred + len(got), n_gold + len(expected)
        located, at = [], 0
        for e in expected:
            start = body.find(e.text, at)
            if start < 0:
                raise ValueError(f"{name}: {e.text!r} not found in order in {url}")
            located.append((start, start + len(e.text), e))
            at = start + len(e.text)
        for fig in got:
            hit = _claim(located, fig, _overlapping, name, fig.sentence, verbose)
            if hit is None:
                continue
            tp += 1
            e = hit[2]
            checks = [
                ("unit", None, fig.unit == e.unit, e.unit, fig.unit),
                ("source", "source_n", fig.source.lower() == e.source.lower(), e.source, fig.source)
                if e.source
                else ("no_source", "no_source_n", not fig.source, e.source, fig.source),
                ("year", "year_n", fig.year == e.year, e.year, fig.year)
                if e.year
                else ("no_year", "no_year_n", fig.year is None, e.year, fig.year),
                ("subject", None, bool(fig.subject.strip()), "non-empty", fig.subject),
            ]
            if e.population is not None:
                got_pop = getattr(fig, "population", "")
                ok = bool(got_pop) and (_norm(e.population) in _norm(got_pop) or _norm(got_pop) in _norm(e.population))
                checks.append(("population", "population_n", ok, e.population, got_pop))
            counts["forecasts_read"] += fig.forecast
            if e.forecast is not None:
                checks.append(("forecast", "forecast_n", fig.forecast == e.forecast, e.forecast, fig.forecast))
            for key, total_key, ok, want, have in checks:
                counts[key] += ok
                if total_key:
                    counts[total_key] += 1
                if not ok and verbose:
                    print(f"  {name} {key}: {have!r} != {want!r} for {fig.text!r}")
        for miss in located if verbose else []:
            print(f"  {name} FN {miss[2].text!r} {miss[2].value} {miss[2].unit}  <- {url[:60]}")
    line = score(tp, n_pred, n_gold)
    line += (
        f"\n    unit {_ratio(counts['unit'], tp)}, source {_ratio(counts['source'], counts['source_n'])}"
        f" (none where none: {_ratio(counts['no_source'], counts['no_source_n'])}),"
        f" year {_ratio(counts['year'], counts['year_n'])}"
        f" (none where none: {_ratio(counts['no_year'], counts['no_year_n'])}),"
        f"\n    subject non-empty {_ratio(counts['subject'], tp)},"
        f" population {_ratio(counts['population'], counts['population_n'])},"
        f" forecast {_ratio(counts['forecast'], counts['forecast_n'])} (read as forecasts: {counts['forecasts_read']})"
    )
    return line


def eval_corpus(folder: Path, verbose: bool) -> str:
    tp = n_pred = 0
    gold_by_file: dict[str, list] = {}
    for name, snippet, value, unit in GOLD:
        gold_by_file.setdefault(name, []).append((snippet, value, unit))
    files = sorted(p for p in folder.iterdir() if p.suffix in (".md", ".mdx") and p.name != "SOURCES.md")
    for path in files:
        body = FRONT_MATTER.sub("", path.read_text(encoding="utf-8"))
        offset = len(path.read_text(encoding="utf-8")) - len(body)
        flat = path.read_text(encoding="utf-8").replace("\u00a0", " ").replace("\u202f", " ")
        left = []
        for snippet, value, unit in gold_by_file.get(path.name, []):
            at = flat.find(snippet)
            left.append((at - offset, at - offset + len(snippet), value, unit, snippet))
        for fig in extract_figures(body):
            n_pred += 1
            if _claim(left, fig, _overlapping_gold, path.name[:12], fig.sentence, verbose) is not None:
                tp += 1
        for miss in left if verbose else []:
            print(f"  {path.name[:12]} FN {miss[4]!r} {miss[2]} {miss[3]}")
    return score(tp, n_pred, len(GOLD))


_STATS = (
    "Selon une étude IFOP de 2023, 62 % des Français utilisent un outil d'IA au travail, "
    "contre 35 % en 2021. Les équipes ont signé 116 accords et traité 3,2 millions de demandes "
    "pour un budget de 1,5 milliard d'euros. Un salarié sur trois déclare gagner du temps, "
    "et la productivité a été multipliée par deux en trois ans, disponible 24/7 depuis la "
    "version 2.0 du service.\n\n"
)
_PROSE = (
    "Les entreprises qui intègrent l'intelligence artificielle dans leur stratégie marketing "
    "acquièrent un avantage concurrentiel grâce à une personnalisation poussée et à une "
    "efficacité opérationnelle accrue. Les équipes peuvent analyser des volumes massifs de "
    "données comportementales, prédire les besoins futurs des consommateurs et créer des "
    "parcours d'achat qui s'adaptent en temps réel. Cette transformation demande pourtant une "
    "gouvernance des données claire, des compétences nouvelles et une attention constante aux "
    "biais algorithmiques, à la transparence et au respect de la vie privée des clients.\n\n"
)


def bench_article_ms(words: int = 1900, runs: int = 50) -> float:
    """Milliseconds per call on a generated bench article of about `words` words (the
    10,000-article benchmark's prose and figure sentences), best of three."""
    from bench.corpus import Corpus, CorpusSpec

    spec = CorpusSpec(articles=1, min_words=words, max_words=words)
    body = Corpus(spec).article(0).body
    return 1000 * _best_seconds(body, runs) / runs


def _best_seconds(body: str, runs: int) -> float:
    """Seconds `runs` extractions of `body` take, best of three: the machine is shared."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(runs):
            extract_figures(body)
        best = min(best, time.perf_counter() - start)
    return best


def throughput(words: int = 1500, stats_every: int = 3, runs: int = 100) -> float:
    """Articles per second on a generated French article of about `words` words, with one
    paragraph of eight figures every `stats_every` prose paragraphs (0: figures only)."""
    block = _STATS + _PROSE * stats_every
    body = "# Titre\n\n" + block * (words // len(block.split()) + 1)
    return runs / _best_seconds(body, runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    parser.add_argument("-v", "--verbose", action="store_true", help="list false positives and misses")
    parser.add_argument("--quick", action="store_true", help="skip the speed measures")
    parser.add_argument(
        "--set",
        action="append",
        help="score only this set (table, unseen, fresh, dev, held-out-N, dev-12 … dev-15, corpus); repeatable: "
        "a held-out set is scored once, when the tuning is over",
    )
    args = parser.parse_args()
    sentence_sets = [("table", CASES), ("unseen", UNSEEN), ("fresh", FRESH)]
    page_sets = [
        ("dev", DEV),
        ("held-out", HELD_OUT),
        ("held-out-2", HELD_OUT_2),
        ("held-out-3", HELD_OUT_3),
        ("held-out-4", HELD_OUT_4),
        ("held-out-5", HELD_OUT_5),
        ("held-out-6", HELD_OUT_6),
        ("held-out-7", HELD_OUT_7),
        ("held-out-8", HELD_OUT_8),
        ("held-out-9", HELD_OUT_9),
        ("held-out-10", HELD_OUT_10),
        ("held-out-11", HELD_OUT_11),
        ("dev-12", DEV_12),
        ("held-out-12", HELD_OUT_12),
        ("dev-13", DEV_13),
        ("held-out-13", HELD_OUT_13),
        ("dev-14", DEV_14),
        ("held-out-14", HELD_OUT_14),
        ("dev-15", DEV_15),
        ("held-out-15", HELD_OUT_15),
    ]
    chosen = set(args.set or [name for name, _ in sentence_sets + page_sets] + ["corpus"])
    for name, rows in sentence_sets:
        if name in chosen:
            print(f"{name} ({len(rows)} sentences): {eval_sentences(rows, name, args.verbose)}")
    for name, pages in page_sets:
        if name in chosen:
            print(f"real {name} ({len(pages)} pages): {eval_pages(pages, name, args.verbose)}")
    if "corpus" in chosen:
        print(f"corpus ({len(GOLD)} gold figures): {eval_corpus(args.corpus, args.verbose)}")
    if args.quick:
        return
    print(
        f"throughput (1,500-word generated article, one core): {throughput():.0f} articles/s "
        f"with ~30 figures, {throughput(stats_every=0):.0f} articles/s with ~110 figures"
    )
    print(f"bench article (1,900 words, bench.corpus): {bench_article_ms():.2f} ms per article")


if __name__ == "__main__":
    main()
