"""The office's record of what it exported, and the sequence numbers it used."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kh14_desktop.store.database import Store

if TYPE_CHECKING:
    import sqlite_utils


@dataclass(frozen=True)
class ExportRecord:
    sequence: int
    period_key: str
    period_start: str
    period_end: str
    created_at: str
    file_name: str
    sha256: str
    size: int
    fingerprint: str
    document_number: str
    signer_name: str


def next_sequence(store: Store) -> int:
    row = store.execute("SELECT max(sequence) FROM exports").fetchone()
    return int(row[0] or 0) + 1


def record_export(db: sqlite_utils.Database, record: ExportRecord) -> None:
    db["exports"].insert(record.__dict__)


def list_exports(store: Store) -> list[ExportRecord]:
    rows = store.execute(
        "SELECT sequence, period_key, period_start, period_end, created_at, file_name, sha256,"
        " size, fingerprint, document_number, signer_name FROM exports ORDER BY sequence DESC"
    ).fetchall()
    return [ExportRecord(*row) for row in rows]
