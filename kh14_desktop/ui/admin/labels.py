"""Words and colours for the admin's values: import outcomes, reporting states, matrix cells.

Outcomes and reporting states are the core's values: their words come from the core's
message table (`outcome.*`, `state.*`, `clock.*`), so the window and `kh14` say the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from kh14_desktop.domain.messages import render
from kh14_desktop.domain.plan import Role, UnitKind
from kh14_desktop.domain.progress import Status
from kh14_desktop.domain.received import ClockWarning, ReportingState
from kh14_desktop.services.consolidation import STATE_COLOURS, CellState
from kh14_desktop.services.importer import ImportOutcome
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.labels import status_label

GOOD, NOTICE, WARNING, DANGER, QUIET = "#1b5e20", "#1565c0", "#a15c00", "#b00020", "#555555"

OUTCOME_COLOURS: dict[ImportOutcome, str] = {
    ImportOutcome.IMPORTED: GOOD,
    ImportOutcome.REPLACED: GOOD,
    ImportOutcome.DUPLICATE: QUIET,
    ImportOutcome.OLDER: WARNING,
    ImportOutcome.UNKNOWN_KEY: NOTICE,
    ImportOutcome.KEY_MISMATCH: DANGER,
    ImportOutcome.WRONG_PLAN: WARNING,
    ImportOutcome.REJECTED: DANGER,
}
KEY_MISMATCH_BACKGROUND = "#fde7ea"

REPORTING_COLOURS: dict[ReportingState, str] = {
    ReportingState.ON_TIME: GOOD,
    ReportingState.LATE: WARNING,
    ReportingState.MISSING: DANGER,
}
# the same fills as the matrix and the workbook: done / in progress / not started
REPORTING_FILLS: dict[ReportingState, str] = {
    ReportingState.ON_TIME: "#" + STATE_COLOURS[CellState.DONE],
    ReportingState.LATE: "#" + STATE_COLOURS[CellState.IN_PROGRESS],
    ReportingState.MISSING: "#" + STATE_COLOURS[CellState.NOT_STARTED],
}


def outcome_label(outcome: ImportOutcome) -> str:
    """The core's word for an outcome; a possible forgery also carries ⚠, to read without
    colour or icon."""
    text = render(f"outcome.{outcome.value}", current_language())
    return f"⚠ {text}" if outcome is ImportOutcome.KEY_MISMATCH else text


def outcome_icon_kind(outcome: ImportOutcome) -> QStyle.StandardPixmap:
    if outcome in (ImportOutcome.IMPORTED, ImportOutcome.REPLACED):
        return QStyle.StandardPixmap.SP_DialogApplyButton
    if outcome in (ImportOutcome.KEY_MISMATCH, ImportOutcome.REJECTED):
        return QStyle.StandardPixmap.SP_MessageBoxCritical
    if outcome is ImportOutcome.UNKNOWN_KEY:
        return QStyle.StandardPixmap.SP_MessageBoxQuestion
    if outcome is ImportOutcome.DUPLICATE:
        return QStyle.StandardPixmap.SP_MessageBoxInformation
    return QStyle.StandardPixmap.SP_MessageBoxWarning


def standard_icon(kind: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(kind)


def reporting_label(state: ReportingState) -> str:
    return render(f"state.{state.value}", current_language())


def clock_label(warning: ClockWarning) -> str:
    return render(f"clock.{warning.value}", current_language()) if warning.value else ""


def check_label(check: str) -> str:
    """Which check refused a file, in words (the core names it by a code)."""
    translate = QCoreApplication.translate
    return {
        "file": translate("AdminLabels", "reading the file"),
        "size": translate("AdminLabels", "size limits"),
        "zip": translate("AdminLabels", "ZIP structure"),
        "names": translate("AdminLabels", "member names"),
        "members": translate("AdminLabels", "list of members"),
        "manifest": translate("AdminLabels", "manifest"),
        "schema": translate("AdminLabels", "manifest format"),
        "hash": translate("AdminLabels", "content hashes (SHA-256)"),
        "signature": translate("AdminLabels", "signature"),
        "report": translate("AdminLabels", "report data"),
    }.get(check, check)


def cell_state_label(state: CellState) -> str:
    if state is CellState.NOT_REPORTED:
        return QCoreApplication.translate("AdminLabels", "Not reported")
    if state is CellState.NOT_ASSIGNED:
        return QCoreApplication.translate("AdminLabels", "Not assigned")
    return status_label(Status(state.value))


def role_mark(role: Role | None) -> str:
    """One letter in a matrix cell: the lead unit and the cooperating one read apart."""
    if role is Role.LEAD:
        return QCoreApplication.translate("AdminLabels", "L", "lead unit, one letter")
    if role is Role.COOPERATING:
        return QCoreApplication.translate("AdminLabels", "C", "cooperating unit, one letter")
    return ""


def kind_group(kind: UnitKind) -> str:
    """The three groups the admin filters units by."""
    if kind is UnitKind.DEPARTMENT:
        return "departments"
    if kind is UnitKind.DISTRICT:
        return "districts"
    return "others"
