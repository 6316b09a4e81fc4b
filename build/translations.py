"""Keep the window's Vietnamese catalogue in step with the code.

    python build/translations.py update     # lupdate: add new tr() strings to kh14_vi.ts
    python build/translations.py missing    # list strings without a Vietnamese translation
    python build/translations.py apply F    # fill translations from JSON {context: {source: vi}}
    python build/translations.py release    # lrelease: build the .qm files the app loads

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
APP_CATALOGUE = TRANSLATIONS / "kh14_vi.ts"
CATALOGUES = (APP_CATALOGUE, TRANSLATIONS / "qt_extra_vi.ts")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = shutil.which(f"pyside6-{name}") or (str(beside) if beside.exists() else None)
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def ui_sources() -> list[Path]:
    return sorted((ROOT / "kh14_desktop" / "ui").rglob("*.py"))


def lupdate(target: Path) -> None:
    subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    *map(str, ui_sources()), "-ts", str(target)], check=True)


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
        lupdate(APP_CATALOGUE)
    elif command == "apply":
        table = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        print(f"{apply(APP_CATALOGUE, table)} translations applied")
    elif command == "release":
        for catalogue in CATALOGUES:
            if catalogue.exists():
                lrelease(catalogue, catalogue.with_suffix(".qm"))
    elif command == "missing":
        missing = [(ctx, src) for (ctx, src), (_, done) in messages(APP_CATALOGUE).items()
                   if not done]
        for ctx, src in missing:
            print(f"{ctx}\t{src}")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
