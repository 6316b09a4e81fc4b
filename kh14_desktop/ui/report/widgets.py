"""Small widgets the report screens share: the fingerprint to read out, passphrase fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.services.signing import MIN_PASSPHRASE_LENGTH

ERROR_STYLE = "color:#b00020"
GOOD_STYLE = "color:#1b5e20"
WARN_STYLE = "color:#a15c00"


def wrapped(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def fingerprint_lines(fingerprint: str) -> str:
    """Eight groups as two lines of four: read out over the phone one line at a time."""
    groups = fingerprint.split()
    if len(groups) != 8:
        return fingerprint
    return " ".join(groups[:4]) + "\n" + " ".join(groups[4:])


class FingerprintLabel(QLabel):
    """The key's fingerprint, large and in a fixed-width font, so that 0 and O, 1 and I
    do not get confused when it is read out."""

    def __init__(self, fingerprint: str = "", point_size: int = 17,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprint")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(point_size)
        font.setWeight(QFont.Weight.Bold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 105)
        self.setFont(font)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("#fingerprint { color:#0d47a1; background:#eef3fb; "
                           "border:1px solid #c5d5ee; border-radius:4px; padding:4px 10px; }")
        # as wide as the groups, not the window: it reads as one thing to read out
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set_fingerprint(fingerprint)

    def set_fingerprint(self, fingerprint: str) -> None:
        self.fingerprint = fingerprint
        self.setText(fingerprint_lines(fingerprint))
        self.setAccessibleName(fingerprint)


class PassphraseField(QWidget):
    """A masked passphrase with a button to show what was typed (checking a word typed
    with a Vietnamese keyboard is easier when it can be seen)."""

    returnPressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("Show"))
        self.toggle.setToolTip(self.tr("Show or hide the passphrase"))
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self.toggle.toggled.connect(self._toggled)
        self.edit.returnPressed.connect(self.returnPressed)

    def _toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                              else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()

    def select_for_retyping(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()


def passphrase_strength(text: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: a hint, not a rule (six characters suffice)."""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return 0
    kinds = sum((any(c.islower() for c in text), any(c.isupper() for c in text),
                 any(c.isdigit() for c in text), any(not c.isalnum() for c in text)))
    if len(set(text)) <= 2:
        return 1
    if len(text) >= 12 or (len(text) >= 9 and kinds >= 3):
        return 3
    if len(text) >= 8 or kinds >= 2:
        return 2
    return 1


class NewPassphraseForm(QWidget):
    """Choose a passphrase: typed twice, at least six characters, with a strength hint."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = PassphraseField()
        self.second = PassphraseField()
        self.strength = wrapped()
        self.problem_label = wrapped(style=ERROR_STYLE)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat it:"), self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.strength)
        layout.addWidget(self.problem_label)
        for field in (self.first, self.second):
            field.edit.textChanged.connect(self._changed)
        self.setFocusProxy(self.first)
        self._changed()

    def problem(self) -> str:
        """Why the passphrase cannot be taken yet, or "" when it can."""
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_PASSPHRASE_LENGTH:
            return self.tr("The passphrase needs at least {minimum} characters.").format(
                minimum=MIN_PASSPHRASE_LENGTH)
        if first != second:
            return self.tr("The two passphrases are not the same yet.")
        return ""

    def passphrase(self) -> str | None:
        return None if self.problem() else self.first.text()

    def _changed(self) -> None:
        first = self.first.text()
        level = passphrase_strength(first)
        text, style = (
            (self.tr("Too short: at least {minimum} characters.").format(
                minimum=MIN_PASSPHRASE_LENGTH), ERROR_STYLE),
            (self.tr("Weak: usable, but longer is safer (a few words, a number)."),
             WARN_STYLE),
            (self.tr("Fair."), WARN_STYLE),
            (self.tr("Strong."), GOOD_STYLE),
        )[level]
        self.strength.setText(self.tr("Strength: {verdict}").format(verdict=text)
                              if first else "")
        self.strength.setStyleSheet(style)
        # say what is wrong only once the person has got as far as the second field
        problem = self.problem() if self.second.text() else ""
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.changed.emit()

    def show_problem(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))


def passphrase_explanation() -> str:
    """What the passphrase is for, in the words the wizard and the key dialog share."""
    return QCoreApplication.translate(
        "PassphraseHelp",
        "The report files of this office are signed with a key kept on this PC. The key is "
        "locked with a passphrase, like the PIN of a digital signature token: the program "
        "asks for it at every export. Choose at least {minimum} characters that the people "
        "who export will remember. It cannot be recovered: if it is forgotten, a new key "
        "must be made and the Department of Information and Communications told of its "
        "fingerprint.").format(minimum=MIN_PASSPHRASE_LENGTH)
