"""Find figures in masked plain text: percentages, fractions, multipliers, amounts, counts.

Each finder yields Candidates; `find` keeps the earliest, longest, highest-priority ones that
do not overlap. What is *not* a figure (years, durations, versions, ordinals, times, list
numbering) is decided here, by the lookarounds and word lists below.
"""

import re

from .numerals import (
    FRACTION_WORDS,
    NUM,
    VULGAR,
    WORDS,
    denominator_of,
    fraction_percent,
    parse_digits,
    parse_number,
)
from .quantities import amounts as _amounts
from .quantities import counts as _counts
from .quantities import durations as _durations
from .quantities import is_part_of_sample as _is_part_of_sample
from .scan import IGNORE as _I
from .scan import PCT as _PCT
from .scan import START as _START
from .scan import Candidate
from .scan import S as _S
from .scan import keys_of as _keys
from .scan import near as _near

_PERCENT = re.compile(
    # "(- 6 % depuis 2021)": a sign set apart in a bracket
    rf"(?:(?P<between>entre|between|from|de){_S}+)?{_START}(?P<sign>[+\-−]|(?<=\()[-−–][ \u00a0](?=\d))?(?P<lo>{NUM})"
    rf"(?:{_S}*(?P<pct1>%|{_PCT})?{_S}*(?P<sep>à|a|-|–|—|to|et|and){_S}*(?P<hi>{NUM}))?"
    rf"{_S}*{_PCT}",
    _I,
)
_WORD_PERCENT = re.compile(rf"\b(?P<w>{WORDS}){_S}+{_PCT}", _I)
# After "100 %", a word that is not a preposition, determiner or verb makes it an adjective
# ("100 % en ligne", "100 % bio"); "100 % des", "100 % en 2023", "100 % ont répondu" stay.
_ADJECTIVE_AFTER = re.compile(
    rf"{_S}+(?:en{_S}+ligne\b|(?!(?:de|des|du|d|of|en|in|sur|on|par|by|et|and|à|au|aux|pour|for|dans|"
    rf"contre|vs|versus|than|que|qui|ou|or|ont|sont|est|était|sera|is|are|was|were|will|has|have|a|"
    rf"the|at|to|ce|cette|ces|cet|le|la|les|l|un|une|this|that|these|those|chaque|each|every|"
    rf"depuis|since|entre|between|avec|with|sans|without|plus|moins|more|less|environ)\b)"
    rf"[a-zà-ÿ])",
    _I,
)


# A change from one value to another: "est passée de 9 % à 26 %", "passant de 65 à 68 euros",
# "(de 36 % à 26 %)".
_FROM_TO = re.compile(
    rf"(?:\b(?:pass|évolu|grimp|recul|régress|tomb|bondi|chut)\w*(?:{_S}+[\w'’-]+){{0,3}}?|\(){_S}*\Z", _I
)


# A share or a rate that rises or falls "de 28 à 31 %" goes from one level to the other; growth
# "de 5 à 10 %" is a range.
_LEVEL_FROM_TO = re.compile(
    rf"\b(?:part|parts|taux|proportion|pourcentage|couverture)\b[^.;:!?]{{0,80}}?"
    rf"\b(?P<verb>progress|augment|baiss|diminu|mont|recul|grimp|pass|évolu)\w*(?:{_S}+[\w'’-]+){{0,2}}?{_S}*\Z",
    _I,
)


def _level_moves(text: str, m: re.Match, lo: float, hi: float) -> bool:
    """ "une part de marché qui progresse de 28 à 31 %": a level rising (or falling) from one
    value to the other; "le taux de rebond a baissé de 10 à 20 %" is a range of the fall."""
    level = _LEVEL_FROM_TO.search(text, max(0, m.start() - 120), m.start("between"))
    if not level or (m.group("sep") or "").lower() not in ("à", "a", "to"):
        return False
    falls = re.match(r"(?:baiss|diminu|recul)", level.group("verb"), _I)
    return lo > hi if falls else lo < hi


def _percent(text: str, keys: dict):
    for m in _near(keys["digits"], _PERCENT, text, 12, 40):
        lo = parse_digits(m.group("lo"))
        hi = parse_digits(m.group("hi")) if m.group("hi") else None
        sep, between = (m.group("sep") or "").lower(), (m.group("between") or "").lower()
        if hi is not None and sep in ("et", "and") and between not in ("entre", "between"):
            # "25 et 30 %" alone reads as a range only after entre/between
            yield Candidate(m.start("hi"), m.end(), hi, None, "percent", priority=3)
            continue
        if (
            hi is not None
            and between in ("de", "from")
            and (_FROM_TO.search(text, max(0, m.start() - 40), m.start("between")) or _level_moves(text, m, lo, hi))
        ):
            # "est passée de 9 % à 26 %": two figures, the value before and after
            yield Candidate(
                m.start("lo"), m.end("pct1") if m.group("pct1") else m.end("lo"), lo, None, "percent", priority=3
            )
            yield Candidate(m.start("hi"), m.end(), hi, None, "percent", priority=3)
            continue
        if hi is not None and lo > hi and not m.group("pct1"):
            # "de 9 % en 2022 à 21 %": a year, not the low end of a range
            yield Candidate(m.start("hi"), m.end(), hi, None, "percent", priority=3)
            continue
        if m.group("sign") and m.group("sign").strip() in ("-", "−", "–"):
            lo = -lo
        if lo == 100 and hi is None and _ADJECTIVE_AFTER.match(text, m.end()):
            continue  # "100 % électriques", "100% renewable": an adjective, not a share
        start = m.start("sign") if m.group("sign") else m.start("lo")
        yield Candidate(start, m.end(), lo, hi, "percent", priority=3)
    for m in _near(keys["pct"], _WORD_PERCENT, text):
        value = parse_number(m.group("w"))
        if value is not None:
            yield Candidate(m.start(), m.end(), value, None, "percent", priority=3)


_FRACTION = re.compile(
    rf"\b(?P<num>un|une|one|a|\d{{1,2}}|deux|two|trois|three|quatre|four|cinq|five|six|sept|seven|"
    rf"huit|eight|neuf|nine)"
    rf"(?P<noun>(?:{_S}+[^\W\d][\w'’-]*){{0,3}}?){_S}+(?P<sep>sur|in|out{_S}+of){_S}+"
    rf"(?P<den>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|"
    rf"eight|nine|ten|\d{{1,3}})\b(?![.,]\d|{_S}*%|/)",
    _I,
)
_SCORE_BEFORE = re.compile(
    r"\b(?:rated|rating|scored?|scoring|graded?|notée?s?|notes?|évaluée?s?|step|étape|page|chapter|part)\W{1,3}\Z", _I
)
_SCORE_AFTER = re.compile(rf"{_S}+(?:stars?|étoiles?|points?)\b", _I)
_NAMED_FRACTION = re.compile(
    rf"\b(?P<num>la|une|un|le|les{_S}+deux|les{_S}+trois|deux|trois|quatre|a|one|two|three|four)"
    rf"[\s-]+(?P<word>moitié|tiers|quarts?|cinquièmes?|dixièmes?|thirds?|quarters?|fifths?)\b"
    rf"(?={_S}+(?:des\b|du\b|de{_S}+l|de{_S}+(?:leurs?|ses|nos|vos|ces|son|sa)\b|d['’](?!heure)|of\b|"
    rf"restants?\b|environ\b)|(?P<free>(?<=moitié))|"
    # "alors qu'un quart s'y oppose", "un tiers d'entre eux", "un quart estime que"
    rf"{_S}+(?:s['’]|n['’]|ne\b|y\b|se\b|en{_S}+(?:a|ont|est|sont|utilise\w*)\b|d['’]entre\b|"
    rf"(?:est|sont|a|ont|pense|pensent|estime|estiment|juge|jugent|déclare|déclarent|affirme|affirment|"
    rf"dit|disent|considère|considèrent|utilise|utilisent|préfère|préfèrent|souhaite|souhaitent|approuve|"
    rf"approuvent|refuse|refusent|craint|craignent|reconnaît|reconnaissent|avoue|avouent)\b))",
    _I,
)
# "62 % utilisent l'IA, dont un tiers chaque jour": a part of the share before it
_DONT_FRACTION = re.compile(
    rf"\bdont{_S}+(?:près{_S}+d['’]{_S}*|environ{_S}+)?(?P<num>un|une|deux|trois)[\s-]+"
    rf"(?P<word>tiers|quarts?|cinquièmes?|dixièmes?)\b",
    _I,
)
# A change by a fraction: "baissé d'un tiers", "cut by a third", "rose by almost a fifth".
_BY_FRACTION = re.compile(
    rf"(?:\bby|\bd['’])(?:{_S}+(?:almost|nearly|about|roughly|some|près))?{_S}*(?P<num>a|un|one)[\s-]+"
    rf"(?P<word>tiers|quart|cinquième|dixième|third|quarter|fifth|tenth)\b"
    rf"(?!{_S}*(?:d['’]heure|of|des|du)\b|{_S}+d['’]|-)",
    _I,
)
_RATING_NOUNS = {"étoiles", "étoile", "stars", "star", "points", "point"}
_HALF = re.compile(rf"(?<!first )(?<!second )(?<!last )\bhalf(?={_S}+(?:of|the|all)\b)", _I)
_SLASH = re.compile(rf"{_START}(?P<n>[1-9])/(?P<d>[2-9]|10)(?![\d/])(?={_S}+(?:des|du|de|d['’]|of)\b)|[½⅓⅔¼¾⅕]")


def _fractions(text: str, keys: dict):
    for m in _near(keys["frac"], _FRACTION, text):
        num = parse_number(m.group("num"))
        den = denominator_of(m.group("den"))
        if num is None or not den or num >= den:
            continue
        if m.group("num").isdigit() != m.group("den").isdigit() and not (
            # "un salarié sur 4", "neuf Français sur 10"
            m.group("noun")
            and m.group("den").isdigit()
            and (m.group("num").lower() in ("un", "une", "one", "a") or m.group("den") in ("10", "100"))
        ):
            continue  # "un salarié sur 4" reads as a share; "deux sur 3" does not
        if m.group("den").isdigit() and int(m.group("den")) > 20 and int(m.group("den")) != 100:
            continue  # "22 vendors put in 208" is a count
        if m.group("den").isdigit() and not m.group("noun"):
            restating = text[max(0, m.start() - 2) : m.start()].rstrip().endswith("(") and text[
                m.end() : m.end() + 2
            ].lstrip().startswith(")")
            if not restating and (m.group("sep").lower() == "sur" or _SCORE_BEFORE.search(text, 0, m.start())):
                # "9 sur 10" bare is too often a score ("plus de la moitié (6 sur 10)" restates a
                # share); "4 in 10 Americans" is a share
                continue
            if _SCORE_AFTER.match(text, m.end()):
                continue  # "4 out of 5 stars"
        if m.group("noun").strip().lower() in _RATING_NOUNS:
            continue  # "4 étoiles sur 5"
        if m.group("noun") and m.group(0).lower().split()[-2] == "in":
            continue  # "one in four", but not "22 vendors put in 208"
        yield Candidate(m.start(), m.end(), fraction_percent(num, den), None, "percent", priority=2)
    for m in _near(keys["named"], _DONT_FRACTION, text, 30, 20):
        num, den = parse_number(m.group("num")), FRACTION_WORDS[m.group("word").lower()]
        if num and num < den:
            yield Candidate(m.start("num"), m.end(), fraction_percent(num, den), None, "percent", priority=2)
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
    for m in _near(keys["named"], _BY_FRACTION, text, 20, 10):
        word = m.group("word").lower()
        den = FRACTION_WORDS[word]
        yield Candidate(m.start("num"), m.end(), fraction_percent(1, den), None, "percent", priority=2)
    for m in _near(keys["half"], _HALF, text, 10, 10):
        yield Candidate(m.start(), m.end(), 50.0, None, "percent", priority=2)
    for m in _near(keys["digits"], _SLASH, text, 2, 12):
        num, den = (int(m.group("n")), int(m.group("d"))) if m.group("n") else VULGAR[m.group(0)]
        if num < den:
            yield Candidate(m.start(), m.end(), fraction_percent(num, den), None, "percent", priority=2)


_FACTOR_WORD = rf"(?:{WORDS}|\d+(?:[.,]\d+)?)"
_TIMES = re.compile(
    rf"\b(?:(?P<lo>{_FACTOR_WORD}){_S}*(?:à|-|–|to|ou|or){_S}*)?(?P<n>{_FACTOR_WORD}){_S}+(?:fois|times){_S}+(?P<dir>plus|moins|more|less|fewer|as|"
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
    # "sous le double effet de": an adjective before its noun, not a multiplier
    r"(?:le|au|du)\s+double(?!\s+(?:effet|objectif|enjeu|défi|mouvement|peine|fonction|rôle|impact|"
    r"dynamique|tendance|mission|casquette|emploi)\b))|(?P<t>tripl(?:é|ée|és|ées|er|ent|era|ement|ed|es|ing))|"
    r"(?P<q>quadrupl(?:é|ée|és|ées|er|ent|ed|es|ing))|(?P<x>décupl(?:é|ée|és|ées|er|ent|era))|"
    r"(?P<tw>twice)(?=\s+(?:as|the|more)\b))\b"
    r"(?!-)",
    _I,
)
# "réduit de moitié", "baisser de moitié", "cut by half", "halved": a multiplier of 0.5. The
# verb only has to look like a participle or infinitive; "plus de la moitié" is a share.
_HALVED = re.compile(
    rf"\b[^\W\d]+(?:é|ée|és|ées|u|ue|us|ues|it|ite|its|ites|er|ir|re|ent|ait|aient|era){_S}+"
    rf"(?P<txt>de{_S}+moitié)\b|"
    rf"\b(?:cut|cuts|reduced?|reduces|dropped|drops?|fell|falls?|decreased?|declined?|shrank|shrunk|"
    rf"slashed|slash(?:es)?|down|lowered){_S}+(?:almost{_S}+|nearly{_S}+)?(?P<en>(?:by|in){_S}+half)\b|"
    rf"\b(?P<halved>halv(?:ed|es|ing))\b",
    _I,
)
_FOLD = re.compile(rf"\b(?P<n>{_FACTOR_WORD})[- ]?fold\b", _I)


def _multipliers(text: str, keys: dict):
    for m in _near(keys["times"], _TIMES, text):
        n = parse_number(m.group("n"))
        if not n or n < 1.5 and m.group("n").isalpha():
            continue
        lo = parse_number(m.group("lo")) if m.group("lo") else None
        # "2 fois moins" keeps 2 and says "moins" (issue 10): a reader compares it with the text
        less = m.group("dir").lower() in ("moins", "less", "fewer", "inférieur", "inférieure", "inférieurs")
        less = less or m.group("dir").lower() in ("inférieures", "lower")
        if lo and lo < n:
            # "de 2 à 4 fois plus", "3 à 4 fois moins": a range of multipliers
            yield Candidate(m.start("lo"), m.end(), lo, n, "multiplier", priority=2, direction="moins" if less else "")
            continue
        start = m.start("n")
        yield Candidate(start, m.end(), n, None, "multiplier", priority=2, direction="moins" if less else "")
    for m in _near(keys["by"], _BY, text, 0, 120):
        n = parse_number(m.group("n"))
        multiplied = m.group("verb").lower() == "multipli"
        if not n or n < 2 and not (multiplied and n > 1):
            continue  # "multipliée par 1,6" is a multiplier; "divisé par 1" is nothing
        value = n if multiplied else round(1.0 / n, 3)
        yield Candidate(m.start("txt"), m.end("txt"), value, None, "multiplier", priority=2)
    for m in _near(keys["digits"], _X, text, 2, 12):
        value = parse_digits(m.group("a") or m.group("b"))
        if value >= 1.5:
            yield Candidate(m.start(), m.end(), value, None, "multiplier", priority=2)
    for m in _near(keys["double"], _DOUBLE, text, 4, 20):
        value = 2.0 if m.group("d") or m.group("tw") else 3.0 if m.group("t") else 10.0 if m.group("x") else 4.0
        yield Candidate(m.start(), m.end(), value, None, "multiplier", priority=1)
    for key in ("named", "half"):
        for m in _near(keys[key], _HALVED, text, 30, 10):
            group = next(g for g in ("txt", "en", "halved") if m.group(g))
            yield Candidate(m.start(group), m.end(group), 0.5, None, "multiplier", priority=1)
    for m in _near(keys["fold"], _FOLD, text):
        n = parse_number(m.group("n"))
        if n and n >= 2:
            yield Candidate(m.start(), m.end(), n, None, "multiplier", priority=1)


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
        *_durations(text, keys),
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
    kept = [cand for cand in kept if cand.unit != "percent" or not _is_part_of_sample(text, cand.start)]
    return _carry_currency(text, _drop_thresholds(text, _drop_restated(text, kept)))


# "deux sur trois (64 %)", "un tiers des participants (36 %)": the bracket restates the share
_BRACKET_BETWEEN = re.compile(rf"(?:{_S}+(?:des|de|du|d['’])?{_S}*[^\W\d][\w'’-]*){{0,4}}{_S}*\({_S}*", _I)
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n\n")


def _drop_restated(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "deux sur trois (64 %)", "la moitié (6 sur 10)" are one figure, the precise one in brackets."""
    out = []
    for i, cand in enumerate(cands):
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if (
            nxt is not None
            and cand.unit == nxt.unit == "percent"
            and "%" not in text[cand.start : cand.end]
            and (
                "%" in text[nxt.start : nxt.end]
                # "plus de la moitié (6 sur 10)": the digits are the more precise
                or not any(ch.isdigit() for ch in text[cand.start : cand.end])
                and any(ch.isdigit() for ch in text[nxt.start : nxt.end])
            )
            and _BRACKET_BETWEEN.fullmatch(text, cand.end, nxt.start)
            # "1 entreprise sur 3 (+50 % en un an)": a signed share in brackets is a change, not the same share
            and text[nxt.start] not in "+-−"
        ):
            continue
        out.append(cand)
    return out


# "55 % des sessions durent moins de 3 minutes", "45 % y passent entre 3 et 5 heures", "82 % des PME accordent moins de 10 000 euros":
# after a share in the same sentence, an amount or a duration behind a comparison is the
# threshold that defines the share, not a cited figure.
_THRESHOLD_CUE = re.compile(
    rf"(?:\b(?:moins|plus){_S}+(?:de|d['’])|\binférieure?s?{_S}+à|\bsupérieure?s?{_S}+à|\bdépass\w*(?:{_S}+les?)?|"
    # "45 % y passent entre 3 et 5 heures par jour": a band
    rf"\bau-delà{_S}+(?:de|d['’])|\bless{_S}+than|\bmore{_S}+than|\bover|\bunder|\b(?:entre|between){_S}+\d+(?:[.,]\d+)?"
    rf"{_S}+(?:et|and)){_S}*\Z",
    _I,
)


# "82 % des foyers gagnant 3.500 euros et plus": a band of income after the share it defines
_OR_MORE = re.compile(rf"{_S}+(?:et|ou){_S}+(?:plus|moins)\b", _I)
_EARNING = re.compile(rf"\b(?:gagnant|touchant|percevant){_S}*\Z", _I)


def _drop_thresholds(text: str, cands: list[Candidate]) -> list[Candidate]:
    out, share_at = [], -1
    for cand in cands:
        if cand.unit == "percent":
            share_at = cand.end
        elif (
            cand.unit in ("duration", "currency")
            and 0 <= share_at
            and cand.start - share_at < 200
            and not _SENTENCE_BREAK.search(text, share_at, cand.start)
            and (
                _THRESHOLD_CUE.search(text, max(0, cand.start - 30), cand.start)
                or _EARNING.search(text, max(0, cand.start - 20), cand.start)
                and _OR_MORE.match(text, max(cand.end, cand.noun_end))
            )
        ):
            continue
        out.append(cand)
    return out


def _carry_currency(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A currency carries over in a sentence: "420 milliards d'euros, devant l'Allemagne (90 milliards)";
    and into the next sentence of its paragraph for an amount of the same scale: "Le marché français
    pèse 420 milliards d'euros. L'Allemagne suit avec 90 milliards." """
    last, last_scale = None, ""
    for cand in cands:
        scale = _SCALE_END.search(text, cand.start, cand.end)
        scale = scale.group(0).lower().rstrip("s") if scale else ""
        if cand.unit == "currency":
            last, last_scale = cand, scale
        elif (
            last is not None
            and cand.unit == "count"
            and cand.noun_end <= cand.end
            and scale
            and cand.start - last.end < 200
            and (
                not _SENTENCE_BREAK.search(text, last.end, cand.start)
                or scale == last_scale
                and "\n" not in text[last.end : cand.start]
                and len(_SENTENCE_BREAK.findall(text, last.end, cand.start)) == 1
            )
        ):
            cand.unit, cand.currency = "currency", last.currency
    return cands


_SCALE_END = re.compile(r"(?:millions?|milliards?|billions?)(?=\W|$)", re.IGNORECASE)
