"""The health check, the recovery path for a damaged database, interrupted exports settled,
and errors of the PC (disk full, no permission, Ctrl+C) as one Vietnamese line."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path

import pytest

from kh14_desktop.domain.errors import UserError
from kh14_desktop.services.backup import create_backup, daily_backup_if_due, list_backups
from kh14_desktop.services.export_commit import (
    finish_pending_exports,
    hidden_name,
    pending_exports,
    stage_export,
)
from kh14_desktop.services.health import Severity, check_installation, recovery_backup
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.services.startup import start_installation
from tests import test_backup
from tests.conftest import PASSPHRASE

office = test_backup.office


def damage_table(database: Path, table: str) -> None:
    """Overwrite the root page of `table` with garbage, as a failing disk would."""
    with sqlite3.connect(database) as db:
        page = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                          [table]).fetchone()[0]
        size = db.execute("PRAGMA page_size").fetchone()[0]
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with database.open("r+b") as stream:
        stream.seek((page - 1) * size)
        stream.write(b"\xa5" * size)


def codes(installation: Installation) -> list[str]:
    return [finding.code for finding in check_installation(installation).findings]


def test_a_sound_installation_passes(office: Installation) -> None:
    report = check_installation(office, full=True)
    assert report.ok and report.checked_files == 3 and not report.database_damaged


def test_missing_and_altered_evidence_and_a_damaged_key_are_found(office: Installation) -> None:
    stored = sorted(p for p in office.folder.attachments.rglob("*") if p.is_file())
    stored[0].unlink()
    stored[1].write_bytes(b"changed")
    (key,) = office.folder.keys.glob("*.key")
    key.write_bytes(b"untrusted comment: broken\n")
    report = check_installation(office)
    assert sorted(f.code for f in report.findings) == [
        "health.evidence_altered", "health.evidence_missing", "health.key_damaged"]
    assert all(f.severity is Severity.PROBLEM and f.message("vi") for f in report.findings)
    assert not report.ok and not report.database_damaged


def test_a_stopped_check_says_so(office: Installation) -> None:
    report = check_installation(office, should_stop=lambda: True)
    assert report.stopped and report.checked_files == 0


def test_a_damaged_database_is_detected_and_the_last_good_backup_offered(
        office: Installation, tmp_path: Path) -> None:
    good = create_backup(office)
    office.close()
    (office.folder.backups / "kh14-backup-29990101-000000-manual.zip").write_bytes(b"junk")
    damage_table(office.folder.database, "activities")
    with Installation.open(office.folder.root) as damaged:  # the header is fine: it opens
        report = check_installation(damaged)
        assert report.database_damaged and [f.code for f in report.findings] == [
            "health.database_damaged"]
        with pytest.raises(UserError) as caught:
            daily_backup_if_due(damaged, dt.date(2999, 1, 2))  # no copy of a damaged database
        assert caught.value.code == "store.corrupt"
        offered = recovery_backup(damaged.folder)
        assert offered is not None and offered.path == good  # the newest is junk: skipped


def test_the_cli_names_the_backup_to_restore(kh14, data_dir: Path,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KH14_PASSPHRASE", PASSPHRASE)
    kh14("setup", "--unit", "h-van-yen")
    kh14("activity", "add", "II.6", "--date", "2024-07-01", "--title", "Một")
    assert kh14("check").code == 0
    (daily,) = list_backups(data_dir / "backups")
    damage_table(data_dir / "kh14.sqlite3", "activities")
    listed = kh14("activity", "list")
    assert listed.code == 1 and "Traceback" not in listed.err
    assert "bị hỏng" in listed.err and f'kh14 restore "{daily.path}"' in listed.err
    checked = kh14("check")
    assert checked.code == 1 and "✗" in checked.out and str(daily.path) in checked.err
    assert kh14("restore", str(daily.path)).code == 0
    assert kh14("check").code == 0


def test_a_file_that_is_not_a_database_gets_the_same_recovery(kh14, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    kh14("setup", "--unit", "h-van-yen")
    kh14("tasks")  # the day's backup
    (data_dir / "kh14.sqlite3").write_bytes(b"\0" * 8192)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"kh14.sqlite3{suffix}").unlink(missing_ok=True)
    result = kh14("tasks")
    assert result.code == 1 and "kh14 restore" in result.err


# interrupted exports ---------------------------------------------------------------------------
def test_an_export_cut_before_its_commit_never_happened(office: Installation,
                                                        tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.kh14"
    staged = stage_export(office.store, 7, [target, None])
    staged.path_for(target).write_bytes(b"half a package")  # then the power went
    assert finish_pending_exports(office.store).finished == []
    assert not target.exists() and not hidden_name(target, 7).exists()
    assert pending_exports(office.store) == []


def test_an_export_cut_after_its_commit_is_finished_at_start(office: Installation,
                                                             tmp_path: Path) -> None:
    target, pdf = tmp_path / "bao-cao.kh14", tmp_path / "bao-cao.pdf"
    staged = stage_export(office.store, 7, [target, pdf])
    staged.path_for(target).write_bytes(b"the package")
    staged.path_for(pdf).write_bytes(b"%PDF")
    with office.store.transaction() as db:  # the commit, without the renames that follow
        from kh14_desktop.services.export_commit import COMMITTED, _save

        _save(db, 7, COMMITTED, staged.finals)
    report = start_installation(office)
    assert set(report.finished_exports) == {target.absolute(), pdf.absolute()}
    assert target.read_bytes() == b"the package" and pdf.read_bytes() == b"%PDF"
    assert pending_exports(office.store) == []


def test_an_export_whose_usb_stick_is_gone_waits_and_is_reported(office: Installation,
                                                                  tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    staged = stage_export(office.store, 3, [usb / "r.kh14"])
    staged.path_for(usb / "r.kh14").write_bytes(b"package")
    (usb / ".r.kh14.export-3.part").rename(tmp_path / "elsewhere")
    usb.rmdir()
    with pytest.raises(UserError) as caught:
        staged.commit(lambda db: None)
    assert caught.value.code == "export.unfinished"
    assert codes(office) == ["health.export_unfinished"]
    assert [w.code for w in start_installation(office).warnings] == ["export.unfinished"]


# errors of the PC ------------------------------------------------------------------------------
@pytest.mark.parametrize(("error", "expected"), [
    (OSError(errno.ENOSPC, "No space left on device", "/media/usb/r.kh14"), "Ổ đĩa đã đầy"),
    (PermissionError(errno.EACCES, "Permission denied", "/media/usb/r.kh14"),
     "Không có quyền"),
    (FileNotFoundError(errno.ENOENT, "No such file", "/media/usb/r.kh14"), "Không tìm thấy"),
    (OSError(errno.EIO, "Input/output error", "/media/usb/r.kh14"), "Lỗi đọc/ghi"),
    (sqlite3.OperationalError("database or disk is full"), None),
    (MemoryError(), "không đủ bộ nhớ"),
])
def test_errors_of_the_pc_are_one_line_and_the_detail_is_logged(
        kh14, data_dir: Path, monkeypatch: pytest.MonkeyPatch, error: Exception,  # type: ignore[no-untyped-def]
        expected: str | None) -> None:
    kh14("setup", "--unit", "h-van-yen")

    def fail(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(OfficeWork, "add_activity", fail)
    result = kh14("activity", "add", "II.6", "--date", "2024-07-01", "--title", "Một")
    log = (data_dir / "logs" / "kh14.log").read_text(encoding="utf-8")
    if expected is None:  # an SQLite error we cannot place is ours: exit 3, still one line
        assert result.code == 3 and "Lỗi không mong muốn" in result.err
    else:
        assert result.code == 1 and expected in result.err, result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert "Traceback" in log


def test_ctrl_c_says_what_was_kept(kh14, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    kh14("setup", "--unit", "h-van-yen")

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(OfficeWork, "add_activity", interrupted)
    result = kh14("activity", "add", "II.6", "--date", "2024-07-01", "--title", "Một")
    assert result.code == 130 and "Đã dừng" in result.err


def test_a_backup_that_cannot_be_written_stops_an_import_or_export_first(
        office: Installation, monkeypatch: pytest.MonkeyPatch) -> None:
    from kh14_desktop.services.backup import BackupReason, backup_before, catalog

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(catalog, "snapshot_database", full)
    with pytest.raises(UserError) as caught:
        backup_before(office, BackupReason.IMPORT)
    assert caught.value.code == "backup.before_failed"
    assert "Chưa thực hiện" in caught.value.message("vi")
    assert not list(office.folder.backups.glob("*")) if office.folder.backups.exists() else True
    # the start of the day only warns: an urgent report must still go out
    assert [w.code for w in start_installation(office).warnings] == ["backup.failed"]


def test_the_temporary_name_of_a_failed_write_is_not_shown(kh14, data_dir: Path,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    kh14("setup", "--unit", "h-van-yen")

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", "/media/usb/.r.kh14.ab12.part")

    monkeypatch.setattr(OfficeWork, "add_activity", refused)
    result = kh14("activity", "add", "II.6", "--date", "2024-07-01", "--title", "Một")
    folder = str(Path("/media/usb"))  # "\\media\\usb" on Windows
    assert f"{folder} " in result.err and ".part" not in result.err


def test_a_database_of_a_newer_version_is_refused_untouched(kh14, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    kh14("setup", "--unit", "h-van-yen")
    database = data_dir / "kh14.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute("PRAGMA user_version = 999")
    before = database.read_bytes()
    result = kh14("tasks")
    assert result.code == 1 and "phiên bản mới hơn" in result.err
    assert database.read_bytes() == before


def test_files_cut_short_by_a_power_cut_are_swept_once_a_day(office: Installation) -> None:
    from kh14_desktop.services.startup import remove_stale_parts

    stored = next(p for p in office.folder.attachments.rglob("*") if p.is_file())
    old, young = stored.parent / ".incoming-old.part", office.folder.root / "young.part"
    old.write_bytes(b"cut")
    young.write_bytes(b"being written")
    hours_ago = (dt.datetime.now() - dt.timedelta(hours=7)).timestamp()
    os.utime(old, (hours_ago, hours_ago))
    assert remove_stale_parts(office.folder) == 1
    assert not old.exists() and young.exists() and stored.exists()


def test_damage_met_at_start_is_the_same_known_error(office: Installation) -> None:
    office.close()
    damage_table(office.folder.database, "settings")
    with Installation.open(office.folder.root) as damaged, pytest.raises(UserError) as caught:
        start_installation(damaged)
    assert caught.value.code == "store.corrupt"
