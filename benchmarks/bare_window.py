"""The yardstick of benchmarks/startup.py: an empty PySide6 main window, nothing else.

It starts and reports exactly as `kh14-desktop` does under KH14_EXIT_WHEN_SHOWN: write
`kh14-shown <time shown> <time its code began>` to stdout (when it has one) and to the file
KH14_SHOWN_FILE names, then quit at the first turn of the event loop.
"""

import time

STARTED = time.time()

import os  # noqa: E402 - the clock starts before anything else is imported
import sys  # noqa: E402

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(1180, 720)
    window.show()
    if os.environ.get("KH14_EXIT_WHEN_SHOWN"):
        line = f"kh14-shown {time.time():.6f} {STARTED:.6f}\n"
        if sys.stdout is not None:
            sys.stdout.write(line)
            sys.stdout.flush()
        if os.environ.get("KH14_SHOWN_FILE"):
            with open(os.environ["KH14_SHOWN_FILE"], "a", encoding="ascii") as marker:
                marker.write(line)
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
