"""Version 6: who may vouch for whom (docs/report-format.md, "Who may vouch for whom").

A key is trusted either as a unit's own key (`role = 'unit'`: it signs that unit's reports)
or as a consolidator's (`role = 'consolidator'`: the admin of the level below, whose
consolidated files are accepted, and whose vouch carries the units of `scope` that have no
key here yet). A received report records the consolidator that vouched for it, and may be
set aside (revoked) with a reason, after which no output counts it.

Reports accepted before this version inside a consolidated file, signed by a key that is
not their unit's trusted key, were accepted on the word of whoever signed the outer file:
they are kept and marked for the admin to review, never deleted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

REVIEW_VOUCHED_BEFORE = "vouched-before-v6"


def apply(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE trusted_keys ADD COLUMN role TEXT NOT NULL DEFAULT 'unit'"
               " CHECK (role IN ('unit', 'consolidator'))")
    db.execute("ALTER TABLE trusted_keys ADD COLUMN scope TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE trusted_keys ADD COLUMN retired_reason TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE received_reports ADD COLUMN vouched_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE received_reports ADD COLUMN review TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE received_reports ADD COLUMN revoked_at TEXT")
    db.execute("ALTER TABLE received_reports ADD COLUMN revoked_reason TEXT NOT NULL DEFAULT ''")
    # a revoked report is no unit's current one: the next genuine report takes its place
    db.execute("DROP INDEX received_current")
    db.execute(
        "CREATE UNIQUE INDEX received_current ON received_reports"
        " (unit_id, plan_id, period_start, period_end)"
        " WHERE superseded_by IS NULL AND revoked_at IS NULL")
    db.execute(
        "UPDATE received_reports SET review = ? WHERE via_package != '' AND fingerprint NOT IN"
        " (SELECT fingerprint FROM trusted_keys WHERE trusted_keys.unit_id ="
        " received_reports.unit_id)", [REVIEW_VOUCHED_BEFORE])
