from django.apps import AppConfig
from taggit.apps import TaggitAppConfig


class ArticlesConfig(AppConfig):
    # This module holds a second AppConfig (taggit's, below): say which one "articles" means.
    default = True
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Contenus éditoriaux"

    def ready(self):
        from articles.cache import connect_invalidation

        connect_invalidation()


class KeywordsConfig(TaggitAppConfig):
    """taggit, named in French in the admin ("Mots-clés", not "Taggit" and "Tags").

    Only the names shown change: taggit's tables, migrations and app label stay its own (the
    model's `original_attrs`, which migrations read, are left alone).
    """

    verbose_name = "Mots-clés"

    def ready(self):
        super().ready()
        from taggit.models import Tag, TaggedItem

        Tag._meta.verbose_name, Tag._meta.verbose_name_plural = "mot-clé", "mots-clés"
        TaggedItem._meta.verbose_name, TaggedItem._meta.verbose_name_plural = (
            "mot-clé d'un article",
            "mots-clés des articles",
        )
