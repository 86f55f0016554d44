"""Every admin page an editor uses, in Debian's Chromium at 1366 × 768: nothing scrolls sideways,
and no English string of Django's admin or raw stored value is left on it."""

import re

import pytest
from django.urls import reverse

from articles.models import Article, Author, HomePlacement, Indicator, MediaImage, Skill, Statistic, Theme
from articles.tests.admin_helpers import EDITOR, make_user
from articles.tests.test_browser_admin import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Words of Django's admin (and of its apps) that would mean a page was not translated, and raw
# stored values an editor should see as labels.
ENGLISH = re.compile(
    r"\b(Add|Change|Delete|Save|History|None|Tags?|TAGGIT|Taggit|Search|Filter|Action|Home|View site|Log out|"
    r"Welcome|Select|Show all|Yes|No|Unknown|Today|Now|Clear|Currently|Run|Go|Import|Export|Preview|Changes|"
    r"draft|published|review|extracted|verified|rejected|featured|lead)\b"
)


def editor_pages():
    """(name, address) of every admin page an editor uses, filled with real objects."""
    article = Article.objects.filter(statistics__isnull=False).order_by("pk").first()
    figure = Statistic.objects.filter(article=article).first()
    indicator = Indicator.objects.first() or Indicator.objects.create(name="Part des entreprises")
    image = MediaImage.objects.first()
    pages = {
        "index": reverse("admin:index"),
        "articles": reverse("admin:articles_article_changelist"),
        "articles in review": reverse("admin:articles_article_changelist") + "?status__exact=review",
        "article": reverse("admin:articles_article_change", args=[article.pk]),
        "new article": reverse("admin:articles_article_add"),
        "article changes": reverse("admin:articles_article_changes", args=[article.pk]),
        "article history": reverse("admin:articles_article_history", args=[article.pk]),
        "import upload": reverse("admin:articles_article_import_documents"),
        "link report": reverse("admin:articles_article_links"),
        "authors": reverse("admin:articles_author_changelist"),
        "author": reverse("admin:articles_author_change", args=[Author.objects.first().pk]),
        "themes": reverse("admin:articles_theme_changelist"),
        "theme": reverse("admin:articles_theme_change", args=[Theme.objects.first().pk]),
        "skills": reverse("admin:articles_skill_changelist"),
        "skill": reverse("admin:articles_skill_change", args=[Skill.objects.first().pk]),
        "tags": reverse("admin:taggit_tag_changelist"),
        "figure queue": reverse("admin:articles_statistic_changelist"),
        "all figures": reverse("admin:articles_statistic_changelist") + "?statut=tous",
        "figure": reverse("admin:articles_statistic_change", args=[figure.pk]),
        "indicators": reverse("admin:articles_indicator_changelist"),
        "indicator": reverse("admin:articles_indicator_change", args=[indicator.pk]),
        "indicators to confirm": reverse("admin:articles_indicator_suggestions"),
        "sources": reverse("admin:articles_source_changelist"),
        "home page": reverse("admin:articles_homeplacement_changelist"),
        "home placement": reverse("admin:articles_homeplacement_add"),
        "media library": reverse("admin:articles_mediaimage_changelist"),
        "new image": reverse("admin:articles_mediaimage_add"),
        "old addresses": reverse("admin:articles_slugredirect_changelist"),
        "related content": reverse("admin:articles_articlelink_changelist"),
    }
    if image:
        pages["image"] = reverse("admin:articles_mediaimage_change", args=[image.pk])
    return pages


@pytest.fixture
def curated_site(imported_seeds):
    """The seeds as `make run` leaves them, with a history, a placement and a figure reviewed."""
    make_user("edith", EDITOR)
    article = Article.objects.filter(statistics__isnull=False).order_by("pk").first()
    article.title += " (revu)"
    article.save()
    article.status = Article.Status.REVIEW
    article.save()
    HomePlacement.objects.create(article=article, role=HomePlacement.Role.LEAD)
    return article


def test_every_editor_page_fits_1366_pixels_and_speaks_french(new_context, live_server, curated_site, artifact_dir):
    page = new_context(viewport={"width": 1366, "height": 768}).new_page()
    log_in(page, live_server, "edith")
    problems = []
    for name, path in editor_pages().items():
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, f"{name}: {response.status}"
        page.wait_for_load_state("networkidle")
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if width[0] > width[1]:
            page.screenshot(path=str(artifact_dir / f"admin-overflow-{name.replace(' ', '-')}.png"), full_page=True)
            problems.append(f"{name} ({path}): {width[0]} px wide in a {width[1]} px window")
        text = page.evaluate("document.body.innerText")
        english = sorted(set(ENGLISH.findall(text)))
        if english:
            problems.append(f"{name} ({path}): English or raw values {english}")
    assert not problems, "\n".join(problems)
