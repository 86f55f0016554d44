"""Use schema.org JSON-LD as a fallback for what the front matter does not say."""

from .dates import parse_date
from .fields import split_author


def apply_json_ld(article, blocks: list, guesses: list[str]) -> None:
    """Fill the title, description, authors and dates the article still lacks."""
    for item in _items(blocks):
        if not article.title and isinstance(item.get("headline") or item.get("name"), str) and ("headline" in item):
            article.title = item["headline"].strip()
            guesses.append("titre tiré du titre JSON-LD (headline)")
        if not article.description and isinstance(item.get("description"), str):
            article.description = item["description"].strip()
            guesses.append("description tirée du JSON-LD")
        if not article.authors and (names := _authors(item.get("author"))):
            article.authors = names
            guesses.append("auteur tiré du JSON-LD")
        if article.publish_date is None and (published := parse_date(item.get("datePublished"))):
            article.publish_date = published
            guesses.append("date tirée du JSON-LD")
        if article.updated_date is None and (modified := parse_date(item.get("dateModified"))):
            article.updated_date = modified


def _items(blocks: list):
    for block in blocks:
        for item in block if isinstance(block, list) else [block]:
            if isinstance(item, dict):
                yield item
                yield from (i for i in item.get("@graph", []) if isinstance(i, dict))


def _authors(value) -> list[str]:
    names = []
    for person in value if isinstance(value, list) else [value]:
        if isinstance(person, dict):
            person = person.get("name")
        if isinstance(person, str) and person.strip():
            names += split_author(person)[0]
    return names
