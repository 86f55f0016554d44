"""A full-text index of articles for the search on SQLite only (PostgreSQL has its GIN index, 0004).

An FTS5 table over the title, description and body of `articles_article` (external content: the
text is not stored twice), folding case and accents ("generative" finds "générative"), kept in
step by triggers, so that every way of writing an article (save, bulk_create, update, raw SQL)
keeps it right. `detail=column` keeps no word positions: the search needs none, and a prefix
matching thousands of articles ("client*") reads five times less. `articles.search` queries it; without it SQLite reads every body for each search.
"""

from django.db import migrations

TABLE = "articles_article_fts"
COLUMNS = "title, description, body"
CREATE = [
    f"""CREATE VIRTUAL TABLE {TABLE} USING fts5(
        {COLUMNS}, content='articles_article', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', detail=column
    )""",
    f"""CREATE TRIGGER {TABLE}_insert AFTER INSERT ON articles_article BEGIN
        INSERT INTO {TABLE}(rowid, {COLUMNS}) VALUES (new.id, new.title, new.description, new.body);
    END""",
    f"""CREATE TRIGGER {TABLE}_delete AFTER DELETE ON articles_article BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, {COLUMNS}) VALUES ('delete', old.id, old.title, old.description, old.body);
    END""",
    # Only when the text changed: a save that touches dates or status leaves the index alone.
    f"""CREATE TRIGGER {TABLE}_update AFTER UPDATE OF {COLUMNS} ON articles_article
    WHEN old.title IS NOT new.title OR old.description IS NOT new.description OR old.body IS NOT new.body
    BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, {COLUMNS}) VALUES ('delete', old.id, old.title, old.description, old.body);
        INSERT INTO {TABLE}(rowid, {COLUMNS}) VALUES (new.id, new.title, new.description, new.body);
    END""",
    f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')",
]
DROP = [f"DROP TRIGGER IF EXISTS {TABLE}_{event}" for event in ("insert", "delete", "update")] + [
    f"DROP TABLE IF EXISTS {TABLE}"
]


def create_search_table(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in CREATE:
            schema_editor.execute(statement)


def drop_search_table(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in DROP:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_article_theme_published")]

    operations = [migrations.RunPython(create_search_table, drop_search_table, elidable=False)]
