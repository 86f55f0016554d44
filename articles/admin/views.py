"""Admin-only views: live markdown preview, document upload, link report, changes since publication,
and the "view on site" redirect."""

import zipfile

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView

from articles.admin.forms import DocumentUploadForm
from articles.admin.import_report import report_rows
from articles.admin.permissions import can_publish
from articles.documents import DocumentError
from articles.limits import PREVIEW_SECONDS, time_limit
from articles.models import Article, ArticleLink
from articles.models.media import render_body
from articles.revisions import diff_fields, last_published_record, record_for_version
from articles.uploads import document_count, import_upload, queue_import

MAX_PREVIEW_CHARS = 500_000


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
        if since.isdigit():
            base = record_for_version(article, int(since))
            base_label = f"la version {since}"
        else:
            base = last_published_record(article)
            base_label = "la dernière version publiée"
        return super().get_context_data(
            article=article,
            base=base,
            base_label=base_label,
            diffs=diff_fields(base, article),
            title=f"Changements de « {article} »",
            **kwargs,
        )
