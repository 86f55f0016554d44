"""Merging duplicates of the taxonomy: skills and tags, as editors do from the admin."""

from django.db import transaction
from taggit.models import TaggedItem

from articles.models import Article


@transaction.atomic
def merge_skills(target, others):
    """Give `target` the articles and sub-skills of `others`, then delete them."""
    for skill in others:
        for article in Article.objects.filter(skills=skill):
            article.skills.add(target)
        for child in skill.children.all():
            child.parent = target
            child.save()
        skill.delete()


@transaction.atomic
def merge_tags(target, others):
    """Retag with `target` whatever carried one of `others`, then delete them."""
    for tag in others:
        for item in TaggedItem.objects.filter(tag=tag):
            if TaggedItem.objects.filter(tag=target, content_type=item.content_type, object_id=item.object_id).exists():
                item.delete()
            else:
                item.tag = target
                item.save()
        tag.delete()
