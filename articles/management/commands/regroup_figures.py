from django.core.management.base import BaseCommand
from django.db import transaction

from articles.comparison.state import regroup


class Command(BaseCommand):
    help = (
        "Relit chaque chiffre et reconstruit les indicateurs automatiques, comme le ferait un import "
        "(données antérieures à la migration 0014, ou lues par un ancien regroupement). Les indicateurs "
        "confirmés ou modifiés par un éditeur et les chiffres qu'il a retirés ne sont jamais touchés."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")

    def handle(self, *args, dry_run, **options):
        with transaction.atomic():
            reread, before, after = regroup()
            if dry_run:
                transaction.set_rollback(True)
        self.stdout.write(
            f"{reread} chiffre(s) relu(s) autrement ; indicateurs automatiques : {before} avant, {after} après"
            + (" (essai : rien n'est écrit)" if dry_run else "")
        )
