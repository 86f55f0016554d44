"""Reviewing the figures the extractor found: queue, inline, indicators, sources, suggestions.

Every change an editor makes to a figure is theirs for good (`edited`, or a status other than
"extracted"), and the article's stored highlighted body is refreshed after it.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.forms.models import BaseInlineFormSet
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from import_export.admin import ImportExportModelAdmin

from articles.admin.actions import LightActionCheckbox, action_page
from articles.admin.filters import AutocompleteListFilter
from articles.admin.forms import HTTPS_URL_FIELDS
from articles.admin.permissions import EditorialImportExportMixin
from articles.comparison import state
from articles.comparison.formatting import format_value, with_display
from articles.comparison.highlighting import highlight_in_sentence
from articles.comparison.loaders import indicators_to_review
from articles.comparison.state import EDITOR_FIELDS
from articles.models import Indicator, Source, Statistic
from articles.resources import StatisticResource


def highlighted_sentence(statistic):
    """The sentence holding the figure, escaped, with the figure's own text in <mark>."""
    return mark_safe(highlight_in_sentence(statistic.sentence, statistic.text))


class StatisticForm(forms.ModelForm):
    """Saving a change to what the figure says marks it as edited, so re-extraction keeps it."""

    class Meta:
        model = Statistic
        fields = ("article", *EDITOR_FIELDS, "indicator", "status")

    def save(self, commit=True):
        if self.instance.pk and set(self.changed_data) & set(EDITOR_FIELDS):
            self.instance.edited = True
        if "status" in self.changed_data:
            self.instance.review_note = ""  # reviewed again
        return super().save(commit)


class StatisticFormSet(BaseInlineFormSet):
    def save(self, commit=True):
        saved = super().save(commit)
        if commit and (self.changed_objects or self.deleted_objects or self.new_objects):
            state.store_highlighted_body(self.instance)
        return saved


class StatisticInline(admin.TabularInline):
    """The figures of one article, each shown in its sentence, on the article's change page."""

    model = Statistic
    form = StatisticForm
    formset = StatisticFormSet
    extra = 0
    # What fits the article's page at 1366 px: the sentence with its figure, the value, and the
    # decision; the figure's own page (its link) holds every other part.
    fields = (
        "sentence_with_figure",
        "value",
        "value_high",
        "unit",
        "population",
        "source",
        "year",
        "indicator",
        "status",
    )
    readonly_fields = ("sentence_with_figure", "population", "source", "indicator")
    show_change_link = True
    verbose_name = "chiffre cité"
    verbose_name_plural = "chiffres cités"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source", "indicator")

    def get_formset(self, request, obj=None, **kwargs):
        """The article's page says which verified figures an edit of the text sent back to review."""
        if obj is not None and request.method == "GET":
            for note in obj.statistics.exclude(review_note="").values_list("review_note", flat=True):
                messages.warning(request, note)
        return super().get_formset(request, obj, **kwargs)

    @admin.display(description="phrase")
    def sentence_with_figure(self, obj):
        return highlighted_sentence(obj)


class ReviewStatusFilter(admin.SimpleListFilter):
    """The review queue: figures still "extracted" unless another status is asked for."""

    title = "statut"
    parameter_name = "statut"
    ALL = "tous"

    def lookups(self, request, model_admin):
        return [*Statistic.Status.choices, (self.ALL, "Tous")]

    def value(self):
        return super().value() or Statistic.Status.EXTRACTED

    def queryset(self, request, queryset):
        value = self.value()
        return queryset if value == self.ALL else queryset.filter(status=value)

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == str(lookup),
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }


class AssignIndicatorForm(forms.Form):
    indicator = forms.ModelChoiceField(Indicator.objects.all(), required=False, label="Indicateur existant")
    new_indicator = forms.CharField(required=False, max_length=200, label="ou nouvel indicateur")

    def clean(self):
        data = super().clean()
        if bool(data.get("indicator")) == bool(data.get("new_indicator", "").strip()):
            raise forms.ValidationError("Choisissez un indicateur existant, ou nommez-en un nouveau.")
        return data

    def chosen_indicator(self):
        return self.cleaned_data["indicator"] or Indicator.objects.named(self.cleaned_data["new_indicator"])


def intermediate_page(modeladmin, request, queryset, *, title, form, action, button):
    """The confirmation page of an action that needs a choice before it runs."""
    return action_page(modeladmin, request, title=title, form=form, queryset=queryset, action=action, button=button)


def move_preview(modeladmin, request, queryset, *, form, title, action, target_name, target, incoming):
    """What an indicator will hold once `incoming` figures join it, and what the indicators they
    leave become, before anything changes; the choice already made rides along hidden."""
    incoming = list(incoming.select_related("article", "indicator"))
    moving = {statistic.pk for statistic in incoming}
    staying = list(target.statistics.visible().select_related("article")) if target else []
    left = {}
    for statistic in incoming:
        if statistic.indicator_id and statistic.indicator_id != getattr(target, "pk", None):
            left.setdefault(statistic.indicator, []).append(statistic)
    leaving = []
    for indicator, statistics in left.items():
        remaining = indicator.statistics.visible().exclude(pk__in=moving).count()
        leaving.append((indicator, len(statistics), remaining, indicator.automatic and remaining < 2))
    return TemplateResponse(
        request,
        "admin/articles/statistics_move_preview.html",
        {
            **modeladmin.admin_site.each_context(request),
            "opts": modeladmin.model._meta,
            "title": title,
            "action": action,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "queryset": queryset,
            "posted": [(name, value) for name in form.fields for value in request.POST.getlist(name)],
            "target_name": target_name,
            "target": target,
            "staying": with_display([s for s in staying if s.pk not in moving]),
            "incoming": with_display(incoming),
            "leaving": leaving,
        },
    )


@admin.register(Statistic)
class StatisticAdmin(LightActionCheckbox, EditorialImportExportMixin, ImportExportModelAdmin):
    form = StatisticForm
    resource_classes = [StatisticResource]
    # The sentence with its figure marked: most figures are judged without opening them.
    list_display = (
        "sentence_with_figure",
        "display_value",
        "population",
        "article",
        "source",
        "year",
        "indicator",
    )
    list_display_links = ("display_value",)
    # Indicators (1,500 at 10,000 articles) and sources are typed, never listed (admin/filters.py):
    # listing every indicator on each page cost more than the rest of the page.
    list_filter = (
        ReviewStatusFilter,
        "unit",
        "forecast",
        "edited",
        ("source", AutocompleteListFilter),
        ("indicator", AutocompleteListFilter),
    )
    list_select_related = ("article", "source", "indicator")
    # The queue's own count is enough; a second COUNT(*) over every figure says little more.
    show_full_result_count = False
    search_fields = ("text", "subject", "sentence", "article__title", "source__name", "indicator__name")
    autocomplete_fields = ("article", "source", "indicator")
    readonly_fields = ("sentence_with_figure", "text", "start", "end", "edited", "review_note")
    fieldsets = (
        (None, {"fields": ("article", "sentence_with_figure", "text")}),
        (
            "Le chiffre",
            {
                "fields": (
                    "value",
                    "value_high",
                    "unit",
                    "currency",
                    "time_unit",
                    "qualifier",
                    "subject",
                    "source",
                    "year",
                )
            },
        ),
        ("Ce qui est mesuré, et de qui", {"fields": ("population", "measure", "qualifiers", "forecast")}),
        ("Relecture", {"fields": ("indicator", "status", "edited", "review_note", "start", "end")}),
    )
    actions = ["verify", "reject", "assign_indicator"]

    @property
    def media(self):
        """Our stylesheet, and what the filters' autocomplete boxes need (as the article changelist's)."""
        own = forms.Media(css={"all": ("admin/css/redaction.css",)})
        return (
            super().media + own + AutocompleteListFilter.media(Statistic._meta.get_field("indicator"), self.admin_site)
        )

    # The queue sorts every figure of the status asked for by its article, then shows a page: the
    # articles' texts, never shown here, made the sort carry every body (3.2 s -> 0.5 s a page at
    # 2,000 articles on SQLite).
    UNSHOWN_ARTICLE_FIELDS = ("body", "body_html", "toc", "description", "metadata", "guesses", "cover_renditions")

    # Not the model's ("article" follows the article's own order, a join and a sort of every
    # figure): the order of the statistic_review_queue index.
    ordering = ("-article_id", "start", "id")

    def get_queryset(self, request):
        return super().get_queryset(request).defer(*(f"article__{name}" for name in self.UNSHOWN_ARTICLE_FIELDS))

    @admin.display(description="valeur")
    def display_value(self, obj):
        return format_value(obj)

    @admin.display(description="phrase")
    def sentence_with_figure(self, obj):
        return highlighted_sentence(obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        state.store_highlighted_body(obj.article)

    def delete_queryset(self, request, queryset):
        state.delete(queryset)

    def delete_model(self, request, obj):
        state.delete(Statistic.objects.filter(pk=obj.pk))

    def _set_status(self, request, queryset, status):
        count = state.set_status(queryset, status)
        self.message_user(
            request, f"{count} chiffre(s) marqué(s) « {Statistic.Status(status).label} ».", messages.SUCCESS
        )

    @admin.action(description="Vérifier les chiffres choisis", permissions=["change"])
    def verify(self, request, queryset):
        self._set_status(request, queryset, Statistic.Status.VERIFIED)

    @admin.action(description="Rejeter les chiffres choisis", permissions=["change"])
    def reject(self, request, queryset):
        self._set_status(request, queryset, Statistic.Status.REJECTED)

    @admin.action(description="Rattacher à un indicateur…", permissions=["change"])
    def assign_indicator(self, request, queryset):
        form = AssignIndicatorForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid() and "confirm" not in request.POST:
            chosen = form.cleaned_data["indicator"]
            return move_preview(
                self,
                request,
                queryset,
                form=form,
                title="Aperçu : rattacher des chiffres à un indicateur",
                action="assign_indicator",
                target_name=str(chosen) if chosen else form.cleaned_data["new_indicator"].strip(),
                target=chosen,
                incoming=queryset,
            )
        if form.is_bound and form.is_valid():
            indicator = form.chosen_indicator()
            count = state.assign(queryset, indicator)
            self.message_user(request, f"{count} chiffre(s) rattaché(s) à « {indicator} ».", messages.SUCCESS)
            return None
        return intermediate_page(
            self,
            request,
            queryset,
            title="Rattacher des chiffres à un indicateur",
            form=form,
            action="assign_indicator",
            button="Rattacher",
        )


class MergeIndicatorsForm(forms.Form):
    target = forms.ModelChoiceField(Indicator.objects.none(), label="Garder l'indicateur")

    def __init__(self, *args, indicators, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = indicators


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "statistic_count", "automatic")
    list_filter = ("automatic",)
    search_fields = ("name", "slug", "description")
    prepopulated_fields = {"slug": ("name",)}
    readonly_fields = ("automatic", "statistic_count")
    actions = ["merge_indicators"]
    change_list_template = "admin/articles/statistics_indicator_list.html"

    def save_model(self, request, obj, form, change):
        """An indicator an editor creates or edits is theirs: the grouper no longer owns it."""
        obj.automatic = False
        super().save_model(request, obj, form, change)

    def get_queryset(self, request):
        # A GROUP BY drops Meta.ordering: the autocomplete's pages need one (the changelist sets its own).
        return super().get_queryset(request).annotate(statistic_count=Count("statistics")).order_by("name", "pk")

    def get_list_display(self, request):
        return self._counted_for(request, super().get_list_display(request))

    def get_readonly_fields(self, request, obj=None):
        return self._counted_for(request, super().get_readonly_fields(request, obj))

    def _counted_for(self, request, fields):
        """The figure count links to the review queue only for whoever may open it."""
        if self.admin_site.is_registered(Statistic) and self.admin_site.get_model_admin(Statistic).has_view_permission(
            request
        ):
            return fields
        return tuple(self.statistic_number if field == "statistic_count" else field for field in fields)

    @admin.display(description="chiffres", ordering="statistic_count")
    def statistic_number(self, obj):
        return "—" if obj.pk is None else obj.statistic_count

    @admin.display(description="chiffres", ordering="statistic_count")
    def statistic_count(self, obj):
        """How many figures it holds, linking to them in the review queue (every status)."""
        if obj.pk is None:
            return "—"
        queue = reverse("admin:articles_statistic_changelist")
        return format_html(
            '<a href="{}?indicator__id__exact={}&amp;statut=tous">{}</a>', queue, obj.pk, obj.statistic_count
        )

    @admin.action(description="Fusionner les indicateurs choisis…", permissions=["change", "delete"])
    def merge_indicators(self, request, queryset):
        if queryset.count() < 2:
            self.message_user(request, "Choisissez au moins deux indicateurs à fusionner.", messages.WARNING)
            return None
        form = MergeIndicatorsForm(request.POST if "apply" in request.POST else None, indicators=queryset)
        if form.is_bound and form.is_valid() and "confirm" not in request.POST:
            target = form.cleaned_data["target"]
            return move_preview(
                self,
                request,
                queryset,
                form=form,
                title="Aperçu : fusionner des indicateurs",
                action="merge_indicators",
                target_name=str(target),
                target=target,
                incoming=Statistic.objects.visible().filter(indicator__in=queryset.exclude(pk=target.pk)),
            )
        if form.is_bound and form.is_valid():
            target = form.cleaned_data["target"]
            moved, removed = state.merge_indicators(target, queryset.exclude(pk=target.pk))
            self.message_user(
                request,
                f"{moved} chiffre(s) déplacé(s) vers « {target} » ; supprimé(s) : {', '.join(removed)}.",
                messages.SUCCESS,
            )
            return None
        return intermediate_page(
            self,
            request,
            queryset,
            title="Fusionner des indicateurs",
            form=form,
            action="merge_indicators",
            button="Fusionner",
        )

    def get_urls(self):
        suggestions = path(
            "suggestions/",
            self.admin_site.admin_view(self.suggestions_view),
            name="articles_indicator_suggestions",
        )
        return [suggestions, *super().get_urls()]

    def suggestions_view(self, request):
        """The indicators the grouper built, with why their figures were put together: an editor
        confirms (and renames), or takes figures out, after a preview of the result."""
        statistic_admin = self.admin_site.get_model_admin(Statistic)
        if not (self.has_change_permission(request) and statistic_admin.has_change_permission(request)):
            raise PermissionDenied
        context = {**self.admin_site.each_context(request), "opts": self.model._meta}
        if request.method == "POST":
            indicator = Indicator.objects.filter(pk=request.POST.get("indicator", "")).first()
            ids = [int(pk) for pk in request.POST.getlist("statistic") if pk.isdigit()]
            action = request.POST.get("action")
            if indicator is None:
                self.message_user(request, "Cet indicateur n'existe plus.", messages.ERROR)
            elif action == "confirm":
                state.confirm(indicator, request.POST.get("name", ""))
                self.message_user(request, f"Indicateur « {indicator} » confirmé.", messages.SUCCESS)
            elif action in ("remove", "split") and not ids:
                self.message_user(request, "Cochez les chiffres concernés.", messages.WARNING)
            elif action in ("remove", "split"):
                leaving = indicator.statistics.filter(pk__in=ids)
                if "apply" not in request.POST:
                    return self._preview(request, context, indicator, leaving, action)
                self._apply(request, indicator, leaving, action)
            return redirect(reverse("admin:articles_indicator_suggestions"))
        context.update(title="Indicateurs à confirmer", suggestions=indicators_to_review())
        return TemplateResponse(request, "admin/articles/statistics_suggestions.html", context)

    def _preview(self, request, context, indicator, leaving, action):
        """What the indicator and the figures taken out will be, before anything changes."""
        leaving = list(leaving.select_related("article", "source"))
        staying = list(indicator.statistics.exclude(pk__in=[s.pk for s in leaving]).select_related("article"))
        context.update(
            title=f"Aperçu : « {indicator} »",
            indicator=indicator,
            action=action,
            leaving=with_display(leaving),
            staying=with_display(staying),
            new_name=request.POST.get("new_name", "").strip(),
            dissolved=indicator.automatic and len(staying) < 2,
        )
        return TemplateResponse(request, "admin/articles/statistics_preview.html", context)

    def _apply(self, request, indicator, leaving, action):
        count = leaving.count()
        if action == "split":
            name = request.POST.get("new_name", "").strip() or f"{indicator.name} (2)"
            new = Indicator.objects.named(name)
            state.assign(leaving, new)
            state.drop_emptied_indicators({indicator.pk})
            self.message_user(request, f"{count} chiffre(s) déplacé(s) vers « {new} ».", messages.SUCCESS)
        else:
            state.move_out(leaving)
            self.message_user(request, f"{count} chiffre(s) retiré(s) de « {indicator} ».", messages.SUCCESS)


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URL_FIELDS
    list_display = ("name", "slug", "website", "statistic_count")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        # A GROUP BY drops Meta.ordering: the autocomplete's pages need one (the changelist sets its own).
        return super().get_queryset(request).annotate(statistic_count=Count("statistics")).order_by("name", "pk")

    @admin.display(description="chiffres", ordering="statistic_count")
    def statistic_count(self, obj):
        return obj.statistic_count
