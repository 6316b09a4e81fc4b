"""Nothing lost, from the window: backup, restore, the data check, recovery at start, and
errors nobody caught, driven through the real widgets and a real `Session`."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from kh14_desktop.domain.messages import render
from kh14_desktop.domain.progress import Status
from kh14_desktop.services.backup import (
    BackupReason,
    check_backup,
    create_backup,
    list_backups,
)
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.logs import configure_logging
from kh14_desktop.services.office_key import create_office_key
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.store.location import DataFolder
from kh14_desktop.ui import app
from kh14_desktop.ui.figures_model import INDICATOR_ROLE, TOTAL_ROLE
from kh14_desktop.ui.i18n import install_language
from kh14_desktop.ui.main_window import MainWindow
from kh14_desktop.ui.safety import actions, choosers, errors, safety_actions, session
from kh14_desktop.ui.safety.backup_list import CheckState
from kh14_desktop.ui.safety.session import Session
from tests.conftest import PASSPHRASE, WindowlessMain
from tests.test_health import damage_table

TODAY = dt.date(2024, 10, 1)


@pytest.fixture(autouse=True)
def vietnamese(qapp: QApplication) -> Iterator[None]:
    install_language("vi")
    yield
    install_language("vi")


@pytest.fixture(autouse=True)
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A message box would wait for a click that never comes: note it, and fail the test
    unless it asked for one."""
    shown: list[str] = []
    for module in (actions, session):
        monkeypatch.setattr(module, "show_error",
                            lambda _parent, title, text, *_: shown.append(f"{title}: {text}"))
    yield shown
    assert shown == [] or shown[0].startswith("expected"), shown


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def sessions() -> Iterator[list[Session]]:
    """Sessions a test started: their windows closed and their data let go of at the end."""
    started: list[Session] = []
    yield started
    for each in started:
        each.close()
        if each.window is not None:
            each.window.deleteLater()


def office_folder(data_dir: Path, evidence: Path | None = None,
                  key: bool = False) -> DataFolder:
    """Văn Yên with one training of 86 people (and its minutes, when given)."""
    with Installation.open(data_dir) as installation:
        installation.setup("h-van-yen")
        if key:
            create_office_key(installation, PASSPHRASE)
        work = OfficeWork(installation)
        work.save_progress("II.6", Status.IN_PROGRESS, "Đã cử cán bộ dự tập huấn.")
        work.add_activity("II.6", dt.date(2024, 5, 14), "Tập huấn kỹ năng truyền thông", "",
                          {"trainings": 1, "trainees": 86}, [evidence] if evidence else [])
        return installation.folder


def start_session(qtbot: QtBot, folder: DataFolder, sessions: list[Session]) -> Session:
    started = Session(folder, clock=TODAY)
    sessions.append(started)
    assert started.start()
    settle(qtbot, started)
    return started


def settle(qtbot: QtBot, started: Session) -> None:
    """The checks that follow the window's start have all run."""
    qtbot.waitUntil(lambda: started.health_report is not None, timeout=20_000)
    window = started.window
    assert window is not None
    qtbot.waitUntil(lambda: window.actions.check_job is not None
                    and window.actions.check_job.done, timeout=20_000)


def titles(installation: Installation) -> list[str]:
    return [activity.title for activity in OfficeWork(installation).activities()]


def totals(window: MainWindow) -> dict[str, int]:
    model = window.overview_page.totals
    return {model.index(row, 0).data(INDICATOR_ROLE).key: model.index(row, 0).data(TOTAL_ROLE)
            for row in range(model.rowCount())}


# the menu ---------------------------------------------------------------------------------------
def test_the_safety_items_are_in_the_file_menu(qtbot: QtBot, data_dir: Path,
                                               sessions: list[Session]) -> None:
    window = start_session(qtbot, office_folder(data_dir), sessions).window
    assert window is not None
    file_menu = next(menu for menu in window.menuBar().findChildren(QMenu)
                     if menu.title() == "&Tệp")
    texts = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    mine = ["&Sao lưu dữ liệu…", "Khôi &phục từ bản sao lưu…", "&Mở thư mục sao lưu",
            "Kiểm tra dữ &liệu…"]
    assert texts[-5:] == [*mine, "&Thoát"]  # after the report's items, before Quit
    keys = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
    assert len(keys) == len(set(keys)), texts


def test_the_start_takes_the_days_backup_and_says_nothing_when_all_is_well(
        qtbot: QtBot, data_dir: Path, sessions: list[Session]) -> None:
    started = start_session(qtbot, office_folder(data_dir), sessions)
    assert started.startup_report is not None and started.startup_report.backup is not None
    assert [entry.reason for entry in list_backups(started.folder.backups)] == [
        BackupReason.DAILY]
    report = started.health_report
    assert report is not None and not report.database_damaged
    # no key yet: the report page leads to making one, the start does not nag about it
    assert [finding.code for finding in report.findings] == ["health.key_missing"]
    assert started.window is not None
    assert not safety_actions(started.window).notice.isVisible()
    assert (started.folder.logs / "kh14.log").exists()  # the log is configured from the start


# backup -----------------------------------------------------------------------------------------
def test_a_backup_from_the_menu_is_complete_and_passes_its_check(
        qtbot: QtBot, data_dir: Path, tmp_path: Path, sessions: list[Session],
        monkeypatch: pytest.MonkeyPatch, opened_urls: list[QUrl]) -> None:
    minutes = tmp_path / "Biên bản.pdf"
    minutes.write_bytes(b"%PDF-1.4 bien ban " * 500)
    window = start_session(qtbot, office_folder(data_dir, minutes), sessions).window
    assert window is not None
    usb = tmp_path / "USB"
    usb.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(choosers, "choose_backup_target",
                        lambda _parent, _installation: usb / "sao-luu-van-yen.zip")
    monkeypatch.setattr(choosers, "tell_backup_done",
                        lambda _parent, text, detail: asked.append(text + "\n" + detail) or True)
    safety = safety_actions(window)
    safety.backup_action.trigger()
    assert safety.backup_job is not None
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)

    info = check_backup(usb / "sao-luu-van-yen.zip")
    assert info.complete and info.reason is BackupReason.MANUAL
    assert info.counts["activities"] == 1 and len(info.included_files) == 1
    assert "Đã sao lưu dữ liệu vào" in asked[0] and "1 tệp minh chứng" in asked[0]
    assert opened_urls == [QUrl.fromLocalFile(str(usb))]  # "Open the folder" was chosen


def test_the_backup_folder_is_one_click_away(qtbot: QtBot, data_dir: Path,
                                             sessions: list[Session],
                                             opened_urls: list[QUrl]) -> None:
    window = start_session(qtbot, office_folder(data_dir), sessions).window
    assert window is not None
    safety_actions(window).folder_action.trigger()
    assert opened_urls == [QUrl.fromLocalFile(str(data_dir.resolve() / "backups"))]


# restore ----------------------------------------------------------------------------------------
def test_a_restore_through_the_dialog_gives_back_the_earlier_data_in_a_new_window(
        qtbot: QtBot, data_dir: Path, tmp_path: Path, sessions: list[Session],
        monkeypatch: pytest.MonkeyPatch) -> None:
    started = start_session(qtbot, office_folder(data_dir), sessions)
    window = started.window
    assert window is not None and started.installation is not None
    backup = create_backup(started.installation, target=tmp_path / "USB" / "truoc.zip")
    OfficeWork(started.installation).add_activity(
        "II.6", dt.date(2024, 9, 3), "Tập huấn lần hai", "", {"trainings": 1, "trainees": 14})
    window.overview_page.refresh()
    assert totals(window)["trainees"] == 100

    confirmations: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(choosers, "choose_backup_file", lambda _parent, _start: backup)
    monkeypatch.setattr(choosers, "confirm_restore", lambda _parent, text, detail:
                        confirmations.append(text + "\n" + detail) or True)
    monkeypatch.setattr(session, "tell_restored",
                        lambda _parent, text, detail: told.append(text + "\n" + detail))
    safety_actions(window).restore_action.trigger()
    dialog = started.restore_dialog
    assert dialog is not None and dialog.isVisible()
    assert [row.reason for row in dialog.model.rows] == [BackupReason.DAILY]  # from the folder
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)  # the USB stick's
    qtbot.waitUntil(lambda: dialog.model.all_checked, timeout=20_000)
    chosen = dialog.selected_row()
    assert chosen is not None and chosen.path == backup and chosen.state is CheckState.USABLE
    assert "1 hoạt động" in dialog.detail.text()
    with qtbot.waitSignal(started.restored, timeout=30_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert "sẽ được thay bằng bản sao lưu" in confirmations[0]
    assert "dữ liệu hiện tại được sao lưu thành một bản riêng" in confirmations[0]
    again = started.window
    assert again is not None and again is not window and again.isVisible()
    assert started.installation is not None
    assert titles(started.installation) == ["Tập huấn kỹ năng truyền thông"]
    assert totals(again)["trainees"] == 86  # the window shows the data of the backup
    kept = [entry for entry in list_backups(started.folder.backups)
            if entry.reason is BackupReason.BEFORE_RESTORE]
    assert len(kept) == 1 and str(kept[0].path) in told[0]
    assert check_backup(kept[0].path).counts["activities"] == 2  # what was replaced is kept


def test_a_refused_backup_changes_nothing_and_the_window_stays(
        qtbot: QtBot, data_dir: Path, tmp_path: Path, sessions: list[Session],
        monkeypatch: pytest.MonkeyPatch) -> None:
    started = start_session(qtbot, office_folder(data_dir), sessions)
    window = started.window
    assert window is not None
    junk = tmp_path / "kh14-backup-20240101-000000-manual.zip"
    junk.write_bytes(b"PK\x03\x04 not really a backup")
    monkeypatch.setattr(choosers, "choose_backup_file", lambda _parent, _start: junk)
    dialog = safety_actions(window).restore()
    dialog.choose_other_file()
    qtbot.waitUntil(lambda: dialog.model.all_checked, timeout=20_000)
    row = dialog.selected_row()
    assert row is not None and row.state is CheckState.UNUSABLE
    assert not dialog.restore_button.isEnabled() and "không" in dialog.detail.text().lower()
    dialog.reject()
    assert started.window is window and window.isVisible()


# the data check ---------------------------------------------------------------------------------
def test_the_check_lists_a_missing_evidence_file_and_copies_it_back_from_a_backup(
        qtbot: QtBot, data_dir: Path, tmp_path: Path, sessions: list[Session],
        monkeypatch: pytest.MonkeyPatch) -> None:
    minutes = tmp_path / "Biên bản tập huấn.pdf"
    minutes.write_bytes(b"%PDF-1.4 bien ban " * 500)
    folder = office_folder(data_dir, minutes, key=True)
    with Installation.open(folder.root) as installation:
        complete = create_backup(installation, target=tmp_path / "day-du.zip")
        activity = OfficeWork(installation).activities()[0]
        stored = OfficeWork(installation).evidence_path(activity.evidence[0])
    stored.unlink()

    started = start_session(qtbot, folder, sessions)
    window = started.window
    assert window is not None
    safety = safety_actions(window)
    # the quick check right after start already says so, in the status bar only
    assert safety.notice.isVisible() and "1 vấn đề" in safety.notice.label.text()

    safety.check_action.trigger()
    qtbot.waitUntil(lambda: safety.health_dialog is not None
                    and safety.health_dialog.isVisible(), timeout=20_000)
    dialog = safety.health_dialog
    assert dialog is not None and dialog.report is not None and dialog.report.full
    assert dialog.codes() == ["health.evidence_missing"]
    assert "Biên bản tập huấn.pdf" in dialog.texts()[0] and "bản sao lưu" in dialog.texts()[0]
    assert dialog.recover_button.isVisibleTo(dialog)
    assert not dialog.restore_button.isVisibleTo(dialog)

    told: list[str] = []
    monkeypatch.setattr(choosers, "choose_backup_file", lambda _parent, _start: complete)
    monkeypatch.setattr(actions, "show_info", lambda _parent, _title, text, *_: told.append(text))
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told) and safety.check_job is not None
                    and safety.check_job.done, timeout=20_000)
    assert told == ["Đã chép lại 1 tệp minh chứng từ bản sao lưu."]
    assert stored.read_bytes() == minutes.read_bytes()
    assert dialog.codes() == [] and "nguyên vẹn" in dialog.summary.text()


# recovery at start ------------------------------------------------------------------------------
def test_a_damaged_database_at_start_offers_the_latest_good_backup_and_opens_on_it(
        qtbot: QtBot, data_dir: Path, sessions: list[Session], monkeypatch: pytest.MonkeyPatch,
        opened_urls: list[QUrl]) -> None:
    folder = office_folder(data_dir)
    with Installation.open(folder.root) as installation:
        good = create_backup(installation, BackupReason.DAILY)
    (folder.backups / "kh14-backup-29990101-000000-manual.zip").write_bytes(b"junk")
    folder.database.write_bytes(b"\0" * 8192)  # not a database any more
    for suffix in ("-wal", "-shm"):
        folder.database.with_name(folder.database.name + suffix).unlink(missing_ok=True)
    told: list[str] = []
    monkeypatch.setattr(session, "tell_restored",
                        lambda _parent, text, detail: told.append(text))

    started = Session(folder, clock=TODAY)
    sessions.append(started)
    assert started.start()  # something is shown: the recovery dialog, not a traceback
    assert started.window is None
    dialog = started.recovery
    assert dialog is not None and dialog.isVisible()
    assert "bị hỏng" in dialog.what.text() and "bản sao lưu" in dialog.what.text()
    qtbot.waitUntil(lambda: dialog.search is not None and dialog.search.done, timeout=20_000)
    assert dialog.found is not None and dialog.found.path == good  # the junk one is skipped
    assert "1 hoạt động" in dialog.backup_label.text()
    assert [button.text() for button in (dialog.restore_button, dialog.other_button,
                                         dialog.folder_button, dialog.quit_button)] == [
        "&Khôi phục bản sao lưu này", "&Chọn bản sao lưu khác…", "Mở thư &mục dữ liệu",
        "&Thoát"]
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [QUrl.fromLocalFile(str(folder.root))]

    with qtbot.waitSignal(started.restored, timeout=30_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert started.window is not None and started.window.isVisible()
    assert started.installation is not None
    assert titles(started.installation) == ["Tập huấn kỹ năng truyền thông"]
    assert len(told) == 1 and "Đã khôi phục dữ liệu" in told[0]
    damaged = [path for path in folder.backups.iterdir() if path.name.startswith("damaged-")]
    assert len(damaged) == 1 and (damaged[0] / "kh14.sqlite3").read_bytes() == b"\0" * 8192
    settle(qtbot, started)


@pytest.mark.parametrize(("table", "window_open"), [
    ("activities", False),  # read as the window shows: the recovery instead of the window
    ("received_reports", True),  # found by the quick check after it shows: "decide later"
])
def test_damage_inside_the_database_brings_the_recovery_dialog(
        qtbot: QtBot, data_dir: Path, sessions: list[Session], table: str,
        window_open: bool) -> None:
    folder = office_folder(data_dir)
    with Installation.open(folder.root) as installation:
        create_backup(installation, BackupReason.DAILY)  # today's: no quick check is due
    damage_table(folder.database, table)
    started = Session(folder, clock=TODAY)
    sessions.append(started)
    assert started.start()
    qtbot.waitUntil(lambda: started.recovery is not None, timeout=20_000)
    dialog = started.recovery
    assert dialog is not None and dialog.isVisible()
    assert dialog.quit_button.text() == ("Để &sau" if window_open else "&Thoát")
    assert (started.window is not None) is window_open
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=20_000)
    if window_open:
        dialog.reject()
        assert started.window is not None and started.window.isVisible()
    else:
        with qtbot.waitSignal(started.finished):
            dialog.reject()


def test_a_database_of_a_newer_version_asks_for_an_update_and_proposes_no_restore(
        qtbot: QtBot, data_dir: Path, sessions: list[Session]) -> None:
    folder = office_folder(data_dir)
    with sqlite3.connect(folder.database) as db:
        db.execute("PRAGMA user_version = 999")
    before = folder.database.read_bytes()
    started = Session(folder, clock=TODAY)
    sessions.append(started)
    assert started.start()
    dialog = started.recovery
    assert dialog is not None and dialog.newer and dialog.search is None
    assert not dialog.restore_button.isVisibleTo(dialog)
    assert not dialog.backup_box.isVisibleTo(dialog)
    assert dialog.quit_button.isDefault()
    assert dialog.other_button.text() == "&Khôi phục một bản sao lưu cũ…"  # only on request
    with qtbot.waitSignal(started.finished):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert folder.database.read_bytes() == before


# errors nobody caught ---------------------------------------------------------------------------
def test_an_exception_in_a_slot_is_logged_and_shown_once_in_words(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log_path = configure_logging(tmp_path / "logs")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "show_failure_box",
                        lambda _parent, title, text, _folder: shown.append((title, text)))
    button = QPushButton("Bấm")
    qtbot.addWidget(button)

    def broken() -> None:
        raise ZeroDivisionError("chia cho không trong một slot")

    button.clicked.connect(broken)
    reporter = errors.install_error_reporter(log_path, tmp_path / "kh14.sqlite3")
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the same again: not a loop
        worker = threading.Thread(target=broken)
        worker.start()
        worker.join()
    finally:
        reporter.uninstall()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "KH14 Desktop: lỗi không mong muốn"
    assert text.startswith("Đã xảy ra lỗi không mong muốn") and "không bị mất" in text
    assert str(log_path) in text and "Traceback" not in text and "ZeroDivision" not in text
    logged = log_path.read_text(encoding="utf-8")
    assert logged.count("Traceback") == 3 and "chia cho không trong một slot" in logged


def test_an_error_of_the_pc_in_a_slot_reads_as_what_it_is(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log_path = configure_logging(tmp_path / "logs")
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_failure_box",
                        lambda _parent, _title, text, _folder: shown.append(text))
    target = tmp_path / "USB" / "bao-cao.pdf"
    button = QPushButton("Ghi")
    qtbot.addWidget(button)

    def disk_full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    def from_a_thread() -> None:  # shown on the UI thread, never from the worker
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    def damaged() -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    button.clicked.connect(disk_full)
    reporter = errors.install_error_reporter(log_path, tmp_path / "kh14.sqlite3")
    recoveries: list[str] = []
    reporter.on_damage = lambda error: recoveries.append(error.code)
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        worker = threading.Thread(target=from_a_thread)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown) == 2)
        button.clicked.disconnect(disk_full)
        button.clicked.connect(damaged)  # damage met while working: the way back, no box
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # "later" is not at once again
        qtbot.waitUntil(lambda: bool(recoveries))
    finally:
        reporter.uninstall()
    assert shown == [render("file.disk_full", "vi", path=target),
                     render("file.no_permission", "vi", path=target)]
    assert recoveries == ["store.corrupt"]


# the window and its dialogs fit an old office screen -------------------------------------------
def test_the_window_and_the_safety_dialogs_fit_1093_by_574(
        qtbot: QtBot, data_dir: Path, sessions: list[Session]) -> None:
    started = start_session(qtbot, office_folder(data_dir), sessions)
    window = started.window
    assert window is not None
    safety = safety_actions(window)
    safety.notice.show_text("⚠ Kiểm tra dữ liệu phát hiện 12 vấn đề")
    hint = window.minimumSizeHint()
    assert hint.width() <= 1093 and hint.height() <= 574
    restore = safety.restore()
    recovery = started.show_recovery(app_error("store.corrupt", started))
    for dialog in (restore, recovery):
        qtbot.waitUntil(lambda d=dialog: d.isVisible())
        size = dialog.frameGeometry().size().expandedTo(dialog.minimumSizeHint())
        assert size.width() <= 1093 and size.height() <= 574, dialog
    qtbot.waitUntil(lambda: recovery.search is not None and recovery.search.done,
                    timeout=20_000)
    recovery.reject()
    restore.reject()


def app_error(code: str, started: Session) -> object:
    from kh14_desktop.domain.errors import UserError

    return UserError(code, path=str(started.folder.database))


# app.py ---------------------------------------------------------------------------------------
@pytest.fixture
def throwaway_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Demo folders go under the test's folder: the window's own checks, still queued when
    main() returns, must not write into /tmp."""
    make_folder = tempfile.mkdtemp
    monkeypatch.setattr(app.tempfile, "mkdtemp",
                        lambda prefix: make_folder(prefix=prefix, dir=tmp_path))


def logs_held_open(under: Path) -> list[Path]:
    """Log files the program still writes to under `under`: Windows deletes none of them,
    so a demo's folder would pile up in %TEMP%."""
    import logging

    handlers = logging.getLogger("kh14_desktop").handlers
    return [path for path in (getattr(handler, "path", None) for handler in handlers)
            if path is not None and Path(path).is_relative_to(under)]


@pytest.mark.usefixtures("throwaway_in_tmp")
def test_the_admin_demo_opens_the_admin_window_on_throwaway_data(
        qapp: QApplication, windowless_main: WindowlessMain) -> None:
    assert windowless_main("--demo-admin") == 0
    (window,) = windowless_main.shown
    assert window.demo and window.profile.is_admin
    assert window.statusBar().currentMessage().startswith("Bản dùng thử: các tệp báo cáo")
    app.set_window_icon(qapp)  # main() leaves it to the first turn of the event loop
    assert not qapp.windowIcon().isNull()
    assert not window.installation.folder.root.exists()  # thrown away at the end
    assert logs_held_open(window.installation.folder.root) == []


@pytest.mark.usefixtures("throwaway_in_tmp")
def test_the_office_demo_is_seen_on_a_day_of_its_own_year(
        windowless_main: WindowlessMain) -> None:
    """Whatever the calendar says, a newcomer sees the demo's deadline ahead (23 days), not
    years overdue."""
    assert windowless_main("--demo") == 0
    (window,) = windowless_main.shown
    assert window.demo and not window.profile.is_admin
    assert window.today() == dt.date(2024, 10, 28)
    assert "23 ngày" in window.deadline_label.text()
    assert window.statusBar().currentMessage() == (
        "Bản dùng thử: UBND huyện Văn Yên, hôm nay được coi là ngày 28/10/2024; dữ liệu bị xóa "
        "khi đóng chương trình.")
    assert not window.installation.folder.root.exists()
    assert logs_held_open(window.installation.folder.root) == []
