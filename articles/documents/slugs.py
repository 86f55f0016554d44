"""The one slug function of the project."""

import re

from articles.text import fold_accents

_SPECIAL = str.maketrans(
    {
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "ð": "d",
    }
)
MAX_SLUG_LENGTH = 100


def slugify_title(text: str) -> str:
    """Return an ASCII slug: "L'IA générative" -> "l-ia-generative"."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold_accents(str(text).translate(_SPECIAL))).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[:MAX_SLUG_LENGTH].rsplit("-", 1)[0]
    return slug
