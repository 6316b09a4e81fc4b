"""What an import did, one row per file: the outcome in colour, the reason in words.

A consolidated file is one row, followed by one indented row per report it carried. A
file signed by another key than its unit's trusted one is the row that must not be
missed: red, bold, on a red ground, with ⚠.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kh14_desktop.domain.messages import render
from kh14_desktop.domain.plan import Plan
from kh14_desktop.services.importer import WRITTEN, ImportOutcome, ImportResult
from kh14_desktop.ui.admin.labels import (
    KEY_MISMATCH_BACKGROUND,
    OUTCOME_COLOURS,
    check_label,
    outcome_icon_kind,
    outcome_label,
    standard_icon,
)
from kh14_desktop.ui.i18n import current_language

COL_FILE, COL_UNIT, COL_OUTCOME, COL_SEQUENCE, COL_MESSAGE = range(5)
COLUMN_COUNT = 5
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1  # the ImportResult of the row
OUTCOME_ROLE = Qt.ItemDataRole.UserRole + 2  # its ImportOutcome

ModelIndex = QModelIndex | QPersistentModelIndex
REFUSED = frozenset({ImportOutcome.KEY_MISMATCH, ImportOutcome.WRONG_PLAN,
                     ImportOutcome.REJECTED})


@dataclass(frozen=True)
class ResultRow:
    result: ImportResult
    inner: bool  # a report carried inside a consolidated file


def outcome_counts(results: Iterable[ImportResult]) -> dict[str, int]:
    """The counts `import.summary` names (the files given, not the reports inside)."""
    results = list(results)
    counts = Counter(result.outcome for result in results)
    return {
        "total": len(results),
        "written": sum(counts[o] for o in WRITTEN),
        "duplicate": counts[ImportOutcome.DUPLICATE],
        "older": counts[ImportOutcome.OLDER],
        "waiting": counts[ImportOutcome.UNKNOWN_KEY],
        "refused": sum(counts[o] for o in REFUSED),
    }


def summary_text(results: Iterable[ImportResult]) -> str:
    """"12 tệp: nhập 9, trùng 1, …", in the words `kh14 import` ends with."""
    return render("import.summary", current_language(), **outcome_counts(results))


def key_mismatches(results: Iterable[ImportResult]) -> list[ImportResult]:
    """Files (and reports inside consolidated files) signed by a unit's other key."""
    found = []
    for result in results:
        for item in (result, *result.inner):
            if item.outcome is ImportOutcome.KEY_MISMATCH:
                found.append(item)
    return found


def reason_text(result: ImportResult) -> str:
    """The core's explanation, and for a refused file which check (and member) failed."""
    text = result.message(current_language())
    if result.outcome is ImportOutcome.REJECTED and result.check:
        where = QCoreApplication.translate("ImportResultModel", "Failed check: {check}").format(
            check=check_label(result.check))
        if result.member:
            where += QCoreApplication.translate("ImportResultModel", " (member “{member}”)") \
                .format(member=result.member)
        text = f"{text}\n{where}"
    return text


class ImportResultModel(QAbstractTableModel):
    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.results: list[ImportResult] = []
        self._rows: list[ResultRow] = []

    def set_results(self, results: list[ImportResult]) -> None:
        self.beginResetModel()
        self.results = list(results)
        self._rows = []
        for result in results:
            self._rows.append(ResultRow(result, False))
            self._rows.extend(ResultRow(inner, True) for inner in result.inner)
        self.endResetModel()

    def result_at(self, row: int) -> ImportResult:
        return self._rows[row].result

    def outcomes(self) -> list[ImportOutcome]:
        """The outcome of each row, in order (tests and summaries read this)."""
        return [row.result.outcome for row in self._rows]

    def unit_name(self, unit_id: str) -> str:
        return self.plan.unit(unit_id).name if self.plan.has_unit(unit_id) else unit_id

    # Qt's table interface -------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = current_language()
        return (render("head.file", lang), render("head.unit", lang),
                render("head.outcome", lang), render("head.sequence", lang),
                render("head.reason", lang))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        result, column = row.result, index.column()
        loud = result.outcome is ImportOutcome.KEY_MISMATCH
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_FILE:
                return result.name + (f"\nSHA-256 {result.file_sha256}"
                                      if result.file_sha256 else "")
            if column == COL_UNIT and result.fingerprint:
                return QCoreApplication.translate("ImportResultModel", "Key fingerprint: {fp}") \
                    .format(fp=result.fingerprint)
            if column in (COL_OUTCOME, COL_MESSAGE):
                return reason_text(result)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (column == COL_OUTCOME or loud):
            return QBrush(QColor(OUTCOME_COLOURS[result.outcome]))
        if role == Qt.ItemDataRole.BackgroundRole and loud:
            return QBrush(QColor(KEY_MISMATCH_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and (loud or column == COL_OUTCOME):
            font = QFont()
            font.setBold(loud or result.outcome in REFUSED)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == COL_OUTCOME:
            return standard_icon(outcome_icon_kind(result.outcome))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SEQUENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RESULT_ROLE:
            return result
        if role == OUTCOME_ROLE:
            return result.outcome
        return None

    def _display(self, row: ResultRow, column: int) -> str:
        result = row.result
        if column == COL_FILE:
            # a report inside a consolidated file is named "file › member": show the member
            return "    ↳ " + result.name.rsplit(" › ", 1)[-1] if row.inner else result.name
        if column == COL_UNIT:
            return self.unit_name(result.unit_id) if result.unit_id else ""
        if column == COL_OUTCOME:
            return outcome_label(result.outcome)
        if column == COL_SEQUENCE:
            return str(result.sequence) if result.sequence is not None else ""
        return reason_text(result).replace("\n", " — ")
