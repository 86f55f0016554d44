"""Servers started for a measure or a test: gunicorn and redis-server on free loopback ports.

One copy for `make bench`, `scripts/load_redis_faults.py` and the tests that need several
processes (the cache shared through Redis, Redis stopped and started again).
"""

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    """Whether something accepts connections on `host:port`."""
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def wait_until(check, what: str, seconds: float = 30.0) -> None:
    """Call `check` until it is true (an `OSError` counts as not yet); past `seconds`, fail saying `what`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{what} within {seconds:g} s")


def healthy(port: int) -> bool:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
        return response.status == 200


def start_gunicorn(env: dict, *, workers: int = 2, error_log: str = "-") -> tuple[subprocess.Popen, int]:
    """gunicorn serving the project with `env`, once `/healthz` answers: (the process, its port)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "editorial.wsgi", "--workers", str(workers),
         "--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null",
         "--error-logfile", error_log, "--log-level", "warning"],
        cwd=ROOT,
        env=env,
    )  # fmt: skip
    try:
        wait_until(lambda: healthy(port), "gunicorn did not answer /healthz")
    except RuntimeError:
        stop(process)
        raise
    return process, port


def start_redis(port: int, executable: str = "redis-server") -> subprocess.Popen:
    """A redis-server that keeps nothing on disk, once it accepts connections."""
    process = subprocess.Popen(
        [executable, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    wait_until(lambda: port_open(port), f"redis-server did not listen on port {port}")
    return process


def stop(process: subprocess.Popen, timeout: float = 30.0) -> None:
    process.terminate()
    process.wait(timeout=timeout)
