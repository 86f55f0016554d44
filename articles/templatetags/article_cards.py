"""Article cards and bylines, written in Python rather than included templates.

A list page shows a dozen cards; as included templates (card, then byline) they were most of
the page's rendering time. The markup is the same as the templates it replaces.
"""

from django import template
from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import truncatewords
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from articles.addresses import slug_url
from articles.templatetags.public_site import long_date
from articles.typography import french_text

register = template.Library()


@register.simple_tag
def byline(article, authors, compact=False):
    """Who wrote it, when, and how long it reads; `authors` as the caller loaded them."""
    parts = []
    if authors:
        links = [format_html('<a href="{}">{}</a>', slug_url(a.slug, "articles:author"), a.name) for a in authors]
        joined = links[0] if len(links) == 1 else format_html_join(", ", "{}", ((link,) for link in links[:-1]))
        if len(links) > 1:
            joined = format_html("{} et {}", joined, links[-1])
        parts.append(format_html('<span class="byline-authors">Par {}</span>', joined))
    if article.publish_date:
        parts.append(_dated("" if compact else "Publié le ", article.publish_date))
    if not compact and article.updated_date:
        parts.append(_dated("Mis à jour le ", article.updated_date))
    parts.append(format_html("<span>{} min de lecture</span>", article.reading_time))
    return format_html('<p class="byline">{}</p>', format_html_join("\n  ", "{}", ((part,) for part in parts)))


def _dated(label, value):
    # The template filter gets local time from the template engine (`expects_localtime`); here it is given it.
    iso = date_filter(timezone.localtime(value) if timezone.is_aware(value) else value, "c")
    return format_html('<span>{}<time datetime="{}">{}</time></span>', label, iso, long_date(value))


@register.simple_tag
def card_cover(article):
    """The cover of a card (or the home page's lead), from its stored renditions, loaded only
    when scrolled to; nothing when the article has none."""
    if not article.cover_image:
        return ""
    return format_html(
        '<img class="card-cover" src="{}" srcset="{}" sizes="(min-width: 40rem) 24rem, 100vw" alt="{}" '
        'loading="lazy" decoding="async">',
        article.cover_image.url,
        article.cover_srcset(),
        article.cover_alt,
    )


@register.simple_tag
def article_card(article, heading_level=2, snippets=False):
    """An article in a list: needs what `for_listing()` loads; search results carry `title_html`
    and `snippet` (only asked for when `snippets`)."""
    kicker = ""
    if article.theme:
        theme_url = slug_url(article.theme.slug, "articles:theme")
        kicker = format_html('<p class="kicker"><a href="{}">{}</a></p>', theme_url, article.theme.name)
    title = article.title_html if snippets else french_text(article.title)
    heading = format_html(
        '<h{0} class="card-title"><a href="{1}">{2}</a></h{0}>',
        3 if heading_level == 3 else 2,
        slug_url(article.slug, "articles:detail"),
        title,
    )
    summary = ""
    if snippets and getattr(article, "snippet", ""):
        summary = format_html('<p class="card-summary snippet">{}</p>', article.snippet)
    elif article.description:
        summary = format_html('<p class="card-summary">{}</p>', french_text(truncatewords(article.description, 36)))
    return format_html(
        '<article class="card">{}{}{}{}{}</article>',
        card_cover(article),
        kicker,
        heading,
        summary,
        byline(article, article.authors.all(), compact=True),
    )
