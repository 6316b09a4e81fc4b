"""The "Result" tab: a task's status, result, difficulties and proposals, saved by themselves.

There is no Save button to forget. An edit is written 700 ms after typing stops, at once
when a field loses focus, the status changes, another task is chosen or the window
closes. A save that fails (a text past the limit, a locked database) says why in red and
keeps every typed character on screen, still marked unsaved, so the next attempt can
succeed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop.domain.dates import format_date
from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.progress import STATUS_ORDER, Status, TaskProgress
from kh14_desktop.services.office_tasks import OfficeTask
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.labels import status_label

AUTOSAVE_DELAY_MS = 700
ERROR_STYLE = "color:#b00020"


def saved_time_text(updated_at: str | None, now: dt.datetime | None = None) -> str:
    """"Saved at 14:05" today, "Last updated 12/10/2024 14:05" before, in local time."""
    if not updated_at:
        return QCoreApplication.translate("ProgressEditor", "Nothing recorded yet")
    moment = dt.datetime.fromisoformat(updated_at).astimezone()
    now = now or dt.datetime.now().astimezone()
    clock = f"{moment.hour:02d}:{moment.minute:02d}"
    if moment.date() == now.date():
        return QCoreApplication.translate("ProgressEditor", "Saved at {time}").format(time=clock)
    return QCoreApplication.translate("ProgressEditor", "Last updated {date} {time}").format(
        date=format_date(moment.date()), time=clock)


class ProgressEditor(QWidget):
    """Edits the progress of one task at a time; emits `saved` after each write."""

    saved = Signal(object)  # TaskProgress

    def __init__(self, work: OfficeWork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.item: OfficeTask | None = None
        self.progress: TaskProgress | None = None
        self.dirty = False
        self.last_error: UserError | None = None

        self.status = QComboBox()
        for status in STATUS_ORDER:
            self.status.addItem(status_label(status), status.value)
        self.not_applicable = QPushButton(self.tr("Did not arise for us"))
        self.not_applicable.setToolTip(self.tr(
            "This task applies only if it arose for your unit. Mark it “did not arise” "
            "instead of leaving it unreported."))
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setStyleSheet("color:#555")

        status_row = QHBoxLayout()
        status_label_widget = QLabel(self.tr("&Status:"))
        status_label_widget.setBuddy(self.status)
        status_row.addWidget(status_label_widget)
        status_row.addWidget(self.status)
        status_row.addWidget(self.not_applicable)
        status_row.addStretch(1)
        status_row.addWidget(self.saved_label)

        self.condition_hint = QLabel(self.tr(
            "Conditional task: if it did not arise for your unit, mark it “did not arise”."))
        self.condition_hint.setWordWrap(True)
        self.condition_hint.setStyleSheet("color:#555")

        self.result = self._editor(self.tr(
            "What was done and what came of it (dated activities and their figures go in "
            "the Activities tab)…"))
        self.difficulties = self._editor(self.tr("Difficulties met while carrying it out, "
                                                 "if any…"))
        self.proposals = self._editor(self.tr("Proposals to the higher level, if any…"))

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(status_row)
        layout.addWidget(self.condition_hint)
        for caption, editor, stretch in (
            (self.tr("&Result"), self.result, 3),
            (self.tr("&Difficulties"), self.difficulties, 2),
            (self.tr("&Proposals"), self.proposals, 2),
        ):
            label = QLabel(caption)
            label.setBuddy(editor)
            layout.addWidget(label)
            layout.addWidget(editor, stretch)
        layout.addWidget(self.error_label)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.not_applicable.clicked.connect(
            lambda: self.status.setCurrentIndex(STATUS_ORDER.index(Status.NOT_APPLICABLE)))
        self.set_task(None)

    def _editor(self, placeholder: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setPlaceholderText(placeholder)
        editor.setTabChangesFocus(True)
        editor.textChanged.connect(self._text_changed)
        editor.installEventFilter(self)
        return editor

    # the task shown ------------------------------------------------------------------------
    def set_task(self, item: OfficeTask | None) -> bool:
        """Save what is pending for the old task, then show `item`. False if that save failed
        (the old task's text then stays on screen)."""
        if item is not None and self.item is not None and item.task.code == self.item.task.code:
            self.item = item
            return True
        if not self.save_now():
            return False
        self.item = item
        self.progress = self.work.progress(item.task.code) if item is not None else None
        self._load()
        return True

    def _load(self) -> None:
        progress, item = self.progress, self.item
        editors = (self.result, self.difficulties, self.proposals)
        for widget in (self.status, *editors):
            widget.blockSignals(True)
        try:
            self.status.setCurrentIndex(STATUS_ORDER.index(progress.status) if progress else 0)
            self.result.setPlainText(progress.result if progress else "")
            self.difficulties.setPlainText(progress.difficulties if progress else "")
            self.proposals.setPlainText(progress.proposals if progress else "")
        finally:
            for widget in (self.status, *editors):
                widget.blockSignals(False)
        enabled = item is not None
        for widget in (self.status, *editors):
            widget.setEnabled(enabled)
        conditional = bool(item and item.conditional)
        self.not_applicable.setVisible(conditional)
        self.condition_hint.setVisible(conditional)
        self._show_not_applicable_state()
        self.dirty = False
        self.last_error = None
        self.error_label.hide()
        self.saved_label.setText(saved_time_text(progress.updated_at) if progress else "")

    def _show_not_applicable_state(self) -> None:
        self.not_applicable.setEnabled(self.status.currentData() != Status.NOT_APPLICABLE.value)

    # editing and saving --------------------------------------------------------------------
    def _text_changed(self) -> None:
        if self.item is None:
            return
        self.dirty = True
        self.saved_label.setText(self.tr("Saving shortly…"))
        self.timer.start()

    def _status_changed(self) -> None:
        self._show_not_applicable_state()
        if self.item is None:
            return
        self.dirty = True
        self.save_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.dirty:
            self.save_now()
        return super().eventFilter(watched, event)

    def save_now(self) -> bool:
        """Write what is on screen if anything changed; False (and the reason shown) if the
        write failed."""
        self.timer.stop()
        if not self.dirty or self.item is None:
            return True
        try:
            saved = self.work.save_progress(
                self.item.task.code, Status(self.status.currentData()),
                self.result.toPlainText(), self.difficulties.toPlainText(),
                self.proposals.toPlainText())
        except UserError as error:
            self.last_error = error
            self.error_label.setText(self.tr("Not saved: {reason}").format(
                reason=error.message(current_language())))
            self.error_label.show()
            self.saved_label.setText(self.tr("Not saved"))
            return False
        self.dirty = False
        self.last_error = None
        self.error_label.hide()
        self.progress = saved
        self.saved_label.setText(saved_time_text(saved.updated_at))
        self.saved.emit(saved)
        return True

    def focus_first(self) -> None:
        self.result.setFocus(Qt.FocusReason.OtherFocusReason)
