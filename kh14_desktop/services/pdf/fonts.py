"""The serif family of official documents, registered with reportlab once per process.

Liberation Serif 2.x is metric-compatible with Times New Roman (what Nghị định 30/2020 asks
for), so lines break where they would in Word, and unlike 1.x it covers Vietnamese. The files
ship in `resources/fonts/`; reportlab embeds a TrueType subset of them in every PDF, so a
document reads the same on a PC without the font.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from kh14_desktop.resources import resource_path


@dataclass(frozen=True)
class FontFamily:
    """reportlab names of the four faces, usable in styles and `canvas.setFont`."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


SERIF = FontFamily(
    regular="LiberationSerif",
    bold="LiberationSerif-Bold",
    italic="LiberationSerif-Italic",
    bold_italic="LiberationSerif-BoldItalic",
)

_FILES = {
    SERIF.regular: "LiberationSerif-Regular.ttf",
    SERIF.bold: "LiberationSerif-Bold.ttf",
    SERIF.italic: "LiberationSerif-Italic.ttf",
    SERIF.bold_italic: "LiberationSerif-BoldItalic.ttf",
}

# PDFs are rendered on a worker pool: two first renders must not register the fonts twice
_lock = threading.Lock()
_registered = False


def register_serif() -> FontFamily:
    """Register the family (cheap after the first call) and return its face names."""
    global _registered
    with _lock:
        if not _registered:
            _register_files()
            _registered = True
    return SERIF


def _register_files() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file_name in _FILES.items():
        path = resource_path("fonts", file_name)
        if not path.is_file():
            raise FileNotFoundError(f"bundled font missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # lets <b> and <i> inside a paragraph pick the right face
    pdfmetrics.registerFontFamily(SERIF.regular, normal=SERIF.regular, bold=SERIF.bold,
                                  italic=SERIF.italic, boldItalic=SERIF.bold_italic)
