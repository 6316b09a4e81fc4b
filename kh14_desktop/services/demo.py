"""A throwaway installation for a newcomer: set up for UBND huyện Văn Yên, with sample work."""

from __future__ import annotations

import tempfile
from pathlib import Path

from kh14_desktop.services.installation import Installation

DEMO_UNIT = "h-van-yen"


def create_demo_installation(root: Path | None = None) -> Installation:
    """A new installation in `root` (a fresh temporary folder if None), ready to look at."""
    folder = root or Path(tempfile.mkdtemp(prefix="kh14-demo-"))
    installation = Installation.open(folder)
    if installation.profile() is None:
        installation.setup(DEMO_UNIT)
    return installation
