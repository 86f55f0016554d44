"""The sitemap: an index (`/sitemap.xml`) of pages of at most `SITEMAP_LIMIT` addresses each
(`/sitemap-<section>.xml?p=N`): every published article, and the themes, skills and authors that
have one. Every page costs the same few queries however many articles there are: a count and one
slice (LIMIT/OFFSET), never the whole list."""

from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date

from articles.addresses import absolute_url, slug_urls
from articles.cache import derived
from articles.models import Article, Author, Skill, Theme


class SiteSitemap(Sitemap):
    """A section: its items, paged by `SITEMAP_LIMIT`; `sitemap_section` writes a page of it."""

    lastmod = None

    @property
    def limit(self):
        # Search engines read at most 50,000 addresses a file (the default); tests set a few.
        return settings.SITEMAP_LIMIT

    def page_count(self):
        return self.paginator.num_pages

    def addresses(self, items):
        """(path, last change or None) of each item of a page."""
        return [(item.get_absolute_url(), None) for item in items]


class ArticleSitemap(SiteSitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        # A queryset: the paginator counts it, then reads one page's slice only, as plain rows (an
        # article instance apiece cost 50 µs, 2.5 s for a page of 50,000).
        return Article.objects.published().order_by("-publish_date", "-pk").values_list("slug", "modified_at")

    def addresses(self, items):
        address = slug_urls("articles:detail")
        return [(address(slug), modified_at) for slug, modified_at in items]

    def get_latest_lastmod(self):
        # One aggregate, not Django's default (every item read to take the newest).
        return Article.objects.published().aggregate(newest=Max("modified_at"))["newest"]


class SubjectSitemap(SiteSitemap):
    """Subjects that have at least one published article; the others have empty pages."""

    model = None
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        published = Article.objects.published()
        return self.model.objects.filter(articles__in=published).distinct().only("slug").order_by("slug")

    def page_count(self):
        # When every subject fits on one page, which ones have an article need not be counted
        # (a join over every published article: 0.4 s for the themes at 10,000 on SQLite).
        if self.model.objects.count() <= self.limit:
            return 1
        return super().page_count()


class ThemeSitemap(SubjectSitemap):
    model = Theme


class SkillSitemap(SubjectSitemap):
    model = Skill


class AuthorSitemap(SubjectSitemap):
    model = Author


SITEMAPS = {"articles": ArticleSitemap, "themes": ThemeSitemap, "skills": SkillSitemap, "authors": AuthorSitemap}


@x_robots_tag
def sitemap_index(request):
    """Every page of every section, as Django's `sitemaps.views.index` lists them, but on
    SITE_URL (Django's view takes the request's host, and would drop a path such as /blog).

    A count per section (two for a section with more subjects than a page holds) and the articles'
    newest change: five to eight queries at any size, kept until the content changes (`derived`):
    PostgreSQL counts the published articles by reading them all until a vacuum has marked their
    pages visible (85 ms each at 49,000 articles, right after an import)."""
    pages = derived("sitemap-index", _index_pages)
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": pages}, content_type="application/xml")


def _index_pages():
    pages = []
    for section, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class()
        address = absolute_url(reverse("sitemap_section", kwargs={"section": section}))
        lastmod = sitemap.get_latest_lastmod()
        pages.append(SitemapIndexItem(address, lastmod))
        pages += [SitemapIndexItem(f"{address}?p={page}", lastmod) for page in range(2, sitemap.page_count() + 1)]
    return pages


URLSET_START = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
)


@x_robots_tag
def sitemap_section(request, section):
    """A page of a section, the XML Django's `sitemaps.views.sitemap` writes, without its template:
    the template took 0.6 ms an address (a page of 50,000 would pass gunicorn's 30 s timeout),
    this 0.12 ms, and 0.04 ms from plain rows (`addresses`; all measured on a loaded machine). Addresses on SITE_URL, as every absolute
    address (a site under /blog too)."""
    if section not in SITEMAPS:
        raise Http404("Pas de plan du site pour cette section.")
    sitemap = SITEMAPS[section]()
    try:
        page = sitemap.paginator.page(request.GET.get("p", 1))
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("Cette page du plan du site n'existe pas.") from error
    tail = f"<changefreq>{sitemap.changefreq}</changefreq><priority>{sitemap.priority}</priority></url>"
    parts, newest, local_time = [URLSET_START], None, timezone.get_current_timezone()
    for path, lastmod in sitemap.addresses(page.object_list):
        parts.append(f"<url><loc>{escape(absolute_url(path))}</loc>")
        if lastmod:
            newest = max(newest or lastmod, lastmod)
            parts.append(f"<lastmod>{lastmod.astimezone(local_time).date().isoformat()}</lastmod>")
        parts.append(tail)
    parts.append("</urlset>\n")
    response = HttpResponse("".join(parts), content_type="application/xml")
    if newest:
        response["Last-Modified"] = http_date(newest.timestamp())
    return response
