"""French phrases for what the grouper reads of a figure (`matching.Reading`), to name indicators.

Keys are the names `matching` gives populations, segments and concepts. Pure data.
"""

import re

from articles.comparison.matching import POPULATIONS

# The general public said ("de la population", "des Français"), as `matching` reads it.
PUBLIC = re.compile(rf"\b(?:{dict(POPULATIONS)['']})\b")

# Who a population is, with its article (keys: `matching.POPULATIONS`); "" is the general public.
PEOPLE = {
    "": "la population",
    "cyberacheteurs": "les cyberacheteurs",
    "marketeurs": "les professionnels du marketing",
    "dirigeants": "les dirigeants",
    "cadres": "les cadres",
    "salaries": "les salariés",
    "commerciaux": "les commerciaux",
    "dsi": "les DSI",
    "entreprises": "les entreprises",
    "sites-marchands": "les sites marchands",
    "clients": "les clients",
    "internautes": "les internautes",
    "utilisateurs": "les utilisateurs",
    "foyers": "les foyers",
    "detenteurs": "les détenteurs",
    "femmes": "les femmes",
    "hommes": "les hommes",
}
# One of them, for what is measured per person ("Dépense annuelle par cyberacheteur").
ONE_OF = {
    "cyberacheteurs": "cyberacheteur",
    "internautes": "internaute",
    "utilisateurs": "utilisateur",
    "clients": "client",
}
# Size classes said in words replace the noun ("les PME"); numbered ones follow it.
SIZE_NOUNS = {
    "grande": "grandes entreprises",
    "petite": "petites entreprises",
    "pme": "PME",
    "tpe": "TPE",
    "eti": "ETI",
    "tpe-pme": "TPE-PME",
    "pme-eti": "PME et ETI",
    "startup": "start-up",
}
SECTORS = {
    "information-communication": "de l'information-communication",
    "industrie": "de l'industrie",
    "construction": "de la construction",
    "transports": "des transports",
    "hebergement-restauration": "de l'hébergement-restauration",
    "sante": "de la santé",
    "finance": "de la finance",
    "grande-consommation": "de la grande consommation",
    "public": "du secteur public",
    "commerce": "du commerce",
    "tourisme": "du tourisme",
    "luxe": "du luxe",
    "immobilier": "de l'immobilier",
    "energie": "de l'énergie",
    "agriculture": "de l'agriculture",
    "automobile": "de l'automobile",
    "b2b": "du B2B",
    "b2c": "du B2C",
}
PLACES = {
    "europe": "en Europe",
    "monde": "dans le monde",
    "royaume-uni": "au Royaume-Uni",
    "etats-unis": "aux États-Unis",
    "allemagne": "en Allemagne",
    "espagne": "en Espagne",
    "italie": "en Italie",
    "chine": "en Chine",
    "asie": "en Asie",
    "emea": "dans la zone EMEA",
    "ile-de-france": "en Île-de-France",
    "hauts-de-france": "dans les Hauts-de-France",
    "grand-est": "dans le Grand Est",
    "normandie": "en Normandie",
    "bretagne": "en Bretagne",
    "pays-de-la-loire": "dans les Pays de la Loire",
    "centre-val-de-loire": "en Centre-Val de Loire",
    "bourgogne-franche-comte": "en Bourgogne-Franche-Comté",
    "auvergne-rhone-alpes": "en Auvergne-Rhône-Alpes",
    "nouvelle-aquitaine": "en Nouvelle-Aquitaine",
    "occitanie": "en Occitanie",
    "provence-alpes-cote-d-azur": "en Provence-Alpes-Côte d'Azur",
    "corse": "en Corse",
}
# Platforms as they write themselves (keys: `matching.PLATFORMS`).
PLATFORM_NAMES = {
    name: name.capitalize()
    for name in ("facebook", "instagram", "snapchat", "pinterest", "amazon", "google", "netflix", "leboncoin")
} | {
    "vinted": "Vinted",
    "messenger": "Messenger",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "linkedin": "LinkedIn",
    "twitter": "X (Twitter)",
    "whatsapp": "WhatsApp",
}
# Where, when and how a figure was measured, said after what it measures.
CIRCUMSTANCES = {
    "canal": {
        "mobile": "sur mobile",
        "ordinateur": "sur ordinateur",
        "magasin": "en magasin",
        "marketplace": "sur les places de marché",
    },
    "plateforme": {name: f"sur {said}" for name, said in PLATFORM_NAMES.items()},
    "frequence": {"quotidien": "chaque jour", "hebdomadaire": "chaque semaine", "mensuel": "chaque mois"},
    "geographie": PLACES,
    "periode": {
        "trimestre": "sur un trimestre",
        "premier-semestre": "au premier semestre",
        "second-semestre": "au second semestre",
        "semestre": "sur un semestre",
        "confinement": "pendant le confinement",
    },
}
CIRCUMSTANCE_ORDER = ("canal", "plateforme", "frequence", "geographie", "periode")
# What people use, as the object of a verb (most specific first).
TOPICS = (
    ("GENAI", "l'IA générative"),
    ("AI", "l'IA"),
    ("SOCIAL", "les réseaux sociaux"),
    ("MESSAGING", "les messageries instantanées"),
    ("VOD", "la vidéo à la demande"),
    ("PODCAST", "les podcasts"),
    ("GAMING", "les jeux vidéo"),
    ("IOT", "les objets connectés"),
    ("BROADBAND", "le très haut débit"),
    ("CYBER", "la cybersécurité"),
    ("TELEWORK", "le télétravail"),
    ("INTERNET", "Internet"),
    ("ECOMMERCE", "le commerce en ligne"),
)
# What a share does, as a noun, when whose share it is goes unsaid ("Taux de notoriété de l'IA").
RATE_OF = {"ayant accès à Internet": "taux d'accès à Internet", "achetant en ligne": "taux d'achat en ligne"}
# What people are equipped with, when the channel names a device.
DEVICES = {"mobile": "un smartphone", "ordinateur": "un ordinateur"}
PURPOSES = {
    "FOR_MARKETING": "pour le marketing",
    "FOR_CUSTOMERS": "pour la relation client",
    "FOR_HR": "pour les ressources humaines",
}
# Shares of the public that are rates of their own.
RATES = {"UNEMPLOYMENT": "le taux de chômage", "INFLATION": "l'inflation"}
SEGMENT_SALES = {"produits": "les ventes de produits", "services": "les ventes de services"}
SEGMENT_REVENUE = {"produits": "le chiffre d'affaires des produits", "services": "le chiffre d'affaires des services"}
SEGMENT_ASIDES = {"seconde-main": "de seconde main", "perimetre restreint": "(périmètre restreint)"}
