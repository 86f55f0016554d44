"""Admin-only views: live markdown preview, document upload, link report, changes since publication,
and the "view on site" redirect."""

import zipfile
from datetime import timedelta

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView

from articles.admin.forms import RESTORED_FIELDS, DocumentUploadForm
from articles.admin.import_report import report_rows
from articles.admin.permissions import can_publish
from articles.copies import copy_links, link_lines, overlay
from articles.documents import DocumentError
from articles.limits import PREVIEW_SECONDS, time_limit
from articles.models import Article, ArticleLink, Autosave, EditingPresence, WorkingCopy
from articles.models.media import render_body
from articles.revisions import diff_fields, last_published_record, record_for_version
from articles.uploads import document_count, import_upload, queue_import

MAX_PREVIEW_CHARS = 500_000
# An autosaved form holds at most this many characters (a body of the preview's size, and the rest).
MAX_AUTOSAVE_CHARS = 600_000
# A change form open in a browser beats every PRESENCE_BEAT seconds; one silent for longer than
# PRESENCE_TIMEOUT has been closed.
PRESENCE_BEAT = 15
PRESENCE_TIMEOUT = 45
COPY_STATES = {
    WorkingCopy.Status.DRAFT: "en brouillon",
    WorkingCopy.Status.REVIEW: "en relecture",
    WorkingCopy.Status.SCHEDULED: "programmée",
}
AUTOSAVED_NAMES = frozenset(
    (*RESTORED_FIELDS, *(f"{name}_{part}" for name in ("publish_date", "updated_date") for part in (0, 1)))
)


def view_on_site(request, content_type_id, object_id):
    """The admin's "view on site" redirect, for objects this user may view in the admin only.

    Django's own (contenttypes' shortcut) asks nothing, and the address it answers names the
    object: another author's draft would be named by its slug.
    """
    if not content_type_id.isdigit():
        raise Http404("Type de contenu inconnu.")
    model = get_object_or_404(ContentType, pk=content_type_id).model_class()
    if model is None or not admin.site.is_registered(model):
        raise Http404("Type de contenu inconnu.")
    model_admin = admin.site.get_model_admin(model)
    obj = model_admin.get_object(request, object_id)
    if obj is None or not model_admin.has_view_permission(request, obj):
        raise Http404("Aucun objet à cette adresse.")
    return shortcut(request, content_type_id, object_id)


@require_POST
def markdown_preview(request):
    """Render the body being typed with the public site's renderer (admin_view checks staff)."""
    if not request.user.has_perm("articles.change_article") and not request.user.has_perm("articles.add_article"):
        raise PermissionDenied
    body = request.POST.get("body", "")[:MAX_PREVIEW_CHARS]
    try:
        with time_limit(PREVIEW_SECONDS, "l'aperçu"):
            rendered = render_body(body)
    except DocumentError as error:  # the importer's limits: nesting, time
        return JsonResponse({"error": f"Aperçu impossible : {error}"}, status=422)
    return JsonResponse({"html": rendered.html, "toc": rendered.toc, "reading_time": rendered.reading_time})


def changeable_article(model_admin, request, object_id):
    """The article of an admin address, when this user may open its change form; else 404/403."""
    article = model_admin.get_object(request, unquote(object_id))
    if article is None:
        raise Http404("Aucun article avec cet identifiant.")
    if not model_admin.has_change_permission(request, article):
        raise PermissionDenied
    return article


def autosave_view(model_admin):
    """POST the change form being typed: kept as this user's autosave of the article, never
    applied to it (the live article and its working copy are unchanged). `ignorer` forgets it."""

    @require_POST
    def autosave(request, object_id):
        article = changeable_article(model_admin, request, object_id)
        if "ignorer" in request.POST:
            Autosave.objects.filter(article=article, user=request.user).delete()
            return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
        data = {name: request.POST.getlist(name) for name in request.POST if name in AUTOSAVED_NAMES}
        if sum(len(value) for values in data.values() for value in values) > MAX_AUTOSAVE_CHARS:
            return JsonResponse({"error": "Texte trop long pour la sauvegarde automatique."}, status=413)
        saved_at = timezone.now()
        Autosave.objects.update_or_create(
            article=article, user=request.user, defaults={"data": data, "saved_at": saved_at}
        )
        when = formats.time_format(timezone.localtime(saved_at), "H:i:s")
        return JsonResponse({"saved_at": saved_at.isoformat(), "message": f"Enregistré automatiquement à {when}."})

    return autosave


def others_editing(article, user):
    """Who else has this article's change form open now (their last heartbeat is recent)."""
    recent = timezone.now() - timedelta(seconds=PRESENCE_TIMEOUT)
    present = (
        EditingPresence.objects.filter(article=article, seen_at__gte=recent)
        .exclude(user=user)
        .select_related("user")
        .order_by("user__username")
    )
    return [presence.user.get_full_name() or presence.user.get_username() for presence in present]


def beat(article, user):
    """Record that `user` has the article open now: one UPDATE, an INSERT the first time."""
    if not EditingPresence.objects.filter(article=article, user=user).update(seen_at=timezone.now()):
        EditingPresence.objects.get_or_create(article=article, user=user)


def presence_view(model_admin):
    """POST a heartbeat of an open change form; answers who else is editing the article."""

    @require_POST
    def presence(request, object_id):
        article = changeable_article(model_admin, request, object_id)
        if "quitter" in request.POST:
            EditingPresence.objects.filter(article=article, user=request.user).delete()
            return JsonResponse({"others": [], "message": ""})
        beat(article, request.user)
        others = others_editing(article, request.user)
        return JsonResponse({"others": others, "message": presence_message(others)})

    return presence


def presence_message(others):
    if not others:
        return ""
    names = ", ".join(others)
    verb = "modifie" if len(others) == 1 else "modifient"
    return (
        f"{names} {verb} aussi cet article en ce moment. "
        "Le premier qui enregistre passe ; l'enregistrement de l'autre sera refusé, sa saisie gardée."
    )


def discard_copy_view(model_admin):
    """POST: forget the working copy of a live article, which stays as it is online."""

    @require_POST
    def discard_copy(request, object_id):
        article = changeable_article(model_admin, request, object_id)
        if WorkingCopy.objects.filter(article=article).delete()[0]:
            messages.success(request, "Copie de travail abandonnée : l'article reste tel qu'il est en ligne.")
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))

    return discard_copy


def copy_preview_view(model_admin):
    """The public page as the working copy would make it, for who may open the change form."""

    def copy_preview(request, object_id):
        from articles.preview import CopyPreviewView

        article = changeable_article(model_admin, request, object_id)
        return CopyPreviewView.as_view()(request, object_id=article.pk)

    return copy_preview


def editing_context(request, article):
    """What the change form says about editing this article: its working copy, the autosave to
    restore, who else is editing (this visit counts as a heartbeat)."""
    beat(article, request.user)
    others = others_editing(article, request.user)
    copy = getattr(article, "shown_copy", None)
    restoring = "restaurer" in request.GET
    autosaved_at = None
    if request.method == "GET":
        autosaved_at = (
            Autosave.objects.filter(article=article, user=request.user).values_list("saved_at", flat=True).first()
        )
    # Changed by someone else since (this editor's own saves forget their autosave).
    changed_since = autosaved_at is not None and (
        article.modified_at > autosaved_at or (copy is not None and copy.updated_at > autosaved_at)
    )
    return {
        "edits_live_article": article.is_public,
        "working_copy": copy,
        "working_copy_state": COPY_STATES[copy.status] if copy else "",
        "discard_copy_url": reverse("admin:articles_article_discard_copy", args=[article.pk]),
        "copy_preview_url": reverse("admin:articles_article_copy_preview", args=[article.pk]),
        "autosave_url": reverse("admin:articles_article_autosave", args=[article.pk]),
        "presence_url": reverse("admin:articles_article_presence", args=[article.pk]),
        "presence_beat": PRESENCE_BEAT,
        "presence_message": presence_message(others),
        "autosaved_at": None if restoring else autosaved_at,
        "autosave_outdated": changed_since,
        "restoring": restoring,
    }


class ModelAdminViewMixin:
    """Give a view the admin's page context (sidebar, breadcrumbs, title)."""

    model_admin = None
    title = ""

    def get_context_data(self, **kwargs):
        context = {
            **self.model_admin.admin_site.each_context(self.request),
            "opts": self.model_admin.model._meta,
            "title": self.title,
            **kwargs,
        }
        return super().get_context_data(**context)


class DocumentImportView(ModelAdminViewMixin, FormView):
    """Upload markdown or text documents (or a zip) and show the importer's report."""

    form_class = DocumentUploadForm
    template_name = "admin/articles/article/import_documents.html"
    title = "Importer des fichiers d'articles"

    def dispatch(self, request, *args, **kwargs):
        if not can_publish(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        dry_run = form.cleaned_data["dry_run"]
        new_status = form.cleaned_data["new_status"] or Article.Status.DRAFT
        uploads = form.cleaned_data["document"]
        if sum(map(document_count, uploads)) > settings.IMPORT_IN_BACKGROUND_FROM:
            try:
                job = queue_import(uploads, user=self.request.user, dry_run=dry_run, new_status=new_status)
            except (ValueError, zipfile.BadZipFile) as error:
                form.add_error("document", str(error))
                return self.form_invalid(form)
            messages.success(
                self.request, f"{job.total} fichier(s) à importer en arrière-plan : suivez l'avancement ici."
            )
            return redirect("admin:articles_job_change", job.pk)
        reports = [
            report for upload in uploads for report in import_upload(upload, dry_run=dry_run, new_status=new_status)
        ]
        return self.render_to_response(
            self.get_context_data(form=form, reports=report_rows(reports, dry_run=dry_run), dry_run=dry_run)
        )


class LinkReportView(ModelAdminViewMixin, TemplateView):
    """Links waiting for their target, and links to articles readers cannot see yet."""

    template_name = "admin/articles/article/link_report.html"
    title = "Liens en attente et liens vers des articles non publiés"

    def get_context_data(self, **kwargs):
        # The admin's link list shows an Auteur the same links, no others: no other author's draft.
        links = self.model_admin.admin_site.get_model_admin(ArticleLink).get_queryset(self.request)
        links = (
            links.order_by(*ArticleLink._meta.ordering)
            .select_related("article")
            .only("article__title", "article__slug", "target_slug", "title", "kind", "target_article_id")
        )
        unpublished = (
            links.to_unpublished()
            .select_related("target_article")
            .only("article__title", "target_article__title", "target_article__status", "title", "target_slug")
        )
        return super().get_context_data(pending=links.pending(), unpublished=unpublished, **kwargs)


class ChangesView(ModelAdminViewMixin, TemplateView):
    """What changed in an article: since its last published version, or since a given version."""

    template_name = "admin/articles/article/changes.html"

    def get_context_data(self, **kwargs):
        article = get_object_or_404(Article, pk=self.kwargs["object_id"])
        if not self.model_admin.has_view_permission(self.request, article):
            raise PermissionDenied
        since = self.request.GET.get("depuis", "")
        copy = WorkingCopy.objects.filter(article=article).select_related("updated_by").first()
        labels = {}
        if since.isdigit():
            base = record_for_version(article, int(since))
            base_label = f"la version {since}"
            new = article
        elif copy is not None:
            # The review of a working copy: the copy against what readers see now.
            base, base_label = article, "la version en ligne"
            new = overlay(Article.objects.get(pk=article.pk), copy.values)
            labels = {"old_label": "En ligne", "new_label": "Copie de travail"}
            if (links := copy_links(copy.values)) is not None:
                live_links = article.links.order_by("position", "pk")
                labels["links"] = (link_lines(live_links), link_lines(links))
        else:
            base = last_published_record(article)
            base_label = "la dernière version publiée"
            new = article
        return super().get_context_data(
            article=article,
            base=base,
            base_label=base_label,
            copy=copy,
            diffs=diff_fields(base, new, **labels),
            title=f"Changements de « {article} »",
            **kwargs,
        )
