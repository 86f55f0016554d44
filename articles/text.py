"""Pure text helpers shared by the document reader, the slugs, search and the comparison of figures."""

import unicodedata

_REMEMBERED_BELOW = 0x3000  # Latin, Greek, Cyrillic, the combining marks, punctuation: a bounded table


class _WithoutCombining(dict):
    """A `str.translate` table dropping combining characters (accents once decomposed), each
    character's entry made the first time one is met: translating runs in C, where a test of
    each character in Python cost a sixth of reading an article's figures."""

    def __missing__(self, code):
        kept = None if unicodedata.combining(chr(code)) else code
        if code < _REMEMBERED_BELOW:
            self[code] = kept
        return kept


_WITHOUT_COMBINING = _WithoutCombining()


def fold_accents(text: str) -> str:
    """`text` lower-cased, its accents dropped: "Éducation" -> "education"."""
    return unicodedata.normalize("NFKD", str(text)).translate(_WITHOUT_COMBINING).lower()
