"""The pure half of an import: file bytes → article data, rendered body and figures.

No ORM here, so that large imports can run this half in worker processes while the main
process writes rows (see `articles.importing`).

The bytes are untrusted: whatever they hold, preparing them returns within
`PREPARE_SECONDS` (`articles.limits`), and any failure becomes the file's one-line French
reason, never an exception that would stop the batch.
"""

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from articles.comparison.highlighting import highlight_figures
from articles.comparison.matching import Reading, read_figures
from articles.documents import MAX_DOCUMENT_BYTES, ArticleData, DocumentError, read_document
from articles.figures import Figure, extract_figures
from articles.limits import PREPARE_SECONDS, time_limit
from articles.rendering import RenderedBody, render_markdown

logger = logging.getLogger(__name__)


@dataclass
class PreparedBody:
    """A markdown body with what is derived from it: the stored HTML and the figures it cites."""

    body: str
    rendered: RenderedBody
    figures: list[Figure]
    readings: list[Reading]  # what the grouper reads of each figure, read here in the worker
    # The rendered HTML with every figure marked, each mark numbered with the figure's index
    # (`articles.comparison.highlighting.numbered_marks` gives them their rows' ids): the
    # writer of a new article has only to number them.
    marked_html: str = ""


def prepare_body(body: str) -> PreparedBody:
    rendered = render_markdown(body)  # first: it refuses a hostile body before any other work
    figures = extract_figures(body)
    # As the figures' rows will hold their text (`Statistic.text`, 200 characters).
    marked_html = highlight_figures(rendered.html, [(index, figure.text[:200]) for index, figure in enumerate(figures)])
    return PreparedBody(body, rendered, figures, read_figures(figures), marked_html)


@dataclass
class PreparedFile:
    name: str  # as given, for the report
    source_hash: str = ""
    data: ArticleData | None = None
    prepared: PreparedBody | None = None  # None for bytes already imported as they are
    error: str = ""


def prepare_bytes(raw: bytes, name: str, *, stored_hash: str = "") -> PreparedFile:
    """Read, render and extract `raw`; a file that cannot be prepared comes back with its reason.

    Bytes of `stored_hash` (those its article was last imported from) are only read, for the
    report's warnings: the importer writes nothing for them, so rendering them is wasted."""
    source_hash = hashlib.sha256(raw).hexdigest()
    try:
        with time_limit(PREPARE_SECONDS, "la lecture du fichier"):
            data = read_document(raw, name)
            unchanged = source_hash == stored_hash
            return PreparedFile(name, source_hash, data, None if unchanged else prepare_body(data.body))
    except DocumentError as error:
        return PreparedFile(name, source_hash, error=f"{name}: {error}")
    except RecursionError:
        return PreparedFile(name, source_hash, error=f"{name}: structure imbriquée trop profondément")
    except Exception as error:  # noqa: BLE001 — one unreadable file never stops the batch
        logger.exception("preparing %s failed", name)
        return PreparedFile(name, source_hash, error=f"{name}: fichier illisible ({type(error).__name__})")


def prepare_file(path: Path, stored_hash: str = "") -> PreparedFile:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            limit = MAX_DOCUMENT_BYTES / 1_000_000
            return PreparedFile(
                name, error=f"{name}: fichier de {size / 1_000_000:.1f} Mo, au-delà de la limite de {limit:g} Mo"
            )
        raw = path.read_bytes()
    except OSError as error:
        return PreparedFile(name, error=f"{name}: fichier illisible ({error.strerror or error})")
    return prepare_bytes(raw, name, stored_hash=stored_hash)
