"""`kh14 summary`: where the office stands, as on the window's overview page."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from kh14_desktop.cli.context import CommandContext
from kh14_desktop.domain.dates import format_date
from kh14_desktop.services.installation import today
from kh14_desktop.services.summary import office_summary


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,  # type: ignore[type-arg]
             t: Callable[[str], str]) -> None:
    parser = subparsers.add_parser("summary", parents=[common], help=t("help.summary"),
                                   description=t("help.summary"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    plan, unit = installation.plan(), installation.unit()
    summary = office_summary(installation, today())
    console = context.console
    lang = context.lang
    if console.as_json:
        console.json({
            "plan": plan.id, "unit": {"id": unit.id, "name": unit.name},
            "deadline": summary.deadline.isoformat(), "days_left": summary.days_left,
            "tasks": summary.task_count,
            "statuses": {status.value: count for status, count in summary.status_counts.items()},
            "activities": summary.activity_count,
            "totals": {item.indicator.key: item.total for item in summary.totals},
            "tasks_without_activity": [item.task.code for item in summary.tasks_without_activity],
        })
        return 0
    counts = {status.value.replace("-", "_"): count
              for status, count in summary.status_counts.items()}
    console.say("summary.header", unit=unit.name, plan=plan.name)
    console.say("summary.deadline" if summary.days_left >= 0 else "summary.deadline_overdue",
                deadline=format_date(summary.deadline), days=abs(summary.days_left))
    console.say("summary.statuses", total=summary.task_count, **counts)
    console.say("summary.activities", count=summary.activity_count)
    console.line()
    console.say("summary.figures")
    console.table([console.t("head.indicator"), console.t("head.total")],
                  [[f"{item.indicator.label(lang)} ({item.indicator.measure_label(lang)})",
                    f"{item.total:,}".replace(",", ".")] for item in summary.totals], stretch=0)
    if summary.tasks_without_activity:
        console.line()
        console.say("summary.no_activity",
                    codes=", ".join(item.task.code for item in summary.tasks_without_activity))
    return 0
