"""Failures the PC caused rather than the program: a full disk, a read-only folder, a USB
stick pulled out, no memory left. Each becomes a message saying what to do; the window and
the CLI show it and write the traceback to the log, never on screen.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from kh14_desktop.domain.errors import UserError
from kh14_desktop.store.errors import known_error
from kh14_desktop.store.files import PART_SUFFIX

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_PERMISSION = {errno.EACCES, errno.EPERM, errno.EROFS}
_VANISHED = {errno.ENOENT, errno.ENODEV, errno.ENXIO, getattr(errno, "ESTALE", errno.ENOENT)}


def environment_error(exc: BaseException, database: Path, log: Path) -> UserError | None:
    """The person-facing error for `exc`, or None when it is a bug of ours.

    `database` names the database in SQLite messages; `log` is where the detail went.
    """
    if isinstance(exc, MemoryError):
        return UserError("file.out_of_memory")
    if isinstance(exc, sqlite3.Error):
        return known_error(exc, database)
    if not isinstance(exc, OSError):
        return None
    path = str(exc.filename) if exc.filename else str(database.parent)
    if path.endswith(PART_SUFFIX):  # our temporary name means nothing to the person
        path = str(Path(path).parent)
    if isinstance(exc, PermissionError) or exc.errno in _NO_PERMISSION:
        return UserError("file.no_permission", path=path)
    if exc.errno in _DISK_FULL:
        return UserError("file.disk_full", path=path)
    if isinstance(exc, FileNotFoundError) or exc.errno in _VANISHED:
        return UserError("file.vanished", path=path)
    return UserError("file.io_error", path=path, detail=exc.strerror or type(exc).__name__,
                     log=str(log))
