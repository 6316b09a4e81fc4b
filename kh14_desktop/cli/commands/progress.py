"""`kh14 progress TASK --status S [--result T] [--difficulties T] [--proposals T]`."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from kh14_desktop.cli.context import CommandContext
from kh14_desktop.domain.progress import parse_status
from kh14_desktop.services.office_work import OfficeWork


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,  # type: ignore[type-arg]
             t: Callable[[str], str]) -> None:
    parser = subparsers.add_parser("progress", parents=[common], help=t("help.progress"),
                                   description=t("help.progress"))
    parser.add_argument("task", help=t("help.task_code"))
    parser.add_argument("--status", help=t("help.status"))
    parser.add_argument("--result", help=t("help.result"))
    parser.add_argument("--difficulties", help=t("help.difficulties"))
    parser.add_argument("--proposals", help=t("help.proposals"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    work = OfficeWork(context.installation())
    status = parse_status(args.status) if args.status is not None else None
    saved = work.save_progress(args.task, status, args.result, args.difficulties,
                               args.proposals)
    console = context.console
    if console.as_json:
        console.json({"task": saved.task_code, "status": saved.status.value,
                      "result": saved.result, "difficulties": saved.difficulties,
                      "proposals": saved.proposals, "updated_at": saved.updated_at})
    else:
        console.say("progress.saved", code=saved.task_code,
                    status=console.t(f"status.{saved.status.value}"))
    return 0
