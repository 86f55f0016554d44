"""Who may do what: editors publish and touch everything, authors only their own drafts."""

from articles.models import Article

PUBLISH_PERMISSION = "articles.publish_article"


def can_publish(user):
    return user.has_perm(PUBLISH_PERMISSION)


def may_edit(user, article):
    """Editors edit any article; an author edits the ones they created, until they are published."""
    if can_publish(user):
        return True
    return article.created_by_id == user.pk and article.status != Article.Status.PUBLISHED


class EditorsOnlyImportExportMixin:
    """Bulk import and export move every article at once: editors only."""

    def has_import_permission(self, request):
        return can_publish(request.user)

    def has_export_permission(self, request):
        return can_publish(request.user)
