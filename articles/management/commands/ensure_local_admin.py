import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.urls import reverse

from articles.addresses import absolute_url


class Command(BaseCommand):
    help = "Make sure a local administrator login exists; its password never lives in the repository."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("ADMIN_USERNAME", "admin"))
        parser.add_argument("--reset", action="store_true", help="give the login a new password")

    def handle(self, *args, username, reset, **options):
        password_file = Path(settings.BASE_DIR) / "var" / "local-admin-password.txt"
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None or reset or not password_file.exists():
            password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
            if user is None:
                user = User.objects.create_superuser(username=username, email="", password=password)
            else:
                user.set_password(password)
                user.is_staff = user.is_superuser = user.is_active = True
                user.save()
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)
        else:
            password = password_file.read_text().strip()
        self.stdout.write(self.style.SUCCESS(f"Administration : {absolute_url(reverse('admin:index'))}"))
        self.stdout.write(f"  identifiant : {username}")
        self.stdout.write(f"  mot de passe : {password}   (gardé dans {password_file.relative_to(settings.BASE_DIR)})")
