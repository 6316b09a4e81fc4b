"""Imports only point down: domain < store < services < cli < ui; only ui imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kh14_desktop"
LAYERS = ["domain", "store", "services", "cli", "ui"]
QT = ("PySide6", "shiboken6")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _layer(module: str) -> int | None:
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == "kh14_desktop" and parts[1] in LAYERS:
        return LAYERS.index(parts[1])
    return None


def test_imports_only_point_down() -> None:
    wrong = []
    for layer_index, layer in enumerate(LAYERS):
        for path in (PACKAGE / layer).rglob("*.py"):
            for module in _imports(path):
                target = _layer(module)
                if target is not None and target > layer_index:
                    wrong.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert wrong == []


def test_only_the_ui_mentions_qt() -> None:
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        wrong.extend(f"{path.relative_to(PACKAGE)} imports {m}" for m in _imports(path)
                     if m.split(".")[0] in QT)
    assert wrong == []


def test_the_core_runs_without_loading_qt() -> None:
    """Importing every core module and running the CLI loads no Qt library."""
    modules = sorted(
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for layer in LAYERS[:4] for path in (PACKAGE / layer).rglob("*.py")
        if path.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "from kh14_desktop.cli.main import main\n"
        "main(['plans'])\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent,
                   capture_output=True)
