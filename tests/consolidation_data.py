"""Received reports built directly, without a database: for consolidation tests and benchmarks.

`unit_report` makes one unit's report from the plan with the statuses and activities a test
names; `whole_plan_reports` makes a realistic province: every unit reporting every task it is
assigned, with a few dated activities each, some difficulties and proposals.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kh14_desktop.domain.plan import Plan, Role
from kh14_desktop.domain.progress import Status
from kh14_desktop.domain.received import VIETNAM, ReceivedReport
from kh14_desktop.domain.report import (
    ActivityEntry,
    DocumentInfo,
    IndicatorEntry,
    ReportData,
    TaskEntry,
)

ON_TIME = dt.datetime(2024, 11, 18, 9, 0, tzinfo=VIETNAM)


@dataclass(frozen=True)
class Work:
    """What a test says a unit did on one task."""

    status: Status = Status.DONE
    activities: Sequence[tuple[dt.date, str, Mapping[str, int]]] = ()
    result: str = ""
    difficulties: str = ""
    proposals: str = ""
    role: Role | None = None  # default: the plan's role; needed for a task outside the plan's
    title: str = ""  # default: the plan's title


def task_entry(plan: Plan, unit_id: str, code: str, work: Work) -> TaskEntry:
    assigned = next((item for item in plan.tasks_for(unit_id) if item.task.code == code), None)
    role = work.role or (assigned.role if assigned else Role.COOPERATING)
    title = work.title or (plan.task(code).title if plan.has_task(code) else code)
    return TaskEntry(
        code=code, title=title, role=role,
        requested=assigned.requested if assigned else False,
        conditional=assigned.conditional if assigned else False,
        status=work.status, result=work.result, difficulties=work.difficulties,
        proposals=work.proposals, updated_at="2024-11-10T08:00:00+07:00",
        activities=tuple(ActivityEntry(day, title, "", dict(figures))
                         for day, title, figures in work.activities))


def unit_report(plan: Plan, unit_id: str, work: Mapping[str, Work] | None = None, *,
                created: dt.datetime = ON_TIME, sequence: int = 1,
                imported_at: dt.datetime | None = None, general_difficulties: str = "",
                general_proposals: str = "", all_tasks: bool = True) -> ReceivedReport:
    """A unit's received report: the tasks in `work`, and (with `all_tasks`) its other
    assigned tasks as not started."""
    work = dict(work or {})
    codes = [item.task.code for item in plan.tasks_for(unit_id)] if all_tasks else []
    codes += [code for code in work if code not in codes]
    tasks = tuple(task_entry(plan, unit_id, code, work.get(code, Work(Status.NOT_STARTED)))
                  for code in codes)
    unit = plan.unit(unit_id)
    report = ReportData(
        plan_id=plan.id, plan_number=plan.document.number, plan_date=plan.document.date,
        plan_title=plan.document.title, plan_issuer=plan.document.issuer,
        unit_id=unit_id, unit_name=unit.name, period_start=plan.period_start,
        period_end=plan.period_end, period_key="year", period_label=f"năm {plan.year}",
        document=DocumentInfo("     /BC-UBND", unit.place or plan.province,
                              created.astimezone(VIETNAM).date(), unit.parent_name, unit.name,
                              ("THỦ TRƯỞNG CƠ QUAN",), "", ("Lưu: VT.",)),
        tasks=tasks,
        indicators=tuple(IndicatorEntry(i.key, i.name, i.measure) for i in plan.indicators),
        general_difficulties=general_difficulties, general_proposals=general_proposals,
        exported_at=created.isoformat())
    return ReceivedReport(report, sequence, created,
                          imported_at or created + dt.timedelta(days=1),
                          f"RWS{unit_id[:8].upper()}", "0" * 64)


_RESULTS = (
    "Ban hành kế hoạch triển khai, giao nhiệm vụ cụ thể cho các phòng, đơn vị trực thuộc; "
    "định kỳ kiểm tra, đôn đốc việc thực hiện.",
    "Tổ chức tuyên truyền trên trang thông tin điện tử, hệ thống đài truyền thanh cơ sở và "
    "các nhóm Zalo của cơ quan; phối hợp với Báo Yên Bái đăng tải tin, bài.",
    "Lồng ghép nội dung truyền thông chính sách trong các hội nghị chuyên đề, hội nghị giao "
    "ban; cung cấp thông tin cho báo chí theo quy định về phát ngôn.",
)
_ACTIVITY_TITLES = (
    "Hội nghị quán triệt, triển khai", "Tuyên truyền trên trang thông tin điện tử",
    "Cung cấp thông tin cho báo chí", "Kiểm tra, hướng dẫn cơ sở", "Tập huấn nghiệp vụ",
)
_DIFFICULTIES = (
    "Cán bộ làm công tác truyền thông chủ yếu kiêm nhiệm, chưa được bồi dưỡng chuyên sâu.",
    "Kinh phí bố trí cho công tác truyền thông chính sách còn hạn chế.",
    "Hạ tầng mạng ở các xã vùng cao chưa ổn định, ảnh hưởng đến việc đăng tải thông tin.",
)
_PROPOSALS = (
    "Đề nghị Sở Thông tin và Truyền thông tổ chức thêm lớp tập huấn kỹ năng truyền thông.",
    "Đề nghị UBND tỉnh bố trí kinh phí đặt hàng báo chí cho cấp huyện.",
    "Đề nghị ban hành mẫu báo cáo thống nhất để thuận tiện tổng hợp.",
)


def whole_plan_reports(plan: Plan, seed: int = 14) -> dict[str, ReceivedReport]:
    """Every unit reports every task it is assigned, with 1 to 4 activities each."""
    rng = random.Random(seed)
    statuses = (Status.DONE, Status.DONE, Status.IN_PROGRESS, Status.NOT_STARTED)
    latest = {}
    for number, unit in enumerate(plan.units):
        work = {}
        if not plan.tasks_for(unit.id):
            # a unit the plan gives no task reports one it took part in (an open clause)
            work["II.4.2"] = Work(Status.DONE, [(dt.date(2024, 9, 9), "Tổng hợp dư luận",
                                                 {"opinion-reports": 2})],
                                  result="Phối hợp tổng hợp dư luận xã hội.",
                                  role=Role.COOPERATING)
        for item in plan.tasks_for(unit.id):
            keys = item.task.indicators
            status = (Status.NOT_APPLICABLE if item.conditional and rng.random() < 0.3
                      else rng.choice(statuses))
            activities = [] if status in (Status.NOT_STARTED, Status.NOT_APPLICABLE) else [
                (dt.date(2024, rng.randint(2, 10), rng.randint(1, 28)),
                 rng.choice(_ACTIVITY_TITLES),
                 {key: rng.randint(1, 60) for key in rng.sample(keys, min(2, len(keys)))})
                for _ in range(rng.randint(1, 4))]
            work[item.task.code] = Work(
                status, activities,
                result=rng.choice(_RESULTS) if activities else "",
                difficulties=rng.choice(_DIFFICULTIES) if rng.random() < 0.15 else "",
                proposals=rng.choice(_PROPOSALS) if rng.random() < 0.1 else "")
        # a few offices send after the deadline, one on its evening in UTC terms
        created = ON_TIME + dt.timedelta(days=3 if number % 11 == 5 else -(number % 4))
        latest[unit.id] = unit_report(
            plan, unit.id, work, created=created, sequence=1 + number % 3,
            general_difficulties=rng.choice(_DIFFICULTIES) if number % 3 == 0 else "",
            general_proposals=rng.choice(_PROPOSALS) if number % 4 == 0 else "")
    return latest


def docs_example_reports(plan: Plan) -> dict[str, ReceivedReport]:
    """The whole province less three silent units, one office clock running fast: what the
    documentation's pictures show."""
    latest = whole_plan_reports(plan)
    for unit_id in ("ban-quan-ly-kcn", "hoi-nha-bao", "h-tram-tau"):
        del latest[unit_id]
    fast = latest["so-y-te"]
    latest["so-y-te"] = dataclasses.replace(fast, imported_at=fast.created - dt.timedelta(hours=6))
    return latest
