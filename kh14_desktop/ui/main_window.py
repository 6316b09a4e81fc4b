"""The main window: a header saying whose work and how long is left, one navigation bar,
and the pages behind it (the overview first, then tasks and activities; later pages add
the report and, for an admin, import, status and consolidation).

Only the overview is built before the window shows; every other page is built, and its
modules imported, the first time it is opened or asked for (`page_stack`), so that the
window appears as soon as the first page can be drawn.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kh14_desktop import __version__
from kh14_desktop.domain.dates import days_until, format_date
from kh14_desktop.domain.progress import Status
from kh14_desktop.services.installation import Installation, today
from kh14_desktop.services.office_tasks import OfficeTask, office_tasks
from kh14_desktop.ui.dialogs import ask, show_info
from kh14_desktop.ui.i18n import LANGUAGE_SETTING, current_language
from kh14_desktop.ui.jobs import JobRunner
from kh14_desktop.ui.overview_page import OverviewPage
from kh14_desktop.ui.page_stack import PageFactory, PageStack
from kh14_desktop.ui.report import install_report_pages
from kh14_desktop.ui.report import open_files as open_report_files
from kh14_desktop.ui.safety import install_safety_menu
from kh14_desktop.ui.undo_bar import UndoBar

if TYPE_CHECKING:
    from kh14_desktop.ui.activities_page import ActivitiesPage
    from kh14_desktop.ui.activity_actions import ActivityActions
    from kh14_desktop.ui.task_page import TaskPage

GEOMETRY_SETTING = "ui.main_window.geometry"


class MainWindow(QMainWindow):
    language_changed = Signal(str)
    progress_saved = Signal(object)  # TaskProgress: the Tasks page saved a task's progress
    tasks_changed = Signal()  # the office added a task to its list or took one off

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
        self.pages = PageStack()

        self.runner = JobRunner(installation, self)
        app = QCoreApplication.instance()
        if app is not None:  # a program told to quit still lets a running save finish
            app.aboutToQuit.connect(self.runner.shutdown)
        self._tasks: list[OfficeTask] | None = None  # read when first needed
        self._actions: ActivityActions | None = None  # made when first needed
        self.overview_page = OverviewPage(installation, self.today)
        self.add_page(self.tr("&Overview"), self.overview_page, "Ctrl+1")
        self._task_index = self._index_of(
            self.add_page(self.tr("&Tasks"), self._build_task_page, "Ctrl+2"))
        self._activities_index = self._index_of(
            self.add_page(self.tr("&Activities"), self._build_activities_page, "Ctrl+3"))
        self.navigation.addStretch(1)
        self._build_menus()  # before the extensions, which add to the menus
        install_report_pages(self)
        if self.profile.is_admin:
            from kh14_desktop.ui.admin.pages import install_admin_pages

            install_admin_pages(self)
        install_safety_menu(self)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addLayout(header)
        layout.addLayout(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.undo_bar = UndoBar()
        self.statusBar().addPermanentWidget(self.undo_bar)
        self.statusBar().showMessage(self.tr("Data folder: {path}").format(
            path=installation.folder.root))
        self._connect_pages()
        self.refresh()
        self._restore_geometry()
        # missing or altered evidence files are flagged without anyone having to ask
        QTimer.singleShot(0, self, self._check_evidence_at_start)

    def _connect_pages(self) -> None:
        self.overview_page.task_requested.connect(self.open_task)
        self.overview_page.status_requested.connect(self.show_tasks_with_status)
        self.overview_page.report_requested.connect(self._report_requested)
        self.progress_saved.connect(lambda _progress: self.overview_page.mark_stale())

    @property
    def actions(self) -> ActivityActions:
        """Adding, editing, deleting and checking activities, for every page. Made when first
        needed (the evidence check just after the window shows), so that the window opens
        without the activity and evidence code."""
        if self._actions is None:
            from kh14_desktop.services.office_work import OfficeWork
            from kh14_desktop.ui.activity_actions import ActivityActions

            actions = ActivityActions(OfficeWork(self.installation), self.runner,
                                      lambda: self.tasks, self.today, self)
            actions.changed.connect(self._activities_changed)
            actions.check_finished.connect(self._evidence_checked)
            actions.undo_changed.connect(
                lambda: self.undo_action.setEnabled(bool(actions.undo_stack)))
            self.undo_bar.follow(actions)
            self._actions = actions
        return self._actions

    def _check_evidence_at_start(self) -> None:
        if not self.runner.shut_down:  # not if the program ended before its first turn
            self.actions.check_evidence()

    # pages --------------------------------------------------------------------------------
    @property
    def task_page(self) -> TaskPage:
        return cast("TaskPage", self.pages.widget(self._task_index))

    @property
    def activities_page(self) -> ActivitiesPage:
        return cast("ActivitiesPage", self.pages.widget(self._activities_index))

    def _build_task_page(self) -> QWidget:
        from kh14_desktop.ui.task_page import TaskPage

        page = TaskPage(self.actions)
        page.progress_saved.connect(self.progress_saved)
        page.tasks_changed.connect(self._tasks_changed)
        page.set_tasks(self.plan, self.tasks)
        return page

    def _build_activities_page(self) -> QWidget:
        from kh14_desktop.ui.activities_page import ActivitiesPage

        page = ActivitiesPage(self.actions)
        page.set_tasks(self.tasks)
        return page

    def _index_of(self, button: QToolButton) -> int:
        return self.nav_group.id(button)

    def add_page(self, title: str, page: QWidget | PageFactory, shortcut: str) -> QToolButton:
        """A navigation button for `page`: a widget, or a function that builds it when the
        page is first opened."""
        button = QToolButton()
        button.setText(title)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setShortcut(QKeySequence(shortcut))
        button.setToolTip(f"{title.replace('&', '')} ({shortcut})")
        index = self.pages.add_page(page)
        self.nav_group.addButton(button, index)
        self.navigation.insertWidget(index, button)  # buttons in page order, before the stretch
        button.clicked.connect(lambda: self.show_index(index))
        if index == 0:
            button.setChecked(True)
        return button

    def open_files(self, paths: list[Path]) -> None:
        """Report files given on the command line: an admin imports, an office verifies."""
        if not paths:
            return
        if self.profile.is_admin:
            from kh14_desktop.ui.admin.pages import open_files as open_admin_files

            open_admin_files(self, list(paths))
        else:
            open_report_files(self, list(paths))

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def show_page(self, page: QWidget) -> None:
        self.show_index(self.pages.indexOf(page))

    def show_index(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        button = self.nav_group.button(index)
        if button is not None:
            button.setChecked(True)

    def page_built(self, page_index: int) -> QWidget | None:
        """The page if it was opened (or asked for) already; None without building it."""
        return self.pages.built_widget(page_index)

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
        self._tasks = None
        task_page = self.page_built(self._task_index)
        if task_page is not None:
            cast("TaskPage", task_page).set_tasks(self.plan, self.tasks)
        activities_page = self.page_built(self._activities_index)
        if activities_page is not None:
            cast("ActivitiesPage", activities_page).set_tasks(self.tasks)
        self.overview_page.mark_stale()

    @property
    def tasks(self) -> list[OfficeTask]:
        """The office's tasks as the plan and the office's own additions give them."""
        if self._tasks is None:
            self._tasks = office_tasks(self.installation)
        return self._tasks

    def open_task(self, code: str, activities: bool = False) -> None:
        from kh14_desktop.ui.task_page import TAB_ACTIVITIES, TAB_RESULT

        self.show_page(self.task_page)
        if self.task_page.show_task(code, TAB_ACTIVITIES if activities else TAB_RESULT) \
                and not activities:
            self.task_page.editor.focus_first()

    def show_tasks_with_status(self, status: Status | None) -> None:
        self.show_page(self.task_page)
        self.task_page.search.clear()
        self.task_page.role_filter.setCurrentIndex(0)
        self.task_page.set_status_filter(status)

    def _tasks_changed(self) -> None:
        self.refresh()
        self.tasks_changed.emit()

    def _activities_changed(self) -> None:
        # a page not built yet reads the activities when it is
        task_page = self.page_built(self._task_index)
        if task_page is not None:
            cast("TaskPage", task_page).refresh_activities()
        activities_page = self.page_built(self._activities_index)
        if activities_page is not None:
            cast("ActivitiesPage", activities_page).mark_stale()
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
        if self.pages.currentIndex() == self._activities_index:
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
        self.undo_action.setEnabled(False)  # until an activity is deleted
        self.undo_action.triggered.connect(lambda: self.actions.undo_delete())
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
        """Ctrl+F: the search of the page on screen; on a page without one, the tasks'."""
        focus_search = getattr(self.current_page(), "focus_search", None)
        if callable(focus_search):
            focus_search()
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
        task_page = cast("TaskPage | None", self.page_built(self._task_index))
        if task_page is not None and not task_page.save_pending():
            error = task_page.editor.last_error
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
