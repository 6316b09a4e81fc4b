"""The main window: a header saying whose work and how long is left, one navigation bar,
and the pages behind it (tasks first; later pages add activities, the report and, for an
admin, import, status and consolidation)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, Qt, Signal
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
from kh14_desktop.services.installation import Installation, today
from kh14_desktop.services.office_tasks import office_tasks
from kh14_desktop.ui.dialogs import show_info
from kh14_desktop.ui.i18n import LANGUAGE_SETTING, current_language
from kh14_desktop.ui.task_page import TaskPage

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

        self.task_page = TaskPage()
        self.add_page(self.tr("&Tasks"), self.task_page, "Ctrl+1")
        self.navigation.addStretch(1)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addLayout(header)
        layout.addLayout(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Data folder: {path}").format(
            path=installation.folder.root))
        self.refresh()
        self._restore_geometry()

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
        self.navigation.insertWidget(self.navigation.count(), button)
        button.clicked.connect(lambda: self.pages.setCurrentIndex(index))
        if index == 0:
            button.setChecked(True)
        return button

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
        self.task_page.set_tasks(self.plan, office_tasks(self.installation))

    # menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        self.find_action = QAction(self.tr("&Find task"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.triggered.connect(self._find)
        self.addAction(self.find_action)

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
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.installation.store.set_setting(GEOMETRY_SETTING, geometry)
        super().closeEvent(event)
