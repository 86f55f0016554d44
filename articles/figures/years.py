"""Say which year each figure of a sentence describes, and whether it is a forecast.

One year per figure, not per sentence: "18 % en 2025 contre 11 % en 2024" gives 2025 to the
first and 2024 to the second; "58 % … contre 47 % en 2022" gives 2022 to the 47 % only. A year
written right after a figure belongs to it; then the nearest year before it in its own stretch
of the sentence; then a year the sentence gives to all its figures (a horizon, the study's
year, "(OCDE, septembre 2024)"), unless another figure claimed it. For a forecast the year is
the horizon ("d'ici 2027" -> 2027) and the figure says it is a forecast.
"""

import re

from .scan import S as _S

# The year first and what may not precede it after it, in a look-behind over the year's four
# digits: the engine then skips ahead to a 1 or a 2 rather than trying every position.
_YEAR = (
    r"(?P<y>19[5-9]\d|20\d\d)(?<![\d,.:/\-–]\d{4})(?![\d%€]|[,.]\d|{_S}*[%€]|-\d|"
    # "auprès de 2080 internautes": a count of people, not a year
    r"{_S}+(?:salariés|personnes|entreprises|euros|internautes|individus|répondants|participants|adultes|"
    r"consommateurs|utilisateurs|foyers|ménages|dirigeants|décideurs|cadres|sondés)|{_S}+à{_S}+\d(?:\d|{_S})*(?:€|euros))"
)
_YEAR = _YEAR.replace("{_S}", _S)
# A year as every module reads one (its digits in group "y"): dating or not is the caller's to say
ANY_YEAR = re.compile(_YEAR)
# "4 % de plus qu'en 2021": a base of comparison
_BASE = re.compile(
    # "25 % de moins qu'au cours du dernier trimestre 2022"
    rf"\b(?:plus|moins|autant|more|less|fewer)\b[^.;]{{0,40}}(?:\bqu['’]|\bque{_S}+|\bthan{_S}+)"
    # "6 minutes de plus que durant l'année 2022"
    rf"(?:en{_S}+|in{_S}+|(?:au{_S}+cours|lors|durant|pendant)(?:{_S}+[a-zéè'’]+){{0,4}}{_S}+)?$",
    re.IGNORECASE,
)
# Years that do not date a figure: a founding date, a law, a start of a series.
_MONTHS = "(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
MONTH_NAMES = frozenset(_MONTHS[3:-1].split("|"))
_NOT_DATING = re.compile(
    rf"(?:\b(?:depuis|since|créée?s?|fondée?s?|née?s?|founded|loi|décret|entre|between|compared{_S}+to|"
    rf"comparé\w*{_S}+à|par{_S}+rapport{_S}+à|versus|vs\.?)|"
    rf"\b(?:entre|between|de|from){_S}+(?:19|20)\d\d{_S}+(?:et|and|à|to)|"
    # "entre 2019 et 2023", "entre janvier 2018 et janvier 2019": a period; but "entre janvier et
    # mars 2024" is in 2024
    rf"\bentre(?!{_S}+{_MONTHS}{_S}+et{_S}+{_MONTHS}{_S}*$){_S}+\w+|"
    rf"\bentre\b(?!{_S}+{_MONTHS}{_S}+et{_S}+{_MONTHS}{_S}*$)[^,;.]{{0,30}}\bet(?:{_S}+\w+)?|"
    # "par rapport à la même période en 2023", "comparé au premier semestre 2019": a base
    rf"\b(?:compared{_S}+to|par{_S}+rapport{_S}+(?:à|aux?)|comparé\w*{_S}+(?:à|aux?))(?:{_S}+[\w'’-]+){{0,5}}|"
    # "(vs S1 2017)", "versus le premier semestre 2022": a base
    rf"\b(?:vs\.?|versus)(?:{_S}+[\w.'’-]+){{1,3}}|"
    # "depuis 2019", "depuis le premier trimestre 2019": a period's start, its figure's base
    # "depuis la création de l'indice en 1998": a start
    rf"\bdepuis{_S}+(?:(?:le|la|les|l['’]){_S}*)?[\w-]+(?:{_S}+[\w'’-]+){{0,4}}|"
    # "depuis que l'Insee a commencé à le mesurer en 1975": the start of a series
    rf"\bdepuis{_S}+qu(?:e|['’])[^,.;:]{{0,60}}?|"
    # "0,4 % au-dessus de son niveau de fin 2022", "son niveau d'avant la crise (fin 2019)",
    # "celui de fin 2019": the level a figure is measured against
    rf"\b(?:niveau|celui|celle)s?{_S}+(?:de{_S}+(?:fin|début|mi-?)|d['’]avant\b[^.;:!?]{{0,40}}?(?:fin|début|mi-?)?)|"
    # "retrouve son niveau du troisième trimestre 2013": a level of another time, its base
    rf"\b(?:son|sa|leur|du|au){_S}+niveau{_S}+(?:de|d['’]il{_S}+y{_S}+a|du(?:{_S}+[\w-]+){{0,2}})|"
    # a day's date ("publiées le 5 novembre 2024") dates a publication, not a figure
    # but "du 14 au 21 novembre 2024" is a survey's fieldwork, the time its figures describe
    rf"(?<!\bau[\s\u00a0])\b\d{{1,2}}(?:er)?{_S}+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    rf"décembre))"
    rf"{_S}+(?:en{_S}+|in{_S}+)?$",
    re.IGNORECASE,
)
_HORIZON = re.compile(
    rf"(?:d['’]ici(?:{_S}+(?:à|la{_S}+fin{_S}+de|fin))?|\bby|\bjusqu['’](?:en|à)|\bà{_S}+l['’]horizon(?:{_S}+de)?"
    rf"|\bhorizon|\bthrough|\buntil|\bprévisions?{_S}+(?:pour|de|à)|\bprojections?{_S}+(?:pour|à)|\bforecasts?{_S}+for)"
    rf"{_S}+(?:(?:l['’]an(?:née)?|fin|the{_S}+end{_S}+of){_S}+)?$",
    re.IGNORECASE,
)
# A clause written in the future or the conditional, or about a forecast ("les salles de projection"
# show films; "il s'agit de projections" is a forecast).
_FUTURE = re.compile(
    r"\b(?:devrai(?:t|ent)|pourrai(?:t|ent)|prévoi\w*|prévue?s?|prévision\w*|(?<!salles de )(?<!salle de )(?<!cabine de )projection\w*|anticip\w*|attendue?s?|"
    r"sera|seront|aura|auront|fera|feront|ira|iront|"
    r"will|expected|forecast\w*|projected|"
    r"\w{2,}(?:era|eront|ira|iront|dra|dront|aura|auront|ra|ront))\b",
    re.IGNORECASE,
)
_NOT_FUTURE = frozenset("extra ultra caméra opéra sahara contra cobra mantra tantra aura sera1 hydra algebra".split())
# Past markers: the forecast was made earlier ("prévoyait"), or a past result.
_STOP_AFTER = re.compile(
    # "79 % des Français (contre 68 % en mai 2023)": the contrast's year is its own
    rf"(?:{_S}+(?:\({_S}*)?(?:contre|versus|vs\.?|alors{_S}+qu|tandis{_S}+qu|mais|soit)\b|,{_S}+et{_S}+(?:le|la|les|l['’])|[;:!?]|\.(?:{_S}|$))",
    re.IGNORECASE,
)
_AFTER_WINDOW = 70
_CONTRAST = re.compile(
    rf"\b(?:contre|versus|vs|alors{_S}+qu|tandis{_S}+qu|(?<!grâce{_S})à|par{_S}+rapport|comparé\w*|compared|against|to|avant|"
    rf"before|après|after)\b",
    re.IGNORECASE,
)


_COMPARED_TO = re.compile(
    rf"\b(?:contre|versus|vs|par{_S}+rapport|comparé\w*|compared|against|après|after)\b", re.IGNORECASE
)


def _dates(text: str, m: re.Match, start: int = 0) -> bool:
    """Does the year m dates something, read back to start (not a base, a founding, a period's start)?"""
    return not _NOT_DATING.search(text[max(start, m.start() - 80) : m.start()]) and not _BASE.search(
        text, max(0, m.start() - 60), m.start()
    )


def _years_in(text: str, start: int, end: int):
    for m in ANY_YEAR.finditer(text, start, end):
        # _dates, written out: this loop is the extractor's hottest
        if not _NOT_DATING.search(text[max(start, m.start() - 80) : m.start()]) and not _BASE.search(
            text, max(0, m.start() - 60), m.start()
        ):
            yield m


def dating_years(text: str, start: int, end: int):
    """Every year of text[start:end] that dates something (not a base, a founding, a period's start)."""
    for m in _years_in(text, start, end):
        yield int(m.group("y"))


def compares_years(text: str, start: int, end: int) -> bool:
    """Does text[start:end] write a year that dates nothing: a base ("qu'au cours du deuxième
    trimestre 2022"), a period's start? Its figures are changes, not of the paragraph's year."""
    dating = sum(1 for _ in _years_in(text, start, end))
    return dating < sum(1 for _ in ANY_YEAR.finditer(text, start, end))


# A quarter, a half-year, a season, a month without its year: "au deuxième trimestre", "Cet été"
UNDATED_PERIOD = re.compile(
    rf"\b(?:(?:au|du|le|ce|sur{_S}+le|premier|deuxième|second|troisième|quatrième|dernier|[1-4]e|[1-4]er|[1-4]ème)"
    rf"{_S}+(?:trimestre|semestre)|(?:cet|l['’]|cet{_S}+)été|cet{_S}+(?:automne|hiver)|ce{_S}+printemps|"
    # "au mois de mai", "en mai": a month without its year
    rf"(?:au{_S}+mois{_S}+(?:de{_S}+|d['’])|\ben{_S}+){_MONTHS})\b"
    rf"(?!{_S}+(?:de{_S}+l['’]année{_S}+|(?:de{_S}+)?)?(?:19|20)\d\d)",
    re.IGNORECASE,
)


_STUDY_BEFORE = re.compile(
    rf"(?:étude|enquête|rapport|baromètre|sondage|édition|classement|indice|observatoire|survey|report|study|"
    rf"index|census|recensement)s?{_S}+(?:\w+{_S}+)?(?:de{_S}+|du{_S}+|of{_S}+)?"
    # "Baromètre de la cybersécurité 2024", "Observatoire des usages numériques 2023"
    rf"(?:(?:de{_S}+la|de{_S}+l['’]|des|du|sur{_S}+les?){_S}*[\w-]+{_S}+(?:[\w-]+{_S}+)?)?$",
    re.IGNORECASE,
)


# "le communiqué titré « L'Année Internet 2022 »", "le rapport intitulé “Digital 2024”": a study's title
_TITLED_BEFORE = re.compile(
    rf"\b(?:titrée?s?|intitulée?s?|baptisée?s?),?{_S}*[«\"“]{_S}*[^»\"”\n]{{0,40}}$", re.IGNORECASE
)


def _is_named(sentence: str, m: re.Match) -> bool:
    """A year in a study's name ("baromètre 2024", "Survey 2025") dates every figure it gives."""
    return bool(
        _STUDY_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
        or _TITLED_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
    )


def _is_sourced(sentence: str, m: re.Match) -> bool:
    """A study's year, in its name or in a bracket ("(Ifop, octobre 2023)")."""
    if _is_named(sentence, m):
        return True
    opened = sentence.rfind("(", max(0, m.start() - 60), m.start())
    return (
        opened >= 0
        and ")" not in sentence[opened : m.start()]
        and sentence[m.end() : m.end() + 3].lstrip()[:1] == ")"
        # "(contre 3,0 % en 2022 et 3,7 % en 2021)" dates its own figures, not the sentence's
        and not re.search(r"\d", sentence[opened : m.start()])
    )


def says_future(before: str, after: str) -> bool:
    """Is a figure's clause (the words before it back to the clause's start, its verb after it) in
    the future or about a forecast ("Le cabinet ajoute que 30 % des projets seront abandonnés")?
    Not a clause before it: "Les dépenses devraient progresser, mais 30 % des PME ont réduit leurs
    budgets", "Le chômage devrait refluer. Il a atteint 17 %"."""
    stops = list(_STOP_AFTER.finditer(before))
    own = before[stops[-1].end() if stops else 0 :].rsplit("\n", 1)[-1]
    return _is_future(own) or _verb_is_future(after)


# "67 % des 18-24 ans prévoient de s'y intéresser": after its figure, the share of those planning
# something, an intention measured today ("prévoient de dépenser 23,7 millions" before it is a plan's amount)
_INTENTION_AFTER = re.compile(r"\bprévoi\w*(?:\s+\w+ment)?\s+d(?:e\s|['’])", re.IGNORECASE)


def _verb_is_future(after: str) -> bool:
    """Do the words after a figure, up to its clause's end, say what will be?"""
    return _is_future(_INTENTION_AFTER.sub(" ", _STOP_AFTER.split(after)[0]))


def _is_future(text: str) -> bool:
    return any(m.group(0).lower() not in _NOT_FUTURE for m in _FUTURE.finditer(text))


# "Entre 2019 et 2023, la part ... passe de 9 % à 26 %": the period's ends date the change's ends
_PERIOD = re.compile(
    rf"\b(?:entre|between|de|from){_S}+(?P<first>(?:19|20)\d\d){_S}+(?:et|and|à|to){_S}+(?P<last>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_FROM_END = re.compile(rf"\b(?:de|from){_S}*$", re.IGNORECASE)
_TO_BETWEEN = re.compile(rf"^{_S}*(?:à|to){_S}*$", re.IGNORECASE)


def _from_period(sentence: str, spans: list[tuple[int, int]], picks: list, claimed: dict) -> None:
    """Date a change "de 9 % à 26 %" that no year follows by the period named just before it,
    with no other figure between ("passée de 40 % à 60 %, ... +3,5 points par an entre 2019 et
    2021" names the period of another change)."""
    for i in range(len(spans) - 1):
        lo = spans[i - 1][1] if i else 0
        period = _PERIOD.search(sentence, max(lo, spans[i][0] - 150), spans[i][0])
        if (
            period is not None
            and picks[i] is None
            and picks[i + 1] is None
            and _FROM_END.search(sentence, max(lo, spans[i][0] - 6), spans[i][0])
            and _TO_BETWEEN.match(sentence[spans[i][1] : spans[i + 1][0]])
        ):
            picks[i] = ANY_YEAR.match(sentence, period.start("first"))
            picks[i + 1] = ANY_YEAR.match(sentence, period.start("last"))
            claimed[period.start("first")], claimed[period.start("last")] = i, i + 1


# "2008 (7,2%)", "puis l'année 2022 de reprise (152 millions de billets)": a year, or a dated noun
# phrase, then its figure in a bracket
_YEAR_THEN_BRACKET = re.compile(rf"(?<![\d,.])(?P<y>(?:19|20)\d\d)(?P<words>(?:{_S}+[a-zà-ÿ'’-]+){{0,3}}){_S}*\({_S}*$")


def _bracketed_year(sentence: str, start: int) -> re.Match | None:
    """The year of the words a bracketed figure follows ("2008 (7,2%)", "l'année 2022 de reprise
    (152 millions)"); a year with words between must date something (not "par rapport à 2009")."""
    if not sentence[max(0, start - 3) : start].rstrip().endswith("("):
        return None  # the cheap test first: most figures are in no bracket
    before = _YEAR_THEN_BRACKET.search(sentence, max(0, start - 40), start)
    year = ANY_YEAR.match(sentence, before.start("y")) if before else None
    return year if year and (not before.group("words") or _dates(sentence, year)) else None


def years_of(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int | None, bool]]:
    """Return (year, forecast) for each figure span of the (masked) sentence, in order."""
    n = len(spans)
    claimed: dict[int, int] = {}  # year match start -> figure index
    picks: list[re.Match | None] = [None] * n
    # "4,8 milliards (UIT, juin 2024) et 67 % (Banque mondiale, 2023)": brackets of their own figures
    own_brackets = n > 1 and sum(1 for m in ANY_YEAR.finditer(sentence) if _is_sourced(sentence, m)) > 1
    for i, (start, end) in enumerate(spans):
        year = _bracketed_year(sentence, start)
        if year and year.start() not in claimed:
            # "au premier trimestre 2008 (7,2%) et au deuxième trimestre 1982 (7,1%)": the year its
            # bracket follows
            claimed[year.start()], picks[i] = i, year
            continue
        limit = min(spans[i + 1][0] if i + 1 < n else len(sentence), end + _AFTER_WINDOW)
        stop = _STOP_AFTER.search(sentence, end, limit)
        limit = stop.start() if stop else limit
        m = next(_years_in(sentence, end, limit), None)
        if m and m.start() not in claimed and (own_brackets or not _is_sourced(sentence, m)):
            claimed[m.start()] = i
            picks[i] = m
    _from_period(sentence, spans, picks, claimed)
    free = [m for m in _years_in(sentence, 0, len(sentence)) if m.start() not in claimed]
    horizon = next((m for m in free if _HORIZON.search(sentence, max(0, m.start() - 40), m.start())), None)
    named = next((m for m in free if _is_named(sentence, m)), None)
    sourced = next((m for m in free if _is_sourced(sentence, m)), None)
    for i, (start, _) in enumerate(spans):
        if picks[i] is not None:
            continue
        lo = spans[i - 1][1] if i else 0
        before = [m for m in _years_in(sentence, lo, start) if m.start() not in claimed]
        chained = None
        if i and picks[i - 1] is not None and not _CONTRAST.search(sentence, lo, start):
            # the last figure before it that is not itself a contrast ("contre 3 100 euros en 2021")
            chained = next(
                (
                    picks[j]
                    for j in range(i - 1, -1, -1)
                    if picks[j] is not None
                    and not _COMPARED_TO.search(sentence, spans[j - 1][1] if j else spans[j][0], spans[j][0])
                ),
                # "79 % ... (contre 68 % en mai 2023), 62 % voient un risque": not the year of a contrast
                None,
            )
        if chained is not None and not before and horizon is not None and horizon.start() < spans[i - 1][0]:
            # "Alors que l'État allouera 500 millions d'ici 2030, les entreprises dépenseront
            # 23,7 millions en 2024, soit moins de la moitié de ...": the figure it goes on from
            picks[i] = chained
        # a horizon, then a study's name, then "En 2023, ...", then a bracket's date
        elif horizon or named or before or sourced:
            picks[i] = horizon or named or (before[-1] if before else sourced)
        elif chained is not None:
            # "12 400 signalements en 2023, soit une hausse de 18 %": the year of the figure
            # it goes on from
            picks[i] = chained
    shared = horizon or sourced or (free[0] if free else None)
    out = []
    for i in range(n):
        m = picks[i] or shared
        if m is None:
            out.append((None, False))
            continue
        horizon = bool(_HORIZON.search(sentence, max(0, m.start() - 40), m.start()))
        lo = spans[i - 1][1] if i else 0
        own = sentence[lo : max(spans[i][1], m.end())]  # its stretch, up to its year when after it
        # and its verb: "En 2030, 40 % des emplois seront transformés"
        verb = sentence[spans[i][1] : min(spans[i + 1][0] if i + 1 < n else len(sentence), spans[i][1] + 60)]
        out.append((int(m.group("y")), horizon or _is_future(own) or _verb_is_future(verb)))
    return out


def named_year(text: str) -> int | None:
    """The year in a study's name in text ("L'édition 2016 du baromètre", "Rapport 2024 sur ..."),
    or the year it covers ("porte sur toute l'année 2023"); not a base ("6 minutes de plus que durant
    l'année 2022")."""
    for m in ANY_YEAR.finditer(text):
        if not _dates(text, m):
            continue
        if re.search(r"\bl['’]année\W*$", text[max(0, m.start() - 12) : m.start()]):
            return int(m.group("y"))
        if (
            _is_named(text, m)
            or re.match(rf"{_S}+(?:du|de|sur|des)\b", text[m.end() : m.end() + 5])
            and re.search(
                r"(?:édition|rapport|baromètre|étude|enquête|report)\W*$",
                text[max(0, m.start() - 20) : m.start()],
                re.I,
            )
        ):
            return int(m.group("y"))
    return None


# "depuis l'édition 2023", "Par comparaison, ... dans l'enquête 2017": a study of another year
# named as a base of comparison does not date the section's figures.
_COMPARED = re.compile(
    # "Après une première étude en 2019, Livi a sollicité Harris Interactive": an earlier wave
    rf"(?:\bdepuis|\bcontre|\bpar{_S}+rapport|\bcompar\w*|\bvs\.?|\bversus|\bprécédente?s?|\bdernière|\baprès|"
    rf"\bpremière)\b[^.;:!?\n]*$",
    re.IGNORECASE,
)


def named_years(text: str) -> list[tuple[int, int]]:
    """(offset, year) of every year in a study's name in text, in order, but for a study named
    as a base of comparison."""
    return [
        (m.start(), int(m.group("y")))
        for m in ANY_YEAR.finditer(text)
        if _is_named(text, m) and not _COMPARED.search(text, max(0, m.start() - 80), m.start())
    ]


def year_of_sentence(text: str) -> int | None:
    """A study's named year, else the first dating year of the sentence that presents it."""
    return named_year(text) or year_of_text(text)


def year_of_text(text: str) -> int | None:
    """The first dating year of a lead-in or a note: "Source : baromètre 2024 de ..."."""
    m = next(_years_in(text, 0, len(text)), None)
    return int(m.group("y")) if m else None
