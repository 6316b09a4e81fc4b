"""A throwaway admin installation with a province's worth of received reports, to look at.

Offices of several kinds record a year of work through the same services an officer uses,
export signed reports, and the admin imports most of them: some on time, some late, one
from an office whose clock runs fast. An "inbox" folder then holds what a new USB stick
would bring: new and newer reports, a duplicate, an older one, a unit not yet trusted, a
file edited by hand and one signed with a stranger's key, for the import screen to show.

Every key here is throwaway, so it is made at the test cost of the key derivation, not the
real one (a second per key on an old PC, times a dozen offices).
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from kh14_desktop.domain.period import annual_period
from kh14_desktop.domain.progress import Status
from kh14_desktop.services.export import export_report
from kh14_desktop.services.importer import Importer
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.key_trust import trust_key
from kh14_desktop.services.office_key import key_folder, office_key_info
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.services.report_builder import ReportOptions
from kh14_desktop.services.signing import create_key, keys

DEMO_PASSPHRASE = "demo kh14"
DEMO_TODAY = dt.date(2024, 11, 28)
UTC = dt.UTC

# unit, days before (−) or after (+) the deadline it exported, already imported before today
_IMPORTED = [
    ("tp-yen-bai", -6), ("tx-nghia-lo", -2), ("h-luc-yen", -9), ("h-mu-cang-chai", 3),
    ("h-van-chan", -1), ("so-tu-phap", -12), ("so-tai-chinh", -4), ("so-noi-vu", 5),
    ("so-giao-duc", -3), ("so-y-te", -2), ("cong-an-tinh", -5), ("bao-yen-bai", -7),
]
# what the new USB stick brings
_NEW = [("h-van-yen", -1), ("h-tran-yen", 4), ("so-van-hoa", -2)]
_NOT_TRUSTED = "h-yen-binh"  # its first file: waits for the fingerprint by phone
_CORRECTED = "tp-yen-bai"  # sends corrections: sequence 3, and by mistake 2 again
_FAST_CLOCK = "so-y-te"  # its PC's clock is a week ahead

# a believable size for one activity's figure (most are a handful)
_FIGURE_RANGES = {"participants": (30, 250), "trainees": (20, 120), "web-posts": (3, 30),
                  "articles": (1, 12), "feedback-items": (5, 60), "network-members": (10, 40),
                  "budget": (10, 150)}

_RESULTS = (
    "Ban hành kế hoạch triển khai, giao nhiệm vụ cụ thể cho các phòng, đơn vị trực thuộc; định "
    "kỳ kiểm tra, đôn đốc việc thực hiện.",
    "Tổ chức tuyên truyền trên trang thông tin điện tử, hệ thống đài truyền thanh cơ sở và các "
    "nhóm Zalo của cơ quan; phối hợp với Báo Yên Bái đăng tải tin, bài.",
    "Lồng ghép nội dung truyền thông chính sách trong các hội nghị chuyên đề, hội nghị giao "
    "ban; cung cấp thông tin cho báo chí theo quy định về phát ngôn.",
    "Phối hợp với Sở Thông tin và Truyền thông theo dõi dư luận, kịp thời cung cấp thông tin "
    "chính thống khi có vụ việc được dư luận quan tâm.",
)
_ACTIVITIES = (
    "Hội nghị quán triệt, triển khai Kế hoạch 14", "Tuyên truyền trên trang thông tin điện tử",
    "Cung cấp thông tin cho báo chí", "Kiểm tra, hướng dẫn cơ sở",
    "Tập huấn kỹ năng truyền thông chính sách", "Đăng tải dự thảo lấy ý kiến nhân dân",
)
_DIFFICULTIES = (
    "Cán bộ làm công tác truyền thông chủ yếu kiêm nhiệm, chưa được bồi dưỡng chuyên sâu.",
    "Kinh phí bố trí cho công tác truyền thông chính sách còn hạn chế.",
    "Hạ tầng mạng ở các xã vùng cao chưa ổn định, ảnh hưởng đến việc đăng tải thông tin.",
)
_PROPOSALS = (
    "Đề nghị Sở Thông tin và Truyền thông tổ chức thêm lớp tập huấn kỹ năng truyền thông.",
    "Đề nghị UBND tỉnh bố trí kinh phí đặt hàng báo chí cho cấp huyện.",
)


@dataclass
class AdminDemo:
    admin: Installation
    inbox: Path  # files not imported yet, as a USB stick would bring them
    root: Path

    def close(self) -> None:
        self.admin.close()


def _export_time(days: int, hour: int = 9) -> dt.datetime:
    deadline = dt.datetime(2024, 11, 20, hour, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    return (deadline + dt.timedelta(days=days)).astimezone(UTC)


def _make_key(installation: Installation) -> None:
    create_key(key_folder(installation), DEMO_PASSPHRASE, kdf=keys.FAST_KDF_FOR_TESTS)


def fill_office_work(installation: Installation, seed: int) -> None:
    """A year of work on the unit's tasks: statuses, results, dated activities with figures."""
    rng = random.Random(seed)
    plan = installation.plan()
    work = OfficeWork(installation)
    statuses = (Status.DONE, Status.DONE, Status.DONE, Status.IN_PROGRESS, Status.NOT_STARTED)
    for item in plan.tasks_for(installation.unit().id):
        status = (Status.NOT_APPLICABLE if item.conditional and rng.random() < 0.3
                  else rng.choice(statuses))
        active = status in (Status.DONE, Status.IN_PROGRESS)
        work.save_progress(
            item.task.code, status, rng.choice(_RESULTS) if active else "",
            rng.choice(_DIFFICULTIES) if rng.random() < 0.2 else "",
            rng.choice(_PROPOSALS) if rng.random() < 0.12 else "")
        if not active:
            continue
        keys_ = item.task.indicators
        for _ in range(rng.randint(1, 3)):
            figures = {key: rng.randint(*_FIGURE_RANGES.get(key, (1, 6)))
                       for key in rng.sample(keys_, min(2, len(keys_)))}
            work.add_activity(item.task.code, dt.date(2024, rng.randint(2, 10),
                                                      rng.randint(1, 28)),
                              rng.choice(_ACTIVITIES), "", figures)


def _office(root: Path, unit_id: str, seed: int) -> Installation:
    installation = Installation.open(root / "offices" / unit_id)
    installation.setup(unit_id)
    _make_key(installation)
    fill_office_work(installation, seed)
    return installation


def _export(installation: Installation, folder: Path, name: str, when: dt.datetime) -> Path:
    plan = installation.plan()
    options = ReportOptions(annual_period(plan), "     /BC-UBND",
                            when.astimezone(dt.timezone(dt.timedelta(hours=7))).date(),
                            "Nguyễn Văn An")
    return export_report(installation, options, folder / name, DEMO_PASSPHRASE, now=when).path


def _tampered(source: Path, target: Path) -> Path:
    """A report "corrected" by hand after signing: a figure changed in report.json."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as out:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == "report.json":
                data = data.replace(b'"result": "', '"result": "Đã sửa: '.encode(), 1)
            out.writestr(info, data)
    return target


def create_admin_demo(root: Path | None = None) -> AdminDemo:
    """An admin installation in `root/admin` (a fresh temporary folder if None)."""
    root = root or Path(tempfile.mkdtemp(prefix="kh14-admin-demo-"))
    outbox = root / "outbox"
    inbox = root / "usb" / "bao-cao-thang-11"
    outbox.mkdir(parents=True, exist_ok=True)
    inbox.mkdir(parents=True, exist_ok=True)
    admin = Installation.open(root / "admin")
    admin.setup(None, admin=True)
    _make_key(admin)
    received_at: list[dt.datetime] = [_export_time(0)]
    # the files came by email a day after their export: the import time says so
    importer = Importer(admin, clock=lambda: received_at[0])

    offices: dict[str, Installation] = {}
    try:
        for seed, (unit_id, days) in enumerate(_IMPORTED + _NEW + [(_NOT_TRUSTED, -3)]):
            office = offices[unit_id] = _office(root, unit_id, seed)
            if unit_id != _NOT_TRUSTED:
                trust_key(admin.store, unit_id, office_key_info(office).public_key, "key-list")
            when = _export_time(days)
            if unit_id == _FAST_CLOCK:
                # exported on the 18th by the calendar, stamped a week ahead by its clock
                when = _export_time(-2) + dt.timedelta(days=7)
            path = _export(office, outbox, f"{unit_id}-1.kh14", when)
            if (unit_id, days) in _IMPORTED:
                received_at[0] = _export_time(days, 15) + dt.timedelta(
                    days=-6 if unit_id == _FAST_CLOCK else 1)
                importer.import_file(path)
            else:
                shutil.copy(path, inbox / f"bao-cao-{unit_id}.kh14")
        # the new stick also brings: a corrected report and, by mistake, the one before it;
        # a file sent again; a file edited by hand; one signed by a stranger in a trusted
        # unit's name
        corrected = offices[_CORRECTED]
        older = _export(corrected, outbox, f"{_CORRECTED}-2.kh14", _export_time(-3))
        newest = _export(corrected, outbox, f"{_CORRECTED}-3.kh14", _export_time(-1))
        shutil.copy(newest, inbox / f"bao-cao-{_CORRECTED}-ban-sua.kh14")
        shutil.copy(older, inbox / f"{_CORRECTED}-ban-truoc.kh14")
        shutil.copy(outbox / "so-tu-phap-1.kh14", inbox / "so-tu-phap-gui-lai.kh14")
        _tampered(outbox / "h-luc-yen-1.kh14", inbox / "bao-cao-h-luc-yen-sua-tay.kh14")
        stranger = Installation.open(root / "offices" / "nguoi-la")
        stranger.setup("h-van-chan")
        _make_key(stranger)
        fill_office_work(stranger, 99)
        forged = _export(stranger, outbox, "forged.kh14", _export_time(-1))
        shutil.copy(forged, inbox / "bao-cao-h-van-chan-moi.kh14")
        stranger.close()
    finally:
        for office in offices.values():
            office.close()
    return AdminDemo(admin, inbox, root)


def admin_demo_today() -> dt.date:
    """The day the demo's pictures are taken: a week after the deadline."""
    return DEMO_TODAY
