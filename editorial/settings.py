"""Settings read from the environment, with safe defaults for a local machine.

Every value a deployer needs is an environment variable; see README.md.
"""

import json
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    # Only ever used with DEBUG on, on a developer's machine.
    SECRET_KEY = "insecure-local-development-key"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "articles.apps.KeywordsConfig",  # taggit, under French names
    "import_export",
    "simple_history",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "articles",
]

MIDDLEWARE = [
    # Before the page cache: a working copy whose programmed date has come is published (one
    # cache read a request, no cron), and the pages it changes are not answered from the cache.
    "articles.copies.ScheduledCopiesMiddleware",
    # Then the page cache, so a cached page costs no other middleware, session or query (articles/cache.py).
    "articles.cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "articles.admin.titles.FrenchAdminTitlesMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last, as django-axes requires: refuses logins while a user or an address is locked out.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login throttling: after AXES_FAILURE_LIMIT failures for one username, or from one address,
# logins from there are refused (429, French page) for AXES_COOLOFF_MINUTES, or until an editor
# deletes the attempt in the admin (Axes › tentatives de connexion).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
AXES_CLIENT_IP_CALLABLE = "editorial.throttling.client_ip"

ROOT_URLCONF = "editorial.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "editorial.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if IS_POSTGRES and not env_bool("POSTGRES_JIT", False):
    # Just-in-time compilation is for long analytic queries; a page's run in milliseconds, yet
    # PostgreSQL compiles any whose estimated cost passes `jit_above_cost`: at 10,000 articles the
    # home page's theme counts spent 105 ms of their 375 ms compiling. More such queries pass it as
    # the site grows.
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = f"{options.get('options', '')} -c jit=off".strip()
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["OPTIONS"] = {
        # A write transaction takes the write lock when it begins, so two editors saving at once
        # queue for it (up to `timeout` seconds) instead of one failing with "database is locked"
        # when its read lock cannot be upgraded. WAL lets readers go on while one writes.
        "transaction_mode": "IMMEDIATE",
        "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20")),
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Redis down or slow is a cache miss, not an error page (editorial/cache.py).
            "BACKEND": "editorial.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "redaction"),
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background work: Django's task framework through its backport, django-tasks (Django 6 ships it as
# `django.tasks`: upgrading is an import change). The database backend is the default and needs
# nothing but `manage.py db_worker` (`make run` starts one); RQ over Redis serves deployments with
# workers on several machines (`manage.py rqworker --with-scheduler`). See docs/deploy.md.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "rq": "django_tasks_rq.RQBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",  # inline, in the caller: debugging only
}
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {TASKS_BACKEND!r}.")
# The queue this site's tasks go to: sites sharing one Redis each name their own.
TASKS_QUEUE = os.environ.get("TASKS_QUEUE", "default")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND], "QUEUES": [TASKS_QUEUE]}}
if TASKS_BACKEND == "rq":
    TASKS_REDIS_URL = os.environ.get("TASKS_REDIS_URL", REDIS_URL)
    if not TASKS_REDIS_URL:
        raise ImproperlyConfigured("TASKS_BACKEND=rq needs TASKS_REDIS_URL (or REDIS_URL).")
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {TASKS_QUEUE: {"URL": TASKS_REDIS_URL, "DEFAULT_TIMEOUT": -1}}  # a job ends itself (cancel, lease)
# A running import job renews its lease this often at least; a job whose lease ran out (its worker
# died) is resumed by another worker, skipping the files it had finished.
TASKS_LEASE_SECONDS = float(os.environ.get("TASKS_LEASE_SECONDS", "60"))

# Anonymous public pages served from CACHES, invalidated on any content change (articles/cache.py).
PAGE_CACHE = env_bool("PAGE_CACHE", True)
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Paris")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))


def media_storage():
    """The `default` storage (uploads) from the environment: MEDIA_STORAGE_BACKEND names its class,
    MEDIA_STORAGE_OPTIONS (a JSON object) its options. Several app servers or task workers need one
    they all see, e.g. S3 through django-storages (docs/deploy.md)."""
    backend = os.environ.get("MEDIA_STORAGE_BACKEND") or "django.core.files.storage.FileSystemStorage"
    try:
        options = json.loads(os.environ.get("MEDIA_STORAGE_OPTIONS") or "{}")
    except ValueError as error:
        raise ImproperlyConfigured(f"MEDIA_STORAGE_OPTIONS must be a JSON object: {error}") from error
    if not isinstance(options, dict):
        raise ImproperlyConfigured("MEDIA_STORAGE_OPTIONS must be a JSON object.")
    return {"BACKEND": backend, "OPTIONS": options}


STORAGES = {
    "default": media_storage(),
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
SITE_NAME = os.environ.get("SITE_NAME", "Rédaction")
# Addresses per sitemap page (/sitemap.xml is their index): search engines read at most 50,000.
SITEMAP_LIMIT = int(os.environ.get("SITEMAP_LIMIT", "50000"))

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_HTTPS_PROXY") else None
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
# Django's own names: HTTPS-only for browsers (HSTS, 0 = off) and plain HTTP redirected to HTTPS.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
# The load balancer's liveness and readiness probes may speak plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
X_FRAME_OPTIONS = "DENY"  # no page of ours is ever framed (the live preview renders in place)

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "img-src": [SELF, "data:", "https:"],
        "script-src": [SELF],
        "style-src": [SELF],
        "object-src": [NONE],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
    }
}

# Import limits: the importer treats every file as untrusted input.
IMPORT_MAX_FILES_IN_ZIP = int(os.environ.get("IMPORT_MAX_FILES_IN_ZIP", "10000"))
IMPORT_MAX_UNCOMPRESSED_BYTES = int(os.environ.get("IMPORT_MAX_UNCOMPRESSED_BYTES", str(500 * 1024 * 1024)))
# An admin upload of more documents than this is imported in the background (an import job).
IMPORT_IN_BACKGROUND_FROM = int(os.environ.get("IMPORT_IN_BACKGROUND_FROM", "20"))
# Spreadsheet exports must not carry live formulas; our own formats (articles.resources) quote them.
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
