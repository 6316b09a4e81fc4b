"""The backup file: one ZIP holding a consistent copy of the database, the keys folder and,
in a complete backup, the evidence and report files the database refers to.

    kh14.sqlite3            the database, copied with SQLite's online backup API
    keys/…                  the keys folder as it was (the private key is passphrase-encrypted)
    attachments/ab/abcd…    stored files, under their SHA-256 (complete backups only)
    backup.json             what the backup holds; written last, read first

The attachment store only ever grows (a file is never changed or deleted), so a backup that
only *names* the files it needs is enough on the PC that made it; a complete backup also
carries them, to move the data to another PC or to recover files lost from the disk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO

from kh14_desktop import __version__
from kh14_desktop.domain.errors import UserError
from kh14_desktop.store.migrations import LATEST_VERSION

FORMAT = "kh14-backup"
FORMAT_VERSION = 1
META_NAME = "backup.json"
DATABASE_NAME = "kh14.sqlite3"
ATTACHMENTS_PREFIX = "attachments/"
KEYS_PREFIX = "keys/"
SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"
MAX_META_BYTES = 16 * 1024 * 1024
MAX_KEY_FILE_BYTES = 1024 * 1024
_CHUNK = 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_ATTACHMENT_MEMBER = re.compile(r"^attachments/([0-9a-f]{2})/([0-9a-f]{64})$")
_KEY_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$")

Progress = Callable[[int, int], None]  # done, total (files)


class BackupReason(StrEnum):
    MANUAL = "manual"  # asked for by the person: kept until they delete it
    DAILY = "daily"
    IMPORT = "import"
    EXPORT = "export"
    MIGRATION = "migration"
    BEFORE_RESTORE = "before-restore"  # the data a restore replaced: kept like a manual one

    @property
    def automatic(self) -> bool:
        return self not in (BackupReason.MANUAL, BackupReason.BEFORE_RESTORE)


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, once it has been checked from end to end."""

    path: Path
    created: dt.datetime  # UTC
    reason: BackupReason
    app_version: str
    schema_version: int
    complete: bool  # carries the stored files themselves, not only their names
    plan_id: str | None
    unit_id: str | None
    is_admin: bool
    counts: dict[str, int] = field(default_factory=dict)  # rows per table
    referenced_files: frozenset[str] = frozenset()  # SHA-256 of every stored file it needs
    included_files: frozenset[str] = frozenset()  # those inside the backup, checked
    has_keys: bool = False
    size: int = 0


# writing ----------------------------------------------------------------------------------
def read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; the URI form escapes spaces, `?` and `#` in Windows paths."""
    return sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)


def snapshot_database(connection: sqlite3.Connection, target: Path) -> None:
    """A consistent copy through the online backup API, as a single self-contained file."""
    with contextlib.closing(sqlite3.connect(target)) as copy:
        connection.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # no -wal beside it to lose


def referenced_files(database: sqlite3.Connection) -> set[str]:
    """Every stored file the database needs: evidence, and the admin's received reports."""
    tables = {row[0] for row in database.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    found: set[str] = set()
    if "attachments" in tables:
        found.update(row[0] for row in database.execute("SELECT sha256 FROM attachments"))
    if "received_reports" in tables:
        found.update(row[0] for row in database.execute(
            "SELECT package_sha256 FROM received_reports"))
    return {sha for sha in found if isinstance(sha, str) and _SHA256.match(sha)}


def key_files(keys_folder: Path) -> list[tuple[str, Path]]:
    """(member name, path) of every plain file in the keys folder, two levels deep at most."""
    found: list[tuple[str, Path]] = []
    if not keys_folder.is_dir():
        return found
    for path in sorted(keys_folder.rglob("*")):
        relative = path.relative_to(keys_folder).parts
        if (path.is_symlink() or not path.is_file() or len(relative) > 2
                or path.name.endswith(".part")
                or not all(_KEY_PART.match(part) for part in relative)):
            continue
        found.append((KEYS_PREFIX + "/".join(relative), path))
    return found


def write_archive(stream: BinaryIO, snapshot: Path, reason: BackupReason, keys_folder: Path,
                  attachments: Callable[[str], Path] | None,
                  progress: Progress | None = None) -> None:
    """Fill `stream` with a backup of `snapshot`; `attachments` maps a hash to its stored file
    when the backup is to carry the files (a complete backup)."""
    with contextlib.closing(read_only(snapshot)) as db:
        meta = _describe(db)
        needed = sorted(referenced_files(db))
    meta.update(format=FORMAT, format_version=FORMAT_VERSION, reason=reason.value,
                created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                app_version=__version__, complete=attachments is not None,
                files=needed, database={"sha256": _sha256_file(snapshot),
                                        "size": snapshot.stat().st_size})
    included: list[str] = []
    # level 1: a backup runs before every import and export on old PCs; speed over size
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED, allowZip64=True,
                         compresslevel=1) as archive:
        archive.write(snapshot, DATABASE_NAME)
        keys = {}
        for name, path in key_files(keys_folder):
            data = path.read_bytes()
            archive.writestr(name, data)
            keys[name] = hashlib.sha256(data).hexdigest()
        meta["keys"] = keys
        if attachments is not None:
            for done, sha in enumerate(needed):
                if progress is not None:
                    progress(done, len(needed))
                if _copy_checked(archive, attachments(sha), sha):
                    included.append(sha)
        meta["included"] = included
        archive.writestr(META_NAME, json.dumps(meta, ensure_ascii=False, indent=1))
    if progress is not None:
        progress(len(needed), len(needed))


def _copy_checked(archive: zipfile.ZipFile, source: Path, sha: str) -> bool:
    """Copy a stored file in, unless it is missing; a changed one goes in but is not listed
    as included, so a restore never brings it back."""
    hasher = hashlib.sha256()
    try:
        stream = source.open("rb")
    except OSError:
        return False
    info = zipfile.ZipInfo(f"{ATTACHMENTS_PREFIX}{sha[:2]}/{sha}",
                           date_time=dt.datetime.now().timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED  # scans, photos and PDFs barely compress
    with stream, archive.open(info, "w", force_zip64=True) as out:
        while chunk := stream.read(_CHUNK):
            hasher.update(chunk)
            out.write(chunk)
    return hasher.hexdigest() == sha


def _describe(db: sqlite3.Connection) -> dict[str, Any]:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    tables = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name")]
    counts = {name: int(db.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0])
              for name in tables}
    profile = None
    if "profile" in tables:
        row = db.execute("SELECT plan_id, unit_id, is_admin FROM profile").fetchone()
        if row is not None:
            profile = {"plan_id": row[0], "unit_id": row[1], "is_admin": bool(row[2])}
    return {"schema_version": version, "counts": counts, "profile": profile}


def _sha256_file(path: Path) -> str:
    hasher = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            hasher.update(chunk)
    return hasher.hexdigest()


# reading and checking -----------------------------------------------------------------------
def _damaged(path: Path, detail: str) -> UserError:
    return UserError("backup.damaged", path=str(path), detail=detail)


def inspect_backup(path: Path, database_target: Path) -> BackupInfo:
    """Check a backup from end to end, leaving its database at `database_target`.

    Refuses (UserError) anything but a sound backup of a schema this program understands:
    every ZIP member is read (CRC), the database must match its recorded hash and pass
    `PRAGMA integrity_check`, and stored files must hash to their names.
    """
    if path.is_dir():
        raise UserError("backup.not_a_backup", path=str(path))
    try:
        with path.open("rb") as stream:
            magic = stream.read(16)
    except FileNotFoundError:
        raise UserError("backup.not_found", path=str(path)) from None
    except OSError as exc:
        raise _damaged(path, exc.strerror or str(exc)) from exc
    if magic.startswith(SQLITE_MAGIC):  # the plain copy taken before a migration
        _copy_file(path, database_target)
        return _database_info(path, database_target, {}, BackupReason.MIGRATION, None,
                              frozenset(), False)
    if not magic.startswith(ZIP_MAGIC):
        raise UserError("backup.not_a_backup", path=str(path))
    try:
        with zipfile.ZipFile(path) as archive:
            return _inspect_archive(path, archive, database_target)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise _damaged(path, str(exc)) from exc
    except OSError as exc:
        raise _damaged(path, exc.strerror or str(exc)) from exc


def _inspect_archive(path: Path, archive: zipfile.ZipFile, database_target: Path) -> BackupInfo:
    names = [info.filename for info in archive.infolist()]
    if len(names) != len(set(names)):
        raise _damaged(path, "duplicate member")
    if META_NAME not in names or DATABASE_NAME not in names:
        raise UserError("backup.not_a_backup", path=str(path))
    meta_info = archive.getinfo(META_NAME)
    if meta_info.file_size > MAX_META_BYTES:
        raise _damaged(path, f"{META_NAME} too large")
    try:
        meta = json.loads(archive.read(META_NAME))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _damaged(path, f"{META_NAME}: {exc}") from exc
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise UserError("backup.not_a_backup", path=str(path))
    version = meta.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged(path, "format_version")
    if version > FORMAT_VERSION:
        raise UserError("backup.newer", path=str(path), found=f"backup {version}",
                        supported=f"backup {FORMAT_VERSION}")
    try:
        reason = BackupReason(meta.get("reason"))
    except ValueError:
        reason = BackupReason.MANUAL
    recorded = meta.get("database")
    if not isinstance(recorded, dict):
        raise _damaged(path, "database record")
    declared = archive.getinfo(DATABASE_NAME).file_size
    if declared != recorded.get("size"):
        raise _damaged(path, f"{DATABASE_NAME}: size differs")
    if declared > shutil.disk_usage(database_target.parent).free:
        raise UserError("backup.failed", detail=f"{declared // 2**20} MB needed")
    with archive.open(DATABASE_NAME) as source, database_target.open("wb") as out:
        hasher = hashlib.sha256()
        while chunk := source.read(_CHUNK):
            hasher.update(chunk)
            out.write(chunk)
    if hasher.hexdigest() != recorded.get("sha256"):
        raise _damaged(path, f"{DATABASE_NAME}: hash differs")
    included: set[str] = set()
    listed = {sha for sha in meta.get("included", []) if isinstance(sha, str)} \
        if isinstance(meta.get("included"), list) else set()
    has_keys = False
    for name in names:
        if name in (META_NAME, DATABASE_NAME):
            continue
        matched = _ATTACHMENT_MEMBER.match(name)
        if matched:
            if matched.group(1) != matched.group(2)[:2]:
                raise _damaged(path, f"{name}: wrong folder")
            if _member_sha256(archive, name) == matched.group(2) and \
                    matched.group(2) in listed:
                included.add(matched.group(2))
        elif name.startswith(KEYS_PREFIX) and _safe_key_member(name):
            if archive.getinfo(name).file_size > MAX_KEY_FILE_BYTES:
                raise _damaged(path, f"{name} too large")
            archive.read(name)  # the CRC check
            has_keys = True
        else:
            raise _damaged(path, f"unexpected member {name[:80]!r}")
    created = _parse_time(meta.get("created"))
    app_version = meta.get("app_version")
    return _database_info(path, database_target, {"created": created, "app": app_version},
                          reason, meta.get("profile"), frozenset(included), has_keys,
                          complete=bool(meta.get("complete")))


def _safe_key_member(name: str) -> bool:
    parts = name[len(KEYS_PREFIX):].split("/")
    return 1 <= len(parts) <= 2 and all(_KEY_PART.match(part) for part in parts)


def _member_sha256(archive: zipfile.ZipFile, name: str) -> str:
    hasher = hashlib.sha256()
    with archive.open(name) as stream:
        while chunk := stream.read(_CHUNK):
            hasher.update(chunk)
    return hasher.hexdigest()


def _parse_time(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _database_info(path: Path, database: Path, extra: dict[str, Any], reason: BackupReason,
                   profile: object, included: frozenset[str], has_keys: bool,
                   complete: bool = False) -> BackupInfo:
    try:
        with contextlib.closing(read_only(database)) as db:
            rows = [row[0] for row in db.execute("PRAGMA integrity_check(20)")]
            if rows != ["ok"]:
                raise _damaged(path, "; ".join(str(row) for row in rows[:3]))
            described = _describe(db)
            needed = frozenset(referenced_files(db))
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc
    version = described["schema_version"]
    if version > LATEST_VERSION:
        raise UserError("backup.newer", path=str(path), found=version, supported=LATEST_VERSION)
    profile = described["profile"] or (profile if isinstance(profile, dict) else None) or {}
    created = extra.get("created") or dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    return BackupInfo(
        path=path, created=created, reason=reason,
        app_version=extra.get("app") if isinstance(extra.get("app"), str) else "",
        schema_version=version, complete=complete, plan_id=profile.get("plan_id"),
        unit_id=profile.get("unit_id"), is_admin=bool(profile.get("is_admin")),
        counts=described["counts"], referenced_files=needed,
        included_files=included & needed, has_keys=has_keys, size=path.stat().st_size)


def _copy_file(source: Path, target: Path) -> None:
    with source.open("rb") as stream, target.open("wb") as out:
        shutil.copyfileobj(stream, out, _CHUNK)


@contextlib.contextmanager
def opened_archive(path: Path) -> Iterator[zipfile.ZipFile | None]:
    """The backup's ZIP (None for a plain database copy), for taking its files out."""
    with path.open("rb") as stream:
        is_zip = stream.read(4) == ZIP_MAGIC
    if not is_zip:
        yield None
        return
    with zipfile.ZipFile(path) as archive:
        yield archive
