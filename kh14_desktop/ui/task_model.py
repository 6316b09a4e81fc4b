"""The office's task list as a Qt table model, with a proxy for filtering and sorting.

The model holds the service's `OfficeTask` rows as they are (no copies into widgets);
the proxy filters by role, status and diacritic-insensitive text, and sorts in
Vietnamese order through `SORT_ROLE`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kh14_desktop.domain.plan import Role
from kh14_desktop.domain.progress import Status
from kh14_desktop.domain.text import narrow, sort_key
from kh14_desktop.services.office_tasks import OfficeTask
from kh14_desktop.ui.labels import role_label, status_label

COL_CODE, COL_TITLE, COL_ROLE, COL_STATUS = range(4)
TASK_ROLE = Qt.ItemDataRole.UserRole + 1  # the OfficeTask of the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a key that sorts in Vietnamese order

ModelIndex = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {
    Status.NOT_STARTED: "#b00020",
    Status.IN_PROGRESS: "#a15c00",
    Status.DONE: "#1b5e20",
    Status.NOT_APPLICABLE: "#555555",
}


def _code_key(code: str) -> tuple[int, ...]:
    """II.3.10 after II.3.9: roman part, then numbers."""
    part, _, rest = code.partition(".")
    numbers = tuple(int(n) for n in rest.split(".") if n.isdigit())
    return ({"I": 1, "II": 2, "III": 3, "IV": 4}.get(part, 9), *numbers)


class TaskTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OfficeTask] = []

    def set_tasks(self, rows: list[OfficeTask]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def task_at(self, row: int) -> OfficeTask:
        return self._rows[row]

    def update_status(self, code: str, status: Status) -> None:
        """A task's status changed (saved by the editor): show it without reloading."""
        row = self.row_of(code)
        if row < 0 or self._rows[row].status is status:
            return
        self._rows[row] = replace(self._rows[row], status=status)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COL_STATUS))

    def row_of(self, code: str) -> int:
        for row, item in enumerate(self._rows):
            if item.task.code == code:
                return row
        return -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("TaskTableModel", "Code"),
            QCoreApplication.translate("TaskTableModel", "Task"),
            QCoreApplication.translate("TaskTableModel", "Role"),
            QCoreApplication.translate("TaskTableModel", "Status"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_CODE:
                return item.task.code
            if column == COL_TITLE:
                return item.task.title
            if column == COL_ROLE:
                return role_label(item.role, item.requested, item.conditional, item.adopted)
            return status_label(item.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return item.task.title
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            return QBrush(QColor(STATUS_COLOURS[item.status]))
        if role == TASK_ROLE:
            return item
        if role == SORT_ROLE:
            if column == COL_CODE:
                return _code_key(item.task.code)
            if column == COL_TITLE:
                return sort_key(item.task.title)
            if column == COL_ROLE:
                return (0 if item.role is Role.LEAD else 1, _code_key(item.task.code))
            return (list(Status).index(item.status), _code_key(item.task.code))
        return None


class TaskFilterProxy(QSortFilterProxyModel):
    """Filters by role, status and text; text ignores case and diacritics (đ too)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matching: set[str] | None = None  # task codes the search text means
        self._role: str | None = None
        self._status: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_filters(self, text: str, role: str | None, status: str | None) -> None:
        """Text read like every search in the program; role and status by their values."""
        model = self.sourceModel()
        assert isinstance(model, TaskTableModel)
        self.beginFilterChange()
        if text.strip():
            items = [model.task_at(row) for row in range(model.rowCount())]
            found = narrow(text, items, lambda item: (item.task.search_text,))
            self._matching = {item.task.code for item in found}
        else:
            self._matching = None
        self._role = role or None
        self._status = status or None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, TaskTableModel)
        item = model.task_at(source_row)
        if self._role is not None and item.role.value != self._role:
            return False
        if self._status is not None and item.status.value != self._status:
            return False
        return self._matching is None or item.task.code in self._matching

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))
