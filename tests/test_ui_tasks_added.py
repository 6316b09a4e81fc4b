"""Tasks an office adds itself (open clauses), Ctrl+F on every page, and the lazily built
pages of the main window, through the real widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kh14_desktop.domain.plan import Role
from kh14_desktop.domain.progress import Status
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_tasks import office_tasks
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.ui import task_page as task_page_module
from kh14_desktop.ui.adopt_dialog import COL_CLAUSE, AdoptTaskDialog
from kh14_desktop.ui.i18n import install_language
from kh14_desktop.ui.labels import role_label
from kh14_desktop.ui.main_window import MainWindow
from kh14_desktop.ui.task_model import COL_ROLE
from kh14_desktop.ui.task_page import TAB_ACTIVITIES

TODAY = dt.date(2024, 10, 1)


@pytest.fixture(autouse=True)
def vietnamese(qapp: QApplication) -> Iterator[None]:
    install_language("vi")
    yield
    install_language("vi")


@pytest.fixture
def window(qtbot: QtBot, installation: Installation) -> Iterator[MainWindow]:
    opened = MainWindow(installation, clock=TODAY)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitUntil(lambda: opened.actions.check_job is not None and opened.actions.check_job.done,
                    timeout=15_000)
    yield opened
    opened.runner.shutdown()


def role_of(window: MainWindow, code: str) -> str:
    page = window.task_page
    row = page.model.row_of(code)
    return page.proxy.mapFromSource(page.model.index(row, COL_ROLE)).data()


def add_through_dialog(qtbot: QtBot, window: MainWindow, search: str) -> AdoptTaskDialog:
    page = window.task_page
    window.show_page(page)
    qtbot.mouseClick(page.adopt_button, Qt.MouseButton.LeftButton)
    dialog = page.adopt_dialog
    assert isinstance(dialog, AdoptTaskDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.search, search)
    with qtbot.waitSignal(dialog.adopted):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    return dialog


# tasks an office adds itself ---------------------------------------------------------------------
def test_the_dialog_lists_open_clauses_and_finds_without_accents(
        qtbot: QtBot, window: MainWindow, installation: Installation) -> None:
    page = window.task_page
    window.show_page(page)
    assert page.adopt_button.isVisible() and not page.drop_button.isVisible()
    dialog = page.choose_task_to_add()
    assert page.choose_task_to_add() is dialog  # one at a time
    model = dialog.model
    adoptable = [task.code for task in OfficeWork(installation).adoptable_tasks()]
    assert model.codes() == adoptable and "IV.1.1" in adoptable
    clause = model.index(adoptable.index("IV.1.1"), COL_CLAUSE).data()
    assert clause == "Phối hợp: Sở Tư pháp và các cơ quan, đơn vị có liên quan"
    assert model.headerData(COL_CLAUSE, Qt.Orientation.Horizontal) == "Kế hoạch ghi"
    qtbot.keyClicks(dialog.search, "tu phap")  # "Tư pháp", typed without accents
    assert model.codes() == ["IV.1.1"]
    assert dialog.chosen_task() is not None and dialog.add_button.isEnabled()
    assert "các cơ quan, đơn vị có liên quan" in dialog.detail.text()
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "khong co nhiem vu nay")
    assert model.rowCount() == 0 and not dialog.add_button.isEnabled()
    assert "Không có nhiệm vụ nào" in dialog.detail.text()
    dialog.reject()
    assert len(office_tasks(installation)) == 13  # nothing added by looking


def test_an_added_task_is_marked_and_can_be_taken_off_until_something_is_recorded(
        qtbot: QtBot, window: MainWindow, installation: Installation,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.task_page
    before = page.model.rowCount()
    dialog = add_through_dialog(qtbot, window, "tu phap")
    assert not dialog.isVisible()
    assert page.model.rowCount() == before + 1
    current = page.current_task()
    assert current is not None and current.task.code == "IV.1.1" and current.adopted
    assert role_of(window, "IV.1.1") == "Phối hợp (tự thêm)"
    assert "Phối hợp (tự thêm)" in page.detail.browser.toPlainText()
    assert "đơn vị đã tự thêm" in page.detail.browser.toPlainText()
    assert page.drop_button.isVisible() and page.drop_button.isEnabled()
    assert not page.drop_reason.isVisible()
    # the overview and the report count it as one of the office's tasks
    window.show_page(window.overview_page)
    assert window.overview_page.status_cards[Status.NOT_STARTED].number.text() == str(
        before + 1)

    # once a result is written, it stays on the list, and the page says why
    window.show_page(page)
    page.editor.result.setFocus()
    page.editor.result.insertPlainText("Phối hợp tuyên truyền Luật Phổ biến giáo dục pháp luật.")
    assert page.editor.save_now()
    assert not page.drop_button.isEnabled() and page.drop_reason.isVisible()
    assert "đã có kết quả hoặc hoạt động" in page.drop_reason.text()
    refused: list[str] = []
    monkeypatch.setattr(task_page_module, "show_user_error",
                        lambda _parent, _title, error: refused.append(error.message("vi")))
    assert not page.drop_current()
    assert refused and "IV.1.1" in refused[0]
    assert any(item.task.code == "IV.1.1" for item in office_tasks(installation))

    # the result cleared again (and the status back to not started): it can go after all
    page.editor.result.setFocus()
    page.editor.result.clear()
    assert page.editor.save_now()
    assert page.drop_button.isEnabled() and not page.drop_reason.isVisible()
    assert page.drop_current()
    assert not any(item.task.code == "IV.1.1" for item in office_tasks(installation))
    assert "IV.1.1" not in OfficeWork(installation).all_progress()  # no blank row left behind

    # a task added by mistake, with nothing on it, goes again
    add_through_dialog(qtbot, window, "ban tuyen giao")
    assert page.current_task() is not None and page.current_task().task.code == "IV.5"
    qtbot.mouseClick(page.drop_button, Qt.MouseButton.LeftButton)
    assert page.model.row_of("IV.5") < 0 and page.model.rowCount() == before
    chosen = page.current_task()
    assert chosen is not None and chosen.task.code != "IV.5"
    assert "IV.5" in [task.code for task in OfficeWork(installation).adoptable_tasks()]


def test_a_task_the_plan_gives_cannot_be_taken_off(qtbot: QtBot, window: MainWindow) -> None:
    page = window.task_page
    assert page.show_task("II.1")
    assert not page.drop_button.isVisible() and not page.drop_current()
    assert role_of(window, "II.1") == "Chủ trì"


def test_the_added_role_in_english(qapp: QApplication) -> None:
    install_language("en")
    assert role_label(Role.COOPERATING, adopted=True) == "Cooperating (added by us)"


# Ctrl+F ------------------------------------------------------------------------------------------
def focused(widget: object) -> bool:
    return QApplication.focusWidget() is widget


def test_ctrl_f_finds_on_the_page_on_screen(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(window.activities_page)
    window.find_action.trigger()
    assert window.current_page() is window.activities_page
    assert focused(window.activities_page.search)
    window.show_page(window.overview_page)
    window.find_action.trigger()  # no search of its own: the tasks'
    assert window.current_page() is window.task_page and focused(window.task_page.search)


def test_ctrl_f_on_an_admin_page_searches_that_page(qtbot: QtBot, tmp_path: Path) -> None:
    from kh14_desktop.ui.admin.pages import admin_pages

    with Installation.open(tmp_path / "admin") as admin:
        admin.setup(None, admin=True)
        window = MainWindow(admin, clock=TODAY)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
        pages = admin_pages(window)
        assert pages is not None
        try:
            for page in (pages.status_page, pages.matrix_page):
                window.show_page(page)
                window.find_action.trigger()
                assert window.current_page() is page and focused(page.search)
            qtbot.waitUntil(lambda: not pages.data.loading, timeout=20_000)
        finally:
            window.close()
            window.runner.shutdown()


# pages built on first visit -----------------------------------------------------------------------
def test_only_the_overview_is_built_before_the_window_shows(
        qtbot: QtBot, installation: Installation) -> None:
    window = MainWindow(installation, clock=TODAY)
    qtbot.addWidget(window)
    built = [window.page_built(index) is not None for index in range(window.pages.count())]
    assert built == [True] + [False] * (window.pages.count() - 1)
    assert window.pages.count() == len(window.nav_group.buttons()) == 4
    with qtbot.waitActive(window):
        window.show()
    button = window.nav_group.button(1)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the Tasks button builds its page
    assert window.page_built(1) is window.task_page is window.current_page()
    assert window.task_page.proxy.rowCount() == 13
    assert window.page_built(2) is None  # Activities: still not built
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    # a button's shortcut clicks it the way a mouse would, pressed a moment first
    qtbot.waitUntil(lambda: window.page_built(2) is not None)
    assert window.current_page() is window.activities_page
    qtbot.waitUntil(lambda: window.actions.check_job is not None and window.actions.check_job.done,
                    timeout=15_000)
    window.runner.shutdown()


def test_a_page_built_late_knows_what_happened_before(
        qtbot: QtBot, window: MainWindow, installation: Installation) -> None:
    OfficeWork(installation).add_activity("II.6", dt.date(2024, 5, 1), "Lớp đào tạo")
    window.actions.changed.emit()  # as after a save: the unbuilt pages are left alone
    assert window.page_built(1) is None and window.page_built(2) is None
    page = window.activities_page
    window.show_page(page)
    assert page.model.total == 1
    window.show_page(window.task_page)
    assert window.task_page.show_task("II.6", TAB_ACTIVITIES)
    assert window.task_page.activities.model.rowCount() == 1
