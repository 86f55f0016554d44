"""Settings for the benchmark: the project's own (SQLite in WAL mode there too), with plain static URLs."""

from editorial.settings import *  # noqa: F403

# The benchmark does not run collectstatic: templates get plain /static/ URLs.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# The project's URLs, plus a plain admin changelist to measure ours against (bench/bare_admin.py).
ROOT_URLCONF = "bench.bare_admin"
