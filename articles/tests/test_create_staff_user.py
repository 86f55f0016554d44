"""`manage.py create_staff_user`: an Éditeur or an Auteur account, with a password never written down."""

import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.tests.admin_helpers import AUTHOR, EDITOR, make_user


def create(*args):
    out = io.StringIO()
    call_command("create_staff_user", *args, stdout=out)
    return out.getvalue()


def logs_in(client, username, password):
    response = client.post(reverse("admin:login"), {"username": username, "password": password})
    return response.status_code == 302


@pytest.mark.parametrize("role, group, may_publish", [("editeur", EDITOR, True), ("auteur", AUTHOR, False)])
def test_a_generated_password_is_printed_once_and_opens_the_admin(client, db, role, group, may_publish):
    output = create("claire", "--role", role, "--email", "claire@example.org")
    password = re.search(r"mot de passe : (\S+)", output).group(1)
    assert len(password) >= 20
    user = User.objects.get(username="claire")
    assert user.is_staff and not user.is_superuser and user.email == "claire@example.org"
    assert [g.name for g in user.groups.all()] == [group]
    assert user.has_perm("articles.publish_article") is may_publish
    assert logs_in(client, "claire", password)
    assert client.get(reverse("admin:articles_article_changelist")).status_code == 200
    second = create("claude", "--role", role)
    assert re.search(r"mot de passe : (\S+)", second).group(1) != password


def test_a_password_read_from_the_environment_is_never_printed(client, db, monkeypatch):
    monkeypatch.setenv("MOT_DE_PASSE_AURORE", "cheval-agrafe-pile-correcte")
    output = create("aurore", "--role", "auteur", "--password-from-env", "MOT_DE_PASSE_AURORE")
    assert "cheval" not in output and "mot de passe" not in output
    assert logs_in(client, "aurore", "cheval-agrafe-pile-correcte")


def test_refusals(db, monkeypatch):
    make_user("edith", EDITOR)
    with pytest.raises(CommandError, match="existe déjà"):
        create("edith", "--role", "editeur")
    with pytest.raises(CommandError, match="vide ou absente"):
        create("nouveau", "--role", "editeur", "--password-from-env", "VARIABLE_ABSENTE_H12")
    monkeypatch.setenv("MOT_DE_PASSE_FAIBLE", "123")
    with pytest.raises(CommandError, match="Mot de passe refusé"):
        create("nouveau", "--role", "editeur", "--password-from-env", "MOT_DE_PASSE_FAIBLE")
    with pytest.raises(CommandError):
        create("nouveau", "--role", "administrateur")
    assert not User.objects.filter(username="nouveau").exists()
