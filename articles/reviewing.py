"""An editor's review written down: what they completed on imported articles, applied again.

The importer publishes only what the admin would publish (`Article.allowed_status`), so the seed
files, which lack a theme or a description and carry guessed values, arrive as drafts. A review
file records what an editor decided for them (theme, description, guesses checked, publish) and
`manage.py apply_review` applies it through the same rule: `make run` shows the seeds as an
editor would have published them, without a second way to publish.

A review only completes: it never overwrites a theme or description the article already has,
and an article that is already as the review wants is left unchanged.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from articles.models import Article, Theme


class ReviewError(ValueError):
    """A review file that cannot be read: nothing of it is applied."""


@dataclass
class ReviewReport:
    slug: str
    status: str  # "reviewed", "unchanged", "draft" (still refused publication) or "missing"
    problems: list[str] = field(default_factory=list)


def read_review(path: Path) -> list[dict]:
    """The entries of a review file: a JSON list of objects, each with a `slug`."""
    try:
        entries = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ReviewError(f"fichier de relecture illisible : {error}") from error
    if not isinstance(entries, list) or not all(
        isinstance(e, dict) and isinstance(e.get("slug"), str) for e in entries
    ):
        raise ReviewError("un fichier de relecture est une liste d'objets JSON ayant chacun un « slug »")
    return entries


@transaction.atomic
def apply_review(entries: list[dict]) -> list[ReviewReport]:
    """Complete and publish each article an entry names, as the editor decided."""
    articles = Article.objects.in_bulk([entry["slug"] for entry in entries], field_name="slug")
    return [_apply(articles.get(entry["slug"]), entry) for entry in entries]


def _apply(article: Article | None, entry: dict) -> ReviewReport:
    slug = entry["slug"]
    if article is None:
        return ReviewReport(slug, "missing")
    changed = False
    if entry.get("theme") and not article.theme_id:
        article.theme = Theme.objects.named(entry["theme"])
        changed = True
    if entry.get("description") and not article.description.strip():
        article.description = entry["description"]
        changed = True
    if entry.get("guesses_checked") and article.needs_review:
        article.needs_review = False
        changed = True
    problems = {}
    if entry.get("publish") and article.status != Article.Status.PUBLISHED:
        status, problems = article.allowed_status(Article.Status.PUBLISHED)
        changed = changed or status != article.status
        article.status = status
    if changed:
        article.version += 1  # a form opened before the review is stale, as after any write
        article.save()
    if problems:
        return ReviewReport(slug, "draft", list(problems.values()))
    return ReviewReport(slug, "reviewed" if changed else "unchanged")
