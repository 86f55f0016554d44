"""Extract the statistical figures an article cites from its markdown body.

Pure: text in, `Figure`s out. `plaintext` masks markup into same-length text and cuts
sentences, `patterns` finds the figures, `attribution` and `subject` say who, when, how
precise and what. Spans are offsets in the markdown body given as input.
"""

from dataclasses import dataclass

from . import attribution, patterns, plaintext
from .subject import subject as _subject

__all__ = ["Figure", "extract_figures"]


@dataclass(frozen=True)
class Figure:
    value: float
    value_high: float | None
    unit: str  # "percent" | "multiplier" | "currency" | "count"
    currency: str
    qualifier: str  # "exact" | "about" | "up_to" | "at_least" | "more_than" | "less_than"
    subject: str
    source: str
    year: int | None
    sentence: str
    start: int
    end: int
    text: str


_ANAPHORA = (
    "l'étude",
    "l’étude",
    "cette étude",
    "ce rapport",
    "le rapport",
    "l'enquête",
    "l’enquête",
    "cette enquête",
    "ce sondage",
    "le sondage",
    "the study",
    "the survey",
    "the report",
    "this study",
    "this survey",
    "this report",
    "the same study",
    "la même étude",
)


class _Context:
    """Per-document cache of sentence attribution (source, its offset, year)."""

    def __init__(self, body: str):
        self.masked = plaintext.mask(body)
        self.sentences = plaintext.Sentences(body, self.masked)
        self._cache: dict[tuple[int, int], tuple[str, int | None]] = {}

    def attribution(self, start: int, end: int) -> tuple[str, int | None]:
        key = (start, end)
        if key not in self._cache:
            text = self.masked[start:end]
            source, at = attribution.find_source(text)
            self._cache[key] = (source, attribution.find_year(text, at))
        return self._cache[key]

    def attribution_for(self, sent: tuple[int, int, int]) -> tuple[str, int | None]:
        """Own attribution, else the list lead-in's, else the previous sentence's when this
        one refers back to it ("L'étude montre aussi...")."""
        start, end, unit = sent
        source, year = self.attribution(start, end)
        lead = self.sentences.lead_in(unit)
        if lead and not source:
            lead_source, lead_year = self.attribution(*lead)
            source, year = lead_source, year or lead_year
        if not source and self.masked[start:end].strip().lower().startswith(_ANAPHORA):
            prev = self.sentences.previous(start)
            if prev:
                prev_source, prev_year = self.attribution(prev[0], prev[1])
                source, year = prev_source, year or prev_year
        return source, year


def extract_figures(markdown_body: str) -> list[Figure]:
    """Return every statistical figure cited in the body, in document order."""
    ctx = _Context(markdown_body)
    masked = ctx.masked
    figures = []
    for cand in patterns.find(masked):
        sent = ctx.sentences.at(cand.start)
        s_start, s_end = sent[0], max(sent[1], cand.end)
        source, year = ctx.attribution_for(sent)
        before = masked[s_start : cand.start]
        text_end = max(cand.end, cand.noun_end)
        after = masked[text_end:s_end]
        fig_text = markdown_body[cand.start : cand.end]
        qualifier = attribution.find_qualifier(before, masked[cand.end : s_end])
        if fig_text.endswith("+") and cand.unit == "count":
            qualifier = "more_than"
        noun = masked[cand.end : text_end]
        figures.append(
            Figure(
                value=round(cand.value, 6),
                value_high=cand.value_high,
                unit=cand.unit,
                currency=cand.currency,
                qualifier=qualifier,
                subject=_subject(before, plaintext.clean(masked[cand.start : cand.end]), after, cand.unit, noun),
                source=source,
                year=year,
                sentence=plaintext.clean(masked[s_start:s_end]),
                start=cand.start,
                end=cand.end,
                text=fig_text,
            )
        )
    return figures
