"""`/statistiques/`: included from articles/urls.py inside the `articles` namespace."""

from django.urls import path

from articles import views_statistics

urlpatterns = [
    path("", views_statistics.StatisticsView.as_view(), name="statistics"),
    path("export.csv", views_statistics.export_csv, name="statistics_csv"),
    path("export.json", views_statistics.export_json, name="statistics_json"),
]
