"""Activities as a lazily filled table: pages of rows fetched from the database on demand.

An office can hold tens of thousands of activities. The model asks the service for the
total once (`count_activities`) and for rows one page at a time (`activities(limit,
offset)`) as the view scrolls, through Qt's `canFetchMore`/`fetchMore`; nothing copies
every row into a widget. The service keeps the order (by date, then entry) and does the
diacritic-insensitive search in SQL.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kh14_desktop.domain.dates import format_date
from kh14_desktop.domain.plan import Plan
from kh14_desktop.domain.progress import Activity
from kh14_desktop.services.office_work import EvidenceProblem, OfficeWork
from kh14_desktop.store.attachments import FileState
from kh14_desktop.ui.i18n import current_language, format_number

COL_DATE, COL_TASK, COL_TITLE, COL_FIGURES, COL_EVIDENCE = range(5)
COLUMN_COUNT = 5
ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1  # the Activity of the row
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 2  # its evidence problems (list, empty when fine)

PAGE_SIZE = 200
PROBLEM_COLOUR = "#b00020"

ModelIndex = QModelIndex | QPersistentModelIndex


def figures_text(plan: Plan, figures: Mapping[str, int], *, long: bool = False) -> str:
    """"2 cuộc · 120 lượt người": short enough for a table cell, in the plan's order.

    Two indicators can share a measure ("tin, bài" in the press and on the web portal):
    those then carry their name, or the cell would not say which is which."""
    lang = current_language()
    shown = [(indicator, figures[indicator.key]) for indicator in plan.indicators
             if figures.get(indicator.key)]
    measures = [indicator.measure_label(lang) for indicator, _ in shown]
    parts = []
    for indicator, value in shown:
        number = format_number(value)
        measure = indicator.measure_label(lang)
        if long or measures.count(measure) > 1:
            parts.append(f"{indicator.label(lang)}: {number} {measure}")
        else:
            parts.append(f"{number} {measure}")
    return ("\n" if long else " · ").join(parts)


def problem_text(problem: EvidenceProblem) -> str:
    if problem.state is FileState.MISSING:
        text = QCoreApplication.translate("ActivityTableModel",
                                          "“{name}” is missing from the store")
    else:
        text = QCoreApplication.translate("ActivityTableModel",
                                          "“{name}” was altered in the store")
    return text.format(name=problem.evidence.original_name)


class ActivityTableModel(QAbstractTableModel):
    """The activities of one task (or of all), matching a search, fetched page by page."""

    def __init__(self, work: OfficeWork, parent: QObject | None = None, *,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.work = work
        self.page_size = page_size
        self.task_code: str | None = None
        self.search = ""
        self.active = True  # False: show nothing (no task chosen)
        self.total = 0
        self._rows: list[Activity] = []
        self._problems: dict[int, list[EvidenceProblem]] = {}
        self._task_titles = {task.code: task.title for task in work.plan.tasks}

    # what to show ----------------------------------------------------------------------------
    def set_query(self, task_code: str | None = None, search: str = "") -> None:
        """Show the activities of `task_code` (None: every task) whose text holds `search`."""
        self.task_code, self.search, self.active = task_code, search, True
        self.reload()

    def clear(self) -> None:
        """Show no activity at all (while no task is chosen)."""
        self.active = False
        self.reload()

    def reload(self) -> None:
        """Read again from the database (after a change), keeping as many rows as were shown."""
        shown = max(len(self._rows), self.page_size)
        self.beginResetModel()
        self.total = self.work.count_activities(self.task_code, self.search) \
            if self.active else 0
        self._rows = []
        self.endResetModel()
        while len(self._rows) < min(shown, self.total) and self.canFetchMore():
            self.fetchMore()

    def set_problems(self, problems: list[EvidenceProblem]) -> None:
        """Flag the activities whose evidence files are missing or altered."""
        self._problems = {}
        for problem in problems:
            self._problems.setdefault(problem.activity_id, []).append(problem)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_EVIDENCE),
                                  self.index(len(self._rows) - 1, COL_EVIDENCE))

    def problems_of(self, activity_id: int) -> list[EvidenceProblem]:
        return self._problems.get(activity_id, [])

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def activity_at(self, row: int) -> Activity:
        return self._rows[row]

    def row_of(self, activity_id: int) -> int:
        for row, activity in enumerate(self._rows):
            if activity.id == activity_id:
                return row
        return -1

    # lazy fetching ---------------------------------------------------------------------------
    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self.work.activities(self.task_code, self.search, self.page_size,
                                    len(self._rows))
        if not page:
            # rows vanished since counting (deleted elsewhere): stop asking for more
            self.total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # Qt's table interface -------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("ActivityTableModel", "Date"),
            QCoreApplication.translate("ActivityTableModel", "Task"),
            QCoreApplication.translate("ActivityTableModel", "Activity"),
            QCoreApplication.translate("ActivityTableModel", "Figures"),
            QCoreApplication.translate("ActivityTableModel", "Evidence"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        activity = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(activity, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(activity, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_EVIDENCE \
                and activity.id in self._problems:
            return QBrush(QColor(PROBLEM_COLOUR))
        if role == ACTIVITY_ROLE:
            return activity
        if role == PROBLEM_ROLE:
            return self._problems.get(activity.id, [])
        return None

    def _display(self, activity: Activity, column: int) -> str:
        if column == COL_DATE:
            return format_date(activity.day)
        if column == COL_TASK:
            return activity.task_code
        if column == COL_TITLE:
            return activity.title
        if column == COL_FIGURES:
            return figures_text(self.work.plan, activity.figures)
        count = len(activity.evidence)
        if not count:
            return ""
        problems = self._problems.get(activity.id)
        if problems:
            return QCoreApplication.translate(
                "ActivityTableModel", "⚠ {count} of {total} files damaged").format(
                count=len(problems), total=count)
        return QCoreApplication.translate("ActivityTableModel", "{count} file(s)").format(
            count=count)

    def _tooltip(self, activity: Activity, column: int) -> str | None:
        if column == COL_TASK:
            return self._task_titles.get(activity.task_code)
        if column == COL_TITLE:
            return activity.title + ("\n\n" + activity.description
                                     if activity.description else "")
        if column == COL_FIGURES:
            return figures_text(self.work.plan, activity.figures, long=True) or None
        if column == COL_EVIDENCE and activity.evidence:
            lines = [evidence.original_name for evidence in activity.evidence]
            lines += [problem_text(problem) for problem in self._problems.get(activity.id, [])]
            return "\n".join(lines)
        return None
