from django.core.management.base import BaseCommand, CommandError

from articles.reviewing import ReviewError, apply_review, read_review


class Command(BaseCommand):
    help = "Applique une relecture écrite (thème, description, valeurs vérifiées, publication) à des articles importés."

    def add_arguments(self, parser):
        parser.add_argument("path", help="fichier JSON de relecture, par exemple fixtures/seeds-review.json")

    def handle(self, *args, path, **options):
        try:
            reports = apply_review(read_review(path))
        except ReviewError as error:
            raise CommandError(str(error)) from error
        for report in reports:
            line = f"{report.status:<10} {report.slug}"
            if report.problems:
                line += " — " + " ".join(report.problems)
            self.stdout.write(line)
        if any(report.status in ("missing", "draft") for report in reports):
            raise CommandError(
                "relecture incomplète : articles absents ou encore refusés à la publication", returncode=1
            )
