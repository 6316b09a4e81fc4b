"""The data folder the program works on, its open installation and its main window.

A `Session` opens the installation and shows the window; when the data is damaged or from a
newer version it shows the recovery dialog instead. A restore needs every connection to the
database closed, so the session lets go of everything (the window closes, its jobs finish,
the installation closes), restores in the background, then opens the installation and a new
window again. Right after the window shows, the start-up work (`start_installation`: an
interrupted export, the day's backup) and a quick health check run in the background; what
they find shows in the status bar, and damage brings the recovery dialog.

`app.py` makes one session and runs the event loop; a window built without one (tests,
screenshots) gets one adopted the first time it restores (`Session.adopt`).
"""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog

from kh14_desktop.domain.dates import format_datetime
from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import DEFAULT_LANGUAGE, render
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.logs import configure_logging
from kh14_desktop.store.errors import known_error
from kh14_desktop.store.location import DataFolder
from kh14_desktop.ui.dialogs import show_error, show_info
from kh14_desktop.ui.i18n import LANGUAGE_SETTING, current_language, install_language
from kh14_desktop.ui.safety.errors import describe_failure

if TYPE_CHECKING:
    # the services load after the window shows: start-up does not wait for them
    from kh14_desktop.services.backup import BackupInfo, RestoreResult
    from kh14_desktop.services.health import HealthReport
    from kh14_desktop.services.startup import StartupReport
    from kh14_desktop.ui.jobs import Job
    from kh14_desktop.ui.main_window import MainWindow
    from kh14_desktop.ui.safety.recovery_dialog import RecoveryDialog
    from kh14_desktop.ui.safety.restore_dialog import RestoreDialog

RECOVERABLE = frozenset({"store.corrupt", "store.newer_schema"})


def tell_restored(parent: MainWindow | None, text: str, detail: str) -> None:
    """The restore is done (a module function: tests replace it)."""
    show_info(parent, QApplication.translate("Session", "Restore from a backup"), text, detail)


def restored_text(result: RestoreResult) -> tuple[str, str]:
    """The sentence saying what was restored, and the lines of detail under it."""
    lang = current_language()
    text = render("backup.restored", lang, created=format_datetime(result.info.created),
                  safety=result.safety_backup or "—")
    detail = []
    if result.files_restored:
        detail.append(render("backup.restored_files", lang, count=result.files_restored))
    if result.files_missing:
        detail.append(render("backup.restored_missing", lang, count=len(result.files_missing)))
    if result.keys_restored:
        detail.append(render("backup.restored_keys", lang))
    if result.exports_kept:
        detail.append(render("backup.kept_exports", lang, count=result.exports_kept))
    return text, "\n".join(detail)


class Session(QObject):
    window_opened = Signal(object)  # MainWindow
    restored = Signal(object)  # RestoreResult, once the new window shows
    finished = Signal()  # nothing left to show: the program should end

    def __init__(self, folder: DataFolder, *, demo: bool = False, clock: dt.date | None = None,
                 language: str | None = None, pending_files: Iterable[Path] = ()) -> None:
        super().__init__()
        self.folder = folder
        self.demo = demo
        self.clock = clock
        self.language = language  # chosen on the command line; else the stored setting
        self.pending_files = list(pending_files)  # for the next window that shows
        self.log_path = configure_logging(folder.logs)
        self.installation: Installation | None = None
        self.window: MainWindow | None = None
        self.recovery: RecoveryDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.restoring: QProgressDialog | None = None
        self.startup_job: Job | None = None
        self.health_job: Job | None = None
        self.startup_report: StartupReport | None = None
        self.health_report: HealthReport | None = None
        self.closed = False
        self._offer_waiting = False  # the new window offers its files at the next turn
        self.exit_code = 0  # when nothing could be shown: 1 if the data could not be opened
        self._quit_on_last_window = True

    @classmethod
    def adopt(cls, window: MainWindow) -> Session:
        """A session for a window built without one: it can then be restored and rebuilt."""
        session = cls(window.installation.folder, demo=window.demo,
                      clock=window._today,  # the window's fixed day (tests, screenshots)
                      language=current_language())
        session.installation, session.window = window.installation, window
        session._attach(window)
        return session

    # opening ----------------------------------------------------------------------------------
    def start(self) -> bool:
        """Show the window, or the recovery dialog when the data cannot be used. False when
        there is nothing to show: the wizard was cancelled, or the folder cannot be opened."""
        try:
            installation = self._open_installation()
        except UserError as error:
            return self._cannot_open(error)
        if installation.profile() is None and not self._set_up(installation):
            installation.close()
            self.finished.emit()
            return False
        window: MainWindow | None = None
        try:
            window = self._build_window(installation)
            self._show(installation, window)
        except (sqlite3.DatabaseError, UserError) as exc:  # damaged pages met while reading
            known = exc if isinstance(exc, UserError) \
                else known_error(exc, self.folder.database)
            if known is None:
                raise
            self._discard(window, installation)
            return self._cannot_open(known)
        return True

    def _discard(self, window: MainWindow | None, installation: Installation) -> None:
        """A window that could not be shown: no close (it would save into damaged data)."""
        if window is not None:
            window.runner.shutdown()
            window.hide()
            window.deleteLater()
        installation.close()
        self.installation = self.window = None

    def _open_installation(self) -> Installation:
        installation = Installation.open(self.folder.root)
        try:
            installation.profile()  # the first read: damage inside often shows here
            language = self.language or installation.store.setting(LANGUAGE_SETTING,
                                                                    DEFAULT_LANGUAGE)
        except sqlite3.DatabaseError as exc:
            installation.close()
            known = known_error(exc, self.folder.database)
            if known is None:
                raise
            raise known from exc
        install_language(language)
        return installation

    def _set_up(self, installation: Installation) -> bool:
        from kh14_desktop.ui.setup_wizard import SetupWizard  # the first run only

        return bool(SetupWizard(installation).exec())

    def _build_window(self, installation: Installation) -> MainWindow:
        from kh14_desktop.ui.main_window import MainWindow

        window = MainWindow(installation, demo=self.demo, clock=self.clock)
        self._attach(window)
        return window

    def _attach(self, window: MainWindow) -> None:
        from kh14_desktop.ui.safety import safety_actions

        safety_actions(window).session = self

    def _show(self, installation: Installation, window: MainWindow) -> None:
        self.installation, self.window = installation, window
        # a double-clicked .kh14 file arrives here; the window offers to import or verify it
        window.pending_files = [path.resolve() for path in self.pending_files]
        self.pending_files = []
        window.show()
        if window.pending_files:
            self._offer_waiting = True
            QTimer.singleShot(0, window, lambda: self._offer_files(window))
        self.window_opened.emit(window)
        # once the window is on screen: the checks' modules load after it, not before
        QTimer.singleShot(0, window, lambda: self._check_at_start(window))

    def _offer_files(self, window: MainWindow) -> None:
        self._offer_waiting = False
        window.open_files(window.pending_files)

    def open_requested(self, paths: list[Path]) -> None:
        """Files from a later start of the program (reports double-clicked while it runs);
        none: that start only asked for the window."""
        window = self.window
        if window is None:  # recovery or a restore on screen: the next window opens them
            self.pending_files.extend(paths)
            return
        if self._offer_waiting:
            # Explorer starts one program per selected file: those that lost the race to
            # the first join its files, so the whole selection is one import
            window.pending_files.extend(path for path in paths
                                        if path not in window.pending_files)
            paths = []
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if paths:
            window.open_files(list(paths))

    def _cannot_open(self, error: UserError) -> bool:
        # a fresh error: the one raised holds the failed open's frames (and its connection)
        error = UserError(error.code, **error.params)
        install_language(self.language or current_language() or DEFAULT_LANGUAGE)
        if error.code in RECOVERABLE:
            self.show_recovery(error)
            return True
        show_error(None, "KH14 Desktop", error.message(current_language()))
        self.exit_code = 1
        self.finished.emit()
        return False

    # checks right after the window shows ------------------------------------------------------
    def _check_at_start(self, window: MainWindow) -> None:
        """Settle an interrupted export and take the day's backup, then a quick health
        check; all in the background, so that the person can start at once."""
        from kh14_desktop.services.startup import start_installation

        if self.closed or window is not self.window:
            return
        self.startup_job = window.runner.start_with_installation(
            "start", lambda installation, _progress: start_installation(installation),
            writes=True)
        self.startup_job.finished.connect(self._started)
        self.startup_job.failed.connect(self._start_failed)

    def _started(self, report: StartupReport) -> None:
        self.startup_report = report
        window = self.window
        if self.closed or window is None:
            return
        from kh14_desktop.services.health import check_data_folder
        from kh14_desktop.ui.safety import safety_actions

        safety_actions(window).show_startup_report(report)
        folder = self.folder
        self.health_job = window.runner.start("health check", lambda progress: check_data_folder(
            folder, progress=progress.update, should_stop=lambda: progress.cancelled))
        self.health_job.finished.connect(self._health_checked)
        self.health_job.failed.connect(self._start_failed)

    def _health_checked(self, report: HealthReport) -> None:
        self.health_report = report
        window = self.window
        if self.closed or window is None or report.stopped:
            return
        if report.database_damaged:
            self.show_recovery(UserError("store.corrupt", path=str(self.folder.database)))
            return
        from kh14_desktop.ui.safety import safety_actions

        safety_actions(window).show_health_report(report)

    def _start_failed(self, error: BaseException) -> None:
        if self.closed or self.window is None:
            return
        if isinstance(error, UserError) and error.code in RECOVERABLE:
            self.show_recovery(error)
            return
        show_error(self.window, QApplication.translate("Session", "Checks at start"),
                   describe_failure(error, self.folder.database, self.log_path))

    # recovery ---------------------------------------------------------------------------------
    def show_recovery(self, error: UserError) -> RecoveryDialog:
        from kh14_desktop.ui.safety.recovery_dialog import RecoveryDialog

        if self.recovery is not None and self.recovery.isVisible():
            return self.recovery
        dialog = RecoveryDialog(self.folder, error, window_open=self.window is not None)
        dialog.restore_requested.connect(lambda path, _info: self.restore(path))
        dialog.other_requested.connect(self.choose_backup)
        dialog.rejected.connect(self._recovery_declined)
        self.recovery = dialog
        dialog.show()
        return dialog

    def _recovery_declined(self) -> None:
        if self.window is None and self.restoring is None:
            self.finished.emit()  # "Quit" before any window: nothing else to show

    def choose_backup(self) -> RestoreDialog:
        """The list of backups, over the recovery dialog (or over the window)."""
        from kh14_desktop.ui.safety.restore_dialog import RestoreDialog

        if self.restore_dialog is not None and self.restore_dialog.isVisible():
            self.restore_dialog.activateWindow()
            return self.restore_dialog
        parent = self.recovery if self.recovery is not None and self.recovery.isVisible() \
            else self.window
        dialog = RestoreDialog(self.folder, parent)
        dialog.restore_requested.connect(self._chosen_for_restore)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def _chosen_for_restore(self, path: Path, info: BackupInfo) -> None:
        from kh14_desktop.ui.safety import choosers
        from kh14_desktop.ui.safety.restore_dialog import confirmation

        if choosers.confirm_restore(self.restore_dialog, *confirmation(info)):
            self.restore(path)

    # restoring --------------------------------------------------------------------------------
    def restore(self, path: Path) -> bool:
        """Let go of the data, restore `path` in the background, then open a new window.
        False when it did not start (the person kept an unsaved edit open)."""
        from kh14_desktop.ui.safety.background import busy_dialog

        if self.restoring is not None:
            return False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # between the old window closing and the new one showing, no window may be the last
        self._quit_on_last_window = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        progress = busy_dialog(None, QApplication.translate("Session", "Restore from a backup"),
                               QApplication.translate(
                                   "Session", "Restoring the data from the backup… The window "
                                   "opens again when it is done."))
        progress.show()
        if not self._let_go():
            progress.close()
            progress.deleteLater()
            app.setQuitOnLastWindowClosed(self._quit_on_last_window)
            return False
        self.restoring = progress
        for dialog in (self.restore_dialog, self.recovery):
            if dialog is not None:
                dialog.done(0)
        self.restore_dialog = self.recovery = None
        from kh14_desktop.services.backup import restore_backup
        from kh14_desktop.ui.safety.background import start_task

        folder = self.folder
        task = start_task("restore", lambda _progress: restore_backup(folder, path))
        task.finished.connect(self._restored)
        task.failed.connect(self._restore_failed)
        return True

    def _let_go(self) -> bool:
        """Close the window (it saves what is being edited, its jobs finish) and the data."""
        window = self.window
        if window is not None:
            if window.isVisible() and not window.close():
                return False  # the person went back to an edit that could not be saved
            window.runner.shutdown()
            window.deleteLater()
            self.window = None
        if self.installation is not None:
            self.installation.close()
            self.installation = None
        # a failed open leaves its connection in a reference cycle with its exception;
        # Windows refuses to replace a database file that is still open
        gc.collect()
        return True

    def _end_restore(self) -> None:
        if self.restoring is not None:
            self.restoring.close()
            self.restoring.deleteLater()
            self.restoring = None

    def _restored(self, result: RestoreResult) -> None:
        opened = self.start()
        self._end_restore()
        self._quit_again_on_last_window()
        if opened and self.window is not None:
            text, detail = restored_text(result)
            tell_restored(self.window, text, detail)
        self.restored.emit(result)

    def _restore_failed(self, error: BaseException) -> None:
        self._end_restore()
        show_error(None, QApplication.translate("Session", "Restore from a backup"),
                   describe_failure(error, self.folder.database, self.log_path))
        self.start()  # the data as it was: a failed restore changed nothing
        self._quit_again_on_last_window()

    def _quit_again_on_last_window(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(self._quit_on_last_window)

    # the end ----------------------------------------------------------------------------------
    def close(self) -> None:
        """At the end of the program: let running work finish, close the data."""
        self.closed = True
        for dialog in (self.restore_dialog, self.recovery):
            if dialog is not None:
                dialog.done(0)
        window = self.window
        if window is not None:
            if window.isVisible():
                window.close()
            window.runner.shutdown()
        from kh14_desktop.ui.safety.background import wait_for_tasks

        wait_for_tasks()
        if self.installation is not None:
            self.installation.close()
            self.installation = None
