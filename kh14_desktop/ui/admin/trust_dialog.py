"""Keys waiting for the admin's word, and the dialog in which it is given.

A unit's first key is trusted only when the fingerprint the office reads out over the
phone is the one on the screen. The dialog shows it large, in its eight groups, and checks
what the admin types as it is read out (spaces and case do not matter).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.messages import render
from kh14_desktop.ui.admin.labels import DANGER, GOOD, QUIET
from kh14_desktop.ui.admin.snapshot import WaitingKey
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.rows_model import RowsModel

COL_UNIT, COL_FINGERPRINT, COL_FILES, COL_STATE = range(4)
WAITING_ROLE = Qt.ItemDataRole.UserRole + 1  # the WaitingKey of the row
ModelIndex = QModelIndex | QPersistentModelIndex

_SEPARATORS = re.compile(r"[\s\-:.]+")


def compact(text: str) -> str:
    """A fingerprint as the office reads it, without its spaces, in capitals."""
    return _SEPARATORS.sub("", text).upper()


def compare_read_out(typed_text: str, fingerprint: str) -> tuple[str, str, bool]:
    """What the admin typed as the office read it out, against the fingerprint on screen:
    (what to tell the admin, its colour, whether all 8 groups match)."""
    typed, wanted = compact(typed_text), compact(fingerprint)
    if typed == wanted:
        return QCoreApplication.translate("TrustDialog", "✓ All 8 groups match."), GOOD, True
    first_wrong = next((i for i, (a, b) in enumerate(zip(typed, wanted, strict=False))
                        if a != b), None)
    if first_wrong is not None or len(typed) > len(wanted):
        group = (first_wrong if first_wrong is not None else len(wanted)) // 4 + 1
        return QCoreApplication.translate(
            "TrustDialog", "✗ Group {group} does not match. Do not trust this key: ask the "
            "unit again.").format(group=group), DANGER, False
    return QCoreApplication.translate("TrustDialog", "So far so good: {count} of 8 groups "
                                      "typed.").format(count=len(typed) // 4), QUIET, False


class WaitingKeysModel(RowsModel[WaitingKey]):
    column_count = 4
    set_keys = RowsModel.set_rows
    key_at = RowsModel.row_at

    def headers(self) -> tuple[str, ...]:
        lang = current_language()
        return (render("head.unit", lang), render("head.fingerprint", lang),
                QCoreApplication.translate("WaitingKeysModel", "Files waiting"),
                QCoreApplication.translate("WaitingKeysModel", "What to do"))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        key = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_UNIT:
                return key.unit_name
            if column == COL_FINGERPRINT:
                return key.fingerprint
            if column == COL_FILES:
                return str(len(key.file_names))
            if key.retired:
                return QCoreApplication.translate(
                    "WaitingKeysModel", "⚠ Signed with a key this unit has replaced: never "
                    "trusted again")
            if key.from_office:
                return QCoreApplication.translate(
                    "WaitingKeysModel", "⚠ A unit's key forwarding other units' reports: "
                    "possibly forged, never trusted for that")
            if key.conflicts:
                return QCoreApplication.translate(
                    "WaitingKeysModel", "⚠ Another key is trusted for this unit: possibly "
                    "forged, call the unit")
            return QCoreApplication.translate(
                "WaitingKeysModel", "Call the unit and compare the fingerprint, then Trust…")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_FILES:
                return "\n".join(key.file_names)
            if key.conflicts and not key.from_office:
                trusted = QCoreApplication.translate(
                    "WaitingKeysModel", "Trusted key of the unit: {fingerprint}").format(
                    fingerprint=key.trusted_fingerprint)
                return trusted if not key.replaceable else trusted + "\n" + \
                    QCoreApplication.translate(
                        "WaitingKeysModel", "Only if the unit confirms by phone that it lost "
                        "that key: Confirm the unit's new key…")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and key.conflicts:
            return QBrush(QColor(DANGER))
        if role == Qt.ItemDataRole.FontRole and column == COL_FINGERPRINT:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_FILES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == WAITING_ROLE:
            return key
        return None


class TrustDialog(QDialog):
    """Confirm a unit's key by its fingerprint, read out by the office over the phone."""

    def __init__(self, key: WaitingKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setWindowTitle(self.tr("Trust the signing key of {unit}").format(unit=key.unit_name))
        self.setMinimumWidth(480)

        unit = QLabel(f"<b style='font-size:13pt'>{key.unit_name}</b>")
        unit.setTextFormat(Qt.TextFormat.RichText)
        groups = key.fingerprint.split()
        self.fingerprint_label = QLabel(" ".join(groups[:4]) + "\n" + " ".join(groups[4:]))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(22)
        font.setWeight(QFont.Weight.Bold)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setStyleSheet(
            "QLabel { border: 1px solid #c8c8c8; border-radius: 4px; padding: 8px 16px;"
            " background: palette(base); letter-spacing: 2px; }")
        instruction = QLabel(self.tr(
            "Call the unit and ask them to read out the fingerprint shown in their program "
            "(Settings › Signing key); press Trust only when all 8 groups match."))
        instruction.setWordWrap(True)
        # a consolidated file's key vouches for other units: say so before it is trusted
        self.consolidator_note = QLabel(self.tr(
            "These are consolidated files: this key forwards other units' reports. Trust it "
            "only if it is the key of the admin of the level below ({unit}); an office never "
            "sends consolidated files. Each report inside is still checked against its own "
            "unit's key; units with no key here are accepted on this admin's word.").format(
            unit=key.unit_name))
        self.consolidator_note.setWordWrap(True)
        self.consolidator_note.setStyleSheet(f"color:{DANGER}")
        self.consolidator_note.setVisible(key.consolidated)
        if key.consolidated:
            self.setWindowTitle(self.tr("Trust {unit}'s key as a consolidator").format(
                unit=key.unit_name))
        files = QLabel(self.tr("{count} file(s) wait for this key: {names}").format(
            count=len(key.file_names), names=", ".join(key.file_names[:3])
            + (" …" if len(key.file_names) > 3 else "")))
        files.setWordWrap(True)
        files.setStyleSheet(f"color:{QUIET}")

        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("e.g. 3F2A 9C01 … (spaces optional)"))
        self.typed.setMaxLength(64)
        self.typed.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.match_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("What the unit reads out (optional):"), self.typed)
        form.addRow("", self.match_label)

        self.trust_button = QPushButton(self.tr("Trust"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.trust_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter in the field must not trust by accident
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(unit)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(instruction)
        layout.addWidget(self.consolidator_note)
        layout.addWidget(files)
        layout.addLayout(form)
        layout.addLayout(buttons)

        self.typed.textChanged.connect(self._check)
        self.typed.returnPressed.connect(self._return_pressed)
        self.trust_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self._check("")

    def typed_matches(self) -> bool | None:
        """True or False once something is typed; None while the field is empty."""
        typed = compact(self.typed.text())
        if not typed:
            return None
        return typed == compact(self.key.fingerprint)

    def _check(self, _text: str) -> None:
        typed = compact(self.typed.text())
        if not typed:
            self.match_label.setText(self.tr("Leave empty if you compare by eye."))
            self.match_label.setStyleSheet(f"color:{QUIET}")
            self.trust_button.setEnabled(True)
            return
        text, colour, matches = compare_read_out(typed, self.key.fingerprint)
        self.match_label.setText(text)
        self.match_label.setStyleSheet(f"color:{colour}")
        self.trust_button.setEnabled(matches)

    def _return_pressed(self) -> None:
        if self.typed_matches():
            self.accept()
