"""The units × tasks matrix as a table model: one row per unit, one column per task.

A cell's ground is its state, in the colours the workbook uses; its letter says the unit's
role (lead in bold, cooperating in italics), so the two read apart without colour too.
"""

from __future__ import annotations

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
from PySide6.QtGui import QBrush, QColor, QFont

from kh14_desktop.domain.plan import Plan, Role, Unit
from kh14_desktop.domain.text import narrow
from kh14_desktop.services.consolidation import STATE_COLOURS, Matrix, MatrixCell
from kh14_desktop.ui.admin.labels import cell_state_label, kind_group, role_mark
from kh14_desktop.ui.labels import role_label

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # the MatrixCell
ModelIndex = QModelIndex | QPersistentModelIndex


def task_part(plan: Plan, code: str) -> str:
    """"II" or "IV": a code only a report names still tells its part by its first word."""
    return plan.task(code).part if plan.has_task(code) else code.split(".", 1)[0]


class MatrixModel(QAbstractTableModel):
    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.matrix = Matrix((), (), ())
        self.titles: dict[str, str] = {}

    def set_matrix(self, matrix: Matrix, titles: dict[str, str]) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.titles = titles
        self.endResetModel()

    def cell_at(self, row: int, column: int) -> MatrixCell:
        return self.matrix.rows[row][column]

    def position(self, unit_id: str, task_code: str) -> tuple[int, int]:
        row = next(i for i, unit in enumerate(self.matrix.units) if unit.id == unit_id)
        return row, self.matrix.task_codes.index(task_code)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.units)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.matrix.task_codes)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self.matrix.task_codes):
                return None
            code = self.matrix.task_codes[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return code
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{code} — {self.titles.get(code, code)}"
            return None
        if section >= len(self.matrix.units):
            return None
        unit = self.matrix.units[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return unit.short_name or unit.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return unit.name
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell_at(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return role_mark(cell.role)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#" + STATE_COLOURS[cell.state]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))  # the fills are light in every theme
        if role == Qt.ItemDataRole.FontRole and cell.role is not None:
            font = QFont()
            font.setBold(cell.role is Role.LEAD)
            font.setItalic(cell.role is Role.COOPERATING)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == CELL_ROLE:
            return cell
        return None

    def _tooltip(self, cell: MatrixCell) -> str:
        lines = [cell.unit.name, f"{cell.task_code} — {self.titles.get(cell.task_code, '')}"]
        state = cell_state_label(cell.state)
        if cell.role is not None:
            lines.append(f"{role_label(cell.role)}: {state}")
        else:
            lines.append(state)
        if cell.entry is not None:
            lines.append(QCoreApplication.translate("MatrixModel", "Click for the unit's report"))
        return "\n".join(lines)


class MatrixFilter(QSortFilterProxyModel):
    """Units of one group whose name the search holds; tasks of one part."""

    def __init__(self, model: MatrixModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.matrix_model = model
        self.group: str | None = None  # "departments", "districts", "others"
        self.part: str | None = None  # "II", "IV"
        self.search = ""
        self._found: set[str] | None = None

    def set_filter(self, group: str | None, part: str | None, search: str) -> None:
        self.beginFilterChange()
        self.group, self.part, self.search = group, part, search
        units = self.matrix_model.matrix.units
        self._found = None if not search.strip() else {
            unit.id for unit in narrow(search, units, _unit_texts)}
        self.endFilterChange()

    def refresh(self) -> None:
        self.set_filter(self.group, self.part, self.search)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        unit = self.matrix_model.matrix.units[source_row]
        if self._found is not None and unit.id not in self._found:
            return False
        return self.group is None or kind_group(unit.kind) == self.group

    def filterAcceptsColumn(self, source_column: int, source_parent: ModelIndex) -> bool:
        if self.part is None:
            return True
        code = self.matrix_model.matrix.task_codes[source_column]
        return task_part(self.matrix_model.plan, code) == self.part


def _unit_texts(unit: Unit) -> tuple[str, ...]:
    return (unit.name, unit.short_name, unit.id, *unit.aliases)
