"""Which article pages an edit of an article reaches: the one rule of partial invalidation.

An article page is stored with the version of each *subject* it shows (`page_subjects`): the
article itself, and the indicators and figure groups of its figures, whose other figures its
panel shows. An edit of an article made inside `articles.cache.editing()` renews only the
subjects that show it (`subjects_showing`), read before and after the edit: its page's, those
of the articles it links to and that link to it (their related blocks show its title), and
its figures' indicators and groups (other panels show its figures; a new figure can pull
another article's figure into an indicator). Any other write renews every article page.
"""

import hashlib

from django.db.models import Q


def _figure_subjects(indicator_id, grouping_key):
    found = {f"indicator:{indicator_id}"} if indicator_id else set()
    if grouping_key:
        found.add(f"figures:{hashlib.sha256(grouping_key.encode()).hexdigest()[:24]}")
    return found


def page_subjects(article_id):
    """What the page of this article shows that an edit of another article can change (one query)."""
    from articles.models import Statistic

    subjects = {f"article:{article_id}"}
    for indicator_id, grouping_key in Statistic.objects.filter(article_id=article_id).values_list(
        "indicator_id", "grouping_key"
    ):
        subjects |= _figure_subjects(indicator_id, grouping_key)
    return subjects


def subjects_showing(article_id):
    """The subjects of every article page that shows this article (two queries)."""
    from articles.models import ArticleLink

    subjects = page_subjects(article_id)
    links = ArticleLink.objects.filter(Q(article_id=article_id) | Q(target_article_id=article_id))
    for ends in links.values_list("article_id", "target_article_id"):
        subjects |= {f"article:{end}" for end in ends if end is not None}
    return subjects
