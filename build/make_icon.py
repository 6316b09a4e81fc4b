"""Draw the application icon and write `resources/icons/`: PNGs and a Windows .ico.

    python build/make_icon.py

The icon is a report page with a tick on a blue tile: "the report is done". It is drawn
with QPainter on the offscreen platform (no display, no image library beyond Qt), once per
size, so the small sizes drop the detail that would only blur. The .ico holds BMP images up
to 48 px, which every Windows and NSIS reads, and a PNG at 256 px, as Windows Vista and
later expect. The output is committed; run this again only when the drawing changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 48, 256)
PNG_FROM = 256  # sizes from here on are stored as PNG inside the .ico

TILE = "#1f5fa8"
TILE_EDGE = "#174a84"
PAGE = "#ffffff"
FOLD = "#c9d8ea"
LINES = "#9aaabd"
TICK = "#d32f2f"


def draw(size: int):  # type: ignore[no-untyped-def]  # QImage; Qt is imported late
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)  # drawn on a 256-unit grid
    detailed = size >= 32

    # the tile: full-bleed at 16 px, where a margin would waste a quarter of the pixels
    margin = 4 if size <= 16 else 12
    painter.setPen(QPen(QColor(TILE_EDGE), 6) if detailed else Qt.PenStyle.NoPen)
    painter.setBrush(QColor(TILE))
    painter.drawRoundedRect(QRectF(margin, margin, 256 - 2 * margin, 256 - 2 * margin), 44, 44)

    # the page with a folded corner
    left, top, right, bottom, fold = 62.0, 40.0, 194.0, 216.0, 40.0
    page = QPainterPath(QPointF(left, top))
    page.lineTo(right - fold, top)
    page.lineTo(right, top + fold)
    page.lineTo(right, bottom)
    page.lineTo(left, bottom)
    page.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(PAGE))
    painter.drawPath(page)
    corner = QPainterPath(QPointF(right - fold, top))
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    corner.closeSubpath()
    painter.setBrush(QColor(FOLD))
    painter.drawPath(corner)

    if detailed:  # text lines: noise at 16 px
        pen = QPen(QColor(LINES), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for y, end in ((82, 140), (108, 172), (134, 172)):
            painter.drawLine(QPointF(left + 20, y), QPointF(end, y))

    tick = QPainterPath(QPointF(96, 170))
    tick.lineTo(124, 196)
    tick.lineTo(206, 110)
    width = 24 if detailed else 34
    painter.setPen(QPen(QColor(TICK), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)
    painter.end()
    return image


def png_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image) -> bytes:  # type: ignore[no-untyped-def]
    """An .ico image as a 32-bit DIB: header, BGRA rows bottom-up, then the AND mask."""
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA bytes on little-endian
    size = image.width()
    row_bytes = size * 4
    pixels = bytes(image.constBits())[: row_bytes * size]
    rows = [pixels[y * row_bytes:(y + 1) * row_bytes] for y in range(size)]
    # the height counts the colour rows and the mask rows, as the format wants
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    mask_row = b"\0" * (((size + 31) // 32) * 4)  # alpha carries transparency; mask all opaque
    return header + b"".join(reversed(rows)) + mask_row * size


def ico_bytes(images: dict[int, object]) -> bytes:
    entries = [(size, png_bytes(image) if size >= PNG_FROM else bmp_entry(image))
               for size, image in sorted(images.items())]
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return directory + b"".join(data for _, data in entries)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert app is not None
    ICONS.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in SIZES}
    for size, image in images.items():
        (ICONS / f"kh14-{size}.png").write_bytes(png_bytes(image))
    (ICONS / "kh14.ico").write_bytes(ico_bytes(images))
    print(f"wrote {ICONS}: kh14.ico and {', '.join(f'kh14-{s}.png' for s in SIZES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
