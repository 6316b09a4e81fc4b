"""`kh14 tasks`: this office's tasks, lead tasks first."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from kh14_desktop.cli.context import CommandContext
from kh14_desktop.domain.dates import days_until, format_date
from kh14_desktop.services.installation import today
from kh14_desktop.services.office_tasks import office_tasks
from kh14_desktop.services.office_work import OfficeWork


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,  # type: ignore[type-arg]
             t: Callable[[str], str]) -> None:
    parser = subparsers.add_parser("tasks", parents=[common], help=t("help.tasks"),
                                   description=t("help.tasks"))
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--add", metavar="TASK", help=t("help.tasks_add"))
    choice.add_argument("--remove", metavar="TASK", help=t("help.tasks_remove"))
    choice.add_argument("--adoptable", action="store_true", help=t("help.tasks_adoptable"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    console = context.console
    installation = context.installation()
    if args.add or args.remove or args.adoptable:
        return _change_list(args, context)
    plan = installation.plan()
    unit = installation.unit()
    tasks = office_tasks(installation)
    days = days_until(plan.report.deadline, today())
    if console.as_json:
        console.json({
            "plan": plan.id,
            "unit": {"id": unit.id, "name": unit.name},
            "deadline": plan.report.deadline.isoformat(),
            "days_left": days,
            "tasks": [{"code": item.task.code, "title": item.task.title,
                       "role": item.role.value, "status": item.status.value,
                       "requested": item.requested, "conditional": item.conditional,
                       "adopted": item.adopted,
                       "lead_units": list(item.lead_units),
                       "cooperating_units": list(item.cooperating_units)}
                      for item in tasks],
        })
        return 0
    if not tasks:
        console.say("tasks.none", unit=unit.name)
        return 0
    lead = sum(1 for item in tasks if item.role.value == "lead")
    console.say("tasks.header" if days >= 0 else "tasks.header_overdue", unit=unit.name,
                count=len(tasks), lead=lead, cooperating=len(tasks) - lead,
                deadline=format_date(plan.report.deadline), days=abs(days))
    console.line()
    console.table(
        [console.t("head.code"), console.t("head.role"), console.t("head.status"),
         console.t("head.title")],
        [[item.task.code, console.t(f"role.{item.role.value}"),
          console.t(f"status.{item.status.value}"),
          item.task.title + (f" ({console.t('word.adopted')})" if item.adopted else "")]
         for item in tasks],
        stretch=3,
    )
    return 0


def _change_list(args: argparse.Namespace, context: CommandContext) -> int:
    work = OfficeWork(context.installation())
    console = context.console
    if args.adoptable:
        tasks = work.adoptable_tasks()
        if console.as_json:
            console.json([{"code": task.code, "title": task.title} for task in tasks])
        else:
            console.say("tasks.adoptable")
            console.table([console.t("head.code"), console.t("head.title")],
                          [[task.code, task.title] for task in tasks], stretch=1)
        return 0
    if args.add:
        task = work.adopt_task(args.add)
        code = "task.adopted"
    else:
        task = work.drop_task(args.remove)
        code = "task.dropped"
    if console.as_json:
        console.json({"code": task.code, "adopted": code == "task.adopted"})
    else:
        console.say(code, code=task.code)
    return 0
