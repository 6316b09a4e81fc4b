"""The figures of one activity: one number box per indicator the task counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.plan import Indicator
from kh14_desktop.ui.i18n import current_language

FIGURE_MAXIMUM = 2_000_000_000  # a spin box holds 32 bits; no count or budget comes near


class FiguresForm(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Figures"))
        self.spins: dict[str, QSpinBox] = {}
        self.form = QFormLayout()
        # names like "Tin, bài, tài liệu đăng trên cổng/trang thông tin điện tử" need the
        # whole width: each name above its box
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.setVerticalSpacing(2)
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()  # a future plan may count more than fit
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#555")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(scroll)
        layout.addWidget(self.hint)

    def set_indicators(self, indicators: Sequence[Indicator],
                       values: Mapping[str, int]) -> None:
        """One box per indicator, filled from `values` (0 where absent)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.spins = {}
        lang = current_language()
        for indicator in indicators:
            spin = QSpinBox()
            spin.setRange(0, FIGURE_MAXIMUM)
            spin.setGroupSeparatorShown(True)
            spin.setAccelerated(True)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
            spin.setMinimumWidth(110)
            spin.setValue(int(values.get(indicator.key, 0)))
            spin.valueChanged.connect(self.changed)
            label = QLabel(f"{indicator.label(lang)} ({indicator.measure_label(lang)})")
            label.setWordWrap(True)
            label.setBuddy(spin)
            self.form.addRow(label, spin)
            self.spins[indicator.key] = spin
        self.hint.setText(self.tr("Enter the figures of this activity only; the task's totals "
                                  "are summed from its activities.") if indicators else
                          self.tr("The plan asks for no figures for this task."))

    def values(self) -> dict[str, int]:
        """The figures given, zeros left out."""
        return {key: spin.value() for key, spin in self.spins.items() if spin.value()}
