"""Message boxes with buttons labelled in our own words (Qt has no Vietnamese for them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kh14_desktop.domain.errors import UserError
from kh14_desktop.ui.i18n import current_language


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         detail: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if detail:
        box.setInformativeText(detail)
    return box


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text, detail)
    box.addButton(QCoreApplication.translate("dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_user_error(parent: QWidget | None, title: str, error: UserError) -> None:
    show_error(parent, title, error.message(current_language()))


def show_info(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text, detail)
    box.addButton(QCoreApplication.translate("dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str,
        detail: str = "") -> bool:
    """A question with two buttons that say what they do ("Xóa" / "Giữ lại")."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, detail)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button
