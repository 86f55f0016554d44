"""The project's queries written in SQL, in one place: five for the article page, one for
`/statistiques/`, one for the grouper, one for search, the importer's highlighted bodies, and
PostgreSQL's statistics after a large write.

Each is written out because what the ORM built cost measurably more (said beside it).
The panel's restates the publication rule of `ArticleQuerySet.published()` and the visibility of
`StatisticQuerySet.visible()` (not rejected): a change to either rule changes it too. The page's
query count is pinned by `articles/tests/test_query_budget.py` and `test_public_pages.py`, and
every one of them runs on SQLite and PostgreSQL alike in the test suite.
"""

from django.db import connection
from django.db.models.expressions import RawSQL
from django.utils import timezone

# The article's authors, skills and tags: one query of the few columns the page shows, ordered
# by kind (0, 1, 2), then authors by name, skills by place in the tree, tags by id. The ORM's
# prefetching built heavier queries (taggit's generic relation above all), and three plain
# queries still cost a good part of the page at 10,000 articles. The content type is matched by
# name, as taggit does: asking for its id could cost a query in each new process.
SUBJECTS_QUERY = """
    SELECT 0, author.name, author.slug, author.name, 0 FROM articles_author author
        JOIN articles_article_authors link ON link.author_id = author.id WHERE link.article_id = %(article)s
    UNION ALL
    SELECT 1, skill.name, skill.slug, skill.path, 0 FROM articles_skill skill
        JOIN articles_article_skills link ON link.skill_id = skill.id WHERE link.article_id = %(article)s
    UNION ALL
    SELECT 2, tag.name, tag.slug, '', tag.id FROM taggit_tag tag
        JOIN taggit_taggeditem item ON item.tag_id = tag.id
        JOIN django_content_type type ON type.id = item.content_type_id
        WHERE item.object_id = %(article)s AND type.app_label = %(app_label)s AND type.model = %(model)s
    ORDER BY 1, 4, 5
"""


def subject_rows(article):
    """(kind, name, slug) of the article's authors (kind 0), skills (1) and tags (2), in order."""
    parameters = {"article": article.pk, "app_label": article._meta.app_label, "model": article._meta.model_name}
    with connection.cursor() as cursor:
        cursor.execute(SUBJECTS_QUERY, parameters)
        return [(kind, name, slug) for kind, name, slug, *_ in cursor.fetchall()]


# The links from and to an article, each with the columns of both ends its page shows (those of
# `LINKED_ARTICLE_FIELDS`): the ORM's query (both ends joined, a few columns each) took longer to
# build than the rest of the page's queries took to answer, 4 of the page's 37 ms (in-process,
# loaded machine), and its three model instances a link as much again.
RELATED_LINKS_QUERY = """
    SELECT link.article_id, link.kind, link.url, link.title,
        source.id, source.title, source.slug, source.status, source.publish_date,
        target.id, target.title, target.slug, target.status, target.publish_date
    FROM articles_articlelink AS link
    INNER JOIN articles_article AS source ON source.id = link.article_id
    LEFT OUTER JOIN articles_article AS target ON target.id = link.target_article_id
    WHERE link.article_id = %(article)s OR link.target_article_id = %(article)s
    ORDER BY link.position, link.id
"""


def related_link_rows(article):
    """The rows of `RELATED_LINKS_QUERY` for `article`: (article id, kind, url, title, then the
    id and `LINKED_ARTICLE_FIELDS` of the linking article and of the target, None for a link to
    no article), dates aware as the ORM gives them. Both ends come with their status and date,
    for the page to keep the public ones: filtering them in SQL would make SQLite list every
    published article."""
    with connection.cursor() as cursor:
        cursor.execute(RELATED_LINKS_QUERY, {"article": article.pk})
        rows = cursor.fetchall()
    return [(*row[:8], _aware(row[8]), *row[9:13], _aware(row[13])) for row in rows]


def _aware(value):
    # SQLite answers a raw query with a date's text: converted as the ORM converts it (PostgreSQL
    # answers an aware datetime).
    if connection.vendor == "sqlite":
        return connection.ops.convert_datetimefield_value(value, None, connection)
    return value


# The article a reader asks for by its address, if public, with its theme's name and slug and the
# site's latest publication (what the page's version depends on). The ORM's query for it
# (select_related, three deferred columns, a subquery) took about a millisecond to build, several
# times what either database takes to answer it, on every uncached article page. The markdown and
# the import's leftovers stay unread, as they did. Restates `ArticleQuerySet.published()`.
PUBLIC_ARTICLE_UNREAD = ("body", "metadata", "guesses")
PUBLIC_ARTICLE_QUERY = """
    SELECT {columns}, theme.name AS theme_name, theme.slug AS theme_slug,
        (SELECT latest.publish_date FROM articles_article AS latest
         WHERE latest.status = %(published)s AND latest.publish_date <= %(now)s
         ORDER BY latest.publish_date DESC LIMIT 1) AS site_published
    FROM articles_article AS article LEFT OUTER JOIN articles_theme AS theme ON theme.id = article.theme_id
    WHERE article.slug = %(slug)s AND article.status = %(published)s AND article.publish_date <= %(now)s
"""


def public_article(slug):
    """The public article at `slug` as the article page reads it (`PUBLIC_ARTICLE_QUERY`), its
    theme loaded with its name and slug only and `site_published` set; None when there is none."""
    from articles.models import Article, Theme

    columns = ", ".join(
        f"article.{connection.ops.quote_name(field.column)}"
        for field in Article._meta.concrete_fields
        if field.name not in PUBLIC_ARTICLE_UNREAD
    )
    parameters = {
        "slug": slug,
        "published": Article.Status.PUBLISHED.value,
        "now": connection.ops.adapt_datetimefield_value(timezone.now()),
    }
    article = next(iter(Article.objects.raw(PUBLIC_ARTICLE_QUERY.format(columns=columns), parameters)), None)
    if article is None:
        return None
    theme = None
    if article.theme_id is not None:
        theme = Theme.from_db(
            connection.alias, ["id", "name", "slug"], [article.theme_id, article.theme_name, article.theme_slug]
        )
    Article.theme.field.set_cached_value(article, theme)
    article.site_published = _aware(article.site_published)
    return article


# The columns of a figure as the article's "Chiffres cités" panel shows it
# (`articles.comparison.loaders.PanelFigure`), read from `figure` and its joins below.
_PANEL_COLUMNS = """
    figure.id, figure.article_id, figure.value, figure.value_high, figure.unit, figure.currency,
    figure.qualifier, figure.subject, figure.year, figure.start, figure.text,
    figure.source_id, source.name, figure.indicator_id, indicator.name, indicator.slug,
    article.title, article.slug, figure.population, figure.forecast, figure.status, indicator.automatic
"""
_PANEL_JOINS = """
    INNER JOIN articles_article AS article ON article.id = figure.article_id
    LEFT OUTER JOIN articles_source AS source ON source.id = figure.source_id
    LEFT OUTER JOIN articles_indicator AS indicator ON indicator.id = figure.indicator_id
"""

# The figures of an article a reader may see, in the order of its text. Restates the visibility of
# `StatisticQuerySet.visible()` (not rejected).
OWN_FIGURES_QUERY = f"""
    SELECT {_PANEL_COLUMNS} FROM articles_statistic AS figure {_PANEL_JOINS}
    WHERE figure.article_id = %(article)s AND figure.status <> %(rejected)s
    ORDER BY figure.start
"""

# For each of some indicators, its first `shown` public figures of articles other than one (by
# year, figures without one last, then value, then the oldest article's first) with how many there
# are. Written out rather than built by the ORM: building a query like this took 0.8 ms, ten times
# what SQLite takes to answer it. At 10,000 articles an indicator holds a thousand figures; ranking
# them all (a window over the indicator, each figure's article read for its title and whether it
# is public) cost 6-8 ms an indicator on SQLite, most of an uncached article page. So each
# indicator's first figures are read in the order of the `statistic_indicator_year` index, stopping
# after `shown` (`_FIRST_OF_INDICATOR`, twice: figures with a year, then those without, which SQLite
# sorts first and PostgreSQL last), and the count reads that index only: it leaves out the figures
# of the few articles that are not public, listed from the (status, publish_date) index. At 10,000
# articles, five indicators of about 1,000 figures: 26 -> 1.6 ms. `published` and `now` restate the
# publication rule of `ArticleQuerySet.published()`, `rejected` the visibility of
# `StatisticQuerySet.visible()`. The final LIMIT, which no result reaches, bounds PostgreSQL's
# estimate of the rows to join.
INDICATOR_FIGURES_QUERY = f"""
    WITH hidden AS (
        -- "status <> published" written as two ranges, each read from the status index
        SELECT id FROM articles_article WHERE status < %(published)s OR status > %(published)s
        UNION ALL SELECT id FROM articles_article
        WHERE status = %(published)s AND (publish_date > %(now)s OR publish_date IS NULL)
    ), counted AS (
        SELECT indicator_id, COUNT(*) AS figures FROM articles_statistic
        WHERE indicator_id IN ({{indicators}}) AND status <> %(rejected)s AND article_id <> %(excluded)s
            AND article_id NOT IN (SELECT id FROM hidden)
        GROUP BY indicator_id
    ), firsts AS (
        {{firsts}}
    ), shown AS (
        SELECT id, ROW_NUMBER() OVER (
            PARTITION BY indicator_id ORDER BY unsaid, year, value, article_id, id
        ) AS place, indicator_id, unsaid, year, value, article_id FROM firsts
    )
    SELECT {_PANEL_COLUMNS}, counted.figures FROM shown
    INNER JOIN counted ON counted.indicator_id = shown.indicator_id
    INNER JOIN articles_statistic AS figure ON figure.id = shown.id {_PANEL_JOINS}
    WHERE shown.place <= %(shown)s
    ORDER BY shown.indicator_id, shown.place
    LIMIT %(bound)s
"""
# One indicator's first public figures with a year (`unsaid` 0) or without (1), in order, walked
# down the `statistic_indicator_year` index until `shown` are found.
_FIRST_OF_INDICATOR = """
    SELECT * FROM (
        SELECT figure.id, figure.indicator_id, {unsaid} AS unsaid, figure.year, figure.value, figure.article_id
        FROM articles_statistic AS figure INNER JOIN articles_article AS article ON article.id = figure.article_id
        WHERE figure.indicator_id = %(indicator_{number})s AND figure.year IS {year_test}
            AND figure.status <> %(rejected)s AND figure.article_id <> %(excluded)s
            AND article.status = %(published)s AND article.publish_date <= %(now)s
        ORDER BY figure.year, figure.value, figure.article_id, figure.id
        LIMIT %(shown)s
    ) AS first_{number}_{unsaid}
"""


def _statistic_rejected():
    from articles.models import Statistic

    return Statistic.Status.REJECTED.value


def own_figure_rows(article):
    """The rows of `OWN_FIGURES_QUERY` for `article`: each a figure's `_PANEL_COLUMNS`."""
    with connection.cursor() as cursor:
        cursor.execute(OWN_FIGURES_QUERY, {"article": article.pk, "rejected": _statistic_rejected()})
        return cursor.fetchall()


def indicator_figure_rows(indicator_ids, shown, excluded_article=None):
    """The rows of `INDICATOR_FIGURES_QUERY`: the first `shown` public figures of each indicator
    of `indicator_ids` that no `excluded_article` cites, best first, each row a figure's
    `_PANEL_COLUMNS` and then how many such figures its indicator has."""
    indicator_ids = list(indicator_ids)
    if not indicator_ids:
        return []
    with connection.cursor() as cursor:
        cursor.execute(*indicator_figures_statement(indicator_ids, shown, excluded_article))
        return cursor.fetchall()


def indicator_figures_statement(indicator_ids, shown, excluded_article=None):
    """`INDICATOR_FIGURES_QUERY` for these arguments, and its parameters."""
    from articles.models import Article

    firsts = " UNION ALL ".join(
        _FIRST_OF_INDICATOR.format(number=number, unsaid=unsaid, year_test=year_test)
        for number in range(len(indicator_ids))
        for unsaid, year_test in ((0, "NOT NULL"), (1, "NULL"))
    )
    numbered = {f"indicator_{number}": indicator_id for number, indicator_id in enumerate(indicator_ids)}
    indicators = ", ".join(f"%({name})s" for name in numbered)
    query = INDICATOR_FIGURES_QUERY.format(indicators=indicators, firsts=firsts)
    parameters = numbered | {
        "published": Article.Status.PUBLISHED.value,
        "now": connection.ops.adapt_datetimefield_value(timezone.now()),
        "rejected": _statistic_rejected(),
        "excluded": excluded_article or 0,
        "shown": shown,
        # At most `shown` rows an indicator: the LIMIT never cuts, it only bounds the planner's estimate.
        "bound": shown * len(indicator_ids),
    }
    return query, parameters


# The newest figures of each grouping key (or of each value), for the grouper
# (`articles.comparison.state`): one walk down the key's (the value's) index per key, each stopping
# after `limit` rows. The ORM's equivalent (a sliced subquery per key) took some 20 ms to build for
# a batch of new figures, and a single `grouping_key IN (...) ORDER BY id DESC LIMIT n` sorts every
# figure of the keys first. Restates `StatisticQuerySet.visible()` (not rejected).
_NEWEST_OF = """
    SELECT * FROM (
        SELECT id FROM articles_statistic WHERE {column} = %s AND status <> %s{excluded}
        ORDER BY id DESC LIMIT {limit}
    ) AS newest_{number}
"""
# The columns a walk may follow, each with its index: `grouping_key`, and `value` (`statistic_value`).
_WALKED_COLUMNS = frozenset({"grouping_key", "value"})


def newest_figures(excluded_by_key, limit, column="grouping_key"):
    """A subquery (SQL and parameters) of the ids of the `limit` newest visible figures of each
    key of `excluded_by_key` (key → ids left out), or None for no key; with `column="value"`, of
    each value. A subquery, not its ids (about 500 for a group of imported files): the ORM spent
    more time preparing such a list of ids, one value at a time, than the database took to find them."""
    from articles.models import Statistic

    if column not in _WALKED_COLUMNS:
        raise ValueError(column)
    selects, parameters = [], []
    for number, (key, excluded) in enumerate(excluded_by_key.items()):
        left_out = f" AND id NOT IN ({', '.join(['%s'] * len(excluded))})" if excluded else ""
        selects.append(_NEWEST_OF.format(column=column, excluded=left_out, limit=int(limit), number=number))
        parameters += [key, Statistic.Status.REJECTED.value, *excluded]
    return (" UNION ALL ".join(selects), parameters) if selects else None


# SQLite's search results, best first: the first stage (the ids of `articles.search._sqlite_ranked`
# in its cheap order, at most the paginator's cap, numbered in the order SQLite stores them, which
# is that of its ORDER BY: a window in Django's query computed the score twice), its top `reranked`
# reordered by FTS5's bm25 (title, description and body weighted) less a bonus for each word a tag
# holds. Only the top: on this index (`detail=column`, migration 0007) FTS5 re-reads and
# re-tokenises an article's text to weigh it, about 0.25 ms of CPU an article, 3 s for the 3,085
# matches of `make bench`'s query. The FTS5 scan runs once (materialised: bm25's IDFs are computed
# once per scan), over the range of the ids to weigh only; `+rowid` keeps their list a filter after
# the match rather than one FTS5 lookup, IDFs included, per id. Placeholders are positional, as the
# first stage's SQL is Django's.
SQLITE_RERANKED_SEARCH = """
    WITH first_rows(id) AS MATERIALIZED ({first_stage}),
    first_stage(id, position) AS MATERIALIZED (SELECT id, row_number() OVER () FROM first_rows),
    top(id) AS MATERIALIZED (SELECT id FROM first_stage WHERE position <= %s),
    weighed(id, score) AS MATERIALIZED (
        SELECT rowid, bm25(articles_article_fts, %s, %s, %s) FROM articles_article_fts
        WHERE articles_article_fts MATCH %s AND +rowid IN (SELECT id FROM top)
            AND rowid BETWEEN (SELECT min(id) FROM top) AND (SELECT max(id) FROM top)
    )
    SELECT first_stage.id FROM first_stage LEFT JOIN weighed ON weighed.id = first_stage.id
    ORDER BY first_stage.position > %s,
        CASE WHEN first_stage.position <= %s THEN coalesce(weighed.score, 0) - ({tag_bonus}) END,
        first_stage.position
"""


def sqlite_reranked_ids(first_stage, reranked, weights, fts_query, tag_bonuses):
    """The ids of `first_stage` (an ordered queryset of `pk`s, best first), its first
    `reranked` in the order of bm25 with `weights` (title, description, body) on `fts_query`;
    `tag_bonuses` holds (RawSQL of tagged `object_id`s, bonus), one for each word a tag holds."""
    first_sql, first_params = first_stage.query.sql_with_params()
    bonuses, bonus_params = [], []
    for object_ids, bonus in tag_bonuses:
        bonuses.append(f"(first_stage.id IN ({object_ids.sql})) * %s")
        bonus_params += [*object_ids.params, bonus]
    query = SQLITE_RERANKED_SEARCH.format(first_stage=first_sql, tag_bonus=" + ".join(bonuses) or "0")
    params = [*first_params, reranked, *weights, fts_query, reranked, reranked, *bonus_params]
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return [pk for (pk,) in cursor.fetchall()]


# The lowest `limit` public figures of each indicator by value, maybe of one theme or source, for
# the charts of `/statistiques/`: one walk down the (indicator, value) index per indicator, each
# stopping after its bars. A window function over the ORM's query numbered every figure of the
# ten indicators first (hundreds each at 10,000 articles). Restates the publication rule of
# `ArticleQuerySet.published()` and `StatisticQuerySet.visible()` (not rejected).
_LOWEST_OF_INDICATOR = """
    SELECT * FROM (
        SELECT figure.id FROM articles_statistic AS figure
        INNER JOIN articles_article AS article ON article.id = figure.article_id
        WHERE figure.indicator_id = %s AND figure.status <> %s AND article.status = %s
            AND article.publish_date <= %s{theme}{source}
        ORDER BY figure.value, figure.id LIMIT {limit}
    ) AS lowest_{number}
"""
_OF_THEME = " AND article.theme_id IN (SELECT id FROM articles_theme WHERE slug = %s)"
_OF_SOURCE = " AND figure.source_id IN (SELECT id FROM articles_source WHERE slug = %s)"


def chart_figures(indicator_ids, limit, theme_slug="", source_slug=""):
    """The ids of the `limit` public figures of lowest value of each indicator, as a subquery
    (`pk__in=chart_figures(...)`): the page reads the figures themselves in the same query."""
    from articles.models import Article, Statistic

    now = connection.ops.adapt_datetimefield_value(timezone.now())
    selects, parameters = [], []
    for number, indicator_id in enumerate(indicator_ids):
        selects.append(
            _LOWEST_OF_INDICATOR.format(
                theme=_OF_THEME if theme_slug else "",
                source=_OF_SOURCE if source_slug else "",
                limit=int(limit),
                number=number,
            )
        )
        parameters += [indicator_id, Statistic.Status.REJECTED.value, Article.Status.PUBLISHED.value, now]
        parameters += [slug for slug in (theme_slug, source_slug) if slug]
    return RawSQL(" UNION ALL ".join(selects), parameters)


BODIES_UPDATE = "UPDATE articles_article SET body_html = %s, modified_at = %s WHERE id = %s"


def store_bodies(articles):
    """Store the `body_html` and `modified_at` of these articles: one statement, run for each
    (`executemany`). A queryset's `update()` an article cost the importer more Python than SQL
    (1,000 new articles: some 1,000 queries built), a `bulk_update` a CASE of every body."""
    if not articles:
        return
    adapt = connection.ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        cursor.executemany(
            BODIES_UPDATE, [(article.body_html, adapt(article.modified_at), article.pk) for article in articles]
        )


# PostgreSQL plans a query from what ANALYZE last measured of its tables (row counts, common
# values); autovacuum measures a table again once its changes pass the thresholds below, a minute
# later at most, and never when it is off (as on the server `make bench` ran on). Right after an
# import of 2,000 articles the planner took the published articles for two rows: the skill page
# probed the skill tree once per article (300 ms, 30 ms once measured) and /statistiques/ took
# twice its time. The importer measures the tables it filled now, with autovacuum's own rule.
STALE_TABLES_QUERY = """
    SELECT stats.relname FROM pg_stat_user_tables AS stats JOIN pg_class ON pg_class.oid = stats.relid
    WHERE stats.relname = ANY(%s) AND stats.n_mod_since_analyze
        > current_setting('autovacuum_analyze_threshold')::float
        + current_setting('autovacuum_analyze_scale_factor')::float * GREATEST(pg_class.reltuples, 0)
    ORDER BY stats.relname
"""


def analyze_stale_tables(tables):
    """On PostgreSQL, ANALYZE those of `tables` whose changes since they were last measured pass
    autovacuum's thresholds; the names of those measured (none on SQLite, whose planner reads its
    indexes). Outside a transaction: the changes are counted once committed."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return []
    with connection.cursor() as cursor:
        if connection.pg_version >= 150000:
            # This session's latest counts reach the statistics views when it next waits idle,
            # at most once a second unless asked: after this statement, then.
            cursor.execute("SELECT pg_stat_force_next_flush()")
        cursor.execute(STALE_TABLES_QUERY, [sorted(tables)])
        stale = [name for (name,) in cursor.fetchall()]
        if stale:
            cursor.execute(f"ANALYZE {', '.join(connection.ops.quote_name(name) for name in stale)}")
    return stale
