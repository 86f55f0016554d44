"""Who may do what: editors publish and touch everything, authors only their own drafts.

The same rules as querysets: `Article.objects.editable_by(user)` and `readable_by(user)`.
"""

from articles.models import Article
from articles.models.article import PUBLISH_PERMISSION
from articles.resources import FORMATS


def can_publish(user):
    return user.has_perm(PUBLISH_PERMISSION)


def may_edit(user, article):
    """Editors edit any article; an author edits the ones they created, until they are published."""
    if can_publish(user):
        return True
    return user.is_authenticated and article.created_by_id == user.pk and article.status != Article.Status.PUBLISHED


def may_edit_copy(user, article):
    """Who may write the working copy of a live article: editors, and the author who created it
    (an author submits it for review; only an editor publishes it)."""
    if can_publish(user):
        return True
    return user.is_authenticated and article.created_by_id == user.pk and article.is_public


def may_open(user, article):
    """Who may open an article's change form: to edit it, or to edit the copy of it online."""
    return may_edit(user, article) or may_edit_copy(user, article)


class EditorialImportExportMixin:
    """Editors only (bulk import and export move the whole collection), in formula-safe formats."""

    formats = FORMATS

    def has_import_permission(self, request):
        return can_publish(request.user)

    def has_export_permission(self, request):
        return can_publish(request.user)
