"""Version 2: progress per task, dated activities with figures, evidence files."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


STATUSES = "'not-started', 'in-progress', 'done', 'not-applicable'"


def apply(db: sqlite_utils.Database) -> None:
    db.execute(
        f"""
        CREATE TABLE task_progress (
            task_code TEXT PRIMARY KEY,
            status TEXT NOT NULL CHECK (status IN ({STATUSES})),
            result TEXT NOT NULL DEFAULT '',
            difficulties TEXT NOT NULL DEFAULT '',
            proposals TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE activities (
            -- AUTOINCREMENT: a deleted activity's number is never reused, so undo can
            -- always put it back under the number the officer saw
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            task_code TEXT NOT NULL,
            day TEXT NOT NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX activities_by_task ON activities (task_code, day)")
    db.execute("CREATE INDEX activities_by_day ON activities (day, id)")
    db.execute(
        """
        CREATE TABLE activity_figures (
            activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            value INTEGER NOT NULL CHECK (value >= 0),
            PRIMARY KEY (activity_id, indicator)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE attachments (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size >= 0),
            stored_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE activity_evidence (
            id INTEGER PRIMARY KEY,
            activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL REFERENCES attachments (sha256),
            original_name TEXT NOT NULL,
            added_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX evidence_by_activity ON activity_evidence (activity_id)")
