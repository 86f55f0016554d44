from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Contenus éditoriaux"

    def ready(self):
        from articles.cache import connect_invalidation

        connect_invalidation()
