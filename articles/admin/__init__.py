"""The editors' admin, in French: one module per concern, registered on import."""

from articles.admin import articles, figure_review, home, jobs, taxonomy  # noqa: F401
