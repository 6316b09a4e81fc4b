"""What every command gets: the console, the language and the installation, opened lazily."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from kh14_desktop.cli.console import Console
from kh14_desktop.services.installation import Installation


@dataclass
class CommandContext:
    args: argparse.Namespace
    console: Console
    _installation: Installation | None = field(default=None, init=False)

    @property
    def lang(self) -> str:
        return self.console.lang

    def installation(self) -> Installation:
        if self._installation is None:
            self._installation = Installation.open(self.args.data_dir)
        return self._installation

    def close(self) -> None:
        if self._installation is not None:
            self._installation.close()
            self._installation = None
