"""The database: migrations, WAL, foreign keys, a newer schema refused, settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kh14_desktop.domain.errors import UserError
from kh14_desktop.store.database import Store
from kh14_desktop.store.migrations import LATEST_VERSION, MIGRATIONS
from kh14_desktop.store.profile import load_profile, save_profile


def test_migrations_are_numbered_without_gaps() -> None:
    assert [version for version, _, _ in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_an_empty_database_is_brought_to_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "kh14.sqlite3"
    with Store.open(path) as store:
        assert store.schema_version() == LATEST_VERSION
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert {"profile", "settings"} <= set(store.db.table_names())


def test_reopening_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "kh14.sqlite3"
    with Store.open(path) as store:
        save_profile(store, "kh14-2024-yen-bai", "h-van-yen", False)
        schema = store.db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    backups = tmp_path / "backups"
    with Store.open(path, backups=backups) as store:
        assert store.schema_version() == LATEST_VERSION
        assert store.db.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
        profile = load_profile(store)
        assert profile is not None and profile.unit_id == "h-van-yen"
    assert not backups.exists()  # nothing to migrate, nothing copied


def test_a_database_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "kh14.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
        raw.execute("CREATE TABLE future (x)")
    before = path.read_bytes()
    with pytest.raises(UserError) as caught:
        Store.open(path)
    assert caught.value.code == "store.newer_schema"
    assert "phiên bản mới hơn" in caught.value.message("vi")
    assert path.read_bytes() == before


def test_settings_remember_values(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kh14.sqlite3") as store:
        assert store.setting("signer", "x") == "x"
        store.set_setting("signer", "Nguyễn Văn A")
        store.set_setting("signer", "Trần Thị B")
    with Store.open(tmp_path / "kh14.sqlite3") as store:
        assert store.setting("signer") == "Trần Thị B"


def test_a_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kh14.sqlite3") as store:
        with pytest.raises(RuntimeError), store.transaction() as db:
            db["settings"].insert({"key": "a", "value": "1"})
            raise RuntimeError("power cut")
        assert store.setting("a") == ""


def test_a_damaged_file_is_a_known_error(tmp_path: Path) -> None:
    path = tmp_path / "kh14.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(UserError) as caught:
        Store.open(path)
    assert caught.value.code == "store.corrupt"
