"""Setting aside what was accepted wrongly, with a reason: a unit's counted report (from the
status page) or a trusted key (from the import page's list of trusted keys).

What is set aside stays in the data with the reason, which goes to the import log; no
status, consolidated PDF, workbook or package counts it any more, and the unit's next
genuine report takes its place (`services/revocation.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.received import MAX_SET_ASIDE_REASON


class SetAsideDialog(QDialog):
    def __init__(self, title: str, text: str, offer_key: bool,
                 parent: QWidget | None = None) -> None:
        """`offer_key`: a report's dialog also offers to set aside the key it rests on."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        label = QLabel(text)
        label.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_SET_ASIDE_REASON)
        self.reason.setPlaceholderText(self.tr("Reason, e.g. signed by a key the unit "
                                               "does not know"))
        # a forged report's key, or the consolidator that vouched for it, accepts nothing more
        self.with_key = QCheckBox(self.tr("Also stop trusting the key it rests on"))
        self.with_key.setToolTip(self.tr(
            "The key that signed the report, or the consolidator that vouched for it: nothing "
            "it signs is accepted any more, and every report it brought is set aside too."))
        self.with_key.setVisible(offer_key)
        self.set_aside_button = QPushButton(self.tr("Set aside"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.set_aside_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.set_aside_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(QLabel(self.tr("Reason (required):")))
        layout.addWidget(self.reason)
        layout.addWidget(self.with_key)
        layout.addLayout(buttons)
        self.reason.textChanged.connect(
            lambda typed: self.set_aside_button.setEnabled(bool(typed.strip())))
        self.set_aside_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

    @classmethod
    def for_report(cls, unit_name: str, sequence: int,
                   parent: QWidget | None = None) -> SetAsideDialog:
        title = QCoreApplication.translate(
            "SetAsideDialog", "Set aside the report of {unit}").format(unit=unit_name)
        text = QCoreApplication.translate(
            "SetAsideDialog",
            "The report number {sequence} of {unit} will no longer be counted in the status "
            "and the consolidated outputs. It is kept, with your reason, in the import log; "
            "the unit's next genuine report takes its place.").format(
            sequence=sequence, unit=unit_name)
        return cls(title, text, True, parent)

    @classmethod
    def for_key(cls, unit_name: str, fingerprint: str,
                parent: QWidget | None = None) -> SetAsideDialog:
        title = QCoreApplication.translate(
            "SetAsideDialog", "Stop trusting key {fingerprint}").format(fingerprint=fingerprint)
        text = QCoreApplication.translate(
            "SetAsideDialog",
            "Key {fingerprint} of {unit} will accept nothing more, and every report it signed "
            "or vouched for is set aside. Everything stays, with your reason, in the import "
            "log.").format(fingerprint=fingerprint, unit=unit_name)
        return cls(title, text, False, parent)
