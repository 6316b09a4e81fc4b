"""The window's language: Vietnamese by default (our .qm files), English as the source text.

Qt ships no Vietnamese catalogue for its own dialogs, so `qt_extra_vi` carries ours for
the standard buttons and context menus we show.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kh14_desktop.domain.messages import DEFAULT_LANGUAGE, LANGUAGES
from kh14_desktop.domain.text import format_number as vietnamese_number
from kh14_desktop.resources import resource_path

LANGUAGE_SETTING = "ui.language"
CATALOGUES = ("kh14_vi", "kh14_admin_vi", "kh14_report_vi", "kh14_safety_vi", "qt_extra_vi")
_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def install_language(lang: str) -> str:
    """Load the catalogues for `lang` into the running application; returns the language used."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    if lang == "vi":
        for name in CATALOGUES:
            translator = QTranslator(app)
            if translator.load(str(resource_path("translations", f"{name}.qm"))):
                app.installTranslator(translator)
                _installed.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _current = lang
    return lang


def current_language() -> str:
    """The language core messages (`UserError.message`) are shown in."""
    return _current


def format_number(value: int) -> str:
    """1.200 in Vietnamese, 1,200 in English: the way each reader groups thousands."""
    return vietnamese_number(value) if _current == "vi" else f"{value:,}"
