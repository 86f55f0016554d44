"""Cards show an article's cover when it has one: renditions, lazy-loaded, with its alt text."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from articles.models import Article
from articles.tests.conftest import run_queued_tasks
from articles.tests.test_public_pages import publish

pytestmark = pytest.mark.django_db


def test_cards_show_the_cover_lazily_with_its_renditions_and_alt(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    picture = io.BytesIO()
    Image.new("RGB", (1600, 900), "navy").save(picture, format="PNG")
    covered = Article(
        title="Avec une image",
        description="d",
        body="Texte.",
        status=Article.Status.PUBLISHED,
        cover_alt="Un ciel bleu",
    )
    covered.cover_image.save("ciel.png", ContentFile(picture.getvalue()), save=False)
    covered.save()
    run_queued_tasks()  # the cover's renditions
    publish("Sans image")

    for path in ("/", "/articles/", "/recherche/?q=image"):
        html = client.get(path).content.decode()
        covers = re.findall(r'<img class="card-cover"[^>]*>', html)
        assert len(covers) == 1, path
        assert 'loading="lazy"' in covers[0] and 'alt="Un ciel bleu"' in covers[0]
        widths = re.findall(r" (\d+)w", re.search(r'srcset="([^"]*)"', covers[0]).group(1))
        assert widths and all(int(width) < 1600 for width in widths), covers[0]
