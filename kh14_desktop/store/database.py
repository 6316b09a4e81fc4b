"""Opening an installation's SQLite database: WAL, foreign keys, migrations, transactions."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kh14_desktop.domain.errors import UserError
from kh14_desktop.store.errors import known_error
from kh14_desktop.store.migrations import LATEST_VERSION, MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_SECONDS = 15


def utc_now() -> str:
    """The one timestamp form stored: ISO 8601 in UTC with its offset."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """One open connection to an installation's database.

    A connection belongs to the thread that opened it; background jobs open their own
    (WAL lets readers and one writer work side by side). Reads go straight to SQLite
    (`execute`); writes go through sqlite-utils (`transaction`, `db`), which is loaded on
    the first write: importing it costs a start-up that only reads the better part of
    a tenth of a second on an old PC.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.conn = connection

    @cached_property
    def db(self) -> sqlite_utils.Database:
        import sqlite_utils

        return sqlite_utils.Database(self.conn, execute_plugins=False)

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        """A read (or a statement outside any transaction)."""
        return self.conn.execute(sql, parameters)

    @classmethod
    def open(cls, path: Path, *, backups: Path | None = None) -> Store:
        """Open (creating if needed) and migrate the database at `path`.

        A database written by a newer program is refused untouched. When an existing
        database must be migrated, a copy is taken into `backups` first.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
            store = cls(path, connection)
            version = store.schema_version()
            if version > LATEST_VERSION:
                connection.close()
                raise UserError("store.newer_schema", path=str(path), found=version,
                                supported=LATEST_VERSION)
            if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
            # FULL: an office PC that loses power must not lose the last saved edit
            connection.execute("PRAGMA synchronous = FULL")
            if version < LATEST_VERSION:
                if version > 0 and backups is not None:
                    store.backup_to(backups / f"before-migration-v{version}-"
                                    f"{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3")
                store._migrate()
            return store
        except sqlite3.Error as exc:
            known = known_error(exc, path)
            if known is not None:
                raise known from exc
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        # IMMEDIATE: two windows opening the same folder at once must not both migrate
        self.db.execute("BEGIN IMMEDIATE")
        try:
            current = self.schema_version()
            for version, _name, migration in MIGRATIONS:
                if version <= current:
                    continue
                migration(self.db)
                self.db.execute(f"PRAGMA user_version = {int(version)}")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.rollback()
            raise

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """All or nothing: every write of one user action goes through one of these."""
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as exc:
            known = known_error(exc, self.path)
            if known is not None:
                raise known from exc
            raise

    def backup_to(self, target: Path) -> Path:
        """A consistent copy through SQLite's online backup API (never a file copy)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        with contextlib.closing(sqlite3.connect(partial)) as destination:
            self.conn.backup(destination)
        partial.replace(target)
        return target

    # settings: small remembered values -----------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db["settings"].upsert({"key": key, "value": value}, pk="key")
