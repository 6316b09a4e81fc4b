"""`kh14-desktop`: start the window (the first-run wizard when nothing is set up yet)."""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence

from kh14_desktop import __version__
from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import DEFAULT_LANGUAGE, LANGUAGES, render


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    lang = DEFAULT_LANGUAGE
    parser = argparse.ArgumentParser(prog="kh14-desktop", description=render("help.kh14", lang))
    parser.add_argument("--data-dir", help=render("help.data_dir", lang))
    parser.add_argument("--lang", choices=LANGUAGES, help=render("help.lang", lang))
    parser.add_argument("--demo", action="store_true", help=render("help.demo", lang))
    parser.add_argument("--version", action="version", version=f"kh14-desktop {__version__}")
    parser.add_argument("files", nargs="*", help=render("help.files", lang))
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    # Qt is imported only now, so `--help` and `--version` answer at once
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from kh14_desktop.services.demo import create_demo_installation
    from kh14_desktop.services.installation import Installation
    from kh14_desktop.ui.dialogs import show_error
    from kh14_desktop.ui.i18n import LANGUAGE_SETTING, install_language
    from kh14_desktop.ui.main_window import MainWindow
    from kh14_desktop.ui.setup_wizard import SetupWizard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("KH14 Desktop")
    app.setApplicationVersion(__version__)
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))  # officers read this all day
    app.setFont(font)

    try:
        installation = create_demo_installation() if args.demo else Installation.open(
            args.data_dir)
    except UserError as error:
        install_language(args.lang or DEFAULT_LANGUAGE)
        show_error(None, "KH14 Desktop", error.message(args.lang or DEFAULT_LANGUAGE))
        return 1
    install_language(args.lang or installation.store.setting(LANGUAGE_SETTING,
                                                              DEFAULT_LANGUAGE))
    try:
        if installation.profile() is None:
            wizard = SetupWizard(installation)
            if not wizard.exec():
                return 0
        window = MainWindow(installation, demo=args.demo)
        window.show()
        return app.exec()
    finally:
        installation.close()
        if args.demo:
            shutil.rmtree(installation.folder.root, ignore_errors=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
