"""Small settings every table of the window shares."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def compact_rows(view: QTableView) -> None:
    """Rows one line of text high, of one fixed height.

    The style's default is taller than a line at 125 % scaling, which wastes the few rows an
    old screen has; a fixed height also spares the view measuring every row of a long list.
    """
    header = view.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(view.fontMetrics().height() + 8)
