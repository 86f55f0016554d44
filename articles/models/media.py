"""The media library: images an editor uploads once (alt text required) and places in bodies.

A body names an image as `![texte alternatif](media:12)`; the renderer turns it into a
`<picture>` of the image's stored renditions (WebP and JPEG at several widths, cut to the
chosen crop around the focal point). Renditions are written by a task worker when the image or
its crop changes, and the bodies that show it are rendered again then.
"""

import re

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from articles.images import crop_box, image_size, srcset, strip_metadata, validate_image_upload, write_renditions
from articles.rendering import Picture, render_markdown

RENDITION_TYPES = {"webp": "image/webp", "jpeg": "image/jpeg"}
MEDIA_REFERENCE = re.compile(r"\(media:(\d+)(?=[\s)])")


def referenced_ids(body):
    """The ids of the library images a markdown body names (`![…](media:ID)`)."""
    return {int(found) for found in MEDIA_REFERENCE.findall(body or "")}


def pictures_for(body):
    """{id: Picture} of the library images `body` names, in one query (none when it names none)."""
    ids = referenced_ids(body)
    if not ids:
        return {}
    return {image.pk: image.picture() for image in MediaImage.objects.filter(pk__in=ids)}


def render_body(body):
    """A body rendered with the library images it names: what is stored and what the preview shows."""
    return render_markdown(body, images=pictures_for(body))


class MediaImage(models.Model):
    class Crop(models.TextChoices):
        NONE = "", "Image entière"
        WIDE = "16:9", "Paysage 16:9"
        CLASSIC = "4:3", "Paysage 4:3"
        SQUARE = "1:1", "Carré"
        PORTRAIT = "3:4", "Portrait 3:4"

    file = models.ImageField("fichier", upload_to="bibliotheque/%Y/%m/", validators=[validate_image_upload])
    alt = models.CharField(
        "texte alternatif", max_length=300, help_text="Ce que l'image montre, pour qui ne la voit pas."
    )
    caption = models.CharField("légende ou crédit", max_length=300, blank=True)
    crop = models.CharField("recadrage", max_length=5, choices=Crop.choices, blank=True, default=Crop.NONE)
    focal_x = models.PositiveSmallIntegerField(
        "point d'intérêt, à gauche (%)",
        default=50,
        validators=[MaxValueValidator(100)],
        help_text="Le recadrage garde ce point au plus près du centre.",
    )
    focal_y = models.PositiveSmallIntegerField(
        "point d'intérêt, en haut (%)", default=50, validators=[MaxValueValidator(100)]
    )
    width = models.PositiveIntegerField("largeur", editable=False, default=0)
    height = models.PositiveIntegerField("hauteur", editable=False, default=0)
    renditions = models.JSONField(default=dict, blank=True, editable=False)
    rendition_size = models.JSONField(default=list, blank=True, editable=False)
    uploaded_at = models.DateTimeField("ajoutée le", auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, editable=False, on_delete=models.SET_NULL,
        related_name="+", verbose_name="ajoutée par",
    )  # fmt: skip

    class Meta:
        verbose_name = "image"
        verbose_name_plural = "médiathèque"
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.alt

    @property
    def markdown(self):
        """What the editor's picker inserts in a body."""
        alt = self.alt.replace("[", "").replace("]", "")
        return f"![{alt}](media:{self.pk})"

    def picture(self):
        """The renderer's view of this image: its renditions' `srcset` by type, its cut size."""
        storage = self.file.storage
        srcsets = {RENDITION_TYPES[kind]: srcset(storage, names) for kind, names in self.renditions.items() if names}
        jpegs = self.renditions.get("jpeg", {})
        widest = max(jpegs, key=int) if jpegs else None
        width, height = self.rendition_size or (self.width, self.height)
        return Picture(
            alt=self.alt,
            width=width,
            height=height,
            srcsets=srcsets,
            fallback=storage.url(jpegs[widest]) if widest else self.file.url,
        )

    def box(self):
        """The part of the image its renditions show: all of it, or the crop around the focal point."""
        if not self.crop:
            return None
        ratio_width, ratio_height = (int(part) for part in self.crop.split(":"))
        return crop_box((self.width, self.height), ratio_width / ratio_height, (self.focal_x / 100, self.focal_y / 100))

    def variant(self):
        """A part of the renditions' names that changes with the crop, so no browser keeps an old cut."""
        return f"-{self.crop.replace(':', 'x')}-{self.focal_x}-{self.focal_y}" if self.crop else ""

    @transaction.atomic
    def save(self, *args, **kwargs):
        previous = None
        if self.pk:
            previous = MediaImage.objects.filter(pk=self.pk).values("file", "crop", "focal_x", "focal_y").first()
        strip_metadata(self.file)
        if previous is None or previous["file"] != self.file.name:
            self.width, self.height = image_size(self.file)
        super().save(*args, **kwargs)
        cut = {"file": self.file.name, "crop": self.crop, "focal_x": self.focal_x, "focal_y": self.focal_y}
        if previous != cut:  # renditions take seconds for a large photo: a task worker makes them
            from articles.tasks import enqueue_with_transaction, make_media_renditions

            enqueue_with_transaction(make_media_renditions, self.pk, self.file.name, self.variant())

    def make_renditions(self):
        """Write the renditions of the current cut, delete the previous cut's, and render again the
        bodies that show the image (until then they show the image itself, whole)."""
        from articles.models.article import Article

        old = self.renditions
        self.renditions, size = write_renditions(
            self.file, formats=("webp", "jpeg"), box=self.box(), own_width=True, variant=self.variant()
        )
        self.rendition_size = list(size)
        MediaImage.objects.filter(pk=self.pk).update(renditions=self.renditions, rendition_size=self.rendition_size)
        kept = {name for names in self.renditions.values() for name in names.values()}
        for name in {name for names in old.values() for name in names.values()} - kept:
            self.file.storage.delete(name)
        Article.objects.rerender_showing(self.pk)


@receiver(post_delete, sender=MediaImage)
def forget_deleted_image(sender, instance, **kwargs):
    """A deleted image leaves the bodies that showed it (rendered again without it), and its files go.

    A signal, not `delete()`: the admin's bulk deletion deletes a queryset, which calls no model's `delete()`."""
    from articles.models.article import Article

    Article.objects.rerender_showing(instance.pk)
    names = {name for names in instance.renditions.values() for name in names.values()} | {instance.file.name}
    transaction.on_commit(lambda: [instance.file.storage.delete(name) for name in names if name])
