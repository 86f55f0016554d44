"""Load the site with wrk (64 connections) while its Redis runs, is stopped, and comes back.

    python scripts/load_redis_faults.py [--seconds 10] [--connections 64] [--workers 4]

Builds a throwaway SQLite site from the seed articles, starts its own redis-server and gunicorn
(DEBUG off) on free loopback ports, and runs three wrk phases of the same length: Redis up; Redis
stopped a few seconds in; Redis started again a few seconds in. Each phase prints wrk's request
count, its errors (non-2xx/3xx answers and socket errors) and latency; the exit status is 1 when
any phase had an error. Needs `wrk` and `redis-server` (Debian packages of those names).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.processes import ROOT, free_port, start_gunicorn, start_redis, stop  # noqa: E402

PAGES_SCRIPT = """
from articles.models import Article, Theme
print(" ".join([a.get_absolute_url() for a in Article.objects.published()[:5]]
               + [t.get_absolute_url() for t in Theme.objects.all()[:2]]))
"""
LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
"""


def run_wrk(url, lua, seconds, connections, during=None):
    """Run wrk; `during` (seconds, action) happens that far into the run."""
    if during is not None:
        threading.Timer(*during).start()
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency", "-s", lua, url]
    finished = subprocess.run(command, capture_output=True, text=True)
    if finished.returncode != 0:
        raise SystemExit(f"wrk failed: {finished.stdout}{finished.stderr}")
    output = finished.stdout
    requests = int(re.search(r"(\d+) requests in", output)[1])
    non_2xx = int((re.search(r"Non-2xx or 3xx responses: (\d+)", output) or [0, 0])[1])
    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    latency = re.search(r"Latency\s+(\S+)\s+(\S+)\s+(\S+)", output)
    percentile_99 = re.search(r"99%\s+(\S+)", output)
    return {
        "requests": requests,
        "non_2xx_3xx": non_2xx,
        "socket_errors": socket_errors,
        "latency_avg": latency[1],
        "latency_p99": percentile_99[1] if percentile_99 else "?",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=4)
    options = parser.parse_args()
    for tool in ("wrk", "redis-server"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing (apt-get install {tool.split('-')[0]})")

    with tempfile.TemporaryDirectory() as scratch:
        redis_port = free_port()
        env = os.environ | {
            "DJANGO_SETTINGS_MODULE": "bench.settings",  # the project's settings, plain static URLs
            "DATABASE_URL": f"sqlite:///{scratch}/load.sqlite3",
            "MEDIA_ROOT": f"{scratch}/media",
            "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
            "SECRET_KEY": "load-test-secret-key-not-for-production-0123456789abcdef",
            "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1",
            "LOG_LEVEL": "ERROR",
        }
        manage = [sys.executable, str(ROOT / "manage.py")]
        subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, cwd=ROOT, check=True)
        subprocess.run([*manage, "import_articles", str(ROOT / "fixtures" / "seeds")], env=env, cwd=ROOT, check=True)
        pages = subprocess.run(
            [*manage, "shell", "-c", PAGES_SCRIPT], env=env, cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout.split()
        pages = [page for page in pages if page.startswith("/")]
        pages += ["/", "/articles/", "/recherche/?q=marketing", "/flux/rss/", "/statistiques/", "/sitemap.xml"]
        lua = Path(scratch) / "pages.lua"
        lua.write_text(LUA % ", ".join(f'"{page}"' for page in pages))

        redis = start_redis(redis_port)
        gunicorn, web_port = start_gunicorn(env, workers=options.workers, error_log=f"{scratch}/gunicorn.log")
        url = f"http://127.0.0.1:{web_port}"
        try:
            state = {"redis": redis}

            def stop_redis():
                stop(state["redis"])

            def restart_redis():
                state["redis"] = start_redis(redis_port)

            third = max(1, options.seconds // 3)
            phases = [
                ("Redis up", None),
                (f"Redis stopped {third} s in", (third, stop_redis)),
                (f"Redis started again {third} s in", (third, restart_redis)),
            ]
            failed = False
            print(f"wrk -c{options.connections} -d{options.seconds}s, gunicorn {options.workers} sync workers, "
                  f"{len(pages)} pages in turn")  # fmt: skip
            for name, during in phases:
                result = run_wrk(url, str(lua), options.seconds, options.connections, during)
                errors = result["non_2xx_3xx"] + result["socket_errors"]
                failed |= errors > 0
                print(
                    f"{name:<32} {result['requests']:>7} requests, {result['non_2xx_3xx']} non-2xx/3xx, "
                    f"{result['socket_errors']} socket errors, latency avg {result['latency_avg']}, "
                    f"p99 {result['latency_p99']}"
                )
            ready = urllib.request.urlopen(f"{url}/readyz", timeout=5).read().decode()
            print(f"/readyz at the end: {ready}")
            return 1 if failed else 0
        finally:
            stop(gunicorn)
            stop(locals().get("state", {}).get("redis", redis))


if __name__ == "__main__":
    sys.exit(main())
