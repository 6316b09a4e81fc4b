"""The "Activities" tab of a task: its dated activities and the totals summed from them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.plan import Plan
from kh14_desktop.services.office_tasks import OfficeTask
from kh14_desktop.ui.activity_actions import ActivityActions
from kh14_desktop.ui.activity_model import ActivityTableModel
from kh14_desktop.ui.activity_view import ActivityTableView
from kh14_desktop.ui.figures_model import (
    COL_INDICATOR,
    COL_MEASURE,
    COL_TOTAL,
    IndicatorTotalsModel,
)
from kh14_desktop.ui.views import compact_rows


class TaskActivities(QWidget):
    """Shows one task's activities; `count_changed(n)` lets the tab title carry the count."""

    count_changed = Signal(int)

    def __init__(self, plan: Plan, actions: ActivityActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.actions = actions
        self.item: OfficeTask | None = None
        self.model = ActivityTableModel(actions.work, self)
        self.table = ActivityTableView(self.model, show_task=False)

        self.add_button = QPushButton(self.tr("&New activity…"))
        self.add_button.setToolTip(self.tr("Record an activity of this task (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen activity (Delete); Ctrl+Z "
                                              "brings it back"))
        self.count_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        self.empty_label = QLabel(self.tr("No activity recorded for this task yet. Add the "
                                          "conferences, articles, trainings… with their "
                                          "figures and evidence files."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color:#555")

        self.totals = IndicatorTotalsModel(self)
        self.totals_view = QTableView()
        self.totals_view.setModel(self.totals)
        self.totals_view.verticalHeader().hide()
        compact_rows(self.totals_view)
        self.totals_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.totals_view.setWordWrap(False)
        header = self.totals_view.horizontalHeader()
        header.setSectionResizeMode(COL_INDICATOR, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TOTAL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MEASURE, QHeaderView.ResizeMode.ResizeToContents)
        totals_title = QLabel(self.tr("<b>Task totals</b> (summed from the activities)"))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty_label, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(totals_title)
        bottom_layout.addWidget(self.totals_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.add_button.clicked.connect(self.new_activity)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.open_requested.connect(actions.edit_activity)
        self.table.delete_requested.connect(actions.delete_activity)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.actions.problems_found.connect(self.model.set_problems)
        self.stale = True
        self.set_task(None)

    def set_task(self, item: OfficeTask | None) -> None:
        self.item = item
        self._load()

    def refresh(self) -> None:
        self._load(keep_selection=True)

    def _load(self, keep_selection: bool = False) -> None:
        """Read the task's activities now if the tab is on screen; else only count them (for
        the tab's title) and read the rest when the tab is shown."""
        if not self.isVisible():
            self.stale = True
            count = self.actions.work.count_activities(self.item.task.code) \
                if self.item is not None else 0
            self.count_changed.emit(count)
            return
        self.stale = False
        current = self.table.current_activity() if keep_selection else None
        if self.item is None:
            self.model.clear()
        else:
            self.model.set_query(self.item.task.code)
        self.model.set_problems(self.actions.problems)
        if current is not None:
            self.table.select_activity(current.id)
        self._update_totals()

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale:
            self._load()
        super().showEvent(event)

    def _update_totals(self) -> None:
        item = self.item
        self.add_button.setEnabled(item is not None)
        if item is None:
            self.totals.set_totals([])
            self._show_counts()
            return
        sums = self.actions.figure_totals().get(item.task.code, {})
        self.totals.set_totals([(indicator, sums.get(indicator.key, 0))
                                for indicator in self.plan.task_indicators(item.task)])
        self._show_counts()

    def _show_counts(self) -> None:
        total = self.model.total if self.item is not None else 0
        self.count_label.setText(self.tr("{count} activities").format(count=total))
        self.table.setVisible(total > 0)
        self.empty_label.setVisible(total == 0)
        self.count_changed.emit(total)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.current_activity() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def new_activity(self) -> object:
        if self.item is None:
            return None
        return self.actions.new_activity(self.item.task.code)

    def edit_current(self) -> None:
        activity = self.table.current_activity()
        if activity is not None:
            self.actions.edit_activity(activity)

    def delete_current(self) -> None:
        activity = self.table.current_activity()
        if activity is not None:
            self.actions.delete_activity(activity)
