"""A text browser that shows only our rendered pages and follows only our own links.

A plain QTextBrowser would read local files through ``file:`` links and image sources, and try
other URLs; this one loads no resources at all from outside and reports clicks on our links.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from . import links


class PageBrowser(QTextBrowser):
    """Shows HTML produced by ``render``; emits ``link_activated`` for our links only."""

    link_activated = Signal(object)  # links.Link
    back_requested = Signal()
    forward_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.refused: list[str] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Pages carry no images or style sheets from outside: every resource is refused.

        No signal is emitted and no None returned here: either, from inside this override,
        corrupts reference counts in PySide6 6.12 and crashes Python at exit.
        """
        self.refused.append(QUrl(name).toString())
        return QByteArray()

    def setSource(self, name: QUrl | str, kind: Any = None) -> None:
        self.refused.append(QUrl(name).toString())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Left / Alt+Right go through the window's history, not QTextBrowser's own."""
        if event.modifiers() == Qt.KeyboardModifier.AltModifier:
            if event.key() == Qt.Key.Key_Left:
                self.back_requested.emit()
                return
            if event.key() == Qt.Key.Key_Right:
                self.forward_requested.emit()
                return
        super().keyPressEvent(event)

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        link = links.parse(url)
        if link is None:
            self.refused.append(url.toString())
            return
        self.link_activated.emit(link)

    def show_html(self, html: str) -> None:
        self.setHtml(html)
        self.verticalScrollBar().setValue(0)
