"""gunicorn settings for Rédaction, read by `gunicorn editorial.wsgi` from the project folder.

Every value can still be overridden on the command line or with GUNICORN_CMD_ARGS.
"""

import gc
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "sync"
timeout = 30
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None  # "-" for stdout
max_requests = 5000  # recycle workers now and then, with jitter so they don't all restart at once
max_requests_jitter = 500


def post_worker_init(worker):
    """Move everything loaded at start-up out of the garbage collector's sight.

    Django, the app and the templates make a large, long-lived heap; without this, every full
    collection walks it again, about a millisecond and a half per request here.
    """
    gc.freeze()
