"""The values the document reader hands back: plain dataclasses, no Django."""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal


class DocumentError(Exception):
    """A file that cannot be read as an article; the message is a one-line reason."""


@dataclass
class LinkData:
    kind: str  # "article" | "book" | "external"
    title: str
    url: str
    target_slug: str


@dataclass
class ArticleData:
    title: str
    slug: str
    description: str
    body: str
    publish_date: datetime | None
    updated_date: datetime | None
    authors: list[str] = field(default_factory=list)
    theme: str = ""
    skills: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    image: str = ""
    image_alt: str = ""
    note: Decimal | None = None
    canonical_url: str = ""
    draft: bool = False  # held back from publication by the source
    in_review: bool = False  # the source says it waits for a review
    links: list[LinkData] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    guesses: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
