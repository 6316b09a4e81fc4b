"""The office's report screens through their real widgets: export, draft, key, verify."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from kh14_desktop.domain.period import period_choices
from kh14_desktop.domain.progress import Status
from kh14_desktop.services.export import export_report, remembered_options
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_key import (
    has_office_key,
    office_key_info,
    unlock_office_key,
)
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.services.signing import pending_rotation
from kh14_desktop.services.verify import verify_file
from kh14_desktop.store.exports import list_exports
from kh14_desktop.ui.i18n import install_language
from kh14_desktop.ui.main_window import MainWindow
from kh14_desktop.ui.report import report_actions
from kh14_desktop.ui.report.actions import ReportActions
from kh14_desktop.ui.report.export_dialog import PAGE_RESULT, ExportDialog
from kh14_desktop.ui.report.files import ascii_words, suggested_name
from kh14_desktop.ui.report.key_dialog import PAGE_CREATE, PAGE_ROTATE, PAGE_VIEW, KeyDialog
from kh14_desktop.ui.report.verify_dialog import VerifyDialog
from kh14_desktop.ui.report.verify_model import COL_FINGERPRINT, COL_REASON, COL_VERDICT
from kh14_desktop.ui.report.widgets import passphrase_strength
from kh14_desktop.ui.setup_wizard import SetupWizard
from tests.conftest import PASSPHRASE

TODAY = dt.date(2024, 10, 28)
SCREEN = (1093, 574)  # 1366×768 at 125%, less the taskbar


@pytest.fixture(autouse=True)
def vietnamese(qapp: QApplication) -> Iterator[None]:
    install_language("vi")
    yield
    install_language("vi")


@pytest.fixture
def opened(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.runner.shutdown()


@pytest.fixture
def urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the program asked the system to open (nothing is opened for real)."""
    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url))
    return opened_urls


def some_work(installation: Installation) -> None:
    work = OfficeWork(installation)
    work.save_progress("II.1", Status.DONE, "Ban hành kế hoạch, tổ chức hội nghị quán triệt.")
    work.save_progress("II.2", Status.IN_PROGRESS, "")
    work.add_activity("II.1", dt.date(2024, 3, 14), "Hội nghị quán triệt",
                      figures={"events": 1, "participants": 120})
    work.add_activity("II.1", dt.date(2024, 9, 5), "Tin bài trên trang huyện",
                      figures={"web-posts": 12})


def open_window(qtbot: QtBot, installation: Installation,
                opened: list[MainWindow]) -> MainWindow:
    window = MainWindow(installation, clock=TODAY)
    qtbot.addWidget(window)
    window.show()
    opened.append(window)
    qtbot.waitUntil(lambda: window.actions.check_job is not None and
                    window.actions.check_job.done, timeout=15_000)
    return window


def actions_of(window: MainWindow) -> ReportActions:
    return report_actions(window)


def open_export(window: MainWindow) -> ExportDialog:
    dialog = actions_of(window).export()
    assert isinstance(dialog, ExportDialog)
    return dialog


def fill_and_export(qtbot: QtBot, dialog: ExportDialog, target: Path,
                    passphrase: str = PASSPHRASE) -> None:
    dialog.form.path_edit.setText(str(target))
    dialog.form.passphrase.setText(passphrase)
    job = dialog.start_export()
    assert job is not None
    with qtbot.waitSignal(job.ended, timeout=30_000):
        pass


# exporting -------------------------------------------------------------------------------------
def test_export_through_the_dialog_is_signed_shown_and_remembered(
        qtbot: QtBot, office_with_key: Installation, tmp_path: Path,
        opened: list[MainWindow], urls: list[QUrl]) -> None:
    some_work(office_with_key)
    usb = tmp_path / "usb"
    usb.mkdir()
    window = open_window(qtbot, office_with_key, opened)
    dialog = open_export(window)
    assert dialog.isVisible()
    form = dialog.form
    assert form.place_edit.text() == "Văn Yên"
    assert form.authority_combo.currentText() == "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
    assert form.authority_combo.count() >= 3  # KT. and TL. blocks offered as well
    assert "Sở Thông tin và Truyền thông (b/c);" in form.recipients_edit.toPlainText()
    assert Path(form.path_edit.text()).name == "BaoCao_VanYen_nam2024_so01.kh14"
    form.number_edit.setText("45/BC-UBND")
    form.signer_edit.setText("Hoàng Văn Minh")
    form.authority_combo.setCurrentText("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
    steps: list[str] = []
    dialog.relay.step.connect(lambda _percent, code: steps.append(code))
    target = usb / "BaoCao_VanYen_nam2024_so01.kh14"
    fill_and_export(qtbot, dialog, target)

    assert dialog.stack.currentIndex() == PAGE_RESULT
    assert steps[0] == "export.step.unlock" and steps[-1] == "export.step.done"
    outcome = verify_file(target)
    assert outcome.genuine and outcome.report is not None
    assert outcome.report.document.number == "45/BC-UBND"
    assert outcome.report.document.signer_name == "Hoàng Văn Minh"
    assert outcome.report.document.signer_authority == (
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    fingerprint = office_key_info(office_with_key).fingerprint
    view = dialog.result_view
    assert view.fingerprint.text().split() == fingerprint.split()
    assert view.fingerprint.text().count("\n") == 1  # two lines of four groups
    assert view.file_label.text() == str(target) and view.sequence_label.text() == "01"
    assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    view.open_pdf_button.click()
    view.open_folder_button.click()
    assert [Path(url.toLocalFile()) for url in urls] == [target.with_suffix(".pdf"), usb]
    [record] = list_exports(office_with_key.store)
    assert record.sequence == 1 and record.fingerprint == fingerprint
    page = actions_of(window).page
    assert page.history.rowCount() == 1 and page.history_view.isVisibleTo(page)
    view.close_button.click()
    assert not dialog.isVisible()

    again = open_export(window)
    assert again is not dialog
    assert again.form.signer_edit.text() == "Hoàng Văn Minh"
    assert again.form.number_edit.text() == "45/BC-UBND"
    assert again.form.authority_combo.currentText().endswith("PHÓ CHỦ TỊCH")
    assert Path(again.form.path_edit.text()) == usb / "BaoCao_VanYen_nam2024_so02.kh14"
    assert again.form.passphrase.text() == ""
    again.reject()


def test_a_wrong_passphrase_is_refused_and_writes_nothing(
        qtbot: QtBot, office_with_key: Installation, tmp_path: Path,
        opened: list[MainWindow]) -> None:
    window = open_window(qtbot, office_with_key, opened)
    backups = sorted(office_with_key.folder.backups.glob("*")) \
        if office_with_key.folder.backups.exists() else []
    dialog = open_export(window)
    dialog.form.signer_edit.setText("Hoàng Văn Minh")
    target = tmp_path / "bao-cao.kh14"
    fill_and_export(qtbot, dialog, target, passphrase="mật khẩu sai")

    form = dialog.form
    assert dialog.stack.currentIndex() != PAGE_RESULT and dialog.isVisible()
    assert form.passphrase_error.isVisible()
    assert "không đúng" in form.passphrase_error.text()
    assert form.passphrase.edit.hasSelectedText()
    assert form.passphrase.edit.selectedText() == "mật khẩu sai"
    assert form.isEnabled() and dialog.export_button.isEnabled()
    assert list(tmp_path.glob("bao-cao*")) == []
    assert list_exports(office_with_key.store) == []
    after = sorted(office_with_key.folder.backups.glob("*")) \
        if office_with_key.folder.backups.exists() else []
    assert after == backups  # not even a backup was taken
    assert remembered_options(office_with_key, period_choices(window.plan)[0]).signer_name == ""

    form.passphrase.edit.insert("x")  # typing again takes the message away
    assert not form.passphrase_error.isVisible()
    dialog.reject()


def test_an_empty_passphrase_or_a_missing_folder_is_said_where_it_is(
        qtbot: QtBot, office_with_key: Installation, tmp_path: Path,
        opened: list[MainWindow]) -> None:
    window = open_window(qtbot, office_with_key, opened)
    dialog = open_export(window)
    dialog.form.path_edit.setText(str(tmp_path / "bao-cao.kh14"))
    assert dialog.start_export() is None  # no passphrase: nothing starts
    assert dialog.form.passphrase_error.isVisible()
    fill_and_export(qtbot, dialog, tmp_path / "khong-co" / "bao-cao.kh14")
    assert dialog.error_label.isVisible() and "không tồn tại" in dialog.error_label.text()
    assert list_exports(office_with_key.store) == []
    dialog.reject()


def test_a_custom_period_is_exported_with_its_dates(
        qtbot: QtBot, office_with_key: Installation, tmp_path: Path,
        opened: list[MainWindow]) -> None:
    some_work(office_with_key)
    window = open_window(qtbot, office_with_key, opened)
    dialog = open_export(window)
    picker = dialog.form.period_picker
    assert not picker.start_edit.isVisible()
    picker.set_custom_range(dt.date(2024, 5, 31), dt.date(2024, 3, 1))
    assert picker.start_edit.isVisible() and picker.start_edit.displayFormat() == "dd/MM/yyyy"
    dialog.form.passphrase.setText(PASSPHRASE)
    assert dialog.start_export() is None  # reversed: said under the period
    assert dialog.form.period_error.isVisible() and "31/05/2024" in \
        dialog.form.period_error.text()
    picker.set_custom_range(dt.date(2024, 3, 1), dt.date(2024, 5, 31))
    assert not dialog.form.period_error.isVisible()
    suggested = Path(dialog.form.path_edit.text())
    assert suggested.name == "BaoCao_VanYen_20240301-20240531_so01.kh14"
    target = tmp_path / suggested.name
    fill_and_export(qtbot, dialog, target)
    outcome = verify_file(target)
    assert outcome.genuine and outcome.manifest is not None and outcome.report is not None
    assert (outcome.manifest.period.start, outcome.manifest.period.end) == (
        dt.date(2024, 3, 1), dt.date(2024, 5, 31))
    titles = [a.title for task in outcome.report.tasks for a in task.activities]
    assert titles == ["Hội nghị quán triệt"]  # the September activity lies outside
    dialog.accept()


def test_a_draft_pdf_from_the_page_and_from_the_dialog(
        qtbot: QtBot, office_with_key: Installation, tmp_path: Path,
        opened: list[MainWindow], urls: list[QUrl]) -> None:
    window = open_window(qtbot, office_with_key, opened)
    actions = actions_of(window)
    draft = tmp_path / "du-thao.pdf"
    job = actions.save_draft(draft)
    assert job is not None
    with qtbot.waitSignal(job.ended, timeout=30_000):
        pass
    assert draft.read_bytes().startswith(b"%PDF")
    bar = actions.page.draft_bar
    assert bar.isVisible() and "du-thao.pdf" in bar.label.text()
    bar.open_button.click()
    assert Path(urls[-1].toLocalFile()) == draft
    assert list_exports(office_with_key.store) == []
    suggested = actions.drafts().suggested_path(remembered_options(
        office_with_key, period_choices(window.plan)[0]))
    assert suggested.name == "DuThao_VanYen_nam2024.pdf"

    dialog = open_export(window)
    dialog.form.signer_edit.setText("Hoàng Văn Minh")
    second = tmp_path / "du-thao-2.pdf"
    job = dialog.save_draft(second)
    assert job is not None
    with qtbot.waitSignal(job.ended, timeout=30_000):
        pass
    assert second.read_bytes().startswith(b"%PDF") and dialog.draft_bar.isVisible()
    assert list_exports(office_with_key.store) == []
    dialog.reject()


# the report page -------------------------------------------------------------------------------
def test_the_report_page_previews_the_period_and_lists_exports(
        qtbot: QtBot, office_with_key: Installation, tmp_path: Path,
        opened: list[MainWindow]) -> None:
    some_work(office_with_key)
    window = open_window(qtbot, office_with_key, opened)
    actions = actions_of(window)
    page = actions.page
    shortcuts = [button.shortcut().toString() for button in window.nav_group.buttons()]
    assert len(set(shortcuts)) == len(shortcuts)
    assert actions.page_button.shortcut() == QKeySequence("Ctrl+4")
    assert actions.export_action.shortcut() == QKeySequence("Ctrl+E")
    actions.page_button.click()
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.preview is not None)
    assert page.preview is not None and page.preview.activity_count == 2
    assert "<b>13</b>" in page.summary_label.text()
    warnings = page.warnings_label.text()
    assert "task:II.2" in warnings  # in progress, no result written
    assert "task:II.3.4" in warnings  # not started
    assert page.totals.total_of("participants") == 120
    assert page.history_empty.isVisible() and not page.history_view.isVisible()
    assert "Ctrl+E" in page.history_empty.text()
    assert not page.key_banner.isVisible()

    page.period_picker.set_custom_range(dt.date(2024, 9, 1), dt.date(2024, 9, 30))
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.activity_count == 1)
    assert page.totals.total_of("web-posts") == 12

    page.warnings_label.linkActivated.emit("task:II.2")
    assert window.current_page() is window.task_page

    export_report(office_with_key, remembered_options(office_with_key, page.preview.period),
                  tmp_path / "a.kh14", PASSPHRASE)
    actions.exported.emit(None)
    assert page.history.rowCount() == 1
    assert page.history.index(0, 1).data().startswith("từ ngày 01/09/2024")


def test_the_overview_last_step_and_ctrl_e_open_the_export(
        qtbot: QtBot, office_with_key: Installation, opened: list[MainWindow]) -> None:
    window = open_window(qtbot, office_with_key, opened)
    window.overview_page.report_requested.emit()
    actions = actions_of(window)
    dialog = actions.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert window.current_page() is actions.page
    assert actions.export() is dialog  # one export dialog at a time
    dialog.reject()
    qtbot.waitUntil(lambda: actions.export_dialog is None)
    window.show_page(window.task_page)
    window.task_page.search.setFocus()
    qtbot.keyClick(window.task_page.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(actions.export_dialog, ExportDialog)
    assert window.current_page() is actions.page
    actions.export_dialog.reject()
    assert actions.draft_action.shortcut() == QKeySequence("Ctrl+Shift+E")


def test_without_a_key_the_export_leads_to_making_one(
        qtbot: QtBot, installation: Installation, opened: list[MainWindow]) -> None:
    window = open_window(qtbot, installation, opened)
    actions = actions_of(window)
    window.show_page(actions.page)
    assert actions.page.key_banner.isVisible()
    dialog = actions.export()
    assert isinstance(dialog, KeyDialog)
    assert dialog.create_button.isVisible() and not dialog.fingerprint.isVisible()
    dialog.create_button.click()
    assert dialog.stack.currentIndex() == PAGE_CREATE
    dialog.new_form.first.setText("ngắn")
    dialog.new_form.second.setText("ngắn")
    assert dialog.create_key() is None and "ít nhất 6" in dialog.new_form.problem_label.text()
    dialog.new_form.first.setText("mật khẩu mới")
    dialog.new_form.second.setText("mật khẩu mới")
    job = dialog.create_key()
    assert job is not None
    with qtbot.waitSignal(job.ended, timeout=30_000):
        pass
    assert has_office_key(installation)
    assert dialog.stack.currentIndex() == PAGE_VIEW
    assert dialog.fingerprint.fingerprint == office_key_info(installation).fingerprint
    assert not actions.page.key_banner.isVisible()
    unlock_office_key(installation, "mật khẩu mới").wipe()
    dialog.accept()


# the signing key -------------------------------------------------------------------------------
def test_the_key_dialog_shows_the_fingerprint_saves_the_public_key_and_rotates(
        qtbot: QtBot, office_with_key: Installation, tmp_path: Path,
        opened: list[MainWindow]) -> None:
    window = open_window(qtbot, office_with_key, opened)
    info = office_key_info(office_with_key)
    dialog = actions_of(window).show_key()
    assert dialog.fingerprint.text().split() == info.fingerprint.split()
    assert len(dialog.fingerprint.text().split()) == 8
    assert dialog.key_id_label.text() == info.key_id
    assert not dialog.create_button.isVisible()

    public = dialog.save_public_key(tmp_path / dialog.public_key_name())
    assert public is not None and public.read_text(encoding="utf-8").startswith("untrusted comment")
    assert public.name == f"KhoaCongKhai_VanYen_{info.key_id}.pub"

    dialog.rotate_button.click()
    assert dialog.stack.currentIndex() == PAGE_ROTATE
    dialog.old_passphrase.setText("không phải")
    dialog.rotate_form.first.setText("mật khẩu thứ hai")
    dialog.rotate_form.second.setText("mật khẩu thứ hai")
    job = dialog.rotate_key()
    assert job is not None
    with qtbot.waitSignal(job.ended, timeout=30_000):
        pass
    assert dialog.rotate_error.isVisible() and "không đúng" in dialog.rotate_error.text()
    assert dialog.old_passphrase.edit.hasSelectedText()
    assert office_key_info(office_with_key).fingerprint == info.fingerprint

    dialog.old_passphrase.setText(PASSPHRASE)
    job = dialog.rotate_key()
    assert job is not None
    with qtbot.waitSignal(job.ended, timeout=30_000):
        pass
    new = office_key_info(office_with_key)
    assert new.fingerprint != info.fingerprint
    assert dialog.stack.currentIndex() == PAGE_VIEW
    assert dialog.fingerprint.fingerprint == new.fingerprint
    assert new.fingerprint in dialog.notice_label.text()
    assert "khóa cũ" in dialog.status_label.text()  # the change goes with the next report
    assert pending_rotation(office_with_key.folder.keys) is not None
    unlock_office_key(office_with_key, "mật khẩu thứ hai").wipe()
    dialog.accept()


def test_passphrase_strength_is_a_hint() -> None:
    assert passphrase_strength("abc") == 0
    assert passphrase_strength("aaaaaaa") == 1
    assert passphrase_strength("vanyen") == 1
    assert passphrase_strength("vanyen24") == 2
    assert passphrase_strength("mật khẩu thử") == 3


# verifying files -------------------------------------------------------------------------------
def test_verifying_a_good_and_a_tampered_file(
        qtbot: QtBot, office_with_key: Installation, tmp_path: Path,
        opened: list[MainWindow]) -> None:
    good = tmp_path / "good.kh14"
    export_report(office_with_key, remembered_options(
        office_with_key, period_choices(office_with_key.plan())[0]), good, PASSPHRASE)
    tampered = tmp_path / "tampered.kh14"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "report.json":  # changed after it was signed
                data = data.replace("Văn Yên".encode(), "Văn Chấn".encode())
                assert "Văn Chấn".encode() in data
            target.writestr(item, data)
    window = open_window(qtbot, office_with_key, opened)
    window.open_files([good, tampered])  # as when .kh14 files are double-clicked
    dialog = actions_of(window).verify_dialog
    assert isinstance(dialog, VerifyDialog) and dialog.isVisible()
    assert dialog.job is not None
    with qtbot.waitSignal(dialog.job.ended, timeout=30_000):
        pass
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, COL_VERDICT).data() == "✔ Hợp lệ"
    assert "(khóa của máy này)" in model.index(0, COL_FINGERPRINT).data()
    assert model.index(0, COL_REASON).data() == ""
    assert model.index(1, COL_VERDICT).data() == "✘ Không hợp lệ"
    assert model.index(1, COL_REASON).data()
    assert dialog.detail_fingerprint.fingerprint == office_key_info(office_with_key).fingerprint
    dialog.table.selectRow(1)
    assert dialog.detail_text.text() == model.index(1, COL_REASON).data()

    window.open_files([good])  # the same file again: its row is refreshed, not doubled
    assert actions_of(window).verify_dialog is dialog
    assert dialog.job is not None
    with qtbot.waitSignal(dialog.job.ended, timeout=30_000):
        pass
    assert model.rowCount() == 2
    dialog.accept()


# the first run ---------------------------------------------------------------------------------
def test_the_wizard_makes_the_key_with_the_chosen_passphrase(
        qtbot: QtBot, data_dir: Path) -> None:
    with Installation.open(data_dir) as installation:
        wizard = SetupWizard(installation)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.keyClicks(wizard.unit_page.search, "van yen")
        wizard.next()
        page = wizard.key_page
        assert wizard.currentPage() is page
        assert "không thể khôi phục" in page.findChildren(type(page.form.strength))[0].text()
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        page.form.first.setText("12345")
        page.form.second.setText("12345")
        assert not next_button.isEnabled() and "ít nhất 6" in page.form.problem_label.text()
        page.form.first.setText("mật khẩu huyện")
        page.form.second.setText("mật khẩu huyen")
        assert not next_button.isEnabled()
        assert "chưa giống" in page.form.problem_label.text()
        assert page.form.strength.text().startswith("Độ mạnh")
        page.form.second.setText("mật khẩu huyện")
        assert next_button.isEnabled()
        wizard.next()
        assert wizard.currentPage() is wizard.confirm_page
        commit = wizard.button(QWizard.WizardButton.CommitButton)
        assert commit.isVisible() and commit.text() == "Lưu và tạo khóa ký"
        commit.click()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=30_000)
        assert installation.profile() is not None
        fingerprint = office_key_info(installation).fingerprint
        assert wizard.done_page.fingerprint.fingerprint == fingerprint
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        unlock_office_key(installation, "mật khẩu huyện").wipe()
        wizard.accept()
        assert wizard.result() == 1


def test_the_wizard_keeps_a_key_that_exists(qtbot: QtBot, office_with_key: Installation,
                                            data_dir: Path) -> None:
    office_with_key.close()
    with Installation.open(data_dir) as installation:
        before = office_key_info(installation).fingerprint
        wizard = SetupWizard(installation)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.keyClicks(wizard.unit_page.search, "tran yen")
        wizard.next()
        assert wizard.currentPage() is wizard.confirm_page  # no passphrase page
        assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Lưu"
        wizard.next()
        assert wizard.currentPage() is wizard.done_page
        assert wizard.done_page.fingerprint.fingerprint == before
        wizard.accept()
        profile = installation.profile()
        assert profile is not None and profile.unit_id == "h-tran-yen"


# fitting an old screen -------------------------------------------------------------------------
def test_the_window_and_the_dialogs_fit_an_old_office_screen(
        qtbot: QtBot, office_with_key: Installation, data_dir: Path,
        opened: list[MainWindow]) -> None:
    window = open_window(qtbot, office_with_key, opened)
    actions = actions_of(window)
    window.show_page(actions.page)
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1]
    export = open_export(window)
    export.form.set_message(export.form.passphrase_error, "Mật khẩu khóa ký không đúng. Hãy "
                            "gõ lại (chú ý bộ gõ tiếng Việt và phím Caps Lock).")
    export.form.set_message(export.form.path_note, "Đã có tệp này")
    key = actions.show_key()
    verify = actions.verify([])
    wizard = SetupWizard(office_with_key)
    qtbot.addWidget(wizard)
    wizard.show()
    for dialog in (export, key, verify, wizard):
        QApplication.processEvents()
        size = dialog.size()
        assert size.width() <= SCREEN[0] and size.height() <= SCREEN[1], (dialog, size)
        minimum = dialog.minimumSizeHint()
        assert minimum.width() <= SCREEN[0] and minimum.height() <= SCREEN[1], dialog
    for dialog in (export, key, verify):
        dialog.done(0)
    wizard.reject()


def test_file_names_are_plain_ascii(office_with_key: Installation) -> None:
    plan = office_with_key.plan()
    assert ascii_words("Sở TT&TT") == "SoTTTT"
    assert ascii_words("Mù Cang Chải") == "MuCangChai"
    assert ascii_words("Đài PT-TH") == "DaiPTTH"
    choices = {choice.key: choice for choice in period_choices(plan)}
    unit = office_with_key.unit()
    assert suggested_name(unit, choices["q3"], 3) == "BaoCao_VanYen_quy3_2024_so03.kh14"
    assert suggested_name(unit, choices["h1"], 12) == "BaoCao_VanYen_6thang_2024_so12.kh14"
    assert suggested_name(unit, choices["year"], None, ".pdf", "DuThao") == \
        "DuThao_VanYen_nam2024.pdf"
