"""Table-driven tests of the document reader on hand-written files of each dialect.

The files in `documents/` are small but written the way each tool writes them.
Plain pytest, no Django: `pytest articles/tests/test_documents_dialects.py -p no:django`.
"""

import json
import re
from datetime import timedelta, timezone
from pathlib import Path

import pytest

from articles.documents import DocumentError, read_document
from articles.tests.growth import assert_linear
from articles.tests.test_documents import day, headings

DOCUMENTS = Path(__file__).parent / "documents"
PARIS = timezone(timedelta(hours=1))
NO_DATE, NO_AUTHOR = "pas de date dans la source", "pas d'auteur dans la source"


def read(name: str):
    return read_document((DOCUMENTS / name).read_bytes(), name)


CASES = {
    "pelican-donnees-clients.md": dict(
        title="Segmenter ses clients avec des données propres",
        slug="segmenter-clients-donnees-propres",
        publish_date=day(2024, 3, 1, 10, 20),
        updated_date=day(2024, 3, 4, 8),
        authors=["Claire Dubois", "Marc Lefèvre"],
        theme="Marketing",
        tags=["données", "segmentation", "CRM"],
        draft=True,
        description="Avant de confier la segmentation à un algorithme, il faut des données qui tiennent debout.",
        headings=["## Nettoyer avant de segmenter", "## Choisir des critères utiles"],
        source_format="meta",
        guesses=[],
    ),
    "multimarkdown-veille.txt": dict(
        title="Veille technologique : méthode en cinq étapes",
        publish_date=day(2024, 2, 12),
        authors=["Sophie Martin", "Julien Roche"],
        tags=["veille", "méthode"],
        draft=False,
        description="",
        headings=["## Sources", "## Rythme"],
        source_format="meta",
        guesses=[],
    ),
    "prose-avec-deux-points.md": dict(
        publish_date=None,
        authors=[],
        tags=[],
        draft=False,
        source_format="none",
        headings=[],
        guesses=["titre deviné d'après la première phrase", NO_DATE, NO_AUTHOR],
    ),
    "pandoc-rapport.md": dict(
        title="L'IA générative dans les services clients",
        publish_date=day(2024, 3, 12),
        authors=["Hélène Garnier", "Thomas Bernard"],
        tags=["intelligence artificielle", "relation client", "chatbots"],
        draft=False,
        description="Cette étude mesure l'effet des assistants conversationnels sur la satisfaction "
        "des clients de trois opérateurs.",
        headings=["## Introduction", "## Méthode", "### Questionnaire"],
        source_format="yaml",
        guesses=[],
    ),
    "hugo-campagne.md": dict(
        title="Réussir sa première campagne d'emailing",
        slug="premiere-campagne-emailing",
        publish_date=day(2024, 1, 5, 10, tz=PARIS),
        updated_date=day(2024, 2, 10, 9, 30, tz=PARIS),
        authors=["Nadia Benali"],
        tags=["emailing", "délivrabilité", "Marketing"],
        draft=True,
        description="Les réglages qui évitent le dossier des indésirables.",
        headings=["## Authentifier le domaine", "## Soigner la liste"],
        source_format="toml",
        guesses=[],
    ),
    "zola-accessibilite.md": dict(
        title="L'accessibilité, un critère de qualité",
        publish_date=day(2023, 11, 20),
        updated_date=day(2024, 1, 8),
        authors=["Lucie Moreau"],
        tags=["accessibilité", "qualité", "Web"],
        draft=False,
        description="Pourquoi un site accessible est d'abord un site bien fait.",
        headings=["## Les contrastes", "## Les textes alternatifs"],
        source_format="toml",
        guesses=[],
    ),
    "eleventy-referencement.md": dict(
        title="Le référencement local en 2024",
        publish_date=day(2024, 4, 18),
        updated_date=day(2024, 5, 2),
        authors=["Paul Girard"],
        tags=["posts", "SEO"],
        draft=True,
        image="/img/carte-locale.jpg",
        description="Fiche d'établissement, avis et pages locales.",
        headings=["## La fiche d'établissement"],
        source_format="yaml",
        guesses=[],
    ),
    "astro-lancement.mdx": dict(
        title="Lancer un produit sans budget publicitaire",
        publish_date=day(2024, 6, 19),
        updated_date=day(2024, 7, 2),
        authors=["Inès Lambert"],
        tags=["lancement", "croissance"],
        draft=False,
        description="Communauté, contenu et partenariats.",
        headings=["## Construire une communauté", "## Produire du contenu"],
        source_format="yaml",
        guesses=[],
    ),
    "_posts/2023-05-02-mon-titre.md": dict(
        title="Mon titre : écrire pour le web",
        publish_date=day(2023, 5, 2),
        authors=["Camille Roux"],
        tags=["redaction"],
        draft=True,
        headings=["## Des phrases courtes"],
        source_format="yaml",
        guesses=["date tirée du nom du fichier"],
        literal="{{ variable }}",  # inside {% raw %}: Jekyll shows it as written
    ),
    "obsidian-note.md": dict(
        title="L'IA au service du marketing",
        publish_date=day(2024, 2, 14),
        authors=[],
        tags=["ia", "marketing", "veille", "a-relire"],
        draft=False,
        headings=["## Cas d'usage"],
        source_format="yaml",
        guesses=["titre tiré du premier intertitre", NO_AUTHOR],
    ),
    "obsidian-hashtags.md": dict(
        title="Carnet de veille",
        tags=["ia", "marketing"],
        headings=[],
        source_format="yaml",
        guesses=[NO_DATE, NO_AUTHOR],
    ),
    "quarto-enquete.qmd": dict(
        title="Enquête sur les usages du numérique",
        publish_date=day(2024, 3, 12),
        authors=["Romain Petit"],
        tags=[],
        draft=False,
        headings=["## Contexte", "## Résultats"],
        source_format="yaml",
        guesses=[],
    ),
    "html-article.md": dict(
        title="Les bases du marketing de contenu",
        publish_date=day(2024, 3, 12),
        authors=["Élodie Fontaine"],
        headings=["## Pourquoi publier régulièrement", "## Les formats qui fonctionnent", "### Et la vidéo ?"],
        source_format="yaml",
        guesses=[],
    ),
    "setext-titres.md": dict(
        title="Le télétravail, deux ans après",
        headings=["## Ce qui a changé", "## Ce qui reste à faire"],
        source_format="none",
        guesses=["titre tiré du premier intertitre", NO_DATE, NO_AUTHOR],
    ),
    "utf16-bom.md": dict(
        title="Écrire une FAQ utile",
        publish_date=day(2024, 6, 3),
        authors=["Léa Caron"],
        headings=["## Partir des demandes réelles"],
        source_format="yaml",
        guesses=[],
        warnings=[],
    ),
}
# What must never reach the body: front-matter lines and fences, template and note markup.
LEAKS = re.compile(
    r"^(?:title|date|author|tags|slug|status|summary|category|pubdate|draft|layout)\s*[:=]"
    r"|^(?:\+\+\+|---|\.\.\.)\s*$|\{\{|\{%|%\}|\[\[|%%|\[!\w+\]|^\s*:::|</?(?:p|h\d|ul|li)>"
    r"|^\s*(?:import|export)\s",
    re.M | re.I,
)


def _outside_fences(body: str) -> str:
    return re.sub(r"^[ \t]*```.*?^[ \t]*```", "", body, flags=re.M | re.S)


@pytest.mark.parametrize("name", CASES)
def test_dialect(name):
    expected = dict(CASES[name])
    article = read(name)
    assert headings(article.body) == expected.pop("headings")
    assert article.metadata["source_format"] == expected.pop("source_format")
    literal = expected.pop("literal", "")
    for field, value in expected.items():
        assert getattr(article, field) == value, field
    assert not LEAKS.search(_outside_fences(article.body).replace(literal, ""))
    assert article.body.strip()
    json.dumps(article.metadata)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("pelican-donnees-clients.md", "Une segmentation ne vaut que ce que valent"),
        ("prose-avec-deux-points.md", "Attention: cet article ne contient aucune métadonnée"),
        ("multimarkdown-veille.txt", "Faire de la veille, c'est d'abord"),
        (
            "hugo-campagne.md",
            "![Tableau de bord d'envoi](/images/tableau-de-bord.png)\n\n*Le tableau de bord après le premier envoi*",
        ),
        ("hugo-campagne.md", "> **Bon à savoir**\n>\n> Un domaine neuf doit « chauffer »"),
        ("hugo-campagne.md", "Voir aussi [notre guide](guides/listes.md) sur"),
        ("astro-lancement.mdx", "**Commencer petit**\n\nCinquante personnes engagées"),
        ("eleventy-referencement.md", "![Carte](/img/carte.png)"),
        ("_posts/2023-05-02-mon-titre.md", "Voir [le guide](/guide-redaction/)."),
        ("_posts/2023-05-02-mon-titre.md", "![Exemple](/assets/exemple.png)"),
        ("_posts/2023-05-02-mon-titre.md", "```html\n<p>{{ page.title }}</p>\n```"),
        ("_posts/2023-05-02-mon-titre.md", "La syntaxe {{ variable }} est affichée telle quelle."),
        ("obsidian-note.md", "Cette note complète Stratégie de contenu et les personas."),
        ("obsidian-note.md", "> **À retenir**\n>\n> L'IA aide, elle ne décide pas."),
        ("obsidian-note.md", "> **Attention**\n>\n> Vérifier les sources citées."),
        ("obsidian-note.md", "- Rédaction assistée : voir ses limites\n- Segmentation automatique"),
        ("obsidian-note.md", "![](schema-ia.png)"),
        ("quarto-enquete.qmd", "> **Méthodologie**\n>\n> Échantillon représentatif"),
        ("html-article.md", "consiste à **attirer** plutôt qu'à *interrompre*."),
        ("html-article.md", "les lecteurs & les moteurs"),
        ("html-article.md", "- Les guides pratiques\n- Les études de cas, [comme celle-ci](https://example.org/cas)"),
        ("html-article.md", "> Une vidéo courte vaut mieux"),
        ("html-article.md", "\n\n<table><tr><th>Format</th>"),
    ],
)
def test_markup_is_dropped_and_the_text_kept(name, kept):
    assert kept in read(name).body


@pytest.mark.parametrize(
    ("name", "field", "value"),
    [
        ("pandoc-rapport.md", "lang", "fr-FR"),
        ("pandoc-rapport.md", "subtitle", "Rapport d'étude"),
        (
            "pandoc-rapport.md",
            "author_details",
            [{"name": "Hélène Garnier", "affiliation": "Université de Lyon"}, {"name": "Thomas Bernard"}],
        ),
        ("hugo-campagne.md", "params", {"toc": True}),
        ("zola-accessibilite.md", "extra", {"comments": True}),
        ("eleventy-referencement.md", "permalink", "/blog/referencement-local-2024/"),
        ("eleventy-referencement.md", "layout", "layouts/post.njk"),
        ("obsidian-note.md", "aliases", ["IA et marketing", "Note IA"]),
        ("obsidian-note.md", "wiki_links", ["Stratégie de contenu", "Personas", "Rédaction assistée"]),
        ("multimarkdown-veille.txt", "Base Header Level", "2"),
    ],
)
def test_unmapped_keys_stay_in_metadata(name, field, value):
    assert read(name).metadata[field] == value


@pytest.mark.parametrize(
    ("name", "warning"),
    [
        ("hugo-campagne.md", "template markup removed (text kept): notice, youtube"),
        ("eleventy-referencement.md", "eleventyExcludeFromCollections: imported as a draft"),
        ("pandoc-rapport.md", "the body uses # headings for its sections: each heading moved one level down"),
        ("html-article.md", "HTML body converted to markdown"),
        ("obsidian-note.md", "tag lines moved to the tags: #veille #a-relire"),
    ],
)
def test_notes_are_warnings(name, warning):
    assert warning in read(name).warnings


# --- encodings ------------------------------------------------------------------------

UTF16_TEXT = "---\ntitle: Grand boutiste\n---\nCorps accentué.\n"


@pytest.mark.parametrize(
    "raw",
    [
        "\ufeff".encode("utf-16-be") + UTF16_TEXT.encode("utf-16-be"),
        "\ufeff".encode("utf-16-le") + UTF16_TEXT.encode("utf-16-le"),
        "\ufeff".encode("utf-32-le") + UTF16_TEXT.encode("utf-32-le"),
    ],
)
def test_unicode_with_a_byte_order_mark_is_decoded(raw):
    article = read_document(raw, "x.md")
    assert (article.title, article.body, article.warnings) == ("Grand boutiste", "Corps accentué.\n", [])


WINDOWS_HINT = " : sans doute du Windows-1252, à réenregistrer en UTF-8"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (
            (DOCUMENTS / "windows-1252.txt").read_bytes(),
            "texte qui n'est pas en UTF-8 (octet 0xe9 à la position 9)" + WINDOWS_HINT,
        ),
        (
            "Title: Café\n\nCorps".encode("latin-1"),
            "texte qui n'est pas en UTF-8 (octet 0xe9 à la position 10)" + WINDOWS_HINT,
        ),
        # Mac Roman "é" is "Ž" in Windows-1252, and "½" is no French sign: no hint given.
        ("Title: Café\n\nCorps".encode("mac_roman"), "texte qui n'est pas en UTF-8 (octet 0x8e à la position 10)"),
        ("Title: Œuvre ½\n\nCorps".encode("cp1252"), "texte qui n'est pas en UTF-8 (octet 0x8c à la position 7)"),
        (b"\xff\xfeT\x00\x00\xd8", "texte UTF-16 LE invalide (position 2)"),
    ],
)
def test_other_encodings_are_refused_not_guessed(raw, reason):
    """Windows-1252, Latin-1, Latin-9 and Mac Roman share bytes: refuse rather than mangle accents."""
    with pytest.raises(DocumentError) as error:
        read_document(raw, "x.md")
    assert str(error.value) == reason


# --- edge cases -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "field", "expected", "warning"),
    [
        (
            "title:\tTabulée\ntags:\n\t- a\n\t- b",
            "tags",
            ["a", "b"],
            "front matter indented with tabs: read as two spaces each",
        ),
        (
            "title: Premier\ntitle: Second",
            "title",
            "Second",
            "key 'title' appears twice in the front matter: the last value is used",
        ),
        ("title: '**IA** et _marketing_ : `mode_emploi`'", "title", "IA et marketing : mode_emploi", None),
        ("title: L&rsquo;IA &amp; le marketing", "title", "L’IA & le marketing", None),
        ("title: T\ndescription: Caf&eacute; cr&egrave;me", "description", "Café crème", None),
        (
            "title: [Titre principal, Sous-titre]",
            "title",
            "Titre principal",
            "'title' is a list: its first item is the title (all kept in metadata)",
        ),
        (
            "title: T\ndate: bientôt",
            "publish_date",
            None,
            "unknown date format in 'date': 'bientôt' (kept in metadata)",
        ),
        ("title: T\ntags: #ia #marketing", "tags", ["ia", "marketing"], None),
        (
            "Title: Un titre: avec deux points\nAuthor: Jean Dupont",
            "title",
            "Un titre: avec deux points",
            "front matter is not valid YAML: read as Key: value lines",
        ),
    ],
)
def test_front_matter_edge_cases(source, field, expected, warning):
    article = read_document(f"---\n{source}\n---\nCorps.\n".encode(), "x.md")
    assert getattr(article, field) == expected
    assert article.body == "Corps.\n"
    if warning:
        assert warning in article.warnings


def test_empty_front_matter_leaves_the_title_to_the_body():
    article = read_document(b"---\n---\n# Titre du corps\n\nCorps.\n", "x.md")
    assert (article.title, article.body) == ("Titre du corps", "Corps.\n")
    assert article.metadata == {"source_format": "yaml"}


def test_garbage_date_is_kept_in_metadata():
    article = read_document("---\ntitle: T\ndate: bientôt\n---\nCorps.\n".encode(), "x.md")
    assert article.metadata["date"] == "bientôt"
    assert NO_DATE in article.guesses


def test_a_very_long_title_is_capped_with_a_warning():
    long_title = "Le marketing " + "vraiment " * 60 + "long"
    article = read_document(f"---\ntitle: {long_title}\n---\nCorps.\n".encode(), "x.md")
    assert len(article.title) <= 300 and article.title.endswith("vraiment…")
    assert article.metadata["full_title"] == long_title
    assert any("title longer than 300 characters" in warning for warning in article.warnings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 mars 2024", day(2024, 3, 12)),
        ("March 12, 2024", day(2024, 3, 12)),
        ("mardi 12 mars 2024", day(2024, 3, 12)),
        ("12/03/2024", day(2024, 3, 12)),  # day first, as written in French
        ("03/25/2024", day(2024, 3, 25)),  # month first only where day first is impossible
        ("12.03.2024", day(2024, 3, 12)),
        ("Jun 19 2024", day(2024, 6, 19)),
        ("2024-03-01 10:20", day(2024, 3, 1, 10, 20)),
    ],
)
def test_date_formats(text, expected):
    article = read_document(f"---\ntitle: T\ndate: '{text}'\n---\nCorps.\n".encode(), "x.md")
    assert article.publish_date == expected


@pytest.mark.parametrize(
    "text",
    [
        "Attention: une phrase ordinaire.\n\nLa suite.",
        "Date: demain, sans doute.\n\nLa suite.",
        "Title: un titre\nsuivi d'une phrase sans deux points.\n\nLa suite.",
    ],
)
def test_prose_starting_with_a_colon_is_not_a_header(text):
    article = read_document(text.encode(), "x.md")
    assert article.metadata["source_format"] == "none"
    assert article.body.startswith(text.split("\n")[0])


def test_setext_underline_after_a_paragraph_or_a_list_stays():
    body = read_document(b"# T\n\nUne ligne\nune autre\n---\n\n- item\n---\n", "x.md").body
    assert "## " not in body


@pytest.mark.parametrize(
    ("make", "count"),
    [
        (lambda n: b"{{< a " * n, 30_000),
        (lambda n: b"{% raw %}" * n + b"{% endraw %}", 30_000),
        (lambda n: b"{% endraw %}" + b"{% raw %}x\n" * n, 30_000),
        (lambda n: b"%% a " * n, 60_000),
        (lambda n: b"[[" * n, 60_000),
        (lambda n: b"<p>" * n + b"<h2>x", 40_000),
        (lambda n: b"<ul><li>" * n, 20_000),
        (lambda n: b"<ul><li>x\n" * n, 20_000),
        (lambda n: b"<blockquote><a href='x'>\n<p>a</p>\n" * n, 10_000),
        (lambda n: b"Title: x\n" * 60 + b"Date: y\n" * n, 60_000),
        (lambda n: b"a\n===\n" * n, 30_000),
    ],
)
def test_hostile_markup_stays_linear(make, count):
    assert_linear(lambda raw: read_document(raw, "hostile.md"), make, count)


def test_html_left_unclosed_keeps_its_text():
    body = read_document(b"<p>Un <a href='/x'>lien jamais ferm\xc3\xa9\n<h2>Suite</h2>\n<p>Fin.</p>", "x.md").body
    assert "lien jamais fermé" in body and "## Suite" in body and "Fin." in body
