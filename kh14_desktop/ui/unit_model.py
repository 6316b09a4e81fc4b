"""A plan's units as a list model, filtered by diacritic-insensitive text ("van yen")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from kh14_desktop.domain.plan import Unit
from kh14_desktop.domain.text import narrow, sort_key
from kh14_desktop.services.lookup import unit_names

UNIT_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


class UnitListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._units: list[Unit] = []

    def set_units(self, units: list[Unit]) -> None:
        self.beginResetModel()
        self._units = sorted(units, key=lambda unit: sort_key(unit.name))
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self._units[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return unit.name
        if role == UNIT_ROLE:
            return unit
        return None

    def unit_at(self, row: int) -> Unit:
        return self._units[row]


class UnitFilterProxy(QSortFilterProxyModel):
    """Shows the units the typed text means, read the same way as `kh14 setup --unit`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown: set[str] | None = None

    def set_text(self, text: str) -> None:
        model = self.sourceModel()
        assert isinstance(model, UnitListModel)
        self.beginFilterChange()
        units = [model.unit_at(row) for row in range(model.rowCount())]
        self._shown = {unit.id for unit in narrow(text, units, unit_names)} if text.strip() \
            else None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self._shown is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, UnitListModel)
        return model.unit_at(source_row).id in self._shown
