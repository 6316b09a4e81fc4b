"""Who reported, as a table: every unit the plan expects, on time, late or not yet.

On time or late is judged by the signed export time; the import time stands beside it,
and ⚠ marks a pair that cannot both be true (an office PC with a wrong clock).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFontDatabase

from kh14_desktop.domain.dates import format_date, format_datetime
from kh14_desktop.domain.messages import render
from kh14_desktop.domain.received import (
    VIETNAM,
    ClockWarning,
    ReportingState,
    UnitReportStatus,
    exported_on,
)
from kh14_desktop.domain.text import narrow, sort_key
from kh14_desktop.ui.admin.labels import (
    REPORTING_COLOURS,
    REPORTING_FILLS,
    WARNING,
    clock_label,
    reporting_label,
)
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.rows_model import RowsModel

COL_UNIT, COL_STATE, COL_EXPORTED, COL_IMPORTED, COL_SEQUENCE, COL_FINGERPRINT = range(6)
COLUMN_COUNT = 6
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the UnitReportStatus of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CLOCK_FILTER = "clock"  # the state filter's extra choice: rows with a clock warning

ModelIndex = QModelIndex | QPersistentModelIndex
_STATE_ORDER = {ReportingState.MISSING: 0, ReportingState.LATE: 1, ReportingState.ON_TIME: 2}


class ReportingStatusModel(RowsModel[UnitReportStatus]):
    column_count = COLUMN_COUNT

    def headers(self) -> tuple[str, ...]:
        lang = current_language()
        return tuple(render(code, lang) for code in (
            "head.unit", "head.state", "head.exported", "head.imported", "head.sequence",
            "head.fingerprint"))

    def header_tooltip(self, section: int) -> str | None:
        if section != COL_EXPORTED:
            return None
        return QCoreApplication.translate(
            "ReportingStatusModel", "The day the unit signed its report (Vietnam time): "
            "on time or late is judged by it")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATE:
            return QBrush(QColor(REPORTING_FILLS[row.state]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STATE:
                return QBrush(QColor(REPORTING_COLOURS[row.state]))
            if column == COL_EXPORTED and row.clock is not ClockWarning.NONE:
                return QBrush(QColor(WARNING))
        if role == Qt.ItemDataRole.FontRole and column == COL_FINGERPRINT:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SEQUENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        return None

    def _display(self, row: UnitReportStatus, column: int) -> str:
        received = row.received
        if column == COL_UNIT:
            return row.unit.name
        if column == COL_STATE:
            return reporting_label(row.state)
        if received is None:
            return ""
        if column == COL_EXPORTED:
            text = format_date(exported_on(received))
            return text + " ⚠" if row.clock is not ClockWarning.NONE else text
        if column == COL_IMPORTED:
            return format_datetime(received.imported_at)
        if column == COL_SEQUENCE:
            return str(received.sequence)
        return received.fingerprint

    def _tooltip(self, row: UnitReportStatus, column: int) -> str | None:
        received = row.received
        if column == COL_UNIT:
            return row.unit.name
        if received is None:
            return None
        if column == COL_EXPORTED:
            signed = received.created.astimezone(VIETNAM)
            text = QCoreApplication.translate(
                "ReportingStatusModel", "Signed on {date} at {time} (Vietnam time)").format(
                date=format_date(signed.date()), time=f"{signed.hour:02d}:{signed.minute:02d}")
            if row.clock is not ClockWarning.NONE:
                text += "\n⚠ " + clock_label(row.clock)
            return text
        if column == COL_FINGERPRINT:
            return received.fingerprint
        return None

    def _sort_value(self, row: UnitReportStatus, column: int) -> Any:
        received = row.received
        if column == COL_UNIT:
            return sort_key(row.unit.name)
        if column == COL_STATE:
            return _STATE_ORDER[row.state]  # ties keep the plan's order (the sort is stable)
        if received is None:
            return (0, "")
        if column == COL_EXPORTED:
            return (1, received.created.isoformat())
        if column == COL_IMPORTED:
            return (1, received.imported_at.isoformat())
        if column == COL_SEQUENCE:
            return (1, f"{received.sequence:09d}")
        return (1, received.fingerprint)


def unit_texts(row: UnitReportStatus) -> tuple[str, ...]:
    """What a search over units looks in: names, aliases and the id."""
    unit = row.unit
    return (unit.name, unit.short_name, unit.id, *unit.aliases)


class ReportingStatusFilter(QSortFilterProxyModel):
    """Rows of one state (or with a clock warning) whose unit the search names."""

    def __init__(self, model: ReportingStatusModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.status_model = model
        self.state: ReportingState | str | None = None
        self.search = ""
        self._found: set[str] | None = None

    def set_filter(self, state: ReportingState | str | None, search: str) -> None:
        self.beginFilterChange()
        self.state, self.search = state, search
        self._found = None if not search.strip() else {
            row.unit.id for row in narrow(search, self.status_model.rows(), unit_texts)}
        self.endFilterChange()

    def refresh(self) -> None:
        """The rows changed: search them again."""
        self.set_filter(self.state, self.search)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        row = self.status_model.row_at(source_row)
        if self._found is not None and row.unit.id not in self._found:
            return False
        if self.state == CLOCK_FILTER:
            return row.clock is not ClockWarning.NONE
        return self.state is None or row.state == self.state
