"""The yardstick of benchmarks/startup.py: an empty PySide6 main window, nothing else.

It starts and reports exactly as `kh14-desktop` does under KH14_EXIT_WHEN_SHOWN: print the
wall-clock time of the show, then quit at the first turn of the event loop.
"""

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare window")
    window.resize(1180, 720)
    window.show()
    if os.environ.get("KH14_EXIT_WHEN_SHOWN"):
        if sys.stdout is not None:
            print(f"kh14-shown {time.time():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
