"""Tasks › Add a task you took part in: the plan's tasks whose units end in an open clause
("các cơ quan, đơn vị có liên quan"), which name no concrete unit, so that an office that
took part can put one on its own list and report on it.

The list shows the plan's own words for the clause; the search ignores accents, as every
search of the program does. Adding writes one row (the progress editor writes the same way,
on the UI thread).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.plan import Task
from kh14_desktop.domain.text import narrow
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.views import compact_rows

COL_CODE, COL_TITLE, COL_CLAUSE = range(3)
ModelIndex = QModelIndex | QPersistentModelIndex


def open_clauses(task: Task) -> list[str]:
    """The plan's lines that name no concrete unit, as printed ("Phối hợp: Sở Tư pháp và các
    cơ quan, đơn vị có liên quan")."""
    return [f"{assignment.label}: {assignment.text}"
            for assignment in (task.lead, task.cooperating)
            if assignment is not None and any(ref.open for ref in assignment.refs)]


class AdoptableTasksModel(QAbstractTableModel):
    """The tasks the office may add, narrowed by a search typed with or without accents."""

    def __init__(self, tasks: list[Task], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all = list(tasks)
        self._rows = list(tasks)

    def set_search(self, text: str) -> None:
        self.beginResetModel()
        self._rows = narrow(text, self._all, lambda task: (
            task.search_text, *open_clauses(task)))
        self.endResetModel()

    def task_at(self, row: int) -> Task:
        return self._rows[row]

    def codes(self) -> list[str]:
        return [task.code for task in self._rows]

    @property
    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("AdoptableTasksModel", "Code"),
                QCoreApplication.translate("AdoptableTasksModel", "Task"),
                QCoreApplication.translate("AdoptableTasksModel", "What the plan says"))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        task = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (task.code, task.title, "; ".join(open_clauses(task)))[index.column()]
        return None


class AdoptTaskDialog(QDialog):
    """Choose a task and add it to the office's list; `adopted(code)` once it is."""

    adopted = Signal(str)

    def __init__(self, work: OfficeWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.setWindowTitle(self.tr("Add a task your office took part in"))
        explanation = QLabel(self.tr(
            "Some tasks of the plan name no unit by name: their list ends in “các cơ quan, "
            "đơn vị có liên quan” (the bodies concerned). If your office took part in one of "
            "them, add it to your list to record and report what you did. It is shown as "
            "“Cooperating (added by us)” and can be taken off again as long as nothing is "
            "recorded on it."))
        explanation.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (accents optional)…"))
        self.search.setClearButtonEnabled(True)
        self.model = AdoptableTasksModel(work.adoptable_tasks(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CLAUSE, QHeaderView.ResizeMode.Stretch)
        # the chosen task in full: a cell shows only the start of the plan's words
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 3)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#b00020")
        self.error_label.hide()
        self.add_button = QPushButton(self.tr("&Add to our list"))
        self.add_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(860, 440)

        self.search.textChanged.connect(self._search_changed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._show_chosen())
        self.table.activated.connect(lambda _index: self.add_chosen())
        self.add_button.clicked.connect(self.add_chosen)
        self.cancel_button.clicked.connect(self.reject)
        self._search_changed("")
        self.search.setFocus()

    def chosen_task(self) -> Task | None:
        index = self.table.currentIndex()
        return self.model.task_at(index.row()) if index.isValid() else None

    def choose(self, code: str) -> bool:
        if code not in self.model.codes():
            return False
        self.table.selectRow(self.model.codes().index(code))
        return True

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_chosen()

    def _show_chosen(self) -> None:
        task = self.chosen_task()
        self.add_button.setEnabled(task is not None)
        self.error_label.hide()
        if task is not None:
            self.detail.setText(f"{task.code}. {task.title}\n" + "\n".join(open_clauses(task)))
        elif self.model.total == 0:
            self.detail.setText(self.tr(
                "Every task of the plan that names no unit by name is on your list already."))
        else:
            self.detail.setText(self.tr("No task matches the search."))

    def add_chosen(self) -> bool:
        task = self.chosen_task()
        if task is None:
            return False
        try:
            self.work.adopt_task(task.code)
        except UserError as error:
            self.error_label.setText(error.message(current_language()))
            self.error_label.show()
            return False
        self.adopted.emit(task.code)
        self.accept()
        return True
