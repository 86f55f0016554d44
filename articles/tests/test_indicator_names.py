"""Automatic indicators' names against the names an editor gave the hand groupings (`naming_cases`).

A name is kept when it holds the words the editor's name must hold (what is measured, of whom, the
segment) and reads as a noun phrase: no verb of its sentence, no leading preposition."""

import re
from collections import Counter
from io import StringIO

import pytest

from articles.comparison.grouping import group_figures
from articles.comparison.matching import DOUBT, Reading, plain, read_figures
from articles.comparison.naming import indicator_name, named_from_reading
from articles.tests.grouping_cases import ARTICLES, labelled_figures
from articles.tests.naming_cases import EDITOR_NAMES
from articles.tests.test_sample_articles import SAMPLE_GROUPING, make_run_content  # noqa: F401 (a fixture)
from articles.tests.test_statistics_grouping import write_articles

# Verbs and their fragments that the subjects of figures carried into names ("Commerce se situe").
VERB_FRAGMENTS = re.compile(
    r"(?<![\w'])(?:se situe|s'érode|s’érode|ont|est|sont|a|déclarent|utilisent|possède|possèdent|réalisée?s?"
    r"|réalisent|intègrent|augmente|reculent|recule|progresse|passe|compte|comptent)(?![\w'])",
    re.IGNORECASE,
)
LEADING_PREPOSITION = re.compile(r"^(?:sur|par|dans|en|de|des|du|pour|avec|à|au|aux)\b", re.IGNORECASE)


def kept_by_an_editor(name, required):
    """Why an editor would not keep `name` for an indicator whose name must hold `required`, or ""."""
    missing = [item for item in required if not any(word.lower() in name.lower() for word in item.split("|"))]
    if missing:
        return f"lacks {missing}"
    if VERB_FRAGMENTS.search(name) or LEADING_PREPOSITION.match(name):
        return "not a noun phrase"
    return "" if len(name) <= 200 else "too long"


def segment_unsaid(name, reading):
    """The size class, sector or place that sets the group apart and its name does not say."""
    words = set(re.findall(r"[a-z0-9]+", plain(name)))
    unsaid = []
    for dimension, value in reading.qualifiers:
        if dimension not in ("taille", "secteur", "geographie") or value == DOUBT:
            continue
        needed = set(re.findall(r"[a-z0-9]+", value))
        needed |= {"moins"} if value.startswith("<") else {"plus"} if value.startswith(">") else set()
        if not needed <= words and not any(word.startswith(value[:5]) for word in words):
            unsaid.append(value)
    return unsaid


def named_groups(part):
    """(hand labels of its figures, automatic name, whether built from the reading, reading) per group the
    grouper makes of the part, its figures read article by article and stored as on import."""
    figures, labels, articles = labelled_figures(part)
    readings = [None] * len(figures)
    for key in dict.fromkeys(articles):
        indexes = [i for i, article in enumerate(articles) if article == key]
        for index, reading in zip(indexes, read_figures([figures[i] for i in indexes]), strict=True):
            readings[index] = Reading.stored(reading.key, reading.terms)
    for cluster in group_figures(figures, readings):
        members, read = [figures[i] for i in cluster], [readings[i] for i in cluster]
        name = indicator_name(members, read)
        yield Counter(labels[i] for i in cluster), name, bool(named_from_reading(members, read)), read[0]


@pytest.mark.parametrize("part", ["dev", "dev_2"])
def test_automatic_names_hold_what_the_editors_names_say(part):
    table = EDITOR_NAMES[part]
    checked, refused = Counter(), []
    for labels, name, *_ in named_groups(part):
        # Named for the figures most of it holds: a stray figure does not change what it measures.
        label, count = labels.most_common(1)[0]
        if label in table and 2 * count > labels.total():
            checked[label] += 1
            if why := kept_by_an_editor(name, table[label][1]):
                refused.append((label, name, why))
    assert not refused
    assert len(checked) >= 0.9 * len(table), sorted(set(table) - set(checked))


def test_every_automatic_name_is_a_noun_phrase_saying_its_segment_most_built_from_the_reading():
    parts = sorted({article.part for article in ARTICLES})
    named = [(name, from_reading, reading) for part in parts for _, name, from_reading, reading in named_groups(part)]
    assert not [name for name, *_ in named if VERB_FRAGMENTS.search(name) or LEADING_PREPOSITION.match(name)]
    assert sum(from_reading for _, from_reading, _ in named) >= 0.6 * len(named)
    # The segment that sets a group apart is said, whichever way the name was made.
    assert not [(name, unsaid) for name, _, reading in named if (unsaid := segment_unsaid(name, reading))]


SIZES = "9 % des entreprises de moins de 50 salariés utilisent l'IA, contre 33 % de celles de 250 salariés ou plus."


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        # A size class is said whole, never cut to its number ("50 salariés" for "moins de 50 salariés").
        (SIZES, (9,), "Part des entreprises de moins de 50 salariés utilisant l'IA"),
        (SIZES, (33,), "Part des entreprises de 250 salariés ou plus utilisant l'IA"),
        (
            "Selon l'Insee, 10 % des entreprises utilisent l'IA. Le secteur du commerce se situe à 12 %, contre 4 % "
            "un an plus tôt.",
            (12, 4),
            "Part des entreprises du commerce utilisant l'IA",
        ),
        ("Les cyberacheteurs dépensent en moyenne 3 500 euros par an.", (3500,), "Dépense annuelle par cyberacheteur"),
        (
            "Selon Médiamétrie, 42,4 millions de Français achètent en ligne, soit 1,2 million de plus en un an.",
            (1.2e6,),
            "Évolution du nombre de cyberacheteurs",
        ),
    ],
)
def test_a_name_says_what_is_measured_of_whom_and_the_segment_whole(text, values, expected):
    from articles.figures import extract_figures

    found = extract_figures(text)
    readings = [Reading.stored(r.key, r.terms) for r in read_figures(found)]
    picked = [i for i, figure in enumerate(found) if figure.value in values]
    assert indicator_name([found[i] for i in picked], [readings[i] for i in picked]) == expected


@pytest.mark.parametrize(
    ("subjects", "reading", "expected"),
    [
        # What the reading cannot name: the subject's words, up to their verb, and what the unit says.
        (
            ["marché total s'effrite de 43", "marché total s'effrite de 40"],
            ("percent", None, {"CHANGE"}, ()),
            "Marché total (évolution)",
        ),
        (
            ["passagers transportés", "passagers transportés"],
            ("count", None, set(), ()),
            "Nombre de passagers transportés",
        ),
        (
            ["progression", "progression"],
            ("percent", "entreprises", {"CHANGE"}, (("secteur", "information-communication"),)),
            "Progression (entreprises de l'information-communication)",
        ),
        (
            ["croissance", "croissance"],
            ("percent", None, {"CHANGE"}, (("periode", "premier-semestre"),)),
            "Croissance au premier semestre",
        ),
        (["après", "après"], ("percent", None, {"CHANGE"}, ()), "Évolution"),
    ],
)
def test_a_name_the_reading_cannot_build_keeps_the_subjects_nouns_and_the_segment(subjects, reading, expected):
    from types import SimpleNamespace

    unit, population, concepts, qualifiers = reading
    figures = [SimpleNamespace(subject=subject, sentence=subject) for subject in subjects]
    read = [Reading(population, frozenset(concepts), qualifiers, unit) for _ in subjects]
    assert named_from_reading(figures, read) is None
    assert indicator_name(figures, read) == expected


@pytest.mark.parametrize(
    ("concepts", "expected"),
    [
        ({"TIME"}, "Temps passé chaque jour"),
        ({"ECOMMERCE"}, "Temps passé en ligne chaque jour"),  # "2 h 24 par jour en ligne": no amount of sales
        ({"TIME", "SOCIAL"}, "Temps passé sur les réseaux sociaux chaque jour"),
        ({"TIME", "CHANGE"}, "Évolution du temps passé chaque jour"),
    ],
)
def test_a_duration_is_time_spent(concepts, expected):
    from types import SimpleNamespace

    figures = [SimpleNamespace(subject="temps", sentence="temps")] * 2
    read = [Reading(None, frozenset(concepts), (("frequence", "quotidien"),), "duration:minute")] * 2
    assert indicator_name(figures, read) == expected


def test_the_sample_articles_indicators_are_named_as_an_editor_would(make_run_content):  # noqa: F811
    from articles.models import Indicator

    table, refused, checked = EDITOR_NAMES["sample"], [], 0
    for indicator in Indicator.objects.filter(automatic=True).prefetch_related("statistics__article"):
        labels = {
            SAMPLE_GROUPING.get(s.article.source_path.rsplit("/", 1)[-1], {}).get(s.value)
            for s in indicator.statistics.all()
        }
        if len(labels) == 1 and (label := labels.pop()) in table:
            checked += 1
            if why := kept_by_an_editor(indicator.name, table[label][1]):
                refused.append((label, indicator.name, why))
    assert not refused
    assert checked >= 13


@pytest.mark.django_db
def test_regroup_figures_renames_the_automatic_indicators_and_never_an_editors(tmp_path):
    from django.core.management import call_command

    from articles.comparison import state
    from articles.importing import import_paths
    from articles.models import Indicator, Statistic

    write_articles(tmp_path, "dev")
    import_paths([tmp_path], progress=False)
    trade = Statistic.objects.get(article__slug="ia-fo-cadres", value=10).indicator
    small = Statistic.objects.get(article__slug="ia-letowski", value=9).indicator
    basket = Statistic.objects.get(article__slug="ecommerce-journaldunet", value=68).indicator
    # Named by the namer of old; one the editor confirmed as it was, one they renamed.
    Indicator.objects.filter(pk=trade.pk).update(name="Commerce se situe (entreprises)")
    Indicator.objects.filter(pk=small.pk).update(name="50 salariés (entreprises)")
    small.refresh_from_db()
    state.confirm(small)
    state.confirm(basket, "Panier moyen des cyberacheteurs")

    call_command("regroup_figures", stdout=StringIO())

    renamed = Statistic.objects.get(article__slug="ia-fo-cadres", value=10).indicator
    assert renamed.automatic and renamed.name == "Part des entreprises du commerce utilisant l'IA"
    assert not Indicator.objects.filter(name="Commerce se situe (entreprises)").exists()
    small.refresh_from_db()
    basket.refresh_from_db()
    assert (small.name, small.automatic) == ("50 salariés (entreprises)", False)
    assert (basket.name, basket.automatic) == ("Panier moyen des cyberacheteurs", False)
