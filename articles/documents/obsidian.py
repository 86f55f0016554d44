"""Read Obsidian notes: wiki links, `%%comments%%`, callouts and lines of #tags.

A line holding only hashtags (`#ia #marketing`) gives tags; a lone capitalised
`#Titre` is left alone, as markdown renderers take it for a heading.

Wiki links name other notes of a vault, which the site cannot resolve to URLs:
they become their plain text, and the notes they named are kept in metadata
(`wiki_links`) for an editor who wants to link them.
"""

import re

from .blocks import map_prose

_WIKI_LINK = re.compile(r"(!?)\[\[([^\[\]\n|]{1,300})(?:\|([^\[\]\n]{0,300}))?\]\]")
_CALLOUT = re.compile(r"^((?:>[ \t]?)+)\[!([\w-]{1,30})\][+-]?[ \t]*(.*)$", re.M)
_TAG_LINE = re.compile(r"^[ \t]*#[^\s#\d][^\s#]*(?:[ \t]+#[^\s#\d][^\s#]*)*[ \t]*$", re.M)
_CALLOUT_TITLES = {
    "note": "Note",
    "tip": "Astuce",
    "hint": "Astuce",
    "warning": "Attention",
    "caution": "Prudence",
    "danger": "Danger",
    "important": "Important",
    "info": "Info",
    "example": "Exemple",
    "question": "Question",
    "quote": "Citation",
    "abstract": "Résumé",
    "summary": "Résumé",
    "todo": "À faire",
    "success": "Réussite",
    "failure": "Échec",
    "bug": "Bogue",
}
_IMAGE = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|avif)$", re.I)


def read_note_markup(text: str, warnings: list[str]) -> tuple[str, list[str], list[str]]:
    """Return (text, tags from #tag lines, notes named by wiki links)."""
    if "%%" not in text and "[[" not in text and "[!" not in text and not _TAG_LINE.search(text):
        return text, [], []
    tags: list[str] = []
    targets: list[str] = []
    embeds: list[str] = []

    def clean(chunk: str) -> str:
        chunk = _drop_comments(chunk)
        chunk = _CALLOUT.sub(_callout, chunk)
        chunk = _WIKI_LINK.sub(lambda m: _wiki_link(m, targets, embeds), chunk)
        return _TAG_LINE.sub(lambda m: _tag_line(m, tags), chunk)

    text = map_prose(text, clean, protect_code_spans=True)
    if tags:
        warnings.append("tag lines moved to the tags: " + " ".join(f"#{tag}" for tag in tags))
    if embeds:
        warnings.append("embedded notes dropped: " + ", ".join(embeds[:8]))
    return text, tags, list(dict.fromkeys(targets))


def _drop_comments(chunk: str) -> str:
    """Remove `%%...%%` (found with str.find: an unclosed marker must not go quadratic)."""
    out, pos = [], 0
    while (start := chunk.find("%%", pos)) != -1:
        end = chunk.find("%%", start + 2)
        if end == -1:
            break
        before = chunk[pos:start]
        out.append(before.rstrip(" ") if chunk[end + 2 : end + 3] == " " else before)
        pos = end + 2
    out.append(chunk[pos:])
    return "".join(out)


def _callout(match) -> str:
    """`> [!tip] Titre` -> a bold title line, then an empty quote line so the text stays apart."""
    kind = match[2].lower()
    title = match[3].strip() or _CALLOUT_TITLES.get(kind, kind.capitalize())
    return f"{match[1]}**{title}**\n{match[1].rstrip()}"


def _wiki_link(match, targets: list[str], embeds: list[str]) -> str:
    target = match[2].strip()
    note = re.split(r"[#^]", target, maxsplit=1)[0].strip()
    if match[1]:
        if _IMAGE.search(note):
            return f"![{(match[3] or '').strip()}]({note.replace(' ', '%20')})"
        embeds.append(note)
        return ""
    if note:
        targets.append(note)
    text = (match[3] or "").strip() or note or target.lstrip("#^")
    return text


def _tag_line(match, tags: list[str]) -> str:
    """Take `#ia #marketing` as tags; a lone `#Titre` is a heading missing its space: keep it."""
    words = match[0].split()
    if len(words) == 1 and words[0] != words[0].lower():
        return match[0]
    tags.extend(word.lstrip("#") for word in words)
    return ""
