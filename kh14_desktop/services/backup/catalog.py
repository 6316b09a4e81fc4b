"""Taking backups, naming them, finding them again and keeping their number bounded.

Backups live in the data folder's `backups/` as `kh14-backup-YYYYMMDD-HHMMSS-<reason>.zip`
(local time, so a person can pick one by its name). Automatic ones are rotated: the newest
`KEEP_LAST_AUTOMATIC`, plus the first of each of the last `KEEP_DAYS` days (the start-of-day
copy, taken only after a `quick_check`, so a damaged database never pushes out the good
copies). Manual backups and the copies a restore keeps are never deleted by the program.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.services.backup.archive import (
    BackupInfo,
    BackupReason,
    Progress,
    inspect_backup,
    snapshot_database,
    write_archive,
)
from kh14_desktop.services.installation import Installation
from kh14_desktop.store.attachments import AttachmentStore
from kh14_desktop.store.errors import known_error
from kh14_desktop.store.files import PART_SUFFIX, atomic_output
from kh14_desktop.store.location import DataFolder

KEEP_LAST_AUTOMATIC = 10
KEEP_DAYS = 14
STALE_PART_AGE = dt.timedelta(hours=6)
BACKUP_PREFIX = "kh14-backup-"
_NAME = re.compile(r"^kh14-backup-(\d{8})-(\d{6})-([a-z]+(?:-[a-z]+)*)(?:-(\d+))?\.zip$")
# written by Store.open, which sits below the services and keeps a plain SQLite copy
_MIGRATION_NAME = re.compile(r"^before-migration-v\d+-(\d{8})-(\d{6})\.sqlite3$")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupEntry:
    """A backup file found in the backup folder (read from its name; not yet checked)."""

    path: Path
    taken: dt.datetime  # local time, naive, as in the name
    reason: BackupReason
    size: int
    order: int = 0  # several in the same second

    @property
    def automatic(self) -> bool:
        return self.reason.automatic


def _entry(path: Path) -> BackupEntry | None:
    matched = _NAME.match(path.name)
    if matched:
        day, time, reason_text, order = matched.groups()
        try:
            reason = BackupReason(reason_text)
        except ValueError:
            reason = BackupReason.MANUAL  # an unknown kind is never deleted automatically
    else:
        matched = _MIGRATION_NAME.match(path.name)
        if not matched:
            return None
        (day, time), reason, order = matched.groups(), BackupReason.MIGRATION, None
    try:
        taken = dt.datetime.strptime(day + time, "%Y%m%d%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupEntry(path, taken, reason, size, int(order or 0))


def list_backups(folder: Path) -> list[BackupEntry]:
    """The backups in `folder`, newest first; half-written ones (`*.part`) are not listed."""
    try:
        paths = [path for path in folder.iterdir() if path.is_file()]
    except OSError:
        return []
    entries = [entry for entry in map(_entry, paths) if entry is not None]
    return sorted(entries, key=lambda e: (e.taken, e.order, e.path.name), reverse=True)


def backup_name(moment: dt.datetime, reason: BackupReason, order: int = 0) -> str:
    suffix = f"-{order}" if order else ""
    return f"{BACKUP_PREFIX}{moment:%Y%m%d-%H%M%S}-{reason.value}{suffix}.zip"


def _free_name(folder: Path, reason: BackupReason, now: dt.datetime | None) -> Path:
    moment = now or dt.datetime.now()
    order = 0
    while (folder / backup_name(moment, reason, order)).exists():
        order += 1
    return folder / backup_name(moment, reason, order)


# taking one ---------------------------------------------------------------------------------
def write_backup(folder: DataFolder, connection: sqlite3.Connection, reason: BackupReason,
                 target: Path | None = None, include_files: bool | None = None,
                 progress: Progress | None = None, now: dt.datetime | None = None) -> Path:
    """Back up the database open on `connection`, with `folder`'s keys (and files)."""
    if include_files is None:
        include_files = reason is BackupReason.MANUAL
    target = Path(target) if target is not None else _free_name(folder.backups, reason, now)
    store = AttachmentStore(folder.attachments)
    snapshot: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # the snapshot is as large as the database: beside the target, not in a small /tmp
        handle, name = tempfile.mkstemp(prefix=".snapshot-", suffix=PART_SUFFIX,
                                        dir=target.parent)
        os.close(handle)
        snapshot = Path(name)
        snapshot_database(connection, snapshot)
        with atomic_output(target) as stream:
            write_archive(stream, snapshot, reason, folder.keys,
                          store.path_of if include_files else None, progress)
    except sqlite3.Error as exc:
        known = known_error(exc, folder.database)
        if known is not None:
            raise known from exc
        raise
    except OSError as exc:
        log.warning("backup to %s failed", target, exc_info=True)
        raise UserError("backup.failed", detail=exc.strerror or str(exc)) from exc
    finally:
        if snapshot is not None:
            with contextlib.suppress(OSError):
                snapshot.unlink()
    log.info("backup written: %s (%s)", target, reason.value)
    if reason.automatic and target.parent == folder.backups:
        rotate_backups(folder.backups)
    return target


def create_backup(installation: Installation, reason: BackupReason = BackupReason.MANUAL, *,
                  target: Path | None = None, include_files: bool | None = None,
                  progress: Progress | None = None, now: dt.datetime | None = None) -> Path:
    """Back up the installation; a manual backup also carries the stored files.

    Without `target`, the file goes to the backup folder under a dated name. Run it on the
    thread that owns `installation.store` (the database worker in the window).
    """
    return write_backup(installation.folder, installation.store.conn, reason, target,
                        include_files, progress, now)


def backup_before(installation: Installation, reason: BackupReason) -> Path:
    """The automatic copy before an import, export or restore: refuse to go on without it."""
    try:
        return create_backup(installation, reason)
    except UserError as error:
        if error.code != "backup.failed":
            raise
        raise UserError("backup.before_failed", **error.params) from error


def daily_backup_if_due(installation: Installation,
                        today: dt.date | None = None) -> Path | None:
    """The first start of a day takes a backup (after a `quick_check`); later ones do not.

    Cheap when not due: one listing of the backup folder. A database that fails the check
    raises `store.corrupt`: the person is then offered the latest good backup.
    """
    today = today or dt.date.today()
    if installation.profile() is None:
        return None  # nothing recorded yet
    if any(entry.taken.date() == today for entry in list_backups(installation.folder.backups)):
        return None
    problems = quick_check(installation.store.conn)
    if problems:
        log.error("quick_check failed: %s", problems)
        raise UserError("store.corrupt", path=str(installation.folder.database))
    return create_backup(installation, BackupReason.DAILY)


def quick_check(connection: sqlite3.Connection, full: bool = False) -> list[str]:
    """SQLite's own check of the database file: [] when sound, else what it found."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}(20)")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


# rotation -----------------------------------------------------------------------------------
def rotate_backups(folder: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps; returns what was deleted."""
    now = now or dt.datetime.now()
    automatic = [entry for entry in list_backups(folder) if entry.automatic]
    keep = {entry.path for entry in automatic[:KEEP_LAST_AUTOMATIC]}
    first_of_day: dict[dt.date, BackupEntry] = {}
    for entry in automatic:  # newest first, so the last one seen is the day's first
        if (now.date() - entry.taken.date()).days < KEEP_DAYS:
            first_of_day[entry.taken.date()] = entry
    keep.update(entry.path for entry in first_of_day.values())
    deleted = []
    for entry in automatic:
        if entry.path not in keep:
            with contextlib.suppress(OSError):
                entry.path.unlink()
                deleted.append(entry.path)
    _remove_stale_parts(folder, now)
    return deleted


def _remove_stale_parts(folder: Path, now: dt.datetime) -> None:
    # left by a backup that was cut short; a young one may still be being written
    for path in folder.glob(f"*{PART_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - dt.datetime.fromtimestamp(path.stat().st_mtime) > STALE_PART_AGE:
                path.unlink()


# checking -----------------------------------------------------------------------------------
def check_backup(path: Path) -> BackupInfo:
    """Check a backup from end to end without touching any data; UserError if unusable."""
    with tempfile.TemporaryDirectory(prefix="kh14-check-") as temporary:
        return inspect_backup(Path(path), Path(temporary) / "kh14.sqlite3")


def latest_good_backup(folder: Path,
                       should_stop: Callable[[], bool] | None = None) -> BackupInfo | None:
    """The newest backup in `folder` that passes `check_backup`, or None."""
    for entry in list_backups(folder):
        if should_stop is not None and should_stop():
            return None
        try:
            return check_backup(entry.path)
        except UserError as error:
            log.warning("backup %s is not usable: %s", entry.path, error.message("en"))
    return None
