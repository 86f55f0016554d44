"""The media library in the admin, and the picker the body editor opens to insert an image."""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.urls import path
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from articles.admin.forms import ADMIN_FORM_FIELDS, CheckedImageField
from articles.models import MediaImage

PICKER_IMAGES = 40


def smallest_rendition_url(image):
    names = image.renditions.get("webp") or image.renditions.get("jpeg") or {}
    return image.file.storage.url(names[min(names, key=int)]) if names else image.file.url


class PickerUploadForm(forms.ModelForm):
    """An image sent from the body editor's picker: the file and its alt text, checked as any upload."""

    class Meta:
        model = MediaImage
        fields = ("file", "alt")
        field_classes = {"file": CheckedImageField}


def picker_entry(image):
    return {"id": image.pk, "alt": image.alt, "thumbnail": smallest_rendition_url(image), "markdown": image.markdown}


@admin.register(MediaImage)
class MediaImageAdmin(admin.ModelAdmin):
    formfield_overrides = ADMIN_FORM_FIELDS
    list_display = ("thumbnail", "alt", "dimensions", "markdown_code", "uploaded_at")
    list_display_links = ("thumbnail", "alt")
    search_fields = ("alt", "caption")
    fieldsets = (
        (None, {"fields": ("file", "alt", "caption")}),
        ("Recadrage", {"fields": ("crop", "focal_x", "focal_y", "focal_picker")}),
        ("Dans un article", {"fields": ("markdown_code", "dimensions", "uploaded_by", "uploaded_at")}),
    )
    readonly_fields = ("focal_picker", "markdown_code", "dimensions", "uploaded_by", "uploaded_at")

    @property
    def media(self):
        own = forms.Media(css={"all": ("admin/css/redaction.css",)}, js=("admin/js/media-picker.js",))
        return super().media + own

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description="aperçu")
    def thumbnail(self, image):
        return format_html('<img class="media-thumbnail" src="{}" alt="">', smallest_rendition_url(image))

    @admin.display(description="taille")
    def dimensions(self, image):
        return f"{image.width} × {image.height} px" if image.width else "—"

    @admin.display(description="à copier dans un article")
    def markdown_code(self, image):
        return format_html("<code>{}</code>", image.markdown) if image.pk else "—"

    @admin.display(description="point d'intérêt")
    def focal_picker(self, image):
        if not image.pk:
            return "Choisissez le point d'intérêt après l'envoi de l'image."
        return format_html(
            '<p class="help">Cliquez sur ce qui doit rester visible quand l\'image est recadrée.</p>'
            '<div class="focal-picker"><img src="{}" alt="{}"><span class="focal-point" hidden></span></div>',
            image.file.url,
            image.alt,
        )

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("choisir/", wrap(self.picker_view), name="articles_mediaimage_picker"),
            path("televerser/", wrap(require_POST(self.picker_upload_view)), name="articles_mediaimage_picker_upload"),
            *super().get_urls(),
        ]

    def picker_view(self, request):
        """The newest images (or those whose alt text or caption holds `q`), for the editor's picker."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        images = MediaImage.objects.all()
        if query := request.GET.get("q", "").strip():
            images = self.get_search_results(request, images, query)[0]
        listed = images.only("pk", "alt", "file", "renditions")[:PICKER_IMAGES]
        return JsonResponse({"images": [picker_entry(image) for image in listed]})

    def picker_upload_view(self, request):
        """An image added from the picker without leaving the article: the library's entry, or the
        form's French errors (422)."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = PickerUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return JsonResponse({"errors": [error for errors in form.errors.values() for error in errors]}, status=422)
        image = form.save(commit=False)
        image.uploaded_by = request.user
        image.save()
        return JsonResponse({"image": picker_entry(image)}, status=201)
