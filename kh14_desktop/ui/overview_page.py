"""The first page: where the office stands, at a glance, and the one thing to do next.

Counts by status (a click shows those tasks), days to the deadline, the indicator totals
summed from the activities, the tasks with no activity yet (a click opens the task), and
the next step as one button.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.dates import format_date
from kh14_desktop.domain.progress import STATUS_ORDER, Status
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.summary import OfficeSummary, office_summary
from kh14_desktop.ui.figures_model import (
    COL_INDICATOR,
    COL_MEASURE,
    COL_TOTAL,
    IndicatorTotalsModel,
)
from kh14_desktop.ui.i18n import format_number
from kh14_desktop.ui.labels import status_label
from kh14_desktop.ui.task_model import (
    COL_CODE,
    COL_ROLE,
    COL_STATUS,
    COL_TITLE,
    STATUS_COLOURS,
    TASK_ROLE,
    TaskTableModel,
)
from kh14_desktop.ui.views import compact_rows


class StepKind(StrEnum):
    RESULT = "result"  # record a task's status and result
    ACTIVITY = "activity"  # add the first activity of a task
    REPORT = "report"  # every task is settled: export the report


@dataclass(frozen=True)
class NextStep:
    kind: StepKind
    task_code: str | None = None
    task_title: str = ""


def next_step(summary: OfficeSummary) -> NextStep:
    """Lead tasks come first in the summary, so they are asked about first."""
    for item in summary.tasks:
        if item.status is Status.NOT_STARTED:
            return NextStep(StepKind.RESULT, item.task.code, item.task.title)
    for item in summary.tasks_without_activity:
        return NextStep(StepKind.ACTIVITY, item.task.code, item.task.title)
    for item in summary.tasks:
        if item.status is Status.IN_PROGRESS:
            return NextStep(StepKind.RESULT, item.task.code, item.task.title)
    return NextStep(StepKind.REPORT)


class Card(QFrame):
    """A big number over a caption; clickable when it leads somewhere."""

    clicked = Signal()

    def __init__(self, caption: str, colour: str, parent: QWidget | None = None, *,
                 clickable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#card {{ border: 1px solid #c8c8c8; border-left: 5px solid "
                           f"{colour}; border-radius: 4px; background: palette(base); }}")
        self.number = QLabel("0")
        self.number.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: {colour}")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 8, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_value(self, number: str, caption: str | None = None) -> None:
        self.number.setText(number)
        if caption is not None:
            self.caption.setText(caption)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.focusPolicy() != Qt.FocusPolicy.NoFocus \
                and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class OverviewPage(QWidget):
    task_requested = Signal(str, bool)  # task code; True: open its activities
    status_requested = Signal(object)  # Status: show the tasks with it
    report_requested = Signal()

    def __init__(self, installation: Installation, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.installation = installation
        self._today = today
        self.summary: OfficeSummary | None = None
        self.step: NextStep | None = None
        self.stale = True

        self.status_cards: dict[Status, Card] = {}
        cards = QHBoxLayout()
        cards.setSpacing(8)
        for status in STATUS_ORDER:
            card = Card(status_label(status), STATUS_COLOURS[status])
            card.setToolTip(self.tr("Show these tasks on the Tasks page"))
            card.clicked.connect(lambda s=status: self.status_requested.emit(s))
            self.status_cards[status] = card
            cards.addWidget(card, 1)
        self.activities_card = Card(self.tr("activities recorded"), "#1565c0", clickable=False)
        self.deadline_card = Card("", "#1b5e20", clickable=False)
        cards.addWidget(self.activities_card, 1)
        cards.addWidget(self.deadline_card, 1)

        self.step_button = QPushButton()
        self.step_button.setObjectName("nextStep")
        self.step_button.setStyleSheet("#nextStep { font-weight: bold; padding: 6px 14px; }")
        self.step_button.setDefault(True)
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        step_title = QLabel(self.tr("Next step:"))
        step_title.setStyleSheet("font-weight: bold")
        step = QHBoxLayout()
        step.addWidget(step_title)
        step.addWidget(self.step_button)
        step.addWidget(self.step_label, 1)

        self.totals = IndicatorTotalsModel(self)
        self.totals_view = QTableView()
        self.totals_view.setModel(self.totals)
        self.totals_view.verticalHeader().hide()
        compact_rows(self.totals_view)
        self.totals_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals_view.setWordWrap(False)
        header = self.totals_view.horizontalHeader()
        header.setSectionResizeMode(COL_INDICATOR, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_TOTAL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MEASURE, QHeaderView.ResizeMode.ResizeToContents)
        totals_box = QGroupBox(self.tr("Totals (summed from the activities)"))
        QVBoxLayout(totals_box).addWidget(self.totals_view)

        self.untouched = TaskTableModel(self)
        self.untouched_view = QTableView()
        self.untouched_view.setModel(self.untouched)
        self.untouched_view.verticalHeader().hide()
        compact_rows(self.untouched_view)
        self.untouched_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.untouched_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.untouched_view.setWordWrap(False)
        self.untouched_view.setColumnHidden(COL_STATUS, True)
        self.untouched_view.setToolTip(self.tr("Click a task to open it"))
        header = self.untouched_view.horizontalHeader()
        header.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        self.untouched_done = QLabel(self.tr("Every task has at least one activity."))
        self.untouched_done.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.untouched_done.setStyleSheet("color:#1b5e20")
        self.untouched_box = QGroupBox()
        untouched_layout = QVBoxLayout(self.untouched_box)
        untouched_layout.addWidget(self.untouched_view)
        untouched_layout.addWidget(self.untouched_done)

        lists = QHBoxLayout()
        lists.addWidget(totals_box, 1)
        lists.addWidget(self.untouched_box, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(cards)
        layout.addLayout(step)
        layout.addLayout(lists, 1)

        self.step_button.clicked.connect(self._step_clicked)
        self.untouched_view.clicked.connect(self._untouched_clicked)
        self.untouched_view.activated.connect(self._untouched_clicked)

    # content -------------------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """Something changed: refresh now if on screen, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        summary = office_summary(self.installation, self._today())
        self.summary = summary
        self.stale = False
        for status, card in self.status_cards.items():
            card.set_value(str(summary.status_counts[status]))
        self.activities_card.set_value(format_number(summary.activity_count))
        self._show_deadline(summary)
        self.totals.set_totals([(total.indicator, total.total) for total in summary.totals])
        self.untouched.set_tasks(summary.tasks_without_activity)
        count = len(summary.tasks_without_activity)
        self.untouched_box.setTitle(self.tr("Tasks with no activity yet ({count})").format(
            count=count))
        self.untouched_view.setVisible(count > 0)
        self.untouched_done.setVisible(count == 0)
        self._show_step(next_step(summary))

    def _show_deadline(self, summary: OfficeSummary) -> None:
        days, deadline = summary.days_left, format_date(summary.deadline)
        if days > 0:
            caption = self.tr("days left until the report is due ({date})").format(date=deadline)
            colour = "#1b5e20" if days > 14 else "#a15c00"
        elif days == 0:
            caption = self.tr("the report is due today ({date})").format(date=deadline)
            colour = "#b00020"
        else:
            caption = self.tr("days overdue (the report was due {date})").format(date=deadline)
            colour = "#b00020"
        self.deadline_card.set_value(str(abs(days)), caption)
        self.deadline_card.number.setStyleSheet(
            f"font-size: 20pt; font-weight: bold; color: {colour}")

    def _show_step(self, step: NextStep) -> None:
        self.step = step
        if step.kind is StepKind.RESULT:
            self.step_button.setText(self.tr("Record the result of task {code}").format(
                code=step.task_code))
        elif step.kind is StepKind.ACTIVITY:
            self.step_button.setText(self.tr("Add an activity to task {code}").format(
                code=step.task_code))
        else:
            self.step_button.setText(self.tr("Export the report"))
        self.step_label.setText(step.task_title if step.task_code else self.tr(
            "Every task has its result: the report can be exported and sent."))
        self.step_label.setToolTip(step.task_title)

    def _step_clicked(self) -> None:
        step = self.step
        if step is None:
            return
        if step.kind is StepKind.REPORT:
            self.report_requested.emit()
        elif step.task_code is not None:
            self.task_requested.emit(step.task_code, step.kind is StepKind.ACTIVITY)

    def _untouched_clicked(self) -> None:
        index = self.untouched_view.currentIndex()
        item = index.data(TASK_ROLE) if index.isValid() else None
        if item is not None:
            self.task_requested.emit(item.task.code, True)
