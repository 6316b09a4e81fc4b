"""When work fails, the window says what happened and what to do, in Vietnamese: a full disk,
a read-only USB stick or a fault of the program, never the exception's own text."""

from __future__ import annotations

import datetime as dt
import errno
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_key import create_office_key
from kh14_desktop.ui.admin import consolidation_page, file_choosers, importing
from kh14_desktop.ui.admin.pages import AdminPages, admin_pages
from kh14_desktop.ui.i18n import install_language
from kh14_desktop.ui.main_window import MainWindow
from kh14_desktop.ui.report import export_dialog, report_actions
from kh14_desktop.ui.report.export_dialog import ExportDialog
from tests.conftest import PASSPHRASE

SECRET = "internal detail nobody should read"


@pytest.fixture(autouse=True)
def vietnamese(qapp: QApplication) -> Iterator[None]:
    install_language("vi")
    yield
    install_language("vi")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """The message boxes the admin's pages would have shown (title, text, detail)."""
    boxes: list[tuple[str, str, str]] = []

    def capture(_parent: object, title: str, text: str, detail: str = "") -> None:
        boxes.append((title, text, detail))

    monkeypatch.setattr(importing, "show_error", capture)
    monkeypatch.setattr(consolidation_page, "show_error", capture)
    return boxes


@pytest.fixture
def admin_window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    with Installation.open(tmp_path / "admin") as admin:
        admin.setup(None, admin=True)
        create_office_key(admin, PASSPHRASE)
        window = MainWindow(admin, clock=dt.date(2024, 11, 28))
        qtbot.addWidget(window)
        window.show()
        yield window
        window.close()
        window.runner.shutdown()


def pages_of(window: MainWindow) -> AdminPages:
    pages = admin_pages(window)
    assert pages is not None
    return pages


def nothing_raw(*texts: str) -> bool:
    joined = " ".join(texts)
    return SECRET not in joined and "Error" not in joined and "Traceback" not in joined


# importing ---------------------------------------------------------------------------------------
def test_a_full_disk_during_an_import_says_so(qtbot: QtBot, admin_window: MainWindow,
                                              shown: list[tuple[str, str, str]],
                                              monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    def full(*_args: object) -> object:
        raise OSError(errno.ENOSPC, SECRET, str(tmp_path / "admin" / "kh14.sqlite3"))

    monkeypatch.setattr(importing, "_import", full)
    pages = pages_of(admin_window)
    pages.import_paths([tmp_path])
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    title, text, detail = shown[0]
    assert "Ổ đĩa đã đầy" in text and "giải phóng dung lượng" in text
    assert nothing_raw(title, text, detail)


def test_a_fault_of_the_program_during_an_import_goes_to_the_log(
        qtbot: QtBot, admin_window: MainWindow, shown: list[tuple[str, str, str]],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    def broken(*_args: object) -> object:
        raise RuntimeError(SECRET)

    monkeypatch.setattr(importing, "_import", broken)
    with caplog.at_level(logging.ERROR, logger="kh14_desktop"):
        pages_of(admin_window).import_paths([tmp_path])
        qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    _title, text, detail = shown[0]
    assert "lỗi của chương trình" in text and "thử lại" in text
    assert "kh14.log" in detail and "hỗ trợ kỹ thuật" in detail
    assert nothing_raw(text, detail)
    # the detail is in the log, once
    logged = [record for record in caplog.records if record.exc_info
              and SECRET in str(record.exc_info[1])]
    assert len(logged) == 1


# consolidation -----------------------------------------------------------------------------------
def test_a_read_only_usb_stick_for_the_consolidated_pdf_says_so(
        qtbot: QtBot, admin_window: MainWindow, shown: list[tuple[str, str, str]],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    monkeypatch.setattr(file_choosers, "choose_output",
                        lambda _parent, _inst, _title, _filter, name: usb / name)

    def read_only(*_args: object) -> object:
        raise PermissionError(errno.EROFS, SECRET, str(usb / "bao-cao-tong-hop-2024.pdf"))

    monkeypatch.setattr(consolidation_page, "write_consolidated", read_only)
    page = pages_of(admin_window).consolidation_page
    assert page.export(".pdf") is not None
    qtbot.waitUntil(lambda: page.job is None, timeout=20_000)
    title, text, detail = shown[0]
    assert "Không có quyền" in text and str(usb) in text and "chọn nơi khác" in text
    assert nothing_raw(title, text, detail)


def test_a_fault_of_the_program_while_consolidating(
        qtbot: QtBot, admin_window: MainWindow, shown: list[tuple[str, str, str]],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(file_choosers, "choose_output",
                        lambda _parent, _inst, _title, _filter, name: tmp_path / name)
    monkeypatch.setattr(consolidation_page, "write_consolidated",
                        lambda *_args: (_ for _ in ()).throw(ValueError(SECRET)))
    page = pages_of(admin_window).consolidation_page
    page.export(".xlsx")
    qtbot.waitUntil(lambda: page.job is None, timeout=20_000)
    _title, text, detail = shown[0]
    assert "lỗi của chương trình" in text and "kh14.log" in detail
    assert nothing_raw(text, detail)


# the office's export -----------------------------------------------------------------------------
def test_a_fault_of_the_program_during_the_export(
        qtbot: QtBot, office_with_key: Installation, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> object:
        raise KeyError(SECRET)

    monkeypatch.setattr(export_dialog, "export_report", broken)
    window = MainWindow(office_with_key, clock=dt.date(2024, 10, 1))
    qtbot.addWidget(window)
    window.show()
    try:
        dialog = report_actions(window).export()
        assert isinstance(dialog, ExportDialog)
        dialog.form.path_edit.setText(str(tmp_path / "bao-cao.kh14"))
        dialog.form.passphrase.setText(PASSPHRASE)
        job = dialog.start_export()
        assert job is not None
        with qtbot.waitSignal(job.ended, timeout=30_000):
            pass
        text = dialog.error_label.text()
        assert dialog.error_label.isVisible()
        assert "lỗi của chương trình" in text and "thử lại" in text and "kh14.log" in text
        assert nothing_raw(text)
        dialog.reject()
    finally:
        window.runner.shutdown()


def test_a_full_disk_during_the_export(qtbot: QtBot, office_with_key: Installation,
                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "usb" / "bao-cao.kh14"

    def full(*_args: object, **_kwargs: object) -> object:
        raise OSError(errno.ENOSPC, SECRET, str(target) + ".part")

    monkeypatch.setattr(export_dialog, "export_report", full)
    window = MainWindow(office_with_key, clock=dt.date(2024, 10, 1))
    qtbot.addWidget(window)
    window.show()
    try:
        dialog = report_actions(window).export()
        assert isinstance(dialog, ExportDialog)
        dialog.form.path_edit.setText(str(target))
        dialog.form.passphrase.setText(PASSPHRASE)
        job = dialog.start_export()
        assert job is not None
        with qtbot.waitSignal(job.ended, timeout=30_000):
            pass
        text = dialog.error_label.text()
        assert "Ổ đĩa đã đầy" in text and str(target.parent) in text and ".part" not in text
        assert nothing_raw(text)
        dialog.reject()
    finally:
        window.runner.shutdown()
