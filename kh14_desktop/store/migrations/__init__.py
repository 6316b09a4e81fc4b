"""The schema's history: migration N brings a database from `user_version` N-1 to N.

Migrations only ever move forward and each runs in its own transaction together with
the version bump, so a database is always at exactly one known version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kh14_desktop.store.migrations import (
    m0001_profile,
    m0002_office_work,
    m0003_exports,
    m0004_admin,
    m0005_adopted_tasks,
    m0006_vouching,
)

if TYPE_CHECKING:
    import sqlite_utils

Migration = Callable[["sqlite_utils.Database"], None]

MIGRATIONS: tuple[tuple[int, str, Migration], ...] = (
    (1, "office profile and settings", m0001_profile.apply),
    (2, "progress, activities, figures and evidence", m0002_office_work.apply),
    (3, "exported reports", m0003_exports.apply),
    (4, "trusted keys and received reports", m0004_admin.apply),
    (5, "tasks an office took part in through an open clause", m0005_adopted_tasks.apply),
    (6, "who may vouch for whom; reports set aside", m0006_vouching.apply),
)

LATEST_VERSION = MIGRATIONS[-1][0]
