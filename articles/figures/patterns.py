"""Find figures in masked plain text: percentages, fractions, multipliers, amounts, counts.

Each finder yields Candidates; `find` keeps the earliest, longest, highest-priority ones that
do not overlap. What is *not* a figure (years, durations, versions, ordinals, times, list
numbering) is decided here, by the lookarounds and word lists below.
"""

import re
from dataclasses import dataclass

from .numbers import (
    FRACTION_WORDS,
    NUM,
    SCALE_WORDS,
    VULGAR,
    WORDS,
    denominator_of,
    fraction_percent,
    parse_digits,
    parse_number,
    scale_of,
)

_I = re.IGNORECASE
_S = r"[\s\u00a0\u202f]"
# A figure never starts inside a word, a version ("GPT-4", "v1.2"), a path or a date.
_START = r"(?<![\w.,/#°\-–])(?<!\w[-–])"
_END = r"(?![\w/]|[.,]\d|:\d)"
_PCT = r"(?:%|pour[\s-]?cent\b|percent\b|per\s?cent\b|pct\b)"


_DIGITS = re.compile(r"\d+|[½⅓⅔¼¾⅕]")
_KEY_WORDS = {
    "pct": ("pour cent", "pour-cent", "pourcent", "percent", "per cent"),
    "named": ("moitié", "tiers", "quart", "cinquième", "dixième", "third", "quarter", "fifth"),
    "half": ("half",),
    "times": ("fois", "times"),
    "by": ("multipli", "divis"),
    "fold": ("fold",),
    "double": ("doubl", "tripl", "quadrupl", "twice"),
    "scale": ("million", "milliard", "billion", "trillion", "thousand", "mille"),
    "frac": (" sur ", " in ", " of ", " out of "),
}
_DENOMINATOR_AT = re.compile(
    r"\s*(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d{1,3})\b"
)


def _keys(text: str) -> dict[str, list]:
    """Find where each family of figures may start: digit runs, and keywords by str.find on
    the lowercased text (much faster than one case-insensitive alternation)."""
    keys = {"digits": [m.span() for m in _DIGITS.finditer(text)]}
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


def _near(key: list, rx: re.Pattern, text: str, back: int = 60, ahead: int = 60):
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


_PERCENT = re.compile(
    rf"(?:(?P<between>entre|between|from|de){_S}+)?{_START}(?P<sign>[+\-−])?(?P<lo>{NUM})"
    rf"(?:{_S}*(?P<pct1>%|{_PCT})?{_S}*(?P<sep>à|a|-|–|—|to|et|and){_S}*(?P<hi>{NUM}))?"
    rf"{_S}*{_PCT}",
    _I,
)
_WORD_PERCENT = re.compile(rf"\b(?P<w>{WORDS}){_S}+{_PCT}", _I)


def _percent(text: str, keys: dict):
    for m in _near(keys["digits"], _PERCENT, text, 12, 40):
        lo = parse_digits(m.group("lo"))
        hi = parse_digits(m.group("hi")) if m.group("hi") else None
        sep, between = (m.group("sep") or "").lower(), (m.group("between") or "").lower()
        if hi is not None and sep in ("et", "and") and between not in ("entre", "between"):
            # "25 et 30 %" alone reads as a range only after entre/between
            yield Candidate(m.start("hi"), m.end(), hi, None, "percent", priority=3)
            continue
        if m.group("sign") in ("-", "−"):
            lo = -lo
        start = m.start("sign") if m.group("sign") == "+" else m.start("lo")
        yield Candidate(start, m.end(), lo, hi, "percent", priority=3)
    for m in _near(keys["pct"], _WORD_PERCENT, text):
        value = parse_number(m.group("w"))
        if value is not None:
            yield Candidate(m.start(), m.end(), value, None, "percent", priority=3)


_FRACTION = re.compile(
    rf"\b(?P<num>un|une|one|a|\d{{1,2}}|deux|two|trois|three|quatre|four|cinq|five|six|sept|seven|"
    rf"huit|eight|neuf|nine)"
    rf"(?P<noun>(?:{_S}+[^\W\d][\w'’-]*){{0,3}}?){_S}+(?:sur|in|out{_S}+of){_S}+"
    rf"(?P<den>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|"
    rf"eight|nine|ten|\d{{1,3}})\b(?![.,]\d|{_S}*%)",
    _I,
)
_NAMED_FRACTION = re.compile(
    rf"\b(?P<num>la|une|un|le|les{_S}+deux|les{_S}+trois|deux|trois|quatre|a|one|two|three|four)"
    rf"[\s-]+(?P<word>moitié|tiers|quarts?|cinquièmes?|dixièmes?|thirds?|quarters?|fifths?)\b"
    rf"(?={_S}+(?:des\b|du\b|de{_S}+l|de{_S}+(?:leurs?|ses|nos|vos|ces|son|sa)\b|d['’]|of\b|"
    rf"restants?\b|environ\b)|(?P<free>(?<=moitié)))",
    _I,
)
_HALF = re.compile(rf"(?<!first )(?<!second )(?<!last )\bhalf(?={_S}+(?:of|the|all)\b)", _I)
_SLASH = re.compile(rf"{_START}(?P<n>[1-9])/(?P<d>[2-9]|10)(?![\d/])(?={_S}+(?:des|du|de|d['’]|of)\b)|[½⅓⅔¼¾⅕]")


def _fractions(text: str, keys: dict):
    for m in _near(keys["frac"], _FRACTION, text):
        num = parse_number(m.group("num"))
        den = denominator_of(m.group("den"))
        if num is None or not den or num >= den:
            continue
        if m.group("num").isdigit() != m.group("den").isdigit():
            continue
        if m.group("den").isdigit() and (not m.group("noun") or int(m.group("den")) > 20):
            continue  # "1 sur 3" bare is too often a score, "22 vendors put in 208" a count
        if m.group("noun") and m.group(0).lower().split()[-2] == "in":
            continue  # "one in four", but not "22 vendors put in 208"
        yield Candidate(m.start(), m.end(), fraction_percent(num, den), None, "percent", priority=2)
    for m in _near(keys["named"], _NAMED_FRACTION, text, 20, 40):
        word = m.group("word").lower()
        den = FRACTION_WORDS[word]
        head = m.group("num").lower().split()[-1]
        if word == "moitié" and head not in ("la", "une"):
            continue
        if m.group("free") is not None and text[max(0, m.start() - 2) : m.start()].lower() == "à ":
            continue
        start = m.start("num") + (4 if m.group("num").lower().startswith("les") else 0)
        num = 1.0 if head in ("la", "une", "un", "le", "a", "one") else parse_number(head)
        if num is None or num >= den:
            continue
        yield Candidate(start, m.end(), fraction_percent(num, den), None, "percent", priority=2)
    for m in _near(keys["half"], _HALF, text, 10, 10):
        yield Candidate(m.start(), m.end(), 50.0, None, "percent", priority=2)
    for m in _near(keys["digits"], _SLASH, text, 2, 12):
        num, den = (int(m.group("n")), int(m.group("d"))) if m.group("n") else VULGAR[m.group(0)]
        if num < den:
            yield Candidate(m.start(), m.end(), fraction_percent(num, den), None, "percent", priority=2)


_FACTOR_WORD = rf"(?:{WORDS}|\d+(?:[.,]\d+)?)"
_TIMES = re.compile(
    rf"\b(?P<n>{_FACTOR_WORD}){_S}+(?:fois|times){_S}+(?P<dir>plus|moins|more|less|fewer|as|"
    rf"supérieure?s?|inférieure?s?|mieux|higher|lower|faster|larger|bigger|greater|better)\b",
    _I,
)
_BY = re.compile(
    rf"\b(?P<verb>multipli|divis)\w*(?:{_S}+[\w'’-]+){{0,4}}?{_S}+(?P<txt>(?:par|by){_S}+"
    rf"(?P<n>{_FACTOR_WORD}))\b",
    _I,
)
_X = re.compile(r"(?<![\w.])(?:[x×](?P<a>\d+(?:[.,]\d+)?)\b|(?P<b>\d+(?:[.,]\d+)?)[x×](?=\s+[^\W\d]))")
_DOUBLE = re.compile(
    r"\b(?:(?P<d>doubl(?:é|ée|és|ées|er|ent|era|eront|ait|aient|ement)|doubl(?:ed|es|ing)|"
    r"(?:le|au)\s+double)|(?P<t>tripl(?:é|ée|és|ées|er|ent|era|ement|ed|es|ing))|"
    r"(?P<q>quadrupl(?:é|ée|és|ées|er|ent|ed|es|ing))|(?P<tw>twice)(?=\s+(?:as|the|more)\b))\b"
    r"(?!-)",
    _I,
)
_HALVED = re.compile(r"\b(?:réduite?s?|diminuée?s?|baissée?s?|chuté|divisée?s?)\s+de\s+moitié\b", _I)
_FOLD = re.compile(rf"\b(?P<n>{_FACTOR_WORD})[- ]?fold\b", _I)


def _multipliers(text: str, keys: dict):
    for m in _near(keys["times"], _TIMES, text):
        n = parse_number(m.group("n"))
        if not n or n < 1.5 and m.group("n").isalpha():
            continue
        if m.group("dir").lower() in (
            "moins",
            "less",
            "fewer",
            "inférieur",
            "inférieure",
            "inférieurs",
            "inférieures",
            "lower",
        ):
            n = round(1.0 / n, 3)
        yield Candidate(m.start(), m.end(), n, None, "multiplier", priority=2)
    for m in _near(keys["by"], _BY, text, 0, 120):
        n = parse_number(m.group("n"))
        if not n or n < 2:
            continue
        value = n if m.group("verb").lower() == "multipli" else round(1.0 / n, 3)
        yield Candidate(m.start("txt"), m.end("txt"), value, None, "multiplier", priority=2)
    for m in _near(keys["digits"], _X, text, 2, 12):
        value = parse_digits(m.group("a") or m.group("b"))
        if value >= 1.5:
            yield Candidate(m.start(), m.end(), value, None, "multiplier", priority=2)
    for m in _near(keys["double"], _DOUBLE, text, 4, 20):
        value = 2.0 if m.group("d") or m.group("tw") else 3.0 if m.group("t") else 4.0
        yield Candidate(m.start(), m.end(), value, None, "multiplier", priority=1)
    for m in _near(keys["named"], _HALVED, text, 30, 10):
        yield Candidate(m.end() - 10, m.end(), 0.5, None, "multiplier", priority=1)
    for m in _near(keys["fold"], _FOLD, text):
        n = parse_number(m.group("n"))
        if n and n >= 2:
            yield Candidate(m.start(), m.end(), n, None, "multiplier", priority=1)


_CUR_SYMBOL = {
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
    "¥": "JPY",
    "us$": "USD",
    "ca$": "CAD",
    "c$": "CAD",
    "a$": "AUD",
    "chf": "CHF",
    "eur": "EUR",
    "usd": "USD",
    "gbp": "GBP",
    "cad": "CAD",
}
_CUR_AFTER = (
    r"(?P<cur>€|\$|£|(?:d['’]|de\s+)?euros?\b|(?:d['’]|de\s+)?dollars?(?:\s+(?:canadiens|américains|"
    r"US|CA))?\b|(?:de\s+)?livres?\s+sterling\b|\b(?:EUR|USD|GBP|CHF|CAD)\b|"
    r"(?:d['’]|de\s+)?francs?\s+suisses\b)"
)
_SHORT_SCALE = r"(?:k|K|M|Md|Mds|mds?|bn|Mn)(?=[€$£])"
_AMOUNT_AFTER = re.compile(
    rf"{_START}(?P<n>{NUM})(?:{_S}*(?P<scale>{SCALE_WORDS}|{_SHORT_SCALE}))?{_S}*"
    rf"(?:d['’]|de{_S}+)?{_CUR_AFTER}",
    _I,
)
_AMOUNT_BEFORE = re.compile(
    rf"(?<![\w$])(?P<cur>US\$|CA\$|C\$|A\$|[€$£¥]|\b(?:EUR|USD|GBP|CHF|CAD)\b){_S}?(?P<n>{NUM})"
    rf"(?:{_S}*(?P<scale>{SCALE_WORDS}\b|(?:k|K|M|Mn|bn|B|billion)\b))?",
)


def _currency_code(word: str) -> str:
    w = word.lower()
    if "canad" in w or w in ("ca$", "c$", "cad") or w.endswith("ca"):
        return "CAD"
    if "euro" in w:
        return "EUR"
    if "dollar" in w:
        return "USD"
    if "livre" in w:
        return "GBP"
    if "franc" in w:
        return "CHF"
    return _CUR_SYMBOL.get(w.strip(), "")


def _amounts(text: str, keys: dict):
    for rx in (_AMOUNT_AFTER, _AMOUNT_BEFORE):
        for m in _near(keys["digits"], rx, text, 6, 50):
            scale = m.group("scale") or ""
            factor = 1e9 if scale == "B" else scale_of(scale)
            value = parse_digits(m.group("n")) * factor
            code = _currency_code(m.group("cur"))
            yield Candidate(m.start(), m.end(), value, None, "currency", code, priority=4)


_SCALED = re.compile(
    rf"(?:{_START}(?P<n>{NUM})|\b(?P<art>le|un|one|a)){_S}*(?P<scale>{SCALE_WORDS})\b"
    rf"(?:{_S}+(?:de|d['’]|du|des|of)?{_S}*(?P<noun>[^\W\d][\w'’-]*))?",
    _I,
)
# After a number, these words make it a duration, a date, a time, a unit or not a count.
_NOT_NOUN = set(
    """
    seconde secondes sec s minute minutes min mn heure heures h jour jours j semaine semaines
    mois an ans année années décennie décennies siècle siècles trimestre trimestres fois
    second seconds minutes hour hours hr hrs day days week weeks month months year years decade
    decades century centuries quarter quarters times am pm
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    january february march april may june july august september october november december
    et ou à au aux de des du en par pour sur sous dans avec sans chez vers entre contre
    and or to of in on at by for from with without into per vs than as the a an
    est sont a ont sera seront était étaient fut is are was were will be been has have had
    km m cm mm kg g mg t l ml kwh wh mw gw kw go mo ko to gb mb kb tb gbps mbps px pt em rem
    miles mile lbs lb ft feet inch inches ko°c °c ° degrés degrees points pts
    premier première premiers premières first second third last dernier dernière
    qui que quand où ce cette ces who which that when where this these those
    """.split()
)
_BEFORE_NOT_COUNT = set(
    """
    n° no nº numéro number num version v niveau level étape step phase chapitre chapter page
    p pp section sect article art partie part tome vol volume saison season épisode episode
    max maximum limite limit rang rank top catégorie type groupe pool lot annexe figure fig tableau table slide
    iphone windows python gpt web ios android html css es php java node ligne line
    """.split()
)
_SMALL_DETERMINERS = {
    "les",
    "le",
    "la",
    "l'",
    "ces",
    "the",
    "these",
    "those",
    "mes",
    "my",
    "nos",
    "our",
    "vos",
    "your",
    "of",
    "des",
    "aux",
    "ses",
    "leurs",
    "their",
}
_QUALIFIER_WORDS = {
    "plus",
    "moins",
    "environ",
    "près",
    "presque",
    "over",
    "more",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "only",
    "seulement",
    "at",
    "up",
    "approximately",
    "roughly",
    "jusqu'à",
    "au",
    "than",
    "de",
    "ce",
    "en",
}
_COUNT = re.compile(
    rf"{_START}(?P<n>{NUM})(?P<plus>\+)?(?![\w%€$£/]|[.,:]\d|{_S}*(?:%|€|\$|£))"
    rf"(?:(?P<gap>{_S}+)(?P<noun>[^\W\d][\w'’-]*))?",
)
_PREV_WORD = re.compile(r"([\w°'’]+)[^\w\n]{0,3}$")
_YEAR = re.compile(r"(?:1[89]\d\d|20\d\d)")


def _counts(text: str, keys: dict):
    for m in _near(keys["scale"], _SCALED, text, 30, 40):
        n = parse_digits(m.group("n")) if m.group("n") else 1.0
        noun = (m.group("noun") or "").lower()
        if noun in _NOT_NOUN - {"de", "des", "du", "of"} and noun:
            continue
        value = n * scale_of(m.group("scale"))
        end = m.end("noun") if m.group("noun") else m.end("scale")
        yield Candidate(m.start(), m.end("scale"), value, None, "count", noun_end=end, priority=1)
    for m in _near(keys["digits"], _COUNT, text, 2, 60):
        raw, noun = m.group("n"), m.group("noun") or ""
        grouped = not raw.isdigit() and re.search(r"\d[\s\u00a0\u202f,]\d{3}", raw)
        if _YEAR.fullmatch(raw):
            continue
        value = parse_digits(raw)
        prev = _PREV_WORD.search(text, max(0, m.start() - 30), m.start())
        prev_word = prev.group(1).lower() if prev else ""
        if prev_word in _BEFORE_NOT_COUNT:
            continue
        if prev and prev.group(1)[0].isupper() and prev_word not in _QUALIFIER_WORDS:
            before = text[max(0, prev.start() - 3) : prev.start()]
            if before.strip() and "\n" not in before and before.rstrip()[-1] not in ".!?:;":
                continue  # "GPT 4 models", "Windows 11 machines"
        has_noun = noun and noun.lower() not in _NOT_NOUN and "\n\n" not in (m.group("gap") or "")
        if has_noun and value < 2:
            continue
        if has_noun and value < 10 and prev_word in _SMALL_DETERMINERS:
            continue  # "les 3 niveaux", "one of the 3 ways"
        lead = text[max(0, m.start() - 4) : m.start()].rstrip()
        if not has_noun and not (grouped and value >= 1000 and lead[-1:].isalpha()):
            continue
        if value != int(value) and not has_noun:
            continue
        end = m.end("plus") if m.group("plus") else m.end("n")
        noun_end = m.end("noun") if has_noun else end
        yield Candidate(m.start(), end, value, None, "count", noun_end=noun_end, priority=0)


def find(text: str) -> list[Candidate]:
    """Return non-overlapping candidates in text order: within each cluster of overlapping
    candidates, the highest priority wins, then the earliest and longest."""
    keys = _keys(text)
    found = [
        *_percent(text, keys),
        *_fractions(text, keys),
        *_multipliers(text, keys),
        *_amounts(text, keys),
        *_counts(text, keys),
    ]
    found.sort(key=lambda c: c.start)
    kept: list[Candidate] = []
    cluster: list[Candidate] = []
    cluster_end = -1
    for cand in [*found, None]:
        if cand is not None and cand.start < cluster_end:
            cluster.append(cand)
            cluster_end = max(cluster_end, cand.end)
            continue
        chosen: list[Candidate] = []
        for c in sorted(cluster, key=lambda c: (-c.priority, c.start, -(c.end - c.start))):
            if all(c.end <= k.start or c.start >= k.end for k in chosen):
                chosen.append(c)
        kept.extend(sorted(chosen, key=lambda c: c.start))
        if cand is not None:
            cluster, cluster_end = [cand], cand.end
    return kept
