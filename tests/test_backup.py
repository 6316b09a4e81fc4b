"""Backups and restore: one ZIP that gives back exactly what was there, attachments included;
a damaged or newer backup refused with nothing changed; bounded rotation; the CLI."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import sqlite3
import zipfile
from pathlib import Path

import pytest

from kh14_desktop.domain.errors import UserError
from kh14_desktop.services.backup import (
    KEEP_DAYS,
    KEEP_LAST_AUTOMATIC,
    BackupReason,
    check_backup,
    create_backup,
    daily_backup_if_due,
    list_backups,
    restore_backup,
    rotate_backups,
)
from kh14_desktop.services.backup.catalog import backup_name
from kh14_desktop.services.importer import Importer, ImportOutcome
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.store.location import DataFolder
from kh14_desktop.store.migrations import LATEST_VERSION
from tests import test_import
from tests.test_import import Office, database, trust_all

admin = test_import.admin
offices = test_import.offices


def store_files(installation: Installation) -> dict[str, bytes]:
    """Every file of the attachment store, by name: what a restore must give back."""
    root = installation.folder.attachments
    return {path.name: path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def referenced(installation: Installation) -> dict[str, bytes]:
    rows = installation.store.db.execute(
        "SELECT sha256 FROM attachments UNION SELECT package_sha256 FROM received_reports")
    files = store_files(installation)
    return {sha: files.get(sha, b"<missing>") for (sha,) in rows}


def reopen(installation: Installation) -> Installation:
    installation.close()
    return Installation.open(installation.folder.root)


def folder_state(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


@pytest.fixture
def office(office_with_key: Installation, tmp_path: Path) -> Installation:
    work = OfficeWork(office_with_key)
    for index in range(3):
        evidence = tmp_path / f"biên bản {index}.pdf"
        evidence.write_bytes(f"%PDF-1.4 minh chứng {index}".encode() * 50)
        work.add_activity("II.6", dt.date(2024, 7, 1 + index), f"Tập huấn {index}",
                          figures={"trainees": 10 + index}, attachments=[evidence])
    return office_with_key


# the round trip ---------------------------------------------------------------------------------
def test_a_complete_backup_restores_everything_on_an_empty_pc(office: Installation,
                                                             tmp_path: Path) -> None:
    path = create_backup(office, target=tmp_path / "usb" / "sao-luu.zip")
    rows, files = database(office), store_files(office)
    keys = folder_state(office.folder.keys)
    info = check_backup(path)
    assert info.complete and info.has_keys and info.reason is BackupReason.MANUAL
    assert info.unit_id == "h-van-yen" and info.counts["activities"] == 3
    assert info.included_files == info.referenced_files and len(files) == 3
    result = restore_backup(DataFolder(tmp_path / "new-pc"), path)
    assert result.files_restored == 3 and result.keys_restored and not result.files_missing
    with Installation.open(tmp_path / "new-pc") as moved:
        assert database(moved) == rows
        assert store_files(moved) == files
        assert folder_state(moved.folder.keys) == keys
        assert OfficeWork(moved).evidence_problems() == []


def test_restore_gives_back_the_data_and_lost_files(office: Installation,
                                                    tmp_path: Path) -> None:
    path = create_backup(office)
    assert path.parent == office.folder.backups and path.name.endswith("-manual.zip")
    rows, files = database(office), store_files(office)
    work = OfficeWork(office)
    work.add_activity("II.6", dt.date(2024, 8, 1), "Sau khi sao lưu")
    work.delete_activity(1)
    lost = next(p for p in office.folder.attachments.rglob("*") if p.is_file())
    lost.unlink()  # one stored file gone from the disk
    office.close()
    result = restore_backup(office.folder, path)
    assert result.files_restored == 1 and result.safety_backup is not None
    assert not result.keys_restored  # the key this PC has is the one the province trusts
    with Installation.open(office.folder.root) as restored:
        assert database(restored) == rows
        assert store_files(restored) == files
    # and the state it replaced was kept
    assert check_backup(result.safety_backup).counts["activities"] == 3


def test_restoring_the_backup_taken_before_an_import_gives_back_exactly_that_data(
        admin: Installation, offices: dict[str, Office], tmp_path: Path) -> None:
    trust_all(admin, offices, tmp_path)
    first = [o.export("1.kh14") for o in offices.values()]
    assert {r.outcome for r in Importer(admin).import_paths(first)} == {ImportOutcome.IMPORTED}
    rows, files = database(admin), referenced(admin)
    before = {entry.path for entry in list_backups(admin.folder.backups)}
    second = [o.export("2.kh14") for o in offices.values()]
    assert {r.outcome for r in Importer(admin).import_paths(second)} == {ImportOutcome.REPLACED}
    taken = [e for e in list_backups(admin.folder.backups) if e.path not in before]
    assert [e.reason for e in taken] == [BackupReason.IMPORT]  # one per batch, not per file
    assert database(admin) != rows
    admin.close()
    restore_backup(admin.folder, taken[0].path)
    with Installation.open(admin.folder.root) as restored:
        assert database(restored) == rows
        assert referenced(restored) == files
        assert b"<missing>" not in files.values()
        # and the newer reports import again as if never seen
        again = Importer(restored).import_paths(second)
        assert {r.outcome for r in again} == {ImportOutcome.REPLACED}


def test_a_refused_file_takes_no_backup(admin: Installation, tmp_path: Path) -> None:
    junk = tmp_path / "junk.kh14"
    junk.write_bytes(b"PK\x03\x04 not really")
    assert Importer(admin).import_file(junk).outcome is ImportOutcome.REJECTED
    assert list_backups(admin.folder.backups) == []


def test_an_export_takes_a_backup_first(offices: dict[str, Office]) -> None:
    office = offices["h-van-yen"]
    office.export("r.kh14")
    reasons = [e.reason for e in list_backups(office.installation.folder.backups)]
    assert reasons == [BackupReason.EXPORT]


def test_exports_made_after_the_backup_stay_on_record(offices: dict[str, Office]) -> None:
    office = offices["h-van-yen"]
    path = create_backup(office.installation)
    office.export("1.kh14")
    office.export("2.kh14")
    installation = office.installation
    installation.close()
    result = restore_backup(installation.folder, path)
    assert result.exports_kept == 2
    office.installation = Installation.open(installation.folder.root)
    assert '"sequence": 3' in zipfile.ZipFile(office.export("3.kh14")).read(
        "manifest.json").decode()


# refused backups change nothing ------------------------------------------------------------------
def rewrite(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as out:
        for info in original.infolist():
            out.writestr(info.filename, change.get(info.filename, original.read(info)))
    return target


def newer_database(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(source) as archive:
        raw = archive.read("kh14.sqlite3")
        meta = json.loads(archive.read("backup.json"))
    scratch = target.with_suffix(".sqlite3")
    scratch.write_bytes(raw)
    with sqlite3.connect(scratch) as db:
        db.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    data = scratch.read_bytes()
    meta["database"] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    return rewrite(source, target, {"kh14.sqlite3": data,
                                    "backup.json": json.dumps(meta).encode()})


@pytest.mark.parametrize("kind", ["flipped", "truncated", "not a backup", "newer schema",
                                  "newer format", "foreign member", "missing"])
def test_a_damaged_or_newer_backup_is_refused_and_nothing_changes(
        office: Installation, tmp_path: Path, kind: str) -> None:
    good = create_backup(office, target=tmp_path / "good.zip")
    bad = tmp_path / "bad.zip"
    data = bytearray(good.read_bytes())
    meta = json.loads(zipfile.ZipFile(good).read("backup.json"))
    expected = "backup.damaged"
    if kind == "flipped":
        data[len(data) // 3] ^= 0xFF
        bad.write_bytes(data)
    elif kind == "truncated":
        bad.write_bytes(data[: len(data) // 2])
    elif kind == "not a backup":
        bad.write_bytes(b"MZ\x90\x00" + bytes(200))
        expected = "backup.not_a_backup"
    elif kind == "newer schema":
        newer_database(good, bad)
        expected = "backup.newer"
    elif kind == "newer format":
        meta["format_version"] = 99
        rewrite(good, bad, {"backup.json": json.dumps(meta).encode()})
        expected = "backup.newer"
    elif kind == "foreign member":
        with zipfile.ZipFile(rewrite(good, bad, {}), "a") as archive:
            archive.writestr("../../evil.bat", b"echo pwned")
    else:
        expected = "backup.not_found"
    office.close()
    before = folder_state(office.folder.root)
    with pytest.raises(UserError) as caught:
        restore_backup(office.folder, bad)
    assert caught.value.code == expected, caught.value.message("en")
    assert caught.value.message("vi") and "{" not in caught.value.message("vi")
    assert folder_state(office.folder.root) == before
    assert not (tmp_path / "evil.bat").exists()


def test_a_restore_waits_for_other_windows_to_close(office: Installation) -> None:
    path = create_backup(office)
    OfficeWork(office).add_activity("II.6", dt.date(2024, 9, 1), "Mới")
    rows = database(office)
    with pytest.raises(UserError) as caught:  # `office` is still open: another window
        restore_backup(office.folder, path)
    assert caught.value.code == "backup.in_use"
    assert database(reopen(office)) == rows


def test_a_damaged_database_is_copied_aside_and_replaced(office: Installation) -> None:
    path = create_backup(office)
    rows = database(office)
    office.close()
    office.folder.database.write_bytes(b"garbage" * 1000)
    result = restore_backup(office.folder, path)
    assert result.safety_backup is not None and result.safety_backup.is_dir()
    assert (result.safety_backup / "kh14.sqlite3").read_bytes() == b"garbage" * 1000
    with Installation.open(office.folder.root) as restored:
        assert database(restored) == rows


def test_the_plain_copy_before_a_migration_can_be_restored(office: Installation,
                                                           tmp_path: Path) -> None:
    copy = office.store.backup_to(office.folder.backups /
                                  "before-migration-v4-20240101-080000.sqlite3")
    rows = database(office)
    assert [e.reason for e in list_backups(office.folder.backups)] == [BackupReason.MIGRATION]
    OfficeWork(office).add_activity("II.6", dt.date(2024, 9, 1), "Mới")
    office.close()
    result = restore_backup(office.folder, copy)
    assert not result.info.complete and not result.files_missing
    with Installation.open(office.folder.root) as restored:
        assert database(restored) == rows


# rotation and the day's backup ------------------------------------------------------------------
def test_rotation_keeps_the_last_ten_the_first_of_each_day_and_every_manual(
        tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime(2024, 11, 30, 12, 0)
    made = {}
    for day in range(40):  # three automatic a day for 40 days, a manual one each week
        for hour, reason in ((8, BackupReason.DAILY), (10, BackupReason.IMPORT),
                             (15, BackupReason.EXPORT)):
            moment = now - dt.timedelta(days=day) + dt.timedelta(hours=hour - 12)
            made[moment, reason] = folder / backup_name(moment, reason)
        if day % 7 == 0:
            moment = now - dt.timedelta(days=day, hours=1)
            made[moment, BackupReason.MANUAL] = folder / backup_name(moment,
                                                                     BackupReason.MANUAL)
    for path in made.values():
        path.write_bytes(b"x")
    stale = folder / "kh14-backup-20200101-000000-daily.zip.part"
    stale.write_bytes(b"cut short")
    old = (now - dt.timedelta(days=1)).timestamp()
    os.utime(stale, (old, old))
    rotate_backups(folder, now)
    kept = {e.path for e in list_backups(folder)}
    automatic = sorted((m for m, r in made if r.automatic), reverse=True)
    newest = {made[m, r] for m, r in made if r.automatic and m in automatic[:KEEP_LAST_AUTOMATIC]}
    first_of_days = {made[m, BackupReason.DAILY] for m, r in made
                     if r is BackupReason.DAILY and (now.date() - m.date()).days < KEEP_DAYS}
    manual = {path for (m, r), path in made.items() if r is BackupReason.MANUAL}
    assert kept == newest | first_of_days | manual
    assert len(kept - manual) <= KEEP_LAST_AUTOMATIC + KEEP_DAYS
    assert not list(folder.glob("*.part"))


def test_automatic_backups_stay_bounded(office: Installation) -> None:
    create_backup(office)
    for _ in range(KEEP_LAST_AUTOMATIC + 5):
        create_backup(office, BackupReason.IMPORT)
    entries = list_backups(office.folder.backups)
    assert len([e for e in entries if e.automatic]) == KEEP_LAST_AUTOMATIC + 1  # + the day's
    assert [e.reason for e in entries].count(BackupReason.MANUAL) == 1
    assert all(not e.path.name.endswith(".part") for e in entries)


def test_the_new_day_backup_happens_once_a_day(office: Installation) -> None:
    today = dt.date.today()
    first = daily_backup_if_due(office, today)
    assert first is not None and first.name.endswith("-daily.zip")
    assert daily_backup_if_due(office, today) is None
    assert daily_backup_if_due(office, today + dt.timedelta(days=1)) is not None


def test_no_backup_before_the_installation_is_set_up(tmp_path: Path) -> None:
    with Installation.open(tmp_path / "fresh") as fresh:
        assert daily_backup_if_due(fresh) is None


# the commands -----------------------------------------------------------------------------------
def test_cli_backup_list_and_restore(kh14, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert kh14("setup", "--unit", "h-van-yen").code == 0
    evidence = tmp_path / "ảnh.jpg"
    evidence.write_bytes(b"\xff\xd8 jpeg")
    assert kh14("activity", "add", "II.6", "--date", "2024-07-01", "--title", "Một",
                "--attach", str(evidence)).code == 0
    made = kh14("backup", "--out", str(tmp_path))
    assert made.code == 0, made.err
    assert "Đã sao lưu" in made.out and "1 tệp minh chứng" in made.out
    (path,) = tmp_path.glob("kh14-backup-*.zip")
    listed = kh14("backups", "--json")
    assert [b["reason"] for b in json.loads(listed.out)] == ["daily"]  # the day's, at start
    kh14("activity", "add", "II.6", "--date", "2024-07-02", "--title", "Hai")
    restored = kh14("restore", str(path))  # not a terminal: no question asked
    assert restored.code == 0, restored.err
    assert "Đã khôi phục" in restored.out
    titles = [a["title"] for a in json.loads(kh14("activity", "list", "--json").out)]
    assert titles == ["Một"]


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("answer", "restored"), [("c\n", True), ("có\n", True),
                                                   ("\n", False), ("n\n", False)])
def test_restore_asks_at_a_terminal(kh14, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    answer: str, restored: bool) -> None:
    kh14("setup", "--unit", "h-van-yen")
    kh14("activity", "add", "II.6", "--date", "2024-07-01", "--title", "Một")
    path = tmp_path / "b.zip"
    kh14("backup", "--out", str(path))
    kh14("activity", "add", "II.6", "--date", "2024-07-02", "--title", "Hai")
    monkeypatch.setattr("sys.stdin", FakeTerminal(answer))
    result = kh14("restore", str(path))
    assert "Tiếp tục? [c/K]" in result.err
    assert (result.code == 0) is restored
    assert ("Đã huỷ" in result.out) is not restored
    count = len(json.loads(kh14("activity", "list", "--json").out))
    assert count == (1 if restored else 2)


def test_yes_skips_the_question_at_a_terminal(kh14, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    kh14("setup", "--unit", "h-van-yen")
    kh14("backup", "--out", str(tmp_path / "b.zip"))
    monkeypatch.setattr("sys.stdin", FakeTerminal(""))
    result = kh14("restore", str(tmp_path / "b.zip"), "--yes")
    assert result.code == 0 and "[c/K]" not in result.err


def test_restore_by_the_listed_name_and_refusals_in_one_line(kh14, data_dir: Path,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    kh14("setup", "--unit", "h-van-yen")
    kh14("backup")
    (entry,) = [e for e in list_backups(data_dir / "backups") if e.reason.value == "manual"]
    assert kh14("restore", entry.path.name, "--yes").code == 0
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    refused = kh14("restore", str(junk))
    assert refused.code == 1 and refused.err.count("\n") == 1
    assert "không phải bản sao lưu KH14" in refused.err
    assert "Traceback" not in refused.err
