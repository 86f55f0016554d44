"""Template helpers of the public site: site name, addresses, JSON-LD, page links."""

import json

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeData, mark_safe

from articles.addresses import absolute_url, cached_reverse, slug_url
from articles.models.article import web_address
from articles.typography import french_html, french_text

register = template.Library()

# What json_script escapes: a JSON string can then never close the <script> element.
_JSON_IN_HTML = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter(is_safe=True)
def typographie(value):
    """A title, description or heading in French typography (HTML stays HTML, text stays text)."""
    if isinstance(value, SafeData):
        return mark_safe(french_html(value))  # noqa: S308 — only text between tags changes, escaped
    return french_text(str(value))


@register.simple_tag
def site_name():
    return settings.SITE_NAME


@register.simple_tag
def named_url(url_name):
    """`{% url url_name %}` for an address without arguments, reversed once per process."""
    return cached_reverse(url_name)


register.filter("slug_url", slug_url)
register.simple_tag(absolute_url, name="absolute_url")


@register.simple_tag
def canonical_url(article):
    """The article's own canonical address if it is a web address (rows stored before that rule
    included), else its page on this site."""
    return web_address(article.canonical_url) or absolute_url(slug_url(article.slug, "articles:detail"))


def article_schema(article, authors, tags):
    """The schema.org BlogPosting of an article, from the model and its authors and tags."""
    url = absolute_url(slug_url(article.slug, "articles:detail"))
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": article.title,
        "description": article.description,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical_url(article)},
        "inLanguage": "fr",
        "timeRequired": f"PT{article.reading_time}M",
        "author": [
            {"@type": "Person", "name": author.name, "url": absolute_url(slug_url(author.slug, "articles:author"))}
            for author in authors
        ],
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME, "url": absolute_url("")},
        "keywords": [tag.name for tag in tags],
    }
    if article.publish_date:
        data["datePublished"] = article.publish_date.isoformat()
    data["dateModified"] = (article.updated_date or article.publish_date or article.modified_at).isoformat()
    if article.theme:
        data["articleSection"] = article.theme.name
    if article.cover_image:
        data["image"] = absolute_url(article.cover_image.url)
    return {key: value for key, value in data.items() if value not in (None, [], "")}


@register.simple_tag
def article_json_ld(article, authors, tags):
    """A <script type="application/ld+json"> that CSP does not execute and no title can break out of."""
    payload = json.dumps(article_schema(article, authors, tags), ensure_ascii=False).translate(_JSON_IN_HTML)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.filter
def long_date(value):
    """A date as French readers write it: "1er mai 2024", "15 mai 2024"."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {date_format(value, 'F Y')}"


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The current address with `page` set to `number`, keeping the other parameters (e.g. `q`)."""
    query = context["request"].GET.copy()
    if number == 1:
        query.pop("page", None)
    else:
        query["page"] = number
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else context["request"].path
