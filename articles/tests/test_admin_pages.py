"""The admin pages this issue touched, through the test client: the figure queue shows each
sentence with its figure marked, the article form carries the preview's public stylesheet and the
media picker, and the lists cost the same queries at two sizes."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from articles.models import Article, HomePlacement, MediaImage, Statistic
from articles.tests.test_public_pages import publish

pytestmark = pytest.mark.django_db
MAX_LIST_QUERIES = 12  # session, user, permissions, the count, the page and its joined rows


def test_the_figure_queue_shows_each_sentence_with_its_figure_marked(client, editor, imported_seeds):
    Statistic.objects.filter(text="15 %").update(sentence="<b>gras</b> 15 % des entreprises")
    client.force_login(editor)
    html = client.get(reverse("admin:articles_statistic_changelist")).text
    cells = re.findall(r'<td class="field-sentence_with_figure">(.*?)</td>', html, flags=re.DOTALL)
    assert len(cells) == Statistic.objects.filter(status="extracted").count()
    assert "&lt;b&gt;gras&lt;/b&gt; <mark>15 %</mark> des entreprises" in cells
    assert any("<mark>20 à 30 %</mark>" in cell for cell in cells), "a range is marked whole"
    assert all(cell.count("<mark>") == 1 for cell in cells)


def test_the_article_form_previews_with_the_public_stylesheet_and_offers_the_picker(client, editor, db):
    article = Article.objects.create(title="Brouillon", slug="brouillon")
    client.force_login(editor)
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).text
    assert re.search(r'id="markdown-preview"[^>]*data-stylesheet="/static/css/site\.css"', html)
    assert "admin/js/media-picker.js" in html and "admin/css/redaction.css" in html


def library_image(n):
    picture = io.BytesIO()
    Image.new("RGB", (200, 100), (n, 80, 120)).save(picture, format="PNG")
    image = MediaImage(alt=f"Image {n}")
    image.file.save(f"image-{n}.png", ContentFile(picture.getvalue()), save=False)
    image.save()
    return image


def list_queries(client, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(MAX_LIST_QUERIES), CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_new_lists_cost_the_same_queries_at_two_sizes(
    client, editor, imported_seeds, settings, tmp_path, django_assert_max_num_queries
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(editor)
    urls = [
        reverse("admin:articles_statistic_changelist"),
        reverse("admin:articles_mediaimage_changelist"),
        reverse("admin:articles_mediaimage_picker"),
        reverse("admin:articles_homeplacement_changelist"),
    ]
    counts = []
    for size in (2, 12):
        for n in range(MediaImage.objects.count(), size):
            library_image(n)
            HomePlacement.objects.create(article=publish(f"Placé {n}"), position=n)
        counts.append([list_queries(client, url, django_assert_max_num_queries) for url in urls])
    assert counts[0] == counts[1], counts


def figures_body(count):
    return "\n\n".join(
        f"Selon une étude de l'Insee publiée en 2023, {10 + n} % des entreprises de {n + 2} salariés vendent en ligne."
        for n in range(count)
    )


def test_the_article_form_costs_the_same_queries_with_3_or_30_figures(
    client, editor, theme, django_assert_max_num_queries
):
    """The figures' inline reads its sources and indicators with the figures, not one by one."""
    client.force_login(editor)
    counts = []
    for size in (3, 30):
        article = Article.objects.create(
            title=f"Chiffres {size}", slug=f"chiffres-{size}", body=figures_body(size), theme=theme
        )
        assert article.statistics.count() == size
        url = reverse("admin:articles_article_change", args=[article.pk])
        client.get(url)  # the first page of a session caches what every later one reuses (content types)
        # 16 for the form and its figures, 6 for the working copy, the editor's presence and their autosave.
        with django_assert_max_num_queries(22), CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_the_figure_queue_reads_a_page_in_its_index_order_without_sorting_every_figure(client, editor, imported_seeds):
    """At 10,000 articles the queue sorted all 80,000 figures by their article's date for each page
    (10× the bare changelist); it now lists the newest articles' figures in reading order, read
    as a slice of the statistic_review_queue index."""
    client.force_login(editor)
    response = client.get(reverse("admin:articles_statistic_changelist"))
    shown = list(response.context["cl"].result_list)
    expected = Statistic.objects.filter(status="extracted").order_by("-article_id", "start", "id")
    assert [figure.pk for figure in shown] == [figure.pk for figure in expected[: len(shown)]]
    assert len({figure.article_id for figure in shown}) > 1, "the seeds give figures of several articles"
    plan = response.context["cl"].queryset[:100].explain()  # the page the changelist asks for
    if connection.vendor == "sqlite":  # PostgreSQL's planner prefers a sort on a table this small
        assert "statistic_review_queue" in plan and "TEMP B-TREE" not in plan, plan
