"""The /statistiques/ pages: owned by the statistics pages (included from articles.urls)."""

urlpatterns = []
