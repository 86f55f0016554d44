"""The public site: home, article lists, the article page, search, robots.txt and error pages.

Every page costs a constant number of queries: lists go through `for_listing()`, the article
page loads each relation it shows in one query, and nothing in the templates queries per row.
"""

import hashlib
import uuid
from collections import namedtuple
from functools import cached_property

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Subquery
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseServerError, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.utils.cache import add_never_cache_headers, get_conditional_response
from django.utils.http import http_date, quote_etag
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView, TemplateView
from taggit.models import Tag

from articles.addresses import absolute_url, cached_reverse
from articles.article_pages import PANELS_SUBJECT, article_address, page_subject
from articles.cache import content_version, derived
from articles.comparison.loaders import own_figures, panel_html
from articles.models import Article, ArticleLink, Author, HomePlacement, Skill, Theme
from articles.models.article import LINKED_ARTICLE_FIELDS, web_address
from articles.search import SearchPaginator, add_snippets, search_articles, suggest
from articles.sql import public_article, related_link_rows, subject_rows

ARTICLES_PER_PAGE = 12
HOME_ARTICLES = 7
HOME_FEATURED = 6
HOME_SKILLS = 10
READINESS_KEY = "readyz:token"


def healthz(request):
    """A bare answer for load balancers (liveness): touches no database."""
    return HttpResponse("ok", content_type="text/plain")


def database_ready():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_ready():
    """Write a token and read it back: a cache that swallows its errors (editorial/cache.py)
    answers a miss."""
    token = uuid.uuid4().hex
    cache.set(READINESS_KEY, token, timeout=10)
    return cache.get(READINESS_KEY) == token


@never_cache
def readyz(request):
    """Each dependency's state for an orchestrator (readiness): 503 when one is dead."""
    states = {}
    for name, check in (("database", database_ready), ("cache", cache_ready)):
        try:
            states[name] = "ok" if check() else "indisponible"
        except Exception as error:  # any failure of a dependency is its state, not a 500
            states[name] = f"indisponible : {error.__class__.__name__}"
    status = 200 if all(state == "ok" for state in states.values()) else 503
    return JsonResponse(states, status=status)


class HomeView(TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            **home_articles(),
            # Counts over every published article (the skills' took 20 ms at 10,000 articles): kept
            # until the content changes.
            themes=derived("home-themes", lambda: list(Theme.objects.with_published_counts())),
            skills=derived("home-skills", lambda: list(Skill.objects.featured(HOME_SKILLS))),
            **kwargs,
        )


def home_articles():
    """The lead, the editors' selection and the newest others: the editors' lead when they chose
    one, else the newest article; in one query (and the authors')."""
    count = 1 + HOME_FEATURED + HOME_ARTICLES
    # Only the placed articles and the newest `count` can make the first `count`: ordering every
    # published article by its placement read them all (170 ms at 3,400 articles on SQLite).
    # One list of ids, not an OR of two conditions: PostgreSQL answered the OR by reading every
    # published article (80 ms at 49,000).
    newest = (
        Article.objects.filter(pk__in=Article.objects.published().order_by("-publish_date", "-pk").values("pk")[:count])
        .order_by()
        .values("pk")
    )
    placed = HomePlacement.objects.order_by().values("article_id")
    candidates = Article.objects.published().filter(pk__in=placed.union(newest, all=True))
    rows = list(candidates.for_listing().curated_first()[:count])
    chosen = [row for row in rows if row.home_role == "lead"]
    featured = [row for row in rows if row.home_role == "featured"][:HOME_FEATURED]
    newest = [row for row in rows if row.home_role is None]
    lead = chosen[0] if chosen else (newest or featured or [None]).pop(0)
    return {"lead": lead, "featured": featured, "latest": newest[: HOME_ARTICLES - 1]}


class ArticleListView(ListView):
    """Published articles, newest first, twelve a page; `?page=` beyond the last is a 404."""

    template_name = "articles/article_list.html"
    paginate_by = ARTICLES_PER_PAGE
    context_object_name = "articles"

    def get_queryset(self):
        return Article.objects.published().for_listing()


class KeptCountPaginator(Paginator):
    """A paginator whose count is kept under `count_key` until the content changes (`derived`)."""

    def __init__(self, *args, count_key, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        return derived(self.count_key, self.object_list.count)


class SubjectArticleListView(ArticleListView):
    """The articles of one subject (a theme, skill, tag or author) found by its slug.

    A subject with no published article is a 404: its name alone would tell of unpublished work.
    """

    subject_model = None
    allow_empty = False
    template_name = "articles/subject_list.html"
    kind_label = ""

    def get(self, request, *args, **kwargs):
        self.subject = get_object_or_404(self.subject_model, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return self.filter_articles(super().get_queryset())

    def get_paginator(self, queryset, per_page, **kwargs):
        # The count of a subject's articles, kept until the content changes: a skill near the
        # root holds a fifth of the site, which PostgreSQL counted in 100 ms at 100,000 articles.
        key = f"subject-count:{self.subject_model._meta.label_lower}:{self.subject.pk}"
        return KeptCountPaginator(queryset, per_page, count_key=key, **kwargs)

    def filter_articles(self, articles):
        raise NotImplementedError

    def get_context_data(self, **kwargs):
        return super().get_context_data(subject=self.subject, kind_label=self.kind_label, **kwargs)


class ThemeView(SubjectArticleListView):
    subject_model = Theme
    kind_label = "Thème"

    def filter_articles(self, articles):
        return articles.filter(theme=self.subject)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            feed_urls={"rss": "articles:theme_feed_rss", "atom": "articles:theme_feed_atom"}, **kwargs
        )


class SkillView(SubjectArticleListView):
    """A skill's articles include those of every skill below it in the tree."""

    subject_model = Skill
    kind_label = "Compétence"

    def filter_articles(self, articles):
        # A subquery rather than a join: no duplicate rows, so no DISTINCT over every column
        # when the paginator counts.
        subtree = Skill.objects.descendants_of(self.subject)
        tagged = Article.skills.through.objects.filter(skill__in=subtree).values("article_id")
        return articles.filter(pk__in=tagged)

    def get_context_data(self, **kwargs):
        # The next level down: a reader walks the tree a level at a time (the articles listed
        # already include the whole subtree), and a root's forty descendants would crowd the page.
        narrower = Skill.objects.filter(parent=self.subject).only("name", "slug").order_by("name")
        return super().get_context_data(narrower_skills=narrower, **kwargs)


class TagView(SubjectArticleListView):
    subject_model = Tag
    kind_label = "Mot-clé"

    def filter_articles(self, articles):
        return articles.filter(tags=self.subject)


class AuthorView(SubjectArticleListView):
    subject_model = Author
    kind_label = "Auteur"
    template_name = "articles/author_detail.html"

    def filter_articles(self, articles):
        return articles.filter(authors=self.subject)


class SearchView(ArticleListView):
    template_name = "articles/search.html"
    paginator_class = SearchPaginator

    def get(self, request, *args, **kwargs):
        self.query = request.GET.get("q", "").strip()
        self.suggestion = ""
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return search_articles(self.query)

    def get_paginator(self, queryset, per_page, **kwargs):
        """The results; when there are none, those of the query with its typos corrected, if any."""
        paginator = super().get_paginator(queryset, per_page, **kwargs)
        if paginator.count or not self.query:
            return paginator
        corrected = suggest(self.query)
        if corrected:
            other = super().get_paginator(search_articles(corrected), per_page, **kwargs)
            if other.count:
                self.suggestion = corrected
                return other
        return paginator

    def get_context_data(self, **kwargs):
        context = super().get_context_data(query=self.query, **kwargs)
        context["quoted_query"] = without_outer_quotes(self.query)
        context["suggestion"] = self.suggestion  # known once the results are paginated
        add_snippets(context["articles"], self.suggestion or self.query)
        return context


def without_outer_quotes(query):
    """A query that is one phrase in quotes, shown inside the page's own « »: not « « … » »."""
    for opening, closing in (('"', '"'), ("«", "»"), ("“", "”")):
        inner = query[len(opening) : -len(closing)].strip()
        if len(query) > 2 and query.startswith(opening) and query.endswith(closing) and closing not in inner:
            return inner
    return query


def latest_publication():
    """When the newest public article went public (one step down an index).

    It moves when a scheduled article comes due, which no save announces.
    """
    return Subquery(Article.objects.published().order_by("-publish_date").values("publish_date")[:1])


class ArticleDetailView(DetailView):
    """One article. Staff may preview unpublished ones; old slugs redirect permanently.

    Answers conditional GETs from the query that loads the article, with no other: the version
    is the article's own dates, the site's latest publication (a scheduled article coming due may
    now be linked or linking here) and the content version, which any other change renews (a
    linked title, a figure decision). Last-Modified covers the dates only.
    """

    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def visible_articles(self):
        """Readers see published articles; a draft only its author and the editors."""
        return Article.objects.readable_by(self.request.user)

    def get_queryset(self):
        # The page shows the rendered body: the markdown and the import's leftovers stay unread.
        return (
            self.visible_articles()
            .select_related("theme")
            .defer("body", "metadata", "guesses")
            .annotate(site_published=latest_publication())
        )

    def get_object(self, queryset=None):
        if queryset is None and not self.request.user.is_authenticated:
            # A reader sees public articles only: read with the query written for them.
            article = public_article(self.kwargs["slug"])
            if article is None:
                raise Http404("Aucun article à cette adresse.")
            return article
        return super().get_object(queryset)

    def get(self, request, *args, **kwargs):
        try:
            self.object = article = self.get_object()
        except Http404:
            return self.redirect_old_slug(kwargs["slug"])
        is_preview = not article.is_public
        etag, last_modified = self.version(article)
        if not is_preview:
            response = get_conditional_response(request, etag=etag, last_modified=last_modified)
            if response is not None:
                return response
        response = self.render_to_response(self.get_context_data(object=article, is_preview=is_preview))
        if is_preview:
            add_never_cache_headers(response)
        else:
            address = article_address(article.slug)
            # What the page cache keeps it under, named by its address; asked under another
            # spelling of it, the page is kept only until the next write (the site's token).
            if request.path_info == address:
                request.page_subjects = {page_subject(address)}
                if self.panel[0]:  # the panel changes without the page: rendered again alone
                    request.page_fragment = {
                        "html": self.panel_html,
                        "render": panel_html,
                        "arguments": self.panel,
                        "subject": PANELS_SUBJECT,
                    }
            response["ETag"] = etag
            response["Last-Modified"] = http_date(last_modified)
        return response

    def redirect_old_slug(self, slug):
        new_slug = self.visible_articles().filter(old_slugs__old_slug=slug).values_list("slug", flat=True).first()
        if new_slug is None:
            raise Http404("Aucun article à cette adresse.")
        return HttpResponsePermanentRedirect(Article(slug=new_slug).get_absolute_url())

    def version(self, article):
        dates = [article.modified_at, article.publish_date, article.site_published]
        known = [date for date in dates if date is not None]
        parts = [str(article.pk), *map(str, dates), str(self.request.user.is_staff), self.site_version]
        fingerprint = "|".join(parts)
        etag = quote_etag(hashlib.sha256(fingerprint.encode()).hexdigest()[:32])
        return etag, int(max(known).timestamp())

    @cached_property
    def site_version(self):
        """What other articles' figures in the panel depend on: any content change, and the site's
        latest publication (a scheduled article coming due changes no content)."""
        return f"{content_version()}-{self.object.site_published.timestamp() if self.object.site_published else ''}"

    def get_context_data(self, **kwargs):
        article = self.object
        authors, skills, tags = article_subjects(article)
        self.panel = (own_figures(article), article.pk, article.is_public)
        self.panel_html = panel_html(*self.panel)
        return super().get_context_data(
            authors=authors,
            skills=skills,
            tags=tags,
            related=related_content(article),
            has_figures=bool(self.panel[0]),
            figures_panel=self.panel_html,
            **kwargs,
        )


def article_subjects(article):
    """The article's authors (by name), skills (by place in the tree) and tags (by id): one query
    (`articles.sql.SUBJECTS_QUERY`) of the few columns the page shows."""
    kinds = (Author, Skill, Tag)
    found = ([], [], [])
    for kind, name, slug in subject_rows(article):
        found[kind].append(kinds[kind](name=name, slug=slug))
    return found


# A link of `related_content`, as ArticleLink names what it reads of one.
RelatedLink = namedtuple("RelatedLink", "article_id kind url title article target_article")
_LINKED_COLUMNS = ["id", *LINKED_ARTICLE_FIELDS]


def related_content(article):
    """What the article links to and what links to it, as a reader may follow it; one query
    (`articles.sql.RELATED_LINKS_QUERY`).

    A link to an article that is missing or unpublished is left out (never a broken link,
    never a draft's title); a book or page is a link only when its address is a web address.
    """
    linked, linking, books, pages = {}, {}, [], []
    links = [
        RelatedLink(*row[:4], _linked_article(row[4:9]), _linked_article(row[9:14]))
        for row in related_link_rows(article)
    ]
    outgoing = getattr(article, "copy_links", None)  # the preview of a working copy: its own links
    if outgoing is not None:
        links = [link for link in links if link.article_id != article.pk] + outgoing
    for link in links:
        if link.article_id != article.pk:
            # A link to this article: a self-link counts as outgoing only.
            if link.article.is_public:
                linking.setdefault(link.article_id, link.article)
            continue
        if link.kind == ArticleLink.Kind.ARTICLE:
            target = link.target_article
            if target is not None and target.pk != article.pk and target.is_public:
                linked.setdefault(target.pk, target)
            continue
        entry = {"title": link.title or link.url, "url": web_address(link.url)}
        (books if link.kind == ArticleLink.Kind.BOOK else pages).append(entry)
    return {"articles": list(linked.values()), "linking": list(linking.values()), "books": books, "pages": pages}


def _linked_article(columns):
    """An article of `RELATED_LINKS_QUERY`'s row from its columns, loaded as the ORM loads a few
    (the others deferred); None for no article."""
    return None if columns[0] is None else Article.from_db(connection.alias, _LINKED_COLUMNS, columns)


def robots_txt(request):
    sitemap = absolute_url(cached_reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /recherche/", "", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    """Rendered without a request context: the database may be what failed."""
    return HttpResponseServerError(loader.get_template("500.html").render())
