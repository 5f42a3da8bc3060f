"""Entry point: ``python -m shishya_desktop`` (and the frozen bundle) start the window."""

import sys

from shishya_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
