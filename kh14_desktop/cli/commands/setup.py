"""`kh14 setup --unit UNIT [--plan PLAN] [--admin]`: choose what this installation reports."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from kh14_desktop.cli.context import CommandContext
from kh14_desktop.cli.passphrase import ask_new_passphrase
from kh14_desktop.services.office_key import (
    create_office_key,
    has_office_key,
    office_key_info,
)


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
    console = context.console
    key = None
    if has_office_key(installation):
        key = office_key_info(installation)
    else:
        passphrase = ask_new_passphrase(console)
        if passphrase is not None:
            key = create_office_key(installation, passphrase)
    if console.as_json:
        console.json({"plan": plan.id, "unit": {"id": unit.id, "name": unit.name},
                      "admin": profile.is_admin, "data_dir": str(installation.folder.root),
                      "fingerprint": key.fingerprint if key else None})
        return 0
    console.say("profile.saved", unit=unit.name, plan=plan.name)
    if key is None:
        console.say("key.not_yet")
    else:
        console.say("key.created", fingerprint=key.fingerprint)
    return 0
