"""Putting a backup back: check it, keep what is there now, then switch in one rename.

The order is what makes a power cut harmless:
1. the backup is checked from end to end and its database lands in a staging file beside
   the live one (`kh14.sqlite3.restoring.part`); nothing of the installation changed yet;
2. the current state is backed up (or, if it is too damaged to read, its files are copied
   aside as they are);
3. stored files the backup needs and this PC lacks are added: the store only grows and
   nothing refers to them yet, so this changes nothing visible;
4. the live database is checkpointed and taken out of WAL mode (this fails while any other
   window has it open, and the restore stops there);
5. one `os.replace` swaps the staging file in.
Cut off before step 5 the old state is intact (at worst with a stray staging file and some
extra stored files); after it, the new state is complete.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.services.backup.archive import (
    ATTACHMENTS_PREFIX,
    KEYS_PREFIX,
    BackupInfo,
    BackupReason,
    inspect_backup,
    opened_archive,
)
from kh14_desktop.services.backup.catalog import write_backup
from kh14_desktop.services.signing import load_key_info
from kh14_desktop.store.attachments import AttachmentStore, FileState
from kh14_desktop.store.files import atomic_output, atomic_write, sync_file, sync_folder
from kh14_desktop.store.location import DataFolder

STAGING_SUFFIX = ".restoring.part"
_CHUNK = 1024 * 1024
_LOCK_WAIT_SECONDS = 1.0
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    safety_backup: Path | None  # the state before the restore (None: there was none)
    files_restored: int  # stored files copied back from the backup
    files_missing: tuple[str, ...]  # needed, yet neither in the backup nor on this PC
    keys_restored: bool
    exports_kept: int  # exports made after the backup, kept so sequence numbers never repeat


def restore_backup(folder: DataFolder, path: Path) -> RestoreResult:
    """Replace the installation's data in `folder` with the backup at `path`.

    Every connection to the database must be closed first (close the `Installation` and
    the window's workers); another open window makes it fail with `backup.in_use`.
    """
    path = Path(path)
    try:
        folder.ensure()
    except OSError as exc:
        raise UserError("store.cannot_open", path=str(folder.root),
                        detail=exc.strerror or str(exc)) from exc
    staging = folder.database.with_name(folder.database.name + STAGING_SUFFIX)
    try:
        _remove(staging)
        info = inspect_backup(path, staging)
        safety = _keep_current(folder)
        kept = _carry_exports(folder.database, staging)
        restored, missing = _restore_files(folder, path, info)
        keys = _restore_keys(folder, path, info)
        sync_file(staging)
        _release(folder.database)
        try:
            os.replace(staging, folder.database)
        except PermissionError as exc:  # Windows: another program holds the file open
            raise UserError("backup.in_use") from exc
        sync_folder(folder.root)
    except OSError as exc:
        log.warning("restore of %s failed", path, exc_info=True)
        raise UserError("backup.failed", detail=exc.strerror or str(exc)) from exc
    finally:
        _remove(staging)
    log.info("restored %s (safety copy %s)", path, safety)
    return RestoreResult(info, safety, restored, tuple(sorted(missing)), keys, kept)


def recover_files(folder: DataFolder, path: Path) -> int:
    """Copy back, from a complete backup, the stored files this PC lost or that changed on
    disk, without touching the database; returns how many were copied."""
    with tempfile.TemporaryDirectory(prefix="kh14-check-") as temporary:
        info = inspect_backup(Path(path), Path(temporary) / "kh14.sqlite3")
    try:
        restored, _missing = _restore_files(folder, Path(path), info)
    except OSError as exc:
        raise UserError("backup.failed", detail=exc.strerror or str(exc)) from exc
    return restored


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _keep_current(folder: DataFolder) -> Path | None:
    database = folder.database
    if not database.exists():
        return None
    try:
        with contextlib.closing(sqlite3.connect(database, timeout=_LOCK_WAIT_SECONDS)) as db:
            return write_backup(folder, db, BackupReason.BEFORE_RESTORE)
    except (sqlite3.DatabaseError, UserError) as exc:
        if isinstance(exc, UserError) and exc.code != "store.corrupt":
            raise
        # too damaged to read: keep its files exactly as they are, for a specialist
        log.warning("current database unreadable, copying its files aside", exc_info=True)
        aside = folder.backups / f"damaged-{dt.datetime.now():%Y%m%d-%H%M%S}"
        aside.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            source = database.with_name(database.name + suffix)
            if source.exists():
                shutil.copyfile(source, aside / source.name)
        return aside


def _carry_exports(current: Path, staging: Path) -> int:
    """Exports made after the backup stay on record: the province already holds those files,
    and the next export must not reuse their sequence numbers."""
    if not current.exists():
        return 0
    try:
        with contextlib.closing(sqlite3.connect(current, timeout=_LOCK_WAIT_SECONDS)) as db:
            columns = [row[1] for row in db.execute("PRAGMA table_info(exports)")]
            rows = db.execute(f"SELECT {', '.join(columns)} FROM exports").fetchall() \
                if columns else []
    except sqlite3.DatabaseError:
        log.warning("exports of the replaced database unreadable", exc_info=True)
        return 0
    if not rows:
        return 0
    with contextlib.closing(sqlite3.connect(staging)) as db:
        ours = [row[1] for row in db.execute("PRAGMA table_info(exports)")]
        if "sequence" not in ours:
            return 0
        shared = [name for name in columns if name in ours]
        have = {row[0] for row in db.execute("SELECT sequence FROM exports")}
        index = columns.index("sequence")
        extra = [row for row in rows if row[index] not in have]
        with db:
            db.executemany(
                f"INSERT INTO exports ({', '.join(shared)}) VALUES"
                f" ({', '.join('?' for _ in shared)})",
                [[row[columns.index(name)] for name in shared] for row in extra])
    return len(extra)


def _restore_files(folder: DataFolder, path: Path, info: BackupInfo) -> tuple[int, set[str]]:
    store = AttachmentStore(folder.attachments)
    restored = 0
    missing: set[str] = set()
    with opened_archive(path) as archive:
        for sha in sorted(info.referenced_files):
            target = store.path_of(sha)
            if sha not in info.included_files or archive is None:
                if not target.exists():
                    missing.add(sha)
                continue
            if target.exists() and store.state(sha) is FileState.OK:
                continue
            with archive.open(f"{ATTACHMENTS_PREFIX}{sha[:2]}/{sha}") as source, \
                    atomic_output(target) as out:
                hasher = hashlib.sha256()
                while chunk := source.read(_CHUNK):
                    hasher.update(chunk)
                    out.write(chunk)
                if hasher.hexdigest() != sha:  # checked a moment ago; the file changed since
                    raise UserError("backup.damaged", path=str(path), detail=sha)
            restored += 1
    return restored, missing


def _usable_key(keys: Path) -> bool:
    try:
        info = load_key_info(keys)
    except UserError:
        return False
    return (keys / f"{info.key_id}.key").is_file()


def _restore_keys(folder: DataFolder, path: Path, info: BackupInfo) -> bool:
    """The backup's keys come back only when this PC has no usable key: a key made or
    rotated since the backup is the one the province trusts now."""
    if not info.has_keys or _usable_key(folder.keys):
        return False
    with opened_archive(path) as archive:
        if archive is None:
            return False
        names = sorted((name for name in archive.namelist() if name.startswith(KEYS_PREFIX)),
                       key=lambda name: name.endswith("/current.json"))  # it makes a key live
        for name in names:
            relative = name[len(KEYS_PREFIX):].split("/")
            atomic_write(folder.keys.joinpath(*relative), archive.read(name))
    return True


def _release(database: Path) -> None:
    """Fold the WAL into the database file and leave WAL mode, so that no `-wal` of the old
    database can be replayed onto the new one; only possible when no one else has it open."""
    if not database.exists():
        return
    try:
        with contextlib.closing(sqlite3.connect(database, timeout=_LOCK_WAIT_SECONDS)) as db:
            mode = db.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc):
            raise UserError("backup.in_use") from exc
        mode = "delete"  # damaged: its files were copied aside already
    if str(mode).lower() != "delete":
        raise UserError("backup.in_use")
    for suffix in ("-wal", "-shm"):
        _remove(database.with_name(database.name + suffix))
