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

Article pages have a token of their own, and each is stored whole with the versions of what it
shows, named by its address so that they are read with the page, in one round trip
(articles/article_pages.py); the fragment that changes without the page (`request.page_fragment`:
the panel of other articles' figures) has a version of its own, and only it is rendered again
when only it changed. A write made inside
`editing(article)` (the article's save, the admin's form, a working copy's publication) renews
the other pages' token and only the subjects that show that article; any other write renews
both tokens. So an editor publishing an article leaves the pages of unrelated articles cached.
"""

import functools
import hashlib
import pickle
import re
import threading
import uuid
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.backends.signals import connection_created
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, get_conditional_response
from django.utils.http import parse_http_date_safe, quote_etag

from articles.article_pages import PANELS_SUBJECT, page_subject

GENERATION_KEY = "page-cache:generation"
ARTICLE_GENERATION_KEY = "page-cache:article-generation"
SUBJECT_KEY_PREFIX = "page-cache:subject"
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


def _is_due(state, now):
    return state is None or (state["next_publication"] is not None and now >= state["next_publication"])


def read_generations(*other_keys):
    """The tokens other pages and article pages are stored under, each new once content changed
    or a publication came due, and the values of `other_keys`: one cache read."""
    _pages_read()
    found = cache.get_many([GENERATION_KEY, ARTICLE_GENERATION_KEY, *other_keys])
    now = timezone.now().timestamp()
    due = [key for key in (GENERATION_KEY, ARTICLE_GENERATION_KEY) if _is_due(found.get(key), now)]
    renewed = {}
    if due:
        next_publication = _next_scheduled_publication()
        renewed = {key: {"token": uuid.uuid4().hex, "next_publication": next_publication} for key in due}
        cache.set_many(renewed, timeout=None)
    found |= renewed
    return found[GENERATION_KEY]["token"], found[ARTICLE_GENERATION_KEY]["token"], found


def current_generation():
    """The token pages other than articles' are stored under."""
    return read_generations()[0]


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


# Whether this thread dropped the tokens and has not read them since: until it reads them, it
# cannot have stored a page under a new token, so a further write has nothing to drop now.
_dropped = threading.local()
# The articles this thread is editing (`editing()`), innermost last.
_editing = threading.local()


def _pages_read():
    _dropped.unread = set()


def _drop_site_tokens():
    cache.delete_many([GENERATION_KEY, CONTENT_VERSION_KEY])


def _drop_tokens():
    cache.delete_many([GENERATION_KEY, CONTENT_VERSION_KEY, ARTICLE_GENERATION_KEY])


def _edited_articles():
    return _editing.__dict__.setdefault("articles", [])


def invalidate_pages(using=None):
    """Forget the cached pages a write may change, now and again when the current transaction commits:
    every page, or, inside `editing()`, every page but the articles' (their subjects are renewed
    when the edit ends).

    Now, so that this process's next request (a test, an import in the same transaction) sees
    the change; at commit, because a request served in between by another process could have
    cached the state from before the commit under the new token.

    Once per transaction, however many statements write: the drop at commit is registered once
    (a rolled-back savepoint takes it away, and the next write registers it again), and the drop
    now is repeated only when this thread has read the tokens since. Outside a transaction
    the write is already committed: one drop.
    """
    drop = _drop_site_tokens if _edited_articles() else _drop_tokens
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        drop()
        return
    registered = any(callback is drop for _, callback, _ in connection.run_on_commit)
    if not registered or drop not in getattr(_dropped, "unread", set()):
        drop()
        _dropped.__dict__.setdefault("unread", set()).add(drop)
    if not registered:
        transaction.on_commit(drop, using=using)


def subject_key(subject):
    return f"{SUBJECT_KEY_PREFIX}:{subject}"


def renew_subjects(subjects, using=None):
    """Forget the versions of these subjects, now and again at commit (as `invalidate_pages`)."""
    keys = [subject_key(subject) for subject in subjects]
    cache.delete_many(keys)
    if transaction.get_connection(using).in_atomic_block:
        transaction.on_commit(lambda: cache.delete_many(keys), using=using)


def subject_values(subjects, compute):
    """{subject: value} of what several pages show, each kept under its subject until an edit
    renews it (`renew_subjects`) or any write outside an edit; the missing ones computed in one
    call, `compute(missing)`, and kept unless content changed meanwhile (they may be of before it)."""
    keys = {subject: subject_key(subject) for subject in subjects}
    generation, article_generation, found = read_generations(*keys.values())
    values = {
        subject: found[key]["value"]
        for subject, key in keys.items()
        if key in found and found[key]["generation"] == article_generation
    }
    missing = [subject for subject in subjects if subject not in values]
    if missing:
        computed = compute(missing)
        if read_generations()[:2] == (generation, article_generation):
            kept = {
                keys[subject]: {"generation": article_generation, "value": value} for subject, value in computed.items()
            }
            cache.set_many(kept, timeout=DERIVED_TIMEOUT)
        values |= computed
    return values


@contextmanager
def editing(article):
    """The writes made inside are an edit of `article`: of the article pages, they renew only
    those showing it, before or after (articles/article_pages.py). Nested edits of the same
    article are one. When the block raises, every page is renewed, with no query."""
    from articles.article_pages import is_scheduled, subjects_showing

    edited = _edited_articles()
    if any(other is article for other in edited):
        yield
        return
    before = subjects_showing(article.pk) if article.pk else set()
    was_scheduled = bool(article.pk) and is_scheduled(article.pk)
    edited.append(article)
    try:
        yield
    except BaseException:
        edited.pop()
        _drop_everything()  # what it wrote before raising may be kept
        raise
    edited.pop()
    if was_scheduled or is_scheduled(article.pk):
        # The article pages' token knows when the next scheduled article comes due: read it again.
        _drop_everything()
    renew_subjects(before | subjects_showing(article.pk))


def _drop_everything():
    """Every page, now and again at commit."""
    _drop_tokens()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_drop_tokens)


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


def page_key(request):
    scheme = "https" if request.is_secure() else "http"
    address = f"{scheme}://{request.META.get('HTTP_HOST', '')}{request.get_full_path()}"
    return f"{PAGE_KEY_PREFIX}:{hashlib.sha256(address.encode()).hexdigest()}"


def address_versions(request):
    """The keys of the versions an article page at this address is stored with (its page's, named
    by the address, and the panels', `articles.article_pages`): read with the page itself."""
    address = request.path_info
    return [subject_key(page_subject(address)), subject_key(PANELS_SUBJECT)]


def is_current(stored, generation, article_generation, found):
    """A stored page is current under its generation's token and, for an article page, while the
    versions of its subjects are still those read beside it (`found`), its panel's aside."""
    subjects = stored.get("subjects")
    if subjects is None:
        return stored["generation"] == generation
    return stored["generation"] == article_generation and all(
        found.get(key) == value for key, value in subjects.items()
    )


def panel_is_current(stored, found):
    panel = stored.get("panel")
    return panel is None or found.get(panel["subject"]) == panel["version"]


def subject_versions(keys, generation, article_generation):
    """{key: version} of these subject keys, versions missing set; None when a write renewed a
    token since the page began (it may show the state from before the write: every write drops
    the other pages' token)."""
    found = cache.get_many([GENERATION_KEY, ARTICLE_GENERATION_KEY, *keys])
    tokens = (found.get(GENERATION_KEY) or {}).get("token"), (found.get(ARTICLE_GENERATION_KEY) or {}).get("token")
    if tokens != (generation, article_generation):
        return None
    missing = {key: uuid.uuid4().hex for key in keys if key not in found}
    cache.set_many(missing, timeout=DERIVED_TIMEOUT)  # an expired version is a miss, never a stale page
    return {key: found.get(key) or missing[key] for key in keys}


def _stored_panel(response, fragment, version, etag):
    """How to render again the fragment of a page that changes without it (`request.page_fragment`:
    its HTML in this response, a function and its arguments, its subject): where it is in the page,
    the ETag around it, and the function and arguments pickled, so that serving the page unchanged
    never loads them. None when the fragment cannot be told apart in the page."""
    html = fragment["html"].encode(response.charset)
    if response.content.count(html) != 1:
        return None
    start = response.content.index(html)
    return {
        "subject": subject_key(fragment["subject"]),
        "version": version,
        "span": (start, start + len(html)),
        "charset": response.charset,
        "etag": etag,  # the page's own, which the fragment's completes
        "render": pickle.dumps((fragment["render"], fragment["arguments"])),
    }


def _with_fragment(response, etag, html):
    """The response's ETag says which fragment it shows."""
    if etag is not None:
        response["ETag"] = quote_etag(hashlib.sha256(f"{etag}|{html}".encode()).hexdigest()[:32])


def _kept_headers(response):
    return [(name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS]


def _response(content, headers):
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    return response


def _replayed(request, stored):
    response = _response(stored["content"], stored["headers"])
    response["X-Page-Cache"] = "hit"
    last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
    conditional = get_conditional_response(
        request, etag=response.get("ETag"), last_modified=last_modified, response=response
    )
    return conditional


class PageCacheMiddleware:
    """Serve anonymous public pages from the cache; store the ones safe to share.

    A page is served from one cache read (`read_generations`: the tokens, the page and the
    versions named by its address). An article page whose panel alone is out of date is served
    with the panel rendered anew, and stored again."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = getattr(settings, "PAGE_CACHE_TIMEOUT", 600)

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = page_key(request)
        generation, article_generation, found = read_generations(key, *address_versions(request))
        stored = found.get(key)
        if stored is not None and is_current(stored, generation, article_generation, found):
            if not panel_is_current(stored, found):
                stored = self.with_new_panel(key, stored, generation, article_generation)
            return _replayed(request, stored)
        response = self.get_response(request)
        if request.method == "GET" and is_storable_response(request, response):
            self.store(request, response, key, generation, article_generation)
        return response

    def store(self, request, response, key, generation, article_generation):
        subjects = getattr(request, "page_subjects", None)
        fragment = getattr(request, "page_fragment", None)
        entry = {"generation": generation}
        if subjects is not None:
            keys = [subject_key(subject) for subject in subjects]
            panel_keys = [subject_key(fragment["subject"])] if fragment else []
            versions = subject_versions(keys + panel_keys, generation, article_generation)
            if versions is None:
                return
            entry = {"generation": article_generation, "subjects": {key: versions[key] for key in keys}}
            if fragment:
                etag = response.get("ETag")
                _with_fragment(response, etag, fragment["html"])  # before the page's headers are kept
                entry["panel"] = _stored_panel(response, fragment, versions[panel_keys[0]], etag)
                if entry["panel"] is None:
                    return
        entry["content"] = response.content
        entry["headers"] = _kept_headers(response)
        cache.set(key, entry, timeout=self.timeout)
        response["X-Page-Cache"] = "miss"

    def with_new_panel(self, key, stored, generation, article_generation):
        """The stored page with its panel rendered now (other articles' figures changed), stored
        again under the panel's current version unless content changed meanwhile."""
        panel = stored["panel"]
        render, arguments = pickle.loads(panel["render"])  # noqa: S301 — written by this class
        html = render(*arguments)
        encoded = html.encode(panel["charset"])
        start, end = panel["span"]
        content = stored["content"][:start] + encoded + stored["content"][end:]
        response = _response(content, stored["headers"])
        _with_fragment(response, panel["etag"], html)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(content))
        versions = subject_versions([panel["subject"]], generation, article_generation)
        renewed = stored | {
            "content": content,
            "headers": _kept_headers(response),
            "panel": panel | {"span": (start, start + len(encoded)), "version": (versions or {}).get(panel["subject"])},
        }
        if versions is not None:
            cache.set(key, renewed, timeout=self.timeout)
        return renewed
