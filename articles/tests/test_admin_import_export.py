"""Export → empty database → import loses nothing; spreadsheets get no live formula."""

import io
import json

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from taggit.models import Tag

from articles.models import Article, ArticleLink, Author, Indicator, Skill, Source, Statistic, Theme
from articles.resources import (
    ArticleResource,
    AuthorResource,
    PlainJSON,
    SafeCSV,
    SafeXLSX,
    SkillResource,
    StatisticResource,
    ThemeResource,
)
from articles.tests.admin_helpers import AUTHOR, EDITOR, make_user

# Parents before what points at them: the order an editor imports the files in.
RESOURCES = [ThemeResource, AuthorResource, SkillResource, ArticleResource, StatisticResource]
# Bookkeeping set by the database, relations compared by slug below, and HTML derived on save
# (it anchors figures by their database ids, which a fresh database numbers anew).
UNCOMPARED_ARTICLE_FIELDS = {"id", "created_at", "modified_at", "created_by", "theme", "cover_renditions", "body_html"}


def snapshot():
    """Every field and relation of the collection, keyed by slugs rather than database ids."""
    articles = {}
    for article in Article.objects.order_by("slug"):
        row = {
            f.name: getattr(article, f.name)
            for f in Article._meta.concrete_fields
            if f.name not in UNCOMPARED_ARTICLE_FIELDS
        }
        row["cover_image"] = article.cover_image.name
        row["theme"] = article.theme.slug if article.theme else None
        row["created_by"] = article.created_by.username if article.created_by else None
        row["authors"] = sorted(article.authors.values_list("slug", flat=True))
        row["skills"] = sorted(article.skills.values_list("slug", flat=True))
        row["tags"] = sorted(article.tags.names())
        row["links"] = [
            (
                link.kind,
                link.target_slug,
                link.target_article.slug if link.target_article else None,
                link.url,
                link.title,
                link.position,
            )
            for link in article.links.all()
        ]
        articles[article.slug] = row
    skills = {
        s.slug: (s.name, s.description, s.theme.slug if s.theme else None, s.parent.slug if s.parent else None, s.depth)
        for s in Skill.objects.select_related("theme", "parent")
    }
    statistics = sorted(
        (
            s.article.slug,
            s.start,
            s.end,
            s.text,
            s.value,
            s.value_high,
            s.unit,
            s.currency,
            s.qualifier,
            s.subject,
            s.source.name if s.source else None,
            s.year,
            s.sentence,
            s.indicator.name if s.indicator else None,
            s.status,
            s.edited,
        )
        for s in Statistic.objects.select_related("article", "source", "indicator")
    )
    return {
        "articles": articles,
        "authors": {a.slug: (a.name, a.bio, a.photo.name, a.photo_alt, a.website) for a in Author.objects.all()},
        "themes": {t.slug: (t.name, t.description) for t in Theme.objects.all()},
        "skills": skills,
        "statistics": statistics,
    }


def empty_the_collection():
    for model in (ArticleLink, Statistic, Article, Author, Theme, Source, Indicator, Tag):
        model.objects.all().delete()
    for skill in Skill.objects.order_by("-depth"):  # children first: a parent is protected
        skill.delete()


@pytest.fixture
def collection(imported_seeds):
    """The seeds plus what an editor adds by hand: a tree, tags, a formula-like title, links, decisions."""
    editor = make_user("edith", EDITOR)
    theme = Theme.objects.create(name="Données", description="=SOMME(A1:A2) n'est pas une formule ici")
    root = Skill.objects.create(name="Analyse", theme=theme)
    Skill.objects.create(name="Tableaux croisés", parent=root, theme=theme, description="Sous-compétence")
    Author.objects.create(name="Zoé Martin", bio="+33 : appelez-la", website="https://example.org/zoe", photo_alt="")
    article = Article.objects.order_by("pk").first()
    article.title = '-20 % de churn : =HYPERLINK("http://evil") @ventes'
    article.created_by = editor
    article.note = "4.5"
    article.save()
    article.skills.add(root)
    article.tags.add("chiffres", "virgule, dedans")
    ArticleLink.objects.create(article=article, kind="article", target_slug="pas-encore-ecrit", title="À venir")
    ArticleLink.objects.create(
        article=article, kind="book", url="https://example.org/livre", title="Un livre", position=3
    )
    statistic = Statistic.objects.order_by("pk").first()
    assert statistic is not None, "the seeds should yield figures"
    statistic.status = Statistic.Status.VERIFIED
    statistic.subject = "taux d'ouverture (corrigé)"
    statistic.edited = True
    statistic.indicator = Indicator.objects.create(name="Taux d'ouverture")
    statistic.save()
    return editor


@pytest.mark.parametrize("file_format", [SafeCSV, SafeXLSX, PlainJSON], ids=["csv", "xlsx", "json"])
def test_export_then_import_into_an_empty_collection_loses_nothing(collection, file_format):
    before = snapshot()
    assert before["statistics"] and any(row["links"] for row in before["articles"].values())
    files = [(resource, file_format().export_data(resource().export())) for resource in RESOURCES]

    empty_the_collection()
    assert not Article.objects.exists() and not Statistic.objects.exists()

    for resource, exported in files:
        dataset = file_format(encoding="utf-8").create_dataset(exported)
        result = resource().import_data(dataset, dry_run=False, raise_errors=True)
        assert not result.has_validation_errors()
    assert snapshot() == before


def test_dry_run_changes_nothing(collection):
    exported = {resource: PlainJSON().export_data(resource().export()) for resource in RESOURCES}
    empty_the_collection()
    for resource in (ThemeResource, AuthorResource, SkillResource):
        resource().import_data(PlainJSON().create_dataset(exported[resource]), raise_errors=True)
    result = ArticleResource().import_data(PlainJSON().create_dataset(exported[ArticleResource]), dry_run=True)
    assert result.totals["new"] == 5 and not result.has_errors()
    assert not Article.objects.exists()


def format_choice(response, name):
    return next(value for value, label in response.context["form"].fields["format"].choices if label == name)


def test_spreadsheet_exports_quote_formulas_and_json_stays_exact(collection):
    title = Article.objects.get(created_by=collection).title
    csv_text = SafeCSV().export_data(ArticleResource().export())
    assert "'-20 % de churn" in csv_text
    assert "\n-20 %" not in csv_text and ",-20 %" not in csv_text
    workbook = openpyxl.load_workbook(io.BytesIO(SafeXLSX().export_data(ArticleResource().export())))
    cells = [cell.value for row in workbook.active.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert "'" + title in cells
    assert not any(value.startswith(("=", "+", "-", "@")) for value in cells)
    theme_csv = SafeCSV().export_data(ThemeResource().export())
    assert "'=SOMME" in theme_csv
    assert title in PlainJSON().export_data(ArticleResource().export()).replace('\\"', '"')


def test_editor_imports_through_the_admin_with_a_preview(client, db):
    editor = make_user("edith", EDITOR)
    client.force_login(editor)
    csv_file = SimpleUploadedFile("themes.csv", "name,slug,description\nSanté,sante,'=1+1\n".encode())
    import_url = reverse("admin:articles_theme_import")
    csv = format_choice(client.get(import_url), "csv")
    response = client.post(import_url, {"import_file": csv_file, "format": csv, "resource": 0})
    assert response.status_code == 200
    assert "result" in response.context and not response.context["result"].has_errors()
    assert not Theme.objects.exists()  # the preview is a dry run
    confirm = response.context["confirm_form"]
    response = client.post(reverse("admin:articles_theme_process_import"), confirm.initial)
    assert response.status_code == 302
    assert Theme.objects.get(slug="sante").description == "=1+1"


def test_editor_exports_from_the_admin(client, collection):
    client.force_login(collection)
    csv = format_choice(client.get(reverse("admin:articles_article_export")), "csv")
    response = client.post(
        reverse("admin:articles_article_export"),
        {"format": csv, "resource": 0, "articleresource_slug": "on", "articleresource_title": "on"},
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert b"'-20 % de churn" in response.content


def test_editor_exports_statistics_from_the_admin_and_an_author_cannot(client, collection):
    export_url = reverse("admin:articles_statistic_export")
    client.force_login(collection)
    csv = format_choice(client.get(export_url), "csv")
    response = client.post(
        export_url, {"format": csv, "resource": 0, "statisticresource_text": "on", "statisticresource_value": "on"}
    )
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    lines = response.content.decode("utf-8-sig").splitlines()
    # The export follows the changelist, whose default view is the review queue.
    assert len(lines) == Statistic.objects.filter(status=Statistic.Status.EXTRACTED).count() + 1
    assert Statistic.objects.exclude(status=Statistic.Status.EXTRACTED).exists()

    client.force_login(make_user("aurore", AUTHOR))
    assert client.get(export_url).status_code == 403
    assert client.get(reverse("admin:articles_statistic_import")).status_code == 403


def test_importing_a_figure_as_rejected_takes_its_mark_out_of_the_body(imported_seeds):
    statistic = Statistic.objects.select_related("article").order_by("pk").first()
    mark = f'id="chiffre-{statistic.pk}"'
    assert mark in statistic.article.body_html
    rows = json.loads(PlainJSON().export_data(StatisticResource().export()))
    for row in rows:
        if (row["article"], int(row["start"])) == (statistic.article.slug, statistic.start):
            row["status"] = Statistic.Status.REJECTED.value
    dataset = PlainJSON().create_dataset(json.dumps(rows))
    StatisticResource().import_data(dataset, dry_run=False, raise_errors=True)

    statistic.refresh_from_db()
    assert statistic.status == Statistic.Status.REJECTED
    assert mark not in Article.objects.get(pk=statistic.article_id).body_html
