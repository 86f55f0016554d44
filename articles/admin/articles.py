"""The article admin: curation lists, editing with live preview, workflow, revisions, links."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.forms.models import BaseInlineFormSet
from django.http import Http404
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from import_export.admin import ImportExportModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from articles.addresses import absolute_url
from articles.admin import actions, views
from articles.admin.figure_review import StatisticInline
from articles.admin.filters import AutocompleteListFilter, HasStatisticsFilter, NeedsReviewFilter, WorkingCopyFilter
from articles.admin.forms import ADMIN_FORM_FIELDS, ArticleAdminForm
from articles.admin.history import FrenchRecordContextHelper
from articles.admin.permissions import EditorialImportExportMixin, can_publish, may_edit, may_edit_copy, may_open
from articles.cache import editing
from articles.copies import COPIED_RELATIONS, LINK_FIELDS, copy_links, overlay, save_copy, set_links, values_of
from articles.images import strip_metadata
from articles.models import Article, ArticleLink, Author, Autosave, Statistic, WorkingCopy
from articles.preview import preview_url
from articles.resources import ArticleResource


class LinkFieldsMixin:
    """A link's own article is one the user may edit, its target one they may read: a typed id
    can neither reach another's article nor show another author's draft by its title."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "article":
            kwargs["queryset"] = Article.objects.editable_by(request.user)
        elif db_field.name == "target_article":
            kwargs["queryset"] = Article.objects.readable_by(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


def shown_copy_links(article):
    """The links of the working copy the change form shows, or None (no copy, or one that
    holds no links: the form edits the live rows)."""
    copy = getattr(article, "shown_copy", None)
    return copy.values["links"] if copy is not None and "links" in copy.values else None


class ArticleLinkFormSet(BaseInlineFormSet):
    """The live article's link rows or, when the form shows a working copy holding links, the
    copy's links as rows to write (they are not rows yet: the admin's ✖ removes one)."""

    def __init__(self, *args, **kwargs):
        links = shown_copy_links(kwargs.get("instance"))
        self.holds_copy = links is not None
        if self.holds_copy:
            kwargs["queryset"] = ArticleLink.objects.none()
            if kwargs.get("data") is None:
                kwargs["initial"] = links
        super().__init__(*args, **kwargs)

    def take_links(self):
        """The links the form leaves (rows not removed, in their order), as the copy holds them,
        taken in place of saving the rows (the admin's change message then lists no row)."""
        self.new_objects, self.changed_objects, self.deleted_objects = [], [], []
        links = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or self._should_delete_form(form):
                continue  # a blank extra row, or one removed
            target = data.get("target_article")
            slug = data.get("target_slug") or ""
            if target is not None and data["kind"] == ArticleLink.Kind.ARTICLE and not slug:
                slug = target.slug  # as ArticleLink.save() fills it
            links.append(
                {
                    "position": data.get("position") or 0,
                    "kind": data["kind"],
                    "target_article": target.pk if target is not None else None,
                    "target_slug": slug,
                    "title": data.get("title") or "",
                    "url": data.get("url") or "",
                }
            )
        return sorted(links, key=lambda link: link["position"])


class ArticleLinkInline(LinkFieldsMixin, admin.TabularInline):
    model = ArticleLink
    formset = ArticleLinkFormSet
    fk_name = "article"
    extra = 1
    fields = ("position", "kind", "target_article", "target_slug", "title", "url")
    autocomplete_fields = ("target_article",)
    ordering = ("position", "pk")

    def get_extra(self, request, obj=None, **kwargs):
        links = shown_copy_links(obj)
        return self.extra + (len(links) if links else 0)


# Stored renderings and imported metadata: kilobytes a row the changelist never shows.
BIG_COLUMNS = ("body", "body_html", "toc", "metadata", "cover_renditions", "description")


def statistics_per_article():
    """How many figures the outer article cites, one index probe per listed row."""
    figures = Statistic.objects.filter(article=OuterRef("pk")).order_by().values("article")
    return figures.annotate(total=Count("pk")).values("total")


@admin.register(Article)
class ArticleAdmin(actions.LightActionCheckbox, EditorialImportExportMixin, ImportExportModelAdmin, SimpleHistoryAdmin):
    formfield_overrides = ADMIN_FORM_FIELDS
    form = ArticleAdminForm
    resource_classes = [ArticleResource]
    change_form_template = "admin/articles/article/change_form.html"
    change_list_template = "admin/articles/article/change_list.html"
    # simple_history's list, in French: "Changements", no "None", values as labels and local dates.
    object_history_list_template = "admin/articles/article/object_history_list.html"
    inlines = [ArticleLinkInline, StatisticInline]
    list_display = (
        "title",
        "status",
        "theme",
        "author_names",
        "publish_date",
        "review_flag",
        "statistics_count",
        "changes_link",
    )
    list_display_links = ("title",)
    # Skills, authors and tags are hundreds to thousands: typed, never listed (admin/filters.py).
    list_filter = (
        "status",
        WorkingCopyFilter,
        NeedsReviewFilter,
        HasStatisticsFilter,
        "theme",
        ("skills", AutocompleteListFilter),
        ("authors", AutocompleteListFilter),
        ("tags", AutocompleteListFilter),
        "publish_date",
    )
    list_select_related = ("theme",)
    list_per_page = 50
    # The filtered count is enough; a second COUNT(*) over every article says little more.
    show_full_result_count = False
    search_fields = ("title", "slug", "description")
    ordering = ("-publish_date", "-pk")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("authors", "skills", "theme")
    readonly_fields = ("incoming_links", "guess_list", "created_by", "version")
    actions = [
        actions.publish,
        actions.unpublish,
        actions.send_to_review,
        actions.mark_reviewed,
        actions.set_theme,
        actions.add_skill,
    ]
    fieldsets = (
        (
            None,
            {"fields": ("title", "slug", "status", "publish_date", "updated_date", "loaded_version", "loaded_copy")},
        ),
        ("Contenu", {"fields": ("description", "body")}),
        ("Classement", {"fields": ("theme", "skills", "authors", "tags", "note")}),
        ("Image", {"fields": ("cover_image", "cover_alt", "kept_cover")}),
        ("Vérification", {"fields": ("needs_review", "guess_list")}),
        ("Liens entrants", {"fields": ("incoming_links",)}),
        (
            "Source",
            {
                "classes": ("collapse",),
                "fields": ("canonical_url", "source_path", "source_hash", "metadata", "created_by", "version"),
            },
        ),
    )

    @property
    def media(self):
        """Our stylesheet and preview script, and what the filters' autocomplete boxes need.

        A property, not `class Media`, to add the autocomplete widget's own files in their order.
        """
        own = forms.Media(
            css={"all": ("admin/css/redaction.css",)},
            js=("admin/js/markdown-preview.js", "admin/js/media-picker.js", "admin/js/article-editing.js"),
        )
        return super().media + own + AutocompleteListFilter.media(Article._meta.get_field("skills"), self.admin_site)

    # Queries: the count, the page of articles (theme joined, big columns left out, statistics
    # counted for the listed rows only, by a correlated subquery the count leaves out), the authors.
    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name == "articles_article_changelist":
            queryset = (
                queryset.defer(*BIG_COLUMNS)
                .annotate(
                    statistics_total=Subquery(statistics_per_article(), output_field=IntegerField()),
                    copy_status=F("working_copy__status"),
                )
                .prefetch_related(Prefetch("authors", queryset=Author.objects.only("pk", "name")))
            )
            if not can_publish(request.user):
                queryset = queryset.filter(created_by=request.user)
        return queryset

    def get_search_results(self, request, queryset, search_term):
        """Articles offered to an Auteur by the autocomplete: as a link's source, the ones they may
        edit; as a target, the published ones and their own, never others' drafts."""
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if request.resolver_match and request.resolver_match.url_name == "autocomplete":
            is_link_source = (
                request.GET.get("model_name") == "articlelink" and request.GET.get("field_name") == "article"
            )
            allowed = Article.objects.editable_by if is_link_source else Article.objects.readable_by
            queryset = queryset.filter(pk__in=allowed(request.user).values("pk"))
        return queryset, may_have_duplicates

    def get_object(self, request, object_id, from_field=None):
        article = super().get_object(request, object_id, from_field)
        if article is not None:
            article.viewer = request.user  # for incoming_links: whose titles may be shown
            if request.resolver_match and request.resolver_match.url_name == "articles_article_change":
                # The change form of a live article shows its working copy, when it has one.
                article.shown_copy = WorkingCopy.objects.filter(article=article).select_related("updated_by").first()
                if article.shown_copy is not None:
                    overlay(article, article.shown_copy.values)
        return article

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """A revision is shown and restored under the rules of the article as it is now: the
        historical copy's own status and owner would let an author restore (and so unpublish)
        an article they can no longer edit."""
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404("Aucun article avec cet identifiant.")
        # An author's live article: its copy is theirs to write, its revisions are not theirs to restore.
        if not self.has_change_permission(request, article) or not may_edit(request.user, article):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_historical_record_context_helper(self, request, historical_record):
        return FrenchRecordContextHelper(self.model, historical_record)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.current_user = request.user
        if obj is not None and request.method == "GET" and "restaurer" in request.GET:
            form.restored = (
                Autosave.objects.filter(article=obj, user=request.user).values_list("data", flat=True).first()
            )
        return form

    def get_inlines(self, request, obj):
        """Figures are the live article's rows: only who may change it edits them. Links go to
        the working copy of a live article: who may write the copy edits them too."""
        if obj is not None and obj.pk and not may_edit(request.user, obj):
            return [ArticleLinkInline] if may_edit_copy(request.user, obj) else []
        return super().get_inlines(request, obj)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and (obj is None or may_open(request.user, obj))

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (obj is None or may_open(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or may_edit(request.user, obj))

    def has_publish_permission(self, request):
        return can_publish(request.user)

    def save_model(self, request, obj, form, change):
        with editing(obj):
            Autosave.objects.filter(article=obj.pk, user=request.user).delete()  # saved: nothing to offer back
            if change and form.edits_copy and not publishes_now(obj):
                request.saving_copy = True  # written by save_related, with the links of its formset
                return
            if not change:
                obj.created_by = request.user
            elif form.cleaned_data.get("loaded_version") is not None:
                # The form checked this is the stored version, under a row lock held until commit.
                obj.version = form.cleaned_data["loaded_version"] + 1
            super().save_model(request, obj, form, change)
            if getattr(obj, "shown_copy", None) is not None:
                # The change form showed the working copy (the stale check says the current one):
                # saved into the article, it has nothing left to hold. A revision restored keeps it.
                WorkingCopy.objects.filter(article=obj).delete()
            if obj.status == Article.Status.PUBLISHED and (problems := obj.publication_problems()):
                messages.warning(
                    request,
                    "Article enregistré, mais il lui manque encore, pour être publié dans les règles : "
                    + " ".join(problems.values()),
                )

    def save_working_copy(self, request, obj, form, links):
        """Write the form into the article's working copy (`links`: the form's links, as the
        copy holds them); the live row is not touched.

        A new cover is stored now (metadata stripped), named by the copy, and becomes the
        article's when the copy is published."""
        if obj.cover_image and not obj.cover_image._committed:
            strip_metadata(obj.cover_image)
            obj.cover_image.save(obj.cover_image.name, obj.cover_image.file, save=False)
        values = values_of(obj, {name: form.cleaned_data.get(name) or [] for name in COPIED_RELATIONS})
        values["links"] = links
        if obj.status == Article.Status.PUBLISHED:  # an editor chose a date to come
            return save_copy(
                obj, values, user=request.user, status=WorkingCopy.Status.SCHEDULED, publish_at=obj.publish_date
            )
        return save_copy(obj, values, user=request.user, status=obj.status)

    def save_related(self, request, form, formsets, change):
        with editing(form.instance):
            link_formsets = [formset for formset in formsets if isinstance(formset, ArticleLinkFormSet)]
            others = [formset for formset in formsets if formset not in link_formsets]
            if getattr(request, "saving_copy", False):
                # The copy holds the relations and the links; figures stay the live article's rows.
                links = link_formsets[0].take_links() if link_formsets else copy_links_values(form.instance)
                request.saved_copy = self.save_working_copy(request, form.instance, form, links)
                for formset in others:
                    self.save_formset(request, form, formset, change=change)
                return
            super().save_related(request, form, others, change)
            for formset in link_formsets:
                if formset.holds_copy:
                    # The form showed the copy's links (not rows yet): they replace the live ones.
                    set_links(form.instance, copy_links({"links": formset.take_links()}))
                else:
                    self.save_formset(request, form, formset, change=change)

    def message_user(self, request, message, *args, **kwargs):
        """After a save into the working copy, say that the live article did not change (in
        place of the admin's "modifié avec succès")."""
        copy = getattr(request, "saved_copy", None)
        if copy is not None and not getattr(request, "copy_reported", False):
            request.copy_reported = True
            message = copy_saved_message(copy)
        super().message_user(request, message, *args, **kwargs)

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("apercu-markdown/", wrap(views.markdown_preview), name="articles_article_markdown_preview"),
            path(
                "importer-des-fichiers/",
                wrap(views.DocumentImportView.as_view(model_admin=self)),
                name="articles_article_import_documents",
            ),
            path("liens/", wrap(views.LinkReportView.as_view(model_admin=self)), name="articles_article_links"),
            path(
                "<path:object_id>/changements/",
                wrap(views.ChangesView.as_view(model_admin=self)),
                name="articles_article_changes",
            ),
            path("<path:object_id>/apercu/", wrap(self.preview_view), name="articles_article_preview"),
            path(
                "<path:object_id>/sauvegarde-auto/",
                wrap(views.autosave_view(self)),
                name="articles_article_autosave",
            ),
            path("<path:object_id>/presence/", wrap(views.presence_view(self)), name="articles_article_presence"),
            path(
                "<path:object_id>/apercu-de-la-copie/",
                wrap(views.copy_preview_view(self)),
                name="articles_article_copy_preview",
            ),
            path(
                "<path:object_id>/abandonner-la-copie/",
                wrap(views.discard_copy_view(self)),
                name="articles_article_discard_copy",
            ),
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
            context["share_preview_url"] = absolute_url(preview_url(obj))
            context["staff_preview_url"] = reverse("admin:articles_article_preview", args=[obj.pk])
            context["changes_url"] = reverse("admin:articles_article_changes", args=[obj.pk])
            context.update(views.editing_context(request, obj))
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

    @admin.display(description="à vérifier", ordering="-needs_review")
    def review_flag(self, article):
        """What the import guessed, in one short line, for an article still to check; the change
        page lists every guess."""
        if not article.needs_review:
            return "—"
        guesses = article.guesses or ["à relire"]
        summary = f"{guesses[0]} (+{len(guesses) - 1})" if len(guesses) > 1 else guesses[0]
        return format_html('<span class="needs-review">⚠ {}</span>', summary)

    @admin.display(description="valeurs devinées à l'import")
    def guess_list(self, article):
        if not article.guesses:
            return "—"
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((guess,) for guess in article.guesses)))

    @admin.display(description="relecture")
    def changes_link(self, article):
        """One click from the review queue to what changed since publication (or in the copy)."""
        copy_status = getattr(article, "copy_status", None)
        if article.status != Article.Status.REVIEW and copy_status is None:
            return ""
        link = format_html(
            '<a href="{}">Voir les changements</a>', reverse("admin:articles_article_changes", args=[article.pk])
        )
        if copy_status is None:
            return link
        return format_html("Copie {} · {}", views.COPY_STATES[copy_status], link)

    @admin.display(description="articles qui pointent ici")
    def incoming_links(self, article):
        if not article.pk:
            return "—"
        readable = Article.objects.readable_by(article.viewer) if hasattr(article, "viewer") else Article.objects.none()
        sources = readable.filter(links__target_article=article).distinct().only("pk", "title")
        return (
            format_html_join(
                ", ",
                '<a href="{}">{}</a>',
                ((reverse("admin:articles_article_change", args=[source.pk]), source.title) for source in sources),
            )
            or "Aucun"
        )


def copy_links_values(article):
    """The links a copy keeps when its form had no links to edit: the copy's own, else the live rows."""
    links = shown_copy_links(article)
    if links is not None:
        return links
    fields = [name if name != "target_article" else "target_article_id" for name in LINK_FIELDS]
    rows = ArticleLink.objects.filter(article=article).order_by("position", "pk").values(*fields)
    return [{**row, "target_article": row.pop("target_article_id")} for row in rows]


def publishes_now(article):
    """The form asks for the article online now (an editor's choice: the form refuses it to others)."""
    return article.status == Article.Status.PUBLISHED and not (
        article.publish_date and article.publish_date > timezone.now()
    )


def copy_saved_message(copy):
    title = copy.article.title
    if copy.status == WorkingCopy.Status.SCHEDULED:
        when = formats.date_format(timezone.localtime(copy.publish_at), "DATETIME_FORMAT")
        return (
            f"La copie de travail de « {title} » sera publiée le {when}. La version en ligne reste inchangée d'ici là."
        )
    state = "envoyée en relecture" if copy.status == WorkingCopy.Status.REVIEW else "enregistrée (brouillon)"
    return (
        f"Copie de travail de « {title} » {state}. "
        "La version en ligne reste inchangée jusqu'à ce qu'un éditeur publie la copie."
    )


class PendingLinkFilter(admin.SimpleListFilter):
    title = "cible"
    parameter_name = "cible"

    def lookups(self, request, model_admin):
        return [("en-attente", "Article pas encore écrit"), ("non-publiee", "Article non publié")]

    def queryset(self, request, queryset):
        if self.value() == "en-attente":
            return queryset.pending()
        if self.value() == "non-publiee":
            return queryset.to_unpublished()
        return queryset


@admin.register(ArticleLink)
class ArticleLinkAdmin(LinkFieldsMixin, admin.ModelAdmin):
    """All cross-links at once; usually edited inline on their article."""

    list_display = ("__str__", "kind", "article", "target_article", "target_slug", "position")
    list_filter = ("kind", PendingLinkFilter)
    list_select_related = ("article", "target_article")
    search_fields = ("title", "url", "target_slug", "article__title")
    autocomplete_fields = ("article", "target_article")
    ordering = ("article", "position", "pk")

    class Media:
        css = {"all": ("admin/css/redaction.css",)}

    def get_queryset(self, request):
        """An Auteur sees the links of the articles they may edit, to articles they may read."""
        links = super().get_queryset(request)
        if can_publish(request.user):
            return links
        readable = Article.objects.readable_by(request.user).values("pk")
        return links.filter(article__in=Article.objects.editable_by(request.user).values("pk")).filter(
            Q(target_article=None) | Q(target_article__in=readable)
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "article":
            # An article whose working copy holds its links gets them from the copy when it is
            # published: a link added here would be lost then.
            field.queryset = field.queryset.exclude(pk__in=copies_holding_links().values("article_id"))
        return field

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (obj is None or self.may_change(request, obj))

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or self.may_change(request, obj))

    def may_change(self, request, link):
        """Links of an article its working copy rewrites are read here, changed in the copy."""
        return (
            may_edit(request.user, link.article) and not copies_holding_links().filter(article=link.article_id).exists()
        )


def copies_holding_links():
    """The working copies that hold their article's links."""
    return WorkingCopy.objects.filter(values__has_key="links")
