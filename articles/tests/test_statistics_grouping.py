"""The grouper on real sentences: pairs that must and must never share an indicator, its quality on
articles grouped by hand, and indicators built on import and on save without anyone acting."""

from io import StringIO

import pytest

from articles.comparison.grouping import group_figures
from articles.comparison.matching import Reading, read_figures, same_number, why
from articles.figures import extract_figures
from articles.tests.grouping_cases import NEVER_SAME_INDICATOR, SAME_INDICATOR, score


def the_figure(sentence):
    figures = [f for f in extract_figures(sentence) if f.unit != "count" or f.value >= 1000]
    assert figures, f"no figure found in {sentence!r}"
    return figures[0]


def reading_of(sentence):
    """What the grouper reads of the sentence's first figure."""
    return read_figures([the_figure(sentence)])[0]


def grouped_together(first, second):
    figures = [the_figure(first), the_figure(second)]
    return group_figures(figures) == [[0, 1]]


@pytest.mark.parametrize(("first", "second"), SAME_INDICATOR)
def test_figures_a_reader_would_compare_share_an_indicator(first, second):
    assert grouped_together(first, second)


@pytest.mark.parametrize(("first", "second"), NEVER_SAME_INDICATOR)
def test_figures_of_other_populations_segments_or_measures_never_share_one(first, second):
    assert not grouped_together(first, second)


def test_a_time_series_in_one_sentence_is_one_indicator():
    figures = extract_figures("Selon l'Insee, 10 % des entreprises utilisent l'IA en 2024, contre 6 % en 2023.")
    percents = [i for i, f in enumerate(figures) if f.unit == "percent"]
    assert [percents] == [g for g in group_figures(figures) if set(g) & set(percents)]


def test_one_sentence_setting_two_numbers_of_one_study_in_time_is_a_series_whatever_year_was_read():
    """Held-out 12 (spent): both shares are read as Bpifrance's of 2023, yet the sentence sets them in time."""
    figures = extract_figures(
        "Selon Bpifrance, 15 % des dirigeants disaient utiliser une IA générative en décembre 2023, ils sont "
        "26 % aujourd'hui."
    )
    assert [(figure.source, figure.year) for figure in figures] == [("Bpifrance", 2023)] * 2
    assert group_figures(figures) == [[0, 1]]


def test_a_clause_naming_a_whole_measure_of_its_own_keeps_no_segment_of_the_figure_before():
    """The sample's Fevad 2022 basket: not the products' because the products' sales come before it."""
    told = extract_figures(
        "Après les années de confinement, les ventes de produits reculent de 7 %, tandis que le panier moyen "
        "s'établit à 65 euros."
    )
    basket = next(index for index, figure in enumerate(told) if figure.unit == "currency")
    figures = [*told, the_figure("Le panier moyen s'établit à 68 euros.")]
    assert group_figures(figures) == [[basket, len(told)]]


def test_a_count_of_people_in_a_sentence_on_the_number_of_online_buyers_counts_them():
    told = extract_figures(
        "Le plus spectaculaire selon les deux organismes est la progression du nombre de cyberacheteurs sur un "
        "an : +18 % à 27,2 millions de personnes."
    )
    counted = [f for f in told if f.unit == "count"]
    figures = [*counted, the_figure("En 2017, la France comptait 27 millions de cyberacheteurs.")]
    assert len(counted) == 1
    assert group_figures(figures) == [[0, 1]]


def test_a_share_of_those_a_sentence_narrowed_is_not_a_share_of_the_public():
    told = extract_figures(
        "Selon le Credoc, 77% des Français possèdent un smartphone et 94% de ceux-ci l'utilisent quotidiennement."
    )
    figures = [told[1], the_figure("Selon le Credoc, 94 % des Français utilisent quotidiennement leur smartphone.")]
    assert told[1].value == 94
    assert group_figures(figures) == []


def test_size_classes_told_in_one_sentence_stay_apart():
    figures = extract_figures(
        "L'usage de l'IA est lié à la taille : 9 % des entreprises de moins de 50 salariés y ont recours, "
        "15 % des entreprises de 50 à 249 salariés et 33 % de celles de 250 salariés ou plus."
    )
    readings = read_figures(figures)
    sizes = {dict(r.qualifiers).get("taille") for f, r in zip(figures, readings, strict=True) if f.unit == "percent"}
    assert sizes == {"<50", "50-249", ">=250"}
    assert group_figures(figures) == []


def test_a_sentence_pointing_back_measures_what_the_article_named_before():
    """ "Un tiers des entreprises y ont recours" measures the use of AI, named a sentence earlier;
    the same words in another article, after e-commerce, do not."""
    told_twice = extract_figures(
        "En 2024, 10 % des sociétés intègrent au moins une technologie d'IA.\n\n"
        "Un tiers des entreprises de 250 salariés ou plus y ont recours."
    ) + extract_figures("Selon l'Insee, 33 % des entreprises de 250 salariés ou plus utilisent l'IA.")
    assert [1, 2] in group_figures(told_twice)
    other_topic = extract_figures(
        "En 2024, 10 % des sociétés vendent en ligne.\n\nUn tiers des entreprises de 250 salariés ou plus y ont recours."
    )
    assert "AI" not in read_figures(other_topic)[1].measure


def test_a_sentence_whose_subject_is_the_sentence_before_measures_what_that_one_named():
    """ "Il s'élève à …", "Soit une progression de …" speak of the sentence right before; with a
    sentence between them that holds no figure, the one pointed to is not known, and nothing is
    carried."""
    lead = (
        "Si le nombre d'acheteurs en ligne progresse de 153 000 Français, le chiffre d'affaires du e-commerce, "
        "lui, continue sa croissance.\n\n"
    )
    pointing = "Il s'élève à près de 130 milliards d'euros en 2021.\n\nSoit une progression de 15 % par rapport à 2020."
    told = extract_figures(lead + pointing)
    amount, growth = read_figures(told)[1:]
    assert {"ECOMMERCE", "REVENUE"} <= amount.measure and "CHANGE" not in amount.measure
    assert {"ECOMMERCE", "REVENUE", "CHANGE"} <= growth.measure
    apart = extract_figures(lead + "Les jeux vidéo, eux, reculent.\n\n" + pointing)
    assert not read_figures(apart)[1].measure & {"ECOMMERCE", "REVENUE"}


@pytest.mark.parametrize(
    ("following", "population"),
    [
        ("Et 71 % ont déjà présenté ces travaux comme les leurs.", "salaries"),
        ("Ils sont 40 % à le faire chaque semaine.", "salaries"),
        # Not a sentence going on about them: nobody is said.
        ("Au total, 71 % ont déjà présenté ces travaux comme les leurs.", None),
    ],
)
def test_a_sentence_going_on_about_the_people_of_the_one_before_counts_them(following, population):
    figures = extract_figures("49 % des salariés français utilisent des outils interdits.\n\n" + following)
    assert read_figures(figures)[1].population == population


@pytest.mark.parametrize(
    ("sentence", "of_the_topic"),
    [
        ("En 2021, le secteur a enregistré un chiffre d'affaires de 129 milliards d'euros.", True),
        ("Le marché a progressé de 15 % sur un an.", True),
        ("La vente de services tire le marché vers le haut, avec 97 milliards d'euros de chiffre d'affaires.", False),
        ("Le secteur des services a enregistré une hausse de 20 % par rapport à 2022.", False),
    ],
)
def test_the_sector_as_a_subject_is_the_one_the_article_named(sentence, of_the_topic):
    figures = extract_figures("Les ventes en ligne ont atteint 112 milliards d'euros en 2020.\n\n" + sentence)
    assert ("ECOMMERCE" in read_figures(figures)[1].measure) is of_the_topic


def test_the_words_reporting_a_figure_say_nothing_of_its_measure():
    """ "L'étude observe que …", "on apprend ainsi que …": the clause after "que" is the figure's."""
    assert grouped_together(
        "Pour autant, l'étude observe que le taux de pénétration d'internet a légèrement fléchi à 88 %.",
        "En préambule, on apprend ainsi que 92,6 % des Français sont aujourd'hui connectés à Internet.",
    )
    assert not grouped_together(
        "Les Français achètent tant en ligne que le cap des 100 milliards d'euros a été franchi.",
        "Pour l'année 2020, la Fevad s'attend à un chiffre d'affaires de 115 milliards d'euros.",
    )


@pytest.mark.parametrize(
    ("passage", "other_article", "texts", "grouped"),
    [
        pytest.param(
            "On apprend que 92,6 % des Français sont connectés à Internet (+1 % vs 2019).",
            "88 % des Français sont connectés à Internet.",
            ["92,6 %", "+1 %", "88 %"],
            [[0, 2]],
            id="a signed share after a share is how much it changed",
        ),
        pytest.param(
            "Après un premier semestre en berne (+5 %), une progression de 13 % au second semestre a permis à la "
            "publicité digitale d'engranger 9 % de croissance sur l'ensemble de 2023.",
            "La publicité digitale a enregistré une croissance de 9 % en 2023.",
            ["+5 %", "13 %", "9 %", "9 %"],
            [[2, 3]],
            id="a figure said of the whole year is not of the half-year its sentence named before",
        ),
        pytest.param(
            "En 2025, 20 % des entreprises de l'UE utilisent l'IA. "
            "Il s'agit d'une augmentation importante par rapport à 13,5 % en 2024.",
            "En 2024, 13,5 % des entreprises de l'UE utilisaient l'intelligence artificielle.",
            ["20 %", "13,5 %", "13,5 %"],
            [[0, 1, 2]],
            id="a share in a sentence about the one before measures what it measured",
        ),
        pytest.param(
            "L'étude observe que le taux de pénétration d'internet a fléchi ― 88 % contre 89 % l'an dernier ― "
            "après une augmentation ininterrompue.",
            "Il a baissé de 4 % cette année.",
            ["88 %", "89 %", "4 %"],
            [[0, 1]],
            id="a share compared with the one before keeps its measure whatever follows",
        ),
    ],
)
def test_a_passage_and_another_articles_figure_share_an_indicator_only_when_they_measure_one_thing(
    passage, other_article, texts, grouped
):
    figures = [*extract_figures(passage), the_figure(other_article)]
    assert [f.text for f in figures] == texts
    assert group_figures(figures) == grouped


@pytest.mark.parametrize(
    ("sentence", "grouped"),
    [
        ("L'ordinateur est désormais second avec 31 % (la tablette représente seulement 6 %).", []),
        ("63 % sont des utilisateurs quotidiens de messageries instantanées et 78 % en ont l'usage.", []),
        ("Le panier moyen s'élève à 61 euros en 2020 (vs 59 euros en 2019), note la Fevad.", [[0, 1]]),
        ("Le chiffre d'affaires progresse, passant de 600 millions d'euros à 700 millions d'euros.", [[0, 1]]),
        # An aside of another period: what follows is set against the figure before it.
        (
            "Le montant moyen annuel d'une transaction s'érode à 65,5 euros en 2017 (et même 63 euros au "
            "quatrième trimestre), contre 69 euros en 2016.",
            [[0, 2]],
        ),
    ],
)
def test_figures_of_one_sentence_share_an_indicator_only_when_it_sets_them_in_time(sentence, grouped):
    assert group_figures(extract_figures(sentence)) == grouped


@pytest.mark.parametrize(
    ("amount", "grouped"),
    [("129,1 milliards d'euros", [[0, 1, 2]]), ("130 milliards d'euros", [[0, 1]])],
)
def test_a_precise_amount_told_again_joins_the_group_of_its_twin(amount, grouped):
    """The third figure is the second told again: comparable with whatever the second is, though
    its words alone would not match the first. A round amount could be another figure: it stays out."""
    figures = [
        the_figure("Les ventes en ligne ont atteint 112 milliards d'euros en 2020."),
        the_figure(f"Le chiffre d'affaires du e-commerce s'élève à {amount} en 2021."),
        the_figure(f"Les échanges du e-commerce français ont atteint {amount}."),
    ]
    assert group_figures(figures) == grouped


@pytest.mark.parametrize(
    ("sentence", "concept", "not_measured"),
    [
        # The verb that says an amount is reached says nothing of what it measures.
        ("Le montant moyen d'une transaction a baissé, pour tomber à 60 euros.", None, "tomb"),
        ("Les ventes en ligne frôlent les 130 milliards d'euros.", "ECOMMERCE", "frol"),
        # Parts of a market, in the plural, are a share.
        ("Le e-commerce représente 14 % des parts de marchés liés au commerce de détail.", "SHARE", "part"),
        # A sector's activity, in euros, is its sales; a rate of activity is not.
        ("L'activité du e-commerce a atteint 129,1 milliards d'euros.", "REVENUE", "activ"),
        ("Le taux d'activité des seniors atteint 58 %.", None, "REVENUE"),
        # Time spent on the internet is not e-commerce; a sale on it is.
        ("Le temps passé sur internet atteint 2h25 par jour.", "TIME", "ECOMMERCE"),
        ("Les Français ont dépensé 129 milliards d'euros sur internet.", "ECOMMERCE", "TIME"),
    ],
)
def test_words_that_say_how_a_figure_is_told_are_not_what_it_measures(sentence, concept, not_measured):
    measure = reading_of(sentence).measure
    assert not_measured not in measure and "march" not in measure
    assert concept is None or concept in measure


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Il y a eu en effet une forte hausse (+18,9 %) par rapport à 2022.", None),
        ("Dans l'EU, 13 % des entreprises utilisent l'IA.", "europe"),
    ],
)
def test_the_past_participle_eu_is_not_the_eu(sentence, place):
    assert dict(reading_of(sentence).qualifiers).get("geographie") == place


def test_a_projection_room_forecasts_nothing():
    sentence = "181 millions d'entrées ont été enregistrées dans les salles de projection en 2023."
    assert "FORECAST" not in reading_of(sentence).measure


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        # The half-year before the figure is not its period; a figure said of that half-year is.
        ("Après un premier semestre en berne, le marché a achevé l'année sur une croissance de 9 %.", None),
        ("Après un premier semestre en berne (+5 %), le marché a accéléré.", "premier-semestre"),
    ],
)
def test_a_period_the_sentence_says_came_before_is_not_the_figures(sentence, period):
    assert dict(reading_of(sentence).qualifiers).get("periode") == period


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("un résultat plus modeste (+ 8,5 %)", True),
        ("soit 8,5 %", False),
        # An amount or a count a verb says something grew by is the increase, not the level.
        ("Le nombre d'acheteurs en ligne progresse tranquillement de 153 000 Français.", True),
        ("Le shopping en ligne a progressé de 14 milliards d'euros en un an.", True),
        ("Le shopping en ligne a atteint 129 milliards d'euros.", False),
    ],
)
def test_a_sign_set_apart_or_a_verb_of_growing_says_a_change(sentence, change):
    assert ("CHANGE" in reading_of(sentence).measure) is change


@pytest.mark.parametrize(
    ("sentence", "since"),
    [
        # One reference year read by two figures, once after the first and once before the second.
        ("En 2021, les ventes augmentent de 12 % par rapport à 2019 (+5 %) selon la Fevad.", ["2019", "2019"]),
        # One figure said twice, each time against another year.
        ("En 2021, les ventes progressent de 12 % par rapport à 2020 et de 12 % par rapport à 2019.", [None, "2019"]),
    ],
)
def test_a_change_since_an_older_year_is_read_whatever_figures_share_the_reference(sentence, since):
    readings = read_figures(extract_figures(sentence))
    assert [dict(reading.qualifiers).get("depuis") for reading in readings] == since


def test_a_reading_survives_being_stored():
    figure = the_figure("Selon l'Insee, 33 % des entreprises de 250 salariés ou plus ont recours à l'IA.")
    reading = read_figures([figure])[0]
    stored = Reading.stored(reading.key, reading.terms)
    assert (stored.key, stored.measure) == (reading.key, reading.measure)


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        # A bare dated count goes on with the series; a change is of the thing counted.
        ("Le cinéma a compté 200 millions d'entrées en 2018, 96 millions en 2021.", ["entr", "entr"]),
        ("Les salles ont fait 181 millions d'entrées en 2023, soit une hausse de 18,9 %.", ["entr", "entr"]),
        # A milestone counts nothing; a count of another thing breaks nothing.
        ("On dépassait la barre des 2 millions d'immatriculations (2 214 279 voitures).", ["", "voitur"]),
        (
            "Le marché compte 1,8 million de voitures particulières et 300 000 voitures électriques.",
            ["voitur+particulier", "voitur+electr"],
        ),
    ],
)
def test_a_count_knows_what_it_counts(sentence, counted):
    assert [reading.counted for reading in read_figures(extract_figures(sentence))] == counted


def test_the_review_page_says_what_counts_put_together_count():
    sentences = [
        "Les salles ont fait 181 millions d'entrées en 2023.",
        "Le CNC a compté 180,76 millions d'entrées en 2023.",
    ]
    readings = [reading_of(sentence) for sentence in sentences]
    assert "compte : entr" in why(readings)["mesure"]


def test_what_a_count_counts_survives_being_stored():
    reading = read_figures([the_figure("Le CNC a compté 181 millions d'entrées en 2023.")])[0]
    stored = Reading.stored(reading.key, reading.terms)
    assert reading.counted == "entr"
    assert (stored.key, stored.measure, stored.counted) == (reading.key, reading.measure, reading.counted)


@pytest.mark.parametrize("part", ["dev", "held_out", "dev_2", "held_out_2"])
def test_grouping_quality_on_articles_grouped_by_hand(part):
    """A wrong merge is worse than a miss: precision first. Numbers: scripts/grouping_eval.py."""
    result = score(part)
    assert result.precision >= 0.8, result.wrong_pairs
    if part in ("dev", "dev_2"):
        assert result.f1 >= 0.7
        assert result.multi_article_found * 2 > result.multi_article_groups


# --- on import and on save, through the real importer and models ---------------------------------


def write_article(folder, key, url, body):
    front = (
        f'---\ntitle: "{key}"\ndescription: "Les chiffres de {key}"\n'
        f'author: "Rédaction"\ntheme: "Données"\ndate: "2024-03-01"\ncanonical_url: "{url}"\n---\n\n'
    )
    (folder / f"{key}.md").write_text(front + body, encoding="utf-8")


def write_articles(folder, part):
    from articles.tests.grouping_cases import ARTICLES

    for article in ARTICLES:
        if article.part == part:
            write_article(folder, article.key, article.url, "\n\n".join(sentence for sentence, _ in article.sentences))


def pairs_put_together(part):
    """Pair precision and recall of the indicators the import built, against the hand grouping."""
    from itertools import combinations

    from articles.models import Statistic
    from articles.tests.grouping_cases import ARTICLES

    gold = {}
    for article in ARTICLES:
        if article.part == part:
            for _sentence, values in article.sentences:
                for value, label in values.items():
                    gold[(article.key, round(value, 2))] = label or f"{article.key}:{value}"
    rows = Statistic.objects.filter(indicator__isnull=False).values_list("article__slug", "value", "indicator_id")
    by_indicator = {}
    for slug, value, indicator in rows:
        label = gold.get((slug, round(value, 2)))
        if label is not None:
            by_indicator.setdefault(indicator, []).append(label)
    predicted = [pair for labels in by_indicator.values() for pair in combinations(labels, 2)]
    right = sum(1 for a, b in predicted if a == b)
    return right, len(predicted)


@pytest.mark.django_db
def test_importing_articles_on_overlapping_subjects_builds_indicators_an_editor_would_sign(tmp_path, client):
    from django.urls import reverse

    from articles.importing import import_paths
    from articles.models import Indicator, Statistic

    write_articles(tmp_path, "dev")
    reports = import_paths([tmp_path], progress=False)
    assert {r.status for r in reports} == {"created"}

    right, predicted = pairs_put_together("dev")
    assert predicted >= 30 and right / predicted >= 0.8, (right, predicted)
    assert Indicator.objects.filter(automatic=True).count() >= 10
    revenue = Statistic.objects.get(article__slug="ecommerce-generation-nt", value=146.9e9).indicator
    assert revenue.automatic
    assert set(revenue.statistics.values_list("article__slug", flat=True)) >= {
        "ecommerce-generation-nt",
        "ecommerce-usinenouvelle",
        "ecommerce-unews",
    }
    page = client.get(reverse("articles:statistics"), {"indicateur": revenue.slug}).content.decode()
    assert f'id="indicateur-{revenue.slug}"' in page and "ecommerce-unews" in page


@pytest.mark.django_db
def test_saving_an_article_groups_its_new_figure_with_the_others(tmp_path, django_assert_max_num_queries):
    from articles.importing import import_paths
    from articles.models import Article, Statistic

    write_articles(tmp_path, "dev")
    import_paths([tmp_path], progress=False)
    article = Article.objects.get(slug="ecommerce-meuble-info")
    article.body += "\n\nEn 2023, le panier moyen atteint 68 euros, selon la Fevad."
    article.save()
    added = Statistic.objects.get(article=article, value=68)
    basket = Statistic.objects.get(article__slug="ecommerce-journaldunet", value=68).indicator
    assert added.indicator == basket


@pytest.mark.django_db
def test_a_study_figure_saved_later_finds_its_twin_read_with_another_population(tmp_path):
    """The twin is of another key (a size class said on one side only): only the walk down the
    figures of its value (`state._candidates`) brings it to the new figure, and only it joins."""
    from articles.importing import import_paths
    from articles.models import Article, Statistic

    write_article(
        tmp_path,
        "bpi-finyear",
        "https://example.org/bpi-finyear",
        "Selon Bpifrance Le Lab, 58 % des dirigeants de PME et ETI considèrent l'intelligence artificielle comme "
        "essentielle à la survie de leur entreprise à moyen terme en 2025.\n\nSelon l'Insee, 10 % des entreprises "
        "utilisent l'IA en 2024.",
    )
    write_article(tmp_path, "bpi-lelab", "https://example.org/bpi-lelab", "Un article sans chiffre.")
    import_paths([tmp_path], progress=False)
    article = Article.objects.get(slug="bpi-lelab")
    article.body = (
        "En 2025, 58 % des dirigeants considèrent que l'IA est un enjeu de survie à moyen terme.\n\nEn 2024, 10 % "
        "des entreprises du secteur du commerce utilisent l'IA, selon l'Insee."
    )
    article.save()

    survival = [Statistic.objects.get(article__slug=slug, value=58) for slug in ("bpi-finyear", "bpi-lelab")]
    assert survival[0].grouping_key != survival[1].grouping_key
    assert survival[0].indicator_id is not None and survival[0].indicator_id == survival[1].indicator_id
    assert Statistic.objects.filter(value=10, indicator__isnull=False).count() == 0


@pytest.mark.django_db
def test_one_number_told_again_by_two_outlets_shares_an_indicator_when_imported(tmp_path):
    """Through the importer, as stored readings (`grouping_key`, `grouping_terms`) are compared: the
    same +12 % worded two ways by two papers joins; a round milestone told again does not."""
    from articles.importing import import_paths
    from articles.models import Statistic

    told = {
        "pub-strategies": "Le Social tire le marché et affiche la plus forte croissance de 2023, +12%, notamment dû "
        "au succès du format des vidéos courtes.\n\nSelon la Fevad, les ventes en ligne ont dépassé le « cap "
        "historique » des 100 Md€.",
        "pub-cbnews": "Le social connaît aussi toujours une belle dynamique, avec une progression de +12 %, à 2,47 "
        "milliards, notamment due au succès des vidéos courtes.\n\nEn 2019, le cap hautement symbolique des 100 "
        "milliards d’euros avait été franchi.",
    }
    for key, body in told.items():
        write_article(tmp_path, key, f"https://example.org/{key}", body)
    import_paths([tmp_path], progress=False)

    social = [Statistic.objects.get(article__slug=key, value=12) for key in told]
    assert social[0].indicator_id is not None and social[0].indicator_id == social[1].indicator_id
    milestones = [Statistic.objects.get(article__slug=key, value=100e9) for key in told]
    assert milestones[0].indicator_id is None or milestones[0].indicator_id != milestones[1].indicator_id


def test_the_seeds_put_no_different_populations_together(imported_seeds):
    from articles.models import Statistic

    adobe, salesforce = (Statistic.objects.get(text=text) for text in ("15 %", "51 %"))
    assert adobe.indicator_id is None or adobe.indicator_id != salesforce.indicator_id
    for statistic in Statistic.objects.filter(indicator__isnull=False).select_related("indicator"):
        assert statistic.indicator.automatic
        assert statistic.indicator.statistics.count() >= 2


@pytest.mark.django_db
def test_an_editors_decisions_stand_when_figures_are_regrouped(tmp_path):
    from articles.comparison import state
    from articles.importing import import_paths
    from articles.models import Article, Indicator, Statistic

    write_articles(tmp_path, "dev")
    import_paths([tmp_path], progress=False)
    basket = Statistic.objects.get(article__slug="ecommerce-journaldunet", value=68)
    indicator = basket.indicator
    # The editor takes one figure out, confirms the indicator under a name of theirs.
    state.move_out(Statistic.objects.filter(pk=basket.pk))
    Indicator.objects.filter(pk=indicator.pk).update(automatic=False, name="Panier moyen en ligne")
    article = Article.objects.get(slug="ecommerce-journaldunet")
    article.body += "\n\nLe panier moyen est de 70 euros."
    article.save()
    basket.refresh_from_db()
    indicator.refresh_from_db()
    assert basket.indicator_id is None, "a figure the editor took out stays out"
    assert (indicator.name, indicator.automatic) == ("Panier moyen en ligne", False)


@pytest.mark.django_db
def test_figures_stored_before_grouping_are_grouped_by_regroup_figures_editors_decisions_kept(tmp_path):
    from django.core.management import call_command

    from articles.comparison import state
    from articles.importing import import_paths
    from articles.models import Indicator, Statistic

    write_articles(tmp_path, "dev")
    import_paths([tmp_path], progress=False)
    built = {pk for pk in Statistic.objects.filter(indicator__isnull=False).values_list("pk", flat=True)}
    basket = Statistic.objects.get(article__slug="ecommerce-journaldunet", value=68)
    signed = basket.indicator
    state.confirm(signed, "Panier moyen en ligne")
    signed_members = set(signed.statistics.values_list("pk", flat=True))
    taken_out = Statistic.objects.get(article__slug="ecommerce-usinenouvelle", value=146.9e9)
    state.move_out(Statistic.objects.filter(pk=taken_out.pk))
    # As stored before migration 0014: no reading, no automatic indicator.
    Statistic.objects.exclude(indicator=signed).update(grouping_key="", grouping_terms="", indicator=None)
    Indicator.objects.filter(automatic=True).delete()

    dry = StringIO()
    call_command("regroup_figures", "--dry-run", stdout=dry)
    assert "essai" in dry.getvalue() and not Indicator.objects.filter(automatic=True).exists()
    out = StringIO()
    call_command("regroup_figures", stdout=out)
    assert "indicateurs automatiques : 0 avant" in out.getvalue()
    regrouped = set(Statistic.objects.filter(indicator__isnull=False).values_list("pk", flat=True))
    assert regrouped == built - {taken_out.pk}, "the same indicators as the import built"
    assert set(signed.statistics.values_list("pk", flat=True)) == signed_members
    signed.refresh_from_db()
    assert (signed.name, signed.automatic) == ("Panier moyen en ligne", False)
    taken_out.refresh_from_db()
    assert taken_out.indicator_id is None and taken_out.grouping_key


@pytest.mark.django_db
def test_a_verified_figure_changed_in_an_edit_goes_back_to_review_with_a_notice(imported_seeds, admin_client):
    from django.urls import reverse

    from articles.models import Article, Statistic

    statistic = Statistic.objects.get(text="51 %")
    Statistic.objects.filter(pk=statistic.pk).update(status=Statistic.Status.VERIFIED)
    article = statistic.article
    article.body = article.body.replace("`51 %`", "`53 %`")
    article.save()

    statistic.refresh_from_db()
    assert statistic.status == Statistic.Status.EXTRACTED and statistic.text == "53 %"
    assert "51 %" in statistic.review_note and "53 %" in statistic.review_note
    page = admin_client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "Le chiffre vérifié « 51 % » est devenu « 53 % »" in page
    assert Article.objects.get(pk=article.pk).body_html.count(f'id="chiffre-{statistic.pk}"') == 1


@pytest.mark.django_db
def test_saving_one_article_costs_the_same_however_many_figures_the_site_holds(tmp_path):
    """Incremental: a save compares its figures with a bounded slice of their key, never with all."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles.comparison.state import CANDIDATES_PER_KEY
    from articles.importing import import_paths
    from articles.models import Article

    write_articles(tmp_path, "dev")
    import_paths([tmp_path], progress=False)
    article = Article.objects.get(slug="ecommerce-meuble-info")
    counts = []
    for extra in (0, CANDIDATES_PER_KEY + 10):
        for index in range(extra):
            Article.objects.create(
                title=f"Panier {index}",
                slug=f"panier-{index}",
                status=Article.Status.PUBLISHED,
                body=f"Le panier moyen est de {60 + index % 9} euros, selon l'étude {index}.",
            )
        article.body += f"\n\nLe panier moyen atteint {70 + extra} euros."
        with CaptureQueriesContext(connection) as queries:
            article.save()
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_zero_is_one_number_said_once_not_an_error():
    # "0 % des PME" beside "12 %" of one study, as an imported job's files say: grouping them failed.
    assert same_number(0.0, 0.0)
    assert not same_number(0.0, 12.0) and not same_number(12.0, 0.0)
    assert same_number(1_800_000.0, 1_774_729.0)
