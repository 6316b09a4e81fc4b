"""What every activity list can do: add, edit, delete with undo, check the evidence files.

The Tasks page's "Activities" tab and the Activities page share one `ActivityActions`, so
an undo, a single open dialog and the evidence check are the same wherever the person is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QProgressDialog,
    QWidget,
)

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.progress import Activity
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_tasks import OfficeTask
from kh14_desktop.services.office_work import EvidenceProblem, OfficeWork
from kh14_desktop.store.attachments import FileState
from kh14_desktop.ui.dialogs import show_error, show_user_error
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.jobs import Job, JobRunner, Progress

if TYPE_CHECKING:  # the dialog and its evidence list load when first opened, not at start-up
    from kh14_desktop.ui.activity_dialog import ActivityDialog


@dataclass(frozen=True)
class EvidenceCheck:
    files: int  # distinct stored files read
    problems: list[EvidenceProblem]


def find_evidence_problems(installation: Installation, progress: Progress) -> \
        EvidenceCheck | None:
    """Every missing or altered evidence file, hashing each stored file once; None when
    cancelled. The service's `evidence_problems`, with progress and a way to stop."""
    work = OfficeWork(installation)
    uses = [(activity.id, evidence) for activity in work.activities()
            for evidence in activity.evidence]
    shas = sorted({evidence.sha256 for _, evidence in uses})
    states: dict[str, FileState] = {}
    for done, sha in enumerate(shas):
        if progress.cancelled:
            return None
        progress.update(done, len(shas))
        states[sha] = work.files.state(sha)
    progress.update(len(shas), len(shas))
    return EvidenceCheck(len(shas), [
        EvidenceProblem(activity_id, evidence, states[evidence.sha256])
        for activity_id, evidence in uses if states[evidence.sha256] is not FileState.OK])


class ActivityActions(QObject):
    changed = Signal()  # an activity was added, changed, deleted or restored
    deleted = Signal(object)  # the Activity as it was, for the undo message
    undo_changed = Signal()  # the undo stack grew or shrank
    problems_found = Signal(list)  # list[EvidenceProblem], after each check
    check_finished = Signal(int, int, bool)  # files read, problems, whether someone asked

    def __init__(self, work: OfficeWork, runner: JobRunner,
                 tasks: Callable[[], list[OfficeTask]], today: Callable[[], dt.date],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.work = work
        self.runner = runner
        self._tasks = tasks
        self._today = today
        self.window = parent
        self.dialog: ActivityDialog | None = None
        self.undo_stack: list[Activity] = []
        self.problems: list[EvidenceProblem] = []
        self.check_job: Job | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._totals: dict[str, dict[str, int]] | None = None
        # connected first, so every other slot of `changed` reads fresh totals
        self.changed.connect(self._forget_totals)

    def figure_totals(self) -> dict[str, dict[str, int]]:
        """Task code -> indicator -> sum, read once per change rather than once per click
        (summing 20,000 activities takes a noticeable moment)."""
        if self._totals is None:
            self._totals = self.work.figure_totals()
        return self._totals

    def _forget_totals(self) -> None:
        self._totals = None

    # the dialog ----------------------------------------------------------------------------------
    def _open(self, dialog: ActivityDialog) -> ActivityDialog:
        self.dialog = dialog
        is_new = dialog.activity is None
        dialog.saved.connect(lambda activity: self._saved(activity, is_new))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _busy_dialog(self) -> ActivityDialog | None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        return None

    def new_activity(self, task_code: str | None = None) -> ActivityDialog:
        """The dialog for a new activity, under `task_code` or with a task to choose."""
        from kh14_desktop.ui.activity_dialog import ActivityDialog

        return self._busy_dialog() or self._open(ActivityDialog(
            self.work, self.runner, self._tasks(), task_code=task_code, today=self._today(),
            parent=self.window))

    def edit_activity(self, activity: Activity) -> ActivityDialog | None:
        busy = self._busy_dialog()
        if busy is not None:
            return busy
        try:
            current = self.work.activity(activity.id)  # the row shown may be out of date
        except UserError as error:
            show_user_error(self.window, self.tr("Edit activity"), error)
            self.changed.emit()
            return None
        from kh14_desktop.ui.activity_dialog import ActivityDialog

        return self._open(ActivityDialog(self.work, self.runner, self._tasks(),
                                         activity=current, today=self._today(),
                                         parent=self.window))

    def _saved(self, activity: Activity, is_new: bool) -> None:
        # SQLite hands a new row the largest id plus one, which can be the id of the activity
        # deleted last: restoring that one would then collide, so such a new row ends the undo
        if is_new and any(item.id >= activity.id for item in self.undo_stack):
            self.undo_stack.clear()
            self.undo_changed.emit()
        self.changed.emit()

    def _dialog_closed(self, dialog: ActivityDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # delete and undo -----------------------------------------------------------------------------
    def delete_activity(self, activity: Activity) -> Activity | None:
        """Delete at once (no question to answer); the undo brings it back."""
        try:
            snapshot = self.work.delete_activity(activity.id)
        except UserError as error:
            show_user_error(self.window, self.tr("Delete activity"), error)
            self.changed.emit()
            return None
        self.undo_stack.append(snapshot)
        self.undo_changed.emit()
        self.deleted.emit(snapshot)
        self.changed.emit()
        return snapshot

    def undo_delete(self) -> Activity | None:
        if not self.undo_stack:
            return None
        snapshot = self.undo_stack.pop()
        try:
            restored = self.work.restore_activity(snapshot)
        except UserError as error:
            show_user_error(self.window, self.tr("Undo"), error)
            return None
        except Exception as exc:  # e.g. the id was taken meanwhile by another program
            show_error(self.window, self.tr("Undo"), self.tr(
                "The activity “{title}” could not be restored.").format(title=snapshot.title),
                str(exc))
            return None
        finally:
            self.undo_changed.emit()
        self.changed.emit()
        return restored

    # evidence check ------------------------------------------------------------------------------
    def check_evidence(self, show_progress: bool = False) -> Job:
        """Hash every stored evidence file in the background; flag what is missing/altered.

        Asked for by the person, it shows its progress and can be cancelled."""
        if self.check_job is not None and not self.check_job.done:
            return self.check_job
        job = self.runner.start_with_installation("check evidence", find_evidence_problems)
        job.finished.connect(lambda result: self._checked(result, show_progress))
        job.failed.connect(lambda error: self._check_failed(error, show_progress))
        self.check_job = job
        if show_progress:
            dialog = QProgressDialog(self.tr("Reading every stored evidence file…"),
                                     self.tr("Stop"), 0, 0, self.window)
            dialog.setWindowTitle(self.tr("Check evidence files"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoReset(False)
            dialog.setAutoClose(False)

            def update(done: int, total: int) -> None:
                dialog.setMaximum(max(total, 1))
                dialog.setValue(done)

            job.progress.connect(update)
            dialog.canceled.connect(job.cancel)
            job.ended.connect(dialog.deleteLater)
            job.ended.connect(dialog.reset)
            self.progress_dialog = dialog
        return job

    def _checked(self, result: EvidenceCheck | None, asked: bool) -> None:
        if result is None:
            return  # cancelled: keep what the last complete check found
        self.problems = result.problems
        self.problems_found.emit(result.problems)
        self.check_finished.emit(result.files, len(result.problems), asked)

    def _check_failed(self, error: BaseException, asked: bool) -> None:
        if asked:
            text = error.message(current_language()) if isinstance(error, UserError) \
                else str(error)
            show_error(self.window, self.tr("Check evidence files"), text)
