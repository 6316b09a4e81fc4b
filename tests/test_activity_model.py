"""The activity and totals models and the background jobs, headless (no window)."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kh14_desktop.domain.errors import UserError
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.store.attachments import FileState
from kh14_desktop.ui.activity_actions import find_evidence_problems
from kh14_desktop.ui.activity_model import (
    ACTIVITY_ROLE,
    COL_DATE,
    COL_EVIDENCE,
    COL_FIGURES,
    COL_TASK,
    COL_TITLE,
    PROBLEM_ROLE,
    ActivityTableModel,
    figures_text,
)
from kh14_desktop.ui.figures_model import COL_TOTAL, IndicatorTotalsModel
from kh14_desktop.ui.i18n import install_language
from kh14_desktop.ui.jobs import JobRunner, Progress


@pytest.fixture(autouse=True)
def vietnamese(qapp: QApplication):  # type: ignore[no-untyped-def]
    install_language("vi")
    yield
    install_language("vi")


@pytest.fixture
def work(installation: Installation) -> OfficeWork:
    return OfficeWork(installation)


def fill(work: OfficeWork, count: int) -> None:
    """`count` activities over II.1 and II.6, days spread over the year, newest added first."""
    for number in range(count):
        task = "II.6" if number % 3 == 0 else "II.1"
        day = dt.date(2024, 1, 1) + dt.timedelta(days=(count - number) % 300)
        title = f"Đào tạo kỹ năng số {number}" if task == "II.6" else f"Hội nghị số {number}"
        figures = {"trainees": 10} if task == "II.6" else {"events": 1}
        work.add_activity(task, day, title, figures=figures)


def test_the_model_fetches_page_by_page(qapp: QApplication, work: OfficeWork) -> None:
    fill(work, 120)
    model = ActivityTableModel(work, page_size=50)
    model.set_query()
    assert model.total == 120
    assert model.rowCount() == 50 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 100
    model.fetchMore()
    assert model.rowCount() == 120 and not model.canFetchMore()
    days = [model.activity_at(row).day for row in range(model.rowCount())]
    assert days == sorted(days)  # by date, across pages
    assert len({model.activity_at(row).id for row in range(120)}) == 120  # no row twice


def test_searching_and_filtering_count_in_sql(qapp: QApplication, work: OfficeWork) -> None:
    fill(work, 60)
    model = ActivityTableModel(work, page_size=25)
    model.set_query(search="dao tao")
    assert model.total == 20
    assert all(model.activity_at(row).task_code == "II.6" for row in range(model.rowCount()))
    model.set_query(search="ĐÀO TẠO")
    assert model.total == 20
    model.set_query("II.1")
    assert model.total == 40 and model.rowCount() == 25
    model.set_query("II.1", "hoi nghi 58")  # every word, anywhere
    assert model.total == 1
    model.clear()
    assert model.total == 0 and model.rowCount() == 0 and not model.canFetchMore()


def test_reload_keeps_what_was_shown(qapp: QApplication, work: OfficeWork) -> None:
    fill(work, 80)
    model = ActivityTableModel(work, page_size=30)
    model.set_query()
    model.fetchMore()
    assert model.rowCount() == 60
    first = model.activity_at(0)
    work.delete_activity(first.id)
    model.reload()
    assert model.total == 79 and model.rowCount() == 60
    assert model.row_of(first.id) == -1


def test_rows_deleted_elsewhere_stop_the_fetching(qapp: QApplication, work: OfficeWork) -> None:
    fill(work, 10)
    model = ActivityTableModel(work, page_size=5)
    model.set_query()
    for activity in work.activities(offset=5):
        work.delete_activity(activity.id)
    model.fetchMore()  # counted 10, finds no more
    assert model.rowCount() == 5 and not model.canFetchMore()


def test_cells_read_like_an_officer_writes(qapp: QApplication, work: OfficeWork,
                                           tmp_path: Path) -> None:
    scan = tmp_path / "danh-sach.pdf"
    scan.write_bytes(b"%PDF danh sach")
    work.add_activity("II.1", dt.date(2024, 3, 5), "Hội nghị quán triệt",
                      figures={"events": 1, "participants": 1200, "articles": 3,
                               "web-posts": 12}, attachments=[scan])
    model = ActivityTableModel(work)
    model.set_query()
    row = {column: model.index(0, column).data() for column in range(model.columnCount())}
    assert row[COL_DATE] == "05/03/2024"
    assert row[COL_TASK] == "II.1"
    assert row[COL_TITLE] == "Hội nghị quán triệt"
    # two indicators count "tin, bài": those say which is which
    assert row[COL_FIGURES].startswith("1 cuộc · 1.200 lượt người · Tin, bài, phóng sự")
    assert row[COL_EVIDENCE] == "1 tệp"
    assert model.headerData(COL_FIGURES, Qt.Orientation.Horizontal) == "Số liệu"
    assert "danh-sach.pdf" in model.index(0, COL_EVIDENCE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, COL_TITLE).data(ACTIVITY_ROLE).figures["participants"] == 1200
    assert model.index(0, 0, model.index(0, 0)).isValid() is False
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    assert model.canFetchMore(model.index(0, 0)) is False
    assert model.data(QModelIndex()) is None


def test_damaged_evidence_is_flagged(qapp: QApplication, installation: Installation,
                                     work: OfficeWork, tmp_path: Path) -> None:
    kept, lost = tmp_path / "giu.pdf", tmp_path / "mat.pdf"
    kept.write_bytes(b"kept")
    lost.write_bytes(b"lost")
    activity = work.add_activity("II.1", dt.date(2024, 3, 5), "Hội nghị",
                                 attachments=[kept, lost])
    missing = next(e for e in activity.evidence if e.original_name == "mat.pdf")
    work.files.path_of(missing.sha256).unlink()
    result = find_evidence_problems(installation, Progress(lambda done, total: None))
    assert result is not None and result.files == 2
    assert [(p.evidence.original_name, p.state) for p in result.problems] == [
        ("mat.pdf", FileState.MISSING)]
    model = ActivityTableModel(work)
    model.set_query()
    model.set_problems(result.problems)
    assert model.index(0, COL_EVIDENCE).data() == "⚠ 1/2 tệp lỗi"
    assert len(model.index(0, 0).data(PROBLEM_ROLE)) == 1
    assert "không còn trong kho" in model.index(0, COL_EVIDENCE).data(
        Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, COL_EVIDENCE).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_figures_text_in_english(qapp: QApplication, work: OfficeWork) -> None:
    install_language("en")
    assert figures_text(work.plan, {"trainings": 2, "trainees": 1500}) == \
        "2 courses · 1,500 people"
    assert figures_text(work.plan, {"trainees": 3}, long=True) == "Trainees: 3 people"


def test_totals_model(qapp: QApplication, work: OfficeWork) -> None:
    plan = work.plan
    model = IndicatorTotalsModel()
    model.set_totals([(plan.indicator("trainees"), 1234), (plan.indicator("trainings"), 0)])
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.index(0, 0).data() == "Lượt người được tập huấn"
    assert model.index(0, COL_TOTAL).data() == "1.234"
    assert model.index(0, 2).data() == "lượt người"
    assert model.total_of("trainings") == 0 and model.total_of("events") is None


# jobs ---------------------------------------------------------------------------------------
def test_a_job_reports_on_the_ui_thread(qtbot: QtBot, installation: Installation) -> None:
    runner = JobRunner(installation)
    ui_thread = threading.get_ident()
    seen: list[tuple[str, object, bool]] = []

    def count(progress: Progress) -> int:
        for done in range(3):
            progress.update(done, 3)
        return threading.get_ident()

    job = runner.start("count", count)
    job.progress.connect(lambda done, _total: seen.append(
        ("progress", done, threading.get_ident() == ui_thread)))
    with qtbot.waitSignal(job.finished) as finished:
        pass
    assert finished.args is not None and finished.args[0] != ui_thread  # ran elsewhere
    assert seen == [("progress", n, True) for n in range(3)]
    assert job.done and not runner.busy
    runner.shutdown()


def test_a_job_has_its_own_connection_and_reports_failures(qtbot: QtBot,
                                                           installation: Installation) -> None:
    runner = JobRunner(installation)

    def write(own: Installation, _progress: Progress) -> str:
        assert own.store is not installation.store
        OfficeWork(own).add_activity("II.6", dt.date(2024, 6, 1), "Tập huấn")
        return own.unit().name

    job = runner.start_with_installation("write", write, writes=True)
    with qtbot.waitSignal(job.finished) as finished:
        pass
    assert finished.args == ["UBND huyện Văn Yên"]
    assert OfficeWork(installation).count_activities("II.6") == 1

    def refuse(own: Installation, _progress: Progress) -> None:
        OfficeWork(own).add_activity("II.6", dt.date(2030, 1, 1), "Ngoài kế hoạch")

    job = runner.start_with_installation("refuse", refuse, writes=True)
    with qtbot.waitSignal(job.failed) as failed:
        pass
    assert failed.args is not None and isinstance(failed.args[0], UserError)
    assert failed.args[0].code == "activity.date_outside"
    runner.shutdown()


def test_a_job_can_be_cancelled(qtbot: QtBot, installation: Installation) -> None:
    runner = JobRunner(installation)
    started = threading.Event()
    release = threading.Event()

    def wait(progress: Progress) -> str:
        started.set()
        release.wait(10)
        return "cancelled" if progress.cancelled else "ran"

    job = runner.start("wait", wait)
    started.wait(10)
    job.cancel()
    release.set()
    with qtbot.waitSignal(job.finished) as finished:
        pass
    assert finished.args == ["cancelled"]
    runner.shutdown()
