"""A bounded load generator: keep-alive HTTP clients in threads, for a fixed time, on loopback only.

Each page is measured in bursts alternating with `/healthz`, so that both see the same machine
(other processes come and go) and the page's figure is a ratio to the bare endpoint.
"""

import http.client
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

HOST = "127.0.0.1"  # never anything else


@dataclass
class Burst:
    requests: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)

    def add(self, other: "Burst") -> None:
        self.requests += other.requests
        self.seconds += other.seconds
        self.latencies += other.latencies
        for status, count in other.statuses.items():
            self.statuses[status] = self.statuses.get(status, 0) + count

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, fraction: float) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]

    def summary(self) -> dict:
        return {
            "requests": self.requests,
            "requests_per_second": round(self.per_second, 1),
            "p50_ms": round(self.percentile(0.50) * 1000, 2),
            "p99_ms": round(self.percentile(0.99) * 1000, 2),
            "mean_ms": round(statistics.fmean(self.latencies) * 1000, 2) if self.latencies else 0.0,
            "statuses": {str(status): count for status, count in sorted(self.statuses.items())},
        }


def _client(port: int, next_path: Callable[[], str], headers: dict, deadline: float, result: Burst, lock) -> None:
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    local = Burst()
    try:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            try:
                connection.request("GET", next_path(), headers=headers)
                response = connection.getresponse()
                response.read()
            except (http.client.HTTPException, OSError):
                # A sync worker closes the connection when it wants to; open a new one.
                connection.close()
                local.statuses[0] = local.statuses.get(0, 0) + 1
                continue
            local.latencies.append(time.perf_counter() - started)
            local.statuses[response.status] = local.statuses.get(response.status, 0) + 1
            local.requests += 1
    finally:
        connection.close()
    with lock:
        result.add(local)


def burst(port: int, next_path: Callable[[], str], seconds: float, threads: int, headers=None) -> Burst:
    """Send requests from `threads` clients for `seconds`; the burst's own wall time is its time."""
    result, lock = Burst(), threading.Lock()
    started = time.perf_counter()
    deadline = started + seconds
    workers = [
        threading.Thread(target=_client, args=(port, next_path, headers or {}, deadline, result, lock))
        for _ in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    result.seconds = time.perf_counter() - started
    return result


def compare(port, reference, next_path, *, rounds=3, seconds=1.5, threads=4, headers=None) -> dict:
    """Alternate bursts of the `reference` path and the page; return both summaries and their ratios."""
    bare, page = Burst(), Burst()
    for _ in range(rounds):
        bare.add(burst(port, reference, seconds, threads, headers))
        page_burst = burst(port, next_path, seconds, threads, headers)
        page.add(page_burst)
        if page_burst.seconds > 4 * seconds:
            break  # requests slower than the burst: one round already says it, more would blow the budget
    return {
        "page": page.summary(),
        "reference": bare.summary(),
        "ratio_rps": round(page.per_second / bare.per_second, 4) if bare.per_second else 0.0,
        "latency_ratio_p50": round(page.percentile(0.5) / bare.percentile(0.5), 2) if bare.latencies else 0.0,
    }


def compare_with_healthz(port, next_path, **options) -> dict:
    """The page against `/healthz`, the bare endpoint every page figure is a ratio to."""
    result = compare(port, lambda: "/healthz", next_path, **options)
    result["healthz"] = result.pop("reference")
    return result


def warm_up(port, next_path, requests=20) -> None:
    """A few requests first, so each worker has loaded its code and opened its database connection."""
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    for _ in range(requests):
        connection.request("GET", next_path())
        connection.getresponse().read()
    connection.close()
