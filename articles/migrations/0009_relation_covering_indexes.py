"""Covering indexes on the article–skill and article–author tables, for subject pages.

A skill page lists the articles of a whole subtree: `article_id IN (rows of these skills)`. With
Django's index on `skill_id` alone each row is then read from the table for its `article_id`;
with `(skill_id, article_id)` the index answers alone (on 10,000 articles, the root skill's page
costs half the SQL). The same holds for an author's page. The tables are Django's own for the
many-to-many fields, hence plain SQL, valid on SQLite and PostgreSQL alike.
"""

from django.db import migrations

INDEXES = {
    "articles_article_skills_skill_article": ("articles_article_skills", "skill_id, article_id"),
    "articles_article_authors_author_article": ("articles_article_authors", "author_id, article_id"),
}


class Migration(migrations.Migration):
    dependencies = [("articles", "0008_article_source_hash_index")]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX {name} ON {table} ({columns})", reverse_sql=f"DROP INDEX {name}", elidable=False
        )
        for name, (table, columns) in INDEXES.items()
    ]
