"""The tasks of the office's own unit, as the task list and the CLI show them."""

from __future__ import annotations

from dataclasses import dataclass

from kh14_desktop.domain.plan import Plan, Role, Task
from kh14_desktop.domain.progress import Status
from kh14_desktop.services.installation import Installation
from kh14_desktop.store.office_records import adopted_tasks, load_progress


@dataclass(frozen=True)
class OfficeTask:
    task: Task
    role: Role
    requested: bool
    conditional: bool
    status: Status
    lead_units: tuple[str, ...]
    cooperating_units: tuple[str, ...]
    adopted: bool = False  # added by the office through an open clause, not named by the plan


def office_tasks(installation: Installation) -> list[OfficeTask]:
    """This office's tasks, lead tasks first, each in plan order."""
    profile = installation.require_profile()
    plan = installation.catalog.get(profile.plan_id)
    statuses = task_statuses(installation)
    assigned = [
        OfficeTask(entry.task, entry.role, entry.requested, entry.conditional,
                   statuses.get(entry.task.code, Status.NOT_STARTED),
                   plan.lead_units(entry.task), plan.cooperating_units(entry.task))
        for entry in plan.tasks_for(profile.unit_id)
    ]
    named = {item.task.code for item in assigned}
    adopted = [
        OfficeTask(plan.task(code), Role.COOPERATING, False, False,
                   statuses.get(code, Status.NOT_STARTED), plan.lead_units(plan.task(code)),
                   plan.cooperating_units(plan.task(code)), adopted=True)
        for code in adopted_tasks(installation.store) if plan.has_task(code) and code not in named
    ]
    return assigned + adopted


def task_statuses(installation: Installation) -> dict[str, Status]:
    """Recorded status per task code."""
    return {code: progress.status
            for code, progress in load_progress(installation.store).items()}


def unit_names(plan: Plan, unit_ids: tuple[str, ...]) -> list[str]:
    return [plan.unit(unit_id).name for unit_id in unit_ids]
