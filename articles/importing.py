"""Document files → article rows, each file all or nothing, with a report.

The one importer: the `import_articles` command, the admin upload and the tests all call it.
Re-running it is safe: the file's path is its provenance key, and an unchanged file writes nothing.

Reading, rendering and figure extraction are pure (`articles.preparing`); on large batches they
run in worker processes, a bounded window ahead of the rows being written, so memory stays flat
and both cores work. New files are created a group at a time, in one transaction; should one of
them fail, the group is rolled back and each of its files is stored alone.
"""

import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Q
from taggit.models import Tag

from articles.cache import content_tables
from articles.documents import ArticleData, DocumentError, slugify_title
from articles.dry_runs import writes
from articles.models import Article, ArticleLink, Author, Skill, Theme
from articles.preparing import PreparedFile, prepare_body, prepare_bytes, prepare_file
from articles.sql import analyze_stale_tables

DOCUMENT_SUFFIXES = {".md", ".markdown", ".mdx", ".txt", ".text"}
PROGRESS_BAR_FROM = 10
PARALLEL_FROM = 50  # below this, starting worker processes costs more than it saves
FILES_PER_TASK = 8
TASKS_AHEAD_PER_WORKER = 3
# New files are created this many at a time: one transaction and one statement per table for
# the lot, rather than a transaction and some twenty statements each.
GROUP_SIZE = 32
KEYS_PER_QUERY = 500  # source keys looked up at a time, well within SQLite's bound on parameters


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
    keys = [provenance_key(path) for path in files]
    # A large batch (in workers) re-imported is mostly files already imported as they are: those
    # are only read (`prepare_bytes`). A few files cost little either way, and ask nothing first.
    stored_hashes = _stored_hashes(keys) if workers > 1 else [""] * len(keys)
    prepared_files = _prepared_in_order(list(zip(files, stored_hashes, strict=True)), workers)
    if progress:
        from tqdm import tqdm

        prepared_files = tqdm(prepared_files, total=len(files), unit="fichier", file=sys.stderr)
    batch, reports = ImportBatch(), []
    items = zip(prepared_files, keys, strict=True)
    while group := list(islice(items, GROUP_SIZE)):
        reports.extend(batch.store_group(group, dry_run=dry_run))
    if not dry_run:
        analyze_stale_tables(content_tables())  # the pages' next queries are planned on what is there now
    return reports


def _stored_hashes(keys: list[str]) -> list[str]:
    """The source hash of the article imported from each source key ("" for none): its file
    is only read again if its bytes are the same (`prepare_bytes`)."""
    stored = {}
    for start in range(0, len(keys), KEYS_PER_QUERY):
        chunk = [key[:500] for key in keys[start : start + KEYS_PER_QUERY]]
        stored.update(Article.objects.filter(source_path__in=chunk).values_list("source_path", "source_hash"))
    return [stored.get(key[:500], "") for key in keys]


def _prepared_in_order(files: list[tuple[Path, str]], workers: int) -> Iterator[PreparedFile]:
    """Each (path, stored hash) prepared, in order."""
    if workers <= 1:
        yield from (prepare_file(*file) for file in files)
        return
    # Files go to the workers a few at a time (each task has a cost of its own), and a group's
    # worth and more stays ahead, so the workers go on while a group is written.
    tasks = deque(files[start : start + FILES_PER_TASK] for start in range(0, len(files), FILES_PER_TASK))
    ahead = (GROUP_SIZE // FILES_PER_TASK) + workers * TASKS_AHEAD_PER_WORKER
    while tasks:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            window = deque()
            while tasks or window:
                while tasks and len(window) < ahead:
                    task = tasks.popleft()
                    window.append((task, pool.submit(_prepare_files, task)))
                task, future = window.popleft()
                try:
                    prepared = future.result()
                except BrokenProcessPool:
                    # A worker died (a crash in C code): its files are tried one per process,
                    # the others of the window go to a fresh pool.
                    tasks.extendleft(reversed([waiting for waiting, _ in window]))
                    yield from (_prepare_isolated(*file) for file in task)
                    break
                yield from prepared


def _prepare_isolated(path: Path, stored_hash: str) -> PreparedFile:
    """Prepare one file in a process of its own, so that a crash costs only this file."""
    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            return pool.submit(prepare_file, path, stored_hash).result()
        except BrokenProcessPool:
            return PreparedFile(str(path), error=f"{path}: le fichier a fait échouer le processus de lecture")


def _prepare_files(files: list[tuple[Path, str]]) -> list[PreparedFile]:
    return [prepare_file(*file) for file in files]


def import_bytes(
    raw: bytes, name: str, *, source_key: str | None = None, dry_run=False, new_status: str | None = None
) -> FileReport:
    """Import one document given as bytes (a file, an upload, a zip member); see `ImportBatch`
    for `new_status`."""
    batch = ImportBatch(new_status=new_status)
    return batch.store(prepare_bytes(raw, name), source_key=source_key or name, dry_run=dry_run)


class ImportBatch:
    """Writes prepared files, remembering the authors, skills, themes, tags and sources it saw.

    With `new_status` (the admin upload), new articles get that status and existing ones keep
    theirs, so an upload publishes nothing by surprise; without it (the command line), the
    front matter's status is used.
    """

    def __init__(self, *, new_status: str | None = None):
        self.new_status = new_status
        self._rows = {}  # (model, slug or name) → row
        self.sources = {}  # name → Source, shared with the statistics

    def store(self, prepared: PreparedFile, *, source_key: str, dry_run=False) -> FileReport:
        return self.store_group([(prepared, source_key)], dry_run=dry_run)[0]

    def store_group(self, items: list[tuple[PreparedFile, str]], *, dry_run=False) -> list[FileReport]:
        """Store (prepared file, source key) pairs, each all or nothing; a report for each, in order.

        The files that create an article are first written together in one transaction. Should
        any of them fail, that transaction is rolled back and each file is stored on its own, so
        one bad file never costs the others and its report says what went wrong.
        """
        reports = [None] * len(items)
        new = self._new_files(items)
        if len(new) > 1:
            try:
                created = self._atomically(self._create, [items[index] for index in new], dry_run=dry_run)
            except Exception:  # noqa: BLE001 — tried again file by file below, where the error is reported
                self._forget()
            else:
                for index, report in zip(new, created, strict=True):
                    reports[index] = report
        return [
            report or self._store_alone(prepared, source_key, dry_run=dry_run)
            for report, (prepared, source_key) in zip(reports, items, strict=True)
        ]

    def _store_alone(self, prepared: PreparedFile, source_key: str, *, dry_run: bool) -> FileReport:
        name = prepared.name
        if prepared.error:
            return FileReport(name, Status.ERROR, error=prepared.error)
        try:
            return self._atomically(self._store, prepared, source_key, dry_run=dry_run)
        except DocumentError as error:
            self._forget()
            return FileReport(name, Status.ERROR, error=f"{name}: {error}")
        except Exception as error:  # noqa: BLE001 — any failure of one file is reported, the batch goes on
            self._forget()
            reason = " ".join(str(error).split())[:200]
            return FileReport(
                name, Status.ERROR, error=f"{name}: échec de l'enregistrement ({type(error).__name__}: {reason})"
            )

    def _atomically(self, write, *args, dry_run: bool):
        """`write(*args)` in one transaction, rolled back for a dry run."""
        with writes(dry_run=dry_run):
            result = write(*args)
        if dry_run:
            self._forget()
        return result

    def _forget(self):
        """Rows remembered from a rolled-back transaction may not exist: look them up again."""
        self._rows.clear()
        self.sources.clear()

    def _new_files(self, items) -> list[int]:
        """Indexes of the files that will create an article, each the first of its path and bytes."""
        readable = [
            (index, source_key[:500], prepared.source_hash)
            for index, (prepared, source_key) in enumerate(items)
            if not prepared.error
        ]
        if len(readable) < 2:
            return []
        known = Article.objects.filter(
            Q(source_path__in=[path for _, path, _ in readable]) | Q(source_hash__in=[hash_ for *_, hash_ in readable])
        )
        seen_paths, seen_hashes = set(), set()
        for path, source_hash in known.values_list("source_path", "source_hash"):
            seen_paths.add(path)
            seen_hashes.add(source_hash)
        new = []
        for index, path, source_hash in readable:
            if path not in seen_paths and source_hash not in seen_hashes:
                new.append(index)
            # A second file of the same path or bytes is stored after the first, on its own.
            seen_paths.add(path)
            seen_hashes.add(source_hash)
        return new

    def _store(self, prepared: PreparedFile, source_key: str) -> FileReport:
        data, name = prepared.data, prepared.name
        warnings = list(data.warnings)
        # The same path, else the same bytes under another path (a moved file): both indexed.
        article = Article.objects.filter(source_path=source_key).first()
        if article is None:
            article = Article.objects.filter(source_hash=prepared.source_hash).first()
        if article is None:
            return self._create([(prepared, source_key)])[0]
        if article.source_hash == prepared.source_hash:
            return FileReport(name, Status.UNCHANGED, article.slug, warnings)
        if article.import_fingerprint and article.editable_fingerprint() != article.import_fingerprint:
            warnings.append(
                "article modifié dans l'admin depuis le dernier import : laissé tel que la rédaction l'a fait"
            )
            return FileReport(name, Status.CONFLICT, article.slug, warnings)
        self._apply(article, data, source_key, prepared.source_hash, warnings)
        article.import_fingerprint = article.editable_fingerprint()
        article.version += 1  # a form opened before this import is now stale
        article.save()
        self._replace_relations(article, data)
        return FileReport(name, Status.UPDATED, article.slug, warnings)

    def _create(self, items: list[tuple[PreparedFile, str]]) -> list[FileReport]:
        """Create an article for each new file: one statement per table for them all."""
        documents = [prepared.data for prepared, _ in items]
        self._look_up_named(Theme, [data.theme for data in documents if data.theme], create=True)
        self._look_up_named(Author, [name for data in documents for name in data.authors], create=True)
        self._look_up_named(Skill, [name for data in documents for name in data.skills])
        self._tags([name for data in documents for name in data.tags])
        slugs = _free_slugs([data.slug or slugify_title(data.title) for data in documents])
        articles, reports = [], []
        for (prepared, source_key), data, (slug, slug_warning) in zip(items, documents, slugs, strict=True):
            article = Article(slug=slug)
            warnings = [*data.warnings, *([slug_warning] if slug_warning else [])]
            self._apply(article, data, source_key, prepared.source_hash, warnings)
            article.import_fingerprint = article.editable_fingerprint()
            articles.append(article)
            reports.append(FileReport(prepared.name, Status.CREATED, slug, warnings))
        # A file read as unchanged (`prepare_bytes`) whose article has gone since is prepared now.
        bodies = [prepared.prepared or prepare_body(prepared.data.body) for prepared, _ in items]
        Article.objects.create_many(articles, bodies, sources=self.sources)
        self._add_relations(articles, documents)
        return reports

    def _apply(self, article: Article, data: ArticleData, source_key: str, source_hash: str, warnings: list) -> None:
        """Set the article's fields from the document, each checked as the model checks it.

        The status is the one the admin would allow (`Article.allowed_status`); a value the
        model refuses is dropped with a warning, or the file is refused when it cannot do without.
        """
        article.title = data.title[:300]
        article.description = data.description
        article.body = data.body
        article.updated_date = data.updated_date
        article.note = data.note
        article.canonical_url = data.canonical_url[:500]  # kept when an http(s) address: derive()
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
        _drop_invalid_values(article, warnings)
        wanted = _wanted_status(data)
        if self.new_status:  # the admin upload: a new article as chosen, an existing one as it is
            wanted = article.status if article.pk else self.new_status
        article.status, problems = article.allowed_status(wanted)
        if problems:
            warnings.append(f"non publié, enregistré comme brouillon : {' '.join(problems.values())}")
        article.publish_date = data.publish_date or article.publish_date  # a published one's default: derive()

    def _look_up_named(self, model, names: list[str], *, create=False) -> None:
        """Remember the existing rows of these names in one query, so that `_named` only has to
        create the new ones: a group of files names some twenty authors, skills and themes.

        With `create`, the missing rows are created too, in one insert, as `named()` would have
        created them one by one in this order (a bench group named five new authors a file). Not
        for skills: a new one takes the theme of the article naming it.
        """
        first_names = {}  # slug → the first name under it, which names its row
        for name in names:
            if name.strip():
                first_names.setdefault(model.objects.slug_of(name), name)
        unknown = [slug for slug in first_names if (model, slug) not in self._rows]
        if unknown:
            for row in model.objects.filter(slug__in=unknown):
                self._rows[(model, row.slug)] = row
        missing = [slug for slug in unknown if (model, slug) not in self._rows]
        if create and missing:
            created = [model(slug=slug, name=model.objects.label_of(first_names[slug])) for slug in missing]
            for row in model.objects.bulk_create(created):
                self._rows[(model, row.slug)] = row

    def _named(self, model, name: str, **defaults):
        key = (model, model.objects.slug_of(name))
        if key not in self._rows:
            self._rows[key] = model.objects.named(name, **defaults)
        return self._rows[key]

    def _tags(self, names: list[str]) -> list[Tag]:
        names = list(dict.fromkeys(name.strip()[:100] for name in names if name.strip()))
        missing = [name for name in names if (Tag, name) not in self._rows]
        if missing:
            for tag in Tag.objects.filter(name__in=missing):
                self._rows[(Tag, tag.name)] = tag
            self._create_tags([name for name in missing if (Tag, name) not in self._rows])
        return [self._rows[(Tag, name)] for name in names]

    def _create_tags(self, names: list[str]) -> None:
        """New tags in one insert, under taggit's slug of their name; a name whose slug is taken
        is saved alone, for taggit to find it another (`TagBase.save`). A bench import of 10,000
        files creates 3,000 tags: a save each cost a savepoint and an insert."""
        slugs = {name: Tag().slugify(name) for name in names}
        taken = set(Tag.objects.filter(slug__in=slugs.values()).values_list("slug", flat=True))
        fresh, clashing = [], []
        for name, slug in slugs.items():
            (clashing if slug in taken or not slug else fresh).append(name)
            taken.add(slug)
        for tag in Tag.objects.bulk_create([Tag(name=name, slug=slugs[name]) for name in fresh]):
            self._rows[(Tag, tag.name)] = tag
        for name in clashing:
            self._rows[(Tag, name)] = Tag.objects.create(name=name)

    def _authors(self, data: ArticleData) -> list[Author]:
        return _unique([self._named(Author, name) for name in data.authors if name.strip()])

    def _skills(self, data: ArticleData, theme) -> list[Skill]:
        return _unique([self._named(Skill, name, theme=theme) for name in data.skills if name.strip()])

    def _replace_relations(self, article: Article, data: ArticleData) -> None:
        article.authors.set(self._authors(data))
        article.skills.set(self._skills(data, article.theme))
        article.tags.set(self._tags(data.tags), clear=True)
        article.links.all().delete()
        _create_links([article], [data])

    def _add_relations(self, articles: list[Article], documents: list[ArticleData]) -> None:
        """The relations of articles just created: nothing to replace, one insert per table."""
        by_author, by_skill, tagged = Article.authors.through, Article.skills.through, Article.tags.through
        # Rows built from ids: setting an article or a generic object on each cost more than its insert.
        article_type = ContentType.objects.get_for_model(Article).pk
        author_rows, skill_rows, tag_rows = [], [], []
        for article, data in zip(articles, documents, strict=True):
            author_rows += [by_author(article_id=article.pk, author_id=author.pk) for author in self._authors(data)]
            skill_rows += [
                by_skill(article_id=article.pk, skill_id=skill.pk) for skill in self._skills(data, article.theme)
            ]
            tag_rows += [
                tagged(content_type_id=article_type, object_id=article.pk, tag_id=tag.pk)
                for tag in self._tags(data.tags)
            ]
        by_author.objects.bulk_create(author_rows)
        by_skill.objects.bulk_create(skill_rows)
        tagged.objects.bulk_create(tag_rows)
        _create_links(articles, documents)


# Fields the importer sets that the article can do without: a refused value is dropped.
_OPTIONAL_VALUES = {
    "description": "",
    "updated_date": None,
    "note": None,
    "canonical_url": "",
    "cover_alt": "",
    "metadata": {},
}
_CHECKED_FIELDS = ("title", "slug", "body", "source_path", "source_hash", *_OPTIONAL_VALUES)


def _drop_invalid_values(article: Article, warnings: list[str]) -> None:
    """Check the imported values as `full_clean` would: drop refused optional ones with a
    warning; raise DocumentError for the others, before anything is written."""
    checked = set(_CHECKED_FIELDS)
    try:
        article.clean_fields(exclude=[f.name for f in Article._meta.fields if f.name not in checked])
    except ValidationError as error:
        refused = []
        for name, messages in error.message_dict.items():
            field = Article._meta.get_field(name)
            if name not in _OPTIONAL_VALUES:
                refused.append(f"{field.verbose_name} : {' '.join(messages)}")
                continue
            value = str(getattr(article, name))[:60]
            warnings.append(f"{field.verbose_name} {value!r} refusée ({' '.join(messages)}) : valeur ignorée")
            setattr(article, name, _OPTIONAL_VALUES[name])
        if refused:
            raise DocumentError("valeur refusée : " + " ; ".join(refused)) from None


def _wanted_status(data: ArticleData) -> str:
    if data.in_review:
        return Article.Status.REVIEW
    return Article.Status.DRAFT if data.draft else Article.Status.PUBLISHED


def _create_links(articles: list[Article], documents: list[ArticleData]) -> None:
    """Store the links the documents list, those to existing articles already resolved."""
    targets = {
        link.target_slug
        for data in documents
        for link in data.links
        if link.kind == ArticleLink.Kind.ARTICLE and link.target_slug
    }
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
            for article, data in zip(articles, documents, strict=True)
            for position, link in enumerate(data.links)
        ]
    )


def _unique(rows: list) -> list:
    return list({row.pk: row for row in rows}.values())


def _free_slugs(wanted: list[str]) -> list[tuple[str, str]]:
    """A free slug for each wanted one, and a warning when it had to differ: one query for all
    unless some are taken."""
    wanted = [(slug or "article")[:190] for slug in wanted]
    taken = set(Article.objects.filter(slug__in=wanted).values_list("slug", flat=True))
    chosen = []
    for slug in wanted:
        candidate, counter = slug, 2
        while candidate in taken or (candidate != slug and Article.objects.filter(slug=candidate).exists()):
            candidate = f"{slug}-{counter}"
            counter += 1
        taken.add(candidate)
        chosen.append((candidate, f"slug '{slug}' already taken: using '{candidate}'" if candidate != slug else ""))
    return chosen
