"""French words and sentence patterns the synthetic corpus is assembled from.

Sentences carry figures the way the real articles do ("Selon une étude de Gartner, 42 % des
entreprises..."), so that the statistics extractor works at scale on realistic text.
"""

FIRST_NAMES = (
    "Camille Léa Manon Chloé Inès Sarah Emma Louise Jade Alice Lucie Juliette Zoé Élodie Margaux "
    "Hugo Lucas Louis Gabriel Arthur Jules Nathan Théo Raphaël Paul Antoine Mathieu Julien Gérald Noé"
).split()
LAST_NAMES = (
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèbvre "
    "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert "
    "Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel"
).split()

THEMES = (
    "Marketing", "Management", "Finance", "Ressources humaines", "Intelligence artificielle",
    "Cybersécurité", "Développement durable", "Vente", "Data", "Innovation", "Juridique", "Logistique",
)

SKILL_STEMS = (
    "analyse", "pilotage", "stratégie", "gestion", "conception", "négociation", "automatisation",
    "optimisation", "audit", "prévision", "animation", "mesure", "communication", "sécurisation",
)
SKILL_OBJECTS = (
    "de la relation client", "des données", "de projet", "budgétaire", "des risques", "du contenu",
    "des campagnes", "des équipes", "de la performance", "des coûts", "de la marque", "des achats",
    "commerciale", "du recrutement", "des processus", "des talents", "de l'expérience utilisateur",
    "de la conformité", "des stocks", "de la chaîne d'approvisionnement", "des prix", "de l'offre",
    "du changement", "des partenariats", "de la formation",
)

TAG_WORDS = (
    "marketing digital", "intelligence artificielle", "personnalisation", "chatbots", "automatisation",
    "rgpd", "cloud", "télétravail", "leadership", "croissance", "fidélisation", "référencement",
    "réseaux sociaux", "e-commerce", "productivité", "recrutement", "formation", "cybersécurité",
    "données", "innovation", "stratégie", "prospection", "budget", "logistique", "énergie",
)
TAG_QUALIFIERS = (
    "b2b", "b2c", "pme", "grands comptes", "international", "mobile", "2025", "2026", "avancé",
    "débutant", "secteur public", "industrie", "santé", "retail", "banque", "assurance", "tourisme",
    "agroalimentaire", "immobilier", "luxe", "startups", "collectivités", "éducation", "médias",
)

SOURCES = (
    "Gartner", "McKinsey", "Forrester", "l'Insee", "Deloitte", "Adobe", "Salesforce", "HubSpot",
    "l'Ifop", "Bpifrance", "PwC", "Accenture", "IDC", "Statista", "Capgemini", "l'OCDE",
)
POPULATIONS = (
    "entreprises", "consommateurs", "dirigeants", "salariés", "PME", "acheteurs en ligne",
    "directeurs marketing", "responsables informatiques", "recruteurs", "clients", "startups",
)
OUTCOMES = (
    "utilisent déjà l'intelligence artificielle", "prévoient d'augmenter leur budget",
    "jugent la personnalisation essentielle", "ont subi une cyberattaque", "pratiquent le télétravail",
    "abandonnent leur panier", "font confiance aux avis en ligne", "manquent de compétences en données",
    "investissent dans la formation", "mesurent le retour sur investissement",
)
MARKETS = (
    "l'intelligence artificielle", "la cybersécurité", "l'e-commerce", "le cloud", "la formation en ligne",
    "l'automatisation marketing", "la logistique urbaine", "les énergies renouvelables",
)
METRICS = ("taux de conversion", "chiffre d'affaires", "panier moyen", "taux de rétention", "productivité")

# (noun, feminine?) so that articles and adjectives agree.
NOUNS = (
    ("entreprise", True), ("équipe", True), ("stratégie", True), ("client", False), ("projet", False),
    ("marché", False), ("outil", False), ("processus", False), ("donnée", True), ("décision", True),
    ("organisation", True), ("campagne", True), ("offre", True), ("plateforme", True), ("méthode", True),
    ("objectif", False), ("résultat", False),
)
# (masculine, feminine)
ADJECTIVES = (
    ("efficace", "efficace"), ("durable", "durable"), ("numérique", "numérique"), ("essentiel", "essentielle"),
    ("rapide", "rapide"), ("rentable", "rentable"), ("agile", "agile"), ("mesurable", "mesurable"),
    ("pertinent", "pertinente"), ("ambitieux", "ambitieuse"), ("fiable", "fiable"), ("innovant", "innovante"),
    ("collaboratif", "collaborative"), ("transparent", "transparente"), ("concret", "concrète"),
)
VERBS = (
    "améliore", "transforme", "simplifie", "renforce", "accélère", "structure", "soutient",
    "éclaire", "prépare", "change", "oriente", "facilite", "révèle", "mobilise",
)
CONNECTORS = (
    "Par ailleurs,", "En pratique,", "De plus,", "Concrètement,", "Dans ce contexte,", "Ainsi,",
    "Pour autant,", "En revanche,", "À terme,", "Surtout,",
)
HEADINGS = (
    "Comprendre les enjeux", "Les chiffres clés", "Mettre en place une démarche", "Les erreurs à éviter",
    "Mesurer les résultats", "Les outils du quotidien", "Former les équipes", "Ce qui change en {year}",
    "Retours d'expérience", "Perspectives", "Par où commencer", "Les bonnes pratiques",
)
