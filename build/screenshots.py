"""Render the app's screens offscreen into docs/images/, as an officer would see them.

    QT_QPA_PLATFORM=offscreen python build/screenshots.py [admin]

The screen is an old office PC: 1366×768 at 125% scaling. Each shot uses a demo
installation, so the pictures show realistic data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={ROOT / 'tests' / 'data' / 'offscreen-office-pc.json'}")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kh14_desktop.domain.progress import Status  # noqa: E402
from kh14_desktop.services.demo import create_demo_installation  # noqa: E402
from kh14_desktop.services.installation import Installation  # noqa: E402
from kh14_desktop.services.office_work import OfficeWork  # noqa: E402
from kh14_desktop.ui.admin.pages import AdminPages, admin_pages  # noqa: E402
from kh14_desktop.ui.i18n import install_language  # noqa: E402
from kh14_desktop.ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "images"
DEMO_TODAY = dt.date(2024, 10, 28)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, name: str, app: QApplication) -> None:
    settle(app)
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def demo_installation(folder: Path) -> Installation:
    """The demo data; a few activities of our own if the demo brings none."""
    installation = create_demo_installation(folder)
    work = OfficeWork(installation)
    if work.count_activities() == 0:
        evidence = folder / "bien-ban-hoi-nghi.pdf"
        evidence.write_bytes(b"%PDF-1.4 demo\n")
        work.save_progress("II.6", Status.IN_PROGRESS,
                           "Đã tổ chức 2 lớp tập huấn kỹ năng truyền thông chính sách cho cán "
                           "bộ, công chức cấp huyện và cấp xã.",
                           "Kinh phí tổ chức tập huấn còn hạn chế.",
                           "Đề nghị Sở Thông tin và Truyền thông hỗ trợ giảng viên.")
        work.add_activity("II.6", dt.date(2024, 5, 14), "Tập huấn kỹ năng truyền thông chính "
                          "sách cho cán bộ cấp xã", "Tại Hội trường UBND huyện, 2 ngày.",
                          {"trainings": 1, "trainees": 86}, [evidence])
        work.add_activity("II.6", dt.date(2024, 8, 22), "Bồi dưỡng kỹ năng xử lý thông tin "
                          "trên mạng xã hội", "", {"trainings": 1, "trainees": 54})
        work.save_progress("II.1", Status.DONE, "Đã ban hành kế hoạch triển khai.")
        work.add_activity("II.1", dt.date(2024, 2, 20), "Hội nghị quán triệt Kế hoạch 14 "
                          "năm 2024", "", {"events": 1, "participants": 120})
        work.add_activity("II.1", dt.date(2024, 3, 5), "Đăng tin trên Cổng thông tin điện tử "
                          "huyện", "", {"web-posts": 12})
    return installation


def open_demo_window(folder: Path) -> tuple[Installation, MainWindow]:
    installation = demo_installation(folder)
    window = MainWindow(installation, demo=True, clock=DEMO_TODAY)
    window.resize(1093, 580)
    window.show()
    return installation, window


def main_window(app: QApplication, folder: Path) -> None:
    installation, window = open_demo_window(folder)
    window.show_page(window.task_page)
    window.task_page.show_task("II.3.2")
    save(window, "main-window.png", app)
    window.close()
    installation.close()


def overview(app: QApplication, folder: Path) -> None:
    installation, window = open_demo_window(folder)
    window.show_page(window.overview_page)
    save(window, "overview.png", app)
    window.close()
    installation.close()


def task_activities(app: QApplication, folder: Path) -> None:
    installation, window = open_demo_window(folder)
    window.open_task("II.1", activities=True)
    window.task_page.activities.table.selectRow(1)
    save(window, "task-activities.png", app)
    window.task_page.tabs.setCurrentIndex(0)
    save(window, "task-result.png", app)
    window.close()
    installation.close()


def activity_dialog(app: QApplication, folder: Path) -> None:
    installation, window = open_demo_window(folder)
    window.open_task("II.1", activities=True)
    chosen = max(window.work.activities("II.1"), key=lambda a: (len(a.evidence), len(a.figures)))
    dialog = window.actions.edit_activity(chosen)
    assert dialog is not None
    save(dialog, "activity-dialog.png", app)
    dialog.done(0)
    window.close()
    installation.close()


def activities_page(app: QApplication, folder: Path) -> None:
    installation, window = open_demo_window(folder)
    window.show_page(window.activities_page)
    save(window, "activities.png", app)
    window.close()
    installation.close()


# the admin's screens ------------------------------------------------------------------------
_admin_demo: list[Path] = []  # built once, copied for each shot (each changes its copy)


def open_admin_window(app: QApplication, folder: Path) -> tuple[Installation, MainWindow, Path]:
    """The admin demo's main window; returns the folder of files not imported yet."""
    from kh14_desktop.services.admin_demo import admin_demo_today, create_admin_demo

    if not _admin_demo:
        built = Path(tempfile.mkdtemp(prefix="kh14-admin-shots-"))
        create_admin_demo(built).close()
        _admin_demo.append(built)
    shutil.copytree(_admin_demo[0], folder / "demo")
    installation = Installation.open(folder / "demo" / "admin")
    window = MainWindow(installation, demo=True, clock=admin_demo_today())
    window.resize(1093, 580)
    window.show()
    return installation, window, folder / "demo" / "usb"


def admin_pages_of(window: MainWindow) -> AdminPages:
    pages = admin_pages(window)
    assert pages is not None
    return pages


def wait_until(app: QApplication, done: Callable[[], bool]) -> None:
    for _ in range(2000):
        if done():
            return
        app.processEvents()
        time.sleep(0.01)
    raise TimeoutError


def admin_import(app: QApplication, folder: Path) -> None:
    from kh14_desktop.ui.admin import importing

    installation, window, usb = open_admin_window(app, folder)
    pages = admin_pages_of(window)
    warned: list[str] = []
    # the forged file's alarm would wait for a click: note it, show the table behind it
    importing.show_error = lambda _parent, title, *_args: warned.append(title)
    pages.import_paths([usb])
    wait_until(app, lambda: not pages.jobs.importing and pages.data.snapshot is not None
               and not pages.data.loading)
    assert warned, "the demo's forged file should have raised the alarm"
    save(window, "admin-import.png", app)
    page = pages.import_page
    page.tabs.setCurrentIndex(2)
    save(window, "admin-import-log.png", app)
    page.tabs.setCurrentIndex(1)
    snapshot = pages.data.snapshot
    assert snapshot is not None and page.select_key(snapshot.trustable[0].fingerprint)
    save(window, "admin-keys.png", app)
    dialog = page.trust_selected()
    assert dialog is not None
    dialog.typed.setText(dialog.key.fingerprint.replace(" ", "")[:20].lower())
    save(dialog, "admin-trust.png", app)
    dialog.reject()
    window.close()
    installation.close()


def admin_status(app: QApplication, folder: Path) -> None:
    installation, window, _usb = open_admin_window(app, folder)
    pages = admin_pages_of(window)
    window.show_page(pages.status_page)
    wait_until(app, lambda: pages.data.snapshot is not None and not pages.data.loading)
    # those who reported first, the late ones and the ⚠ among them in sight
    pages.status_page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    save(window, "admin-status.png", app)
    window.close()
    installation.close()


def admin_matrix(app: QApplication, folder: Path) -> None:
    installation, window, _usb = open_admin_window(app, folder)
    pages = admin_pages_of(window)
    window.show_page(pages.matrix_page)
    wait_until(app, lambda: pages.data.snapshot is not None and not pages.data.loading)
    pages.matrix_page.show_cell("h-luc-yen", "II.1")
    save(window, "admin-matrix.png", app)
    window.close()
    installation.close()


def admin_consolidation(app: QApplication, folder: Path) -> None:
    installation, window, _usb = open_admin_window(app, folder)
    pages = admin_pages_of(window)
    page = pages.consolidation_page
    window.show_page(page)
    wait_until(app, lambda: pages.data.snapshot is not None and not pages.data.loading)
    page.signer.setText("Nguyễn Văn Hải")
    save(window, "admin-consolidation.png", app)
    window.close()
    installation.close()


DEMO_PASSPHRASE = "mật khẩu Văn Yên"


def open_report_window(folder: Path) -> tuple[Installation, MainWindow]:
    """The office demo with its signing key and a half-year report sent in July."""
    from kh14_desktop.domain.period import period_choices
    from kh14_desktop.services.export import export_report, remember_options
    from kh14_desktop.services.office_key import create_office_key, has_office_key
    from kh14_desktop.services.report_builder import ReportOptions
    from kh14_desktop.ui.report.files import remember_folder

    installation = demo_installation(folder)
    if not has_office_key(installation):
        create_office_key(installation, DEMO_PASSPHRASE)
    usb = folder / "USB"
    usb.mkdir(exist_ok=True)
    half = {period.key: period for period in period_choices(installation.plan())}["h1"]
    options = ReportOptions(period=half, document_number="28/BC-UBND",
                            document_date=dt.date(2024, 7, 5), signer_name="Hoàng Văn Minh")
    export_report(installation, options, usb / "BaoCao_VanYen_6thang_2024_so01.kh14",
                  DEMO_PASSPHRASE, now=dt.datetime(2024, 7, 5, 2, 30, tzinfo=dt.UTC))
    remember_options(installation, options)
    remember_folder(installation, usb)
    window = MainWindow(installation, demo=True, clock=DEMO_TODAY)
    window.resize(1093, 580)
    window.show()
    return installation, window


def report_page(app: QApplication, folder: Path) -> None:
    from kh14_desktop.ui.report import report_actions

    installation, window = open_report_window(folder)
    page = report_actions(window).page
    window.show_page(page)
    wait_until(app, lambda: page.preview is not None)
    save(window, "report-page.png", app)
    window.close()
    installation.close()


def report_export(app: QApplication, folder: Path) -> None:
    """The export dialog filled in, the result of the real export, and its PDF's first page."""
    import subprocess

    from kh14_desktop.ui.report import report_actions
    from kh14_desktop.ui.report.export_dialog import PAGE_RESULT, ExportDialog

    installation, window = open_report_window(folder)
    dialog = report_actions(window).export()
    assert isinstance(dialog, ExportDialog)
    form = dialog.form
    form.number_edit.setText("45/BC-UBND")
    form.difficulties_edit.setPlainText("Kinh phí cho công tác truyền thông chính sách cấp xã "
                                        "còn hạn chế.")
    form.passphrase.setText(DEMO_PASSPHRASE)
    save(dialog, "export-dialog.png", app)
    job = dialog.start_export()
    assert job is not None
    wait_until(app, lambda: job.done)
    assert dialog.stack.currentIndex() == PAGE_RESULT, job.error
    save(dialog, "export-done.png", app)
    result = dialog.result_view.result
    assert result is not None and result.pdf_path is not None
    if shutil.which("pdftoppm"):
        prefix = folder / "pdf-page"
        subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "1", "-png",
                        str(result.pdf_path), str(prefix)], check=True)
        shutil.copyfile(next(folder.glob("pdf-page*.png")), OUT / "report-pdf-page1.png")
        print(OUT / "report-pdf-page1.png")
    dialog.done(0)
    window.close()
    installation.close()


# keeping the data safe ---------------------------------------------------------------------
@contextlib.contextmanager
def backup_clock(moment: dt.datetime) -> Iterator[None]:
    """Backups written now say they were taken at `moment` (inside and in their names)."""
    from kh14_desktop.services.backup import archive

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Frozen:  # type: ignore[override]
            local = moment.astimezone()
            return cls.fromtimestamp(local.timestamp(), tz)

    real = archive.dt
    archive.dt = types.SimpleNamespace(datetime=Frozen, UTC=dt.UTC,  # type: ignore[assignment]
                                       timezone=dt.timezone, timedelta=dt.timedelta)
    try:
        yield
    finally:
        archive.dt = real


def backups_of_a_month(installation: Installation) -> Path:
    """The backups an office has a month into the autumn; returns the complete one."""
    from kh14_desktop.services.backup import BackupReason, create_backup

    taken = [(dt.datetime(2024, 10, 11, 8, 10), BackupReason.DAILY),
             (dt.datetime(2024, 10, 18, 17, 5), BackupReason.MANUAL),
             (dt.datetime(2024, 10, 25, 7, 58), BackupReason.DAILY),
             (dt.datetime(2024, 10, 25, 16, 40), BackupReason.EXPORT),
             (dt.datetime(2024, 10, 28, 8, 3), BackupReason.DAILY)]
    paths = []
    for moment, reason in taken:
        with backup_clock(moment):
            paths.append(create_backup(installation, reason, now=moment))
    with paths[0].open("r+b") as stream:  # the oldest was on a disk that failed
        stream.truncate(paths[0].stat().st_size // 2)
    return paths[1]


def restore_dialog(app: QApplication, folder: Path) -> None:
    from kh14_desktop.ui.safety import safety_actions

    installation, window = open_demo_window(folder)
    complete = backups_of_a_month(installation)
    dialog = safety_actions(window).restore()
    wait_until(app, lambda: dialog.model.all_checked)
    dialog.select_path(complete)
    save(dialog, "restore-dialog.png", app)
    dialog.reject()
    window.close()
    installation.close()


def recovery_dialog(app: QApplication, folder: Path) -> None:
    from kh14_desktop.ui.safety.session import Session

    installation = demo_installation(folder)
    backups_of_a_month(installation)
    installation.close()
    database = installation.folder.database
    database.write_bytes(b"\0" * 8192)  # what a failing disk leaves
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    session = Session(installation.folder, demo=True, clock=DEMO_TODAY)
    assert session.start()
    dialog = session.recovery
    assert dialog is not None
    wait_until(app, lambda: dialog.found is not None)
    save(dialog, "recovery-dialog.png", app)
    dialog.reject()
    session.close()


SHOTS: list[Callable[[QApplication, Path], None]] = [
    main_window, overview, task_activities, activity_dialog, activities_page,
    report_page, report_export,
    admin_import, admin_status, admin_matrix, admin_consolidation,
    restore_dialog, recovery_dialog]


def main(argv: list[str]) -> int:
    """Every shot, or those whose names start with one of the words given ("admin")."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_language("vi")
    OUT.mkdir(parents=True, exist_ok=True)
    for shot in SHOTS:
        if argv and not any(shot.__name__.startswith(word) for word in argv):
            continue
        with tempfile.TemporaryDirectory() as folder:
            shot(app, Path(folder))
    for built in _admin_demo:
        shutil.rmtree(built, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
