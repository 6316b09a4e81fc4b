"""Version 3: the office's exported reports (the sequence only ever rises)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils



def apply(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE exports (
            sequence INTEGER PRIMARY KEY CHECK (sequence >= 1),
            period_key TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            created_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            document_number TEXT NOT NULL,
            signer_name TEXT NOT NULL
        )
        """
    )
