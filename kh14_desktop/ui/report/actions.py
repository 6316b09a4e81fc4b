"""The report's actions in the main window: one object that opens each dialog once, and
the menu items and shortcuts that lead to them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from kh14_desktop.domain.errors import UserError
from kh14_desktop.ui.jobs import Job

if TYPE_CHECKING:  # the page and the dialogs load when first opened, not at start-up
    from kh14_desktop.ui.main_window import MainWindow
    from kh14_desktop.ui.report.drafts import DraftSaver
    from kh14_desktop.ui.report.export_dialog import ExportDialog
    from kh14_desktop.ui.report.key_dialog import KeyDialog
    from kh14_desktop.ui.report.page import ReportPage
    from kh14_desktop.ui.report.verify_dialog import VerifyDialog

EXPORT_SHORTCUT = "Ctrl+E"
DRAFT_SHORTCUT = "Ctrl+Shift+E"


def free_page_shortcut(window: MainWindow) -> str:
    """The first Ctrl+digit no page button has taken (other pages are added elsewhere)."""
    taken = {button.shortcut().toString() for button in window.nav_group.buttons()}
    for digit in range(1, 10):
        candidate = QKeySequence(f"Ctrl+{digit}").toString()
        if candidate not in taken:
            return candidate
    return ""


def _menu(window: MainWindow, title: str) -> QMenu:
    # not `QAction.menu()`: under PySide6 6.11 the menu it returns is marked deleted as soon
    # as the action's wrapper goes, and the next call on it raises
    bar = window.menuBar()
    top = bar.actions()
    for menu in bar.findChildren(QMenu):
        if menu.title() == title and menu.menuAction() in top:
            return menu
    return bar.addMenu(title)


class ReportActions(QObject):
    exported = Signal(object)  # ExportResult

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("reportActions")
        self.window = window
        self.installation = window.installation
        self.runner = window.runner
        self.export_dialog: ExportDialog | None = None
        self.key_dialog: KeyDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        self._drafts: DraftSaver | None = None
        self.page_button = window.add_page(self.tr("&Report"), self._build_page,
                                           free_page_shortcut(window))
        self._page_index = window.nav_group.id(self.page_button)
        self._build_actions()
        # the window makes its menus after its pages: join them once it has
        QTimer.singleShot(0, self, self._place_in_menus)

    @property
    def page(self) -> ReportPage:
        """The Report page, built on first use."""
        return cast("ReportPage", self.window.pages.widget(self._page_index))

    def _build_page(self) -> QWidget:
        from kh14_desktop.ui.report.page import ReportPage

        window = self.window
        page = ReportPage(self.installation, self.runner, lambda: window.actions.problems)
        page.export_requested.connect(self.export)
        page.draft_requested.connect(self.save_draft)
        page.verify_requested.connect(self.choose_files_to_verify)
        page.key_requested.connect(self.show_key)
        page.task_requested.connect(window.open_task)
        window.actions.changed.connect(page.mark_stale)
        window.actions.problems_found.connect(lambda _problems: page.show_warnings())
        window.progress_saved.connect(lambda _progress: page.mark_stale())
        window.tasks_changed.connect(page.mark_stale)
        self.exported.connect(lambda _result: page.refresh_history())
        return page

    def _refresh_page(self) -> None:
        page = self.window.page_built(self._page_index)
        if page is not None:
            cast("ReportPage", page).refresh()

    def _build_actions(self) -> None:
        window = self.window
        self.export_action = QAction(self.tr("&Export the signed report…"), window)
        self.export_action.setShortcut(QKeySequence(EXPORT_SHORTCUT))
        self.export_action.triggered.connect(self.export)
        self.draft_action = QAction(self.tr("Save a &draft PDF…"), window)
        self.draft_action.setShortcut(QKeySequence(DRAFT_SHORTCUT))
        self.draft_action.triggered.connect(lambda: self.save_draft())
        self.verify_action = QAction(self.tr("&Check report files…"), window)
        self.verify_action.triggered.connect(self.choose_files_to_verify)
        self.key_action = QAction(self.tr("Signing &key…"), window)
        self.key_action.triggered.connect(self.show_key)
        # the shortcut works at once; the menus are built after the pages (see below)
        window.addAction(self.export_action)
        window.addAction(self.draft_action)

    def _place_in_menus(self) -> None:
        window = self.window
        file_menu = _menu(window, QCoreApplication.translate("MainWindow", "&File"))
        quit_action = getattr(window, "quit_action", None)
        before = quit_action if quit_action in file_menu.actions() else None
        for action in (self.export_action, self.draft_action, self.verify_action):
            file_menu.insertAction(before, action)  # type: ignore[arg-type]
        file_menu.insertSeparator(before)  # type: ignore[arg-type]
        settings_menu = _menu(window, QCoreApplication.translate("MainWindow", "&Settings"))
        settings_menu.addAction(self.key_action)

    # dialogs ------------------------------------------------------------------------------------
    @staticmethod
    def _raise(dialog: QDialog | None) -> bool:
        if dialog is not None and dialog.isVisible():
            dialog.activateWindow()  # a dialog of this window: activating brings it up
            return True
        return False

    def export(self) -> ExportDialog | KeyDialog:
        """The export dialog; without a signing key, the key dialog to make one first."""
        from kh14_desktop.services.office_key import has_office_key

        if not has_office_key(self.installation):
            return self.show_key()
        if self._raise(self.export_dialog):
            assert self.export_dialog is not None
            return self.export_dialog
        from kh14_desktop.ui.report.export_dialog import ExportDialog

        self.window.show_page(self.page)
        dialog = ExportDialog(self.installation, self.runner, self.page.period(),
                              self.window.today(), self.window)
        dialog.exported.connect(self.exported)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        for name in ("export_dialog", "key_dialog", "verify_dialog"):
            if getattr(self, name) is dialog:
                setattr(self, name, None)
        dialog.deleteLater()

    def drafts(self) -> DraftSaver:
        if self._drafts is None:
            from kh14_desktop.ui.report.drafts import DraftSaver

            self._drafts = DraftSaver(self.installation, self.runner, self)
            self._drafts.saved.connect(self._draft_saved)
            self._drafts.failed.connect(self._draft_failed)
        return self._drafts

    def save_draft(self, target: Path | None = None) -> Job | None:
        """The report for the page's period as a draft PDF, with the last export's choices."""
        period = self.page.period()
        if period is None:
            return None
        from kh14_desktop.services.export import remembered_options  # PDF code: when used

        options = replace(remembered_options(self.installation, period),
                          document_date=self.window.today())
        drafts = self.drafts()
        target = target or drafts.choose_target(self.window, options)
        if target is None:
            return None
        self.window.show_page(self.page)
        self.page.draft_bar.hide()
        return drafts.save(options, target)

    def _draft_saved(self, path: Path) -> None:
        self.page.draft_bar.show_file(self.tr("Draft PDF saved: {name}").format(
            name=path.name), path)

    def _draft_failed(self, error: BaseException) -> None:
        from kh14_desktop.ui.report.export_dialog import error_text

        self.page.draft_bar.show_error(error_text(error, self.installation))

    def show_key(self) -> KeyDialog:
        if self._raise(self.key_dialog):
            assert self.key_dialog is not None
            return self.key_dialog
        from kh14_desktop.ui.report.key_dialog import KeyDialog

        dialog = KeyDialog(self.installation, self.runner, self.window)
        dialog.key_changed.connect(self._refresh_page)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.key_dialog = dialog
        dialog.open()
        return dialog

    def verify(self, paths: list[Path]) -> VerifyDialog:
        """Check `paths` in the dialog (opened once; more files join its list)."""
        dialog = self.verify_dialog
        if not self._raise(dialog):
            from kh14_desktop.services.office_key import has_office_key, office_key_info
            from kh14_desktop.ui.report.files import last_folder
            from kh14_desktop.ui.report.verify_dialog import VerifyDialog

            own = ""
            try:
                if has_office_key(self.installation):
                    own = office_key_info(self.installation).fingerprint
            except UserError:
                pass  # a damaged key folder: the files can still be checked
            dialog = VerifyDialog(self.runner, own, last_folder(self.installation), self.window)
            finished_dialog = dialog
            dialog.finished.connect(lambda _result: self._forget(finished_dialog))
            self.verify_dialog = dialog
            dialog.open()
        assert dialog is not None
        if paths:
            dialog.check(paths)
        return dialog

    def choose_files_to_verify(self) -> VerifyDialog:
        dialog = self.verify([])
        if dialog.model.rowCount() == 0 and dialog.job is None:
            dialog.choose_files()
        return dialog
