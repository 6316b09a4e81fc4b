"""What the window and the `kh14` command do right after opening an installation.

Cheap by design (a folder listing and a settings lookup when there is nothing to do), so it
runs before any work: an export a power cut interrupted is settled, and the first start of
a day takes the day's backup. The slower full check (`health.check_data_folder`) is the
window's to run in the background.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import render
from kh14_desktop.services import import_log
from kh14_desktop.services.backup import daily_backup_if_due
from kh14_desktop.services.backup.catalog import STALE_PART_AGE
from kh14_desktop.services.export_commit import finish_pending_exports
from kh14_desktop.services.installation import Installation
from kh14_desktop.store.errors import known_error
from kh14_desktop.store.files import PART_SUFFIX
from kh14_desktop.store.location import DataFolder
from kh14_desktop.store.migrations.m0006_vouching import REVIEW_VOUCHED_BEFORE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StartupReport:
    backup: Path | None  # the new day's backup, when one was taken
    finished_exports: tuple[Path, ...]  # files of an interrupted export now in place
    warnings: tuple[UserError, ...]  # worth telling; the program still works


def start_installation(installation: Installation,
                       today: dt.date | None = None) -> StartupReport:
    """Settle interrupted exports and take the day's backup if due.

    A damaged database raises `store.corrupt` (offer `health.recovery_backup`); a backup
    that cannot be written is only a warning, so an urgent report can still go out.
    """
    try:
        pending = finish_pending_exports(installation.store)
        warnings: list[UserError] = list(pending.unfinished)
        backup = None
        try:
            backup = daily_backup_if_due(installation, today)
        except UserError as error:
            if error.code == "store.corrupt":
                raise
            log.warning("the day's backup failed: %s", error.message("en"))
            warnings.append(error)
        log_reports_to_review_once(installation)
    except sqlite3.Error as exc:  # damaged pages met on the way: the same recovery
        known = known_error(exc, installation.folder.database)
        if known is None:
            raise
        raise known from exc
    if backup is not None:  # once a day is often enough to sweep
        remove_stale_parts(installation.folder)
    return StartupReport(backup, tuple(pending.finished), tuple(warnings))


REVIEWS_LOGGED = "import_log.reviews_before_v6"


def log_reports_to_review_once(installation: Installation) -> int:
    """Put the reports schema version 6 marked for review into the import log, once: they
    came inside a consolidated file, signed by a key that is not their unit's trusted one."""
    store = installation.store
    if store.setting(REVIEWS_LOGGED):
        return 0
    rows = store.execute(
        "SELECT unit_id, sequence, fingerprint, package_sha256, file_name"
        " FROM received_reports WHERE review = ? ORDER BY id",
        [REVIEW_VOUCHED_BEFORE]).fetchall()
    plan = installation.plan() if rows and installation.profile() is not None else None
    for unit_id, sequence, fingerprint, sha256, file_name in rows:
        name = plan.unit(unit_id).name if plan and plan.has_unit(unit_id) else unit_id
        import_log.append_entry(installation.folder.root, import_log.ImportLogEntry(
            at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            file_name=file_name, file_sha256=sha256, unit_id=unit_id, outcome="review",
            reason=render("status.review_before_v6", "vi", unit=name),
            reason_en=render("status.review_before_v6", "en", unit=name),
            sequence=sequence, fingerprint=fingerprint), sync=False)
    if rows:
        import_log.sync_log(installation.folder.root)
    store.set_setting(REVIEWS_LOGGED, "1")
    return len(rows)


def remove_stale_parts(folder: DataFolder, now: dt.datetime | None = None) -> int:
    """Delete the `*.part` files a power cut left in the data folder; a young one may be
    another window's write in progress, so only those older than `STALE_PART_AGE` go."""
    now = now or dt.datetime.now()
    removed = 0
    places = [folder.root, folder.quarantine, folder.keys, folder.attachments]
    if folder.attachments.is_dir():
        places += [path for path in folder.attachments.iterdir() if path.is_dir()]
    for place in places:
        for path in place.glob(f"*{PART_SUFFIX}") if place.is_dir() else ():
            with contextlib.suppress(OSError):
                if now - dt.datetime.fromtimestamp(path.stat().st_mtime) > STALE_PART_AGE:
                    path.unlink()
                    removed += 1
    return removed
