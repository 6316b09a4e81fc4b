"""The import log as a table: every attempt, newest first, refused ones included."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kh14_desktop.domain.dates import format_datetime
from kh14_desktop.domain.messages import MESSAGES, render
from kh14_desktop.domain.plan import Plan
from kh14_desktop.services.import_log import ImportLogEntry
from kh14_desktop.services.importer import ImportOutcome
from kh14_desktop.ui.admin.labels import (
    OUTCOME_COLOURS,
    outcome_icon_kind,
    outcome_label,
    standard_icon,
)
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.rows_model import RowsModel

COL_WHEN, COL_FILE, COL_UNIT, COL_OUTCOME, COL_REASON = range(5)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


def _outcome(entry: ImportLogEntry) -> ImportOutcome | None:
    try:
        return ImportOutcome(entry.outcome)
    except ValueError:  # written by a newer version
        return None


class ImportLogModel(RowsModel[ImportLogEntry]):
    column_count = 5

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan

    set_entries = RowsModel.set_rows
    entry_at = RowsModel.row_at

    def headers(self) -> tuple[str, ...]:
        lang = current_language()
        return tuple(render(code, lang) for code in ("head.when", "head.file", "head.unit",
                                                     "head.outcome", "head.reason"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        outcome = _outcome(entry)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_WHEN:
                try:
                    return format_datetime(dt.datetime.fromisoformat(entry.at))
                except ValueError:
                    return entry.at
            if column == COL_FILE:
                return entry.file_name
            if column == COL_UNIT:
                return (self.plan.unit(entry.unit_id).name
                        if self.plan.has_unit(entry.unit_id) else entry.unit_id)
            if column == COL_OUTCOME:
                if outcome is not None:
                    return outcome_label(outcome)
                code = f"outcome.{entry.outcome}"  # set aside, to review: no import outcome
                return render(code, current_language()) if code in MESSAGES else entry.outcome
            return entry.reason_en if current_language() == "en" and entry.reason_en \
                else entry.reason
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_OUTCOME and outcome:
            return QBrush(QColor(OUTCOME_COLOURS[outcome]))
        if role == Qt.ItemDataRole.DecorationRole and column == COL_OUTCOME and outcome:
            return standard_icon(outcome_icon_kind(outcome))
        if role == ENTRY_ROLE:
            return entry
        return None
