"""Login throttling (django-axes): locked by username and by address, a French page, an editor unlocks."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import Client
from django.urls import reverse

from articles.tests.admin_helpers import AUTHOR, make_user

LOGIN = reverse("admin:login")
PASSWORD = "mot-de-passe-solide"  # admin_helpers.make_user's
ATTEMPTS = reverse("admin:axes_accessattempt_changelist")


def log_in(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


def client_at(address):
    return Client(REMOTE_ADDR=address)


@pytest.fixture
def locked_out(editor):
    """The editor's account after as many wrong passwords as the limit allows, from one address."""
    attacker = client_at("203.0.113.7")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(attacker, editor.username, "mauvais").status_code == 200
    assert log_in(attacker, editor.username, "mauvais").status_code == 429  # the last one allowed
    return attacker


def test_the_right_password_is_refused_once_locked_out(locked_out, editor):
    response = log_in(locked_out, editor.username, PASSWORD)
    assert response.status_code == 429
    text = response.text
    assert "Connexion temporairement bloquée" in text and "Réessayez dans 15 minutes" in text
    assert "_auth_user_id" not in locked_out.session


def test_lockout_holds_for_the_username_from_another_address(locked_out, editor):
    assert log_in(client_at("198.51.100.20"), editor.username, PASSWORD).status_code == 429


def test_lockout_holds_for_the_address_with_another_username(locked_out, author):
    assert log_in(locked_out, author.username, PASSWORD).status_code == 429
    assert log_in(client_at("198.51.100.21"), author.username, PASSWORD).status_code == 302


def test_an_editor_unlocks_from_the_admin(locked_out, editor, db):
    other_editor = make_user("eloise", "Éditeur")
    desk = Client()
    desk.force_login(other_editor)
    listing = desk.get(ATTEMPTS)
    assert listing.status_code == 200 and editor.username in listing.text
    ids = [str(pk) for pk in AccessAttempt.objects.values_list("pk", flat=True)]
    response = desk.post(ATTEMPTS, {"action": "delete_selected", "_selected_action": ids, "post": "yes"})
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert log_in(locked_out, editor.username, PASSWORD).status_code == 302


def test_authors_cannot_see_or_clear_attempts(locked_out, db):
    author = make_user("auguste", AUTHOR)
    client = Client()
    client.force_login(author)
    assert client.get(ATTEMPTS).status_code == 403
    assert AccessAttempt.objects.exists()


def test_behind_the_proxy_the_address_is_the_one_the_proxy_saw(editor, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    for n in range(settings.AXES_FAILURE_LIMIT):
        # The client forges a different first address each time; the proxy appends the real one.
        spoofing = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 203.0.113.9")
        log_in(spoofing, f"inconnu{n}", "mauvais")
    honest = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert log_in(honest, editor.username, PASSWORD).status_code == 429
    elsewhere = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.10")
    assert log_in(elsewhere, editor.username, PASSWORD).status_code == 302
