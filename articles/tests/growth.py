"""Bounds on growth, not on wall time: a loaded machine must not fail a test."""

import gc
import time

# A linear reader takes about 10 times as long on 10 times the input, a quadratic one 100 times.
MAX_RATIO_FOR_TENFOLD_INPUT = 30
# Below this, a measurement is mostly the clock's and the interpreter's noise.
SHORTEST_MEASURE = 0.001


def assert_linear(work, make_input, count):
    """`work(make_input(count))` may take at most ~30 times `work(make_input(count // 10))`.

    Times are this thread's CPU time, which other processes competing for the cores do not
    inflate, with the garbage collector off: its passes walk every object the test session
    holds, a cost of the session, not of `work`.
    """

    def best_time(n):
        data = make_input(n)
        times = []
        for _ in range(2):  # the better of two
            started = time.thread_time()
            work(data)
            times.append(time.thread_time() - started)
        return min(times)

    gc.collect()
    gc.disable()
    try:
        small, large = best_time(count // 10), best_time(count)
    finally:
        gc.enable()
    ratio = large / max(small, SHORTEST_MEASURE)
    assert ratio < MAX_RATIO_FOR_TENFOLD_INPUT, (
        f"10× the input took {ratio:.0f}× as long ({small:.3f} s → {large:.3f} s)"
    )
