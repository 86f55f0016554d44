"""The background tasks, declared with Django's task framework (the `django_tasks` backport; with
Django 6, `from django.tasks import task`). Their work is in `articles.jobs`."""

from django.conf import settings
from django.db import transaction
from django_tasks import task
from django_tasks_db import DatabaseBackend

from articles import jobs
from articles.images import make_renditions


@task(queue_name=settings.TASKS_QUEUE)
def run_job(job_id: int):
    jobs.run(job_id)


@task(queue_name=settings.TASKS_QUEUE)
def watch_job(job_id: int):
    jobs.watch(job_id)


@task(queue_name=settings.TASKS_QUEUE)
def make_cover_renditions(article_id: int, cover_name: str):
    """The WebP renditions of an article's new cover, made off the request that uploaded it (seconds
    for a large photo); nothing when another cover replaced it since (its own task makes its own).
    Until they exist, pages show the cover itself; storing them renews the page cache."""
    from articles.models import Article

    covered = Article.objects.filter(pk=article_id, cover_image=cover_name)
    article = covered.only("pk", "cover_image").first()
    if article is not None:
        covered.update(cover_renditions=make_renditions(article.cover_image))


@task(queue_name=settings.TASKS_QUEUE)
def make_media_renditions(image_id: int, file_name: str, variant: str):
    """The renditions of a library image's new file or cut; nothing when another file or cut
    replaced it since (its own task makes its own)."""
    from articles.models import MediaImage

    image = MediaImage.objects.filter(pk=image_id, file=file_name).first()
    if image is not None and image.variant() == variant:
        image.make_renditions()


def enqueue_with_transaction(task, *args):
    """Queue a task for what the current transaction writes: on the database backend, in that very
    transaction (the task exists exactly when the rows it reads do); elsewhere once it commits."""
    if isinstance(task.get_backend(), DatabaseBackend):
        task.enqueue(*args)
    else:
        transaction.on_commit(lambda: task.enqueue(*args))
