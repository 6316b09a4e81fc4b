"""The Activities page: every activity of the office, searchable, fetched as the list scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.services.office_tasks import OfficeTask
from kh14_desktop.services.office_work import EvidenceProblem
from kh14_desktop.ui.activity_actions import ActivityActions
from kh14_desktop.ui.activity_model import ActivityTableModel
from kh14_desktop.ui.activity_view import ActivityTableView
from kh14_desktop.ui.i18n import format_number

SEARCH_DELAY_MS = 250  # the search runs in SQL: wait for a pause in typing, not each key


class ActivitiesPage(QWidget):
    def __init__(self, actions: ActivityActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.model = ActivityTableModel(actions.work, self)
        self.stale = True

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search activities (accents optional)… Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self.task_filter = QComboBox()
        self.task_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.task_filter.setMinimumContentsLength(28)
        self.task_filter.addItem(self.tr("All tasks"), None)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.task_filter)

        self.table = ActivityTableView(self.model)
        self.add_button = QPushButton(self.tr("&New activity…"))
        self.add_button.setToolTip(self.tr("Record an activity (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen activity (Delete); Ctrl+Z "
                                              "brings it back"))
        self.count_label = QLabel()
        self.problems_label = QLabel()
        self.problems_label.setStyleSheet("color:#b00020")
        self.problems_label.hide()
        self.check_button = QPushButton(self.tr("Check evidence files"))
        self.check_button.setToolTip(self.tr("Re-read every stored evidence file and flag "
                                             "the missing or altered ones"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.problems_label)
        buttons.addWidget(self.check_button)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color:#555")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.count_label)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.task_filter.currentIndexChanged.connect(self.apply_filters)
        self.add_button.clicked.connect(self.new_activity)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.check_button.clicked.connect(lambda: actions.check_evidence(show_progress=True))
        self.table.open_requested.connect(actions.edit_activity)
        self.table.delete_requested.connect(actions.delete_activity)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(self._show_counts)
        actions.problems_found.connect(self._problems_found)
        if actions.problems:  # found before this page was first opened
            self._problems_found(actions.problems)

    def set_tasks(self, tasks: list[OfficeTask]) -> None:
        chosen = self.task_filter.currentData()
        self.task_filter.blockSignals(True)
        try:
            while self.task_filter.count() > 1:
                self.task_filter.removeItem(1)
            for item in tasks:
                self.task_filter.addItem(f"{item.task.code} — {item.task.title}", item.task.code)
                self.task_filter.setItemData(self.task_filter.count() - 1, item.task.title,
                                             Qt.ItemDataRole.ToolTipRole)
            self.task_filter.setCurrentIndex(max(0, self.task_filter.findData(chosen)))
        finally:
            self.task_filter.blockSignals(False)

    # reading ------------------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """Activities changed: reload now if on screen, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale:
            self.reload()
        super().showEvent(event)

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.stale = False
        self.model.set_query(self.task_filter.currentData(), self.search.text())
        self.model.set_problems(self.actions.problems)
        self._show_counts()

    def reload(self) -> None:
        if self.stale and (self.model.task_code, self.model.search) != (
                self.task_filter.currentData(), self.search.text()):
            self.apply_filters()
            return
        self.stale = False
        current = self.table.current_activity()
        self.model.reload()
        self.model.set_problems(self.actions.problems)
        if current is not None:
            self.table.select_activity(current.id)
        self._show_counts()

    def _show_counts(self) -> None:
        total, shown = self.model.total, self.model.loaded
        self.count_label.setText(self.tr("{total} activities (showing {shown})").format(
            total=format_number(total), shown=format_number(shown)) if total > shown else
            self.tr("{total} activities").format(total=format_number(total)))
        self.table.setVisible(total > 0)
        self.empty_label.setVisible(total == 0)
        if total == 0:
            self.empty_label.setText(
                self.tr("No activity matches. Clear the search box or choose “All tasks”.")
                if self.search.text().strip() or self.task_filter.currentData() else
                self.tr("No activity recorded yet. Add one with “New activity” (Ctrl+N)."))

    def _problems_found(self, problems: list[EvidenceProblem]) -> None:
        self.model.set_problems(problems)
        self.problems_label.setText(self.tr("⚠ {count} evidence file(s) missing or altered")
                                    .format(count=len(problems)))
        self.problems_label.setVisible(bool(problems))

    def _update_buttons(self) -> None:
        chosen = self.table.current_activity() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # acting -------------------------------------------------------------------------------------
    def new_activity(self) -> object:
        return self.actions.new_activity(self.task_filter.currentData())

    def edit_current(self) -> None:
        activity = self.table.current_activity()
        if activity is not None:
            self.actions.edit_activity(activity)

    def delete_current(self) -> None:
        activity = self.table.current_activity()
        if activity is not None:
            self.actions.delete_activity(activity)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
