"""Small settings the admin's tables share."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

from kh14_desktop.ui.views import compact_rows


def table_view(model: QAbstractItemModel) -> QTableView:
    """A read-only table of whole rows, one line each."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    compact_rows(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view
