"""Version 4: what an admin receives: trusted keys and the imported reports.

The import log and the quarantine are files beside the database, not tables: a refused
file must leave the database exactly as it was, and both must survive a refused import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils



def apply(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE trusted_keys (
            fingerprint TEXT PRIMARY KEY,
            unit_id TEXT NOT NULL,
            public_key TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('confirmed', 'key-list', 'rotation')),
            trusted_at TEXT NOT NULL,
            retired_at TEXT,
            replaced_by TEXT
        )
        """
    )
    db.execute("CREATE INDEX trusted_keys_by_unit ON trusted_keys (unit_id)")
    db.execute(
        """
        CREATE TABLE received_reports (
            id INTEGER PRIMARY KEY,
            unit_id TEXT NOT NULL,
            plan_id TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            period_label TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            created TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            package_sha256 TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL,
            via_package TEXT NOT NULL DEFAULT '',
            report_json TEXT NOT NULL,
            superseded_by INTEGER REFERENCES received_reports (id) DEFERRABLE INITIALLY DEFERRED
        )
        """
    )
    # with foreign keys on, every change of superseded_by looks for rows pointing at the row
    db.execute("CREATE INDEX received_by_successor ON received_reports (superseded_by)")
    # at most one current report per unit and period: the newest one
    db.execute(
        "CREATE UNIQUE INDEX received_current ON received_reports"
        " (unit_id, plan_id, period_start, period_end) WHERE superseded_by IS NULL")
