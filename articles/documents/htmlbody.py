"""Turn a body written in HTML into markdown, so its headings reach the table of contents.

The renderer passes raw HTML blocks through untouched (then sanitises them), so an
`<h2>` left in HTML never becomes a section. A body that is mostly HTML is rewritten:
headings, paragraphs, lists, quotes, emphasis, links, images and code become
markdown; tables stay HTML (the allow-list keeps them); other tags keep only their text.
Markdown lines outside any HTML element are kept as they are.
"""

import re
from html.parser import HTMLParser

from .blocks import segments

_BLOCK_START = re.compile(
    r"^[ \t]*<(?:p|h[1-6]|ul|ol|li|div|section|article|blockquote|table|figure|pre|header|main)\b", re.I
)
_BLOCK_STARTS = re.compile(_BLOCK_START.pattern, re.I | re.M)
MAX_LIST_DEPTH = 5
_ENTITY_LIKE = re.compile(r"&(?=#?\w{1,30};)")
_TABLE = re.compile(r"<table\b", re.I)
_TABLE_END = re.compile(r"</table\s*>", re.I)
_PARAGRAPHS = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "figure",
    "figcaption",
    "dl",
    "dd",
    "dt",
    "details",
    "summary",
    "nav",
    "center",
}
_INLINE = {"strong": "**", "b": "**", "em": "*", "i": "*", "code": "`", "del": "~~", "s": "~~"}


def is_mostly_html(body: str) -> bool:
    """Tell a body written in HTML from markdown with a few HTML elements in it."""
    if len(_BLOCK_STARTS.findall(body)) < 2:
        return False  # the common case, decided without walking the code blocks
    lines = [line for is_code, chunk in segments(body) if not is_code for line in chunk.split("\n") if line.strip()]
    starts = sum(1 for line in lines if _BLOCK_START.match(line))
    return starts >= 2 and starts * 2 >= len(lines)


def html_to_markdown(body: str, warnings: list[str]) -> str:
    """Return the markdown equivalent of an HTML body (fenced code is left alone)."""
    pieces = []
    for is_code, chunk in segments(body):
        pieces.append(chunk if is_code else _convert(chunk))
    warnings.append("HTML body converted to markdown")
    return "\n".join(pieces)


def _convert(chunk: str) -> str:
    tables: list[str] = []
    out, pos = [], 0
    while start := _TABLE.search(chunk, pos):  # tables are kept whole, as sanitisable HTML
        end = _TABLE_END.search(chunk, start.end())
        if end is None:
            break
        out.append(chunk[pos : start.start()])
        tables.append(chunk[start.start() : end.end()])
        out.append(f"<x-table>{len(tables) - 1}</x-table>")
        pos = end.end()
    out.append(chunk[pos:])
    converter = _Converter()
    converter.feed("".join(out))
    converter.close()
    text = re.sub(r"[ \t]+\n", "\n", converter.result())
    return re.sub(r"\x02(\d+)\x02", lambda m: f"\n\n{tables[int(m[1])]}\n\n", text)


class _Converter(HTMLParser):
    """Write markdown while walking the HTML; a stack of buffers handles quotes and links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buffers: list[list[str]] = [[]]
        self.depth = 0  # open block elements: outside them, text is markdown kept verbatim
        self.lists: list[str] = []
        self.pre = False
        self.links: list[str] = []
        self.table = False

    def result(self) -> str:
        """Return the markdown; the text of elements never closed is kept, not lost."""
        while len(self.buffers) > 1:
            inner = "".join(self.buffers.pop())
            self.buffers[-1].append(inner)
        return "".join(self.buffers[0])

    def _write(self, text: str) -> None:
        self.buffers[-1].append(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "x-table":
            self.table = True
        elif re.fullmatch(r"h[1-6]", tag):
            self.depth += 1
            self._write(f"\n\n{'#' * int(tag[1])} ")
        elif tag in _PARAGRAPHS or tag in ("ul", "ol", "blockquote", "pre"):
            self.depth += 1
            self._open_block(tag)
        elif tag == "li":
            marker = "1." if self.lists and self.lists[-1] == "ol" else "-"
            depth = min(max(len(self.lists) - 1, 0), MAX_LIST_DEPTH)  # bounded: hostile nesting
            self._write("\n" + "    " * depth + f"{marker} ")
        elif tag in _INLINE and not self.pre:
            self._write(_INLINE[tag])
        elif tag == "a":
            self.links.append(attrs.get("href") or "")
            self.buffers.append([])
        elif tag == "img":
            self._write(f"![{attrs.get('alt') or ''}]({attrs.get('src') or ''})")
        elif tag == "br":
            self._write("\n")
        elif tag == "hr":
            self._write("\n\n* * *\n\n")

    def _open_block(self, tag: str) -> None:
        if tag in ("ul", "ol"):
            self.lists.append(tag)
            if len(self.lists) == 1:
                self._write("\n\n")
        elif tag == "blockquote":
            self.buffers.append([])
        elif tag == "pre":
            self.pre = True
            self._write("\n\n```\n")
        elif not self.lists:
            self._write("\n\n")

    def handle_endtag(self, tag):
        if tag == "x-table":
            self.table = False
        elif re.fullmatch(r"h[1-6]", tag) or tag in _PARAGRAPHS:
            self.depth = max(self.depth - 1, 0)
            self._write("\n\n" if not self.lists else "")
        elif tag in ("ul", "ol") and self.lists:
            self.depth = max(self.depth - 1, 0)
            self.lists.pop()
            self._write("\n\n" if not self.lists else "")
        elif tag == "blockquote" and len(self.buffers) > 1 + len(self.links):
            self.depth = max(self.depth - 1, 0)
            inner = re.sub(r"\n{3,}", "\n\n", "".join(self.buffers.pop())).strip("\n")
            self._write("\n\n" + "\n".join(f"> {line}".rstrip() for line in inner.split("\n")) + "\n\n")
        elif tag == "pre" and self.pre:
            self.depth = max(self.depth - 1, 0)
            self.pre = False
            self._write("\n```\n\n")
        elif tag in _INLINE and not self.pre:
            self._write(_INLINE[tag])
        elif tag == "a" and self.links:
            text = "".join(self.buffers.pop()).strip()
            href = self.links.pop()
            self._write(f"[{text}]({href})" if href and text else text)

    def handle_data(self, data):
        if self.table:
            self._write(f"\x02{data.strip()}\x02")
        elif self.pre:
            self._write(data.strip("\n") if data.strip() else data)
        elif self.depth or self.links:
            # Decoded entities must not turn into markup again: `&lt;b&gt;` stays text.
            text = _ENTITY_LIKE.sub("&amp;", re.sub(r"\s+", " ", data)).replace("<", "&lt;")
            last = self.buffers[-1][-1] if self.buffers[-1] else "\n"
            self._write(text.lstrip() if last.endswith((" ", "\n")) else text)
        else:
            self._write(data)
