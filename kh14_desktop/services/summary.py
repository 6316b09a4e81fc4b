"""Where the office stands: counts by status, totals, the deadline, tasks not yet touched."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kh14_desktop.domain.dates import days_until
from kh14_desktop.domain.plan import Indicator
from kh14_desktop.domain.progress import STATUS_ORDER, Status
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_tasks import OfficeTask, office_tasks
from kh14_desktop.store import office_records as records


@dataclass(frozen=True)
class IndicatorTotal:
    indicator: Indicator
    total: int


@dataclass(frozen=True)
class OfficeSummary:
    tasks: list[OfficeTask]
    status_counts: dict[Status, int]
    activity_count: int
    totals: list[IndicatorTotal]  # in the plan's indicator order, only those the office counts
    tasks_without_activity: list[OfficeTask]
    deadline: dt.date
    days_left: int

    @property
    def task_count(self) -> int:
        return len(self.tasks)


def office_summary(installation: Installation, today: dt.date) -> OfficeSummary:
    plan = installation.plan()
    tasks = office_tasks(installation)
    counts = {status: 0 for status in STATUS_ORDER}
    for item in tasks:
        counts[item.status] += 1
    per_task = records.activity_counts(installation.store)
    sums: dict[str, int] = {}
    for figures in records.figure_totals(installation.store).values():
        for key, value in figures.items():
            sums[key] = sums.get(key, 0) + value
    counted = {key for item in tasks for key in item.task.indicators}
    totals = [IndicatorTotal(indicator, sums.get(indicator.key, 0))
              for indicator in plan.indicators if indicator.key in counted or indicator.key in sums]
    untouched = [item for item in tasks if not per_task.get(item.task.code)
                 and item.status is not Status.NOT_APPLICABLE]
    return OfficeSummary(tasks, counts, sum(per_task.values()), totals, untouched,
                         plan.report.deadline, days_until(plan.report.deadline, today))
