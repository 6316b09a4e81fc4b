"""The shipped KH 14/2024 plan: every task, duty, unit and clause of the source is there."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from kh14_desktop.domain.plan import Plan, Role

SOURCE = Path(__file__).parent / "data" / "kh14-2024-yen-bai.md"

PART_II = ["II.1", "II.2", "II.3.1", "II.3.2", "II.3.3", "II.3.4", "II.3.5", "II.4.1", "II.4.2",
           "II.5.1", "II.5.2", "II.6"]
PART_IV = ["IV.1.1", "IV.1.2", "IV.1.3", "IV.1.4", "IV.1.5", "IV.1.6", "IV.1.7", "IV.2",
           "IV.3.1", "IV.3.2", "IV.3.3", "IV.4.1", "IV.4.2", "IV.5", "IV.6", "IV.7", "IV.8"]
DISTRICTS = ["UBND thành phố Yên Bái", "UBND thị xã Nghĩa Lộ", "UBND huyện Lục Yên",
             "UBND huyện Văn Yên", "UBND huyện Mù Cang Chải", "UBND huyện Trấn Yên",
             "UBND huyện Trạm Tấu", "UBND huyện Văn Chấn", "UBND huyện Yên Bình"]
PROVINCIAL_BODIES = [
    "Sở Thông tin và Truyền thông", "Sở Tư pháp", "Sở Tài chính", "Văn phòng UBND tỉnh",
    "Công an tỉnh Yên Bái", "Ban Tuyên giáo Tỉnh ủy", "Văn phòng Tỉnh ủy",
    "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Hội Nhà báo tỉnh Yên Bái",
    "Báo Yên Bái", "Đài Phát thanh và Truyền hình tỉnh Yên Bái",
    "Trung tâm Điều hành thông minh tỉnh Yên Bái", "Sở Nội vụ", "Sở Kế hoạch và Đầu tư",
    "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải",
    "Sở Xây dựng", "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo",
    "Sở Y tế", "Thanh tra tỉnh", "Ban Dân tộc tỉnh", "Ban Quản lý các khu công nghiệp tỉnh",
]


def _plain(text: str) -> str:
    """The seed's text without markdown emphasis, whitespace collapsed, NFC."""
    text = unicodedata.normalize("NFC", text).replace("**", "").replace("*", "")
    text = re.sub(r"^#+\s*", "", text, flags=re.MULTILINE)
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def source() -> str:
    return _plain(SOURCE.read_text(encoding="utf-8"))


def names(plan: Plan, ids: tuple[str, ...]) -> set[str]:
    return {plan.unit(unit_id).name for unit_id in ids}


def test_every_task_and_duty_is_present_in_order(plan: Plan) -> None:
    assert [task.code for task in plan.tasks] == PART_II + PART_IV


def test_identity_of_the_plan(plan: Plan) -> None:
    assert plan.document.number == "14/KH-UBND"
    assert plan.document.date.isoformat() == "2024-01-17"
    assert plan.document.issuer == "Ủy ban nhân dân tỉnh Yên Bái"
    assert plan.document.title == "Công tác truyền thông chính sách tỉnh Yên Bái năm 2024"
    assert plan.report.deadline.isoformat() == "2024-11-20"
    assert plan.recipient.name == "Sở Thông tin và Truyền thông"
    assert len(plan.document.legal_bases) == 2
    assert plan.document.signer.name == "Vũ Thị Hiền Hạnh"


def test_every_unit_named_by_the_brief_exists(plan: Plan) -> None:
    unit_names = {unit.name for unit in plan.units}
    assert set(DISTRICTS + PROVINCIAL_BODIES) <= unit_names


def test_districts_group_resolves_to_nine_units(plan: Plan) -> None:
    assert names(plan, plan.group("ubnd-huyen").members) == set(DISTRICTS)


def test_task_3_2_lead_units(plan: Plan) -> None:
    leads = names(plan, plan.lead_units(plan.task("II.3.2")))
    assert {"Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Y tế"} <= leads
    assert set(DISTRICTS) <= leads


def test_item_1_has_no_cooperating_line(plan: Plan) -> None:
    assert plan.task("II.1").cooperating is None


def test_lead_labels_are_read_as_written(plan: Plan) -> None:
    for code in ["II.1", "II.2", "II.3.1", "II.3.2", "II.3.3", "II.3.4", "II.3.5"]:
        assert plan.task(code).lead.label == "Đơn vị thực hiện"
    for code in ["II.4.1", "II.4.2", "II.5.1", "II.5.2", "II.6"]:
        assert plan.task(code).lead.label == "Đơn vị chủ trì"


def test_party_body_is_requested_and_still_leads(plan: Plan) -> None:
    for code in ["II.3.4", "II.4.1", "II.4.2", "IV.2"]:
        entry = plan.role_of(plan.task(code), "ban-tuyen-giao")
        assert entry is not None and entry.role is Role.LEAD and entry.requested
    assert plan.unit("ban-tuyen-giao").party_body
    assert plan.role_of(plan.task("II.4.1"), "so-tttt").requested is False  # type: ignore[union-attr]


def test_conditional_groups_mark_departments_conditional(plan: Plan) -> None:
    for code in ["II.3.1", "II.3.5"]:
        entry = plan.role_of(plan.task(code), "so-y-te")
        assert entry is not None and entry.role is Role.LEAD and entry.conditional
        assert plan.role_of(plan.task(code), "h-van-yen") is None or code == "II.3.1"


def test_open_clauses_resolve_to_no_unit_but_keep_their_text(plan: Plan) -> None:
    task = plan.task("II.3.5")
    assert task.cooperating is not None
    assert plan.cooperating_units(task) == ()
    assert task.cooperating.text == "Cơ quan, đơn vị nhà nước, doanh nghiệp và công dân."


def test_press_group_is_newspaper_and_broadcaster(plan: Plan) -> None:
    assert names(plan, plan.lead_units(plan.task("II.3.3"))) >= {
        "Báo Yên Bái", "Đài Phát thanh và Truyền hình tỉnh Yên Bái"}


def test_part_iv_duties_per_organisation(plan: Plan) -> None:
    def duties(prefix: str) -> list[str]:
        return [t.code for t in plan.tasks if t.code == prefix or t.code.startswith(prefix + ".")]

    assert len(duties("IV.1")) == 7
    assert len(duties("IV.3")) == 3
    assert len(duties("IV.4")) == 2
    for code in duties("IV.1"):
        assert plan.lead_units(plan.task(code)) == ("so-tttt",)
    assert plan.lead_units(plan.task("IV.6")) == ("so-tai-chinh",)
    seven = set(plan.lead_units(plan.task("IV.7")))
    assert set(plan.group("so-ban-nganh").members) | set(plan.group("ubnd-huyen").members) == seven
    assert set(plan.lead_units(plan.task("IV.8"))) == {
        "bao-yen-bai", "dai-ptth", "tt-dieu-hanh-thong-minh"}


def test_every_task_has_indicators_that_exist(plan: Plan) -> None:
    for task in plan.tasks:
        assert task.indicators, task.code
        for key in task.indicators:
            plan.indicator(key)


def test_van_yen_sees_its_tasks_lead_first(plan: Plan) -> None:
    entries = plan.tasks_for("h-van-yen")
    roles = [entry.role for entry in entries]
    assert roles == sorted(roles, key=lambda role: role is not Role.LEAD)
    lead = {entry.task.code for entry in entries if entry.role is Role.LEAD}
    assert lead == {"II.1", "II.2", "II.3.2", "II.3.4", "IV.7"}
    assert "II.6" in {entry.task.code for entry in entries}


def test_every_text_is_the_plans_own_words(plan: Plan, source: str) -> None:
    """Titles, contents and the original assignment lists appear verbatim in the source."""
    for task in plan.tasks:
        for text in (task.title, task.content, task.lead.text,
                     task.cooperating.text if task.cooperating else ""):
            if task.part == "IV" and text in (task.lead.text,
                                              task.cooperating.text if task.cooperating else ""):
                continue  # part IV assignments name the heading, checked below
            assert _plain(text) in source, (task.code, text[:60])
    for section in plan.sections:
        assert _plain(section.title) in source, section.code
    for basis in plan.document.legal_bases:
        assert _plain(basis) in source


def test_every_string_is_nfc(plan: Plan) -> None:
    raw = Path(plan.source).name
    from kh14_desktop.resources import resource_path

    text = resource_path("plans", raw).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text


def test_every_reporting_unit_has_a_task(plan: Plan) -> None:
    reporting = {unit.id for unit in plan.reporting_units()}
    assert "van-phong-tinh-uy" not in reporting  # named only among the recipients
    assert {"h-van-yen", "so-tttt", "ban-tuyen-giao", "hoi-nha-bao"} <= reporting
