"""What a window says when work fails: what happened and what to do, never an exception.

A `UserError` says itself. A failure the PC caused (a full disk, a read-only folder, a USB
stick pulled out, a locked database) becomes its friendly message through
`services.environment.environment_error`. Anything else is a fault of the program: the
person reads the caller's sentence about what it means for their work, and where the
technical detail went; the traceback goes to the log, not on the screen.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kh14_desktop.domain.errors import UserError
from kh14_desktop.services.environment import environment_error
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.logs import LOG_NAME
from kh14_desktop.ui.i18n import current_language

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Failure:
    text: str  # what happened and what to do
    detail: str = ""  # where the technical detail went, for a fault of the program

    def joined(self) -> str:
        """For a single label rather than a message box."""
        return f"{self.text} {self.detail}" if self.detail else self.text


def log_file(installation: Installation) -> Path:
    return installation.folder.logs / LOG_NAME


def describe(error: BaseException, installation: Installation, bug: str, *,
             logged: bool) -> Failure:
    """`bug`: the sentence for a fault of the program in this place (what it means for the
    person's work, what to do). `logged`: the traceback is in the log already (a job's
    failure: the job runner logs every one that is not a `UserError`)."""
    return describe_at(error, installation.folder.database, log_file(installation), bug,
                       logged=logged)


def describe_at(error: BaseException, database: Path, log_path: Path, bug: str, *,
                logged: bool) -> Failure:
    """`describe` for a place that has the data folder's paths but no open installation
    (at start, during a restore)."""
    if isinstance(error, UserError):
        return Failure(error.message(current_language()))
    known = environment_error(error, database, log_path)
    if not logged:
        log.error("%s", bug, exc_info=error)
    if known is not None:
        return Failure(known.message(current_language()))
    return Failure(bug, QCoreApplication.translate(
        "Failure", "The technical details were written to {log}; if it happens again, send "
        "that file to technical support.").format(log=log_path))
