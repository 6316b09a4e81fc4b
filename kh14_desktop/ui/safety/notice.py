"""A line in the status bar when a check found something: what, and a button to see it.

Quiet by design: nothing shows while all is well, and it never takes the focus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from kh14_desktop.ui.status_message import StatusMessage


class SafetyNotice(StatusMessage):
    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SafetyNotice", "See what to do…"), parent)
        self.setObjectName("safetyNotice")
        self.label.setStyleSheet("color: #a15c00")
        self.details_button = self.button
        self.details_button.clicked.connect(self.details_requested.emit)

    def show_text(self, text: str, tooltip: str = "") -> None:
        self.label.setText(text)
        self.label.setToolTip(tooltip)
        self.show()
