"""People and taxonomy: authors, themes, and the hierarchical skill tree."""

from django.db import models, transaction
from django.db.models import Case, Count, F, Func, OuterRef, Subquery, Value, When
from django.db.models.functions import Concat, Substr

from articles.addresses import slug_url
from articles.documents import slugify_title
from articles.images import strip_metadata, validate_image_upload


def _published_articles():
    from articles.models.article import Article  # the article module imports this one

    return Article.objects.published()


# Capital letters a French name may start with, and the letter they sort as: the databases compare
# code points ("Évolution" came after "Part"), and the rest of a name rarely decides its place.
_ACCENTED_INITIALS = {"É": "E", "È": "E", "Ê": "E", "À": "A", "Â": "A", "Î": "I", "Ô": "O", "Ç": "C", "Œ": "Oe"}


class SluggedQuerySet(models.QuerySet):
    def alphabetical(self):
        """In the order of their names as a French reader expects: "Évolution" among the E."""
        initial_folded = Case(
            *(
                When(name__startswith=accented, then=Concat(Value(plain), Substr("name", 2)))
                for accented, plain in _ACCENTED_INITIALS.items()
            ),
            default=F("name"),
            output_field=models.CharField(),
        )
        return self.order_by(initial_folded, "pk")

    def slug_of(self, name: str) -> str:
        """The slug a name gets: the key under which `named()` finds or creates its row."""
        return slugify_title(name.strip())[:200] or "sans-nom"

    def label_of(self, name: str) -> str:
        """The name a row created for this name gets: capitalised."""
        name = name.strip()
        return (name[:1].upper() + name[1:])[:200]

    def named(self, name: str, **defaults):
        """The row for this name (found by its slug), created on first sight with a capitalised name."""
        row, _ = self.get_or_create(slug=self.slug_of(name), defaults={"name": self.label_of(name), **defaults})
        return row


class SluggedModel(models.Model):
    """A named thing with a unique, stable slug derived from its name when left blank."""

    name = models.CharField("nom", max_length=200)
    slug = models.SlugField("slug", max_length=200, unique=True, allow_unicode=False)

    objects = SluggedQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify_title(self.name)[:200] or "sans-titre"
        super().save(*args, **kwargs)


class Author(SluggedModel):
    bio = models.TextField("biographie", blank=True)
    photo = models.ImageField("photo", upload_to="authors/", blank=True, validators=[validate_image_upload])
    photo_alt = models.CharField("texte alternatif de la photo", max_length=300, blank=True)
    website = models.URLField("site web", blank=True)

    class Meta(SluggedModel.Meta):
        verbose_name = "auteur"
        verbose_name_plural = "auteurs"

    def get_absolute_url(self):
        return slug_url(self.slug, "articles:author")

    def save(self, *args, **kwargs):
        strip_metadata(self.photo)
        super().save(*args, **kwargs)


class ThemeQuerySet(SluggedQuerySet):
    def with_published_counts(self):
        """Themes that have published articles, by name, each with its `article_count`.

        Counted per theme in a subquery that is a range of the (theme, status, publish_date)
        index: SQLite counts without reading an article row.
        """
        articles = _published_articles().filter(theme=OuterRef("pk")).order_by()
        count = Subquery(articles.annotate(count=Func(F("pk"), function="COUNT")).values("count"))
        return self.annotate(article_count=count).filter(article_count__gt=0).order_by("name")


class Theme(SluggedModel):
    description = models.TextField("description", blank=True)

    objects = ThemeQuerySet.as_manager()

    class Meta(SluggedModel.Meta):
        verbose_name = "thème"
        verbose_name_plural = "thèmes"

    def get_absolute_url(self):
        return slug_url(self.slug, "articles:theme")


class SkillQuerySet(SluggedQuerySet):
    def descendants_of(self, skill, include_self=True):
        """Return the subtree below `skill` in one query, thanks to the materialised path."""
        qs = self.filter(path__startswith=skill.path)
        return qs if include_self else qs.exclude(pk=skill.pk)

    def featured(self, limit):
        """The `limit` skills the most published articles cite, with their `article_count`.

        Drafts and scheduled articles do not count: a skill of drafts only would lead to an empty
        page. One pass over the (skill, article) index, each article looked up in the published
        ones, which the (status, publish_date) index gives without reading an article row.
        """
        return (
            self.filter(articles__in=_published_articles())
            .annotate(article_count=Count("articles"))
            .only("name", "slug")
            .order_by("-article_count", "name")[:limit]
        )


class Skill(SluggedModel):
    """A node of the skill tree.

    `path` materialises the ancestry ("/3/7/12/") so that a subtree or the ancestors are
    one query whatever the depth.
    """

    theme = models.ForeignKey(
        Theme, verbose_name="thème", null=True, blank=True, on_delete=models.SET_NULL, related_name="skills"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="compétence parente",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    description = models.TextField("description", blank=True)
    path = models.CharField(max_length=500, editable=False, db_index=True, default="")
    depth = models.PositiveSmallIntegerField(editable=False, default=0)

    objects = SkillQuerySet.as_manager()

    class Meta(SluggedModel.Meta):
        verbose_name = "compétence"
        verbose_name_plural = "compétences"
        ordering = ["path"]

    def get_absolute_url(self):
        return slug_url(self.slug, "articles:skill")

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.pk and self.parent_id:
            parent = self.parent
            if parent.pk == self.pk or (parent.path and parent.path.startswith(self.path or "\0")):
                raise ValidationError({"parent": "Une compétence ne peut pas être placée sous elle-même."})

    @transaction.atomic
    def save(self, *args, **kwargs):
        old_path = self.path
        super().save(*args, **kwargs)
        parent_path = self.parent.path if self.parent_id else "/"
        new_path = f"{parent_path}{self.pk}/"
        if new_path != old_path:
            self.path = new_path
            self.depth = new_path.count("/") - 2
            Skill.objects.filter(pk=self.pk).update(path=self.path, depth=self.depth)
            if old_path:
                self._move_descendants(old_path, new_path)

    def _move_descendants(self, old_path, new_path):
        for child in Skill.objects.filter(path__startswith=old_path).exclude(pk=self.pk):
            child.path = new_path + child.path[len(old_path) :]
            child.depth = child.path.count("/") - 2
            Skill.objects.filter(pk=child.pk).update(path=child.path, depth=child.depth)
