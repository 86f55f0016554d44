"""Shared scanning tools for the figure finders: where figures may start, and candidates."""

import re
from dataclasses import dataclass

IGNORE = re.IGNORECASE
# White space as French prose writes it (no-break and narrow no-break spaces too); the one definition.
S = r"[\s\u00a0\u202f]"
# A figure never starts inside a word, a version ("GPT-4", "v1.2"), a path or a date.
START = r"(?<![\w.,/#°\-–])(?<!\w[-–])"
END = r"(?![\w/]|[.,]\d|:\d)"
PCT = r"(?:%|pour[\s-]?cents?\b|percent\b|per\s?cent\b|pct\b)"


# "\d\d*", not "\d+" or an alternation: the engine then skips ahead to a digit, three times faster.
_DIGITS = re.compile(r"\d\d*")
_VULGAR = re.compile("[½⅓⅔¼¾⅕]")
_KEY_WORDS = {
    "pct": ("pour cent", "pour-cent", "pourcent", "percent", "per cent"),
    "named": ("moitié", "tiers", "quart", "cinquième", "dixième", "third", "quarter", "fifth", "tenth"),
    "half": ("half", "halv"),
    "times": ("fois", "times"),
    "by": ("multipli", "divis"),
    "fold": ("fold",),
    "double": ("doubl", "tripl", "quadrupl", "décupl", "twice"),
    "scale": ("million", "milliard", "billion", "trillion", "thousand", "mille"),
    "hundreds": ("cent", "mille"),
    "frac": (" sur ", " in ", " of ", " out of "),
}
_DENOMINATOR_AT = re.compile(
    r"\s*(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d{1,3})\b"
)


def keys_of(text: str) -> dict[str, list]:
    """Find where each family of figures may start: digit runs, and keywords by str.find on
    the lowercased text (much faster than one case-insensitive alternation)."""
    keys = {"digits": [m.span() for m in _DIGITS.finditer(text)]}
    if any(c in text for c in "½⅓⅔¼¾⅕"):
        keys["digits"] = sorted(keys["digits"] + [m.span() for m in _VULGAR.finditer(text)])
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for name, words in _KEY_WORDS.items():
        spans = []
        for word in words:
            i = low.find(word)
            while i >= 0:
                end = i + len(word)
                if name != "frac" or _DENOMINATOR_AT.match(low, end):
                    spans.append((i, end))
                i = low.find(word, i + 1)
        keys[name] = sorted(spans)
    return keys


def near(key: list, rx: re.Pattern, text: str, back: int = 60, ahead: int = 60):
    """Run rx only around occurrences of a rarer key (a pattern or a list of spans): trying
    a pattern at every position of a long text is what costs time."""
    last = -1
    for k_start, k_end in key:
        for m in rx.finditer(text, max(0, k_start - back), min(len(text), k_end + ahead)):
            if m.start() > last and m.start() <= k_start < m.end():
                last = m.start()
                yield m


@dataclass
class Candidate:
    start: int
    end: int
    value: float
    value_high: float | None
    unit: str
    currency: str = ""
    noun_end: int = -1  # end of the measured noun for counts, for the subject
    priority: int = 0
    time_unit: str = ""  # for durations
    direction: str = ""  # "moins" for "2 fois moins": the value stays 2
