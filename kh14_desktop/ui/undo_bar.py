"""The status bar's "Deleted activity … — Undo".

It is part of the window from the start, while the activity actions it serves are made the
first time something needs them (`MainWindow.actions`); it follows them from then on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kh14_desktop.domain.dates import format_date
from kh14_desktop.domain.progress import Activity
from kh14_desktop.ui.status_message import StatusMessage

if TYPE_CHECKING:
    from kh14_desktop.ui.activity_actions import ActivityActions


class UndoBar(StatusMessage):
    """"Deleted activity … — Undo": shown in the status bar after a delete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("UndoBar", "Undo (Ctrl+Z)"), parent)
        self.undo_button = self.button
        self.actions: ActivityActions | None = None

    def follow(self, actions: ActivityActions) -> None:
        self.actions = actions
        self.undo_button.clicked.connect(actions.undo_delete)
        actions.deleted.connect(self._deleted)
        actions.undo_changed.connect(self._update)

    def _deleted(self, activity: Activity) -> None:
        title = activity.title if len(activity.title) <= 50 else activity.title[:48] + "…"
        self.label.setText(self.tr("Deleted activity “{title}” ({date}).").format(
            title=title, date=format_date(activity.day)))
        self.show()

    def _update(self) -> None:
        if self.actions is None or not self.actions.undo_stack:
            self.hide()
        elif self.isVisible():
            self._deleted(self.actions.undo_stack[-1])
