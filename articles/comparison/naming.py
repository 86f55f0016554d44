"""Names of automatic indicators, as an editor would write them. Pure.

A name says what is measured, of whom, and the segment that sets the figures apart, built from
what the grouper read of them (`matching.Reading`: unit, population, concepts, qualifiers). The
unit sets its head: a share is "Part des …", a change "Évolution de …", a count "Nombre de …",
an amount its measure ("Panier moyen"). When the reading says too little, the words the figures'
subjects share stand in, as before.
"""

import re
from collections import Counter

from articles.comparison.matching import DOUBT, plain, subject_words
from articles.comparison.matching import TOPICS as SUBJECT_TOPICS
from articles.comparison.phrases import (
    CIRCUMSTANCE_ORDER,
    CIRCUMSTANCES,
    DEVICES,
    ONE_OF,
    PEOPLE,
    PUBLIC,
    PURPOSES,
    RATE_OF,
    RATES,
    SECTORS,
    SEGMENT_ASIDES,
    SEGMENT_REVENUE,
    SEGMENT_SALES,
    SIZE_NOUNS,
    TOPICS,
)

LONGEST_NAME = 200  # Indicator.name's max_length


def indicator_name(figures, readings):
    """A name an editor can keep: built from the figures' reading, else the words their subjects share."""
    name = named_from_reading(figures, readings) or _shared_words_name(figures, readings)
    name = re.sub(r"\s+", " ", name).strip() or "Indicateur"
    return (name[:1].upper() + name[1:])[:LONGEST_NAME]


def named_from_reading(figures, readings):
    """ "Part des entreprises de moins de 50 salariés utilisant l'IA", or None when the reading says
    too little. Figures of one indicator share one key: one unit, population and segment."""
    first = readings[0]
    concepts = _common_concepts(readings)
    segment = _segment(first)
    population = first.population if first.population != DOUBT else None
    unit = first.unit.split(":")[0]
    if unit == "percent":
        named = _percent(concepts, population, segment, figures, readings)
    elif unit == "count":
        named = _count(concepts, population, segment, figures, readings)
    elif unit == "currency":
        named = _whose_amount(concepts, population, segment)
    elif unit == "duration":
        named = _time_spent(concepts)
        named = f"évolution {_of(named)}" if "CHANGE" in concepts else named  # "6 minutes de plus"
    else:
        return None
    if not named:
        return None
    circumstances = _circumstances(segment, named)
    return _bare(" ".join([named, *circumstances]))


def _segment(reading):
    """The reading's qualifiers that set its figures apart, those in doubt left out."""
    return {name: value for name, value in reading.qualifiers if value and value != DOUBT}


def _circumstances(segment, named):
    """Where, how and when, in French, after what is named ("en Europe", "au premier semestre")."""
    said = [
        _circumstance(name, segment[name])
        for name in CIRCUMSTANCE_ORDER
        if name in segment and not (name == "canal" and "possédant un" in named)
    ]
    return [*said, f"depuis {segment['depuis']}"] if "depuis" in segment else said


def _percent(concepts, population, segment, figures, readings):
    if "CHANGE" in concepts:
        changing = _whose_amount(concepts, population, segment) or _counted(
            concepts, population, segment, figures, readings
        )
        return f"évolution {_of(changing)}" if changing else None
    if rate := next((RATES[c] for c in RATES if c in concepts), None):
        return rate
    if "OF_AMOUNT" in concepts:
        if population is not None and (people := _people(concepts, population, segment, acting=True)):
            whole = _amount(concepts - {"ECOMMERCE"}, None, {}) or "le chiffre d'affaires"
            return f"part {_of(whole)} {_of(people)}"
        if "ECOMMERCE" in concepts and "RETAIL" in concepts:
            return "part du e-commerce dans le commerce de détail"
        return None
    if population is None and "SHARE" in concepts:
        return None  # a share of something unnamed ("pèse 12 %"), not of people
    # A stored reading says no population as None: the general public, if the sentences say so.
    said = " ".join(plain(f"{f.subject or ''} {f.sentence or ''}") for f in figures)
    if population is None and "age" not in segment and not PUBLIC.search(said):
        # Whose share it is goes unsaid: the rate of what is done, claiming no population.
        topic = _topic(concepts)
        doing = _doing(concepts, "", segment) if topic else None
        return RATE_OF.get(doing, f"taux d'usage {_of(topic)}") if topic else None
    people = _people(concepts, population or "", segment, acting=True)
    return f"part {_of(people)}" if people else None


def _count(concepts, population, segment, figures, readings):
    if "CHANGE" in concepts:
        counted = _counted(concepts - {"CHANGE"}, population, segment, figures, readings, counting=True)
        return f"évolution {_of(counted)}" if counted else None
    return _counted(concepts, population, segment, figures, readings, counting=True)


def _counted(concepts, population, segment, figures, readings, counting=False):
    """ "le nombre de cyberacheteurs", "le nombre de commandes par cyberacheteur". Only a count
    (`counting`) of people doing nothing said is their number: a percent change may be anything."""
    things = _counted_word(figures, readings) or ("commandes" if "ORDER" in concepts else "")
    online = " en ligne" if "ECOMMERCE" in concepts else ""
    if things and "ORDER" in concepts and population in ONE_OF:
        return f"le nombre de {things} par {ONE_OF[population]}"
    if population and population in PEOPLE and "ORDER" not in concepts:
        # A count of a population doing nothing said is a count of that population ("Nombre de TPE").
        people = _people(concepts, population, segment, acting=True) or (
            _people(concepts, population, segment) if counting else None
        )
        return f"le nombre {_of(_bare(people))}" if people else None
    if things:
        return f"le nombre {_of(things)}{online}"
    return None


def _amount(concepts, population, segment):
    """What an amount measures, with its article: "le chiffre d'affaires du e-commerce"."""
    online = "ECOMMERCE" in concepts
    kind = segment.get("segment")
    if "SPEND" in concepts:
        one = ONE_OF.get(population or "")
        return f"la dépense annuelle par {one}" if one else "la dépense annuelle moyenne"
    if "BASKET" in concepts and "ORDER" not in concepts:
        return "le panier moyen"
    if "ONLINE_AD" in concepts:
        return "le marché de la publicité en ligne"
    if "TIME" in concepts:
        return _time_spent(concepts)
    if kind in SEGMENT_SALES and not population:
        said = SEGMENT_REVENUE[kind] if "REVENUE" in concepts else SEGMENT_SALES[kind]
        return said + (" en ligne" if online else "")
    if "REVENUE" in concepts or (online and "NUMBER" not in concepts and "ORDER" not in concepts):
        if online:
            return "le chiffre d'affaires du e-commerce"
        if "RETAIL" in concepts:
            return "le chiffre d'affaires du commerce de détail"
        return "le chiffre d'affaires"
    if "BUDGET" in concepts:
        topic = _topic(concepts)
        return f"le budget consacré {_to(topic)}" if topic else "le budget"
    if "SALARY" in concepts:
        return "les salaires"
    return None


def _time_spent(concepts):
    """A duration is time spent, on what the figures name: "le temps passé sur les réseaux sociaux"."""
    topic = _topic(concepts)
    if topic in (None, "le commerce en ligne"):
        return "le temps passé en ligne" if topic else "le temps passé"
    return f"le temps passé sur {topic}"


def _whose_amount(concepts, population, segment):
    """An amount and whose it is: "le chiffre d'affaires des entreprises de l'information-communication"."""
    named = _amount(concepts, population, segment)
    if named and " par " not in named and (whose := _whose(population, segment)):
        return f"{named} {whose}"
    return named


def _whose(population, segment):
    """Whose amount it is: "des entreprises de l'information-communication", "du commerce"."""
    if population and (people := _people(frozenset(), population, segment)):
        return _of(people)
    return SECTORS.get(segment.get("secteur", ""), "")


def _people(concepts, population, segment, acting=False):
    """Who, with the segment that sets them apart, and (when `acting`) what they do:
    "les entreprises de moins de 50 salariés utilisant l'IA"."""
    if population not in PEOPLE:
        return None
    who = PEOPLE[population]
    size = segment.get("taille", "")
    if size in SIZE_NOUNS:
        who = f"les {SIZE_NOUNS[size]}" if population == "entreprises" else f"{who} de {SIZE_NOUNS[size]}"
    elif size:
        who = f"{who} {_size_class(size)}"
    if sector := segment.get("secteur"):
        who = f"{who} {SECTORS.get(sector, f'({sector})')}"
    if age := segment.get("age"):
        who = f"les {age} ans" if population == "" and re.fullmatch(r"\d+-\d+", age) else f"{who} {_age(age)}"
    if aside := SEGMENT_ASIDES.get(segment.get("segment", "")):
        who = f"{who} {aside}"
    if not acting:
        return who
    doing = _doing(concepts, population, segment)
    if doing is None:
        return None
    return f"{who} {doing}".strip()


def _doing(concepts, population, segment):
    """What the people counted do, as a participle ("utilisant l'IA"); "" when their name says it
    ("les cyberacheteurs"); None when nothing is said (a share of whom, doing what?)."""
    purpose = next((f" {PURPOSES[c]}" for c in PURPOSES if c in concepts), "")
    topic = _topic(concepts - {"ECOMMERCE"} if population in ("cyberacheteurs", "sites-marchands") else concepts)
    if "OWN" in concepts and not topic and (device := DEVICES.get(segment.get("canal", ""))):
        return f"possédant {device}"
    if population in ("utilisateurs", "internautes", "cyberacheteurs", "sites-marchands") and not topic:
        return ""
    if population == "utilisateurs":
        return _of(topic) + purpose
    if topic is None:
        return None
    if "HEARD" in concepts:
        return f"ayant entendu parler {_of(topic)}"
    if "KNOWN" in concepts:
        return f"connaissant {topic}"
    if "INTENT" in concepts:
        return f"prévoyant d'utiliser {topic}{purpose}"
    if topic == "Internet":
        return "ayant accès à Internet"
    if topic == "le commerce en ligne":
        return "achetant en ligne"
    if topic == "le télétravail":
        return "pratiquant le télétravail"
    if "OWN" in concepts and topic == "les objets connectés":
        return "équipés d'objets connectés"
    return f"utilisant {topic}{purpose}"


def _topic(concepts):
    return next((said for concept, said in TOPICS if concept in concepts), None)


def _common_concepts(readings):
    """The concepts most of the figures' readings hold: one odd figure neither adds nor removes one.
    What the subject is about (e-commerce, AI) is taken from any figure when most name none: the
    grouper put the others with it ("les ventes ont progressé de 14,3 %" beside "les ventes e-commerce")."""
    counts = Counter(word for reading in readings for word in reading.measure if word.isupper())
    common = {word for word, count in counts.items() if 2 * count >= len(readings)}
    if not common & SUBJECT_TOPICS:
        common |= set(counts) & SUBJECT_TOPICS if len(set(counts) & SUBJECT_TOPICS) == 1 else set()
    return frozenset(common)


def _counted_word(figures, readings):
    """The word of a subject that a count counts ("transactions"), when every reading says one."""
    stems = {reading.counted.split("+")[0] for reading in readings}
    if len(stems) != 1 or not (stem := stems.pop()):
        return ""
    for figure in figures:
        for word in re.findall(r"[\w-]+", figure.subject or figure.sentence or ""):
            if plain(word).startswith(stem):
                return word.lower()
    return ""


def _size_class(size):
    if size.startswith("<"):
        return f"de moins de {size[1:]} salariés"
    if size.startswith(">="):
        return f"de {size[2:]} salariés ou plus"
    if "-" in size:
        low, _, high = size.partition("-")
        return f"de {low} à {high} salariés"
    return f"({size})"


def _age(age):
    if match := re.fullmatch(r"(\d+)-(\d+)", age):
        return f"de {match[1]} à {match[2]} ans"
    if age.startswith("<"):
        return f"de moins de {age[1:]} ans"
    if age.startswith(">="):
        return f"de {age[2:]} ans ou plus"
    if age.startswith(">"):
        return f"de plus de {age[1:]} ans"
    return f"({age})"


def _circumstance(name, value):
    return CIRCUMSTANCES[name].get(value, f"({value})")


def _of(phrase):
    """ "de" before a phrase, contracted: du, des, de l', d'."""
    for article, contracted in (("le ", "du "), ("les ", "des ")):
        if phrase.startswith(article):
            return contracted + phrase[len(article) :]
    if re.match(r"[aeiouyhéèêâîôûAEIOUYHÉÈÊÂÎÔÛ]", phrase) and not phrase.startswith(("la ", "l'")):
        return "d'" + phrase
    return "de " + phrase


def _to(phrase):
    """ "à" before a phrase, contracted: au, aux."""
    for article, contracted in (("le ", "au "), ("les ", "aux ")):
        if phrase.startswith(article):
            return contracted + phrase[len(article) :]
    return "à " + phrase


def _bare(phrase):
    """A phrase without its leading article, to stand as a name ("le panier moyen" → "panier moyen")."""
    return re.sub(r"^(?:le |la |les |l')", "", phrase)


# Words a name taken from a subject must not start with: a name is a noun phrase.
LEADING_FILLER = re.compile(
    r"^(?:(?:sur|par|dans|en|de|des|du|pour|avec|à|a|au|aux|et|un|une|le|la|les|l'|l’|ces|ce|cette|notamment|surtout"
    r"|cependant|après|vs|entre|plus|moins|dernier|total|\d+)(?:\s+|$|(?<=')|(?<=’)))+",
    re.IGNORECASE,
)
# Where a subject's clause turns to its verb ("Commerce se situe", "Le display connaît"): the name
# stops there. Auxiliaries, pronoun verbs, and the verbs papers put after a figure's subject.
VERB = re.compile(
    r"(?<![\w'’-])(?:[sq]u?['’](?=\w)|(?:a|ont|est|sont|était|étaient|avait|avaient|y|il|on|nous|se|qui|que|pour sa part"
    r"|affiche\w*|pass(?:e|ent|ant)|connaî?t\w*|rest(?:e|ent)|continu(?:e|ent)|déclar(?:e|ent)|utilis(?:e|ent)"
    r"|mobilis(?:e|ent)|héberg(?:e|ent)|disai\w+|pouv\w+|grimp\w+|progress(?:e|ent)|recul(?:e|ent)|augment(?:e|ent)"
    r"|atteint|représent(?:e|ent)|pès(?:e|ent)|compt(?:e|ent)|totalis(?:e|ent)|effectu(?:e|ent)|possèd(?:e|ent)"
    r"|intègr(?:e|ent)|réalis(?:e|ent)|porté|dû|due|régresser|croître|baissé)(?![\w'’-]))",
    re.IGNORECASE,
)
# Nouns ending in s or x that are singular, or the public rather than things counted.
NOT_PLURAL = frozenset(
    {"temps", "francais", "prix", "taux", "poids", "cours", "acces", "succes", "progres", "mois", "fois"}
)
# A few words starting with a plural noun ("Passagers transportés", "Acteurs étrangers").
PLURAL_NOUNS = re.compile(r"[^\W\d]+[sx](?: [^\W\d][\w'’-]*){0,2}")
# What the unit says of a figure, when the subject's words do not.
UNIT_CUES = (("CHANGE", "évolution"), ("OF_AMOUNT", "part"), ("SHARE", "part"))
SAID_CUES = re.compile(r"\b(?:evolution|hausse|croissance|progression|augmentation|bond|recul|baisse|part)\b")


def _said_already(circumstance, said):
    """Whether plain text `said` says the circumstance already: "mobile", "europ…", "par jour"."""
    word = plain(circumstance).split()[-1]
    synonym = {"jour": "quotidien", "semaine": "hebdomadaire", "mois": "mensuel"}.get(word)
    return word in said.split() or word[:5] in said or bool(synonym and synonym in said)


def _shared_words_name(figures, readings):
    """The words the figures' subjects share, else the first subject, up to its verb, with what
    the unit says ("évolution", "part"), whom it counts and the segment."""
    shared = frozenset.intersection(*(subject_words(f.subject or f.sentence) for f in figures))
    subject = figures[0].subject or ""
    kept = [word for word in re.findall(r"[\w'’-]+", subject) if subject_words(word) & shared]
    name = " ".join(kept) if len(kept) >= 2 else subject
    name = LEADING_FILLER.sub("", VERB.split(name, maxsplit=1)[0].strip(' ,:;.-–—("')).strip(' ,:;.-–—("')
    name = re.sub(r"\s*\([^)]*$", "", name)  # a bracket the verb cut open
    concepts = _common_concepts(readings)
    cue = next((said for concept, said in UNIT_CUES if concept in concepts), "")
    cue = "" if SAID_CUES.search(plain(name)) else cue
    segment = _segment(readings[0])
    population = readings[0].population if readings[0].population != DOUBT else None
    # Whom it counts and the segment, said as the reading's names are: "entreprises des transports".
    who = (
        _bare(_people(frozenset(), population, segment) or "")
        if population
        else (f"secteur {SECTORS[segment['secteur']]}" if segment.get("secteur") in SECTORS else "")
    )
    if not name and cue:
        name, cue = cue, ""  # "Évolution en Europe"
    elif PLURAL_NOUNS.fullmatch(name) and plain(name.split()[0]) not in NOT_PLURAL:
        # "Passagers transportés" counted is "Nombre de passagers transportés"; changing, "Évolution des …".
        things = name[:1].lower() + name[1:]
        if readings[0].unit == "count":
            name = f"{'évolution du ' if 'CHANGE' in concepts else ''}nombre {_of(things)}"
            cue = "" if "CHANGE" in concepts else cue
        elif cue == "évolution":
            name, cue = f"évolution {_of('les ' + things)}", ""
    said = plain(name)
    # "Temps mobile" needs no "sur mobile", "Ventes quotidiennes" or "par jour" no "chaque jour".
    circumstances = [c for c in _circumstances(segment, name) if not _said_already(c, said)]
    name = " ".join([name, *circumstances]).strip()
    asides = [aside for aside in (cue, who) if aside and plain(aside) not in said]
    if name and asides:
        name = f"{name} ({', '.join(asides)})"
    elif asides:
        name = f"{asides[0]} ({asides[1]})" if len(asides) > 1 else asides[0]
    return name
