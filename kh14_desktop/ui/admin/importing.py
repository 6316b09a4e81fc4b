"""Importing off the UI thread: files and folders, trusting a key, loading a key list.

Each is one writing job with an `Installation` of its own. An import shows a progress
dialog whose "Stop" takes effect between files (a file is never half imported); files asked
for while one import runs are imported right after it. When a batch is done, a file signed
by another key than its unit's trusted one is announced in a message box, not only in a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from kh14_desktop.domain.messages import render
from kh14_desktop.services.installation import Installation
from kh14_desktop.ui.dialogs import show_error
from kh14_desktop.ui.failure import describe
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.jobs import Job, JobRunner, Progress

if TYPE_CHECKING:  # the import and verify code loads with the first import, not at start-up
    from kh14_desktop.services.admin_actions import TrustOutcome
    from kh14_desktop.services.importer import ImportResult


@dataclass(frozen=True)
class ImportBatch:
    """The results of one run, and what it was: an import, a trust, a key list."""

    results: list[ImportResult]
    heading: str  # one line above the table: what was done
    found: int = 0  # files found (an import stopped early has fewer results)
    stopped: bool = False


def _import(paths: list[Path], installation: Installation,
            progress: Progress) -> tuple[list[ImportResult], int]:
    from kh14_desktop.services.importer import Importer, expand_paths

    found = len(expand_paths(paths))
    results = Importer(installation).import_paths(
        paths, progress=lambda done, total, _name: progress.update(done, total),
        should_stop=lambda: progress.cancelled)
    return results, found


class AdminJobs(QObject):
    """Starts the admin's writing jobs and reports what they did."""

    batch_done = Signal(object)  # ImportBatch
    written = Signal()  # the store may have changed: read the pages again

    def __init__(self, runner: JobRunner, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.runner = runner
        self.parent_widget = parent_widget
        self.import_job: Job | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._queued: list[Path] = []

    @property
    def importing(self) -> bool:
        return self.import_job is not None

    # importing files --------------------------------------------------------------------------
    def import_paths(self, paths: list[Path]) -> Job | None:
        """Import files and folders in the background; queued behind a running import."""
        paths = [Path(path) for path in paths]
        if not paths:
            return None
        if self.import_job is not None:
            self._queued.extend(paths)
            return self.import_job
        job = self.runner.start_with_installation(
            "import", lambda installation, progress: _import(paths, installation, progress),
            writes=True)
        self.import_job = job
        self._show_progress(job)
        job.finished.connect(lambda outcome: self._imported(paths, *outcome))
        job.failed.connect(lambda error: self._failed(self.tr("Import"), error))
        job.ended.connect(self._import_ended)
        return job

    def _show_progress(self, job: Job) -> None:
        dialog = QProgressDialog(self.tr("Checking and importing the report files…"),
                                 self.tr("Stop"), 0, 0, self.parent_widget)
        dialog.setWindowTitle(self.tr("Import reports"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)

        def update(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)
            dialog.setLabelText(self.tr("Checking and importing the report files… {done} of "
                                        "{total}").format(done=done, total=total))

        job.progress.connect(update)
        dialog.canceled.connect(job.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText(
            self.tr("Stopping after the file being checked…")))
        job.ended.connect(dialog.reset)
        job.ended.connect(dialog.deleteLater)
        self.progress_dialog = dialog

    def cancel_import(self) -> None:
        if self.import_job is not None:
            self._queued.clear()
            self.import_job.cancel()

    def _imported(self, paths: list[Path], results: list[ImportResult], found: int) -> None:
        if found == 0:
            show_error(self.parent_widget, self.tr("Import reports"), render(
                "import.nothing_found", current_language(),
                paths=", ".join(str(path) for path in paths)))
            return
        stopped = len(results) < found
        heading = (self.tr("Stopped: {done} of {found} files were checked; the others were "
                           "not touched.") if stopped else
                   self.tr("Import of {found} file(s) finished.")).format(
            done=len(results), found=found)
        self._announce(ImportBatch(results, heading, found, stopped))

    def _import_ended(self) -> None:
        self.import_job = None
        self.progress_dialog = None
        self.written.emit()
        if self._queued:
            queued, self._queued = self._queued, []
            self.import_paths(queued)

    # trusting keys ----------------------------------------------------------------------------
    def trust(self, fingerprint: str, unit_id: str, replace: bool = False,
              consolidator: bool = False) -> Job:
        """Trust the key read out by the office; what waits with it is imported. `replace`
        retires the unit's trusted key for it: only after the office confirmed by phone that
        it lost that key. `consolidator`: the key of the admin of the level below, for the
        units of the consolidated files that wait."""
        from kh14_desktop.services.admin_actions import trust_fingerprint

        job = self.runner.start_with_installation(
            "trust key", lambda installation, _progress: trust_fingerprint(
                installation, fingerprint, unit_id, replace=replace,
                consolidator=consolidator), writes=True)
        job.finished.connect(lambda outcome: self._trusted(outcome, replace))
        job.failed.connect(lambda error: self._failed(self.tr("Trust a key"), error))
        job.ended.connect(self.written.emit)
        return job

    def _trusted(self, outcome: TrustOutcome, replaced: bool = False) -> None:
        installation = self.runner.installation
        plan = installation.plan()
        unit = plan.unit_name(outcome.unit_id)
        if outcome.scope:
            heading = render("trust.consolidator_done", current_language(),
                             fingerprint=outcome.fingerprint, unit=unit,
                             scope=", ".join(plan.unit_name(u)
                                             for u in outcome.scope))
        else:
            heading = render("trust.done" if outcome.newly_trusted else "trust.already",
                             current_language(), fingerprint=outcome.fingerprint, unit=unit)
        if replaced and outcome.newly_trusted:
            heading += " " + self.tr("Its previous key is retired: files signed with it are "
                                     "refused from now on.")
        self._announce(ImportBatch(outcome.imported, heading, len(outcome.imported)))

    def load_key_list(self, path: Path) -> Job:
        from kh14_desktop.services.admin_actions import load_key_list

        job = self.runner.start_with_installation(
            "load key list", lambda installation, _progress: load_key_list(installation, path),
            writes=True)
        job.finished.connect(lambda outcome: self._announce(ImportBatch(
            outcome[1], render("trust.list_loaded", current_language(), added=outcome[0]),
            len(outcome[1]))))
        job.failed.connect(lambda error: self._failed(self.tr("Load a key list"), error))
        job.ended.connect(self.written.emit)
        return job

    # telling ----------------------------------------------------------------------------------
    def _announce(self, batch: ImportBatch) -> None:
        from kh14_desktop.ui.admin.import_model import key_mismatches

        self.batch_done.emit(batch)
        forged = key_mismatches(batch.results)
        if forged:
            lang = current_language()
            show_error(self.parent_widget, self.tr("⚠ Possibly forged reports"), self.tr(
                "{count} file(s) claim to come from a unit but are signed with another key "
                "than the one trusted for it. They were NOT imported and are kept apart for "
                "checking. Call the unit before doing anything else with them.").format(
                count=len(forged)) + " " + self.tr(
                "If the unit says it forgot its passphrase and made a new key, confirm that "
                "key on the Keys waiting tab (“Confirm the unit's new key…”)."), "\n\n".join(
                f"{item.name}: {item.message(lang)}" for item in forged))

    def _failed(self, title: str, error: BaseException) -> None:
        failure = describe(error, self.runner.installation, self.tr(
            "This stopped because of a fault in the program. Nothing was half written: each "
            "file is imported whole or not at all. Try again."), logged=True)
        show_error(self.parent_widget, title, failure.text, failure.detail)


class FileDropFilter(QObject):
    """Lets files and folders be dropped anywhere on the window."""

    dropped = Signal(list)  # list[Path]

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    @staticmethod
    def local_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        data = event.mimeData()
        if data is None or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if self.local_paths(event):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = self.local_paths(event)
            if paths:
                event.acceptProposedAction()
                self.dropped.emit(paths)
                return True
        return False
