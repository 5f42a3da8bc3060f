"""Start one window and report as soon as it is shown; used by bench_app.py.

``app`` starts Shishya's real main window on the bundled database; ``baseline`` starts a
minimal PySide6 window (a 300-row list and a text view), the floor any Qt app pays.
Prints one JSON line: the peak memory of this process, then exits at once.
"""

from __future__ import annotations

import json
import os
import resource
import sys


def main() -> None:
    kind = sys.argv[1]
    from PySide6.QtWidgets import QApplication

    if kind == "app":
        from shishya_desktop import paths
        from shishya_desktop.app import create_application, make_settings
        from shishya_desktop.catalog import Catalog
        from shishya_desktop.ui.main_window import MainWindow

        app = create_application(sys.argv[:1])
        catalog = Catalog.open(paths.database_path())
        window = MainWindow(catalog, make_settings())
    else:
        from PySide6.QtWidgets import QListWidget, QMainWindow, QSplitter, QTextBrowser

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
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"shown": True, "peak_rss_mib": round(peak_mib, 1)}), flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
