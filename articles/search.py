"""Full-text search over published articles: title, description, body and tags.

Every word must be in the text or in a tag, on either database. PostgreSQL matches French
stems ("personnalisé" finds "personnalisation") and ranks; SQLite matches the start of a word
of the text (its FTS5 index of migration 0007, folding case and accents) or a part of a tag,
newest first. Either way each result carries `snippet`: escaped text with the matches wrapped
in <mark>, safe to print as is.
"""

import re
from functools import cached_property, reduce
from operator import or_

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe
from taggit.models import Tag, TaggedItem

from articles.models import Article
from articles.typography import french_text

SEARCH_CONFIG = "french"
SNIPPET_CHARS = 240
MAX_QUERY_CHARS = 200
FTS_TABLE = "articles_article_fts"  # SQLite only: migration 0007
# Characters PostgreSQL puts around each match in a headline; we escape the headline, then
# turn them into <mark>, so nothing from the article body is ever printed unescaped.
_START, _STOP = "\u2063\u2064", "\u2064\u2063"
_MARKDOWN_NOISE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|^\s*(?:[-+*]|\d+\.)\s+|[*_`#>|]+|<[^>]+>", re.MULTILINE)


def query_words(query: str) -> list[str]:
    """The words of a reader's query, without duplicates, in their order."""
    words = re.findall(r"\w[\w'’-]*", query[:MAX_QUERY_CHARS])
    return list(dict.fromkeys(word.lower() for word in words))


def plain_text(markdown_text: str) -> str:
    """Markdown with its markup, links and stray HTML reduced to the words a reader sees."""
    return re.sub(r"\s+", " ", _MARKDOWN_NOISE.sub(lambda m: m.group(1) or " ", markdown_text)).strip()


def highlight(text: str, words: list[str]) -> str:
    """Escape `text` and wrap each occurrence of a word in <mark>."""
    if not words:
        return escape(text)
    # Titles and snippets are shown in French typography: "l'ia" finds "l’IA".
    alternatives = (re.sub("['’]", "['’]", re.escape(word)) for word in sorted(words, key=len, reverse=True))
    pattern = re.compile("|".join(alternatives), re.IGNORECASE)
    parts, position = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 — every piece above is escaped


def around_first_match(markdown_text: str, words: list[str], margin: int = 4 * SNIPPET_CHARS) -> str:
    """The part of a long body an excerpt can come from: `plain_text` of a whole body costs a millisecond.

    The margin is wide enough that the excerpt is the one the whole body gives (a leading "… "
    included: a match further than the margin from the start is never in the first third).
    """
    lowered = markdown_text.lower()
    first = min((index for word in words if (index := lowered.find(word)) >= 0), default=0)
    return markdown_text[max(0, first - margin) : first + margin]


def excerpt(text: str, words: list[str], length: int = SNIPPET_CHARS) -> str:
    """The part of `text` around the first word found, highlighted."""
    lowered = text.lower()
    first = min((index for word in words if (index := lowered.find(word)) >= 0), default=0)
    start = max(0, first - length // 3)
    if start:
        start = text.rfind(" ", 0, start) + 1
    piece = text[start : start + length]
    if start + length < len(text) and " " in piece:
        piece = piece[: piece.rfind(" ")]
    return highlight(("… " if start else "") + piece + (" …" if start + length < len(text) else ""), words)


def search_articles(query: str):
    """Published articles with every word of `query` in their text or in one of their tags,
    best first (PostgreSQL) or newest first (SQLite), ready for a list of cards.

    Tags hold a reader's word far less often than the text does: the words no tag holds are
    matched together, in one use of the full-text index; only the others get the slower "in
    the text, or tagged" condition.
    """
    words = query_words(query)
    if not words:
        return Article.objects.none()
    in_text = _postgres_text_match if settings.IS_POSTGRES else _sqlite_text_match
    tagged = _tags_holding(words)
    text_only = [word for word in words if word not in tagged]
    condition = Q(pk__in=in_text(text_only)) if text_only else Q()
    for word, tag_ids in tagged.items():
        # Articles are the only tagged model. Naming their content type too would make SQLite walk
        # every tagged item of the type rather than the few of the matching tags.
        in_tags = TaggedItem.objects.filter(tag_id__in=tag_ids).order_by().values("object_id")
        if settings.IS_POSTGRES:
            # A UNION: PostgreSQL answers an OR of two subqueries by reading every row.
            condition &= Q(pk__in=in_text([word]).union(in_tags))
        else:
            # An OR: SQLite reads each subquery once into a list, where a UNION costs it five times more.
            condition &= Q(pk__in=in_text([word])) | Q(pk__in=in_tags)
    matches = _listing().filter(condition)
    return _ranked(matches, words) if settings.IS_POSTGRES else matches


def _tags_holding(words):
    """{word: ids of the tags holding it}, in one query: on PostgreSQL by French stem, as the
    text is matched ("personnalisé" finds the tag "personnalisation"), else as a substring."""
    if settings.IS_POSTGRES:
        from django.contrib.postgres.search import SearchQuery, SearchVector

        tags = Tag.objects.annotate(document=SearchVector("name", config=SEARCH_CONFIG))
        holds = {
            f"holds_{index}": ExpressionWrapper(Q(document=SearchQuery(word, config=SEARCH_CONFIG)), BooleanField())
            for index, word in enumerate(words)
        }
        rows = tags.annotate(**holds).filter(reduce(or_, (Q(**{name: True}) for name in holds)))
        found = [
            (tag["pk"], [tag[f"holds_{index}"] for index in range(len(words))]) for tag in rows.values("pk", *holds)
        ]
    else:
        rows = Tag.objects.filter(reduce(or_, (Q(name__icontains=word) for word in words)))
        found = [(pk, [word in name.lower() for word in words]) for pk, name in rows.values_list("pk", "name")]
    tagged = {}
    for tag_id, holding in found:
        for word, holds_word in zip(words, holding, strict=True):
            if holds_word:
                tagged.setdefault(word, []).append(tag_id)
    return tagged


def _postgres_text_match(words):
    """The ids of articles whose title, description or body hold every word (French stems)."""
    from django.contrib.postgres.search import SearchQuery

    query = SearchQuery(" ".join(words), config=SEARCH_CONFIG, search_type="websearch")
    # The expression of the GIN index of migration 0004.
    return Article.objects.annotate(document=_postgres_document()).filter(document=query).order_by().values("pk")


def _postgres_document():
    from django.contrib.postgres.search import SearchVector

    return (
        SearchVector("title", weight="A", config=SEARCH_CONFIG)
        + SearchVector("description", weight="B", config=SEARCH_CONFIG)
        + SearchVector("body", weight="C", config=SEARCH_CONFIG)
    )


def _ranked(matches, words):
    """PostgreSQL's order: rank against all the words, with a highlighted headline of the body."""
    from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank

    query = SearchQuery(" ".join(words), config=SEARCH_CONFIG, search_type="websearch")
    return matches.annotate(
        rank=SearchRank(_postgres_document(), query),
        headline=SearchHeadline(
            "body", query, config=SEARCH_CONFIG, start_sel=_START, stop_sel=_STOP, max_words=40, min_words=20
        ),
    ).order_by("-rank", "-publish_date", "-pk")


def fts_query(word: str) -> str:
    """`word` as an FTS5 query: its parts ("l’ia" → "l", "ia") all present, the last as a prefix.

    Each part is quoted, so nothing a reader types is FTS5 syntax.
    """
    parts = [f'"{part}"' for part in re.findall(r"[^\W_]+", word)]
    return " AND ".join(parts) + "*" if parts else '""'


def _sqlite_text_match(words):
    """The ids of articles whose title, description or body hold every word (FTS5, migration 0007)."""
    query = " AND ".join(fts_query(word) for word in words)
    return RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [query])


class SearchPaginator(Paginator):
    """Results read once as a list of ids, at most `cap` of them: past a few hundred nobody
    pages on, and matching thousands of articles twice (to count them, then for the page) was
    most of a search's cost. `is_capped` says there are more."""

    cap = 360

    @cached_property
    def matching_ids(self):
        return list(self.object_list.values_list("pk", flat=True)[: self.cap + 1])

    @cached_property
    def count(self):
        return min(len(self.matching_ids), self.cap)

    @property
    def is_capped(self):
        return len(self.matching_ids) > self.cap

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        ids = self.matching_ids[bottom : min(bottom + self.per_page, self.count)]
        return self._get_page(_rows(self.object_list, ids), number, self)


def _rows(matches, ids):
    """The articles `ids`, in that order, with what a results page shows of them."""
    # PostgreSQL's rows carry their rank and headline; SQLite's need not be matched again.
    rows = matches if settings.IS_POSTGRES else _listing()
    by_pk = {article.pk: article for article in rows.filter(pk__in=ids)}
    return [by_pk[pk] for pk in ids if pk in by_pk]


def _listing():
    """Published articles as cards show them; on SQLite with their body, where the snippet
    comes from when the description does not hold a match (PostgreSQL makes a headline)."""
    articles = Article.objects.published()
    return articles.for_listing() if settings.IS_POSTGRES else articles.for_listing("body")


def add_snippets(articles, query: str) -> None:
    """Give each article of a results page its highlighted `snippet`."""
    words = query_words(query)
    for article in articles:
        headline = getattr(article, "headline", None)
        if headline:
            escaped = escape(french_text(plain_text(headline)))
            article.snippet = mark_safe(escaped.replace(_START, "<mark>").replace(_STOP, "</mark>"))  # noqa: S308
        else:
            text = plain_text(article.description)
            if not any(word in text.lower() for word in words) and "body" in article.__dict__:
                text = plain_text(around_first_match(article.body, words))
            article.snippet = excerpt(french_text(text), words)
        article.title_html = highlight(french_text(article.title), words)
