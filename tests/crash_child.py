"""The process `test_crash_safety` kills: it repeats one operation until SIGKILL arrives.

    python -m tests.crash_child activity|export|import DATA_DIR WORK_DIR SEED

It prints "ready" once the installation is open (the parent's kill delay starts there),
then works without pause and prints nothing more, so that no pipe can ever block it.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from kh14_desktop.domain.period import parse_period
from kh14_desktop.services.export import export_report
from kh14_desktop.services.importer import Importer
from kh14_desktop.services.installation import Installation
from kh14_desktop.services.office_work import OfficeWork
from kh14_desktop.services.report_builder import ReportOptions

PASSPHRASE = "mật khẩu thử"  # tests.conftest.PASSPHRASE, without importing pytest here
TASK = "II.6"


def activity_title(value: int) -> str:
    """The title carries the figures, so a torn write would show as a mismatch."""
    return f"A{value}"


def evidence_content(value: int) -> bytes:
    return f"minh chứng {value}\n".encode() * 20


def edit_activities(installation: Installation, work_dir: Path, rng: random.Random) -> None:
    work = OfficeWork(installation)
    while True:
        value = rng.randrange(1, 10**9)
        evidence = work_dir / f"e{value}.txt"
        evidence.write_bytes(evidence_content(value))
        existing = [a.id for a in work.activities(TASK, limit=50)]
        choice = rng.random()
        if choice < 0.45 or not existing:
            work.add_activity(TASK, dt.date(2024, 7, 1), activity_title(value),
                              description=f"mô tả {value}",
                              figures={"trainees": value % 1000, "trainings": 1},
                              attachments=[evidence])
        elif choice < 0.85:
            target = rng.choice(existing)
            current = work.activity(target)
            work.update_activity(target, current.day, activity_title(value), f"mô tả {value}",
                                 {"trainees": value % 1000, "trainings": 1},
                                 add_files=[evidence],
                                 remove_evidence=[e.id for e in current.evidence[:1]])
        else:
            work.delete_activity(rng.choice(existing))
        evidence.unlink()


def export_reports(installation: Installation, outbox: Path, rng: random.Random) -> None:
    plan = installation.plan()
    options = ReportOptions(parse_period(plan, None), "01/BC", dt.date(2024, 11, 18),
                            "Người Ký")
    while True:
        name = f"r{rng.randrange(10**9)}"
        export_report(installation, options, outbox / f"{name}.kh14", PASSPHRASE,
                      pdf_copy=outbox / f"{name}.pdf")


def import_reports(installation: Installation, pool: Path, rng: random.Random) -> None:
    """Batches in sequence order: the ones already imported are quick duplicates."""
    batches = sorted(folder for folder in pool.iterdir() if folder.is_dir())
    while True:
        for batch in batches:
            Importer(installation).import_paths(sorted(batch.glob("*.kh14")))


def main(argv: list[str]) -> None:
    operation, data_dir, work_dir, seed = argv
    rng = random.Random(int(seed))
    installation = Installation.open(data_dir)
    installation.store.db  # noqa: B018 - load the writing library now, not inside the kill window
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    work = Path(work_dir)
    if operation == "activity":
        edit_activities(installation, work, rng)
    elif operation == "export":
        export_reports(installation, work, rng)
    elif operation == "import":
        import_reports(installation, work, rng)
    raise SystemExit(f"unknown operation {operation}")


if __name__ == "__main__":
    main(sys.argv[1:])
