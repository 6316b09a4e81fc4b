"""`kh14-desktop --self-test`: prove that an installed or frozen program works, then exit.

A bundle can start and still miss a Qt plugin, a font, a translation or a hidden import;
only running the real code paths finds that. The self-test sets up a unit in a temporary
data folder, opens the main window offscreen, renders an official PDF and, when this build
has them, signs, exports a signed report and verifies it, then exits 0, or 1 naming the
step that failed and why.

Steps run in order and share one `SelfTestRun`; a step returns a one-line detail for the
log or raises `SelfTestFailure` with the reason. A step lists the modules it `needs`: when
one is missing from this build the step is skipped, so `STEPS` may name features still being
built. A new check is one function appended to `STEPS`.

Diagnostics are in English: they are read by maintainers and CI, not by officers.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kh14_desktop import __version__
from kh14_desktop.resources import resources_root
from kh14_desktop.services.logs import release_logging

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kh14_desktop.services.installation import Installation

EXIT_PASSED, EXIT_FAILED = 0, 1
SELF_TEST_UNIT = "h-van-yen"  # a district with lead and cooperating tasks
SELF_TEST_PASSPHRASE = "self-test passphrase"


class SelfTestFailure(Exception):
    """A check that did not hold; the message is the reason shown to the person testing."""


@dataclass
class SelfTestRun:
    """What the steps share: a temporary folder and what earlier steps opened or made."""

    work: Path
    installation: Installation | None = None
    app: QApplication | None = None
    task_count: int = 0
    pdf: bytes = b""
    passphrase: str = ""  # of the signing key the sign-and-verify step made

    def require_installation(self) -> Installation:
        if self.installation is None:
            raise SelfTestFailure("no data folder: the data-folder step did not run")
        return self.installation


@dataclass(frozen=True)
class SelfTestStep:
    name: str
    run: Callable[[SelfTestRun], str]
    needs: tuple[str, ...] = ()  # modules that must be in this build, or the step is skipped

    def missing_modules(self) -> list[str]:
        return [name for name in self.needs if not _module_exists(name)]


def check(condition: object, reason: str) -> None:
    if not condition:
        raise SelfTestFailure(reason)


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a missing parent package raises instead of answering
        return False


# the steps ----------------------------------------------------------------------------------
def check_resources(run: SelfTestRun) -> str:
    root = resources_root()
    check(root.is_dir(), f"resources folder not found: {root}")
    plans = sorted((root / "plans").glob("*.json"))
    fonts = sorted((root / "fonts").glob("LiberationSerif-*.ttf"))
    catalogues = [root / "translations" / f"{name}.qm" for name in ("kh14_vi", "qt_extra_vi")]
    icon = root / "icons" / "kh14.ico"
    check(plans, f"no plan file in {root / 'plans'}")
    check(len(fonts) == 4, f"expected the 4 Liberation Serif faces in {root / 'fonts'}, "
                           f"found {len(fonts)}")
    for path in [*catalogues, icon]:
        check(path.is_file(), f"missing resource: {path}")
    return f"{root} ({len(plans)} plan file(s), {len(fonts)} fonts, translations, icon)"


def open_data_folder(run: SelfTestRun) -> str:
    from kh14_desktop.services.installation import Installation

    installation = Installation.open(run.work / "data")
    run.installation = installation
    profile = installation.setup(SELF_TEST_UNIT)
    check(installation.profile() == profile, "the profile just saved does not read back")
    return f"{installation.folder.root} set up for {installation.unit().name}"


def load_bundled_plan(run: SelfTestRun) -> str:
    from kh14_desktop.services.office_tasks import office_tasks

    installation = run.require_installation()
    plan = installation.plan()
    check((resources_root() / "plans" / plan.source).is_file(),
          f"the plan {plan.id} is not one of the bundled plan files ({plan.source})")
    broken = installation.catalog.broken()
    check(not broken, f"broken plan files: {[str(item.path) for item in broken]}")
    tasks = office_tasks(installation)
    check(tasks, f"the plan assigns no task to {SELF_TEST_UNIT}")
    run.task_count = len(tasks)
    return f"{plan.id}: {len(plan.tasks)} tasks, {len(plan.units)} units, " \
           f"{len(tasks)} for {SELF_TEST_UNIT}"


def open_main_window(run: SelfTestRun) -> str:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from kh14_desktop.ui.i18n import install_language
    from kh14_desktop.ui.main_window import MainWindow

    installation = run.require_installation()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    run.app = app
    install_language("vi")
    # a source string that stays English means the .qm catalogue did not load
    check(QCoreApplication.translate("MainWindow", "&File") != "&File",
          "the Vietnamese catalogue kh14_vi.qm did not load")
    window = MainWindow(installation)
    window.pending_files = []
    try:
        window.show()
        app.processEvents()
        check(window.isVisible(), "the main window did not show")
        shown = window.task_page.proxy.rowCount()
        check(shown == run.task_count,
              f"the task list shows {shown} rows, the plan gives {run.task_count}")
        picture = window.grab()
        check(not picture.isNull() and picture.width() > 100, "the main window did not paint")
        size = f"{picture.width()}×{picture.height()}"
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return f"{app.platformName()} platform, {shown} tasks listed, painted {size}"


def hand_over_between_programs(run: SelfTestRun) -> str:
    """The data folder's lock and the hand-over of a double-clicked file, as the platform
    does them (file locking and folder watching differ between Windows and Linux)."""
    import threading

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from kh14_desktop.store.location import DataFolder
    from kh14_desktop.ui.single_instance import InstanceLock, RequestInbox, hand_over

    app = QCoreApplication.instance()
    check(app is not None, "no application: the main-window step did not run")
    folder = DataFolder(run.work / "hand-over")
    first, second = InstanceLock(folder), InstanceLock(folder)
    check(first.acquire(), f"the lock of {folder.root} could not be taken")
    try:
        check(not second.acquire(), "a second lock on the same folder was granted")
        check(second.holder_elsewhere() is None, "this computer's lock is seen as another's")
        inbox = RequestInbox(folder)
        report = run.work / "Báo cáo nhận được.kh14"
        received: list[list[Path]] = []
        taken: list[bool] = []
        loop = QEventLoop()
        inbox.files_requested.connect(received.append)
        inbox.files_requested.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        # the later program's side runs beside the event loop, as a second process would
        sender = threading.Thread(target=lambda: taken.append(hand_over(folder, [report], 10)))
        sender.start()
        loop.exec()
        sender.join(15)
        check(received == [[report.resolve()]], f"the window received {received}, not the file")
        check(taken == [True], "the later program did not see its request taken")
    finally:
        first.release()
    check(second.acquire(), "the lock was not free once released")
    second.release()
    return "lock held and refused, a file handed over and taken, lock released"


def render_official_pdf(run: SelfTestRun) -> str:
    from kh14_desktop.domain.dates import document_date
    from kh14_desktop.services.office_tasks import office_tasks
    from kh14_desktop.services.pdf import (
        Column,
        Heading,
        OfficialDocument,
        Paragraph,
        Signature,
        Table,
        render_pdf,
        write_pdf,
    )

    installation = run.require_installation()
    plan, unit = installation.plan(), installation.unit()
    rows = tuple((task.task.code, task.task.title, task.role.value)
                 for task in office_tasks(installation))
    document = OfficialDocument(
        parent_body=unit.parent_name,
        issuing_body=unit.name,
        number_line=f"Số: /BC-{unit.symbol or 'UBND'}",
        place_date=document_date(unit.place or plan.province, plan.report.deadline),
        kind="Báo cáo",
        subject=f"Kết quả thực hiện {plan.name}",
        blocks=(Heading("I. KẾT QUẢ THỰC HIỆN"),
                Paragraph("Bản tự kiểm tra của phần mềm: đủ dấu tiếng Việt ắ ẵ ặ ờ ử ữ ự đ Đ."),
                Table(columns=(Column("Mã", 1), Column("Nhiệm vụ", 5), Column("Vai trò", 1.2)),
                      rows=rows)),
        recipients=("Như trên;", "Lưu: VT."),
        signature=Signature(authority=("CHỦ TỊCH",), name="Nguyễn Văn A"),
        draft=True,
    )
    pdf = render_pdf(document)
    check(pdf.startswith(b"%PDF-"), f"render_pdf returned no PDF (starts {pdf[:8]!r})")
    fonts = sorted(set(re.findall(rb"/BaseFont\s*/([\w+-]+)", pdf)))
    check(fonts, "the PDF names no font")
    stray = [name.decode() for name in fonts if b"LiberationSerif" not in name]
    check(not stray, f"fonts did not resolve to the bundled Liberation Serif: {stray}")
    path = run.work / "self-test.pdf"
    write_pdf(document, path)
    check(path.is_file() and path.read_bytes().startswith(b"%PDF-"),
          f"write_pdf wrote no PDF at {path}")
    run.pdf = pdf
    return f"{len(pdf):,} bytes, fonts: {', '.join(name.decode() for name in fonts)}"


def sign_and_verify(run: SelfTestRun) -> str:
    from kh14_desktop.services import signing

    keys = run.require_installation().folder.keys
    passphrase = SELF_TEST_PASSPHRASE
    info = signing.create_key(keys, passphrase, kdf=signing.FAST_KDF_FOR_TESTS)
    data = run.pdf or b"kh14 self-test"
    with signing.unlock_key(keys, passphrase) as key:
        signature = signing.sign(key, data, "kh14 self-test")
    verified = signing.verify(info.public_key, data, signature)
    check(verified.trusted_comment == "kh14 self-test", "the trusted comment did not survive")
    try:
        signing.verify(info.public_key, data + b"\0", signature)
    except signing.SignatureError:
        pass
    else:
        raise SelfTestFailure("a signature verified over altered data")
    run.passphrase = passphrase
    return f"key {info.fingerprint}, signature verified, altered data rejected"


def export_and_verify_report(run: SelfTestRun) -> str:
    from kh14_desktop.domain.period import annual_period
    from kh14_desktop.services.export import export_report
    from kh14_desktop.services.report_builder import ReportOptions
    from kh14_desktop.services.verify import verify_file

    installation = run.require_installation()
    check(run.passphrase, "no signing key: the sign-and-verify step did not pass")
    options = ReportOptions(period=annual_period(installation.plan()), signer_name="Nguyễn Văn A")
    result = export_report(installation, options, run.work / "self-test.kh14", run.passphrase,
                           pdf_copy=run.work / "self-test-report.pdf")
    check(result.pdf_path is not None and result.pdf_path.read_bytes().startswith(b"%PDF-"),
          "the export wrote no PDF beside the report")
    outcome = verify_file(result.path)
    check(outcome.genuine, f"the exported report does not verify ({outcome.check}): "
                           f"{outcome.error}")
    check(outcome.fingerprint == result.fingerprint,
          "the report verifies under another key than the one that signed it")
    altered = bytearray(result.path.read_bytes())
    altered[len(altered) // 2] ^= 0xFF
    copy = run.work / "self-test-altered.kh14"
    copy.write_bytes(bytes(altered))
    check(not verify_file(copy).genuine, "a report with an altered byte still verifies")
    return f"{result.path.name}: {result.size:,} bytes, verified; an altered copy is rejected"


# Add a check by appending a step; `needs` keeps it skipped until its modules exist.
STEPS: list[SelfTestStep] = [
    SelfTestStep("resources", check_resources),
    SelfTestStep("data folder", open_data_folder),
    SelfTestStep("bundled plan", load_bundled_plan),
    SelfTestStep("main window", open_main_window, needs=("PySide6.QtWidgets",)),
    SelfTestStep("one program per data folder", hand_over_between_programs,
                 needs=("PySide6.QtCore",)),
    SelfTestStep("official PDF", render_official_pdf,
                 needs=("kh14_desktop.services.pdf", "reportlab")),
    SelfTestStep("sign and verify", sign_and_verify,
                 needs=("kh14_desktop.services.signing", "minisign")),
    SelfTestStep("export and verify a report", export_and_verify_report,
                 needs=("kh14_desktop.services.export", "kh14_desktop.services.verify")),
]


# running them -------------------------------------------------------------------------------
class _Log:
    """Lines to the console (when there is one) and to the report file (when asked for)."""

    def __init__(self, report_path: str | os.PathLike[str] | None) -> None:
        self.lines: list[str] = []
        self.report_path = Path(report_path) if report_path else None

    def write(self, line: str, *, error: bool = False) -> None:
        self.lines.append(line)
        stream: TextIO | None = sys.stderr if error else sys.stdout
        if stream is not None:  # a windowed Windows build has neither
            try:
                print(line, file=stream, flush=True)
            except UnicodeEncodeError:  # a legacy code page: the report file keeps the text
                print(line.encode("ascii", "replace").decode("ascii"), file=stream, flush=True)

    def save(self) -> None:
        if self.report_path is not None:
            self.report_path.parent.mkdir(parents=True, exist_ok=True)
            self.report_path.write_text("\n".join(self.lines) + "\n", encoding="utf-8")


def run_self_test(report_path: str | os.PathLike[str] | None = None,
                  steps: list[SelfTestStep] | None = None) -> int:
    """Run `steps` (all of `STEPS` by default); EXIT_PASSED, or EXIT_FAILED at the first failure."""
    # before Qt starts: the test must not need a display, and must show nothing
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    log = _Log(report_path)
    started = time.perf_counter()
    build = "frozen" if getattr(sys, "frozen", False) else "source"
    log.write(f"kh14-desktop {__version__} self-test ({build}, {platform.system()} "
              f"{platform.machine()}, Python {platform.python_version()})")
    work = Path(tempfile.mkdtemp(prefix="kh14-self-test-"))
    run = SelfTestRun(work=work)
    passed = skipped = 0
    outcome = EXIT_PASSED
    try:
        for step in STEPS if steps is None else steps:
            missing = step.missing_modules()
            if missing:
                skipped += 1
                log.write(f"skip  {step.name}: not in this build ({', '.join(missing)})")
                continue
            try:
                detail = step.run(run)
            except SelfTestFailure as failure:
                log.write(f"FAIL  {step.name}: {failure}", error=True)
                outcome = EXIT_FAILED
                break
            except Exception as exc:  # a crash is a failure too, and the trace says where
                log.write(f"FAIL  {step.name}: {type(exc).__name__}: {exc}", error=True)
                log.write(traceback.format_exc().rstrip(), error=True)
                outcome = EXIT_FAILED
                break
            passed += 1
            log.write(f"ok    {step.name}: {detail}")
    finally:
        if run.installation is not None:
            run.installation.close()
        release_logging(work)
        shutil.rmtree(work, ignore_errors=True)
    elapsed = time.perf_counter() - started
    if outcome == EXIT_PASSED:
        log.write(f"self-test passed: {passed} step(s), {skipped} skipped, {elapsed:.2f} s")
    else:
        log.write(f"self-test FAILED after {passed} passing step(s), {elapsed:.2f} s", error=True)
    log.save()
    return outcome
