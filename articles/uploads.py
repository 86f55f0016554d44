"""Documents uploaded by editors, one file or a zip of them, through the one importer.

A zip is untrusted: what it may hide (paths out of the archive, too many members, a bomb) is
refused before anything is read.
"""

import zipfile
from pathlib import PurePosixPath

from django.conf import settings

from articles.importing import DOCUMENT_SUFFIXES, FileReport, Status, import_bytes


def zip_members(upload):
    """Yield (name, bytes) of the documents in a zip, refusing what an untrusted archive may hide.

    Directories and other suffixes are skipped, absolute or `..` names refused; the member count and the
    total uncompressed size are capped before anything is read.
    """
    max_files = settings.IMPORT_MAX_FILES_IN_ZIP
    max_bytes = settings.IMPORT_MAX_UNCOMPRESSED_BYTES
    with zipfile.ZipFile(upload) as archive:
        members, refused = [], []
        for info in archive.infolist():
            name = PurePosixPath(info.filename.replace("\\", "/"))
            if info.is_dir():
                continue
            if name.is_absolute() or ".." in name.parts:
                refused.append(info.filename)
            elif name.suffix.lower() in DOCUMENT_SUFFIXES:
                members.append(info)
        if len(members) > max_files:
            raise ValueError(f"L'archive contient {len(members)} documents (maximum {max_files}).")
        total = sum(info.file_size for info in members)
        if total > max_bytes:
            raise ValueError(
                f"L'archive décompressée ferait {total // 1_000_000} Mo (maximum {max_bytes // 1_000_000} Mo)."
            )
        for filename in refused:
            yield filename, None
        for info in members:
            yield info.filename, archive.read(info)


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
                reports.append(
                    FileReport(member, Status.ERROR, error=f"{member}: chemin refusé (absolu ou hors de l'archive)")
                )
            else:
                reports.append(
                    import_bytes(
                        raw, member, source_key=f"upload/{name}/{member}", dry_run=dry_run, new_status=new_status
                    )
                )
    except (ValueError, zipfile.BadZipFile) as error:
        reports.append(FileReport(name, Status.ERROR, error=str(error)))
    return reports
