"""Where an installation keeps its data: one folder holding the database and its companions.

The folder is chosen, first match wins, by: an explicit path (`--data-dir`), the
`KH14_DATA_DIR` environment variable, a portable marker file beside the executable
(data then lives beside it, for use from a USB stick), and the user's data folder.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "KH14"
PORTABLE_MARKER = "kh14-portable.txt"
DATA_DIR_ENV = "KH14_DATA_DIR"


@dataclass(frozen=True)
class DataFolder:
    """The paths of one installation's data."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "kh14.sqlite3"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def plans(self) -> Path:
        """Plan files added by the user (a new year's plan needs no new release)."""
        return self.root / "plans"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    def ensure(self) -> DataFolder:
        self.root.mkdir(parents=True, exist_ok=True)
        return self


def executable_folder() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent


def choose_data_folder(explicit: str | os.PathLike[str] | None = None) -> DataFolder:
    if explicit:
        return DataFolder(Path(explicit).expanduser().resolve())
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return DataFolder(Path(from_env).expanduser().resolve())
    beside = executable_folder()
    if (beside / PORTABLE_MARKER).exists():
        return DataFolder(beside / "data")
    from platformdirs import user_data_dir

    return DataFolder(Path(user_data_dir(APP_NAME, appauthor=False, roaming=False)))
