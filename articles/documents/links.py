"""Read related-content lists and classify each link as article, book or external."""

import re
from urllib.parse import urlsplit

from .data import LinkData

_ARTICLE_PATH = re.compile(r"^(?:\.{0,2}/)*articles/([^/?#]+)/?$")
_BOOK_PATH = re.compile(r"^(?:\.{0,2}/)*books/([^/?#]+)/?$")
_BARE_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_URL_KEYS = ("url", "href", "link", "path", "permalink", "slug", "to")
_TITLE_KEYS = ("title", "anchor", "text", "name", "label")


def read_links(value) -> list[LinkData] | None:
    """Return the links of a related-content value, or None if it holds no links."""
    items = value if isinstance(value, list) else [value]
    links = []
    for item in items:
        if isinstance(item, str) and item.strip():
            links.append(classify(item.strip()))
        elif isinstance(item, dict):
            url = next((str(item[k]).strip() for k in _URL_KEYS if item.get(k)), "")
            title = next((str(item[k]).strip() for k in _TITLE_KEYS if item.get(k)), "")
            if url or title:
                links.append(classify(url, title, str(item.get("type") or item.get("kind") or "")))
        else:
            return None
    return links


def classify(url: str, title: str = "", declared_type: str = "") -> LinkData:
    """Tell an internal article or book link from an external one."""
    parts = urlsplit(url)
    local = not parts.scheme and not parts.netloc
    path = parts.path if local else ""
    if book := _BOOK_PATH.match(path):
        return LinkData("book", title, url, book[1])
    if declared_type.strip().lower() in ("book", "livre"):
        return LinkData("book", title, url, "")
    if article := _ARTICLE_PATH.match(path):
        return LinkData("article", title, url, article[1])
    if local and _BARE_SLUG.match(url):
        return LinkData("article", title, url, url)
    return LinkData("external", title, url, "")
