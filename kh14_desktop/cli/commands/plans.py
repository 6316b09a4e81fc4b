"""`kh14 plans` and `kh14 plan show [--unit UNIT]`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from kh14_desktop.cli.context import CommandContext
from kh14_desktop.domain.dates import format_date
from kh14_desktop.domain.plan import Assignment, Plan, Task
from kh14_desktop.services.lookup import find_unit


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,  # type: ignore[type-arg]
             t: Callable[[str], str]) -> None:
    listing = subparsers.add_parser("plans", parents=[common], help=t("help.plans"),
                                    description=t("help.plans"))
    listing.set_defaults(handler=run_plans)

    plan = subparsers.add_parser("plan", parents=[common], help=t("help.plan"),
                                 description=t("help.plan"))
    actions = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=[common], help=t("help.plan_show"),
                              description=t("help.plan_show"))
    show.add_argument("--plan", help=t("help.plan_id"))
    show.add_argument("--unit", help=t("help.unit_filter"))
    show.set_defaults(handler=run_plan_show)


def _chosen_plan(args: argparse.Namespace, context: CommandContext) -> Plan:
    """--plan if given, else this installation's plan, else the newest plan."""
    installation = context.installation()
    if args.plan:
        return installation.catalog.find(args.plan)
    profile = installation.profile()
    if profile is not None:
        return installation.catalog.get(profile.plan_id)
    return installation.catalog.find(None)


def run_plans(args: argparse.Namespace, context: CommandContext) -> int:
    console = context.console
    catalog = context.installation().catalog
    plans = catalog.plans()
    broken = catalog.broken()
    if console.as_json:
        console.json({
            "plans": [{"id": p.id, "name": p.name, "year": p.year, "province": p.province,
                       "number": p.document.number, "date": p.document.date.isoformat(),
                       "deadline": p.report.deadline.isoformat(), "tasks": len(p.tasks),
                       "units": len(p.units)} for p in plans],
            "broken": [{"file": str(b.path), "error": b.error.message(context.lang)}
                       for b in broken],
        })
        return 0
    console.table(
        [console.t("head.id"), console.t("head.plan"), console.t("head.deadline"),
         console.t("head.tasks")],
        [[p.id, p.name, format_date(p.report.deadline), str(len(p.tasks))] for p in plans],
        stretch=1,
    )
    for item in broken:
        console.error(item.error.message(context.lang))
    return 1 if broken else 0


def _unit_names(plan: Plan, unit_ids: tuple[str, ...]) -> list[str]:
    return [plan.unit(unit_id).name for unit_id in unit_ids]


def assignment_json(plan: Plan, assignment: Assignment | None,
                    unit_ids: tuple[str, ...]) -> dict[str, Any] | None:
    if assignment is None:
        return None
    return {"label": assignment.label, "text": assignment.text, "units": list(unit_ids),
            "open_clauses": [ref.text for ref in assignment.refs if ref.open]}


def task_json(plan: Plan, task: Task) -> dict[str, Any]:
    return {
        "code": task.code, "part": task.part, "number": task.number, "section": task.section,
        "title": task.title, "content": task.content,
        "lead": assignment_json(plan, task.lead, plan.lead_units(task)),
        "cooperating": assignment_json(plan, task.cooperating, plan.cooperating_units(task)),
        "indicators": list(task.indicators),
    }


def run_plan_show(args: argparse.Namespace, context: CommandContext) -> int:
    console = context.console
    plan = _chosen_plan(args, context)
    if args.unit:
        unit = find_unit(plan, args.unit)
        entries = plan.tasks_for(unit.id)
        if console.as_json:
            console.json({"plan": plan.id, "unit": {"id": unit.id, "name": unit.name},
                          "tasks": [{**task_json(plan, e.task), "role": e.role.value,
                                     "requested": e.requested, "conditional": e.conditional}
                                    for e in entries]})
            return 0
        console.line(f"{plan.name}")
        console.line(f"{unit.name}")
        console.line()
        console.table(
            [console.t("head.code"), console.t("head.role"), console.t("head.title")],
            [[e.task.code, console.t(f"role.{e.role.value}"), e.task.title] for e in entries],
            stretch=2,
        )
        return 0
    if console.as_json:
        console.json({"plan": plan.id, "tasks": [task_json(plan, task) for task in plan.tasks]})
        return 0
    console.line(plan.name)
    for task in plan.tasks:
        console.line()
        console.line(f"{task.code}  {task.title}")
        lead = ", ".join(_unit_names(plan, plan.lead_units(task)))
        console.line(f"    {console.t('head.lead_units')}: {lead}")
        cooperating = ", ".join(_unit_names(plan, plan.cooperating_units(task)))
        console.line(f"    {console.t('head.cooperating_units')}: "
                     f"{cooperating or console.t('word.none')}")
    return 0
