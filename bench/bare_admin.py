"""The yardstick for the article changelist: Django's admin with no customisation at all.

`make bench` measures `/admin/articles/article/` against `BARE_CHANGELIST`, the changelist of a
`ModelAdmin` with every default, on its own `AdminSite`, in the same run and with the same
session. This URLconf is the bench settings' `ROOT_URLCONF` only, never production's.
"""

from django.contrib import admin
from django.urls import include, path

from articles.models import Article
from editorial import urls as project_urls

BARE_CHANGELIST = "/bench-bare-admin/articles/article/"


class BareArticleAdmin(admin.ModelAdmin):
    """Every default; only the template is pinned to Django's own, since the project overrides
    `admin/articles/article/change_list.html` with links to its own views."""

    change_list_template = "admin/change_list.html"


bare_site = admin.AdminSite(name="bare_admin")
bare_site.register(Article, BareArticleAdmin)

urlpatterns = [
    path("bench-bare-admin/", bare_site.urls),
    path("", include(project_urls)),
]
handler404 = project_urls.handler404
handler500 = project_urls.handler500
