"""Recover structure from text written without any markup (one paragraph per line).

A short stand-alone line without final punctuation is what a reader takes for a
section title; a lone "- " line between paragraphs is a numbered-looking top-level
section, so the other recovered titles sit one level below it.
"""

import re

MAX_HEADING_CHARS = 100
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*•–]|\d{1,3}[.)])[ \t]+(.*)$")
_MARKDOWN_SIGNS = re.compile(r"^(?:#{1,6}[ \t]|[ \t]*(?:`{3}|~{3})|[=-]{3,}[ \t]*$)|\]\(", re.M)
_SENTENCE_END = re.compile(r"[.!?…](?:[\s»\"”)]|$)")


def is_plain_text(body: str) -> bool:
    """Tell text written without markup from markdown (headings, fences, links...)."""
    if _MARKDOWN_SIGNS.search(body):
        return False
    lines = [line for line in body.split("\n") if line.strip()]
    return bool(lines) and max(len(line) for line in lines) > 150


def heading_like(text: str) -> bool:
    """A short line, starting with a capital, that does not end like a sentence."""
    text = text.strip()
    if not text or len(text) > MAX_HEADING_CHARS or text[-1] in ".:;,!…":
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "«\"“'’"):
        return False
    inner = text[:-1] if text.endswith("?") else text
    return not _SENTENCE_END.search(inner)


def first_sentence(text: str, limit: int = 90) -> str:
    """Return the first sentence of a paragraph, shortened at a word if too long."""
    text = re.sub(r"\s+", " ", text).strip()
    match = _SENTENCE_END.search(text)
    sentence = text[: match.start() + 1] if match else text
    sentence = sentence.rstrip(".").strip()
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return sentence


def recover_structure(body: str, guesses: list[str]) -> str:
    """Return markdown: one paragraph per line, headings recovered, lists kept together."""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    kinds = [_kind(lines, i) for i in range(len(lines))]
    sections = kinds.count("section")
    level = "###" if sections else "##"
    out: list[str] = []
    for line, kind in zip(lines, kinds, strict=True):
        if kind == "list":
            line = re.sub(r"^[•–*][ \t]+", "- ", line)
            if out and _LIST_ITEM.match(out[-1]):
                out.append(line)
                continue
        if out:
            out.append("")
        if kind == "section":
            out.append("## " + _LIST_ITEM.match(line)[1].strip())
        elif kind == "heading":
            out.append(f"{level} {line}")
        else:
            out.append(line)
    headings = kinds.count("heading") + sections
    guesses.append("texte brut : chaque ligne lue comme un paragraphe")
    if headings:
        guesses.append(
            f"{headings} intertitre{'s' if headings > 1 else ''} retrouvé{'s' if headings > 1 else ''} dans le texte brut"
        )
    if sections:
        guesses.append(
            f"{sections} élément{'s' if sections > 1 else ''} de liste isolé{'s' if sections > 1 else ''} lu{'s' if sections > 1 else ''} comme section{'s' if sections > 1 else ''}"
        )
    return "\n".join(out) + "\n"


def _kind(lines: list[str], i: int) -> str:
    line = lines[i]
    if item := _LIST_ITEM.match(line):
        prev_list = i > 0 and _LIST_ITEM.match(lines[i - 1])
        next_list = i + 1 < len(lines) and _LIST_ITEM.match(lines[i + 1])
        lone = not prev_list and not next_list and i + 1 < len(lines)
        return "section" if lone and heading_like(item[1]) else "list"
    if i + 1 >= len(lines) or not heading_like(line):
        return "paragraph"
    neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    if any(heading_like(n) and not _LIST_ITEM.match(n) for n in neighbours):
        return "paragraph"
    return "heading"
