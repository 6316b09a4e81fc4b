"""Benchmark: the consolidated report for every unit and task of the 2024 plan (bar: < 2 s).

Every unit of the plan reports every task it is assigned, with a few activities each
(`tests/consolidation_data.py`). Prints the first render in a fresh process (reportlab
imported, fonts registered) and the best of several warm renders, wall clock and CPU.

    .venv/bin/python benchmarks/consolidated_pdf.py [--pdf out.pdf] [--xlsx out.xlsx]
        [--images docs/images]

`--images` also writes the documentation's first page and matrix page (needs pdftoppm),
from the same province with three units silent and one office clock running fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2024, 11, 25)
RUNS = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=Path)
    parser.add_argument("--xlsx", type=Path)
    parser.add_argument("--images", type=Path)
    args = parser.parse_args()

    started = time.perf_counter()
    from kh14_desktop.resources import resource_path
    from kh14_desktop.services.consolidated_pdf import consolidated_document
    from kh14_desktop.services.consolidation import consolidate
    from kh14_desktop.services.pdf import render_pdf
    from kh14_desktop.services.plan_catalog import load_plan_file
    from tests.consolidation_data import docs_example_reports, whole_plan_reports

    plan = load_plan_file(resource_path("plans", "kh14-2024-yen-bai.json"))
    latest = whole_plan_reports(plan)
    tasks = sum(len(r.report.tasks) for r in latest.values())
    activities = sum(len(t.activities) for r in latest.values() for t in r.report.tasks)

    def once() -> bytes:
        c = consolidate(plan, latest, f"năm {plan.year}", TODAY)
        return render_pdf(consolidated_document(c, signer_name="Nguyễn Văn Hải"))

    first = time.perf_counter()
    pdf = once()
    cold = time.perf_counter() - first
    fresh = time.perf_counter() - started
    walls, cpus = [], []
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        pdf = once()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    print(f"{len(latest)} reports, {tasks} unit tasks, {activities} activities, "
          f"{pdf.count(b'/Type /Page') - pdf.count(b'/Type /Pages')} pages")
    print(f"fresh process: imports and data {first - started:.2f} s, first render {cold:.2f} s,"
          f" together {fresh:.2f} s")
    print(f"warm render best of {RUNS}: {min(walls):.2f} s wall, {min(cpus):.2f} s CPU")

    if args.pdf:
        args.pdf.write_bytes(pdf)
    if args.xlsx:
        from kh14_desktop.services.consolidated_xlsx import write_workbook

        wall = time.perf_counter()
        write_workbook(consolidate(plan, latest, f"năm {plan.year}", TODAY), args.xlsx)
        print(f"workbook {time.perf_counter() - wall:.2f} s")
    if args.images:
        example = consolidate(plan, docs_example_reports(plan), f"năm {plan.year}", TODAY)
        write_images(render_pdf(consolidated_document(example, signer_name="Nguyễn Văn Hải")),
                     args.images)


def write_images(pdf: bytes, folder: Path) -> None:
    """The first page, and the first landscape page (the matrix), at 80 dpi."""
    from io import BytesIO

    from pypdf import PdfReader

    pages = PdfReader(BytesIO(pdf)).pages
    matrix = next(number for number, page in enumerate(pages, start=1)
                  if page.mediabox.width > page.mediabox.height)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        source = Path(temp) / "consolidated.pdf"
        source.write_bytes(pdf)
        for name, number in (("consolidated-page1", 1), ("consolidated-matrix", matrix)):
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", "-f", str(number),
                            "-l", str(number), str(source), str(folder / name)], check=True)
            print(f"wrote {folder / name}.png (page {number})")


if __name__ == "__main__":
    main()
