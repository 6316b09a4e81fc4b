"""What tests need to know of the platform they run on: Windows, Wine, how often to repeat."""

from __future__ import annotations

import os
import sys

ON_WINDOWS = sys.platform == "win32"


def _on_wine() -> bool:
    if not ON_WINDOWS:
        return False
    import ctypes

    try:
        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
    except OSError:
        return False


# Windows CI runs under Wine on Linux (build/ci-windows.sh); docs/build.md lists what Wine
# cannot do, and a test skipped for it says so
ON_WINE = _on_wine()

# Tests that repeat a random trial hundreds of times (fuzzers, killed processes) run a
# fraction of their trials where KH14_REPEAT_SCALE says so: under Wine each file operation
# costs ~35 times Linux's and each process start about a second. The rules they check are the
# same on every platform, and Linux CI runs every trial.
REPEAT_SCALE = float(os.environ.get("KH14_REPEAT_SCALE", "1"))


def repeats(count: int, minimum: int = 1) -> int:
    return max(minimum, round(count * REPEAT_SCALE))
