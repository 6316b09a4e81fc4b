"""The admin's pages in the main window: import, who reported, matrix, consolidation.

`install_admin_pages` adds the four pages (the next free Ctrl+digits), an admin menu with the
import shortcuts (Ctrl+I files, Ctrl+Shift+I a folder), and lets files be dropped anywhere
on the window. Everything the pages show comes from one `AdminData` snapshot, read again
after every write.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from kh14_desktop.ui.admin import file_choosers
from kh14_desktop.ui.admin.importing import AdminJobs, FileDropFilter, ImportBatch
from kh14_desktop.ui.admin.snapshot import AdminData
from kh14_desktop.ui.dialogs import show_error
from kh14_desktop.ui.failure import describe
from kh14_desktop.ui.jobs import Job

if TYPE_CHECKING:  # each page loads when first opened
    from kh14_desktop.ui.admin.consolidation_page import ConsolidationPage
    from kh14_desktop.ui.admin.import_page import ImportPage
    from kh14_desktop.ui.admin.matrix_page import MatrixPage
    from kh14_desktop.ui.admin.status_page import StatusPage
    from kh14_desktop.ui.main_window import MainWindow


def free_page_shortcut(window: MainWindow, first: int = 4) -> str:
    """The next Ctrl+digit no page button has taken: Ctrl+1 to 3 are the office's pages, and
    the Report page, added before ours, takes the first free one."""
    taken = {button.shortcut().toString() for button in window.nav_group.buttons()}
    for digit in range(first, 10):
        candidate = QKeySequence(f"Ctrl+{digit}").toString()
        if candidate not in taken:
            return candidate
    return ""


class AdminPages(QObject):
    """The admin's pages, menu and jobs, owned by the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("adminPages")
        self.window = window
        self.data = AdminData(window.runner, window.today, self)
        self.jobs = AdminJobs(window.runner, window)
        self.buttons = [
            window.add_page(self.tr("Imp&ort reports"), self._build_import_page,
                            free_page_shortcut(window)),
            window.add_page(self.tr("Who &reported"), self._build_status_page,
                            free_page_shortcut(window)),
            window.add_page(self.tr("&Matrix"), self._build_matrix_page,
                            free_page_shortcut(window)),
            window.add_page(self.tr("Consolidatio&n"), self._build_consolidation_page,
                            free_page_shortcut(window)),
        ]
        self.menu = self._build_menu()
        self.drops = FileDropFilter(window)
        self.drops.dropped.connect(self.import_dropped)
        self.jobs.written.connect(self.data.reload)
        self.jobs.batch_done.connect(self._batch_done)
        self.data.failed.connect(self._read_failed)
        window.installEventFilter(self)

    # the pages, each built when first opened ----------------------------------------------------
    def _page(self, number: int) -> QWidget:
        return self.window.pages.widget(self.window.nav_group.id(self.buttons[number]))

    @property
    def import_page(self) -> ImportPage:
        return cast("ImportPage", self._page(0))

    @property
    def status_page(self) -> StatusPage:
        return cast("StatusPage", self._page(1))

    @property
    def matrix_page(self) -> MatrixPage:
        return cast("MatrixPage", self._page(2))

    @property
    def consolidation_page(self) -> ConsolidationPage:
        return cast("ConsolidationPage", self._page(3))

    def _build_import_page(self) -> QWidget:
        from kh14_desktop.ui.admin.import_page import ImportPage

        page = ImportPage(self.window.installation, self.jobs, self.data)
        page.set_snapshot()  # what was read before the page existed
        return page

    def _build_status_page(self) -> QWidget:
        from kh14_desktop.ui.admin.status_page import StatusPage

        page = StatusPage(self.data)
        page.refresh()
        return page

    def _build_matrix_page(self) -> QWidget:
        from kh14_desktop.ui.admin.matrix_page import MatrixPage

        page = MatrixPage(self.data)
        page.refresh()
        return page

    def _build_consolidation_page(self) -> QWidget:
        from kh14_desktop.ui.admin.consolidation_page import ConsolidationPage

        page = ConsolidationPage(self.window.installation, self.window.runner, self.data)
        page.refresh()
        return page

    # the menu -----------------------------------------------------------------------------------
    def _build_menu(self) -> QMenu:
        menu = QMenu(self.tr("Ad&min"), self.window)
        self.import_files_action = QAction(self.tr("Import &files…"), self.window)
        self.import_files_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_files_action.triggered.connect(self.choose_files)
        self.import_folder_action = QAction(self.tr("Import a f&older…"), self.window)
        self.import_folder_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_folder_action.triggered.connect(self.choose_folder)
        self.key_list_action = QAction(self.tr("Load a &key list…"), self.window)
        self.key_list_action.triggered.connect(lambda: self.import_page.choose_key_list())
        self.pdf_action = QAction(self.tr("Export consolidated &PDF…"), self.window)
        self.pdf_action.triggered.connect(lambda: self._export(".pdf"))
        self.xlsx_action = QAction(self.tr("Export consolidated &Excel…"), self.window)
        self.xlsx_action.triggered.connect(lambda: self._export(".xlsx"))
        self.kh14_action = QAction(self.tr("Export &signed consolidated file…"), self.window)
        self.kh14_action.triggered.connect(lambda: self._export(".kh14"))
        for action in (self.import_files_action, self.import_folder_action,
                       self.key_list_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.pdf_action, self.xlsx_action, self.kh14_action):
            menu.addAction(action)
        self.window.menuBar().addMenu(menu)
        return menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.window.removeEventFilter(self)
            self._place_menu()
        return False

    def _place_menu(self) -> None:
        """The main window builds its own menus after ours: put ours before Settings and Help
        (its last two), where a person looks for the work menus."""
        bar = self.window.menuBar()
        actions = bar.actions()
        mine = self.menu.menuAction()
        if mine in actions and len(actions) >= 3 and actions[-2] is not mine:
            bar.removeAction(mine)
            bar.insertAction(bar.actions()[-2], mine)

    # actions ------------------------------------------------------------------------------------
    def choose_files(self) -> Job | None:
        self.window.show_page(self.import_page)
        return self.import_page.choose_files()

    def choose_folder(self) -> Job | None:
        self.window.show_page(self.import_page)
        return self.import_page.choose_folder()

    def import_paths(self, paths: list[Path]) -> Job | None:
        self.window.show_page(self.import_page)
        return self.import_page.import_paths(paths)

    def import_dropped(self, paths: list[Path]) -> Job | None:
        file_choosers.remember_import_folder(self.window.installation, paths)
        return self.import_paths(paths)

    def _export(self, suffix: str) -> None:
        self.window.show_page(self.consolidation_page)
        self.data.ensure_loaded()
        self.consolidation_page.export(suffix)

    def _batch_done(self, batch: ImportBatch) -> None:
        self.window.statusBar().showMessage(batch.heading, 15_000)

    def _read_failed(self, error: BaseException) -> None:
        failure = describe(error, self.window.installation, self.tr(
            "The received reports could not be read because of a fault in the program. "
            "Nothing was changed: close the program and open it again."), logged=True)
        show_error(self.window, self.tr("Reading the received reports"), failure.text,
                   failure.detail)


def admin_pages(window: MainWindow) -> AdminPages | None:
    return window.findChild(AdminPages, "adminPages")


def install_admin_pages(window: MainWindow) -> None:
    """Add the admin's pages, menu items and shortcuts to the main window."""
    AdminPages(window)


def open_files(window: MainWindow, paths: list[Path]) -> None:
    """Files given on the command line (a double-clicked `.kh14`): import them at once."""
    pages = admin_pages(window)
    if pages is not None and paths:
        pages.import_paths(list(paths))
