"""Figures put side by side: groups of similar subjects, disagreement between sources. Pure."""

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from articles.comparison.formatting import format_number
from articles.comparison.matching import (
    MAGNITUDE_FACTOR,
    affinity,
    apart_in_one_sentence,
    comparable,
    one_study_figure,
    read_figures,
    significant_digits,
    told_again,
    two_numbers_of_one_study,
)

# Two sources disagree when their values (ranges: the nearest ends) are further apart than this
# share of the larger one: 15 % (Adobe) against 51 % (Salesforce) is 70 % apart.
DISAGREEMENT_THRESHOLD = 0.25


def group_figures(figures, readings=None, indicators=None, locked=None, fresh=None):
    """Groups (lists of indexes into `figures`) of two or more figures that measure the same thing.

    Complete linkage: pairs are joined most alike first, and two groups merge only when every
    figure of one is comparable with every figure of the other, so a chain of near-misses never
    puts together two figures that are not comparable themselves. `indicators` (an id or None per
    figure) are groups already made: figures may join one, but two are never merged; `locked`
    figures (True per figure) join nothing. With `fresh` (True per figure), only pairs holding a
    fresh figure are compared: the others were compared when they were new, and figures that were
    then left apart are not put together by a newcomer.
    """
    readings = read_figures(figures) if readings is None else readings
    indicators = indicators or [None] * len(figures)
    locked = locked or [False] * len(figures)
    blocks = {}
    for index, reading in enumerate(readings):
        if not locked[index]:
            blocks.setdefault(reading.key, []).append(index)
    groups = []
    for indexes in blocks.values():
        groups.extend(_link(figures, readings, indexes, indicators, fresh))
    groups = _join_across_keys(figures, readings, groups, indicators, locked, fresh)
    return sorted(groups)


def _join_across_keys(figures, readings, groups, indicators, locked, fresh=None):
    """A figure its key left alone that is another key's figure of one study told again
    (`one_study_figure`: same number, source and year, a population or segment unsaid on one side)
    joins that figure: its group, when it is as comparable with the group's others as its twin is,
    or a group of the two. Only a fresh figure joins; a group of one indicator takes no figure of
    another."""
    grouped = {index for group in groups for index in group}
    group_of = {index: number for number, group in enumerate(groups) for index in group}
    by_value = defaultdict(list)
    for index, figure in enumerate(figures):
        if not locked[index]:
            by_value[(figure.value, readings[index].unit)].append(index)
    for index, figure in enumerate(figures):
        if index in grouped or locked[index] or indicators[index] is not None or not (fresh is None or fresh[index]):
            continue
        for twin in by_value[(figure.value, readings[index].unit)]:
            if twin == index or not one_study_figure(figure, readings[index], figures[twin], readings[twin]):
                continue
            members = groups[group_of[twin]] if twin in group_of else [twin]
            others = [i for i in members if i != twin]
            if any(apart_in_one_sentence(figure, figures[i]) for i in members) or not all(
                comparable(figures[twin], readings[twin], figures[i], readings[i]) for i in others
            ):
                continue
            if twin in group_of:
                members.append(index)
            else:
                groups.append(members + [index])
                group_of[twin] = len(groups) - 1
                grouped.add(twin)
            group_of[index] = group_of[twin]
            grouped.add(index)
            break
    return [sorted(group) for group in groups]


def _link(figures, readings, indexes, indicators, fresh=None):
    """Complete linkage within one key, counting the comparable pairs between groups as they merge:
    two groups join when every cross pair is comparable, i.e. when the count is the product of
    their sizes. An indicator already made is a group from the start; two are never merged."""
    group_of, members = {}, {}
    for index in indexes:
        if indicators[index] is not None:
            group = ("indicator", indicators[index])
        else:
            # Figures alike in every way the grouper reads (same measure, amounts of the same order)
            # are one group from the start: compared once, joined at once.
            group = ("figure", readings[index].measure, readings[index].counted, _order(figures[index]))
            if not affinity(readings[index], readings[index]) or any(
                apart_in_one_sentence(figures[index], figures[member])
                or two_numbers_of_one_study(figures[index], figures[member])
                for member in members.get(group, ())
            ):
                group = ("figure", index)
        group_of[index] = group
        members.setdefault(group, []).append(index)
    # One figure speaks for its group: its comparisons count for every pair the groups make.
    speakers = [members[group][0] for group in members]
    is_fresh = {group: fresh is None or any(fresh[i] for i in members[group]) for group in members}
    pairs = []
    for first, second in combinations(speakers, 2):
        one, other = group_of[first], group_of[second]
        if one[0] == other[0] == "indicator" or not (is_fresh[one] or is_fresh[other]):
            continue
        if one[0] == "indicator" or other[0] == "indicator":
            score = _indicator_score(figures, readings, members, one, other)
        else:
            score = comparable(figures[first], readings[first], figures[second], readings[second])
        if score:
            pairs.append((score, first, second))
    links = defaultdict(Counter)  # group → other group → comparable pairs between them
    for _, first, second in pairs:
        one, other = group_of[first], group_of[second]
        links[one][other] = links[other][one] = len(members[one]) * len(members[other])
    for _, first, second in sorted(pairs, key=lambda pair: -pair[0]):
        one, other = group_of[first], group_of[second]
        if one == other or (one[0] == other[0] == "indicator"):
            continue
        if links[one][other] != len(members[one]) * len(members[other]):
            continue
        if not _close_in_size([figures[i] for i in members[one] + members[other]]):
            continue  # a speaker's size stood for its group: every amount must still be of one order
        if other[0] == "indicator":
            one, other = other, one  # the indicator's group takes the figures in
        for index in members[other]:
            group_of[index] = one
        members[one].extend(members.pop(other))
        for group, count in links.pop(other).items():
            if group != one:
                links[one][group] += count
                links[group][one] += count
            del links[group][other]
    _join_told_again(figures, readings, group_of, members, fresh)
    return [sorted(group) for group in members.values() if len(group) > 1]


def _join_told_again(figures, readings, group_of, members, fresh=None):
    """A figure left alone that is a precise number of a group told again ("129,1 milliards d'euros"
    of a turnover and of e-commerce, `told_again`) is that figure: it joins the group, as comparable
    with the others as its twin is. Round numbers say too little to be sure of the twin. Only a
    fresh figure joins: one left alone before stays so."""
    alone = [
        group
        for group, indexes in members.items()
        if group[0] == "figure" and len(indexes) == 1 and (fresh is None or fresh[indexes[0]])
    ]
    by_value = defaultdict(list)
    for indexes in members.values():
        if len(indexes) > 1:
            for index in indexes:
                by_value[figures[index].value].append(index)
    for group in alone:
        index = members[group][0]
        if not by_value.get(figures[index].value) or significant_digits(figures[index].value) < PRECISE_DIGITS:
            continue
        twin = next(
            (
                twin
                for twin in by_value[figures[index].value]
                if told_again(figures[index], readings[index], figures[twin], readings[twin])
                and not any(apart_in_one_sentence(figures[index], figures[i]) for i in members[group_of[twin]])
                and _close_in_size([figures[i] for i in members[group_of[twin]]] + [figures[index]])
            ),
            None,
        )
        if twin is not None:
            group_of[index] = group_of[twin]
            members[group_of[twin]].append(members.pop(group)[0])


# Digits a number needs to be known again for sure in another sentence: 129,1 or 15,1, not 14.
PRECISE_DIGITS = 3


def _close_in_size(group):
    """Amounts and counts of one indicator, smallest to largest, are of the same order of magnitude."""
    if group[0].unit == "percent":
        return True
    values = [abs(figure.value) or 1e-9 for figure in group]
    return max(values) / min(values) <= MAGNITUDE_FACTOR


def _order(figure):
    """Amounts of one indicator are of the same order of magnitude; shares need not be."""
    if figure.unit == "percent":
        return 0
    return round(math.log10(abs(figure.value))) if figure.value else 0


def _indicator_score(figures, readings, members, one, other):
    """A group joins an indicator's figures only if its figure matches every one of them."""
    group, indicator = (other, one) if one[0] == "indicator" else (one, other)
    speaker = members[group][0]
    scores = [comparable(figures[speaker], readings[speaker], figures[i], readings[i]) for i in members[indicator]]
    return min(scores) if all(scores) else 0.0


@dataclass
class SuggestedIndicator:
    """Figures put together, for an editor to sign: the name proposed and why they were grouped."""

    name: str
    statistics: list = field(default_factory=list)
    reasons: dict = field(default_factory=dict)
    indicator: object = None


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


@dataclass
class Divergence:
    """What a reader is told once per indicator: how far apart the sources are, and why they may be."""

    low: object
    high: object
    spread: str
    reasons: list

    @property
    def description(self):
        def said(figure):
            detail = ", ".join(str(part) for part in (figure.source.name, figure.year) if part)
            return f"{figure.display_value} ({detail})"

        return f"de {said(self.low)} à {said(self.high)}, {self.spread}"


def divergence(statistics, disagreements):
    """The one summary of an indicator's disagreements, or None when its sources agree. Pure."""
    if not disagreements:
        return None
    involved = {id(s): s for pair in disagreements for s in (pair.low, pair.high)}.values()
    low = min(involved, key=lambda s: s.value)
    high = max(involved, key=lambda s: s.value_high if s.value_high is not None else s.value)
    top = high.value_high if high.value_high is not None else high.value
    if low.unit == "percent":
        gap = top - low.value
        spread = f"un écart de {format_number(gap, 1)} point{'s' if gap >= 2 else ''}"
    else:
        spread = f"du simple au {format_number(top / low.value, 1)}" if low.value else "un écart marqué"
    reasons = []
    years = sorted({s.year for s in statistics if s.year})
    if len(years) > 1:
        reasons.append(f"des années différentes ({years[0]} à {years[-1]})")
    populations = {s.population for s in statistics if getattr(s, "population", "")}
    if len(populations) > 1:
        reasons.append("des populations décrites différemment (" + ", ".join(sorted(populations)) + ")")
    if len({getattr(s, "forecast", False) for s in statistics}) > 1:
        reasons.append("des prévisions à côté de constats")
    reasons.append("des échantillons et des questions d'enquête propres à chaque source")
    return Divergence(low, high, spread, reasons)


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
