"""Say a short text to a screen reader (Qt 6.8+ announcements), a moment after the last change.

Nothing happens when no assistive technology is listening (``QAccessible.isActive()``), so it
costs nothing on a lab PC without one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

ANNOUNCE_DELAY_MS = 700  # after typing pauses, not at every key


class Announcer(QObject):
    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self._widget = widget
        self._text = ""
        self.last_announced = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ANNOUNCE_DELAY_MS)
        self._timer.timeout.connect(self._say)

    def announce(self, text: str) -> None:
        self._text = text
        self._timer.start()

    def _say(self) -> None:
        self.last_announced = self._text
        if not QAccessible.isActive():
            return
        from PySide6.QtGui import QAccessibleAnnouncementEvent

        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self._widget, self._text))
