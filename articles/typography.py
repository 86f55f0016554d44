"""French typography: the spaces, apostrophes, quotes and ellipses a French reader expects. Pure.

Narrow no-break space (U+202F) before ; ! ? and inside « »; no-break space (U+00A0) before : and
%, between a number and its unit or currency, and in digit groups ("10 000"); ’ for ', « » for
straight double quotes, … for "...". Applied to article bodies when they are rendered (text
outside code, <pre> and URLs only: attributes are never touched), and to titles, descriptions
and snippets when they are shown.

Why not the `typographeur` package (0.5.0, 2020)? Tried on the seed articles: it turns
"https://" in a text into "https :", "10:30" into "10 :30", writes &nbsp; entities into the
text, resets quotes at every tag and knows neither digit groups nor units.
"""

import html
import re

NBSP = "\u00a0"
NNBSP = "\u202f"
_SPACE = "[ \t\u00a0\u202f]"
# A URL or an e-mail address in running text keeps its characters as they are.
_UNTOUCHABLE = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\"]+|[\w.+-]+@[\w-]+\.[\w.-]+")
_UNITS = (
    "€|\\$|£|k€|M€|Md€|Mds€|euros?|dollars?|millions?|milliards?|km|kg|cm|mm|m²|Mo|Go|To|Ko|ms|min|h|s"
    "|ans?|mois|jours?|heures?|minutes?|secondes?|semaines?|fois|points?|pts?|°C?|x"
)
# Each rule with what a text must hold for it to apply: most runs of text hold no digit, quote
# or punctuation it needs, and a plain `in` test is far cheaper than scanning with the rule.
_DIGIT = re.compile(r"\d")
_GROUP_SPACE = re.compile(r"[ \t]")
# A rule's pattern starts with the character it replaces, the look-behind after it: the engine
# then skips ahead to that character rather than testing the look-behind at every position
# (`'(?<=\w')` is `(?<=\w)'`, five times faster).
_RULES = [
    ("...", re.compile(r"(?<!\.)\.\.\.(?!\.)"), "…"),
    ("'", re.compile(r"'(?<=\w')(?=\w)"), "’"),
    # Digit groups: 1 to 3 digits, then groups of exactly three ("10 000", not "2023 200").
    (
        _DIGIT,
        re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:[ \t\u00a0]\d{3})+(?![\d])"),
        lambda m: _GROUP_SPACE.sub(NBSP, m.group()),
    ),
    (_DIGIT, re.compile(rf"{_SPACE}(?<=\d{_SPACE}){_SPACE}*(?=(?:{_UNITS})(?![\w€$£]))"), NBSP),
    ("%", re.compile(rf"(?<=\d){_SPACE}*%"), NBSP + "%"),
    (":", re.compile(rf"(?<=[^\s:]){_SPACE}*:(?=\s|$)"), NBSP + ":"),
    (re.compile("[;!?]"), re.compile(rf"(?<=[^\s;!?]){_SPACE}*([;!?]+)"), NNBSP + r"\1"),
    ("«", re.compile(rf"«{_SPACE}*"), "«" + NNBSP),
    ("»", re.compile(rf"{_SPACE}*»"), NNBSP + "»"),
]
_OPENS_AFTER = set(" \t\n\u00a0\u202f([{—–/'’")
# Tags whose text is code, and tags that start a new run of text (quotes do not carry over).
_VERBATIM = {"code", "pre", "kbd", "samp", "script", "style"}
_BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "br", "blockquote", "div"}
_BLOCK |= {"figcaption", "caption", "ul", "ol", "table", "tr", "hr"}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|<!--.*?-->", re.DOTALL)


def french_text(text: str, before: str = "") -> str:
    """`text` (plain, not HTML) with French typography; `before` is the character printed just
    before it, when it continues a run of text (after an inline tag)."""
    if not text:
        return text
    if "://" not in text and "www." not in text and "@" not in text:
        return _typeset(text, before)  # nothing _UNTOUCHABLE could match
    parts, position = [], 0
    for match in _UNTOUCHABLE.finditer(text):
        parts.append(_typeset(text[position : match.start()], before if position == 0 else "a"))
        parts.append(match.group())
        position = match.end()
    parts.append(_typeset(text[position:], before if position == 0 else "a"))
    return "".join(parts)


def _typeset(text, before):
    if not text:
        return text
    # A stand-in for what comes before, so that the rules' look-behinds see it; never changed by them.
    lead = "\n" if not before or before.isspace() else "0" if before.isdigit() else "a"
    if before and before in "([{—–/":
        lead = "("
    typeset = _quotes(lead + text)
    for needed, pattern, replacement in _RULES:
        if needed in typeset if isinstance(needed, str) else needed.search(typeset):
            typeset = pattern.sub(replacement, typeset)
    return typeset[1:]


def _quotes(text):
    """Straight double quotes as « » : opening after a space or bracket, closing elsewhere."""
    if '"' not in text:
        return text
    out = []
    for index, char in enumerate(text):
        if char != '"':
            out.append(char)
        elif index == 0 or text[index - 1] in _OPENS_AFTER:
            out.append("«")
        else:
            out.append("»")
    return "".join(out)


def french_html(markup: str) -> str:
    """HTML with French typography in its text, never in code, <pre>, attributes or URLs."""
    out, position, verbatim, last = [], 0, 0, ""
    for tag in _TAG.finditer(markup):
        last = _text(out, markup[position : tag.start()], verbatim, last)
        closing, name = tag.group(1), (tag.group(2) or "").lower()
        if name in _VERBATIM:
            verbatim = max(0, verbatim - 1) if closing else verbatim + 1
            last = "a"
        elif name in _BLOCK:
            last = ""
        out.append(tag.group())
        position = tag.end()
    _text(out, markup[position:], verbatim, last)
    return "".join(out)


def _text(out, raw, verbatim, last):
    """Append the text `raw` (escaped HTML) typeset unless verbatim; return its last character."""
    if not raw:
        return last
    if verbatim:
        out.append(raw)
        return "a"
    typeset = french_text(html.unescape(raw), last)
    out.append(html.escape(typeset, quote=False))
    return typeset[-1]


def tolerant_pattern(text: str) -> str:
    """A regular expression finding `text` in a body typeset or not: spaces may be absent or of
    any kind, apostrophes straight or curly, quotes straight or French."""
    pieces = []
    for piece in re.split(r"(\s+)", french_text(text.strip())):
        if not piece:
            continue
        if piece.isspace():
            pieces.append(r"\s*")
            continue
        escaped = re.escape(piece).replace("’", "['’]").replace("…", r"(?:…|\.\.\.)")
        pieces.append(escaped.replace("«", r'["«]').replace("»", r'["»]'))
    return "".join(pieces)
