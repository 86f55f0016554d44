"""The names an editor gives the indicators of the hand groupings, written before the namer changed.

For each multi-figure group of the `dev` and `dev_2` parts of `grouping_cases` and of the sample
articles (`test_sample_articles.SAMPLE_GROUPING`): the name an editor would sign, and the words an
automatic name must hold to be kept (each item: one of its "|" alternatives, case aside). Exact
names are not required: the same indicator may be worded several ways an editor would keep.
"""

# The e-commerce year told by several outlets: the same names in every set.
_ECOMMERCE = {
    "ecommerce-revenue": ("Chiffre d'affaires du e-commerce", ("chiffre d'affaires|ventes", "e-commerce|en ligne")),
    "ecommerce-growth": (
        "Évolution du chiffre d'affaires du e-commerce",
        ("évolution|croissance", "chiffre d'affaires|ventes", "e-commerce|en ligne"),
    ),
    "online-buyers": ("Nombre de cyberacheteurs", ("nombre de cyberacheteurs",)),
    "orders-per-buyer": (
        "Nombre de commandes par cyberacheteur",
        ("nombre de", "commandes|transactions", "par cyberacheteur"),
    ),
    "spend-per-buyer": ("Dépense annuelle par cyberacheteur", ("dépense|montant", "par cyberacheteur")),
    "average-basket": ("Panier moyen en ligne", ("panier moyen",)),
    "services-revenue": ("Chiffre d'affaires des services en ligne", ("chiffre d'affaires|ventes", "services")),
    "services-growth": ("Évolution des ventes de services en ligne", ("évolution|croissance", "services")),
    "products-growth": ("Évolution des ventes de produits en ligne", ("évolution|croissance", "produits")),
}
_AI_COMPANIES = {
    "ai-companies-france": ("Part des entreprises utilisant l'IA", ("part des entreprises", "l'IA")),
    "ai-companies-small": (
        "Part des entreprises de moins de 50 salariés utilisant l'IA",
        ("part des entreprises", "de moins de 50 salariés", "l'IA"),
    ),
    "ai-companies-medium": (
        "Part des entreprises de 50 à 249 salariés utilisant l'IA",
        ("part des entreprises", "de 50 à 249 salariés", "l'IA"),
    ),
    "ai-companies-large": (
        "Part des entreprises de 250 salariés ou plus utilisant l'IA",
        ("part des entreprises", "de 250 salariés ou plus", "l'IA"),
    ),
    "ai-users-share-of-revenue": (
        "Part du chiffre d'affaires des entreprises utilisant l'IA",
        ("part du chiffre d'affaires", "entreprises", "l'IA"),
    ),
    "ai-companies-information": (
        "Part des entreprises de l'information-communication utilisant l'IA",
        ("part des entreprises", "information-communication", "l'IA"),
    ),
    "ai-trade": ("Part des entreprises du commerce utilisant l'IA", ("part des entreprises", "du commerce", "l'IA")),
}
_DIGITAL_REPORT = {
    "internet-users": ("Nombre d'internautes", ("nombre d'internautes",)),
    "internet-users-share": ("Part de la population ayant accès à Internet", ("part de la population", "internet")),
    "social-users": ("Nombre d'utilisateurs des réseaux sociaux", ("nombre d'utilisateurs", "réseaux sociaux")),
    "social-users-share": (
        "Part de la population utilisant les réseaux sociaux",
        ("part de la population", "réseaux sociaux"),
    ),
}

EDITOR_NAMES = {
    "dev": {
        **_ECOMMERCE,
        "ecommerce-share-of-retail": (
            "Part du e-commerce dans le commerce de détail",
            ("part", "e-commerce|en ligne", "commerce de détail"),
        ),
        "half-of-purchases-online": (
            "Part de la population faisant plus de la moitié de ses achats en ligne",
            ("part", "population", "achats|en ligne"),
        ),
        **_AI_COMPANIES,
        "marketing-teams-deploying-ai": (
            "Part des équipes marketing expérimentant ou déployant l'IA",
            ("part", "marketing", "l'IA"),
        ),
        **_DIGITAL_REPORT,
    },
    "dev_2": {
        label: _ECOMMERCE[label]
        for label in ("ecommerce-revenue", "online-buyers", "ecommerce-growth", "average-basket", "orders-per-buyer")
    }
    | {
        "spend-per-buyer": _ECOMMERCE["spend-per-buyer"],
        "transactions": ("Nombre de transactions en ligne", ("nombre de", "transactions|commandes", "en ligne")),
        "transactions-growth": (
            "Évolution du nombre de transactions en ligne",
            ("évolution|croissance", "transactions|commandes"),
        ),
        "basket-change": ("Évolution du panier moyen", ("évolution", "panier moyen")),
        "purchase-frequency-growth": (
            "Évolution de la fréquence d'achat en ligne",
            ("évolution|croissance", "fréquence d'achat|commandes"),
        ),
        "merchant-sites": ("Nombre de sites marchands", ("nombre de sites marchands",)),
        "online-buyers-added": (
            "Nouveaux cyberacheteurs sur un an",
            ("cyberacheteurs", "évolution|nouveaux|supplémentaires|hausse"),
        ),
    },
    "sample": {
        **{label: _ECOMMERCE[label] for label in _ECOMMERCE},
        **_DIGITAL_REPORT,
        "ai-companies": _AI_COMPANIES["ai-companies-france"],
        "ai-companies-under-50": _AI_COMPANIES["ai-companies-small"],
        "ai-companies-50-249": _AI_COMPANIES["ai-companies-medium"],
        "ai-companies-250-plus": _AI_COMPANIES["ai-companies-large"],
        "ai-users-share-of-revenue": _AI_COMPANIES["ai-users-share-of-revenue"],
        "ai-companies-information": _AI_COMPANIES["ai-companies-information"],
        "ai-companies-trade": _AI_COMPANIES["ai-trade"],
    },
}
