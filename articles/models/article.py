"""The article, its publication rule, and what it links to."""

import hashlib
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Case, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.utils import timezone
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager

from articles.addresses import slug_url
from articles.documents import slugify_title
from articles.images import srcset, strip_metadata, validate_image_upload
from articles.models.media import referenced_ids, render_body
from articles.models.taxonomy import Author, Skill, Theme

PUBLISH_PERMISSION = "articles.publish_article"
WEB_SCHEMES = ("http://", "https://")


def is_web_address(url):
    """An http(s) address: the only kind a page may link to or name as canonical (never javascript:)."""
    return url.strip().lower().startswith(WEB_SCHEMES)


def web_address(url):
    """`url` when it is an http(s) address, else the empty string."""
    return url.strip() if is_web_address(url) else ""


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """The one publication rule: published status and a publish date that has come."""
        return self.filter(status=Article.Status.PUBLISHED, publish_date__lte=timezone.now())

    def scheduled(self):
        """Published articles whose date is still to come: `published()` takes each in when it comes, unsaved."""
        return self.filter(status=Article.Status.PUBLISHED, publish_date__gt=timezone.now())

    def readable_by(self, user):
        """What this user may read, title included: editors everything; anyone else the public
        articles and the ones they created. Another author's draft is never shown, even by name."""
        if user.has_perm(PUBLISH_PERMISSION):
            return self
        if not user.is_authenticated:
            return self.published()
        return self.filter(Q(pk__in=Article.objects.published().values("pk")) | Q(created_by=user.pk))

    def editable_by(self, user):
        """What this user may change: editors everything, an author their own until published."""
        if user.has_perm(PUBLISH_PERMISSION):
            return self
        if not user.is_authenticated:
            return self.none()
        return self.filter(created_by=user.pk).exclude(status=Article.Status.PUBLISHED)

    def create_many(self, articles, bodies, *, sources=None):
        """Create new articles in one insert, with what `save()` derives for each: the fields of
        `derive()`, a first revision, the slugs they claim, their figures and highlighted bodies.

        `bodies` holds the `articles.preparing.PreparedBody` of each article's very body, already
        rendered and extracted (possibly in another process); `sources` (name → Source) spares a
        batch looking up the same sources again.
        """
        from articles.comparison.state import store_new_figures

        for article, body in zip(articles, bodies, strict=True):
            article.derive(rendered=body.rendered)
        self.bulk_create(articles)
        Article.history.bulk_history_create(articles)
        claim_slugs(articles)
        found = [
            # The body marked in the worker is this HTML's only if it was not rendered again here.
            (article, body.figures, body.readings, body.marked_html if article.body_html is body.rendered.html else "")
            for article, body in zip(articles, bodies, strict=True)
        ]
        store_new_figures(found, sources={} if sources is None else sources)
        return articles

    def for_listing(self, *also):
        """What a list of article cards (and a feed) shows, and the columns `also` named, in a
        constant number of queries; no other column is read or decoded."""
        return (
            self.select_related("theme")
            .prefetch_related("authors")
            .only(*LISTED_FIELDS, *also)
            .order_by("-publish_date", "-pk")
        )

    def rerender_showing(self, image_id):
        """Render again the bodies that show this library image (its renditions changed)."""
        from articles.comparison.state import store_highlighted_body

        pattern = rf"\(media:{image_id}[\s)]"
        for article in self.filter(body__contains=f"(media:{image_id}").only("pk", "body"):
            if re.search(pattern, article.body):
                article.render()
                Article.objects.filter(pk=article.pk).update(body_html=article.body_html)
                store_highlighted_body(article)

    def curated_first(self):
        """The editors' choice first (their lead, then their selection in its order), then the
        newest: one query, the placement read by a join. Each row says its `home_role`."""
        rank = Case(
            When(home_placement__role="lead", then=Value(0)),
            When(home_placement__role="featured", then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
        return self.annotate(home_role=F("home_placement__role"), home_rank=rank).order_by(
            "home_rank", "home_placement__position", "-publish_date", "-pk"
        )


LISTED_FIELDS = (
    "title",
    "slug",
    "description",
    "status",
    "publish_date",
    "updated_date",
    "reading_time",
    "theme",
    "theme__name",
    "theme__slug",
    "cover_image",
    "cover_alt",
    "cover_renditions",
)


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Brouillon"
        REVIEW = "review", "En relecture"
        PUBLISHED = "published", "Publié"

    title = models.CharField("titre", max_length=300)
    slug = models.SlugField("slug", max_length=200, unique=True)
    description = models.TextField("description", blank=True)
    body = models.TextField("corps (markdown)", blank=True)
    body_html = models.TextField(editable=False, blank=True)
    toc = models.JSONField(editable=False, default=list, blank=True)
    reading_time = models.PositiveIntegerField("temps de lecture (min)", editable=False, default=1)

    status = models.CharField("statut", max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True)
    publish_date = models.DateTimeField("date de publication", null=True, blank=True, db_index=True)
    updated_date = models.DateTimeField("date de mise à jour", null=True, blank=True)
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    modified_at = models.DateTimeField("modifié le", auto_now=True)

    authors = models.ManyToManyField(Author, verbose_name="auteurs", blank=True, related_name="articles")
    theme = models.ForeignKey(
        Theme, verbose_name="thème", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    skills = models.ManyToManyField(Skill, verbose_name="compétences", blank=True, related_name="articles")
    tags = TaggableManager("mots-clés", blank=True)

    cover_image = models.ImageField(
        "image de couverture", upload_to="covers/", blank=True, validators=[validate_image_upload]
    )
    cover_alt = models.CharField("texte alternatif de l'image", max_length=300, blank=True)
    cover_renditions = models.JSONField(default=dict, blank=True, editable=False)
    note = models.DecimalField("note", max_digits=3, decimal_places=1, null=True, blank=True)
    canonical_url = models.URLField("URL canonique", max_length=500, blank=True)
    metadata = models.JSONField("métadonnées de la source", default=dict, blank=True)

    needs_review = models.BooleanField("à vérifier", default=False, db_index=True)
    guesses = models.JSONField("valeurs devinées", default=list, blank=True)

    source_path = models.CharField("fichier source", max_length=500, blank=True, db_index=True)
    source_hash = models.CharField("empreinte de la source", max_length=64, blank=True)
    import_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    version = models.PositiveIntegerField(default=1, editable=False)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="articles_created",
    )

    history = HistoricalRecords(excluded_fields=["body_html", "toc", "reading_time", "modified_at", "cover_renditions"])
    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = "article"
        verbose_name_plural = "articles"
        ordering = ["-publish_date", "-pk"]
        indexes = [
            # Every published() list; with modified_at and slug the sitemap and its newest change
            # read this index alone (on SQLite both columns sit after the body, on overflow pages).
            models.Index(fields=["status", "publish_date", "modified_at", "slug"], name="article_published"),
            # Theme pages and the home page's theme counts read this index alone, never the rows.
            models.Index(fields=["theme", "status", "publish_date"], name="article_theme_published"),
            # The importer finds a moved file by its bytes. An index, not `db_index`: on SQLite,
            # altering a field rebuilds the table and would drop the search triggers (0007).
            models.Index(fields=["source_hash"], name="article_source_hash"),
        ]
        permissions = [("publish_article", "Peut publier des articles")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return slug_url(self.slug, "articles:detail")

    @property
    def is_public(self):
        """The rule of `ArticleQuerySet.published()`, for an article already loaded."""
        return (
            self.status == self.Status.PUBLISHED
            and self.publish_date is not None
            and self.publish_date <= timezone.now()
        )

    def editable_fingerprint(self):
        """Hash what an editor can change, so a later import can tell whether anyone did."""
        parts = [self.title, self.slug, self.description, self.body, self.status, str(self.note or "")]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    def cover_srcset(self):
        """The cover's `srcset` from the renditions stored on save: no query, no file access."""
        return srcset(self.cover_image.storage, self.cover_renditions) if self.cover_image else ""

    def publication_problems(self):
        """What a published article needs and this one lacks; drafts may be incomplete."""
        problems = {}
        if not self.description.strip():
            problems["description"] = "Une description est nécessaire pour publier."
        if not self.theme_id:
            problems["theme"] = "Un thème est nécessaire pour publier."
        if self.cover_image and not self.cover_alt.strip():
            problems["cover_alt"] = "Le texte alternatif de l'image est nécessaire pour publier."
        if self.needs_review:
            problems["needs_review"] = "Des valeurs devinées à l'import doivent être vérifiées avant publication."
        return problems

    def allowed_status(self, wanted):
        """The status this article may take when `wanted`, and the publication problems.

        The one rule for publishing, whoever asks (the admin's publish action and the
        importer): an article with publication problems stays a draft.
        """
        if wanted != self.Status.PUBLISHED:
            return wanted, {}
        problems = self.publication_problems()
        return (self.Status.DRAFT if problems else wanted), problems

    def clean(self):
        if self.cover_image and not self.cover_alt.strip():
            raise ValidationError({"cover_alt": "Une image doit avoir un texte alternatif."})
        if self.canonical_url and not is_web_address(self.canonical_url):
            raise ValidationError({"canonical_url": "L'URL canonique doit commencer par http:// ou https://."})

    def render(self, rendered=None):
        """Store the HTML, table of contents and reading time of the body (rendered here unless
        given: a body rendered elsewhere, by an import worker, knows no library image)."""
        if rendered is None or referenced_ids(self.body):
            rendered = render_body(self.body)
        self.body_html = rendered.html
        self.toc = rendered.toc
        self.reading_time = rendered.reading_time

    def derive(self, *, render=True, rendered=None):
        """Fill in what the fields imply and is stored with them: a slug from the title, the
        rendered body (`rendered` when already computed; skipped when `render` is off), and the
        publish date of a published article that has none (now), and a canonical address only
        when it is an http(s) one.

        The one derivation before a write, for `save()` and `Article.objects.create_many()` alike.
        """
        if not self.slug:
            self.slug = slugify_title(self.title)[:200] or "article"
        self.canonical_url = web_address(self.canonical_url)
        if render:
            self.render(rendered)
        if self.status == self.Status.PUBLISHED and self.publish_date is None:
            # To the second: the admin's date and time fields hold seconds, so microseconds
            # would come back truncated from the first form saved, a change nobody made.
            self.publish_date = timezone.now().replace(microsecond=0)

    @transaction.atomic
    def save(self, *args, **kwargs):
        """Save with what the fields imply (`derive()`), and, when the body changed, its figures."""
        from articles.cache import editing

        with editing(self):
            self._save_derived(*args, **kwargs)

    def _save_derived(self, *args, **kwargs):
        from articles.comparison.state import refresh_statistics

        previous = None
        if self.pk and not self._state.adding:
            previous = Article.objects.filter(pk=self.pk).values("slug", "body", "cover_image").first()
        body_changed = previous is None or previous["body"] != self.body or not self.body_html
        self.derive(render=body_changed)
        strip_metadata(self.cover_image)
        cover_changed = (previous["cover_image"] if previous else "") != self.cover_image.name
        if cover_changed:
            self.cover_renditions = {}  # the old cover's; the new one's are made by a task worker
        super().save(*args, **kwargs)
        if cover_changed and self.cover_image:
            from articles.tasks import enqueue_with_transaction, make_cover_renditions

            enqueue_with_transaction(make_cover_renditions, self.pk, self.cover_image.name)
        if previous and previous["slug"] != self.slug:
            SlugRedirect.objects.update_or_create(old_slug=previous["slug"], defaults={"article": self})
            ArticleLink.objects.filter(target_article=self).update(target_slug=self.slug)
        claim_slugs([self])
        if body_changed:
            refresh_statistics(self, is_new=previous is None)


class SlugRedirect(models.Model):
    """An old slug of a renamed article, answered with a permanent redirect."""

    old_slug = models.SlugField("ancien slug", max_length=200, unique=True)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="old_slugs", verbose_name="article")

    class Meta:
        verbose_name = "ancienne adresse"
        verbose_name_plural = "anciennes adresses"

    def __str__(self):
        return f"{self.old_slug} → {self.article.slug}"


# What a page shows of a linked article (in the model's field order, as `Model.from_db` takes them).
LINKED_ARTICLE_FIELDS = ("title", "slug", "status", "publish_date")


class ArticleLinkQuerySet(models.QuerySet):
    def pending(self):
        """Links to an article not written yet: only its slug is known."""
        return self.filter(kind=ArticleLink.Kind.ARTICLE, target_article__isnull=True)

    def to_unpublished(self):
        """Links whose target exists but readers cannot see (draft, in review or scheduled)."""
        return self.filter(target_article__isnull=False).exclude(target_article__in=Article.objects.published())


class ArticleLink(models.Model):
    """Related content: another article (by slug, possibly not there yet), a book, or a page."""

    class Kind(models.TextChoices):
        ARTICLE = "article", "Article"
        BOOK = "book", "Livre"
        EXTERNAL = "external", "Lien externe"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="links", verbose_name="article")
    kind = models.CharField("type", max_length=20, choices=Kind.choices, default=Kind.ARTICLE)
    target_article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="incoming_links",
        verbose_name="article lié",
    )
    target_slug = models.SlugField("slug visé", max_length=200, blank=True, db_index=True)
    url = models.CharField("URL", max_length=500, blank=True)
    title = models.CharField("titre ou texte du lien", max_length=300, blank=True)
    position = models.PositiveIntegerField("ordre", default=0)

    objects = ArticleLinkQuerySet.as_manager()

    class Meta:
        verbose_name = "contenu lié"
        verbose_name_plural = "contenus liés"
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title or self.url or self.target_slug

    def clean(self):
        if self.kind == self.Kind.ARTICLE and not (self.target_article_id or self.target_slug):
            raise ValidationError("Un lien vers un article demande l'article visé ou son slug.")
        if self.kind != self.Kind.ARTICLE and not self.url:
            raise ValidationError({"url": "Ce type de lien demande une URL."})

    def save(self, *args, **kwargs):
        if self.kind == self.Kind.ARTICLE:
            if self.target_article_id and not self.target_slug:
                self.target_slug = self.target_article.slug
            elif not self.target_article_id and self.target_slug:
                self.target_article = Article.objects.filter(slug=self.target_slug).first()
        super().save(*args, **kwargs)


def claim_slugs(articles):
    """Articles now answer at their slugs: redirects away from those slugs go, and links that
    waited for an article of that slug point at it."""
    slugs = [article.slug for article in articles]
    SlugRedirect.objects.filter(old_slug__in=slugs).delete()
    ArticleLink.objects.filter(kind=ArticleLink.Kind.ARTICLE, target_article=None, target_slug__in=slugs).update(
        target_article=Subquery(Article.objects.filter(slug=OuterRef("target_slug")).values("pk")[:1])
    )
