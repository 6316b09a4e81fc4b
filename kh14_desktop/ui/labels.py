"""Translated words for the core's values (roles, statuses), in one place for every view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kh14_desktop.domain.plan import Role
from kh14_desktop.domain.progress import Status


def status_label(status: Status) -> str:
    return {
        Status.NOT_STARTED: QCoreApplication.translate("labels", "Not started"),
        Status.IN_PROGRESS: QCoreApplication.translate("labels", "In progress"),
        Status.DONE: QCoreApplication.translate("labels", "Done"),
        Status.NOT_APPLICABLE: QCoreApplication.translate("labels", "Did not arise"),
    }[status]


def role_label(role: Role, requested: bool = False, conditional: bool = False,
               adopted: bool = False) -> str:
    """"Phối hợp (tự thêm)" for a task the office put on its own list through an open
    clause: the plan did not name the unit, so the report must not suggest it did."""
    if role is Role.LEAD:
        text = QCoreApplication.translate("labels", "Lead")
    else:
        text = QCoreApplication.translate("labels", "Cooperating")
    if requested:
        text += " " + QCoreApplication.translate("labels", "(requested)")
    if conditional:
        text += " " + QCoreApplication.translate("labels", "(if it arises)")
    if adopted:
        text += " " + QCoreApplication.translate("labels", "(added by us)")
    return text
