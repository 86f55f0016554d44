"""Documents uploaded by editors, one file or a zip of them, through the one importer.

A zip is untrusted: what it may hide (paths out of the archive, too many members, a bomb) is
refused before anything is read.
"""

import tempfile
import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files import File

from articles.importing import DOCUMENT_SUFFIXES, FileReport, Status, import_bytes


def document_members(archive: zipfile.ZipFile) -> list[tuple[str, zipfile.ZipInfo | None]]:
    """The documents of an open archive as (name, info): refused names first (info None), then the
    documents in archive order; refusing what an untrusted archive may hide.

    Directories and other suffixes are skipped, absolute or `..` names refused; the member count and
    the total uncompressed size are capped (ValueError) before anything is read.
    """
    max_files = settings.IMPORT_MAX_FILES_IN_ZIP
    max_bytes = settings.IMPORT_MAX_UNCOMPRESSED_BYTES
    members, refused = [], []
    for info in archive.infolist():
        name = PurePosixPath(info.filename.replace("\\", "/"))
        if info.is_dir():
            continue
        if name.is_absolute() or ".." in name.parts:
            refused.append((info.filename, None))
        elif name.suffix.lower() in DOCUMENT_SUFFIXES:
            members.append((info.filename, info))
    if len(members) > max_files:
        raise ValueError(f"L'archive contient {len(members)} documents (maximum {max_files}).")
    total = sum(info.file_size for _, info in members)
    if total > max_bytes:
        raise ValueError(
            f"L'archive décompressée ferait {total // 1_000_000} Mo (maximum {max_bytes // 1_000_000} Mo)."
        )
    return refused + members


def zip_members(upload):
    """Yield (name, bytes) of the documents in a zip (bytes None for a refused name), each read when reached."""
    with zipfile.ZipFile(upload) as archive:
        for name, info in document_members(archive):
            yield name, archive.read(info) if info else None


def refused_report(name) -> FileReport:
    return FileReport(name, Status.ERROR, error=f"{name}: chemin refusé (absolu ou hors de l'archive)")


def document_count(upload) -> int:
    """How many documents an upload holds (a zip's, read from its directory only); 1 for a plain file
    or an archive refused as a whole (its report says why)."""
    count = 1
    if zipfile.is_zipfile(upload):
        try:
            with zipfile.ZipFile(upload) as archive:
                count = max(1, len(document_members(archive)))
        except (ValueError, zipfile.BadZipFile):
            pass
    upload.seek(0)
    return count


def import_upload(upload, *, dry_run, new_status=None):
    """Run the project's one importer on an uploaded file or on each document of a zip; new
    articles get `new_status` and existing ones keep theirs (`ImportBatch`), unless it is None."""
    name = PurePosixPath(upload.name).name
    if not zipfile.is_zipfile(upload):
        upload.seek(0)
        return [import_bytes(upload.read(), name, source_key=f"upload/{name}", dry_run=dry_run, new_status=new_status)]
    reports = []
    try:
        for member, raw in zip_members(upload):
            if raw is None:
                reports.append(refused_report(member))
            else:
                reports.append(
                    import_bytes(
                        raw, member, source_key=f"upload/{name}/{member}", dry_run=dry_run, new_status=new_status
                    )
                )
    except (ValueError, zipfile.BadZipFile) as error:
        reports.append(FileReport(name, Status.ERROR, error=str(error)))
    return reports


def queue_import(uploads, *, user, dry_run, new_status):
    """Keep the uploaded documents where every worker can read them (the default storage) and queue
    their import as a job (`articles.jobs`): one zip as it came, several files packed into one.

    Raises ValueError (or BadZipFile) when an archive is refused as a whole, before anything is queued.
    """
    from articles import jobs
    from articles.models import Job

    job = Job(kind=Job.Kind.IMPORT, created_by=user, options={"dry_run": dry_run, "new_status": new_status})
    if len(uploads) == 1 and zipfile.is_zipfile(uploads[0]):
        upload = uploads[0]
        name = PurePosixPath(upload.name).name
        with zipfile.ZipFile(upload) as archive:
            job.total = len(document_members(archive))
        upload.seek(0)
        job.label, job.options["source_prefix"] = name, f"upload/{name}/"  # the keys a direct import gives
        job.source.save(name, upload, save=False)
    else:
        with tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024) as packed:
            job.total = _pack(uploads, packed)
            job.label, job.options["source_prefix"] = f"{len(uploads)} fichiers", "upload/"
            job.source.save("envoi.zip", File(packed), save=False)
    job.save()
    jobs.start(job)
    return job


def _pack(uploads, packed) -> int:
    """Write the documents of several uploads into one zip, a zip's under its own name, as a direct
    import names them; a refused name keeps its name, so the job refuses it again and says so."""
    count = 0
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        for upload in uploads:
            name = PurePosixPath(upload.name).name
            if zipfile.is_zipfile(upload):
                for member, raw in zip_members(upload):
                    archive.writestr(member if raw is None else f"{name}/{member}", raw or b"")
                    count += 1
            else:
                upload.seek(0)
                archive.writestr(name, upload.read())
                count += 1
    packed.seek(0)
    return count
