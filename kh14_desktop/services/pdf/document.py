"""An official document (văn bản hành chính) as plain data, before any layout.

Callers describe *what* the document says: the header of Nghị định 30/2020/NĐ-CP, Phụ lục I
(bodies, number, place and date), its kind and subject, the body as a sequence of blocks,
the recipients and the signature, and optional annexes that follow the signature. The
renderer decides *how* it looks, so no caller ever chooses a font size or a margin and every
report of the program looks the same.

Text is given in normal case and any Unicode normal form; the renderer upper-cases what the
decree wants in capitals and normalises everything to NFC.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Alignment = Literal["left", "center", "right"]
_ALIGNMENTS = ("left", "center", "right")


@dataclass(frozen=True)
class Heading:
    """A section heading ("I. KẾT QUẢ THỰC HIỆN", "1. Công tác chỉ đạo"), printed bold.

    Level 1 and 2 are upright, level 3 italic; the text is printed as given, so a caller
    wanting a level-1 heading in capitals passes it in capitals.
    """

    text: str
    level: int = 1

    def __post_init__(self) -> None:
        if self.level not in (1, 2, 3):
            raise ValueError(f"heading level must be 1, 2 or 3, not {self.level!r}")


@dataclass(frozen=True)
class Paragraph:
    """Body text: justified, with a first-line indent unless `indent` is false."""

    text: str
    indent: bool = True
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Column:
    """One table column; `width` is relative to the other columns of the same table."""

    title: str
    width: float = 1.0
    align: Alignment = "left"

    def __post_init__(self) -> None:
        if not self.width > 0:
            raise ValueError(f"column width must be positive, not {self.width!r}")
        if self.align not in _ALIGNMENTS:
            raise ValueError(f"column alignment must be one of {_ALIGNMENTS}, not {self.align!r}")


@dataclass(frozen=True)
class Table:
    """A grid table filling the text width; its header row is repeated on every page.

    Cells are text (numbers already formatted the Vietnamese way, "1.234"); a line break in
    a cell is kept. The decree asks for 11–12 pt in tables; a very wide table (units × tasks)
    may go smaller, inside a `LandscapeSection`.
    """

    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    font_size: float = 11
    caption: str = ""

    def __post_init__(self) -> None:
        if not self.columns:
            raise ValueError("a table needs at least one column")
        if not self.font_size > 0:
            raise ValueError(f"table font size must be positive, not {self.font_size!r}")
        for number, row in enumerate(self.rows, start=1):
            if len(row) != len(self.columns):
                raise ValueError(
                    f"table row {number} has {len(row)} cells for {len(self.columns)} columns")


@dataclass(frozen=True)
class PageBreak:
    """Start a new page (never an empty one: a break at the top of a page does nothing)."""


FlowBlock = Heading | Paragraph | Table | PageBreak


@dataclass(frozen=True)
class LandscapeSection:
    """Blocks printed on landscape pages, for tables too wide for portrait.

    The section starts on a new landscape page (unless it is already on one, inside a
    landscape annex); the next portrait block starts a new portrait page. Sections do not
    nest: a landscape page cannot be turned once more.
    """

    blocks: tuple[FlowBlock, ...]

    def __post_init__(self) -> None:
        if any(isinstance(block, LandscapeSection) for block in self.blocks):
            raise ValueError("a landscape section cannot contain another one")


Block = FlowBlock | LandscapeSection


@dataclass(frozen=True)
class Annex:
    """A phụ lục printed after the signature, starting on a page of its own.

    `label` ("Phụ lục I") and `title` are printed bold and centred, `note` ("Kèm theo Báo cáo
    số 05/BC-UBND ngày 05/02/2024 của UBND huyện Văn Yên") in italics between parentheses.
    A `landscape` annex is printed on landscape pages from its first line.
    """

    label: str
    title: str
    blocks: tuple[Block, ...] = ()
    note: str = ""
    landscape: bool = False


@dataclass(frozen=True)
class Signature:
    """The signing authority and the signer, e.g. ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")."""

    authority: tuple[str, ...]
    name: str


@dataclass(frozen=True)
class OfficialDocument:
    """A report (báo cáo) or any other administrative document of Phụ lục I.

    `parent_body` may be empty (a district People's Committee has none on its documents);
    `number_line` is printed as given ("Số: 05/BC-UBND"), `place_date` too
    (`domain.dates.document_date` writes it). `recipients` are printed one a line after a
    dash, so each ends with ";" except the last, which ends with ".". `title` and `author`
    become the PDF's metadata (by default the kind with the subject, and the issuing body).
    A `draft` carries a light "DỰ THẢO" mark across every page.
    """

    parent_body: str
    issuing_body: str
    number_line: str
    place_date: str
    kind: str
    subject: str
    blocks: tuple[Block, ...]
    recipients: tuple[str, ...]
    signature: Signature
    title: str = ""
    author: str = ""
    draft: bool = False
    annexes: tuple[Annex, ...] = ()
