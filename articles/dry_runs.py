"""A dry run does the very writes of the real one, then undoes them: one way, for the importer
and the commands that say what they would change (`--dry-run`)."""

from contextlib import contextmanager

from django.core.management.base import BaseCommand
from django.db import transaction


@contextmanager
def writes(*, dry_run):
    """One transaction around the writes, rolled back at its end when `dry_run`."""
    with transaction.atomic():
        yield
        if dry_run:
            transaction.set_rollback(True)


class DryRunCommand(BaseCommand):
    """A command that reports what it changes, and with `--dry-run` writes nothing."""

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
