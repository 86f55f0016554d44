"""The one markdown renderer: sanitised HTML, heading anchors and a table of contents."""

import pytest

from articles import rendering
from articles.rendering import render_markdown

HOSTILE = [
    ("<script>alert(1)</script>", "<script"),
    ('<img src="x.png" onerror="alert(1)">', "onerror"),
    ("[clic](javascript:alert(1))", "javascript:"),
    ('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "data:"),
    ('<iframe src="https://evil.example"></iframe>', "<iframe"),
    ('<p style="color:red">rouge</p>', "style="),
    ("<style>body{display:none}</style>", "<style"),
    ('<svg onload="alert(1)"></svg>', "<svg"),
    ('<form action="/x"><input name="p"></form>', "<form"),
]


@pytest.mark.parametrize(("markdown", "forbidden"), HOSTILE)
def test_hostile_markup_is_removed(markdown, forbidden):
    assert forbidden not in render_markdown(markdown).html


ALLOWED = [
    ("## Titre", '<h2 id="titre">'),
    ("**gras** et *italique*", "<strong>gras</strong>"),
    ("[lien](https://example.org)", 'href="https://example.org"'),
    ("[ancre](#titre)", 'href="#titre"'),
    ("![Alt](/media/a.png)", 'alt="Alt"'),
    ("| a | b |\n|---|---|\n| 1 | 2 |", "<table>"),
    ("```python\nprint(1)\n```", "<code"),
    ("- un\n- deux", "<li>un</li>"),
    ("Texte[^1]\n\n[^1]: Note.", 'class="footnote-ref"'),
]


@pytest.mark.parametrize(("markdown", "expected"), ALLOWED)
def test_editorial_markup_is_kept(markdown, expected):
    assert expected in render_markdown(markdown).html


def test_headings_get_anchors_and_a_table_of_contents():
    rendered = render_markdown("## L'IA générative\n\nTexte.\n\n### Défis éthiques\n\nSuite.")
    assert rendered.toc == [
        {"level": 2, "id": "l-ia-generative", "name": "L'IA générative"},
        {"level": 3, "id": "defis-ethiques", "name": "Défis éthiques"},
    ]
    assert 'href="#l-ia-generative"' in rendered.html


def test_reading_time_counts_words():
    assert render_markdown("mot " * 10).reading_time == 1
    assert render_markdown("mot " * 2200).reading_time == 10


def test_nothing_carries_over_from_one_body_to_the_next():
    """The converter is reused between bodies: footnotes, headings and ids must not leak."""
    render_markdown("## Titre\n\nTexte[^1]\n\n[^1]: Une note.")
    following = render_markdown("## Titre\n\nSans note.")
    assert "footnote" not in following.html
    assert following.toc == [{"level": 2, "id": "titre", "name": "Titre"}]


# Each inline and block construct of Python-Markdown, alone, mixed and in text without markup.
MARKUP = [
    "Une phrase sans aucune mise en forme, avec des chiffres : 12 % et 3,5 millions.",
    "un `code` et ``a`b`` ici",
    "\\*pas d'italique\\* et \\\\ une barre",
    "Texte[^1] et [^2]\n\n[^1]: Une note.\n\n[^2]: Une autre *note*.",
    "[lien](https://example.org) et [ref][1] et [court]\n\n[1]: https://example.org/1\n[court]: /c",
    "![image](/media/a.png) et ![ref][i] et ![i]\n\n[i]: /media/i.png",
    "<https://example.org> et <redaction@example.org>",
    "première ligne  \nseconde ligne",
    "<b>gras</b>, <span>ici</span> et <!-- un commentaire -->",
    "&eacute; &amp; &#169; &#xA9; et 1 & 2",
    "L'&eacute;t&eacute; &amp; l'hiver",
    "**gras**, *italique*, __gras__, _italique_ et snake_case",
    "4 * 3 * 2 et a**b**c",
    "*[PME]: Petites et moyennes entreprises\n\nLes PME *investissent*.",
    "*[PME]: Petites et moyennes entreprises\n\nLes PME investissent.",  # an abbreviation and nothing else
    "- **Point** : une [suite](https://example.org)\n- `code` & <b>gras</b>",
    "| *a* | `b` |\n|---|---|\n| [c](/c) | &amp; |",
    "Un paragraphe {: #ancre }\n",
    "## Titre #\n\nTexte # pas un titre\n# Titre collé\nsuite",
    "Titre souligné\n==============\n\nSous-titre\n----------\n\nTexte\n- pas une liste",
    "Avant\n\n---\n\n* * *\n\n___\n\nAprès - ceci _ et * cela",
    "> Une citation\n> sur deux lignes\n\nUn 3 > 2 dans le texte",
    "Terme\n:   Sa définition\n\nRatio 3:1 et heure 10:30",
    "Texte\n[^n]: Une note collée\n\n[r]: https://example.org\nSuite [r]",
    "    du code indenté\n\n```\n# pas un titre\n> pas une citation\n```",
    "1. un\n2. deux\n\n- a\n    - b",
    '<div markdown="1">\n*dans* un bloc\n</div>',
    "Du texte & des entités &amp; &#169; &nbsp; sans balise\n\n~~~\ncode\n~~~",
    "<p>Un bloc HTML</p>\n\nPuis du texte & une entité &eacute;",
]


@pytest.mark.parametrize("markdown_text", MARKUP)
def test_markup_is_rendered_as_python_markdown_renders_it(markdown_text):
    """The converter tries its patterns and block processors only on the texts that can match
    them: the HTML is the library's own."""
    assert rendering._converter().convert(markdown_text) == rendering.markdown_converter(skipping=False).convert(
        markdown_text
    )
