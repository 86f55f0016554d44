import json

from django.core.management.base import BaseCommand, CommandError

from articles.importing import Status, import_paths


class Command(BaseCommand):
    help = "Importe des articles depuis des fichiers markdown/texte ou des dossiers."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--dry-run", action="store_true", help="show what would happen, write nothing")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, paths, dry_run, format, **options):
        reports = import_paths(paths, dry_run=dry_run)
        if format == "json":
            self.stdout.write(json.dumps([r.as_dict() for r in reports], ensure_ascii=False, indent=2))
        else:
            self._write_text(reports, dry_run)
        failed = sum(r.status == Status.ERROR for r in reports)
        if failed:
            raise CommandError(f"{failed} file(s) failed to import.", returncode=1)

    def _write_text(self, reports, dry_run):
        styles = {
            Status.CREATED: self.style.SUCCESS,
            Status.UPDATED: self.style.SUCCESS,
            Status.UNCHANGED: str,
            Status.CONFLICT: self.style.WARNING,
            Status.ERROR: self.style.ERROR,
        }
        for report in reports:
            line = f"{report.status:<9} {report.slug or '-':<50} {report.path}"
            self.stdout.write(styles[report.status](line))
            if report.error:
                self.stdout.write(self.style.ERROR(f"          {report.error}"))
            for warning in report.warnings:
                self.stdout.write(f"          ! {warning}")
        counts = {}
        for report in reports:
            counts[report.status] = counts.get(report.status, 0) + 1
        summary = ", ".join(f"{n} {status}" for status, n in counts.items())
        self.stdout.write(f"{len(reports)} file(s): {summary}" + (" (dry run: nothing written)" if dry_run else ""))
