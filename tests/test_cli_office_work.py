"""`kh14 progress`, `activity add|edit|delete|list`, `summary`, and their error cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kh14_desktop.store.database import Store


@pytest.fixture
def office(kh14):  # type: ignore[no-untyped-def]
    assert kh14("setup", "--unit", "van yen").code == 0
    return kh14


def database_dump(data_dir: Path) -> list[tuple[object, ...]]:
    with Store.open(data_dir / "kh14.sqlite3") as store:
        rows: list[tuple[object, ...]] = []
        for table in ("task_progress", "activities", "activity_figures", "attachments",
                      "activity_evidence"):
            rows.extend((table, *row) for row in store.db.execute(f"SELECT * FROM {table}"))
        return rows


def test_progress_sets_status_and_texts(office) -> None:  # type: ignore[no-untyped-def]
    result = office("progress", "II.6", "--status", "in-progress", "--result", "Đã mở 1 lớp")
    assert result.code == 0 and "II.6" in result.out and "Đang triển khai" in result.out
    saved = json.loads(office("progress", "6", "--proposals", "Thêm lớp", "--json").out)
    assert saved["status"] == "in-progress" and saved["result"] == "Đã mở 1 lớp"
    assert saved["proposals"] == "Thêm lớp"
    listed = json.loads(office("tasks", "--json").out)
    assert next(t for t in listed["tasks"] if t["code"] == "II.6")["status"] == "in-progress"


def test_progress_accepts_vietnamese_status_words(office) -> None:  # type: ignore[no-untyped-def]
    saved = json.loads(office("progress", "II.1", "--status", "Hoàn thành", "--json").out)
    assert saved["status"] == "done"
    saved = json.loads(office("progress", "II.3.4", "--status", "khong phat sinh", "--json").out)
    assert saved["status"] == "not-applicable"


def test_progress_errors_change_nothing(office, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    before = database_dump(data_dir)
    result = office("progress", "II.6", "--status", "finished-ish")
    assert result.code == 1 and "không hợp lệ" in result.err
    assert office("progress", "II.99", "--status", "done").code == 1
    assert database_dump(data_dir) == before


def test_activity_add_list_edit_delete(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    evidence = tmp_path / "Biên bản.pdf"
    evidence.write_bytes(b"%PDF-1.4 demo")
    added = json.loads(office(
        "activity", "add", "II.6", "--date", "2024-05-03", "--title", "Lớp tập huấn",
        "--indicator", "trainings=1", "--indicator", "trainees=45", "--attach", str(evidence),
        "--json").out)
    assert added["figures"] == {"trainings": 1, "trainees": 45}
    assert added["evidence"][0]["name"] == "Biên bản.pdf"
    office("activity", "add", "II.6", "--date", "20/02/2024", "--title", "Họp chuẩn bị")
    listed = json.loads(office("activity", "list", "--json").out)
    assert [a["date"] for a in listed] == ["2024-02-20", "2024-05-03"]  # sorted by date
    text = office("activity", "list", "II.6").out
    assert "03/05/2024" in text and "Lớp tập huấn" in text
    edited = json.loads(office("activity", "edit", str(added["id"]), "--indicator",
                               "trainees=50", "--json").out)
    assert edited["figures"] == {"trainings": 1, "trainees": 50}
    assert edited["title"] == "Lớp tập huấn"
    assert office("activity", "delete", str(added["id"])).code == 0
    assert len(json.loads(office("activity", "list", "--json").out)) == 1


def test_activity_search_ignores_diacritics(office) -> None:  # type: ignore[no-untyped-def]
    office("activity", "add", "II.6", "--date", "2024-05-03", "--title", "Đào tạo kỹ năng")
    office("activity", "add", "II.1", "--date", "2024-05-04", "--title", "Hội nghị quán triệt")
    found = json.loads(office("activity", "list", "--search", "dao tao", "--json").out)
    assert [a["title"] for a in found] == ["Đào tạo kỹ năng"]
    found = json.loads(office("activity", "list", "--search", "QUAN TRIET", "--json").out)
    assert [a["title"] for a in found] == ["Hội nghị quán triệt"]


@pytest.mark.parametrize(("arguments", "message"), [
    (["--date", "2023-12-31", "--title", "x"], "ngoài thời gian của kế hoạch"),
    (["--date", "31/02/2024", "--title", "x"], "không đúng dạng"),
    (["--date", "2024-05-03", "--title", "  "], "tên hoạt động"),
    (["--date", "2024-05-03", "--title", "x", "--indicator", "trainees=-5"], "không được âm"),
    (["--date", "2024-05-03", "--title", "x", "--indicator", "trainees=nhiều"],
     "số nguyên không âm"),
    (["--date", "2024-05-03", "--title", "x", "--indicator", "articles=3"],
     "không có chỉ tiêu \"articles\""),
    (["--date", "2024-05-03", "--title", "x", "--indicator", "trainees"], "CHỈ_TIÊU=SỐ"),
    (["--date", "2024-05-03", "--title", "x", "--attach", "/no/such/file.pdf"],
     "không phải là một tệp"),
])
def test_activity_bad_input_changes_nothing(office, data_dir: Path, arguments: list[str],  # type: ignore[no-untyped-def]
                                            message: str) -> None:
    before = database_dump(data_dir)
    result = office("activity", "add", "II.6", *arguments)
    assert result.code == 1, result.err
    assert message in result.err
    assert database_dump(data_dir) == before


def test_unknown_task_and_activity(office) -> None:  # type: ignore[no-untyped-def]
    result = office("activity", "add", "II.9", "--date", "2024-05-03", "--title", "x")
    assert result.code == 1 and "II.9" in result.err
    result = office("--lang", "en", "activity", "delete", "42")
    assert result.code == 1 and "no activity number 42" in result.err


def test_evidence_too_large_is_refused(office, tmp_path: Path,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import kh14_desktop.store.attachments as attachments

    monkeypatch.setattr(attachments, "MAX_EVIDENCE_BYTES", 1000)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"x" * 5000)
    result = office("activity", "add", "II.6", "--date", "2024-05-03", "--title", "x",
                    "--attach", str(big))
    assert result.code == 1 and "quá lớn" in result.err


def test_summary_totals_are_sums_of_activities(office) -> None:  # type: ignore[no-untyped-def]
    office("activity", "add", "II.6", "--date", "2024-05-03", "--title", "a",
           "--indicator", "trainees=45", "--indicator", "trainings=1")
    office("activity", "add", "II.6", "--date", "2024-06-03", "--title", "b",
           "--indicator", "trainees=30", "--indicator", "trainings=1")
    office("activity", "add", "II.1", "--date", "2024-06-04", "--title", "c",
           "--indicator", "participants=200")
    office("progress", "II.6", "--status", "done")
    summary = json.loads(office("summary", "--json").out)
    assert summary["totals"]["trainees"] == 75 and summary["totals"]["trainings"] == 2
    assert summary["totals"]["participants"] == 200
    assert summary["statuses"]["done"] == 1 and summary["activities"] == 3
    assert "II.6" not in summary["tasks_without_activity"]
    assert "II.2" in summary["tasks_without_activity"]
    text = office("summary").out
    assert "Lượt người được tập huấn (lượt người)" in text and "75" in text


def test_an_office_adds_a_task_it_took_part_in(office) -> None:  # type: ignore[no-untyped-def]
    adoptable = [t["code"] for t in json.loads(office("tasks", "--adoptable", "--json").out)]
    assert "II.3.5" in adoptable and "II.2" not in adoptable  # II.2 is Văn Yên's already
    assert office("tasks", "--add", "II.3.5").code == 0
    listed = json.loads(office("tasks", "--json").out)
    added = next(t for t in listed["tasks"] if t["code"] == "II.3.5")
    assert added["adopted"] and added["role"] == "cooperating"
    assert "II.3.5" not in [t["code"] for t in json.loads(
        office("tasks", "--adoptable", "--json").out)]
    office("activity", "add", "II.3.5", "--date", "2024-04-02", "--title", "Góp ý dự thảo",
           "--indicator", "feedback-items=12")
    refused = office("tasks", "--remove", "II.3.5")
    assert refused.code == 1 and "đã có kết quả hoặc hoạt động" in refused.err
    assert office("tasks", "--add", "II.2").code == 1
    assert office("tasks", "--remove", "II.2").code == 1


def test_an_added_task_without_records_can_be_removed(office) -> None:  # type: ignore[no-untyped-def]
    office("tasks", "--add", "IV.2")
    assert office("tasks", "--remove", "IV.2").code == 0
    assert "IV.2" not in [t["code"] for t in json.loads(office("tasks", "--json").out)["tasks"]]


def test_an_added_task_whose_result_was_cleared_again_can_be_removed(office) -> None:  # type: ignore[no-untyped-def]
    office("tasks", "--add", "IV.2")
    written = office("progress", "IV.2", "--status", "in-progress", "--result", "Đã phối hợp")
    assert written.code == 0
    refused = office("tasks", "--remove", "IV.2")
    assert refused.code == 1 and "Chưa triển khai" in refused.err  # says how to get there
    assert office("progress", "IV.2", "--status", "not-started", "--result", "").code == 0
    assert office("tasks", "--remove", "IV.2").code == 0
    assert "IV.2" not in [t["code"] for t in json.loads(office("tasks", "--json").out)["tasks"]]
