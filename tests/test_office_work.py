"""The office-work services: progress, activities, the evidence store, undo, the summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kh14_desktop.domain.errors import UserError
from kh14_desktop.domain.progress import Status
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_tasks import office_tasks
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.services.summary import office_summary
from kh14_desktop.store.attachments import FileState

DAY = dt.date(2024, 5, 3)


@pytest.fixture
def work(installation: Installation) -> OfficeWork:
    return OfficeWork(installation)


def test_progress_keeps_what_is_not_given(work: OfficeWork) -> None:
    work.save_progress("II.6", Status.IN_PROGRESS, result="Đã mở lớp")
    saved = work.save_progress("II.6", difficulties="Thiếu kinh phí")
    assert (saved.status, saved.result, saved.difficulties) == (
        Status.IN_PROGRESS, "Đã mở lớp", "Thiếu kinh phí")
    assert saved.updated_at is not None


def test_saving_the_same_progress_keeps_its_time(work: OfficeWork) -> None:
    first = work.save_progress("II.6", Status.DONE, result="Xong")
    again = work.save_progress("II.6", Status.DONE, result="Xong")
    assert again.updated_at == first.updated_at


def test_progress_text_is_nfc(work: OfficeWork) -> None:
    import unicodedata

    saved = work.save_progress("II.6", result=unicodedata.normalize("NFD", "Đào tạo cán bộ"))
    assert saved.result == "Đào tạo cán bộ"


def test_status_shows_in_the_task_list(installation: Installation, work: OfficeWork) -> None:
    work.save_progress("II.3.2", Status.DONE)
    statuses = {item.task.code: item.status for item in office_tasks(installation)}
    assert statuses["II.3.2"] is Status.DONE and statuses["II.1"] is Status.NOT_STARTED


def test_same_file_twice_is_stored_once(work: OfficeWork, tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(b"same content")
    second.write_bytes(b"same content")
    one = work.add_activity("II.6", DAY, "Một", attachments=[first])
    two = work.add_activity("II.6", DAY, "Hai", attachments=[second])
    assert one.evidence[0].sha256 == two.evidence[0].sha256
    assert [e.original_name for e in (one.evidence[0], two.evidence[0])] == ["a.pdf", "b.pdf"]
    stored = [p for p in work.files.folder.rglob("*") if p.is_file()]
    assert len(stored) == 1


def test_missing_and_altered_evidence_are_detected(work: OfficeWork, tmp_path: Path) -> None:
    source = tmp_path / "anh.jpg"
    source.write_bytes(b"photo bytes")
    activity = work.add_activity("II.6", DAY, "Ảnh", attachments=[source])
    evidence = activity.evidence[0]
    assert work.evidence_path(evidence).read_bytes() == b"photo bytes"
    stored = work.files.path_of(evidence.sha256)
    stored.write_bytes(b"photo bytes, edited")
    assert [p.state for p in work.evidence_problems()] == [FileState.ALTERED]
    with pytest.raises(UserError) as caught:
        work.evidence_path(evidence)
    assert caught.value.code == "evidence.altered"
    stored.unlink()
    assert [p.state for p in work.evidence_problems()] == [FileState.MISSING]
    with pytest.raises(UserError) as caught:
        work.evidence_path(evidence)
    assert caught.value.code == "evidence.missing"


def test_a_damaged_store_copy_is_replaced_when_the_file_comes_again(
        work: OfficeWork, tmp_path: Path) -> None:
    source = tmp_path / "x.pdf"
    source.write_bytes(b"original")
    activity = work.add_activity("II.6", DAY, "x", attachments=[source])
    work.files.path_of(activity.evidence[0].sha256).write_bytes(b"damaged")
    work.add_activity("II.6", DAY, "y", attachments=[source])
    assert work.evidence_problems() == []


def test_delete_then_restore_gives_back_everything(work: OfficeWork, tmp_path: Path) -> None:
    source = tmp_path / "bb.txt"
    source.write_text("biên bản", encoding="utf-8")
    activity = work.add_activity("II.6", DAY, "Lớp", "Mô tả", {"trainees": 4}, [source])
    snapshot = work.delete_activity(activity.id)
    assert work.count_activities() == 0
    assert work.figure_totals() == {}
    assert work.restore_activity(snapshot) == activity
    assert work.figure_totals() == {"II.6": {"trainees": 4}}


def test_update_replaces_figures_and_evidence(work: OfficeWork, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("a", encoding="utf-8")
    b.write_text("b", encoding="utf-8")
    activity = work.add_activity("II.6", DAY, "Lớp", figures={"trainees": 4, "trainings": 1},
                                 attachments=[a])
    updated = work.update_activity(activity.id, DAY, "Lớp 2", "", {"trainees": 9},
                                   add_files=[b], remove_evidence=[activity.evidence[0].id])
    assert updated.figures == {"trainees": 9}
    assert [e.original_name for e in updated.evidence] == ["b.txt"]


def test_a_failed_write_leaves_no_rows(work: OfficeWork, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import kh14_desktop.store.office_records as records

    source = tmp_path / "a.txt"
    source.write_text("a", encoding="utf-8")

    def broken(*args: object) -> int:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(records, "link_evidence", broken)
    with pytest.raises(RuntimeError):
        work.add_activity("II.6", DAY, "Lớp", figures={"trainees": 4}, attachments=[source])
    assert work.count_activities() == 0
    assert work.figure_totals() == {}


def test_search_folds_d_stroke_and_marks(work: OfficeWork) -> None:
    work.add_activity("II.6", DAY, "Đào tạo cán bộ", "tại Đông Cuông")
    work.add_activity("II.1", DAY, "Hội nghị", "")
    assert [a.title for a in work.activities(search="dao tao")] == ["Đào tạo cán bộ"]
    assert [a.title for a in work.activities(search="dong cuong")] == ["Đào tạo cán bộ"]
    assert work.count_activities(search="hoi nghi") == 1
    assert work.count_activities(task_code="II.1") == 1


def test_summary_counts(installation: Installation, work: OfficeWork) -> None:
    work.add_activity("II.6", DAY, "a", figures={"trainees": 10})
    work.add_activity("II.6", DAY, "b", figures={"trainees": 15})
    work.save_progress("II.3.4", Status.NOT_APPLICABLE)
    summary = office_summary(installation, dt.date(2024, 11, 10))
    assert summary.days_left == 10
    assert {t.indicator.key: t.total for t in summary.totals}["trainees"] == 25
    untouched = {item.task.code for item in summary.tasks_without_activity}
    assert "II.6" not in untouched and "II.3.4" not in untouched and "II.1" in untouched
    assert summary.status_counts[Status.NOT_APPLICABLE] == 1


def test_demo_installation_has_work(tmp_path: Path) -> None:
    from kh14_desktop.services.demo import create_demo_installation

    with create_demo_installation(tmp_path / "demo") as demo:
        work = OfficeWork(demo)
        assert work.count_activities() >= 10
        assert any(a.evidence for a in work.activities())
        summary = office_summary(demo, dt.date(2024, 10, 1))
        assert summary.status_counts[Status.DONE] >= 3


def test_an_activity_number_is_never_reused(work: OfficeWork) -> None:
    first = work.add_activity("II.6", DAY, "Một")
    snapshot = work.delete_activity(first.id)
    second = work.add_activity("II.6", DAY, "Hai")
    assert second.id != first.id
    assert work.restore_activity(snapshot).id == first.id


def test_too_long_texts_are_named_in_vietnamese(work: OfficeWork) -> None:
    with pytest.raises(UserError) as caught:
        work.save_progress("II.6", difficulties="x" * 60_000)
    assert "khó khăn, vướng mắc" in caught.value.message("vi")
