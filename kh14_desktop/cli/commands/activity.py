"""`kh14 activity add|edit|delete|list`: dated activities with figures and evidence files."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kh14_desktop.cli.context import CommandContext
from kh14_desktop.domain.dates import format_date
from kh14_desktop.domain.progress import Activity, parse_day, parse_figure_assignment
from kh14_desktop.services.office_work import OfficeWork


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,  # type: ignore[type-arg]
             t: Callable[[str], str]) -> None:
    parser = subparsers.add_parser("activity", parents=[common], help=t("help.activity"),
                                   description=t("help.activity"))
    actions = parser.add_subparsers(dest="activity_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help=t("help.activity_add"),
                             description=t("help.activity_add"))
    add.add_argument("task", help=t("help.task_code"))
    _content_options(add, t, required=True)
    add.set_defaults(handler=run_add)

    edit = actions.add_parser("edit", parents=[common], help=t("help.activity_edit"),
                              description=t("help.activity_edit"))
    edit.add_argument("id", type=int, help=t("help.activity_id"))
    _content_options(edit, t, required=False)
    edit.set_defaults(handler=run_edit)

    delete = actions.add_parser("delete", parents=[common], help=t("help.activity_delete"),
                                description=t("help.activity_delete"))
    delete.add_argument("id", type=int, help=t("help.activity_id"))
    delete.set_defaults(handler=run_delete)

    listing = actions.add_parser("list", parents=[common], help=t("help.activity_list"),
                                 description=t("help.activity_list"))
    listing.add_argument("task", nargs="?", help=t("help.task_code"))
    listing.add_argument("--search", default="", help=t("help.search"))
    listing.set_defaults(handler=run_list)


def _content_options(parser: argparse.ArgumentParser, t: Callable[[str], str],
                     required: bool) -> None:
    parser.add_argument("--date", required=required, help=t("help.date"))
    parser.add_argument("--title", required=required, help=t("help.title"))
    parser.add_argument("--description", help=t("help.description"))
    parser.add_argument("--indicator", action="append", default=[], metavar="KEY=N",
                        help=t("help.indicator"))
    parser.add_argument("--attach", action="append", default=[], metavar="FILE",
                        help=t("help.attach"))


def activity_json(activity: Activity) -> dict[str, Any]:
    return {
        "id": activity.id, "task": activity.task_code, "date": activity.day.isoformat(),
        "title": activity.title, "description": activity.description,
        "figures": dict(activity.figures),
        "evidence": [{"id": e.id, "name": e.original_name, "size": e.size, "sha256": e.sha256}
                     for e in activity.evidence],
        "created_at": activity.created_at, "updated_at": activity.updated_at,
    }


def _figures(assignments: list[str]) -> dict[str, int]:
    return dict(parse_figure_assignment(text) for text in assignments)


def _report(context: CommandContext, activity: Activity, code: str, **params: Any) -> int:
    if context.console.as_json:
        context.console.json(activity_json(activity))
    else:
        context.console.say(code, id=activity.id, code=activity.task_code, **params)
    return 0


def run_add(args: argparse.Namespace, context: CommandContext) -> int:
    work = OfficeWork(context.installation())
    activity = work.add_activity(args.task, parse_day(args.date), args.title,
                                 args.description or "", _figures(args.indicator),
                                 [Path(path) for path in args.attach])
    return _report(context, activity, "activity.added")


def run_edit(args: argparse.Namespace, context: CommandContext) -> int:
    work = OfficeWork(context.installation())
    current = work.activity(args.id)
    figures = dict(current.figures)
    figures.update(_figures(args.indicator))
    activity = work.update_activity(
        args.id, parse_day(args.date) if args.date else current.day,
        args.title if args.title is not None else current.title,
        args.description if args.description is not None else current.description,
        figures, [Path(path) for path in args.attach])
    return _report(context, activity, "activity.updated")


def run_delete(args: argparse.Namespace, context: CommandContext) -> int:
    work = OfficeWork(context.installation())
    return _report(context, work.delete_activity(args.id), "activity.deleted")


def run_list(args: argparse.Namespace, context: CommandContext) -> int:
    work = OfficeWork(context.installation())
    task_code = work.task(args.task).code if args.task else None
    activities = work.activities(task_code, args.search)
    console = context.console
    if console.as_json:
        console.json([activity_json(activity) for activity in activities])
        return 0
    if not activities:
        console.say("activity.none")
        return 0
    console.table(
        [console.t("head.number"), console.t("head.date"), console.t("head.code"),
         console.t("head.activity"), console.t("head.figures"), console.t("head.evidence")],
        [[str(a.id), format_date(a.day), a.task_code, a.title,
          ", ".join(f"{key}={value}" for key, value in sorted(a.figures.items())),
          str(len(a.evidence))] for a in activities],
        stretch=3,
    )
    return 0
