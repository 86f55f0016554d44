"""Settings for the test suite: the real database from DATABASE_URL, a fast password hasher."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key")

from editorial.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
WHITENOISE_AUTOREFRESH = True

# Several test runs can share one PostgreSQL server: each may name its own test database.
if os.environ.get("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}  # noqa: F405

# Page tests see every render (and their own query counts); articles/tests/test_cache.py turns it on.
PAGE_CACHE = False
