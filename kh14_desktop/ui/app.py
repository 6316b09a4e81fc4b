"""`kh14-desktop`: start the window (the first-run wizard when nothing is set up yet)."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kh14_desktop import __version__
from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import DEFAULT_LANGUAGE, LANGUAGES, render

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


# benchmarks/startup.py sets it to time a cold start up to the shown main window
EXIT_WHEN_SHOWN_ENV = "KH14_EXIT_WHEN_SHOWN"
SHOWN_MARKER = "kh14-shown"


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    lang = DEFAULT_LANGUAGE
    parser = argparse.ArgumentParser(prog="kh14-desktop", description=render("help.kh14", lang))
    parser.add_argument("--data-dir", help=render("help.data_dir", lang))
    parser.add_argument("--lang", choices=LANGUAGES, help=render("help.lang", lang))
    parser.add_argument("--demo", action="store_true", help=render("help.demo", lang))
    parser.add_argument("--version", action="version", version=f"kh14-desktop {__version__}")
    parser.add_argument("--self-test", action="store_true", help=render("help.self_test", lang))
    parser.add_argument("--self-test-report", metavar="FILE",
                        help=render("help.self_test_report", lang))
    parser.add_argument("files", nargs="*", help=render("help.files", lang))
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    if args.self_test:
        # before any window or data folder: the self-test brings its own, in a temporary folder
        from kh14_desktop.ui.self_test import run_self_test

        return run_self_test(report_path=args.self_test_report)
    # Qt is imported only now, so `--help` and `--version` answer at once
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from kh14_desktop.services.installation import Installation
    from kh14_desktop.ui.dialogs import show_error
    from kh14_desktop.ui.i18n import LANGUAGE_SETTING, install_language
    from kh14_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("KH14 Desktop")
    app.setApplicationVersion(__version__)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))  # officers read this all day
    app.setFont(font)

    try:
        if args.demo:  # the demo and the wizard are rare: start-up does not load them
            from kh14_desktop.services.demo import create_demo_installation

            installation = create_demo_installation()
        else:
            installation = Installation.open(args.data_dir)
    except UserError as error:
        install_language(args.lang or DEFAULT_LANGUAGE)
        show_error(None, "KH14 Desktop", error.message(args.lang or DEFAULT_LANGUAGE))
        return 1
    install_language(args.lang or installation.store.setting(LANGUAGE_SETTING,
                                                              DEFAULT_LANGUAGE))
    try:
        if installation.profile() is None:
            from kh14_desktop.ui.setup_wizard import SetupWizard

            wizard = SetupWizard(installation)
            if not wizard.exec():
                return 0
        window = MainWindow(installation, demo=args.demo)
        # a double-clicked .kh14 file arrives here; the window offers to import or verify it
        window.pending_files = [Path(name).resolve() for name in args.files]
        window.show()
        if window.pending_files:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: window.open_files(window.pending_files))
        if os.environ.get(EXIT_WHEN_SHOWN_ENV):
            _exit_when_shown(app)
        return app.exec()
    finally:
        installation.close()
        if args.demo:
            shutil.rmtree(installation.folder.root, ignore_errors=True)


def _exit_when_shown(app: QApplication) -> None:
    """Print the wall-clock time of the show (the caller subtracts its launch time) and quit."""
    from PySide6.QtCore import QTimer

    if sys.stdout is not None:  # a windowed Windows build has no stdout
        print(f"{SHOWN_MARKER} {time.time():.6f}", flush=True)
    QTimer.singleShot(0, app.quit)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
