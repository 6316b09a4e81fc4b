"""An export's files and its record in the database appear together, or not at all.

A file on a USB stick and a row in SQLite cannot share one transaction, so an export is
committed in two phases, with its intent written down first:

1. `stage_export` records `export.pending.<sequence>` = "prepared", naming each final file
   and the hidden name it is first written under (`.<name>.export-<sequence>.part`);
2. the files are written, complete and flushed, under the hidden names;
3. `commit` inserts the export's row and marks the entry "committed" in one transaction;
4. the hidden files are renamed to their final names, then the entry is removed.

`finish_pending_exports` (at start-up and before every export) settles what a power cut
interrupted: a "prepared" export never happened (its hidden files are deleted), a
"committed" one is finished (its files renamed). So a report file stands under its final
name exactly when the office's record of it exists.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kh14_desktop.domain.errors import UserError
from kh14_desktop.store.database import Store
from kh14_desktop.store.files import PART_SUFFIX, sync_folder

if TYPE_CHECKING:
    import sqlite_utils

PENDING_PREFIX = "export.pending."
PREPARED, COMMITTED = "prepared", "committed"
log = logging.getLogger(__name__)


def hidden_name(final: Path, sequence: int) -> Path:
    return final.with_name(f".{final.name}.export-{sequence}{PART_SUFFIX}")


@dataclass
class StagedExport:
    store: Store
    sequence: int
    finals: tuple[Path, ...]
    committed: bool = field(default=False, init=False)

    def path_for(self, final: Path) -> Path:
        """Where to write `final` until the export commits."""
        return hidden_name(Path(final).absolute(), self.sequence)

    def commit(self, record: Callable[[sqlite_utils.Database], None]) -> None:
        """Write the export's row (through `record`), then put the files in place."""
        with self.store.transaction() as db:
            record(db)
            _save(db, self.sequence, COMMITTED, self.finals)
        self.committed = True
        _finish(self.store, self.sequence, self.finals)


def stage_export(store: Store, sequence: int, finals: Sequence[Path | None]) -> StagedExport:
    """Settle any earlier interrupted export, then record the intent of this one."""
    finish_pending_exports(store)
    files = tuple(Path(path).absolute() for path in finals if path is not None)
    with store.transaction() as db:
        _save(db, sequence, PREPARED, files)
    return StagedExport(store, sequence, files)


@dataclass(frozen=True)
class PendingOutcome:
    finished: list[Path]  # files an interrupted, committed export has now put in place
    unfinished: list[UserError]  # committed, but the files cannot be put in place yet


def finish_pending_exports(store: Store) -> PendingOutcome:
    finished: list[Path] = []
    unfinished: list[UserError] = []
    for sequence, state, finals in pending_exports(store):
        if state == COMMITTED:
            try:
                finished.extend(_finish(store, sequence, finals))
            except UserError as error:
                unfinished.append(error)
        else:
            _roll_back(store, sequence, finals)
    return PendingOutcome(finished, unfinished)


def pending_exports(store: Store) -> list[tuple[int, str, tuple[Path, ...]]]:
    rows = store.execute("SELECT key, value FROM settings WHERE key LIKE ?",
                            [PENDING_PREFIX + "%"]).fetchall()
    found = []
    for key, value in rows:
        try:
            sequence = int(key[len(PENDING_PREFIX):])
            entry = json.loads(value)
            found.append((sequence, str(entry["state"]),
                          tuple(Path(name) for name in entry["files"])))
        except (ValueError, KeyError, TypeError):
            log.warning("unreadable pending export %s: %r", key, value)
            _forget(store, key)
    return sorted(found)


def _save(db: sqlite_utils.Database, sequence: int, state: str,
          finals: tuple[Path, ...]) -> None:
    db["settings"].upsert({"key": f"{PENDING_PREFIX}{sequence}", "value": json.dumps(
        {"state": state, "files": [str(path) for path in finals]}, ensure_ascii=False)},
        pk="key")


def _forget(store: Store, key: str) -> None:
    with store.transaction() as db:
        db.execute("DELETE FROM settings WHERE key = ?", [key])


def _finish(store: Store, sequence: int, finals: tuple[Path, ...]) -> list[Path]:
    moved = []
    for final in finals:
        hidden = hidden_name(final, sequence)
        try:
            if hidden.exists():
                os.replace(hidden, final)
                sync_folder(final.parent)
                moved.append(final)
            elif not final.exists() and not final.parent.is_dir():
                raise FileNotFoundError(2, "missing", str(final.parent))  # USB stick away?
        except OSError as exc:
            log.warning("export %s not finished", sequence, exc_info=True)
            raise UserError("export.unfinished", sequence=sequence, path=str(final),
                            detail=exc.strerror or str(exc)) from exc
    _forget(store, f"{PENDING_PREFIX}{sequence}")
    return moved


def _roll_back(store: Store, sequence: int, finals: tuple[Path, ...]) -> None:
    for final in finals:
        with contextlib.suppress(OSError):
            hidden_name(final, sequence).unlink()
    _forget(store, f"{PENDING_PREFIX}{sequence}")
