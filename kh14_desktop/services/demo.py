"""A throwaway installation for a newcomer: UBND huyện Văn Yên with a realistic year of work."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from kh14_desktop.domain.progress import Status
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_work import OfficeWork

DEMO_UNIT = "h-van-yen"
# The demo's "today": its year of work is done and the report is due in 23 days, so that a
# newcomer in any year sees the deadline ahead, and new activities date among the demo's own.
DEMO_TODAY = dt.date(2024, 10, 28)

# (task, status, result, difficulties, proposals)
_PROGRESS = [
    ("II.1", Status.DONE,
     "Ban hành Kế hoạch số 35/KH-UBND ngày 05/02/2024 triển khai công tác truyền thông chính "
     "sách trên địa bàn huyện; tổ chức hội nghị quán triệt cho cán bộ chủ chốt của 27 xã, thị "
     "trấn; đăng tải 64 tin, bài trên Trang thông tin điện tử huyện.",
     "Một số xã vùng cao còn thiếu cán bộ có kỹ năng viết tin, bài.",
     "Đề nghị Sở Thông tin và Truyền thông mở thêm lớp bồi dưỡng kỹ năng viết tin cho cấp xã."),
    ("II.2", Status.IN_PROGRESS,
     "Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện đã kiểm tra 6 xã; tiếp tục hướng dẫn "
     "các xã còn lại trong quý IV.", "", ""),
    ("II.3.2", Status.DONE,
     "Đăng tải đầy đủ 12 dự thảo văn bản của tỉnh và huyện để lấy ý kiến nhân dân trên Trang "
     "thông tin điện tử huyện.", "", ""),
    ("II.3.4", Status.NOT_STARTED, "", "Chưa được bố trí kinh phí đặt hàng báo chí năm 2024.",
     "Đề nghị bố trí kinh phí đặt hàng báo chí cho cấp huyện từ năm 2025."),
    ("II.6", Status.DONE,
     "Cử 8 cán bộ tham gia lớp tập huấn do Sở Thông tin và Truyền thông tổ chức; tổ chức 1 lớp "
     "tập huấn cho cán bộ văn hóa - xã hội cấp xã.", "", ""),
    ("II.5.1", Status.DONE,
     "Kiện toàn cán bộ đầu mối; 27 xã, thị trấn đã tham gia nhóm Zalo công tác truyền thông "
     "chính sách của huyện.", "", ""),
    ("II.4.2", Status.IN_PROGRESS,
     "Phối hợp theo dõi thông tin trên mạng xã hội; phát hiện và báo cáo 2 vụ việc tin sai "
     "sự thật.", "", ""),
]

# (task, date, title, description, figures)
_ACTIVITIES = [
    ("II.1", "2024-02-05", "Ban hành kế hoạch truyền thông chính sách của huyện",
     "Kế hoạch số 35/KH-UBND ngày 05/02/2024.", {"guidance-documents": 1}),
    ("II.1", "2024-03-14", "Hội nghị quán triệt Kế hoạch 14/KH-UBND",
     "Hội nghị trực tuyến đến 27 điểm cầu xã, thị trấn.", {"events": 1, "participants": 215}),
    ("II.1", "2024-06-20", "Tuyên truyền trên Trang thông tin điện tử huyện (6 tháng)",
     "", {"web-posts": 38, "articles": 6}),
    ("II.1", "2024-10-15", "Tuyên truyền trên Trang thông tin điện tử huyện (quý III)",
     "", {"web-posts": 26, "articles": 4}),
    ("II.2", "2024-05-22", "Kiểm tra công tác PBGDPL tại xã Đông Cuông, Mậu A",
     "Đoàn kiểm tra liên ngành của Hội đồng PBGDPL huyện.", {"inspections": 2}),
    ("II.2", "2024-09-10", "Kiểm tra công tác PBGDPL tại 4 xã vùng cao",
     "", {"inspections": 4, "guidance-documents": 1}),
    ("II.3.2", "2024-04-02", "Đăng tải dự thảo Nghị quyết HĐND tỉnh lấy ý kiến nhân dân",
     "", {"web-posts": 5, "drafts-consulted": 5}),
    ("II.3.2", "2024-08-19", "Đăng tải dự thảo văn bản quy phạm pháp luật của huyện",
     "", {"web-posts": 7, "drafts-consulted": 7}),
    ("II.6", "2024-07-11", "Tập huấn kỹ năng truyền thông chính sách cho cán bộ cấp xã",
     "Lớp tập huấn 2 ngày tại Trung tâm Chính trị huyện.", {"trainings": 1, "trainees": 54}),
    ("II.5.1", "2024-03-01", "Thành lập nhóm Zalo cán bộ đầu mối truyền thông",
     "", {"network-members": 31}),
    ("II.4.2", "2024-06-03", "Phát hiện, báo cáo tin sai sự thật về giải phóng mặt bằng",
     "Phối hợp Công an huyện xác minh, đăng tin cải chính.", {"fake-news-handled": 1}),
    ("II.4.2", "2024-09-27", "Xử lý thông tin sai lệch về mưa lũ trên mạng xã hội",
     "", {"fake-news-handled": 1}),
]

_EVIDENCE = ("II.1", "Biên bản hội nghị quán triệt 14-3-2024.txt",
             "BIÊN BẢN HỘI NGHỊ\nQuán triệt Kế hoạch số 14/KH-UBND ngày 17/01/2024 …\n")


def fill_demo_work(installation: Installation) -> None:
    work = OfficeWork(installation)
    for code, status, result, difficulties, proposals in _PROGRESS:
        work.save_progress(code, status, result, difficulties, proposals)
    evidence_folder = installation.folder.root / "demo-files"
    evidence_folder.mkdir(exist_ok=True)
    evidence = evidence_folder / _EVIDENCE[1]
    evidence.write_text(_EVIDENCE[2], encoding="utf-8")
    for code, day, title, description, figures in _ACTIVITIES:
        attach = [evidence] if code == _EVIDENCE[0] and "Hội nghị" in title else []
        work.add_activity(code, dt.date.fromisoformat(day), title, description, figures, attach)


def create_demo_installation(root: Path | None = None) -> Installation:
    """A new installation in `root` (a fresh temporary folder if None), ready to look at."""
    folder = root or Path(tempfile.mkdtemp(prefix="kh14-demo-"))
    installation = Installation.open(folder)
    if installation.profile() is None:
        installation.setup(DEMO_UNIT)
        fill_demo_work(installation)
    return installation
