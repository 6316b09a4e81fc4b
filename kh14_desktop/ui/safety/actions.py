"""The safety items of the main window's File menu, and the status-bar notice.

Back up the data…     a complete backup (database, evidence files, keys) where the person
                      chooses, written by the writers' queue with progress; then the result,
                      with a button to open its folder
Restore from a backup…  the session's backup list; the session restores and reopens
Open the backup folder
Check the data…       the full health check in the background (progress, Stop), then the
                      findings with what to do
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QProgressDialog

from kh14_desktop.domain.messages import render
from kh14_desktop.services.installation import Installation
from kh14_desktop.store.attachments import human_size
from kh14_desktop.ui.dialogs import show_error, show_info
from kh14_desktop.ui.i18n import current_language
from kh14_desktop.ui.jobs import Job, Progress
from kh14_desktop.ui.safety.errors import describe_failure, open_folder
from kh14_desktop.ui.safety.notice import SafetyNotice

# said elsewhere already: the report page leads to making a key, and an export that could
# not finish was announced by the start itself
QUIET_AT_START = frozenset({"health.key_missing", "health.export_unfinished"})

if TYPE_CHECKING:
    # the services load when first used: the window's start-up does not wait for them
    from kh14_desktop.services.backup import BackupInfo
    from kh14_desktop.services.health import HealthReport
    from kh14_desktop.services.startup import StartupReport
    from kh14_desktop.ui.main_window import MainWindow
    from kh14_desktop.ui.safety.health_dialog import HealthDialog
    from kh14_desktop.ui.safety.restore_dialog import RestoreDialog
    from kh14_desktop.ui.safety.session import Session


class _Stopped(Exception):
    """The person pressed Stop during a backup: the half-written file is removed."""


def _back_up(installation: Installation, target: Path, progress: Progress) -> BackupInfo | None:
    from kh14_desktop.services.backup import BackupReason, check_backup, create_backup

    def report(done: int, total: int) -> None:
        if progress.cancelled:
            raise _Stopped
        progress.update(done, total)

    try:
        path = create_backup(installation, BackupReason.MANUAL, target=target, progress=report)
    except _Stopped:
        return None
    return check_backup(path)  # a backup that cannot be restored is no backup


def _file_menu(window: MainWindow) -> QMenu | None:
    """The menu holding Quit: found by what it holds, not by its title in some language."""
    # not `QAction.menu()`: under PySide6 6.11 its wrapper can be marked deleted too early
    bar = window.menuBar()
    quit_action = getattr(window, "quit_action", None)
    menus = [menu for menu in bar.findChildren(QMenu) if menu.menuAction() in bar.actions()]
    holding = [menu for menu in menus if quit_action in menu.actions()]
    return (holding or menus or [None])[0]


class SafetyActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("safetyActions")
        self.window = window
        self.installation = window.installation
        self.runner = window.runner
        self.session: Session | None = None  # set by the session that built the window
        self.backup_job: Job | None = None
        self.check_job: Job | None = None
        self.recover_job: Job | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.health_dialog: HealthDialog | None = None
        self.last_backup: BackupInfo | None = None
        self.start_report: HealthReport | None = None  # the quick check right after start

        self.backup_action = QAction(self.tr("&Back up the data…"), window)
        self.backup_action.triggered.connect(lambda: self.back_up())
        self.restore_action = QAction(self.tr("&Restore from a backup…"), window)
        self.restore_action.triggered.connect(self.restore)
        self.folder_action = QAction(self.tr("&Open the backup folder"), window)
        self.folder_action.triggered.connect(self.open_backup_folder)
        self.check_action = QAction(self.tr("C&heck the data…"), window)
        self.check_action.triggered.connect(self.check_data)
        self.notice = SafetyNotice()
        self.notice.details_requested.connect(self._notice_clicked)
        window.statusBar().addPermanentWidget(self.notice)
        # after the report's items, which join the File menu once the window is built
        QTimer.singleShot(0, self, self._place_in_menu)

    def _place_in_menu(self) -> None:
        window = self.window
        menu = _file_menu(window)
        if menu is None:
            menu = window.menuBar().addMenu(self.tr("&Data"))
        quit_action = getattr(window, "quit_action", None)
        before = quit_action if quit_action in menu.actions() else None
        for action in (self.backup_action, self.restore_action, self.folder_action,
                       self.check_action):
            menu.insertAction(before, action)  # type: ignore[arg-type]
        menu.insertSeparator(before)  # type: ignore[arg-type]

    def _session(self) -> Session:
        if self.session is None:
            from kh14_desktop.ui.safety.session import Session

            self.session = Session.adopt(self.window)
        return self.session

    def _progress(self, job: Job, title: str, text: str, stop: bool) -> QProgressDialog:
        dialog = QProgressDialog(text, self.tr("Stop") if stop else "", 0, 0, self.window)
        if not stop:
            dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)

        def update(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

        job.progress.connect(update)
        dialog.canceled.connect(job.cancel)
        job.ended.connect(dialog.reset)
        job.ended.connect(dialog.deleteLater)
        self.progress_dialog = dialog
        return dialog

    def _failed(self, title: str, error: BaseException) -> None:
        show_error(self.window, title, describe_failure(
            error, self.installation.folder.database, self._log_path()))

    def _log_path(self) -> Path:
        from kh14_desktop.services.logs import LOG_NAME

        return self.installation.folder.logs / LOG_NAME

    # backing up -------------------------------------------------------------------------------
    def back_up(self, target: Path | None = None) -> Job | None:
        """A complete backup, to `target` or where the person chooses."""
        if self.backup_job is not None and not self.backup_job.done:
            return self.backup_job
        from kh14_desktop.ui.safety import choosers

        if target is None:
            target = choosers.choose_backup_target(self.window, self.installation)
            if target is None:
                return None
        chosen = target
        job = self.runner.start_with_installation(
            "backup", lambda installation, progress: _back_up(installation, chosen, progress),
            writes=True)
        self._progress(job, self.tr("Back up the data"), self.tr(
            "Writing the backup: the database, the signing key and every evidence file…"),
            stop=True)
        job.finished.connect(self._backed_up)
        job.failed.connect(lambda error: self._failed(self.tr("Back up the data"), error))
        self.backup_job = job
        return job

    def _backed_up(self, info: BackupInfo | None) -> None:
        from kh14_desktop.ui.safety import choosers

        if info is None:
            self.window.statusBar().showMessage(self.tr("The backup was stopped; no file was "
                                                        "left behind."), 10_000)
            return
        self.last_backup = info
        lang = current_language()
        text = render("backup.created", lang, path=info.path, size=human_size(info.size))
        detail = render("backup.created_complete", lang, files=len(info.included_files))
        self.window.statusBar().showMessage(text, 15_000)
        if choosers.tell_backup_done(self.window, text, detail):
            open_folder(info.path.parent)

    # restoring --------------------------------------------------------------------------------
    def restore(self) -> RestoreDialog:
        return self._session().choose_backup()

    def open_backup_folder(self) -> bool:
        return open_folder(self.installation.folder.backups)

    # checking ---------------------------------------------------------------------------------
    def check_data(self) -> Job:
        """The thorough check (integrity_check, every stored file read) in the background."""
        if self.check_job is not None and not self.check_job.done:
            return self.check_job
        from kh14_desktop.services.health import check_data_folder

        folder = self.installation.folder
        job = self.runner.start("check data", lambda progress: check_data_folder(
            folder, full=True, progress=progress.update,
            should_stop=lambda: progress.cancelled))
        self._progress(job, self.tr("Check the data"), self.tr(
            "Checking the database and reading every stored file…"), stop=True)
        job.finished.connect(self.show_health_report_dialog)
        job.failed.connect(lambda error: self._failed(self.tr("Check the data"), error))
        self.check_job = job
        return job

    def show_health_report_dialog(self, report: HealthReport) -> HealthDialog:
        from kh14_desktop.ui.safety.health_dialog import HealthDialog

        dialog = self.health_dialog
        if dialog is None:
            dialog = HealthDialog(self.installation.folder, self.window)
            dialog.restore_requested.connect(self.restore)
            dialog.recover_requested.connect(self.recover_lost_files)
            self.health_dialog = dialog
        dialog.set_report(report)
        if report.ok:
            self.notice.hide()
        dialog.show()
        dialog.activateWindow()  # a dialog of this window: activating brings it up
        return dialog

    def recover_lost_files(self) -> Job | None:
        """Copy lost evidence files back from a complete backup; the data is not touched."""
        from kh14_desktop.ui.safety import choosers

        parent = self.health_dialog or self.window
        path = choosers.choose_backup_file(parent, self.installation.folder.backups)
        if path is None:
            return None
        from kh14_desktop.services.backup import recover_files

        folder = self.installation.folder
        job = self.runner.start("recover files",
                                lambda _progress: recover_files(folder, path), writes=True)
        self._progress(job, self.tr("Copy lost files back"), self.tr(
            "Copying the lost files back from the backup…"), stop=False)
        job.finished.connect(self._files_recovered)
        job.failed.connect(lambda error: self._failed(self.tr("Copy lost files back"), error))
        self.recover_job = job
        return job

    def _files_recovered(self, count: int) -> None:
        show_info(self.health_dialog or self.window, self.tr("Copy lost files back"),
                  render("backup.restored_files", current_language(), count=count))
        self.window.actions.check_evidence()  # the Activities page flags what is still lost
        self.check_data()

    # what the start-up found ------------------------------------------------------------------
    def show_startup_report(self, report: StartupReport) -> None:
        lang = current_language()
        for path in report.finished_exports:
            self.window.statusBar().showMessage(render("export.finished_late", lang, path=path),
                                                20_000)
        if report.warnings:
            messages = [warning.message(lang) for warning in report.warnings]
            show_error(self.window, self.tr("Checks at start"), "\n\n".join(messages))

    def show_health_report(self, report: HealthReport) -> None:
        """The quick check at start: a line in the status bar only when it found something."""
        self.start_report = report
        findings = [f for f in report.findings if f.code not in QUIET_AT_START]
        if not findings:
            return
        lang = current_language()
        self.notice.show_text(self.tr("⚠ The data check found {count} problem(s)").format(
            count=len(findings)), "\n".join(finding.message(lang) for finding in findings))

    def _notice_clicked(self) -> None:
        if self.start_report is not None:
            self.show_health_report_dialog(self.start_report)
