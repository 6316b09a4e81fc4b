"""`kh14`: the command line, for scripts, tests and officers who prefer a terminal.

Each command lives in `cli/commands/` and is a thin layer over the services. Errors a
person caused print one clear line (Vietnamese unless `--lang en`) and exit 1; usage
errors exit 2; a bug exits 3 with the detail in the log file.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from kh14_desktop import __version__
from kh14_desktop.cli import argparse_text
from kh14_desktop.cli.commands import COMMANDS
from kh14_desktop.cli.commands.backup import print_recovery
from kh14_desktop.cli.console import Console
from kh14_desktop.cli.context import CommandContext
from kh14_desktop.cli.streams import use_utf8_output
from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.messages import DEFAULT_LANGUAGE, LANGUAGES, render
from kh14_desktop.services.environment import environment_error
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.logs import configure_logging
from kh14_desktop.services.startup import start_installation
from kh14_desktop.store.location import choose_data_folder

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3
log = logging.getLogger(__name__)


def _language(argv: Sequence[str]) -> str:
    """The language is needed before parsing, to write the help in it."""
    lang = os.environ.get("KH14_LANG", DEFAULT_LANGUAGE)
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            lang = argv[index + 1]
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def build_parser(lang: str) -> argparse.ArgumentParser:
    def t(code: str) -> str:
        return render(code, lang)

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help=t("help.data_dir"), default=argparse.SUPPRESS)
    common.add_argument("--lang", choices=LANGUAGES, help=t("help.lang"),
                        default=argparse.SUPPRESS)
    common.add_argument("--json", action="store_true", help=t("help.json"),
                        default=argparse.SUPPRESS)

    parser = argparse.ArgumentParser(prog="kh14", description=t("help.kh14"),
                                     parents=[common])
    parser.add_argument("--version", action="version", version=f"kh14 {__version__}",
                        help=t("help.version"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(subparsers, common, t)
    return parser


class StartingContext(CommandContext):
    """Opening the installation also does what every start does (`start_installation`):
    settle an interrupted export, take the day's first backup. Commands that set
    `startup=False` (restore, check, backups) get the installation untouched."""

    def installation(self) -> Installation:
        opening = self._installation is None
        installation = super().installation()
        if opening:
            configure_logging(installation.folder.logs)
            if getattr(self.args, "startup", True):
                report = start_installation(installation)
                for path in report.finished_exports:
                    print(self.console.t("export.finished_late", path=path),
                          file=self.console.err)
                for warning in report.warnings:
                    print(self.console.t("cli.warning", message=warning.message(self.lang)),
                          file=self.console.err)
        return installation


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    use_utf8_output()
    lang = _language(arguments)
    argparse_text.use_language(lang)
    parser = build_parser(lang)
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:  # argparse exits itself on --help and on usage errors
        return int(exc.code or 0)
    args.data_dir = getattr(args, "data_dir", None)
    console = Console(lang, getattr(args, "json", False))
    context = StartingContext(args, console)
    try:
        return int(args.handler(args, context))
    except UserError as exc:
        log.info("kh14 %s: %s", args.command, exc.code)
        console.error(exc.message(lang))
        if exc.code == "store.corrupt":
            print_recovery(console, choose_data_folder(args.data_dir))
        return EXIT_USER_ERROR
    except KeyboardInterrupt:  # transactions roll back, partial files are removed
        print(render("cli.interrupted", lang), file=console.err)
        return 130
    except BrokenPipeError:  # `kh14 tasks | head`: the reader left, nothing is wrong
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # the PC's fault or a bug: detail to the log, one line on screen
        folder = choose_data_folder(args.data_dir)
        log_path = configure_logging(folder.logs)
        known = environment_error(exc, folder.database, log_path)
        if known is not None:
            log.warning("kh14 %s: %s", args.command, known.code, exc_info=True)
            console.error(known.message(lang))
            if known.code == "store.corrupt":
                print_recovery(console, folder)
            return EXIT_USER_ERROR
        log.exception("kh14 %s failed", args.command)
        print(render("cli.unexpected", lang, detail=type(exc).__name__, log=log_path),
              file=console.err)
        return EXIT_BUG
    finally:
        context.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
