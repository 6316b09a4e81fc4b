"""Benchmark: import and verify 500 report files (bar: within 3× of unzipping and hashing them).

Ten offices each record a year of work (with a small scanned evidence file) and sign fifty
successive reports of it: the report data and its PDF are made once per office, then each
sequence number is signed and written as the export would write it, so making the files
stays a small part of the run. In the same run, on the same 500 files:

  baseline  open each file with zipfile, read every member and SHA-256 it;
  import    `Importer.import_paths` of all 500 into a fresh admin whose keys are trusted
            (every file is newer than the one before it, so every file is written).

Each is timed `--runs` times (a fresh admin each time) and the best is kept.

    .venv/bin/python benchmarks/import_500.py [--files 500] [--offices 10] [--runs 3]
        [--profile]
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import hashlib
import io
import os
import pstats
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kh14_desktop.domain.package import MemberRole, PackageKind, Period  # noqa: E402
from kh14_desktop.domain.period import annual_period  # noqa: E402
from kh14_desktop.domain.progress import Status  # noqa: E402
from kh14_desktop.services.admin_demo import DEMO_PASSPHRASE, fill_office_work  # noqa: E402
from kh14_desktop.services.importer import Importer, ImportOutcome  # noqa: E402
from kh14_desktop.services.installation import Installation  # noqa: E402
from kh14_desktop.services.key_trust import trust_key  # noqa: E402
from kh14_desktop.services.office_key import (  # noqa: E402
    key_folder,
    office_key_info,
    unlock_office_key,
)
from kh14_desktop.services.office_work import OfficeWork  # noqa: E402
from kh14_desktop.services.package_writer import (  # noqa: E402
    PackageHeader,
    PackageMember,
    write_package,
)
from kh14_desktop.services.report_builder import ReportOptions, gather_report  # noqa: E402
from kh14_desktop.services.report_pdf import report_document  # noqa: E402
from kh14_desktop.services.signing import create_key, keys  # noqa: E402

UNITS = ("h-van-yen", "h-tram-tau", "h-yen-binh", "h-luc-yen", "h-van-chan", "so-tu-phap",
         "so-tai-chinh", "so-y-te", "so-giao-duc", "cong-an-tinh", "tp-yen-bai", "tx-nghia-lo")
SCAN_BYTES = 48 * 1024  # a photographed attendance sheet, compressed already
CREATED = dt.datetime(2024, 11, 15, 2, 0, tzinfo=dt.UTC)


def make_office(root: Path, unit_id: str, seed: int) -> Installation:
    installation = Installation.open(root / "offices" / unit_id)
    installation.setup(unit_id)
    # throwaway keys: the test cost of the key derivation, not a second each
    create_key(key_folder(installation), DEMO_PASSPHRASE, kdf=keys.FAST_KDF_FOR_TESTS)
    fill_office_work(installation, seed)
    scan = root / f"{unit_id}-bien-ban.jpg"
    scan.write_bytes(os.urandom(SCAN_BYTES))
    code = installation.plan().tasks_for(unit_id)[0].task.code
    work = OfficeWork(installation)
    work.save_progress(code, Status.DONE, "Đã tổ chức hội nghị quán triệt.")
    work.add_activity(code, dt.date(2024, 3, 14), "Hội nghị quán triệt Kế hoạch 14",
                      "Biên bản và danh sách đại biểu kèm theo.", {"events": 1},
                      [scan])
    return installation


def write_reports(office: Installation, folder: Path, count: int) -> list[Path]:
    """`count` successive signed reports of the office (sequence 1 to count)."""
    plan = office.plan()
    period = annual_period(plan)
    gathered = gather_report(office, ReportOptions(period, "  /BC-UBND", CREATED.date(),
                                                   "Nguyễn Văn An"),
                             exported_at=CREATED.isoformat())
    from kh14_desktop.services.pdf import render_pdf

    pdf = render_pdf(report_document(gathered.data))
    members = [PackageMember("report.json", MemberRole.REPORT_DATA, gathered.data.to_json(),
                             media_type="application/json"),
               PackageMember("report.pdf", MemberRole.REPORT_PDF, pdf,
                             media_type="application/pdf")]
    members += [PackageMember(blob.member, MemberRole.EVIDENCE, blob.data,
                              original_name=blob.name) for blob in gathered.evidence]
    unit_id = office.unit().id
    paths = []
    with unlock_office_key(office, DEMO_PASSPHRASE) as key:
        for sequence in range(1, count + 1):
            header = PackageHeader(PackageKind.UNIT_REPORT, plan.id, unit_id,
                                   Period(period.start, period.end, period.label), sequence,
                                   CREATED + dt.timedelta(minutes=sequence))
            target = folder / f"{unit_id}-{sequence:04d}.kh14"
            write_package(target, header, members, key)
            paths.append(target)
    return paths


def baseline(paths: list[Path]) -> int:
    """Unzip and hash: what reading the files costs at the least."""
    hashed = 0
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                hashlib.sha256(archive.read(info)).digest()
                hashed += info.file_size
    return hashed


def fresh_admin(root: Path, offices: list[Installation]) -> Installation:
    admin = Installation.open(root)
    admin.setup(None, admin=True)
    for office in offices:
        trust_key(admin.store, office.unit().id, office_key_info(office).public_key,
                  "key-list")
    return admin


@contextlib.contextmanager
def never_waiting_for_the_disk(admin: Installation) -> Iterator[None]:
    """For measuring only: what the import costs when no write waits to reach the disk."""
    admin.store.db.execute("PRAGMA synchronous = OFF")
    real_fsync = os.fsync
    os.fsync = lambda _fd: None
    try:
        yield
    finally:
        os.fsync = real_fsync
        admin.store.db.execute("PRAGMA synchronous = FULL")


# the importer's steps, by the names it calls them through (wrapped for timing only)
STEPS = (
    ("read and verify the package (unzip, hashes, signature)", "importer", "read_any_package"),
    ("parse and check report.json", "importer", "unit_report_data"),
    ("key trust (SQL)", "importer", "decide_trust"),
    ("duplicate and sequence checks (SQL)", "importer", "report_by_package"),
    ("", "importer", "current_report"),
    ("backup before the first write", "importer", "backup_before"),
    ("write: the whole step", "Importer", "_write"),
    ("  store the file (content-addressed, fsync)", "AttachmentStore", "put_bytes"),
    ("  encode report.json again for the database", "ReportData", "to_json"),
    ("  insert the row", "importer", "insert_report"),
    ("  take it out of quarantine", "quarantine", "release"),
    ("import log line (fsync)", "Importer", "_log"),
)


def print_breakdown(admin: Installation, inbox: Path, count: int) -> None:
    """Wall-clock time of each step of one import of the whole inbox."""
    from kh14_desktop.domain.report import ReportData
    from kh14_desktop.services import importer, quarantine
    from kh14_desktop.store.attachments import AttachmentStore

    owners = {"importer": importer, "Importer": importer.Importer, "quarantine": quarantine,
              "AttachmentStore": AttachmentStore, "ReportData": ReportData}
    spent: dict[str, float] = {}
    originals = []

    def timed(label: str, function):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.perf_counter() - started
        return wrapper

    label = ""
    for name, owner, attribute in STEPS:
        label = name or label  # an empty name adds to the step above
        original = getattr(owners[owner], attribute, None)
        if original is None:  # the importer changed: say so rather than guess
            print(f"(no {owner}.{attribute} to time: {label or 'step'} not measured)")
            continue
        originals.append((owners[owner], attribute, original))
        setattr(owners[owner], attribute, timed(label, original))
    try:
        wall = time.perf_counter()
        Importer(admin).import_paths([inbox])
        total = time.perf_counter() - wall
    finally:
        for owner, attribute, original in originals:
            setattr(owner, attribute, original)
    print(f"\nwhere one import's {total:.2f} s go ({total / count * 1000:.1f} ms per file):")
    top = 0.0
    for name, _owner, _attribute in STEPS:
        if name and name in spent:
            print(f"  {spent[name]:6.2f} s  {spent[name] / total:4.0%}  {name}")
            top += spent[name] if not name.startswith("  ") else 0.0
    print(f"  {total - top:6.2f} s  {(total - top) / total:4.0%}  the rest (reading the files, "
          "the loop, messages)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--offices", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true",
                        help="profile one import (cProfile) and print the top functions")
    parser.add_argument("--breakdown", action="store_true",
                        help="time one more import step by step (wall clock, no profiler)")
    parser.add_argument("--without-fsync", action="store_true",
                        help="also time an import that never waits for the disk (fsync and "
                             "SQLite's synchronous writes off): what the checks alone cost")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kh14-import-500-") as temp:
        root = Path(temp)
        inbox = root / "inbox"
        inbox.mkdir()
        started = time.perf_counter()
        offices = [make_office(root, unit, seed)
                   for seed, unit in enumerate(UNITS[:args.offices])]
        per_office, extra = divmod(args.files, len(offices))
        paths: list[Path] = []
        for number, office in enumerate(offices):
            paths += write_reports(office, inbox, per_office + (number < extra))
        made = time.perf_counter() - started
        size = sum(path.stat().st_size for path in paths)
        print(f"{len(paths)} files from {len(offices)} offices, {size / len(paths) / 1024:.0f}"
              f" KiB each on average, {size / 1024 / 1024:.1f} MiB in all; made in {made:.1f} s")

        baselines = []
        for _ in range(args.runs):
            wall = time.perf_counter()
            hashed = baseline(paths)
            baselines.append(time.perf_counter() - wall)
        imports = []
        for run in range(args.runs):
            admin = fresh_admin(root / f"admin-{run}", offices)
            wall = time.perf_counter()
            results = Importer(admin).import_paths([inbox])
            imports.append(time.perf_counter() - wall)
            outcomes = {result.outcome for result in results}
            assert len(results) == len(paths), len(results)
            assert outcomes <= {ImportOutcome.IMPORTED, ImportOutcome.REPLACED}, outcomes
            admin.close()
        base, imported = min(baselines), min(imports)
        print(f"baseline (unzip + SHA-256 every member, {hashed / 1024 / 1024:.1f} MiB): "
              f"{base:.2f} s, {base / len(paths) * 1000:.1f} ms per file")
        print(f"import (verify, check, write; keys trusted): {imported:.2f} s, "
              f"{imported / len(paths) * 1000:.1f} ms per file")
        print(f"ratio: {imported / base:.1f}× (bar: 3×); best of {args.runs} each")

        if args.without_fsync:
            admin = fresh_admin(root / "admin-no-fsync", offices)
            with never_waiting_for_the_disk(admin):
                wall = time.perf_counter()
                Importer(admin).import_paths([inbox])
                unsynced = time.perf_counter() - wall
            admin.close()
            print(f"import without waiting for the disk: {unsynced:.2f} s, ratio "
                  f"{unsynced / base:.1f}×")
        if args.breakdown:
            admin = fresh_admin(root / "admin-breakdown", offices)
            if args.without_fsync:
                with never_waiting_for_the_disk(admin):
                    print_breakdown(admin, inbox, len(paths))
            else:
                print_breakdown(admin, inbox, len(paths))
            admin.close()
        if args.profile:
            admin = fresh_admin(root / "admin-profiled", offices)
            profiler = cProfile.Profile()
            profiler.enable()
            Importer(admin).import_paths([inbox])
            profiler.disable()
            admin.close()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.sort_stats("cumulative").print_stats(35)
            stats.sort_stats("tottime").print_stats(20)
            print(out.getvalue())
        for office in offices:
            office.close()


if __name__ == "__main__":
    main()
