"""`kh14 setup --unit UNIT [--plan PLAN] [--admin]`: choose what this installation reports."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from kh14_desktop.cli.context import CommandContext


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,  # type: ignore[type-arg]
             t: Callable[[str], str]) -> None:
    parser = subparsers.add_parser("setup", parents=[common], help=t("help.setup"),
                                   description=t("help.setup"))
    parser.add_argument("--unit", help=t("help.unit"))
    parser.add_argument("--plan", help=t("help.plan_id"))
    parser.add_argument("--admin", action="store_true", help=t("help.admin"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    profile = installation.setup(args.unit, args.plan, admin=args.admin)
    plan = installation.catalog.get(profile.plan_id)
    unit = plan.unit(profile.unit_id)
    if context.console.as_json:
        context.console.json({"plan": plan.id, "unit": {"id": unit.id, "name": unit.name},
                              "admin": profile.is_admin,
                              "data_dir": str(installation.folder.root)})
    else:
        context.console.say("profile.saved", unit=unit.name, plan=plan.name)
    return 0
