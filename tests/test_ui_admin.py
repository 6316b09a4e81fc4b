"""The admin's screens through their real widgets: import, trust, who reported, matrix, outputs."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QFontDatabase
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kh14_desktop.domain.received import ReportingState
from kh14_desktop.services.consolidation import CellState
from kh14_desktop.services.importer import ImportOutcome
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_key import create_office_key
from kh14_desktop.store.received import trusted_keys
from kh14_desktop.ui.admin import consolidation_page, file_choosers, importing
from kh14_desktop.ui.admin.import_model import COL_FILE, COL_MESSAGE, COL_OUTCOME
from kh14_desktop.ui.admin.import_page import TAB_RESULTS, TAB_WAITING
from kh14_desktop.ui.admin.matrix_model import CELL_ROLE
from kh14_desktop.ui.admin.pages import AdminPages, admin_pages
from kh14_desktop.ui.admin.status_model import COL_EXPORTED, COL_STATE, ROW_ROLE
from kh14_desktop.ui.admin.trust_dialog import TrustDialog
from kh14_desktop.ui.i18n import install_language
from kh14_desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.test_import import LATE, ON_TIME, Office, make_office, rezip, trust_all

TODAY = dt.date(2024, 11, 28)


@pytest.fixture(autouse=True)
def vietnamese(qapp: QApplication) -> Iterator[None]:
    install_language("vi")
    yield
    install_language("vi")


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[dict[str, Office]]:
    made = {unit: make_office(tmp_path / "offices", unit, trainees)
            for unit, trainees in (("h-van-yen", 54), ("h-tram-tau", 30))}
    yield made
    for office in made.values():
        office.installation.close()


@pytest.fixture
def admin(tmp_path: Path) -> Iterator[Installation]:
    with Installation.open(tmp_path / "admin") as installation:
        installation.setup(None, admin=True)
        create_office_key(installation, PASSPHRASE)
        yield installation


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """The message boxes the import would have shown (title, text, detail)."""
    shown: list[tuple[str, str, str]] = []

    def capture(_parent: object, title: str, text: str, detail: str = "") -> None:
        shown.append((title, text, detail))

    monkeypatch.setattr(importing, "show_error", capture)
    monkeypatch.setattr(consolidation_page, "show_error", capture)
    return shown


@pytest.fixture
def window(qtbot: QtBot, admin: Installation) -> Iterator[MainWindow]:
    opened = MainWindow(admin, clock=TODAY)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.runner.shutdown()


def pages_of(window: MainWindow) -> AdminPages:
    pages = admin_pages(window)
    assert pages is not None
    return pages


def wait_for_import(qtbot: QtBot, pages: AdminPages) -> None:
    qtbot.waitUntil(lambda: not pages.jobs.importing, timeout=20_000)
    wait_for_data(qtbot, pages)


def wait_for_data(qtbot: QtBot, pages: AdminPages) -> None:
    qtbot.waitUntil(lambda: pages.data.snapshot is not None and not pages.data.loading,
                    timeout=20_000)


def inbox_with(tmp_path: Path, files: dict[str, Path]) -> Path:
    inbox = tmp_path / "usb" / "bao-cao"
    inbox.mkdir(parents=True)
    for name, source in files.items():
        shutil.copy(source, inbox / name)
    return inbox


# importing ---------------------------------------------------------------------------------------
def test_importing_a_folder_shows_every_outcome(qtbot: QtBot, window: MainWindow,
                                                admin: Installation,
                                                offices: dict[str, Office], tmp_path: Path,
                                                warnings: list[tuple[str, str, str]]) -> None:
    trust_all(admin, {"h-tram-tau": offices["h-tram-tau"]}, tmp_path)
    tram_tau = offices["h-tram-tau"]
    first, second = tram_tau.export("1.kh14"), tram_tau.export("2.kh14")
    tampered = rezip(first, tmp_path / "sua-tay.kh14", {"report.json": b'{"sua": "tay"}'})
    inbox = inbox_with(tmp_path, {"a-tram-tau-2.kh14": second, "b-tram-tau-1.kh14": first,
                                  "c-tram-tau-2-lan-nua.kh14": second,
                                  "d-van-yen.kh14": offices["h-van-yen"].export("vy.kh14"),
                                  "e-sua-tay.kh14": tampered})
    (inbox / "ghi-chu.txt").write_text("không phải báo cáo", encoding="utf-8")
    pages = pages_of(window)
    page = pages.import_page
    window.show_page(page)
    assert page.empty_label.isVisible() and not page.results_view.isVisible()
    assert page.import_paths([inbox.parent]) is not None  # as the folder dialog returns it
    wait_for_import(qtbot, pages)

    model = page.results
    assert model.outcomes() == [ImportOutcome.IMPORTED, ImportOutcome.OLDER,
                                ImportOutcome.DUPLICATE, ImportOutcome.UNKNOWN_KEY,
                                ImportOutcome.REJECTED]
    assert model.index(0, COL_OUTCOME).data() == "Đã nhập"
    assert model.index(0, COL_FILE).data() == "a-tram-tau-2.kh14"
    rejected = model.index(4, COL_MESSAGE).data()
    assert "Tệp bị từ chối" in rejected and "mã băm" in rejected  # which check failed
    assert page.summary_label.text() == ("5 tệp: nhập 1, trùng 1, cũ hơn 1, chờ tin cậy khóa 1,"
                                         " từ chối 1.")
    assert page.results_view.isVisible() and not page.empty_label.isVisible()
    assert page.tabs.currentIndex() == TAB_RESULTS
    assert warnings == []  # nothing forged: no alarm
    # the unknown key waits, and the page says so
    assert page.waiting.rowCount() == 1
    assert page.waiting.key_at(0).fingerprint == offices["h-van-yen"].fingerprint
    assert page.waiting_banner.isVisible()
    assert page.tabs.tabText(TAB_WAITING) == "Khóa chờ xác nhận (1)"
    assert page.log.rowCount() == 5


def test_files_dropped_on_the_window_are_imported(qtbot: QtBot, window: MainWindow,
                                                  admin: Installation,
                                                  offices: dict[str, Office],
                                                  tmp_path: Path) -> None:
    trust_all(admin, offices, tmp_path)
    inbox = inbox_with(tmp_path, {"vy.kh14": offices["h-van-yen"].export("vy.kh14")})
    pages = pages_of(window)
    window.show_page(window.overview_page)  # dropped anywhere, whatever page is showing
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(inbox / "vy.kh14"))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    drop = QDropEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # Qt hands drag events to the window only during a real drag: deliver them as it would
    assert window.acceptDrops()
    assert pages.drops.eventFilter(window, enter) and enter.isAccepted()
    assert pages.drops.eventFilter(window, drop) and drop.isAccepted()
    assert window.current_page() is pages.import_page
    wait_for_import(qtbot, pages)
    assert pages.import_page.results.outcomes() == [ImportOutcome.IMPORTED]
    assert admin.store.setting(file_choosers.IMPORT_FOLDER_SETTING) == str(inbox)
    chooser = file_choosers.import_files_dialog(window, admin)
    assert Path(chooser.directory().absolutePath()) == inbox  # the next dialog starts there
    chooser.deleteLater()


def test_a_double_clicked_file_is_imported_at_once(qtbot: QtBot, window: MainWindow,
                                                   admin: Installation,
                                                   offices: dict[str, Office],
                                                   tmp_path: Path) -> None:
    trust_all(admin, offices, tmp_path)
    window.open_files([offices["h-tram-tau"].export("tt.kh14")])
    pages = pages_of(window)
    assert window.current_page() is pages.import_page
    wait_for_import(qtbot, pages)
    assert pages.import_page.results.outcomes() == [ImportOutcome.IMPORTED]


def test_the_file_buttons_import_what_the_dialog_returns(
        qtbot: QtBot, window: MainWindow, admin: Installation, offices: dict[str, Office],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    trust_all(admin, offices, tmp_path)
    picked = offices["h-van-yen"].export("vy.kh14")
    monkeypatch.setattr(file_choosers, "choose_import_files", lambda _parent, _inst: [picked])
    pages = pages_of(window)
    pages.import_files_action.trigger()  # Ctrl+I
    wait_for_import(qtbot, pages)
    assert pages.import_page.results.outcomes() == [ImportOutcome.IMPORTED]


def test_stop_takes_effect_between_files(qtbot: QtBot, window: MainWindow, admin: Installation,
                                         offices: dict[str, Office], tmp_path: Path) -> None:
    trust_all(admin, offices, tmp_path)
    inbox = inbox_with(tmp_path, {f"{unit}.kh14": office.export(f"{unit}.kh14")
                                  for unit, office in offices.items()})
    pages = pages_of(window)
    release = threading.Event()
    # the writers' queue is busy, so the import cannot have started when Stop is pressed
    blocker = window.runner.start("hold", lambda _progress: release.wait(10), writes=True)
    job = pages.import_page.import_paths([inbox])
    assert job is not None and pages.jobs.progress_dialog is not None
    pages.jobs.progress_dialog.canceled.emit()  # the person presses "Dừng"
    release.set()
    qtbot.waitUntil(lambda: blocker.done, timeout=10_000)
    wait_for_import(qtbot, pages)
    assert pages.import_page.results.rowCount() == 0
    assert "0" in pages.import_page.heading_label.text()
    assert "2" in pages.import_page.heading_label.text()


def test_a_folder_without_reports_says_so(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                          warnings: list[tuple[str, str, str]]) -> None:
    empty = tmp_path / "trong"
    empty.mkdir()
    pages = pages_of(window)
    pages.import_page.import_paths([empty])
    wait_for_import(qtbot, pages)
    assert len(warnings) == 1 and "Không tìm thấy tệp .kh14" in warnings[0][1]


# trusting keys -----------------------------------------------------------------------------------
def test_trusting_a_fingerprint_imports_the_waiting_file(qtbot: QtBot, window: MainWindow,
                                                         admin: Installation,
                                                         offices: dict[str, Office]) -> None:
    van_yen = offices["h-van-yen"]
    pages = pages_of(window)
    page = pages.import_page
    page.import_paths([van_yen.export("vy.kh14")])
    wait_for_import(qtbot, pages)
    assert page.results.outcomes() == [ImportOutcome.UNKNOWN_KEY]
    page.tabs.setCurrentIndex(TAB_WAITING)
    assert page.select_key(van_yen.fingerprint)
    dialog = page.trust_selected()
    assert isinstance(dialog, TrustDialog) and dialog.isVisible()
    groups = dialog.fingerprint_label.text().split()
    assert len(groups) == 8 and " ".join(groups) == van_yen.fingerprint
    assert dialog.fingerprint_label.font().pointSize() >= 20
    assert dialog.fingerprint_label.font().family() == QFontDatabase.systemFont(
        QFontDatabase.SystemFont.FixedFont).family()
    assert dialog.trust_button.isEnabled()  # comparing by eye is allowed
    # the office reads it out; a slip in group 3 is caught
    wrong = list(van_yen.fingerprint.replace(" ", ""))
    wrong[9] = "0" if wrong[9] != "0" else "1"
    qtbot.keyClicks(dialog.typed, "".join(wrong).lower())
    assert not dialog.trust_button.isEnabled() and "Nhóm 3" in dialog.match_label.text()
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, van_yen.fingerprint.replace(" ", "").lower())
    assert dialog.typed_matches() and dialog.trust_button.isEnabled()
    assert "khớp" in dialog.match_label.text()
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.results.outcomes() == [ImportOutcome.IMPORTED],
                    timeout=20_000)
    wait_for_data(qtbot, pages)
    assert page.waiting.rowCount() == 0 and not page.waiting_banner.isVisible()
    assert "Đã tin cậy khóa" in page.heading_label.text()
    assert [key.unit_id for key in trusted_keys(admin.store)] == ["h-van-yen"]


def test_a_key_list_trusts_and_imports(qtbot: QtBot, window: MainWindow, admin: Installation,
                                       offices: dict[str, Office], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from kh14_desktop.services.office_key import office_key_info

    pages = pages_of(window)
    pages.import_page.import_paths([o.export("r.kh14") for o in offices.values()])
    wait_for_import(qtbot, pages)
    listing = tmp_path / "khoa.txt"
    listing.write_text("".join(
        f"{unit} {office_key_info(o.installation).public_key.minisign_base64}\n"
        for unit, o in offices.items()), encoding="utf-8")
    monkeypatch.setattr(file_choosers, "choose_key_list", lambda _parent, _inst: listing)
    qtbot.mouseClick(pages.import_page.key_list_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pages.import_page.results.outcomes() == [ImportOutcome.IMPORTED] * 2,
                    timeout=20_000)
    assert "2 khóa mới" in pages.import_page.heading_label.text()


def test_another_key_for_a_trusted_unit_is_loud(qtbot: QtBot, window: MainWindow,
                                                admin: Installation,
                                                offices: dict[str, Office], tmp_path: Path,
                                                warnings: list[tuple[str, str, str]]) -> None:
    trust_all(admin, offices, tmp_path)
    impostor = Installation.open(tmp_path / "impostor")
    impostor.setup("h-van-yen")
    create_office_key(impostor, PASSPHRASE)
    forged = Office(impostor, offices["h-van-yen"].folder).export("forged.kh14")
    impostor.close()
    pages = pages_of(window)
    pages.import_page.import_paths([forged, offices["h-tram-tau"].export("tt.kh14")])
    wait_for_import(qtbot, pages)
    model = pages.import_page.results
    assert model.outcomes() == [ImportOutcome.KEY_MISMATCH, ImportOutcome.IMPORTED]
    outcome = model.index(0, COL_OUTCOME)
    assert outcome.data().startswith("⚠")
    assert outcome.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, COL_FILE).data(Qt.ItemDataRole.FontRole).bold()  # the whole row
    assert model.index(0, COL_FILE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, COL_FILE).data(Qt.ItemDataRole.ForegroundRole).color().name() \
        == "#b00020"
    assert model.index(1, COL_FILE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert len(warnings) == 1
    title, text, detail = warnings[0]
    assert "giả mạo" in title.lower() and "KHÔNG được nhập" in text
    assert "forged.kh14" in detail and "CẢNH BÁO" in detail
    # kept apart, and never offered for trust
    page = pages.import_page
    assert page.waiting.rowCount() == 1 and page.waiting.key_at(0).conflicts
    page.waiting_view.selectRow(0)
    assert not page.trust_button.isEnabled() and page.trust_selected() is None


# who reported ------------------------------------------------------------------------------------
def test_the_status_page_marks_a_late_report_late(qtbot: QtBot, window: MainWindow,
                                                  admin: Installation,
                                                  offices: dict[str, Office],
                                                  tmp_path: Path) -> None:
    trust_all(admin, offices, tmp_path)
    pages = pages_of(window)
    pages.import_page.import_paths([offices["h-van-yen"].export("vy.kh14", now=ON_TIME),
                                    offices["h-tram-tau"].export("tt.kh14", now=LATE)])
    wait_for_import(qtbot, pages)
    page = pages.status_page
    window.show_page(page)
    wait_for_data(qtbot, pages)
    states = {page.model.row_at(row).unit.id: page.model.row_at(row).state
              for row in range(page.model.rowCount())}
    assert states["h-van-yen"] is ReportingState.ON_TIME
    assert states["h-tram-tau"] is ReportingState.LATE
    assert states["h-yen-binh"] is ReportingState.MISSING
    expected = len(admin.plan().reporting_units())
    assert page.state_cards[ReportingState.ON_TIME].number.text() == "1"
    assert page.state_cards[ReportingState.LATE].number.text() == "1"
    assert page.state_cards[ReportingState.MISSING].number.text() == str(expected - 2)
    assert "20/11/2024" in page.deadline_card.caption.text()
    # only the late ones, then a search without accents
    page.state_cards[ReportingState.LATE].clicked.emit()
    assert page.proxy.rowCount() == 1
    index = page.proxy.index(0, COL_STATE)
    assert index.data() == "Muộn"
    assert page.proxy.index(0, COL_EXPORTED).data() == "25/11/2024"
    page.set_state_filter(None)
    qtbot.keyClicks(page.search, "tram tau")
    page.apply_filters()
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data(ROW_ROLE).unit.id == "h-tram-tau"
    page.search.setText("khong co don vi nay")
    page.apply_filters()
    assert page.proxy.rowCount() == 0 and page.empty_label.isVisible()


# the matrix --------------------------------------------------------------------------------------
def test_the_matrix_shows_a_units_report_on_click(qtbot: QtBot, window: MainWindow,
                                                  admin: Installation,
                                                  offices: dict[str, Office],
                                                  tmp_path: Path) -> None:
    trust_all(admin, offices, tmp_path)
    pages = pages_of(window)
    pages.import_page.import_paths([offices["h-van-yen"].export("vy.kh14")])
    wait_for_import(qtbot, pages)
    page = pages.matrix_page
    window.show_page(page)
    wait_for_data(qtbot, pages)
    model = page.model
    assert model.rowCount() == len(admin.plan().reporting_units())
    row, column = model.position("h-van-yen", "II.6")
    cell = model.index(row, column).data(CELL_ROLE)
    assert cell.state is CellState.DONE
    assert model.index(row, column).data(Qt.ItemDataRole.BackgroundRole).color().name() \
        == "#c6efce"
    assert model.headerData(column, Qt.Orientation.Horizontal) == "II.6"
    assert "II.6 —" in model.headerData(column, Qt.Orientation.Horizontal,
                                        Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(row, Qt.Orientation.Vertical) == "Văn Yên"
    # lead and cooperating read apart
    marks = {model.index(row, c).data(CELL_ROLE).role: model.index(row, c)
             for c in range(model.columnCount()) if model.index(row, c).data(CELL_ROLE).role}
    assert {index.data() for index in marks.values()} == {"C", "P"}
    # click the cell
    page.search.setText("van yen")
    page.apply_filters()
    assert page.proxy.rowCount() == 1
    index = page.proxy.mapFromSource(model.index(row, column))
    page.table.scrollTo(index)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = page.detail.toPlainText()
    assert "UBND huyện Văn Yên" in text and "Kết quả của h-van-yen" in text
    assert "Khó khăn của h-van-yen" in text and "Tập huấn" in text and "54" in text
    # a unit that has not reported, and the filters
    assert page.show_cell("h-tram-tau", "II.6")
    assert "chưa báo cáo" in page.detail.toPlainText()
    page.search.clear()
    page.group_filter.setCurrentIndex(page.group_filter.findData("districts"))
    assert page.proxy.rowCount() == 9
    page.part_filter.setCurrentIndex(page.part_filter.findData("IV"))
    codes = {page.proxy.headerData(c, Qt.Orientation.Horizontal)
             for c in range(page.proxy.columnCount())}
    assert codes and all(code.startswith("IV.") for code in codes)


# consolidated outputs ----------------------------------------------------------------------------
def test_the_outputs_are_written_and_opened(qtbot: QtBot, window: MainWindow,
                                            admin: Installation, offices: dict[str, Office],
                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            warnings: list[tuple[str, str, str]]) -> None:
    trust_all(admin, offices, tmp_path)
    pages = pages_of(window)
    page = pages.consolidation_page
    window.show_page(page)
    wait_for_data(qtbot, pages)
    assert not page.pdf_button.isEnabled()  # nothing to consolidate yet
    pages.import_page.import_paths([o.export("r.kh14") for o in offices.values()])
    wait_for_import(qtbot, pages)
    window.show_page(page)
    assert page.pdf_button.isEnabled()
    assert page.reported_card.number.text() == f"2/{len(admin.plan().reporting_units())}"
    assert page.totals.total_of("trainees") == 84
    out = tmp_path / "ra"
    out.mkdir()
    chosen: list[str] = []

    def choose(_parent: object, _inst: object, title: str, _filter: str, name: str) -> Path:
        chosen.append(name)
        return out / name

    monkeypatch.setattr(file_choosers, "choose_output", choose)
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url))
    page.signer.setText("Nguyễn Văn Hải")
    for button, suffix in ((page.pdf_button, ".pdf"), (page.xlsx_button, ".xlsx")):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.job is None, timeout=20_000)
        assert page.output is not None and page.output.path.suffix == suffix
        assert page.output.path.stat().st_size > 1000
    assert (out / "bao-cao-tong-hop-2024.pdf").read_bytes().startswith(b"%PDF")
    assert chosen == ["bao-cao-tong-hop-2024.pdf", "tong-hop-2024.xlsx"]
    assert admin.store.setting(consolidation_page.SIGNER_SETTING) == "Nguyễn Văn Hải"
    qtbot.mouseClick(page.open_file_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    assert [Path(url.toLocalFile()) for url in urls] == [out / "tong-hop-2024.xlsx", out]
    # the signed file asks for the passphrase, masked
    qtbot.mouseClick(page.kh14_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and page.job is None
    assert page.passphrase.echoMode() == page.passphrase.EchoMode.Password
    page.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(page.kh14_button, Qt.MouseButton.LeftButton)
    assert page.passphrase.text() == ""  # not kept on screen
    qtbot.waitUntil(lambda: page.job is None, timeout=20_000)
    assert page.output is not None and page.output.path == out / "tong-hop-2024.kh14"
    assert page.output.reported == 2 and page.output.fingerprint
    assert "2" in page.output_label.text()


# the window --------------------------------------------------------------------------------------
def test_the_admin_window_fits_an_old_office_screen(qtbot: QtBot, window: MainWindow) -> None:
    pages = pages_of(window)
    for page in (pages.import_page, pages.status_page, pages.matrix_page,
                 pages.consolidation_page):
        window.show_page(page)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1093 and hint.height() <= 574, (page, hint)


def test_shortcuts_and_menu(qtbot: QtBot, window: MainWindow) -> None:
    pages = pages_of(window)
    shortcuts = [window.nav_group.button(i).shortcut().toString()
                 for i in range(window.pages.count())]
    assert len(set(shortcuts)) == len(shortcuts)  # no two pages share a shortcut
    ours = [button.shortcut().toString() for button in pages.buttons]
    # after the office's Ctrl+1 to 3 and the Report page: consecutive, in page order
    assert ours == [f"Ctrl+{digit}" for digit in range(int(ours[0][-1]), int(ours[0][-1]) + 4)]
    assert ours[0] in ("Ctrl+4", "Ctrl+5")
    assert pages.import_files_action.shortcut().toString() == "Ctrl+I"
    assert pages.import_folder_action.shortcut().toString() == "Ctrl+Shift+I"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus.index(pages.menu.title()) == len(menus) - 3  # before Settings and Help
    assert [button.text() for button in pages.buttons] == [
        "Nhập báo cá&o", "Tình hình báo cáo", "&Ma trận", "Tổng hợ&p"]


def test_the_admin_demo_shows_every_outcome(tmp_path: Path) -> None:
    """The pictures in docs/ come from this demo: it must keep showing what they show."""
    from kh14_desktop.services.admin_actions import unit_statuses
    from kh14_desktop.services.admin_demo import create_admin_demo
    from kh14_desktop.services.importer import Importer

    demo = create_admin_demo(tmp_path)
    try:
        states = {row.unit.id: row for row in unit_statuses(demo.admin)}
        assert states["h-mu-cang-chai"].state is ReportingState.LATE
        assert states["so-y-te"].clock.value == "future"
        outcomes = {result.outcome for result in Importer(demo.admin).import_paths([demo.inbox])}
        assert outcomes == set(ImportOutcome) - {ImportOutcome.WRONG_PLAN}
    finally:
        demo.close()


def test_english_labels(qtbot: QtBot, admin: Installation) -> None:
    install_language("en")
    window = MainWindow(admin, clock=TODAY)
    qtbot.addWidget(window)
    pages = pages_of(window)
    assert [button.text() for button in pages.buttons] == [
        "Imp&ort reports", "Who &reported", "&Matrix", "Consolidatio&n"]
    assert pages.import_page.files_button.text() == "Choose files…"
    assert pages.import_page.results.headerData(
        COL_OUTCOME, Qt.Orientation.Horizontal) == "Outcome"
    window.runner.shutdown()


def test_no_two_mnemonics_of_the_window_collide(qtbot: QtBot, window: MainWindow) -> None:
    """Alt+letter must lead to one place: page buttons and menus share the window."""
    from PySide6.QtGui import QKeySequence

    texts = [window.nav_group.button(i).text() for i in range(window.pages.count())]
    texts += [action.text() for action in window.menuBar().actions()]
    pairs = [(QKeySequence.mnemonic(text).toString(), text) for text in texts]
    keys = [key for key, _text in pairs if key]
    assert len(keys) == len(set(keys)), pairs


# who may vouch for whom ----------------------------------------------------------------------
def test_a_consolidated_files_key_is_trusted_as_a_consolidator_and_a_report_set_aside(
        qtbot: QtBot, window: MainWindow, admin: Installation, offices: dict[str, Office],
        tmp_path: Path) -> None:
    from kh14_desktop.domain.package import CONSOLIDATED_LIMITS
    from kh14_desktop.services.package_reader import read_package
    from kh14_desktop.store.received import all_reports
    from kh14_desktop.ui.admin.set_aside_dialog import SetAsideDialog
    from tests.test_vouching import consolidated_by

    with Installation.open(tmp_path / "province") as province:
        province.setup(None, admin=True)
        create_office_key(province, PASSPHRASE)
        path = consolidated_by(province, "so-tttt",
                               [offices["h-van-yen"].export("vy.kh14").read_bytes()],
                               tmp_path / "tinh.kh14")
    fingerprint = read_package(path, CONSOLIDATED_LIMITS).fingerprint
    pages = pages_of(window)
    page = pages.import_page
    page.import_paths([path])
    wait_for_import(qtbot, pages)
    assert page.results.outcomes() == [ImportOutcome.UNKNOWN_KEY]
    page.tabs.setCurrentIndex(TAB_WAITING)
    assert page.select_key(fingerprint)
    dialog = page.trust_selected()
    assert isinstance(dialog, TrustDialog) and dialog.consolidator_note.isVisible()
    assert dialog.windowTitle() == "Tin cậy khóa của Sở Thông tin và Truyền thông là khóa tổng hợp"
    assert "đơn vị báo cáo không bao giờ gửi tệp tổng hợp" in dialog.consolidator_note.text()
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    # the consolidated file and the report inside it
    qtbot.waitUntil(lambda: page.results.outcomes() == [ImportOutcome.IMPORTED] * 2,
                    timeout=20_000)
    wait_for_data(qtbot, pages)
    assert "là khóa tổng hợp, bảo lãnh cho: UBND huyện Văn Yên" in page.heading_label.text()
    (key,) = trusted_keys(admin.store)
    assert key.is_consolidator and key.scope == "h-van-yen"
    # the report it vouched for is set aside from the status page, with a reason
    status = pages.status_page
    window.show_page(status)
    assert status.review_label.isVisible()
    assert "UBND huyện Văn Yên: báo cáo được nhận theo bảo lãnh" in status.review_label.text()
    row = next(r for r in range(status.proxy.rowCount())
               if "Văn Yên" in status.proxy.index(r, 0).data())
    status.table.setCurrentIndex(status.proxy.index(row, 0))
    assert status.set_aside_button.isEnabled()
    aside = status.set_aside_selected()
    assert isinstance(aside, SetAsideDialog) and not aside.set_aside_button.isEnabled()
    aside.reason.setText("bảo lãnh nhầm")  # typed through the Vietnamese IME
    aside.with_key.setChecked(True)  # the consolidator that vouched for it goes too
    qtbot.mouseClick(aside.set_aside_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not [r for r in pages.data.snapshot.consolidation.reporting
                                 if r.received is not None], timeout=20_000)
    wait_for_data(qtbot, pages)
    assert status.selected_report() is None
    (report,) = all_reports(admin.store)
    assert report.revoked_reason == "bảo lãnh nhầm"
    (key,) = trusted_keys(admin.store)
    assert not key.active and key.retired_reason == "bảo lãnh nhầm"


def test_a_trusted_key_is_listed_with_its_role_and_can_be_set_aside(
        qtbot: QtBot, window: MainWindow, admin: Installation, offices: dict[str, Office],
        tmp_path: Path) -> None:
    from kh14_desktop.ui.admin.import_page import TAB_KEYS

    trust_all(admin, {"h-van-yen": offices["h-van-yen"]}, tmp_path)
    pages = pages_of(window)
    page = pages.import_page
    page.import_paths([offices["h-van-yen"].export("vy.kh14")])
    wait_for_import(qtbot, pages)
    page.tabs.setCurrentIndex(TAB_KEYS)
    tab = page.keys_tab
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 2).data() == "khóa của chính đơn vị"
    assert tab.select(offices["h-van-yen"].fingerprint)
    dialog = tab.set_aside_selected()
    assert dialog is not None and not dialog.with_key.isVisible()
    assert dialog.windowTitle().startswith("Gỡ tin cậy khóa")
    dialog.reason.setText("đơn vị báo mất máy")
    qtbot.mouseClick(dialog.set_aside_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.model.row_at(0)[2].active,
                    timeout=20_000)
    assert tab.model.index(0, 3).data() == "đã gỡ tin cậy: đơn vị báo mất máy"
    assert not tab.set_aside_button.isEnabled()
    assert [r for r in pages.data.snapshot.consolidation.reporting if r.received] == []


def test_an_office_forwarding_other_units_reports_is_never_offered_trust(
        qtbot: QtBot, window: MainWindow, admin: Installation, offices: dict[str, Office],
        tmp_path: Path, warnings: list[tuple[str, str, str]]) -> None:
    from tests.test_vouching import consolidated_by

    trust_all(admin, {"h-van-yen": offices["h-van-yen"]}, tmp_path)
    forged = consolidated_by(offices["h-van-yen"].installation, "h-van-yen",
                             [offices["h-tram-tau"].export("tt.kh14").read_bytes()],
                             tmp_path / "tong-hop.kh14")
    pages = pages_of(window)
    page = pages.import_page
    page.import_paths([forged])
    wait_for_import(qtbot, pages)
    assert page.results.outcomes() == [ImportOutcome.KEY_MISMATCH]
    page.tabs.setCurrentIndex(TAB_WAITING)
    assert page.select_key(offices["h-van-yen"].fingerprint)
    key = page.selected_key()
    assert key is not None and key.from_office and key.conflicts and not key.replaceable
    assert not page.trust_button.isEnabled() and not page.replace_button.isEnabled()
    assert page.trust_selected() is None
    assert "nghi giả mạo" in page.waiting.index(0, 3).data()
    (title, _text, detail) = warnings[0]  # and the import said so, loudly
    assert "giả mạo" in title and "không được bảo lãnh" in detail
