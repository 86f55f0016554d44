"""French page titles in the admin: Django's French catalogue writes "Ajout de %s" and
"Modification de %s", which gives "Ajout de article"; French elides "de" before a vowel or a
mute h ("Ajout d’article", "Modification d’image"), as an editor would write it."""

import re

# Only the titles Django builds from a model's name: an object's own name is never touched.
_DJANGO_TITLE = re.compile(r"^(Ajout|Modification|Affichage) de (?=[aeiouyhàâéèêëîïôûAEIOUYHÉÈÊÎÔ])")


def elided_title(title: str) -> str:
    return _DJANGO_TITLE.sub(r"\1 d’", title)


class FrenchAdminTitlesMiddleware:
    """Elide the admin views' titles before their template is rendered."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_template_response(self, request, response):
        context = response.context_data
        if context and isinstance(context.get("title"), str):
            context["title"] = elided_title(context["title"])
        return response
