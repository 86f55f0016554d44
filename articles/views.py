"""The public site: home, article lists, the article page, search, robots.txt and error pages.

Every page costs a constant number of queries: lists go through `for_listing()`, the article
page prefetches what it shows, and nothing in the templates queries per row.
"""

import hashlib

from django.conf import settings
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery, prefetch_related_objects
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, HttpResponseServerError
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.utils.cache import add_never_cache_headers, get_conditional_response
from django.utils.http import http_date, quote_etag
from django.views.generic import DetailView, ListView, TemplateView
from taggit.models import Tag

from articles.cache import content_version
from articles.comparison import figures_panel
from articles.models import Article, ArticleLink, Author, Skill, Theme
from articles.search import add_snippets, search_articles

ARTICLES_PER_PAGE = 12
HOME_ARTICLES = 7
HOME_SKILLS = 10
WEB_SCHEMES = ("http://", "https://")


def healthz(request):
    """A bare answer for load balancers: touches no database."""
    return HttpResponse("ok", content_type="text/plain")


def published_with_counts(model):
    """Rows of `model` that have published articles, each with its `article_count`."""
    return model.objects.filter(articles__in=Article.objects.published()).annotate(article_count=Count("articles"))


class HomeView(TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        latest = list(Article.objects.published().for_listing()[:HOME_ARTICLES])
        return super().get_context_data(
            lead=latest[0] if latest else None,
            latest=latest[1:],
            themes=published_with_counts(Theme).order_by("name"),
            skills=published_with_counts(Skill).order_by("-article_count", "name")[:HOME_SKILLS],
            **kwargs,
        )


class ArticleListView(ListView):
    """Published articles, newest first, twelve a page; `?page=` beyond the last is a 404."""

    template_name = "articles/article_list.html"
    paginate_by = ARTICLES_PER_PAGE
    context_object_name = "articles"

    def get_queryset(self):
        return Article.objects.published().for_listing()


class SubjectArticleListView(ArticleListView):
    """The articles of one subject (a theme, skill, tag or author) found by its slug."""

    subject_model = None
    template_name = "articles/subject_list.html"
    kind_label = ""

    def get(self, request, *args, **kwargs):
        self.subject = get_object_or_404(self.subject_model, slug=kwargs["slug"])
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return self.filter_articles(super().get_queryset())

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
        return articles.filter(skills__in=Skill.objects.descendants_of(self.subject)).distinct()

    def get_context_data(self, **kwargs):
        narrower = Skill.objects.descendants_of(self.subject, include_self=False)
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

    def get(self, request, *args, **kwargs):
        self.query = request.GET.get("q", "").strip()
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return search_articles(self.query)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(query=self.query, **kwargs)
        add_snippets(context["articles"], self.query)
        return context


def _newest(field, **relation):
    """The latest `field` among the published articles related to the outer article."""
    related = Article.objects.published().filter(**relation).order_by(f"-{field}").values(field)[:1]
    return Subquery(related)


class ArticleDetailView(DetailView):
    """One article. Staff may preview unpublished ones; old slugs redirect permanently.

    Answers conditional GETs: the version is the article's own dates and those of the published
    articles it shows (linked to and linking here), all read in the query that loads it.
    """

    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def visible_articles(self):
        return Article.objects.all() if self.request.user.is_staff else Article.objects.published()

    def get_queryset(self):
        return self.visible_articles().select_related("theme").annotate(
            linked_modified=_newest("modified_at", incoming_links__article=OuterRef("pk")),
            linked_published=_newest("publish_date", incoming_links__article=OuterRef("pk")),
            linking_modified=_newest("modified_at", links__target_article=OuterRef("pk")),
            linking_published=_newest("publish_date", links__target_article=OuterRef("pk")),
        )

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
        prefetch_article_page([article])
        response = self.render_to_response(self.get_context_data(object=article, is_preview=is_preview))
        if is_preview:
            add_never_cache_headers(response)
        else:
            response["ETag"] = etag
            response["Last-Modified"] = http_date(last_modified)
        return response

    def redirect_old_slug(self, slug):
        new_slug = self.visible_articles().filter(old_slugs__old_slug=slug).values_list("slug", flat=True).first()
        if new_slug is None:
            raise Http404("Aucun article à cette adresse.")
        return HttpResponsePermanentRedirect(Article(slug=new_slug).get_absolute_url())

    def version(self, article):
        dates = [
            article.modified_at,
            article.publish_date,
            article.linked_modified,
            article.linked_published,
            article.linking_modified,
            article.linking_published,
        ]
        known = [date for date in dates if date is not None]
        # The content generation changes with anything else the page shows (its figures, what
        # other articles cite for the same indicator), which has no date of its own.
        parts = [str(date) for date in dates] + [str(self.request.user.is_staff), content_version()]
        fingerprint = "|".join(parts)
        etag = quote_etag(hashlib.sha256(fingerprint.encode()).hexdigest()[:32])
        return etag, int(max(known).timestamp())

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            related=related_content(self.object), figures_panel=figures_panel(self.object), **kwargs
        )


def prefetch_article_page(articles):
    """Load everything the article page shows, in one query per relation."""
    published = Article.objects.published()
    card_fields = ("body", "body_html", "metadata", "toc", "guesses")
    prefetch_related_objects(
        articles,
        "authors",
        "skills",
        "tags",
        Prefetch(
            "links",
            queryset=ArticleLink.objects.filter(~Q(kind=ArticleLink.Kind.ARTICLE) | Q(target_article__in=published))
            .select_related("target_article")
            .defer(*(f"target_article__{name}" for name in card_fields)),
            to_attr="visible_links",
        ),
        Prefetch(
            "incoming_links",
            queryset=ArticleLink.objects.filter(article__in=published)
            .select_related("article")
            .defer(*(f"article__{name}" for name in card_fields)),
            to_attr="visible_incoming_links",
        ),
    )


def related_content(article):
    """What the article links to and what links to it, as a reader may follow it.

    A link to an article that is missing or unpublished is left out (never a broken link,
    never a draft's title); a book or page is a link only when its address is a web address.
    """
    linked, books, pages = {}, [], []
    for link in article.visible_links:
        if link.kind == ArticleLink.Kind.ARTICLE:
            if link.target_article_id != article.pk:
                linked.setdefault(link.target_article_id, link.target_article)
            continue
        entry = {"title": link.title or link.url, "url": link.url if link.url.startswith(WEB_SCHEMES) else ""}
        (books if link.kind == ArticleLink.Kind.BOOK else pages).append(entry)
    linking = {}
    for link in article.visible_incoming_links:
        if link.article_id != article.pk:
            linking.setdefault(link.article_id, link.article)
    return {"articles": list(linked.values()), "linking": list(linking.values()), "books": books, "pages": pages}


def robots_txt(request):
    sitemap = f"{settings.SITE_URL}/sitemap.xml"
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /recherche/", "", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    """Rendered without a request context: the database may be what failed."""
    return HttpResponseServerError(loader.get_template("500.html").render())
