"""Entry script of the frozen `kh14-desktop` (PyInstaller starts a script, not an entry point)."""

import sys

from kh14_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
