"""Changelist filters that stay light at 10,000 articles: no filter loads a list of every choice.

Skills (400), authors (200) and tags (3,000) are chosen in an autocomplete box served by the
admin's own autocomplete view, as `autocomplete_fields` are: the changelist reads at most the one
row already chosen, to show its name.
"""

from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.db.models import Exists, OuterRef
from django.urls import reverse

from articles.models import Statistic, WorkingCopy


class AutocompleteListFilter(admin.FieldListFilter):
    """Filter on one related row, picked by typing its name (`list_filter = [("skills", ...)]`); a
    foreign key that may be empty also offers "with one" and "without one"."""

    template = "admin/articles/autocomplete_filter.html"

    def __init__(self, field, request, params, model, model_admin, field_path):
        self.lookup_kwarg = f"{field_path}__{field.target_field.name}__exact"
        self.lookup_val = params.get(self.lookup_kwarg)
        self.lookup_kwarg_isnull = f"{field_path}__isnull" if field.null else None
        self.lookup_val_isnull = params.get(self.lookup_kwarg_isnull) if field.null else None
        super().__init__(field, request, params, model, model_admin, field_path)
        self.autocomplete_url = reverse(f"{model_admin.admin_site.name}:autocomplete")
        self.source_model = model._meta

    @staticmethod
    def media(field, admin_site):
        """The scripts and styles the box needs: those of Django's own autocomplete widget."""
        return AutocompleteSelect(field, admin_site).media

    def has_output(self):
        return True

    def expected_parameters(self):
        return [self.lookup_kwarg, self.lookup_kwarg_isnull] if self.lookup_kwarg_isnull else [self.lookup_kwarg]

    def selected_row(self):
        """The row chosen, for its name in the box: one query, only when the filter is on."""
        if not self.lookup_val:
            return None
        value = self.lookup_val[-1] if isinstance(self.lookup_val, list) else self.lookup_val
        return self.field.remote_field.model._default_manager.filter(pk=value).first() if value.isdigit() else None

    def choices(self, changelist):
        """One "choice": what the template needs to draw the box and keep the other filters."""
        own = self.expected_parameters()
        kept = [
            (name, value)
            for name, values in changelist.params.items()
            if name not in own
            for value in (values if isinstance(values, list) else [values])
        ]
        isnull = self.lookup_val_isnull[-1] if isinstance(self.lookup_val_isnull, list) else self.lookup_val_isnull
        yield {
            "selected": self.lookup_val is None and isnull is None,
            "query_string": changelist.get_query_string(remove=own),
            "display": "Tous",
            "kept_parameters": kept,
            "chosen": self.selected_row(),
            "presence": [
                {
                    "selected": isnull == value,
                    "query_string": changelist.get_query_string({self.lookup_kwarg_isnull: value}, [self.lookup_kwarg]),
                    "display": f"{word} {self.title}",
                }
                for value, word in (("False", "Avec"), ("True", "Sans"))
            ]
            if self.lookup_kwarg_isnull
            else [],
        }


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


class WorkingCopyFilter(admin.SimpleListFilter):
    """Live articles whose working copy waits: in review (the editors' queue), draft, programmed."""

    title = "copie de travail"
    parameter_name = "copie"
    STATES = {
        "en-relecture": (WorkingCopy.Status.REVIEW, "Copie en relecture"),
        "brouillon": (WorkingCopy.Status.DRAFT, "Copie en brouillon"),
        "programmee": (WorkingCopy.Status.SCHEDULED, "Copie programmée"),
    }

    def lookups(self, request, model_admin):
        return [(value, label) for value, (_, label) in self.STATES.items()]

    def queryset(self, request, queryset):
        if self.value() in self.STATES:
            return queryset.filter(working_copy__status=self.STATES[self.value()][0])
        return queryset
