import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

# The groups of the editorial_groups migration, by the role's name on the command line.
ROLES = {"editeur": "Éditeur", "auteur": "Auteur"}


class Command(BaseCommand):
    help = "Crée un compte de l'administration dans le groupe Éditeur ou Auteur."

    def add_arguments(self, parser):
        parser.add_argument("username", metavar="USERNAME")
        parser.add_argument("--role", choices=sorted(ROLES), required=True, help="editeur (publie) ou auteur")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--password-from-env",
            metavar="VAR",
            help="lire le mot de passe dans cette variable d'environnement (sinon il est généré et affiché une fois)",
        )

    @transaction.atomic
    def handle(self, *args, username, role, email, password_from_env, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            raise CommandError(f"L'utilisateur « {username} » existe déjà.")
        group = Group.objects.filter(name=ROLES[role]).first()
        if group is None:
            raise CommandError(f"Le groupe « {ROLES[role]} » n'existe pas : lancez d'abord `manage.py migrate`.")
        user = User(username=username, email=email, is_staff=True)
        if password_from_env:
            password = os.environ.get(password_from_env, "")
            if not password:
                raise CommandError(f"La variable d'environnement {password_from_env} est vide ou absente.")
            try:
                validate_password(password, user)
            except ValidationError as error:
                raise CommandError("Mot de passe refusé : " + " ".join(error.messages)) from None
        else:
            password = secrets.token_urlsafe(16)
        user.set_password(password)
        user.save()
        user.groups.add(group)
        self.stdout.write(self.style.SUCCESS(f"Compte « {username} » créé dans le groupe {group.name}."))
        if not password_from_env:
            self.stdout.write(f"  mot de passe : {password}   (affiché une seule fois, notez-le)")
