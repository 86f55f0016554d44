"""Read the unfenced `Key: value` header of Pelican, MultiMarkdown and Python-Markdown `meta`.

    Title: Mon article
    Date: 2024-03-01 10:20
    Tags: ia, marketing

    Le texte commence ici.

The header is the first block of the file, ended by a blank line. It is taken as
metadata only when it really is one: every line is `Key: value` (or an indented
continuation), every key is a documented key of these tools, and a lone line is read
as a header only when it gives the title, so "Attention: ..." stays prose.
"""

import re

from .fields import fold

_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_ -]{0,30}?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_CONTINUATION = re.compile(r"^(?: {4}|\t| {2,}(?=\S))(.*?)[ \t]*$")
# Keys of Pelican, MultiMarkdown and Python-Markdown `meta` (folded, plus French ones).
HEADER_KEYS = {
    "title",
    "titre",
    "subtitle",
    "date",
    "modified",
    "updated",
    "author",
    "authors",
    "auteur",
    "auteurs",
    "tags",
    "keywords",
    "category",
    "categories",
    "slug",
    "summary",
    "description",
    "abstract",
    "status",
    "lang",
    "language",
    "translation",
    "save_as",
    "url",
    "template",
    "series",
    "image",
    "cover",
    "css",
    "base_url",
    "base_header_level",
    "copyright",
    "affiliation",
    "email",
    "web",
    "format",
    "comment",
    "draft",
}
_HEADER_KEYS = {fold(key) for key in HEADER_KEYS}
_PROSE_KEYS = {fold(key) for key in ("titre", "auteur", "auteurs")}  # Title-like in French
_JOINED = {"title", "titre", "subtitle", "summary", "description", "abstract"}
MAX_HEADER_LINES = 60


def split_header(text: str) -> tuple[dict, str] | None:
    """Return (metadata, body) if `text` opens with a key-value header, else None."""
    lines = text.split("\n", MAX_HEADER_LINES + 1)
    data: dict[str, list[str]] = {}
    key = None
    for index, line in enumerate(lines[: MAX_HEADER_LINES + 1]):
        if not line.strip():
            return _accepted(data, "\n".join(lines[index + 1 :]))
        if key and (more := _CONTINUATION.match(line)):
            data[key].append(more[1])
            continue
        match = _LINE.match(line)
        if not match or fold(match[1]) not in _HEADER_KEYS:
            return None
        key = match[1].strip()
        data.setdefault(key, []).append(match[2] or "")
    if len(lines) <= MAX_HEADER_LINES:  # the whole file is a header
        return _accepted(data, "")
    return None


def _accepted(data: dict[str, list[str]], body: str) -> tuple[dict, str] | None:
    folded = {fold(key) for key in data}
    if not data or (len(data) == 1 and not folded & ({"title"} | _PROSE_KEYS)):
        return None
    return {key: _value(key, parts) for key, parts in data.items()}, body


def _value(key: str, parts: list[str]):
    """One line gives a string; continuation lines give a list (a title is joined back)."""
    parts = [part.strip() for part in parts if part.strip()]
    if len(parts) <= 1:
        return parts[0] if parts else ""
    return " ".join(parts) if fold(key) in {fold(k) for k in _JOINED} else parts
