from django.core.management.base import BaseCommand

from articles.backups import write_backup


class Command(BaseCommand):
    help = "Sauvegarde toutes les données et tous les fichiers envoyés dans une archive .tar.gz (SQLite ou PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="PATH", help="the archive to write, e.g. sauvegarde.tar.gz")

    def handle(self, *args, path, **options):
        uploads = write_backup(path)
        self.stdout.write(self.style.SUCCESS(f"Sauvegarde écrite dans {path} ({uploads} fichier(s) envoyé(s))."))
