"""The Matrix page: units × tasks in status colours; a click shows what the unit reported."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.plan import Role
from kh14_desktop.services.consolidation import STATE_COLOURS, CellState, MatrixCell
from kh14_desktop.ui.admin.cell_detail import cell_html
from kh14_desktop.ui.admin.labels import cell_state_label, role_mark
from kh14_desktop.ui.admin.matrix_model import CELL_ROLE, MatrixFilter, MatrixModel
from kh14_desktop.ui.admin.snapshot import AdminData
from kh14_desktop.ui.views import compact_rows

SEARCH_DELAY_MS = 150
LEGEND_STATES = (CellState.DONE, CellState.IN_PROGRESS, CellState.NOT_STARTED,
                 CellState.NOT_APPLICABLE, CellState.NOT_REPORTED)


class StateCellDelegate(QStyledItemDelegate):
    """A chosen cell keeps its state colour (the usual blue fill would hide it); a dark
    frame shows which one is chosen."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QStyleOptionViewItem(option)
        plain.state = plain.state & ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        if selected:
            painter.save()
            painter.setPen(QPen(QColor("#0d47a1"), 3))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


class MatrixPage(QWidget):
    def __init__(self, data: AdminData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        plan = data.runner.installation.plan()
        self.plan = plan
        self.shown_cell: MatrixCell | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search units (accents optional)…"))
        self.search.setClearButtonEnabled(True)
        self.group_filter = QComboBox()
        self.group_filter.addItem(self.tr("All units"), None)
        self.group_filter.addItem(self.tr("Departments"), "departments")
        self.group_filter.addItem(self.tr("Districts, town, city"), "districts")
        self.group_filter.addItem(self.tr("Other bodies"), "others")
        self.part_filter = QComboBox()
        self.part_filter.addItem(self.tr("All tasks"), None)
        self.part_filter.addItem(self.tr("Part II: contents"), "II")
        self.part_filter.addItem(self.tr("Part IV: duties"), "IV")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.group_filter)
        bar.addWidget(self.part_filter)

        self.model = MatrixModel(plan, self)
        self.proxy = MatrixFilter(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        compact_rows(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegate(StateCellDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(self.fontMetrics().horizontalAdvance("IV.1.10") + 14)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setMinimumWidth(240)
        self.detail.setPlaceholderText(self.tr(
            "Click a cell to read what the unit reported on that task."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        legend = QHBoxLayout()
        legend.setSpacing(6)
        for state in LEGEND_STATES:
            swatch = QLabel(cell_state_label(state))
            swatch.setStyleSheet(f"background:#{STATE_COLOURS[state]}; color:#000;"
                                 " padding: 1px 6px; border: 1px solid #c8c8c8")
            legend.addWidget(swatch)
        roles = QLabel(self.tr("<b>{lead}</b> lead · <i>{cooperating}</i> cooperating").format(
            lead=role_mark_text("lead"), cooperating=role_mark_text("cooperating")))
        legend.addWidget(roles)
        legend.addStretch(1)
        self.count_label = QLabel()
        legend.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(legend)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.group_filter.currentIndexChanged.connect(self.apply_filters)
        self.part_filter.currentIndexChanged.connect(self.apply_filters)
        self.table.clicked.connect(self.show_cell_at)
        self.table.selectionModel().currentChanged.connect(
            lambda current, _previous: self.show_cell_at(current))
        data.changed.connect(self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        self.data.ensure_loaded()
        super().showEvent(event)

    # content --------------------------------------------------------------------------------
    def refresh(self) -> None:
        snapshot = self.data.snapshot
        if snapshot is None:
            return
        c = snapshot.consolidation
        self.model.set_matrix(c.matrix, {task.code: task.title for task in c.tasks})
        self.apply_filters()
        if self.shown_cell is not None:  # the same unit and task, as reported now
            self.show_cell(self.shown_cell.unit.id, self.shown_cell.task_code)

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.proxy.set_filter(self.group_filter.currentData(), self.part_filter.currentData(),
                              self.search.text())
        self.count_label.setText(self.tr("{units} units × {tasks} tasks").format(
            units=self.proxy.rowCount(), tasks=self.proxy.columnCount()))

    def show_cell(self, unit_id: str, task_code: str) -> bool:
        """Select the cell of a unit and a task (if the filters show it) and show its report."""
        try:
            row, column = self.model.position(unit_id, task_code)
        except (StopIteration, ValueError):
            return False
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if index.isValid():
            self.table.setCurrentIndex(index)
        self._show(self.model.cell_at(row, column))
        return True

    def show_cell_at(self, index: QModelIndex) -> None:
        cell = index.data(CELL_ROLE) if index.isValid() else None
        if isinstance(cell, MatrixCell):
            self._show(cell)

    def _show(self, cell: MatrixCell) -> None:
        snapshot = self.data.snapshot
        if snapshot is None:
            return
        self.shown_cell = cell
        self.detail.setHtml(cell_html(cell, snapshot.consolidation))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()


def role_mark_text(role: str) -> str:
    return role_mark(Role(role))
