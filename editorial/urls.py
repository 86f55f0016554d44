from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Rédaction — administration"
admin.site.site_title = "Rédaction"
admin.site.index_title = "Contenus éditoriaux"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("articles.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
