"""Walk markdown while leaving fenced code untouched."""

import re
from collections.abc import Callable

_FENCE_OPEN = re.compile(r"^[ \t]*(`{3,}|~{3,})(.*)$")
_FENCE_CLOSE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*$")
_CODE_SPAN = re.compile(r"(`+)(?!`)[^`]{1,2000}?(?<!`)\1(?!`)")


def segments(text: str) -> list[tuple[bool, str]]:
    """Split text into (is_code, chunk) pieces; fenced code blocks are the code pieces."""
    if "```" not in text and "~~~" not in text:
        return [(False, text)]  # no fence: one piece of prose, without walking its lines
    pieces: list[tuple[bool, list[str]]] = []
    fence = None
    for line in text.split("\n"):
        if fence is None:
            match = _FENCE_OPEN.match(line) if line.lstrip()[:3] in ("```", "~~~") else None
            if match and not (match[1][0] == "`" and "`" in match[2]):
                fence = match[1]
                pieces.append((True, [line]))
                continue
            if not pieces or pieces[-1][0]:
                pieces.append((False, []))
            pieces[-1][1].append(line)
        else:
            pieces[-1][1].append(line)
            close = _FENCE_CLOSE.match(line) if line.lstrip()[:3] == fence[:3] else None
            if close and close[1][0] == fence[0] and len(close[1]) >= len(fence):
                fence = None
    return [(is_code, "\n".join(lines)) for is_code, lines in pieces]


def join(pieces: list[tuple[bool, str]]) -> str:
    return "\n".join(chunk for _, chunk in pieces)


def map_prose(text: str, func: Callable[[str], str], protect_code_spans=False) -> str:
    """Apply `func` to every part of `text` that is not fenced (or inline) code."""
    pieces = []
    for is_code, chunk in segments(text):
        if not is_code:
            chunk = _with_spans_protected(chunk, func) if protect_code_spans else func(chunk)
        pieces.append((is_code, chunk))
    return join(pieces)


def _with_spans_protected(text: str, func: Callable[[str], str]) -> str:
    spans: list[str] = []

    def hide(match):
        spans.append(match[0])
        return f"\x00{len(spans) - 1}\x00"

    result = func(_CODE_SPAN.sub(hide, text) if "`" in text else text)
    return re.sub(r"\x00(\d+)\x00", lambda m: spans[int(m[1])], result)


def collapse_blank_lines(text: str) -> str:
    """Keep at most one blank line between blocks, outside code, and trim the ends."""

    def collapse(chunk: str) -> str:
        chunk = re.sub(r"(?m)^[ \t]+$", "", chunk)
        chunk = re.sub(r"\n{3,}", "\n\n", chunk)
        return re.sub(r"\n+$", "\n", re.sub(r"^\n+", "\n", chunk))

    text = map_prose(text, collapse).strip("\n")
    return text + "\n" if text.strip() else ""


_SETEXT_UNDERLINE = re.compile(r"^[ \t]{0,3}(=+|-{2,})[ \t]*$")
_ANY_UNDERLINE = re.compile(_SETEXT_UNDERLINE.pattern, re.M)
_NOT_A_HEADING = re.compile(r"^(?:[ \t]{4}|[ \t]*(?:[-*+>#|<]|\d+[.)][ \t]))")


def setext_to_atx(text: str) -> str:
    """Rewrite one-line setext headings (`Titre` over `=====` or `-----`) as `#`/`##` headings.

    Only a line standing alone above its underline: after a longer paragraph the
    renderers disagree, and a `---` after a blank line is a rule, not a heading.
    """

    def rewrite(chunk: str) -> str:
        lines = chunk.split("\n")
        for i in range(1, len(lines)):
            underline = _SETEXT_UNDERLINE.match(lines[i])
            above = lines[i - 1]
            if underline and above.strip() and not _NOT_A_HEADING.match(above) and (i == 1 or not lines[i - 2].strip()):
                lines[i - 1] = ("# " if underline[1][0] == "=" else "## ") + above.strip()
                lines[i] = ""
        return "\n".join(lines)

    return map_prose(text, rewrite) if _ANY_UNDERLINE.search(text) else text


_LIST_ITEM = re.compile(r"^[ ]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S")
_ANY_LIST_ITEM = re.compile(r"^(?:[ ]{0,3}>[ ]?)*" + _LIST_ITEM.pattern[1:], re.M)
_QUOTE_PREFIX = re.compile(r"^(?:[ ]{0,3}>[ ]?)*")
_OTHER_BLOCK = re.compile(r"^(?:[ ]{0,3}(?:#{1,6}(?:[ \t]|$)|\||<)|[ ]{4}|\t)")


def separate_lists(text: str) -> tuple[str, int]:
    """Put a blank line between a paragraph and a list that follows it on the next line.

    Editors write "… du travail ?" and "- Création …" on consecutive lines; Python-Markdown
    (like the original Markdown) then reads one run-on paragraph. Headings and block quotes
    need no such help: it finds them within a paragraph. Fenced code is left alone. Returns the
    text and the number of lists separated.
    """
    count = 0

    def separate(chunk: str) -> str:
        nonlocal count
        out, in_paragraph, in_item = [], False, False
        for line in chunk.split("\n"):
            prefix = _QUOTE_PREFIX.match(line).group()
            content = line[len(prefix) :]
            if _LIST_ITEM.match(content):
                if in_paragraph:
                    out.append(prefix.rstrip())
                    count += 1
                in_paragraph, in_item = False, True
            elif not content.strip() or _OTHER_BLOCK.match(content):
                in_paragraph = in_item = False
            else:  # a line of text: a paragraph's, or the lazy continuation of a list item
                in_paragraph = not in_item
            out.append(line)
        return "\n".join(out)

    if not _ANY_LIST_ITEM.search(text):
        return text, 0
    return map_prose(text, separate), count
