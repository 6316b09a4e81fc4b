"""A table of activities that opens one with Enter or a double click and deletes with Delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kh14_desktop.domain.progress import Activity
from kh14_desktop.ui.activity_model import (
    ACTIVITY_ROLE,
    COL_DATE,
    COL_EVIDENCE,
    COL_FIGURES,
    COL_TASK,
    COL_TITLE,
    ActivityTableModel,
)
from kh14_desktop.ui.views import compact_rows


class ActivityTableView(QTableView):
    open_requested = Signal(object)  # Activity
    delete_requested = Signal(object)  # Activity

    def __init__(self, model: ActivityTableModel, parent: QWidget | None = None, *,
                 show_task: bool = True) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        compact_rows(self)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FIGURES, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        metrics = self.fontMetrics()
        header.resizeSection(COL_DATE, metrics.horizontalAdvance("00/00/00000") + 16)
        header.resizeSection(COL_TASK, metrics.horizontalAdvance("IV.1.10") + 24)
        header.resizeSection(COL_EVIDENCE, metrics.horizontalAdvance("⚠ 0/0 tệp lỗi") + 16)
        self.setColumnHidden(COL_TASK, not show_task)
        self.doubleClicked.connect(lambda index: self._emit(self.open_requested, index.row()))

    def current_activity(self) -> Activity | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        activity = index.siblingAtColumn(0).data(ACTIVITY_ROLE)
        return activity if isinstance(activity, Activity) else None

    def select_activity(self, activity_id: int) -> bool:
        model = self.model()
        assert isinstance(model, ActivityTableModel)
        row = model.row_of(activity_id)
        if row < 0:
            return False
        self.selectRow(row)
        self.scrollTo(model.index(row, COL_TITLE))
        return True

    def _emit(self, signal: Signal, row: int) -> None:
        model = self.model()
        assert isinstance(model, ActivityTableModel)
        if 0 <= row < model.rowCount():
            signal.emit(model.activity_at(row))  # type: ignore[attr-defined]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._emit(self.open_requested, self.currentIndex().row())
            return
        if key == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self._emit(self.delete_requested, self.currentIndex().row())
            return
        super().keyPressEvent(event)
