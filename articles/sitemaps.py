"""The sitemap: every published article, and the themes, skills and authors that have one."""

from django.contrib.sitemaps import Sitemap

from articles.addresses import absolute_url
from articles.models import Article, Author, Skill, Theme


class SiteSitemap(Sitemap):
    """Absolute addresses as `absolute_url()` makes them, whatever host the request came to.

    Django writes "{protocol}://{domain}{path}": the site's address is split there, so that a
    path in SITE_URL (a site under /blog) stays in every address.
    """

    def get_protocol(self, protocol=None):
        return absolute_url("").split("://", 1)[0]

    def get_domain(self, site=None):
        return absolute_url("").split("://", 1)[1]


class ArticleSitemap(SiteSitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        # A list, not a queryset: the paginator then costs no COUNT query.
        return list(Article.objects.published().only("slug", "modified_at").order_by("-publish_date", "-pk"))

    def lastmod(self, article):
        return article.modified_at


class SubjectSitemap(SiteSitemap):
    """Subjects that have at least one published article; the others have empty pages."""

    model = None
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        published = Article.objects.published()
        return list(self.model.objects.filter(articles__in=published).distinct().only("slug").order_by("slug"))


class ThemeSitemap(SubjectSitemap):
    model = Theme


class SkillSitemap(SubjectSitemap):
    model = Skill


class AuthorSitemap(SubjectSitemap):
    model = Author


SITEMAPS = {"articles": ArticleSitemap, "themes": ThemeSitemap, "skills": SkillSitemap, "authors": AuthorSitemap}
