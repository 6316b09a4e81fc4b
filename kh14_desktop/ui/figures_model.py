"""Indicator totals as a table: the dashboard's and a task's sums over their activities."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kh14_desktop.domain.plan import Indicator
from kh14_desktop.ui.i18n import current_language, format_number
from kh14_desktop.ui.rows_model import RowsModel

COL_INDICATOR, COL_TOTAL, COL_MEASURE = range(3)
INDICATOR_ROLE = Qt.ItemDataRole.UserRole + 1  # the Indicator of the row
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 2  # its total as an int

ModelIndex = QModelIndex | QPersistentModelIndex


class IndicatorTotalsModel(RowsModel[tuple[Indicator, int]]):
    column_count = 3
    set_totals = RowsModel.set_rows

    def total_of(self, key: str) -> int | None:
        for indicator, total in self._rows:
            if indicator.key == key:
                return total
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("IndicatorTotalsModel", "Indicator"),
            QCoreApplication.translate("IndicatorTotalsModel", "Total"),
            QCoreApplication.translate("IndicatorTotalsModel", "Unit"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        indicator, total = self._rows[index.row()]
        column = index.column()
        lang = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_INDICATOR:
                return indicator.label(lang)
            if column == COL_TOTAL:
                return format_number(total)
            return indicator.measure_label(lang)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_INDICATOR:
            return indicator.label(lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == INDICATOR_ROLE:
            return indicator
        if role == TOTAL_ROLE:
            return total
        return None
