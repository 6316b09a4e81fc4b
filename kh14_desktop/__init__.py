"""KH14 Desktop: an offline tool to track, report and consolidate a provincial plan's tasks."""

import time as _time

__version__ = "0.1.0"

# when our code began to run: benchmarks/startup.py splits a cold start there into the
# process start (executable, Python, PySide6's runtime hook), which any window pays, and ours
STARTED = _time.time()
