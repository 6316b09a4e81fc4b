"""Every import attempt, one JSON line each, in the data folder.

A file beside the database rather than a table: a refused file must leave the database
exactly as it was, yet its attempt must still be on record. Lines are appended and
flushed; a line cut short by a power failure is skipped when read.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from kh14_desktop.store.files import sync_file

LOG_FILE = "import-log.jsonl"


@dataclass(frozen=True)
class ImportLogEntry:
    at: str  # ISO 8601, UTC
    file_name: str
    file_sha256: str
    unit_id: str
    outcome: str
    reason: str  # Vietnamese, as shown at the time
    reason_en: str
    check: str = ""
    member: str = ""
    sequence: int | None = None
    fingerprint: str = ""


def append_entry(folder: Path, entry: ImportLogEntry, sync: bool = True) -> None:
    """Add a line; a batch passes `sync=False` and calls `sync_log` once at its end (the
    database, not the log, is what must survive a power cut line by line)."""
    folder.mkdir(parents=True, exist_ok=True)
    line = json.dumps(asdict(entry), ensure_ascii=False) + "\n"
    with (folder / LOG_FILE).open("a", encoding="utf-8") as stream:
        stream.write(line)
        stream.flush()
        if sync:
            os.fsync(stream.fileno())


def sync_log(folder: Path) -> None:
    path = folder / LOG_FILE
    if path.exists():
        sync_file(path)


def read_entries(folder: Path, limit: int | None = None) -> list[ImportLogEntry]:
    """Newest first."""
    path = folder / LOG_FILE
    if not path.exists():
        return []
    entries = []
    fields = set(ImportLogEntry.__dataclass_fields__)
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            raw = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(raw, dict) and fields >= raw.keys() >= {"at", "file_name", "outcome"}:
            try:
                entries.append(ImportLogEntry(**raw))
            except TypeError:
                continue
    entries.reverse()
    return entries[:limit] if limit is not None else entries
