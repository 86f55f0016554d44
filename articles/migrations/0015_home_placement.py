"""The home page's lead and selection, chosen by editors; the Éditeur group may arrange them."""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

EDITOR = "Éditeur"
MODEL = "homeplacement"


def grant(apps, schema_editor):
    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.add(*Permission.objects.filter(content_type__app_label="articles", content_type__model=MODEL))


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="articles", content_type__model=MODEL).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0014_statistic_grouping"),
    ]

    operations = [
        migrations.CreateModel(
            name="HomePlacement",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "role",
                    models.CharField(
                        choices=[("lead", "À la une"), ("featured", "Sélection")],
                        default="featured",
                        max_length=10,
                        verbose_name="place",
                    ),
                ),
                (
                    "position",
                    models.PositiveSmallIntegerField(
                        default=0, help_text="Les plus petits d'abord.", verbose_name="ordre"
                    ),
                ),
                (
                    "article",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="home_placement",
                        to="articles.article",
                        verbose_name="article",
                    ),
                ),
            ],
            options={
                "verbose_name": "article de l'accueil",
                "verbose_name_plural": "page d'accueil",
                "ordering": ["role", "position", "pk"],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("role", "lead")),
                        fields=("role",),
                        name="one_home_lead",
                        violation_error_message="Un autre article est déjà à la une : changez d'abord sa place.",
                    )
                ],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
