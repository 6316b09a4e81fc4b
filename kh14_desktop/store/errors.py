"""Sorting SQLite's errors into those the environment caused and those we did.

A locked, full, read-only or damaged database is not a bug: the person gets a message
saying what to do. Anything else is ours and goes to the log with its traceback.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kh14_desktop.domain.errors import UserError

_KNOWN = {
    "SQLITE_BUSY": "store.locked",
    "SQLITE_LOCKED": "store.locked",
    "SQLITE_FULL": "store.disk_full",
    "SQLITE_READONLY": "store.read_only",
    "SQLITE_CANTOPEN": "store.read_only",
    "SQLITE_CORRUPT": "store.corrupt",
    "SQLITE_NOTADB": "store.corrupt",
    "SQLITE_IOERR": "store.disk_full",
}


def known_error(exc: sqlite3.Error, path: Path) -> UserError | None:
    """The person-facing error for an environmental SQLite failure, or None for a bug."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, code in _KNOWN.items():
        if name.startswith(prefix):
            return UserError(code, path=str(path))
    text = str(exc).lower()
    if "locked" in text:
        return UserError("store.locked", path=str(path))
    if "malformed" in text or "not a database" in text:
        return UserError("store.corrupt", path=str(path))
    return None
