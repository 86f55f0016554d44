"""What "Vouliez-vous dire … ?" reads the articles' words from (articles/search.py, `suggest`).

SQLite: an fts5vocab table over the full-text index of 0007, listing each indexed word (no copy:
it reads the index, so it follows every change; the triggers of 0007 are untouched).
PostgreSQL: the pg_trgm extension, for the trigram similarity of a reader's word and the titles.
"""

from django.db import migrations

VOCABULARY = "articles_article_fts_vocab"


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCABULARY} USING fts5vocab(articles_article_fts, 'row')"
        )
    elif vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(f"DROP TABLE IF EXISTS {VOCABULARY}")
    # The extension stays: something else may use it.


class Migration(migrations.Migration):
    dependencies = [("articles", "0012_slugredirect_french_names")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
