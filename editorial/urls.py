from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from articles import views as article_views
from articles.admin import views as admin_views
from articles.preview import SharedPreviewView
from articles.sitemaps import sitemap_index, sitemap_section

admin.site.site_header = "Rédaction — administration"
admin.site.site_title = "Rédaction"
admin.site.index_title = "Contenus éditoriaux"

urlpatterns = [
    # Before the admin's own, which redirects to any object's address without asking who may see it.
    path("admin/r/<path:content_type_id>/<path:object_id>/", admin.site.admin_view(admin_views.view_on_site)),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<section>.xml", sitemap_section, name="sitemap_section"),
    path("robots.txt", article_views.robots_txt, name="robots_txt"),
    path("apercu/<str:token>/", SharedPreviewView.as_view(), name="shared_preview"),
    path("", include("articles.urls")),
]
handler404 = "articles.views.page_not_found"
handler500 = "articles.views.server_error"

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
