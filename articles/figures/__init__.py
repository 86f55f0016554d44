"""Extract the statistical figures an article cites from its markdown body.

Pure: text in, `Figure`s out. `plaintext` masks markup into same-length text and cuts
sentences, `patterns` finds the figures, `attribution` and `subject` say who, when, how
precise and what. Spans are offsets in the markdown body given as input.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from . import attribution, parts, patterns, plaintext, years
from .scan import S as _S
from .subject import subject as _subject

__all__ = ["Figure", "extract_figures"]


@dataclass(frozen=True)
class Figure:
    value: float
    value_high: float | None
    unit: str  # "percent" | "multiplier" | "currency" | "count" | "duration"
    currency: str
    qualifier: str  # "exact" | "about" | "up_to" | "at_least" | "more_than" | "less_than"
    subject: str
    source: str
    year: int | None
    sentence: str
    start: int
    end: int
    text: str
    # The subject's parts: of whom ("PME industrielles"), what ("utilisent l'IA générative"),
    # and in which segment ({"geography": "France", "size": "PME", "sector": ..., "age": ...,
    # "channel": ...}).
    population: str = ""
    measure: str = ""
    qualifiers: dict = field(default_factory=dict, hash=False)  # and "direction": "moins" for "2 fois moins"
    forecast: bool = False  # the year is a horizon ("d'ici 2027")
    time_unit: str = ""  # for durations: "second" | "minute" | "hour" | "day" | "week" | "month" | "year"


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
# A long sentence (a list run together, a table row, no punctuation) is cut to a window around
# each figure: the words that matter sit close to it, and this keeps extraction linear.
_PRESENTS_STUDY = re.compile(
    r"\b(?:étude|enquête|rapport|baromètre|sondage|observatoire|édition|panorama|bilan|suivi|"
    r"study|survey|report)s?\b",
    re.IGNORECASE,
)
# "Ces données signées SOCI se basent sur …": a sentence about the figures above, naming their source
_DATA_POINTED_BACK = re.compile(
    rf"{_S}*(?:ces|les|toutes{_S}+ces)(?:{_S}+\w+)?{_S}+(?:données|chiffres|résultats|statistiques)\b", re.IGNORECASE
)
# a survey's methodology note, as a heading or opening its line
_METHODOLOGY = re.compile(
    rf"(?:^|\n)[\s#*_>]*(?:méthodologie|note{_S}+méthodologique|fiche{_S}+technique|methodology)\b",
    re.IGNORECASE,
)
_CONTRAST_TO_END = re.compile(r"\b(?:contre|versus|vs\.?)\b[^.;!?\n]*", re.IGNORECASE)
_TABLE_RULE = re.compile(r"\|[\s:|-]*-[\s:|-]*")
_CELL_BORDER = re.compile(r"(?<!\\)\|")  # a pipe a cell does not escape ("\|")
_NOW = re.compile(rf"\b(?:aujourd['’]hui|à{_S}+présent|today)\b", re.IGNORECASE)
_THIS_YEAR = re.compile(rf"\bcette{_S}+année\b", re.IGNORECASE)
_WINDOW = 160
_OPENING = 400  # how far an article's opening reaches
_LONG = 1000
_SECTION_BACK = 3000
_PRESENTED_AFTER = 600  # how far below an article's first figures their study may be presented  # how far back a reference ("le cabinet relève") looks for its organisation


class _Context:
    """Per-document caches: sentence attribution, headings, source notes."""

    def __init__(self, body: str):
        self.body = body
        self.masked = plaintext.mask(body)
        self.sentences = plaintext.Sentences(body, self.masked)
        self._cache: dict[tuple[int, int], tuple[str, int | None]] = {}
        self._asides: dict[tuple[int, int], tuple[str, int]] = {}
        self._commissioners: dict[str, str] | None = None
        self._headings = [u.start for u in self.sentences.units if u.kind == "heading"]
        # a digest of dated items ("12 Juillet 2018" on lines of their own): each item stands alone,
        # what the first one cites or dates is not the article's. One date line is a dateline
        # under the title, as press releases have, and makes no digest.
        date_lines = sum(
            plaintext.is_date_line(body[u.start : u.end]) for u in self.sentences.units if u.kind == "heading"
        )
        self.digest = date_lines >= 2
        self._notes = None
        self._named_years = None
        self._title_year: int | None = None
        self._speakers = None
        self._opening: tuple[str, int] | None = None
        self._paragraphs = [m.span() for m in attribution.PARAGRAPH.finditer(self.masked)]
        self._paragraph_starts = [start for start, _ in self._paragraphs]
        self._paragraph_cites: dict[int, list[tuple[int, str]]] = {}
        self._common_nouns: dict[str, bool] = {}
        self._captioned: dict[str, int | None] = {}
        self._table_headers: dict[int, list[str] | None] = {}  # a table line's start → its header's cells
        self._list_items: dict[int, bool] = {}
        self._heading_years: dict[int, int | None] = {}
        self._methodology: tuple[str, int | None] | None = None
        self.figure_sentences: set[int] = set()  # starts of the sentences holding figures

    def attribution(self, start: int, end: int) -> tuple[str, int | None]:
        """The first organisation a citation in masked[start:end] names, and the text's year."""
        key = (start, end)
        if key not in self._cache:
            text = self.masked[start:end]
            (source, at), (aside, clause) = attribution.find_sources(text)
            if source and self.common_noun(source):
                source, at = "", -1
            self._cache[key] = (source, years.year_of_text(text[max(0, at - 80) :] if at >= 0 else text))
            self._asides[key] = (aside, start + clause if clause >= 0 else -1)
        return self._cache[key]

    def aside(self, start: int, end: int) -> tuple[str, int]:
        """The organisation a concessive clause of masked[start:end] cites ("même si la Banque de
        France estime ..."), and where that clause starts, or ('', -1)."""
        self.attribution(start, end)
        return self._asides[(start, end)]

    def _cites(self, index: int) -> list[tuple[int, str]]:
        """The (offset, organisation) citations of one paragraph, found when first asked: most
        paragraphs of an article are never asked about."""
        if index not in self._paragraph_cites:
            start, end = self._paragraphs[index]
            found = attribution.citations(self.masked[start:end])
            # in the order the cues found them at one offset: "selon Ipsos et France Bleu" is Ipsos's
            cites = [(start + at, org) for org, at in found if not self.common_noun(org)]
            self._paragraph_cites[index] = sorted(cites, key=lambda cite: cite[0])
        return self._paragraph_cites[index]

    def common_noun(self, org: str) -> bool:
        if org not in self._common_nouns:
            self._common_nouns[org] = attribution.written_as_common_noun(org, self.masked)
        return self._common_nouns[org]

    def section_start(self, offset: int) -> int:
        i = bisect_right(self._headings, offset) - 1
        return self._headings[i] if i >= 0 else 0

    def note_after(self, offset: int) -> tuple[str, int | None]:
        """The source note ("(Source : Eurostat)", "Source : baromètre 2024 de ...") that closes
        the stretch holding offset, if no heading comes first."""
        if self._notes is None:
            self._notes = attribution.find_notes(self.masked)
        i = bisect_right([n[0] for n in self._notes], offset)
        if i == len(self._notes):
            return "", None
        at, source, year = self._notes[i]
        if self.section_start(at) > offset:
            return "", None
        return source, year

    def section_year(self, offset: int) -> int | None:
        """The year of the study the section names last before offset ("Le baromètre 2024 ...")."""
        if self._named_years is None:
            self._named_years = years.named_years(self.masked)
        i = bisect_right(self._named_years, (offset, 0)) - 1
        if i < 0 or self._named_years[i][0] < max(self.section_start(offset), offset - _SECTION_BACK):
            return None
        return self._named_years[i][1]

    def named_before(self, offset: int, across_headings: bool = False) -> tuple[str, int | None]:
        """The organisation the last citing sentence of the section before offset names first:
        "l'observatoire de l'e-pub SRI, réalisé par Oliver Wyman" -> SRI, the study's owner, not
        its contractor named after it. A reference back ("L'enquête révèle également") may look
        across headings."""
        lo = offset - _SECTION_BACK if across_headings else max(self.section_start(offset), offset - _SECTION_BACK)
        lo = max(lo, 0)
        index = bisect_right(self._paragraph_starts, offset - 1) - 1
        own = bisect_right(self._paragraph_starts, offset) - 1
        while index >= 0 and self._paragraphs[index][1] > lo:
            before = [c for c in self._cites(index) if lo <= c[0] < offset]
            if index != own and before and self.is_list_item(index):
                # "1. D'après CSA, seuls 55% …" then "2. Pub : … 16 millions de vues": a list item's
                # source speaks for that item only
                before = []
            if index != own and len(before) > 1:
                # in a paragraph above, an organisation cited in passing after its lead ("L'Insee
                # avait estimé …" in RTE's report) speaks for that paragraph only
                before = before[:1] + [c for c in before[1:] if self.presents_study(c[0])]
            if before:
                at, org = before[-1]
                sentence_start = self.sentences.at(at)[0]
                at, org = next(c for c in before if c[0] >= sentence_start or c[0] == at)
                return org, attribution.year_near(self.masked, at) or self.fieldwork_year(at)
            index -= 1
        return "", None

    def is_list_item(self, index: int) -> bool:
        """Is paragraph index (a line) a list item's?"""
        if index not in self._list_items:
            start = self._paragraphs[index][0]
            self._list_items[index] = self.sentences.units[self.sentences.at(start)[2]].kind == "list"
        return self._list_items[index]

    def list_cites_per_item(self, offset: int) -> bool:
        """Is offset in a list item whose list's other items name their own sources ("63 % des
        internautes … (We Are Social, 2024)", "…, selon HubSpot")? Then an item naming none is of no
        source cited before the list (round 16: not the opening's "Selon Gartner")."""
        own = bisect_right(self._paragraph_starts, offset) - 1
        if own < 0 or not self.is_list_item(own):
            return False
        for step in (-1, 1):
            index = own + step
            while 0 <= index < len(self._paragraphs) and self.is_list_item(index):
                if self._cites(index):
                    return True
                index += step
        return False

    def presents_study(self, at: int) -> bool:
        start, end, _ = self.sentences.at(at)
        return _PRESENTS_STUDY.search(self.masked, start, end) is not None

    def fieldwork_year(self, at: int) -> int | None:
        """The year a sentence right after a study's citation gives its fieldwork, when it holds no
        figure ("Diplomeo et BDM ont mené l'enquête. … Leur étude s'est étalée du 29 mars au 13 avril
        2023.")."""
        following = self.sentences.next_in_unit(at)
        for _ in range(2):
            if following is None or following[0] in self.figure_sentences:
                return None
            if _PRESENTS_STUDY.search(self.masked, following[0], following[1]):
                return next(years.dating_years(self.masked, following[0], following[1]), None)
            following = self.sentences.next_in_unit(following[0])
        return None

    def title_year(self) -> int | None:
        """The year of the study the article's first line names ("Baromètre de la cybersécurité
        2024 : ...", "# L'Année Internet 2022")."""
        if self._title_year is None:
            first = self.sentences.units[0] if self.sentences.units else None
            title = self.masked[first.start : first.end] if first else ""
            named = years.named_years(title) if first else []
            self._title_year = named[0][1] if named else 0
            if (
                not named
                and first
                and (self.is_title(first) or first.kind == "heading" and attribution.find_source(title)[0])
            ):
                # "## Les réseaux sociaux en France en 2011, selon l'Ifop": a title that cites its source;
                # "Les Français ont surfé 2h18 par jour sur internet en 2022" on a line of its own
                found = set(years.dating_years(title, 0, len(title)))
                self._title_year = found.pop() if len(found) == 1 else 0
        return self._title_year or None

    def is_title(self, unit) -> bool:
        """A first line standing alone, short and without a final stop, is the article's title."""
        text = self.masked[unit.start : unit.end].strip()
        return (
            unit.kind == "para"
            and len(text) < 160
            and not text.endswith((".", ":", ";", "!", "?", "…"))
            and self.masked[unit.end : unit.end + 2] == "\n\n"
        )

    def month_year_before(self, period: str, offset: int) -> int | None:
        """The year a month was last written with, above offset, across headings ("En mai 2018" ...
        "## …" ... "au mois de mai")."""
        month = period.split()[-1].lower()
        if month not in years.MONTH_NAMES:
            return None
        found = re.findall(
            rf"\b{month}{_S}+((?:19|20)\d\d)\b", self.masked[max(0, offset - _SECTION_BACK) : offset], re.I
        )
        return int(found[-1]) if found else None

    def last_year_before(self, offset: int) -> int | None:
        """The last dating year written before offset, in its section and not too far back."""
        lo = max(self.section_start(offset), offset - _SECTION_BACK, 0)
        found = list(years.dating_years(self.masked, lo, offset))
        return found[-1] if found else None

    def study_year(self, source: str, offset: int) -> int | None:
        """The year of the study the text presented earlier by the same organisation, in a
        sentence of its own ("L'Arcep publie les résultats de son suivi du marché ... pour le
        dernier trimestre 2023."), for its figures further down that give none."""
        if not source:
            return None
        # only the article's opening is read: scanning every paragraph above cost 10 % more time
        lead_end = min(offset, self.opening_end() if self._headings else offset)
        for index in range(bisect_right(self._paragraph_starts, lead_end)):
            for at, org in self._cites(index):
                if at >= offset:
                    return None
                if org == source:
                    start, end, _ = self.sentences.at(at)
                    if start not in self.figure_sentences and _PRESENTS_STUDY.search(self.masked, start, end):
                        return attribution.year_near(self.masked, at)
                    return None
        return None

    def captioned_year(self, source: str) -> int | None:
        """The one year the text gives an organisation's data, before citing it, in a sentence holding
        no figure: a caption above or below them ("Taux de diffusion de l'Internet … pour 2010, selon
        l'IFOP."), for its figures that give none; not the day a study came out."""
        if not source:
            return None
        if source not in self._captioned:
            found = set()
            year_then_source = re.compile(rf"{years.ANY_YEAR.pattern}[^.!?\n]{{0,200}}?{re.escape(source)}")
            for index, (p_start, p_end) in enumerate(self._paragraphs):
                # the cheap tests first: most paragraphs do not name it after a year in a sentence
                # holding no figure
                if self.masked.find(source, p_start, p_end) < 0 or not any(
                    self.sentences.at(m.end() - 1)[0] not in self.figure_sentences
                    for m in year_then_source.finditer(self.masked, p_start, p_end)
                ):
                    continue
                for at, org in self._cites(index):
                    start, end, _ = self.sentences.at(at)
                    if org == source and start not in self.figure_sentences:
                        # the year the caption gives its data, before its citation: not "L'Arcep constate
                        # une perte de vitesse du téléphone fixe en 2019", what a study observed
                        if not attribution.PUBLISHED.search(self.masked, start, end):
                            found.update(years.dating_years(self.masked, start, at))
            self._captioned[source] = found.pop() if len(found) == 1 else None
        return self._captioned[source]

    def methodology(self) -> tuple[str, int | None]:
        """The institute and fieldwork year a survey's methodology note names ("## Méthodologie" then
        "Enquête réalisée par Ipsos du 5 au 10 mars 2024 auprès de 1 000 personnes"), for the
        article's figures that nothing else sources or dates."""
        if self._methodology is None:
            self._methodology = ("", None)
            # the cheap test first: most articles hold no methodology note
            noted = "thodolog" in self.masked or "THODOLOG" in self.masked or "echnique" in self.masked
            m = _METHODOLOGY.search(self.masked) if noted else None
            if m:
                end = self.next_heading(m.end())
                text = self.masked[m.start() : min(end, m.start() + 600)]
                source = attribution.find_source(text)[0]
                if source and not self.common_noun(source):
                    self._methodology = (source, years.year_of_text(text))
        return self._methodology

    def table_year(self, offset: int) -> int | None:
        """The year heading the table column of the cell at offset ("| Réseau | 2023 | 2024 |")."""
        body = self.body
        line_start = body.rfind("\n", 0, offset) + 1
        if not body.startswith("|", line_start):
            return None
        if line_start not in self._table_headers:
            self._read_table(line_start)
        header = self._table_headers[line_start]
        if header is None:
            return None
        column = len(_CELL_BORDER.findall(body, line_start, offset))
        cell = header[column] if column < len(header) else ""
        found = set(years.dating_years(cell, 0, len(cell)))
        return found.pop() if len(found) == 1 else None

    def _read_table(self, line_start: int) -> None:
        """Note, for every line of the table holding the line at line_start, the cells of the
        header above its rule (None above the rule, or with no rule): each table is read once,
        whatever the number of its figures (a table of thousands of rows is untrusted input)."""
        body = self.body
        first = line_start
        while first > 0:
            above = body.rfind("\n", 0, first - 1) + 1
            if not body.startswith("|", above):
                break
            first = above
        header, previous, start = None, None, first
        while start < len(body) and body.startswith("|", start):
            end = body.find("\n", start)
            end = len(body) if end < 0 else end
            line = body[start:end]
            if previous is not None and _TABLE_RULE.fullmatch(line):
                header = _CELL_BORDER.split(previous)
                self._table_headers[start] = None
            else:
                self._table_headers[start] = header
            previous, start = line, end + 1

    def studies_year(self) -> int | None:
        """The one year the article names its studies by ("le Baromètre 2024 Ifop pour Talan")."""
        if self._named_years is None:
            self._named_years = years.named_years(self.masked)
        named = {year for _, year in self._named_years}
        return named.pop() if len(named) == 1 else None

    def heading_year(self, offset: int) -> int | None:
        """The one year the heading of offset's section names ("## Le marché en 2023"), for its
        figures that give none."""
        i = bisect_right(self._headings, offset) - 1
        if i < 0:
            return None
        if i not in self._heading_years:
            start = self._headings[i]
            end = self.masked.find("\n", start)
            end = len(self.masked) if end < 0 else end
            found = set(years.dating_years(self.masked, start, end))
            # "## Depuis 2019, …", "## Par rapport à 2022" date nothing
            one = len(found) == 1 and not years.compares_years(self.masked, start, end)
            self._heading_years[i] = found.pop() if one else None
        return self._heading_years[i]

    def paragraph_year(self, offset: int, figures: list) -> int | None:
        """The year the paragraph's first sentence with figures gives them, when it gives one:
        "Le chiffre d'affaires du deuxième trimestre 2021 se monte à ... Le panier moyen reste
        stable avec 63 euros" -> 2021 for the panier too."""
        index = bisect_right(self._paragraph_starts, offset) - 1
        if index < 0:
            return None
        first = min((s for s in self.figure_sentences if self._paragraphs[index][0] <= s < offset), default=None)
        if first is None:
            return None
        start, end, _ = self.sentences.at(first)
        if _FROM_TO.search(self.masked, start, end):
            return None  # "Le taux est passé de 9 % en 2022 à 21 % cette année" dates its first figure only
        found = {f.year for f in figures if start <= f.start < end and f.year}
        own = {
            f.year
            for f in figures
            if start <= f.start < end and f.year and not _CONTRASTED.search(self.masked, max(0, f.start - 30), f.start)
        }
        # "78 % cette année, contre 71 % en mai 2023": a year only a contrast has is not the paragraph's
        return found.pop() if len(found) == 1 and own else None

    def lead_source(self, offset: int) -> tuple[str, int | None]:
        """The study the article's opening (before its first heading) presents, for figures in
        a later section that names none ("Le 11e baromètre du Cesin dresse un constat ..." then
        "## ..."). An opening that gives figures announces what the article reports only when
        it presents a study ("D'après le rapport 2018 de l'Observatoire de l'e-pub, ...",
        "l'institut Odoxa a dévoilé les résultats d'un sondage") or cites one organisation only
        ("… 146,9 milliards d'euros, selon la Fevad"); "Selon Médiamétrie, 52 % …; selon l'Arcom,
        30 % …" cites each source for its own figures."""
        opening_end = self.opening_end() if self._headings else 0
        if not self._headings or offset < opening_end or self.digest:
            return "", None
        if (
            self.figure_sentences
            and min(self.figure_sentences) < opening_end
            and not _PRESENTS_STUDY.search(self.masked, 0, opening_end)
            and len(self.cited_in(0, opening_end)) != 1
        ):
            return "", None  # "Selon Médiamétrie, 52 % ... selon l'Insee" sources its own figures only
        source, year = self.named_before(opening_end, across_headings=True)
        if source and year is None:
            # "Dans ce communiqué titré « L'Année Internet 2022 », Médiamétrie …": the one study year
            # the opening names
            named = {y for _, y in years.named_years(self.masked[:opening_end])}
            year = named.pop() if len(named) == 1 else None
        return source, year

    def cited_in(self, start: int, end: int) -> set[str]:
        """The organisations the paragraphs of masked[start:end] cite."""
        first = bisect_right(self._paragraph_starts, start) - 1
        last = bisect_right(self._paragraph_starts, end - 1)
        return {org for index in range(max(first, 0), last) for at, org in self._cites(index) if start <= at < end}

    def opening_end(self) -> int:
        """Where the article's opening ends: at its first heading, or its second when the
        first is the title the article opens on ("## Ce qu'il faut retenir du baromètre …")."""
        first = self._headings[0]
        if len(self._headings) > 1 and not self.masked[:first].strip():
            return self._headings[1]
        return first

    def attribution_for(self, sent: tuple[int, int, int]) -> tuple[str, int | None]:
        """Own attribution, else the list lead-in's, else the organisation a reference back
        points to ("L'étude montre aussi...", "le cabinet relève"), else a note below."""
        start, end, unit = sent
        source, year = self.attribution(start, end)[0], None  # its own years are the figures'
        if not source:
            source = self.speaker_in(start, end)
        lead = self.sentences.lead_in(unit)
        if lead and not source:
            lead_source, lead_year = self.attribution(*lead)
            source, year = lead_source, year or lead_year
        text = self.masked[start:end]
        if not source and (text.strip().lower().startswith(_ANAPHORA) or attribution.refers_back(text)):
            prev = self.sentences.previous(start)
            if prev and text.strip().lower().startswith(_ANAPHORA):
                source, prev_year = self.attribution(prev[0], prev[1])
                year = year or prev_year
            if not source and not self.note_after(end)[0]:
                # "Cette étude, …" under a heading whose own "Source : Ifop" note closes it
                # refers to that note's study, not to the section above
                source, named_year = self.named_before(start, across_headings=True)
                year = year or named_year
        note_source, note_year = self.note_after(end)
        if not note_source and note_year:
            # "(Source, 2016)" closing the stretch: its figures are of that year, and of no
            # organisation named above it
            return source, year or note_year
        if not source and note_source:
            # "..., d'après une enquête de l'Insee. Chez les cadres, ils sont 95,3 %": what its own
            # paragraph cited before it comes first, then a note closing the stretch
            source = self.cited_earlier_in_paragraph(start)
        if not source:
            source, year = note_source, year or (note_year if note_source else None)
        elif note_source.lower() == source.lower():
            year = year or note_year  # "Source : Rapport 2024 sur ... de l'Institut ..." dates it
        if not source:
            source, next_year = self.cited_next(start, end, unit)
            year = year or next_year
        if not source and self.list_cites_per_item(start):
            return "", year
        if not source:
            # the study the section presents ("L'édition 2016 du baromètre de l'Arcep ..."),
            # or the last source its figures were given
            source, named_year = self.named_before(start)
            year = year or named_year
        if not source:
            source, named_year = self.referred_before(start)
            year = year or named_year
        if not source:
            source, next_year = self.heading_explained(unit)
            year = year or next_year
        if not source:
            source, presented_year = self.presented_after(end)
            year = year or presented_year
        if not source:
            # the study the opening presents: "D'après le rapport 2018 de l'Observatoire de
            # l'e-pub ..." sources and dates the figures of the sections below
            source, lead_year = self.lead_source(start)
            year = year or lead_year
        if not source:
            source = self.opening_producer(start)
        if not source or year is None:
            method_source, method_year = self.methodology()
            if not source and method_source:
                source, year = method_source, year or method_year
            elif source and source == method_source:
                year = year or method_year
        if source:
            if self._commissioners is None:
                self._commissioners = attribution.commissioners(self.masked)
            source = self._commissioners.get(source, source)
        return source, year

    def referred_before(self, offset: int) -> tuple[str, int | None]:
        """A sentence of the same unit before offset that points back to a study ("Selon les
        statistiques obtenues, Instagram est en tête. Près de 9 jeunes sur 10 s'en servent.")
        speaks for the figures after it: the organisation named before, across headings."""
        prev = self.sentences.previous(offset)
        for _ in range(3):
            if prev is None:
                break
            if attribution.refers_back(self.masked[prev[0] : prev[1]]):
                return self.named_before(prev[0], across_headings=True)
            prev = self.sentences.previous(prev[0])
        return "", None

    def opening_producer(self, offset: int) -> str:
        """The one known producer an article's opening names with its data, for the figures
        after it in the opening section that no citation sources ("Les données que Kantar a
        collectées auprès de 4 000 internautes ..." names no cue's author)."""
        if self._opening is None:
            end = min(len(self.masked), _OPENING, self.opening_end() if self._headings else len(self.masked))
            self._opening = attribution.known_producer(self.masked[:end])
        org, at = self._opening
        return org if org and at < offset and self.section_start(offset) == 0 else ""

    def speaker_in(self, start: int, end: int) -> str:
        """The organisation of a person the text presented earlier and this sentence quotes
        ("Marc Lolivier, délégué général de la Fevad" ... "a dit Marc Lolivier")."""
        if self._speakers is None:
            self._speakers = attribution.speakers(self.masked) if "," in self.masked else {}
        if not self._speakers:
            return ""
        text = self.masked[start:end]
        for surname, org in self._speakers.items():
            at = text.find(surname)
            if at >= 0 and self.masked.find(surname) < start + at:
                return org
        return ""

    def explaining_sentence(self, unit: int) -> tuple[int, int] | None:
        """For a heading that is a figure ("## 12 %"), the sentence under it that says what it is
        ("C'est la part de ..., d'après une étude ...")."""
        units = self.sentences.units
        if unit < 0 or units[unit].kind != "heading" or unit + 1 >= len(units) or units[unit + 1].kind == "heading":
            return None
        if re.search(r"[^\W\d]{4,}", self.masked[units[unit].start : units[unit].end]):
            return None  # a heading with words says what it is itself
        start, end, _ = self.sentences.at(units[unit + 1].start)
        return start, end

    def heading_explained(self, unit: int) -> tuple[str, int | None]:
        sentence = self.explaining_sentence(unit)
        return self.attribution(*sentence) if sentence else ("", None)

    def presented_after(self, offset: int) -> tuple[str, int | None]:
        """An article that opens on figures and presents their study just after: "77 % des
        Français possèdent un smartphone.\n\nLe baromètre du numérique publié par l'ARCEP
        constate ...". Only when nothing is cited before, within the section, close below. In
        the figure's own paragraph any later citation will do: "Les ventes ont progressé de
        14,2 %. Elles ont atteint 20 milliards d'euros, selon les chiffres de la Fevad." With the year
        of the study so presented ("le rapport 2024 de Wyzowl")."""
        if self.named_before(offset, across_headings=True)[0]:
            return "", None
        index = bisect_right(self._paragraph_starts, offset) - 1
        next_heading = self.next_heading(offset)
        limit = min(offset + _PRESENTED_AFTER, next_heading)
        for following in range(index, min(index + 3, len(self._paragraphs))):
            if self._paragraphs[following][0] >= limit:
                break
            for at, org in self._cites(following):
                if following == index and offset <= at < next_heading:
                    return org, attribution.year_near(self.masked, at)
                if offset <= at < limit:
                    sentence = self.sentences.at(at)
                    if _PRESENTS_STUDY.search(self.masked, sentence[0], sentence[1]) or _DATA_POINTED_BACK.match(
                        self.masked, sentence[0], sentence[1]
                    ):
                        return org, attribution.year_near(self.masked, at)
        return "", None

    def cited_earlier_in_paragraph(self, offset: int) -> str:
        index = bisect_right(self._paragraph_starts, offset) - 1
        before = [org for at, org in self._cites(index) if at < offset] if index >= 0 else []
        return before[-1] if before else ""

    def paragraph_span(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self._paragraph_starts, offset) - 1
        return self._paragraphs[max(index, 0)]

    def next_heading(self, offset: int) -> int:
        i = bisect_right(self._headings, offset)
        return self._headings[i] if i < len(self._headings) else len(self.masked)

    def cited_next(self, start: int, end: int, unit: int) -> tuple[str, int | None]:
        """A sentence without figures that closes the paragraph by naming the source of the
        figures before it ("... publiés par la Fevad révèle ...")."""
        nxt = self.sentences.next_in_unit(start)
        if nxt is None or nxt[0] in self.figure_sentences:
            return "", None
        return self.attribution(nxt[0], nxt[1])


def _window(masked: str, s_start: int, s_end: int, start: int, end: int) -> tuple[int, int]:
    if s_end - s_start <= _LONG:
        return s_start, s_end
    lo, hi = max(s_start, start - _WINDOW), min(s_end, end + _WINDOW)
    if lo > s_start:
        space = masked.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < s_end:
        space = masked.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    return lo, hi


def _group_by_sentence(ctx: _Context, cands: list) -> list[tuple[tuple[int, int, int], list]]:
    groups: list[tuple[tuple[int, int, int], list]] = []
    for cand in cands:
        sent = ctx.sentences.at(cand.start)
        if groups and groups[-1][0] == sent:
            groups[-1][1].append(cand)
        else:
            groups.append((sent, [cand]))
    return groups


def extract_figures(markdown_body: str) -> list[Figure]:
    """Return every statistical figure cited in the body, in document order."""
    ctx = _Context(markdown_body)
    masked = ctx.masked
    figures: list[Figure] = []
    population = ""  # the last population named, for pronouns ("d'entre eux")
    groups = _group_by_sentence(ctx, patterns.find(masked))
    ctx.figure_sentences = {sent[0] for sent, _ in groups}
    for sent, cands in groups:
        s_start, s_end = sent[0], max(sent[1], max(c.end for c in cands))
        source, context_year = ctx.attribution_for(sent)
        aside_source, aside_start = ctx.aside(sent[0], sent[1])
        long = s_end - s_start > _LONG
        # Read once a sentence, not once a figure: a sentence of n figures read n times is
        # quadratic (600 figures in one took seconds).
        sentence_text = masked[s_start:s_end]
        refers_back_end = next((s_start + m.end() for m in _REFERS_BACK.finditer(sentence_text)), None)
        compares_years = years.compares_years(masked, s_start, s_end)
        period = years.UNDATED_PERIOD.search(masked, s_start, s_end)
        if long:
            dated, first = [], 0
            for index, cand in enumerate(cands):
                lo, hi = _window(masked, s_start, s_end, cand.start, cand.end)
                while cands[first].start < lo:
                    first += 1
                near = [c for c in cands[first : index + 8] if c.end <= hi]
                spans = [(c.start - lo, c.end - lo) for c in near]
                dated.append(years.years_of(masked[lo:hi], spans)[near.index(cand)])
        else:
            text = sentence_text
            dated = years.years_of(text, [(c.start - s_start, c.end - s_start) for c in cands])
            sentence = plaintext.clean(text)
        previous = None
        for index, (cand, (year, forecast)) in enumerate(zip(cands, dated, strict=True)):
            lo, hi = _window(masked, s_start, s_end, cand.start, cand.end)
            # its clause ends where the next figure starts ("77 % ... et 76 % un ordinateur")
            clause_end = min(hi, cands[index + 1].start) if index + 1 < len(cands) else hi
            if long:
                sentence = plaintext.clean(masked[lo:hi])
            before = masked[lo : cand.start]
            text_end = max(cand.end, cand.noun_end)
            after = masked[text_end : max(text_end, clause_end)]
            fig_text = markdown_body[cand.start : cand.end]
            clean_text = plaintext.clean(masked[cand.start : cand.end])
            qualifier = attribution.find_qualifier(before, masked[cand.end : hi])
            if fig_text.endswith("+") and cand.unit == "count":
                qualifier = "more_than"
            noun = masked[cand.end : text_end]
            restates = previous is not None and _in_brackets_after(masked, previous, cand)
            if restates:
                # "un Français sur deux (47 %)": the bracket says the same thing, precisely
                pop, measure, subj = previous.population, previous.measure, previous.subject
            else:
                pop, measure = parts.population_and_measure(
                    before,
                    clean_text,
                    masked[cand.end : clause_end],
                    cand.unit,
                    population,
                    masked[max(0, s_start - 300) : s_start],
                )
                subj = _subject(before, clean_text, after, cand.unit, noun)
                if previous is not None and not pop and _ELLIPSIS.fullmatch(masked, previous.end, cand.start):
                    # "77 % des Français possèdent un smartphone et 76 % un ordinateur"
                    pop = previous.population
                    subj = f"{pop} : {subj}" if pop and subj else subj
            last = figures[-1] if figures else None
            if (
                not pop
                and last is not None
                and last.population
                and cand.unit == "percent"
                and _VERB_FIRST.match(after)
                and not before.rstrip().endswith("(")
                and "\n\n" not in masked[last.end : cand.start]
                and cand.start - last.end < 300
            ):
                # "- 15 % des entreprises utilisent déjà l'IA\n- 31 % prévoient de l'utiliser": the
                # figure is the subject of its verb, of the population named just before
                pop, measure = last.population, parts.tidy(" ".join(parts.clause_after(after).split()[:12]))
                # a subject is a part of what its sentence says, never longer (the exports show both)
                subj = f"{pop} {measure}" if len(pop) + len(measure) + 1 < s_end - s_start else measure
            resolved = False
            if not pop and cand.unit == "percent" and refers_back_end is not None and refers_back_end <= cand.start:
                # "Il s'agit d'une hausse par rapport à 13,5 % en 2024", "Malgré cette hausse, la France
                # reste sous la moyenne européenne (13 %)": the sentence goes on about the population
                # of the figures just before it
                pop = _population_before(ctx, figures, cand.start)
                resolved = bool(pop)
                if "geography" in parts.qualifiers_of("", "", before[-120:] + after[:120]):
                    pop = parts.without_place(pop)  # its own clause says where
            if before.rstrip().endswith("(") and not (restates and subj):
                # a figure in brackets gets the subject of the clause it follows
                # (a population taken from the figures before says too little alone)
                named = pop if not resolved else ""
                subj = f"{pop} {measure}" if pop and measure else named or _fallback_subject(before, after) or subj
            if source and source.lower() in subj.lower():
                subj = ""  # "(Brevo, 2024)" says who, not what
            last = figures[-1] if figures else None
            if previous is not None and _NO_SUBJECT.search(subj):
                # "ce taux était de : 65 % en 2019, 57 % en 2020 et 45 % en 2022": one subject
                subj = previous.subject
            elif (
                last is not None
                and (_NO_SUBJECT.search(subj) or _PRONOUN_VERB.fullmatch(subj))
                and _PRONOUN_OPENS.match(masked, s_start)
                and "\n\n" not in masked[last.end : s_start]
            ):
                # "Le taux d'équipement atteint 58 %. Il grimpe à 71 % chez les cadres": the same thing
                subj = last.subject
            subj = parts.tidy(subj) or " ".join(p for p in (pop, measure) if p) or _fallback_subject(before, after)
            change = _CHANGE_ONLY.fullmatch(subj)
            if (
                change
                and previous is not None
                and change.group("change").lower() not in previous.subject.lower()
                and not _CHANGE_ONLY.fullmatch(previous.subject)
            ):
                # "se monte à 32,4 milliards d'euros, en hausse de 24,9%": the change of what the
                # figure before it measures
                subj = f"{previous.subject} ({change.group('change').lower()})"
            explaining = ctx.explaining_sentence(sent[2]) if not subj else None
            if explaining:
                # "C'est la part de collaborateurs qui ..., d'après ..." -> "la part de collaborateurs qui ..."
                said = _IT_IS.sub("", plaintext.clean(masked[explaining[0] : explaining[1]]))
                subj = " ".join(re.split(r"[,;:(]", said)[0].split()[:14]).rstrip(" .")
            own_year = year
            said_year_before = _YEAR_BEFORE.match(masked, cand.end) is not None
            # "l'année précédente" of a figure no year is known of yet: a year off the one found below
            year_before_below = said_year_before and year is None and not context_year
            if said_year_before and year is None and context_year:
                year = context_year - 1  # "contre 35 % l'année dernière", in a study of 2016
            elif said_year_before and index and year is not None and year == dated[0][0]:
                year -= 1  # "65 % (en janvier 2020), contre 80 % l'année précédente"
            if year is None:
                # "| Réseau | 2023 | 2024 |": a table column's year first
                year = ctx.table_year(cand.start) or context_year or ctx.section_year(cand.start)
            base = _BASE_BRACKET.search(before)
            if base:
                year = int(base.group("y"))  # "recule par rapport à 2006 (81 %)": the base's value
            # "En 2019, ils étaient 35 %. Aujourd'hui, ils sont 62 %."
            now = year is None and _NOW.search(before[-80:])
            if year is None and not compares_years and not now:
                year = (
                    ctx.paragraph_year(s_start, figures[-40:])
                    or ctx.study_year(source, s_start)
                    or ctx.captioned_year(source)
                    or ctx.heading_year(s_start)
                )
            if year is None and not now and _PRONOUN_OPENS.match(masked, s_start):
                # "Le taux de chômage a baissé au deuxième trimestre 2024.\n\nIl est revenu à 7,3 %":
                # the pronoun's sentence is of the year its antecedent's gives
                prev = ctx.sentences.before(s_start)
                year = next(years.dating_years(masked, prev[0], prev[1]), None) if prev else None
            if year is None and ctx.title_year() and not compares_years:
                # "Baromètre de la cybersécurité 2024 : ..." as the article's title dates its figures
                year = ctx.title_year()
            if year is None and period and period.end() <= clause_end:
                # "7,3 % au deuxième trimestre", "Cet été, 35.000 personnes": the period is in
                # the year the text last named; "au mois de mai" in the year of the "mai 2018" above
                year = ctx.month_year_before(period.group(0), s_start) or ctx.last_year_before(s_start)
            if year is None and _THIS_YEAR.search(before[-80:] + " " + after[:60]):
                # "78% des Français en ont entendu parler cette année" in an article on the
                # "Baromètre 2024": the one year of the studies it names
                year = ctx.studies_year()
            if year_before_below and year is not None:
                year -= 1  # "31 % des dirigeants utilisent l'IA en 2024. Ils étaient 19 % un an plus tôt."
            own_bracket = ""
            if "(" in after[:60]:
                # "34 % des salariés (Ifop, 2023) et 22 % des cadres (Insee, 2022)": each its own
                bracket = masked.find("(", text_end, text_end + 60)
                own_bracket = attribution.bracket_source(masked[bracket : bracket + 80]) if bracket >= 0 else ""
            figure = Figure(
                value=round(cand.value, 6),
                value_high=cand.value_high,
                unit=cand.unit,
                currency=cand.currency,
                qualifier=qualifier,
                subject=subj,
                source=own_bracket
                or attribution.holder_of(before)
                or (aside_source if 0 <= aside_start < cand.start else source),
                year=year,
                sentence=sentence,
                start=cand.start,
                end=cand.end,
                text=fig_text,
                population=pop,
                measure=measure,
                qualifiers=_with_direction(_qualifiers(pop, measure, before[-120:] + after[:120], resolved), cand),
                # a year given by the context is a horizon when the clause says what will be
                forecast=year is not None
                and (forecast or year != own_year and years.says_future(before[-60:], after[:60])),
                time_unit=cand.time_unit,
            )
            figures.append(figure)
            previous = figure
            population = pop or population
    return _share_forward(_lead_year_below(ctx, figures))


# "+4,9 % en 2023 après +5,2 % en 2022", "(+5,6 %, après +23,1 %)": the figure of the period before,
# set against a figure just before it ("la lutte contre la fraude" sets nothing against anything)
_BEFORE_PERIOD = re.compile(r"\d[^.;:\d]{0,12}\b(?:après|contre|versus|vs\.?)[^.;:\d]{0,20}$", re.IGNORECASE)


def _lead_year_below(ctx: _Context, figures: list[Figure]) -> list[Figure]:
    """An article whose opening dates what it reports by one year ("Au quatrième trimestre 2023, le
    taux de chômage s'est maintenu à 7,5 %", "TF1 est restée la première chaîne de France en 2024")
    gives the figures of its later sections, or of its later paragraphs when it has no headings, in
    that year, when such a stretch names no other year. An opening that sets its year against the
    one before ("L'inflation s'établit à +4,9 % en 2023 après +5,2 % en 2022") gives the figures that
    follow "après" or "contre" in those stretches the year before ("+5,6 %, après +23,1 %")."""
    if ctx.digest:
        return figures
    opening_end = ctx.next_heading(0)
    by_paragraph = opening_end == len(ctx.masked)
    if by_paragraph:
        # no headings: the first paragraph opens the article, each later one is a stretch of its own
        if len(ctx._paragraphs) < 2:
            return figures
        opening_end = ctx._paragraphs[0][1]
    opening = [f for f in figures if f.start < opening_end]

    def before_period(fig: Figure) -> bool:
        return bool(_BEFORE_PERIOD.search(ctx.masked, max(0, fig.start - 50), fig.start))

    def contrasted(fig: Figure) -> bool:
        # "78 % cette année, contre 71 % en mai 2023": the year of a contrast is not the opening's
        return bool(_CONTRASTED.search(ctx.masked, max(0, fig.start - 30), fig.start))

    dated = {f.year for f in opening if f.year and not before_period(f) and not contrasted(f)}
    earlier = {f.year for f in opening if f.year and before_period(f)}
    if not opening:
        dated = set(years.dating_years(ctx.masked, 0, opening_end))  # an opening without figures
    if len(dated) != 1:
        return figures
    (year,) = dated
    previous = earlier.pop() if len(earlier) == 1 and earlier != dated else None
    known = {year, previous} - {None}
    consistent: dict[int, bool] = {}  # stretch start -> names no year but the opening's
    for i, fig in enumerate(figures):
        if fig.start < opening_end or fig.year not in (None, year):
            continue
        earlier_period = previous is not None and before_period(fig)
        if fig.year is not None and not earlier_period:
            continue  # read a stretch's years only for the figures it may date: most have their own
        if by_paragraph:
            stretch, stretch_end = ctx.paragraph_span(fig.start)
        else:
            stretch, stretch_end = ctx.section_start(fig.start), ctx.next_heading(fig.start)
        if stretch not in consistent:
            # "… a atteint 7,3 %, contre 7,4 % au troisième trimestre 2024 et 7,5 % en 2023": a
            # contrast's years do not make a stretch another year's
            contrasts = _CONTRAST_TO_END.sub(" ", ctx.masked[stretch:stretch_end])
            consistent[stretch] = set(years.dating_years(contrasts, 0, len(contrasts))) <= known
        if not consistent[stretch]:
            continue
        future = years.says_future(ctx.masked[max(0, fig.start - 60) : fig.start], ctx.masked[fig.end : fig.end + 60])
        figures[i] = replace(fig, year=previous if earlier_period else year, forecast=fig.forecast or future)
    return figures


# Words that point back to the population of the figures just before: a demonstrative of a rate or
# of a group ("ce taux", "cette hausse", "ces entreprises", "ces derniers"), "leur part", "d'entre
# eux", or a sentence opening on "Il s'agit". Not "ces technologies", "cette tendance": things.
_REFERS_BACK = re.compile(
    rf"(?:^{_S}*il{_S}+s['’]agit\b|(?:^|(?<=[\s(\u00a0'’]))(?:(?:ce|cet|cette|ces){_S}+(?:taux|chiffre|pourcentage|"
    rf"part|proportion|hausse|progression|augmentation|baisse|recul|entreprises|sociétés|structures|"
    rf"derni(?:ers|ères))\b|ceux-ci|celles-ci|leurs?{_S}+(?:part|taux|proportion)\b|"
    rf"d['’]entre{_S}+(?:eux|elles)|parmi{_S}+(?:eux|elles)\b|dans{_S}+ce{_S}+contexte\b))",
    re.IGNORECASE,
)
_REFERS_BACK_REACH = 400  # how far back, at most, the figure a reference points to ends


def _population_before(ctx: _Context, figures: list[Figure], offset: int) -> str:
    """The population of the nearest figure before offset in its section, if it is near."""
    section = ctx.section_start(offset)
    for figure in reversed(figures[-8:]):
        if figure.start < section or offset - figure.end > _REFERS_BACK_REACH:
            return ""
        if figure.population:
            return figure.population if figure.unit == "percent" else ""
    return ""


def _qualifiers(population: str, measure: str, clause: str, resolved: bool) -> dict:
    """The segment a figure's words name; a population taken from the figures before
    ("la moyenne européenne (13 %)" after "10 % des entreprises françaises") only fills what its
    own clause leaves unsaid."""
    if not resolved:
        return parts.qualifiers_of(population, measure, clause)
    return {**parts.qualifiers_of(population, "", ""), **parts.qualifiers_of("", measure, clause)}


def _with_direction(qualifiers: dict, cand) -> dict:
    """ "2 fois moins": the multiplier 2, in the direction "moins"."""
    return {**qualifiers, "direction": cand.direction} if cand.direction else qualifiers


_IT_IS = re.compile(r"^\s*(?:c['’]est|ce sont|il s['’]agit(?: de| d['’])?|this is|that is|it is)\s+", re.IGNORECASE)
_JOINING_ONLY = re.compile(r"\W*(?:et|ou|and|or)?\W*", re.IGNORECASE)


def _share_forward(figures: list[Figure]) -> list[Figure]:
    """ "14 et 11,5 millions de personnes": the first figure's words are all in the second's."""
    for i in range(len(figures) - 2, -1, -1):
        fig, nxt = figures[i], figures[i + 1]
        if _JOINING_ONLY.fullmatch(fig.subject) and nxt.sentence == fig.sentence:
            figures[i] = replace(
                fig,
                subject=nxt.subject,
                population=nxt.population if _JOINING_ONLY.fullmatch(fig.population) else fig.population,
                measure=nxt.measure if _JOINING_ONLY.fullmatch(fig.measure) else fig.measure,
            )
    return figures


_YEAR_BEFORE = re.compile(
    rf"{_S}*(?:(?!versus|vs|contre|par|than)[^\W\d]+{_S}+){{0,2}}?(?:l['’]année{_S}+(?:précédente|dernière|passée)|"
    rf"l['’]an{_S}+(?:dernier|passé)|un{_S}+an{_S}+plus{_S}+tôt|"
    rf"(?:the{_S}+)?(?:previous|last|prior){_S}+year)",
    re.IGNORECASE,
)
_PRONOUN_OPENS = re.compile(
    rf"{_S}*(?:il|elle|ils|elles|ce{_S}+taux|ce{_S}+chiffre|celui-ci|celle-ci)\b",
    re.IGNORECASE,
)
_PRONOUN_VERB = re.compile(r"(?:il|elle|ils|elles)(?:\s+\w+)?", re.IGNORECASE)  # "il grimpe" says nothing
_CONTRASTED = re.compile(
    rf"\b(?:contre|versus|vs\.?|par{_S}+rapport{_S}+à|comparé\w*{_S}+à)[^.;:\d]{{0,20}}$", re.IGNORECASE
)
_FROM_TO = re.compile(rf"\b(?:pass\w*|évolu\w*|allant){_S}+de\b", re.IGNORECASE)
_CHANGE_ONLY = re.compile(
    r"(?:en\s+|une\s+|la\s+)?(?P<change>hausse|baisse|progression|croissance|augmentation|recul|repli|diminution|chute|"
    r"évolution)(?:\s+(?:remarquable|record|forte|nette|légère))?",
    re.IGNORECASE,
)
_VERB_FIRST = re.compile(
    rf"[\s\u00a0\u202f`*_]*(?:(?:ne|n['’]|s['’]|se|y|en|l['’]|la|le|les|leur|lui){_S}*)*"
    r"(?:ont|sont|[^\W\d]{3,}(?<!ment)ent)\b",
    re.IGNORECASE,
)
_BASE_BRACKET = re.compile(
    rf"\b(?:par{_S}+rapport{_S}+à|contre|qu['’]en|depuis|comparé\w*{_S}+à)"
    rf"{_S}+(?P<y>(?:19|20)\d\d){_S}*\({_S}*$",
    re.IGNORECASE,
)
_ELLIPSIS = re.compile(rf"[^.;:()]{{0,120}}?(?:,|\bet|\bcontre|\bsoit|\bvs|\bversus|\bou){_S}*(?:à|de)?{_S}*")


def _in_brackets_after(masked: str, previous: Figure, cand) -> bool:
    between = masked[previous.end : cand.start]
    return len(between) < 40 and between.rstrip().endswith("(") and masked[cand.end : cand.end + 2].lstrip()[:1] == ")"


# "Le taux moyen d'ouverture est d'environ (21,89 %)": the subject is what comes before the verb
_COPULA_END = re.compile(
    r"\s+(?:est|sont|était|atteint|atteignent|s['’]élève|s['’]établit|représente|représentent|reste|passe|"
    r"grimpe|dépasse|avoisine|tourne)(?:\s+(?:de|à|d['’]|autour|aux?|environ|près|plus|moins|désormais|"
    r"aujourd['’]hui|donc|ainsi|alors|déjà|toujours|d['’]environ|d['’]à[\s]+peine))*[\s:]*$",
    re.IGNORECASE,
)
_BRACKET_OR_DATE = re.compile(
    rf"^(?:{_S}*(?:\([^)]*\)?|(?:d['’]ici|en|depuis|fin|début|au cours de){_S}+"
    rf"(?:\w+{_S}+)?(?:19|20)\d\d))+",
    re.IGNORECASE,
)
# A subject that holds another figure, or nothing but a joining word, is no subject.
_NO_SUBJECT = re.compile(
    rf"\d[\d\s,.]*\s*%|^\W*(?:et|ou|and|or|puis|mais|soit|contre|versus|vs|face{_S}+à|avant|après)?\W*$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:mais|et|alors que|tandis que)\b")


def _fallback_subject(before: str, after: str) -> str:
    """The clause's words, when no rule found a subject: better than nothing for a reader. A
    figure in brackets takes the words its bracket follows ("plusieurs (31 %)")."""
    head = before.rstrip()
    bracketed = head.endswith("(")
    head = head.rstrip("( ")
    # the last clause before the figure that holds words ("ce taux était de : 65 %" -> "ce taux")
    before_words = ""
    end = len(head)
    for brk in reversed([*_CLAUSE_BREAK.finditer(head), None]):
        start = brk.end() if brk else 0
        before_words = _COPULA_END.sub("", " ".join(head[start:end].split()[-10:])).strip(" ,.;:()")
        if before_words:
            break
        end = brk.start() if brk else 0
    after = _BRACKET_OR_DATE.sub("", after)  # "(Brevo, 2024)", "d'ici 2027" say who or when
    after_words = " ".join(w for w in parts.split_phrase(" ".join(after.split()[:10])) if w)
    for text in (before_words, after_words) if bracketed else (after_words, before_words):
        text = text.strip(" ,.;:()")
        if text:
            return text[:80]
    return ""
