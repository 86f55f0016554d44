"""Strip what a static-site toolchain adds around the prose of an article.

JSON-LD blocks, MDX import/export statements, <script>/<style> blocks, Svelte
template blocks, JSX components, admonition containers, excerpt markers, HTML
headings hidden inside paragraphs and generated tables of contents.
"""

import json
import re

from .blocks import map_prose, segments
from .fields import fold
from .jsx import flatten_components, line_after, line_before

_SCRIPT = re.compile(r"<script\b([^>]{0,200})>(.*?)</script\s*>", re.S | re.I)
_IMPORT = re.compile(r"""^import\s+(?:[\w*${},\s]+\s+from\s+)?["'][^"']+["'];?[ \t]*$""")
_IMPORT_START = re.compile(r"^import\s+(?:type\s+)?(?:[\w$]+\s*,\s*)?\{[^}]*$")
_IMPORT_END = re.compile(r"""from\s+["'][^"']+["'];?[ \t]*$""")
_EXPORT_START = re.compile(r"^export\s+(?:default|const|let|var|function|async|class|\{|\*)")
_SVELTE_BLOCK = re.compile(r"\{[#:/@](?:if|else|each|await|then|catch|key|html|const|debug|snippet|render)\b[^}]*\}")
_EXPR_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*\{[^}]*\}\s*\)")
_TEMPLATE_EXPR = re.compile(r"(?<![\\$\w])\{[A-Za-zÀ-ÿ_$][\wÀ-ÿ$.\[\]'\"]*\}")
_EXCERPT_MARKER = re.compile(r"^[ \t]*<!--\s*(?:truncate|more|excerpt|break)\s*-->[ \t]*$", re.M | re.I)
_HTML_HEADING = re.compile(r"<h([1-6])\b[^>]{0,200}>(.{0,300}?)</h\1\s*>", re.S | re.I)
_ADMONITION_OPEN = re.compile(
    r"^[ \t]*(:{3,})[ \t]*([A-Za-z][\w-]*)(?:\[(.*?)\]|\{[^}]*?title=[\"'](.*?)[\"'][^}]*\})?[ \t]*(.*)$"
)
MAX_NESTING = 6
_ADMONITION_CLOSE = re.compile(r"^[ \t]*(:{3,})[ \t]*$")
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_PLAIN_CONTAINERS = {"intro", "lead", "lede", "chapo", "summary", "div", "section", "center"}
_TOC_TITLES = {
    "sommaire",
    "tabledesmatieres",
    "tableofcontents",
    "contents",
    "toc",
    "auxsommaire",
    "danscetarticle",
    "inthisarticle",
    "onthispage",
    "plan",
    "summary",
}
_TOC_HEADING = re.compile(r"^(?:#{1,6}[ \t]+(.+?)[ \t#]*|\*\*(.+?)\*\*:?)[ \t]*$")
_TOC_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[^\]]+\]\(#[^)\s]*\)[ \t]*$")


def extract_json_ld(text: str) -> tuple[str, list]:
    """Remove schema.org JSON-LD (fenced ```json blocks or ld+json scripts); return it too."""
    found: list = []
    pieces = []
    for is_code, chunk in segments(text):
        if is_code and (data := _json_ld(_fence_body(chunk))) is not None:
            found.append(data)
            continue
        if not is_code:
            if "ld+json" in chunk.lower():
                chunk = _SCRIPT.sub(lambda m: _take_ld_script(m, found), chunk)
        pieces.append((is_code, chunk))
    return "\n".join(chunk for _, chunk in pieces), found


def _fence_body(chunk: str) -> str:
    lines = chunk.split("\n")
    info = lines[0].strip().strip("`~").strip().lower()
    if info not in ("json", "jsonld", "json-ld", "ld+json", "application/ld+json", ""):
        return ""
    return "\n".join(lines[1:-1])


def _json_ld(source: str):
    if "@context" not in source:
        return None
    try:
        data = json.loads(source)
    except (ValueError, RecursionError):
        return None
    items = data if isinstance(data, list) else [data]
    if items and all(isinstance(i, dict) and "schema.org" in str(i.get("@context", "")) for i in items):
        return data
    return None


def _take_ld_script(match, found: list) -> str:
    if "ld+json" not in match[1].lower():
        return match[0]
    data = _json_ld(match[2].strip())
    if data is None:
        return match[0]
    found.append(data)
    return ""


def strip_code_around_prose(text: str, warnings: list[str]) -> str:
    """Drop scripts, styles, import/export lines, Svelte blocks and JSX tags, keeping the text."""
    counts = {"script": 0, "statement": 0}
    components: list[str] = []

    def clean(chunk: str) -> str:
        chunk, removed = _drop_elements(chunk, ("script", "style"))
        counts["script"] += removed
        chunk, statements = _drop_statements(chunk)
        counts["statement"] += statements
        chunk = _SVELTE_BLOCK.sub("", chunk)
        chunk = _EXPR_IMAGE.sub(lambda m: _drop_image(m, warnings), chunk)
        chunk, names = flatten_components(chunk)
        components.extend(n for n in names if n not in components)
        return chunk

    text = map_prose(text, clean, protect_code_spans=True)
    if counts["script"]:
        warnings.append(f"{counts['script']} <script>/<style> block(s) removed")
    if counts["statement"]:
        warnings.append(f"{counts['statement']} import/export statement(s) removed")
    if components:
        warnings.append("components unwrapped to plain text: " + ", ".join(components))
    # Most bodies hold no brace at all: then no expression is left, and the prose need not be
    # walked (the pattern, led by a look-behind, is tried at every character).
    left = sorted(set(_TEMPLATE_EXPR.findall(_prose_only(text)))) if "{" in text else []
    if left:
        warnings.append("template expressions left in the text: " + ", ".join(left[:8]))
    return text


def _drop_elements(chunk: str, names: tuple[str, ...]) -> tuple[str, int]:
    """Remove <script>/<style> elements in one pass (a regex would go quadratic when unclosed)."""
    lowered, out, pos, count = chunk.lower(), [], 0, 0
    opening = re.compile(r"<(" + "|".join(names) + r")\b")
    while match := opening.search(lowered, pos):
        close = lowered.find(f"</{match[1]}", match.end())
        if close == -1:
            break
        end = lowered.find(">", close)
        end = len(chunk) if end == -1 else end + 1
        out.append(chunk[pos : match.start()])
        pos, count = end, count + 1
    out.append(chunk[pos:])
    return "".join(out), count


def _prose_only(text: str) -> str:
    prose = "\n".join(chunk for is_code, chunk in segments(text) if not is_code)
    return re.sub(r"(`+)[^`]{1,1000}?\1", "", prose)


def _drop_statements(chunk: str) -> tuple[str, int]:
    kept, count, lines, i, failures = [], 0, chunk.split("\n"), 0, 0
    while i < len(lines):
        end = _statement_end(lines, i) if failures < 3 else None
        if end is None:
            failures += _EXPORT_START.match(lines[i]) is not None or _IMPORT_START.match(lines[i]) is not None
            kept.append(lines[i])
            i += 1
        else:
            count += 1
            i = end
    return "\n".join(kept), count


def _statement_end(lines: list[str], i: int) -> int | None:
    """Return the index after the import/export statement starting at line i, if any."""
    line = lines[i]
    if _IMPORT.match(line):
        return i + 1
    if _IMPORT_START.match(line):
        for j in range(i + 1, min(len(lines), i + 60)):
            if _IMPORT_END.search(lines[j]):
                return j + 1
        return None
    if not _EXPORT_START.match(line):
        return None
    depth = 0
    for j in range(i, min(len(lines), i + 300)):
        depth += sum(lines[j].count(c) for c in "{([") - sum(lines[j].count(c) for c in "})]")
        if depth <= 0:
            return j + 1
    return None


def _drop_image(match, warnings: list[str]) -> str:
    alt = match[1].strip()
    warnings.append(f"image with a computed source dropped (alt text: {alt[:120]!r})")
    return ""


def admonitions_to_quotes(text: str) -> str:
    """Turn `:::tip Title` … `:::` containers into blockquotes (intro-like ones into paragraphs)."""
    out, stack, fence = [], [], None
    for line in text.split("\n"):
        depth = stack.count(True)
        if fence is None and len(stack) < MAX_NESTING and (opening := _ADMONITION_OPEN.match(line)):
            kind = opening[2].lower()
            quoted = kind not in _PLAIN_CONTAINERS
            stack.append(quoted)
            title = (opening[3] or opening[4] or opening[5] or "").strip()
            if title:
                prefix = "> " * (depth + quoted)
                out += [f"{prefix}**{title}**", prefix.rstrip()] if quoted else [f"**{title}**", ""]
            continue
        if fence is None and stack and _ADMONITION_CLOSE.match(line):
            stack.pop()
            out.append("")
            continue
        if match := _FENCE.match(line):
            fence = None if fence and match[1][0] == fence[0] else (fence or match[1])
        out.append(("> " * depth + line).rstrip() if depth else line)
    return "\n".join(_tidy_quotes(out))


def _tidy_quotes(lines: list[str]) -> list[str]:
    """Drop empty quote lines that open, close or repeat inside a blockquote."""

    def empty_quote(line: str) -> bool:
        return bool(line) and not line.replace(">", "").strip()

    kept: list[str] = []
    for i, line in enumerate(lines):
        if empty_quote(line):
            after = lines[i + 1] if i + 1 < len(lines) else ""
            before = kept[-1] if kept else ""
            if not before.startswith(">") or empty_quote(before) or not after.startswith(">"):
                continue
            if empty_quote(after) and i + 2 < len(lines) and not lines[i + 2].startswith(">"):
                continue
        kept.append(line)
    return kept


def drop_excerpt_markers(text: str) -> str:
    if "<!--" not in text:  # no marker: the walk through the prose would give the text back
        return text
    return map_prose(text, lambda chunk: _EXCERPT_MARKER.sub("", chunk))


def html_headings(text: str, guesses: list[str]) -> str:
    """Put <h1>…<h6> found inside paragraphs on their own lines as markdown headings."""
    counts: dict[str, int] = {}

    def replace(match) -> str:
        level, inner = int(match[1]), re.sub(r"<[^>]+>", "", match[2]).strip()
        if line_before(match.string, match.start()).strip() or line_after(match.string, match.end()).strip():
            counts[f"h{level}"] = counts.get(f"h{level}", 0) + 1
        inner = re.sub(r"\s+", " ", inner)
        return f"\n\n{'#' * level} {inner}\n\n"

    text = map_prose(text, lambda chunk: _HTML_HEADING.sub(replace, chunk) if "</h" in chunk.lower() else chunk)
    for tag, count in sorted(counts.items()):
        noun = "intertitre" if count == 1 else "intertitres"
        guesses.append(f"{count} <{tag}> dans un paragraphe changé{'s' if count > 1 else ''} en {noun}")
    return text


def drop_table_of_contents(text: str, warnings: list[str]) -> str:
    """Remove a 'Sommaire' heading followed only by in-page anchor links: a note, not a guess."""

    def drop(chunk: str) -> str:
        lines = chunk.split("\n")
        for i, line in enumerate(lines):
            heading = _TOC_HEADING.match(line)
            if not heading or fold(heading[1] or heading[2]) not in _TOC_TITLES:
                continue
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            end = j
            while end < len(lines) and _TOC_ITEM.match(lines[end]):
                end += 1
            if end > j:
                warnings.append("table of contents removed (the site builds its own)")
                return "\n".join(lines[:i] + lines[end:])
        return chunk

    return map_prose(text, drop)
