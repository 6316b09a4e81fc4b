"""Both programs print UTF-8, whatever the console's code page.

A Windows console or pipe defaults to the ANSI code page (cp1252, or cp1258 on a Vietnamese
Windows), which has no precomposed "ế": `print` then fails, or writes "?" in its place.
"""

from __future__ import annotations

import sys


def use_utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):  # None in a windowed Windows program
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            reconfigure(encoding="utf-8", errors="replace")
