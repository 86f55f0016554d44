"""A GIN index for the French full-text search of articles (articles/search.py), on PostgreSQL only.

The indexed expression is exactly the weighted document `search._postgres_search` builds, so the
planner can use it; SQLite has no such index and its search does not need one.
"""

from django.db import migrations

INDEX_NAME = "articles_article_search_fr"
DOCUMENT = (
    "(setweight(to_tsvector('french'::regconfig, COALESCE(title, '')), 'A')"
    " || setweight(to_tsvector('french'::regconfig, COALESCE(description, '')), 'B')"
    " || setweight(to_tsvector('french'::regconfig, COALESCE(body, '')), 'C'))"
)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} ON articles_article USING GIN ({DOCUMENT})")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_editorial_groups")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
