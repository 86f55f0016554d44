"""A page cache editors never have to think about.

`PageCacheMiddleware` sits first in MIDDLEWARE and answers anonymous GET/HEAD requests for
public pages from Django's cache framework (local memory, or Redis when REDIS_URL is set, so
every process shares both the pages and their invalidation).

Pages are keyed by the *content generation*: a token kept in the cache beside the date of the
next scheduled publication. When the next scheduled article's publish date passes, the token is
treated as expired, so scheduled publication needs no cron job and no save.

Invalidation has one mechanism: every statement that writes to a table some public page reads
(`content_tables()`) drops the token, whoever runs it — a model's save or delete, a relation
change, `QuerySet.update()`, `bulk_create()`, a migration, another process — because it is seen
where all SQL passes, the database connection (`connect_invalidation()` puts `drop_on_write` on
each one). So no code has to remember to invalidate, and signals, which `update()` and
`bulk_create()` skip, are not needed.
"""

import functools
import hashlib
import re
import threading
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.backends.signals import connection_created
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, get_conditional_response
from django.utils.http import parse_http_date_safe

GENERATION_KEY = "page-cache:generation"
CONTENT_VERSION_KEY = "page-cache:content-version"
PAGE_KEY_PREFIX = "page-cache:page"
# Query parameters a public page understands; any other makes a request uncacheable, so that
# random query strings cannot fill the cache.
CACHEABLE_PARAMETERS = {"page", "q", "theme", "source", "indicateur"}
_SLUG = re.compile(r"[-a-z0-9]{1,200}")
NORMALISED_VALUES = {"page": re.compile(r"[1-9][0-9]{0,4}"), "theme": _SLUG, "source": _SLUG, "indicateur": _SLUG}
MAX_CACHED_QUERY = 100
# Headers the middlewares below this one recompute per request, or that must not be replayed.
UNSTORED_HEADERS = {"set-cookie", "date"}
UNCACHEABLE_CACHE_CONTROL = {"private", "no-cache", "no-store"}


def page_cache_enabled():
    return getattr(settings, "PAGE_CACHE", True)


def excluded_prefixes():
    return getattr(settings, "PAGE_CACHE_EXCLUDED_PREFIXES", ("/admin/", "/healthz", "/static/", "/media/"))


def _next_scheduled_publication():
    """When the next article already marked published goes public (None when there is none).

    These are exactly the rows `Article.objects.published()` will start to include with no save.
    """
    from articles.models import Article

    date = Article.objects.scheduled().order_by("publish_date").values_list("publish_date", flat=True).first()
    return date.timestamp() if date else None


def current_generation():
    """The token pages are stored under; a new one once content changed or a publication came due."""
    _pages_read()
    state = cache.get(GENERATION_KEY)
    now = timezone.now().timestamp()
    if state is None or (state["next_publication"] is not None and now >= state["next_publication"]):
        state = {"token": uuid.uuid4().hex, "next_publication": _next_scheduled_publication()}
        cache.set(GENERATION_KEY, state, timeout=None)
    return state["token"]


# Values derived from the whole site's content that a page shows (counts over every published
# article), kept under the content generation like the pages; an hour at most in any case.
DERIVED_KEY_PREFIX = "page-cache:derived"
DERIVED_TIMEOUT = 3600


def derived(name, compute):
    """`compute()`, kept under the content generation: renewed, like the pages, by any content
    change or a publication coming due. For what a page computes over every published article
    and shows whether or not the page itself is served from the cache (the page cache may be
    off, or the page asked for in a form it does not keep)."""
    key = f"{DERIVED_KEY_PREFIX}:{name}:{current_generation()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=DERIVED_TIMEOUT)
    return value


def content_version():
    """A token renewed by every content change, for ETags; unlike the generation it costs no query."""
    _pages_read()
    return cache.get_or_set(CONTENT_VERSION_KEY, lambda: uuid.uuid4().hex, timeout=None)


_INVALIDATED_KEYS = [GENERATION_KEY, CONTENT_VERSION_KEY]
# Whether this thread dropped the tokens and has not read them since: until it reads them, it
# cannot have stored a page under a new token, so a further write has nothing to drop now.
_dropped = threading.local()


def _pages_read():
    _dropped.unread = False


def _drop_tokens():
    cache.delete_many(_INVALIDATED_KEYS)


def invalidate_pages(using=None):
    """Forget every cached page, now and again when the current transaction commits.

    Now, so that this process's next request (a test, an import in the same transaction) sees
    the change; at commit, because a request served in between by another process could have
    cached the state from before the commit under the new token.

    Once per transaction, however many statements write: the drop at commit is registered once
    (a rolled-back savepoint takes it away, and the next write registers it again), and the drop
    now is repeated only when this thread has read the tokens since. Outside a transaction
    the write is already committed: one drop.
    """
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        _drop_tokens()
        return
    registered = any(callback is _drop_tokens for _, callback, _ in connection.run_on_commit)
    if not registered or not getattr(_dropped, "unread", False):
        _drop_tokens()
        _dropped.unread = True
    if not registered:
        transaction.on_commit(_drop_tokens, using=using)


def content_models():
    """Every model whose rows some public page shows."""
    from taggit.models import Tag, TaggedItem

    from articles.models import (
        Article,
        ArticleLink,
        Author,
        HomePlacement,
        Indicator,
        Skill,
        SlugRedirect,
        Source,
        Statistic,
        Theme,
    )

    return [
        Article,
        ArticleLink,
        Author,
        Theme,
        Skill,
        Statistic,
        Source,
        Indicator,
        SlugRedirect,
        Tag,
        TaggedItem,
        HomePlacement,
    ]


@functools.cache
def content_tables():
    """The tables of `content_models()` and of the article's many-to-many relations."""
    from articles.models import Article

    relations = (Article.authors.through, Article.skills.through)
    return frozenset(model._meta.db_table for model in (*content_models(), *relations))


# The table a statement writes to, as Django's backends spell INSERT, UPDATE and DELETE.
_WRITTEN_TABLE = re.compile(r'\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+["`]?(\w+)', re.IGNORECASE)


def drop_on_write(execute, sql, params, many, context):
    """A database execute wrapper: once a statement wrote to a content table, invalidate pages."""
    result = execute(sql, params, many, context)
    written = _WRITTEN_TABLE.match(sql)
    if written and written.group(1) in content_tables():
        invalidate_pages(using=context["connection"].alias)
    return result


def _watch_writes(sender, connection, **kwargs):
    # First in the list: a `connection.execute_wrapper()` block opened earlier pops the last one.
    if drop_on_write not in connection.execute_wrappers:
        connection.execute_wrappers.insert(0, drop_on_write)


def connect_invalidation():
    """Watch the writes of every database connection (called from AppConfig.ready)."""
    from django.db import connections

    connection_created.connect(_watch_writes, dispatch_uid="page-cache-watch-writes")
    for connection in connections.all(initialized_only=True):
        _watch_writes(None, connection)


def is_cacheable_request(request):
    if not page_cache_enabled() or request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(tuple(excluded_prefixes())):
        return False
    # A session or CSRF cookie means someone who may see drafts, or a form bound to them.
    if settings.SESSION_COOKIE_NAME in request.COOKIES or settings.CSRF_COOKIE_NAME in request.COOKIES:
        return False
    return has_normalised_parameters(request)


def has_normalised_parameters(request):
    """Every parameter is one a public page understands, given once and in its one written form
    (a page number without zeros in front, a slug, a query without extra spaces): a variant of a
    known page is rendered, never stored beside it."""
    for name in request.GET:
        values = request.GET.getlist(name)
        if name not in CACHEABLE_PARAMETERS or len(values) != 1:
            return False
        value = values[0]
        if name == "q":
            if not 0 < len(value) <= MAX_CACHED_QUERY or value != " ".join(value.split()):
                return False
        elif not NORMALISED_VALUES[name].fullmatch(value):
            return False
    return True


def names_known_things(request, response):
    """A filter names a theme, source or indicator that exists, and a search found something: an
    invented value (one query each, on a miss only) or an empty search is not worth a cache entry."""
    from articles.models import Indicator, Source, Theme

    subjects = {"theme": Theme, "source": Source, "indicateur": Indicator}
    for name, model in subjects.items():
        if name in request.GET and not model.objects.filter(slug=request.GET[name]).exists():
            return False
    if "q" in request.GET:
        return bool((getattr(response, "context_data", None) or {}).get("articles"))
    return True


def is_storable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    match = getattr(request, "resolver_match", None)
    if match is not None and "preview" in (match.url_name or ""):
        return False
    if "noindex" in response.get("X-Robots-Tag", ""):
        return False
    directives = {part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))}
    return not directives & UNCACHEABLE_CACHE_CONTROL and names_known_things(request, response)


def page_key(request, generation):
    scheme = "https" if request.is_secure() else "http"
    address = f"{scheme}://{request.META.get('HTTP_HOST', '')}{request.get_full_path()}"
    return f"{PAGE_KEY_PREFIX}:{generation}:{hashlib.sha256(address.encode()).hexdigest()}"


def _stored(response):
    headers = [(name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS]
    return {"content": response.content, "headers": headers}


def _replayed(request, stored):
    response = HttpResponse(stored["content"])
    for name, value in stored["headers"]:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    conditional = get_conditional_response(
        request, etag=response.get("ETag"), last_modified=last_modified, response=response
    )
    return conditional


class PageCacheMiddleware:
    """Serve anonymous public pages from the cache; store the ones safe to share."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = getattr(settings, "PAGE_CACHE_TIMEOUT", 600)

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = page_key(request, current_generation())
        stored = cache.get(key)
        if stored is not None:
            return _replayed(request, stored)
        response = self.get_response(request)
        if request.method == "GET" and is_storable_response(request, response):
            cache.set(key, _stored(response), timeout=self.timeout)
            response["X-Page-Cache"] = "miss"
        return response
