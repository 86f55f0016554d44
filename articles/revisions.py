"""Revisions of an article: what changed since the published version, and stale-edit detection.

Built on simple_history's records, so every admin save, action and revert is already one.
"""

import difflib
from dataclasses import dataclass

from articles.models import Article

COMPARED_FIELDS = (("title", "Titre"), ("description", "Description"), ("body", "Corps"))


@dataclass
class FieldDiff:
    label: str
    changed: bool
    table: str  # difflib's HTML table, built from escaped lines


def last_published_record(article):
    """The latest historical record of `article` saved with the published status, or None."""
    return article.history.filter(status=Article.Status.PUBLISHED).order_by("-history_date", "-history_id").first()


def record_for_version(article, version):
    """The latest historical record that carried `version` (what an editor had loaded)."""
    return article.history.filter(version=version).order_by("-history_date", "-history_id").first()


def latest_record(article):
    return article.history.order_by("-history_date", "-history_id").select_related("history_user").first()


def diff_fields(old, new, *, old_label="Avant", new_label="Maintenant", links=None):
    """Side-by-side HTML diffs of title, description and body between two versions, and of
    their links when `links` gives them (the lines before, the lines after).

    Bodies are untrusted text: HtmlDiff escapes &, < and > in every line it writes (tested).
    """
    differ = difflib.HtmlDiff(wrapcolumn=80)
    compared = [
        (label, (getattr(old, name, "") if old is not None else "") or "", getattr(new, name, "") or "")
        for name, label in COMPARED_FIELDS
    ]
    if links is not None:
        compared.append(("Contenus liés", "\n".join(links[0]), "\n".join(links[1])))
    diffs = []
    for label, before, after in compared:
        table = differ.make_table(
            before.splitlines(), after.splitlines(), fromdesc=old_label, todesc=new_label, context=True, numlines=3
        )
        diffs.append(FieldDiff(label, before != after, table))
    return diffs
