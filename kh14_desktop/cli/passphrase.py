"""The signing-key passphrase on the command line: KH14_PASSPHRASE, else asked at a terminal."""

from __future__ import annotations

import getpass
import os
import sys

from kh14_desktop.cli.console import Console
from kh14_desktop.domain.errors import UserError

ENVIRONMENT = "KH14_PASSPHRASE"
NEW_ENVIRONMENT = "KH14_NEW_PASSPHRASE"  # for `kh14 key rotate` in scripts


def interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def ask_passphrase(console: Console) -> str:
    from_env = os.environ.get(ENVIRONMENT)
    if from_env:
        return from_env
    if not interactive():
        raise UserError("export.passphrase_needed")
    return getpass.getpass(console.t("export.passphrase_prompt"))


def ask_new_passphrase(console: Console, environment: str = ENVIRONMENT) -> str | None:
    """A new passphrase, typed twice; None when there is no way to ask (scripts)."""
    from_env = os.environ.get(environment)
    if from_env:
        return from_env
    if not interactive():
        return None
    first = getpass.getpass(console.t("key.new_passphrase_prompt"))
    if getpass.getpass(console.t("key.repeat_prompt")) != first:
        raise UserError("key.passphrases_differ")
    return first
