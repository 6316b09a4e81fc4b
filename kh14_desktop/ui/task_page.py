"""The Tasks page: filter bar and the office's task table on the left; on the right, the chosen
task in three tabs: its result (status and texts, saved by themselves), its activities, and
what the plan says about it.

Under the table, an office adds a task it took part in through an open clause ("các cơ
quan, đơn vị có liên quan"), and takes such a task off again while nothing is recorded on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import render
from kh14_desktop.domain.plan import Plan, Role
from kh14_desktop.domain.progress import STATUS_ORDER, Status, TaskProgress
from kh14_desktop.services.office_tasks import OfficeTask
from kh14_desktop.ui.activity_actions import ActivityActions
from kh14_desktop.ui.dialogs import show_user_error
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.labels import status_label
from kh14_desktop.ui.progress_editor import ProgressEditor
from kh14_desktop.ui.task_activities import TaskActivities
from kh14_desktop.ui.task_detail import TaskDetail
from kh14_desktop.ui.task_model import (
    COL_CODE,
    COL_ROLE,
    COL_STATUS,
    COL_TITLE,
    TASK_ROLE,
    TaskFilterProxy,
    TaskTableModel,
)
from kh14_desktop.ui.views import compact_rows

if TYPE_CHECKING:
    from kh14_desktop.ui.adopt_dialog import AdoptTaskDialog

TAB_RESULT, TAB_ACTIVITIES, TAB_PLAN = range(3)


class TaskPage(QWidget):
    """Lists the office's tasks; emits `task_chosen` with the chosen task (or None) and
    `progress_saved` after the editor wrote a task's progress."""

    task_chosen = Signal(object)
    progress_saved = Signal(object)  # TaskProgress
    tasks_changed = Signal()  # the office added a task to its list or took one off

    def __init__(self, actions: ActivityActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.actions = actions
        self._reverting = False
        self.adopt_dialog: AdoptTaskDialog | None = None
        self.model = TaskTableModel(self)
        self.proxy = TaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search tasks (accents optional)… Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("All roles"), None)
        self.role_filter.addItem(self.tr("Lead"), Role.LEAD.value)
        self.role_filter.addItem(self.tr("Cooperating"), Role.COOPERATING.value)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in STATUS_ORDER:
            self.status_filter.addItem(status_label(status), status.value)
        self.count_label = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.role_filter)
        bar.addWidget(self.status_filter)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_ROLE, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label, 1)
        left_layout.addWidget(self.count_label)
        left_layout.addLayout(self._adoption_row())

        self.editor = ProgressEditor(actions.work)
        self.activities = TaskActivities(actions.work.plan, actions)
        self.detail = TaskDetail()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("Result"))
        self.tabs.addTab(self.activities, self.tr("Activities"))
        self.tabs.addTab(self.detail, self.tr("Plan text"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.search.textChanged.connect(self._filters_changed)
        self.role_filter.currentIndexChanged.connect(self._filters_changed)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.editor.saved.connect(self._progress_saved)
        self.activities.count_changed.connect(self._activity_count_changed)
        self.adopt_button.clicked.connect(self.choose_task_to_add)
        self.drop_button.clicked.connect(self.drop_current)

    def _adoption_row(self) -> QVBoxLayout:
        self.adopt_button = QPushButton(self.tr("Add a task we took &part in…"))
        self.adopt_button.setToolTip(self.tr(
            "A task whose units end in “các cơ quan, đơn vị có liên quan” names no unit: "
            "add it if your office took part"))
        self.drop_button = QPushButton(self.tr("Remove from the list"))
        self.drop_button.setToolTip(self.tr("Take this task, added by your office, off the "
                                            "list again"))
        self.drop_button.hide()
        # why the chosen added task cannot be taken off: said, not only greyed out
        self.drop_reason = QLabel()
        self.drop_reason.setWordWrap(True)
        self.drop_reason.setStyleSheet("color:#555")
        self.drop_reason.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.adopt_button)
        buttons.addStretch(1)
        buttons.addWidget(self.drop_button)
        rows = QVBoxLayout()
        rows.addLayout(buttons)
        rows.addWidget(self.drop_reason)
        return rows

    def set_tasks(self, plan: Plan, tasks: list[OfficeTask]) -> None:
        chosen = self.current_task()
        self.plan = plan
        self.model.set_tasks(tasks)
        self._update_counts()
        # the chosen task again (a fresh row), else the first: a task taken off the list
        # must not stay in the editor
        if chosen is not None and self.select_task(chosen.task.code):
            return
        if self.proxy.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self._selection_changed(QItemSelection(), QItemSelection())

    def current_task(self) -> OfficeTask | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        item = index.data(TASK_ROLE)
        return item if isinstance(item, OfficeTask) else None

    def select_task(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, COL_CODE))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def show_task(self, code: str, tab: int = TAB_RESULT) -> bool:
        """Bring `code` into view (clearing filters that hide it) and open one of its tabs."""
        if not self.select_task(code):
            self.search.clear()
            self.role_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            if not self.select_task(code):
                return False
        self.tabs.setCurrentIndex(tab)
        return True

    def set_status_filter(self, status: Status | None) -> None:
        self.status_filter.setCurrentIndex(
            0 if status is None else self.status_filter.findData(status.value))

    def save_pending(self) -> bool:
        """Write what the editor still holds; False if that failed (the reason is shown)."""
        return self.editor.save_now()

    def new_activity(self) -> object:
        self.tabs.setCurrentIndex(TAB_ACTIVITIES)
        return self.activities.new_activity()

    def refresh_activities(self) -> None:
        self.activities.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _filters_changed(self) -> None:
        self.proxy.set_filters(self.search.text(), self.role_filter.currentData(),
                               self.status_filter.currentData())
        self._update_counts()
        if self.current_task() is None and self.proxy.rowCount() > 0:
            self.table.selectRow(0)

    def _update_counts(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("{shown} of {total} tasks shown").format(
            shown=shown, total=total))
        nothing = shown == 0
        self.table.setVisible(not nothing)
        self.empty_label.setVisible(nothing)
        if nothing:
            self.empty_label.setText(
                self.tr("No task matches. Clear the search box or choose “All” in the "
                        "filters.") if total else
                self.tr("The plan assigns no task to this unit by name. If your office took "
                        "part in a task given to “các cơ quan, đơn vị có liên quan”, add it "
                        "with “Add a task we took part in…” below."))
            self.detail.show_empty()

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._reverting:
            return
        item = self.current_task()
        if not self.editor.set_task(item):
            # the old task's text could not be saved: stay on it, its text still on screen
            previous = self.editor.item
            if previous is not None:
                self._reverting = True
                try:
                    self.select_task(previous.task.code)
                finally:
                    self._reverting = False
            return
        if item is None or self.plan is None:
            self.detail.show_empty()
        else:
            self.detail.show_task(self.plan, item)
        self.activities.set_task(item)
        self._update_drop_button()
        self.task_chosen.emit(item)

    def _progress_saved(self, progress: TaskProgress) -> None:
        self.model.update_status(progress.task_code, progress.status)
        item = self.current_task()
        if item is not None and self.plan is not None \
                and item.task.code == progress.task_code:
            self.detail.show_task(self.plan, item)
        self._update_drop_button()
        self.progress_saved.emit(progress)

    def _activity_count_changed(self, count: int) -> None:
        self.tabs.setTabText(TAB_ACTIVITIES, self.tr("Activities ({count})").format(
            count=count) if count else self.tr("Activities"))
        self._update_drop_button()

    # tasks the office adds itself ------------------------------------------------------------
    def _update_drop_button(self) -> None:
        item = self.current_task()
        adopted = item is not None and item.adopted
        self.drop_button.setVisible(adopted)
        recorded = adopted and item is not None and self.actions.work.has_records(
            item.task.code)
        self.drop_button.setEnabled(adopted and not recorded)
        self.drop_reason.setVisible(recorded)
        if recorded and item is not None:
            self.drop_reason.setText(render("task.has_records", current_language(),
                                            code=item.task.code))

    def choose_task_to_add(self) -> AdoptTaskDialog:
        """The dialog listing the tasks the office may add (one at a time)."""
        from kh14_desktop.ui.adopt_dialog import AdoptTaskDialog

        if self.adopt_dialog is not None and self.adopt_dialog.isVisible():
            self.adopt_dialog.activateWindow()
            return self.adopt_dialog
        dialog = AdoptTaskDialog(self.actions.work, self)
        dialog.adopted.connect(self._task_added)
        dialog.finished.connect(lambda _result: self._adopt_dialog_closed(dialog))
        self.adopt_dialog = dialog
        dialog.open()
        return dialog

    def _adopt_dialog_closed(self, dialog: AdoptTaskDialog) -> None:
        if self.adopt_dialog is dialog:
            self.adopt_dialog = None
        dialog.deleteLater()

    def _task_added(self, code: str) -> None:
        self.tasks_changed.emit()  # the window reads the list again and gives it back
        self.show_task(code)

    def drop_current(self) -> bool:
        """Take the chosen added task off the list; refused, with the reason, once something
        is recorded on it."""
        item = self.current_task()
        if item is None or not item.adopted:
            return False
        if not self.save_pending():  # typed text still waiting counts as recorded
            return False
        try:
            self.actions.work.drop_task(item.task.code)
        except UserError as error:
            show_user_error(self, self.tr("Remove from the list"), error)
            self._update_drop_button()
            return False
        self.tasks_changed.emit()
        return True
