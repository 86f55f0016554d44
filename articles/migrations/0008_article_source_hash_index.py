from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_article_search_fts_sqlite"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["source_hash"], name="article_source_hash"),
        ),
    ]
