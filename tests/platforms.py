"""What tests need to know of the platform they run on: Windows, Wine, how often to repeat."""

from __future__ import annotations

import os
import shutil
import sys

import pytest

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


def needs_tools(*names: str) -> pytest.MarkDecorator:
    """Skip unless the programs `names` (the stock minisign, makensis, bash…) can be run.

    Under Wine they are Linux programs, which a Windows program there starts without a
    process handle (subprocess: "[WinError 6] Invalid handle"; docs/build.md): those checks
    of our file formats run on Linux CI, and build/ci-windows.sh builds the installer itself.
    """
    if ON_WINE:
        return pytest.mark.skip(reason=f"Wine: a Windows program cannot run the Linux "
                                       f"{', '.join(names)} (WinError 6); Linux CI runs it")
    missing = [name for name in names if shutil.which(name) is None]
    return pytest.mark.skipif(bool(missing), reason=f"not installed: {', '.join(missing)}")
