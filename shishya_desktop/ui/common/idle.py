"""Idle reset for shared PCs: after the idle time, "Still there?" counts down, then starts over.

Scrolling, typing, clicking and moving the mouse count as activity. While a print dialog is
open the idle timer waits (a student choosing a printer is not away).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from . import i18n, plain

ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)


def _print_dialog_open() -> bool:
    modal = QApplication.activeModalWidget()
    return modal is not None and modal.metaObject().className() in (
        "QPrintDialog",
        "QPageSetupDialog",
        "QPrintPreviewDialog",
        "QUnixPrintWidget",
    )


class IdleWatcher(QObject):
    """Emits ``idle`` after ``seconds`` without activity anywhere in the application."""

    idle = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(seconds * 1000)))
        self.timer.timeout.connect(self._on_timeout)
        self.paused = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.paused and event.type() in ACTIVITY:
            self.timer.start()
        return False

    @Slot()
    def _on_timeout(self) -> None:
        if _print_dialog_open():
            self.timer.start()
            return
        self.paused = True
        self.idle.emit()

    def resume(self) -> None:
        self.paused = False
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class StillThereDialog(QDialog):
    """A countdown; "I'm still here" keeps the session, silence (or "New student") ends it."""

    expired = Signal()

    def __init__(self, seconds: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stillThere")
        self.setModal(True)
        self.remaining = seconds
        self.heading = plain.label(name="pageTitle")
        self.text = plain.label(wrap=True)
        self.stay_button = QPushButton()
        self.stay_button.setObjectName("primary")
        self.stay_button.setDefault(True)
        self.new_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stay_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._count)
        self.stay_button.clicked.connect(self.accept)
        self.new_button.clicked.connect(self._expire)
        self._set_texts()
        self.tick.start()

    def _set_texts(self) -> None:
        self.setWindowTitle(self.tr("Still there?"))
        self.heading.setText(self.tr("Still there?"))
        self.stay_button.setText(self.tr("I'm still here"))
        self.new_button.setText(self.tr("New student now"))
        self._show_remaining()

    def changeEvent(self, event: QEvent) -> None:
        i18n.on_language_change(event, self._set_texts)
        super().changeEvent(event)

    def _show_remaining(self) -> None:
        self.text.setText(
            self.tr(
                "Nobody has used Shishya for a while. In %n seconds it will start over for "
                "the next student, and forget this student's searches and list.",
                "",
                self.remaining,
            )
        )

    @Slot()
    def _count(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self._expire()
        else:
            self._show_remaining()

    @Slot()
    def _expire(self) -> None:
        self.tick.stop()
        self.done(QDialog.DialogCode.Rejected)
        self.expired.emit()

    def done(self, result: int) -> None:
        self.tick.stop()
        super().done(result)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.accept()  # Escape means "still here", never "forget me"
        else:
            super().keyPressEvent(event)


class ExitDialog(QDialog):
    """Event mode: the counsellor's PIN closes Shishya."""

    def __init__(self, pin: str, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtWidgets import QLineEdit

        self._pin = pin
        self.entry = QLineEdit()
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.wrong = plain.label(name="notice")
        self.wrong.hide()
        self.ok_button = ok = QPushButton()
        self.cancel_button = cancel = QPushButton()
        self.pin_label = plain.label()
        ok.setDefault(True)  # Enter in the PIN field checks it
        cancel.setAutoDefault(False)
        ok.clicked.connect(self._check)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pin_label)
        layout.addWidget(self.entry)
        layout.addWidget(self.wrong)
        layout.addLayout(buttons)
        self._set_texts()

    def _set_texts(self) -> None:
        self.setWindowTitle(self.tr("Close Shishya"))
        self.entry.setAccessibleName(self.tr("Counsellor's PIN"))
        self.ok_button.setText(self.tr("Close Shishya"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.pin_label.setText(self.tr("Counsellor's PIN:"))
        if self.wrong.isVisibleTo(self):
            self.wrong.setText(self.tr("That PIN is not right."))

    def changeEvent(self, event: QEvent) -> None:
        i18n.on_language_change(event, self._set_texts)
        super().changeEvent(event)

    @Slot()
    def _check(self) -> None:
        if not self._pin or self.entry.text() == self._pin:
            self.accept()
        else:
            self.entry.clear()
            self.wrong.setText(self.tr("That PIN is not right."))
            self.wrong.show()
