"""Figures put side by side: groups of similar subjects, disagreement between sources. Pure."""

import re
from dataclasses import dataclass, field
from itertools import combinations

from articles.comparison.formatting import with_display
from articles.comparison.matching import SIMILARITY_THRESHOLD, similarity, subject_words

# Two sources disagree when their values (ranges: the nearest ends) are further apart than this
# share of the larger one: 15 % (Adobe) against 51 % (Salesforce) is 70 % apart.
DISAGREEMENT_THRESHOLD = 0.25


@dataclass
class SuggestedIndicator:
    name: str
    statistics: list = field(default_factory=list)


def group_similar_subjects(statistics):
    """Group figures of the same unit whose subjects are similar; groups of two or more.

    Single linkage: a figure joins a group when it is similar to any member.
    """
    parent = list(range(len(statistics)))

    def root(index):
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    words = [subject_words(s.subject) for s in statistics]
    for first, second in combinations(range(len(statistics)), 2):
        a, b = statistics[first], statistics[second]
        if (a.unit, a.currency) == (b.unit, b.currency) and similarity(words[first], words[second]) >= (
            SIMILARITY_THRESHOLD
        ):
            parent[root(second)] = root(first)
    groups = {}
    for index in range(len(statistics)):
        groups.setdefault(root(index), []).append(index)
    suggestions = []
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        shared = frozenset.intersection(*(words[index] for index in indexes))
        members = with_display([statistics[index] for index in indexes])
        suggestions.append(SuggestedIndicator(_suggested_name(members[0].subject, shared), members))
    return suggestions


def _suggested_name(subject, shared_stems):
    """The words of the first subject whose stems all members share, in their own order."""
    kept = [word for word in re.findall(r"\w+", subject) if subject_words(word) & shared_stems]
    name = " ".join(kept) or subject
    return (name[:1].upper() + name[1:])[:200]


@dataclass
class Disagreement:
    low: object
    high: object

    @property
    def description(self):
        return (
            f"{self.low.display_value} selon {self.low.source.name}, "
            f"{self.high.display_value} selon {self.high.source.name}"
        )


def _gap(first, second):
    """How far apart two figures are, as a share of the larger value (ranges: nearest ends)."""
    first_high = first.value_high if first.value_high is not None else first.value
    second_high = second.value_high if second.value_high is not None else second.value
    distance = max(0.0, second.value - first_high, first.value - second_high)
    largest = max(abs(first.value), abs(first_high), abs(second.value), abs(second_high))
    return distance / largest if largest else 0.0


def find_disagreements(statistics):
    """Pairs of figures from different sources, same unit and currency, too far apart.

    Figures without a named source never disagree: nobody to disagree with.
    """
    found = []
    for first, second in combinations([s for s in statistics if s.source_id], 2):
        same_unit = (first.unit, first.currency) == (second.unit, second.currency)
        if same_unit and first.source_id != second.source_id and _gap(first, second) > DISAGREEMENT_THRESHOLD:
            low, high = sorted((first, second), key=lambda s: s.value)
            found.append(Disagreement(low, high))
    return found
