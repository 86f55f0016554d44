"""Say who a figure comes from, when, how precise it is, and what it measures.

All functions work on one sentence of masked plain text (plus the figure's offsets in it).
The source is an organisation name: a known one from the gazetteer, or a capitalised proper
noun / acronym found after a citation cue ("selon", "une étude menée par", "according to",
"(source : ...)") or before a reporting verb ("Gartner prévoit que").
"""

import functools
import re

from . import years
from .scan import S as _S

_I = re.IGNORECASE

KNOWN_ORGS = (
    "Gartner",
    "McKinsey",
    "Forrester",
    "IDC",
    "Statista",
    "Adobe",
    "Salesforce",
    "HubSpot",
    "Deloitte",
    "PwC",
    "Accenture",
    "BCG",
    "Boston Consulting Group",
    "Bain",
    "KPMG",
    "EY",
    "Capgemini",
    "Insee",
    "INSEE",
    "Ifop",
    "IFOP",
    "Ipsos",
    "Médiamétrie",
    "Arcep",
    "ARCEP",
    "ADEME",
    "Ademe",
    "OCDE",
    "OECD",
    "Eurostat",
    "Nielsen",
    "Kantar",
    "YouGov",
    "Pew Research",
    "Pew Research Center",
    "Harris Interactive",
    "OpinionWay",
    "Odoxa",
    "BVA",
    "Elabe",
    "Crédoc",
    "CREDOC",
    "Banque de France",
    "Pôle emploi",
    "Pôle Emploi",
    "France Travail",
    "Unédic",
    "Apec",
    "Banque mondiale",
    "World Bank",
    "FMI",
    "IMF",
    "ONU",
    "UN",
    "Unesco",
    "UNESCO",
    "OMS",
    "WHO",
    "Commission européenne",
    "European Commission",
    "Bpifrance",
    "Microsoft",
    "Google",
    "Meta",
    "Amazon",
    "IBM",
    "Oracle",
    "SAP",
    "Cisco",
    "LinkedIn",
    "Stack Overflow",
    "GitHub",
    "Semrush",
    "Ahrefs",
    "eMarketer",
    "Insider Intelligence",
    "Econsultancy",
    "Epsilon",
    "Edelman",
    "Cegos",
    "Syntec",
    "Dares",
    "DARES",
    "Drees",
    "DREES",
    "Fevad",
    "FEVAD",
    "Xerfi",
    "Hootsuite",
    "We Are Social",
    "Datareportal",
    "Sprout Social",
    "Zendesk",
    "Twilio",
    "Segment",
    "Marketo",
    "Oracle",
    "MIT",
    "Stanford",
    "Harvard",
    "Base Carbone",
    "The Shift Project",
    "Shift Project",
    "GreenIT",
    "Statistique Canada",
    "Statistics Canada",
    "IRCC",
    "Eurobaromètre",
    "Eurobarometer",
    "CNIL",
    "Afnic",
    "Arcom",
    "UIT",
    "ITU",
    "AACC",
    "DGE",
    "Comscore",
    "Similarweb",
    "Acsel",
    "Afnor",
    "France Stratégie",
    "France Num",
    "Numeum",
    "Cigref",
    "Criteo",
    "Mediapost",
    "Kantar Media",
    "CCI France",
    "Ipsos BVA",
    "Toluna",
    "Harris",
    "Qualtrics",
    "Dataiku",
    "Sopra Steria",
    "Wavestone",
    "EY Parthenon",
    "Roland Berger",
    "Oliver Wyman",
    "Eurobaromètre",
    "GfK",
    "NielsenIQ",
    "Circana",
    "Euromonitor",
    "Shopify",
    "Meta",
    "OpenAI",
    "Anthropic",
)
# Names safe to recognise in lower case ("d'après le baromètre annuel de l'arcom"): none is a
# French or English word.
_LOWER_CASE_OK = (
    "Arcom Arcep Insee Ifop Ipsos Médiamétrie Eurostat Gartner McKinsey Forrester Statista Deloitte "
    "Accenture Capgemini Crédoc Fevad Xerfi Kantar Nielsen Hootsuite Datareportal Bpifrance OCDE Ademe "
    "Dares Drees CNIL Afnic Unesco Odoxa Elabe OpinionWay YouGov Cegos Syntec Edelman HubSpot Salesforce "
    "Semrush Comscore Similarweb Acsel Afnor Numeum Cigref Médiamétrie Eurobaromètre Statistique"
).split()
_GAZETTEER = "|".join(sorted({re.escape(o) for o in KNOWN_ORGS}, key=len, reverse=True))
_CANONICAL = {name.lower(): name for name in _LOWER_CASE_OK}
# Platforms and software makers: named in a bracket they say what a thing is, not who counted it.
_PLATFORMS = frozenset(
    "Google Microsoft Meta Amazon IBM Oracle SAP Cisco LinkedIn GitHub OpenAI Anthropic Shopify Criteo Adobe "
    "Salesforce HubSpot Zendesk Twilio Segment Marketo Dataiku Mediapost".split()
)
_PRODUCER_NAMES = frozenset(o for o in KNOWN_ORGS if o not in _PLATFORMS)
_PRODUCERS = "|".join(sorted({re.escape(o) for o in KNOWN_ORGS if o not in _PLATFORMS}, key=len, reverse=True))
_S_CHARS = r"\s\u00a0\u202f"
_CAP = r"[A-ZÀ-ÖØ-Þ]"
_WORD = rf"(?:{_CAP}[\w&’'.\-]*\w|{_CAP})"
_SP = r"[ \t\u00a0\u202f]"  # a name's words are on one line
_ORG = rf"(?-i:(?P<org>(?:{_GAZETTEER})\b|(?!(?:IA|AI|UE|GenAI)\b){_WORD}(?:{_SP}+(?:&{_SP}+)?(?:{_WORD}|(?:de|du|of|des){_SP}+{_WORD})){{0,3}}))"

# Producers named in full without their acronym
_FULL_NAMES = {
    "fédération du e-commerce et de la vente à distance": "Fevad",
    "fédération de l'e-commerce et de la vente à distance": "Fevad",
    "institut national de la statistique et des études économiques": "Insee",
    "centre de recherche pour l'étude et l'observation des conditions de vie": "Crédoc",
    "autorité de régulation des communications électroniques, des postes et de la distribution de la presse": "Arcep",
    "autorité de régulation de la communication audiovisuelle et numérique": "Arcom",
}
# Each full name as a text writes it: capital or not, any spaces, either apostrophe
_FULL_NAME_PATTERN = "|".join(
    "(?i:" + rf"{_S}+".join(re.escape(word).replace("'", "['’]") for word in name.split()) + ")"
    for name in sorted(_FULL_NAMES, key=len, reverse=True)
)


_STUDY = (
    r"(?:étude|enquête|rapport|sondage|baromètre|analyse|recherche|estimation|prévision|"
    r"données|chiffres|statistiques|observatoire|panel|classement|indice|projection|"
    r"survey|study|report|poll|research|analysis|data|figures|estimates|index|forecast)s?"
)
_MONTH = (
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|printemps|été|"
    r"automne|hiver|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"T[1-4]|Q[1-4]|[1-4](?:e|er|ème){_S}+trimestre)"
).replace("{_S}", _S)
_REPORTING = (
    r"prévoit|prévoyait|estime|estimait|révèle|indique|affirme|annonce|annonçait|rapporte|constate|souligne|"
    r"observe|note|calcule|prédit|projette|chiffre|recense|dénombre|compte|relève|ajoute|maintient|publie|pointe|"
    r"rappelle|explique|détaille|signale|confirme|dévoile|montre|fait\s+état|"
    r"mesure|évalue|table|précise|recensé|dénombré|compté|relevé|publié|mesuré|évalué|estimé|calculé|observé|"
    r"constaté|révélé|indiqué|annoncé|chiffré|prévu|affirmé|souligné|noté|identifié|interrogé|sondé|dévoilé|"
    r"interroger|sonder|questionné|analysé|étudié|"
    r"predicts|predicted|estimates|estimated|found|finds|reports|reported|says|said|"
    r"shows|showed|notes|expects|forecasts|projects"
)
# "L'Ifop a réalisé une enquête", not "TF1 a réalisé 18,7 % de part d'audience"
_CONDUCTED = rf"(?:réalisé|mené|conduit)(?=[^.;:%]{{0,60}}?\b(?:{_STUDY}|baromètre|édition|vague)\b)"
_DET = rf"(?:(?:une|un|la|le|les|l['’]|a|an|the|this|ce|cette|la{_S}+dernière|une{_S}+récente|"
_DET += rf"une{_S}+nouvelle|a{_S}+recent|a{_S}+new|the{_S}+latest|a{_S}+\d{{4}}|(?:19|20)\d\d){_S}*)"
_BY = (
    rf"(?:(?:menée?s?|réalisée?s?|publiée?s?|conduite?s?|commandée?s?|dévoilée?s?|"
    rf"conducted|published|released|carried{_S}+out|commissioned|run){_S}+)?"
    rf"(?:par|de|du|des|d['’]|by|from|of)"
)
# "l'institut Ifop", "le cabinet Gartner"; "l'Institut Montaigne" is a name, not a determiner
_THE = rf"(?:(?:l['’]|la{_S}+|le{_S}+|les{_S}+|the{_S}+|(?-i:cabinet{_S}+|l['’]institut{_S}+|"
_THE += rf"institut{_S}+|la{_S}+société{_S}+|le{_S}+cabinet{_S}+|l['’]agence{_S}+|l['’]association{_S}+|"
_THE += rf"la{_S}+fédération{_S}+|le{_S}+groupe{_S}+|l['’]organisme{_S}+)))?"
_ROLES = (
    r"CEO|PDG|DG|directeur|directrice|président|présidente|membre|porte-parole|économiste|analyste|"
    r"responsable|fondateur|fondatrice|chercheur|chercheuse|délégué|déléguée"
)
_MONTHS_CAP = "Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre"
_PRESENTING = (
    r"publier|dévoiler|présenter|rendre\s+publics?|publié|dévoilé|présenté|publie|publient|dévoile|dévoilent|"
    r"présente|présentent|livre|livrent|livré"
)
_PLACES = r"France|Europe|Allemagne|Espagne|Italie|Belgique|Suisse|Canada|Québec|Afrique|Asie|Amérique|Chine|Inde"
_CUES = [
    # selon / d'après / according to [une étude [...] de] ORG
    re.compile(
        rf"(?:\bselon|\bd['’]après|\bà{_S}+en{_S}+croire|\baccording{_S}+to|\bsources?{_S}*:|\bper)"
        # "selon l'enquête 2018 sur les besoins en main d'oeuvre (BMO) de Pôle emploi"
        rf"{_S}+(?:{_DET}?{_STUDY}(?:{_S}+[\w'’-]+){{0,8}}?(?:{_S}*\([^()]{{0,40}}\))?{_S}*(?:{_BY})?{_S}*)?{_THE}{_ORG}",
        _I,
    ),
    # Selon les chiffres annuels de l'Association ... ; d'après le baromètre annuel de l'arcom
    re.compile(
        rf"(?:\bselon|\bd['’]après|\bsources?{_S}*:)(?:{_S}+(?!laquelle|lequel|lesquel|que\b|qui\b|moi\b|nous\b|"
        # "selon l'état des ransomwares 2023 de Sophos"
        rf"vous\b|eux\b|elles?\b|lui\b)(?:(?-i:[a-zà-ÿ'’-]+)|(?:19|20)\d\d\b|(?-i:{_PLACES})\b)){{1,12}}?{_S}+{_THE}"
        rf"(?!(?-i:{_PLACES})\b){_ORG}",
        _I,
    ),
    # une étude (menée par | de) ORG ; a study by ORG ; étude IFOP
    _STUDY_THEN_NAME := re.compile(
        # "une étude que révèle Boursier.com" names who relays the study, not who made it
        # "par rapport aux plateformes SVOD" is no report
        rf"\b{_DET}?(?<!\bpar\s){_STUDY}(?:{_S}+\d{{4}})?(?:{_S}+(?!que\b|qu['’])(?:[a-zà-ÿ-]+|\d{{4}})){{0,4}}?(?:{_S}*\([^()]{{0,160}}\))?"
        # "du rapport, Simon Kemp, donne": a name set off by commas is a person, not the author
        rf"(?:,?{_S}+{_BY}{_S}*|{_S}+|,{_S}+(?!{_WORD}(?:{_SP}+{_WORD}){{0,3}},)){_THE}{_ORG}",
        _I,
    ),
    # a Salesforce survey ; Gartner's report
    re.compile(rf"(?<![\w'’-])(?={_CAP}){_ORG}(?:['’]s)?{_S}+(?:\d{{4}}{_S}+)?(?:{_STUDY}\b)", 0),
    # Gartner prévoit que ; McKinsey estimates ; L'Arcep a recensé ; Forrester maintient sa prévision
    re.compile(
        # "l'Insee (Institut national de la statistique ...) a publié", "La Fevad (...) recense"
        rf"(?:(?<=[Ll]['’])|(?<![\w'’-]))(?={_CAP}){_ORG}\)?(?:{_S}*\([^()]{{1,120}}\))?"
        # "Diplomeo et BDM ont mené l'enquête": the first of its authors
        rf"(?:{_S}+(?:et|and){_S}+{_WORD}(?:{_SP}+{_WORD}){{0,3}})?"
        # "Gartner, le cabinet d'études, estime que", "L'Ifop, en partenariat avec Talan, a mené"; not a
        # clause with a figure ("Aujourd'hui, 34 % des ventes …", a souligné M. Lolivier)
        rf"(?:,{_S}+[^,.;:()\d\"«»“”]{{1,90}},)?"
        rf"{_S}+(?:(?:a|ont|avait|avaient|aurait){_S}+)?"
        rf"(?:(?:décidé|choisi|voulu|tenu){_S}+(?:d['’]|de{_S}+|à{_S}+))?(?:{_REPORTING}|{_CONDUCTED})\b",
        0,
    ),
    # "La Fédération de l'e-commerce et de la vente à distance indique": a producer named in full, then
    # its verb. Only full names known to stand for a producer: "La Direction des ressources humaines
    # indique" names a department, not a source.
    re.compile(
        rf"(?:(?<=[Ll]['’])|(?<![\w'’-]))(?P<org>{_FULL_NAME_PATTERN}){_S}+(?:(?:a|ont){_S}+)?(?:{_REPORTING})\b", 0
    ),
    # (source : Statista) ; (Gartner, 2021) ; (Stack Overflow 2025)
    re.compile(rf"\({_S}*sources?{_S}*:?{_S}*{_THE}{_ORG}", _I),
    # ..., estime Forrester.
    re.compile(
        rf",{_S}*(?:estime|prévoit|indique|affirme|souligne|note|observe|calcule|précise|rapporte|pointe|relève|"
        rf"rappelle|explique|détaille|résume|commente|ajoute|conclut|"
        rf"selon|says|notes|estimates|predicts|reports|according{_S}+to){_S}+{_THE}{_ORG}"
        # "..., note le Syndicat national de l'édition (SNE)."
        rf"(?:(?:{_S}+(?:de{_S}+l['’]|de{_S}+la|du|des|de|d['’])?{_S}*[a-zà-ÿ][a-zà-ÿ'’-]*){{1,6}}{_S}*\([^()]{{1,20}}\))?"
        # "..., indique l'Insee dans une note", "..., précise Médiamétrie jeudi"
        rf"(?:{_S}*[.;),]|{_S}+(?:dans|en|ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)\b)",
        _I,
    ),
    # "a indiqué jeudi Médiamétrie", "a précisé l'Insee"
    re.compile(
        rf"\b(?:a|ont){_S}+(?:indiqué|annoncé|précisé|expliqué|souligné|révélé|estimé|calculé|relevé|constaté|"
        rf"dévoilé|publié|rapporté|noté|affirmé)(?:{_S}+[a-zà-ÿ]+){{0,2}}?{_S}+{_THE}{_ORG}",
        0,
    ),
    # "Du côté du Cesin", "Chez les membres du Cesin", "Côté Cyblex"
    re.compile(
        rf"\b(?:[Dd]u{_S}+côté|[Cc]ôté|[Cc]hez)(?:{_S}+(?:de|du|des|d['’]|de{_S}+la|les{_S}+membres|le|la|l['’]))*{_S}*{_ORG}"
        rf"(?![^,.;:]{{0,60}},{_S}*(?:[Ll]['’]|[Ll]es?{_S}+|[Ll]a{_S}+)?{_CAP}[\w'’-]*(?:{_SP}+{_CAP}[\w'’-]*){{0,3}}"
        rf"{_S}+(?:a{_S}+|ont{_S}+)?(?:{_REPORTING})\b)",
        0,
    ),
    # "Cyblex Consulting et Docaposte viennent de publier leur baromètre"; opening a sentence, the first
    # of its subjects, whatever their appositions: "Docaposte et Cyblex Consulting, cabinet de conseil …,
    # présentent", "L'Arcep, le CGE et l'Agence du numérique ont publié"
    re.compile(
        rf"(?:(?<=[Ll]['’])|(?<![\w'’-]))(?={_CAP}){_ORG}\)?(?:{_S}*\([^()]{{1,120}}\))?"
        rf"(?:{_S}+(?:et|and){_S}+{_WORD}(?:{_SP}+{_WORD})*)?{_S}+"
        rf"(?:vien(?:t|nent){_S}+de|a|ont)?{_S}*(?:{_PRESENTING})\b",
        0,
    ),
    re.compile(
        rf"(?:(?<![\s\S])|(?<=[.!?]{_S})|(?<=\n))(?:L['’]|Le{_S}+|La{_S}+)?(?={_CAP}){_ORG}"
        rf"(?:{_S}+(?:et|and){_S}+{_WORD}(?:{_SP}+{_WORD})*)?,{_S}+(?:[^.;:()]|\([^()]{{0,20}}\)){{1,160}}?"
        rf"{_S}+(?:vien(?:t|nent){_S}+de|a|ont)?{_S}*(?:{_PRESENTING})\b",
        0,
    ),
    # (UIT, juin 2024) ; (Ifop, octobre 2023) ; (OCDE 2024) ; (Arcep, fin 2023)
    # and a list of them: "(Ifop, 2023 ; Insee, 2022)"
    _DATED_BRACKET := re.compile(
        # "(*Demand Gen Report*, 2024)": emphasis masked into spaces before the comma
        rf"(?:\(|;(?=[^()]{{0,40}}\))){_S}*{_ORG}(?:{_S}+{_STUDY})?{_S}*,?{_S}*(?:(?:fin|début|mi-?|au|le|la|en){_S}*)?"
        rf"(?:(?:\d{{1,2}}(?:er)?{_S}+)?{_MONTH}{_S}+)?(?:19|20)\d\d{_S}*[);]",
        _I,
    ),
    # les chiffres-clés récemment publiés par la Fevad ; une enquête réalisée par le Credoc
    re.compile(
        rf"\b(?:publiée?s?|réalisée?s?|menée?s?|conduite?s?|dévoilée?s?|commandée?s?|compilée?s?|coproduite?s?|"
        # "Interrogés par OpinionWay pour le compte de Qonto, 56 % des dirigeants"
        rf"commanditée?s?|interrogée?s?|sondée?s?|questionnée?s?|posée?s?|dressée?s?|établie?s?|fournie?s?|"
        rf"collectée?s?|recueillie?s?|produite?s?|calculée?s?|mesurée?s?|avancée?s?|communiquée?s?|diffusée?s?|"
        rf"recensée?s?|estimée?s?|livrée?s?|annoncée?s?|pilotée?s?|mise?s?{_S}+en{_S}+place|published|conducted|"
        # "sondés, les 2 et 3 juillet derniers, par BVA": a when or a how set off by commas
        rf"compiled)(?:,{_S}+[^,.;:()\d%]{{0,30}}(?:\d[^,.;:()%]{{0,30}})?,|"
        # "menée du 3 au 10 janvier 2024 par Ipsos", "réalisée en ligne en mars par l'Ifop"
        rf"{_S}+(?:du|le|en|entre|au|début|fin|mi)\b[^,.;:()%]{{0,40}}?)?{_S}+(?:par|by){_S}+"
        rf"{_THE}{_ORG}",
        _I,
    ),
    # ... tiré des études publiées ... par le service statistique du ministère du travail (Dares)
    re.compile(
        rf"(?:étude|enquête|rapport|publiée?s?|tirée?s?|selon|d['’]après|sources?|chiffres|données|baromètre)"
        # "du baromètre du numérique (Arcep, CGE, ANCT)", "une enquête (OpinionWay pour Qonto)": the first
        rf"[^.;]{{0,120}}?\({_S}*(?-i:(?P<org>(?:{_GAZETTEER})\b)){_S}*(?:\)|[,;/]|pour\b)",
        _I,
    ),
    # "CCI France a fait évaluer l'impact de ses actions par Opinion Way": who was asked to measure
    _HAD_MEASURED := re.compile(
        rf"\bfait{_S}+(?:réaliser|évaluer|mener|conduire|mesurer){_S}+[^.;:()]{{0,80}}?\bpar{_S}+{_THE}{_ORG}",
        _I,
    ),
    # l'institut IFOP ; le cabinet Gartner: named as the author of what follows
    re.compile(rf"\b(?:l['’]institut|le{_S}+cabinet|l['’]agence|l['’]observatoire|le{_S}+régulateur){_S}+{_ORG}"),
    # "We Are Social et Hootsuite ont travaillé ensemble sur cette nouvelle édition du Digital Report":
    # the subject of a sentence about a study is its author
    re.compile(
        rf"(?:(?<![\s\S])|(?<=[.!?]{_S})|(?<=\n))(?={_CAP}){_ORG}(?:{_S}+(?:et|and){_S}+{_WORD}(?:{_SP}+{_WORD})*)?"
        rf"{_S}+(?:ont|a|vient|viennent|publie|publient|présente|présentent|dévoile|dévoilent|lance|lancent|"
        rf"has|have|publishes|released)\b[^.;:!?\n]{{0,100}}?\b(?:{_STUDY}|édition)\b",
        0,
    ),
    # "Pour Gartner, 30 % des tâches ...": an organisation's view opening the sentence
    re.compile(
        # "car pour la Fevad et Médiamétrie, la France compte": the first of two, after a conjunction
        rf"(?:^|(?<=[.!?\n]){_S}*|(?<=\bcar )|(?<=\bmais )|(?<=\bet )|(?<=\bor )|(?<=\bdonc ))[Pp]our{_S}+"
        rf"(?:l['’]|la{_S}+|le{_S}+)?"
        rf"(?!(?:PME|TPE|ETI|RH|DSI|DRH|CMO|CEO)\b){_ORG}"
        rf"(?:{_S}+(?:et|and){_S}+(?:l['’]|la{_S}+|le{_S}+)?{_WORD}(?:{_SP}+{_WORD}){{0,2}})?{_S}*,",
        0,
    ),
    # "- 4,95 milliards d'internautes, soit 61 % de la population mondiale (We Are Social).": a
    # producer of statistics alone in a bracket closing a sentence or list item ("organic search
    # (Google)" names a platform, not a source)
    re.compile(rf"\({_S}*(?-i:(?P<org>{_PRODUCERS})){_S}*\)(?=[{_S_CHARS}.;]*$)", 0),
    # a page's header: "Insee Références · Achats, ventes et échanges sur Internet", a producer's
    # series of publications
    _HEADER := re.compile(rf"^{_S}*(?P<org>{_CAP}[\w-]+)(?={_S}+{_CAP}[\w-]+(?:{_S}+{_CAP}[\w-]+)?{_S}+[·|])", 0),
    # le CEO de GitHub ; le PDG d'Adobe
    re.compile(
        rf"\b(?:{_ROLES})(?:{_S}+[a-zà-ÿ-]+){{0,3}}?"
        rf"{_S}+(?:de|d['’]|du|of|chez|at){_S}*{_THE}{_ORG}",
        0,
    ),
]
# A definition or a method names whose concept a figure uses, not who counted it: "au chômage selon la
# définition du BIT", "au sens du Bureau international du travail"
_NOT_CITING = re.compile(r"\b(?:définitions?|sens|critères|normes?|nomenclatures?|méthodologie|concepts?)\b", _I)

# Capitalised words that open a sentence or name a date: never part of an organisation.
_NOT_ORG = set(
    """
    Le La Les L Un Une Des De Du En Et Ou Il Elle Ils Elles On Nous Vous Ce Cette Ces Selon
    Leur Leurs Son Sa Ses Notre Nos Votre Vos Their Its His Her Our Your
    The A An In On Of And Or It They We You This That These Those According Source Sources
    Ainsi Par Pour Sur D Dans Avec Plus Moins Depuis Chez Entre Aux Au Mais Donc Or Ni Car Si Quand
    Premier Première Deuxième Second Seconde Troisième Dernier Dernière Autre Autres Seul Seule Seuls
    Seules Chaque Tout Toute Tous Toutes Certains Certaines Enfin Aussi Même Côté Cependant Toutefois
    Pourtant Néanmoins Résultat Bilan Voici Voilà First Second Last Another Each Only
    Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre
    January February March April May June July August September October November December
    """.split()
)
# Places and topics: not a source alone, but they open names ("France Travail", "Web Almanac").
# Measures, kinds of firms and jobs: "un ROI de 3200%" names no one
_MEASURES_AND_KINDS = set("PME TPE ETI RH CA PIB RGPD SEO SEA CRM ERP B2B B2C ROI KPI CPM CPC CTR CEO PDG DG".split())
_NOT_ORG_ALONE = (
    set("IA AI Français Française Internet Web Etat État".split()) | set(_PLACES.split("|")) | _MEASURES_AND_KINDS
)
# a title's last word ("Digital Report"), not a firm's ("Vertigo Research", "Forrester Research")
_TRAIL = re.compile(rf"(?:{_S}+(?:Survey|Study|Report|Index|Barometer|Baromètre))+$")


_DESCRIPTORS = set("institut cabinet agence société groupe organisme association fédération régulateur".split())
_TITLE = re.compile(rf"^(?:CEO|PDG|DG|Directeur|Directrice|Président|Présidente){_S}+(?:de|d['’]|of){_S}*")


_KNOWN = frozenset(KNOWN_ORGS)


# Civil titles open a person's name ("a souligné M. Lolivier", "selon Mme Borne", "Dr Martin"), never an
# organisation's
_CIVIL_TITLE = re.compile(r"^(?:M|MM|Mme|Mmes|Mlle|Me|Dr|Pr|Mr|Mrs|Ms)\.?(?:\s|$)")


def _short_name(org: str) -> str:
    return _FULL_NAMES.get(re.sub(r"^(?:la|le|l')\s*", "", org.lower().replace("’", "'")), org)


# "CCIFrance": a known name written without its space
_GLUED = {name.replace(" ", ""): name for name in KNOWN_ORGS if " " in name}


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
_KNOWN_FIRST = re.compile(rf"(?P<org>{_GAZETTEER}){_S}")


def _clean_org(org: str) -> str:
    if org.strip() in _KNOWN:
        return org.strip()
    if org.strip() in _GLUED:
        return _GLUED[org.strip()]
    if _CIVIL_TITLE.match(org.strip()):
        return ""
    if _TRAIL.search(org) and _KNOWN_FIRST.match(org.strip()):
        return _KNOWN_FIRST.match(org.strip()).group("org")  # "Gartner CMO Spend Survey": the title's author
    org = _TITLE.sub("", _TRAIL.sub("", re.sub(r"^[LlDd]['’]", "", org.strip(" .,'’"))))
    words = org.split()
    while len(words) > 1 and (words[0] in _DESCRIPTORS or words[0] == "Observatoire" and words[1][:1].isupper()):
        # "L'institut Elabe", "L'agence We Are Social" at a sentence's start; "l'Observatoire Cetelem" is
        # Cetelem's (not "l'Observatoire de l'e-pub")
        words.pop(0)
    while words and (words[0] in _NOT_ORG or words[0] in _NOT_ORG_ALONE and len(words) > 1 and words[1] in _NOT_ORG):
        words.pop(0)
    if (
        len(words) > 1
        and _STUDY_WORD.match(words[0])
        and (" ".join(words[1:]) in _KNOWN or _ACRONYM.fullmatch(words[1]))
    ):
        words.pop(0)  # "(Baromètre Fevad 2023)", "(Baromètre IAB, février 2024)": the study of a producer
    org = " ".join(words)
    if not org or org in _NOT_ORG or org in _NOT_ORG_ALONE or not re.match(rf"{_CAP}|[a-z]+{_CAP}", org):
        return ""
    return org


# Institutions named in full, in lower case after their first word: "l'Observatoire du
# commerce connecté", "la Direction générale des entreprises".
_INSTITUTION = re.compile(
    r"(?:Observatoire|Association|Direction|Institut|Fédération|Syndicat|Conseil|Agence|Autorité|Banque|"
    r"Caisse|Centre|Commission|Cour|Haut|Haute|Ministère|Office|Union|Chambre|Collectif|Comité|Conférence|"
    r"Délégation|Fondation|Groupement|Secrétariat|Service|Société|Université|École|Laboratoire|Cabinet|Club)$"
)
_LOWER_TAIL = re.compile(
    rf"(?:{_S}+(?:(?:des|du|de{_S}+la|de{_S}+l['’]|de|d['’]|pour{_S}+la|pour{_S}+l['’]|pour|en|et|sur{_S}+les|"
    rf"sur{_S}+la|à{_S}+la|au|aux){_S}*)?(?!(?:19|20)\d\d)[\w][\w'’-]*){{1,6}}"
)
_TAIL_STOP = re.compile(
    r"\b(?:a|ont|est|sont|qui|que|selon|en|publi\w*|révèle\w*|montre\w*|indique\w*|estime\w*|rapport\w*|"
    r"chiffre\w*|constat\w*|recens\w*|compt\w*|confirm\w*|soulign\w*|observ\w*|relève\w*|dévoil\w*|"
    r"précis\w*|rappell?\w*|ajout\w*|prévoi\w*|évalu\w*|dresse\w*|\w+ent|\w+ait)\b"
)
# "(Fevad)", "(AACC)", "(DGE)": a short name in brackets right after the full one
_ACRONYM_AFTER = re.compile(rf"[^;.()\n]{{0,120}}?\({_S}*(?P<acr>[A-Z][A-Za-z0-9&]{{1,11}}){_S}*[),]")


def canonical_names(text: str) -> str:
    """Give known organisations written in lower case their usual spelling, same length."""
    low = text.lower()
    chars = None
    for key, name in _CANONICAL.items():
        if len(name) != len(key):
            continue
        i = low.find(key)
        while i >= 0:
            end = i + len(key)
            word = text[i:end]
            if (
                word.islower()
                and not (i and (low[i - 1].isalnum() or low[i - 1] == "-"))
                and not (end < len(low) and (low[end].isalnum() or low[end] == "-"))
            ):
                chars = chars if chars is not None else list(text)
                chars[i:end] = name
            i = low.find(key, end)
    return "".join(chars) if chars is not None else text


_TITLE_THEN_AUTHOR = re.compile(
    rf"{_S}+(?:(?:19|20)\d\d{_S}+)?(?:de|d['’]|du|by|of){_S}*(?:l['’]|la{_S}+|le{_S}+|les{_S}+)?"
    rf"(?-i:(?P<org>(?:{_GAZETTEER})\b|{_WORD}(?:{_S}+(?:&{_S}+)?{_WORD}){{0,3}}))"
)
_ENGLISH_TITLE_REST = re.compile(
    rf"(?:{_S}+(?-i:[A-Z][\w-]*|the|of|and|in|for|to|&|(?:19|20)\d\d)){{1,6}}?{_S}+(?:de|d['’]|du|by){_S}*"
    rf"(?:l['’]|la{_S}+|le{_S}+)?(?-i:(?P<org>(?:{_GAZETTEER})\b|{_WORD}(?:{_S}+(?:&{_S}+)?{_WORD}){{0,3}}))"
)
_TITLE_OPENING = re.compile(
    r"(?:State|Future|Global|Digital|Annual|Trends?|Outlook|Index|Report|Barometer|Survey|Study|Pulse|Insights?|"
    r"Census|Benchmark|Connected|Consumer|Voice)$"
)
_STUDY_WORD = re.compile(rf"(?i:{_STUDY}|baromètre|édition|digital|state|future|global|annual|rapport)$")


def _author_of_title(sentence: str, m: re.Match, org: str) -> str:
    """A study's title is not its author: "le rapport State of Marketing de Salesforce",
    "le rapport Digital 2024 de We Are Social" -> the organisation after "de"."""
    if org in _KNOWN or _INSTITUTION.search(org.split()[0]):
        return org
    # "l'enquête ABBYY State of Intelligent Automation", "le baromètre BPCE Digital & Payments": the
    # name before an English title's opening word is its author
    words = org.split()
    opening = next((i for i, word in enumerate(words) if _TITLE_OPENING.match(word)), 0)
    if opening and _clean_org(" ".join(words[:opening])):
        return _clean_org(" ".join(words[:opening]))
    # "L'enquête annuelle Fractures françaises réalisée ... par Ipsos", "le Baromètre Unifié du Marché
    # Publicitaire (BUMP) publié par Kantar Media": who made it, named after the title
    made_by = _made_by().match(sentence, m.end("org"))
    if made_by and _clean_org(made_by.group("org")):
        return _longer(sentence, made_by, _clean_org(made_by.group("org")))
    after = _TITLE_THEN_AUTHOR.match(sentence, m.end("org"))
    if _TITLE_OPENING.match(words[0]):
        # "le rapport State of Marketing 2024 de HubSpot", "l'étude State of the Connected Customer de
        # Salesforce": an English title's "of" names no author, the French "de" after it does; "le
        # baromètre Digital & Payments de l'Observatoire du groupe bancaire BPCE": BPCE
        rest = after or _ENGLISH_TITLE_REST.match(sentence, m.end("org"))
        if rest and _clean_org(rest.group("org")):
            author = _clean_org(rest.group("org"))
            return _group_owner(sentence, rest.end("org"), author) or _longer(sentence, rest, author)
    parts = re.split(rf"{_S}+(?:de|d['’]|du|des|of){_S}*(?:l['’])?", org)
    if len(parts) > 1 and parts[-1][:1].isupper() and _clean_org(parts[-1]):
        return _clean_org(parts[-1])
    if after and _clean_org(after.group("org")):
        author = _clean_org(after.group("org"))
        return _group_owner(sentence, after.end("org"), author) or _longer(sentence, after, author)
    return "" if _STUDY_WORD.match(org) else org


@functools.cache
def _made_by() -> re.Pattern:
    """Compiled when first needed: few texts name a study by its title, and importing the
    extractor stays as fast as it was."""
    return re.compile(
        # "l'observatoire SRI, réalisé par Oliver Wyman": after a comma, the contractor of the owner named
        rf"(?:{_S}*\([^()]{{0,40}}\))?[^.;:(),]{{0,40}}?\b(?:réalisée?s?|menée?s?|conduite?s?|produite?s?|publiée?s?)"
        rf"{_S}[^.;:()]{{0,160}}?\bpar{_S}+{_THE}{_ORG}",
        _I,
    )


# "l'Observatoire du groupe bancaire BPCE": an institution of a group speaks for the group
_GROUP_OWNER = re.compile(
    rf"{_S}+du{_S}+groupe(?:{_S}+[a-zà-ÿ-]+)?{_S}+(?-i:(?P<org>{_WORD}(?:{_SP}+{_WORD}){{0,2}}))", _I
)


def _group_owner(sentence: str, end: int, org: str) -> str:
    """The group a lone institution word ending at end belongs to ("Observatoire" in "l'Observatoire du
    groupe bancaire BPCE" -> "BPCE"), or ''."""
    if " " in org or not _INSTITUTION.search(org):
        return ""
    owner = _GROUP_OWNER.match(sentence, end)
    return _clean_org(owner.group("org")) if owner else ""


def _full_name(sentence: str, m: re.Match, org: str) -> str:
    """Extend an institution's name over its lower-case words, and prefer the acronym the
    text gives: "l'Association des agences-conseils en communication (AACC)" -> "AACC"."""
    named = org
    org = _author_of_title(sentence, m, org)
    if not org:
        return ""
    if org != named and not named.endswith(org):
        return org  # the author named after a title: the title's acronym ("(BUMP)") is not the author's
    # "un sondage commandé par Pôle Emploi auprès de BVA": the institute asked produced the figures
    asked = _ASKED.match(sentence, m.end("org")) or _RUN_BY_POLLSTER.match(sentence, m.end("org"))
    if asked and (asked.re is _ASKED or asked.group("org").split()[0].lower() in _POLLSTERS):
        return asked.group("org")
    pair = _PAIR_AFTER.match(sentence, m.end("org"))
    if pair or "-" in org:
        org = _pollster_of_pair(f"{org}-{pair.group('other')}" if pair else org, org)
    end = m.end("org")
    owner = _group_owner(sentence, end, org)
    if owner:
        return owner
    if _INSTITUTION.search(org.split()[-1]) or _INSTITUTION.search(org.split()[0]) and len(org.split()) == 1:
        tail = _LOWER_TAIL.match(sentence, end)
        if tail:
            words = tail.group(0)
            stop = _TAIL_STOP.search(words)
            words = words[: stop.start()] if stop else words
            words = re.sub(rf"(?:{_S}+(?:des|du|de|d['’]|la|l['’]|pour|en|et|sur|les|à|au|aux))+{_S}*$", "", words)
            if words.strip():
                org = f"{org} {' '.join(words.split())}"
                end = m.end("org") + len(tail.group(0))
    acronym = _ACRONYM_AFTER.match(sentence, m.end("org"))
    if acronym and acronym.group("acr") not in _NOT_ACRONYM and len(org.split()) > 1:
        return acronym.group("acr")
    return org


# Institutes that conduct surveys: of a pair "une étude Fevad-CSA", "une étude IPSOS-ColiPoste", the
# one that produced the figures (the other commissioned them)
_POLLSTERS = frozenset(
    "ifop ipsos bva csa odoxa elabe opinionway harris kantar tns sofres yougov toluna gfk nielsen médiamétrie "
    "viavoice opinium ifop-fiducial crédoc credoc".split()
)
_PAIR_AFTER = re.compile(rf"[-/](?P<other>{_CAP}[\w]*(?:{_SP}{_CAP}[\w]*)?)\b")
# "l'Observatoire Cetelem, accompagné par Harris Interactive": the institute that ran the survey
# produced its figures (not a consultancy: "l'observatoire SRI, réalisé par Oliver Wyman" is the SRI's)
_RUN_BY_POLLSTER = re.compile(
    rf"(?:{_S}*\([^()]{{0,40}}\))?{_S}*,{_S}*(?:accompagnée?s?|réalisée?s?|menée?s?|conduite?s?){_S}+(?:par|avec)"
    rf"{_S}+(?:l['’]institut{_S}+)?(?-i:(?P<org>{_PRODUCERS}|CSA|Viavoice)\b)",
    _I,
)
_ASKED = re.compile(
    rf"{_S}+auprès{_S}+(?:de|d['’]|du){_S}*(?:l['’]institut{_S}+|l['’]|le{_S}+|la{_S}+)?"
    rf"(?-i:(?P<org>{_PRODUCERS}|CSA|Viavoice|TNS Sofres|TNS)\b)"
)


def _pollster_of_pair(name: str, org: str) -> str:
    """'Fevad-CSA' -> 'CSA', 'IPSOS-ColiPoste' -> 'IPSOS', 'Talan/Ifop' -> 'Ifop'; without an institute in the pair
    ('Hewlett-Packard') the organisation stays as it was read."""
    found = [part for part in re.split("[-/]", name) if part and part.split()[0].lower() in _POLLSTERS]
    return found[0] if found else org


_NOT_ACRONYM = set("IA AI UE USA US UK".split()) | _MEASURES_AND_KINDS


_STUDY_KEYS = (
    "étude enquête rapport sondage baromètre analyse recherche estimation prévision données chiffres statisti "
    "observatoire panel classement indice projection survey study report poll research analysis data figures "
    "estimates index forecast studies surveys reports"
).split()
_REPORTING_KEYS = sorted(
    {word[:5].lower() for word in _REPORTING.split("|") if "\\" not in word} | {"fait ", "réali", "mené", "condu"}
)
# For each cue, in order: the words one of its matches holds (lowercase), how far before and
# after such a word a match may start and end. A cue runs only around its words: trying every
# cue at every position of a long article was most of the extraction's cost.
_GATES = [
    (["selon", "d'après", "d’après", "according", "source", "per ", "croire"], 20, 260),
    (["selon", "d'après", "d’après", "source"], 5, 260),
    (_STUDY_KEYS, 60, 280),
    (_STUDY_KEYS, 120, 30),
    (_REPORTING_KEYS, 250, 60),
    (["fédération", "institut", "direction", "autorité", "centre", "observatoire", "association", "agence"], 2, 160),
    (["("], 2, 120),
    ([","], 2, 120),
    (_REPORTING_KEYS, 10, 120),
    (["côté", "chez"], 5, 140),
    (["publi", "dévoil", "présent", "rendre", "livr"], 200, 40),
    (["publi", "dévoil", "présent", "rendre", "livr"], 200, 40),
    (["("], 2, 120),
    (
        "publi réalis mené condui pilot en place dévoil command compil coprodui interrog sondé question posé dressé établi fourni "
        "collect "
        "recueilli produit calculé mesuré avancé communiqu diffusé recensé estimé livré annonc".split(),
        5,
        140,
    ),
    (["("], 200, 100),
    (["fait réalis", "fait évalu", "fait mener", "fait condui", "fait mesur"], 2, 160),
    (["institut", "cabinet", "agence", "observatoire", "régulateur"], 5, 120),
    ([*_STUDY_KEYS, "édition"], 200, 20),
    (["pour "], 2, 120),
    (["("], 2, 60),
    (["·", "|"], 80, 2),
    (
        "ceo pdg dg directeur directrice président membre porte-parole économiste analyste responsable fondat "
        "chercheu délégué".split(),
        5,
        200,
    ),
]
assert len(_GATES) == len(_CUES)


_GATE_KEYS = sorted({key for keys, _, _ in _GATES for key in keys})
_GATE_KEY_SETS = [frozenset(keys) for keys, _, _ in _GATES]


def _gate_word_starts(low: str) -> dict[str, list[int]]:
    """Where each of the gates' words starts in `low` (overlapping ones too), those present only:
    looked for once per sentence rather than once per cue that needs them."""
    found = {}
    for key in _GATE_KEYS:
        i = low.find(key)
        if i >= 0:
            starts = found[key] = []
            while i >= 0:
                starts.append(i)
                i = low.find(key, i + 1)
    return found


def _cue_windows(gate_word_starts: dict, length: int, keys: frozenset, back: int, ahead: int) -> list[tuple[int, int]]:
    """The stretches around the `keys` present (`_gate_word_starts`) where a cue may match, merged."""
    spans = [
        (max(0, i - back), min(length, i + len(key) + ahead))
        for key, starts in gate_word_starts.items()
        if key in keys
        for i in starts
    ]
    spans.sort()
    merged: list[list[int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [(lo, hi) for lo, hi in merged]


# "BCG X", "Bpifrance Le Lab", "Ipsos Médiangles": a known name that capitalised words on its line carry on
# ("Ipsos Sopra/Steria" is Ipsos and its partner, not a longer name)
_LONGER_NAME = re.compile(
    # "Bain & Company"
    rf"(?-i:(?:(?:{_SP}+&)?{_SP}+(?:(?:Le|La|Les){_SP}+(?={_CAP}))?(?!(?:{_MONTHS_CAP})\b){_WORD}(?![/\w'’-]))+)"
)
# "Frédéric Dabi, directeur général de l'Ifop": a person presented with the organisation they speak for
_ROLE_OF = re.compile(
    rf",{_S}+(?:le{_S}+|la{_S}+)?(?:{_ROLES})(?:{_S}+[a-zà-ÿ'’-]+){{0,5}}?{_S}+(?:de|d['’]|du|chez|of|at){_S}*{_THE}{_ORG}",
    _I,
)
# a study word right before a name: "le baromètre Cyberacheteurs", "Le Baromètre Santé 360° Odoxa"
_STUDY_BEFORE = re.compile(rf"\b{_STUDY}(?:{_S}+(?:\d+(?:e|er|ème)|(?:19|20)\d\d))?{_S}+$", _I)
# the rest of a study's name, up to its commissioner, its author, a second author or a clause:
# "Santé 360° Odoxa pour la FG2A" ("une étude Artefact/Odoxa" names two authors, the first one first)
_NAME_REST = re.compile(rf"(?:(?!{_S}(?:pour|de|du|des|d['’]|par)\b)[^,;.:()/\n-])*")


def _longer(sentence: str, m: re.Match, org: str) -> str:
    """A known name with the capitalised words that carry it on: "BCG X", "Ipsos Médiangles"."""
    if org not in _KNOWN:
        return org
    longer = _LONGER_NAME.match(sentence, m.end("org"))
    if longer and _TRAIL.search(longer.group(0)):
        return org  # "le Microsoft Work Trend Index": a study's title after its author
    return f"{org}{longer.group(0)}" if longer else org


# "une enquête de L'Argus de la presse", "selon Le Journal du dimanche": an article written with a capital
# inside a sentence is part of the name, and so are the lower-case words its "de la" chain carries
_ARTICLES = ("L'", "L’", "Le ", "La ", "Les ")
_CAPITAL_ARTICLE = re.compile(r"(?:L['’]|Le |La |Les )$")
_ARTICLE_NAME_TAIL = re.compile(
    rf"(?-i:(?:{_SP}+(?:de{_SP}+la{_SP}+|de{_SP}+l['’]|du{_SP}+|des{_SP}+|de{_SP}+)(?!(?:19|20)\d\d)[a-zà-ÿ][\w'’-]*){{1,2}})"
)


def _with_article(sentence: str, m: re.Match, org: str) -> str:
    """Keep a capitalised article written inside a sentence, and the lower-case words after the
    name: "une enquête de L'Argus de la presse" -> "L'Argus de la presse"."""
    if not org or _is_known(org) or org.startswith(_ARTICLES):
        return org
    at = m.start("org")
    if not m.group("org").startswith(_ARTICLES):
        article = _CAPITAL_ARTICLE.search(sentence, max(0, at - 4), at)  # read by the cue's "le"/"la"
        if not article:
            return org
        at = article.start()
    if not sentence[:at].strip() or sentence[:at].rstrip()[-1:] in ".!?:":
        return org  # a sentence's first word is capitalised anyway
    name = sentence[at : m.end("org")]
    if org not in name:
        return org  # the cue gave way to another name (the author of a title, an acronym)
    tail = _ARTICLE_NAME_TAIL.match(sentence, m.end("org"))
    if tail:
        words = tail.group(0)
        stop = _TAIL_STOP.search(words)
        name += words[: stop.start()].rstrip() if stop else words
    return " ".join(name.split())


def _is_known(name: str) -> bool:
    return name in _KNOWN or name.lower() in _CANONICAL or name.split()[0].lower() in _POLLSTERS


def written_as_common_noun(name: str, text: str) -> bool:
    """A single capitalised word the same text also writes in lower case is a topic, not a name:
    "ce Baromètre de la Cybersécurité" beside "le baromètre annuel de la cybersécurité"."""
    if " " in name or name.isupper() or _is_known(name) or not name[:1].isupper():
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(name[0].lower() + name[1:])}(?![\w-])", text) is not None


_POSSESSIVE_STUDY = re.compile(
    rf"\b(?:sa|son|ses|leur|leurs)(?:{_S}+[a-zà-ÿ-]+)?{_S}+{_STUDY}(?:{_S}+(?:19|20)\d\d)?{_S}+$", _I
)


def _titled(sentence: str, m: re.Match, org: str) -> tuple[str, bool]:
    """A name right after a study word may be the study's title, not its author ("le baromètre
    Cyberacheteurs de l'e-commerce, réalisé par Ipsos", "Le Baromètre Santé 360° Odoxa pour la
    FG2A"): a known producer further in the name is the author; otherwise the name is kept only
    when no other cue names one (an acronym, a known name or an institution stays the author:
    "une étude IFOP", "le baromètre BPCE")."""
    if not _is_known(org) and _POSSESSIVE_STUDY.search(sentence, max(0, m.start("org") - 60), m.start("org")):
        # "sa traditionnelle étude TGI": the title of a study its owner presents ("leur étude Ifop"
        # is by the pollster)
        return "", False
    if _is_known(org) or org.isupper() or _INSTITUTION.search(org.split()[0]):
        return org, False
    if not _STUDY_BEFORE.search(sentence, max(0, m.start("org") - 40), m.start("org")):
        return org, False
    rest = _NAME_REST.match(sentence, m.end("org"), min(len(sentence), m.end("org") + 60))
    for word in re.finditer(r"[\w'’]+", rest.group(0) if rest else ""):
        if _is_known(word.group(0)):
            return word.group(0), False
    return org, True


# "selon les statistiques obtenues sur les Social Media", "une étude menée en Europe": a name right
# after such a preposition is a topic or a place, not an author
_TOPIC_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:sur|dans|avec|en|à|entre|parmi|vers|sous|contre|au|aux)(?:{_S}+(?:les|la|le)|{_S}+l['’]|{_S}*l['’])?{_S}*$"
)


_HAS = re.compile(rf"{_S}+(?:compte|comptait|comptera|totalise|rassemble|réunit)\b")


def _matches(sentence: str) -> list[tuple[str, int]]:
    """Every (organisation, offset) a citation cue names in the sentence. A study's title
    ("Selon le Global Digital Report, une étude réalisée par l'agence We Are Social") gives
    way to the organisation the sentence names as its author."""
    sentence = canonical_names(sentence)
    low = sentence.lower()
    gate_word_starts = _gate_word_starts(low)
    seen = set()
    found, titles, hired = [], [], []
    for rx, keys, (_, back, ahead) in zip(_CUES, _GATE_KEY_SETS, _GATES, strict=True):
        for lo, hi in _cue_windows(gate_word_starts, len(low), keys, back, ahead):
            for m in rx.finditer(sentence, lo, hi):
                if rx is _HEADER and m.group("org") not in _PRODUCER_NAMES:
                    continue  # a header's first word names its producer only when it is a known one
                if _NOT_CITING.search(sentence, m.start(), m.start("org")) or (
                    rx is _STUDY_THEN_NAME
                    and "," in sentence[m.start() : m.start("org")]
                    and not _is_known(m.group("org").strip())
                ):
                    # "selon la définition du BIT" defines, it does not count; "Parmi les résultats de
                    # cette enquête, la Covid a laissé": after a comma only a known producer is the author
                    continue
                if _TOPIC_BEFORE.search(sentence, max(0, m.start("org") - 16), m.start("org")):
                    continue
                if _HAS.match(sentence, m.end("org")) and _clean_org(m.group("org")) not in _PRODUCER_NAMES:
                    continue  # "TikTok compte 21,4 millions d'utilisateurs": what it has, not what it counted
                org = _clean_org(m.group("org"))
                weak = False
                if org and rx is not _HEADER:
                    role = _ROLE_OF.match(sentence, m.end("org"))
                    if role and _clean_org(role.group("org")):
                        org = _clean_org(role.group("org"))
                    else:
                        org = _full_name(sentence, m, _longer(sentence, m, org))
                        org = _with_article(sentence, m, org)
                        org, weak = _titled(sentence, m, org) if org else (org, False)
                elif org:
                    org = _full_name(sentence, m, org)
                org = _short_name(_GLUED.get(org, org))
                if org and (org, m.start()) not in seen:
                    seen.add((org, m.start()))
                    raw = m.group("org").strip()
                    title = weak or raw not in _KNOWN and bool(_TRAIL.search(raw))
                    (titles if title else found).append((org, m.start()))
                    if rx is _HAD_MEASURED:
                        hired.append((org, m.start()))
    if hired:
        return hired  # "X a fait évaluer ... par Y": Y measured
    if len(found) > 1:
        kept = [(org, at) for org, at in found if not _relays(sentence, org, at)]
        found = kept or found
    return found or titles


# A news outlet relaying a study: "relayée par Le Figaro", "D'après Les Echos, qui cite une étude de
# McKinsey", "Selon le JDN, qui s'appuie sur les chiffres de Médiamétrie"
_RELAY_BEFORE = re.compile(
    rf"(?:(?:relayée?s?|citée?s?|reprise?s?|rapportée?s?){_S}+par|(?:rapporte|relaie|relayé|cite)){_S}+"
    rf"(?:l['’]|le{_S}+|la{_S}+|les{_S}+)?$",
    _I,
)
_RELAY_AFTER = re.compile(
    rf"{_S}*,?{_S}*qui{_S}+(?:cite|citent|s['’]appuie|s['’]appuient|reprend|reprennent|relaie|relaient|se{_S}+fonde|"
    rf"se{_S}+base|rapporte|rapportent)\b|"
    # "l'Opinion publie un sondage Ifop-Zurich": a publisher of a study named by its author
    rf"{_S}+(?:publie|publient|dévoile|dévoilent|diffuse|diffusent|relaie|relaient){_S}+"
    rf"(?:les{_S}+résultats{_S}+d['’](?:un|une){_S}+|un{_S}+|une{_S}+|le{_S}+|la{_S}+)?{_STUDY}{_S}+(?-i:{_CAP})",
    _I,
)


def _relays(sentence: str, org: str, at: int) -> bool:
    i = sentence.find(org, max(0, at))
    if i < 0:
        return False
    return bool(_RELAY_BEFORE.search(sentence, max(0, i - 40), i) or _RELAY_AFTER.match(sentence, i + len(org)))


# "..., même si la Banque de France estime au contraire que ...": an organisation cited in a
# concessive clause speaks for that clause only, not for the sentence's figures before it nor for
# the sentences after it
_ASIDE = re.compile(
    rf"\b(?:même{_S}+si|alors{_S}+qu(?:e|['’])|tandis{_S}+qu(?:e|['’])|bien{_S}+qu(?:e|['’])|"
    rf"quand{_S}+bien{_S}+même)[^.;:!?()]{{0,60}}$",
    _I,
)


def _aside_at(sentence: str, at: int) -> int:
    """Where the concessive clause holding offset at starts, or -1."""
    m = _ASIDE.search(sentence, max(0, at - 80), at)
    return m.start() if m else -1


def find_sources(sentence: str) -> tuple[tuple[str, int], tuple[str, int]]:
    """Return the sentence's source, (organisation, offset) of its first citation cue outside a
    concessive clause, or ('', -1); and the first one inside such a clause, with the offset the
    clause starts at. An outlet that relays another organisation's figures gives way to it."""
    best, aside = ("", -1), ("", -1)
    for org, at in _matches(sentence):
        clause = _aside_at(sentence, at)
        if clause >= 0:
            if aside[1] < 0 or clause < aside[1]:
                aside = (org, clause)
        elif best[1] < 0 or at < best[1]:
            best = (org, at)
    return best, aside


def find_source(sentence: str) -> tuple[str, int]:
    """The sentence's source, as find_sources gives it."""
    return find_sources(sentence)[0]


# A paragraph holding none of the cues' words cites nothing.
_TRIGGERS = sorted({key for keys, _, _ in _GATES for key in keys if key not in (",", "(", "per ")} | {"("})
PARAGRAPH = re.compile(r"[^\n]+")


def citations(text: str):
    """Every (organisation, offset) a citation cue names in text, paragraph by paragraph, and
    only in the paragraphs holding a word a cue needs: most prose cites nothing."""
    for paragraph in PARAGRAPH.finditer(text):
        low = paragraph.group(0).lower()
        if any(word in low for word in _TRIGGERS):
            for org, at in _matches(paragraph.group(0)):
                if _aside_at(paragraph.group(0), at) < 0:
                    yield org, paragraph.start() + at


def year_near(text: str, at: int) -> int | None:
    """The year of the study cited at offset: in its name, else in the sentence that presents
    it when that sentence gives no figure of its own."""
    from .years import named_year, year_of_sentence

    start = max(text.rfind(". ", max(0, at - 400), at), text.rfind("\n", max(0, at - 400), at)) + 1
    end = text.find(". ", at, at + 400)
    sentence = text[start : end if end >= 0 else min(len(text), at + 400)]
    has_figure = re.search(r"\d[\d\s,.]*\s*%", sentence)
    # "En janvier 2024, l'Insee a publié une étude": the day a study came out, not what it measures
    published = PUBLISHED.search(sentence)
    return named_year(text[max(0, at - 60) : at + 120]) or (
        None if has_figure or published else year_of_sentence(sentence)
    )


PUBLISHED = re.compile(rf"\b(?:a|ont){_S}+(?:publié|dévoilé|rendu{_S}+publi\w*|mis{_S}+en{_S}+ligne)\b", _I)


_REFERS_BACK = re.compile(
    rf"\b(?:cette|la{_S}+même|cette{_S}+même|l['’]|selon{_S}+l['’]|d['’]après{_S}+l['’])(?:{_S}*)(?:étude|enquête|analyse|"
    rf"institut|agence|observatoire|organisation|organisme|association|fédération|autorité|entreprise|société|firme)\b|"
    rf"\b(?:le|ce|du|au)(?:{_S}+même)?{_S}+(?:cabinet|rapport|sondage|baromètre|groupe|institut|organisme|régulateur|"
    rf"gendarme|cabinet|observatoire|spécialiste|fournisseur|géant|éditeur|constructeur)\b|"
    rf"\bselon{_S}+(?:elle|lui|eux|ses|leurs?|ces|ce|celui-ci|celle-ci|ce{_S}+dernier|cette{_S}+dernière)\b|\b(?:ajoute|précise|relève|note|souligne)-t-(?:il|elle)\b|"
    rf"\b(?:ses|leurs){_S}+(?:chiffres|données|estimations|prévisions|calculs|projections)\b|"
    # "Selon les statistiques obtenues, Instagram …": the study's, named before
    rf"\b(?:selon|d['’]après){_S}+(?:les|ces){_S}+(?:statistiques|chiffres|données|résultats)\b|"
    rf"\bsa{_S}+prévision\b",
    _I,
)


def refers_back(sentence: str) -> bool:
    """Does the sentence cite a source named before ("selon cette étude", "le cabinet relève")?"""
    return bool(_REFERS_BACK.search(sentence))


_NOTE = re.compile(
    # "Source : Eurostat", and a short line of its own: "Chiffres Médiamétrie.", "Source Elabe"; "(Source,
    # 2016)" names no one but dates the figures above it
    rf"(?:^|\n|\(){_S}*(?:sources?(?=,)|(?:sources?|données|chiffres)(?:{_S}*:|{_S}+(?=[^\n:]{{1,40}}(?:\n|$))))"
    rf"{_S}*(?P<body>[^\n)]*)",
    _I,
)
# What an unnamed note holds besides its years: "(Source #1, 2018. Source #2, 2018)", "(Sources, mai 2020)"
_UNNAMED_NOTE = re.compile(rf"(?:[\W\d_]|\b(?:sources?|et|and|{_MONTH})\b)*", _I)


# a list item (its marker masked into spaces) that gives a figure before a bracket
_LIST_ITEM_WITH_FIGURE = re.compile(r"[ \t>]+[^\s\n][^\n]*\d[^\n]*$")


def find_notes(text: str) -> list[tuple[int, str, int | None]]:
    """Source notes ("(Source : Eurostat)", "Source : baromètre 2024 de l'Observatoire du
    commerce connecté") as (offset, organisation, year), in text order; an unnamed note ("(Source,
    2016)") has no organisation."""
    notes = []
    for m in _NOTE.finditer(text):
        if text[m.start()] == "(":
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _LIST_ITEM_WITH_FIGURE.match(text, line_start, m.start()):
                continue  # "- 72 % des consommateurs lisent des avis (source : BrightLocal)": the item's own
        line = text[m.start() : m.end()].strip()
        org, _ = find_source(line)
        # "source : Chiffres-clés e-commerce 2025, Fevad": a title, then its producer
        producer, _ = known_producer(m.group("body")) if org and org not in _KNOWN else ("", -1)
        org = producer or org
        if not org:
            body = canonical_names(m.group("body")).strip(" .,*_")
            org = _clean_org(re.split(r"[,;(]", body)[0]) if body[:1].isupper() else ""
            org = org if org and len(org.split()) <= 5 else ""
        y = years.ANY_YEAR.search(m.group("body"))
        if org or y and _UNNAMED_NOTE.fullmatch(m.group("body")):
            at = m.start() + (text[m.start()] in "\n(")  # where the note itself starts
            notes.append((at, org, int(y.group("y")) if y else None))
    return notes


_QUALIFIERS = [
    ("up_to", r"jusqu['’]{_S}?(?:à|a)|up{_S}+to|as{_S}+(?:much|many){_S}+as"),
    (
        "at_least",
        r"au{_S}+moins|au{_S}+minimum|at{_S}+least|no{_S}+(?:fewer|less){_S}+than|pas{_S}+moins{_S}+(?:de|d['’])|"
        r"≥|minimale?{_S}+(?:\w+{_S}+)?de|minimum{_S}+(?:\w+{_S}+)?(?:de|of)",
    ),
    (
        "more_than",
        r"plus{_S}+(?:de|d['’]|des|du)|au-delà{_S}+de|more{_S}+than|over|above|upwards{_S}+of|"
        r"in{_S}+excess{_S}+of|exceeding|dépass\w*|supérieure?s?{_S}+à|>",
    ),
    (
        "less_than",
        r"moins{_S}+(?:de|d['’]|des|du)|less{_S}+than|fewer{_S}+than|under|below|"
        r"inférieure?s?{_S}+à|à{_S}+peine|<",
    ),
    (
        "about",
        r"environ|près{_S}+(?:de|d['’]|des|du)|presque|quasiment|approximativement|autour{_S}+(?:de|d['’])|"
        r"quelque|plus{_S}+ou{_S}+moins|"
        r"aux{_S}+alentours{_S}+(?:de|d['’])|de{_S}+l['’]ordre{_S}+(?:de|d['’])|~|≈|±|about|"
        r"around|approximately|roughly|nearly|almost|some|close{_S}+to|an{_S}+estimated|"
        r"estimated{_S}+at|circa|approche(?:{_S}+les)?|approaching",
    ),
]
_QUALIFIER_RX = re.compile(
    "(?:^|(?<=[\\s(]))(?:"
    + "|".join(f"(?P<{name}>{rx.replace('{_S}', _S)})" for name, rx in _QUALIFIERS)
    + r")[\s\u00a0\u202f]*(?:les\s+)?$",
    _I,
)
_AFTER_QUALIFIER = re.compile(
    rf"^(?:(?P<more_than>\+)|{_S}+(?:(?P<at_least>(?:ou|or|et|and){_S}+(?:plus|more)|au{_S}+moins|minimum|"
    rf"at{_S}+least)|(?P<about>environ|approximately|or{_S}+so)|(?P<up_to>au{_S}+maximum|maximum|at{_S}+most))\b)",
    _I,
)


def find_qualifier(before: str, after: str) -> str:
    """Read the qualifier from the words just before (and after) the figure."""
    m = _QUALIFIER_RX.search(before[-40:])
    if m:
        return m.lastgroup
    m = _AFTER_QUALIFIER.match(after)
    if m:
        return m.lastgroup
    return "exact"


# "Marc Lolivier, délégué général de la Fevad": a person presented with the organisation they speak for
_PERSON = re.compile(
    rf"(?-i:(?:M\.|Mme){_S}+)?(?P<first>(?-i:{_CAP}[a-zà-ÿ]+(?:-{_CAP}[a-zà-ÿ]+)?)){_S}+"
    rf"(?P<last>(?-i:{_CAP}[a-zà-ÿ]+(?:-{_CAP}[a-zà-ÿ]+)?)),{_S}+(?:le{_S}+|la{_S}+)?"
    rf"(?=(?:CEO|PDG|DG|directeur|directrice|président|présidente|porte-parole|économiste|délégué|déléguée|"
    rf"responsable|fondateur|fondatrice|chercheur|chercheuse|analyste)\b)",
    _I,
)


def speakers(text: str) -> dict[str, str]:
    """{surname: organisation} of the people the text presents with their organisation, for a
    later sentence that quotes them again ("a dit Marc Lolivier", "a souligné M. Lolivier")."""
    found = {}
    for m in _PERSON.finditer(text):
        org, _ = find_source(text[m.end() : m.end() + 200].split(".")[0])
        if org:
            found[m.group("last")] = org
    return found


_KNOWN_PRODUCER = re.compile(rf"(?<![\w'’-])(?-i:(?P<org>{_PRODUCERS}))(?![\w'’-])")


def known_producer(text: str) -> tuple[str, int]:
    """The one known producer of statistics text names and where, or ('', -1) when it names none
    or several."""
    text = canonical_names(text)
    found = {m.group("org") for m in _KNOWN_PRODUCER.finditer(text)}
    if len(found) != 1:
        return "", -1
    # named in a sentence about data or a study ("Les données que Kantar a collectées"), not as
    # an actor ("La CNIL a prononcé 42 sanctions")
    org = found.pop()
    at = text.find(org)
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min(i for i in (text.find(". ", at), text.find("\n", at), len(text)) if i >= 0)
    return (org, at) if _STUDY_WORDS.search(text, start, end) else ("", -1)


_STUDY_WORDS = re.compile(rf"\b{_STUDY}\b", _I)


# "un sondage Odoxa pour France Bleu", "l'enquête Ipsos pour le compte de la Fevad": the institute
# produced the figures, its client commissioned them
_COMMISSIONED = re.compile(
    rf"\b{_STUDY}{_S}+(?:[a-zà-ÿ-]+{_S}+)?(?-i:(?P<inst>{_PRODUCERS}))(?:{_S}*\([^()]{{0,40}}\))?{_S}+pour{_S}+"
    rf"(?:le{_S}+compte{_S}+(?:de|d['’]){_S}*)?(?:l['’]|le{_S}+|la{_S}+|les{_S}+)?"
    rf"(?-i:(?P<client>{_CAP}[\w'’-]*(?:{_SP}+{_CAP}[\w'’-]*){{0,3}}))",
    _I,
)


def commissioners(text: str) -> dict[str, str]:
    """{client: institute} of the studies text presents as made by an institute for a client: a
    figure the text later gives to the client ("recensés par France Bleu") is the institute's."""
    found = {}
    if " pour " in text:
        for m in _COMMISSIONED.finditer(text):
            client = _clean_org(m.group("client"))
            if client and client != m.group("inst"):
                found.setdefault(client, m.group("inst"))
    return found


# "le nombre d'inscrits à Pôle emploi, qui a grimpé de 4,3%", "les listes de Pôle emploi ont accueilli
# 34.200 demandeurs": a count a producer keeps is that producer's, whoever the sentence cites
_HELD_BY = re.compile(
    rf"\b(?:inscrits|inscriptions|listes|fichiers|registres|allocataires|abonnés)(?:{_S}+[a-zà-ÿ'’-]+){{0,2}}?"
    rf"{_S}+(?:à|de|du|chez){_S}+(?:l['’]|la{_S}+|le{_S}+)?(?-i:(?P<org>{_PRODUCERS}))(?![\w'’-])"
    rf"(?P<rest>(?:[^.;:!?%]|(?<=\d)\.(?=\d)){{0,100}})$",
    _I,
)
_CITES = re.compile(r"\b(?:selon|d['’]après|according)\b", _I)
_HELD_WORDS = ("inscri", "liste", "fichier", "registre", "allocataire", "abonné")


def holder_of(before: str) -> str:
    """The producer whose register the figure right after before counts, or ''."""
    if not any(word in before for word in _HELD_WORDS):
        return ""  # the cheap test first: most figures follow no register
    m = _HELD_BY.search(before)
    return m.group("org") if m and not _CITES.search(m.group("rest")) else ""


def bracket_source(text: str) -> str:
    """The organisation of a dated bracket opening text ("(UIT, juin 2024)", "(Ifop, 2023 ; Insee,
    2022)": the first), for the figure text follows, or ''."""
    m = _DATED_BRACKET.match(text)
    return _clean_org(m.group("org")) if m else ""
