"""Settle the title: front matter first, then the body's own heading, then guesses."""

import html
import re
from pathlib import PurePath

from .fields import fold
from .structure import first_sentence, heading_like

_ATX = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_H1 = re.compile(r"^=+[ \t]*$")
MAX_TITLE_CHARS = 300
_PROSE = re.compile(r"^[ \t]*[\w«\"“'’*_\[]")


def settle_title(article, body: str, plain: bool, name: str, guesses: list[str]) -> str:
    """Set `article.title` if missing and return the body without a leading H1."""
    lines = body.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    leading = _leading_h1(lines, first)
    if article.title and _h1_count(lines) >= 2 and not (leading and fold(leading[0]) == fold(article.title)):
        return body  # `#` marks sections here (Pandoc style), not a title: demote_sections() follows
    if leading is not None:
        text, end = leading
        if not article.title:
            article.title = text
            guesses.append("titre tiré du premier intertitre")
        elif fold(text) != fold(article.title):
            article.metadata["body_title"] = text
            article.warnings.append("first heading differs from the title: kept in metadata body_title")
        else:
            article.warnings.append("first heading repeated the title: removed from the body")
        return "\n".join(lines[:first] + lines[end:])
    if article.title:
        return body
    if not plain and (heading := _first_heading(lines)):
        article.title = heading
        guesses.append("titre tiré du premier intertitre")
        return body
    if first < len(lines):
        line = clean_inline(lines[first])
        short = heading_like(line) and (plain or first + 1 >= len(lines) or not lines[first + 1].strip())
        if short and not line.startswith(("-", "*", "<", "!", "|", ">")):
            article.title = line
            guesses.append("titre deviné d'après la première ligne courte")
            return "\n".join(lines[first + 1 :])
        prose = next((lines[i] for i in range(first, len(lines)) if _PROSE.match(lines[i])), "")
        if sentence := first_sentence(clean_inline(prose)):
            article.title = sentence
            guesses.append("titre deviné d'après la première phrase")
            return body
    article.title = _title_from_name(name)
    guesses.append("titre tiré du nom du fichier")
    return body


def demote_sections(body: str, warnings: list[str]) -> str:
    """Move every heading one level down when the body still has `#` ones: the title is the page's H1."""
    lines = body.split("\n")
    if not _h1_count(lines):
        return body
    fence = False
    for i, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        elif not fence and (match := _ATX.match(line)) and len(match[1]) < 6:
            lines[i] = "#" + line.lstrip(" ")
    warnings.append("the body uses # headings for its sections: each heading moved one level down")
    return "\n".join(lines)


def _h1_count(lines: list[str]) -> int:
    if not any(line.startswith(("# ", " # ", "#\t")) for line in lines):
        return 0
    fence, count = False, 0
    for line in lines:
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        elif not fence and (match := _ATX.match(line)) and len(match[1]) == 1:
            count += 1
    return count


def _leading_h1(lines: list[str], first: int):
    if first >= len(lines):
        return None
    match = _ATX.match(lines[first])
    if match and len(match[1]) == 1:
        return clean_inline(match[2]), first + 1
    if first + 1 < len(lines) and _SETEXT_H1.match(lines[first + 1]) and lines[first].strip():
        return clean_inline(lines[first]), first + 2
    return None


def _first_heading(lines: list[str]) -> str:
    fence = False
    for line in lines:  # setext headings were rewritten as `#` ones before this
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        elif not fence and (match := _ATX.match(line)):
            return clean_inline(match[2])
    return ""


def clean_inline(text: str) -> str:
    """Return heading text without markdown emphasis, code, links or HTML tags."""
    text = text[:1000]
    text = re.sub(r"!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)", r"\1", text)
    text = re.sub(r"<[^<>\n]{1,300}>", "", text)
    text = re.sub(r"`([^`]{1,300})`", r"\1", text)
    text = re.sub(r"(\*\*|\*)(?=\S)(.{1,300}?)(?<=\S)\1", r"\2", text)
    # Underscores emphasise only at word edges: `snake_case_name` is left whole.
    text = re.sub(r"(?<!\w)(__|_)(?=\S)(.{1,300}?)(?<=\S)\1(?!\w)", r"\2", text)
    return re.sub(r"\s+", " ", text).strip()


def unescape(text: str) -> str:
    """Decode HTML entities (`&rsquo;`, `&amp;`) written in a front-matter value."""
    return html.unescape(text) if "&" in text else text


def tidy_title(text: str) -> str:
    """Return a title as plain text: entities decoded, markdown and HTML removed."""
    text = unescape(text)
    return clean_inline(text) if re.search(r"[*_`<\[]", text) else text


def cap_title(article) -> None:
    """Shorten a title over MAX_TITLE_CHARS at a word, keeping the full one in metadata."""
    if len(article.title) <= MAX_TITLE_CHARS:
        return
    article.metadata["full_title"] = article.title
    article.title = article.title[: MAX_TITLE_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    article.warnings.append(
        f"title longer than {MAX_TITLE_CHARS} characters: shortened (full title in metadata full_title)"
    )


def _title_from_name(name: str) -> str:
    stem = PurePath(name or "article").stem
    stem = re.sub(r"^\d{4}-\d{2}-\d{2}[-_]|^\d+[-_]", "", stem)
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else "Article"
