"""Finding the files under `resources/`: in a checkout, an installed package, a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_root() -> Path:
    """The `resources/` folder: inside the bundle when frozen, inside the package when
    installed by `pip install .` (pyproject.toml maps it to `kh14_desktop/_resources`),
    beside the package in a checkout or an editable install.

    `KH14_RESOURCES` overrides them all (tests and packagers use it).
    """
    override = os.environ.get("KH14_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "_resources"
    return installed if installed.is_dir() else package.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
