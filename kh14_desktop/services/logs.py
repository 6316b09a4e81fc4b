"""The technical log: full detail of what went wrong, kept in the data folder, not on screen."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "kh14.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_configured: dict[Path, logging.Handler] = {}
# until a log file is configured, warnings stay off the screen (logging's last resort
# would print them to stderr, in English, in the person's face)
logging.getLogger("kh14_desktop").addHandler(logging.NullHandler())


class _RotatingLog(logging.Handler):
    """A rotating log file that is opened, and its module imported, at the first record.

    Most starts write nothing to the log; `logging.handlers` would cost them several
    milliseconds of import before the window shows.
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._file is None:
                import logging.handlers

                self._file = logging.handlers.RotatingFileHandler(
                    self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8",
                    delay=True)
                self._file.setFormatter(self.formatter)
                self._file.handleError = self.handleError  # type: ignore[method-assign]
            self._file.emit(record)
        except Exception:
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:
        # a full disk or a locked log file: the log is lost, the person sees no traceback
        return None

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def configure_logging(folder: Path) -> Path:
    """Send the `kh14_desktop` loggers to a rotating file in `folder`; returns its path."""
    path = folder / LOG_NAME
    if path in _configured:
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return path  # a log we cannot write must never stop the program
    handler = _RotatingLog(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("kh14_desktop")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _configured[path] = handler
    return path


def release_logging(folder: Path) -> None:
    """Close the log files at or under `folder`, so that it can be deleted (a demo's, the
    self-test's): Windows deletes no file that is open."""
    for path in [path for path in _configured if path.is_relative_to(folder)]:
        handler = _configured.pop(path)
        logging.getLogger("kh14_desktop").removeHandler(handler)
        handler.close()
