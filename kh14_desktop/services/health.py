"""Is the installation's data sound? The database, the stored files, the key, the disk.

`check_data_folder` opens its own read-only connection, so the window can run it on a
background thread right after start-up while the person already works. A finding carries
a message code saying what is wrong and what to do; the recovery for a damaged database is
the latest backup that passes its own check (`recovery_backup`).

How damage shows up, and where:
- a file that is not a database at all: `Store.open` raises `store.corrupt` at once;
- damaged pages inside: the daily `quick_check` before the new day's backup raises
  `store.corrupt`; any query that meets them raises it too (the CLI maps it); and this
  check reports `health.database_damaged`;
- a stored file missing or altered on disk: this check, and `OfficeWork.evidence_path`
  when the file is opened.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import minisign

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import render
from kh14_desktop.services.backup import BackupInfo, latest_good_backup, quick_check
from kh14_desktop.services.backup.archive import read_only
from kh14_desktop.services.export_commit import COMMITTED, PENDING_PREFIX
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.signing import has_key, load_key_info
from kh14_desktop.store.attachments import AttachmentStore, FileState, human_size
from kh14_desktop.store.location import DataFolder

LOW_DISK_BYTES = 200 * 1024 * 1024
Progress = Callable[[int, int], None]  # files checked, files to check
ShouldStop = Callable[[], bool]


class Severity(StrEnum):
    PROBLEM = "problem"  # data is damaged or cannot be used
    WARNING = "warning"  # nothing lost yet, but the person should act


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "vi") -> str:
        return render(self.code, lang, **self.params)


@dataclass(frozen=True)
class HealthReport:
    database_problems: tuple[str, ...]  # what SQLite's check said; empty when sound
    full: bool  # integrity_check rather than quick_check
    checked_files: int
    findings: tuple[Finding, ...]
    stopped: bool = False  # cancelled part-way: what was checked is reported

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def database_damaged(self) -> bool:
        return bool(self.database_problems)


def check_installation(installation: Installation, *, full: bool = False,
                       progress: Progress | None = None,
                       should_stop: ShouldStop | None = None) -> HealthReport:
    return check_data_folder(installation.folder, full=full, progress=progress,
                             should_stop=should_stop)


def check_data_folder(folder: DataFolder, *, full: bool = False,
                      progress: Progress | None = None,
                      should_stop: ShouldStop | None = None) -> HealthReport:
    """Check everything; hashing every stored file is the slow part (progress, stoppable)."""
    findings: list[Finding] = []
    if not folder.database.exists():
        return HealthReport((), full, 0, ())  # nothing recorded yet
    try:
        connection = read_only(folder.database)
    except sqlite3.Error as exc:
        problems: list[str] = [str(exc)]
        return HealthReport(tuple(problems), full, 0, (_damaged(problems),))
    with contextlib.closing(connection):
        problems = quick_check(connection, full)
        if problems:
            # nothing else can be trusted; the recovery is a restore
            return HealthReport(tuple(problems), full, 0, (_damaged(problems),))
        findings.extend(_foreign_keys(connection))
        files, file_findings, stopped = _stored_files(connection, folder, progress,
                                                      should_stop)
        findings.extend(file_findings)
        findings.extend(_keys(connection, folder))
        findings.extend(_unfinished_exports(connection))
    findings.extend(_disk(folder))
    return HealthReport((), full, files, tuple(findings), stopped)


def recovery_backup(folder: DataFolder,
                    should_stop: ShouldStop | None = None) -> BackupInfo | None:
    """The newest backup that passes `check_backup`: what to offer for a damaged database."""
    return latest_good_backup(folder.backups, should_stop)


def _damaged(problems: list[str]) -> Finding:
    return Finding("health.database_damaged", Severity.PROBLEM,
                   {"detail": "; ".join(problems[:2])[:300]})


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}


def _foreign_keys(connection: sqlite3.Connection) -> list[Finding]:
    counts: dict[str, int] = {}
    for row in connection.execute("PRAGMA foreign_key_check"):
        counts[row[0]] = counts.get(row[0], 0) + 1
    return [Finding("health.foreign_keys", Severity.PROBLEM, {"count": n, "table": table})
            for table, n in sorted(counts.items())]


def _stored_files(connection: sqlite3.Connection, folder: DataFolder,
                  progress: Progress | None,
                  should_stop: ShouldStop | None) -> tuple[int, list[Finding], bool]:
    tables = _tables(connection)
    uses: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    if "activity_evidence" in tables:
        for sha, name, activity in connection.execute(
                "SELECT sha256, original_name, activity_id FROM activity_evidence"
                " ORDER BY activity_id, id"):
            uses.setdefault(sha, []).append(("evidence", {"name": name, "activity": activity}))
    if "received_reports" in tables:
        for sha, name, unit in connection.execute(
                "SELECT package_sha256, file_name, unit_id FROM received_reports ORDER BY id"):
            uses.setdefault(sha, []).append(("report", {"name": name, "unit": unit}))
    store = AttachmentStore(folder.attachments)
    findings: list[Finding] = []
    for done, (sha, users) in enumerate(sorted(uses.items())):
        if should_stop is not None and should_stop():
            return done, findings, True
        if progress is not None:
            progress(done, len(uses))
        state = store.state(sha)
        if state is FileState.OK:
            continue
        for kind, params in users:
            if kind == "evidence":
                code = ("health.evidence_missing" if state is FileState.MISSING
                        else "health.evidence_altered")
            else:
                code = "health.report_file_missing"
            findings.append(Finding(code, Severity.PROBLEM, {**params, "sha": sha[:12]}))
    if progress is not None:
        progress(len(uses), len(uses))
    return len(uses), findings, False


def _keys(connection: sqlite3.Connection, folder: DataFolder) -> list[Finding]:
    if "profile" not in _tables(connection) or connection.execute(
            "SELECT count(*) FROM profile").fetchone()[0] == 0:
        return []  # not set up yet: the key is made with the profile
    if not has_key(folder.keys):
        return [Finding("health.key_missing", Severity.WARNING)]
    try:
        info = load_key_info(folder.keys)
        secret = folder.keys / f"{info.key_id}.key"
        minisign.SecretKey.from_bytes(secret.read_bytes())
    except UserError as error:
        return [Finding("health.key_damaged", Severity.PROBLEM,
                        {"folder": str(folder.keys),
                         "detail": str(error.params.get("detail", error.code))})]
    except (OSError, minisign.Error) as exc:
        return [Finding("health.key_damaged", Severity.PROBLEM,
                        {"folder": str(folder.keys), "detail": str(exc)[:200]})]
    return []


def _unfinished_exports(connection: sqlite3.Connection) -> list[Finding]:
    if "settings" not in _tables(connection):
        return []
    findings = []
    for key, value in connection.execute("SELECT key, value FROM settings WHERE key LIKE ?",
                                         [PENDING_PREFIX + "%"]):
        with contextlib.suppress(ValueError, KeyError, TypeError):
            entry = json.loads(value)
            if entry["state"] == COMMITTED:
                findings.append(Finding("health.export_unfinished", Severity.WARNING, {
                    "sequence": key[len(PENDING_PREFIX):], "path": entry["files"][0]}))
    return findings


def _disk(folder: DataFolder) -> list[Finding]:
    try:
        free = shutil.disk_usage(folder.root).free
    except OSError:
        return []
    if free >= LOW_DISK_BYTES:
        return []
    return [Finding("health.disk_low", Severity.WARNING, {"free": human_size(free)})]
