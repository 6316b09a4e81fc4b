"""Official documents (Nghị định 30/2020/NĐ-CP, Phụ lục I) rendered as PDF.

Describe a document with the plain dataclasses below, then `render_pdf` or `write_pdf` it.
Building a document costs nothing; reportlab is imported only on the first render, so a
window that merely prepares a report does not pay for it at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kh14_desktop.services.pdf.document import (
    Alignment,
    Annex,
    Block,
    Column,
    FlowBlock,
    Heading,
    LandscapeSection,
    OfficialDocument,
    PageBreak,
    Paragraph,
    Signature,
    Table,
)

if TYPE_CHECKING:
    from kh14_desktop.services.pdf.render import render_pdf, write_pdf

__all__ = [
    "Alignment",
    "Annex",
    "Block",
    "Column",
    "FlowBlock",
    "Heading",
    "LandscapeSection",
    "OfficialDocument",
    "PageBreak",
    "Paragraph",
    "Signature",
    "Table",
    "render_pdf",
    "write_pdf",
]

_LAZY = ("render_pdf", "write_pdf")


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from kh14_desktop.services.pdf import render

        return getattr(render, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
