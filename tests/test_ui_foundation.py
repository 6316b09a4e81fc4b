"""The first-run wizard and the main window, driven through their real widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from kh14_desktop.services.installation import Installation
from kh14_desktop.ui.i18n import install_language
from kh14_desktop.ui.main_window import MainWindow
from kh14_desktop.ui.setup_wizard import SetupWizard
from kh14_desktop.ui.task_model import COL_CODE, COL_ROLE, COL_STATUS


@pytest.fixture(autouse=True)
def vietnamese(qapp: QApplication):  # type: ignore[no-untyped-def]
    install_language("vi")
    yield
    install_language("vi")


def test_wizard_finds_van_yen_by_typing_without_accents(qtbot: QtBot, data_dir: Path) -> None:
    with Installation.open(data_dir) as installation:
        wizard = SetupWizard(installation)
        qtbot.addWidget(wizard)
        wizard.show()
        page = wizard.unit_page
        assert wizard.currentPage() is page  # one plan: the plan page is skipped
        qtbot.keyClicks(page.search, "van yen")
        assert page.proxy.rowCount() == 1
        unit = page.selected_unit()
        assert unit is not None and unit.name == "UBND huyện Văn Yên"
        assert "13" in page.hint.text()
        assert wizard.button(QWizard.WizardButton.NextButton).text() == "Tiếp tục >"
        wizard.next()
        assert wizard.currentPage() is wizard.key_page  # the signing key's passphrase
        wizard.key_page.form.first.setText("mật khẩu")
        wizard.key_page.form.second.setText("mật khẩu")
        wizard.next()
        assert "UBND huyện Văn Yên" in wizard.confirm_page.summary.text()
        wizard.accept()
        profile = installation.profile()
        assert profile is not None and profile.unit_id == "h-van-yen" and not profile.is_admin


def test_wizard_admin_choice_defaults_to_the_recipient(qtbot: QtBot, data_dir: Path) -> None:
    with Installation.open(data_dir) as installation:
        wizard = SetupWizard(installation)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.unit_page.admin.setChecked(True)
        unit = wizard.unit_page.selected_unit()
        assert unit is not None and unit.id == "so-tttt"
        wizard.next()
        wizard.accept()
        profile = installation.profile()
        assert profile is not None and profile.is_admin and profile.unit_id == "so-tttt"


def test_wizard_cannot_finish_without_a_unit(qtbot: QtBot, data_dir: Path) -> None:
    with Installation.open(data_dir) as installation:
        wizard = SetupWizard(installation)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.keyClicks(wizard.unit_page.search, "khong co don vi nay")
        assert wizard.unit_page.proxy.rowCount() == 0
        assert not wizard.unit_page.isComplete()
        assert installation.profile() is None


def open_window(qtbot: QtBot, installation: Installation, **kwargs: object) -> MainWindow:
    window = MainWindow(installation, clock=dt.date(2024, 10, 1), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def test_main_window_lists_the_units_tasks(qtbot: QtBot, installation: Installation) -> None:
    window = open_window(qtbot, installation)
    page = window.task_page
    model = page.proxy
    assert model.rowCount() == 13
    assert model.headerData(COL_CODE, Qt.Orientation.Horizontal) == "Mã"
    codes = [model.index(row, COL_CODE).data() for row in range(model.rowCount())]
    roles = [model.index(row, COL_ROLE).data() for row in range(model.rowCount())]
    assert roles[:5] == ["Chủ trì"] * 5 and codes[0] == "II.1"
    assert model.index(0, COL_STATUS).data() == "Chưa triển khai"
    assert "50 ngày" in window.deadline_label.text()  # 1/10 → 20/11/2024
    assert "UBND huyện Văn Yên" in window.header_unit.text()


def test_detail_pane_shows_text_units_and_deadline(qtbot: QtBot,
                                                   installation: Installation) -> None:
    window = open_window(qtbot, installation)
    assert window.task_page.select_task("II.3.2")
    text = window.task_page.detail.browser.toPlainText()
    assert "Đăng tải tài liệu, ấn phẩm" in text
    assert "Văn phòng UBND tỉnh" in text and "Sở Tư pháp" in text
    assert "Đơn vị phối hợp" in text and "Các cơ quan, đơn vị liên quan" in text


def test_search_ignores_accents_and_finds_training(qtbot: QtBot,
                                                   installation: Installation) -> None:
    window = open_window(qtbot, installation)
    qtbot.keyClicks(window.task_page.search, "dao tao")
    proxy = window.task_page.proxy
    assert [proxy.index(r, COL_CODE).data() for r in range(proxy.rowCount())] == ["II.6"]
    window.task_page.search.clear()
    window.task_page.search.insert("Đào tạo")  # QTest types ASCII only
    assert proxy.rowCount() == 1


def test_role_filter(qtbot: QtBot, installation: Installation) -> None:
    window = open_window(qtbot, installation)
    window.task_page.role_filter.setCurrentIndex(1)  # lead
    assert window.task_page.proxy.rowCount() == 5
    window.task_page.role_filter.setCurrentIndex(2)  # cooperating
    assert window.task_page.proxy.rowCount() == 8


def test_window_fits_an_old_office_screen(qtbot: QtBot, installation: Installation) -> None:
    window = open_window(qtbot, installation)
    hint = window.minimumSizeHint()
    # 1366×768 at 125% scaling, minus the taskbar
    assert hint.width() <= 1093 and hint.height() <= 574


def test_window_remembers_its_geometry(qtbot: QtBot, installation: Installation) -> None:
    window = open_window(qtbot, installation)
    window.resize(900, 560)
    window.close()
    assert installation.store.setting("ui.main_window.geometry")
    again = open_window(qtbot, installation)
    assert again.size().width() == 900


def test_english_is_selectable(qtbot: QtBot, installation: Installation) -> None:
    install_language("en")
    window = open_window(qtbot, installation)
    assert window.task_page.proxy.headerData(COL_CODE, Qt.Orientation.Horizontal) == "Code"
    assert "days left" in window.deadline_label.text()
