"""Markdown → sanitised HTML, in French typography, and a table of contents. Pure: no ORM, no request.

The one renderer of the project: the public pages, the admin preview and the importer all
call `render_markdown`, and its result is stored on the article, never computed per request.

Bodies are untrusted. Python-Markdown recurses once per level of nesting and the HTML
sanitiser slows down with the depth of the tree, so nesting is bounded before either runs
(`check_markdown`, `_check_html_depth`); a body beyond the bounds raises DocumentError with
a French reason. Link text is matched in linear time (`_BracketMatcher`).

An image of the media library is written `![texte alternatif](media:12)`; the caller gives the
`Picture` of each image the body names, and the renderer writes, after sanitising, a
`<picture>` of its WebP and JPEG renditions (`srcset`, `sizes`, `loading="lazy"`, its size).
Only the `media:` address of an `<img>` passes the sanitiser; what it becomes is built here
from the library's stored names, never from the body, so no body can write `srcset` itself.
"""

import html as html_module
import math
import re
import threading
from dataclasses import dataclass, field

import markdown
import nh3

from articles.documents import DocumentError, slugify_title
from articles.documents.blocks import separate_lists
from articles.markdown_triggers import skip_what_cannot_match
from articles.typography import french_html

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
URL_SCHEMES = {"http", "https", "mailto", "media"}  # media: a library image's address, on <img> only
MEDIA_SCHEME = "media:"
# The body's column: 42rem on a wide screen, the screen less its margins on a phone.
BODY_IMAGE_SIZES = "(min-width: 45rem) 42rem, calc(100vw - 2.5rem)"
WORDS_PER_MINUTE = 220
MAX_MARKDOWN_NESTING = 50  # lists and quotes; real articles rarely pass 6
MAX_EMPHASIS_RUN = 200  # `*` or `_` in a row; Python-Markdown recurses on long runs
MAX_HTML_DEPTH = 500  # open elements; the sanitiser's cost grows with the depth
_WORD = re.compile(r"\w+")
_FENCE = re.compile(r"[ ]{0,3}(?:```|~~~)")
_CONTAINERS = re.compile(r"[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t])|>)(?:[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t])|>))*")
_MARKER = re.compile(r"[-*+>]|\d{1,9}[.)]")
# One `*` or `_`, then the rest of the run: starting with the character, the search skips to it.
_LONG_RUN = re.compile(rf"\*\*{{{MAX_EMPHASIS_RUN},}}|__{{{MAX_EMPHASIS_RUN},}}")
_HTML_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(/?)>")
_VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "wbr"}
_TAG = re.compile(r"<[^>]+>")
_MEDIA_IMG = re.compile(r'<img\b[^>]*\bsrc="\s*media:([^"]*)"[^>]*>', re.IGNORECASE)
_ATTRIBUTE = re.compile(r'\b(alt|title)="([^"]*)"')


@dataclass(frozen=True)
class Picture:
    """What the renderer needs of a library image: its renditions' addresses by type."""

    alt: str
    width: int
    height: int
    srcsets: dict  # {"image/webp": "… 480w, … 960w", "image/jpeg": …}, narrowest first
    fallback: str  # the widest JPEG, for browsers without srcset


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


def _media_only_on_images(element, attribute, value):
    """nh3's attribute filter: a `media:` address is kept as an image's source, nowhere else."""
    if value.lower().lstrip().startswith(MEDIA_SCHEME) and (element, attribute) != ("img", "src"):
        return None
    return value


def sanitize_html(html: str) -> str:
    """Keep only the allow-listed markup: no script, style, event handler, iframe or unsafe URL."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_media_only_on_images,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def check_markdown(text: str) -> None:
    """Raise DocumentError when `text` nests deeper than the renderer can safely follow."""
    if run := _LONG_RUN.search(text):
        raise DocumentError(
            f"suite de {len(run[0])} « {run[0][0]} » d'affilée : au plus {MAX_EMPHASIS_RUN} pour la mise en forme"
        )
    fenced = False
    for number, line in enumerate(text.split("\n"), 1):
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or not (containers := _CONTAINERS.match(line)) or not containers[0].strip():
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        depth = len(_MARKER.findall(containers[0])) + line[:indent].expandtabs(4).count(" ") // 4
        if depth > MAX_MARKDOWN_NESTING:
            raise DocumentError(
                f"ligne {number} : listes ou citations imbriquées sur {depth} niveaux (au plus {MAX_MARKDOWN_NESTING})"
            )


def _check_html_depth(html: str) -> None:
    """Raise DocumentError when the HTML opens more nested elements than the sanitiser should walk."""
    depth = 0
    for closing, name, self_closing in _HTML_TAG.findall(html):
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing and name.lower() not in _VOID_ELEMENTS:
            depth += 1
            if depth > MAX_HTML_DEPTH:
                raise DocumentError(f"HTML imbriqué sur plus de {MAX_HTML_DEPTH} niveaux")


class _BracketMatcher:
    """`LinkInlineProcessor.getText` in linear time: Python-Markdown scans to the end of the
    paragraph from every `[` it meets, quadratic in unclosed brackets (16 kB of `[` took 51 s).
    Here the closing bracket of every `[` is found in one pass per paragraph text."""

    def __init__(self):
        self._data = None
        self._closing = {}

    def get_text(self, data: str, index: int) -> tuple[str, int, bool]:
        """The text between the `[` just before `index` and its `]`, the index after it, and
        whether it was closed: what Python-Markdown's own `getText` answers."""
        if data is not self._data:
            self._data, self._closing = data, _closing_brackets(data)
        close = self._closing.get(index - 1) if data[index - 1 : index] == "[" else _scan_closing(data, index)
        if close is None:
            return data[index:], len(data), False
        return data[index:close], close + 1, True


def _closing_brackets(data: str) -> dict[int, int]:
    """Position of each `[` → position of its matching `]` (unmatched ones are absent)."""
    closing, opened = {}, []
    for match in re.finditer(r"[\[\]]", data):
        if match[0] == "[":
            opened.append(match.start())
        elif opened:
            closing[opened.pop()] = match.start()
    return closing


def _scan_closing(data: str, index: int) -> int | None:
    depth = 1
    for match in re.compile(r"[\[\]]").finditer(data, index):
        depth += 1 if match[0] == "[" else -1
        if depth == 0:
            return match.start()
    return None


_converters = threading.local()


def markdown_converter(*, skipping=True) -> markdown.Markdown:
    """A Markdown converter of the project's extensions; `skipping`, it tries its patterns and
    block processors only on the texts that can match them (`articles.markdown_triggers`)."""
    md = markdown.Markdown(
        extensions=["extra", "sane_lists", "toc"],
        extension_configs={
            "toc": {"slugify": _heading_slug, "permalink": "#", "permalink_title": "Lien vers cette section"},
            "footnotes": {"BACKLINK_TITLE": "Retour au texte"},
        },
        output_format="html",
    )
    matcher = _BracketMatcher()
    for processor in md.inlinePatterns:
        if isinstance(processor, markdown.inlinepatterns.LinkInlineProcessor):
            processor.getText = matcher.get_text
    if skipping:
        skip_what_cannot_match(md)
    return md


def _converter() -> markdown.Markdown:
    """This thread's Markdown converter: building one loads every extension, so it is reused."""
    md = getattr(_converters, "markdown", None)
    if md is None:
        md = _converters.markdown = markdown_converter()
    return md.reset()


def _scrolling_tables(html: str) -> str:
    """Each table in a box that scrolls sideways (focusable, so a keyboard scrolls it too): a
    wide table must not make a phone's page wider than its screen."""
    return html.replace("<table>", '<div class="table-scroll" tabindex="0"><table>').replace(
        "</table>", "</table></div>"
    )


def _pictures(html: str, images) -> str:
    """Each sanitised `<img src="media:ID">` as the `<picture>` of that library image; an image
    the library does not hold (deleted, or a typo) is left out."""

    def picture(match):
        image = images.get(int(match[1])) if match[1].isdigit() else None
        if image is None:
            return ""
        written = dict(_ATTRIBUTE.findall(match[0]))  # already escaped by the sanitiser
        alt = written.get("alt") or html_module.escape(image.alt)
        title = f' title="{written["title"]}"' if written.get("title") else ""
        escape = html_module.escape
        sources = "".join(
            f'<source type="{kind}" srcset="{escape(srcset)}" sizes="{BODY_IMAGE_SIZES}">'
            for kind, srcset in image.srcsets.items()
            if kind != "image/jpeg"
        )
        jpeg = image.srcsets.get("image/jpeg", "")
        responsive = f' srcset="{escape(jpeg)}" sizes="{BODY_IMAGE_SIZES}"' if jpeg else ""
        return (
            f'<picture class="body-image">{sources}<img src="{escape(image.fallback)}"{responsive} '
            f'width="{int(image.width)}" height="{int(image.height)}" alt="{alt}"{title} '
            'loading="lazy" decoding="async"></picture>'
        )

    return _MEDIA_IMG.sub(picture, html)


def render_markdown(text: str, images=None) -> RenderedBody:
    """Render `text`; raise DocumentError (a French reason) when it nests beyond the bounds.

    `images` maps the id of each library image the body names to its `Picture`."""
    text = text or ""
    check_markdown(text)
    md = _converter()
    # Editors start lists right under a paragraph line; Python-Markdown needs a blank line there.
    markdown_text, _ = separate_lists(text)
    try:
        html = md.convert(markdown_text)
    except RecursionError:
        raise DocumentError("mise en forme imbriquée trop profondément pour être affichée") from None
    _check_html_depth(html)
    html = _pictures(_scrolling_tables(french_html(sanitize_html(html))), images or {})
    words = len(_WORD.findall(text))
    return RenderedBody(
        html=html,
        toc=list(_flatten_toc(md.toc_tokens)),
        reading_time=max(1, math.ceil(words / WORDS_PER_MINUTE)),
    )
