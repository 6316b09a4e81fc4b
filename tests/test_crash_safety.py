"""Power cuts: a child process repeats an import, an export or activity edits and is killed
(SIGKILL; TerminateProcess on Windows) at a random moment, many times; after each kill the
installation is reopened the way the program starts and must be whole.

Whole means: the database passes `PRAGMA integrity_check`; every change is there entirely or
not at all; a report file, PDF, stored file or backup under its final name is complete
(a cut-off write may only leave a `*.part`). The child says "ready" through a pipe once its
installation is open; the only sleep is the random delay before the kill.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kh14_desktop.domain.package import Period
from kh14_desktop.services import import_log
from kh14_desktop.services.backup import list_backups
from kh14_desktop.services.export_commit import COMMITTED, pending_exports
from kh14_desktop.services.health import check_installation
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_key import unlock_office_key
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.services.package_reader import read_package
from kh14_desktop.services.package_writer import PackageHeader, PackageMember, write_package
from kh14_desktop.services.startup import start_installation
from kh14_desktop.services.verify import verify_file
from kh14_desktop.store.attachments import AttachmentStore, FileState
from kh14_desktop.store.exports import list_exports
from tests.conftest import PASSPHRASE
from tests.crash_child import activity_title, evidence_content
from tests.platforms import ON_WINDOWS, repeats
from tests.test_import import ON_TIME, Office, make_office, trust_all

ROOT = Path(__file__).resolve().parent.parent
KILLS_PER_LANE = repeats(25, minimum=6)  # two lanes per operation, three operations: 150 kills
LANES = 2
MAX_DELAY = {"activity": 0.08, "export": 0.35, "import": 0.3}  # a few rounds of each
# what a lane counts as done; while it has none, its delays double (a slow machine, Wine)
DONE = {"activity": "activities at the end", "export": "exports at the end",
        "import": "reports at the end"}
POOL_BATCHES = 24
READY_TIMEOUT = 60.0
FIGURES_FILE = os.environ.get("KH14_RELIABILITY_FIGURES")


@dataclass
class Lane:
    operation: str
    data: Path
    work: Path
    check: Callable[[Lane], None]
    stats: Counter[str] = field(default_factory=Counter)
    seen: set[str] = field(default_factory=set)  # files already checked
    reset: Callable[[Lane], None] | None = None
    max_delay: float = 0.0  # set from MAX_DELAY by run_lanes


def kill_at_random(lane: Lane, seed: int) -> None:
    """Start the child, wait for "ready", wait a random moment, kill it outright."""
    errors = lane.work.parent / f"{lane.data.name}-stderr.txt"
    with errors.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_child", lane.operation, str(lane.data),
             str(lane.work), str(seed)], cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr)
    try:
        assert child.stdout is not None
        # a thread, not select(): Windows cannot select() on a pipe
        with ThreadPoolExecutor(1) as reader:
            ready = reader.submit(child.stdout.readline).result(timeout=READY_TIMEOUT)
        assert ready.rstrip() == b"ready", errors.read_text(encoding="utf-8", errors="replace")
        time.sleep(random.Random(seed).uniform(0, lane.max_delay))
        # it must die by our hand
        assert child.poll() is None, errors.read_text(encoding="utf-8", errors="replace")
        kill(child)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == KILLED
    lane.stats["kills"] += 1


# As a power cut: no handler, no flush, no cleanup. Windows' TerminateProcess is the same
# for the process (Popen.kill uses it, with exit code 1).
if ON_WINDOWS:
    KILLED = 1

    def kill(child: subprocess.Popen[bytes]) -> None:
        child.kill()
else:
    KILLED = -signal.SIGKILL

    def kill(child: subprocess.Popen[bytes]) -> None:
        child.send_signal(signal.SIGKILL)


def reopened(lane: Lane) -> Installation:
    """Open as the program does at start, and check what every operation must keep."""
    installation = Installation.open(lane.data)
    pending = pending_exports(installation.store)
    lane.stats["exports found committed, finished at start"] += sum(
        1 for _, state, _ in pending if state == COMMITTED)
    lane.stats["exports found prepared, rolled back at start"] += sum(
        1 for _, state, _ in pending if state != COMMITTED)
    start_installation(installation)
    rows = installation.store.db.execute("PRAGMA integrity_check").fetchall()
    assert rows == [("ok",)]
    assert installation.store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    store = AttachmentStore(installation.folder.attachments)
    for path in installation.folder.attachments.rglob("*"):
        if path.is_file() and path.name.endswith(".part"):
            if path.name not in lane.seen:
                lane.stats["stored files cut short (*.part, ignored)"] += 1
                lane.seen.add(path.name)
        elif path.is_file() and path.name not in lane.seen:
            assert store.state(path.name) is FileState.OK, path  # complete under its name
            lane.seen.add(path.name)
    for entry in list_backups(installation.folder.backups):
        if entry.path.name not in lane.seen:
            with zipfile.ZipFile(entry.path) as archive:  # complete, or not listed at all
                assert archive.testzip() is None
                assert "backup.json" in archive.namelist()
            lane.seen.add(entry.path.name)
    for path in installation.folder.backups.glob("*.part"):
        if path.name not in lane.seen:
            lane.stats["backups cut short (*.part, ignored)"] += 1
            lane.seen.add(path.name)
    return installation


# activity edits ---------------------------------------------------------------------------------
def check_activities(lane: Lane) -> None:
    with reopened(lane) as installation:
        work = OfficeWork(installation)
        activities = work.activities()
        for activity in activities:
            value = int(activity.title[1:])
            assert activity.title == activity_title(value)
            assert activity.figures == {"trainees": value % 1000, "trainings": 1}, activity
            assert activity.description == f"mô tả {value}"
            for evidence in activity.evidence:
                shown = int(evidence.original_name[1:-4])
                assert work.files.read(evidence.sha256) == evidence_content(shown)
        assert work.evidence_problems() == []
        assert [f.code for f in check_installation(installation).findings
                if f.code != "health.disk_low"] == []
        lane.stats["activities at the end"] = len(activities)


def activity_lane(root: Path) -> Lane:
    office = make_office(root, "h-van-yen", 5)
    work = OfficeWork(office.installation)
    for activity in work.activities():  # only the child's own, whose titles carry figures
        work.delete_activity(activity.id)
    office.installation.close()
    return Lane("activity", office.installation.folder.root, office.folder, check_activities)


# exports ---------------------------------------------------------------------------------------
def is_complete_pdf(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


def check_exports(lane: Lane) -> None:
    with reopened(lane) as installation:
        records = list_exports(installation.store)
        finals = {p.name for p in lane.work.iterdir() if not p.name.startswith(".")}
        lane.stats["export files cut short (*.part, ignored)"] += sum(
            1 for p in lane.work.iterdir() if p.name.endswith(".part"))
        for leftover in lane.work.glob(".*.part"):  # counted once each
            leftover.unlink()
        recorded = {record.file_name for record in records}
        assert {name for name in finals if name.endswith(".kh14")} == recorded
        assert {name for name in finals if name.endswith(".pdf")} == {
            name.removesuffix(".kh14") + ".pdf" for name in recorded}
        for record in records:
            if record.sha256 in lane.seen:
                continue
            path = lane.work / record.file_name
            assert hashlib.sha256(path.read_bytes()).hexdigest() == record.sha256
            outcome = verify_file(path)
            assert outcome.genuine and outcome.manifest is not None
            assert outcome.manifest.sequence == record.sequence
            assert is_complete_pdf(path.with_suffix(".pdf"))
            lane.seen.add(record.sha256)
        lane.stats["exports at the end"] = len(records)


def export_lane(root: Path) -> Lane:
    office = make_office(root, "h-tram-tau", 7)
    office.installation.close()
    return Lane("export", office.installation.folder.root, office.folder, check_exports)


# imports ---------------------------------------------------------------------------------------
def resigned(office: Office, base: Path, target: Path, sequence: int) -> Path:
    """The office's report again, signed as its export number `sequence`."""
    package = read_package(base)
    manifest = package.manifest
    header = PackageHeader(manifest.kind, manifest.plan_id, manifest.unit_id,
                           Period(manifest.period.start, manifest.period.end,
                                  manifest.period.label),
                           sequence, ON_TIME + dt.timedelta(minutes=sequence))
    members = [PackageMember(item.name, item.role, package.members[item.name],
                             item.original_name, item.media_type)
               for item in manifest.members]
    with unlock_office_key(office.installation, PASSPHRASE) as key:
        write_package(target, header, members, key)
    return target


def check_imports(lane: Lane) -> None:
    with reopened(lane) as installation:
        db = installation.store.db
        rows = db.execute("SELECT id, unit_id, sequence, superseded_by, package_sha256"
                          " FROM received_reports").fetchall()
        by_id = {row[0]: row for row in rows}
        current = Counter(row[1] for row in rows if row[3] is None)
        assert all(count == 1 for count in current.values())
        assert set(current) == {row[1] for row in rows}  # each unit has its newest current
        for _, unit, sequence, superseded_by, sha in rows:
            if superseded_by is not None:  # a replacement is never half done
                newer = by_id[superseded_by]
                assert newer[1] == unit and newer[2] > sequence
            assert AttachmentStore(installation.folder.attachments).state(sha) is FileState.OK
        for path in installation.folder.quarantine.glob("*.kh14"):
            if path.name not in lane.seen:
                assert verify_file(path).genuine  # a waiting file is complete
                lane.seen.add(path.name)
        import_log.read_entries(installation.folder.root)  # a cut line is skipped, not fatal
        lane.stats["reports at the end"] = len(rows)
        newest = max((row[2] for row in rows), default=0)
    if newest >= POOL_BATCHES - 4:  # the pool is nearly used up: start again from scratch
        assert lane.reset is not None
        lane.reset(lane)


def import_lane(root: Path) -> Lane:
    admin = Installation.open(root / "admin")
    admin.setup(None, admin=True)
    made = {unit: make_office(root / "offices", unit, 10 + n)
            for n, unit in enumerate(("h-van-yen", "h-tram-tau", "so-tu-phap", "h-yen-binh"))}
    trust_all(admin, {u: o for u, o in made.items() if u != "h-yen-binh"}, root)
    admin.close()  # h-yen-binh stays unknown: its files go to quarantine
    pool = root / "pool"
    for unit, office in made.items():
        base = office.export("base.kh14")
        for sequence in range(1, POOL_BATCHES + 1):
            batch = pool / f"{sequence:03d}"
            batch.mkdir(parents=True, exist_ok=True)
            resigned(office, base, batch / f"{unit}.kh14", sequence)
        office.installation.close()
    template = root / "admin-template"
    shutil.copytree(root / "admin", template)

    def reset(lane: Lane) -> None:
        shutil.rmtree(lane.data)
        shutil.copytree(template, lane.data)
        lane.seen.clear()
        lane.stats["fresh admin folders"] += 1

    return Lane("import", root / "admin", pool, check_imports, reset=reset)


# the runs --------------------------------------------------------------------------------------
def run_lanes(make: Callable[[Path], Lane], tmp_path: Path, operation: str) -> Counter[str]:
    lanes = [make(tmp_path / f"lane{n}") for n in range(LANES)]
    for lane in lanes:
        lane.max_delay = MAX_DELAY[lane.operation]
    started = time.monotonic()

    def run(index: int) -> None:
        lane = lanes[index]
        for attempt in range(KILLS_PER_LANE):
            kill_at_random(lane, seed=1000 * index + attempt)
            lane.check(lane)
            if not lane.stats[DONE[lane.operation]]:
                lane.max_delay *= 2

    with ThreadPoolExecutor(LANES) as pool:
        for future in [pool.submit(run, n) for n in range(LANES)]:
            future.result()
    total: Counter[str] = Counter()
    for lane in lanes:
        total.update(lane.stats)
    total["seconds"] = round(time.monotonic() - started)
    if FIGURES_FILE:
        with open(FIGURES_FILE, "a", encoding="utf-8") as out:
            out.write(json.dumps({"crash": operation, **total}) + "\n")
    return total


def test_killed_activity_edits_leave_every_activity_whole(tmp_path: Path) -> None:
    stats = run_lanes(activity_lane, tmp_path, "activity edits")
    assert stats["kills"] == LANES * KILLS_PER_LANE and stats["activities at the end"] > 0


def test_killed_exports_leave_a_file_exactly_when_it_is_recorded(tmp_path: Path) -> None:
    stats = run_lanes(export_lane, tmp_path, "exports")
    assert stats["kills"] == LANES * KILLS_PER_LANE and stats["exports at the end"] > 0


def test_killed_imports_leave_each_report_whole_or_absent(tmp_path: Path) -> None:
    stats = run_lanes(import_lane, tmp_path, "imports")
    assert stats["kills"] == LANES * KILLS_PER_LANE and stats["reports at the end"] > 0
