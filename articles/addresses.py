"""Public addresses, built one way: `slug_url()` for the page of a row, `absolute_url()` on SITE_URL.

Models' `get_absolute_url()`, templates (the `slug_url` filter), feeds, JSON-LD and robots.txt
all go through these two.
"""

import functools
from urllib.parse import quote

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.http import RFC3986_SUBDELIMS

# A slug `reverse` accepts, that no real address contains: what is around it is the page's address.
_SLUG_PLACEHOLDER = "SLUG-PLACEHOLDER"
# The characters `reverse` leaves unquoted in an address.
_URL_SAFE_CHARACTERS = RFC3986_SUBDELIMS + "/~:@"


@functools.cache
def _reversed(urlconf, script_prefix, url_name, *args):
    return reverse(url_name, urlconf=urlconf, args=args)


def cached_reverse(url_name, *args):
    """`reverse(url_name, args=args)`, computed once per process (and URLconf and script prefix).

    `reverse` costs about 20 µs: a page asking for dozens of addresses spent a tenth of its time
    there. Only for a bounded set of arguments: the names alone, or the slug placeholder.
    """
    return _reversed(get_urlconf() or settings.ROOT_URLCONF, get_script_prefix(), url_name, *args)


def slug_url(slug, url_name):
    """The address of the page `url_name` of `slug`: what `reverse(url_name, args=[slug])` gives.

    The address around the slug is reversed once; the slug is quoted as `reverse` quotes it.
    """
    return slug_urls(url_name)(slug)


def slug_urls(url_name):
    """`slug_url` of `url_name` as a function of the slug, for many slugs: the address around them
    is looked up once (each lookup reads the request's URLconf and script prefix, 15 µs)."""
    before, _, after = cached_reverse(url_name, _SLUG_PLACEHOLDER).rpartition(_SLUG_PLACEHOLDER)
    return lambda slug: f"{before}{quote(slug, safe=_URL_SAFE_CHARACTERS)}{after}"


def absolute_url(path):
    """`path` on the public site's address (settings.SITE_URL), as feeds and crawlers need it."""
    return f"{settings.SITE_URL}{path}"


def figure_address(article_url, figure_pk):
    """Where a figure stands on its article's page: its entry in the "Chiffres cités" panel."""
    return f"{article_url}#stat-{figure_pk}"
