"""Table-driven tests of the document reader on the real seed and corpus files.

Plain pytest, no Django: run with `pytest articles/tests/test_documents.py -p no:django`.
"""

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from articles.documents import (
    MAX_DOCUMENT_BYTES,
    DocumentError,
    read_document,
    slugify_title,
)
from articles.tests.conftest import SEED_DIR
from articles.tests.growth import assert_linear

NO_DATE, NO_AUTHOR = "pas de date dans la source", "pas d'auteur dans la source"


def read(path: Path):
    return read_document(path.read_bytes(), path.name)


def headings(body: str) -> list[str]:
    return [line for line in body.split("\n") if line.startswith("#")]


def day(y, m, d, h=0, mi=0, tz=UTC):
    return datetime(y, m, d, h, mi, tzinfo=tz)


# --- the five seeds -----------------------------------------------------------------

SEED_CASES = {
    "000_d45612c06cee5be5.txt": dict(
        title="Intelligence Artificielle et Transformation du Marketing",
        slug="intelligence-artificielle-et-transformation-du-marketing",
        publish_date=day(2024, 5, 15),
        updated_date=None,
        authors=["Gérald Paméole"],
        theme="marketing",
        skills=[
            "Marketing digital",
            "Intelligence artificielle",
            "Stratégie marketing",
            "Personnalisation client",
            "Analyse de données",
            "Innovation technologique",
        ],
        tags=[
            "intelligence artificielle",
            "marketing digital",
            "IA",
            "personnalisation client",
            "chatbots",
            "génération de contenu",
            "transformation digitale",
            "marketing automation",
        ],
        note=Decimal("4.7"),
        canonical_url="",
        links=[
            ("article", "Stratégies Marketing Digital 2025", "strategies-marketing-digital-2025"),
            ("article", "Email Marketing et Personnalisation", "email-marketing-personnalisation"),
            ("book", "Influence", "influence"),
        ],
        headings=[
            "## L'IA et la personnalisation client",
            "## L'optimisation des campagnes publicitaires",
            "## Les chatbots et assistants virtuels",
            "## La création de contenu assistée par IA",
            "## Les défis éthiques à considérer",
            "## Conclusion",
        ],
        guesses=[],  # everything came from the source: nothing for an editor to check
        warnings=["first heading differs from the title: kept in metadata body_title"],
    ),
    "001_d501d4071c7ff60a.txt": dict(
        title="L'intelligence artificielle générative et son impact sur le marketing",
        slug="l-intelligence-artificielle-generative-et-son-impact-sur-le-marketing",
        publish_date=day(2025, 3, 4),
        updated_date=day(2025, 8, 1),
        authors=["Antoine Blot"],
        theme="",
        skills=[],
        tags=[],
        note=None,
        canonical_url="https://www.antoine-blot.com/blogue/intelligence-artificielle-impact-marketing/",
        links=[("external", "automatiser les tâches marketing", "")],
        headings=[
            "## Applications de l'IA générative dans les stratégies marketing",
            "## Amélioration de l'expérience client grâce à l'IA générative",
            "### L'hyperpersonnalisation des interactions",
            "### Chatbots et assistants virtuels nouvelle génération",
            "## Défis et considérations éthiques",
        ],
        guesses=[],
        warnings=[
            "first heading repeated the title: removed from the body",
            "table of contents removed (the site builds its own)",
            "2 listes collées au paragraphe précédent : ligne vide ajoutée avant chacune",
        ],
    ),
    "002_19c061e3bad3081e.txt": dict(
        title="L’intelligence artificielle est sur toutes les lèvres",
        slug="l-intelligence-artificielle-est-sur-toutes-les-levres",
        publish_date=None,
        updated_date=None,
        authors=[],
        theme="",
        skills=[],
        tags=[],
        note=None,
        canonical_url="",
        links=[],
        headings=[
            "## L’IA comme catalyseur d’une révolution marketing",
            "## Automatisation et personnalisation à grande échelle",
            "## Analyse prédictive et anticipation des comportements",
            "## Création de contenu : l’IA peut-elle remplacer les rédacteurs ?",
            "## Une expérience client réinventée avec les chatbots",
            "## L’IA, un outil puissant mais complémentaire",
            "### Le facteur humain : irremplaçable",
            "## Les dangers d’une automatisation excessive",
            "## Des risques éthiques à ne pas sous-estimer",
            "## Quel avenir pour l’IA dans le marketing ?",
            "### Vers une alliance entre IA et marketing émotionnel",
            "## De nouvelles compétences marketing",
            "## Des régulations de plus en plus strictes",
            "## Conclusion",
        ],
        guesses=[
            "titre deviné d'après la première phrase",
            "2 <h3> dans un paragraphe changés en intertitres",
            "texte brut : chaque ligne lue comme un paragraphe",
            "12 intertitres retrouvés dans le texte brut",
            NO_DATE,
            NO_AUTHOR,
        ],
    ),
    "003_b211a2e96fc10f93.txt": dict(
        title="IA et Marketing",
        slug="ia-et-marketing",
        publish_date=None,
        updated_date=None,
        authors=[],
        theme="",
        skills=[],
        tags=[],
        note=None,
        canonical_url="",
        links=[],
        headings=[
            "## Problématiques et contexte",
            "### Problématiques",
            "### Définitions",
            "### Contexte",
            "### Quelques chiffres et statistiques",
            "## Enjeux et objectifs",
            "### Enjeux",
            "### Objectifs",
            "### Avantages de l'IA dans sa stratégie marketing",
            "## Benchmark",
            "## Préconisations",
            "## Conclusion",
        ],
        guesses=["titre tiré du premier intertitre", NO_DATE, NO_AUTHOR],
    ),
    "004_99bacfa6396d0a03.txt": dict(
        title="Démystifier l’IA Marketing",
        slug="demystifier-l-ia-marketing",
        publish_date=None,
        updated_date=None,
        authors=[],
        theme="",
        skills=[],
        tags=[],
        note=None,
        canonical_url="",
        links=[],
        headings=[
            "## L’IA Marketing : Mythe ou Réalité ?",
            "### Définition de l’IA marketing",
            "### Automatisation, Machine Learning et IA Générative : Quelles différences ?",
            "### Des applications déjà bien ancrées dans le marketing",
            "## Pourquoi les Directeurs Marketing doivent s’en préoccuper dès maintenant",
            "### Un levier puissant de performance et de rentabilité",
            "### Un impact direct sur la relation client et l’expérience utilisateur",
            "### L’évolution du rôle du CMO : du créatif au chef d’orchestre data-driven",
            "## Freins et Craintes : Pourquoi tant de réticences ?",
            "### La peur de la complexité et du manque de compétences internes",
            "### Les risques de dépendance aux plateformes technologiques (GAFA, solutions SaaS)",
            "### Les craintes liées aux données et à la réglementation (RGPD, éthique, biais algorithmiques)",
        ],
        guesses=[
            "titre deviné d'après la première ligne courte",
            "texte brut : chaque ligne lue comme un paragraphe",
            "12 intertitres retrouvés dans le texte brut",
            "3 éléments de liste isolés lus comme sections",
            NO_DATE,
            NO_AUTHOR,
        ],
    ),
}


@pytest.mark.parametrize("name", SEED_CASES)
def test_seed(name):
    expected = dict(SEED_CASES[name])
    article = read(SEED_DIR / name)
    assert headings(article.body) == expected.pop("headings")
    assert [(link.kind, link.title, link.target_slug) for link in article.links] == expected.pop("links")
    for field, value in expected.items():
        assert getattr(article, field) == value, field
    assert "---" not in article.body.split("\n")[:3]
    assert "@context" not in article.body and "schema.org" not in article.body
    assert not re.search(r"^(title|author|date|sidebar_position):", article.body, re.M)
    json.dumps(article.metadata)


def test_seed_000_keeps_unmapped_keys_and_the_body_title():
    article = read(SEED_DIR / "000_d45612c06cee5be5.txt")
    assert article.image == "/assets/articles/ia-marketing.jpg"
    assert article.metadata == {
        "type": "article",
        "body_title": "Comment l'Intelligence Artificielle Transforme le Marketing Digital",
        "source_format": "yaml",
    }


def test_seed_001_moves_json_ld_to_metadata_and_drops_the_table_of_contents():
    article = read(SEED_DIR / "001_d501d4071c7ff60a.txt")
    [block] = article.metadata["json_ld"]
    assert block["@type"] == "BlogPosting"
    assert article.metadata["robots"] == "index, follow"
    assert "Sommaire" not in article.body and "](#" not in article.body
    assert not article.body.rstrip().endswith("```")


def test_plain_text_seed_gets_one_paragraph_per_line_and_keeps_lists():
    body = read(SEED_DIR / "004_99bacfa6396d0a03.txt").body
    assert "Démystifier" not in body.split("\n")[0]
    assert "\n\nL’objectif de cet article" in body
    assert "- L’automatisation : Il s’agit" in body
    assert "\n- Le Machine Learning" in body  # list items stay together
    h3_split = read(SEED_DIR / "002_19c061e3bad3081e.txt").body
    assert "pas une solution miracle.\n\n### Le facteur humain : irremplaçable\n\nLe marketing" in h3_split


# --- the corpus -----------------------------------------------------------------------

CORPUS_CASES = [
    # file, title, publish date, authors, draft, tags
    (
        "01_cds-snc_cote-humain-citoyennete.md",
        "Le côté humain de la citoyenneté",
        day(2018, 10, 23, 9, tz=timezone(timedelta(hours=-4))),
        ["Kylie Havelock"],
        False,
        [],
    ),
    (
        "02_cds-snc_approche-partenariats.md",
        "Modification de notre approche aux partenariats",
        day(2022, 10, 6, 12),
        ["Wendy Luciani"],
        False,
        [],
    ),
    (
        "12_jamstatic_startups-jamstack.md",
        "Les startups de l’écosystème Jamstack",
        day(2018, 5, 31, 20, 21, tz=timezone(timedelta(hours=2))) + timedelta(seconds=8),
        ["frank"],
        False,
        ["Jamstack"],
    ),
    ("13_brave_ads-intro-fr.md", "Introduction à Brave Ads", None, [], False, []),
    ("14_publicodes_outillage-tools-index.mdx", "Outillage des modèles", None, [], False, []),
    (
        "15_publicodes_publicodes-et-ia.md",
        "Publicodes et IA : générer vite, auditer bien",
        day(2026, 5, 13),
        ["Johan Girod"],
        True,
        ["modelisation"],
    ),
    (
        "16_publicodes_state-of-publicodes-2024.md",
        "State of Publicodes 2024",
        day(2024, 11, 7),
        ["Johan Girod"],
        False,
        ["communauté"],
    ),
    (
        "19_incubateur-ademe_guide-numerique.mdx",
        "Comment réduire l’empreinte carbone du numérique ?",
        None,
        [],
        False,
        [],
    ),
    (
        "20_18f_year-two-by-the-numbers.md",
        "18F year two: By the numbers",
        day(2016, 3, 18, 13, 50),
        ["boone"],
        False,
        ["second anniversary"],
    ),
    (
        "21_taniarascia_2019-into-2020.md",
        "2019 into 2020",
        day(2019, 12, 23),
        [],
        False,
        ["life", "new-year", "Personal"],
    ),
    (
        "22_cavo789_claude-code-tokens.md",
        "Claude Code - Optimizing Token Usage",
        day(2026, 6, 1),
        ["christophe"],
        False,
        ["ai"],
    ),
]
LEFTOVER_CODE = re.compile(
    r"^\s*(?:import\s.+from\s|export\s|</?script|</?style|</?[A-Z][\w.]*[\s/>]|:::|\{[#/:])", re.M
)


@pytest.mark.parametrize(("name", "title", "published", "authors", "draft", "tags"), CORPUS_CASES)
def test_corpus(name, title, published, authors, draft, tags, corpus_dir):
    article = read(corpus_dir / name)
    assert (article.title, article.publish_date, article.authors) == (title, published, authors)
    assert (article.draft, article.tags) == (draft, tags)
    assert article.publish_date is None or article.publish_date.tzinfo is not None
    assert not LEFTOVER_CODE.search(_outside_fences(article.body))
    assert not article.body.startswith("# ")
    json.dumps(article.metadata)


def _outside_fences(body: str) -> str:
    return re.sub(r"^[ \t]*```.*?^[ \t]*```", "", body, flags=re.M | re.S)


@pytest.mark.parametrize(
    ("name", "field", "value"),
    [
        ("01_cds-snc_cote-humain-citoyennete.md", "author_role", "Gestionnaire de produits principale"),
        ("02_cds-snc_approche-partenariats.md", "translationKey", "blog-pivoting-partnerships"),
        (
            "12_jamstatic_startups-jamstack.md",
            "source",
            {
                "author": "CRV",
                "title": "The Jamstack Startup Landscape",
                "url": "https://medium.com/@CRVVC/the-jamstack-startup-landscape-c06cc3cdb917",
            },
        ),
        ("13_brave_ads-intro-fr.md", "slug", "/"),
        ("15_publicodes_publicodes-et-ia.md", "featured", True),
        ("22_cavo789_claude-code-tokens.md", "ai_assisted", True),
        ("19_incubateur-ademe_guide-numerique.mdx", "source_format", "none"),
    ],
)
def test_corpus_keeps_unmapped_keys_in_metadata(name, field, value, corpus_dir):
    assert read(corpus_dir / name).metadata[field] == value


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("02_cds-snc_approche-partenariats.md", ("Un réseau interconnecté", "image")),
        ("13_brave_ads-intro-fr.md", ("introduction-a-brave-ads", "slug")),
        ("21_taniarascia_2019-into-2020.md", ("2019-into-2020", "slug")),
        ("22_cavo789_claude-code-tokens.md", ("claude-ia-spare-tokens", "slug")),
    ],
)
def test_corpus_fields(name, expected, corpus_dir):
    article = read(corpus_dir / name)
    text, field = expected
    value = article.image_alt if field == "image" else getattr(article, field)
    assert value.startswith(text)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("12_jamstatic_startups-jamstack.md", "Devant la tendance croissante"),
        ("14_publicodes_outillage-tools-index.mdx", "> **Attention**\n>\n> Le projet est en cours"),
        ("14_publicodes_outillage-tools-index.mdx", "**Yarn**\n\n```bash\nyarn add -D @publicodes/tools"),
        ("15_publicodes_publicodes-et-ia.md", "En moins d'une minute"),
        ("22_cavo789_claude-code-tokens.md", "Tokens are the currency of AI conversations"),
        ("22_cavo789_claude-code-tokens.md", "- **Claude Haiku** — Lowest token cost."),
        ("22_cavo789_claude-code-tokens.md", "targeted [`grep`](/blog/ripgrep)/"),
    ],
)
def test_components_and_containers_keep_their_text(name, kept, corpus_dir):
    assert kept in read(corpus_dir / name).body


def test_computed_image_is_dropped_with_a_warning(corpus_dir):
    article = read(corpus_dir / "15_publicodes_publicodes-et-ia.md")
    assert "generatedSimulatorPng" not in article.body
    assert any("Capture d'écran" in warning for warning in article.warnings)


# --- untrusted input ------------------------------------------------------------------

BILLION_LAUGHS = b"""---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
title: Lol
---
Body
"""
FEW_ALIASES_BOMB = (
    b"---\n"
    + b"".join(b"l%d: &l%d [*l%d, *l%d]\n" % (n, n, n - 1, n - 1) for n in range(1, 20)).replace(b"*l0, *l0", b"1, 2")
    + b"---\nBody\n"
)


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "fichier vide"),
        (b" \n\t\r\n  ", "fichier vide"),
        (b"\xef\xbb\xbf\r\n", "fichier vide"),
        (
            "---\ntitle: Caf\xe9\n---\nDéjà vu".encode("latin-1"),
            "texte qui n'est pas en UTF-8 (octet 0xe9 à la position 14)",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "fichier binaire (octet NUL à la position 8)"),
        (b"a" * (MAX_DOCUMENT_BYTES + 1), "fichier de 2.0 Mo, au-delà de la limite de 2 Mo"),
        (b"---\ntitle: [unclosed\n---\nBody", "en-tête YAML invalide : ligne 3"),
        (b"---\n- one\n- two\n---\nBody", "l'en-tête YAML n'est pas une table de clés (list)"),
        (b"---\ntitle: x\nauthor: y\nBody without end", "en-tête ouvert par --- et jamais fermé"),
        (BILLION_LAUGHS, "en-tête YAML avec plus de 40 alias (bombe d'alias ?)"),
        (FEW_ALIASES_BOMB, "l'en-tête se développe en trop de données"),
        (b"+++\ntitle = \n+++\nBody", "en-tête TOML invalide"),
        (b'{"title": "x",\n}\nBody', "en-tête JSON invalide"),
    ],
)
def test_bad_input_is_refused_with_a_reason(raw, reason):
    with pytest.raises(DocumentError) as error:
        read_document(raw, "bad.md")
    assert reason in str(error.value)
    assert "\n" not in str(error.value)


def test_python_tags_are_refused_not_executed(tmp_path):
    marker = tmp_path / "pwned"
    raw = (f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nBody\n").encode()
    with pytest.raises(DocumentError, match="en-tête YAML invalide"):
        read_document(raw, "evil.md")
    assert not marker.exists()


def test_bom_and_crlf_read_like_plain_utf8():
    plain = (SEED_DIR / "000_d45612c06cee5be5.txt").read_bytes()
    windows = b"\xef\xbb\xbf" + plain.replace(b"\n", b"\r\n")
    old_mac = plain.replace(b"\n", b"\r")
    reference = read_document(plain, "a.md")
    assert read_document(windows, "a.md") == reference
    assert read_document(old_mac, "a.md") == reference


# --- front-matter dialects --------------------------------------------------------------

TOML = """+++
title = "Un article en TOML"
date = 2023-04-05T10:30:00+02:00
lastmod = 2023-05-01
draft = true
tags = ["hugo", "toml"]
authors = ["Ada Lovelace", "Alan Turing"]
[params]
series = "Dialectes"
+++

Le corps.
"""
JSON_FRONT = """{
  "title": "Un article en JSON",
  "date": "2021-01-02",
  "categories": ["json"],
  "author": {"name": "Grace Hopper", "url": "https://example.org"}
}

Le corps.
"""


def test_toml_front_matter():
    article = read_document(TOML.encode(), "toml.md")
    assert article.title == "Un article en TOML"
    assert article.publish_date == day(2023, 4, 5, 10, 30, tz=timezone(timedelta(hours=2)))
    assert article.updated_date == day(2023, 5, 1)
    assert (article.draft, article.tags) == (True, ["hugo", "toml"])
    assert article.authors == ["Ada Lovelace", "Alan Turing"]
    assert article.metadata == {"params": {"series": "Dialectes"}, "source_format": "toml"}
    assert article.body == "Le corps.\n"


def test_json_front_matter():
    article = read_document(JSON_FRONT.encode(), "json.md")
    assert (article.title, article.publish_date) == ("Un article en JSON", day(2021, 1, 2))
    assert (article.authors, article.tags) == (["Grace Hopper"], ["json"])
    assert article.metadata["author_details"] == [{"name": "Grace Hopper", "url": "https://example.org"}]
    assert article.metadata["source_format"] == "json"
    assert article.body == "Le corps.\n"


@pytest.mark.parametrize(
    ("front_matter", "field", "expected"),
    [
        ("pubDate: 2020-02-03", "publish_date", day(2020, 2, 3)),
        ("published: 2020-02-03T08:00:00Z", "publish_date", day(2020, 2, 3, 8)),
        ("created: '15 mai 2024'", "publish_date", day(2024, 5, 15)),
        ("date: 2016-03-18 13:50", "publish_date", day(2016, 3, 18, 13, 50)),
        (
            "last_modified_at: 2018-10-23 09:00:00 -0400",
            "updated_date",
            day(2018, 10, 23, 9, tz=timezone(timedelta(hours=-4))),
        ),
        ("modified: 2022-10-06T12:00:00.000Z", "updated_date", day(2022, 10, 6, 12)),
        ("summary: Court résumé", "description", "Court résumé"),
        ("keywords: [a, b]\ntags: b, c\ncategories: D", "tags", ["a", "b", "c", "D"]),
        ("category: Marketing", "theme", "Marketing"),
        ("featured_image: {src: /img/x.png, alt: Un x}", "image", "/img/x.png"),
        ("cover: /img/y.png\nimage_alt: Un y", "image_alt", "Un y"),
        ("rating: '4,5'", "note", Decimal("4.5")),
        ("canonicalURL: https://example.org/a", "canonical_url", "https://example.org/a"),
        ("published: false", "draft", True),
        ("status: draft", "draft", True),
        ("authors: [ann, bob]", "authors", ["ann", "bob"]),
        ("author: Alice Martin & Bob Durand", "authors", ["Alice Martin", "Bob Durand"]),
        ("author: Jean Dupont, CEO", "authors", ["Jean Dupont"]),
        ("slug: Mon Article", "slug", "mon-article"),
        ("slug: /blog/x", "slug", "titre"),
    ],
)
def test_key_dialects(front_matter, field, expected):
    article = read_document(f"---\ntitle: Titre\n{front_matter}\n---\nCorps.\n".encode(), "x.md")
    assert getattr(article, field) == expected


def test_related_links_of_every_shape():
    raw = b"""---
title: Liens
related_articles:
  - url: /articles/foo/
    anchor: Foo
  - url: https://example.org/articles/bar
    anchor: Bar
relatedContent:
  - {title: Livre, url: /books/le-livre}
  - {title: Autre livre, url: https://editeur.fr/x, type: book}
related: [un-slug, articles/baz]
---
Corps.
"""
    links = read_document(raw, "x.md").links
    assert [(link.kind, link.title, link.url, link.target_slug) for link in links] == [
        ("article", "Foo", "/articles/foo/", "foo"),
        ("external", "Bar", "https://example.org/articles/bar", ""),
        ("book", "Livre", "/books/le-livre", "le-livre"),
        ("book", "Autre livre", "https://editeur.fr/x", ""),
        ("article", "", "un-slug", "un-slug"),
        ("article", "", "articles/baz", "baz"),
    ]


def test_unknown_date_is_kept_with_a_warning():
    article = read_document(b"---\ntitle: T\ndate: bient\xc3\xb4t\n---\nCorps.\n", "x.md")
    assert article.publish_date is None
    assert article.metadata["date"] == "bientôt"
    assert "pas de date dans la source" in article.guesses
    assert any("unknown date format" in warning for warning in article.warnings)


def test_jekyll_file_name_gives_the_date():
    article = read_document(b"---\ntitle: T\n---\nCorps.\n", "_posts/2018-10-23-slug.md")
    assert article.publish_date == day(2018, 10, 23)
    assert "date tirée du nom du fichier" in article.guesses


def test_json_ld_fills_missing_fields_and_script_blocks_are_read():
    raw = b"""---
sidebar_position: 3
---
Du texte.

<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Article", "headline": "Depuis JSON-LD",
 "author": [{"@type": "Person", "name": "Marie Curie"}], "datePublished": "2020-05-06"}
</script>
"""
    article = read_document(raw, "x.md")
    assert (article.title, article.authors) == ("Depuis JSON-LD", ["Marie Curie"])
    assert article.publish_date == day(2020, 5, 6)
    assert article.body == "Du texte.\n"
    assert article.metadata["json_ld"][0]["@type"] == "Article"


@pytest.mark.parametrize(
    ("raw", "title", "guess"),
    [
        (
            "Un titre court\n\nUn paragraphe assez long pour ne pas être un titre.",
            "Un titre court",
            "titre deviné d'après la première ligne courte",
        ),
        ("## Une section\n\nTexte.", "Une section", "titre tiré du premier intertitre"),
        ("Rien qu'une phrase. Puis une autre.", "Rien qu'une phrase", "titre deviné d'après la première phrase"),
        ("---\nfoo: 1\n---\n", "Mon fichier", "titre tiré du nom du fichier"),
    ],
)
def test_title_fallbacks(raw, title, guess):
    article = read_document(raw.encode(), "2020-01-01-mon-fichier.md")
    assert article.title == title
    assert guess in article.guesses


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("L'IA générative", "l-ia-generative"),
        ("L’intelligence artificielle, cœur du sujet", "l-intelligence-artificielle-coeur-du-sujet"),
        ("  --Déjà  vu!! ", "deja-vu"),
        ("2019 into 2020", "2019-into-2020"),
        ("日本語", ""),
    ],
)
def test_slugify_title(text, slug):
    assert slugify_title(text) == slug


@pytest.mark.parametrize(
    ("make", "count"),
    [
        (lambda n: b"</script>" + b"<script>x" * n, 30_000),
        (lambda n: b"<h1>" * n + b"</h2>", 60_000),
        (lambda n: b"a ` " * n, 60_000),
        (lambda n: b'<Link to="x">' * n, 20_000),
        (lambda n: b"<Foo a={" * n, 30_000),
        (lambda n: b"export const a = {\n" * n, 15_000),
        (lambda n: b":::tip\n" * n, 30_000),
        (lambda n: b"```\n" * n, 60_000),
        (lambda n: b"- item\n" * n, 30_000),
    ],
)
def test_hostile_markup_stays_linear(make, count):
    assert_linear(lambda raw: read_document(raw, "hostile.md"), make, count)


def test_front_matter_only_gives_an_empty_body():
    article = read_document(b"---\ntitle: Seul\n---\n", "x.md")
    assert (article.title, article.body) == ("Seul", "")
