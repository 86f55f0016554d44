"""Document files → article rows, one transaction per file, with a report.

The one importer: the `import_articles` command, the admin upload and the tests all call it.
Re-running it is safe: the file's path is its provenance key, and an unchanged file writes nothing.
"""

import hashlib
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from articles.documents import MAX_DOCUMENT_BYTES, ArticleData, DocumentError, read_document, slugify_title
from articles.models import Article, ArticleLink, Author, Skill, Theme

DOCUMENT_SUFFIXES = {".md", ".markdown", ".mdx", ".txt", ".text"}
PROGRESS_BAR_FROM = 10


class Status:
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"
    ERROR = "error"


@dataclass
class FileReport:
    path: str
    status: str
    slug: str = ""
    warnings: list[str] = field(default_factory=list)
    error: str = ""

    def as_dict(self):
        return asdict(self)


def provenance_key(path: Path) -> str:
    """A stable name for a source file: relative to the project when inside it."""
    resolved = path.resolve()
    try:
        return str(resolved.relative_to(Path(settings.BASE_DIR).resolve()))
    except ValueError:
        return str(resolved)


def collect_documents(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given, and the document files inside folders, in a stable order."""
    for raw_path in paths:
        path = Path(raw_path)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
        else:
            yield path


def import_paths(paths, *, dry_run=False, progress=None) -> list[FileReport]:
    """Import every document under `paths`; one failing file never stops the others."""
    files = list(collect_documents(paths))
    if progress is None:
        progress = len(files) >= PROGRESS_BAR_FROM and sys.stderr.isatty()
    if progress:
        from tqdm import tqdm

        files = tqdm(files, unit="fichier", file=sys.stderr)
    return [import_file(path, dry_run=dry_run) for path in files]


def import_file(path: Path, *, dry_run=False) -> FileReport:
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        return FileReport(name, Status.ERROR, error=f"{name}: cannot read file ({error.strerror or error})")
    if size > MAX_DOCUMENT_BYTES:
        limit = MAX_DOCUMENT_BYTES / 1_000_000
        return FileReport(name, Status.ERROR, error=f"{name}: file is {size / 1_000_000:.1f} MB, over the {limit:g} MB limit")
    return import_bytes(path.read_bytes(), name, source_key=provenance_key(path), dry_run=dry_run)


def import_bytes(raw: bytes, name: str, *, source_key: str | None = None, dry_run=False) -> FileReport:
    """Import one document given as bytes (a file, an upload, a zip member)."""
    try:
        data = read_document(raw, name)
    except DocumentError as error:
        return FileReport(name, Status.ERROR, error=f"{name}: {error}")
    source_hash = hashlib.sha256(raw).hexdigest()
    try:
        with transaction.atomic():
            report = _store(data, name, source_key or name, source_hash)
            if dry_run:
                transaction.set_rollback(True)
    except Exception as error:  # noqa: BLE001 — any failure of one file is reported, the batch goes on
        return FileReport(name, Status.ERROR, error=f"{name}: {type(error).__name__}: {error}")
    return report


def _store(data: ArticleData, name: str, source_key: str, source_hash: str) -> FileReport:
    warnings = list(data.warnings)
    article = Article.objects.filter(source_path=source_key).first()
    if article is None:
        article = Article.objects.filter(source_hash=source_hash).first()
    if article is not None:
        if article.source_hash == source_hash:
            return FileReport(name, Status.UNCHANGED, article.slug, warnings)
        if article.import_fingerprint and article.editable_fingerprint() != article.import_fingerprint:
            warnings.append("the article was edited since its last import: left as the editor made it")
            return FileReport(name, Status.CONFLICT, article.slug, warnings)
        status = Status.UPDATED
    else:
        article = Article(slug=_free_slug(data.slug or slugify_title(data.title), warnings))
        status = Status.CREATED

    _apply(article, data, source_key, source_hash)
    article.save()
    _set_relations(article, data)
    Article.objects.filter(pk=article.pk).update(import_fingerprint=article.editable_fingerprint())
    return FileReport(name, status, article.slug, warnings)


def _free_slug(slug: str, warnings: list[str]) -> str:
    slug = (slug or "article")[:190]
    candidate, counter = slug, 2
    while Article.objects.filter(slug=candidate).exists():
        candidate = f"{slug}-{counter}"
        counter += 1
    if candidate != slug:
        warnings.append(f"slug '{slug}' already taken: using '{candidate}'")
    return candidate


def _apply(article: Article, data: ArticleData, source_key: str, source_hash: str) -> None:
    article.title = data.title[:300]
    article.description = data.description
    article.body = data.body
    article.status = Article.Status.DRAFT if data.draft else Article.Status.PUBLISHED
    article.publish_date = data.publish_date or article.publish_date or (None if data.draft else timezone.now())
    article.updated_date = data.updated_date
    article.note = data.note
    article.canonical_url = data.canonical_url[:500]
    metadata = dict(data.metadata)
    if data.image:
        metadata["image"] = data.image
    article.metadata = metadata
    article.cover_alt = data.image_alt[:300] if data.image_alt else article.cover_alt
    article.guesses = list(data.guesses)
    article.needs_review = bool(data.guesses)
    article.theme = _named(Theme, data.theme) if data.theme else None
    article.source_path = source_key[:500]
    article.source_hash = source_hash


def _named(model, name: str, **defaults):
    """The row of `model` with this name's slug, created on first sight."""
    name = name.strip()
    slug = slugify_title(name)[:200] or "sans-nom"
    label = name[:1].upper() + name[1:]
    obj, _ = model.objects.get_or_create(slug=slug, defaults={"name": label[:200], **defaults})
    return obj


def _set_relations(article: Article, data: ArticleData) -> None:
    article.authors.set([_named(Author, name) for name in data.authors if name.strip()])
    article.skills.set([_named(Skill, name, theme=article.theme) for name in data.skills if name.strip()])
    article.tags.set([tag.strip()[:100] for tag in data.tags if tag.strip()], clear=True)
    article.links.all().delete()
    ArticleLink.objects.bulk_create(
        [
            ArticleLink(
                article=article,
                kind=link.kind,
                target_slug=link.target_slug[:200] if link.kind == ArticleLink.Kind.ARTICLE else "",
                target_article=Article.objects.filter(slug=link.target_slug).first()
                if link.kind == ArticleLink.Kind.ARTICLE and link.target_slug
                else None,
                url=link.url[:500],
                title=link.title[:300],
                position=position,
            )
            for position, link in enumerate(data.links)
        ]
    )
