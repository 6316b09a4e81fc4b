"""Entry script of the frozen `kh14` console program, in the same folder as `kh14-desktop`."""

import sys

from kh14_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
