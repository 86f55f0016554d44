"""Turn a markdown body into same-length plain text, and cut it into sentences.

Masking replaces markup and zones that hold no prose figures (code blocks, URLs, image alt
text, footnote markers, list and heading numbering) with spaces, keeping newlines. Every
offset in the masked text is therefore an offset in the markdown body, so a figure found in
the plain text has its span in the body for free.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass

_F = re.MULTILINE
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[^\n]*$|\Z)", _F | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_INLINE_CODE = re.compile(r"(`+)([^`\n]+?)\1")
_PLAIN_FIGURE = re.compile(
    r"\s*[~+≈-]?\s*\d[\d\s.,]*(?:%|€|\$|k€|M€)?"
    r"(?:\s*(?:à|-|–|to|et|and)\s*\d[\d\s.,]*\s*(?:%|€|\$)?)?\s*"
)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]:?")
_LINK = re.compile(r"(\[)([^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*)(\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|\]\[[^\]]*\])")
_URL = re.compile(r"<?(?:https?://|www\.)[^\s<>)\]]+>?")
_EMAIL = re.compile(r"[^\s@]+@\S+\.\w+")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>|\{[#/:@][^{}\n]*\}|\{[^{}\n]*\}")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!$|~<>])")
# One character class, then the run decided in Python: an alternation here is ten times slower.
_EMPHASIS = re.compile(r"([*_~|])\1*")
_NOT_NEWLINE = re.compile(r"[^\n]")


def _line_start(pattern: str) -> tuple[re.Pattern, re.Pattern]:
    """Compile a line-anchored pattern twice: after a literal newline (a literal first
    character lets the engine skip ahead, where '^' with MULTILINE is tried at every
    position) and at the very start of the text."""
    return re.compile("\n" + pattern), re.compile(pattern)


_IMPORT = _line_start(r"(?:import|export)\s[^\n]*")
_REF_DEF = _line_start(r"[ \t]{0,3}\[[^\]^]+\]:\s*\S+[^\n]*")
_ADMONITION = _line_start(r"[ \t]*:::[^\n]*")
_SETEXT = _line_start(r"[ \t]*(?:[=]{2,}|-{3,}|\*{3,}|_{3,})[ \t]*(?=\n|\Z)")
# Heading numbering ("## 2. Méthode", "## 3 conseils") is blanked, but not a heading that
# opens with a figure ("## 73 % des Français...", "## 3.2 millions de sessions", "## 4 entreprises sur 10").
# "## 4 entreprises sur 10 se sentent menacées" opens with a share too
_HEADING_FIGURE = (
    r"(?![ \t\u00a0\u202f]*(?:%|pour[\s-]?cents?\b|percent|per\s?cent|[€$£]|[kKM]€|Mds?\b|bn\b|millions?\b|milliards?\b|"
    r"billions?\b|[^\W\d]+[ \t\u00a0\u202f]+sur[ \t\u00a0\u202f]+\d))"
)
_HEADING = _line_start(rf"[ \t]{{0,3}}#{{1,6}}(?:[ \t]+\d+(?:\.\d+)*(?:[.)]|{_HEADING_FIGURE}))?(?=[ \t\n]|\Z)")
_LIST_MARK = _line_start(r"[ \t>]*(?:[-*+•]|\d{1,3}[.)]|[a-z][.)])(?=[ \t])")
_NUMBERED_TITLE = _line_start(r"[ \t]*\d{1,3}[.)](?=[ \t])")


def _blank(match: re.Match) -> str:
    text = match.group(0)
    return _NOT_NEWLINE.sub(" ", text) if "\n" in text else " " * len(text)


def _keep_group(group: int):
    def replace(match: re.Match) -> str:
        out = []
        for i in range(1, (match.lastindex or 0) + 1):
            part = match.group(i) or ""
            out.append(part if i == group else _NOT_NEWLINE.sub(" ", part))
        return "".join(out)

    return replace


def _inline_code(match: re.Match) -> str:
    ticks, inner = match.group(1), match.group(2)
    if _PLAIN_FIGURE.fullmatch(inner):
        return " " * len(ticks) + inner + " " * len(ticks)
    return " " * len(match.group(0))


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _emphasis(match: re.Match) -> str:
    """Blank emphasis and table pipes; keep a single "~" (it means "about") and an
    underscore inside a word (snake_case)."""
    run = match.group(0)
    if run[0] == "~":
        return " " * (len(run) - len(run) % 2) + "~" * (len(run) % 2)
    if run[0] == "_":
        text, start, end = match.string, match.start(), match.end()
        if start and end < len(text) and _is_word(text[start - 1]) and _is_word(text[end]):
            return run
    return " " * len(run)


def _sub_lines(patterns: tuple[re.Pattern, re.Pattern], text: str) -> str:
    """Blank what a _line_start pattern matches, keeping the newline it is anchored on."""
    after_newline, at_start = patterns
    text = after_newline.sub(_blank, text)
    first = at_start.match(text)
    return _blank(first) + text[first.end() :] if first else text


# (characters that must occur for the pass to find anything, pattern, replacement), in order.
# Skipping a pass whose trigger is absent is what keeps masking cheap on plain prose.
_PASSES = (
    (("```", "~~~"), _FENCE, _blank),
    (("<",), _COMMENT, _blank),
    (("import", "export"), _IMPORT, None),
    (("`",), _INLINE_CODE, _inline_code),
    (("![",), _IMAGE, _blank),
    (("[^",), _FOOTNOTE_REF, _blank),
    (("](", "]["), _LINK, _keep_group(2)),
    (("]:",), _REF_DEF, None),
    (("://", "www."), _URL, _blank),
    (("@",), _EMAIL, _blank),
    (("<", "{"), _TAG, _blank),
    (("\\",), _ESCAPE, " "),
    ((":::",), _ADMONITION, None),
    (("==", "---", "***", "___"), _SETEXT, None),
    (("*", "_", "~", "|"), _EMPHASIS, _emphasis),
    (("#",), _HEADING, None),
    (("",), _LIST_MARK, None),
    (("",), _NUMBERED_TITLE, None),
)


def mask(body: str) -> str:
    """Return the body with markup and non-prose zones blanked, same length, newlines kept."""
    text = body
    for triggers, pattern, replace in _PASSES:
        if not any(trigger in text for trigger in triggers):
            continue
        text = _sub_lines(pattern, text) if replace is None else pattern.sub(replace, text)
    return text


@dataclass(frozen=True)
class Unit:
    """A paragraph line group, list item or heading: where lead-ins and sentences live."""

    start: int
    end: int
    kind: str  # "list" | "heading" | "para"


_LINE = re.compile(r"[^\n]*\n?")
_IS_LIST = re.compile(r"[ \t>]*(?:[-*+•]|\d{1,3}[.)])[ \t]")
_IS_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]|$)")
# A line that is only a date ("12 Juillet 2018", "mai 2023") heads what follows it, as in a digest
# of dated items: what an item cites does not carry to the next.
_IS_DATE_LINE = re.compile(
    r"[ \t]*(?:\d{1,2}(?:er)?[ \t]+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre)[ \t]+(?:19|20)\d\d[ \t]*",
    re.IGNORECASE,
)


def is_date_line(line: str) -> bool:
    return bool(_IS_DATE_LINE.fullmatch(line))


def units(body: str, masked: str) -> list[Unit]:
    """Group lines into units: each list item and heading alone; paragraphs joined when the
    lines look hard-wrapped (several lines of 40-100 characters), else one unit per line."""
    lines = []
    pos = 0
    for m in _LINE.finditer(body):
        if not m.group(0):
            break
        raw = m.group(0).rstrip("\n")
        if masked[pos : pos + len(raw)].strip():
            if _IS_HEADING.match(raw) or is_date_line(raw):
                kind = "heading"
            elif _IS_LIST.match(raw):
                kind = "list"
            else:
                kind = "para"
            lines.append([pos, pos + len(raw), kind, raw[:1] in " \t"])
        else:
            lines.append(None)
        pos = m.end()
    out: list[Unit] = []
    block: list[list] = []
    for line in [*lines, None]:
        if line is not None and line[2] == "para" and block and block[-1][2] != "heading":
            if block[0][2] != "list" or line[3]:
                block.append(line)
                continue
        if block:
            out.extend(_split_block(block))
        block = [line] if line is not None else []
    return out


def _split_block(block: list[list]) -> list[Unit]:
    head, rest = block[0], block[1:]
    if head[2] == "list" and rest:
        return [Unit(head[0], block[-1][1], "list")]
    lengths = [ln[1] - ln[0] for ln in block]
    if rest and max(lengths) <= 100 and min(lengths[:-1]) >= 40:
        return [Unit(head[0], block[-1][1], head[2])]
    return [Unit(ln[0], ln[1], ln[2]) for ln in block]


# A sentence ends at a run of final punctuation followed by a capital or a digit. The
# abbreviation checks ("U.S.", "M. Dupont", "etc.", "e.g.", "vs.") run in Python on the few
# candidates: as lookbehinds in front of the pattern they cost a test at every position.
_SENTENCE_END = re.compile(r"[.!?…]+[\"»”’)]*(?=\s+(?:[\"“(]|«[\s\u00a0\u202f]?)?[A-ZÀ-Ý0-9])")
_ABBREVIATION = re.compile(r"(?:[A-Z]\.|(?<!\w)[A-Z]|etc|\be\.g|\bi\.e|\bvs)\Z")
_ABBREVIATION_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.cegs")


def _abbreviation_before(masked: str, at: int) -> bool:
    return masked[at - 1 : at] in _ABBREVIATION_LAST and bool(_ABBREVIATION.search(masked, max(0, at - 5), at))


def _sentence_ends(masked: str, start: int, end: int):
    """Yield the end offset of each sentence in masked[start:end]."""
    for m in _SENTENCE_END.finditer(masked, start, end):
        run_end = m.start() + len(m.group(0).rstrip('"»”’)'))
        # like a regex retried one character later, a run may end a sentence from inside
        if any(not _abbreviation_before(masked, at) for at in range(m.start(), run_end)):
            yield m.end()


class Sentences:
    """Sentence spans of a masked text, with the unit (and lead-in) each belongs to.

    A unit is cut into sentences only when asked about: figures sit in a few paragraphs of
    an article, and cutting all of them was most of the cost of reading a long one.
    """

    def __init__(self, body: str, masked: str):
        self.masked = masked
        self.units = units(body, masked)
        self._unit_starts = [unit.start for unit in self.units]
        self._cut: dict[int, list[tuple[int, int, int]]] = {}

    def _spans(self, index: int) -> list[tuple[int, int, int]]:
        """Return the (start, end, unit index) sentences of one unit, cutting it once."""
        if index not in self._cut:
            unit, spans = self.units[index], []
            start = unit.start
            for end in _sentence_ends(self.masked, unit.start, unit.end):
                spans.append((start, end, index))
                start = end
            if self.masked[start : unit.end].strip():
                spans.append((start, unit.end, index))
            self._cut[index] = spans
        return self._cut[index]

    def _locate(self, offset: int) -> tuple[list[tuple[int, int, int]], int]:
        """Return the sentences of the unit holding offset and the index of its sentence
        (-1 when offset comes before the first unit)."""
        unit = bisect_right(self._unit_starts, offset) - 1
        if unit < 0:
            return self._spans(0), -1
        spans = self._spans(unit)
        return spans, bisect_right([s[0] for s in spans], offset) - 1

    def at(self, offset: int) -> tuple[int, int, int]:
        """Return (start, end, unit index) of the sentence holding offset."""
        if not self.units:
            return (0, len(self.masked), -1)
        spans, i = self._locate(offset)
        return spans[max(i, 0)]

    def previous(self, offset: int) -> tuple[int, int, int] | None:
        """Return the sentence before the one holding offset, if in the same unit."""
        if not self.units:
            return None
        spans, i = self._locate(offset)
        return spans[i - 1] if i > 0 else None

    def before(self, offset: int) -> tuple[int, int, int] | None:
        """Return the sentence before the one holding offset, in its unit or the paragraph before
        it (not across a heading)."""
        found = self.previous(offset)
        if found is not None or not self.units:
            return found
        unit = bisect_right(self._unit_starts, offset) - 1
        if unit <= 0 or self.masked[self.units[unit].start : offset].strip() or self.units[unit - 1].kind == "heading":
            return None
        return self._spans(unit - 1)[-1]

    def next_in_unit(self, offset: int) -> tuple[int, int, int] | None:
        """Return the sentence after the one holding offset, if in the same unit."""
        if not self.units:
            return None
        spans, i = self._locate(offset)
        return spans[i + 1] if 0 <= i < len(spans) - 1 else None

    def lead_in(self, unit_index: int) -> tuple[int, int] | None:
        """For a list item, return the span of the paragraph sentence ending in ':' that
        introduces its list (possibly across blank lines), else None."""
        if unit_index < 0 or self.units[unit_index].kind != "list":
            return None
        i = unit_index - 1
        while i >= 0 and self.units[i].kind == "list":
            i -= 1
        if i < 0 or self.units[i].kind == "heading":
            return None
        unit = self.units[i]
        text = self.masked[unit.start : unit.end].rstrip()
        if not text.endswith(":"):
            return None
        start, end, _ = self.at(unit.start + len(text) - 1)
        return start, end


def clean(text: str) -> str:
    """Collapse whitespace for display."""
    return " ".join(text.split())
