"""Office work through the real widgets: progress, activities, evidence, search, overview."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from kh14_desktop.domain.progress import Status
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.store.attachments import MAX_EVIDENCE_BYTES
from kh14_desktop.ui.activity_dialog import LAST_FOLDER_SETTING, ActivityDialog
from kh14_desktop.ui.activity_model import COL_EVIDENCE, COL_TITLE, PROBLEM_ROLE
from kh14_desktop.ui.figures_model import COL_TOTAL, TOTAL_ROLE
from kh14_desktop.ui.i18n import install_language
from kh14_desktop.ui.main_window import MainWindow
from kh14_desktop.ui.overview_page import StepKind
from kh14_desktop.ui.task_model import COL_CODE, COL_STATUS
from kh14_desktop.ui.task_page import TAB_ACTIVITIES, TAB_RESULT

TODAY = dt.date(2024, 10, 1)


@pytest.fixture(autouse=True)
def vietnamese(qapp: QApplication) -> Iterator[None]:
    install_language("vi")
    yield
    install_language("vi")


@pytest.fixture
def opened(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    """Windows opened by a test; each is closed (and its jobs waited for) at the end."""
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.runner.shutdown()


def open_window(qtbot: QtBot, installation: Installation,
                opened: list[MainWindow]) -> MainWindow:
    window = MainWindow(installation, clock=TODAY)
    qtbot.addWidget(window)
    window.show()
    opened.append(window)
    # the evidence check started with the window: let it finish before anything is asserted
    qtbot.waitUntil(lambda: window.actions.check_job is not None and
                    window.actions.check_job.done, timeout=15_000)
    return window


def add_through_dialog(qtbot: QtBot, dialog: ActivityDialog, title: str,
                       figures: dict[str, int] | None = None,
                       files: list[Path] | None = None,
                       day: dt.date | None = None) -> None:
    if day is not None:
        dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.title_edit.setText(title)
    for key, value in (figures or {}).items():
        dialog.figure_spins[key].setValue(value)
    if files:
        assert dialog.add_files(files) == []
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def task_codes(window: MainWindow) -> list[str]:
    proxy = window.task_page.proxy
    return [proxy.index(row, COL_CODE).data() for row in range(proxy.rowCount())]


def totals_of(model: object) -> dict[str, int]:
    from kh14_desktop.ui.figures_model import INDICATOR_ROLE, IndicatorTotalsModel

    assert isinstance(model, IndicatorTotalsModel)
    return {model.index(row, 0).data(INDICATOR_ROLE).key: model.index(row, 0).data(TOTAL_ROLE)
            for row in range(model.rowCount())}


# the acceptance scenario ------------------------------------------------------------------------
def test_record_close_reopen_and_find_everything(qtbot: QtBot, data_dir: Path, tmp_path: Path,
                                                 opened: list[MainWindow]) -> None:
    minutes = tmp_path / "Biên bản tập huấn.pdf"
    minutes.write_bytes(b"%PDF-1.4 bien ban " * 1000)
    installation = Installation.open(data_dir)
    installation.setup("h-van-yen")
    window = open_window(qtbot, installation, opened)
    assert window.current_page() is window.overview_page  # the overview comes first

    page = window.task_page
    window.show_page(page)
    assert page.select_task("II.6")
    page.tabs.setCurrentIndex(TAB_RESULT)
    page.editor.status.setCurrentIndex(1)  # đang triển khai
    page.editor.result.setFocus()
    page.editor.result.insertPlainText("Cử 8 cán bộ dự lớp tập huấn của Sở.")
    page.editor.difficulties.insertPlainText("Kinh phí còn hạn chế.")
    page.editor.proposals.insertPlainText("Đề nghị tổ chức thêm lớp ở cấp xã.")
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of("II.6"), COL_STATUS))
    assert row.data() == "Đang triển khai"  # the table follows the editor at once

    dialog = window.new_activity()
    assert isinstance(dialog, ActivityDialog)
    assert page.tabs.currentIndex() == TAB_ACTIVITIES
    assert not dialog.task_combo.isEnabled() and dialog.task_combo.currentData() == "II.6"
    assert dialog.date_edit.date() == QDate(2024, 10, 1)  # today, inside the plan's year
    assert dialog.date_edit.displayFormat() == "dd/MM/yyyy"
    assert dialog.date_edit.calendarPopup()
    assert dialog.date_edit.minimumDate() == QDate(2024, 1, 1)
    assert set(dialog.figure_spins) == {"trainings", "trainees"}
    assert dialog.figure_spins["trainees"].maximum() >= 1_000_000_000
    add_through_dialog(qtbot, dialog, "Tập huấn kỹ năng truyền thông chính sách",
                       {"trainings": 1, "trainees": 86}, [minutes], dt.date(2024, 5, 14))
    qtbot.waitUntil(lambda: page.activities.model.total == 1)
    assert page.tabs.tabText(TAB_ACTIVITIES) == "Hoạt động (1)"
    assert totals_of(page.activities.totals) == {"trainings": 1, "trainees": 86}

    window.close()  # mid-edit: the texts were typed a moment ago
    installation.close()

    installation = Installation.open(data_dir)
    again = open_window(qtbot, installation, opened)
    assert again.overview_page.status_cards[Status.IN_PROGRESS].number.text() == "1"
    assert totals_of(again.overview_page.totals)["trainees"] == 86
    page = again.task_page
    again.open_task("II.6")
    assert page.editor.status.currentData() == Status.IN_PROGRESS.value
    assert page.editor.result.toPlainText() == "Cử 8 cán bộ dự lớp tập huấn của Sở."
    assert page.editor.difficulties.toPlainText() == "Kinh phí còn hạn chế."
    assert page.editor.proposals.toPlainText() == "Đề nghị tổ chức thêm lớp ở cấp xã."
    assert page.editor.saved_label.text().startswith("Đã lưu lúc")
    assert page.tabs.tabText(TAB_ACTIVITIES) == "Hoạt động (1)"  # counted, not yet read
    page.tabs.setCurrentIndex(TAB_ACTIVITIES)
    activities = page.activities.model
    assert activities.total == 1
    activity = activities.activity_at(0)
    assert activity.title == "Tập huấn kỹ năng truyền thông chính sách"
    assert activity.day == dt.date(2024, 5, 14)
    assert dict(activity.figures) == {"trainings": 1, "trainees": 86}
    assert [e.original_name for e in activity.evidence] == ["Biên bản tập huấn.pdf"]
    stored = OfficeWork(installation).evidence_path(activity.evidence[0])
    assert stored.read_bytes() == minutes.read_bytes()
    assert activities.index(0, COL_EVIDENCE).data() == "1 tệp"
    # and found again by searching, without accents
    again.show_page(again.activities_page)
    qtbot.keyClicks(again.activities_page.search, "tap huan ky nang")
    qtbot.waitUntil(lambda: again.activities_page.model.search == "tap huan ky nang")
    assert again.activities_page.model.total == 1
    again.close()
    installation.close()


def test_closing_mid_edit_loses_nothing(qtbot: QtBot, installation: Installation,
                                        opened: list[MainWindow]) -> None:
    window = open_window(qtbot, installation, opened)
    window.open_task("II.1")
    editor = window.task_page.editor
    qtbot.keyClicks(editor.result, "Da to chuc hoi nghi")
    assert editor.dirty and editor.timer.isActive()  # not yet written: typing goes on
    window.close()
    progress = OfficeWork(installation).progress("II.1")
    assert progress.result == "Da to chuc hoi nghi"


def test_typing_saves_itself_after_a_pause(qtbot: QtBot, installation: Installation,
                                           opened: list[MainWindow]) -> None:
    window = open_window(qtbot, installation, opened)
    window.open_task("II.2")
    editor = window.task_page.editor
    assert editor.saved_label.text() == "Chưa ghi lần nào"
    qtbot.keyClicks(editor.proposals, "De nghi ho tro kinh phi")
    assert editor.saved_label.text() == "Sắp tự lưu…"
    with qtbot.waitSignal(editor.saved, timeout=3000):
        pass
    assert OfficeWork(installation).progress("II.2").proposals == "De nghi ho tro kinh phi"
    assert editor.saved_label.text().startswith("Đã lưu lúc")


def test_switching_task_saves_the_one_left(qtbot: QtBot, installation: Installation,
                                           opened: list[MainWindow]) -> None:
    window = open_window(qtbot, installation, opened)
    window.open_task("II.1")
    qtbot.keyClicks(window.task_page.editor.difficulties, "Thieu kinh phi")
    window.task_page.select_task("II.2")
    assert OfficeWork(installation).progress("II.1").difficulties == "Thieu kinh phi"
    assert window.task_page.editor.difficulties.toPlainText() == ""


def test_a_failed_save_says_why_and_keeps_the_text(qtbot: QtBot, installation: Installation,
                                                   opened: list[MainWindow]) -> None:
    window = open_window(qtbot, installation, opened)
    window.open_task("II.1")
    editor = window.task_page.editor
    too_long = "x" * 50_001
    editor.result.setPlainText(too_long)
    assert not editor.save_now()
    assert editor.error_label.isVisible() and "quá dài" in editor.error_label.text()
    assert editor.result.toPlainText() == too_long and editor.dirty
    assert OfficeWork(installation).progress("II.1").updated_at is None
    window.task_page.select_task("II.2")  # refused: the text would be lost
    assert window.task_page.current_task().task.code == "II.1"  # type: ignore[union-attr]
    editor.result.setPlainText("Ngắn gọn")
    assert editor.save_now() and not editor.error_label.isVisible()


def test_a_conditional_task_offers_did_not_arise(qtbot: QtBot, data_dir: Path,
                                                 opened: list[MainWindow]) -> None:
    with Installation.open(data_dir) as installation:
        installation.setup("so-noi-vu")
        window = open_window(qtbot, installation, opened)
        window.open_task("II.3.5")
        editor = window.task_page.editor
        assert editor.not_applicable.isVisible() and editor.condition_hint.isVisible()
        qtbot.mouseClick(editor.not_applicable, Qt.MouseButton.LeftButton)
        assert OfficeWork(installation).progress("II.3.5").status is Status.NOT_APPLICABLE
        assert not editor.not_applicable.isEnabled()
        window.open_task("II.1")
        assert not editor.not_applicable.isVisible()
        window.close()


# activities -------------------------------------------------------------------------------------
def test_delete_then_undo(qtbot: QtBot, installation: Installation, tmp_path: Path,
                          opened: list[MainWindow]) -> None:
    scan = tmp_path / "anh.jpg"
    scan.write_bytes(b"jpeg")
    work = OfficeWork(installation)
    kept = work.add_activity("II.6", dt.date(2024, 4, 1), "Lớp 1", figures={"trainees": 30})
    gone = work.add_activity("II.6", dt.date(2024, 6, 1), "Lớp 2", figures={"trainees": 40},
                             attachments=[scan])
    window = open_window(qtbot, installation, opened)
    window.open_task("II.6", activities=True)
    tab = window.task_page.activities
    assert tab.table.select_activity(gone.id)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert work.count_activities("II.6") == 1 and tab.model.total == 1
    assert window.undo_bar.isVisible() and "Lớp 2" in window.undo_bar.label.text()
    assert totals_of(tab.totals) == {"trainings": 0, "trainees": 30}
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert work.activity(gone.id) == gone
    assert tab.model.total == 2 and not window.undo_bar.isVisible()
    assert totals_of(tab.totals)["trainees"] == 70
    # the button does the same
    tab.table.select_activity(kept.id)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert work.activity(kept.id) == kept


def test_enter_opens_and_saving_changes_the_activity(qtbot: QtBot, installation: Installation,
                                                      opened: list[MainWindow]) -> None:
    work = OfficeWork(installation)
    activity = work.add_activity("II.1", dt.date(2024, 3, 1), "Hội nghị", figures={"events": 1})
    window = open_window(qtbot, installation, opened)
    window.open_task("II.1", activities=True)
    table = window.task_page.activities.table
    table.select_activity(activity.id)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = window.actions.dialog
    assert dialog is not None and dialog.windowTitle() == "Sửa hoạt động"
    assert dialog.title_edit.text() == "Hội nghị" and dialog.figure_spins["events"].value() == 1
    dialog.figure_spins["participants"].setValue(150)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert work.activity(activity.id).figures == {"events": 1, "participants": 150}
    assert "150 lượt người" in table.model().index(0, 3).data()


def test_mistakes_are_shown_in_the_dialog_and_nothing_is_lost(
        qtbot: QtBot, installation: Installation, opened: list[MainWindow]) -> None:
    window = open_window(qtbot, installation, opened)
    window.open_task("II.6")
    dialog = window.new_activity()
    assert isinstance(dialog, ActivityDialog)
    dialog.figure_spins["trainees"].setValue(25)
    dialog.description_edit.setPlainText("Mô tả dài")
    assert dialog.save() is None  # no title
    assert dialog.error_label.isVisible() and "tên hoạt động" in dialog.error_label.text()
    assert dialog.isVisible() and dialog.description_edit.toPlainText() == "Mô tả dài"
    assert dialog.figure_spins["trainees"].value() == 25
    assert OfficeWork(installation).count_activities() == 0
    dialog.done(0)


def test_too_large_or_unreadable_evidence_is_refused(qtbot: QtBot, installation: Installation,
                                                     tmp_path: Path,
                                                     opened: list[MainWindow]) -> None:
    huge = tmp_path / "video-hoi-nghi.mp4"
    with huge.open("wb") as stream:  # sparse: large on paper, instant to make
        stream.truncate(MAX_EVIDENCE_BYTES + 1)
    window = open_window(qtbot, installation, opened)
    window.open_task("II.6")
    dialog = window.new_activity()
    assert isinstance(dialog, ActivityDialog)
    problems = dialog.add_files([huge, tmp_path / "khong-co.pdf"])
    assert len(problems) == 2
    text = dialog.error_label.text()
    assert "video-hoi-nghi.mp4" in text and "quá lớn" in text and "50.0 MB" in text
    assert "không phải là một tệp" in text
    assert dialog.evidence_model.rowCount() == 0

    # a file that was fine when chosen but grew past the limit (or vanished) before saving
    growing = tmp_path / "bao-cao.pdf"
    growing.write_bytes(b"%PDF small")
    assert dialog.add_files([growing]) == [] and not dialog.error_label.isVisible()
    with growing.open("r+b") as stream:
        stream.truncate(MAX_EVIDENCE_BYTES + 10)
    dialog.title_edit.setText("Tập huấn")
    job = dialog.save()
    assert job is not None
    with qtbot.waitSignal(job.failed):
        pass
    assert dialog.isVisible() and "quá lớn" in dialog.error_label.text()
    assert dialog.title_edit.text() == "Tập huấn" and dialog.save_button.isEnabled()
    assert OfficeWork(installation).count_activities() == 0
    stored = installation.folder.attachments
    assert not stored.exists() or not [p for p in stored.rglob("*") if p.is_file()]
    dialog.done(0)


def test_stored_files_that_went_missing_or_changed_are_flagged(
        qtbot: QtBot, installation: Installation, tmp_path: Path, opened: list[MainWindow],
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url))
    files = []
    for name, content in (("giu-nguyen.pdf", b"intact"), ("bi-xoa.pdf", b"deleted"),
                          ("bi-sua.pdf", b"altered")):
        files.append(tmp_path / name)
        files[-1].write_bytes(content)
    work = OfficeWork(installation)
    activity = work.add_activity("II.1", dt.date(2024, 3, 1), "Hội nghị", attachments=files)
    by_name = {e.original_name: e for e in activity.evidence}
    work.files.path_of(by_name["bi-xoa.pdf"].sha256).unlink()
    work.files.path_of(by_name["bi-sua.pdf"].sha256).write_bytes(b"changed on disk")

    window = open_window(qtbot, installation, opened)  # waits for the check it starts
    page = window.activities_page
    window.show_page(page)
    assert len(page.model.index(0, 0).data(PROBLEM_ROLE)) == 2
    assert page.model.index(0, COL_EVIDENCE).data() == "⚠ 2/3 tệp lỗi"
    assert page.problems_label.isVisible() and "2" in page.problems_label.text()
    assert "⚠ 2" in window.statusBar().currentMessage()

    page.table.select_activity(activity.id)
    page.edit_current()
    dialog = window.actions.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.check_job.done)
    rows = [dialog.evidence_model.index(r).data() for r in range(3)]
    assert rows[0].startswith("giu-nguyen.pdf") and "⚠" not in rows[0]
    assert "thiếu" in rows[1] and "thay đổi" in rows[2]

    dialog.evidence_view.setCurrentIndex(dialog.evidence_model.index(2))
    job = dialog.open_selected()
    assert job is not None
    with qtbot.waitSignal(job.failed):
        pass
    assert "đã bị thay đổi" in dialog.error_label.text() and opened_urls == []

    dialog.evidence_view.setCurrentIndex(dialog.evidence_model.index(0))
    job = dialog.open_selected()
    assert job is not None
    with qtbot.waitSignal(job.finished):
        pass
    assert len(opened_urls) == 1
    copy = Path(opened_urls[0].toLocalFile())
    assert copy.name == "giu-nguyen.pdf" and copy.read_bytes() == b"intact"
    dialog.done(0)


def test_files_can_be_dropped_and_the_folder_is_remembered(
        qtbot: QtBot, installation: Installation, tmp_path: Path,
        opened: list[MainWindow]) -> None:
    folder = tmp_path / "minh-chung"
    folder.mkdir()
    photo = folder / "anh-hoi-nghi.jpg"
    photo.write_bytes(b"jpeg")
    window = open_window(qtbot, installation, opened)
    window.open_task("II.1")
    dialog = window.new_activity()
    assert isinstance(dialog, ActivityDialog)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.evidence_view.dropEvent(drop)
    assert dialog.evidence_model.new_paths() == [photo]
    assert installation.store.setting(LAST_FOLDER_SETTING) == str(folder)
    chooser = dialog.file_dialog()
    assert Path(chooser.directory().absolutePath()) == folder
    assert chooser.labelText(QFileDialog.DialogLabel.Accept) == "Chọn"
    assert chooser.labelText(QFileDialog.DialogLabel.FileName) == "Tên tệp:"
    assert chooser.fileMode() == QFileDialog.FileMode.ExistingFiles
    chooser.deleteLater()
    dialog.evidence_view.setCurrentIndex(dialog.evidence_model.index(0))
    dialog.remove_selected()
    assert dialog.evidence_model.rowCount() == 0
    dialog._changed = False  # nothing to ask about on the way out
    dialog.reject()


# finding things ---------------------------------------------------------------------------------
def test_dao_tao_finds_the_training_task_and_its_activities(
        qtbot: QtBot, installation: Installation, opened: list[MainWindow]) -> None:
    work = OfficeWork(installation)
    work.add_activity("II.6", dt.date(2024, 5, 1), "Lớp đào tạo kỹ năng số")
    work.add_activity("II.1", dt.date(2024, 5, 2), "Hội nghị quán triệt")
    window = open_window(qtbot, installation, opened)
    window.find_action.trigger()  # Ctrl+F on the overview goes to the task search
    assert window.current_page() is window.task_page
    qtbot.keyClicks(window.task_page.search, "dao tao")
    assert task_codes(window) == ["II.6"]

    window.show_page(window.activities_page)
    window.find_action.trigger()
    page = window.activities_page
    assert page.search.hasFocus() or QApplication.focusWidget() is page.search
    page.search.insert("Đào tạo")
    page.search.returnPressed.emit()
    assert page.model.total == 1
    assert page.model.index(0, COL_TITLE).data() == "Lớp đào tạo kỹ năng số"
    page.search.clear()
    qtbot.keyClicks(page.search, "hoi nghi")
    qtbot.waitUntil(lambda: page.model.search == "hoi nghi")
    assert page.model.total == 1
    page.task_filter.setCurrentIndex(page.task_filter.findData("II.6"))
    assert page.model.total == 0 and page.empty_label.isVisible()


def test_filter_tasks_by_status(qtbot: QtBot, installation: Installation,
                                opened: list[MainWindow]) -> None:
    OfficeWork(installation).save_progress("II.2", Status.DONE)
    window = open_window(qtbot, installation, opened)
    window.overview_page.status_cards[Status.DONE].clicked.emit()
    assert window.current_page() is window.task_page
    assert task_codes(window) == ["II.2"]


def test_the_activities_page_fetches_as_it_scrolls(qtbot: QtBot, installation: Installation,
                                                   opened: list[MainWindow]) -> None:
    work = OfficeWork(installation)
    with installation.store.transaction() as db:
        db["activities"].insert_all(
            {"task_code": "II.1", "day": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}",
             "title": f"Tin bài số {n}", "description": "", "search_text": f"tin bai so {n}",
             "created_at": "2024-01-01T00:00:00+00:00",
             "updated_at": "2024-01-01T00:00:00+00:00"} for n in range(700))
    window = open_window(qtbot, installation, opened)
    page = window.activities_page
    window.show_page(page)
    assert page.model.total == 700 and page.model.loaded < 700
    assert "700" in page.count_label.text()
    while page.model.canFetchMore():
        page.table.scrollToBottom()
        QApplication.processEvents()
    assert page.model.loaded == 700
    assert work.count_activities() == 700


# the overview -----------------------------------------------------------------------------------
def test_overview_totals_are_the_sums_of_the_activities(qtbot: QtBot, installation: Installation,
                                                        opened: list[MainWindow]) -> None:
    work = OfficeWork(installation)
    work.add_activity("II.1", dt.date(2024, 2, 1), "Hội nghị 1",
                      figures={"events": 1, "participants": 120, "articles": 2})
    work.add_activity("II.1", dt.date(2024, 3, 1), "Hội nghị 2",
                      figures={"events": 2, "participants": 95})
    work.add_activity("II.6", dt.date(2024, 5, 1), "Tập huấn", figures={"trainees": 40})
    work.add_activity("IV.8", dt.date(2024, 6, 1), "Phóng sự", figures={"articles": 5})
    work.save_progress("II.1", Status.DONE)
    window = open_window(qtbot, installation, opened)
    overview = window.overview_page
    expected: dict[str, int] = {}
    for activity in work.activities():
        for key, value in activity.figures.items():
            expected[key] = expected.get(key, 0) + value
    shown = {key: value for key, value in totals_of(overview.totals).items() if value}
    assert shown == expected == {"events": 3, "participants": 215, "articles": 7,
                                 "trainees": 40}
    assert overview.activities_card.number.text() == "4"
    assert overview.status_cards[Status.DONE].number.text() == "1"
    assert overview.status_cards[Status.NOT_STARTED].number.text() == "12"
    assert overview.deadline_card.number.text() == "50"
    untouched = [overview.untouched.task_at(r).task.code
                 for r in range(overview.untouched.rowCount())]
    assert "II.1" not in untouched and "II.6" not in untouched and len(untouched) == 10
    assert overview.step is not None and overview.step.kind is StepKind.RESULT
    assert overview.step_button.text() == "Ghi kết quả nhiệm vụ II.2"

    # a change anywhere shows at once
    window.open_task("II.6", activities=True)
    dialog = window.new_activity()
    assert isinstance(dialog, ActivityDialog)
    add_through_dialog(qtbot, dialog, "Tập huấn lần 2", {"trainees": 60})
    window.show_page(overview)
    assert totals_of(overview.totals)["trainees"] == 100
    assert overview.totals.index(
        overview.totals.rowCount() - 1, COL_TOTAL).data() is not None

    # a task with no activity opens on its Activities tab
    overview.untouched_view.setCurrentIndex(overview.untouched.index(0, 0))
    overview.untouched_view.clicked.emit(overview.untouched.index(0, 0))
    assert window.current_page() is window.task_page
    assert window.task_page.tabs.currentIndex() == TAB_ACTIVITIES
    assert window.task_page.current_task().task.code == untouched[0]  # type: ignore[union-attr]

    # the next step opens the task to record
    window.show_page(overview)
    qtbot.mouseClick(overview.step_button, Qt.MouseButton.LeftButton)
    assert window.task_page.current_task().task.code == "II.2"  # type: ignore[union-attr]
    assert window.task_page.tabs.currentIndex() == TAB_RESULT


def test_the_window_still_fits_an_old_office_screen(qtbot: QtBot, installation: Installation,
                                                    opened: list[MainWindow]) -> None:
    window = open_window(qtbot, installation, opened)
    for page in (window.overview_page, window.task_page, window.activities_page):
        window.show_page(page)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1093 and hint.height() <= 574, page
    window.open_task("II.3.1")
    dialog = window.new_activity()
    assert isinstance(dialog, ActivityDialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1093 and hint.height() <= 574
    assert dialog.width() <= 1093 and dialog.height() <= 574
    dialog.done(0)


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_shortcuts(qtbot: QtBot, installation: Installation,
                   opened: list[MainWindow]) -> None:
    window = open_window(qtbot, installation, opened)
    buttons = {window.nav_group.button(i).shortcut().toString(): window.pages.widget(i)
               for i in range(window.pages.count())}
    # the office's own pages first; later pages (the report) take the next digits
    assert len(buttons) == window.pages.count()
    assert {key: buttons[key] for key in ("Ctrl+1", "Ctrl+2", "Ctrl+3")} == {
        "Ctrl+1": window.overview_page, "Ctrl+2": window.task_page,
        "Ctrl+3": window.activities_page}
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert not window.undo_action.isEnabled()
    window.show_page(window.activities_page)
    window.activities_page.table.setFocus()
    qtbot.keyClick(window.activities_page.table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    dialog = window.actions.dialog  # from the Activities page: the task is chosen in it
    assert isinstance(dialog, ActivityDialog) and dialog.task_combo.isEnabled()
    dialog.task_combo.setCurrentIndex(dialog.task_combo.findData("II.6"))
    assert set(dialog.figure_spins) == {"trainings", "trainees"}
    assert window.new_activity() is dialog  # one dialog at a time
    dialog.done(0)


def test_english_labels(qtbot: QtBot, installation: Installation,
                        opened: list[MainWindow]) -> None:
    install_language("en")
    window = open_window(qtbot, installation, opened)
    assert window.overview_page.status_cards[Status.DONE].caption.text() == "Done"
    assert window.task_page.tabs.tabText(TAB_RESULT) == "Result"


def test_a_large_file_is_copied_in_the_background(qtbot: QtBot, installation: Installation,
                                                  tmp_path: Path,
                                                  opened: list[MainWindow]) -> None:
    scan = tmp_path / "bien-ban-scan.pdf"
    scan.write_bytes(os.urandom(3 * 1024 * 1024))
    window = open_window(qtbot, installation, opened)
    window.open_task("II.6")
    dialog = window.new_activity()
    assert isinstance(dialog, ActivityDialog)
    dialog.title_edit.setText("Tập huấn có biên bản")
    assert dialog.add_files([scan]) == []
    assert "(mới)" in dialog.evidence_model.index(0).data()
    job = dialog.save()
    assert job is not None
    # until the job reports back, the form waits and says so; the window itself is free
    assert not dialog.save_button.isEnabled() and not dialog.title_edit.isEnabled()
    assert dialog.progress_dialog is not None
    dialog.reject()  # refused while saving: the save closes the dialog itself
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        pass
    activity = OfficeWork(installation).activities("II.6")[0]
    assert activity.evidence[0].size == 3 * 1024 * 1024


def test_checking_evidence_on_request(qtbot: QtBot, installation: Installation, tmp_path: Path,
                                      opened: list[MainWindow]) -> None:
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"jpeg")
    OfficeWork(installation).add_activity("II.1", dt.date(2024, 3, 1), "Hội nghị",
                                          attachments=[photo])
    window = open_window(qtbot, installation, opened)
    window.show_page(window.activities_page)
    with qtbot.waitSignal(window.actions.check_finished) as finished:
        qtbot.mouseClick(window.activities_page.check_button, Qt.MouseButton.LeftButton)
    assert finished.args == [1, 0, True]
    assert window.statusBar().currentMessage() == "Cả 1 tệp minh chứng đều nguyên vẹn."
    assert not window.activities_page.problems_label.isVisible()


def test_ctrl_z_in_a_text_box_undoes_typing_not_a_delete(qtbot: QtBot,
                                                         installation: Installation,
                                                         opened: list[MainWindow]) -> None:
    work = OfficeWork(installation)
    activity = work.add_activity("II.1", dt.date(2024, 3, 1), "Hội nghị")
    window = open_window(qtbot, installation, opened)
    window.actions.delete_activity(activity)
    window.open_task("II.1")
    editor = window.task_page.editor.result
    editor.setFocus()
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == ""  # the text box took Ctrl+Z for itself
    assert work.count_activities() == 0 and window.actions.undo_stack
