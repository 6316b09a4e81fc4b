"""The admin's tables: trusted keys and received reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kh14_desktop.domain.received import ReceivedReport
from kh14_desktop.domain.report import parse_report_data
from kh14_desktop.store.database import Store, utc_now

if TYPE_CHECKING:
    import sqlite_utils


# docs/report-format.md, "Who may vouch for whom"
ROLE_UNIT = "unit"  # signs its unit's own reports
ROLE_CONSOLIDATOR = "consolidator"  # an admin of the level below: signs consolidated files


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str
    unit_id: str
    public_key: str  # minisign base64
    source: str
    trusted_at: str
    retired_at: str | None
    replaced_by: str | None
    role: str = ROLE_UNIT
    scope: str = ""  # a consolidator's units, space-separated; "*" for every unit
    retired_reason: str = ""

    @property
    def active(self) -> bool:
        return self.retired_at is None

    @property
    def is_consolidator(self) -> bool:
        return self.role == ROLE_CONSOLIDATOR

    def covers(self, unit_id: str) -> bool:
        """Whether this consolidator's vouch carries `unit_id` (a unit with no key here)."""
        units = self.scope.split()
        return self.is_consolidator and ("*" in units or unit_id in units)


@dataclass(frozen=True)
class StoredReport:
    id: int
    unit_id: str
    plan_id: str
    period_start: str
    period_end: str
    period_label: str
    sequence: int
    created: str
    imported_at: str
    fingerprint: str
    package_sha256: str
    file_name: str
    via_package: str
    superseded_by: int | None
    vouched_by: str = ""  # the consolidator whose trust carried it, when its key was unknown
    review: str = ""  # why the admin should look at it again; "" for no reason
    revoked_at: str | None = None
    revoked_reason: str = ""


_KEY_COLUMNS = ("fingerprint, unit_id, public_key, source, trusted_at, retired_at, replaced_by,"
                " role, scope, retired_reason")
_REPORT_COLUMNS = ("id, unit_id, plan_id, period_start, period_end, period_label, sequence,"
                   " created, imported_at, fingerprint, package_sha256, file_name, via_package,"
                   " superseded_by, vouched_by, review, revoked_at, revoked_reason")
# the reports that count: neither replaced by a newer one nor set aside by the admin
_COUNTED = "superseded_by IS NULL AND revoked_at IS NULL"


# keys ---------------------------------------------------------------------------------------
def trusted_keys(store: Store, unit_id: str | None = None) -> list[TrustedKey]:
    sql = f"SELECT {_KEY_COLUMNS} FROM trusted_keys"
    params: list[object] = []
    if unit_id is not None:
        sql += " WHERE unit_id = ?"
        params.append(unit_id)
    return [TrustedKey(*row) for row in
            store.execute(sql + " ORDER BY unit_id, trusted_at", params).fetchall()]


def key_by_fingerprint(store: Store, fingerprint: str) -> TrustedKey | None:
    row = store.execute(f"SELECT {_KEY_COLUMNS} FROM trusted_keys WHERE fingerprint = ?",
                           [fingerprint]).fetchone()
    return TrustedKey(*row) if row else None


def add_trusted_key(db: sqlite_utils.Database, fingerprint: str, unit_id: str,
                    public_key: str, source: str, role: str = ROLE_UNIT,
                    scope: str = "") -> None:
    db["trusted_keys"].insert({"fingerprint": fingerprint, "unit_id": unit_id,
                               "public_key": public_key, "source": source,
                               "trusted_at": utc_now(), "retired_at": None,
                               "replaced_by": None, "role": role, "scope": scope,
                               "retired_reason": ""})


def retire_key(db: sqlite_utils.Database, fingerprint: str, replaced_by: str | None,
               reason: str = "") -> None:
    db.execute("UPDATE trusted_keys SET retired_at = ?, replaced_by = ?, retired_reason = ?"
               " WHERE fingerprint = ?", [utc_now(), replaced_by, reason, fingerprint])


def set_key_role(db: sqlite_utils.Database, fingerprint: str, role: str, scope: str) -> None:
    db.execute("UPDATE trusted_keys SET role = ?, scope = ? WHERE fingerprint = ?",
               [role, scope, fingerprint])


# reports ------------------------------------------------------------------------------------
def current_report(store: Store, unit_id: str, plan_id: str, start: dt.date,
                   end: dt.date) -> StoredReport | None:
    row = store.execute(
        f"SELECT {_REPORT_COLUMNS} FROM received_reports WHERE unit_id = ? AND plan_id = ?"
        f" AND period_start = ? AND period_end = ? AND {_COUNTED}",
        [unit_id, plan_id, start.isoformat(), end.isoformat()]).fetchone()
    return StoredReport(*row) if row else None


def highest_sequence(store: Store, unit_id: str) -> int:
    """The highest sequence of the unit's reports that were not set aside, in any period."""
    row = store.execute("SELECT MAX(sequence) FROM received_reports WHERE unit_id = ?"
                        " AND revoked_at IS NULL", [unit_id]).fetchone()
    return int(row[0] or 0)


def counted_reports_by_key(store: Store, fingerprint: str) -> list[StoredReport]:
    """The counted reports signed with this key, or accepted on its vouch."""
    return [StoredReport(*row) for row in store.execute(
        f"SELECT {_REPORT_COLUMNS} FROM received_reports WHERE (fingerprint = ?"
        f" OR vouched_by = ?) AND {_COUNTED}", [fingerprint, fingerprint])]


def reports_to_review(store: Store, plan_id: str, start: dt.date,
                      end: dt.date) -> list[StoredReport]:
    """The counted reports of the period that rest on a consolidator's word alone, or that
    schema version 6 marked for review: the admin should look at them again."""
    return [StoredReport(*row) for row in store.execute(
        f"SELECT {_REPORT_COLUMNS} FROM received_reports WHERE plan_id = ? AND"
        f" period_start = ? AND period_end = ? AND {_COUNTED}"
        " AND (vouched_by != '' OR review != '') ORDER BY unit_id",
        [plan_id, start.isoformat(), end.isoformat()])]


def revoke_report(db: sqlite_utils.Database, report_id: int, reason: str) -> None:
    db.execute("UPDATE received_reports SET revoked_at = ?, revoked_reason = ? WHERE id = ?",
               [utc_now(), reason, report_id])


def report_by_package(store: Store, package_sha256: str) -> StoredReport | None:
    row = store.execute(
        f"SELECT {_REPORT_COLUMNS} FROM received_reports WHERE package_sha256 = ?",
        [package_sha256]).fetchone()
    return StoredReport(*row) if row else None


def insert_report(db: sqlite_utils.Database, received: ReceivedReport, file_name: str,
                  via_package: str, report_json: str, replaces: int | None,
                  vouched_by: str = "") -> int:
    """Add a report (its data as the office signed it); it supersedes `replaces`."""
    report = received.report
    if replaces is not None:
        # the old row steps aside first, so that the "one current per period" index holds
        db.execute("UPDATE received_reports SET superseded_by = -1 WHERE id = ?", [replaces])
    # a plain INSERT: sqlite-utils' table.insert inspects the table first, every time
    cursor = db.execute(
        "INSERT INTO received_reports (unit_id, plan_id, period_start, period_end,"
        " period_label, sequence, created, imported_at, fingerprint, package_sha256, file_name,"
        " via_package, report_json, superseded_by, vouched_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?, ?, ?, NULL, ?)",
        [report.unit_id, report.plan_id, report.period_start.isoformat(),
         report.period_end.isoformat(), report.period_label, received.sequence,
         received.created.isoformat(), received.imported_at.isoformat(), received.fingerprint,
         received.package_sha256, file_name, via_package, report_json, vouched_by])
    new_id = int(cursor.lastrowid or 0)
    if replaces is not None:
        db.execute("UPDATE received_reports SET superseded_by = ? WHERE id = ?",
                   [new_id, replaces])
    return new_id


def current_reports(store: Store, plan_id: str, start: dt.date,
                    end: dt.date) -> dict[str, ReceivedReport]:
    """Each unit's newest report for exactly this period."""
    rows = store.execute(
        "SELECT unit_id, sequence, created, imported_at, fingerprint, package_sha256,"
        " report_json FROM received_reports WHERE plan_id = ? AND period_start = ?"
        f" AND period_end = ? AND {_COUNTED}",
        [plan_id, start.isoformat(), end.isoformat()]).fetchall()
    return {row[0]: ReceivedReport(
        report=parse_report_data(row[6].encode("utf-8")), sequence=row[1],
        created=dt.datetime.fromisoformat(row[2]), imported_at=dt.datetime.fromisoformat(row[3]),
        fingerprint=row[4], package_sha256=row[5]) for row in rows}


def all_reports(store: Store) -> list[StoredReport]:
    return [StoredReport(*row) for row in store.execute(
        f"SELECT {_REPORT_COLUMNS} FROM received_reports ORDER BY imported_at DESC, id DESC")]
