"""Markdown → sanitised HTML and a table of contents. Pure: no ORM, no request.

The one renderer of the project: the public pages, the admin preview and the importer all
call `render_markdown`, and its result is stored on the article, never computed per request.
"""

import math
import re
import threading
from dataclasses import dataclass, field

import markdown
import nh3

from articles.documents import slugify_title

ALLOWED_TAGS = {
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "blockquote",
    "div",
    "span",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "a",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "del",
    "ins",
    "mark",
    "sub",
    "sup",
    "small",
    "abbr",
    "code",
    "pre",
    "kbd",
    "samp",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
    "img",
    "figure",
    "figcaption",
}
ALLOWED_ATTRIBUTES = {
    **{f"h{level}": {"id"} for level in range(1, 7)},
    "a": {"href", "title", "id"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "ol": {"start"},
    "li": {"id"},
    "sup": {"id"},
}
ALLOWED_CLASSES = {
    "a": {"headerlink", "footnote-ref", "footnote-backref"},
    "div": {"footnote"},
    "code": {
        f"language-{lang}"
        for lang in (
            "python",
            "js",
            "javascript",
            "json",
            "bash",
            "shell",
            "html",
            "css",
            "yaml",
            "toml",
            "sql",
            "text",
        )
    },
}
URL_SCHEMES = {"http", "https", "mailto"}
WORDS_PER_MINUTE = 220
_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^>]+>")


@dataclass
class RenderedBody:
    html: str
    toc: list[dict] = field(default_factory=list)  # [{"level": 2, "id": "...", "name": "..."}]
    reading_time: int = 1


def _heading_slug(value, separator="-"):
    return slugify_title(_TAG.sub("", value)) or "section"


def _flatten_toc(tokens):
    for token in tokens:
        yield {"level": token["level"], "id": token["id"], "name": token["name"]}
        yield from _flatten_toc(token["children"])


def sanitize_html(html: str) -> str:
    """Keep only the allow-listed markup: no script, style, event handler, iframe or unsafe URL."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


_converters = threading.local()


def _converter() -> markdown.Markdown:
    """This thread's Markdown converter: building one loads every extension, so it is reused."""
    md = getattr(_converters, "markdown", None)
    if md is None:
        md = _converters.markdown = markdown.Markdown(
            extensions=["extra", "sane_lists", "toc"],
            extension_configs={
                "toc": {"slugify": _heading_slug, "permalink": "#", "permalink_title": "Lien vers cette section"},
                "footnotes": {"BACKLINK_TITLE": "Retour au texte"},
            },
            output_format="html",
        )
    return md.reset()


def render_markdown(text: str) -> RenderedBody:
    md = _converter()
    html = sanitize_html(md.convert(text or ""))
    words = len(_WORD.findall(text or ""))
    return RenderedBody(
        html=html,
        toc=list(_flatten_toc(md.toc_tokens)),
        reading_time=max(1, math.ceil(words / WORDS_PER_MINUTE)),
    )
