"""A line in the status bar when a check found something: what, and a button to see it.

Quiet by design: nothing shows while all is well, and it never takes the focus."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class SafetyNotice(QWidget):
    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyNotice")
        self.label = QLabel()
        self.label.setStyleSheet("color: #a15c00")
        self.details_button = QPushButton(self.tr("See what to do…"))
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.details_button)
        layout.addWidget(self.close_button)
        self.details_button.clicked.connect(self.details_requested.emit)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_text(self, text: str, tooltip: str = "") -> None:
        self.label.setText(text)
        self.label.setToolTip(tooltip)
        self.show()
