"""Cold start of KH14 Desktop up to a shown main window, against a bare PySide6 window.

    .venv/bin/python benchmarks/startup.py              # frozen and source, 15 runs each
    .venv/bin/python benchmarks/startup.py --runs 30 --rebuild --json result.json
    sudo .venv/bin/python benchmarks/startup.py --cold       # also after emptying the cache

Both programs are started as new processes, alternately, on the offscreen platform, with
KH14_EXIT_WHEN_SHOWN=1: each writes the wall-clock time at which its main window was shown
(and the time its own code began to run) to the file KH14_SHOWN_FILE names, and quits.
Start-up is the shown time minus the moment just before the process was launched, so it
includes loading the executable and Python, imports, opening the database and building the
window. It is also reported in two parts: the process start up to the first line of the
program's code (the executable, Python and, frozen, PySide6's runtime hook: the same for any
PySide6 window), and the program's own part from there to the shown window. The OS file
cache is warm after the first (discarded) run, as on an office PC that has started the
program before; with --cold the frozen pair is timed again with Linux's page cache emptied
before every start, as after a reboot.

Frozen: `kh14-desktop` from build/kh14.spec against `bare-window` from
benchmarks/bare_window.spec, bundled with the same settings (built when missing). Source:
`python -m kh14_desktop.ui.app` against `python benchmarks/bare_window.py`.
The quality bar is a median ratio of at most 1.5.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "out"
WORK = ROOT / "build" / "work"
EXE = ".exe" if sys.platform.startswith("win") else ""
SHOWN_MARKER = "kh14-shown"
BAR = 1.5


@dataclass(frozen=True)
class Comparison:
    build: str  # "frozen", "source", or "cold" (frozen with the file cache emptied)
    runs: int
    app_median_ms: float
    bare_median_ms: float
    app_min_ms: float
    bare_min_ms: float
    app_program_ms: float  # median of the program's own part (from its first line to shown)
    bare_program_ms: float

    @property
    def ratio(self) -> float:
        return self.app_median_ms / self.bare_median_ms


@dataclass(frozen=True)
class Start:
    total: float  # seconds from launch to the shown window
    program: float  # of which: from the program's first line of code to the shown window


def pyinstaller(spec: Path, out: Path) -> None:
    work = WORK if out == OUT else out.with_name(out.name + "-work")
    subprocess.run([sys.executable, "-m", "PyInstaller", str(spec), "--distpath", str(out),
                    "--workpath", str(work), "--noconfirm", "--log-level", "WARN"],
                   check=True, cwd=ROOT)


def ensure_bundles(out: Path, rebuild: bool) -> None:
    for bundle, spec in ((out / "kh14-desktop", ROOT / "build" / "kh14.spec"),
                         (out / "bare-window", ROOT / "benchmarks" / "bare_window.spec")):
        if rebuild or not (bundle / f"{bundle.name}{EXE}").exists():
            print(f"building {bundle.name} ...", file=sys.stderr, flush=True)
            pyinstaller(spec, out)


def time_to_shown(command: list[str], env: dict[str, str]) -> Start:
    """How long `command` took from its launch to its main window being shown."""
    with tempfile.TemporaryDirectory(prefix="kh14-shown-") as folder:
        marker = Path(folder) / "shown.txt"
        launched = time.time()
        completed = subprocess.run(command, env={**env, "KH14_SHOWN_FILE": str(marker)},
                                   capture_output=True, text=True, encoding="utf-8",
                                   timeout=120, check=False)
        written = marker.read_text(encoding="ascii") if marker.exists() else ""
    for line in written.splitlines():
        if line.startswith(SHOWN_MARKER):
            shown, started = (float(part) for part in line.split()[1:3])
            return Start(total=shown - launched, program=shown - started)
    raise RuntimeError(f"{command[0]} never showed its window (exit {completed.returncode}):\n"
                       f"{completed.stdout}\n{completed.stderr}")


def drop_file_cache() -> None:
    """Empty Linux's page cache, as after a reboot (root only)."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n", encoding="ascii")
    except OSError as exc:
        raise SystemExit(f"--cold empties Linux's page cache, which needs root: {exc}") from exc


def compare(build: str, app: list[str], bare: list[str], runs: int,
            env: dict[str, str], cold: bool = False) -> Comparison:
    app_starts: list[Start] = []
    bare_starts: list[Start] = []
    time_to_shown(app, env)  # first runs fill the file cache and Qt's font cache; not counted
    time_to_shown(bare, env)
    for index in range(runs):
        # alternate which goes first, so neither always follows the other's cache effects
        pair = ((app, app_starts), (bare, bare_starts))
        for command, starts in pair if index % 2 == 0 else reversed(pair):
            if cold:
                drop_file_cache()
            starts.append(time_to_shown(command, env))

    def median_ms(starts: list[Start], part: str) -> float:
        return statistics.median(getattr(start, part) for start in starts) * 1000

    return Comparison(build, runs,
                      app_median_ms=median_ms(app_starts, "total"),
                      bare_median_ms=median_ms(bare_starts, "total"),
                      app_min_ms=min(start.total for start in app_starts) * 1000,
                      bare_min_ms=min(start.total for start in bare_starts) * 1000,
                      app_program_ms=median_ms(app_starts, "program"),
                      bare_program_ms=median_ms(bare_starts, "program"))


def prepared_data_folder(root: Path, kh14: list[str], env: dict[str, str]) -> Path:
    """A data folder set up for a district, so the app opens its main window, not the wizard."""
    data = root / "data"
    subprocess.run([*kh14, "--data-dir", str(data), "setup", "--unit", "h-van-yen"], env=env,
                   check=True, capture_output=True)
    return data


def bundle_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="timed starts of each program")
    parser.add_argument("--rebuild", action="store_true", help="rebuild both bundles first")
    parser.add_argument("--skip-frozen", action="store_true")
    parser.add_argument("--skip-source", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--dist", type=Path, default=OUT,
                        help="the folder of both bundles (built there when missing); "
                             "default build/out")
    parser.add_argument("--cold", action="store_true",
                        help="also time frozen starts with the file cache emptied before each, "
                             "as after a reboot (Linux, as root)")
    args = parser.parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):  # "×" through a Windows pipe (cp1252)
        sys.stdout.reconfigure(encoding="utf-8")

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KH14_EXIT_WHEN_SHOWN="1")
    env.pop("KH14_DATA_DIR", None)
    # an installed program has its bytecode cached; without it every source start compiles
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    results: list[Comparison] = []
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="kh14-startup-") as temporary:
        root = Path(temporary)
        if not args.skip_frozen:
            ensure_bundles(args.dist, args.rebuild)
            app_bundle, bare_bundle = args.dist / "kh14-desktop", args.dist / "bare-window"
            data = prepared_data_folder(root / "frozen", [str(app_bundle / f"kh14{EXE}")], env)
            frozen = ([str(app_bundle / f"kh14-desktop{EXE}"), "--data-dir", str(data)],
                      [str(bare_bundle / f"bare-window{EXE}")])
            results.append(compare("frozen", *frozen, args.runs, env))
            if args.cold:
                results.append(compare("cold", *frozen, args.runs, env, cold=True))
            sizes = {"kh14-desktop": bundle_size(app_bundle),
                     "bare-window": bundle_size(bare_bundle)}
        if not args.skip_source:
            python = [sys.executable]
            data = prepared_data_folder(root / "source", [*python, "-m", "kh14_desktop.cli.main"],
                                        env)
            results.append(compare(
                "source", [*python, "-m", "kh14_desktop.ui.app", "--data-dir", str(data)],
                [*python, str(ROOT / "benchmarks" / "bare_window.py")], args.runs, env))

    print(f"{'build':8} {'runs':>4} {'kh14-desktop':>13} {'bare window':>12} {'ratio':>6}")
    for result in results:
        print(f"{result.build:8} {result.runs:>4} {result.app_median_ms:>10.0f} ms "
              f"{result.bare_median_ms:>9.0f} ms {result.ratio:>6.2f}"
              f"{'' if result.ratio <= BAR else f'  over the {BAR}× bar'}")
    for result in results:
        print(f"{result.build}: of which the program's own code {result.app_program_ms:.0f} ms "
              f"(kh14-desktop) and {result.bare_program_ms:.0f} ms (bare window); the rest is "
              f"the process start")
    for name, size in sizes.items():
        print(f"bundle {name}: {size / 1e6:.1f} MB")
    if args.json:
        args.json.write_text(json.dumps({
            "results": [{**asdict(result), "ratio": round(result.ratio, 3)}
                        for result in results],
            "bundle_bytes": sizes}, indent=2) + "\n", encoding="utf-8")
    return 0 if all(result.ratio <= BAR for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
