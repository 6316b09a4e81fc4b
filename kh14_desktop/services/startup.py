"""What the window and the `kh14` command do right after opening an installation.

Cheap by design (a folder listing and a settings lookup when there is nothing to do), so it
runs before any work: an export a power cut interrupted is settled, and the first start of
a day takes the day's backup. The slower full check (`health.check_data_folder`) is the
window's to run in the background.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.services.backup import daily_backup_if_due
from kh14_desktop.services.export_commit import finish_pending_exports
from kh14_desktop.services.installation import Installation

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
    return StartupReport(backup, tuple(pending.finished), tuple(warnings))
