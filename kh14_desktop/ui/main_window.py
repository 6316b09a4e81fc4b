"""The main window: a header saying whose work and how long is left, one navigation bar,
and the pages behind it (the overview first, then tasks and activities; later pages add
the report and, for an admin, import, status and consolidation)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop import __version__
from kh14_desktop.domain.dates import days_until, format_date
from kh14_desktop.domain.progress import Status
from kh14_desktop.services.installation import Installation, today
from kh14_desktop.services.office_tasks import OfficeTask, office_tasks
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.ui.activities_page import ActivitiesPage
from kh14_desktop.ui.activity_actions import ActivityActions, UndoBar
from kh14_desktop.ui.admin.pages import install_admin_pages
from kh14_desktop.ui.admin.pages import open_files as open_admin_files
from kh14_desktop.ui.dialogs import ask, show_info
from kh14_desktop.ui.i18n import LANGUAGE_SETTING, current_language
from kh14_desktop.ui.jobs import JobRunner
from kh14_desktop.ui.overview_page import OverviewPage
from kh14_desktop.ui.report import install_report_pages
from kh14_desktop.ui.report import open_files as open_report_files
from kh14_desktop.ui.safety import install_safety_menu
from kh14_desktop.ui.task_page import TAB_ACTIVITIES, TAB_RESULT, TaskPage

GEOMETRY_SETTING = "ui.main_window.geometry"


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, installation: Installation, *, demo: bool = False,
                 clock: dt.date | None = None) -> None:
        super().__init__()
        self.installation = installation
        self.demo = demo
        self._today = clock
        self.plan = installation.plan()
        self.unit = installation.unit()
        self.profile = installation.require_profile()

        title = self.tr("KH14 Desktop — {unit}").format(unit=self.unit.name)
        self.setWindowTitle(title + (" " + self.tr("[demo]") if demo else ""))

        self.header_unit = QLabel()
        self.header_unit.setObjectName("headerUnit")
        self.header_plan = QLabel()
        self.header_plan.setWordWrap(True)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadline")
        self.deadline_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                         | Qt.AlignmentFlag.AlignVCenter)

        header = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.header_unit)
        names.addWidget(self.header_plan)
        header.addLayout(names, 1)
        header.addWidget(self.deadline_label)

        self.navigation = QHBoxLayout()
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.pages = QStackedWidget()

        self.work = OfficeWork(installation)
        self.runner = JobRunner(installation, self)
        app = QCoreApplication.instance()
        if app is not None:  # a program told to quit still lets a running save finish
            app.aboutToQuit.connect(self.runner.shutdown)
        self.tasks: list[OfficeTask] = []
        self.actions = ActivityActions(self.work, self.runner, lambda: self.tasks, self.today,
                                       self)
        self.overview_page = OverviewPage(installation, self.today)
        self.task_page = TaskPage(self.actions)
        self.activities_page = ActivitiesPage(self.actions)
        self.add_page(self.tr("&Overview"), self.overview_page, "Ctrl+1")
        self.add_page(self.tr("&Tasks"), self.task_page, "Ctrl+2")
        self.add_page(self.tr("&Activities"), self.activities_page, "Ctrl+3")
        self.navigation.addStretch(1)
        self._build_menus()  # before the extensions, which add to the menus
        install_report_pages(self)
        if self.profile.is_admin:
            install_admin_pages(self)
        install_safety_menu(self)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addLayout(header)
        layout.addLayout(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.undo_bar = UndoBar(self.actions)
        self.statusBar().addPermanentWidget(self.undo_bar)
        self.statusBar().showMessage(self.tr("Data folder: {path}").format(
            path=installation.folder.root))
        self._connect_pages()
        self.refresh()
        self._restore_geometry()
        # missing or altered evidence files are flagged without anyone having to ask
        QTimer.singleShot(0, self.actions.check_evidence)

    def _connect_pages(self) -> None:
        self.overview_page.task_requested.connect(self.open_task)
        self.overview_page.status_requested.connect(self.show_tasks_with_status)
        self.overview_page.report_requested.connect(self._report_requested)
        self.task_page.progress_saved.connect(lambda _progress: self.overview_page.mark_stale())
        self.actions.changed.connect(self._activities_changed)
        self.actions.check_finished.connect(self._evidence_checked)

    # pages --------------------------------------------------------------------------------
    def add_page(self, title: str, page: QWidget, shortcut: str) -> QToolButton:
        button = QToolButton()
        button.setText(title)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setShortcut(QKeySequence(shortcut))
        button.setToolTip(f"{title.replace('&', '')} ({shortcut})")
        index = self.pages.addWidget(page)
        self.nav_group.addButton(button, index)
        self.navigation.insertWidget(index, button)  # buttons in page order, before the stretch
        button.clicked.connect(lambda: self.pages.setCurrentIndex(index))
        if index == 0:
            button.setChecked(True)
        return button

    def open_files(self, paths: list[Path]) -> None:
        """Report files given on the command line: an admin imports, an office verifies."""
        if not paths:
            return
        if self.profile.is_admin:
            open_admin_files(self, list(paths))
        else:
            open_report_files(self, list(paths))

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def show_page(self, page: QWidget) -> None:
        index = self.pages.indexOf(page)
        self.pages.setCurrentIndex(index)
        button = self.nav_group.button(index)
        if button is not None:
            button.setChecked(True)

    # content ------------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._today or today()

    def refresh(self) -> None:
        self.header_unit.setText(f"<b style='font-size:15pt'>{self.unit.name}</b>")
        role = self.tr("Admin") if self.profile.is_admin else self.tr("Office")
        self.header_plan.setText(f"{self.plan.name} · {role}")
        days = days_until(self.plan.report.deadline, self.today())
        deadline = format_date(self.plan.report.deadline)
        if days > 0:
            text = self.tr("Report due {date}<br><b>{days} days left</b>")
            colour = "#1b5e20" if days > 14 else "#a15c00"
        elif days == 0:
            text = self.tr("Report due {date}<br><b>due today</b>")
            colour = "#b00020"
        else:
            text = self.tr("Report due {date}<br><b>{days} days overdue</b>")
            colour = "#b00020"
        self.deadline_label.setText(f"<span style='color:{colour}'>"
                                    + text.format(date=deadline, days=abs(days)) + "</span>")
        self.tasks = office_tasks(self.installation)
        self.task_page.set_tasks(self.plan, self.tasks)
        self.activities_page.set_tasks(self.tasks)
        self.overview_page.mark_stale()

    def open_task(self, code: str, activities: bool = False) -> None:
        self.show_page(self.task_page)
        if self.task_page.show_task(code, TAB_ACTIVITIES if activities else TAB_RESULT) \
                and not activities:
            self.task_page.editor.focus_first()

    def show_tasks_with_status(self, status: Status | None) -> None:
        self.show_page(self.task_page)
        self.task_page.search.clear()
        self.task_page.role_filter.setCurrentIndex(0)
        self.task_page.set_status_filter(status)

    def _activities_changed(self) -> None:
        self.task_page.refresh_activities()
        self.activities_page.mark_stale()
        self.overview_page.mark_stale()

    def _report_requested(self) -> None:
        from kh14_desktop.ui.report import request_export

        request_export(self)

    def _evidence_checked(self, checked: int, problems: int, asked: bool) -> None:
        if problems:
            self.statusBar().showMessage(self.tr(
                "⚠ {count} evidence file(s) are missing or altered: see the Activities "
                "page.").format(count=problems))
        elif asked:
            self.statusBar().showMessage(self.tr("All {count} evidence files are intact.")
                                         .format(count=checked), 10_000)

    # actions ------------------------------------------------------------------------------
    def new_activity(self) -> object:
        """Ctrl+N: on the Activities page for its chosen task (or any), else for the task
        chosen on the Tasks page."""
        if self.current_page() is self.activities_page:
            return self.activities_page.new_activity()
        self.show_page(self.task_page)
        return self.task_page.new_activity()

    # menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        work_menu = self.menuBar().addMenu(self.tr("&Work"))
        self.new_action = QAction(self.tr("&New activity…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_activity)
        work_menu.addAction(self.new_action)
        self.undo_action = QAction(self.tr("&Undo delete"), self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.actions.undo_delete)
        self.actions.undo_changed.connect(
            lambda: self.undo_action.setEnabled(bool(self.actions.undo_stack)))
        work_menu.addAction(self.undo_action)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self._find)
        work_menu.addAction(self.find_action)
        work_menu.addSeparator()
        check_action = QAction(self.tr("&Check evidence files"), self)
        check_action.triggered.connect(lambda: self.actions.check_evidence(show_progress=True))
        work_menu.addAction(check_action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            language_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About KH14 Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _find(self) -> None:
        if self.current_page() is self.activities_page:
            self.activities_page.focus_search()
            return
        self.show_page(self.task_page)
        self.task_page.focus_search()

    def _choose_language(self, code: str) -> None:
        self.installation.store.set_setting(LANGUAGE_SETTING, code)
        show_info(self, self.tr("Language"),
                  self.tr("The new language is used from the next start of the program."))

    def _about(self) -> None:
        show_info(self, self.tr("About KH14 Desktop"), self.tr(
            "KH14 Desktop {version}\nTrack, report and consolidate the tasks of a provincial "
            "plan, without internet.").format(version=__version__),
            self.tr("Data folder: {path}").format(path=self.installation.folder.root))

    # geometry -----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = self.installation.store.setting(GEOMETRY_SETTING)
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        screen = self.screen().availableGeometry()
        # an old 1366×768 screen at 125% leaves about 1093×580 points: fit inside it
        self.resize(min(1180, int(screen.width() * 0.95)), min(720, int(screen.height() * 0.9)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.task_page.save_pending():
            error = self.task_page.editor.last_error
            if not ask(self, self.tr("Not saved"), self.tr(
                    "The task being edited could not be saved: {reason}").format(
                    reason=error.message(current_language()) if error else ""),
                    self.tr("Close without it"), self.tr("Go back"),
                    self.tr("Going back keeps the text on screen so that you can fix it.")):
                event.ignore()
                return
        self.runner.shutdown()  # an activity being written is finished, not cut off
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.installation.store.set_setting(GEOMETRY_SETTING, geometry)
        super().closeEvent(event)
