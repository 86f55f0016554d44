"""What a figure's subject is about, as words that can be compared. Pure."""

import re

from articles.text import fold_accents

# Subjects whose words overlap this much (Jaccard) are suggested as one indicator.
SIMILARITY_THRESHOLD = 0.4

STOP_WORDS = frozenset(
    """
    a au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma
    mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes
    toi ton tu un une vos votre vous c d j l m n s t y ete etre avoir ont sont est plus moins tres
    selon via entre chez sans sous lors dont afin ainsi aussi comme
    the of and in to for on by with from at an or is are was were that this these those
    """.split()
)
# Longest first: the first one that leaves a stem of three letters or more is removed.
SUFFIXES = tuple(
    sorted(
        """
        issements issement ations ation ements ement ments ment euses euse eurs eur ites ite iques ique
        ismes isme istes iste ives ive ifs if ees es ee er ez ent e s x
        """.split(),
        key=len,
        reverse=True,
    )
)


def _stem(word):
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def subject_words(subject):
    """The stems that say what a subject measures: lowercase, no accents, no stop words."""
    plain = fold_accents(subject)
    return frozenset(_stem(word) for word in re.findall(r"[a-z0-9]+", plain) if word not in STOP_WORDS)


def similarity(words, other_words):
    """Jaccard similarity of two sets of subject words."""
    if not words or not other_words:
        return 0.0
    return len(words & other_words) / len(words | other_words)
