"""Full-text search over published articles: title, description, body and tags.

PostgreSQL ranks with its French text search (stemming: "personnalisé" finds
"personnalisation"); SQLite matches every word, newest first, as the start of a word of the
text (its FTS5 index of migration 0007, folding case and accents) or inside a tag. Either way
each result carries `snippet`: escaped text with the matches wrapped in <mark>, safe to print
as is.
"""

import re
from functools import cached_property

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe
from taggit.models import Tag, TaggedItem

from articles.models import Article

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
    pattern = re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)), re.IGNORECASE)
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
    """Published articles matching `query`, best first, ready for a list of cards."""
    words = query_words(query)
    if not words:
        return Article.objects.none()
    if settings.IS_POSTGRES:
        return _postgres_search(_listing(), " ".join(words))
    return _sqlite_search(words)


def _postgres_search(articles, text):
    from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector

    query = SearchQuery(text, config=SEARCH_CONFIG, search_type="websearch")
    document = (
        SearchVector("title", weight="A", config=SEARCH_CONFIG)
        + SearchVector("description", weight="B", config=SEARCH_CONFIG)
        + SearchVector("body", weight="C", config=SEARCH_CONFIG)
    )
    # Two indexable matches joined by UNION rather than OR, so that the text match can use the
    # GIN index of migration 0004 (an OR with a subquery would scan the whole table).
    by_text = Article.objects.annotate(document=document).filter(document=query).order_by().values("pk")
    by_tag = Article.objects.annotate(tag_document=SearchVector("tags__name", config=SEARCH_CONFIG)).filter(
        tag_document=query
    )
    return (
        articles.filter(pk__in=by_text.union(by_tag.order_by().values("pk")))
        .annotate(
            rank=SearchRank(document, query),
            headline=SearchHeadline(
                "body", query, config=SEARCH_CONFIG, start_sel=_START, stop_sel=_STOP, max_words=40, min_words=20
            ),
        )
        .order_by("-rank", "-publish_date", "-pk")
    )


def fts_query(word: str) -> str:
    """`word` as an FTS5 query: its parts ("l’ia" → "l", "ia") all present, the last as a prefix.

    Each part is quoted, so nothing a reader types is FTS5 syntax.
    """
    parts = [f'"{part}"' for part in re.findall(r"[^\W_]+", word)]
    return " AND ".join(parts) + "*" if parts else '""'


def _sqlite_search(words):
    """Every word in the text or in a tag: one full-text match for the words no tag holds.

    Tags hold a reader's word far less often than the text does; only those words get the
    slower "in the text or tagged" condition, the others are matched together by FTS5.
    """
    any_word, tagged_words = Q(), {}
    for word in words:
        any_word |= Q(name__icontains=word)
    for tag_id, name in Tag.objects.filter(any_word).values_list("pk", "name"):
        for word in words:
            if word in name.lower():
                tagged_words.setdefault(word, []).append(tag_id)
    text_only = [word for word in words if word not in tagged_words]
    condition = Q(pk__in=_fts_match(text_only)) if text_only else Q()
    for word, tag_ids in tagged_words.items():
        # Articles are the only tagged model. Naming their content type too would make SQLite walk
        # every tagged item of the type rather than the few of the matching tags.
        in_tags = TaggedItem.objects.filter(tag_id__in=tag_ids).values("object_id")
        condition &= Q(pk__in=_fts_match([word])) | Q(pk__in=in_tags)
    return _listing().filter(condition)


def _fts_match(words):
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
    articles = Article.objects.published().for_listing()
    return articles if settings.IS_POSTGRES else articles.defer(None).defer("body_html", "metadata", "toc")


def add_snippets(articles, query: str) -> None:
    """Give each article of a results page its highlighted `snippet`."""
    words = query_words(query)
    for article in articles:
        headline = getattr(article, "headline", None)
        if headline:
            escaped = escape(plain_text(headline))
            article.snippet = mark_safe(escaped.replace(_START, "<mark>").replace(_STOP, "</mark>"))  # noqa: S308
        else:
            text = plain_text(article.description)
            if not any(word in text.lower() for word in words) and "body" in article.__dict__:
                text = plain_text(around_first_match(article.body, words))
            article.snippet = excerpt(text, words)
        article.title_html = highlight(article.title, words)
