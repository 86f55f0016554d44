"""Split what a figure measures into parts: of whom (population), what (measure), and in which
segment (qualifiers: geography, size, sector, age, channel).

"62 % des PME industrielles françaises utilisent l'IA générative au quotidien" gives the
population "PME industrielles françaises", the measure "utilisent l'IA générative au
quotidien" and the qualifiers {"geography": "France", "size": "PME", "sector": "industrie"}.
Pronouns ("d'entre eux", "ces derniers", "ils") go back to the population named before.
Works on one clause of masked plain text; rules only, no parser.
"""

import re

from .scan import S as _S

_I = re.IGNORECASE
# Where a clause stops: punctuation, a contrast, a citation.
_CLAUSE_END = re.compile(
    rf"[;:!?()\[\]«»\"“”—–]|,|\.(?:{_S}|$)|{_S}(?:contre|alors{_S}+qu\w*|tandis{_S}+qu\w*|mais|selon|"
    rf"d['’]après|soit|while|whereas|but|according)\b",
    _I,
)
_OF = re.compile(
    rf"^{_S}*(?:d['’]entre{_S}+(?:eux|elles)|des|du|de{_S}+la|de{_S}+l['’]|de|d['’]|of{_S}+the|of)(?:(?<=['’])|\b){_S}*",
    _I,
)
_TO = re.compile(rf"^{_S}*(?:à|a){_S}+", _I)
_AUX = frozenset(
    """
    est sont a ont sera seront serait seraient était étaient fut peut peuvent pourrait pourraient
    doit doivent devrait devraient va vont fait font dit disent y se s ne n en
    is are was were will would can could has have had do does did say says
    """.split()
)
# Singular nouns that end like a verb in -ent.
_NOUN_ENT = frozenset(
    """
    moment gouvernement client agent parent segment équipement paiement investissement comportement
    enseignement établissement département développement environnement événement management traitement
    financement recrutement accompagnement argent président patient adolescent contenu talent
    abonnement achat content parlement
    """.split()
)
# Past participles ("personnes interrogées", "entreprises créées en 2020") stay in the noun phrase.
_VERB_END = re.compile(r"(?:ent|aient|ait|ont|iront|eront|ra|rait|ront|s['’])$")
_PRONOUN = re.compile(
    rf"^(?:d['’]entre{_S}+(?:eux|elles)|(?:ces{_S}+)?derni(?:ers|ères)|ceux-ci|celles-ci|ils|elles|eux|elles|"
    rf"parmi{_S}+(?:eux|elles)|ce{_S}+taux|ce{_S}+chiffre|ces{_S}+entreprises|ceux|celles|they|them)$",
    _I,
)
_LEADING = re.compile(
    rf"^(?:(?:des|de{_S}+la|de{_S}+l['’]|du|de|d['’]|les|la|le|l['’]|ces|ses|leurs?|nos|vos|the|of|"
    rf"tous{_S}+les|toutes{_S}+les)(?:(?<=['’])|\b){_S}*)+",
    _I,
)
_BEFORE_SUBJECT = re.compile(
    rf"(?:^|[,;:]{_S}*|\b(?:que|qu['’]|où){_S}*)(?:(?:les|des|ces|nos|vos|leurs|la|le|l['’]){_S}*)"
    # "les 15-24 ans passent", "les plus de 65 ans consacrent": an age group is a subject too
    rf"(?P<np>(?:(?:plus|moins){_S}+de{_S}+)?\d{{2}}(?:{_S}*[-–]{_S}*\d{{2}})?{_S}+ans|"
    rf"[^\W\d][\w'’-]*(?:{_S}+[^\W\d][\w'’-]*){{0,4}}?){_S}+"
    rf"(?P<verb>(?:sont|ont|passent|consacrent|dépensent|gagnent|perdent|attendent|représentent|"
    rf"comptent|restent|seraient|seront|étaient|[^\W\d]{{3,}}ent)){_S}",
    _I,
)
_MAX_WORDS = 8


def clause_after(text: str) -> str:
    """The words up to the clause's end: punctuation, a contrast, a citation."""
    m = _CLAUSE_END.search(text)
    return text[: m.start()] if m else text


_PREPOSITIONS = frozenset("de du des d' d’ la le l' l’ les en au aux un une par pour sur dans".split())


def _is_verb(word: str, previous: str = "") -> bool:
    w = word.lower().strip("'’")
    if w in _AUX:
        return True
    if w in _NOUN_ENT or len(w) < 4 or w.endswith("ents"):
        return False
    if w.endswith("ment"):
        # "affirment", "estiment" after a noun; "au moment", "du gouvernement" after a preposition
        return previous.lower() not in _PREPOSITIONS and not previous.lower().endswith(("'", "’"))
    return bool(_VERB_END.search(w))


def _words(text: str) -> list[str]:
    return text.split()


_DANGLING = re.compile(r"(?:\s+(?:et|ou|and|or|de|des|du|d['’]|à|au|aux|par|pour|en|le|la|les|l['’]))+$", re.I)


def tidy(phrase: str) -> str:
    """A phrase without a conjunction or preposition left hanging at its end."""
    return _DANGLING.sub("", phrase.strip(" .'’-,;")).strip(" .'’-,;")


def _join(words: list[str], limit: int = _MAX_WORDS) -> str:
    """The words as a phrase, without a conjunction or preposition left hanging at its end."""
    return _DANGLING.sub("", " ".join(words[:limit]).strip(" .'’-,;")).strip(" .'’-,;")


def split_phrase(phrase: str) -> tuple[str, str]:
    """Cut "PME françaises utilisent l'IA au quotidien" into (noun phrase, verb phrase)."""
    words = _words(phrase)[:20]
    for i, word in enumerate(words):
        if i and (_is_verb(word, words[i - 1]) or word.lower() in ("qui", "que", "qu'", "who", "that")):
            return _join(words[:i]), _join(words[i:], 12)
        if word.lower() in ("n'", "ne", "s'", "se", "y") or word.lower().startswith(("n'", "s'", "n’", "s’")):
            return _join(words[:i]), _join(words[i:], 12)
    return _join(words), ""


def _plural(word: str) -> bool:
    return word.lower().endswith(("s", "x")) or word.isupper()


def _subject_before(before: str) -> str:
    """The plural subject just before the verb that leads to the figure:
    "Les internautes passent 52 minutes" -> "internautes"."""
    found = None
    for m in _BEFORE_SUBJECT.finditer(before[-160:]):
        found = m
    if found is None:
        return ""
    tail = before[-160:][found.end() :]
    if _CLAUSE_END.search(tail):
        return ""
    words = _words(found.group("np"))
    return _join(words, 5) if words and _plural(words[-1]) else ""


def resolve(population: str, previous: str) -> str:
    """Pronouns and references back go to the population named before."""
    if population and _PRONOUN.match(population.strip()) and previous:
        return previous
    return population


def population_and_measure(
    before: str, text: str, after: str, unit: str, previous_population: str, context: str = ""
) -> tuple[str, str]:
    """Return (population, measure) from the clause around a figure.

    before/after: the sentence's words either side of the figure; text: the figure as written;
    context: the text before the figure's sentence, for pronouns ("35 % d'entre eux").
    """
    bracketed = before.rstrip().endswith("(") and after.lstrip().startswith(")")
    if bracketed:
        # "deux sur trois (64 %) des consommateurs": the clause goes on after the bracket
        after = after.lstrip()[1:]
    clause = clause_after(after)
    population = measure = ""
    low = text.lower()
    fraction = re.match(rf"(?:un|une|one|a|\d+|\w+){_S}+(?P<noun>.+?){_S}+(?:sur|in|out{_S}+of){_S}+\S+$", text, _I)
    if fraction:
        population = fraction.group("noun")
        measure = _join(_words(clause), 12)
    elif unit == "count":
        population, measure = split_phrase(_LEADING.sub("", clause.strip()))
        if re.match(r"(?:ici|en|par|chaque|dans|sur|à|au|pour|depuis|fin|début)\b", population, _I):
            population, measure = "", ""  # "4,89 milliards d'ici 2027": no noun, a date
    elif unit == "duration":
        measure = _join(_words(clause), 12)
    elif _OF.match(clause) and unit in ("percent", "duration"):
        of = _OF.match(clause)
        phrase = clause[of.end() :]
        head, rest = split_phrase(phrase)
        age = _AGE_GROUP.match(phrase)
        if _POSSESSIVE.match(phrase):
            # "77 % de leurs achats", "une hausse de 20 % de ses ventes locales": what the subject
            # owns is measured, and the subject (when plural) is the population
            population, measure = _subject_before(before), _join(_words(phrase[_POSSESSIVE.match(phrase).end() :]), 12)
        elif age:
            # "51 % des 45-65 ans", "31 % des plus de 35 ans": an age group is a population
            head, rest = age.group(0).strip(), _join(_words(phrase[age.end() :]), 12)
            population, measure = head, rest
        elif rest or (head and _plural(head.split()[0])) or "entre" in of.group(0):
            population, measure = head, rest
        else:
            measure = head
        if "entre" in of.group(0):
            population = (
                _nearest_population(before)
                or previous_population
                or _first_population(before)
                or _last_population(context)
            )
    elif _TO.match(clause):
        # "Ils sont 35 % à utiliser..." / "Les Français sont 35 % à..."
        measure = _join(_words(clause[_TO.match(clause).end() :]), 12)
        population = _subject_before(before) or _pronoun_before(before)
        if _PRONOUN.match(population) and not previous_population:
            # "le quotidien des Français. [...] ils sont désormais 24 % à ...": the people named last
            population = _nearest_population(before) or _last_plural(context) or population
    else:
        head, rest = split_phrase(clause)
        measure = rest if not head else ""  # "un quart s'y oppose"
    if bracketed and not population:
        # "près de 7 Français sur 10 (69 %)": the population of the fraction it restates
        restated = _RESTATED_FRACTION.search(before) or _RESTATED_SHARE.search(before)
        population = restated.group("noun") if restated else population
    if before.rstrip().endswith("(") and not population:
        # "les cadres (93 %)", "chez les électeurs de la France insoumise (54 %)", "parmi les 30-44 ans (83 % ont ...)"
        most = _MOST_BEFORE_BRACKET.search(before[-160:])
        named = most or _PLURAL_BEFORE_BRACKET.search(before[-90:])
        if named and (most or _plural(named.group("np").split()[0]) or _AGE_GROUP.match(named.group("np"))):
            population = named.group("np")
    if unit in ("currency", "count") and not population:
        # "890 euros par cyberacheteur", "3 500 euros dépensés par an, en moyenne, par les internautes"
        for per in _PER.finditer(after[:90]):
            if per.group("np").lower() not in _NOT_PER:
                population = per.group("np")
                break
    if (
        not population
        and unit in ("percent", "duration")
        and not low.startswith(("la moitié", "half"))
        and not _CHANGED_BY.search(before[-60:])
    ):
        # "les ventes ont reculé de 3 %": a rate of change of what the subject names, no population
        population = _subject_before(before) if not _OF.match(clause) else population
    if not population and unit == "percent":
        # "Les 18-34 ans sont les plus optimistes : 52 % pensent que ..."
        announced = _SUBJECT_THEN_COLON.search((context + before)[-200:])
        population = announced.group("np") if announced else population
    if not population and unit == "percent":
        # "La part de Français utilisant des objets connectés est désormais majoritaire (51 %)"
        share = list(_SHARE_OF.finditer(before[-200:]))
        population = split_phrase(share[-1].group("np"))[0] if share else population
    among = _AMONG_AFTER.match(after) if unit == "percent" else None
    if among and (not population or _PRONOUN.match(_LEADING.sub("", population).strip())):
        # "Ce taux atteint 91 % chez les moins de 35 ans", "passe à 15 % parmi les entreprises de 50 à
        # 249 salariés": the group named right after the figure is whose it is
        population = (
            among.group("np") if _AGE_GROUP.fullmatch(among.group("np")) else split_phrase(among.group("np"))[0]
        )
    population = resolve(_LEADING.sub("", population).strip(), previous_population)
    if _PRONOUN.match(population):
        population = ""
    return population, measure


_AGE_GROUP = re.compile(
    rf"(?:(?:plus|moins){_S}+de{_S}+)?\d{{2}}(?:{_S}*(?:-|–|à){_S}*\d{{2}})?{_S}+ans"
    rf"(?:{_S}+(?:et|ou){_S}+(?:plus|moins))?(?!{_S}*(?:d['’]|de{_S}))",
    _I,
)
_SUBJECT_THEN_COLON = re.compile(
    rf"(?:^|[.;!?]{_S}+)(?:les|ces){_S}+(?P<np>{_AGE_GROUP.pattern}|[^\W\d][\w'’-]*(?:{_S}+[^\W\d][\w'’-]*){{0,3}}?)"
    # "Les Français pensent de plus en plus que ... : 84%"
    rf"{_S}+(?:sont|restent|se{_S}+montrent|se{_S}+disent|apparaissent|semblent|(?!(?:\w*ment)\b)[^\W\d]{{3,}}ent)\b"
    rf"[^.;:!?]{{0,120}}:{_S}*$",
    _I,
)
_CHANGED_BY = re.compile(
    rf"\b(?:progress|recul|augment|baiss|diminu|grimp|chut|bondi|crû|cru|évolu|régress|fléchi|rebondi)\w*"
    rf"{_S}+(?:(?:de|d['’])|(?:en{_S}+)?(?:moyenne{_S}+)?de){_S}*$",
    _I,
)
_POSSESSIVE = re.compile(rf"(?:ses|leurs?|son|sa|their|its){_S}", _I)
# "Les 18-24 ans sont les plus nombreux à l'utiliser (74 %)"
_MOST_BEFORE_BRACKET = re.compile(
    rf"\b(?:les|ces){_S}+(?P<np>{_AGE_GROUP.pattern}|[^\W\d][\w'’-]*(?:{_S}+[^\W\d][\w'’-]*){{0,2}}?){_S}+"
    rf"(?:sont|restent|étaient|seront){_S}+(?:les{_S}+)?(?:plus|moins){_S}+nombreu\w+[^.;:()]{{0,80}}\({_S}*$",
    _I,
)
_PLURAL_BEFORE_BRACKET = re.compile(
    rf"\b(?:les|des|aux){_S}+(?!(?:plus|moins|mieux|seuls?|premiers?|derniers?)\b)(?P<np>{_AGE_GROUP.pattern}{_S}*(?=\()|[^\W\d][\w'’-]*(?:{_S}+(?:de{_S}+la|de{_S}+l['’]|du|des|de|d['’])?{_S}*"
    rf"[^\W\d][\w'’-]*){{0,4}}?){_S}*\({_S}*$",
    _I,
)
_AMONG_AFTER = re.compile(
    rf"{_S}*(?:chez|parmi){_S}+(?:les|ces){_S}+(?P<np>{_AGE_GROUP.pattern}|[^\W\d][\w'’-]*"
    rf"(?:{_S}+(?:de{_S}+|d['’])?[\w'’-]+){{0,5}}?)(?={_S}*(?:[,.;:)]|$|{_S}(?:contre|et|alors|mais|qui|en{_S}+\d)))",
    _I,
)
_PER = re.compile(rf"\bpar{_S}+(?:les{_S}+|l['’]|le{_S}+|la{_S}+)?(?P<np>[^\W\d][\w'’-]+)", _I)
_NOT_PER = frozenset(
    "an année jour mois semaine trimestre semestre heure minute seconde transaction commande panier rapport "
    "exemple ailleurs contre conséquent habitant rapport moment mail email utilisation achat visite".split()
)
_SHARE_OF = re.compile(
    rf"\b(?:(?:la|cette|leur){_S}+(?:part|proportion|pourcentage){_S}+(?:de{_S}+|des{_S}+|d['’])|"
    rf"(?:le|ce|leur){_S}+taux{_S}+(?:de{_S}+|d['’])[^\W\d]+{_S}+(?:des{_S}+|chez{_S}+les{_S}+))"
    rf"(?!marché|voix|audience)(?P<np>{_AGE_GROUP.pattern}|[^\W\d][\w'’-]*(?:{_S}+(?!de\b|d['’]|du\b|des\b|[\w'’-]*ant\b|"
    rf"(?:atteint|recule|grimpe|baisse|progresse|augmente|diminue|est|sont|s['’]\w+|passe|reste)\b)[^\W\d][\w'’-]*){{0,2}})",
    _I,
)
_FIRST_POPULATION = re.compile(
    rf"(?:^|[.;:]{_S}+)(?:les|des|ces){_S}+(?P<np>[^\W\d][\w'’-]*(?:{_S}+(?!de\b|d['’]|du\b|des\b)[^\W\d][\w'’-]*){{0,2}})",
    _I,
)


_RESTATED_FRACTION = re.compile(
    rf"\b(?:un|une|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf){_S}+(?P<noun>[^\W\d][\w'’-]*(?:{_S}+[^\W\d][\w'’-]*){{0,2}}?)"
    rf"{_S}+sur{_S}+\w+(?:{_S}+[^\W\d][\w'’-]*){{0,3}}?{_S}*\({_S}*$",
    _I,
)


_RESTATED_SHARE = re.compile(
    rf"\b(?:tiers|quarts?|moitié|cinquièmes?|dixièmes?|majorité|minorité){_S}+(?:des|de|d['’]|du){_S}*"
    rf"(?P<noun>[^\W\d][\w'’-]*(?:{_S}+[^\W\d][\w'’-]*){{0,2}}?){_S}*\({_S}*$",
    _I,
)


def _first_population(before: str) -> str:
    """The plural noun a clause opened with: "Les entreprises de plus de 500 salariés ..." -> "entreprises"."""
    m = _FIRST_POPULATION.search(before)
    if not m:
        return ""
    head, _ = split_phrase(m.group("np"))
    return head


_ANY_POPULATION = re.compile(
    rf"\b(?:les|des|ces){_S}+(?P<np>[^\W\d][\w'’-]*(?:{_S}+(?!de\b|d['’]|du\b|des\b)[^\W\d][\w'’-]*){{0,2}})", _I
)


def _nearest_population(before: str) -> str:
    """The plural noun named last before "d'entre eux" in its own sentence."""
    matches = [m for m in _ANY_POPULATION.finditer(before[-120:]) if _plural(split_phrase(m.group("np"))[0].split()[0])]
    return split_phrase(matches[-1].group("np"))[0] if matches else ""


def _last_population(context: str) -> str:
    matches = list(_FIRST_POPULATION.finditer(context))
    return split_phrase(matches[-1].group("np"))[0] if matches else ""


_PEOPLE = re.compile(
    rf"\b(?:des|les|aux){_S}+(?P<np>(?-i:[A-ZÀ-Ö][a-zà-ÿ]+s)|(?:salariés|internautes|consommateurs|utilisateurs|"
    rf"répondants|sondés|personnes|actifs|entreprises|jeunes|cadres|clients|acheteurs|parents|patients|"
    rf"usagers|abonnés|étudiants|seniors|dirigeants|marketeurs))\b",
    _I,
)


def _last_plural(context: str) -> str:
    """The people a text named last ("... dans le quotidien des Français."), for "ils"."""
    found = list(_PEOPLE.finditer(context[-300:]))
    return found[-1].group("np") if found else ""


def _pronoun_before(before: str) -> str:
    m = re.search(
        rf"\b(ils|elles|eux){_S}+(?:sont|étaient|seront|ne{_S}+sont)"
        rf"(?:{_S}+(?:désormais|aujourd['’]hui|encore|déjà|toujours|ainsi|donc|même|seulement|près{_S}+de|environ))*{_S}*$",
        before,
        _I,
    )
    return m.group(1) if m else ""


# Qualifiers: the first word family found in the clause names the segment.
_GEOGRAPHY = (
    ("France", r"fran(?:ce|çais|çaise|çaises)|hexagone|hexagonal\w*|tricolores?"),
    ("Europe", r"europ(?:e|éen|éens|éenne|éennes)|union{_S}+européenne|\bUE\b"),
    ("monde", r"monde|mondial(?:e|es|ement)?|world(?:wide)?|global(?:ly)?"),
    ("États-Unis", r"états-unis|américain(?:e|s|es)?|(?-i:US|USA)"),
    ("Royaume-Uni", r"royaume-uni|britanniques?"),
    ("Allemagne", r"allemagne|allemand(?:e|s|es)?"),
    ("Canada", r"canada|canadien(?:ne|s|nes)?|québec|québécois(?:e|es)?"),
    ("Belgique", r"belgique|belges?"),
    ("Suisse", r"suisses?"),
    ("Espagne", r"espagne|espagnol(?:e|s|es)?"),
    ("Italie", r"italie|italien(?:ne|s|nes)?"),
    ("Chine", r"chine|chinois(?:e|es)?"),
    ("Île-de-France", r"île-de-france|franciliens?|franciliennes?"),
)
_SIZE = (
    ("TPE", r"tpe|très{_S}+petites{_S}+entreprises|micro-entreprises?"),
    ("PME", r"pme|petites{_S}+et{_S}+moyennes{_S}+entreprises|sme?s"),
    ("ETI", r"eti|entreprises{_S}+de{_S}+taille{_S}+intermédiaire"),
    ("grandes entreprises", r"grandes{_S}+entreprises|grands{_S}+groupes|grands{_S}+comptes|large{_S}+companies"),
    ("start-up", r"start-?ups?|jeunes{_S}+pousses"),
)
_SECTOR = (
    ("industrie", r"industri(?:e|el|elle|els|elles)|manufactur\w*|usines?"),
    ("commerce", r"e-commerce|commerce|commerçants?|retail|distributeurs?|distribution|e-commerçants?|marchands?"),
    ("santé", r"santé|hôpita(?:l|ux)|médic\w*|healthcare"),
    ("finance", r"banques?|bancaires?|financ(?:e|ier|iers|ière|ières)|assurances?|assureurs?"),
    ("construction", r"btp|bâtiment|construction"),
    ("tourisme", r"touris\w*|hôtel\w*|restaura\w*"),
    ("agriculture", r"agricole\w*|agricult\w*|agriculteurs?"),
    ("numérique", r"numérique|tech|informatique|logiciels?|saas|startups{_S}+tech"),
    ("éducation", r"éducation|enseignants?|écoles?|universit\w*|étudiants?|élèves?"),
    ("secteur public", r"secteur{_S}+public|administrations?|collectivités?|fonctionnaires?|public{_S}+sector"),
    ("transport", r"transports?|logistiques?"),
    ("marketing", r"marketing|marketeurs?|marketeuses?|annonceurs?|publicit\w*|agences?"),
    # "médias sociaux" are social networks, not the media sector.
    ("médias", r"médias(?!{_S}+sociaux)|presse|éditeurs?"),
    ("énergie", r"énergie|énergétiques?"),
)
_AGE = (
    (
        None,
        r"(?:de{_S}+|entre{_S}+)?\d{2}{_S}*(?:à|-|–|et){_S}*\d{2}{_S}+ans|(?:de{_S}+)?(?:moins|plus){_S}+de{_S}+\d{2}{_S}+ans",
    ),
    ("jeunes", r"jeunes|adolescents?|ados"),
    ("seniors", r"seniors?|séniors?|retraités?|personnes{_S}+âgées"),
    ("génération Z", r"génération{_S}+z|gen{_S}+z|zoomers?"),
    ("millennials", r"millennials?|génération{_S}+y"),
)
_CHANNEL = (
    ("mobile", r"mobiles?|smartphones?|téléphone{_S}+portable"),
    (
        "réseaux sociaux",
        r"réseaux{_S}+sociaux|social{_S}+media|tiktok|instagram|facebook|linkedin|youtube|snapchat|x{_S}+\(twitter\)",
    ),
    ("e-mail", r"e-?mails?|courriels?|newsletters?|emailing"),
    ("en ligne", r"en{_S}+ligne|internet|online|web|sites?"),
    ("magasin", r"magasins?|points{_S}+de{_S}+vente|boutiques?{_S}+physiques?"),
    ("téléphone", r"téléphone|appels?"),
)
_FAMILIES = {"geography": _GEOGRAPHY, "size": _SIZE, "sector": _SECTOR, "age": _AGE, "channel": _CHANNEL}


def _family_rx(family) -> re.Pattern:
    """One alternation per family, a named group per label: one search finds the first."""
    alternatives = "|".join(f"(?P<g{i}>{rx.replace('{_S}', _S)})" for i, (_, rx) in enumerate(family))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", _I)


_COMPILED = {key: (_family_rx(family), [label for label, _ in family]) for key, family in _FAMILIES.items()}
_EMPLOYEES = re.compile(rf"(?:de{_S}+)?(?:plus|moins){_S}+de{_S}+[\d{_S}]+{_S}*(?:salariés|employés)", _I)


def qualifiers_of(population: str, measure: str, clause: str) -> dict:
    """Segment facts named in the population, the measure or the clause around the figure."""
    out = {}
    text = f"{population}\n{measure}\n{clause}"
    for key, (rx, labels) in _COMPILED.items():
        m = rx.search(text)
        if m:
            label = labels[int(m.lastgroup[1:])]
            out[key] = label or " ".join(m.group(0).split())
    size = _EMPLOYEES.search(clause)
    if size and "size" not in out:
        out["size"] = " ".join(size.group(0).split())
    return out


def without_place(population: str) -> str:
    """A population without the place it names ("entreprises françaises" -> "entreprises"), for a
    figure whose own clause names another ("la moyenne européenne")."""
    rx, _ = _COMPILED["geography"]
    return tidy(" ".join(rx.sub(" ", population).split())) or population
