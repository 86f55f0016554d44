"""An article's HTML with each figure a reader may see marked and linked to the panel. Pure."""

import html
import re

from articles.typography import tolerant_pattern

# A tag, its quoted attribute values allowed to hold ">".
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")
_LINK_OPENING = re.compile(r"<a[\s>]", re.IGNORECASE)
_OWN_MARK = re.compile(r'<mark id="chiffre-\d+" class="chiffre"><a href="#stat-\d+">(.*?)</a></mark>', re.DOTALL)
_OWN_MARK_OPENING = re.compile(r'<mark id="chiffre-(\d+)" class="chiffre"><a href="#stat-\1">')


def highlight_figures(body_html, figures):
    """Return `body_html` with the first occurrence of each figure's text marked and linked.

    `figures` are (pk, text) pairs in document order. Text is only matched outside tags and
    outside links (a link may not hold another); marks from an earlier run are removed first,
    so the result depends only on the figures given. Pure.
    """
    tokens = _tokens(_OWN_MARK.sub(r"\1", body_html))
    cursor = 0
    for pk, text in figures:
        # The body is in French typography ("12 %" is "12\u00a0%" there), the figure's text as written.
        pattern = re.compile(tolerant_pattern(text))
        found = _find(tokens, pattern, cursor) or _find(tokens, pattern, 0)
        if found is None:
            continue
        index, match = found
        plain = tokens[index][1]
        mark = f"{_mark_opening(pk)}{html.escape(match.group(), quote=False)}</a></mark>"
        tokens[index : index + 1] = [
            ("text", plain[: match.start()]),
            ("markup", mark),
            ("text", plain[match.end() :]),
        ]
        cursor = index + 2
    return "".join(html.escape(value, quote=False) if kind == "text" else value for kind, value in tokens)


def numbered_marks(highlighted_html, pks):
    """`highlighted_html`, marked by `highlight_figures` with each figure's index in `pks` for
    its pk, marked with the pks themselves: an import worker marks a body before its figures
    have rows, the writer numbers the marks once they have. Pure."""
    return _OWN_MARK_OPENING.sub(lambda match: _mark_opening(pks[int(match[1])]), highlighted_html)


def _mark_opening(pk):
    """A figure's mark in the body, linked to its entry in the panel (what `_OWN_MARK` reads back)."""
    return f'<mark id="chiffre-{pk}" class="chiffre"><a href="#stat-{pk}">'


def highlight_in_sentence(sentence, text):
    """`sentence` (plain text) escaped, with the first occurrence of the figure's `text` in a
    <mark>, found as `highlight_figures` finds it in a body (typeset or not). Pure."""
    match = re.search(tolerant_pattern(text), sentence) if text.strip() else None
    if match is None:
        return html.escape(sentence, quote=False)
    return (
        f"{html.escape(sentence[: match.start()], quote=False)}<mark>{html.escape(match.group(), quote=False)}</mark>"
        f"{html.escape(sentence[match.end() :], quote=False)}"
    )


def _tokens(body_html):
    """Split HTML into ("markup", tag) and ("text", unescaped text) tokens; text in links is markup."""
    tokens, position, link_depth = [], 0, 0
    for tag in _TAG.finditer(body_html):
        text = body_html[position : tag.start()]
        if text:
            tokens.append(("markup", text) if link_depth else ("text", html.unescape(text)))
        markup = tag.group()
        if _LINK_OPENING.match(markup):
            link_depth += 1
        elif link_depth and markup[:3].lower() == "</a":
            link_depth -= 1
        tokens.append(("markup", markup))
        position = tag.end()
    if position < len(body_html):
        tail = body_html[position:]
        tokens.append(("markup", tail) if link_depth else ("text", html.unescape(tail)))
    return tokens


def _find(tokens, pattern, start):
    for index in range(start, len(tokens)):
        kind, value = tokens[index]
        if kind == "text":
            match = pattern.search(value)
            if match:
                return index, match
    return None
