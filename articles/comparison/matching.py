"""What a figure is about, read from its sentence, and whether two figures measure the same thing. Pure.

A `Reading` says of a figure: of whom (population), what (measure: concepts and word stems),
in which segment (qualifiers: geography, size, sector, age, channel, frequency) and in which unit.
Two figures are comparable when their populations, segments and units are the same — a reader's
synonyms count as the same ("marketeurs" = "professionnels du marketing"), the French public and
France are what a French article means when it names none — and their measures overlap enough.
When in doubt they are not: a wrong comparison misleads readers, a missing one only waits for an
editor.

The extractor's own parts (`population`, `measure`, `qualifiers`) are used when it fills them;
otherwise everything is read from the figure's clause of its sentence, from what leads the
sentence, and, for "contre 6 % en 2023", from the figure it is compared with.
"""

import functools
import re
from dataclasses import dataclass, field, replace

from articles.text import fold_accents

# --- words ---------------------------------------------------------------------------------------

STOP_WORDS = frozenset(
    """
    a au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma
    mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes
    toi ton tu un une vos votre vous c d j l m n s t y ete etre avoir ont sont est plus moins tres
    selon via entre chez sans sous lors dont afin ainsi aussi comme vers depuis devant laquelle lequel
    deux trois quatre cinq six sept huit neuf dix onze douze vingt trente cent cents mille tandis aura auront
    the of and in to for on by with from at an or is are was were that this these those
    """.split()
)
# Words that say how a figure is reported, not what it measures.
REPORTING_WORDS = frozenset(
    """
    declarent declare affirment affirme estiment estime indiquent indique considerent jugent pensent
    deja desormais encore aujourd hui moyenne environ pres seulement quelque ordre total totale
    annee annees an ans mois jour semaine interroges interrogees repondants sondes etude enquete
    sondage rapport barometre contre soit cela correspond donne rapport hausse baisse
    million millions milliard milliards euro euros dollar dollars eur usd point points fois
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    tiers quart moitie majorite secteur secteurs ensemble taille exercice champ etudie precedent atteignant
    lundi mardi jeudi vendredi samedi dimanche a-t-il a-t-elle indique-t-il selon-lui afp
    fevad mediametrie insee ipsos sopra steria ifop odoxa credoc eurostat openai arcep statista kepios
    datareportal hootsuite meltwater gartner mckinsey salesforce adobe hubspot bpifrance federation
    comptons comptabilise comptabilisent comptait comptent recense recensait effet sommes nombreux autre autres apres
    """.split()
)
# Stems of verbs and adverbs that say a figure is reached, shown, ranked ("en tête", "d'abord") or
# compared, not what it is.
REPORTING_STEMS = frozenset(
    """
    realis effectu atteign atteindr atteint etabl etabli affich pass enregistr situ tir compt fait font
    dernier precedent tot cour principal principal fort lie revel demeur retrait revanch leger
    passent passait etai etait ser sera ont elev eleve elevent port perd gagn erod precis not soulign
    annonc publi totalis franch depass voit niveau maintenu seul souci outr fin possed haut
    bien surtout mieu parmi tau fonction vari ecart creus egal grand pet import lanc nett concern
    ajout poursuivi delegu general connu comparaison provi mauvais nouvell fix poid bilan organ spectaculair
    chiffr donne resultat publi declar affirm men dessou malgr rest intermediair laquell apparait anniversair
    premi tomb frol avoisin culmin plafonn hiss ressort ressorti tet abord
    """.split()
)
# Longest first: the first one that leaves a stem of three letters or more is removed.
SUFFIXES = tuple(
    sorted(
        """
        issements issement ations ation ements ement ments ment euses euse eurs eur ites ite iques ique
        ismes isme istes iste ives ive ifs if ants ant ees es ee er ez ent e s x
        """.split(),
        key=len,
        reverse=True,
    )
)


def plain(text):
    """Lowercase, accents and typographic apostrophes away: what every pattern below reads."""
    return fold_accents(text.replace("’", "'").replace("\u00a0", " "))


def _stem(word):
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def subject_words(subject):
    """The stems that say what a subject measures: lowercase, no accents, no stop words."""
    return frozenset(_stem(word) for word in re.findall(r"[a-z0-9]+", plain(subject)) if word not in STOP_WORDS)


def similarity(words, other_words):
    """Jaccard similarity of two sets of words."""
    if not words or not other_words:
        return 0.0
    return len(words & other_words) / len(words | other_words)


# --- lexicons: phrase patterns (on plain text) → canonical names ---------------------------------

# Populations: who a share is "of". The general public is "" (as when none is named).
POPULATIONS = (
    (
        "cyberacheteurs",
        r"cyber-?acheteurs?|e-acheteurs?|acheteurs? (?:en ligne|sur internet)"
        r"|(?:qui |a )?(?:achet\w*|consomm\w*|command\w*|ont (?:deja )?achete|(?:ont |avoir )?(?:deja )?effectue des achats"
        r"|font des achats|effectuent des achats|(?:font|effectuent) leurs (?:achats|emplettes))"
        r" (?:en ligne|sur internet|par internet|sur le web)",
    ),
    (
        "marketeurs",
        r"marketeurs?|marketers?|(?:specialistes|professionnel(?:le)?s|responsables|directeurs|directrices|decideurs"
        r"|experts|equipes|services|metiers|acteurs)(?: \w+)? (?:du |en |de |des )?marketing|cmos?\b",
    ),
    ("dirigeants", r"dirigeants?|chefs? d'entreprises?|patrons?|pdg|ceos?\b|decideurs?|c-levels?"),
    ("cadres", r"cadres?\b"),
    ("salaries", r"salaries|employes|collaborateurs|travailleurs"),
    ("commerciaux", r"commerciaux|vendeurs|equipes commerciales|forces de vente"),
    ("dsi", r"\bdsi\b|directions? informatiques?|decideurs it"),
    (
        "entreprises",
        r"entreprises?|societes?|organisations?|structures?|firmes?|compagnies|\bpme\b|\btpe\b|\beti\b"
        r"|start-?ups?|groupes\b|employeurs|annonceurs|marques\b",
    ),
    # Shops online are counted as such: "117 500 sites marchands", "144 000 cybermarchands".
    (
        "sites-marchands",
        # "dépensé sur les sites d'e-commerce": a place where money goes, not whom a figure counts.
        r"(?<!sur les )(?<!sur des )(?<!sur )(?:sites? marchands?|cyber-?marchands?|e-?commercants"
        r"|sites? (?:de |d')?e-?commerce|sites? de vente en ligne)",
    ),
    ("clients", r"clients?|acheteurs?"),
    ("internautes", r"internautes?|mobinautes?|utilisateurs d'internet"),
    ("utilisateurs", r"utilisateurs?|usagers?|abonnes|membres"),
    # Households are not people: "92 % des foyers ont accès à Internet" is not a share of the French.
    ("foyers", r"foyers?|menages?"),
    # Of whom the survey asked says nothing of who they are: never compared.
    ("?", r"repondants?|personnes interrogees|sondes|participants|interroges"),
    # Owners of a device are not the public: "94 % des détenteurs l'utilisent chaque jour".
    ("detenteurs", r"detenteurs?|possesseurs?|proprietaires"),
    ("femmes", r"femmes"),
    ("hommes", r"hommes"),
    (
        "",
        r"francais(?:es)?|population|concitoyens|personnes|individus|habitants|adultes|gens"
        r"|consommateurs?",
    ),
)
PRONOUNS = r"celles?|ceux|elles|ils|d'entre (?:eux|elles)"
# A count of a population narrowed by what it does counts the narrower one.
REFINES = {"": ("cyberacheteurs",), "internautes": ("cyberacheteurs",), "clients": ("cyberacheteurs",)}
# What a count of people keeps of its sentence: whether it is an increase, and of which technology.
COUNTED_CONCEPTS = frozenset({"CHANGE", "AI", "GENAI", "SOCIAL", "ECOMMERCE"})
# A population counted, as what a share of the public measures ("soit 80 % de la population").
POPULATION_CONCEPTS = {"utilisateurs": "USE", "cyberacheteurs": "ECOMMERCE", "internautes": "INTERNET"}
# A count of the public doing this counts these: "N millions de Français utilisent …".
USERS_OF = (("INTERNET", "internautes"), ("USE", "utilisateurs"))
# "le cyberacheteur réalise 60 commandes": a count of things per person, not of people.
THINGS_AFTER = re.compile(
    r"\s*(?:de |d')?(?:commandes?|transactions?|achats?|comptes?|plateformes?|applications?|heures?|minutes?"
    r"|jours?|fois|euros?)\b"
)
PER_PERSON = re.compile(r"en moyenne|par (?:an|personne|acheteur|cyberacheteur)|dans l'annee|au cours de l'annee")
# What a population says already: online buyers and merchant sites are of e-commerce.
IMPLIED = {"cyberacheteurs": {"ECOMMERCE"}, "sites-marchands": {"ECOMMERCE"}}

# A region of France is a place of its own, never the country ("En Île-de-France, 59 % des habitants").
FRENCH_REGIONS = (
    ("ile-de-france", r"ile-de-france|francilien\w*|(?:region|agglomeration) parisienne"),
    ("hauts-de-france", r"hauts-de-france"),
    ("grand-est", r"grand est"),
    ("normandie", r"normandie"),
    ("bretagne", r"bretagne"),
    ("pays-de-la-loire", r"pays de la loire"),
    ("centre-val-de-loire", r"centre-val de loire"),
    ("bourgogne-franche-comte", r"bourgogne-franche-comte"),
    ("auvergne-rhone-alpes", r"auvergne-rhone-alpes"),
    ("nouvelle-aquitaine", r"nouvelle-aquitaine"),
    ("occitanie", r"occitanie"),
    ("provence-alpes-cote-d-azur", r"provence-alpes-cote d'azur|\bpaca\b|region sud"),
    ("corse", r"corse"),
    # Rural France is a part of it, not the country: "48 % dans les communes rurales" beside 67 %.
    ("rural", r"(?:communes?|zones?|territoires?|espaces?) rura(?:les?|ux)|milieu rural|(?:a|en|la) campagne"),
)
GEOGRAPHIES = (
    # "EU", not the past participle: "il y a eu", "ont eu", "ayant eu".
    (
        "europe",
        r"europe\w*|union europeenne|\bue\b|(?<!\ba )(?<!\bont )(?<!ait )(?<!aient )(?<!ayant )(?<!avait )\beu\b",
    ),
    ("monde", r"monde|mondial\w*|planete|global\w*|international\w*"),
    ("royaume-uni", r"royaume-uni|britanni\w+|angleterre"),
    ("etats-unis", r"etats-unis|americain\w*|\busa?\b"),
    ("allemagne", r"allemagne|allemand\w*"),
    ("espagne", r"espagne|espagnol\w*"),
    ("italie", r"italie|italien\w*"),
    ("chine", r"chine|chinois\w*"),
    ("asie", r"asie|asiati\w+"),
    ("emea", r"\bemea\b"),
    *FRENCH_REGIONS,
    ("", r"france|francais\w*|hexagone|national\w*"),  # what a French article means when it names none
)
REGIONS = frozenset(name for name, _ in FRENCH_REGIONS)
SECTORS = (
    (
        "information-communication",
        r"information[- ](?:et )?(?:de la )?communication|technologies de l'information et de la communication"
        r"|telecom\w*|medias?\b(?! sociaux)",
    ),
    ("industrie", r"industri\w+|manufactur\w+|fabrication"),
    ("construction", r"construction|btp"),
    ("transports", r"transports?\b|logistique"),
    ("hebergement-restauration", r"hebergement-restauration|restauration|hotellerie|hebergement"),
    ("sante", r"sante|medical\w*|hopita\w+|pharma\w*"),
    ("finance", r"banques?\b|bancaire|financ\w+|assurances?\b"),
    ("grande-consommation", r"grande consommation"),
    ("public", r"secteur public|administrations?|collectivites"),
    ("commerce", r"secteur du commerce|commerce de gros|distributeurs"),
    ("tourisme", r"tourisme|voyages?\b"),
    ("luxe", r"\bluxe\b"),
    ("immobilier", r"immobili\w+"),
    ("energie", r"energie"),
    ("agriculture", r"agricol\w+|agriculture"),
    ("automobile", r"automobile"),
    ("b2b", r"\bb2b\b"),
    ("b2c", r"\bb2c\b"),
)
CHANNELS = (
    ("mobile", r"mobiles?\b|smartphones?|mobinautes?|applis?\b|applications? mobiles?"),
    ("ordinateur", r"ordinateurs?|desktop|pc\b"),
    ("magasin", r"magasins?|boutiques? physiques?|points? de vente"),
    ("marketplace", r"marketplaces?|places? de marche"),
)
FREQUENCIES = (
    ("quotidien", r"chaque jour|par jour|quotidien\w*|tous les jours|au quotidien"),
    ("hebdomadaire", r"chaque semaine|par semaine|hebdomadaire\w*"),
    ("mensuel", r"chaque mois|par mois|mensuel\w*|une fois par mois"),
)
# A quarter's or a half-year's figure is not a year's: "au 3e trimestre", "au premier semestre".
PERIODS = (
    (
        "trimestre",
        r"(?:1er|premier|2e|2eme|deuxieme|second|3e|3eme|troisieme|4e|4eme|quatrieme) trimestre|trimestriel\w*"
        r"|(?:trois|3) (?:derniers|premiers) mois",
    ),
    # The first half of a year is compared with the first half of another, not with the second.
    ("premier-semestre", r"(?:1er|premier) semestre|(?:six|6) premiers mois|\bs1\b"),
    ("second-semestre", r"(?:2e|2eme|second|deuxieme) semestre|\bs2\b"),
    ("semestre", r"semestriel\w*|(?:six|6) derniers mois"),
    # What was measured during a lockdown is not the year's ("lors du premier confinement").
    ("confinement", r"(?:lors|pendant|au cours|durant) d[ue]s? (?:\w+ )?(?:re)?confinements?"),
)
# A platform or brand named is what is measured: Facebook's users are not YouTube's.
PLATFORMS = (
    ("facebook", r"facebook"),
    ("instagram", r"instagram"),
    ("tiktok", r"tiktok"),
    ("youtube", r"youtube"),
    ("snapchat", r"snapchat"),
    ("linkedin", r"linkedin"),
    ("twitter", r"twitter|\bx\b \(ex-twitter\)"),
    ("whatsapp", r"whatsapp"),
    ("messenger", r"messenger"),
    ("pinterest", r"pinterest"),
    ("amazon", r"amazon"),
    ("google", r"google"),
    ("netflix", r"netflix"),
    ("leboncoin", r"leboncoin|le bon coin"),
    ("vinted", r"vinted"),
)
RANKING = re.compile(r"\b(?:avec (?:comme |pour )?)?(?:(?:le |un )?(?:trio|duo|podium) de tete|en tete)\b.*$")
SIZE_WORDS = (
    (
        "grande",
        r"grandes? (?:entreprises?|structures?|organisations?|groupes?|societes?|comptes?)|grands groupes|grande taille",
    ),
    ("petite", r"petites? (?:entreprises?|structures?|organisations?|societes?)|tres petites"),
    # "TPE-PME", "TPE et PME", "TPE/PME": the micro and small companies together, one class.
    ("tpe-pme", r"\btpe ?(?:-|/|et|&) ?pme\b|\bpme ?(?:-|/|et|&) ?tpe\b"),
    # "PME-ETI", "PME et ETI": the small and the intermediate together, neither the PME alone nor the ETI.
    ("pme-eti", r"\bpme ?(?:-|/|et|&) ?eti\b|\beti ?(?:-|/|et|&) ?pme\b"),
    ("pme", r"\bpme\b|petites et moyennes"),
    ("tpe", r"\btpe\b"),
    ("eti", r"\beti\b"),
    ("startup", r"start-?ups?"),
)
# Phrases read as one concept of the measure, before single words (order matters: first wins).
CONCEPTS = (
    (
        "GENAI",
        r"ia generative|intelligence artificielle generative|\bgen ?ai\b|chat ?gpt|ia gen\b|\bllms?\b|chatbots?"
        r"|(?:robots?|agents?|assistants?) conversationnels?|ia conversationnelle",
    ),
    # Knowing what a thing is, and having heard of it, are two measures of it.
    ("HEARD", r"(?:deja )?entendu parler|connaiss\w* (?:son|leur) existence"),
    (
        "KNOWN",
        r"connai\w+|notoriete|savent ce qu\w*|savoir ce qu\w*|voi\w* bien (?:ce qu\w*|de quoi)|bien voir ce qu\w*",
    ),
    ("AI", r"intelligence artificielle|\bia\b|\bai\b"),
    # An amount sold or spent online is the revenue of e-commerce, whichever way it is said.
    # What one buyer spends in a year is not what one order costs ("panier moyen annuel" / "panier moyen").
    ("SPEND", r"panier moyen annuel|montant total(?: annuel)?|depenses? annuelles?|depens\w* en moyenne"),
    (
        "BASKET",
        r"panier moyen|par commande|montant moyen(?: annuel)?(?: d'une| par| des?)? ?(?:transactions?|commandes?|achats?)?"
        r"|montant du panier moyen",
    ),
    ("NUMBER", r"nombre(?= (?:de |d'))"),
    # Advertising online, however it is said ("la publicité digitale", "la pub en ligne", "l'e-pub",
    # "le marché publicitaire digital"): before e-commerce, whose "en ligne" it would otherwise be.
    (
        "ONLINE_AD",
        r"\b(?:publicite|pub|marche publicitaire|investissements? publicitaires?|recettes? publicitaires?)"
        r" (?:digital\w*|numerique\w*|en ligne|sur internet|online)|\be-pub\b",
    ),
    ("ECOMMERCE REVENUE", r"ventes? (?:en ligne|sur internet|a distance)|depenses? (?:en ligne|sur internet)"),
    (
        "ECOMMERCE",
        r"e-?commerce|commerce (?:en ligne|electronique)|achats? (?:en ligne|sur internet)"
        r"|sites? (?:d'e-?commerce|marchands?|de vente)",
    ),
    # "sur internet", "en ligne" alone: e-commerce, unless what is measured is being or spending
    # time online ("le temps passé sur internet", `_concept_words`).
    ("ONLINE", r"sur internet|en ligne"),
    # "L'activité du e-commerce a atteint 129,1 milliards d'euros": a sector's activity is its sales
    # ("taux d'activité", "secteur d'activité" are not).
    (
        "REVENUE",
        r"chiffres? d'affaires|\bca\b|volume d'affaires|revenus?|ventes|depense\w*|montant\w*|marche\b"
        r"|(?<=l')activite(?= (?:du|de la|de l'|des) )",
    ),
    (
        "CHANGE",
        r"progress\w+|hausse|croissance|augment\w+|recul\w*|baisse|diminu\w+|evolution|bondi|bond|de plus que"
        r"|en plus|grimpe|chute\w*|en repli",
    ),
    # "14 % des parts de marché": a share, however many parts the sentence says.
    ("SHARE", r"\bparts? de marches?\b|\bparts?\b|pese|represente\w*|proportion|du total"),
    ("ORDER", r"commandes?|transactions?|frequence d'achats?"),
    ("SOCIAL", r"reseaux? sociaux|reseau social|medias? sociaux|plateformes? (?:sociales?|de medias sociaux)"),
    # Being online: "possède un accès à Internet", "se sont connectés à Internet", "le taux de
    # pénétration d'internet", "bénéficient d'une connexion à Internet".
    (
        "INTERNET",
        r"acces (?:a |a l')?internet|(?:se (?:sont )?)?connect\w* (?:au moins une fois )?a internet"
        r"|(?:taux de )?penetration d'internet|connexion (?:a |a l')?internet"
        r"|(?:recours|usage|utilisation) (?:a |d'|de l')?internet",
    ),
    # Time spent, however it is said: "temps passé sur", "temps de surf", "temps de navigation".
    (
        "TIME",
        r"temps (?:moyen |quotidien )?(?:passe\w*|de (?:surf|navigation|connexion|connection)|consacre\w*)"
        r"|temps (?:moyen|quotidien)|duree (?:moyenne )?d'(?:utilisation|ecoute|usage)",
    ),
    # Owning a device: "possèdent un smartphone", "équipés d'un", "taux d'équipement", "détenteurs".
    (
        "OWN",
        # "équipés" is "équipes" without accents: only where it cannot be teams.
        r"possed\w*|possession|(?:(?:sont|etre|est|etaient|soient|deja|mieux|bien) )equipe\w*|equipe\w* (?:d'|en )"
        r"|(?:taux d')?equipement|detent\w+|dispos\w* (?:d'un|d'une|d'au moins)",
    ),
    (
        "USE",
        r"utilis\w+|recours|employ\w+|adopt\w+|integr\w+|exploit\w+|deploi\w+|deploy\w+|usage|mobilise\w*|en place|franchi le pas"
        # Being on a network or online, however it is said: "inscrits sur", "actifs sur", "se sont
        # connectés aux", "navigue sur", "se rendent sur", "surfe sur", "consultent".
        r"|(?:sont |etre )?(?:inscrits?|actifs?|presents?) (?:sur|a)|(?:se (?:sont )?)?connect\w+|navigu\w+"
        r"|se rend\w* (?:(?:chaque|tous les) \w+ )?(?:sur|a)|surf\w+|consult\w+|se servent|s'en servent",
    ),
    ("BUDGET", r"budgets?|invest\w+"),
    # Meaning to do a thing is not doing it: "31 % prévoient de l'utiliser" / "15 % l'utilisent".
    ("INTENT", r"prevo\w+ d[e']|envisag\w+|ont l'intention|a l'intention|comptent (?:le|l'|s'y|y)|projett\w+ d[e']"),
    # A forecast is not what was measured: "table sur une croissance de 8 %", "devrait atteindre".
    # A projection room ("les salles de projection") forecasts nothing.
    ("FORECAST", r"prevision\w*|prevu\w*|table\w* sur|devrai\w*|s'attend\w*|anticip\w*|(?<!salles de )projection\w*"),
    # What else digital and economic statistics count, each however it is said.
    ("MESSAGING", r"messageries? instantanees?|applications? de messagerie|whatsapp|messenger"),
    ("VOD", r"video a la demande|svod|streaming video|plateformes? de streaming"),
    ("PODCAST", r"podcasts?|balados?"),
    ("GAMING", r"jeux? video|jeux en ligne|gaming|gamers?|joueurs"),
    ("IOT", r"objets? connectes?|enceintes? connectees?|maison connectee|domotique"),
    ("BROADBAND", r"fibre(?: optique)?|tres haut debit|\bthd\b|haut debit"),
    ("TELEWORK", r"teletravail\w*|travail a distance"),
    ("CYBER", r"cyberattaques?|cyber-?attaques?|attaques? informatiques?|cybersecurite|cybermenaces?"),
    ("UNEMPLOYMENT", r"taux de chomage|chomage|demandeurs d'emploi"),
    ("INFLATION", r"inflation|hausse des prix|prix a la consommation"),
    ("SALARY", r"salaires?(?: moyens?| medians?| nets?| bruts?)?|remunerations?"),
    ("RETAIL", r"commerce de detail"),
)
# Concepts that, present on one side and a rival on the other, mean different measures.
RIVALS = ({"GENAI", "AI"},)
# The part of a business a use serves ("l'IA dans leur stratégie marketing", "pour la relation
# client"): read in the whole text, since "client" would be taken for a population first.
BUSINESS_FUNCTION_PATTERNS = (
    (
        "FOR_MARKETING",
        re.compile(
            r"\b(?:strategie|actions?|campagnes?|equipes?|services?|departements?|fonctions?) marketing\b"
            r"|\b(?:dans|pour|en) (?:le |leur |son |leurs |ses )?marketing\b"
        ),
    ),
    ("FOR_CUSTOMERS", re.compile(r"\b(?:relation|service|experience|support) clients?\b")),
    ("FOR_HR", re.compile(r"ressources humaines|\brecrutement\b")),
)
BUSINESS_FUNCTIONS = frozenset(name for name, _ in BUSINESS_FUNCTION_PATTERNS)
# Parts of a market: "ventes de produits" is not the whole of "ventes en ligne".
SEGMENTS = (
    (
        "produits",
        # "Les ventes de produits et services" are the whole, not the products' part.
        r"(?:(?:ventes?|achats?|chiffre d'affaires|vente|categorie) (?:de |des )?produits|produits? (?:physiques|neufs)"
        r"|les produits)"
        r"(?! et (?:de |des )?services)",
    ),
    (
        "services",
        r"(?<!produits et )(?<!produits et de )(?<!produits et des )"
        r"(?:(?:ventes?|achats?|chiffre d'affaires|vente) (?:de |des )?services|(?:les |des )?services en ligne|les services"
        r"|(?:secteur|categorie|celles?) des services)",
    ),
    ("seconde-main", r"seconde main|d'occasion"),
    # "Sur le seul périmètre des 5 médias": a part of the whole the other figures measure
    ("perimetre restreint", r"(?:sur )?le seul perimetre|sur le perimetre (?:des|de|du)"),
)
# "1,23 million de plus en un an", "4 millions de Français supplémentaires": an increase, not a level.
CHANGE_AFTER = re.compile(
    r"\s*(?:(?:[\w']+\s+){0,3}?(?:de plus|en plus|supplementaires?|de moins|en moins)|(?:de |d')?(?:nouveaux|nouvelles))\b"
)
BOUND_AFTER = re.compile(r"\s*ou (?:moins|plus)\b")
SIGNED = re.compile(r"[+-]\s*$")
# A sign set apart from its share: "(+ 8,5 %)", "soit + 12 %" (a lone "-" may be a dash).
SIGN_APART = re.compile(r"(?:\(\s*[+-]|(?:^|\s)\+)\s+$")
# "9,3 milliards d'euros de dépenses de la part des annonceurs": from whom, neither a share nor whose figure.
FROM_WHOM = re.compile(r"\bde la part (?:des |de la |de l'|du |de |d')[\w-]+")
# A sentence about the share just before it, at another time or place.
SAYS_WHICH_BEFORE = re.compile(
    r"(?:[^.;:]{0,30}, )?(?:il s'agit d'une? (?:hausse|augmentation|baisse|progression|recul)|leur part"
    r"|cette (?:part|proportion)|ce taux)\b"
)
# "Après un premier semestre en berne, le marché a achevé l'année à +9 %": the part of the year
# before is not the figure's period (one in that part, "(+5 %)", keeps it: the mark stops the match).
AFTER_A_PERIOD = re.compile(r"\bapres (?:un|une|le|la) [^,¤]{0,40}?(?:semestre|trimestre|mois)\b[^,¤]*,")
# A figure said of a whole year, whatever part of it the sentence named before.
WHOLE_YEAR = re.compile(
    r"[^.;:()]{0,40}?\b(?:sur (?:l'ensemble|la totalite) (?:de l'annee|de l'exercice|de (?:19|20)\d\d)"
    r"|sur (?:toute l'annee|l'annee (?:entiere|complete|pleine|(?:19|20)\d\d))|en annee pleine)\b"
)
# What a share rises or falls to is a level: "grimpe à 94 %", "recule à 88 %".
LEVEL_BEFORE = re.compile(
    r"(?:(?:par rapport|compare\w*|comparativement) (?:aux?|a la|a)"
    r"|(?:grimp|chut|recul|pass|mont|tomb|baiss|progress|augment|fl[eé]chi)\w* (?:a|jusqu'a)"
    # "sa part de marché reste stable à 44 %", "s'établit à 12 %": where it stands.
    r"|\b(?:rest\w*(?: stables?)?|s'etabli\w*|stable) a"
    # "un recul (de 1 point à 88 %)": the share it reaches.
    r"|\bpoints? a)\s*$"
)
# "une hausse de", and the verbs: "a progressé de 14 milliards", "progresse tranquillement de 153 000".
CHANGE_BEFORE = re.compile(
    r"(?:hausse|augment\w*|baiss\w*|recul\w*|progress\w*|croissance|diminu\w*|grimpe\w*|bondi\w*)(?: \w+ment)? de\s*(?:\+\s*)?$"
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
SOURCE_LEAD = re.compile(r"\b(?:selon|d'apres|source ?:)\s+(?:l'|la |le |les )?[a-z0-9&.' -]{1,40}?(?=,|$)")
# Clauses end at punctuation (not a decimal comma) and at the words that introduce another figure.
CLAUSE_BREAK = re.compile(
    r"\s*[;:]\s*|,\s+|\s+(?:contre|soit|tandis que|alors que|mais)\s+|\s+et\s+(?=(?:[\w']+\s+){0,2}\d)|\s+[-–—―]\s+"
    # "33 transactions par an (contre 28 en 2016) pour un montant total de 2 200 euros"
    r"|\s*\((?=(?:contre|vs|soit|apres)\b)|\)\s+"
)


def _bounded(patterns):
    """One alternation of whole-word `patterns`: the word boundary before them is the same for
    all, tested once per position rather than once per pattern (three times faster)."""
    return r"(?<![\w-])(?:" + "|".join(rf"(?:{pattern})(?![\w])" for pattern in patterns) + ")"


class _Table:
    """A lexicon compiled as one alternation: a single pass over the text finds every name."""

    def __init__(self, entries):
        self.entries = tuple(entries)
        self.names = [name for name, _ in self.entries]
        # The word boundary before a name is the same for every name: tested once per position.
        self.regex = re.compile(
            r"(?<![\w-])(?:" + "|".join(rf"(?P<g{i}>(?:{p})(?![\w]))" for i, (_, p) in enumerate(self.entries)) + ")"
        )

    def find(self, text):
        """(start, name, match) of the first occurrence of each name, in order of appearance."""
        found, seen = [], set()
        for match in self.regex.finditer(text):
            name = self.names[int(match.lastgroup[1:])]
            if name not in seen:
                seen.add(name)
                found.append((match.start(), name, match))
        return found

    def find_and_blank(self, text):
        """The names `text` holds and `text` with each occurrence replaced by a space: what `find`
        and `regex.sub(" ", text)` give, in one pass over the text."""
        names, pieces, position = set(), [], 0
        for match in self.regex.finditer(text):
            names.add(self.names[int(match.lastgroup[1:])])
            pieces += (text[position : match.start()], " ")
            position = match.end()
        pieces.append(text[position:])
        return names, "".join(pieces)


def _compiled(table):
    return _Table(table)


_POPULATIONS = _compiled(POPULATIONS)
_GEOGRAPHIES = _compiled(GEOGRAPHIES)
_SECTORS = _compiled(SECTORS)
_CHANNELS = _compiled(CHANNELS)
_FREQUENCIES = _compiled(FREQUENCIES)
_PERIODS = _compiled(PERIODS)
_SIZE_WORDS = _compiled(SIZE_WORDS)
_SEGMENTS = _compiled(SEGMENTS)
_PLATFORMS = _compiled(PLATFORMS)
_CONCEPTS = _compiled(CONCEPTS)
_PRONOUNS = re.compile(rf"(?<!\w)(?:{PRONOUNS})(?!\w)")
# Size classes however a paper words them: "de 50 à 249 salariés", "(50–249 salariés)", "d'au moins
# 250 salariés", "250 salariés ou plus", "plus de 250 salariés", "(< 50 salariés)". Journalists say
# "plus de 250" for the class of 250 or more, "moins de 49" for the class under 50: one name each.
_HEADCOUNT = r"(?:salaries|employes|personnes(?: occupees)?)"
_COUNT = r"(\d{1,3}(?: \d{3})+|\d+)"
_SIZE_NUMBERS = (
    (re.compile(rf"(?:de |entre )?{_COUNT} ?(?:a|-|–|et) ?{_COUNT} {_HEADCOUNT}"), "range"),
    (re.compile(rf"(?:d'au moins|au moins|d'au minimum) {_COUNT} {_HEADCOUNT}"), "at-least"),
    (re.compile(rf"{_COUNT} {_HEADCOUNT} (?:ou plus|et plus|ou davantage)"), "at-least"),
    (re.compile(rf"(?:(?:de plus de|plus de|superieur\w* a) |> ?){_COUNT} {_HEADCOUNT}"), "at-least"),
    (
        re.compile(rf"(?:(?:de moins de|moins de|inferieur\w* a) |< ?){_COUNT}(?: {_HEADCOUNT}|(?=\s*(?:[.,;)]|$)))"),
        "under",
    ),
)
_AGES = (
    (re.compile(r"(\d\d?) ?(?:-|a|et) ?(\d\d?) ans"), "{0}-{1}"),
    (re.compile(r"(?:moins de|de moins de) (\d\d?) ans"), "<{0}"),
    (re.compile(r"(?:plus de|de plus de) (\d\d?) ans"), ">{0}"),
    (re.compile(r"(\d\d?) ans (?:et plus|ou plus)"), ">={0}"),
    (
        re.compile(
            r"(?<!\w)(?:jeunes|adolescents|ados|generation z|gen z|millennials|seniors|retraites|etudiants|enfants)(?!\w)"
        ),
        "{m}",
    ),
)
DOUBT = "?"
FIGURE_MARK = " ¤ "  # where the figure stood in the text of its clause
NEAR_PLACE = 25  # characters between a place and the figure that is its own
# "10 salariés ou plus" is the scope of surveys of all companies, not a segment of them.
SURVEY_SCOPES = frozenset({">=10", ">=1", ">=0", ">=11", ">=9"})


def _size_class(kind, numbers):
    """The one name of a size class: "50-249", ">=250", "<50"."""
    numbers = [int(number.replace(" ", "")) for number in numbers]
    if kind == "range":
        return f"{numbers[0]}-{numbers[1]}"
    if kind == "at-least":
        return f">={numbers[0]}"
    under = numbers[0] + 1 if numbers[0] % 10 == 9 else numbers[0]  # "moins de 49 salariés": under 50
    return f"<{under}"


def _find(table, text):
    """The names of the table's patterns found in `text`, in order of appearance."""
    return table.find(text)


# --- a figure's reading ------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    population: str | None  # None: nothing said (a pronoun, or a bare figure)
    measure: frozenset
    qualifiers: tuple  # sorted (dimension, value) pairs; the general public and France left out
    unit: str
    said: dict = field(default_factory=dict, compare=False, hash=False)  # the words read, for editors
    # The stem of the thing a count counts, said right after its number ("180 millions d'entrées"):
    # what it measures whatever else its clause says, for subjects no concept names.
    counted: str = ""

    @functools.cached_property
    def key(self):
        """What must be equal for two figures to be compared: unit, population and segment."""
        segment = ";".join(f"{name}={value}" for name, value in self.qualifiers)
        return f"{self.unit}|{self.population or ''}|{segment}"[:300]

    @functools.cached_property
    def terms(self):
        counted = [COUNTED_MARK + self.counted] if self.counted else []
        return " ".join(counted + sorted(self.measure))[:300]

    @classmethod
    @functools.lru_cache(maxsize=8192)
    def stored(cls, key, terms):
        """The reading stored as `key` and `terms` on a figure (`Statistic.grouping_key`...).
        Remembered (a reading is immutable): each group of imported files reads again the newest
        figures of its keys, mostly those the group before read."""
        unit, _, rest = key.partition("|")
        population, _, segment = rest.partition("|")
        qualifiers = tuple(tuple(part.split("=", 1)) for part in segment.split(";") if "=" in part)
        words = terms.split()
        counted = next((word[1:] for word in words if word.startswith(COUNTED_MARK)), "")
        measure = frozenset(word for word in words if not word.startswith(COUNTED_MARK))
        return cls(population or None, measure, qualifiers, unit, counted=counted)


# Marks the counted thing among a figure's stored terms (`Statistic.grouping_terms`).
COUNTED_MARK = "#"


def unit_key(figure):
    unit = figure.unit
    if unit == "currency":
        return f"currency:{(figure.currency or '').upper()}"
    if unit == "duration":
        return f"duration:{getattr(figure, 'time_unit', '') or ''}"
    if unit == "multiplier" and (getattr(figure, "qualifiers", None) or {}).get("direction") == "moins":
        return "multiplier:moins"  # "2 fois moins" is never compared with "2 fois plus"
    return unit


def _qualifiers(text):
    """Segment words found in `text`: {dimension: value}."""
    found = {}
    at = text.find(FIGURE_MARK)
    # A region named after the figure ("8 % en 2023 … comme en Occitanie, où …") is an aside of its own.
    places = {name for start, name, _ in _find(_GEOGRAPHIES, text) if name not in REGIONS or at < 0 or start < at}
    if len(places) == 1:
        found["geographie"] = places.pop()
    elif places:
        # "la France reste en dessous de la moyenne européenne (13 %)": the place right before the
        # figure is its own; further away, whose figure it is stays in doubt.
        before = [m for m in _GEOGRAPHIES.regex.finditer(text, 0, at) if at - m.end() <= NEAR_PLACE] if at >= 0 else []
        found["geographie"] = _GEOGRAPHIES.names[int(before[-1].lastgroup[1:])] if before else DOUBT
    for table, name in (
        (_SECTORS, "secteur"),
        (_CHANNELS, "canal"),
        (_FREQUENCIES, "frequence"),
        (_PERIODS, "periode"),
        (_SEGMENTS, "segment"),
    ):
        matches = _find(table, text)
        if matches:
            found[name] = matches[0][1]
    # "40 millions de cyberacheteurs avec comme trio de tête Amazon, Cdiscount et la Fnac": the
    # platforms a ranking names next are not whose figure it is; two others leave it in doubt.
    platforms = {name for _, name, _ in _find(_PLATFORMS, RANKING.sub(" ", text))}
    if len(platforms) == 1:
        found["plateforme"] = platforms.pop()
    elif platforms:
        found["plateforme"] = DOUBT
    for pattern, kind in _SIZE_NUMBERS:
        match = pattern.search(text)
        if match:
            size = _size_class(kind, match.groups())
            found["taille"] = "" if size in SURVEY_SCOPES else size
            break
    else:
        words = _find(_SIZE_WORDS, text)
        if words:
            found["taille"] = words[0][1]
    for pattern, template in _AGES:
        match = pattern.search(text)
        if match:
            found["age"] = template.format(*match.groups(), m=match.group())
            break
    return found


# What "sur internet" or "en ligne" qualifies when it is not buying: being online, time spent there.
ONLINE_NOT_BUYING = frozenset({"TIME", "INTERNET"})


def _concept_words(text, time_spent=False):
    """The concepts `text` names, "sur internet" read as e-commerce unless it is time spent online
    (said in `text`, or `time_spent`: a figure in hours and minutes)."""
    return _concepts_of((name for _, name, _ in _CONCEPTS.find(text)), time_spent)


def _concepts_of(names, time_spent=False):
    words = {word for name in names for word in name.split()}
    if time_spent:
        words.add("TIME")
    if "ONLINE" in words:
        words.discard("ONLINE")
        if not words & ONLINE_NOT_BUYING:
            words.add("ECOMMERCE")
        elif "TIME" in words:
            words.add("INTERNET")  # time spent online is spent on the internet, not on videos or TV
    return words


def _measure(text):
    """Concepts (upper case) and the stems of the other content words of `text`."""
    names, rest = _CONCEPTS.find_and_blank(text)
    words = _concepts_of(names)
    for word in re.findall(r"[a-z][a-z'-]*[a-z]|[a-z]", rest):
        word = word.split("'")[-1]
        if word in STOP_WORDS or word in REPORTING_WORDS or len(word) < 3:
            continue
        stem = _stem(word)
        if stem not in REPORTING_STEMS and word not in REPORTING_STEMS:
            words.add(stem)
    return words


def _strip(text, patterns):
    for pattern in patterns:
        text = pattern.sub(" ", text)
    return text


_SEGMENT_TABLES = (_GEOGRAPHIES, _SECTORS, _CHANNELS, _FREQUENCIES, _PERIODS, _SIZE_WORDS, _SEGMENTS, _PLATFORMS)
_QUALIFIER_PATTERNS = (
    re.compile(
        "|".join(
            [_bounded(p for table in _SEGMENT_TABLES for _, p in table.entries)]
            + [pattern.pattern for pattern, _ in _SIZE_NUMBERS + _AGES]
        )
    ),
)
_SIZE_PATTERNS = tuple(pattern for pattern, _ in _SIZE_NUMBERS + _AGES[:4])
# The same, as one pattern: stripping them is one pass over the text.
_SIZES = (re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _SIZE_PATTERNS)),)
_NUMBER = re.compile(r"\d[\d ,.]*\s*(?:%|pour ?cent|points?)?")


def clauses(sentence):
    """(start, end) of the sentence's clauses, cut at punctuation and at "contre", "soit", "et"..."""
    spans, position = [], 0
    for match in CLAUSE_BREAK.finditer(sentence):
        if match.start() > position:
            spans.append((position, match.start()))
        position = match.end()
    if position < len(sentence):
        spans.append((position, len(sentence)))
    return spans


@dataclass
class _Parts:
    population: str | None
    qualifiers: dict
    measure: set
    text: str
    named_after: bool = False  # the population is the noun right after the figure ("% des Français")
    refined: str = ""  # a narrower population also named: "internautes ayant effectué des achats en ligne"


# "12 % des Français", "80 % de la population", "39 millions d'internautes": the noun right after a
# figure is whom it counts.
_NAMED_AFTER = re.compile(
    r"^\s*(?:%|pour ?cent|millions?|milliards?)?\s*(?:des |de la |de l'|du |de |d'"
    r"|pour (?:l'ensemble )?(?:de la |des |de l'|les )?|chez (?:les )?|parmi (?:les )?)(?:nos |vos |leurs |ses )?"
)
# "des Français qui achètent en ligne", "des internautes ayant acheté": a relative clause narrows
# the population; "des Français sont membres d'un réseau social" says what is measured of them.
_NARROWED = re.compile(r"^\s*(?:\w+\s+)?(?:qui|ayant|ayant deja|s'etant)\b")


def _named_after(text):
    """(population named right after a figure, whether a relative clause narrows it); `text`
    starts after the figure. None when no population follows the figure."""
    match = _NAMED_AFTER.match(text)
    if not match:
        return None
    found = _find(_POPULATIONS, text[match.end() : match.end() + 40])
    if not found or found[0][0] != 0:
        return None
    return found[0][1], bool(_NARROWED.match(text[match.end() + found[0][2].end() :]))


@functools.lru_cache(maxsize=4096)
def _read_text(text):
    """Population, segment and measure words of a piece of plain text."""
    text = AFTER_A_PERIOD.sub(" ", FROM_WHOM.sub(" ", SOURCE_LEAD.sub(" ", text)))
    # "de 50 à 249 salariés" is a size, not a population of employees.
    populations = _find(_POPULATIONS, _strip(text, _SIZES))
    # "des Français qui achètent en ligne": the named group is more precise than the public.
    specific = [name for _, name, _ in populations if name]
    population = specific[0] if specific else ("" if populations else None)
    qualifiers = _qualifiers(text)
    rest = _strip(text, (*_QUALIFIER_PATTERNS, _POPULATIONS.regex, YEAR, _NUMBER, _PRONOUNS))
    named = {name for _, name, _ in populations}
    refined = next((name for name in specific if any(name in REFINES.get(other, ()) for other in named)), "")
    measure = _measure(rest) | {name for name, pattern in BUSINESS_FUNCTION_PATTERNS if pattern.search(text)}
    if refined:
        # "78 % des internautes achètent en ligne", "la part des Français qui achètent en ligne":
        # what the narrower group does is what is measured of the wider one.
        measure.add(POPULATION_CONCEPTS[refined])
    return _Parts(population, qualifiers, measure, text, refined=refined)


# "le cap des 100 milliards", "le « cap historique » des 100 Md€" (not "sous la barre des 60 €", a level): a
# threshold crossed, compared with nothing (`MILESTONE` among its measure's concepts).
MILESTONE = "MILESTONE"
MILESTONE_BEFORE = re.compile(r"\bcap\b[^.;,\d]{0,25}?\b(?:des?|d')\s*$")
# A bracket listing things, with no figure in it: "(voyages, abonnements, livraison de repas)".
EXAMPLES = re.compile(r"\([^()\d]*,[^()\d]*\)")


def read_sentence(sentence, figures, extracted=None):
    """A `Reading` of each figure of one sentence, in the order given.

    `figures` are objects with `text`, `unit`, `currency` (and maybe `time_unit`), in the order
    they appear in the sentence. `extracted` optionally gives, for each, the extractor's own
    (population, measure, qualifiers), used where not empty.
    """
    # "La vente de services (voyages, abonnements, livraison de repas) pèse …": a bracket listing
    # examples of what it follows names no segment, population or measure of the figure; blanked,
    # so that the figures keep their places.
    text = EXAMPLES.sub(lambda match: " " * len(match.group()), plain(sentence))
    spans = clauses(text)
    positions, cursor = [], 0
    for figure in figures:
        needle = plain(figure.text).strip()
        at = text.find(needle, cursor) if needle else -1
        if at < 0:
            at = text.find(needle) if needle else -1
        positions.append(max(at, 0))
        if at >= 0:
            cursor = at + len(needle)
    # Each figure owns its clause; the clauses before the first figure lead them all.
    owner = [next((i for i, (s, e) in enumerate(spans) if s <= at < e + 1), 0) for at in positions]
    # A figure said across a clause break ("4 heures et 23 minutes par jour") reads on from where
    # its words end: the break is inside the figure, not after it.
    ends = [
        max(owner[index], next((i for i, (s, e) in enumerate(spans) if s <= at + len(needle) - 1 < e + 1), 0))
        for index, (at, needle) in enumerate(zip(positions, (plain(f.text).strip() for f in figures), strict=True))
    ]
    first = min(owner) if owner else 0
    # What leads the sentence in a clause of its own ("Selon l'Insee, ...", "L'usage de l'IA est
    # lié à la taille :") speaks of every figure; the first figure's own clause speaks of it alone.
    lead = _read_text(text[: spans[first][0]] if spans else "")
    # Clauses after the last figure's ("58 %, soit 38 millions, se sont connectés aux réseaux
    # sociaux") say what every figure before them measures.
    last = max(ends) if ends else 0
    tail = _read_text(text[spans[last][1] :] if spans else "")
    # The technology a sentence names anywhere: "41,7 millions d'internautes, soit 80 %, se rendent
    # sur un réseau social" counts users of social networks, not internet users.
    topics = _concept_words(text) & TOPICS
    brackets = [
        figure.unit == "count" and _is_bracket(text, at, plain(figure.text).strip())
        for figure, at in zip(figures, positions, strict=True)
    ]
    readings, previous, previous_unit = [], None, None
    for index, figure in enumerate(figures):
        start, end = (spans[owner[index]][0], spans[ends[index]][1]) if spans else (0, len(text))
        following = [o for o in owner if o > ends[index]]
        if following:
            # Clauses that hold no figure ("(de 10 salariés ou plus) utilisent l'IA en 2024") belong
            # to the figure before them.
            end = spans[min(following)][0]
        if index == 0 or owner[index] == first:
            start = 0  # the first figure's clause reads from the start of the sentence
        # Figures sharing a clause ("les services marketing (42 %) et commerciaux (36 %)") each
        # own the words between their neighbours.
        needle = plain(figure.text).strip()
        before = [i for i in range(index) if not brackets[i] and owner[i] == owner[index]]
        after = [i for i in range(index + 1, len(figures)) if not brackets[i] and owner[i] == owner[index]]
        if before and not brackets[index]:
            start = max(start, positions[before[-1]] + len(plain(figures[before[-1]].text).strip()))
        if after and not brackets[index]:
            end = min(end, positions[after[0]])
        own_text = text[start:end]
        if brackets[index]:
            readings.append(_reading(_Parts(None, {}, set(), own_text), figure))  # "de 50 à 249 salariés"
            continue
        own = _read_text(own_text.replace(needle, FIGURE_MARK, 1) if needle else own_text)
        population, qualifiers, measure = own.population, dict(own.qualifiers), set(own.measure)
        said_by = _reported_until(text, positions[index])
        if said_by > start:
            # "on apprend ainsi que 92,6 % des Français…", "l'étude montre que…": what reports the
            # figure says nothing of what it measures; whom and where it counts are kept.
            measure = set(_read_text(text[said_by:end].replace(needle, FIGURE_MARK, 1)).measure)
        if previous_unit == "count" and figure.unit == "percent" and re.search(r"\bsoit\s*$", text[: positions[index]]):
            # "45,7 millions d'internautes de 15 ans et plus, soit 87,7 % de la population": the
            # share restates the count, of the same segment.
            qualifiers = {**previous.qualifiers, **qualifiers}
        if population is None and previous is not None:
            # "contre 15 % dans celles de 50 à 249 salariés": the compared figure's population,
            # with what this clause says of its own segment; but a share after a count is not of
            # whom the count counts ("37 millions de cyberacheteurs, les ventes ont progressé de 14 %").
            counted = previous_unit == "count" and figure.unit != "count"
            population = lead.population if counted else previous.population
            if not (measure & DEFINING and not measure & previous.measure):
                # "les ventes de produits reculent de 7 %, tandis que le panier moyen s'établit à 65
                # euros": a clause naming a whole measure of its own is not the segment before it.
                qualifiers = {**previous.qualifiers, **qualifiers}
        elif population is None:
            population = lead.population
        if figure.unit == "count" and population and not measure - {"CHANGE"}:
            measure.add("NUMBER")  # "39,4 millions de cyberacheteurs": how many of them
        if population is None and ("secteur" in qualifiers or "taille" in qualifiers):
            population = "entreprises"  # sectors and size classes are of companies
        after_figure = text[positions[index] + len(needle) :]
        before_figure = text[: positions[index]]
        # "en hausse de 10 %, à 160 milliards": the amount is a level; so is the share an increase
        # starts from ("une progression par rapport aux 6 % de 2023").
        level = (
            figure.unit in ("currency", "count")
            and not CHANGE_BEFORE.search(before_figure)
            and not SIGNED.search(before_figure)
            and not CHANGE_AFTER.match(after_figure)
        ) or (figure.unit == "percent" and LEVEL_BEFORE.search(before_figure) is not None)
        if level:
            measure.discard("CHANGE")
        for name, value in lead.qualifiers.items():
            # A clause naming its own population ("pour l'ensemble de la population") has its own
            # segment; only the place of what leads the sentence still holds.
            if own.population is None or name == "geographie":
                qualifiers.setdefault(name, value)
        if qualifiers.get("periode") and WHOLE_YEAR.match(after_figure):
            # "13 % au deuxième semestre ... 9 % de croissance sur l'ensemble de 2023": the year's
            qualifiers.pop("periode")
        content = measure - {"CHANGE"} if previous is not None else measure
        if previous is not None and not content:
            measure |= previous.measure  # "contre 6 % en 2023": the same measure, another year
            if previous_unit == "count" and figure.unit == "percent":
                # "60,9 millions d'internautes, soit 93 % de la population": the share of the
                # population that the count counts, not a number.
                measure.discard("NUMBER")
                if previous.population and previous.population != population:
                    measure.add(POPULATION_CONCEPTS.get(previous.population, previous.population.upper()))
            if previous_unit != unit_key(figure) and SIGNED.search(text[: positions[index]]):
                measure.add("CHANGE")  # "45 milliards d'euros (+ 19 %)": how much the amount grew
            elif previous_unit != unit_key(figure) and figure.unit in ("count", "currency"):
                # "en progression de 15 %, passant de 600 millions à 700 millions": the levels.
                measure.discard("CHANGE")
        # What leads the sentence speaks of every figure; what follows the last one only of those
        # whose own clause says nothing ("58 %, soit 38 millions, se sont connectés aux réseaux sociaux").
        leading = lead.measure
        if said_by:
            lead_end = spans[first][0] if spans else 0
            leading = _read_text(text[said_by:lead_end]).measure if said_by < lead_end else frozenset()
        # A figure compared with the one before ("contre 89 % l'an dernier") is its level, whatever
        # change the words after it tell.
        measure |= leading | (tail.measure - ({"CHANGE"} if previous is not None else set()) if not content else set())
        if figure.unit == "percent" and (needle[:1] in ("+", "-") or SIGN_APART.search(text[: positions[index]])):
            # "92,6 % des Français (+1 % vs 2019)", "Le social (+12 % en un an)": how much it grew, as
            # "une croissance de 12 %" says (a level it reaches is read below: "reste stable à 44 %")
            measure.add("CHANGE")
        if level and figure.unit in ("percent", "currency"):
            # "une progression par rapport aux 6 %": still the level; so is an amount reached after
            # a lead telling a growth ("Les services tirent la croissance : … atteint 97 milliards").
            measure.discard("CHANGE")
        at = own_text.find(needle) if needle else -1
        named_after = _named_after(own_text[at + len(needle) :]) if at >= 0 else None
        of_those = at >= 0 and _OF_THOSE.match(own_text[at + len(needle) :])
        if figure.unit == "percent" and (of_those or (not population and _AMONG_THOSE.search(before_figure))):
            # "94 % de ceux-ci l'utilisent", "74 % d'entre eux": a share of a group the sentence
            # narrowed before, never of the public; whose group exactly stays in doubt.
            population = DOUBT
        if named_after is not None:
            name, narrowed = named_after
            # A count of French people who buy online counts online buyers; a share of the French
            # public is a share of the public, whatever the rest of the sentence says they do.
            if not (name == "" and population and (narrowed or figure.unit == "count")):
                if population and population not in (name, DOUBT):
                    # "les femmes représentent 51 % des usagers", "66 % des Français sont des
                    # cyberacheteurs": the narrower group is what is measured of the population.
                    measure.add(POPULATION_CONCEPTS.get(population, population.upper()))
                population = name
        if figure.unit == "count" and population == "":
            # "la progression du nombre de cyberacheteurs : +18 % à 27,2 millions de personnes".
            population = _number_of(text[: positions[index]]) or population
        if figure.unit == "count" and population == "" and not THINGS_AFTER.match(after_figure):
            # "52,7 millions d'individus se sont connectés à Internet" are internet users, "38 millions
            # de Français se sont connectés aux réseaux sociaux" users of them.
            population = next((name for concept, name in USERS_OF if concept in measure), population)
        if figure.unit == "count" and population and population != DOUBT and not THINGS_AFTER.match(after_figure):
            # "37 millions de cyberacheteurs", "35 millions d'internautes ont effectué des achats en
            # ligne": how many of them, whatever the sentence says around them (an increase stays one).
            if own.refined:
                population = own.refined
            kept = (measure | topics) & COUNTED_CONCEPTS - IMPLIED.get(population, set()) - {"CHANGE"}
            if CHANGE_AFTER.match(after_figure) or CHANGE_BEFORE.search(text[: positions[index]]):
                kept.add("CHANGE")
            measure = kept | {"NUMBER"}
        if unit_key(figure) in TIME_SPENT_UNITS:
            # "2h12 par jour", "4 heures et 23 minutes": hours and minutes of something are the time
            # spent on it, however the sentence says it ("consacrent", "dédions", "surfent"), and
            # "sur internet" is where it is spent, not a purchase.
            measure = (measure - _concept_words(own_text)) | _concept_words(own_text, time_spent=True)
            if CHANGE_AFTER.match(after_figure):
                measure.add("CHANGE")  # "19 minutes de plus par rapport à 2019": how much it grew
        if BOUND_AFTER.match(after_figure):
            measure.add("BOUND")  # "5 % ou moins dans les secteurs du transport, de la construction…"
        if figure.unit != "percent" and MILESTONE_BEFORE.search(before_figure):
            measure.add(MILESTONE)  # "le « cap historique » des 100 Md€": a threshold, no value of anything
        per_buyer = "SPEND" in measure or (
            "ORDER" in measure and figure.unit == "count" and PER_PERSON.search(own_text + " " + lead.text)
        )
        if per_buyer and population in (None, "", "internautes", "clients"):
            # What one spends online in a year, how many orders one places: an online buyer's.
            population = "cyberacheteurs"
        if per_buyer:
            measure -= IMPLIED["cyberacheteurs"]
        parts = _Parts(population, qualifiers, measure, own_text, named_after is not None)
        if extracted is not None:
            parts = _with_extracted(parts, extracted[index])
        readings.append(_reading(parts, figure))
        narrower = previous is not None and parts.qualifiers.get("periode") != previous.qualifiers.get("periode")
        if not (narrower and _aside(text, positions, index)):
            previous, previous_unit = parts, unit_key(figure)
    return readings


# Units of a time spent on something (not a delay in days or a period in years).
TIME_SPENT_UNITS = frozenset({"duration:minute", "duration:hour"})


def _aside(text, positions, index):
    """Whether the figure at `index` is in brackets that close before the next figure ("65,5 euros
    (et même 63 euros au quatrième trimestre), contre 69 euros en 2016"): when the aside is of
    another period, the next one is compared with the figure before it, not with the aside."""
    at = positions[index]
    if text.count("(", 0, at) <= text.count(")", 0, at):
        return False
    following = positions[index + 1] if index + 1 < len(positions) else len(text)
    return ")" in text[at:following]


# A verb of saying or showing and its "que": the clause it opens is the figure's.
_REPORTED = re.compile(
    r"\b(?:apprend|indiqu|montr|observ|revel|constat|estim|precis|soulign|note|notent|affirm|expliqu|rappel"
    r"|annonc|ressort|assur|confirm|declar|signal|relev|remarqu|ajout|calcul|conclu|rapport)\w*"
    r"(?: [\w-]+){0,2} (?:que |qu')"
)


def _reported_until(text, at):
    """Where the words reporting the figure at `at` end ("l'étude montre que "), 0 if none do."""
    ends = [match.end() for match in _REPORTED.finditer(text, 0, at)]
    return ends[-1] if ends else 0


_OF_THOSE = re.compile(
    r"\s*(?:%|pour ?cent)?\s*(?:de ceux-ci|de celles-ci|d'entre eux|d'entre elles|de ces derni\w+|parmi eux|parmi elles)\b"
)
_AMONG_THOSE = re.compile(r"\b(?:chez|parmi|pour) (?:ceux|celles) (?:qui|d'entre|ayant)\b")
_NUMBER_OF = re.compile(r"\bnombre (?:de |d')")


def _number_of(text):
    """The population whose number `text` (what precedes a count) last speaks of, if a known one."""
    starts = [match.end() for match in _NUMBER_OF.finditer(text)]
    if not starts:
        return ""
    found = _find(_POPULATIONS, text[starts[-1] : starts[-1] + 40])
    return found[0][1] if found and found[0][0] == 0 and found[0][1] != DOUBT else ""


def _is_bracket(text, at, needle):
    """A number that bounds a size or an age class ("250 salariés", "moins de 50 ans"): no figure."""
    for pattern in _SIZE_PATTERNS:
        for match in pattern.finditer(text):
            if match.start() <= at < match.end():
                return True
    after = text[at + len(needle) : at + len(needle) + 12]
    return bool(re.match(r"\s*(?:salaries|employes|ans)\b", after))


def _with_extracted(parts, extracted):
    """Fill what the sentence did not say from the extractor's own parts, read through the same
    lexicons: its words are shown to readers, but only a known population or segment groups."""
    population, _measure_text, qualifiers = extracted
    if population:
        # The extractor knows where the figure's noun phrase ends ("56 % des Français | sont membres
        # d'un réseau social"): the population it names, when a known one, is the figure's.
        found = _find(_POPULATIONS, _strip(plain(population), _SIZES))
        specific = [name for _, name, _ in found if name]
        if found and not parts.named_after and parts.population != DOUBT and not _PRONOUNS.search(plain(population)):
            parts.population = specific[0] if specific else ""
    for name, value in (qualifiers or {}).items():
        dimension = QUALIFIER_DIMENSIONS.get(plain(str(name)))
        if parts.named_after and dimension in ("age", "taille"):
            continue  # "contre 29,5 % pour l'ensemble de la population": its own noun says whom
        read = _qualifiers(plain(str(value))) if value and dimension else {}
        if dimension in read:
            parts.qualifiers.setdefault(dimension, read[dimension])
    return parts


# The extractor's qualifier keys, in English or French, to the dimensions read here.
QUALIFIER_DIMENSIONS = {
    "geography": "geographie",
    "geographie": "geographie",
    "size": "taille",
    "taille": "taille",
    "sector": "secteur",
    "secteur": "secteur",
    "age": "age",
    "channel": "canal",
    "canal": "canal",
    "frequency": "frequence",
    "frequence": "frequence",
}


# What an audience figure means when it says no frequency: users and visitors are counted by the
# month (Médiamétrie, We Are Social), so "53 millions d'internautes" is "53 millions par mois".
UNSAID = {"frequence": "mensuel"}


def _reading(parts, figure):
    qualifiers = tuple(
        sorted((name, value) for name, value in parts.qualifiers.items() if value and UNSAID.get(name) != value)
    )
    said = {"population": parts.population or "", "qualifiers": dict(qualifiers)}
    return Reading(
        population=parts.population,
        measure=frozenset(parts.measure),
        qualifiers=qualifiers,
        unit=unit_key(figure),
        said=said,
    )


# Past these, a "sentence" is not prose a reader would compare figure by figure.
LONGEST_SENTENCE = 1200
MOST_FIGURES = 12


# What a sentence is about, when a later one only points back to it: "Un tiers des entreprises
# y ont recours", "9 % s'en servent", "42 % déclarent l'employer" (the technology named before).
TOPICS = frozenset({"AI", "GENAI", "ECOMMERCE", "SOCIAL"})
POINTING_BACK = re.compile(
    r"(?<![\w])(?:y (?:ont|a|avaient|avait) recours|y recour\w*|s'en serv\w*|l'(?:utilis|employ|emploi|adopt|integr|exploit|deploi)\w*"
    r"|l'(?:ont|a|avaient) (?:utilis|employ|adopt|integr|deploy)\w*|ont franchi le pas|ces (?:technologies|outils|solutions|entreprises|societes|structures))(?![\w])"
)


SEGMENT_DIMENSIONS = frozenset({"secteur", "taille", "age"})
# "le secteur", "ce marché" as a clause's subject, nothing after saying which: the one the article
# is about ("tire le marché vers le haut" names no subject).
BARE_TOPIC = re.compile(r"(?:^|, )(?:le|ce) (?:secteur|marche)\b(?!\s*(?:de |du |des |d'|francais|mondial|europeen))")

# A sentence whose subject is the one before's: "Il s'élève à près de 130 milliards d'euros",
# "Soit une progression de 15 %", "Ce chiffre atteint…", "Cela représente une hausse de 8,5 %".
SUBJECT_BEFORE = re.compile(
    r"^\W*(?:(?:il|elle|ils|elles) (?:s'eleve|s'etabli|se monte|atteint|atteignent|represente|pese|avoisine|frole"
    r"|depasse|culmine|grimpe|progresse|augmente|recule|baisse)\w*|soit|cela represente|ce (?:chiffre|montant|total)"
    r"|cette (?:somme|hausse|progression|croissance|augmentation|baisse))\b"
)
# A sentence going on about the people of the one before: "Et 71 % ont déjà présenté…", "Ils sont
# 93 % à…", "Parmi eux, 40 %…".
PEOPLE_BEFORE = re.compile(r"^\W*(?:et (?=\d)|(?:ils|elles) sont\b|(?:parmi|chez) (?:eux|elles)\b)")
# What a pointing sentence takes from the one before: what it measures, not how it changed.
NOT_CARRIED = frozenset({"CHANGE", "FORECAST", "INTENT", "BOUND"})
# Sentences of one paragraph are this close (a space, a line break) in the article's text.
ADJACENT = 3


def read_figures(figures):
    """A `Reading` of each figure (objects with `sentence`, `text`, `unit`, ...), in the order given.

    Figures of one sentence are read together, in document order (`start` when they have one).
    Figures of one article (same `article_id`, or none) are one text: a sentence that only points
    back to a technology ("y ont recours") measures the one its previous sentences named.
    """
    by_sentence = {}
    for index, figure in enumerate(figures):
        by_sentence.setdefault((getattr(figure, "article_id", None), figure.sentence), []).append(index)
    readings = [None] * len(figures)
    topics = {}  # article → the topic concepts of its last sentence that named one
    measures = {}  # article → the measure of its last figure that said one
    shares = {}  # article → the measure of its last share that named what it measures
    subjects = {}  # article → (where its last sentence with figures ends, what that sentence is about)
    for (article, sentence), indexes in by_sentence.items():
        indexes.sort(key=lambda i: getattr(figures[i], "start", 0))
        members = [figures[i] for i in indexes]
        if len(sentence or "") > LONGEST_SENTENCE or len(members) > MOST_FIGURES:
            # Not a sentence a reader compares (a table flattened, a list of numbers): left apart,
            # and read in bounded time whatever the file.
            for index, figure in zip(indexes, members, strict=True):
                readings[index] = Reading(None, frozenset(), (), unit_key(figure))
            continue
        extracted = [
            (getattr(f, "population", ""), getattr(f, "measure", ""), getattr(f, "qualifiers", None) or {})
            for f in members
        ]
        has_extracted = any(p or m or q for p, m, q in extracted)
        read = read_sentence(sentence or "", members, extracted if has_extracted else None)
        named = set().union(*(reading.measure & TOPICS for reading in read))
        earlier = topics.get(article)
        if earlier and not named and POINTING_BACK.search(plain(sentence or "")):
            read = [
                replace(reading, measure=reading.measure | earlier) if reading.measure else reading for reading in read
            ]
        elif named:
            topics[article] = frozenset(named)
        if earlier and not named and BARE_TOPIC.search(plain(sentence or "")):
            # "En 2021, le secteur a enregistré un chiffre d'affaires de 129 milliards": the
            # sector the article named before.
            read = [
                replace(reading, measure=reading.measure | earlier)
                if reading.measure and not reading.measure & THINGS
                else reading
                for reading in read
            ]
        # "Le secteur du commerce se situe à 10 %": a breakdown going on, the measure of the
        # figure before it, for another segment.
        read = [
            replace(reading, measure=measures[article])
            if not reading.measure and article in measures and SEGMENT_DIMENSIONS & dict(reading.qualifiers).keys()
            else reading
            for reading in read
        ]
        if "ECOMMERCE" in (topics.get(article) or frozenset()) | named:
            # "Le nombre d'acheteurs : 31 millions" in a piece on e-commerce counts online buyers.
            read = [
                replace(reading, population="cyberacheteurs", measure=reading.measure - IMPLIED["cyberacheteurs"])
                if reading.population == "clients"
                else reading
                for reading in read
            ]
        if article in shares and SAYS_WHICH_BEFORE.match(plain(sentence or "")):
            # "Il s'agit d'une augmentation importante par rapport à 13,5 % en 2024", "En 2021, leur
            # part était de 4,5 %": a share whose words name nothing measures what the share before did
            read = [
                replace(reading, measure=shares[article] - {"CHANGE"} | (reading.measure & {"CHANGE"}))
                if reading.unit == "percent" and not reading.measure & NAMED_CONCEPTS
                else reading
                for reading in read
            ]
        named_shares = [r.measure for r in read if r.unit == "percent" and r.measure & NAMED_CONCEPTS]
        if named_shares:
            shares[article] = named_shares[-1]
        said = [reading.measure for reading in read if reading.measure & TOPICS]
        if said:
            measures[article] = said[-1]
        read, subjects[article] = _subject_carried(sentence or "", members, read, subjects.get(article))
        read = _since_an_older_year(sentence or "", members, read)
        read = _counted_in_sentence(sentence or "", members, read)
        read = _shares_of_an_amount(sentence or "", members, read)
        for index, reading in zip(indexes, read, strict=True):
            readings[index] = reading
    return readings


COUNTED_AFTER = re.compile(r"\s*(?:de |d'|des )?([a-z][a-z-]{2,}(?: [a-z0-9][a-z0-9-]*){0,2})")
# A count said as a bound or a milestone ("la barre des 2 millions", "moins de 1 774 729") is no
# value of what it counts.
BOUND_BEFORE = re.compile(
    r"(?:\b(?:barre|cap|seuil) (?:des?|d')|\b(?:moins|plus|au-dela|au-dessus|au-dessous) d[e']|depass\w*|franchi\w*)\s*$"
)


def _with_counted(sentence, figure, reading):
    """A count of things, not of people its key names, with the thing said right after its number
    ("180,76 millions d'entrées", "364 rames"), knows what it counts: the noun and the words that
    qualify it before any function word ("voitures 100 % électriques" is not "voitures")."""
    if reading.unit != "count" or reading.population or not figure.text:
        return reading
    text, said_as = plain(sentence), plain(figure.text)
    at = text.find(said_as)
    found = COUNTED_AFTER.match(text, at + len(said_as)) if at >= 0 else None
    if not found or BOUND_BEFORE.search(text[max(0, at - 30) : at]):
        return reading
    words = []
    for word in found.group(1).split():
        if word in STOP_WORDS or word in REPORTING_WORDS or (words and word in COUNTED_STOPS):
            break
        words.append(_stem(word))
    return replace(reading, counted="+".join(words)) if words else reading


def _counted_in_sentence(sentence, members, read):
    """What each count of a sentence counts; when it counts one thing only, its other counts said
    bare ("200 millions d'entrées en 2018, 96 millions en 2021") and its changes ("180 millions
    d'entrées, soit une hausse de 18,9 %") are of that thing too."""
    read = [_with_counted(sentence, figure, reading) for figure, reading in zip(members, read, strict=True)]
    things = {reading.counted for reading in read if reading.counted}
    if len(things) != 1:
        return read
    thing = things.pop()
    text = plain(sentence)

    def of_the_thing(figure, reading):
        at = text.find(plain(figure.text))
        if reading.counted or reading.population or at < 0 or BOUND_BEFORE.search(text[max(0, at - 30) : at]):
            return False
        if reading.unit == "count":
            return bool(A_YEAR_AFTER.match(text, at + len(plain(figure.text))))
        return reading.unit == "percent" and "CHANGE" in reading.measure

    return [
        replace(reading, counted=thing) if of_the_thing(figure, reading) else reading
        for figure, reading in zip(members, read, strict=True)
    ]


# "49 % du chiffre d'affaires", "12,5 % du commerce de détail", "30 % des ventes": a share of an
# amount, not of the people or companies its sentence names.
OF_AN_AMOUNT = re.compile(
    r"\s*(?:du|de la|de l'|des) (?:total (?:du |de la |des )?)?(?:chiffres? d'affaires|ventes|achats|depenses"
    r"|budgets?|marche|parts? de marches?|commerce|investissements|recettes|revenus|pib|masse salariale|valeur ajoutee)\b"
)


# A change said right before its figure: "une croissance de 13,8 %", "ont progressé de 10 %".
CHANGE_BEFORE = re.compile(
    r"(?:progress\w*|hausse|croissance|augment\w*|recul\w*|baisse|diminu\w*|evolution|bond\w*|grimpe\w*|chute\w*)"
    r"(?: \w+)? (?:de |d'|a )?(?:\+|-)?\s*$"
)


def _shares_of_an_amount(sentence, members, read):
    """Each share of an amount (`OF_AN_AMOUNT`) says so (concept OF_AMOUNT): it is never one
    indicator with a share of a population ("Ces entreprises réalisent 49 % du chiffre d'affaires"
    / "10 % des entreprises utilisent l'IA"), whatever the words their sentences share."""
    text = plain(sentence)

    def of_an_amount(figure, reading):
        said_as = plain(figure.text or "").strip()
        at = text.find(said_as) if said_as else -1
        if reading.unit != "percent" or at < 0 or CHANGE_BEFORE.search(text[max(0, at - 40) : at]):
            return False  # "une croissance de 13,8 % du chiffre d'affaires" is a change of it
        return bool(OF_AN_AMOUNT.match(text, at + len(said_as)))

    marked = [of_an_amount(figure, reading) for figure, reading in zip(members, read, strict=True)]
    # "49 % du chiffre d'affaires total, contre 40 % en 2023": what a share is set against in time
    # is a share of the same amount.
    marked = [
        mark
        or (
            reading.unit == "percent"
            and "CHANGE" not in reading.measure
            and not CHANGE_BEFORE.search(text[: max(0, text.find(plain(figure.text or "")))])
            and any(
                marked[other] and not apart_in_one_sentence(members[other], figure)
                for other in range(len(members))
                if other != index
            )
        )
        for index, (mark, figure, reading) in enumerate(zip(marked, members, read, strict=True))
    ]
    return [
        replace(reading, measure=reading.measure | {"OF_AMOUNT"}) if mark else reading
        for mark, reading in zip(marked, read, strict=True)
    ]


# A count said bare and dated ("96 millions en 2021") goes on with a series.
A_YEAR_AFTER = re.compile(r"\s*en (?:19|20)\d\d\b")


# Words after a counted noun that end its phrase: verbs and participles of what happened to it.
COUNTED_STOPS = frozenset({"ayant", "ont", "a", "sont", "est", "etaient", "avaient"})


def _sentence_span(sentence, members):
    """Where the sentence starts and ends in its article's text, from its first figure's offset;
    None when the figures do not say (no offset, or a text not found in its sentence)."""
    first = members[0]
    at = sentence.find(first.text) if first.text else -1
    start = getattr(first, "start", None)
    if at < 0 or start is None:
        return None
    return start - at, start - at + len(sentence)


def _subject_carried(sentence, members, read, before):
    """The readings of a sentence whose subject is the sentence right before it ("Il s'élève à …",
    "Soit une progression de …"), and what this sentence is about for the next one.

    Its first figure, when its own words name nothing measured, takes the concepts the sentence
    before named after its last figure (its subject), else its figures' concepts, keeping its own
    change. Only
    when the sentence before is adjacent in the text: a sentence without figures between them may
    be the one pointed to, and then the figure is left as read."""
    span = _sentence_span(sentence, members)
    text = plain(sentence)
    adjacent = bool(before and span and 0 <= span[0] - before[0] <= ADJACENT)
    people = before[2] if adjacent else None
    if people and PEOPLE_BEFORE.match(text):
        read = [
            replace(reading, population=people) if reading.population is None and reading.unit == "percent" else reading
            for reading in read
        ]
    carried = None
    if adjacent and SUBJECT_BEFORE.match(text):
        carried = before[1]
    if carried:
        # Only the figure the pointing words govern: one further on may be of another thing ("Cela
        # représente une hausse de 8,5 % par rapport à 2019 où le cap des 100 milliards…").
        first = read[0]
        if not first.measure & NAMED_CONCEPTS:
            read = [replace(first, measure=carried | (first.measure & NOT_CARRIED)), *read[1:]]
        return read, (span[1], carried, _people(read))
    if not span:
        return read, None
    last = plain(members[-1].text).strip()
    after = text[text.rfind(last) + len(last) :] if last and last in text else ""
    named = _concept_words(after) - NOT_CARRIED
    if not named & NAMED_CONCEPTS:
        named = set().union(*(reading.measure for reading in read)) & set(CONCEPT_LABELS) - NOT_CARRIED
    return read, (span[1], frozenset(named) if named & NAMED_CONCEPTS else None, _people(read))


def _people(read):
    """The one group of people a sentence's figures count, if they count one ("des salariés")."""
    populations = {reading.population for reading in read}
    if len(populations) == 1 and (population := populations.pop()) not in (None, "", DOUBT):
        return population
    return None


_REFERENCE = r"(?:par rapport (?:a |au |aux )|compare\w* (?:a |au )|vs\.? |versus )(?:l'annee |l'an |a l'annee )?"
REFERENCE_AFTER = re.compile(rf"^[\s)]*,?\s*(?:soit |sur |en hausse |en baisse )?{_REFERENCE}((?:19|20)\d\d)\b")
REFERENCE_BEFORE = re.compile(rf"{_REFERENCE}((?:19|20)\d\d)\s*\(?\s*[+-]?\s*$")


def _since_an_older_year(sentence, figures, read):
    """ "15,1 % par rapport à 2020 et 24,9 % par rapport à 2019", for 2021: a change since an older
    year than the last is another measure than the yearly one (qualifier "depuis")."""
    if not YEAR.search(sentence) or not any(r.unit == "percent" and "CHANGE" in r.measure for r in read):
        return read
    text = plain(sentence)
    # Where each reference year stands: one year can be read by two figures ("+12 % par rapport à
    # 2019 (+5 %)"), and only the years no figure refers to say which year the sentence is about.
    references, reference_starts, searched_from = {}, set(), 0
    for position, (figure, reading) in enumerate(zip(figures, read, strict=True)):
        said_as = plain(figure.text)
        at = text.find(said_as, searched_from)
        if at < 0:
            continue
        end = at + len(said_as)
        searched_from = end
        if reading.unit != "percent" or "CHANGE" not in reading.measure:
            continue
        window_start = max(0, at - 60)
        if found := REFERENCE_AFTER.match(text[end : end + 60]):
            reference_starts.add(end + found.start(1))
        elif found := REFERENCE_BEFORE.search(text[window_start:at]):
            reference_starts.add(window_start + found.start(1))
        if found:
            references[position] = int(found.group(1))
    if not references:
        return read
    said = [int(year.group()) for year in YEAR.finditer(text) if year.start() not in reference_starts]
    latest = max(said) if said else max(references.values()) + 1
    return [
        replace(reading, qualifiers=tuple(sorted((*reading.qualifiers, ("depuis", str(references[position]))))))
        if references.get(position, latest - 1) < latest - 1
        else reading
        for position, reading in enumerate(read)
    ]


# --- comparing two readings ----------------------------------------------------------------------

# Measures overlapping this much (Jaccard, concepts counting double) are the same measure.
MEASURE_THRESHOLD = 0.5
CONCEPT_WEIGHT = 2.0
# Counts and amounts further apart than this factor are not the same quantity.
MAGNITUDE_FACTOR = 10.0


def _weights(words):
    return sum(CONCEPT_WEIGHT if word.isupper() else 1.0 for word in words)


def measure_similarity(words, other_words):
    shared = words & other_words
    if not shared:
        return 0.0
    common = _weights(shared)
    return common / (_weights(words) + _weights(other_words) - common)


def _rivals(words, other_words):
    """Rival concepts ("IA" / "IA générative"), a change beside a level, an intention beside the
    deed: never one measure."""
    if any((concept in words) != (concept in other_words) for concept in ("CHANGE", "INTENT", "FORECAST", "OF_AMOUNT")):
        return True
    if "NUMBER" in words and (words & TOPICS) != (other_words & TOPICS):
        return True  # how many use social networks is not how many are online
    if (words & BUSINESS_FUNCTIONS) != (other_words & BUSINESS_FUNCTIONS):
        return True  # a use in marketing, or with customers, is not any use
    return any(words & rival and other_words & rival and not (words & other_words & rival) for rival in RIVALS)


# Concepts that name a whole measure wherever they are said ("panier moyen", "temps passé", "ont
# entendu parler", "connectés à Internet"): two figures of one key sharing one measure the same thing, whatever
# other words their sentences use, unless one names a thing the other does not.
DEFINING = frozenset({"BASKET", "SPEND", "TIME", "HEARD", "KNOWN", "INTERNET"})
THINGS = TOPICS | frozenset(
    {
        "ONLINE_AD",
        "INTERNET",
        "MESSAGING",
        "VOD",
        "PODCAST",
        "GAMING",
        "IOT",
        "BROADBAND",
        "TELEWORK",
        "CYBER",
        "RETAIL",
    }
)
# What a defining concept implies: a basket is an online order's.
IMPLIED_BY = {"BASKET": frozenset({"ECOMMERCE", "ORDER"}), "SPEND": frozenset({"ECOMMERCE", "ORDER"})}


def _same_defining_concept(words, other_words):
    shared = words & other_words & DEFINING
    if not shared:
        return False
    implied = frozenset().union(*(IMPLIED_BY.get(word, frozenset()) for word in shared))
    return not ((words ^ other_words) & (THINGS | {"ORDER"})) - implied


@functools.lru_cache(maxsize=65536)
def _measure_score(words, other_words):
    """The score of two measures (frozensets), remembered: a site repeats its measures a lot."""
    if _rivals(words, other_words):
        return 0.0
    score = measure_similarity(words, other_words)
    if score < MEASURE_THRESHOLD and _same_defining_concept(words, other_words):
        return MEASURE_THRESHOLD
    return score if score >= MEASURE_THRESHOLD else 0.0


# Concepts that say how a thing is measured (a change, an amount, a share, a use, a count), not what.
HOW_MEASURED = frozenset({"CHANGE", "REVENUE", "SHARE", "USE", "NUMBER"})


def _say_different_things(words, other_words):
    """Two measures that each say what they measure and share only how ("le social, +12 % de
    croissance" and "le marché de la publicité digitale, +9 % de croissance"): in doubt, apart. One
    that says only how ("le chiffre d'affaires a progressé de 10 %") may still be the other's."""
    return not (words & other_words) - HOW_MEASURED and bool(words - HOW_MEASURED) and bool(other_words - HOW_MEASURED)


def _may_compare(reading, other):
    """Same key, measures said on both sides, not two things that share only how they are measured,
    and nothing in doubt: what any two readings must have before their measures are weighed."""
    if reading.key != other.key or not reading.measure or not other.measure:
        return False
    if MILESTONE in reading.measure or MILESTONE in other.measure:
        return False
    if _say_different_things(reading.measure, other.measure):
        return False
    return not (
        reading.population == DOUBT
        or DOUBT in (dict(reading.qualifiers).get("geographie"), dict(reading.qualifiers).get("plateforme"))
    )


def affinity(reading, other):
    """How surely two readings are the same indicator: 0 when they must not be compared."""
    if not _may_compare(reading, other):
        return 0.0
    first, second = sorted((reading.measure, other.measure), key=hash)
    return _measure_score(first, second)


# Concepts that say what is measured (not how): two figures naming different ones are not one
# figure told again, whatever number they share ("55 % s'en servent" / "55 % connaissent ChatGPT").
WHAT_IS_MEASURED = THINGS | DEFINING | frozenset({"ORDER", "OWN", "BUDGET", "SALARY", "UNEMPLOYMENT", "INFLATION"})


def significant_digits(value):
    return len(f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0"))


def _one_significant_digit(value):
    """ "100 milliards", "2 millions": a round amount is a milestone ("le cap des 100 milliards") as
    often as a measure."""
    return significant_digits(value) <= 1


# Digits a number needs to be one figure told again whether or not one of its clauses says it grew
# ("112 milliards d'euros, en croissance de 8,5 %" / "les ventes en ligne ont atteint 112 milliards"),
# and a change however each clause says what grew ("+16,1 %" of "cette progression" and of cars).
DIGITS_TOLD_AGAIN_GROWN_OR_NOT = 3


def told_again(figure, reading, other_figure, other_reading):
    """The same number, of the same key, in another sentence, its measure sharing a word or a concept
    with the other's: one figure told again, by another outlet or further down the page, however
    differently its sentence words it ("les ventes en ligne" / "le chiffre d'affaires du secteur").
    Outlets reporting one study repeat its numbers; a different number needs the measures to match."""
    if figure.sentence == other_figure.sentence or figure.value != other_figure.value:
        return False
    if figure.unit != "percent" and _one_significant_digit(figure.value) and not _one_study(figure, other_figure):
        # A round number is told again only when both say one source and one year ("60 commandes
        # dans l'année" twice of Fevad's 2023); a milestone never is (`MILESTONE`).
        return False
    words, other_words = reading.measure, other_reading.measure
    if significant_digits(figure.value) >= DIGITS_TOLD_AGAIN_GROWN_OR_NOT and ("CHANGE" in words) != (
        "CHANGE" in other_words
    ):  # "112 milliards d'euros, en croissance de 8,5 %": the growth is its clause's, not the number's
        words, other_words = words - {"CHANGE"}, other_words - {"CHANGE"}
    if not (
        _may_compare(reading, other_reading)
        or _precise_change_told_again(figure, reading, other_figure, other_reading)
        or _precise_count_told_again(figure, reading, other_figure, other_reading)
    ):
        return False
    if _rivals(words, other_words) or ("BOUND" in words) != ("BOUND" in other_words):
        return False
    if (words ^ other_words) & WHAT_IS_MEASURED and words & WHAT_IS_MEASURED and other_words & WHAT_IS_MEASURED:
        return False
    # "129,1 milliards d'euros" twice, of one key, one said of e-commerce and the other of a
    # turnover: an amount this precise is one figure told again, however its sentences word it.
    return (
        bool(words & other_words)
        or (figure.unit != "percent" and significant_digits(figure.value) >= DIGITS_TOLD_AGAIN_WHATEVER_THE_WORDS)
        or _precise_count_told_again(figure, reading, other_figure, other_reading)
    )


def _precise_count_told_again(figure, reading, other_figure, other_reading):
    """One precise count ("351 millions") of one key and one year (or a year said on one side
    only), each sentence saying what it counts in its own word: outlets telling one study name the
    counted thing their own way ("351 millions d'exemplaires" / "351 millions de livres imprimés")."""
    return (
        figure.unit == "count"
        and bool(reading.counted and other_reading.counted)
        and _one_precise_figure_of_one_year(figure, reading, other_figure, other_reading)
    )


def _precise_change_told_again(figure, reading, other_figure, other_reading):
    """One precise change ("+18,9 %", "+16,1 %") of one key and one year (or a year said on one side
    only), its clauses sharing only how they measure it: outlets telling one study word what grew
    each their own way ("le secteur a engrangé 18,9 %", "la fréquentation des salles")."""
    return (
        "CHANGE" in reading.measure
        and "CHANGE" in other_reading.measure
        and _one_precise_figure_of_one_year(figure, reading, other_figure, other_reading)
    )


def _one_precise_figure_of_one_year(figure, reading, other_figure, other_reading):
    """Two figures of one key, precise enough to be known again (`DIGITS_TOLD_AGAIN_GROWN_OR_NOT`),
    with nothing in doubt, of one year or a year said on one side only."""
    if reading.key != other_reading.key or significant_digits(figure.value) < DIGITS_TOLD_AGAIN_GROWN_OR_NOT:
        return False
    if DOUBT in (reading.population, dict(reading.qualifiers).get("geographie")):
        return False
    years = {getattr(figure, "year", None), getattr(other_figure, "year", None)} - {None}
    return len(years) <= 1


def same_thing_counted(figure, reading, other_figure, other_reading):
    """Two counts of one key counting the same thing ("180,76 millions d'entrées" / "181 millions
    d'entrées en 2023"), whatever else their clauses say, unless they name different things.

    Of one year (or a year unsaid) they must be one number, the less precise a rounding of the
    other: two different counts of one thing in one year are items of a list ("Tesla Model 3, avec
    24 539 immatriculations" / "Fiat 500e, avec 23 213 immatriculations"). Of two years said, a
    time series, they must be of one size (`COUNTED_FACTOR`) and count it in the same words; one
    number may count it in fewer ("1 774 729 voitures" / "1,8 million de voitures particulières")."""
    if not reading.counted or not other_reading.counted:
        return False
    years = (getattr(figure, "year", None), getattr(other_figure, "year", None))
    if None in years or years[0] == years[1]:
        thing, other_thing = reading.counted.split("+"), other_reading.counted.split("+")
        if thing[0] != other_thing[0] or not (set(thing) <= set(other_thing) or set(other_thing) <= set(thing)):
            return False
        if not same_number(figure.value, other_figure.value):
            return False
    elif reading.counted != other_reading.counted:
        return False
    elif reading.unit == "percent":
        pass  # changes of one thing over two years: a series, whatever their sizes
    else:
        low, high = sorted((abs(figure.value) or 1e-9, abs(other_figure.value) or 1e-9))
        if high / low > COUNTED_FACTOR:
            return False
    if reading.key != other_reading.key or DOUBT in (dict(reading.qualifiers).get("geographie"),):
        return False
    words, other_words = reading.measure, other_reading.measure
    if _rivals(words, other_words) or ("BOUND" in words) != ("BOUND" in other_words):
        return False
    return not (words ^ other_words) & WHAT_IS_MEASURED


# Counts of one thing in two years this far apart are not one series (a brand's beside a market's).
COUNTED_FACTOR = 1.5


# Segments a sentence may leave unsaid of a study's figure that another sentence says: the survey's
# size class ("58 % des dirigeants" / "des dirigeants de PME et ETI"), a channel, a part of the market.
UNSAID_OF_ONE_STUDY = frozenset({"taille", "canal", "segment"})


def source_of(figure):
    """Who a figure is from: a stored figure's source, or the name the extractor read ("" if none)."""
    return getattr(figure, "source_id", None) or plain(getattr(figure, "source", "") or "").strip()


def _one_study(figure, other_figure):
    """Both figures say they are of one source and one year."""
    year = getattr(figure, "year", None)
    same_source = bool(source_of(figure)) and source_of(figure) == source_of(other_figure)
    return same_source and year is not None and year == getattr(other_figure, "year", None)


def one_study_figure(figure, reading, other_figure, other_reading):
    """One study's figure told by two sentences whose readings differ only by what one leaves unsaid
    ("58 % des dirigeants" / "58 % des dirigeants de PME et ETI"; "97 milliards d'euros" of "les
    services" / of "la vente de services (voyages, abonnements…)"): the same number, of one source
    and one year (each named on one side at least), a population or a segment said on one side only,
    and measures that name no different things.

    Other segments (a place, an age, a period, a platform, a sector) are never left unsaid, and a
    year said on one side only leaves no segment unsaid either: "10 % des entreprises" and "10 % des
    entreprises de moins de 10 salariés" are two figures of one study."""
    if figure.sentence == other_figure.sentence or figure.value != other_figure.value:
        return False
    if reading.unit != other_reading.unit or reading.key == other_reading.key:
        return False
    if getattr(figure, "forecast", False) != getattr(other_figure, "forecast", False):
        return False
    if len({source_of(figure), source_of(other_figure)} - {""}) != 1:
        return False
    years = {getattr(figure, "year", None), getattr(other_figure, "year", None)}
    if len(years - {None}) != 1 or (None in years and reading.qualifiers != other_reading.qualifiers):
        return False
    populations = {reading.population or "", other_reading.population or ""}
    if DOUBT in populations or (len(populations) > 1 and "" not in populations):
        return False
    qualifiers, other_qualifiers = dict(reading.qualifiers), dict(other_reading.qualifiers)
    if DOUBT in qualifiers.values() or DOUBT in other_qualifiers.values():
        return False
    for dimension in qualifiers.keys() | other_qualifiers.keys():
        values = (qualifiers.get(dimension), other_qualifiers.get(dimension))
        if values[0] != values[1] and (None not in values or dimension not in UNSAID_OF_ONE_STUDY):
            return False
    words, other_words = reading.measure, other_reading.measure
    if not words or not other_words or MILESTONE in words | other_words or _rivals(words, other_words):
        return False
    if ("BOUND" in words) != ("BOUND" in other_words):
        return False
    return not (
        (words ^ other_words) & WHAT_IS_MEASURED and words & WHAT_IS_MEASURED and other_words & WHAT_IS_MEASURED
    )


def same_number(value, other):
    """One number said twice, the less precise a rounding of the other ("1,8 million" / "1 774 729")."""
    rough, precise = sorted((value, other), key=significant_digits)
    digits = max(significant_digits(rough), 1)  # zero has none, and is said with one
    return float(f"{precise:.{digits - 1}e}") == float(f"{rough:.{digits - 1}e}")


# An amount or count this precise (129,1 milliards; 17 400) said twice of one key is one figure even
# when its sentences share no word; with fewer digits (15,1 %) the measures must share one too.
DIGITS_TOLD_AGAIN_WHATEVER_THE_WORDS = 4


def close_in_size(figure, other):
    """Counts and amounts of one indicator are of the same order of magnitude."""
    if figure.unit in ("percent",):
        return True
    low, high = sorted((abs(figure.value) or 1e-9, abs(other.value) or 1e-9))
    return high / low <= MAGNITUDE_FACTOR


# What sets two figures of one sentence in time against each other: "10 % en 2024, contre 6 % en
# 2023", "61 euros (vs 59 euros)", "passant de 26 à 27 %", "88 % contre 89 % l'an dernier".
IN_TIME = re.compile(
    r"\bcontre\b|\bvs\b|versus|par rapport|l'an (?:dernier|passe)|l'annee (?:derniere|precedente)|plus tot"
    r"|auparavant|\bil y a\b|precedent\w*|\b(?:19|20)\d\d\b|\bpass\w* de\b"
)
FROM_BEFORE = re.compile(r"\bde\s*$")


def apart_in_one_sentence(figure, other):
    """Two figures of one sentence that it does not set in time against each other are parts of a
    breakdown or two measures ("31 % … la tablette 6 %", "63 % … et 78 %"), never one indicator."""
    if figure.sentence != other.sentence or getattr(figure, "article_id", None) != getattr(other, "article_id", None):
        return False
    sentence = figure.sentence or ""
    first, second = sorted((sentence.find(figure.text), sentence.find(other.text)))
    if first < 0 or first == second:
        return False
    later = other.text if second == sentence.find(other.text) else figure.text
    # From the first to just after the second ("contre 6 % en 2023"), or "(passant) de 26 à 27 %".
    between = plain(sentence[first : second + len(later) + 25])
    return not (IN_TIME.search(between) or FROM_BEFORE.search(plain(sentence[max(0, first - 12) : first])))


def comparable(figure, reading, other_figure, other_reading):
    """How surely two figures share an indicator (same reading key, close measures, plausible
    sizes), 0 when they may not."""
    if getattr(figure, "forecast", False) != getattr(other_figure, "forecast", False):
        return 0.0
    if apart_in_one_sentence(figure, other_figure):
        return 0.0
    if _changes_of_one_time(figure, reading, other_figure, other_reading):
        return 0.0
    if two_numbers_of_one_study(figure, other_figure):
        return 0.0
    score = affinity(reading, other_reading)
    if not score and (
        told_again(figure, reading, other_figure, other_reading)
        or same_thing_counted(figure, reading, other_figure, other_reading)
    ):
        score = MEASURE_THRESHOLD  # the least sure of comparable pairs: joined after every other
    return score if score and close_in_size(figure, other_figure) else 0.0


def two_numbers_of_one_study(figure, other_figure):
    """One study gives one number a measure and a year: two of its numbers of one year, in two
    sentences, are two things ("24,2 millions d'abonnements à très haut débit", "21,4 millions en
    fibre", both the Arcep's of 2023). One sentence setting two in time ("passe de 22 à 21 %") is a
    series whatever year was read for each."""
    return (
        figure.sentence != other_figure.sentence
        and _one_study(figure, other_figure)
        and not same_number(figure.value, other_figure.value)
    )


def _changes_of_one_time(figure, reading, other_figure, other_reading):
    """Two different changes (the less precise not a rounding of the other) not said of two
    different years: two things that grew ("le display +17 %", "le social +24 %"), or one thing
    over two spans, far more often than two sources disagreeing on one growth."""
    if reading.unit in TIME_SPENT_UNITS:
        # Two different times spent of one year: the heavy users' 6h53 and everyone's 2h12, time on
        # videos and time online; one study's time is told with one number, a series with its years.
        years = (getattr(figure, "year", None), getattr(other_figure, "year", None))
        return (None in years or years[0] == years[1]) and not same_number(figure.value, other_figure.value)
    if reading.unit != "percent":
        return False
    changes = "CHANGE" in reading.measure and "CHANGE" in other_reading.measure
    only_how = not reading.measure - HOW_MEASURED or not other_reading.measure - HOW_MEASURED
    if not (changes or only_how):
        return False
    years = (getattr(figure, "year", None), getattr(other_figure, "year", None))
    return (None in years or years[0] == years[1]) and not same_number(figure.value, other_figure.value)


def why(readings):
    """What figures put together share, in French, for the editors' review page."""
    first = readings[0]
    shared = frozenset.intersection(*(r.measure for r in readings))
    concepts = sorted(CONCEPT_LABELS.get(w, w.lower()) for w in shared if w.isupper())
    words = sorted(w for w in shared if not w.isupper())
    counted = {r.counted.split("+")[0] for r in readings}
    if len(counted) == 1 and (thing := counted.pop()):
        words = [f"compte : {thing}", *(w for w in words if w != thing)]
    qualifiers = dict(first.qualifiers)
    geography = qualifiers.pop("geographie", "") or "France"
    return {
        "mesure": ", ".join(concepts + words) or "—",
        "population": first.population or "public général",
        "géographie": geography,
        "segment": ", ".join(f"{name} : {value}" for name, value in qualifiers.items()) or "aucun",
        "unité": UNIT_LABELS.get(first.unit.split(":")[0], first.unit),
    }


CONCEPT_LABELS = {
    "ONLINE_AD": "publicité en ligne",
    "TIME": "temps passé",
    "OWN": "équipement",
    "MESSAGING": "messageries instantanées",
    "VOD": "vidéo à la demande",
    "PODCAST": "podcasts",
    "GAMING": "jeux vidéo",
    "IOT": "objets connectés",
    "BROADBAND": "très haut débit",
    "TELEWORK": "télétravail",
    "CYBER": "cybersécurité",
    "UNEMPLOYMENT": "chômage",
    "INFLATION": "inflation",
    "SALARY": "salaires",
    "GENAI": "IA générative",
    "AI": "intelligence artificielle",
    "ECOMMERCE": "commerce en ligne",
    "REVENUE": "chiffre d'affaires / dépenses",
    "CHANGE": "évolution",
    "SHARE": "part",
    "BASKET": "panier moyen",
    "SPEND": "dépense annuelle par acheteur",
    "INTERNET": "accès à internet",
    "ORDER": "commandes",
    "SOCIAL": "réseaux sociaux",
    "USE": "usage",
    "BUDGET": "budget",
    "RETAIL": "commerce de détail",
    "HEARD": "en avoir entendu parler",
    "KNOWN": "connaissance",
    "NUMBER": "nombre",
    "OF_AMOUNT": "part d'un montant",
}
# Concepts that say what is measured, not only how (a change, a share).
NAMED_CONCEPTS = frozenset(CONCEPT_LABELS) - {"CHANGE", "SHARE", "OF_AMOUNT"}
UNIT_LABELS = {
    "percent": "pourcentage",
    "currency": "montant",
    "count": "nombre",
    "multiplier": "multiplicateur",
    "duration": "durée",
}
