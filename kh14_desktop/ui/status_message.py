"""A message that sits in the status bar until it is dealt with: a line of text, one button
that acts on it, and × to hide it. Hidden until there is something to say; it never takes the
focus. The undo bar and the data-check notice are two of these."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class StatusMessage(QWidget):
    def __init__(self, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.button = QPushButton(button_text)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(
            QCoreApplication.translate("StatusMessage", "Hide this message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.hide)
        self.hide()
