"""`/statistiques/`: included from articles/urls.py inside the `articles` namespace."""

from django.urls import path

from articles.comparison import views

urlpatterns = [
    path("", views.StatisticsView.as_view(), name="statistics"),
    path("export.csv", views.export_csv, name="statistics_csv"),
    path("export.json", views.export_json, name="statistics_json"),
]
