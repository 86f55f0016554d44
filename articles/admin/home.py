"""The home page as editors arrange it: the lead and the selection, in order."""

from django.contrib import admin

from articles.models import HomePlacement


@admin.register(HomePlacement)
class HomePlacementAdmin(admin.ModelAdmin):
    list_display = ("article", "role", "position", "online")
    list_editable = ("role", "position")
    list_select_related = ("article",)
    autocomplete_fields = ("article",)
    ordering = ("role", "position", "pk")

    @admin.display(description="en ligne", boolean=True)
    def online(self, placement):
        """Only published articles show on the home page; a draft's place waits for it."""
        return placement.article.is_public
