"""The interface language, Hindi or English, changed while the window is open.

Our strings are written in English in the source and go through Qt's translation functions;
the Hindi comes from ``resources/translations/shishya_hi.qm``, compiled from
``translations/shishya_hi.ts`` by ``scripts/i18n.py``. English has a small file of its own,
``shishya_en.qm``, with only the counted strings ("1 career" / "2 careers"). Qt ships no Hindi
of its own strings, so our file also translates the standard buttons and context menus Qt draws
(see ``qt_strings.py``).

Switching installs or removes the translator; Qt then sends every widget a LanguageChange
event, and each view's ``changeEvent`` calls its ``retranslate()``. The catalogue is switched
first (``MainWindow.set_language``), so the content the views reload is in the same language.

The choice is remembered per user in the settings (``view/language``); the first start follows
the system's language. On shared PCs (Lab and Event modes) nothing is remembered: every session
starts in the system's language.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, QTranslator

from ... import paths

HINDI, ENGLISH = "hi", "en"
LANGUAGES = (HINDI, ENGLISH)
# Each language is named in itself, so a student who cannot read the other one finds it.
NAMES = {HINDI: "हिन्दी", ENGLISH: "English"}
SETTING = "view/language"

_state: dict[str, object] = {"code": ENGLISH, "installed": None}
_translators: dict[str, QTranslator | None] = {}


def qm_file(code: str = HINDI) -> Path:
    """A compiled translation, from the checkout or the frozen bundle."""
    return paths.resources_dir() / "translations" / f"shishya_{code}.qm"


def system_language() -> QLocale.Language:
    return QLocale.system().language()


def system_default() -> str:
    """Hindi when the computer is set to Hindi, else English."""
    return HINDI if system_language() == QLocale.Language.Hindi else ENGLISH


def chosen(settings: QSettings, shared: bool) -> str:
    """The language to start in: the user's choice, or (first start, shared PC) the system's."""
    if shared:
        return system_default()
    value = str(settings.value(SETTING, "") or "")
    return value if value in LANGUAGES else system_default()


def remember(settings: QSettings, code: str, shared: bool) -> None:
    """Keep the choice for this user; a shared PC keeps nothing."""
    if shared:
        return
    settings.setValue(SETTING, code)
    settings.sync()


def current() -> str:
    return str(_state["code"])


def installed() -> str | None:
    """The language whose translator is in place (None before the first ``apply``)."""
    value = _state["installed"]
    return str(value) if value else None


def _translator(code: str) -> QTranslator | None:
    if code not in _translators:
        translator = QTranslator(QCoreApplication.instance())
        _translators[code] = translator if translator.load(str(qm_file(code))) else None
    return _translators[code]


def apply(code: str) -> bool:
    """Use ``code`` ("hi" or "en") for the interface; True when the translators changed.

    Installing or removing a translator makes Qt send LanguageChange to every widget (a
    posted event: the views retranslate when the event loop next runs).
    """
    code = code if code in LANGUAGES else ENGLISH
    app = QCoreApplication.instance()
    if app is None or _state["installed"] == code:
        return False
    if code == HINDI and _translator(HINDI) is None:
        return False  # no compiled Hindi: stay in English
    for other in LANGUAGES:
        translator = _translators.get(other)
        if other != code and translator is not None:
            app.removeTranslator(translator)
    translator = _translator(code)
    if translator is not None:
        app.installTranslator(translator)
    _state["code"] = _state["installed"] = code
    return True


def set_catalog_language(catalog: object, code: str) -> None:
    """Content in ``code`` too (the catalogue's ``set_language``, where it has one)."""
    set_language = getattr(catalog, "set_language", None)
    if set_language is not None:
        set_language(code)


def catalog_message(error: Exception) -> str:
    """A catalogue error's message for the student, in the interface's language (the
    details for whoever looks after the computer stay as written)."""
    return QCoreApplication.translate("CatalogError", str(error))


def is_hindi() -> bool:
    return current() == HINDI


def on_language_change(event: QEvent, retranslate: Callable[[], object]) -> None:
    """A view's ``changeEvent``: ``retranslate`` on LanguageChange.

    A failure is reported (``sys.excepthook``: the window shows it) and goes no further: an
    exception left inside Qt's event delivery would break every widget that hears it next.
    """
    if event.type() != QEvent.Type.LanguageChange:
        return
    try:
        retranslate()
    except Exception:  # reported, like a failing click handler
        sys.excepthook(*sys.exc_info())
