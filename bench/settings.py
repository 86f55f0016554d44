"""Settings for the benchmark: the project's own, with SQLite tuned the way a deployment would.

WAL lets the two gunicorn workers read while the importer writes, and `synchronous=NORMAL`
stops every per-file transaction from waiting on a disk flush.
"""

from editorial.settings import *  # noqa: F403

if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (  # noqa: F405
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
# The benchmark does not run collectstatic: templates get plain /static/ URLs.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# The project's URLs, plus a plain admin changelist to measure ours against (bench/bare_admin.py).
ROOT_URLCONF = "bench.bare_admin"
