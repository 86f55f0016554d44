"""French typography: table-driven, on sentences of the seed articles and the traps around them."""

import html
import re
from html.parser import HTMLParser

import feedparser
import pytest
from django.urls import reverse

from articles.typography import NBSP, NNBSP, french_html, french_text, tolerant_pattern

TEXT = [
    # Sentences of the seeds, as their authors wrote them.
    (
        "Grâce à l'intelligence artificielle, les marques peuvent désormais :",
        f"Grâce à l’intelligence artificielle, les marques peuvent désormais{NBSP}:",
    ),
    ("**Ciblage prédictif** : Identification", f"**Ciblage prédictif**{NBSP}: Identification"),
    ("L'intelligence artificielle générative", "L’intelligence artificielle générative"),
    ("Comment l'IA transforme-t-elle le travail ?", f"Comment l’IA transforme-t-elle le travail{NNBSP}?"),
    ("Pourquoi?", f"Pourquoi{NNBSP}?"),
    ("Attention ! Vraiment!!", f"Attention{NNBSP}! Vraiment{NNBSP}!!"),
    ("d'abord ; ensuite", f"d’abord{NNBSP}; ensuite"),
    ("« Le client » dit", f"«{NNBSP}Le client{NNBSP}» dit"),
    ("«Le client»", f"«{NNBSP}Le client{NNBSP}»"),
    ('il dit "bonjour" puis "au revoir".', f"il dit «{NNBSP}bonjour{NNBSP}» puis «{NNBSP}au revoir{NNBSP}»."),
    ('"Début" de phrase', f"«{NNBSP}Début{NNBSP}» de phrase"),
    ("Et ensuite...", "Et ensuite…"),
    ("Quatre points....", "Quatre points...."),
    ("12 % des clients", f"12{NBSP}% des clients"),
    ("12% des clients", f"12{NBSP}% des clients"),
    ("10 000 articles", f"10{NBSP}000 articles"),
    ("1 250 000 euros", f"1{NBSP}250{NBSP}000{NBSP}euros"),
    ("en 2023 200 personnes", "en 2023 200 personnes"),
    ("50 € par mois", f"50{NBSP}€ par mois"),
    ("3 millions de visiteurs en 5 ans", f"3{NBSP}millions de visiteurs en 5{NBSP}ans"),
    ("3 mois", f"3{NBSP}mois"),
    ("3 maisons", "3 maisons"),
    # What must not change.
    ("à 10:30 précises", "à 10:30 précises"),
    ("le ratio 3:1", "le ratio 3:1"),
    ("voir https://example.org/a?b=1&c=2 : la page", f"voir https://example.org/a?b=1&c=2{NBSP}: la page"),
    ("écrire à contact@example.org !", f"écrire à contact@example.org{NNBSP}!"),
    ("www.example.org/chemin?x", "www.example.org/chemin?x"),
    ("déjà bien\u00a0: rien", f"déjà bien{NBSP}: rien"),
    (f"déjà fin{NNBSP}?", f"déjà fin{NNBSP}?"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), TEXT)
def test_french_text(text, expected):
    assert french_text(text) == expected


def test_french_text_is_idempotent():
    for text, expected in TEXT:
        assert french_text(expected) == expected, text


HTML = [
    ("<p>Pourquoi ?</p>", f"<p>Pourquoi{NNBSP}?</p>"),
    ("<p>Le <strong>marketing</strong>!</p>", f"<p>Le <strong>marketing</strong>{NNBSP}!</p>"),
    ('<p>"<em>Citation</em>"</p>', f"<p>«{NNBSP}<em>Citation</em>{NNBSP}»</p>"),
    ("<p><code>a ? b : c</code> puis ?</p>", f"<p><code>a ? b : c</code> puis{NNBSP}?</p>"),
    ("<pre><code>x = \"l'IA\"...\n</code></pre><p>l'IA</p>", '<pre><code>x = "l\'IA"...\n</code></pre><p>l’IA</p>'),
    ('<p><a href="https://a.org/?q=1" title="l\'IA ?">https://a.org/?q=1</a></p>', None),
    ("<p>A &amp; B ; C &lt;D&gt;</p>", f"<p>A &amp; B{NNBSP}; C &lt;D&gt;</p>"),
    ('<h2 id="l-ia">L\'IA ?</h2>', f'<h2 id="l-ia">L’IA{NNBSP}?</h2>'),
    ("<li>un</li><li>: deux</li>", "<li>un</li><li>: deux</li>"),
]


@pytest.mark.parametrize(("markup", "expected"), HTML)
def test_french_html_only_touches_text(markup, expected):
    assert french_html(markup) == (markup if expected is None else expected)


@pytest.mark.parametrize(
    ("figure", "body_text"),
    [
        ("12 %", f"12{NBSP}%"),
        ("12%", f"12{NBSP}%"),
        ("10 000 euros", f"10{NBSP}000{NBSP}euros"),
        ("l'IA", "l’IA"),
        ("l'IA", "l'IA"),
        ("un client sur trois", "un client sur trois"),
        ("3 millions", "3 millions"),
    ],
)
def test_a_figure_is_found_in_a_typeset_body_or_not(figure, body_text):
    assert re.search(tolerant_pattern(figure), f"Ainsi, {body_text} seulement.")


def test_typography_of_every_seed_keeps_its_words(seed_bodies):
    """On real articles: only spaces, apostrophes, quotes and dots change, nothing else."""
    from articles.rendering import render_markdown

    for body in seed_bodies:
        rendered = render_markdown(body).html
        plain = re.sub(r"<[^>]+>", "", rendered)
        assert re.search(r"[\w»)] [;:!?»]", plain) is None, re.search(r".{30}[\w»)] [;:!?»].{10}", plain)
        assert "..." not in re.sub(r"<pre>.*?</pre>|<code>.*?</code>", "", rendered, flags=re.DOTALL)


@pytest.fixture
def seed_bodies():
    from pathlib import Path

    from articles.documents import read_document

    seeds = sorted(Path(__file__).resolve().parents[2].joinpath("fixtures", "seeds").iterdir())
    return [read_document(path.read_bytes(), path.name).body for path in seeds if path.is_file()]


@pytest.mark.django_db
def test_article_pages_still_highlight_every_seed_figure(imported_seeds, client):
    """The body is typeset, the figures' texts are not: each figure is still marked in its page."""
    from articles.models import Article

    marked = 0
    for article in Article.objects.published().prefetch_related("statistics"):
        page = client.get(article.get_absolute_url()).content.decode()
        figures = [s for s in article.statistics.all() if s.status != s.Status.REJECTED]
        missing = [s.text for s in figures if f'id="chiffre-{s.pk}"' not in page]
        assert not missing, (article.slug, missing)
        assert re.search(r"\d%", re.sub(r"<[^>]+>", "", article.body_html)) is None
        marked += len(figures)
    assert marked >= 10


@pytest.mark.django_db
def test_titles_and_interface_strings_are_typeset_where_shown(client):
    """'L'IA' and 'l’IA' never sit side by side: every page shows a title in one typography."""
    from articles.models import Article

    article = Article.objects.create(
        title="L'IA : pour quoi faire ?",
        description="Ce que l'IA change ; vraiment!",
        body="## L'IA, vraiment ?\n\nTexte.",
        status=Article.Status.PUBLISHED,
    )
    title, description = f"L’IA{NBSP}: pour quoi faire{NNBSP}?", f"Ce que l’IA change{NNBSP}; vraiment{NNBSP}!"
    detail = client.get(article.get_absolute_url()).content.decode()
    assert f'<h1 class="article-title">{title}</h1>' in detail and description in detail
    assert f">L’IA, vraiment{NNBSP}?</a>" in detail  # the Sommaire
    listing = client.get("/articles/").content.decode()
    assert title in listing and description in listing and "L'IA" not in listing
    found = html.unescape(client.get("/recherche/", {"q": "l'ia faire ?"}).content.decode())
    assert f"Résultats pour «{NNBSP}l’ia faire{NNBSP}?{NNBSP}»" in found
    assert f"<mark>L’IA</mark>{NBSP}: pour quoi <mark>faire</mark>{NNBSP}?" in found
    # A phrase in quotes sits in the page's own guillemets, once.
    phrase = html.unescape(client.get("/recherche/", {"q": '"pour quoi faire"'}).content.decode())
    assert f"Résultats pour «{NNBSP}pour quoi faire{NNBSP}»" in phrase and "« «" not in phrase.replace(NNBSP, " ")
    # The page's <title> and its descriptions for browsers and social networks, too.
    unescaped = html.unescape(detail)
    assert f"<title>{title} — " in unescaped
    assert f'<meta name="description" content="{description}">' in unescaped
    assert f'<meta property="og:title" content="{title}">' in unescaped
    assert f"<title>«{NNBSP}l’ia faire{NNBSP}?{NNBSP}» — Recherche" in found


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["articles:feed_rss", "articles:feed_atom", "articles:theme_feed_atom"])
def test_feeds_are_typeset_as_the_site(client, name):
    from articles.models import Article, Theme

    theme = Theme.objects.create(name="L'IA au travail")
    Article.objects.create(
        title="L'IA : pour quoi faire ?",
        description="Ce que l'IA change ; vraiment!",
        body="Texte.",
        theme=theme,
        status=Article.Status.PUBLISHED,
    )
    url = reverse(name, args=[theme.slug]) if "theme" in name else reverse(name)
    feed = feedparser.parse(client.get(url).content)
    assert not feed.bozo, feed.bozo_exception
    (entry,) = feed.entries
    assert entry.title == f"L’IA{NBSP}: pour quoi faire{NNBSP}?"
    assert html.unescape(entry.summary) == f"Ce que l’IA change{NNBSP}; vraiment{NNBSP}!"
    if "theme" in name:
        assert feed.feed.title.endswith("L’IA au travail")
        assert feed.feed.subtitle == f"Les derniers articles publiés dans le thème «{NNBSP}L’IA au travail{NNBSP}»."


class _TextNodes(HTMLParser):
    """The text a reader sees outside code, with the page's title and description."""

    VERBATIM = {"code", "pre", "kbd", "samp", "script", "style", "svg"}
    EMPTY = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open, self.texts = [], []

    def handle_starttag(self, tag, attrs):
        named = dict(attrs)
        if tag == "meta" and named.get("name") == "description":
            self.texts.append(named.get("content") or "")
        if tag not in self.EMPTY:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]

    def handle_data(self, data):
        if not self.VERBATIM.intersection(self.open):
            self.texts.append(data)


def test_every_public_page_is_typeset_as_served(client, imported_seeds):
    """What the browser test checks in Chromium, on the HTML as served: no plain space before
    ; : ! ? » or after « in any text outside code, <title> and description included."""
    from articles.tests.test_browser_layout import public_paths

    paths = public_paths()
    assert len(paths) > 12
    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        parser = _TextNodes()
        parser.feed(response.content.decode())
        bad = [text for text in parser.texts if re.search(r"\S [;:!?»]|« ", text)]
        assert bad == [], path
