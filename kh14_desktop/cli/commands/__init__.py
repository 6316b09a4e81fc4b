"""The `kh14` commands. Each module offers `register(subparsers, common, t)`; the parser it
adds sets `handler(args, context) -> exit code`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Protocol

from kh14_desktop.cli.commands import (
    activity,
    admin,
    backup,
    export,
    key,
    plans,
    progress,
    setup,
    summary,
    tasks,
    verify,
)

Translate = Callable[[str], str]


class CommandModule(Protocol):
    def register(self, subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
                 common: argparse.ArgumentParser, t: Translate) -> None: ...


COMMANDS: tuple[CommandModule, ...] = (plans, setup, tasks, progress, activity, summary, export,
                                        verify, key, admin, backup)
