"""Full-text search over published articles: title, description, body and tags.

Every word must be in the text or in a tag, on either database; words in quotes must be found
together, as a phrase; a word after a minus (`-mot`) must not be found. PostgreSQL matches French
stems ("personnalisé" finds "personnalisation") and ranks; SQLite matches the start of a word of
the text (its FTS5 index of migration 0007, folding case and accents) or a part of a tag, ranked
by the columns holding each word (title, tag, description), the best of them then by FTS5's bm25
(title above description above body, a tag adding to it): see `_sqlite_ranked`.
A query that finds nothing is tried again with its unknown words corrected (`suggest`). Each
result carries `snippet`: escaped text with the matches wrapped in <mark>, safe to print as is.
"""

import json
import re
from dataclasses import dataclass
from functools import cached_property, reduce
from itertools import combinations
from operator import or_

from django.conf import settings
from django.core.paginator import Paginator
from django.db import connection, transaction
from django.db.models import (
    BooleanField,
    ExpressionWrapper,
    Func,
    IntegerField,
    Q,
    TextField,
    Value,
)
from django.db.models.expressions import Expression, RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe
from rapidfuzz import fuzz, process
from taggit.models import Tag, TaggedItem

from articles.models import Article
from articles.sql import sqlite_reranked_ids
from articles.text import fold_accents
from articles.typography import french_text

SEARCH_CONFIG = "french"
SNIPPET_CHARS = 240
MAX_QUERY_CHARS = 200
FTS_TABLE = "articles_article_fts"  # SQLite only: migration 0007
COLUMN_WEIGHTS = {"title": 10, "description": 4}  # SQLite's first stage; the body counts 0
TAG_WEIGHT = 10
BM25_WEIGHTS = (10.0, 4.0, 1.0)  # SQLite's bm25: title, description, body
BM25_TAG_BONUS = 1.0  # taken off bm25 (lower is better) for each word a tag of the article holds
BM25_RERANKED = 12  # the first page of results: bm25 costs about 0.25 ms an article (articles/sql.py)
# Characters PostgreSQL puts around each match in a headline; we escape the headline, then
# turn them into <mark>, so nothing from the article body is ever printed unescaped.
_START, _STOP = "\u2063\u2064", "\u2064\u2063"
_MARKDOWN_NOISE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)|^\s*(?:[-+*]|\d+\.)\s+|[*_`#>|]+|<[^>]+>", re.MULTILINE)


_WORD = re.compile(r"\w[\w'’-]*")
_PHRASE = re.compile(r'"([^"]*)"|«([^»]*)»')
_EXCLUDED = re.compile(r"(?:^|(?<=\s))-(\w[\w'’-]*)")


@dataclass
class ParsedQuery:
    words: list[str]  # every word to find, those of the phrases included
    phrases: list[str]  # to find as written, word after word
    excluded: list[str]  # not to find


def parse_query(query: str) -> ParsedQuery:
    """A reader's query: its words (lower case, without duplicates, in order), quoted phrases, `-mots`."""
    text = query[:MAX_QUERY_CHARS]
    phrases = [" ".join(_WORD.findall(a or b)).lower() for a, b in _PHRASE.findall(text)]
    rest = _PHRASE.sub(" ", text)
    excluded = list(dict.fromkeys(word.lower() for word in _EXCLUDED.findall(rest)))
    words = _WORD.findall(" ".join(phrases) + " " + _EXCLUDED.sub(" ", rest))
    return ParsedQuery(
        words=list(dict.fromkeys(word.lower() for word in words)),
        phrases=[phrase for phrase in dict.fromkeys(phrases) if " " in phrase],
        excluded=excluded,
    )


def query_words(query: str) -> list[str]:
    """The words of a reader's query to find (and highlight), without duplicates, in their order."""
    return parse_query(query).words


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
    """Published articles with every word of `query` in their text or in one of their tags, its
    phrases in their text and none of its excluded words, best first, ready for a list of cards.

    Tags hold a reader's word far less often than the text does: the words no tag holds are
    matched together, in one use of the full-text index; only the others get the slower "in
    the text, or tagged" condition.
    """
    parsed = parse_query(query)
    words = parsed.words
    if not words:
        return Article.objects.none()
    if settings.IS_POSTGRES:
        return _postgres_search(parsed)
    tagged, everywhere = _sqlite_tags_and_common_words(words)
    # A word every article holds filters nothing, and is not matched (`_sqlite_tags_and_common_words`).
    text_only = [word for word in words if word not in tagged and word not in everywhere]
    condition = Q(_SqliteTextMatch(text_only)) if text_only else Q()
    for word, tag_ids in tagged.items():
        if word in everywhere:
            continue
        # Articles are the only tagged model. Naming their content type too would make SQLite walk
        # every tagged item of the type rather than the few of the matching tags.
        # An OR: SQLite reads each subquery once into a list, where a UNION costs it five times more.
        condition &= Q(_SqliteTextMatch([word], tag_ids))
    for phrase in parsed.phrases:
        condition &= _sqlite_phrase_match(phrase)
    for word in parsed.excluded:
        condition &= ~Q(_SqliteTextMatch([word]))
    matches = _listing().filter(condition)
    return _sqlite_ranked(matches, words, tagged, everywhere)


# PostgreSQL: up to this many words that tags hold are matched in 2**n exact branches
# (`_postgres_search`); beyond, in a slower "in the text, or tagged" condition each.
MAX_BRANCHED_TAGGED_WORDS = 3


def _postgres_search(parsed):
    """`search_articles` on PostgreSQL, its condition an OR of branches: one for each way the
    words that tags hold may be matched (in the text, or by tag), each made of conditions the
    indexes answer exactly, the GIN index for all of a branch's words at once.

    `_postgres_ranked_ids` reads each branch through the indexes alone. One condition "in the
    text, or tagged" per word made PostgreSQL read the stored document of every article the
    index gave for any of the conditions (25 ms at 28,000 articles), to check the others.
    """
    words = parsed.words
    tagged = {word: _tagged_article_ids(tag_ids) for word, tag_ids in _tags_holding(words).items()}
    branched = list(tagged)[:MAX_BRANCHED_TAGGED_WORDS]
    common = Q()
    for word in list(tagged)[MAX_BRANCHED_TAGGED_WORDS:]:
        common &= Q(_PostgresTextMatch(word)) | Q(_AmongArticles(tagged[word]))
    for phrase in parsed.phrases:
        common &= Q(_PostgresTextMatch(phrase, "phrase"))
    for word in parsed.excluded:
        common &= ~Q(_PostgresTextMatch(word))
    branches = []
    for count in range(len(branched) + 1):
        for by_tag in combinations(branched, count):
            in_text = [word for word in words if word not in by_tag and (word not in tagged or word in branched)]
            branch = Q(_PostgresTextMatch(" ".join(in_text))) if in_text else Q()
            for word in by_tag:
                branch &= Q(_AmongArticles(tagged[word]))
            branches.append(branch & common)
    ranked = _ranked(_listing().filter(reduce(or_, branches)), words)
    ranked.match_branches = branches  # read by SearchPaginator, as headline_words
    return ranked


def _tagged_with(tag_ids):
    """SQLite: the ids of the articles tagged with one of `tag_ids`, as a subquery."""
    return RawSQL(SQLITE_TAGGED, [json.dumps(tag_ids)])


def _tagged_article_ids(tag_ids):
    """PostgreSQL: the ids of the articles tagged with one of `tag_ids`."""
    return list(TaggedItem.objects.filter(tag_id__in=tag_ids).order_by().values_list("object_id", flat=True).distinct())


# On SQLite the ids go as one JSON parameter: a common word is in a hundred tags, and Django
# prepared each id as a parameter of its own, three times a search (3 ms of 35 at 10,000 articles).
SQLITE_TAGGED = "SELECT object_id FROM taggit_taggeditem WHERE tag_id IN (SELECT value FROM json_each(%s))"


def _tags_holding(words):
    """PostgreSQL: {word: ids of the tags holding it}, in one query, by French stem, as the
    text is matched ("personnalisé" finds the tag "personnalisation")."""
    from django.contrib.postgres.search import SearchQuery, SearchVector

    tags = Tag.objects.annotate(document=SearchVector("name", config=SEARCH_CONFIG))
    holds = {
        f"holds_{index}": ExpressionWrapper(Q(document=SearchQuery(word, config=SEARCH_CONFIG)), BooleanField())
        for index, word in enumerate(words)
    }
    rows = tags.annotate(**holds).filter(reduce(or_, (Q(**{name: True}) for name in holds)))
    found = [(tag["pk"], [tag[f"holds_{index}"] for index in range(len(words))]) for tag in rows.values("pk", *holds)]
    return _tag_ids_by_word(words, found)


def _sqlite_tags_and_common_words(words):
    """SQLite: ({word: ids of the tags holding it as a substring}, {the words every article
    holds}), in one query written out (the ORM took three times as long as SQLite to build and
    read the tags).

    A word every article holds, each of its parts as written, by the full-text index's own count
    (`fts5vocab`, migration 0013), filters nothing: it is not matched, and SQLite does not list
    every article for it ("client" in `make bench` at 10,000 articles; "de", "la" and "les" in
    any French text). Known before the query that matches is built: asked inside it, as a CASE
    around each word's condition, it cost that query 4.5 ms of its 8 on `make bench`'s search.
    """
    parts = {word: [fold_accents(part) for part in _fts_parts(word)] for word in words}
    terms = list(dict.fromkeys(term for word_parts in parts.values() for term in word_parts))
    like = " OR ".join(["name LIKE %s ESCAPE '\\'"] * len(words))
    statement = f"SELECT id, name FROM taggit_tag WHERE {like}"
    if terms:
        statement += (
            f" UNION ALL SELECT NULL, term FROM {VOCABULARY_TABLE} WHERE term IN ({', '.join(['%s'] * len(terms))})"
            " AND doc = (SELECT count(*) FROM articles_article)"
        )
    with connection.cursor() as cursor:
        cursor.execute(statement, [f"%{_like_escaped(word)}%" for word in words] + terms)
        rows = cursor.fetchall()
    common_terms = {term for pk, term in rows if pk is None}
    found = [(pk, [word in name.lower() for word in words]) for pk, name in rows if pk is not None]
    everywhere = {word for word, word_parts in parts.items() if word_parts and set(word_parts) <= common_terms}
    return _tag_ids_by_word(words, found), everywhere


def _tag_ids_by_word(words, found):
    """{word: ids of the tags holding it} from (tag id, [whether it holds each word])."""
    tagged = {}
    for tag_id, holding in found:
        for word, holds_word in zip(words, holding, strict=True):
            if holds_word:
                tagged.setdefault(word, []).append(tag_id)
    return tagged


def _like_escaped(text):
    """`text` matched as written by LIKE … ESCAPE '\\' (as Django's `icontains` does)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class _PostgresTextMatch(Expression):
    """PostgreSQL: the article's stored document (migration 0020, GIN-indexed) holds `text`
    (every word, French stems; or, with `search_type` "phrase", the words in that order).

    A condition on the article itself, never a subquery, so that the planner reads the GIN
    index once for all of a branch's conditions (`_postgres_search`). Stop words alone ("et")
    make a query of no lexeme, which matches nothing: they are in every text, so it matches all
    (`numnode`, folded by the planner).
    """

    conditional = True

    def __init__(self, text, search_type="websearch"):
        super().__init__(output_field=BooleanField())
        self.text = text
        self.to_tsquery = {"websearch": "websearch_to_tsquery", "phrase": "phraseto_tsquery"}[search_type]

    def as_sql(self, compiler, connection):
        query = f"{self.to_tsquery}(%s::regconfig, %s)"
        sql = f"({_article_table(compiler)}.search_document @@ {query} OR numnode({query}) = 0)"
        return sql, [SEARCH_CONFIG, self.text] * 2


class _AmongArticles(Expression):
    """PostgreSQL: the article is one of `ids`, given as one array (a tag may hold thousands)."""

    conditional = True

    def __init__(self, ids):
        super().__init__(output_field=BooleanField())
        self.ids = list(ids)

    def as_sql(self, compiler, connection):
        return f"{_article_table(compiler)}.id = ANY(%s)", [self.ids]


class _StoredSearchDocument(Expression):
    """The article's weighted French document (title A, description B, body C), as PostgreSQL
    stores it in the generated column of migration 0020: read, never rebuilt from the body."""

    def __init__(self):
        from django.contrib.postgres.search import SearchVectorField

        super().__init__(output_field=SearchVectorField())

    def as_sql(self, compiler, connection):
        # The query's own alias for articles_article ("U0" inside a subquery).
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        return f"{table}.{connection.ops.quote_name('search_document')}", []


def _postgres_document():
    return _StoredSearchDocument()


def _ranked(matches, words):
    """PostgreSQL's order: rank against all the words. `SearchPaginator` reads the page's rows
    with their headline (`_postgres_headline`)."""
    from django.contrib.postgres.search import SearchQuery, SearchRank

    query = SearchQuery(" ".join(words), config=SEARCH_CONFIG, search_type="websearch")
    ranked = matches.annotate(rank=SearchRank(_postgres_document(), query)).order_by("-rank", "-publish_date", "-pk")
    ranked.headline_words = words  # read by SearchPaginator; a clone of `ranked` drops it
    return ranked


# PostgreSQL ranks the newest matches, at most this many: ranking reads each match's stored
# document out of TOAST storage (some 20 µs each), which a common word made a search's whole
# cost at 100,000 articles. Fewer matches are all ranked.
RANKED_MATCHES = 400
# The newest published articles the matches are first looked for among, then eight times as many.
FIRST_WINDOW = 4 * RANKED_MATCHES
# For this transaction: "off" leaves the planner bitmap scans only, "on" gives it every scan back.
_PLAIN_SCANS = (
    "SELECT set_config('enable_seqscan', %(allowed)s, true), set_config('enable_indexscan', %(allowed)s, true)"
)


def _postgres_ranked_ids(ranked, limit):
    """The first `limit` of `_ranked`'s articles, ranked among the newest `RANKED_MATCHES`.

    The matches are looked for among the newest published articles, a window widened until it
    holds enough of them or is the whole site. They are read with bitmap scans only: one
    reading of the GIN index for all the query's conditions, combined with the window's range
    of the publication index. Else the planner, which does not count the TOAST reads of a
    stored document, would walk the publication index, or every article, reading each document.
    """
    published = Article.objects.published().order_by("-publish_date").values_list("publish_date", flat=True)
    window = FIRST_WINDOW
    # One transaction: the settings are its own (in an outer one, they last until it ends; they
    # change plans only). No savepoint: a page's queries are counted.
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        while True:
            if window > FIRST_WINDOW:  # the window's oldest article: one step down an index
                cursor.execute(_PLAIN_SCANS, {"allowed": "on"})
            oldest = published[window : window + 1].first()  # None: the window is the whole site
            in_window = Q(publish_date__gte=oldest) if oldest else Q()
            reads = [
                _listing().filter(branch, in_window).values_list("pk", "publish_date")
                for branch in ranked.match_branches
            ]
            found = reads[0].union(*reads[1:]) if len(reads) > 1 else reads[0]
            sql, params = found.order_by("-publish_date", "-pk")[:RANKED_MATCHES].query.sql_with_params()
            cursor.execute(_PLAIN_SCANS, {"allowed": "off"})
            cursor.execute(sql, params)
            ids = [pk for pk, _ in cursor.fetchall()]
            if oldest is None or len(ids) == RANKED_MATCHES:
                break
            window *= 8
        return list(
            _ranked(Article.objects.filter(pk__in=ids), ranked.headline_words).values_list("pk", flat=True)[:limit]
        )


HEADLINE_WINDOW = 1200  # characters of the body a headline is cut from, a third of them before the first match


def _postgres_headline(words):
    """A highlighted headline of the body, cut from the part of it around the first match.

    ts_headline parses all the text it is given, about 4 ms for a body of `make bench` (13,000
    characters): it is given the window around the first place where the body holds one of the
    query's French stems as written ("personnalis" in "personnalisation"), or the body's start
    when it holds none of them that way (then it has no match either, or an irregular form).
    """
    from django.contrib.postgres.search import SearchHeadline, SearchQuery

    first_match = RawSQL(
        "(SELECT min(nullif(strpos(lower(body), lexeme), 0))"
        " FROM unnest(tsvector_to_array(to_tsvector(%s::regconfig, %s))) AS lexeme)",
        [SEARCH_CONFIG, " ".join(words)],
        output_field=IntegerField(),
    )
    window = Func(
        "body",
        Func(Value(1), first_match - HEADLINE_WINDOW // 3, function="GREATEST", output_field=IntegerField()),
        Value(HEADLINE_WINDOW),
        function="substr",
        output_field=TextField(),
    )
    query = SearchQuery(" ".join(words), config=SEARCH_CONFIG, search_type="websearch")
    return SearchHeadline(
        window, query, config=SEARCH_CONFIG, start_sel=_START, stop_sel=_STOP, max_words=40, min_words=20
    )


def fts_query(word: str) -> str:
    """`word` as an FTS5 query: its parts ("l’ia" → "l", "ia") all present, the last as a prefix.

    Each part is quoted, so nothing a reader types is FTS5 syntax.
    """
    parts = [f'"{part}"' for part in _fts_parts(word)]
    return " AND ".join(parts) + "*" if parts else '""'


def _fts_parts(word):
    return re.findall(r"[^\W_]+", word)


class _SqliteTextMatch(Expression):
    """SQLite: the article's id is among those FTS5 (migration 0007) finds holding every word;
    with `tag_ids`, or tagged with one of them."""

    conditional = True

    def __init__(self, words, tag_ids=()):
        super().__init__(output_field=BooleanField())
        self.query = " AND ".join(fts_query(word) for word in words)
        self.tag_ids = list(tag_ids)

    def as_sql(self, compiler, connection):
        article_id = _article_id(compiler)
        sql, params = f"{article_id} IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)", [self.query]
        if self.tag_ids:
            sql, params = f"({sql} OR {article_id} IN ({SQLITE_TAGGED}))", [*params, json.dumps(self.tag_ids)]
        return sql, params


def _article_id(compiler):
    """The id column of articles_article under the query's own alias ("U0" inside a subquery)."""
    return f"{_article_table(compiler)}.id"


def _article_table(compiler):
    return compiler.quote_name_unless_alias(compiler.query.get_initial_alias())


def _sqlite_phrase_match(phrase):
    """Articles holding `phrase` as written (case aside): the index keeps no word positions
    (`detail=column`, migration 0007), its words were matched through it already."""
    return Q(title__icontains=phrase) | Q(description__icontains=phrase) | Q(body__icontains=phrase)


def _sqlite_ranked(matches, words, tagged, everywhere=frozenset()):
    """SQLite's first stage: for each word, 10 if the title holds it, 10 if a tag does, 4 if the
    description does (the body holds it otherwise); the highest sum first, then the newest. Each
    of these sets is one read of the index, restricted to a column. A word every article holds
    counts for nothing, as in bm25 (`_weighed_words`): its sets were the largest ("client" in the
    descriptions of 2,460 of `make bench`'s 10,000 articles), a quarter of the query's instructions.

    `SearchPaginator` then orders the first `BM25_RERANKED` by FTS5's bm25 (`_sqlite_reranked_ids`).
    bm25 on every match would cost about 0.25 ms an article: seconds for a common word at 10,000
    articles, where the whole page has 35 ms.
    """
    ranked = matches.annotate(search_score=_SqliteColumnScore(_weighed_words(words, everywhere), tagged))
    ranked = ranked.order_by("-search_score", "-publish_date", "-pk")
    ranked.bm25_terms = (words, tagged, everywhere)  # read by SearchPaginator; a clone of `ranked` drops it
    return ranked


class _SqliteColumnScore(Expression):
    """The first stage's score of `_sqlite_ranked`, written out as one expression: as Django's
    Case, When and RawSQL it took longer to build than SQLite takes to answer it."""

    def __init__(self, words, tagged):
        super().__init__(output_field=IntegerField())
        self.words, self.tagged = words, tagged

    def as_sql(self, compiler, connection):
        article_id = _article_id(compiler)
        in_column = f"{article_id} IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"
        terms, params = [], []
        for word in self.words:
            for column, weight in COLUMN_WEIGHTS.items():
                terms.append(f"CASE WHEN {in_column} THEN {int(weight)} ELSE 0 END")
                params.append(f"{{{column}}} : ({fts_query(word)})")
            if word in self.tagged:
                terms.append(f"CASE WHEN {article_id} IN ({SQLITE_TAGGED}) THEN {int(TAG_WEIGHT)} ELSE 0 END")
                params.append(json.dumps(self.tagged[word]))
        return f"({' + '.join(terms)})", params


def _sqlite_reranked_ids(ranked, limit):
    """The first `limit` ids of a `_sqlite_ranked` search, the first `BM25_RERANKED` in bm25's order."""
    words, tagged, everywhere = ranked.bm25_terms
    tag_bonuses = [(_tagged_with(tagged[word]), BM25_TAG_BONUS) for word in words if word in tagged]
    return sqlite_reranked_ids(
        ranked.values_list("pk")[:limit],
        BM25_RERANKED,
        BM25_WEIGHTS,
        _bm25_match(_weighed_words(words, everywhere)),
        tag_bonuses,
    )


def _weighed_words(words, everywhere):
    """The words that rank SQLite's results: those not in every article, unless none is left.

    A word every article holds weighs nothing in bm25 (FTS5 floors its IDF at 1e-6), but
    weighing it walked its list of every article.
    """
    return [word for word in words if word not in everywhere] or words


def _bm25_match(words):
    """What bm25 weighs: any of the words as written (their parts, without the prefix that
    matching allows: a prefix makes FTS5 merge the lists of every word it starts, for all rows)."""
    return " OR ".join(f"({fts_query(word).removesuffix('*')})" for word in words)


class SearchPaginator(Paginator):
    """Results read once as a list of ids, at most `cap` of them: past a few hundred nobody
    pages on, and matching thousands of articles twice (to count them, then for the page) was
    most of a search's cost. `is_capped` says there are more."""

    cap = 360

    @cached_property
    def matching_ids(self):
        if hasattr(self.object_list, "bm25_terms"):
            return _sqlite_reranked_ids(self.object_list, self.cap + 1)
        if hasattr(self.object_list, "match_branches"):
            return _postgres_ranked_ids(self.object_list, self.cap + 1)
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
    """The articles `ids`, in that order, with what a results page shows of them (found
    already, published ones only: not matched again). Read by id alone: with the publication
    rule beside the ids, SQLite walked its (status, publish_date) index over every published
    article to find the page's 12 (2 ms of make bench's search at 10,000 articles)."""
    rows = _listing_columns().filter(pk__in=ids)
    if hasattr(matches, "headline_words"):
        rows = rows.annotate(headline=_postgres_headline(matches.headline_words))
    by_pk = {article.pk: article for article in rows}
    return [by_pk[pk] for pk in ids if pk in by_pk]


def _listing():
    """Published articles as cards show them (`_listing_columns`)."""
    return _listing_columns(Article.objects.published())


def _listing_columns(articles=Article.objects):
    """`articles` with what cards show; on SQLite with their body, where the snippet comes
    from when the description does not hold a match (PostgreSQL makes a headline)."""
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


# --- "Vouliez-vous dire … ?" ---------------------------------------------------------------------

VOCABULARY_TABLE = "articles_article_fts_vocab"  # SQLite only: migration 0013
MIN_CORRECTED_CHARS = 4  # shorter words are too often a near miss of another real word
MIN_SIMILARITY = 80  # rapidfuzz's ratio, 0 to 100


def suggest(query: str) -> str:
    """The query with each word the articles do not hold replaced by the nearest word they do
    hold ("markting" → "marketing"), or "" when no word needs or finds a correction.

    Only asked when a query found nothing. SQLite reads its words from the vocabulary of the
    full-text index; PostgreSQL from the titles, descriptions and tags that pg_trgm finds close.
    """
    parsed = parse_query(query)
    words = [word for word in parsed.words if len(word) >= MIN_CORRECTED_CHARS and word.isalpha()]
    if not words:
        return ""
    known = _postgres_vocabulary(words) if settings.IS_POSTGRES else _sqlite_vocabulary(words)
    corrections = {}
    for word in words:
        folded = fold_accents(word)
        if any(term.startswith(folded) for term in known.get(word, ())):
            continue  # found as it is (SQLite matches the start of a word)
        best = process.extractOne(
            folded, known.get(word, ()), scorer=fuzz.ratio, processor=fold_accents, score_cutoff=MIN_SIMILARITY
        )
        if best:
            corrections[word] = best[0]
    if not corrections:
        return ""
    return " ".join(corrections.get(part.lower(), part) if _WORD.fullmatch(part) else part for part in query.split())


def _sqlite_vocabulary(words):
    """{word: the indexed words of its first letter and about its length} (one query)."""
    ranges, params = [], []
    for word in words:
        folded = fold_accents(word)
        ranges.append("(term >= %s AND term < %s AND length(term) BETWEEN %s AND %s)")
        params += [folded[0], chr(ord(folded[0]) + 1), len(folded) - 2, len(folded) + 2]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT term FROM {VOCABULARY_TABLE} WHERE {' OR '.join(ranges)}", params)
        terms = [term for (term,) in cursor.fetchall()]
    return {word: [term for term in terms if term[:1] == fold_accents(word)[:1]] for word in words}


def _postgres_vocabulary(words):
    """{word: the words of the published titles, descriptions and tags closest to it} (one query)."""
    from django.contrib.postgres.search import TrigramWordSimilarity
    from django.db.models.functions import Cast, Concat

    text = Concat("title", Value(" "), "description", output_field=TextField())
    queries = []
    for word in words:
        articles = Article.objects.published().annotate(text=text, similarity=TrigramWordSimilarity(word, text))
        tags = Tag.objects.annotate(text=Cast("name", TextField()), similarity=TrigramWordSimilarity(word, "name"))
        for rows in (articles, tags):
            queries.append(rows.filter(similarity__gt=0.4).order_by("-similarity").values_list("text")[:20])
    texts = [text for (text,) in queries[0].union(*queries[1:], all=True)]
    vocabulary = list(dict.fromkeys(fold_accents(found) for text in texts for found in _WORD.findall(text)))
    return {word: vocabulary for word in words}
