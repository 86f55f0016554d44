"""Document files → article rows, one transaction per file, with a report.

The one importer: the `import_articles` command, the admin upload and the tests all call it.
Re-running it is safe: the file's path is its provenance key, and an unchanged file writes nothing.

Reading, rendering and figure extraction are pure (`articles.preparing`); on large batches they
run in worker processes, a bounded window ahead of the rows being written, so memory stays flat
and both cores work.
"""

import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from taggit.models import Tag

from articles.documents import ArticleData, slugify_title
from articles.models import Article, ArticleLink, Author, Skill, Theme
from articles.preparing import PreparedFile, prepare_bytes, prepare_file

DOCUMENT_SUFFIXES = {".md", ".markdown", ".mdx", ".txt", ".text"}
PROGRESS_BAR_FROM = 10
PARALLEL_FROM = 50  # below this, starting worker processes costs more than it saves
FILES_AHEAD_PER_WORKER = 8


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


def import_paths(paths, *, dry_run=False, progress=None, workers=None) -> list[FileReport]:
    """Import every document under `paths`; one failing file never stops the others."""
    files = list(collect_documents(paths))
    if progress is None:
        progress = len(files) >= PROGRESS_BAR_FROM and sys.stderr.isatty()
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(files) >= PARALLEL_FROM else 1
    prepared_files = _prepared_in_order(files, workers)
    if progress:
        from tqdm import tqdm

        prepared_files = tqdm(prepared_files, total=len(files), unit="fichier", file=sys.stderr)
    batch = ImportBatch()
    return [
        batch.store(prepared, source_key=provenance_key(path), dry_run=dry_run)
        for path, prepared in zip(files, prepared_files, strict=True)
    ]


def _prepared_in_order(files: list[Path], workers: int) -> Iterator[PreparedFile]:
    if workers <= 1:
        yield from map(prepare_file, files)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        window = deque()
        for path in files:
            window.append(pool.submit(prepare_file, path))
            if len(window) >= workers * FILES_AHEAD_PER_WORKER:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def import_file(path: Path, *, dry_run=False) -> FileReport:
    return ImportBatch().store(prepare_file(path), source_key=provenance_key(path), dry_run=dry_run)


def import_bytes(raw: bytes, name: str, *, source_key: str | None = None, dry_run=False) -> FileReport:
    """Import one document given as bytes (a file, an upload, a zip member)."""
    return ImportBatch().store(prepare_bytes(raw, name), source_key=source_key or name, dry_run=dry_run)


class ImportBatch:
    """Writes prepared files, remembering the authors, skills, themes, tags and sources it saw."""

    def __init__(self):
        self._rows = {}  # (model, slug or name) → row
        self.sources = {}  # name → Source, shared with the statistics

    def store(self, prepared: PreparedFile, *, source_key: str, dry_run=False) -> FileReport:
        name = prepared.name
        if prepared.error:
            return FileReport(name, Status.ERROR, error=prepared.error)
        try:
            with transaction.atomic():
                report = self._store(prepared, source_key)
                if dry_run:
                    transaction.set_rollback(True)
        except Exception as error:  # noqa: BLE001 — any failure of one file is reported, the batch goes on
            self._forget()
            return FileReport(name, Status.ERROR, error=f"{name}: {type(error).__name__}: {error}")
        if dry_run:
            self._forget()
        return report

    def _forget(self):
        """Rows remembered from a rolled-back transaction may not exist: look them up again."""
        self._rows.clear()
        self.sources.clear()

    def _store(self, prepared: PreparedFile, source_key: str) -> FileReport:
        data, name = prepared.data, prepared.name
        warnings = list(data.warnings)
        # The same path, else the same bytes under another path (a moved file): both indexed.
        article = Article.objects.filter(source_path=source_key).first()
        if article is None:
            article = Article.objects.filter(source_hash=prepared.source_hash).first()
        if article is not None:
            if article.source_hash == prepared.source_hash:
                return FileReport(name, Status.UNCHANGED, article.slug, warnings)
            if article.import_fingerprint and article.editable_fingerprint() != article.import_fingerprint:
                warnings.append("the article was edited since its last import: left as the editor made it")
                return FileReport(name, Status.CONFLICT, article.slug, warnings)
            status = Status.UPDATED
        else:
            article = Article(slug=_free_slug(data.slug or slugify_title(data.title), warnings))
            status = Status.CREATED

        self._apply(article, data, source_key, prepared.source_hash)
        article.import_fingerprint = article.editable_fingerprint()
        article.save(prepared=prepared.prepared, sources=self.sources)
        self._set_relations(article, data, is_new=status == Status.CREATED)
        return FileReport(name, status, article.slug, warnings)

    def _apply(self, article: Article, data: ArticleData, source_key: str, source_hash: str) -> None:
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
        article.theme = self._named(Theme, data.theme) if data.theme else None
        article.source_path = source_key[:500]
        article.source_hash = source_hash

    def _named(self, model, name: str, **defaults):
        key = (model, name_slug(name))
        if key not in self._rows:
            self._rows[key] = named_row(model, name, **defaults)
        return self._rows[key]

    def _tags(self, names: list[str]) -> list[Tag]:
        names = list(dict.fromkeys(name.strip()[:100] for name in names if name.strip()))
        missing = [name for name in names if (Tag, name) not in self._rows]
        if missing:
            for tag in Tag.objects.filter(name__in=missing):
                self._rows[(Tag, tag.name)] = tag
            for name in missing:
                if (Tag, name) not in self._rows:
                    self._rows[(Tag, name)] = Tag.objects.create(name=name)
        return [self._rows[(Tag, name)] for name in names]

    def _set_relations(self, article: Article, data: ArticleData, *, is_new: bool) -> None:
        authors = [self._named(Author, name) for name in data.authors if name.strip()]
        skills = [self._named(Skill, name, theme=article.theme) for name in data.skills if name.strip()]
        tags = self._tags(data.tags)
        if is_new:
            # Nothing to replace: insert the relations in one statement each.
            _add_related(article, "authors", authors)
            _add_related(article, "skills", skills)
            tagged = article.tags.through
            tagged.objects.bulk_create([tagged(content_object=article, tag=tag) for tag in tags])
        else:
            article.authors.set(authors)
            article.skills.set(skills)
            article.tags.set(tags, clear=True)
            article.links.all().delete()
        targets = {link.target_slug for link in data.links if link.kind == ArticleLink.Kind.ARTICLE and link.target_slug}
        found = dict(Article.objects.filter(slug__in=targets).values_list("slug", "pk")) if targets else {}
        ArticleLink.objects.bulk_create(
            [
                ArticleLink(
                    article=article,
                    kind=link.kind,
                    target_slug=link.target_slug[:200] if link.kind == ArticleLink.Kind.ARTICLE else "",
                    target_article_id=found.get(link.target_slug) if link.kind == ArticleLink.Kind.ARTICLE else None,
                    url=link.url[:500],
                    title=link.title[:300],
                    position=position,
                )
                for position, link in enumerate(data.links)
            ]
        )


def name_slug(name: str) -> str:
    return slugify_title(name.strip())[:200] or "sans-nom"


def named_row(model, name: str, **defaults):
    """The row of a slugged `model` (author, theme, skill...) for this name, created on first sight."""
    name = name.strip()
    label = name[:1].upper() + name[1:]
    row, _ = model.objects.get_or_create(slug=name_slug(name), defaults={"name": label[:200], **defaults})
    return row


def _add_related(article: Article, relation: str, rows: list) -> None:
    manager = getattr(article, relation)
    through = manager.through
    source, target = manager.source_field_name, manager.target_field_name
    unique = list({row.pk: row for row in rows}.values())
    through.objects.bulk_create([through(**{source: article, target: row}) for row in unique])


def _free_slug(slug: str, warnings: list[str]) -> str:
    slug = (slug or "article")[:190]
    candidate, counter = slug, 2
    while Article.objects.filter(slug=candidate).exists():  # the unique index answers each
        candidate = f"{slug}-{counter}"
        counter += 1
    if candidate != slug:
        warnings.append(f"slug '{slug}' already taken: using '{candidate}'")
    return candidate
