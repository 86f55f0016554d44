"""Build the short subject phrase of a figure: what it measures, from the words around it."""

import re

from .scan import S as _S

_LEAD = re.compile(
    rf"^(?:(?:des|de{_S}+la|de{_S}+l['’]|du|de|d['’]|of{_S}+(?:the|all|our|their)|of|"
    rf"des{_S}+\w+{_S}+interrogés{_S}+|les|la|le|l['’]|the|a|an|ses|leurs?|son|sa|nos|vos|"
    rf"their|its|our|his|her|total|nouveaux|nouvelles|new|supplémentaires|additional)\b{_S}*)+",
    re.IGNORECASE,
)
_STOP = re.compile(
    r"[,;:!?()\[\]«»\"“”—–]|\.(?:\s|$)|\s(?:tout en|contre|alors que|mais|tandis que|selon|"
    r"d['’]ici|while|whereas|but|compared|according|by 20\d\d|en 20\d\d|in 20\d\d|soit|"
    r"which|who|qui ne|that is|c['’]est-à-dire)\b",
    re.IGNORECASE,
)
_AUX = re.compile(
    r"\b(?:seront|sont|sera|est|serait|seraient|étaient|était|will be|would be|are|is|were|was|"
    r"have been|has been|ont été|a été)\s+",
    re.IGNORECASE,
)
_PREP_BEFORE = re.compile(r"(?:\b(?:de|d['’]|of|by|à|to|par|from|en)\s*)$", re.IGNORECASE)
_DETERMINER = re.compile(
    r"\b(?:les|la|le|l['’]|des|du|the|a|an|ses|leurs?|son|sa|their|its|our|une?)\s+", re.IGNORECASE
)
# A verb that brings its subject to the figure: "le taux de chômage atteint 7,4 %"
_REACHES = re.compile(
    r"\s(?:qui\s+)?(?:pèse|pèsent|représente|représentent|totalise|totalisent|génère|génèrent|dépasse|dépassent|"
    r"est|sont|reste|restent|recule|reculent|atteint|atteignent|grimpe|grimpent|s['’]établit|s['’]établissent|s['’]élève|"
    r"s['’]élèvent|progresse|progressent|baisse|baissent|augmente|augmentent|diminue|diminuent|chute|"
    r"chutent|passe|passent|tombe|tombent|culmine|plafonne|stagne|avoisine|reste(?:nt)?\s+stables?|"
    # "les ventes de services ont progressé de 36 %", "Le chiffre d'affaires se monte à", "est passée de"
    r"(?:a|ont|avait|avaient)\s+(?:progressé|augmenté|atteint|baissé|reculé|diminué|grimpé|bondi|chuté|dépassé|"
    r"représenté|généré|totalisé|pesé|doublé|triplé)|se\s+monte(?:nt)?|s['’]est\s+établie?|"
    r"(?:est|sont|était|étaient)\s+(?:passée?s?|montée?s?|tombée?s?|descendue?s?|estimée?s?|évaluée?s?)|"
    # "Le marché devrait atteindre 14 milliards d'euros"
    r"(?:devrai(?:t|ent)|pourrai(?:t|ent)|va|vont|doit|doivent)\s+(?:atteindre|dépasser|représenter|peser|générer|"
    r"progresser|croître|augmenter|baisser|reculer|passer|grimper|s['’]élever))"
    r"(?:\s+(?:désormais|aujourd['’]hui|ainsi|encore|donc|même|seulement|légèrement|fortement|nettement))*"
    r"\s+(?:à|de|d['’]|aux?)?\s*(?:près\s+de\s+|environ\s+|plus\s+de\s+|moins\s+de\s+)?$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("elle elles ils cela ceci celui celle ceux celles chacun chacune".split())
_WITH = re.compile(r"^(?:avec|pour|dont|et|mais|ainsi|alors|dans le détail)\s+(?:une?\s+)?", re.IGNORECASE)
_MULTIPLY = re.compile(r"\b(?:multipli|divis)\w*\s+", re.IGNORECASE)
_MAX = 80


def _trim(phrase: str, words: int = 12) -> str:
    phrase = _AUX.sub("", " ".join(phrase.split()))
    parts = phrase.split(" ")[:words]
    out = ""
    for part in parts:
        if len(out) + len(part) + 1 > _MAX:
            break
        out = f"{out} {part}" if out else part
    out = out.strip(" .'’-")
    if out and not (len(out) > 1 and out[1].isupper()):
        out = out[0].lower() + out[1:]
    return out


def _after(text: str) -> str:
    m = _STOP.search(text)
    return text[: m.start()] if m else text


def subject(before: str, text: str, after: str, unit: str, noun_after: str = "") -> str:
    """Return a short phrase for what the figure measures.

    before/after are the sentence's words either side of the figure; noun_after is the
    measured noun of a count ("agreements for new work").
    """
    verb = _MULTIPLY.search(before)
    if unit == "multiplier" and verb:
        # "multipliant leur productivité par trois" -> "productivité"
        return _trim(_LEAD.sub("", before[verb.end() :].strip()))
    if unit == "count":
        return _trim(_LEAD.sub("", _after(noun_after + after).lstrip()))
    low = text.lower()
    if re.match(r"(?:un|une|one|a|deux|two|trois|three|1)\s+\S", low) and re.search(r"\s(?:sur|in|out of)\s", low):
        # "un client sur trois abandonne..." -> "client abandonne ..."
        noun = re.sub(r"^\S+\s+|\s+(?:sur|in|out of)\s+\S+$", "", text)
        return _trim(f"{noun} {_after(after)}")
    rest = _after(after)
    lead = _LEAD.match(rest.lstrip())
    if lead and re.match(rf"{_S}*(?:des|de|du|d['’]|of)\b", rest, re.IGNORECASE) or not before.strip():
        return _trim(_LEAD.sub("", rest.lstrip()))
    reached = _REACHES.search(before)
    if reached and unit in ("percent", "currency", "count"):
        # "La part des entreprises ayant subi une attaque recule à 40 %" -> what reaches the figure
        clause = before[: reached.start()]
        stop = max(clause.rfind(","), clause.rfind(":"), clause.rfind(";"), clause.rfind(". "))
        # "la part de cyberacheteurs réguliers (ayant effectué ...) est passée de 40 %": without the aside
        said = _LEAD.sub("", _WITH.sub("", re.sub(r"\([^()]*\)", " ", clause[stop + 1 :]).strip()))
        if (
            len(said.split()) >= 2
            or len(said) >= 4
            and said.isalpha()
            and said.lower() not in _PRONOUNS
            or len(said) >= 2
            and said.isupper()  # "le PIB a progressé de 0,3 %"
        ):
            return _trim(said)
    head = _PREP_BEFORE.sub("", before.rstrip())
    if head != before.rstrip():
        stop = max(head.rfind(","), head.rfind(":"), head.rfind(";"))
        head = head[stop + 1 :]
        dets = list(_DETERMINER.finditer(head))
        if dets:
            head = head[dets[-1].end() :]
        tail = re.match(r"\s*(?:de|des|du|d['’]|of)\s+[^,;:.]*", after, re.IGNORECASE)
        if tail and unit == "percent" and len(head.split()) <= 2:
            # "une hausse de 20 % de ses ventes locales" -> "ventes locales"
            return _trim(_LEAD.sub("", _after(tail.group(0)).strip()))
        return _trim(head.split(" que ")[-1], 8)
    return _trim(_LEAD.sub("", rest.lstrip()))
