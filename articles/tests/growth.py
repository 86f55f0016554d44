"""Bounds on growth, not on wall time: a loaded machine slows both measurements alike."""

import time

# A linear reader takes about 10 times as long on 10 times the input, a quadratic one 100 times.
MAX_RATIO_FOR_TENFOLD_INPUT = 30
# Below this, a measurement is mostly the clock's and the interpreter's noise.
SHORTEST_MEASURE = 0.002


def assert_linear(work, make_input, count):
    """`work(make_input(count))` may take at most ~30 times `work(make_input(count // 10))`."""

    def best_time(n):
        data = make_input(n)
        times = []
        for _ in range(3):  # the best of three: another process may take the core meanwhile
            started = time.perf_counter()
            work(data)
            times.append(time.perf_counter() - started)
        return min(times)

    small, large = best_time(count // 10), best_time(count)
    ratio = large / max(small, SHORTEST_MEASURE)
    assert ratio < MAX_RATIO_FOR_TENFOLD_INPUT, (
        f"10× the input took {ratio:.0f}× as long ({small:.3f} s → {large:.3f} s)"
    )
