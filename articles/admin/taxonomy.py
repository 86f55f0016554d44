"""Authors, themes, the skill tree and tags; merging skills or tags moves their articles."""

from django.contrib import admin, messages
from django.db.models import Count
from django.utils.html import format_html
from import_export.admin import ImportExportModelAdmin
from taggit.models import Tag

from articles.admin.actions import action_page
from articles.admin.forms import ADMIN_FORM_FIELDS, MergeForm
from articles.admin.permissions import EditorialImportExportMixin
from articles.merging import merge_skills, merge_tags
from articles.models import Author, Skill, SlugRedirect, Theme
from articles.resources import AuthorResource, SkillResource, ThemeResource


def merge_action(merge, noun):
    """An admin action that asks which selected row to keep, then merges the others into it."""

    @admin.action(description=f"Fusionner les {noun} sélectionnés…", permissions=["change", "delete"])
    def action(modeladmin, request, queryset):
        if queryset.count() < 2:
            modeladmin.message_user(request, "Sélectionnez au moins deux éléments à fusionner.", messages.WARNING)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, queryset=queryset)
        if form.is_valid():
            target = form.cleaned_data["target"]
            others = list(queryset.exclude(pk=target.pk))
            merge(target, others)
            modeladmin.message_user(
                request, f"{len(others)} élément(s) fusionné(s) dans « {target} ».", messages.SUCCESS
            )
            return None
        return action_page(
            modeladmin,
            request,
            title=f"Fusionner des {noun}",
            form=form,
            queryset=queryset,
            button="Oui, fusionner",
            intro="Les articles des éléments fusionnés passeront à celui que vous gardez ; les autres seront "
            "supprimés. Cette opération ne peut pas être annulée.",
        )

    action.__name__ = f"merge_{noun}"
    return action


class NamedAndCounted:
    """What authors, themes, skills and tags share: a slug made from the name, counted in articles."""

    articles_relation = "articles"
    prepopulated_fields = {"slug": ("name",)}
    ordering = ("name",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_total=Count(self.articles_relation))

    @admin.display(description="articles", ordering="article_total")
    def article_count(self, row):
        return row.article_total


class TaxonomyAdmin(NamedAndCounted, EditorialImportExportMixin, ImportExportModelAdmin):
    """Authors, themes and skills: found by name or slug, imported and exported."""

    search_fields = ("name", "slug")


@admin.register(Author)
class AuthorAdmin(TaxonomyAdmin):
    formfield_overrides = ADMIN_FORM_FIELDS
    resource_classes = [AuthorResource]
    list_display = ("name", "slug", "website", "article_count")


@admin.register(Theme)
class ThemeAdmin(TaxonomyAdmin):
    resource_classes = [ThemeResource]
    list_display = ("name", "slug", "article_count")


@admin.register(Skill)
class SkillAdmin(TaxonomyAdmin):
    resource_classes = [SkillResource]
    list_display = ("indented_name", "theme", "parent", "article_count")
    list_filter = ("theme",)
    list_select_related = ("theme", "parent")
    autocomplete_fields = ("parent", "theme")
    ordering = ("path",)
    actions = [merge_action(merge_skills, "compétences")]

    @admin.display(description="compétence", ordering="path")
    def indented_name(self, skill):
        return format_html(
            '<span class="skill-depth-{}">{}{}</span>', min(skill.depth, 9), "— " * skill.depth, skill.name
        )


admin.site.unregister(Tag)


@admin.register(Tag)
class TagAdmin(NamedAndCounted, admin.ModelAdmin):
    articles_relation = "taggit_taggeditem_items"  # only articles are tagged
    list_display = ("name", "slug", "article_count")
    search_fields = ("name",)
    actions = [merge_action(merge_tags, "mots-clés")]


@admin.register(SlugRedirect)
class SlugRedirectAdmin(admin.ModelAdmin):
    list_display = ("old_slug", "article")
    list_select_related = ("article",)
    search_fields = ("old_slug", "article__title", "article__slug")
    autocomplete_fields = ("article",)
