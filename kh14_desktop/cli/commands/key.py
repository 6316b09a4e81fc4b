"""`kh14 key show|create|export-public|rotate`: the office's signing key."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from kh14_desktop.cli.context import CommandContext
from kh14_desktop.cli.passphrase import NEW_ENVIRONMENT, ask_new_passphrase, ask_passphrase
from kh14_desktop.domain.dates import format_datetime
from kh14_desktop.domain.errors import UserError
from kh14_desktop.services.office_key import (
    create_office_key,
    export_office_public_key,
    office_key_info,
    replace_forgotten_office_key,
    rotate_office_key,
)
from kh14_desktop.services.signing import KeyInfo


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser,  # type: ignore[type-arg]
             t: Callable[[str], str]) -> None:
    parser = subparsers.add_parser("key", parents=[common], help=t("help.key"),
                                   description=t("help.key"))
    actions = parser.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=[common], help=t("help.key_show"),
                              description=t("help.key_show"))
    show.set_defaults(handler=run_show)
    create = actions.add_parser("create", parents=[common], help=t("help.key_create"),
                                description=t("help.key_create"))
    create.set_defaults(handler=run_create)
    export = actions.add_parser("export-public", parents=[common], help=t("help.key_export"),
                                description=t("help.key_export"))
    export.add_argument("file", help=t("help.key_export"))
    export.set_defaults(handler=run_export)
    rotate = actions.add_parser("rotate", parents=[common], help=t("help.key_rotate"),
                                description=t("help.key_rotate"))
    rotate.set_defaults(handler=run_rotate)
    lost = actions.add_parser("replace-lost", parents=[common], help=t("help.key_replace_lost"),
                              description=t("help.key_replace_lost"))
    lost.set_defaults(handler=run_replace_lost)


def key_json(info: KeyInfo) -> dict[str, str]:
    return {"fingerprint": info.fingerprint, "key_id": info.key_id,
            "public_key": info.public_key.minisign_base64,
            "created": info.created.isoformat()}


def _show(context: CommandContext, info: KeyInfo, code: str = "key.shown") -> int:
    if context.console.as_json:
        context.console.json(key_json(info))
    else:
        context.console.say(code, fingerprint=info.fingerprint, key_id=info.key_id,
                            created=format_datetime(info.created))
    return 0


def run_show(args: argparse.Namespace, context: CommandContext) -> int:
    return _show(context, office_key_info(context.installation()))


def run_create(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    passphrase = ask_new_passphrase(context.console)
    if passphrase is None:
        raise UserError("export.passphrase_needed")
    return _show(context, create_office_key(installation, passphrase), "key.created")


def run_export(args: argparse.Namespace, context: CommandContext) -> int:
    path = export_office_public_key(context.installation(), Path(args.file))
    if context.console.as_json:
        context.console.json({"path": str(path)})
    else:
        context.console.say("key.exported", path=path)
    return 0


def run_rotate(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    old = ask_passphrase(context.console)
    new = ask_new_passphrase(context.console, NEW_ENVIRONMENT)
    if new is None:
        raise UserError("export.passphrase_needed")
    rotation = rotate_office_key(installation, old, new)
    info = office_key_info(installation)
    if context.console.as_json:
        context.console.json({**key_json(info), "old_fingerprint": rotation.old_key.fingerprint})
    else:
        context.console.say("key.rotated", fingerprint=info.fingerprint)
    return 0


def run_replace_lost(args: argparse.Namespace, context: CommandContext) -> int:
    installation = context.installation()
    new = ask_new_passphrase(context.console, NEW_ENVIRONMENT)
    if new is None:
        raise UserError("export.passphrase_needed")
    old, info = replace_forgotten_office_key(installation, new)
    if context.console.as_json:
        context.console.json({**key_json(info), "old_fingerprint": old.fingerprint})
    else:
        context.console.say("key.replaced_lost", fingerprint=info.fingerprint)
    return 0
