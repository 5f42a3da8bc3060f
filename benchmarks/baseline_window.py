"""A minimal PySide6 window (a 300-row list and a text view): the floor any Qt app pays.

Bundled by build.spec with SHISHYA_BUNDLE=baseline, the same way as Shishya, for
bench_bundle.py. With --self-test it shows the window, prints how long that took, and exits.
"""

import os
import sys
import time

STARTED = time.perf_counter()

from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QListWidget,
    QMainWindow,
    QSplitter,
    QTextBrowser,
)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    splitter = QSplitter()
    items = QListWidget()
    items.addItems([f"Career {n}" for n in range(300)])
    splitter.addWidget(items)
    splitter.addWidget(QTextBrowser())
    window.setCentralWidget(splitter)
    window.resize(1280, 760)
    window.show()
    app.processEvents()
    if "--self-test" in sys.argv:
        print(f"shown {(time.perf_counter() - STARTED) * 1000:.0f} ms", flush=True)
        os._exit(0)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
