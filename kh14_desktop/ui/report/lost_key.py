"""Settings › Signing key › Forgot the passphrase: the two pages of the key dialog for it.

A forgotten passphrase cannot be recovered, and the current key cannot sign a hand-over to a
new one. So the new key is trusted by the Department only after the office reads its
fingerprint out over the phone. The first page says so plainly (and must be acknowledged);
the second shows the new fingerprint large, to be read out.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.ui.report.widgets import (
    ERROR_STYLE,
    WARN_STYLE,
    FingerprintLabel,
    NewPassphraseForm,
    wrapped,
)


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size:13pt; font-weight:bold")
    return label


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


class LostKeyPage(QWidget):
    """What happens, the acknowledgement, and the new passphrase typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explanation = wrapped(self.tr(
            "A forgotten passphrase cannot be recovered, and without it the current key can "
            "no longer sign. The program can make a new key instead:"
            "<ul>"
            "<li>the current key is <b>discarded for good</b>: it can never sign again, even "
            "if the passphrase comes back to mind;</li>"
            "<li>reports already sent stay valid;</li>"
            "<li>the Department does not know the new key yet. <b>Call the Department of "
            "Information and Communications and read out the new fingerprint</b> (8 groups) "
            "<b>before sending a report</b>: until they confirm it, they keep this office's "
            "reports apart.</li>"
            "</ul>"))
        self.understood = QCheckBox(self.tr(
            "I understand: the current key is discarded, and I will call the Department"))
        self.form = NewPassphraseForm()
        self.error = wrapped(style=ERROR_STYLE)
        self.error.hide()
        self.ok_button = QPushButton(self.tr("&Make a new key"))
        self.ok_button.setDefault(True)
        self.back_button = QPushButton(self.tr("Back"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Forgot the passphrase")))
        layout.addWidget(self.explanation)
        layout.addWidget(self.understood)
        layout.addWidget(QLabel(self.tr("New passphrase:")))
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(_buttons(self.ok_button, self.back_button))
        self.understood.toggled.connect(self._update)
        self._update()

    def reset(self) -> None:
        self.understood.setChecked(False)
        self.form.first.clear()
        self.form.second.clear()
        self.error.hide()
        self.understood.setFocus()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.understood.isChecked())

    def passphrase(self) -> str | None:
        """The new passphrase once it may be used; otherwise says what is missing."""
        if not self.understood.isChecked():
            self.error.setText(self.tr("Tick the box first: the current key will be "
                                       "discarded."))
            self.error.show()
            return None
        passphrase = self.form.passphrase()
        if passphrase is None:
            self.form.show_problem()
        return passphrase


class NewKeyPage(QWidget):
    """The new fingerprint, large, with what to do with it now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fingerprint = FingerprintLabel(point_size=26)
        self.instruction = wrapped(self.tr(
            "<b>Call the Department of Information and Communications now</b> and read out "
            "these 8 groups, one line at a time. Send a report only after they have "
            "confirmed them: until then the Department keeps this office's reports apart."))
        self.old_label = wrapped(style=WARN_STYLE)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("The new key is made")))
        layout.addWidget(QLabel(self.tr("New fingerprint:")))
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.instruction)
        layout.addWidget(self.old_label)
        layout.addStretch(1)
        layout.addLayout(_buttons(self.done_button))

    def show_keys(self, old_fingerprint: str, new_fingerprint: str) -> None:
        self.fingerprint.set_fingerprint(new_fingerprint)
        self.old_label.setText(self.tr("The old key ({fingerprint}) is no longer used.").format(
            fingerprint=old_fingerprint))
