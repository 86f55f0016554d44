"""The media library; the Éditeur group manages it, an Auteur adds images and picks them."""

import articles.images
import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.contrib.auth.management import create_permissions

EDITOR = "Éditeur"
AUTHOR = "Auteur"
MODEL = "mediaimage"
AUTHOR_CODENAMES = ["add_mediaimage", "view_mediaimage"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    library = Permission.objects.filter(content_type__app_label="articles", content_type__model=MODEL)
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.add(*library)
    author, _ = Group.objects.get_or_create(name=AUTHOR)
    author.permissions.add(*library.filter(codename__in=AUTHOR_CODENAMES))


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="articles", content_type__model=MODEL).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0016_jobs"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="MediaImage",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "file",
                    models.ImageField(
                        upload_to="bibliotheque/%Y/%m/",
                        validators=[articles.images.validate_image_upload],
                        verbose_name="fichier",
                    ),
                ),
                (
                    "alt",
                    models.CharField(
                        help_text="Ce que l'image montre, pour qui ne la voit pas.",
                        max_length=300,
                        verbose_name="texte alternatif",
                    ),
                ),
                ("caption", models.CharField(blank=True, max_length=300, verbose_name="légende ou crédit")),
                (
                    "crop",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("", "Image entière"),
                            ("16:9", "Paysage 16:9"),
                            ("4:3", "Paysage 4:3"),
                            ("1:1", "Carré"),
                            ("3:4", "Portrait 3:4"),
                        ],
                        default="",
                        max_length=5,
                        verbose_name="recadrage",
                    ),
                ),
                (
                    "focal_x",
                    models.PositiveSmallIntegerField(
                        default=50,
                        help_text="Le recadrage garde ce point au plus près du centre.",
                        validators=[django.core.validators.MaxValueValidator(100)],
                        verbose_name="point d'intérêt, à gauche (%)",
                    ),
                ),
                (
                    "focal_y",
                    models.PositiveSmallIntegerField(
                        default=50,
                        validators=[django.core.validators.MaxValueValidator(100)],
                        verbose_name="point d'intérêt, en haut (%)",
                    ),
                ),
                ("width", models.PositiveIntegerField(default=0, editable=False, verbose_name="largeur")),
                ("height", models.PositiveIntegerField(default=0, editable=False, verbose_name="hauteur")),
                ("renditions", models.JSONField(blank=True, default=dict, editable=False)),
                ("rendition_size", models.JSONField(blank=True, default=list, editable=False)),
                ("uploaded_at", models.DateTimeField(auto_now_add=True, verbose_name="ajoutée le")),
                (
                    "uploaded_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="ajoutée par",
                    ),
                ),
            ],
            options={
                "verbose_name": "image",
                "verbose_name_plural": "médiathèque",
                "ordering": ["-uploaded_at", "-pk"],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
