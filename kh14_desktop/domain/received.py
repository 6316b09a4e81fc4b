"""Reports as the admin holds them, and who has reported: on time, late, or not yet.

On time or late is judged by the signed export time (the office cannot change it without
breaking the signature), read in Vietnam's time zone; the import time stands beside it, and
a warning is raised where the two disagree implausibly (an office PC with a wrong clock).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from kh14_desktop.domain.plan import Plan, Unit
from kh14_desktop.domain.report import ReportData

VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")
# an export "in the future" by more than this, seen from the admin's PC, is not believable
CLOCK_TOLERANCE = dt.timedelta(hours=2)

# the admin's reason for setting a report or a key aside, kept in the import log
MAX_SET_ASIDE_REASON = 500


@dataclass(frozen=True)
class ReceivedReport:
    """An office report the admin imported: its data and the facts of its signature."""

    report: ReportData
    sequence: int
    created: dt.datetime  # signed export time
    imported_at: dt.datetime
    fingerprint: str
    package_sha256: str

    @property
    def unit_id(self) -> str:
        return self.report.unit_id


class ReportingState(StrEnum):
    ON_TIME = "on-time"
    LATE = "late"
    MISSING = "missing"


class ClockWarning(StrEnum):
    NONE = ""
    FUTURE = "future"  # exported after it was imported: the office clock runs fast
    BEFORE_PLAN = "before-plan"  # exported before the plan existed: the office clock is slow


@dataclass(frozen=True)
class UnitReportStatus:
    unit: Unit
    state: ReportingState
    received: ReceivedReport | None
    clock: ClockWarning = ClockWarning.NONE


def exported_on(report: ReceivedReport) -> dt.date:
    """The day of the signed export, in Vietnam."""
    return report.created.astimezone(VIETNAM).date()


def clock_warning(plan: Plan, report: ReceivedReport) -> ClockWarning:
    if report.created > report.imported_at + CLOCK_TOLERANCE:
        return ClockWarning.FUTURE
    if exported_on(report) < plan.document.date:
        return ClockWarning.BEFORE_PLAN
    return ClockWarning.NONE


def reporting_status(plan: Plan, latest: dict[str, ReceivedReport]) -> list[UnitReportStatus]:
    """One row per unit the plan expects a report from, in the plan's unit order.

    `latest` maps unit id to that unit's newest report for the period being followed.
    A report exported on or before the deadline day counts as on time.
    """
    rows = []
    for unit in plan.reporting_units():
        received = latest.get(unit.id)
        if received is None:
            rows.append(UnitReportStatus(unit, ReportingState.MISSING, None))
            continue
        state = (ReportingState.ON_TIME if exported_on(received) <= plan.report.deadline
                 else ReportingState.LATE)
        rows.append(UnitReportStatus(unit, state, received, clock_warning(plan, received)))
    return rows
