"""The importer's report as the admin shows it: statuses and warnings in French, each article one
click away. The importer and the command line keep their English words (`created`, `--format json`)."""

import re
from dataclasses import dataclass, field

from django.urls import reverse

from articles.importing import Status
from articles.models import Article

STATUS_LABELS = {
    Status.CREATED: "créé",
    Status.UPDATED: "mis à jour",
    Status.UNCHANGED: "inchangé",
    Status.CONFLICT: "conflit : laissé tel quel",
    Status.ERROR: "erreur",
    "changed": "chiffres modifiés",  # a re-extraction job's article
}

# The importer's warnings, word for word, in French; one it does not know yet is shown as written.
FRENCH_WARNINGS = [
    (r"slug (.+) normalised to (.+)", r"slug \1 normalisé en \2"),
    (r"slug (.+) is not a plain slug: derived from the title", r"slug \1 invalide : tiré du titre"),
    (r"slug '(.+)' already taken: using '(.+)'", r"slug « \1 » déjà pris : « \2 » utilisé"),
    (r"(\d+) <script>/<style> block\(s\) removed", r"\1 bloc(s) <script>/<style> supprimé(s)"),
    (r"(\d+) import/export statement\(s\) removed", r"\1 instruction(s) import/export supprimée(s)"),
    (r"components unwrapped to plain text: (.+)", r"composants réduits à leur texte : \1"),
    (r"template expressions left in the text: (.+)", r"expressions de gabarit laissées dans le texte : \1"),
    (
        r"image with a computed source dropped \(alt text: (.+)\)",
        r"image à source calculée retirée (texte alternatif : \1)",
    ),
    (r"table of contents removed \(the site builds its own\)", r"table des matières retirée (le site fait la sienne)"),
    (
        r"'(.+)' is a list: its first item is the title \(all kept in metadata\)",
        r"« \1 » est une liste : son premier élément sert de titre (tout est gardé dans les métadonnées)",
    ),
    (
        r"unknown date format in '(.+)': (.+) \(kept in metadata\)",
        r"format de date inconnu dans « \1 » : \2 (gardé dans les métadonnées)",
    ),
    (r"'(.+)' is not a number: kept in metadata", r"« \1 » n'est pas un nombre : gardé dans les métadonnées"),
    (r"eleventyExcludeFromCollections: imported as a draft", r"eleventyExcludeFromCollections : importé en brouillon"),
    (
        r"front matter indented with tabs: read as two spaces each",
        r"en-tête indenté par des tabulations : chacune lue comme deux espaces",
    ),
    (
        r"front matter is not valid YAML: read as Key: value lines",
        r"en-tête YAML invalide : lu ligne à ligne « clé: valeur »",
    ),
    (
        r"key '(.+)' appears twice in the front matter: the last value is used",
        r"la clé « \1 » figure deux fois dans l'en-tête : la dernière valeur est retenue",
    ),
    (r"HTML body converted to markdown", r"corps HTML converti en markdown"),
    (r"tag lines moved to the tags: (.+)", r"lignes de mots-clés reportées dans les mots-clés : \1"),
    (r"embedded notes dropped: (.+)", r"notes incorporées retirées : \1"),
    (r"template markup removed \(text kept\): (.+)", r"balises de gabarit retirées (texte gardé) : \1"),
    (
        r"first heading differs from the title: kept in metadata body_title",
        r"le premier intertitre diffère du titre : gardé dans les métadonnées (body_title)",
    ),
    (r"first heading repeated the title: removed from the body", r"le premier intertitre répétait le titre : retiré"),
    (
        r"the body uses # headings for its sections: each heading moved one level down",
        r"le corps fait de ses sections des titres # : chaque intertitre descend d'un niveau",
    ),
    (
        r"title longer than (\d+) characters: shortened \(full title in metadata full_title\)",
        r"titre de plus de \1 caractères : raccourci (titre complet dans les métadonnées, full_title)",
    ),
]
FRENCH_WARNINGS = [(re.compile(pattern, re.DOTALL), french) for pattern, french in FRENCH_WARNINGS]


def french_warning(warning):
    for pattern, french in FRENCH_WARNINGS:
        if match := pattern.fullmatch(warning):
            return match.expand(french)
    return warning


@dataclass
class ReportRow:
    path: str
    status: str  # the importer's word, for the row's class
    status_label: str
    slug: str
    error: str
    warnings: list[str] = field(default_factory=list)
    article_url: str = ""
    article_status: str = ""


def report_rows(reports, *, dry_run):
    """One row per file report (or a job's `JobItem`), in French, with the article's admin page and status (one query)."""
    articles = {}
    if not dry_run:
        slugs = {report.slug for report in reports if report.slug}
        articles = {article.slug: article for article in Article.objects.filter(slug__in=slugs).only("slug", "status")}
    rows = []
    for report in reports:
        article = articles.get(report.slug)
        rows.append(
            ReportRow(
                path=report.path,
                status=report.status,
                status_label=STATUS_LABELS.get(report.status, report.status),
                slug=report.slug,
                error=report.error,
                warnings=[french_warning(warning) for warning in report.warnings],
                article_url=reverse("admin:articles_article_change", args=[article.pk]) if article else "",
                article_status=article.get_status_display() if article else "",
            )
        )
    return rows
