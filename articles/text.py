"""Pure text helpers shared by the document reader, the slugs, search and the comparison of figures."""

import unicodedata


def fold_accents(text: str) -> str:
    """`text` lower-cased, its accents dropped: "Éducation" -> "education"."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()
