"""A forgotten passphrase, end to end through the real widgets: the office makes a new key in
its key dialog, the admin confirms it for the files refused as "khóa khác"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kh14_desktop.domain.errors import UserError
from kh14_desktop.services.importer import ImportOutcome
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_key import (
    create_office_key,
    office_key_info,
    replace_forgotten_office_key,
    unlock_office_key,
)
from kh14_desktop.store.received import trusted_keys
from kh14_desktop.ui.admin import importing
from kh14_desktop.ui.admin.import_page import TAB_WAITING
from kh14_desktop.ui.admin.pages import AdminPages, admin_pages
from kh14_desktop.ui.admin.replace_key_dialog import ReplaceKeyDialog
from kh14_desktop.ui.admin.trust_dialog import COL_STATE
from kh14_desktop.ui.i18n import install_language
from kh14_desktop.ui.main_window import MainWindow
from kh14_desktop.ui.report import report_actions
from kh14_desktop.ui.report.key_dialog import PAGE_LOST, PAGE_NEW_KEY, PAGE_VIEW
from tests.conftest import PASSPHRASE
from tests.test_import import Office, make_office, trust_all

NEW_PASSPHRASE = "mật khẩu mới nhớ được"


@pytest.fixture(autouse=True)
def vietnamese(qapp: QApplication) -> Iterator[None]:
    install_language("vi")
    yield
    install_language("vi")


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    opened: list[MainWindow] = []
    yield opened
    for window in opened:
        window.runner.shutdown()


def open_window(qtbot: QtBot, installation: Installation, windows: list[MainWindow],
                today: dt.date) -> MainWindow:
    window = MainWindow(installation, clock=today)
    qtbot.addWidget(window)
    window.show()
    windows.append(window)
    return window


# the office ------------------------------------------------------------------------------------
def test_the_office_makes_a_new_key_when_the_passphrase_is_forgotten(
        qtbot: QtBot, office_with_key: Installation, windows: list[MainWindow]) -> None:
    window = open_window(qtbot, office_with_key, windows, dt.date(2024, 10, 1))
    old = office_key_info(office_with_key)
    dialog = report_actions(window).show_key()
    assert dialog.lost_button.isVisible() and dialog.lost_button.text() == "&Quên mật khẩu…"
    qtbot.mouseClick(dialog.lost_button, Qt.MouseButton.LeftButton)
    page = dialog.lost_page
    assert dialog.stack.currentIndex() == PAGE_LOST
    explanation = page.explanation.text()
    assert "bị hủy hẳn" in explanation and "gọi điện cho Sở" in explanation
    assert "trước khi gửi báo cáo" in explanation
    # nothing happens before the person says they understood
    assert not page.ok_button.isEnabled()
    page.form.first.setText(NEW_PASSPHRASE)
    page.form.second.setText(NEW_PASSPHRASE + "x")
    assert dialog.replace_lost_key() is None
    page.understood.setChecked(True)
    assert page.ok_button.isEnabled()
    assert dialog.replace_lost_key() is None  # the two passphrases differ
    assert page.form.problem_label.isVisible()
    assert office_key_info(office_with_key).fingerprint == old.fingerprint

    page.form.second.setText(NEW_PASSPHRASE)
    job = dialog.replace_lost_key()
    assert job is not None
    with qtbot.waitSignal(job.ended, timeout=30_000):
        pass
    new = office_key_info(office_with_key)
    assert new.fingerprint != old.fingerprint
    assert dialog.stack.currentIndex() == PAGE_NEW_KEY
    shown = dialog.new_key_page.fingerprint
    assert shown.text().split() == new.fingerprint.split()
    assert shown.font().pointSize() >= 24
    assert "gọi điện ngay cho Sở" in dialog.new_key_page.instruction.text()
    assert old.fingerprint in dialog.new_key_page.old_label.text()
    unlock_office_key(office_with_key, NEW_PASSPHRASE).wipe()
    with pytest.raises(UserError):
        unlock_office_key(office_with_key, PASSPHRASE)
    qtbot.mouseClick(dialog.new_key_page.done_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == PAGE_VIEW
    assert dialog.fingerprint.fingerprint == new.fingerprint
    dialog.accept()


# the admin -------------------------------------------------------------------------------------
@pytest.fixture
def admin(tmp_path: Path) -> Iterator[Installation]:
    with Installation.open(tmp_path / "admin") as installation:
        installation.setup(None, admin=True)
        create_office_key(installation, PASSPHRASE)
        yield installation


@pytest.fixture
def van_yen(tmp_path: Path) -> Iterator[Office]:
    office = make_office(tmp_path / "offices", "h-van-yen", 54)
    yield office
    office.installation.close()


def pages_of(window: MainWindow) -> AdminPages:
    pages = admin_pages(window)
    assert pages is not None
    return pages


def wait_for_import(qtbot: QtBot, pages: AdminPages) -> None:
    qtbot.waitUntil(lambda: not pages.jobs.importing, timeout=20_000)
    qtbot.waitUntil(lambda: pages.data.snapshot is not None and not pages.data.loading,
                    timeout=20_000)


def test_the_admin_confirms_the_new_key_of_a_unit_that_lost_its_own(
        qtbot: QtBot, admin: Installation, van_yen: Office, tmp_path: Path,
        windows: list[MainWindow], monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(importing, "show_error",
                        lambda _parent, title, text, detail="": warnings.append((title, text)))
    trust_all(admin, {"h-van-yen": van_yen}, tmp_path)
    old_file = van_yen.export("truoc-khi-quen.kh14")
    old_fingerprint = van_yen.fingerprint
    replace_forgotten_office_key(van_yen.installation, NEW_PASSPHRASE)
    new_file = van_yen.export("khoa-moi.kh14", passphrase=NEW_PASSPHRASE)

    window = open_window(qtbot, admin, windows, dt.date(2024, 11, 28))
    pages = pages_of(window)
    page = pages.import_page
    pages.import_paths([new_file])  # shows the Import page
    wait_for_import(qtbot, pages)
    assert page.results.outcomes() == [ImportOutcome.KEY_MISMATCH]
    assert warnings and "Xác nhận khóa mới của đơn vị" in warnings[0][1]
    # the refused file leads to the confirmation; the plain Trust stays refused
    assert page.results_replace_button.isVisible()
    assert page.results_replace_button.text() == "Xác nhận khóa mới của đơn vị…"
    page.tabs.setCurrentIndex(TAB_WAITING)
    assert page.select_key(van_yen.fingerprint)
    assert not page.trust_button.isEnabled() and page.replace_button.isEnabled()
    assert page.trust_selected() is None
    page.tabs.setCurrentIndex(0)
    qtbot.mouseClick(page.results_replace_button, Qt.MouseButton.LeftButton)
    dialog = page.trust_dialog
    assert isinstance(dialog, ReplaceKeyDialog) and dialog.isVisible()
    assert page.tabs.currentIndex() == TAB_WAITING
    assert "giả mạo" in dialog.warning.text() and "điện thoại" in dialog.warning.text()
    assert dialog.old_fingerprint.text() == old_fingerprint
    assert " ".join(dialog.new_fingerprint.text().split()) == van_yen.fingerprint
    # comparing by eye is not enough here: every group typed, and the call confirmed
    assert not dialog.replace_button.isEnabled()
    wrong = list(van_yen.fingerprint.replace(" ", ""))
    wrong[20] = "0" if wrong[20] != "0" else "1"
    qtbot.keyClicks(dialog.typed, "".join(wrong))
    assert "Nhóm 6" in dialog.match_label.text() and not dialog.replace_button.isEnabled()
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, van_yen.fingerprint.lower())
    assert "khớp" in dialog.match_label.text() and not dialog.replace_button.isEnabled()
    dialog.lost_confirmed.setChecked(True)
    assert dialog.replace_button.isEnabled()
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.results.outcomes() == [ImportOutcome.IMPORTED],
                    timeout=20_000)
    qtbot.waitUntil(lambda: not pages.data.loading, timeout=20_000)
    assert "thu hồi" in page.heading_label.text()
    assert page.waiting.rowCount() == 0 and not page.waiting_banner.isVisible()
    keys = {key.fingerprint: key.active for key in trusted_keys(admin.store)}
    assert keys == {old_fingerprint: False, van_yen.fingerprint: True}

    # the retired key signs nothing any more
    pages.import_paths([old_file])
    wait_for_import(qtbot, pages)
    assert page.results.outcomes() == [ImportOutcome.KEY_MISMATCH]
    assert "đã bị thay thế" in page.results.result_at(0).message("vi")
    assert not page.results_replace_button.isVisible()  # a retired key is never offered
    page.tabs.setCurrentIndex(TAB_WAITING)
    assert page.select_key(old_fingerprint) and page.waiting.key_at(0).retired
    assert not page.replace_button.isEnabled() and page.replace_selected() is None
    assert "đã thay" in page.waiting.index(0, COL_STATE).data()
