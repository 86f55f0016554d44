"""Create the two editorial groups: Éditeur (all content, publishes) and Auteur (own drafts)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = "Éditeur"
AUTHOR = "Auteur"
CONTENT_APPS = ("articles", "taggit")
AUTHOR_PERMISSIONS = [
    ("articles", "add_article"),
    ("articles", "change_article"),
    ("articles", "view_article"),
    ("articles", "view_historicalarticle"),
    ("articles", "add_articlelink"),
    ("articles", "change_articlelink"),
    ("articles", "delete_articlelink"),
    ("articles", "view_articlelink"),
    ("articles", "view_author"),
    ("articles", "view_theme"),
    ("articles", "view_skill"),
    ("taggit", "view_tag"),
]


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations ran; the groups need them now.
    for label in ("articles", "taggit"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.add(*Permission.objects.filter(content_type__app_label__in=CONTENT_APPS))
    author, _ = Group.objects.get_or_create(name=AUTHOR)
    for app_label, codename in AUTHOR_PERMISSIONS:
        author.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITOR, AUTHOR]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_publish_permission_cover_renditions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
