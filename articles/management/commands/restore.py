from django.core.management.base import BaseCommand, CommandError

from articles.backups import read_backup


class Command(BaseCommand):
    help = (
        "Remplace toutes les données par celles d'une sauvegarde (manage.py backup) et remet ses fichiers envoyés. "
        "Lancer `migrate` avant."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="PATH", help="an archive written by `manage.py backup`")

    def handle(self, *args, path, **options):
        try:
            uploads = read_backup(path)
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Sauvegarde {path} restaurée ({uploads} fichier(s) envoyé(s))."))
