"""Working copies of live articles: written and reviewed beside the live row, published through
the one publication rule, on a date with no cron.

A published article is never edited in place by a draft or a review: the change form writes its
fields into the article's `WorkingCopy`, and the live row (its page, feeds, search) stays as it
was until an editor publishes the copy, now or at a programmed date. The first request after that
date publishes it (`ScheduledCopiesMiddleware`), as scheduled articles become public with no save.
"""

import logging

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from taggit.models import Tag

from articles.cache import editing
from articles.models import Article, ArticleLink, Author, Skill, Theme, WorkingCopy
from articles.models.article import LINKED_ARTICLE_FIELDS

# The article's fields a copy holds; publishing sets them on the live row. Dates of publication,
# the status and what the importer owns (source, metadata) stay the live article's.
COPIED_FIELDS = (
    "title",
    "slug",
    "description",
    "body",
    "theme",
    "note",
    "cover_image",
    "cover_alt",
    "canonical_url",
    "updated_date",
    "needs_review",
)
COPIED_RELATIONS = ("skills", "authors", "tags")
# A link of the copy (`values["links"]`, a list): these fields of ArticleLink, the target by id.
# Links are part of the page readers see: the copy holds them, publishing sets them.
LINK_FIELDS = ("position", "kind", "target_article", "target_slug", "title", "url")
logger = logging.getLogger(__name__)
# The date of the next programmed copy, kept until this module writes a copy again (as the page
# cache keeps its generation): a warm process pays no query. Processes sharing the cache (Redis, as
# in production) learn at once of the copies the others program; with a cache of its own (local
# memory), a process reads the date again when its own is older than RECHECK_SECONDS, so a copy
# programmed elsewhere is published at most that late.
NEXT_DUE_KEY = "working-copies:next-due"
RECHECK_SECONDS = 60


def is_edited_through_copy(article):
    """A published article (online or programmed) is changed through its working copy."""
    return article.pk is not None and article.status == Article.Status.PUBLISHED


def values_of(article, relations):
    """The copy's `values` for an article holding the edited fields (unsaved), and `relations`:
    skills and authors (objects or ids) and tags (Tag objects or new names)."""
    values = {}
    for name in COPIED_FIELDS:
        field = Article._meta.get_field(name)
        value = field.value_from_object(article)
        if name == "cover_image":
            value = value.name or ""
        elif value is not None and name in ("note", "updated_date"):
            value = value.isoformat() if name == "updated_date" else str(value)
        values[name] = value
    values["skills"] = [getattr(item, "pk", item) for item in relations.get("skills", [])]
    values["authors"] = [getattr(item, "pk", item) for item in relations.get("authors", [])]
    values["tags"] = [getattr(item, "name", item) for item in relations.get("tags", [])]
    return values


def overlay(article, values):
    """Set the copy's fields on `article` (not saved); its relations are `relations_of(values)`."""
    for name in COPIED_FIELDS:
        if name in values:
            field = Article._meta.get_field(name)
            value = values[name]
            setattr(article, field.attname, value if name == "cover_image" else field.to_python(value))
    return article


def form_relations(values):
    """The copy's relations as the change form's initial values (tags by id when they exist)."""
    names = values.get("tags", [])
    known = dict(Tag.objects.filter(name__in=names).values_list("name", "pk"))
    return {
        "skills": [str(pk) for pk in values.get("skills", [])],
        "authors": [str(pk) for pk in values.get("authors", [])],
        "tags": [str(known[name]) if name in known else name for name in names],
    }


def save_copy(article, values, *, user, status, publish_at=None):
    """Write the working copy of `article` (created on first save), one version more."""
    copy = WorkingCopy.objects.filter(article=article).first() or WorkingCopy(
        article=article, based_on_version=article.version, version=0
    )
    copy.values = values
    copy.status = status
    copy.publish_at = publish_at if status == WorkingCopy.Status.SCHEDULED else None
    copy.updated_by = user
    copy.version += 1
    copy.save()
    cache.delete(NEXT_DUE_KEY)
    return copy


@transaction.atomic
def publish_copy(copy, user, *, when=None):
    """Apply `copy` to its live article through the one publication rule; answer the problems
    that keep it from being published ({} once published). The copy goes once applied.

    Rendering and figures follow from `Article.save()` (figures editors decided are kept).
    """
    article = Article.objects.select_for_update().get(pk=copy.article_id)
    with editing(article):
        overlay(article, copy.values)
        if article.theme_id and not Theme.objects.filter(pk=article.theme_id).exists():
            article.theme = None  # deleted since the copy was written: publishing asks for another
        status, problems = article.allowed_status(Article.Status.PUBLISHED)
        if problems:
            return problems
        # Whoever applies it first (two requests after its date, two editors) applies it alone.
        if not WorkingCopy.objects.filter(pk=copy.pk).delete()[0]:
            return {}
        article.status = status
        if when is not None:
            article.updated_date = when
        article.version += 1
        article._history_user = user
        article.save()
        # Skills and authors deleted since the copy was written are gone from it too.
        article.skills.set(Skill.objects.filter(pk__in=copy.values.get("skills", [])))
        article.authors.set(Author.objects.filter(pk__in=copy.values.get("authors", [])))
        article.tags.set(copy.values.get("tags", []))
        links = copy_links(copy.values)
        if links is not None:
            set_links(article, links)
        return {}


def copy_links(values):
    """The links the copy holds, as unsaved ArticleLinks with their targets read (one query),
    in their order; None when the copy holds none (written before links were part of copies)."""
    if "links" not in values:
        return None
    links = values["links"]
    ids = {link["target_article"] for link in links if link.get("target_article")}
    slugs = {link["target_slug"] for link in links if not link.get("target_article") and link.get("target_slug")}
    found = Article.objects.filter(Q(pk__in=ids) | Q(slug__in=slugs)).only(*LINKED_ARTICLE_FIELDS)
    by_id = {article.pk: article for article in found}
    by_slug = {article.slug: article for article in by_id.values()}
    result = []
    for link in links:
        target = by_id.get(link.get("target_article")) or (
            by_slug.get(link.get("target_slug")) if link.get("kind") == ArticleLink.Kind.ARTICLE else None
        )
        fields = {name: link.get(name) or "" for name in ("kind", "target_slug", "title", "url")}
        result.append(ArticleLink(position=link.get("position") or 0, target_article=target, **fields))
    return sorted(result, key=lambda link: link.position)


def set_links(article, links):
    """Make `links` (unsaved ArticleLinks, as `copy_links` answers) the article's own rows."""
    ArticleLink.objects.filter(article=article).delete()
    for link in links:
        link.article = article
        link.save()


def link_lines(links):
    """One line a link, for the diff of a copy's links with the live ones."""
    return [
        " · ".join(part for part in (link.get_kind_display(), link.title, link.target_slug or link.url) if part)
        for link in links
    ]


def next_due():
    """When the next programmed copy comes due (a timestamp), or None; cached, and read again
    (one indexed query) once the cached answer is RECHECK_SECONDS old."""
    now = timezone.now().timestamp()
    state = cache.get(NEXT_DUE_KEY)
    if state is None or now - state.get("read_at", 0) > RECHECK_SECONDS:
        date = WorkingCopy.objects.programmed().order_by("publish_at").values_list("publish_at", flat=True).first()
        state = {"at": date.timestamp() if date else None, "read_at": now}
        cache.set(NEXT_DUE_KEY, state, timeout=None)
    return state["at"]


def publish_due_copies():
    """Publish the programmed copies whose date has come; answer how many were published.

    A copy that can no longer be published (its theme was deleted, say) goes back to review.
    """
    published = 0
    for copy in WorkingCopy.objects.due().select_related("updated_by"):
        try:
            problems = publish_copy(copy, copy.updated_by, when=copy.publish_at)
        except Exception:
            # Run on every request: a copy that cannot be applied must not take the site down.
            logger.exception("La copie de travail %s n'a pas pu être publiée.", copy.pk)
            problems = {"erreur": "erreur à la publication"}
        if problems:
            WorkingCopy.objects.filter(pk=copy.pk).update(status=WorkingCopy.Status.REVIEW, publish_at=None)
        else:
            published += 1
    cache.delete(NEXT_DUE_KEY)
    return published


class ScheduledCopiesMiddleware:
    """Before any page is answered (cached or not), publish the copies whose date has come.

    One cache read a request; a query only when the cached date is missing (a cold process, a
    copy saved) or has come.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        due = next_due()
        if due is not None and timezone.now().timestamp() >= due:
            publish_due_copies()
        return self.get_response(request)
