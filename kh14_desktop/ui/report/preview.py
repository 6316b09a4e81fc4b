"""What a report for a period will say, read before exporting it (no Qt: runs in a job).

The report states each task's status and result as they stand now, and the activities
dated inside the period; the preview counts exactly those, so that what the officer reads
on the Report page is what the signed file will carry.
"""

from __future__ import annotations

from dataclasses import dataclass

from kh14_desktop.domain.period import ReportPeriod
from kh14_desktop.domain.plan import Indicator
from kh14_desktop.domain.progress import STATUS_ORDER, Status
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_tasks import office_tasks
from kh14_desktop.services.office_work import OfficeWork


@dataclass(frozen=True)
class ReportPreview:
    period: ReportPeriod
    task_count: int
    status_counts: dict[Status, int]
    activity_count: int  # dated inside the period
    evidence_count: int  # distinct files those activities carry
    totals: list[tuple[Indicator, int]]  # summed over the period, in the plan's order
    without_result: list[str]  # codes of tasks done or in progress with no result written
    not_started: list[str]
    without_activity: list[str]  # started or done, yet no activity in the period
    activity_ids: frozenset[int]  # whose evidence the export will read (and check)


def report_preview(installation: Installation, period: ReportPeriod) -> ReportPreview:
    plan = installation.plan()
    work = OfficeWork(installation)
    tasks = office_tasks(installation)
    progress = work.all_progress()
    counts = {status: 0 for status in STATUS_ORDER}
    sums: dict[str, int] = {}
    per_task: dict[str, int] = {}
    evidence: set[str] = set()
    ids: set[int] = set()
    for activity in work.activities():
        if not period.contains(activity.day):
            continue
        per_task[activity.task_code] = per_task.get(activity.task_code, 0) + 1
        ids.add(activity.id)
        for key, value in activity.figures.items():
            sums[key] = sums.get(key, 0) + value
        evidence.update(file.sha256 for file in activity.evidence)
    without_result, not_started, without_activity = [], [], []
    for item in tasks:
        code = item.task.code
        counts[item.status] += 1
        state = progress.get(code)
        if item.status is Status.NOT_STARTED:
            not_started.append(code)
        elif item.status in (Status.IN_PROGRESS, Status.DONE):
            if state is None or not state.result.strip():
                without_result.append(code)
            if not per_task.get(code):
                without_activity.append(code)
    counted = {key for item in tasks for key in item.task.indicators}
    totals = [(indicator, sums.get(indicator.key, 0)) for indicator in plan.indicators
              if indicator.key in sums or indicator.key in counted]
    return ReportPreview(period, len(tasks), counts, sum(per_task.values()), len(evidence),
                         totals, without_result, not_started, without_activity,
                         frozenset(ids))
