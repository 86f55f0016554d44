"""The editors' admin, in French: one module per concern, registered on import."""

import importlib.util

from articles.admin import articles, taxonomy  # noqa: F401

# Statistic, Source and Indicator have their own module, written separately; load it when present.
if importlib.util.find_spec("articles.admin.statistics") is not None:
    from articles.admin import statistics  # noqa: F401
