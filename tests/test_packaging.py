"""Packaging: the PyInstaller spec, the NSIS installer, `--self-test`, portable mode, and a
.kh14 file given on the command line. The frozen build itself runs in build/ci-bundle.sh."""

from __future__ import annotations

import ast
import importlib.util
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import WindowlessMain
from tests.platforms import needs_tools

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"


def load_build_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BUILD / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_options = load_build_module("bundle_options")


# the spec ----------------------------------------------------------------------------------
@pytest.mark.parametrize("spec_path",
                         [BUILD / "kh14.spec", ROOT / "benchmarks" / "bare_window.spec"],
                         ids=lambda path: path.name)
def test_the_spec_files_parse(spec_path: Path) -> None:
    ast.parse(spec_path.read_text(encoding="utf-8"), filename=str(spec_path))


def test_the_spec_names_files_that_exist() -> None:
    text = (BUILD / "kh14.spec").read_text(encoding="utf-8")
    for script in ("launch_gui.py", "launch_cli.py"):
        assert f'"{script}"' in text
        assert (BUILD / script).is_file()
    assert (ROOT / "resources" / "icons" / "kh14.ico").is_file()
    for name in ('"kh14-desktop"', '"kh14"', "console", "version=", "icon="):
        assert name in text


def test_resources_are_collected_explicitly() -> None:
    datas = bundle_options.resource_datas()
    sources = [Path(source) for source, _ in datas]
    assert all(path.is_file() for path in sources)
    destinations = {destination for _, destination in datas}
    assert destinations == {"resources/plans", "resources/fonts", "resources/translations",
                            "resources/icons"}
    names = {path.name for path in sources}
    assert {"kh14-2024-yen-bai.json", "LiberationSerif-Regular.ttf", "kh14_vi.qm",
            "qt_extra_vi.qm", "kh14.ico", "kh14-256.png"} <= names
    assert not any(path.suffix == ".ts" for path in sources)  # sources of the .qm stay home


@pytest.mark.parametrize(("destination", "dropped"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/plugins/platforms/qwindows.dll", False),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/translations/qt_fr.qm", True),
    ("PySide6/opengl32sw.dll", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
    ("resources/translations/kh14_vi.qm", False),
])
def test_unused_qt_files_are_left_out(destination: str, dropped: bool) -> None:
    assert bundle_options.is_unused_qt_file(destination) is dropped


def test_forbidden_qt_libraries_fail_the_build() -> None:
    bundle_options.check_no_forbidden_qt([("PySide6/Qt/lib/libQt6Widgets.so.6", "x", "BINARY")])
    with pytest.raises(SystemExit, match="Qt6Network"):
        bundle_options.check_no_forbidden_qt([("PySide6/Qt6Network.dll", "x", "BINARY")])


def test_windows_version_information_comes_from_the_package(tmp_path: Path) -> None:
    from kh14_desktop import __version__

    assert bundle_options.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert bundle_options.version_tuple("1.2.3rc4") == (1, 2, 3, 4)
    assert bundle_options.version_tuple("2") == (2, 0, 0, 0)
    path = bundle_options.write_version_file(tmp_path / "version.txt", version=__version__,
                                             file_name="kh14.exe", description="KH14 — dòng lệnh")
    bundle_options.check_version_file(path)
    text = path.read_text(encoding="utf-8")
    assert f"'FileVersion', '{__version__}'" in text
    assert "filevers=" + repr(bundle_options.version_tuple(__version__)) in text


# the installer -----------------------------------------------------------------------------
@needs_tools("makensis")
def test_the_installer_script_compiles(tmp_path: Path) -> None:
    makensis = shutil.which("makensis")
    assert makensis is not None
    bundle = tmp_path / "kh14-desktop"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    for name in ("kh14-desktop.exe", "kh14.exe", "_internal/resources/stand-in.txt"):
        (bundle / name).write_bytes(b"stand-in for the PyInstaller output")
    installer = tmp_path / "kh14-desktop-setup.exe"
    completed = subprocess.run(
        [makensis, "-V2", "-DUNCOMPRESSED", f"-DDIST_DIR={bundle}", f"-DOUT_FILE={installer}",
         str(BUILD / "kh14.nsi")], capture_output=True, text=True, encoding="utf-8", timeout=120,
        check=False)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "warning" not in completed.stdout.lower(), completed.stdout
    data = installer.read_bytes()
    assert data[:2] == b"MZ"
    # Vietnamese names survive (the script is UTF-8 with a byte-order mark, built Unicode)
    for text in ("KH14 - Báo cáo thực hiện kế hoạch", "Tệp báo cáo KH14"):
        assert text.encode("utf-16-le") in data


def test_installing_and_uninstalling_wait_until_the_program_is_closed() -> None:
    """Replacing the files of a running program would leave two versions mixed: the
    installer and the uninstaller look for the mutex the running program holds."""
    from kh14_desktop.ui.single_instance import RUNNING_MUTEX

    script = (BUILD / "kh14.nsi").read_text(encoding="utf-8-sig")
    assert f'!define RUNNING_MUTEX "{RUNNING_MUTEX}"' in script
    for function in ("Function .onInit", "Function un.onInit"):
        body = script[script.index(function):]
        body = body[:body.index("FunctionEnd")]
        assert "!insertmacro WAIT_UNTIL_THE_APP_IS_CLOSED" in body


def test_the_uninstaller_never_removes_the_install_folder_wholesale() -> None:
    script = (BUILD / "kh14.nsi").read_text(encoding="utf-8-sig")
    commands = "\n".join(line for line in script.splitlines()
                         if not line.strip().startswith(";"))
    uninstall = commands[commands.index('Section "Uninstall"'):]
    assert 'RMDir /r "$INSTDIR"' not in uninstall  # portable data may sit in data\ beside it
    assert "LOCALAPPDATA" not in uninstall and "$APPDATA" not in uninstall


# --self-test -------------------------------------------------------------------------------
def run_self_test(tmp_path: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], str]:
    report = tmp_path / "report" / "self-test.txt"
    completed = subprocess.run(
        [sys.executable, "-m", "kh14_desktop.ui.app", "--self-test", "--self-test-report",
         str(report)], capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=ROOT,
        env={**os.environ, **env}, check=False)
    return completed, report.read_text(encoding="utf-8") if report.exists() else ""


def test_self_test_passes_from_source(tmp_path: Path) -> None:
    completed, report = run_self_test(tmp_path)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "self-test passed" in completed.stdout
    for step in ("resources", "data folder", "bundled plan", "main window",
                 "one program per data folder", "official PDF"):
        assert f"ok    {step}:" in report
    assert "FAIL" not in report


def test_self_test_fails_with_the_reason_when_resources_are_missing(tmp_path: Path) -> None:
    missing = tmp_path / "no-resources"
    completed, report = run_self_test(tmp_path, KH14_RESOURCES=str(missing))
    assert completed.returncode == 1
    assert f"FAIL  resources: resources folder not found: {missing}" in completed.stderr
    assert "self-test FAILED" in completed.stderr
    assert "FAIL  resources" in report  # the windowed Windows build has only the report


def test_a_failing_step_stops_the_run_and_a_step_needing_a_missing_module_is_skipped(
        capsys: pytest.CaptureFixture[str]) -> None:
    from kh14_desktop.ui.self_test import SelfTestFailure, SelfTestStep, run_self_test

    ran: list[str] = []

    def passing(run: object) -> str:
        ran.append("passing")
        return "fine"

    def failing(run: object) -> str:
        raise SelfTestFailure("the widget is not there")

    def crashing(run: object) -> str:
        raise ZeroDivisionError("division by zero")

    def never(run: object) -> str:
        ran.append("never")
        return ""

    steps = [SelfTestStep("first", passing),
             SelfTestStep("future", never, needs=("kh14_desktop.services.not_yet_written",)),
             SelfTestStep("second", failing),
             SelfTestStep("third", never)]
    assert run_self_test(steps=steps) == 1
    assert ran == ["passing"]
    out, err = capsys.readouterr()
    assert "ok    first: fine" in out
    assert "skip  future: not in this build (kh14_desktop.services.not_yet_written)" in out
    assert "FAIL  second: the widget is not there" in err

    assert run_self_test(steps=[SelfTestStep("boom", crashing)]) == 1
    _, err = capsys.readouterr()
    assert "FAIL  boom: ZeroDivisionError: division by zero" in err
    assert "Traceback" in err


# resources ---------------------------------------------------------------------------------
def test_one_helper_finds_resources_from_source_frozen_or_overridden(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kh14_desktop.resources import resource_path

    monkeypatch.delenv("KH14_RESOURCES", raising=False)
    assert resource_path("plans", "kh14-2024-yen-bai.json") == \
        ROOT / "resources" / "plans" / "kh14-2024-yen-bai.json"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert resource_path("fonts") == tmp_path / "_internal" / "resources" / "fonts"
    monkeypatch.setenv("KH14_RESOURCES", str(tmp_path / "elsewhere"))
    assert resource_path("icons", "kh14.ico") == tmp_path / "elsewhere" / "icons" / "kh14.ico"


def test_the_installed_package_carries_its_resources_and_every_module(tmp_path: Path) -> None:
    """`pip install .` (not editable) once gave a program with no plans, fonts or
    translations: its setup failed and the demo crashed."""
    source = tmp_path / "source"  # setuptools builds in place; the checkout's build/ is ours
    source.mkdir()
    for name in ("kh14_desktop", "resources"):
        shutil.copytree(ROOT / name, source / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(wheels), str(source)],
                   check=True, timeout=300, capture_output=True)
    (wheel,) = wheels.glob("kh14_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "installed")
    packages = {path.parent.relative_to(ROOT).as_posix()
                for path in (ROOT / "kh14_desktop").rglob("__init__.py")}
    assert {f"{package}/__init__.py" for package in packages} <= names
    shipped = {name.removeprefix("kh14_desktop/_resources/") for name in names
               if name.startswith("kh14_desktop/_resources/")}
    for _source, folder in bundle_options.resource_datas():  # what the bundle ships, too
        assert any(name.startswith(folder.removeprefix("resources/") + "/") for name in shipped)
    assert "plans/kh14-2024-yen-bai.json" in shipped and "translations/kh14_vi.qm" in shipped
    assert not [name for name in shipped if name.endswith(".ts")]  # sources stay home
    # the installed program, away from the checkout, finds them and sets up an office
    environment = {**os.environ, "PYTHONPATH": str(tmp_path / "installed")}
    environment.pop("KH14_RESOURCES", None)
    completed = subprocess.run(
        [sys.executable, "-m", "kh14_desktop.cli.main", "--data-dir", str(tmp_path / "data"),
         "setup", "--unit", "h-van-yen"],
        cwd=tmp_path, env=environment, capture_output=True, text=True, encoding="utf-8",
        timeout=120, check=False)
    assert completed.returncode == 0, completed.stderr
    located = subprocess.run(
        [sys.executable, "-c", "from kh14_desktop.resources import resources_root as r; "
         "print(r())"], cwd=tmp_path, env=environment, capture_output=True, text=True,
        encoding="utf-8", timeout=60, check=True).stdout.strip()
    assert Path(located) == tmp_path / "installed" / "kh14_desktop" / "_resources"


# portable mode -----------------------------------------------------------------------------
def test_the_portable_marker_keeps_the_data_beside_the_executable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kh14_desktop.store.location import PORTABLE_MARKER, choose_data_folder

    stick = tmp_path / "usb" / "KH14"
    stick.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(stick / "kh14-desktop.exe"))
    monkeypatch.delenv("KH14_DATA_DIR")
    assert not choose_data_folder().root.is_relative_to(stick)
    (stick / PORTABLE_MARKER).write_text("portable\n", encoding="utf-8")
    assert choose_data_folder().root == stick / "data"
    assert choose_data_folder(tmp_path / "explicit").root == tmp_path / "explicit"


# a .kh14 file on the command line ----------------------------------------------------------
def set_up_data_folder(data: Path) -> Path:
    from kh14_desktop.services.installation import Installation

    with Installation.open(data) as installation:
        installation.setup("h-van-yen")
    return data


def test_a_report_file_on_the_command_line_reaches_the_main_window(
        windowless_main: WindowlessMain, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = set_up_data_folder(tmp_path / "data")
    report = tmp_path / "Báo cáo Văn Yên.kh14"
    report.write_bytes(b"PK")
    monkeypatch.chdir(tmp_path)
    assert windowless_main("--data-dir", str(data), report.name) == 0
    assert [window.pending_files for window in windowless_main.shown] == [[report.resolve()]]
    assert windowless_main.offered_files == [[report.resolve()]]


def test_the_start_up_hook_reports_the_shown_window_and_quits(tmp_path: Path) -> None:
    data = set_up_data_folder(tmp_path / "data")
    started = time.time()
    shown_file = tmp_path / "shown.txt"  # a windowed Windows build has no stdout to print to
    completed = subprocess.run(
        [sys.executable, "-m", "kh14_desktop.ui.app", "--data-dir", str(data)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=ROOT, check=False,
        env={**os.environ, "KH14_EXIT_WHEN_SHOWN": "1", "QT_QPA_PLATFORM": "offscreen",
             "KH14_SHOWN_FILE": str(shown_file)})
    assert completed.returncode == 0, completed.stderr
    marker, shown_at, code_began_at = completed.stdout.split()
    assert marker == "kh14-shown"
    assert started < float(code_began_at) < float(shown_at) < time.time()
    assert shown_file.read_text(encoding="ascii") == completed.stdout
