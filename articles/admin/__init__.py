"""The editors' admin, in French: one module per concern, registered on import."""

from articles.admin import articles, figure_review, home, jobs, media, taxonomy  # noqa: F401
