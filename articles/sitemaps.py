"""The sitemap: an index (`/sitemap.xml`) of pages of at most `SITEMAP_LIMIT` addresses each
(`/sitemap-<section>.xml?p=N`): every published article, and the themes, skills and authors that
have one. Every page costs the same few queries however many articles there are: a count and one
slice (LIMIT/OFFSET), never the whole list."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.db.models import Max
from django.template.response import TemplateResponse
from django.urls import reverse

from articles.addresses import absolute_url
from articles.models import Article, Author, Skill, Theme


class SiteSitemap(Sitemap):
    """Absolute addresses as `absolute_url()` makes them, whatever host the request came to.

    Django writes "{protocol}://{domain}{path}": the site's address is split there, so that a
    path in SITE_URL (a site under /blog) stays in every address.
    """

    @property
    def limit(self):
        # Search engines read at most 50,000 addresses a file (the default); tests set a few.
        return settings.SITEMAP_LIMIT

    def get_protocol(self, protocol=None):
        return absolute_url("").split("://", 1)[0]

    def get_domain(self, site=None):
        return absolute_url("").split("://", 1)[1]


class ArticleSitemap(SiteSitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        # A queryset: the paginator counts it, then reads one page's slice only.
        return Article.objects.published().only("slug", "modified_at").order_by("-publish_date", "-pk")

    def lastmod(self, article):
        return article.modified_at

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

    A count per section and the articles' newest change: five queries at any size."""
    pages = []
    for section, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class()
        address = absolute_url(reverse("sitemap_section", kwargs={"section": section}))
        lastmod = sitemap.get_latest_lastmod()
        pages.append(SitemapIndexItem(address, lastmod))
        pages += [SitemapIndexItem(f"{address}?p={page}", lastmod) for page in sitemap.paginator.page_range[1:]]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": pages}, content_type="application/xml")
