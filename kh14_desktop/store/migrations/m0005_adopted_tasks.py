"""Version 5: tasks an office added to its own list through an open clause of the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils



def apply(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE adopted_tasks (task_code TEXT PRIMARY KEY, adopted_at TEXT NOT NULL)")
