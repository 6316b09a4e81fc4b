"""The verdicts on report files, one row per file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kh14_desktop.domain.dates import format_date, format_datetime
from kh14_desktop.services.verify import VerifyOutcome
from kh14_desktop.ui.i18n import current_language

(COL_VERDICT, COL_FILE, COL_UNIT, COL_PERIOD, COL_SEQUENCE, COL_CREATED,
 COL_FINGERPRINT, COL_REASON) = range(8)
OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 1  # the VerifyOutcome of the row
GENUINE_COLOUR = "#1b5e20"
REJECTED_COLOUR = "#b00020"

ModelIndex = QModelIndex | QPersistentModelIndex


def verdict_text(outcome: VerifyOutcome) -> str:
    if outcome.genuine:
        return QCoreApplication.translate("VerifyResultModel", "✔ Genuine")
    return QCoreApplication.translate("VerifyResultModel", "✘ Not genuine")


def unit_text(outcome: VerifyOutcome) -> str:
    if outcome.report is not None:
        return outcome.report.unit_name
    return outcome.manifest.unit_id if outcome.manifest else ""


def period_text(outcome: VerifyOutcome) -> str:
    manifest = outcome.manifest
    if manifest is None:
        return ""
    period = manifest.period
    return f"{period.label} ({format_date(period.start)} – {format_date(period.end)})"


def reason_text(outcome: VerifyOutcome) -> str:
    return outcome.error.message(current_language()) if outcome.error else ""


class VerifyResultModel(QAbstractTableModel):
    def __init__(self, own_fingerprint: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.own_fingerprint = own_fingerprint
        self._rows: list[VerifyOutcome] = []

    def add_outcomes(self, outcomes: list[VerifyOutcome]) -> None:
        known = {row.path for row in self._rows}
        fresh = [outcome for outcome in outcomes if outcome.path not in known]
        replaced = [outcome for outcome in outcomes if outcome.path in known]
        for outcome in replaced:  # checked again: the newer verdict counts
            row = next(i for i, old in enumerate(self._rows) if old.path == outcome.path)
            self._rows[row] = outcome
            self.dataChanged.emit(self.index(row, 0), self.index(row, COL_REASON))
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._rows),
                                 len(self._rows) + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()

    def outcome_at(self, row: int) -> VerifyOutcome:
        return self._rows[row]

    def outcomes(self) -> list[VerifyOutcome]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("VerifyResultModel", "Verdict"),
            QCoreApplication.translate("VerifyResultModel", "File"),
            QCoreApplication.translate("VerifyResultModel", "Unit"),
            QCoreApplication.translate("VerifyResultModel", "Period"),
            QCoreApplication.translate("VerifyResultModel", "No."),
            QCoreApplication.translate("VerifyResultModel", "Exported"),
            QCoreApplication.translate("VerifyResultModel", "Key fingerprint"),
            QCoreApplication.translate("VerifyResultModel", "Reason"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        outcome = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            manifest = outcome.manifest
            if column == COL_VERDICT:
                return verdict_text(outcome)
            if column == COL_FILE:
                return outcome.path.name if role == Qt.ItemDataRole.DisplayRole \
                    else str(outcome.path)
            if column == COL_UNIT:
                return unit_text(outcome)
            if column == COL_PERIOD:
                return period_text(outcome)
            if column == COL_SEQUENCE:
                return f"{manifest.sequence:02d}" if manifest else ""
            if column == COL_CREATED:
                return format_datetime(manifest.created) if manifest else ""
            if column == COL_FINGERPRINT:
                if outcome.fingerprint and outcome.fingerprint == self.own_fingerprint:
                    return outcome.fingerprint + " " + QCoreApplication.translate(
                        "VerifyResultModel", "(this PC's key)")
                return outcome.fingerprint
            return reason_text(outcome)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_VERDICT:
            return QBrush(QColor(GENUINE_COLOUR if outcome.genuine else REJECTED_COLOUR))
        if role == OUTCOME_ROLE:
            return outcome
        return None
