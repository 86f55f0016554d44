"""The home page as editors arrange it: their lead and their selection in order, else the newest."""

import io
import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from articles.models import Article, HomePlacement
from articles.tests.conftest import run_queued_tasks
from articles.tests.test_public_pages import add_articles, publish

pytestmark = pytest.mark.django_db
HOME = "/"


def titles_in(html, css_class):
    """The titles of the cards (or the lead) inside the first element of this class, in page order."""
    start = html.index(f'class="{css_class}')
    end = html.index("</section>", start)
    return re.findall(r'<a href="/articles/[^"]+/">([^<]+)</a></h[23]>', html[start:end])


def dated(title, days_ago, **fields):
    return publish(title, publish_date=timezone.now() - timedelta(days=days_ago), **fields)


@pytest.fixture
def five():
    return [dated(f"Article {n}", days_ago=n) for n in range(1, 6)]


def test_without_a_choice_the_newest_leads(client, five):
    html = client.get(HOME).content.decode()
    assert titles_in(html, "lead-story") == ["Article 1"]
    assert titles_in(html, "home-latest") == ["Article 2", "Article 3", "Article 4", "Article 5"]
    assert "home-featured" not in html


def test_the_editors_lead_and_selection_come_first_in_their_order(client, five, editor, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    picture = io.BytesIO()
    Image.new("RGB", (1600, 900), "navy").save(picture, format="PNG")
    oldest = five[-1]
    oldest.cover_alt = "Un ciel bleu"
    oldest.cover_image.save("ciel.png", ContentFile(picture.getvalue()), save=False)
    oldest.save()
    run_queued_tasks()  # the cover's renditions
    draft = Article.objects.create(title="Brouillon choisi", description="Pas encore.")
    client.force_login(editor)
    add = reverse("admin:articles_homeplacement_add")
    for article, role, position in ((oldest, "lead", 0), (five[3], "featured", 2), (five[2], "featured", 1)):
        response = client.post(add, {"article": article.pk, "role": role, "position": position})
        assert response.status_code == 302, response.context["adminform"].form.errors
    assert client.post(add, {"article": draft.pk, "role": "featured", "position": 0}).status_code == 302
    # A second lead is refused, in French: the editor moves the first one away before.
    refused = client.post(add, {"article": five[0].pk, "role": "lead", "position": 0})
    assert "Un autre article est déjà à la une" in refused.content.decode()
    client.logout()

    html = client.get(HOME).content.decode()
    lead = html[html.index('class="lead-story') : html.index("</section>")]
    assert "Article 5" in lead and "À propos de Article 5." in lead, "the lead shows its description"
    assert 'alt="Un ciel bleu"' in lead and "srcset=" in lead and "-960w.webp 960w" in lead
    assert titles_in(html, "home-featured") == ["Article 3", "Article 4"], "the selection in its order"
    assert titles_in(html, "home-latest") == ["Article 1", "Article 2"], "then the newest, none twice"
    assert "Brouillon choisi" not in html, "a draft waits for its publication"


def test_a_change_of_placement_renews_the_cached_home_page(client, five, settings):
    settings.PAGE_CACHE = True
    cache.clear()
    assert titles_in(client.get(HOME).content.decode(), "lead-story") == ["Article 1"]
    assert client.get(HOME)["X-Page-Cache"] == "hit"
    placement = HomePlacement.objects.create(article=five[2], role="lead")
    assert titles_in(client.get(HOME).content.decode(), "lead-story") == ["Article 3"]
    placement.delete()
    assert titles_in(client.get(HOME).content.decode(), "lead-story") == ["Article 1"]
    cache.clear()


def test_the_home_page_costs_the_same_queries_curated_or_not(client, django_assert_max_num_queries):
    add_articles(12)
    with django_assert_max_num_queries(8) as plain:
        client.get(HOME)
    articles = list(Article.objects.published().order_by("pk"))
    HomePlacement.objects.create(article=articles[0], role="lead")
    for position, article in enumerate(articles[1:10]):
        HomePlacement.objects.create(article=article, position=position)
    with django_assert_max_num_queries(len(plain.captured_queries)):
        html = client.get(HOME).content.decode()
    assert len(titles_in(html, "home-featured")) == 6
