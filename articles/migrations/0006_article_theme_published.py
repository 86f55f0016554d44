"""An index for theme pages and the home page's theme counts (see `Article.Meta.indexes`)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_statistic_indicator_article_index")]

    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["theme", "status", "publish_date"], name="article_theme_published"),
        ),
    ]
