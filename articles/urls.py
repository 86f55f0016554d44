from django.urls import include, path

from articles import feeds, views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/", views.ArticleListView.as_view(), name="list"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("themes/<slug:slug>/", views.ThemeView.as_view(), name="theme"),
    path("competences/<slug:slug>/", views.SkillView.as_view(), name="skill"),
    # taggit keeps accents in tag slugs ("génération-de-contenu"), which <slug:> refuses.
    path("mots-cles/<str:slug>/", views.TagView.as_view(), name="tag"),
    path("auteurs/<slug:slug>/", views.AuthorView.as_view(), name="author"),
    path("recherche/", views.SearchView.as_view(), name="search"),
    path("flux/rss/", feeds.LatestArticlesFeed(), name="feed_rss"),
    path("flux/atom/", feeds.LatestArticlesAtomFeed(), name="feed_atom"),
    path("flux/themes/<slug:slug>/rss/", feeds.ThemeFeed(), name="theme_feed_rss"),
    path("flux/themes/<slug:slug>/atom/", feeds.ThemeAtomFeed(), name="theme_feed_atom"),
    path("statistiques/", include("articles.comparison.urls")),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
]
