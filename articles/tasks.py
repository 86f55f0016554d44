"""The background tasks, declared with Django's task framework (the `django_tasks` backport; with
Django 6, `from django.tasks import task`). Their work is in `articles.jobs`."""

from django.conf import settings
from django_tasks import task

from articles import jobs


@task(queue_name=settings.TASKS_QUEUE)
def run_job(job_id: int):
    jobs.run(job_id)


@task(queue_name=settings.TASKS_QUEUE)
def watch_job(job_id: int):
    jobs.watch(job_id)
