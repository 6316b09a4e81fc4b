"""Keep the window's Vietnamese catalogue in step with the code.

    python build/translations.py update     # lupdate: add new tr() strings to the catalogues
    python build/translations.py missing    # list strings without a Vietnamese translation
    python build/translations.py apply F    # fill translations from JSON {context: {source: vi}}
    python build/translations.py release    # lrelease: build the .qm files the app loads

The window's strings live in one catalogue per part of the window: `kh14_vi.ts` for the
modules directly in `ui/`, and `kh14_<part>_vi.ts` for each package `ui/<part>/` (admin,
report, safety), so that work on one part never rewrites another's.
The .ts files are the source of truth and are committed together with their .qm files;
tests/test_translations.py fails when either is out of date.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
UI = ROOT / "kh14_desktop" / "ui"
PARTS = ("admin", "report", "safety")  # packages of ui/ with a catalogue of their own
APP_CATALOGUE = TRANSLATIONS / "kh14_vi.ts"
ADMIN_CATALOGUE = TRANSLATIONS / "kh14_admin_vi.ts"
REPORT_CATALOGUE = TRANSLATIONS / "kh14_report_vi.ts"
SAFETY_CATALOGUE = TRANSLATIONS / "kh14_safety_vi.ts"
# built from the code by lupdate
SOURCE_CATALOGUES = (APP_CATALOGUE, ADMIN_CATALOGUE, REPORT_CATALOGUE, SAFETY_CATALOGUE)
CATALOGUES = (*SOURCE_CATALOGUES, TRANSLATIONS / "qt_extra_vi.ts")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = shutil.which(f"pyside6-{name}") or (str(beside) if beside.exists() else None)
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def ui_sources(catalogue: Path) -> list[Path]:
    """The code whose strings a catalogue holds."""
    for part in PARTS:
        if catalogue.name == f"kh14_{part}_vi.ts":
            return sorted((UI / part).rglob("*.py"))
    parts = [UI / part for part in PARTS]
    return sorted(p for p in UI.rglob("*.py") if not any(d in p.parents for d in parts))


def lupdate(target: Path, catalogue: Path | None = None) -> None:
    """Bring `target` up to date with the code of `catalogue` (by default: target itself)."""
    sources = ui_sources(catalogue or target)
    if not sources:  # lupdate refuses an empty list: an empty catalogue is the answer
        if not target.exists():
            target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                              '<TS version="2.1" language="vi_VN"/>\n', encoding="utf-8")
        return
    subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    *map(str, sources), "-ts", str(target)], check=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def messages(ts_file: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished)."""
    found: dict[tuple[str, str], tuple[str, bool]] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            finished = translation is not None and translation.get("type") is None and bool(text)
            found[(name, source)] = (text, finished)
    return found


def apply(ts_file: Path, table: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(ts_file)
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            wanted = table.get(name, {}).get(source)
            if wanted is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = wanted
            translation.attrib.pop("type", None)
            changed += 1
    ET.indent(tree)
    with ts_file.open("wb") as stream:
        stream.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(stream, encoding="utf-8", xml_declaration=False)
    return changed


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "missing"
    if command == "update":
        for catalogue in SOURCE_CATALOGUES:
            lupdate(catalogue)
    elif command == "apply":
        table = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        applied = sum(apply(catalogue, table) for catalogue in SOURCE_CATALOGUES)
        print(f"{applied} translations applied")
    elif command == "release":
        for catalogue in CATALOGUES:
            if catalogue.exists():
                lrelease(catalogue, catalogue.with_suffix(".qm"))
    elif command == "missing":
        missing = [(ctx, src) for catalogue in SOURCE_CATALOGUES
                   for (ctx, src), (_, done) in messages(catalogue).items() if not done]
        for ctx, src in missing:
            print(f"{ctx}\t{src}")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
