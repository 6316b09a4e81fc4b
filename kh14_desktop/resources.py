"""Finding the files under `resources/` from a source checkout and from a frozen bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_root() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside the bundle when frozen.

    `KH14_RESOURCES` overrides both (tests and packagers use it).
    """
    override = os.environ.get("KH14_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)
