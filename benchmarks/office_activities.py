"""An office with 20,000 activities against an empty one: does the window stay quick?

    .venv/bin/python benchmarks/office_activities.py
    .venv/bin/python benchmarks/office_activities.py --activities 50000 --repeat 7 --json r.json

Two installations for UBND huyện Văn Yên are made in a temporary folder: one with no
activity, one filled (straight into the store, in bulk, for speed) with activities spread
over the office's 13 tasks and the whole year, each with one to three figures, every
fiftieth with an evidence file. In the same process, on the offscreen platform, each step
is timed on both (median of --repeat runs):

- open: build the main window and show it, painted (the overview page comes first);
- filter tasks: type "dao tao" into the task search, then pick a status;
- open task: choose task II.6 on the Tasks page, its Activities tab shown;
- search activities: type a word on the Activities page (the query runs in SQL);
- scroll to end: page through every matching activity to the last row;
- overview: recount the overview after a change;
- evidence check: hash every stored evidence file (runs in the background, timed whole).

The ratio filled / empty says how much the 20,000 rows cost. Since the views fetch rows
lazily, only scrolling to the very end should grow with the number of activities.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if "--onscreen" not in sys.argv:
    os.environ["QT_QPA_PLATFORM"] = (
        f"offscreen:configfile={ROOT / 'tests' / 'data' / 'offscreen-office-pc.json'}")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kh14_desktop.domain.text import fold  # noqa: E402
from kh14_desktop.services.installation import Installation  # noqa: E402
from kh14_desktop.services.office_tasks import office_tasks  # noqa: E402
from kh14_desktop.services.office_work import OfficeWork  # noqa: E402
from kh14_desktop.store.attachments import AttachmentStore  # noqa: E402
from kh14_desktop.ui.activities_page import ActivitiesPage  # noqa: E402
from kh14_desktop.ui.i18n import install_language  # noqa: E402
from kh14_desktop.ui.main_window import MainWindow  # noqa: E402
from kh14_desktop.ui.task_page import TAB_ACTIVITIES  # noqa: E402

TODAY = dt.date(2024, 10, 28)
UNIT = "h-van-yen"
WHAT = ["Hội nghị quán triệt", "Tập huấn", "Đào tạo kỹ năng", "Tuyên truyền", "Đăng tin",
        "Kiểm tra", "Họp báo", "Phóng sự", "Lấy ý kiến dự thảo", "Xử lý tin giả",
        "Bồi dưỡng", "Hướng dẫn"]
ABOUT = ["chính sách pháp luật", "chuyển đổi số", "cải cách hành chính", "Kế hoạch 14",
         "giảm nghèo bền vững", "phòng chống thiên tai", "xây dựng nông thôn mới",
         "an toàn giao thông"]
PLACES = ["xã An Bình", "xã Đông Cuông", "xã Mậu A", "thị trấn Mậu A", "xã Lâm Giang",
          "xã Châu Quế Hạ", "xã Phong Dụ Thượng", "Trung tâm Chính trị huyện"]


@dataclass(frozen=True)
class Step:
    name: str
    empty_ms: float
    filled_ms: float

    @property
    def ratio(self) -> float:
        return self.filled_ms / self.empty_ms if self.empty_ms else float("inf")


def fill(installation: Installation, count: int, seed: int = 14) -> None:
    """`count` activities straight into the tables, the way the service would write them."""
    rng = random.Random(seed)
    tasks = office_tasks(installation)
    files = AttachmentStore(installation.folder.attachments)
    stored = [files.put_bytes(f"biên bản số {n}\n".encode() * 2000) for n in range(20)]
    now = "2024-10-01T08:00:00+00:00"
    activities, figures, evidence = [], [], []
    for number in range(1, count + 1):
        item = tasks[number % len(tasks)]
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))
        title = f"{rng.choice(WHAT)} {rng.choice(ABOUT)} tại {rng.choice(PLACES)}"
        description = f"Lần {number}, {rng.randrange(20, 300)} người tham dự."
        activities.append({"id": number, "task_code": item.task.code, "day": day.isoformat(),
                           "title": title, "description": description,
                           "search_text": fold(f"{title} {description}"),
                           "created_at": now, "updated_at": now})
        keys = list(item.task.indicators)
        for key in rng.sample(keys, min(len(keys), rng.randint(1, 3))):
            figures.append({"activity_id": number, "indicator": key,
                            "value": rng.randint(1, 200)})
        if number % 50 == 0:
            chosen = stored[number % len(stored)]
            evidence.append({"activity_id": number, "sha256": chosen.sha256,
                             "original_name": f"bien-ban-{number}.pdf", "added_at": now})
    with installation.store.transaction() as db:
        for chosen in stored:
            db.execute("INSERT OR IGNORE INTO attachments (sha256, size, stored_at)"
                       " VALUES (?, ?, ?)", [chosen.sha256, chosen.size, now])
        db["activities"].insert_all(activities, batch_size=2000)
        db["activity_figures"].insert_all(figures, batch_size=2000)
        db["activity_evidence"].insert_all(evidence, batch_size=2000)


def settle(app: QApplication) -> None:
    """Let the window handle what is queued, painting included."""
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def timed(action: Callable[[], object], app: QApplication) -> float:
    start = time.perf_counter()
    action()
    settle(app)
    return (time.perf_counter() - start) * 1000


def open_window(installation: Installation, app: QApplication) -> MainWindow:
    window = MainWindow(installation, clock=TODAY)
    window.resize(1093, 580)
    window.show()
    QTest.qWaitForWindowExposed(window)
    return window


def scroll_to_end(page: ActivitiesPage, app: QApplication) -> None:
    """As a person dragging the scroll bar down would: each stop at the bottom fetches one
    more page, until there is none."""
    while page.model.canFetchMore():
        page.table.scrollToBottom()
        app.processEvents()
    page.table.scrollToBottom()


def run_once(installation: Installation, app: QApplication,
             keep: Callable[[str, float], None]) -> None:
    holder: list[MainWindow] = []
    keep("open the main window", timed(
        lambda: holder.append(open_window(installation, app)), app))
    window = holder[0]

    # the check the window starts by itself, timed whole (it runs off the UI thread)
    start = time.perf_counter()
    job = window.actions.check_evidence()
    while not job.done:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    keep("evidence check (background)", (time.perf_counter() - start) * 1000)

    tasks = window.task_page
    window.show_page(tasks)
    settle(app)
    keep("filter tasks (type “dao tao”)", timed(lambda: tasks.search.setText("dao tao"), app))
    tasks.search.clear()
    keep("filter tasks by status", timed(lambda: tasks.status_filter.setCurrentIndex(1), app))
    tasks.status_filter.setCurrentIndex(0)
    tasks.select_task("II.1")
    settle(app)
    keep("open a task's activities", timed(
        lambda: tasks.show_task("II.6", TAB_ACTIVITIES), app))

    page = window.activities_page
    window.show_page(page)
    settle(app)

    def search() -> None:
        page.search.setText("hoi nghi")
        page.apply_filters()  # at once, not after the typing pause

    keep("search activities (“hoi nghi”)", timed(search, app))
    keep("scroll to the last activity found", timed(
        lambda: scroll_to_end(page, app), app))
    page.search.clear()
    page.apply_filters()
    settle(app)
    keep("scroll to the last of all activities", timed(
        lambda: scroll_to_end(page, app), app))
    keep("recount the overview", timed(window.overview_page.refresh, app))
    window.close()
    window.deleteLater()
    settle(app)


def measure(installation: Installation, app: QApplication, repeat: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {}

    def keep(name: str, value: float) -> None:
        samples.setdefault(name, []).append(value)

    for _ in range(repeat):
        run_once(installation, app, keep)
    return {name: statistics.median(values) for name, values in samples.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--activities", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--onscreen", action="store_true", help="use the real screen")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_language("vi")
    with tempfile.TemporaryDirectory(prefix="kh14-bench-") as folder:
        empty = Installation.open(Path(folder) / "empty")
        empty.setup(UNIT)
        filled = Installation.open(Path(folder) / "filled")
        filled.setup(UNIT)
        start = time.perf_counter()
        fill(filled, args.activities)
        print(f"filled {args.activities:,} activities in {time.perf_counter() - start:.1f} s;"
              f" “hoi nghi” finds {OfficeWork(filled).count_activities(search='hoi nghi'):,}")
        measure(empty, app, 1)  # warm-up: imports, fonts, caches
        on_empty = measure(empty, app, args.repeat)
        on_filled = measure(filled, app, args.repeat)
        empty.close()
        filled.close()

    steps = [Step(name, on_empty[name], on_filled[name]) for name in on_empty]
    width = max(len(step.name) for step in steps)
    print(f"\n{'step':<{width}}  {'empty':>9}  {args.activities:>7,} act.  {'ratio':>6}")
    for step in steps:
        print(f"{step.name:<{width}}  {step.empty_ms:>7.1f}ms  {step.filled_ms:>9.1f}ms"
              f"  {step.ratio:>5.1f}×")
    if args.json:
        args.json.write_text(json.dumps({"activities": args.activities, "repeat": args.repeat,
                                         "steps": [asdict(s) | {"ratio": s.ratio}
                                                   for s in steps]}, indent=2),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
