"""Helpers for the admin tests: editorial users, and the POST an admin change form would send."""

import importlib
import re
from datetime import timedelta

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
    if field.show_hidden_initial:  # a callable default: the page holds the initial value too
        data[form.add_initial_prefix(name)] = data[key]


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


# Words of Django's admin (and of its apps) that would mean a page was not translated, and raw
# stored values an editor should see as labels.
ENGLISH = re.compile(
    r"\b(Add|Change|Delete|Save|History|None|Tags?|TAGGIT|Taggit|Search|Filter|Home|View site|Log out|"
    r"Welcome|Select|Show all|Yes|No|Unknown|Today|Now|Clear|Currently|Run|Go|Import|Export|Preview|Changes|"
    r"draft|published|review|extracted|verified|rejected|featured|lead)\b"
)


def editor_pages():
    """{name: address} of every admin page an editor uses, filled with the site's real objects."""
    from articles.models import Article, Author, Indicator, MediaImage, Skill, Statistic, Theme

    article = Article.objects.filter(statistics__isnull=False).order_by("pk").first()
    figure = Statistic.objects.filter(article=article).first()
    indicator = Indicator.objects.first() or Indicator.objects.create(name="Part des entreprises")
    image = MediaImage.objects.first()
    pages = {
        "index": reverse("admin:index"),
        "articles": reverse("admin:articles_article_changelist"),
        "articles in review": reverse("admin:articles_article_changelist") + "?status__exact=review",
        "article": reverse("admin:articles_article_change", args=[article.pk]),
        "new article": reverse("admin:articles_article_add"),
        "article changes": reverse("admin:articles_article_changes", args=[article.pk]),
        "article history": reverse("admin:articles_article_history", args=[article.pk]),
        "import upload": reverse("admin:articles_article_import_documents"),
        "link report": reverse("admin:articles_article_links"),
        "authors": reverse("admin:articles_author_changelist"),
        "author": reverse("admin:articles_author_change", args=[Author.objects.first().pk]),
        "themes": reverse("admin:articles_theme_changelist"),
        "theme": reverse("admin:articles_theme_change", args=[Theme.objects.first().pk]),
        "skills": reverse("admin:articles_skill_changelist"),
        "skill": reverse("admin:articles_skill_change", args=[Skill.objects.first().pk]),
        "tags": reverse("admin:taggit_tag_changelist"),
        "figure queue": reverse("admin:articles_statistic_changelist"),
        "all figures": reverse("admin:articles_statistic_changelist") + "?statut=tous",
        "figure": reverse("admin:articles_statistic_change", args=[figure.pk]),
        "indicators": reverse("admin:articles_indicator_changelist"),
        "indicator": reverse("admin:articles_indicator_change", args=[indicator.pk]),
        "indicators to confirm": reverse("admin:articles_indicator_suggestions"),
        "sources": reverse("admin:articles_source_changelist"),
        "home page": reverse("admin:articles_homeplacement_changelist"),
        "home placement": reverse("admin:articles_homeplacement_add"),
        "media library": reverse("admin:articles_mediaimage_changelist"),
        "new image": reverse("admin:articles_mediaimage_add"),
        "old addresses": reverse("admin:articles_slugredirect_changelist"),
        "related content": reverse("admin:articles_articlelink_changelist"),
    }
    if image:
        pages["image"] = reverse("admin:articles_mediaimage_change", args=[image.pk])
    live = Article.objects.published().exclude(pk=article.pk).order_by("pk").first()
    with_copy(live)
    pages["live article with its working copy"] = change_url(live)
    pages["working copy changes"] = reverse("admin:articles_article_changes", args=[live.pk])
    return pages


def with_copy(article):
    """`article` (live) with a working copy in review, its title and links changed; once."""
    from articles.copies import save_copy, values_of
    from articles.models import Article, WorkingCopy

    if WorkingCopy.objects.filter(article=article).exists():
        return article
    edited = Article.objects.get(pk=article.pk)
    edited.title += " (copie revue)"
    relations = {"skills": edited.skills.all(), "authors": edited.authors.all(), "tags": edited.tags.all()}
    values = values_of(edited, relations)
    page = {"position": 0, "kind": "external", "target_article": None, "target_slug": ""}
    values["links"] = [{**page, "title": "Une page citée par la copie", "url": "https://exemple.fr/une-page"}]
    save_copy(article, values, user=None, status=WorkingCopy.Status.REVIEW)
    return article


def author_pages(author):
    """{name: address} of the admin pages an Auteur uses: the lists they may read, the library,
    their own draft, and the working copy of their own live article."""
    from articles.models import Article, Theme

    draft = Article.objects.create(title="Mon brouillon", slug="mon-brouillon", created_by=author)
    live = Article.objects.create(
        title="Mon article en ligne",
        slug="mon-article-en-ligne",
        description="Un article publié.",
        body="Le texte en ligne.",
        theme=Theme.objects.first() or Theme.objects.create(name="Commerce"),
        status=Article.Status.PUBLISHED,
        publish_date=timezone.now() - timedelta(days=1),
        created_by=author,
    )
    with_copy(live)
    names = ("index", "articles", "new article", "authors", "themes", "skills", "tags", "media library")
    every = editor_pages()
    return {
        **{name: every[name] for name in names},
        "own draft": change_url(draft),
        "own live article with its working copy": change_url(live),
        "own working copy changes": reverse("admin:articles_article_changes", args=[live.pk]),
    }
