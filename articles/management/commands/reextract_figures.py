from django.core.management.base import BaseCommand
from django.db import transaction

from articles.comparison.state import refresh_statistics
from articles.figures import extract_figures
from articles.models import Article


class Command(BaseCommand):
    help = (
        "Ré-extrait les chiffres de chaque article après un changement de l'extracteur et dit ce qui "
        "change (nouveaux, disparus, modifiés). Les chiffres vérifiés, modifiés ou rejetés par un "
        "éditeur ne sont jamais touchés."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")

    def handle(self, *args, dry_run, **options):
        totals = {"new": 0, "gone": 0, "changed": 0}
        articles = Article.objects.order_by("pk")
        changed_articles = 0
        for article in articles.iterator(chunk_size=200):
            with transaction.atomic():
                # The very refresh a save runs; a dry run rolls it back.
                report = refresh_statistics(article, figures=extract_figures(article.body))
                if dry_run:
                    transaction.set_rollback(True)
            counts = {"new": len(report.new), "gone": len(report.gone), "changed": len(report.changed)}
            if not any(counts.values()):
                continue
            changed_articles += 1
            for key, n in counts.items():
                totals[key] += n
            self.stdout.write(
                f"{article.slug}: {counts['new']} new, {counts['gone']} gone, {counts['changed']} changed"
            )
            for row in report.new:
                self.stdout.write(f"  + {row.text!r} {row.subject}")
            for row in report.gone:
                self.stdout.write(f"  - {row.text!r} {row.subject}")
            for row, fields in report.changed:
                self.stdout.write(f"  ~ {row.text!r} ({', '.join(fields)})")
        self.stdout.write(
            f"{changed_articles} article(s) changed: {totals['new']} new, {totals['gone']} gone, "
            f"{totals['changed']} changed figure(s)" + (" (dry run: nothing written)" if dry_run else "")
        )
