"""What a person sees when something fails: one sentence in their words, never a traceback.

`describe_failure` turns any exception a background job raised into that sentence: a
`UserError` says itself; a full disk, a read-only folder or a pulled USB stick becomes its
friendly message (`environment_error`); anything else is a bug of ours, logged with its
traceback, and the person is told where the detail went.

`ErrorReporter` does the same for exceptions nobody caught: in a slot or an event handler
on the UI thread (`sys.excepthook`) and on other threads (`threading.excepthook`). The same
error shown again and again would lock the person in a loop of message boxes, so one is
shown at a time and an identical one only after `REPEAT_AFTER_SECONDS`.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from kh14_desktop.domain.errors import UserError
from kh14_desktop.services.environment import environment_error
from kh14_desktop.ui.i18n import current_language

translate = QCoreApplication.translate

REPEAT_AFTER_SECONDS = 300.0
log = logging.getLogger("kh14_desktop.ui")


def unexpected_text(log_path: Path) -> str:
    return translate(
        "SafetyErrors",
        "An unexpected error occurred in the program. The data already saved is not lost; "
        "what was being done at that moment may not have been saved. The details were "
        "written to {log}.").format(log=log_path)


def describe_failure(error: BaseException, database: Path, log_path: Path) -> str:
    """The sentence for a failed job; a bug's traceback is the job runner's to log."""
    from kh14_desktop.ui.failure import describe_at

    failure = describe_at(error, database, log_path, unexpected_text(log_path), logged=True)
    return failure.text


def open_folder(folder: Path) -> bool:
    """Show a folder in the system's file manager (made first if it is not there yet)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        log.warning("cannot create %s", folder, exc_info=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_failure_box(parent: QWidget | None, title: str, text: str, log_folder: Path) -> None:
    """A warning with a button that opens the log folder (a module function: tests replace
    it)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate(
        "SafetyErrors", "If it happens again, send the log file to technical support."))
    open_button = box.addButton(translate("SafetyErrors", "Open the log folder"),
                                QMessageBox.ButtonRole.ActionRole)
    close_button = box.addButton(translate("SafetyErrors", "Close"),
                                 QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(close_button)
    box.setEscapeButton(close_button)
    box.exec()
    if box.clickedButton() is open_button:
        open_folder(log_folder)


def _signature(kind: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> tuple[str, ...]:
    frames = traceback.extract_tb(tb) if tb is not None else []
    where = (frames[-1].filename, str(frames[-1].lineno)) if frames else ("", "")
    return (kind.__name__, *where)


class ErrorReporter(QObject):
    """Catches what nobody caught: logs it in full, shows one sentence."""

    _arrived = Signal(object)  # an exception from another thread, shown on the UI thread
    _damaged = Signal(object)  # UserError("store.corrupt")

    def __init__(self, log_path: Path, database: Path) -> None:
        super().__init__()
        self.log_path = log_path
        self.database = database
        self.shown: list[str] = []  # what the person was shown, in order (for tests too)
        # damaged data met anywhere leads to the recovery dialog rather than to a message
        self.on_damage: Callable[[UserError], object] | None = None
        self._last_shown: dict[tuple[str, ...], float] = {}
        self._showing = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._arrived.connect(self._show)
        self._damaged.connect(self._recover)

    def install(self) -> ErrorReporter:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    def excepthook(self, kind: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, exc, tb)
            return
        self._report(kind, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self._report(args.exc_type, args.exc_value, args.exc_traceback)

    def _report(self, kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
        try:
            known = environment_error(exc, self.database, self.log_path)
            if known is None:
                log.error("unexpected error", exc_info=(kind, exc, tb))
            else:
                log.warning("%s", known.code, exc_info=(kind, exc, tb))
            damaged = known is not None and known.code == "store.corrupt" \
                and self.on_damage is not None
            now = time.monotonic()
            signature = (known.code,) if damaged and known else _signature(kind, exc, tb)
            last = self._last_shown.get(signature)
            if self._showing or (last is not None and now - last < REPEAT_AFTER_SECONDS):
                return  # logged; one box at a time, and not the same one over and over
            self._last_shown[signature] = now
            if damaged:
                self._damaged.emit(known)  # on the UI thread, whichever thread met it
                return
            text = known.message(current_language()) if known is not None \
                else unexpected_text(self.log_path)
            app = QApplication.instance()
            if app is None or QThread.currentThread() is not app.thread():
                self._arrived.emit(text)  # widgets only on the UI thread
            else:
                self._show(text)
        except Exception:  # the reporter itself must never raise into Qt
            log.exception("the error reporter failed")

    @Slot(object)
    def _recover(self, error: object) -> None:
        if self.on_damage is not None and isinstance(error, UserError):
            self.on_damage(error)

    @Slot(object)
    def _show(self, text: object) -> None:
        assert isinstance(text, str)
        self.shown.append(text)
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            title = translate("SafetyErrors", "KH14 Desktop: unexpected error")
            show_failure_box(parent, title, text, self.log_path.parent)
        finally:
            self._showing = False


def install_error_reporter(log_path: Path, database: Path) -> ErrorReporter:
    """From now on, uncaught exceptions are logged and shown as one sentence."""
    return ErrorReporter(log_path, database).install()
