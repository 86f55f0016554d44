"""Bulk-load corpus articles straight into the database, for tests that need many articles fast.

Rows match what the importer makes (rendered HTML, authors, skills, tags, links, extracted
statistics) but are written with `bulk_create`, without files; `make bench` itself imports its
files through the real importer. Signals do not fire here: callers start from an empty cache.
"""

import time
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from taggit.models import Tag, TaggedItem

from articles.documents import slugify_title
from articles.figures import extract_figures
from articles.models import Article, ArticleLink, Author, Skill, Source, Statistic, Theme
from articles.rendering import render_markdown

BATCH = 250


@dataclass
class BulkReport:
    articles: int = 0
    statistics: int = 0
    extraction_seconds: float = 0.0


def _named_rows(model, names):
    """The rows of `model` for these names, created when missing, by slug."""
    wanted = {slugify_title(name)[:200]: name for name in names}
    existing = {row.slug: row for row in model.objects.filter(slug__in=wanted)}
    missing = [model(name=name[:200], slug=slug) for slug, name in wanted.items() if slug not in existing]
    model.objects.bulk_create(missing, ignore_conflicts=True)
    return {row.name: row for row in model.objects.filter(slug__in=wanted)}


def _tags(names):
    existing = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    Tag.objects.bulk_create(
        [Tag(name=name, slug=Tag().slugify(name)) for name in names if name not in existing], ignore_conflicts=True
    )
    return {tag.name: tag for tag in Tag.objects.filter(name__in=names)}


def bulk_load(corpus, indexes, *, statistics=True, render=True) -> BulkReport:
    """Create the articles at `indexes` (and their relations), `BATCH` at a time."""
    report = BulkReport()
    authors = _named_rows(Author, corpus.authors)
    themes = {theme.name: theme for theme in Theme.objects.all()} | _named_rows(Theme, corpus.themes)
    skills = {skill.name: skill for skill in Skill.objects.all()}
    tags = _tags(corpus.tags)
    sources = {}
    content_type = ContentType.objects.get_for_model(Article)
    indexes = list(indexes)
    for start in range(0, len(indexes), BATCH):
        batch = list(corpus.articles(indexes[start : start + BATCH]))
        with transaction.atomic():
            report.articles += len(batch)
            rows = []
            for item in batch:
                rendered = render_markdown(item.body) if render else None
                rows.append(
                    Article(
                        title=item.title,
                        slug=item.slug,
                        description=item.description,
                        body=item.body,
                        body_html=rendered.html if rendered else "",
                        toc=rendered.toc if rendered else [],
                        reading_time=rendered.reading_time if rendered else 1,
                        status=Article.Status.PUBLISHED,
                        publish_date=item.publish_date.astimezone(),
                        theme=themes[item.theme],
                        source_path=f"bench/{item.slug}.md",
                    )
                )
            created = Article.objects.bulk_create(rows)
            Article.authors.through.objects.bulk_create(
                [
                    Article.authors.through(article_id=row.pk, author_id=authors[name].pk)
                    for row, item in zip(created, batch, strict=True)
                    for name in item.authors
                ]
            )
            Article.skills.through.objects.bulk_create(
                [
                    Article.skills.through(article_id=row.pk, skill_id=skills[name].pk)
                    for row, item in zip(created, batch, strict=True)
                    for name in item.skills
                    if name in skills
                ]
            )
            TaggedItem.objects.bulk_create(
                [
                    TaggedItem(content_type=content_type, object_id=row.pk, tag=tags[name])
                    for row, item in zip(created, batch, strict=True)
                    for name in item.tags
                ]
            )
            ArticleLink.objects.bulk_create(
                [
                    ArticleLink(
                        article=row, kind=ArticleLink.Kind.ARTICLE, target_slug=slug, title=title, position=position
                    )
                    for row, item in zip(created, batch, strict=True)
                    for position, (title, slug) in enumerate(item.related)
                ]
            )
            if statistics:
                report.statistics += _create_statistics(created, sources, report)
    _resolve_links()
    return report


def _create_statistics(articles, sources, report) -> int:
    started = time.perf_counter()
    found = [(article, extract_figures(article.body)) for article in articles]
    report.extraction_seconds += time.perf_counter() - started
    rows = []
    for article, figures in found:
        for figure in figures:
            source = None
            if figure.source:
                if figure.source not in sources:
                    sources[figure.source], _ = Source.objects.get_or_create(
                        slug=slugify_title(figure.source)[:200] or "source", defaults={"name": figure.source}
                    )
                source = sources[figure.source]
            rows.append(
                Statistic(
                    article=article,
                    value=figure.value,
                    value_high=figure.value_high,
                    unit=figure.unit,
                    currency=figure.currency,
                    qualifier=figure.qualifier,
                    subject=figure.subject[:300],
                    source=source,
                    year=figure.year,
                    sentence=figure.sentence,
                    start=figure.start,
                    end=figure.end,
                    text=figure.text[:200],
                )
            )
    Statistic.objects.bulk_create(rows)
    return len(rows)


def _resolve_links():
    """Point article links at their targets, now that every target exists."""
    by_slug = dict(Article.objects.values_list("slug", "pk"))
    pending = list(ArticleLink.objects.pending().only("pk", "target_slug"))
    for link in pending:
        link.target_article_id = by_slug.get(link.target_slug)
    ArticleLink.objects.bulk_update(
        [link for link in pending if link.target_article_id], ["target_article"], batch_size=1000
    )
