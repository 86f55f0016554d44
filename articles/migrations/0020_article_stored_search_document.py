"""The French full-text document of an article, stored in a generated column on PostgreSQL only.

Migration 0004 indexed the document as an expression: matching used the index, but ranking the
matches had to build each one's document again from its whole body (about 2 ms an article, so
seconds for a common word at a few thousand articles). A stored column is built once per write,
and both the GIN index and the ranking read it. The model does not declare it (SQLite has no
tsvector; its search uses FTS5): `articles.search` names it. PostgreSQL refuses to change the type
of a column a generated column reads, so a later change to title, description or body drops it
first and adds it again.
"""

from django.db import migrations

INDEX_NAME = "articles_article_search_fr"
COLUMN = "search_document"
DOCUMENT = (
    "(setweight(to_tsvector('french'::regconfig, COALESCE(title, '')), 'A')"
    " || setweight(to_tsvector('french'::regconfig, COALESCE(description, '')), 'B')"
    " || setweight(to_tsvector('french'::regconfig, COALESCE(body, '')), 'C'))"
)


def store_document(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")
        schema_editor.execute(
            f"ALTER TABLE articles_article ADD COLUMN {COLUMN} tsvector GENERATED ALWAYS AS ({DOCUMENT}) STORED"
        )
        schema_editor.execute(f"CREATE INDEX {INDEX_NAME} ON articles_article USING GIN ({COLUMN})")


def index_expression(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX_NAME}")
        schema_editor.execute(f"ALTER TABLE articles_article DROP COLUMN IF EXISTS {COLUMN}")
        schema_editor.execute(f"CREATE INDEX {INDEX_NAME} ON articles_article USING GIN ({DOCUMENT})")


class Migration(migrations.Migration):
    dependencies = [("articles", "0019_working_copy_autosave_presence")]

    operations = [migrations.RunPython(store_document, index_expression, elidable=False)]
