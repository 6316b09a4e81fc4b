"""Confirm a unit's new key after it lost the old one (a forgotten passphrase).

Files signed by another key than the one trusted for their unit are kept apart as possibly
forged. One honest reason exists: the office forgot its passphrase and made a new key, which
nothing can vouch for. Then, and only then, the admin replaces the unit's key: after the
office confirmed by phone that it lost the old key, and read out the new fingerprint group
by group. The dialog says so loudly, shows both keys, and lets the admin confirm only when
all 8 typed groups match and the call is confirmed. The old key is retired for good.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.ui.admin.labels import DANGER, QUIET
from kh14_desktop.ui.admin.snapshot import WaitingKey
from kh14_desktop.ui.admin.trust_dialog import compact, compare_read_out


def _fingerprint_label(fingerprint: str, point_size: int) -> QLabel:
    groups = fingerprint.split()
    label = QLabel(" ".join(groups[:4]) + "\n" + " ".join(groups[4:]))
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(point_size)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReplaceKeyDialog(QDialog):
    """Replace `key.trusted_fingerprint` by `key.fingerprint` for the unit; accepted only when
    the read-out fingerprint matches and the lost key is confirmed."""

    def __init__(self, key: WaitingKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setWindowTitle(self.tr("Confirm the new key of {unit}").format(unit=key.unit_name))
        self.setMinimumWidth(520)

        unit = QLabel(f"<b style='font-size:13pt'>{key.unit_name}</b>")
        unit.setTextFormat(Qt.TextFormat.RichText)
        self.warning = QLabel(self.tr(
            "<b>⚠ These files are signed by another key than the one you trust for this "
            "unit: they may be forged.</b> Confirm the new key only if you called the unit "
            "(at the number you know, not one given in an email or a file), it confirmed "
            "that it lost its old key (a forgotten passphrase), and it read out its new "
            "fingerprint to you. The old key is then retired for good: files signed with it "
            "are refused from now on."))
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color:{DANGER}; border:1px solid {DANGER}; "
                                   "padding:6px")
        self.new_fingerprint = _fingerprint_label(key.fingerprint, 20)
        self.new_fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_fingerprint.setStyleSheet(
            "QLabel { border: 1px solid #c8c8c8; border-radius: 4px; padding: 6px 16px;"
            " background: palette(base); }")
        self.old_fingerprint = QLabel(key.trusted_fingerprint)
        self.old_fingerprint.setFont(QFontDatabase.systemFont(
            QFontDatabase.SystemFont.FixedFont))
        self.old_fingerprint.setStyleSheet(f"color:{QUIET}")
        files = QLabel(self.tr("{count} file(s) wait for this key: {names}").format(
            count=len(key.file_names), names=", ".join(key.file_names[:3])
            + (" …" if len(key.file_names) > 3 else "")))
        files.setWordWrap(True)
        files.setStyleSheet(f"color:{QUIET}")

        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("the 8 groups the unit reads out"))
        self.typed.setMaxLength(64)
        self.typed.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.match_label = QLabel()
        self.lost_confirmed = QCheckBox(self.tr(
            "The unit confirmed by phone that it lost its old key"))
        form = QFormLayout()
        form.addRow(self.tr("Trusted key now (to be retired):"), self.old_fingerprint)
        form.addRow(self.tr("What the unit reads out:"), self.typed)
        form.addRow("", self.match_label)
        form.addRow("", self.lost_confirmed)

        self.replace_button = QPushButton(self.tr("Replace the unit's key"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.replace_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter must never replace a key by accident
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(unit)
        layout.addWidget(self.warning)
        layout.addWidget(QLabel(self.tr("New key of the unit, as the files carry it:")))
        layout.addWidget(self.new_fingerprint)
        layout.addWidget(files)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.typed.textChanged.connect(self._check)
        self.lost_confirmed.toggled.connect(self._check)
        self.replace_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self._check()
        self.typed.setFocus()

    def typed_matches(self) -> bool:
        return compact(self.typed.text()) == compact(self.key.fingerprint)

    def _check(self, *_args: object) -> None:
        if compact(self.typed.text()):
            text, colour, _matches = compare_read_out(self.typed.text(), self.key.fingerprint)
        else:  # unlike a first key, comparing by eye is not enough here
            text, colour = self.tr("Type the 8 groups as the unit reads them out."), QUIET
        self.match_label.setText(text)
        self.match_label.setStyleSheet(f"color:{colour}")
        self.replace_button.setEnabled(self.typed_matches() and self.lost_confirmed.isChecked())

    def accept(self) -> None:
        if self.typed_matches() and self.lost_confirmed.isChecked():
            super().accept()
