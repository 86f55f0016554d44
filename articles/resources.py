"""Import and export of the collection (django-import-export): articles, people, taxonomy, figures.

Rows are identified by slug, relations written as slugs, so an export loads into an empty
database without losing anything. Spreadsheet exports neutralise formulas.
"""

import json
from datetime import datetime

from django.contrib.auth import get_user_model
from import_export import fields, resources, widgets
from import_export.formats import base_formats
from taggit.utils import edit_string_for_tags, parse_tags

from articles.comparison import state
from articles.models import Article, ArticleLink, Author, Indicator, Skill, Source, Statistic, Theme
from articles.spreadsheets import escape_formula, unescape_formula


class FormulaSafeMixin:
    """Quote formulas on export and unquote them on import, so the round trip is exact.

    Replaces import-export's own escaping, which drops the "=" and turns empty cells into "None".
    """

    def export_data(self, dataset, **kwargs):
        for _ in range(dataset.height):
            dataset.append([escape_formula(cell) for cell in dataset.lpop()])
        return dataset.export(self.get_title(), **kwargs)

    def create_dataset(self, in_stream, **kwargs):
        dataset = super().create_dataset(in_stream, **kwargs)
        for _ in range(dataset.height):
            dataset.append([unescape_formula(cell) for cell in dataset.lpop()])
        return dataset


class SafeCSV(FormulaSafeMixin, base_formats.CSV):
    pass


class SafeXLSX(FormulaSafeMixin, base_formats.XLSX):
    pass


class PlainJSON(base_formats.JSON):
    """JSON is not opened by spreadsheets: export it untouched."""

    def export_data(self, dataset, **kwargs):
        return dataset.export(self.get_title(), **kwargs)


FORMATS = [SafeCSV, SafeXLSX, PlainJSON]


class IsoDateTimeWidget(widgets.Widget):
    """ISO 8601 with offset and microseconds: nothing lost, whatever the format."""

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return None
        return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))

    def render(self, value, obj=None, **kwargs):
        return value.isoformat() if value else ""


class JsonWidget(widgets.Widget):
    """JSON text both ways; an empty cell is the field's empty value, never NULL."""

    def __init__(self, empty, **kwargs):
        self.empty = empty
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        return json.loads(value) if value not in (None, "") else self.empty()

    def render(self, value, obj=None, **kwargs):
        return json.dumps(value, ensure_ascii=False)


class TextWidget(widgets.CharWidget):
    """Blank text fields stay "" (they are NOT NULL)."""

    def clean(self, value, row=None, **kwargs):
        return "" if value is None else str(value)


class TagsWidget(widgets.ManyToManyWidget):
    """Tag names as taggit writes them ('a, "b, c"'), created on import if new."""

    def __init__(self, **kwargs):
        super().__init__(model=None, **kwargs)

    def clean(self, value, row=None, **kwargs):
        return parse_tags(value or "")

    def render(self, value, obj=None, **kwargs):
        return edit_string_for_tags(list(value.all())) if value is not None else ""


class NamedForeignKeyWidget(widgets.ForeignKeyWidget):
    """A source or indicator by name, created on first sight as the importer does."""

    def __init__(self, model, **kwargs):
        super().__init__(model, field="name", **kwargs)

    def clean(self, value, row=None, **kwargs):
        return self.model.objects.named(str(value)) if value else None


class UsernameWidget(widgets.ForeignKeyWidget):
    """Who created an article, by username; an unknown user is left empty, not invented."""

    def __init__(self, **kwargs):
        super().__init__(get_user_model(), field=get_user_model().USERNAME_FIELD, **kwargs)

    def clean(self, value, row=None, **kwargs):
        return self.model.objects.filter(**{self.field: value}).first() if value else None


def by_slug(model):
    return widgets.ForeignKeyWidget(model, field="slug")


def many_by_slug(model):
    return widgets.ManyToManyWidget(model, field="slug", separator="|")


class SlugResource(resources.ModelResource):
    """Shared conventions: rows matched on slug, untouched rows skipped, text never NULL."""

    @classmethod
    def widget_from_django_field(cls, f, default=widgets.Widget):
        internal = f.get_internal_type()
        if internal == "DateTimeField":
            return IsoDateTimeWidget
        if internal in ("CharField", "TextField", "SlugField", "URLField", "FileField", "ImageField"):
            return TextWidget
        return super().widget_from_django_field(f, default)


class ThemeResource(SlugResource):
    class Meta:
        model = Theme
        fields = ("name", "slug", "description")
        import_id_fields = ("slug",)
        skip_unchanged = True


class AuthorResource(SlugResource):
    class Meta:
        model = Author
        fields = ("name", "slug", "bio", "photo", "photo_alt", "website")
        import_id_fields = ("slug",)
        skip_unchanged = True


class SkillResource(SlugResource):
    theme = fields.Field("theme", "theme", by_slug(Theme))
    parent = fields.Field("parent", "parent", by_slug(Skill))

    class Meta:
        model = Skill
        fields = ("name", "slug", "description", "theme", "parent")
        import_id_fields = ("slug",)
        skip_unchanged = True

    def get_export_queryset(self, request=None):
        # Parents before children, so an import always finds a skill's parent already there.
        return Skill.objects.select_related("theme", "parent").order_by("path")


class ArticleResource(SlugResource):
    theme = fields.Field("theme", "theme", by_slug(Theme))
    authors = fields.Field("authors", "authors", many_by_slug(Author))
    skills = fields.Field("skills", "skills", many_by_slug(Skill))
    tags = fields.Field("tags", "tags", TagsWidget())
    created_by = fields.Field("created_by", "created_by", UsernameWidget())
    metadata = fields.Field("metadata", "metadata", JsonWidget(dict))
    guesses = fields.Field("guesses", "guesses", JsonWidget(list))
    links = fields.Field(column_name="links", widget=JsonWidget(list))
    import_fingerprint = fields.Field("import_fingerprint", "import_fingerprint", TextWidget())
    version = fields.Field("version", "version", widgets.IntegerWidget())

    class Meta:
        model = Article
        fields = (
            "slug",
            "title",
            "description",
            "body",
            "status",
            "publish_date",
            "updated_date",
            "theme",
            "authors",
            "skills",
            "tags",
            "cover_image",
            "cover_alt",
            "note",
            "canonical_url",
            "metadata",
            "needs_review",
            "guesses",
            "source_path",
            "source_hash",
            "import_fingerprint",
            "version",
            "created_by",
            "links",
        )
        import_id_fields = ("slug",)
        skip_unchanged = True

    def get_export_queryset(self, request=None):
        return Article.objects.select_related("theme", "created_by").prefetch_related(
            "authors", "skills", "tags", "links"
        )

    def dehydrate_links(self, article):
        return self.fields["links"].widget.render(
            [
                {
                    "kind": link.kind,
                    "target_slug": link.target_slug,
                    "url": link.url,
                    "title": link.title,
                    "position": link.position,
                }
                for link in article.links.all()
            ]
        )

    def after_save_instance(self, instance, row, **kwargs):
        """Recreate the article's related content; a target not imported yet stays pending."""
        links = self.fields["links"].widget.clean(row.get("links"))
        instance.links.all().delete()
        for link in links:
            ArticleLink(
                article=instance,
                **{key: link.get(key, "") for key in ("kind", "target_slug", "url", "title")},
                position=link.get("position", 0),
            ).save()


class StatisticResource(SlugResource):
    article = fields.Field("article", "article", by_slug(Article))
    source = fields.Field("source", "source", NamedForeignKeyWidget(Source))
    indicator = fields.Field("indicator", "indicator", NamedForeignKeyWidget(Indicator))

    class Meta:
        model = Statistic
        fields = (
            "article",
            "start",
            "end",
            "text",
            "value",
            "value_high",
            "unit",
            "currency",
            "qualifier",
            "subject",
            "source",
            "year",
            "sentence",
            "indicator",
            "status",
            "edited",
        )
        # Saving an article re-extracts its figures: an imported row updates the one at the same place.
        import_id_fields = ("article", "start", "end", "text")
        skip_unchanged = True

    def get_export_queryset(self, request=None):
        return Statistic.objects.select_related("article", "source", "indicator")

    def before_import(self, dataset, **kwargs):
        super().before_import(dataset, **kwargs)
        self.changed_articles = set()

    def after_save_instance(self, instance, row, **kwargs):
        super().after_save_instance(instance, row, **kwargs)
        self.changed_articles.add(instance.article_id)

    def after_import(self, dataset, result, **kwargs):
        """An imported status (a figure imported as rejected) shows in the body like any other decision."""
        super().after_import(dataset, result, **kwargs)
        if self.changed_articles:
            state.figures_changed(self.changed_articles)
