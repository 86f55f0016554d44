"""Find amounts (currency) and counts of a measured thing, and rule out look-alikes."""

import re

from .numerals import FR_WORDS, NUM, SCALE_WORDS, parse_digits, parse_words, scale_of
from .scan import IGNORE as _I
from .scan import START as _START
from .scan import Candidate
from .scan import S as _S
from .scan import near as _near

_CUR_SYMBOL = {
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
    "¥": "JPY",
    "us$": "USD",
    "ca$": "CAD",
    "c$": "CAD",
    "a$": "AUD",
    "chf": "CHF",
    "eur": "EUR",
    "usd": "USD",
    "gbp": "GBP",
    "cad": "CAD",
}
_CUR_AFTER = (
    r"(?P<cur>€|\$|£|(?:d['’]|de\s+)?euros?\b|(?:d['’]|de\s+)?dollars?(?:\s+(?:canadiens|américains|"
    r"US|CA))?\b|(?:de\s+)?livres?\s+sterling\b|\b(?:EUR|USD|GBP|CHF|CAD)\b|"
    r"(?:d['’]|de\s+)?francs?\s+suisses\b)"
)
_SHORT_SCALE = r"(?:k|K|M|Md|Mds|mds?|bn|Mn)(?=[€$£])"
# A range shares the unit and scale written after its upper bound: "de 3 à 5 milliards
# d'euros"; "45 € à 52 €" stays two amounts. "et"/"and" make a range only after entre/between.
_AMOUNT_AFTER = re.compile(
    rf"(?:(?P<between>\b(?:entre|between)){_S}+)?{_START}"
    # "passant de 92 euros en 2011 à 89 euros": a year, then the amount it changed to
    rf"(?P<neg>[-−](?=\d))?(?!(?<=\b[eE]n[\s\u00a0])(?:19|20)\d\d{_S}*(?:à|-|–){_S}*\d)(?P<n>{NUM})"
    rf"(?:{_S}*(?P<sep>à|-|–|to|et|and){_S}*(?P<hi>{NUM}))?"
    rf"(?:{_S}*(?P<scale>{SCALE_WORDS}|{_SHORT_SCALE}))?{_S}*"
    rf"(?:d['’]|de{_S}+)?{_CUR_AFTER}",
    _I,
)
_AMOUNT_BEFORE = re.compile(
    rf"(?<![\w$])(?P<cur>US\$|CA\$|C\$|A\$|[€$£¥]|\b(?:EUR|USD|GBP|CHF|CAD)\b){_S}?(?P<n>{NUM})"
    rf"(?:{_S}*(?P<scale>{SCALE_WORDS}\b|(?:k|K|M|Mn|bn|B|tn)\b)|(?P<short>m)\b)?",
)


def _currency_code(word: str) -> str:
    w = word.lower()
    if "canad" in w or w in ("ca$", "c$", "cad") or w.endswith("ca"):
        return "CAD"
    if "euro" in w:
        return "EUR"
    if "dollar" in w:
        return "USD"
    if "livre" in w:
        return "GBP"
    if "franc" in w:
        return "CHF"
    return _CUR_SYMBOL.get(w.strip(), "")


_FROM_TO_BEFORE = re.compile(
    rf"(?:\b(?:pass|évolu|grimp|recul|tomb|bondi|chut)\w*(?:{_S}+[\w'’-]+){{0,3}}?|\(){_S}*de{_S}*\Z", _I
)


_INCOME_THRESHOLD = re.compile(
    rf"\b(?:gagn|perç|perçoi|touch|dispos|revenus?)\w*{_S}+(?:\w+{_S}+)?(?:moins|plus|au{_S}+moins){_S}+(?:de|d['’]){_S}*\Z|"
    # "(revenu mensuel inférieur à 1.200 euros)"
    rf"\b(?:revenus?|salaires?)(?:{_S}+\w+){{0,2}}{_S}+(?:inférieurs?|supérieurs?){_S}+(?:à|au){_S}*\Z",
    _I,
)

# "un Français sur deux avec un revenu de 2000 à 3 499€ par mois": a band of income
_INCOME_BAND = re.compile(rf"\b(?:revenus?|salaires?)\b(?:{_S}+\w+){{0,2}}?{_S}+(?:de|d['’]|entre){_S}*\Z", _I)


# "32€ rapportés pour 1€ investi": the base of a return (a round unit), not an amount anyone spent
_RATIO_BASE = re.compile(rf"{_S}*(?:investie?s?|dépensée?s?|engagée?s?|misée?s?|invested|spent)\b", _I)


def amounts(text: str, keys: dict):
    for rx in (_AMOUNT_AFTER, _AMOUNT_BEFORE):
        for m in _near(keys["digits"], rx, text, 14, 50):
            groups = m.groupdict()
            scale = groups["scale"] or groups.get("short") or ""
            factor = 1e9 if scale == "B" else scale_of(scale)
            value, high, start = parse_digits(m.group("n"), scale) * factor, None, m.start("n")
            if rx is _AMOUNT_BEFORE:
                start = m.start()
            elif m.group("hi") and m.group("sep").lower() in ("et", "and") and not m.group("between"):
                value, start = parse_digits(m.group("hi"), scale) * factor, m.start("hi")  # "45 et 52 €"
            elif m.group("hi") and _FROM_TO_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                # "passant de 65 à 68 euros": two amounts, before and after
                yield Candidate(
                    m.start("n"), m.end("n"), value, None, "currency", _currency_code(m.group("cur")), priority=4
                )
                value, start = parse_digits(m.group("hi"), scale) * factor, m.start("hi")
            elif m.group("hi"):
                high = parse_digits(m.group("hi"), scale) * factor
            elif m.group("neg"):
                value, start = -value, m.start("neg")  # "-2,5 milliards d'euros": a loss
            code = _currency_code(m.group("cur"))
            if (
                value in (1, 10, 100, 1000)
                and high is None
                and re.search(r"\b(?:pour|par|per|for)\W*\Z", text[max(0, start - 6) : start])
                and _RATIO_BASE.match(text, m.end())
            ):
                continue  # "pour 1€ investi", not "pour 4216 € dépensés en moyenne"
            if _INCOME_THRESHOLD.search(text, max(0, start - 50), start) or (
                high is not None and _INCOME_BAND.search(text, max(0, start - 50), start)
            ):
                continue  # "que l'on gagne moins de 2 000 € par mois": a bracket of income, not a figure
            yield Candidate(start, m.end(), value, high, "currency", code, priority=4)


_SCALED = re.compile(
    rf"(?:{_START}(?P<neg>[-−](?=\d))?(?P<n>{NUM})|\b(?P<art>le|un|one|a)){_S}*(?P<scale>{SCALE_WORDS})\b"
    rf"(?:{_S}+(?:de|d['’]|du|des|of)?{_S}*(?P<noun>[^\W\d][\w'’-]*))?",
    _I,
)
# "14 et 11,5 millions de personnes": the first number shares the second's scale and noun
_SHARED_SCALE = re.compile(
    rf"{_START}(?P<n>{NUM}){_S}+(?:et|ou|and|or){_S}+(?P<n2>{NUM}){_S}*(?:{SCALE_WORDS})\b(?={_S}+(?:de|d['’]|of)?{_S}*[^\W\d])",
    _I,
)
_CURRENCY_NOUNS = frozenset("euro euros dollar dollars livres francs yuans yens".split())
_RANGE_BEFORE = re.compile(rf"\b(?:entre|between|de|from){_S}*$", _I)
# After a number, these words make it a duration, a date, a time, a unit, an address or
# not a count.
_UNIT_WORDS = set(
    """
    seconde secondes sec s minute minutes min mn heure heures h jour jours journée journées j semaine semaines
    mois an ans année années décennie décennies siècle siècles trimestre trimestres fois
    second seconds minutes hour hours hr hrs day days week weeks month months year years decade
    decades century centuries quarter quarters times am pm
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    january february march april may june july august september october november december
    km m cm mm kg g mg t l ml kwh wh mw gw kw go mo ko to gb mb kb tb gbps mbps px pt em rem
    mbit gbit kbit mbits gbits
    miles mile lbs lb ft feet inch inches ko°c °c ° degrés degrees points pts
    premier première premiers premières first second third last dernier dernière
    rue avenue av boulevard bd place allée chemin impasse quai route square street st road rd
    lane ave étoile étoiles star stars
    """.split()
)
# Grammar words: after a number they say "no measured noun here", not "not a count".
_FUNCTION_WORDS = set(
    """
    et ou à au aux de des du en par pour sur sous dans avec sans chez vers entre contre
    and or to of in on at by for from with without into per vs than as the a an out
    est sont a ont sera seront était étaient fut is are was were will be been has have had
    qui que quand où ce cette ces who which that when where this these those ici
    """.split()
)
# "au cours des 12 derniers mois", "les 3 premières semaines": a period or a rank, not a count
_PERIOD_WORDS = frozenset("derniers dernières prochains prochaines premiers premières last next first past".split())
_NOT_NOUN = _UNIT_WORDS | _FUNCTION_WORDS | _PERIOD_WORDS
_BEFORE_NOT_COUNT = set(
    """
    n° no nº numéro number num version v niveau level étape step phase chapitre chapter page
    p pp section sect article art partie part tome vol volume saison season épisode episode
    max maximum limite limit rang rank top catégorie type groupe pool lot annexe figure fig tableau table slide
    iphone windows python gpt web ios android html css es php java node ligne line
    """.split()
)
_SMALL_DETERMINERS = {
    "les",
    "le",
    "la",
    "l'",
    "ces",
    "the",
    "these",
    "those",
    "mes",
    "my",
    "nos",
    "our",
    "vos",
    "your",
    "of",
    "des",
    "aux",
    "ses",
    "leurs",
    "their",
}
_QUALIFIER_WORDS = {
    "plus",
    "moins",
    "environ",
    "près",
    "presque",
    "over",
    "more",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "only",
    "seulement",
    "at",
    "up",
    "approximately",
    "roughly",
    "jusqu'à",
    "au",
    "than",
    "de",
    "ce",
    "en",
}
_COUNT = re.compile(
    # a unit of measure may be glued to its number: "58,8TWh", "12kg" (not "5G", "B2B")
    rf"{_START}(?P<neg>[-−](?=\d))?(?P<n>{NUM})(?P<plus>\+)?(?!(?![kMGT]?Wh?\b|km\b|kg\b)[\w%€$£/]|[.,:]\d|{_S}*(?:%|€|\$|£))"
    rf"(?:(?P<gap>{_S}+|(?=[kMGT]?Wh?\b|km\b|kg\b))(?P<noun>[^\W\d][\w'’-]*))?",
)
_PREV_WORD = re.compile(r"([\w°'’]+)[^\w\n]{0,3}$")
_YEAR = re.compile(r"(?:1[89]\d\d|20\d\d)")
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
_MIXED_CASE = re.compile(r"[a-z]+[A-Z]")  # product names: iPhone, macOS, eBay


# Sample sizes and thresholds are not cited statistics: "auprès de 1 000 personnes",
# "un panel de 2 500 consommateurs", "les entreprises de plus de 500 salariés".
_SAMPLE = (
    rf"(?:auprès{_S}+d['’]?(?:e{_S}+)?(?:un{_S}+|une{_S}+)?(?:(?:échantillon|panel|groupe|population){_S}+"
    rf"(?:(?:représentati|nationa)\w*{_S}+){{0,2}}(?:de{_S}+|d['’])?)?|"
    rf"échantillon{_S}+(?:(?:représentati|nationa)\w*{_S}+){{0,2}}(?:de|d['’])|"
    # "L'étude a porté sur 35 réseaux sociaux différents": what a study covered
    rf"(?:étude|enquête|sondage|baromètre)s?{_S}+(?:a{_S}+)?port\w*{_S}+sur|"
    rf"panel{_S}+(?:de|d['’])|sondage{_S}+(?:réalisé{_S}+)?(?:sur|auprès{_S}+de)|interrogeant|interrogé\w*|sondé\w*|"
    rf"sample{_S}+of|surveyed|survey{_S}+of|polled|among)"
    rf"{_S}*(?:plus{_S}+de{_S}+|près{_S}+de{_S}+|environ{_S}+|quelque{_S}+|more{_S}+than{_S}+|over{_S}+|about{_S}+)?"
)
_SAMPLE_BEFORE = re.compile(_SAMPLE + "$", _I)
_THRESHOLD_BEFORE = re.compile(
    rf"[^\W\d]{_S}+(?:de|d['’]|à|avec|with|of)?{_S}*(?:plus|moins|more|less|fewer|au{_S}+moins|at{_S}+least)"
    rf"{_S}+(?:de|d['’]|than)?{_S}*$|(?:[^\W\d]{_S}+|\(){_S}*(?:de|d['’]|entre){_S}*(?:\d(?:\d|{_S}\d)*{_S}*(?:à|et|-){_S}*)?$",
    _I,
)
_THRESHOLD_NOUNS = frozenset(
    "salariés employés collaborateurs habitants employees staff workers people personnes".split()
)


# "auprès de 2 000 cadres et 1 002 entreprises", "répartis dans 11 pays": the rest of a sample
_SAMPLE_MORE = re.compile(
    # "auprès de 30 000 individus de 2 ans et plus, dont 4000 internautes": a part of the sample
    rf"{_SAMPLE}\d[\d\s\u00a0\u202f.]*{_S}*[^\W\d][\w'’-]*(?:{_S}+(?:et|and|,)|[^.;:!?]{{0,60}},{_S}+dont"
    rf"(?:{_S}+(?:plus|près){_S}+de)?){_S}*$",
    _I,
)
# "auprès de plus de 450 répondants (dont 51% de PME)": the make-up of a sample
_SAMPLE_PART = re.compile(rf"{_SAMPLE}\d[\d\s\u00a0\u202f.]*{_S}*[^\W\d][\w'’-]*{_S}*\({_S}*dont{_S}*$", _I)


def is_part_of_sample(text: str, start: int) -> bool:
    if "dont" not in text[max(0, start - 10) : start]:
        return False  # the cheap test first: most shares follow no "(dont"
    return bool(_SAMPLE_PART.search(text, max(0, start - 100), start))


_SURVEY_SCOPE = re.compile(
    rf"(?:\b(?:auprès|répondants|interrogé\w*|sondé\w*|personnes|enquête|étude|sondage|observatoire|baromètre|"
    rf"survey|respondents)\b(?:[^.;:!?]|(?<=\d)\.(?=\d)){{0,120}}\b(?:dans|in|across|de)|\bdans{_S}+les){_S}*$",
    _I,
)


# the people a share is of: "92 % des 119 dirigeants français", "86 % de sondés (647 personnes)"
_BASE_OF_SHARE = re.compile(
    rf"\d{_S}*%{_S}*(?:(?:des|de|d['’]){_S}*|(?:des|de){_S}+[^\W\d][\w'’-]*{_S}*\({_S}*)$",
    _I,
)
_PEOPLE_NOUNS = frozenset(
    "personnes répondants sondés individus interrogés dirigeants salariés entreprises consommateurs internautes "
    "utilisateurs décideurs cadres respondents people".split()
)


def is_base_of_share(text: str, start: int, noun: str) -> bool:
    """Is the plain number at start the people a share is of ("92 % des 119 dirigeants")? A
    scaled one is a statistic ("68 % des 43,3 millions d'internautes")."""
    return noun.lower() in _PEOPLE_NOUNS and bool(_BASE_OF_SHARE.search(text, max(0, start - 60), start))


# What an article or a study counts of itself: "40 chiffres qu'il fallait retenir", "13 statistiques
# et 6 tendances"; "35 réseaux sociaux ont été étudiés"
_ARTICLE_ITEMS = frozenset(
    "chiffres statistiques stats tendances infos conseils astuces raisons étapes leçons enseignements "
    "questions facts stats tips trends reasons".split()
)
_STUDIED_AFTER = re.compile(
    rf"(?:{_S}+[\w'’-]+){{0,2}}?{_S}+(?:ont|a|avaient|avait){_S}+été{_S}+"
    rf"(?:interrogé|étudié|analysé|testé|sondé|observé|passé{_S}+au{_S}+crible|examiné|passé{_S}+en{_S}+revue)",
    _I,
)


# a share, then in its clause a bound that says whom it counts: "62 % des acheteurs consultent au
# moins 3 contenus", "45 % utilisent plus de 2 outils"
_SHARE_THRESHOLD = re.compile(
    rf"\d{_S}*%{_S}*(?:des|de|d['’]|of)[^.;:!?()%]{{1,70}}\b(?:au{_S}+moins|plus{_S}+de|moins{_S}+de|au{_S}+minimum|"
    rf"at{_S}+least|more{_S}+than)"
    rf"{_S}*$",
    _I,
)


# "les effectifs sont passés de 23 000 à 14 000 personnes": the two ends of a change, not a band
_CHANGE_FROM = re.compile(
    rf"\b(?:pass|évolu|grimp|recul|tomb|bondi|chut|augment|baiss|diminu|progress)\w*{_S}+de{_S}*"
    rf"(?:\d(?:\d|{_S}\d)*{_S}*(?:à|-|–){_S}*)?\Z",
    _I,
)


def is_sample_or_threshold(text: str, start: int, noun: str) -> bool:
    """Is the number at start a survey's sample size or a size threshold, not a statistic?"""
    before = text[max(0, start - 60) : start]
    if _CHANGE_FROM.search(before):
        return False
    if _SAMPLE_BEFORE.search(before) or _SAMPLE_MORE.search(text[max(0, start - 100) : start]):
        return True
    if noun.lower() in ("pays", "countries", "marchés", "markets") and _SURVEY_SCOPE.search(
        text[max(0, start - 160) : start]
    ):
        return True  # "répartis dans 11 pays", "dans les 11 pays concernés par l'enquête"
    if noun.lower() in _THRESHOLD_NOUNS and _THRESHOLD_BEFORE.search(before):
        return True
    # the lower bound of "entreprises de 1 000 à 5 000 salariés"
    band = _BAND_FROM.match(text, start)
    return bool(band and band.group("noun").lower() in _THRESHOLD_NOUNS and _THRESHOLD_BEFORE.search(before))


_BAND_FROM = re.compile(rf"\d(?:\d|{_S}\d)*{_S}*(?:à|-|–|et){_S}*\d(?:\d|{_S}\d)*{_S}+(?P<noun>[^\W\d]+)")


# Counts written in words: "Trois millions de Français", "douze mille salariés", "trois cents
# magasins". Smaller numbers in words ("deux entreprises") are rarely a cited statistic.
_WORD_COUNT = re.compile(
    rf"(?<![\w'’-])(?P<w>{FR_WORDS}){_S}+(?:(?P<scale>millions?|milliards?){_S}+(?:de{_S}+|d['’]))?"
    rf"(?P<noun>[^\W\d][\w'’-]*)",
    _I,
)


_WORD_KEY = re.compile(r"(?:cents?|mille|millions?|milliards?)\b", _I)


def _word_counts(text: str, keys: dict):
    # only whole words ("cent", not "récent" or "pourcentage"), after a word: rare in prose
    spans = sorted(
        (a, b)
        for key in ("scale", "hundreds")
        for a, b in keys[key]
        if a > 1 and text[a - 1] in " -\u00a0" and text[a - 2].isalpha() and _WORD_KEY.match(text, a)
    )
    if spans:
        for m in _near(spans, _WORD_COUNT, text, 40, 30):
            n = parse_words(m.group("w"))
            noun = m.group("noun").lower()
            if not n or noun in _UNIT_WORDS or noun in _FUNCTION_WORDS:
                continue
            if m.group("scale"):
                n *= scale_of(m.group("scale"))
            elif (
                n < 200
                or noun in _CURRENCY_NOUNS
                or len(m.group("w").split()) < 2
                or not m.group("w").lower().rstrip("s").endswith(("cent", "mille"))
            ):
                continue  # "cent fois", "mille raisons": no count
            if n < 2e6 and m.group("scale") or is_sample_or_threshold(text, m.start(), noun):
                continue
            if noun in _CURRENCY_NOUNS:  # "deux milliards d'euros"
                code = "USD" if noun.startswith("dollar") else "EUR" if noun.startswith("euro") else ""
                if code:
                    yield Candidate(m.start(), m.end("noun"), n, None, "currency", code, priority=4)
                continue
            end = m.end("scale") if m.group("scale") else m.end("w")
            yield Candidate(m.start(), end, n, None, "count", noun_end=m.end("noun"), priority=1)


def counts(text: str, keys: dict):
    yield from _word_counts(text, keys)
    for m in _near(keys["scale"], _SCALED, text, 30, 40):
        n = parse_digits(m.group("n"), m.group("scale")) if m.group("n") else 1.0
        noun = (m.group("noun") or "").lower()
        if noun in _UNIT_WORDS or noun in _FUNCTION_WORDS and m.group("art"):
            continue  # "2 millions d'années"; "un million et demi"
        if (m.group("art") or "").lower() in ("a", "le") and m.group("scale").lower() == "mille":
            continue  # "il y a mille raisons", "le mille-feuille"
        value = n * scale_of(m.group("scale"))
        if is_sample_or_threshold(text, m.start(), noun):
            continue
        end = m.end("noun") if noun and noun not in _FUNCTION_WORDS else m.end("scale")
        yield Candidate(
            m.start(), m.end("scale"), -value if m.group("neg") else value, None, "count", noun_end=end, priority=1
        )
    for m in _near(keys["scale"], _SHARED_SCALE, text, 40, 10):
        following = _SCALED.match(text, m.start("n2"))
        noun = (following.group("noun") or "").lower() if following else ""
        if (
            following is None
            or _RANGE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or noun in _UNIT_WORDS
            or noun in _CURRENCY_NOUNS
            or is_sample_or_threshold(text, m.start(), noun)
        ):
            continue
        value = parse_digits(m.group("n"), following.group("scale")) * scale_of(following.group("scale"))
        yield Candidate(m.start(), m.end("n"), value, None, "count", noun_end=m.end("n"), priority=1)
    for m in _near(keys["digits"], _COUNT, text, 2, 60):
        raw, noun = m.group("n"), m.group("noun") or ""
        grouped = not raw.isdigit() and re.search(r"\d[\s\u00a0\u202f,]\d{3}", raw)
        if _YEAR.fullmatch(raw):
            continue
        if len(raw) == 3 and re.search(r"(?<![\d,.])\d{1,3}[ \u00a0\u202f]$", text[max(0, m.start() - 5) : m.start()]):
            continue  # the end of "10 500 entreprises", its start ruled out (a sample, a threshold)
        value = parse_digits(raw)
        prev = _PREV_WORD.search(text, max(0, m.start() - 30), m.start())
        prev_word = _ELISION.sub("", prev.group(1)) if prev else ""
        if prev_word.lower() in ("sur", "in") and re.search(
            r"\d\s+\w+\W{0,3}$", text[max(0, m.start() - 12) : m.start()]
        ):
            continue  # the denominator of "1 sur 5", "4 in 10"
        if prev_word.lower() in _BEFORE_NOT_COUNT or _MIXED_CASE.match(prev_word):
            continue  # "version 2", "l'iPhone 15", "macOS 14"
        prev_word = prev_word.lower()
        if prev and prev.group(1)[0].isupper() and prev_word not in _QUALIFIER_WORDS:
            before = text[max(0, prev.start() - 3) : prev.start()]
            if before.strip() and "\n" not in before and before.rstrip()[-1] not in ".!?:;":
                continue  # "GPT 4 models", "Windows 11 machines"
        has_noun = noun and noun.lower() not in _NOT_NOUN and "\n\n" not in (m.group("gap") or "")
        if has_noun and len(raw) == 5 and raw.isdigit() and noun[0].isupper():
            continue  # a postal code: "75008 Paris"
        if has_noun and value < 2:
            continue
        if has_noun and value < 10 and prev_word in _SMALL_DETERMINERS:
            continue  # "les 3 niveaux", "one of the 3 ways"
        lead = text[max(0, m.start() - 4) : m.start()].rstrip()
        if not has_noun and not (grouped and value >= 1000 and lead[-1:].isalpha()):
            continue
        if value != int(value) and not has_noun:
            continue
        if is_sample_or_threshold(text, m.start(), noun if has_noun else "") or is_base_of_share(text, m.start(), noun):
            continue
        end = m.end("plus") if m.group("plus") else m.end("n")
        noun_end = m.end("noun") if has_noun else end
        if has_noun and (noun.lower() in _ARTICLE_ITEMS or _STUDIED_AFTER.match(text, noun_end)):
            continue
        if noun.lower() in _CURRENCY_NOUNS:
            continue  # an amount the amounts ruled out ("un revenu inférieur à 1.200 euros") is no count
        if "%" in text[max(0, m.start() - 90) : m.start()] and _SHARE_THRESHOLD.search(
            text, max(0, m.start() - 90), m.start()
        ):
            continue  # "62 % des acheteurs consultent au moins 3 contenus": who the share counts
        # "-12 000 emplois": a net loss
        yield Candidate(
            m.start(), end, -value if m.group("neg") else value, None, "count", noun_end=noun_end, priority=0
        )


_TIME_UNITS = {
    "seconde": "second",
    "secondes": "second",
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "heure": "hour",
    "heures": "hour",
    "h": "hour",
    "jour": "day",
    "jours": "day",
    "journée": "day",
    "journées": "day",
    "semaine": "week",
    "semaines": "week",
    "mois": "month",
    "an": "year",
    "ans": "year",
    "année": "year",
    "années": "year",
    "seconds": "second",
    "hour": "hour",
    "hours": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}
_DURATION = re.compile(
    rf"{_START}(?P<n>{NUM})(?:{_S}*(?:à|-|–){_S}*(?P<hi>{NUM}))?{_S}*"
    # "2 h 23", "4 heures 37", "1 heure et 47 minutes"
    rf"(?:(?P<hm>h|{_S}heures?)(?:{_S}+et)?{_S}*(?P<min>[0-5]\d)\b(?:{_S}*min\w*)?|{_S}(?P<unit>secondes?|minutes?|min|heures?|h|jours?|journées?|semaines?|mois|ans|années?|seconds|hours?|days?|weeks?|"
    rf"months?|years?)\b)(?P<per>(?:{_S}+(?:de|d['’])?{_S}*[^\W\d][\w'’-]*){{0,2}}?{_S}+(?:par|chaque|per|a|each|/){_S}*(?:jour|semaine|mois|an|année|day|week|month|"
    rf"year|personne|salarié|utilisateur|visite|session|user|employee)\b)?",
    _I,
)
# A duration is a cited figure when it is an average or a time spent, not an instruction
# ("comptez 10 minutes"), a frequency ("toutes les 10 minutes") or a period ("il y a 3 ans").
_DURATION_CUE = re.compile(
    rf"(?:en{_S}+moyenne|moyenne\w*|moyen|médian\w*|passent|passe|passaient|consacrent|consacre|gagnent|gagne|"
    rf"économisent|économise|perdent|perd|attendent|attend|durée|délai|temps|spend|spent|spends|average|"
    # "passent peu de temps dessus chaque jour : 3 minutes"
    rf"saves?|saved|wait|waits|lose|loses)\b[^.;:!?]{{0,60}}(?::{_S}*)?$|"
    # "estimé à 2 heures et 50 minutes", "s'élève à 1H42", "culmine à 2h19": a level a time reaches
    rf"\b(?:estimée?s?|évaluée?s?|s['’]élèvent|s['’]élève|culmine\w*|atteint|atteignent|s['’]établit){_S}+à{_S}*$",
    _I,
)
# "C'est 6 minutes de plus que durant l'année 2022": a change of a time spent
_MORE_AFTER = re.compile(rf"{_S}+(?:de{_S}+(?:plus|moins)|supplémentaires?|en{_S}+plus|en{_S}+moins)\b", _I)
_NOT_DURATION = re.compile(
    rf"(?:toutes{_S}+les|tous{_S}+les|il{_S}+y{_S}+a|depuis|dans|pendant|durant|pour|au{_S}+cours{_S}+des|en|"
    rf"every|ago|since|in|for|within|after|après|avant|before|âgée?s?{_S}+de|de|d['’]|à){_S}*$",
    _I,
)


_DAILY_AFTER = re.compile(
    rf"{_S}+(?:d['’]\w+{_S}+)?(?:quotidiennes?|quotidiennement|hebdomadaires?|mensuelles?|chaque{_S}+jour)\b", _I
)
_FULL_PERIOD = re.compile(
    rf"(?:24{_S}*(?:h|heures){_S}+(?:par|sur|/){_S}*(?:jour|24)|365{_S}+jours{_S}+(?:par|sur){_S}*(?:an|365)|"
    rf"7{_S}+jours{_S}+(?:par|sur){_S}*(?:semaine|7)|12{_S}+mois{_S}+(?:par|sur){_S}*(?:an|12))\b",
    _I,
)


_CHANGE_BY = re.compile(
    rf"(?:hausse|augmentation|baisse|diminution|progression|gain|réduction|recul|économie|increase|decrease|drop|"
    rf"rise){_S}+(?:de|d['’]|of|by){_S}*$",
    _I,
)
_CLOCK_BEFORE = re.compile(
    rf"(?:\bà|\bdès|\bvers|\bde|toutes{_S}+les|il{_S}+y{_S}+a|depuis|at|from|until|jusqu['’]à){_S}*$", _I
)
_BREAK = re.compile(r"[.!?](?:\s|$)|\n\n")


def durations(text: str, keys: dict):
    last_end = -1  # a duration after another in the same sentence is one too ("12h54 sur Facebook")
    for m in _near(keys["digits"], _DURATION, text, 2, 60):
        before = text[max(0, m.start() - 90) : m.start()]
        unit = "minutes" if m.group("hm") else m.group("unit").lower()
        if m.group("per") and _FULL_PERIOD.match(text, m.start()):
            continue  # "24 heures sur 24, 365 jours par an": always, not a figure
        if unit in ("ans", "an", "years", "year") and not m.group("per"):
            continue  # ages and periods, far more often than a time spent
        listed = 0 <= last_end and m.start() - last_end < 200 and not _BREAK.search(text, last_end, m.start())
        if re.search(rf"(?:au{_S}+moins|au{_S}+minimum|at{_S}+least){_S}*$", before) or re.match(
            rf"{_S}+(?:ou|et|or|and){_S}+(?:plus|moins|more|less)\b",
            text[m.end("unit") if m.group("unit") else m.end() :],
        ):
            continue  # "au moins 1 jour", "3 jours ou plus par semaine": a threshold that defines who is counted
        if re.search(rf"\d{_S}*(?:heures?|h|minutes?|min|mn){_S}+et{_S}*$", before):
            continue  # "2 minutes et 17 secondes": one duration, said by its first part
        after_unit = m.end("unit") if m.group("unit") else m.end()
        change = bool(_CHANGE_BY.search(before) or _MORE_AFTER.match(text, after_unit))
        clock_like = m.group("hm") or unit in ("h", "heure", "heures")  # "de 42 minutes" is no time of day
        if listed and not change and clock_like and _CLOCK_BEFORE.search(before[-15:]):
            if not _DURATION_CUE.search(before[-30:]):
                continue
        daily = _DAILY_AFTER.match(text, m.end())
        # "Facebook arrive à la première place (13 minutes), devant YouTube (7 minutes)": a duration
        # alone in brackets is what a thing measures
        bracketed = before.endswith("(") and text[m.end() : m.end() + 1] == ")"
        if not listed and not m.group("per") and not change and not daily and not bracketed:
            if _NOT_DURATION.search(before[-25:]) and not _DURATION_CUE.search(before[-50:]):
                continue
            if not _DURATION_CUE.search(before) and "moyenne" not in text[m.end() : m.end() + 20]:
                continue
        value = parse_digits(m.group("n"))
        high = parse_digits(m.group("hi")) if m.group("hi") else None
        end = m.end("min") if m.group("hm") else m.end("unit")
        if m.group("hm"):
            value, high = value * 60 + int(m.group("min")), None  # "2 h 23" -> 143 minutes
        last_end = m.end()
        yield Candidate(
            m.start(), end, value, high, "duration", noun_end=m.end(), priority=1, time_unit=_TIME_UNITS[unit]
        )
