"""Backup and restore of the whole site: every row (articles, figures, revisions, links, tags,
people, users and groups) and every uploaded file, in one archive.

Rows go through Django's serializer (`dumpdata`/`loaddata`), so one archive restores on SQLite or
PostgreSQL alike; uploads are the files under MEDIA_ROOT. What is rebuilt on its own (content
types, permissions, sessions, login attempts) is left out.
"""

import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction

DATA_NAME = "data.json"
MEDIA_PREFIX = "media"
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "axes"]


def write_backup(path):
    """Write the archive at `path` (a .tar.gz); answer how many files of uploads it holds."""
    media_root = Path(settings.MEDIA_ROOT)
    uploads = sorted(p for p in media_root.rglob("*") if p.is_file()) if media_root.is_dir() else []
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / DATA_NAME
        call_command(
            "dumpdata", *[f"--exclude={label}" for label in EXCLUDED], natural_foreign=True, output=str(data),
            verbosity=0,
        )  # fmt: skip
        with tarfile.open(path, "w:gz") as archive:
            archive.add(data, arcname=DATA_NAME)
            for upload in uploads:
                archive.add(upload, arcname=f"{MEDIA_PREFIX}/{upload.relative_to(media_root).as_posix()}")
    return len(uploads)


def read_backup(path):
    """Replace every row by the archive's and put its uploads back under MEDIA_ROOT; all rows or none.

    The database must be migrated to the code's current schema first (`manage.py migrate`).
    """
    with tempfile.TemporaryDirectory() as scratch, tarfile.open(path, "r:gz") as archive:
        names = set(archive.getnames())
        if DATA_NAME not in names:
            raise ValueError(f"{path}: pas une sauvegarde (il manque {DATA_NAME}).")
        # The "data" filter refuses absolute paths, links out of the folder and device files.
        archive.extractall(scratch, filter="data")
        with transaction.atomic():
            if connection.vendor == "postgresql":
                # Deferred foreign-key checks of earlier writes in this transaction block TRUNCATE.
                with connection.cursor() as cursor:
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            call_command("flush", interactive=False, verbosity=0)
            ContentType.objects.clear_cache()  # flush recreated them, under new ids
            call_command("loaddata", str(Path(scratch) / DATA_NAME), verbosity=0)
        media = Path(scratch) / MEDIA_PREFIX
        restored = 0
        if media.is_dir():
            media_root = Path(settings.MEDIA_ROOT)
            for upload in (p for p in media.rglob("*") if p.is_file()):
                target = media_root / upload.relative_to(media)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(upload.read_bytes())
                restored += 1
        return restored
