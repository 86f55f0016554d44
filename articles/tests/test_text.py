"""The shared text helpers: accents folded for slugs, search and the comparison of figures."""

import pytest

from articles.text import fold_accents


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Éducation", "education"),
        ("Ça coûte 10 € à l’été", "ca coute 10 € a l’ete"),  # what is no accent stays
        ("e\u0301te\u0301", "ete"),  # accents written as combining characters
        ("ﬁnance", "finance"),  # a ligature decomposed
        ("Ἀθῆναι", "αθηναι"),
        ("東京 2024", "東京 2024"),
        ("\U0001d400 \u20d7", "a "),  # a character beyond the remembered table, a lone combining arrow
        (12, "12"),
    ],
)
def test_fold_accents(text, folded):
    assert fold_accents(text) == folded
