"""Background jobs in the admin: each job's progress (a bar that refreshes itself), its French report
with a link to each article, and a cancel button; editors only, like the imports they start."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from articles import jobs
from articles.admin.import_report import report_rows
from articles.admin.permissions import can_publish
from articles.importing import Status
from articles.models import Job

REFRESH_SECONDS = 2


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ("__str__", "status", "progress", "errors", "created_by", "created_at")
    list_filter = ("kind", "status")
    list_select_related = ("created_by",)

    def has_module_permission(self, request):
        return can_publish(request.user)

    def has_view_permission(self, request, obj=None):
        return can_publish(request.user)

    def has_add_permission(self, request):
        return False  # a job is started by an upload or a command

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="avancement")
    def progress(self, job):
        return f"{job.done} / {job.total}"

    def get_urls(self):
        return [
            path("<path:object_id>/annuler/", self.admin_site.admin_view(self.cancel_view), name="articles_job_cancel"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The job's page: progress while it runs (refreshed every few seconds), then its report."""
        job = get_object_or_404(Job.objects.select_related("created_by"), pk=object_id)
        if not self.has_view_permission(request, job):
            raise PermissionDenied
        items = job.items.order_by("position")
        if not job.finished:  # while it runs, what went wrong so far; every file once it is over
            items = items.filter(status__in=[Status.ERROR, Status.CONFLICT])
        rows = report_rows(items, dry_run=job.options.get("dry_run", False))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": str(job),
            "job": job,
            "rows": rows,
            "refresh_seconds": None if job.finished else REFRESH_SECONDS,
            "cancel_url": reverse("admin:articles_job_cancel", args=[job.pk]),
        }
        return TemplateResponse(request, "admin/articles/job/progress.html", context)

    @staticmethod
    @require_POST
    def cancel_view(request, object_id):
        if not can_publish(request.user):
            raise PermissionDenied
        job = get_object_or_404(Job, pk=object_id)
        jobs.request_cancel(job)
        messages.success(request, "Annulation demandée : la tâche s'arrête après le fichier en cours.")
        return redirect("admin:articles_job_change", job.pk)
