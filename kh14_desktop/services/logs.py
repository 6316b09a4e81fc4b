"""The technical log: full detail of what went wrong, kept in the data folder, not on screen."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "kh14.log"
_configured: set[Path] = set()
# until a log file is configured, warnings stay off the screen (logging's last resort
# would print them to stderr, in English, in the person's face)
logging.getLogger("kh14_desktop").addHandler(logging.NullHandler())


class _QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    def handleError(self, record: logging.LogRecord) -> None:
        # a full disk or a locked log file: the log is lost, the person sees no traceback
        return None


def configure_logging(folder: Path) -> Path:
    """Send the `kh14_desktop` loggers to a rotating file in `folder`; returns its path."""
    path = folder / LOG_NAME
    if path in _configured:
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _QuietRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", delay=True)
    except OSError:
        return path  # a log we cannot write must never stop the program
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("kh14_desktop")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _configured.add(path)
    return path
