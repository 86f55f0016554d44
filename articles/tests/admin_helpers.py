"""Helpers for the admin tests: editorial users, and the POST an admin change form would send."""

import importlib

from django import forms
from django.apps import apps as django_apps
from django.contrib.admin.widgets import AdminSplitDateTime
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone

EDITOR = "Éditeur"
AUTHOR = "Auteur"


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def make_user(username, group):
    """A staff user in one of the groups created by the editorial_groups migration."""
    if not Group.objects.filter(name=group).exists():
        # A transactional test flushed the tables the migration filled: fill them the same way.
        editorial_groups = importlib.import_module("articles.migrations.0003_editorial_groups")
        editorial_groups.create_groups(django_apps, None)
        importlib.import_module("articles.migrations.0011_editors_unlock_logins").grant(django_apps, None)
        importlib.import_module("articles.migrations.0015_home_placement").grant(django_apps, None)
        importlib.import_module("articles.migrations.0017_media_library").grant(django_apps, None)
    user = User.objects.create_user(username, f"{username}@example.org", "mot-de-passe-solide", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def _field_data(form, name, field, data):
    key = form.add_prefix(name)
    value = form[name].value()
    if not isinstance(field, forms.JSONField):  # value() prepared it already: JSON would be encoded twice
        value = field.prepare_value(value)
    if isinstance(field.widget, AdminSplitDateTime):
        if value:
            local = timezone.localtime(value)
            data[f"{key}_0"], data[f"{key}_1"] = local.strftime("%d/%m/%Y"), local.strftime("%H:%M:%S")
        return
    if isinstance(field, forms.FileField):
        return
    if isinstance(field, forms.ModelMultipleChoiceField) and not value:
        return
    if isinstance(field, forms.BooleanField):
        if value:
            data[key] = "on"
        return
    if isinstance(field, forms.JSONField) and not isinstance(value, str):
        value = field.widget.format_value(value) if value is not None else ""
    if isinstance(value, list | tuple):
        data[key] = [str(item) for item in value]
    else:
        data[key] = "" if value is None else str(value)


def form_data(response, **overrides):
    """Rebuild the POST of an admin change page as a browser would send it unchanged, then override."""
    data = {}
    form = response.context["adminform"].form
    for name, field in form.fields.items():
        _field_data(form, name, field, data)
    inlines = response.context["inline_admin_formsets"] if "inline_admin_formsets" in response.context else []
    for inline in inlines:
        formset = inline.formset
        for name, value in formset.management_form.initial.items():
            data[formset.management_form.add_prefix(name)] = str(value)
        for inline_form in formset.forms:
            for name, field in inline_form.fields.items():
                _field_data(inline_form, name, field, data)
    data.update(overrides)
    return data
