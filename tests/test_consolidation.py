"""Consolidating the offices' reports: counts, totals, who is late, matrix, notes, PDF, Excel."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kh14_desktop.domain.plan import Plan, Role
from kh14_desktop.domain.progress import Status
from kh14_desktop.domain.received import ClockWarning, ReceivedReport, ReportingState
from kh14_desktop.services.consolidated_pdf import consolidated_document
from kh14_desktop.services.consolidated_xlsx import (
    SHEET_ACTIVITIES,
    SHEET_FIGURES,
    SHEET_MATRIX,
    SHEET_NOTES,
    SHEET_REPORTING,
    SHEET_TASKS,
    SHEETS,
    write_workbook,
)
from kh14_desktop.services.consolidation import CellState, Consolidation, consolidate
from kh14_desktop.services.pdf import render_pdf
from tests.consolidation_data import Work, unit_report, whole_plan_reports

UTC = dt.UTC
TODAY = dt.date(2024, 11, 25)
DAY = dt.date(2024, 5, 14)


@pytest.fixture(scope="module")
def latest(plan: Plan) -> dict[str, ReceivedReport]:
    reports = [
        # 10:00 on 20/11 in Vietnam: the deadline day, on time
        unit_report(plan, "h-van-yen", {
            "II.1": Work(Status.DONE, [(DAY, "Hội nghị quán triệt", {"events": 1,
                                                                     "participants": 215}),
                                       (DAY, "Hội nghị quý IV", {"events": 1,
                                                                 "participants": 80})],
                         result="Đã tổ chức 2 hội nghị quán triệt."),
            "II.6": Work(Status.IN_PROGRESS, [(DAY, "Tập huấn", {"trainings": 1,
                                                                  "trainees": 54})],
                         difficulties="Thiếu kinh phí tập huấn.",
                         proposals="Đề nghị hỗ trợ kinh phí."),
        }, created=dt.datetime(2024, 11, 20, 3, 0, tzinfo=UTC),
            general_difficulties="Cán bộ kiêm nhiệm nhiều việc."),
        # 18:00 UTC on 20/11 is already 01:00 on 21/11 in Vietnam: late
        unit_report(plan, "h-luc-yen", {
            "II.3.2": Work(Status.DONE, [(DAY, "Đăng tải dự thảo", {"web-posts": 12})],
                           difficulties="Mạng chập chờn."),
        }, created=dt.datetime(2024, 11, 20, 18, 0, tzinfo=UTC)),
        # a task outside its assignment (IV.1.3 names only Sở TT&TT), in the role it reports
        unit_report(plan, "so-tu-phap", {
            "II.1": Work(Status.DONE, [(DAY, "Bài viết", {"articles": 5})]),
            "IV.1.3": Work(Status.DONE, [(DAY, "Báo cáo chuyên đề", {"summary-reports": 1})],
                           role=Role.COOPERATING),
        }, general_proposals="Đề nghị thống nhất mẫu báo cáo."),
        unit_report(plan, "bao-yen-bai", {
            "IV.6": Work(Status.IN_PROGRESS, [(DAY, "Dự toán", {"budget": 300})],
                         role=Role.LEAD, difficulties="Nguồn thu hạn chế."),
        }, all_tasks=False),  # its own II.1 is missing from the report
        # exported "after" it was imported: the office PC's clock runs fast
        unit_report(plan, "dai-ptth", {}, general_difficulties="Thiết bị cũ.",
                    imported_at=dt.datetime(2024, 11, 17, 0, 0, tzinfo=UTC)),
        # the plan gives Văn phòng Tỉnh ủy no task; it reports one anyway
        unit_report(plan, "van-phong-tinh-uy", {
            "II.4.2": Work(Status.DONE, [(DAY, "Tổng hợp dư luận", {"opinion-reports": 2})],
                           role=Role.COOPERATING)}, all_tasks=False),
    ]
    return {received.unit_id: received for received in reports}


@pytest.fixture(scope="module")
def consolidated(plan: Plan, latest: dict[str, ReceivedReport]) -> Consolidation:
    return consolidate(plan, latest, "năm 2024", TODAY)


def summed(reports: list[ReceivedReport]) -> Counter[str]:
    total: Counter[str] = Counter()
    for received in reports:
        total.update(received.report.totals())
    return total


# --- numbers -------------------------------------------------------------------------------

def test_totals_are_the_sums_of_the_reports(consolidated: Consolidation,
                                            latest: dict[str, ReceivedReport]) -> None:
    assert Counter(consolidated.totals) == summed(list(latest.values()))
    assert consolidated.totals["participants"] == 295
    assert consolidated.totals["budget"] == 300
    by_task: Counter[str] = Counter()
    for task in consolidated.tasks:
        by_task.update(task.totals)
    assert by_task == Counter(consolidated.totals)


def test_whole_plan_totals_are_the_sums_of_the_reports(plan: Plan) -> None:
    latest = whole_plan_reports(plan)
    c = consolidate(plan, latest, "năm 2024", TODAY)
    assert Counter(c.totals) == summed(list(latest.values()))
    assert len(c.reports) == len(plan.units) == 36
    assert [task.code for task in c.tasks] == [task.code for task in plan.tasks]
    assert list(c.totals) == [i.key for i in plan.indicators if i.key in c.totals]


def test_lead_units_counted_by_status(plan: Plan, consolidated: Consolidation) -> None:
    ii1 = next(task for task in consolidated.tasks if task.code == "II.1")
    leads = plan.lead_units(plan.task("II.1"))
    # done: Văn Yên, Sở Tư pháp; not started: Lục Yên and Đài PT-TH (left as they were);
    # Báo Yên Bái left II.1 out of its report: not reported, like every silent unit
    assert (ii1.lead.done, ii1.lead.in_progress, ii1.lead.not_started) == (2, 0, 2)
    assert ii1.lead.not_reported == len(leads) - 4
    assert ii1.lead.units == len(leads)
    assert ii1.cooperating.units == 0
    ii6 = next(task for task in consolidated.tasks if task.code == "II.6")
    assert ii6.cooperating.in_progress == 1  # Văn Yên cooperates on II.6
    assert ii6.totals == {"trainings": 1, "trainees": 54}


def test_tasks_outside_the_assignment_count_in_the_reported_role(
        consolidated: Consolidation) -> None:
    iv13 = next(task for task in consolidated.tasks if task.code == "IV.1.3")
    assert iv13.cooperating.done == 1 and iv13.totals == {"summary-reports": 1}
    iv6 = next(task for task in consolidated.tasks if task.code == "IV.6")
    assert iv6.lead.units == 2 and iv6.lead.in_progress == 1 and iv6.lead.not_reported == 1


# --- who reported --------------------------------------------------------------------------

def test_on_time_late_and_missing(plan: Plan, consolidated: Consolidation) -> None:
    states = {row.unit.id: row.state for row in consolidated.reporting}
    assert states["h-van-yen"] is ReportingState.ON_TIME
    assert states["h-luc-yen"] is ReportingState.LATE
    assert states["h-yen-binh"] is ReportingState.MISSING
    assert consolidated.late == 1
    assert consolidated.on_time == 5
    assert consolidated.missing == len(plan.reporting_units()) - 5
    # the unit without assignment is listed after the expected ones, since it reported
    assert consolidated.reporting[-1].unit.id == "van-phong-tinh-uy"
    assert consolidated.deadline_passed
    clocks = {row.unit.id: row.clock for row in consolidated.reporting}
    assert clocks["dai-ptth"] is ClockWarning.FUTURE and clocks["h-van-yen"] is ClockWarning.NONE


def test_the_last_minute_of_the_deadline_day_in_vietnam(plan: Plan) -> None:
    just_in = unit_report(plan, "h-van-yen", created=dt.datetime(2024, 11, 20, 16, 59,
                                                                 tzinfo=UTC))
    too_late = unit_report(plan, "h-tram-tau", created=dt.datetime(2024, 11, 20, 17, 0,
                                                                   tzinfo=UTC))
    c = consolidate(plan, {"h-van-yen": just_in, "h-tram-tau": too_late}, "năm 2024", TODAY)
    states = {row.unit.id: row.state for row in c.reporting}
    assert states["h-van-yen"] is ReportingState.ON_TIME
    assert states["h-tram-tau"] is ReportingState.LATE


# --- matrix --------------------------------------------------------------------------------

def test_matrix_cells(consolidated: Consolidation) -> None:
    matrix = consolidated.matrix
    cell = matrix.cell("h-van-yen", "II.1")
    assert cell.state is CellState.DONE and cell.role is Role.LEAD
    assert cell.entry is not None and cell.entry.result == "Đã tổ chức 2 hội nghị quán triệt."
    assert cell.entry.totals == {"events": 2, "participants": 295}
    assert matrix.cell("h-van-yen", "II.6").state is CellState.IN_PROGRESS
    assert matrix.cell("h-van-yen", "II.6").role is Role.COOPERATING
    assert matrix.cell("h-van-yen", "IV.1.3").state is CellState.NOT_ASSIGNED
    assert matrix.cell("h-van-yen", "IV.1.3").role is None
    assert matrix.cell("h-luc-yen", "II.1").state is CellState.NOT_STARTED
    silent = matrix.cell("h-yen-binh", "II.1")
    assert silent.state is CellState.NOT_REPORTED and silent.role is Role.LEAD
    assert silent.entry is None
    assert matrix.cell("bao-yen-bai", "II.1").state is CellState.NOT_REPORTED
    assert matrix.cell("so-tu-phap", "IV.1.3").state is CellState.DONE
    assert matrix.cell("van-phong-tinh-uy", "II.4.2").role is Role.COOPERATING
    assert len(matrix.units) == len(consolidated.reporting)
    assert all(len(row) == len(matrix.task_codes) for row in matrix.rows)


# --- notes ---------------------------------------------------------------------------------

def test_difficulties_grouped_by_unit_in_vietnamese_order(
        consolidated: Consolidation) -> None:
    names = [notes.unit.name for notes in consolidated.difficulties]
    # "Đài" after "Báo" and before "Sở": Đ is the letter after D, not after Z
    assert names == ["Báo Yên Bái", "Đài Phát thanh và Truyền hình tỉnh Yên Bái",
                     "UBND huyện Lục Yên", "UBND huyện Văn Yên"]
    van_yen = consolidated.difficulties[-1]
    assert van_yen.general == "Cán bộ kiêm nhiệm nhiều việc."
    assert [(note.code, note.text) for note in van_yen.tasks] == [
        ("II.6", "Thiếu kinh phí tập huấn.")]
    assert [notes.unit.name for notes in consolidated.proposals] == [
        "Sở Tư pháp", "UBND huyện Văn Yên"]


# --- PDF -----------------------------------------------------------------------------------

def pdf_text(c: Consolidation, **options: object) -> str:
    pdf = render_pdf(consolidated_document(c, **options))  # type: ignore[arg-type]
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_pdf_text(consolidated: Consolidation) -> None:
    text = pdf_text(consolidated, signer_name="Nguyễn Văn Hải")
    flat = " ".join(text.split())
    assert "BÁO CÁO" in text
    assert ("Kết quả thực hiện Kế hoạch số 14/KH-UBND ngày 17/01/2024 về công tác truyền "
            "thông chính sách tỉnh Yên Bái năm 2024 (tổng hợp)") in flat
    assert "SỞ THÔNG TIN VÀ" in text and "UBND TỈNH YÊN BÁI" in text
    assert "/BC-STTTT" in text and "Yên Bái, ngày 25 tháng 11 năm 2024" in flat
    for heading in ("I. TÌNH HÌNH BÁO CÁO", "II. KẾT QUẢ THỰC HIỆN THEO NHIỆM VỤ",
                    "III. KHÓ KHĂN, VƯỚNG MẮC", "IV. ĐỀ XUẤT, KIẾN NGHỊ"):
        assert heading in flat
    assert "UBND huyện Lục Yên" in text and "Quá hạn" in text
    assert "cần kiểm tra đồng hồ máy tính của đơn vị" in flat  # Đài PT-TH
    assert "UBND huyện Yên Bình" in flat  # among those that have not reported
    assert "Văn Yên" in text and "Mù Cang Chải" in text  # matrix rows (short names)
    assert "IV" in text and "3.1" in text and "II.3.2" in text
    assert "Thiếu kinh phí tập huấn." in flat and "Đề nghị thống nhất mẫu báo cáo." in flat
    assert "Phụ lục I" in text and "Kết quả thực hiện của UBND huyện Văn Yên" in flat
    assert "Đã tổ chức 2 hội nghị quán triệt." in flat
    assert "Bộ Thông tin và Truyền thông (b/c);" in flat and "Nguyễn Văn Hải" in text
    assert "295" in text  # Văn Yên's participants, summed


def test_pdf_options_replace_the_defaults(consolidated: Consolidation) -> None:
    text = pdf_text(consolidated, number="118/BC-STTTT", date=dt.date(2024, 12, 2),
                    place="TP. Yên Bái", recipients=("Thường trực Tỉnh ủy (b/c);", "Lưu: VT."))
    flat = " ".join(text.split())
    assert "Số: 118/BC-STTTT" in flat and "TP. Yên Bái, ngày 02 tháng 12 năm 2024" in flat
    assert "Thường trực Tỉnh ủy (b/c);" in flat
    assert "Bộ Thông tin và Truyền thông (b/c)" not in flat


def test_whole_plan_renders(plan: Plan) -> None:
    c = consolidate(plan, whole_plan_reports(plan), "năm 2024", TODAY)
    pdf = render_pdf(consolidated_document(c))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > len(plan.units)  # one annex at least per unit
    assert "Phụ lục XXXVI" in "".join(page.extract_text() for page in reader.pages[-6:])
    landscape = [page for page in reader.pages if page.mediabox.width > page.mediabox.height]
    assert landscape, "the matrix is printed on landscape pages"
    matrix_text = "".join(page.extract_text() for page in landscape)
    assert all(unit.short_name in matrix_text for unit in plan.units)


# --- Excel ---------------------------------------------------------------------------------

def test_workbook(consolidated: Consolidation, tmp_path: Path) -> None:
    path = tmp_path / "tong-hop.xlsx"
    write_workbook(consolidated, path)
    book = load_workbook(path)
    assert tuple(book.sheetnames) == SHEETS
    for sheet in book:
        assert sheet.freeze_panes in ("A2", "B2")
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
        assert all(cell.font.b for cell in sheet[1] if cell.value is not None)
        assert sheet.column_dimensions["A"].width > 5
    assert [cell.value for cell in book[SHEET_REPORTING][1]][:4] == [
        "STT", "Đơn vị", "Tình trạng", "Ngày gửi"]

    # figures equal the totals, whichever sheet they are read from
    figures: Counter[str] = Counter()
    names = {consolidated.indicator(k).name: k for k in consolidated.totals}
    for row in book[SHEET_FIGURES].iter_rows(min_row=2, values_only=True):
        figures[names[row[4]]] += row[6]
    assert figures == Counter(consolidated.totals)
    tasks = book[SHEET_TASKS]
    header = [cell.value for cell in tasks[1]]
    total_row = next(row for row in tasks.iter_rows(values_only=True) if row[1] == "Tổng cộng")
    for key, value in consolidated.totals.items():
        indicator = consolidated.indicator(key)
        column = header.index(f"{indicator.name} ({indicator.measure})")
        assert total_row[column] == value
        assert sum(row[column] or 0 for row in tasks.iter_rows(
            min_row=2, max_row=len(consolidated.tasks) + 1, values_only=True)) == value
    activities = book[SHEET_ACTIVITIES]
    header = [cell.value for cell in activities[1]]
    column = header.index("Lượt người tham dự (lượt người)")
    assert sum(row[column] or 0 for row in activities.iter_rows(min_row=2, values_only=True)) \
        == consolidated.totals["participants"]

    # dates are dates, shown the Vietnamese way; the late report says so
    reporting = book[SHEET_REPORTING]
    rows = {row[1].value: row for row in reporting.iter_rows(min_row=2)}
    luc_yen = rows["UBND huyện Lục Yên"]
    assert luc_yen[2].value == "Quá hạn"
    assert luc_yen[3].value == dt.datetime(2024, 11, 21)
    assert luc_yen[3].number_format == "dd/mm/yyyy"
    assert luc_yen[4].value == dt.datetime(2024, 11, 21, 1, 0)
    assert rows["UBND huyện Văn Yên"][2].value == "Đúng hạn"
    assert rows["UBND huyện Yên Bình"][2].value == "Chưa gửi"
    assert "đồng hồ" in rows["Đài Phát thanh và Truyền hình tỉnh Yên Bái"][7].value
    day = activities.cell(2, header.index("Ngày") + 1)
    assert isinstance(day.value, dt.datetime) and day.number_format == "dd/mm/yyyy"

    matrix = book[SHEET_MATRIX]
    codes = [cell.value for cell in matrix[1]]
    units = {row[0].value: row for row in matrix.iter_rows(min_row=2)}
    done = units["UBND huyện Văn Yên"][codes.index("II.1")]
    assert done.value == "Hoàn thành" and done.fill.fgColor.rgb.endswith("C6EFCE")
    assert units["UBND huyện Yên Bình"][codes.index("II.1")].value == "Chưa báo cáo"
    assert units["UBND huyện Văn Yên"][codes.index("IV.1.3")].value is None

    notes = list(book[SHEET_NOTES].iter_rows(min_row=2, values_only=True))
    assert notes[0][0] == "Báo Yên Bái"
    assert ("UBND huyện Văn Yên", "II.6") in [(row[0], row[1]) for row in notes]


def test_workbook_replaces_the_file_whole(consolidated: Consolidation, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "tong-hop.xlsx"
    path.write_bytes(b"old")
    write_workbook(consolidated, path)
    assert path.read_bytes()[:2] == b"PK"
    assert [p.name for p in folder.iterdir()] == ["tong-hop.xlsx"]  # no stray part file


def test_nothing_a_signed_report_states_is_dropped(plan: Plan) -> None:
    """A task code the plan does not know, a unit it does not name: still counted."""
    odd_task = unit_report(plan, "h-van-yen", {
        "II.9": Work(Status.DONE, [(DAY, "Việc mới", {"events": 3})], role=Role.LEAD,
                     title="Nhiệm vụ bổ sung")}, all_tasks=False)
    stranger = dataclasses.replace(
        odd_task, report=dataclasses.replace(odd_task.report, unit_id="xa-moi",
                                             unit_name="UBND xã Mới"))
    latest = {"h-van-yen": odd_task, "xa-moi": stranger}
    c = consolidate(plan, latest, "năm 2024", TODAY)
    assert c.totals == {"events": 6}
    extra = c.tasks[-1]
    assert (extra.code, extra.title, extra.task) == ("II.9", "Nhiệm vụ bổ sung", None)
    assert extra.lead.done == 2
    assert c.matrix.cell("xa-moi", "II.9").state is CellState.DONE
    assert c.reporting[-1].unit.name == "UBND xã Mới"
    assert "UBND xã Mới" in pdf_text(c)
