"""The article admin: curation lists, editing with live preview, workflow, revisions, links."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Prefetch
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from import_export.admin import ImportExportModelAdmin
from simple_history.admin import SimpleHistoryAdmin
from taggit.models import Tag, TaggedItem

from articles.admin import actions, views
from articles.admin.forms import ArticleAdminForm
from articles.admin.permissions import EditorialImportExportMixin, can_publish, may_edit
from articles.admin.statistics import StatisticInline
from articles.models import Article, ArticleLink, Author, Statistic
from articles.preview import preview_url
from articles.resources import ArticleResource


class ArticleLinkInline(admin.TabularInline):
    model = ArticleLink
    fk_name = "article"
    extra = 1
    fields = ("position", "kind", "target_article", "target_slug", "title", "url")
    autocomplete_fields = ("target_article",)
    ordering = ("position", "pk")


class NeedsReviewFilter(admin.SimpleListFilter):
    title = "à vérifier"
    parameter_name = "a_verifier"

    def lookups(self, request, model_admin):
        return [("oui", "Valeurs devinées à vérifier"), ("non", "Rien à vérifier")]

    def queryset(self, request, queryset):
        if self.value() in ("oui", "non"):
            return queryset.filter(needs_review=self.value() == "oui")
        return queryset


class HasStatisticsFilter(admin.SimpleListFilter):
    title = "statistiques"
    parameter_name = "statistiques"

    def lookups(self, request, model_admin):
        return [("oui", "Avec statistiques"), ("non", "Sans statistiques")]

    def queryset(self, request, queryset):
        has = Exists(Statistic.objects.filter(article=OuterRef("pk")))
        if self.value() == "oui":
            return queryset.filter(has)
        if self.value() == "non":
            return queryset.exclude(has)
        return queryset


class TagFilter(admin.SimpleListFilter):
    title = "mot-clé"
    parameter_name = "mot_cle"

    def lookups(self, request, model_admin):
        used = TaggedItem.objects.filter(content_type__app_label="articles", content_type__model="article")
        return Tag.objects.filter(pk__in=used.values("tag_id")).values_list("slug", "name")

    def queryset(self, request, queryset):
        return queryset.filter(tags__slug=self.value()) if self.value() else queryset


@admin.register(Article)
class ArticleAdmin(EditorialImportExportMixin, ImportExportModelAdmin, SimpleHistoryAdmin):
    form = ArticleAdminForm
    resource_classes = [ArticleResource]
    change_form_template = "admin/articles/article/change_form.html"
    change_list_template = "admin/articles/article/change_list.html"
    inlines = [ArticleLinkInline, StatisticInline]
    list_display = (
        "title", "status", "theme", "author_names", "publish_date", "needs_review", "statistics_count", "guess_list",
        "changes_link",
    )
    list_display_links = ("title",)
    list_filter = (
        "status", NeedsReviewFilter, HasStatisticsFilter, "theme", "skills", "authors", TagFilter, "publish_date"
    )
    list_select_related = ("theme",)
    list_per_page = 100
    search_fields = ("title", "slug", "description")
    date_hierarchy = "publish_date"
    ordering = ("-publish_date", "-pk")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("authors", "skills", "theme")
    readonly_fields = ("incoming_links", "guess_list", "created_by", "version")
    actions = [
        actions.publish, actions.unpublish, actions.send_to_review, actions.mark_reviewed,
        actions.set_theme, actions.add_skill,
    ]
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "publish_date", "updated_date", "loaded_version")}),
        ("Contenu", {"fields": ("description", "body")}),
        ("Classement", {"fields": ("theme", "skills", "authors", "tags", "note")}),
        ("Image", {"fields": ("cover_image", "cover_alt")}),
        ("Vérification", {"fields": ("needs_review", "guess_list", "guesses")}),
        ("Liens entrants", {"fields": ("incoming_links",)}),
        (
            "Source",
            {"classes": ("collapse",), "fields": ("canonical_url", "source_path", "source_hash", "metadata", "created_by", "version")},
        ),
    )

    class Media:
        css = {"all": ("admin/css/redaction.css",)}
        js = ("admin/js/markdown-preview.js",)

    # Queries: one for the page of articles (theme joined, statistics counted), one for authors.
    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name == "articles_article_changelist":
            queryset = (
                queryset.defer("body", "body_html", "toc", "metadata")
                .annotate(statistics_total=Count("statistics", distinct=True))
                .prefetch_related(Prefetch("authors", queryset=Author.objects.only("pk", "name")))
            )
            if not can_publish(request.user):
                queryset = queryset.filter(created_by=request.user)
        return queryset

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.current_user = request.user
        return form

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and (obj is None or may_edit(request.user, obj))

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (obj is None or may_edit(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or may_edit(request.user, obj))

    def has_publish_permission(self, request):
        return can_publish(request.user)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        elif form.cleaned_data.get("loaded_version") is not None:
            # The form checked this is the stored version, under a row lock held until commit.
            obj.version = form.cleaned_data["loaded_version"] + 1
        super().save_model(request, obj, form, change)

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("apercu-markdown/", wrap(views.markdown_preview), name="articles_article_markdown_preview"),
            path("importer-des-fichiers/", wrap(views.DocumentImportView.as_view(model_admin=self)),
                 name="articles_article_import_documents"),
            path("liens/", wrap(views.LinkReportView.as_view(model_admin=self)), name="articles_article_links"),
            path("<path:object_id>/changements/", wrap(views.ChangesView.as_view(model_admin=self)),
                 name="articles_article_changes"),
            path("<path:object_id>/apercu/", wrap(self.preview_view), name="articles_article_preview"),
        ] + super().get_urls()

    def preview_view(self, request, object_id):
        """Staff preview of a draft in the public template: the public page shows drafts to staff."""
        from django.shortcuts import get_object_or_404, redirect

        article = get_object_or_404(Article, pk=object_id)
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        return redirect(article.get_absolute_url())

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context["share_preview_url"] = request.build_absolute_uri(preview_url(obj))
            context["staff_preview_url"] = reverse("admin:articles_article_preview", args=[obj.pk])
            context["changes_url"] = reverse("admin:articles_article_changes", args=[obj.pk])
        context["markdown_preview_url"] = reverse("admin:articles_article_markdown_preview")
        return super().render_change_form(request, context, add, change, form_url, obj)

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_public else None

    @admin.display(description="auteurs")
    def author_names(self, article):
        return ", ".join(author.name for author in article.authors.all())

    @admin.display(description="stat.", ordering="statistics_total")
    def statistics_count(self, article):
        return getattr(article, "statistics_total", None)

    @admin.display(description="à vérifier")
    def guess_list(self, article):
        return ", ".join(str(guess) for guess in article.guesses or []) or "—"

    @admin.display(description="relecture")
    def changes_link(self, article):
        """One click from the review queue to what changed since publication."""
        if article.status != Article.Status.REVIEW:
            return ""
        return format_html(
            '<a href="{}">Voir les changements</a>', reverse("admin:articles_article_changes", args=[article.pk])
        )

    @admin.display(description="articles qui pointent ici")
    def incoming_links(self, article):
        if not article.pk:
            return "—"
        sources = Article.objects.filter(links__target_article=article).distinct().only("pk", "title")
        return format_html_join(
            ", ", '<a href="{}">{}</a>',
            ((reverse("admin:articles_article_change", args=[source.pk]), source.title) for source in sources),
        ) or "Aucun"


class PendingLinkFilter(admin.SimpleListFilter):
    title = "cible"
    parameter_name = "cible"

    def lookups(self, request, model_admin):
        return [("en-attente", "Article pas encore écrit"), ("non-publiee", "Article non publié")]

    def queryset(self, request, queryset):
        if self.value() == "en-attente":
            return queryset.pending()
        if self.value() == "non-publiee":
            return views.links_to_unpublished(queryset)
        return queryset


@admin.register(ArticleLink)
class ArticleLinkAdmin(admin.ModelAdmin):
    """All cross-links at once; usually edited inline on their article."""

    list_display = ("__str__", "kind", "article", "target_article", "target_slug", "position")
    list_filter = ("kind", PendingLinkFilter)
    list_select_related = ("article", "target_article")
    search_fields = ("title", "url", "target_slug", "article__title")
    autocomplete_fields = ("article", "target_article")
    ordering = ("article", "position", "pk")
