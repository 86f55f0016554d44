"""A time limit for work on untrusted input (reading, rendering, extracting a file).

Inputs are bounded before they are parsed (size, nesting: see `articles.documents` and
`articles.rendering`); this is the backstop for what those checks do not foresee. It uses
SIGALRM, so it only applies in a process's main thread (the import command and its workers,
gunicorn's sync workers); elsewhere (a threaded development server) the checks alone hold.
"""

import signal
import threading
from contextlib import contextmanager

from articles.documents import DocumentError

PREPARE_SECONDS = 10  # reading, rendering and figure extraction of one file
PREVIEW_SECONDS = 5  # the admin's live preview of one body


class TooSlow(DocumentError):
    """Work on one input ran past its time limit."""


@contextmanager
def time_limit(seconds: float, what: str):
    """Raise TooSlow inside the block once `seconds` have passed (main thread only)."""
    usable = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    if not usable or signal.getitimer(signal.ITIMER_REAL)[0] > 0:  # no timer here, or one already runs
        yield
        return

    def interrupt(signum, frame):
        raise TooSlow(f"{what} dépasse {seconds:g} s : document trop complexe")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
