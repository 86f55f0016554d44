"""Bulk actions on articles. Each article is saved one by one so that each change is a revision."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import F
from django.template.response import TemplateResponse
from django.utils.html import format_html
from django.utils.translation import gettext

from articles.admin.forms import ChoiceForm
from articles.admin.permissions import may_edit, may_edit_copy
from articles.copies import publish_copy
from articles.models import Article, Skill, Theme, WorkingCopy


class LightActionCheckbox:
    """A changelist's selection box on each row, the markup Django's checkbox widget writes,
    without rendering the widget's templates: a hundred rows a page, they were a third of it."""

    def action_checkbox(self, obj):
        label = format_html(gettext("Select this object for an action - {}"), str(obj))
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            helpers.ACTION_CHECKBOX_NAME,
            str(obj.pk),
            label,
        )


def save_revision(article, request):
    """Save as an admin edit would: one more version and a history record naming the user."""
    article.version += 1
    article._history_user = request.user
    article.save()


def _editable(request, queryset):
    """Split the selection into the articles this user may change and the count of the others."""
    articles = list(queryset)
    allowed = [a for a in articles if may_edit(request.user, a)]
    return allowed, len(articles) - len(allowed)


def _report(modeladmin, request, done, verb, refused=0):
    if done:
        modeladmin.message_user(request, f"{done} article(s) {verb}.", messages.SUCCESS)
    if refused:
        modeladmin.message_user(
            request, f"{refused} article(s) ignoré(s) : vous ne pouvez pas les modifier.", messages.WARNING
        )


def _move(articles, status, request):
    """Give each article `status`, one revision each; return how many."""
    for article in articles:
        article.status = status
        save_revision(article, request)
    return len(articles)


@admin.action(description="Publier les articles sélectionnés", permissions=["publish"])
def publish(modeladmin, request, queryset):
    """Publish the drafts, and the working copies of the live articles (through the same rule)."""
    ready = []
    copies = WorkingCopy.objects.filter(article__in=queryset).select_related("article")
    for copy in copies:
        problems = publish_copy(copy, request.user)
        if problems:
            modeladmin.message_user(
                request,
                f"La copie de « {copy.article} » n'est pas publiée : {' '.join(problems.values())}",
                messages.ERROR,
            )
        else:
            ready.append(copy.article)
    queryset = queryset.exclude(pk__in=[article.pk for article in ready])
    for article in queryset:
        status, problems = article.allowed_status(Article.Status.PUBLISHED)
        if status != Article.Status.PUBLISHED:
            modeladmin.message_user(
                request, f"« {article} » n'est pas publié : {' '.join(problems.values())}", messages.ERROR
            )
        else:
            ready.append(article)
    _move(
        [article for article in ready if article.status != Article.Status.PUBLISHED], Article.Status.PUBLISHED, request
    )
    _report(modeladmin, request, len(ready), "publié(s)")


@admin.action(description="Dépublier (repasser en brouillon)", permissions=["publish"])
def unpublish(modeladmin, request, queryset):
    count = _move(list(queryset.filter(status=Article.Status.PUBLISHED)), Article.Status.DRAFT, request)
    _report(modeladmin, request, count, "repassé(s) en brouillon")


@admin.action(description="Envoyer en relecture", permissions=["change"])
def send_to_review(modeladmin, request, queryset):
    """Drafts, and the draft working copies of live articles (which stay online meanwhile)."""
    articles, refused = _editable(request, queryset.filter(status=Article.Status.DRAFT))
    copies = WorkingCopy.objects.filter(article__in=queryset, status=WorkingCopy.Status.DRAFT).select_related("article")
    mine = [copy.pk for copy in copies if may_edit_copy(request.user, copy.article)]
    moved = WorkingCopy.objects.filter(pk__in=mine).update(status=WorkingCopy.Status.REVIEW, version=F("version") + 1)
    refused += len(copies) - len(mine)
    count = _move(articles, Article.Status.REVIEW, request) + moved
    _report(modeladmin, request, count, "envoyé(s) en relecture", refused)


@admin.action(description="Marquer comme vérifiés (effacer les valeurs devinées)", permissions=["change"])
def mark_reviewed(modeladmin, request, queryset):
    articles, refused = _editable(request, queryset.filter(needs_review=True))
    for article in articles:
        article.needs_review = False
        article.guesses = []
        save_revision(article, request)
    _report(modeladmin, request, len(articles), "marqué(s) comme vérifié(s)", refused)


def action_page(modeladmin, request, *, title, form, queryset, button="Appliquer", intro="", action=None):
    """The intermediate page of a bulk action: the admin's frame, the selection kept, a form."""
    return TemplateResponse(
        request,
        "admin/articles/action_form.html",
        {
            **modeladmin.admin_site.each_context(request),
            "opts": modeladmin.model._meta,
            "action": action or request.POST["action"],
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "title": title,
            "form": form,
            "queryset": queryset,
            "button": button,
            "intro": intro,
        },
    )


def _with_choice(modeladmin, request, queryset, *, model, label, title, apply):
    """Ask for one theme or skill on an intermediate page, then apply it to every article."""
    form = ChoiceForm(request.POST if "apply" in request.POST else None, queryset=model.objects.all(), label=label)
    if form.is_valid():
        articles, refused = _editable(request, queryset)
        for article in articles:
            apply(article, form.cleaned_data["choice"])
        _report(modeladmin, request, len(articles), f"mis à jour ({form.cleaned_data['choice']})", refused)
        return None
    return action_page(modeladmin, request, title=title, form=form, queryset=queryset)


@admin.action(description="Choisir le thème…", permissions=["change"])
def set_theme(modeladmin, request, queryset):
    def apply(article, theme):
        article.theme = theme
        save_revision(article, request)

    return _with_choice(
        modeladmin, request, queryset, model=Theme, label="Thème", title="Choisir le thème des articles", apply=apply
    )


@admin.action(description="Ajouter une compétence…", permissions=["change"])
def add_skill(modeladmin, request, queryset):
    def apply(article, skill):
        article.skills.add(skill)

    return _with_choice(
        modeladmin, request, queryset, model=Skill, label="Compétence", title="Ajouter une compétence", apply=apply
    )
