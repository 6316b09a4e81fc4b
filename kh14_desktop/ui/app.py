"""`kh14-desktop`: start the window (the first-run wizard when nothing is set up yet).

The data folder's log is configured before anything else, and uncaught exceptions are
logged and shown as one sentence (`ui/safety/errors.py`). A `Session` (`ui/safety/session.py`)
opens the data and shows the window, or the recovery dialog when the data is damaged or
from a newer version; it also rebuilds the window after a restore. One program works on a
data folder at a time (`ui/single_instance.py`): a later start, such as a double-clicked
report, hands its files to the window already open and ends.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kh14_desktop import STARTED, __version__
from kh14_desktop.cli.argparse_text import use_language
from kh14_desktop.cli.streams import use_utf8_output
from kh14_desktop.domain.messages import DEFAULT_LANGUAGE, LANGUAGES, render
from kh14_desktop.store.location import DataFolder, choose_data_folder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kh14_desktop.ui.safety.session import Session
    from kh14_desktop.ui.single_instance import InstanceLock, RequestInbox


# benchmarks/startup.py sets it to time a cold start up to the shown main window
EXIT_WHEN_SHOWN_ENV = "KH14_EXIT_WHEN_SHOWN"
SHOWN_FILE_ENV = "KH14_SHOWN_FILE"  # where to write the marker: a windowed .exe has no stdout
SHOWN_MARKER = "kh14-shown"


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    lang = DEFAULT_LANGUAGE
    # argparse's own words ("usage:", "error:") in the same language as the help; without
    # this it asks gettext for every one of them, which costs the start-up 2 ms
    use_language(lang)
    parser = argparse.ArgumentParser(prog="kh14-desktop", description=render("help.kh14", lang))
    parser.add_argument("--data-dir", help=render("help.data_dir", lang))
    parser.add_argument("--lang", choices=LANGUAGES, help=render("help.lang", lang))
    demos = parser.add_mutually_exclusive_group()
    demos.add_argument("--demo", action="store_true", help=render("help.demo", lang))
    demos.add_argument("--demo-admin", action="store_true", help=render("help.demo_admin", lang))
    parser.add_argument("--version", action="version", version=f"kh14-desktop {__version__}")
    parser.add_argument("--self-test", action="store_true", help=render("help.self_test", lang))
    parser.add_argument("--self-test-report", metavar="FILE",
                        help=render("help.self_test_report", lang))
    parser.add_argument("files", nargs="*", help=render("help.files", lang))
    return parser.parse_args(argv)


@dataclass
class DataChoice:
    """The folder the window works on; a demo's folder is deleted at the end."""

    folder: DataFolder
    throwaway: Path | None = None
    clock: dt.date | None = None
    message: str = ""  # for the status bar of a demo


def choose_data(args: argparse.Namespace) -> DataChoice:
    """The data folder, without opening it; a demo only names its temporary folder here."""
    if args.demo:
        root = Path(tempfile.mkdtemp(prefix="kh14-demo-"))
        return DataChoice(DataFolder(root), root)
    if args.demo_admin:
        root = Path(tempfile.mkdtemp(prefix="kh14-admin-demo-"))
        return DataChoice(DataFolder(root / "admin"), root)
    return DataChoice(choose_data_folder(args.data_dir))


def fill_demo(args: argparse.Namespace, choice: DataChoice, lang: str) -> None:
    """Build the demo's data (the office's at once; the admin's takes seconds: in the
    background, with a progress dialog)."""
    if args.demo:  # the demos and the wizard are rare: start-up does not load them
        from kh14_desktop.domain.dates import format_date
        from kh14_desktop.services.demo import DEMO_TODAY, create_demo_installation

        create_demo_installation(choice.folder.root).close()
        choice.clock = DEMO_TODAY  # the demo's year of work, not the calendar's
        choice.message = render("demo.office", lang, date=format_date(choice.clock))
    elif args.demo_admin and choice.throwaway is not None:
        from kh14_desktop.services.admin_demo import admin_demo_today, create_admin_demo
        from kh14_desktop.ui.safety.background import run_with_progress

        root = choice.throwaway

        def build(_progress: object) -> Path:
            demo = create_admin_demo(root)
            demo.close()  # on the thread that opened it
            return demo.inbox

        inbox = run_with_progress(None, "KH14 Desktop", render("demo.preparing", lang), build)
        choice.clock = admin_demo_today()  # the day the demo's reports were made around
        choice.message = render("demo.admin_inbox", lang, folder=inbox)


def set_window_icon(app: QApplication) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from kh14_desktop.resources import resource_path

    icon = QIcon()
    for size in (16, 32, 48, 256):  # PNG needs no image plugin; the .ico is the executable's
        icon.addFile(str(resource_path("icons", f"kh14-{size}.png")), QSize(size, size))
    app.setWindowIcon(icon)


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8_output()  # `--help` and the self-test's lines, piped on Windows
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        # before any window or data folder: the self-test brings its own, in a temporary folder
        from kh14_desktop.ui.self_test import run_self_test

        return run_self_test(report_path=args.self_test_report)
    # Qt is imported only now, so `--help` and `--version` answer at once
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from kh14_desktop.services.logs import configure_logging, release_logging
    from kh14_desktop.ui.safety.errors import install_error_reporter
    from kh14_desktop.ui.safety.session import Session
    from kh14_desktop.ui.single_instance import InstanceLock

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("KH14 Desktop")
    app.setApplicationVersion(__version__)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))  # officers read this all day
    app.setFont(font)

    choice = choose_data(args)
    # first of all: whatever fails from here on leaves its detail in the data folder's log
    log_path = configure_logging(choice.folder.logs)
    reporter = install_error_reporter(log_path, choice.folder.database)
    lock = InstanceLock(choice.folder)
    if not lock.acquire():  # the program is open on this folder already
        exit_code = open_held_folder(lock, [Path(name) for name in args.files],
                                     args.lang or DEFAULT_LANGUAGE)
        if exit_code is not None:
            reporter.uninstall()
            return exit_code
    session: Session | None = None
    inbox: RequestInbox | None = None
    try:
        fill_demo(args, choice, args.lang or DEFAULT_LANGUAGE)
        session = Session(choice.folder, demo=bool(choice.throwaway), clock=choice.clock,
                          language=args.lang,
                          pending_files=[Path(name) for name in args.files])
        if choice.message:
            message = choice.message
            session.window_opened.connect(
                lambda window: window.statusBar().showMessage(message))
        session.finished.connect(app.quit)
        reporter.on_damage = session.show_recovery  # damage met while working: the way back
        # reports double-clicked from now on come to this program, even while its first-run
        # wizard or recovery dialog is open (they wait for the window then)
        inbox = listen_for_files(session)
        if not session.start():  # the window, or the recovery dialog when the data is damaged
            return session.exit_code
        # the title bar's icon can follow the first paint (the taskbar's is the executable's)
        QTimer.singleShot(0, lambda: set_window_icon(app))
        if os.environ.get(EXIT_WHEN_SHOWN_ENV):
            _exit_when_shown(app)
        return app.exec()
    finally:
        if inbox is not None:
            inbox.stop()
        if session is not None:
            session.close()  # running work finishes; the data is closed
        reporter.uninstall()
        lock.release()
        if choice.throwaway is not None:
            release_logging(choice.throwaway)
            shutil.rmtree(choice.throwaway, ignore_errors=True)


def listen_for_files(session: Session) -> RequestInbox:
    """Files that later starts of the program hand over open in the session's window."""
    from PySide6.QtCore import QTimer

    from kh14_desktop.ui.single_instance import RequestInbox, announce_running

    inbox = RequestInbox(session.folder, session)
    inbox.files_requested.connect(session.open_requested)
    # the requests already waiting: from programs started while this one was starting
    QTimer.singleShot(0, inbox, inbox.start)
    QTimer.singleShot(0, announce_running)  # for the installer; after the window shows
    return inbox


def open_held_folder(lock: InstanceLock, files: list[Path], lang: str) -> int | None:
    """The folder is held by another program. On this computer, that program opens `files`
    (returns the exit code). On another computer, the person may take the folder over
    (returns None: carry on here)."""
    from PySide6.QtCore import QCoreApplication

    from kh14_desktop.ui.dialogs import ask, show_error
    from kh14_desktop.ui.i18n import install_language

    host = lock.holder_elsewhere()
    if host is None:
        return hand_over_files(lock.folder, files, lang)
    install_language(lang)
    if not ask(None, "KH14 Desktop", QCoreApplication.translate(
            "App", "This data folder is marked as open in KH14 Desktop on the computer "
            "“{host}”. If the program is no longer open there (for example, the USB stick was "
            "pulled out while it was open), the data can be opened on this computer.").format(
            host=host), QCoreApplication.translate("App", "Open it here"),
            QCoreApplication.translate("App", "Quit"),
            str(lock.folder.root)):
        return 0
    if lock.take_over():
        return None
    show_error(None, "KH14 Desktop", QCoreApplication.translate(
        "App", "The data folder could not be taken over: the program still holds it."),
        str(lock.folder.root))
    return 1


def hand_over_files(folder: DataFolder, files: list[Path], lang: str) -> int:
    """Give `files` to the program already open on `folder`; 1 (and why) if it does not
    answer."""
    from PySide6.QtCore import QCoreApplication

    from kh14_desktop.ui.dialogs import show_error
    from kh14_desktop.ui.i18n import install_language
    from kh14_desktop.ui.single_instance import hand_over

    if hand_over(folder, files):
        return 0
    install_language(lang)
    show_error(None, "KH14 Desktop", QCoreApplication.translate(
        "App", "KH14 Desktop is already open on this data folder but does not answer. "
        "Wait for it to finish what it is doing, or close it, then try again."),
        str(folder.root))
    return 1


def _exit_when_shown(app: QApplication) -> None:
    """Print the wall-clock time of the show (the caller subtracts its launch time) and quit."""
    from PySide6.QtCore import QTimer

    line = f"{SHOWN_MARKER} {time.time():.6f} {STARTED:.6f}\n"
    if sys.stdout is not None:  # a windowed Windows build has none
        sys.stdout.write(line)
        sys.stdout.flush()
    if os.environ.get(SHOWN_FILE_ENV):
        with open(os.environ[SHOWN_FILE_ENV], "a", encoding="ascii") as marker:
            marker.write(line)
    QTimer.singleShot(0, app.quit)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
