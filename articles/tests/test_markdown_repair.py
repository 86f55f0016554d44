"""Markdown as editors write it: a list right under a paragraph line is a list."""

import pytest

from articles.documents import read_document
from articles.documents.blocks import separate_lists
from articles.rendering import render_markdown

SEPARATED = [
    ("Du travail ?\n- Création\n- Autre", "Du travail ?\n\n- Création\n- Autre", 1),
    ("Texte\n1. un\n2. deux", "Texte\n\n1. un\n2. deux", 1),
    (
        "Deux lignes\nde texte\n* un\n  suite\nsuite paresseuse\n* deux",
        "Deux lignes\nde texte\n\n* un\n  suite\nsuite paresseuse\n* deux",
        1,
    ),
    ("> Texte cité\n> - un\n> - deux", "> Texte cité\n>\n> - un\n> - deux", 1),
    ("A\n- un\n\nB\n+ deux", "A\n\n- un\n\nB\n\n+ deux", 2),
    # Nothing to repair.
    ("Texte\n\n- un\n- deux", None, 0),
    ("- un\nsuite paresseuse\n- deux", None, 0),
    ("## Titre\n- un", None, 0),
    ("Texte\n---", None, 0),
    ("Texte\n-pas une liste", None, 0),
    ("Texte\n*emphase* en début de ligne", None, 0),
    ("Avant\n```\ncode\n- pas une liste\n```", None, 0),
    ("    code indenté\n- x", None, 0),
]


@pytest.mark.parametrize(("text", "expected", "count"), SEPARATED)
def test_lists_are_separated_from_the_paragraph_above(text, expected, count):
    repaired, separated = separate_lists(text)
    assert repaired == (expected or text)
    assert separated == count


RENDERED = [
    ("… du travail ?\n- Création de contenu\n- Analyse", "<ul>\n<li>Création de contenu</li>"),
    ("Étapes :\n1. Mesurer\n2. Décider", "<ol>\n<li>Mesurer</li>"),
    ("Un paragraphe\n## Un intertitre", '<h2 id="un-intertitre">'),
    ("Un paragraphe\n> Une citation", "<blockquote>\n<p>Une citation</p>"),
]


@pytest.mark.parametrize(("markdown", "expected"), RENDERED)
def test_blocks_right_after_a_paragraph_line_render_as_blocks(markdown, expected):
    assert expected in render_markdown(markdown).html


def test_code_keeps_its_lines():
    html = render_markdown("Avant\n```\nligne\n- pas une liste\n```").html
    assert "<li>" not in html and "ligne\n- pas une liste" in html


def test_the_importer_repairs_a_seed_and_says_so(seed_dir):
    path = seed_dir / "001_d501d4071c7ff60a.txt"
    article = read_document(path.read_bytes(), path.name)
    assert "2 listes collées au paragraphe précédent : ligne vide ajoutée avant chacune" in article.warnings
    assert "du travail ?\n\n- Création de contenu" in article.body
    html = render_markdown(article.body).html
    assert "<li>Création de contenu personnalisé" in html
