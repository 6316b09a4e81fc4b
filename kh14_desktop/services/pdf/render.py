"""Laying out an `OfficialDocument` as a PDF in the style of Nghị định 30/2020/NĐ-CP, Phụ lục I.

The only module that imports reportlab: callers import it lazily, when a PDF is wanted.
Every string is normalised to NFC before it is drawn (reportlab places the marks of
decomposed Vietnamese beside their letters) and escaped, so text can never be read as markup.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.flowables import CondPageBreak, PageBreakIfNotEmpty, Spacer

from kh14_desktop import __version__
from kh14_desktop.domain.text import nfc
from kh14_desktop.services.pdf.document import (
    Annex,
    Block,
    Heading,
    LandscapeSection,
    OfficialDocument,
    PageBreak,
    Paragraph,
    Table,
)
from kh14_desktop.services.pdf.fonts import SERIF, register_serif
from kh14_desktop.store.files import atomic_output

NATIONAL_TITLE = "Cộng hòa xã hội chủ nghĩa Việt Nam"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_LABEL = "Nơi nhận:"
DRAFT_MARK = "DỰ THẢO"

BODY_SIZE = 14
BODY_LEADING = 17  # ≈ 1.2 lines, inside the decree's single-to-1.5 range
FIRST_LINE_INDENT = 1.27 * cm
PARAGRAPH_GAP = 6  # points between paragraphs, the decree's minimum
RULE_WIDTH = 0.6
SHORT_RULE = 0.4  # the line under the issuing body and the subject: ⅓–½ of the text
HEADER_LEFT_WIDTH = 68 * mm  # leaves the right column room for the national title on one line
SIGNATURE_SPACE = 2.5 * cm
TABLE_PADDING = 3


@dataclass(frozen=True)
class _Page:
    name: str
    size: tuple[float, float]
    top: float
    bottom: float
    left: float
    right: float

    @property
    def frame_width(self) -> float:
        return self.size[0] - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.size[1] - self.top - self.bottom


PORTRAIT = _Page("portrait", A4, top=20 * mm, bottom=20 * mm, left=30 * mm, right=15 * mm)
# A landscape page is read turned clockwise in a report bound on the left, so the wide
# binding margin goes to its top edge.
LANDSCAPE = _Page("landscape", landscape(A4), top=30 * mm, bottom=15 * mm, left=20 * mm,
                  right=20 * mm)


def render_pdf(document: OfficialDocument) -> bytes:
    """The document as PDF bytes."""
    buffer = BytesIO()
    _build(document, buffer)
    return buffer.getvalue()


def write_pdf(document: OfficialDocument, path: Path) -> None:
    """Render into `path`; a failed render leaves whatever was there before untouched."""
    with atomic_output(path) as stream:
        _build(document, stream)


# reportlab keeps the subset of each TrueType font it is embedding in the font object
# itself, so two documents rendered at once corrupt each other's (a KeyError in ttfonts):
# one render at a time
_RENDERING = threading.Lock()


def _build(document: OfficialDocument, stream: BinaryIO) -> None:
    with _RENDERING:
        _build_alone(document, stream)


def _build_alone(document: OfficialDocument, stream: BinaryIO) -> None:
    register_serif()
    story = _story(document)  # before the PDF exists: a bad block fails here, cheaply
    title = document.title or f"{document.kind} {document.subject}"
    template = BaseDocTemplate(
        stream, pagesize=PORTRAIT.size,
        leftMargin=PORTRAIT.left, rightMargin=PORTRAIT.right,
        topMargin=PORTRAIT.top, bottomMargin=PORTRAIT.bottom,
        title=nfc(title), author=nfc(document.author or document.issuing_body),
        subject=nfc(document.subject), creator=f"KH14 Desktop {__version__}", lang="vi-VN",
        # otherwise every page names Helvetica, a font that is not embedded
        initialFontName=SERIF.regular, initialFontSize=BODY_SIZE,
    )
    template.addPageTemplates([_page_template(PORTRAIT, document.draft),
                               _page_template(LANDSCAPE, document.draft)])
    template.build(story)


# --- pages ---------------------------------------------------------------------------------

def _page_template(page: _Page, draft: bool) -> PageTemplate:
    frame = Frame(page.left, page.bottom, page.frame_width, page.frame_height, id=page.name,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def decorate(canvas: Canvas, _template: BaseDocTemplate) -> None:
        if draft:
            _draw_draft_mark(canvas, page)
        number = canvas.getPageNumber()
        if number > 1:
            canvas.saveState()
            canvas.setFont(SERIF.regular, 13)
            centre = page.left + page.frame_width / 2
            canvas.drawCentredString(centre, page.size[1] - page.top / 2 - 4, str(number))
            canvas.restoreState()

    return PageTemplate(id=page.name, frames=[frame], onPage=decorate, pagesize=page.size)


def _draw_draft_mark(canvas: Canvas, page: _Page) -> None:
    # drawn before the page's content, so the text stays readable on top of it
    canvas.saveState()
    width, height = page.size
    size = 0.5 * math.hypot(width, height) / stringWidth(DRAFT_MARK, SERIF.bold, 1)
    canvas.setFillColor(colors.Color(0.9, 0.9, 0.9))
    canvas.setFont(SERIF.bold, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    canvas.drawCentredString(0, -0.35 * size, DRAFT_MARK)
    canvas.restoreState()


# --- story ---------------------------------------------------------------------------------

class _RoomFor(CondPageBreak):
    """Turns the page unless the kept flowables and `below` points more fit on this one.

    Stands in for reportlab's keepWithNext, which keeps a heading with the *whole* block
    after it and so sends a long table or paragraph on, leaving a half-empty page behind.
    """

    def __init__(self) -> None:
        super().__init__(0)
        self.kept: list[Flowable] = []
        self.below = 0.0

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self.height = self.below + sum(
            flowable.wrap(width, height)[1] + flowable.getSpaceBefore()
            + flowable.getSpaceAfter() for flowable in self.kept)
        return super().wrap(width, height)


class _Story:
    """Flowables in order, with the page turns that orientation changes need."""

    def __init__(self) -> None:
        self.flowables: list[Flowable] = []
        self.page = PORTRAIT
        self._room: _RoomFor | None = None

    def add(self, *flowables: Flowable) -> None:
        self._room = None
        self.flowables.extend(flowables)

    def add_kept(self, flowable: Flowable, below: float) -> None:
        """Add a heading or caption that must not end a page: it needs `below` points after.

        Headings in a row share one check, so "I." is not left behind when "1." moves on.
        """
        if self._room is None:
            self._room = _RoomFor()
            self.flowables.append(self._room)
        self._room.kept.append(flowable)
        self._room.below = below
        self.flowables.append(flowable)

    def reserve(self, below: float) -> None:
        """The next block needs `below` points under the headings just added."""
        if self._room is not None:
            self._room.below = max(self._room.below, below)

    def turn_to(self, page: _Page) -> None:
        if page is not self.page:
            self.new_page(page)

    def new_page(self, page: _Page) -> None:
        # never an empty page: a break at the top of a fresh page only changes its template
        self._room = None
        self.flowables.append(PageBreakIfNotEmpty(nextTemplate=page.name))
        self.page = page


def _story(document: OfficialDocument) -> list[Flowable]:
    story = _Story()
    story.add(_header(document), *_title(document))
    _add_blocks(story, document.blocks, PORTRAIT)
    story.turn_to(PORTRAIT)
    closing = _closing(document)
    last = story.flowables[-1]
    if isinstance(last, PdfParagraph) and _is_short(last):
        # a signature alone on the last page invites swapping the pages before it;
        # a long paragraph is not moved, it would leave most of a page blank
        closing = KeepTogether([story.flowables.pop(), closing])
    story.add(closing)
    for annex in document.annexes:
        page = LANDSCAPE if annex.landscape else PORTRAIT
        story.new_page(page)
        story.add(*_annex_title(annex))
        _add_blocks(story, annex.blocks, page)
    return story.flowables


def _add_blocks(story: _Story, blocks: tuple[Block, ...], page: _Page) -> None:
    styles = _styles()
    for block in blocks:
        if isinstance(block, LandscapeSection):
            _add_blocks(story, block.blocks, LANDSCAPE)
            continue
        story.turn_to(page)
        match block:
            case Heading(text=text, level=level):
                story.add_kept(_paragraph(text, styles[f"heading{level}"]),
                               below=3 * BODY_LEADING)
            case Paragraph(text=text, indent=indent, bold=bold, italic=italic):
                story.add(_paragraph(text, _body_style(indent, bold, italic)))
            case Table(caption=caption, font_size=size):
                start = 3 * (2 * 1.2 * size + 2 * TABLE_PADDING)  # header and two rows
                if caption:
                    story.add_kept(_paragraph(caption, styles["caption"]), below=start)
                story.reserve(start)
                story.add(_table(block, page))
            case PageBreak():
                story.new_page(page)
            case _:
                raise TypeError(f"not a document block: {block!r}")


def _is_short(paragraph: PdfParagraph, lines: int = 4) -> bool:
    _, height = paragraph.wrap(PORTRAIT.frame_width, PORTRAIT.frame_height)
    return height <= lines * paragraph.style.leading


# --- header, title, closing ----------------------------------------------------------------

# an invisible table that only places blocks side by side; the font is named because
# reportlab would otherwise select (and list on the page) a Helvetica that is never embedded
_LAYOUT_GRID = [
    ("FONT", (0, 0), (-1, -1), SERIF.regular, BODY_SIZE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _header(document: OfficialDocument) -> Flowable:
    styles = _styles()
    left: list[Flowable] = []
    if document.parent_body.strip():
        left.append(_Centred(_paragraph(_upper(document.parent_body), styles["parent_body"])))
    left.append(_Centred(_paragraph(_upper(document.issuing_body), styles["issuing_body"]),
                         SHORT_RULE))
    right = [_Centred(_paragraph(_upper(NATIONAL_TITLE), styles["national_title"])),
             _Centred(_paragraph(MOTTO, styles["motto"]), 1.0)]
    # number and date share a row, so they stay level however the bodies above them wrap
    rows = [[left, right],
            [[_paragraph(document.number_line, styles["number"])],
             [_paragraph(document.place_date, styles["place_date"])]]]
    widths = [HEADER_LEFT_WIDTH, PORTRAIT.frame_width - HEADER_LEFT_WIDTH]
    return PdfTable(rows, colWidths=widths, style=[
        *_LAYOUT_GRID,
        ("TOPPADDING", (0, 1), (-1, 1), 5),
        ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),  # a 13 pt and a 14 pt line on one baseline
    ])


def _title(document: OfficialDocument) -> list[Flowable]:
    styles = _styles()
    return [_paragraph(_upper(document.kind), styles["kind"]),
            _Centred(_paragraph(document.subject, styles["subject"]), SHORT_RULE),
            Spacer(1, 10)]


def _closing(document: OfficialDocument) -> Flowable:
    styles = _styles()
    left: list[Flowable] = []
    if document.recipients:
        left.append(_paragraph(RECIPIENTS_LABEL, styles["recipients_label"]))
        left.extend(_paragraph(_dashed(line), styles["recipient"])
                    for line in document.recipients)
    right: list[Flowable] = [_paragraph(_upper(line), styles["centred_bold"])
                             for line in document.signature.authority]
    right.append(Spacer(1, SIGNATURE_SPACE))
    right.append(_paragraph(document.signature.name, styles["centred_bold"]))
    width = PORTRAIT.frame_width
    # one row cannot split: the recipients and the signature always share a page
    return PdfTable([[left, right]], colWidths=[width * 0.45, width * 0.55], spaceBefore=12,
                    style=_LAYOUT_GRID)


def _annex_title(annex: Annex) -> list[Flowable]:
    styles = _styles()
    lines = [_paragraph(annex.label, styles["centred_bold"])]
    if annex.title:
        lines.append(_paragraph(annex.title, styles["centred_bold"]))
    if annex.note:
        lines.append(_paragraph(f"({annex.note})", styles["centred_italic"]))
    return [*(_Centred(line) for line in lines[:-1]), _Centred(lines[-1], SHORT_RULE),
            Spacer(1, 10)]


# --- tables --------------------------------------------------------------------------------

class _GridTable(PdfTable):
    """A table that moves whole rows to the next page and splits a row only when it must.

    reportlab either never splits inside a row (a row taller than a page then stops the
    whole render) or splits one at the foot of any page. Here a row is split only on a
    page of its own height, where moving it on would not help.
    """

    page_height: float = math.inf

    def split(self, width: float, height: float) -> list[Flowable]:
        on_fresh_page = height >= self.page_height - 1
        self.splitInRow = 3 * TABLE_PADDING if on_fresh_page else 0
        parts = super().split(width, height)
        for part in parts:
            part.page_height = self.page_height
        return parts


def _table(block: Table, page: _Page) -> Flowable:
    total = sum(column.width for column in block.columns)
    widths = [page.frame_width * column.width / total for column in block.columns]
    header = [[_paragraph(column.title, _cell_style(block.font_size, "center", True))]
              for column in block.columns]
    cell_styles = [_cell_style(block.font_size, column.align, False) for column in block.columns]
    # each cell a list of flowables: reportlab can split only those inside a row
    body = [[[_paragraph(text, style)] for text, style in zip(row, cell_styles, strict=True)]
            for row in block.rows]
    table = _GridTable([header, *body], colWidths=widths, repeatRows=1, spaceBefore=4,
                       spaceAfter=PARAGRAPH_GAP + 2, style=[
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("FONT", (0, 0), (-1, -1), SERIF.regular, block.font_size),
                           ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                           ("VALIGN", (0, 1), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), TABLE_PADDING),
                           ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_PADDING),
                           ("TOPPADDING", (0, 0), (-1, -1), TABLE_PADDING - 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), TABLE_PADDING),
                       ])
    table.page_height = page.frame_height
    return table


# --- text ----------------------------------------------------------------------------------

class _Centred(Flowable):
    """A centred paragraph on balanced lines, with an optional solid line under it.

    Lines are balanced the way a careful clerk breaks them by hand ("SỞ THÔNG TIN VÀ" /
    "TRUYỀN THÔNG", not a lone "THÔNG"); the line is `rule` times the widest line long.
    """

    def __init__(self, paragraph: PdfParagraph, rule: float = 0.0, gap: float = 3.5) -> None:
        super().__init__()
        self._paragraph = paragraph
        self._rule = rule
        self._rule_space = gap + RULE_WIDTH if rule else 0.0
        self._text_width = 0.0
        self._inner_width = 0.0
        self.spaceBefore = paragraph.getSpaceBefore()
        self.spaceAfter = paragraph.getSpaceAfter()

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        paragraph = self._paragraph
        paragraph.wrap(width, height)
        lines = len(paragraph.blPara.lines)
        # the narrowest width that still needs no more lines, found by halving
        narrow, wide = width / max(lines, 1), width
        while lines > 1 and wide - narrow > 1:
            middle = (narrow + wide) / 2
            paragraph.wrap(middle, height)
            if len(paragraph.blPara.lines) > lines:
                narrow = middle
            else:
                wide = middle
        _, text_height = paragraph.wrap(wide, height)
        self._inner_width = wide
        self._text_width = max(paragraph.getActualLineWidths0(), default=0.0)
        self.width = width
        self.height = text_height + self._rule_space
        return self.width, self.height

    def draw(self) -> None:
        paragraph = self._paragraph
        paragraph.drawOn(self.canv, (self.width - self._inner_width) / 2,
                         self.height - paragraph.height)
        if self._rule:
            length = self._text_width * self._rule
            start = (self.width - length) / 2
            self.canv.setLineWidth(RULE_WIDTH)
            self.canv.line(start, RULE_WIDTH / 2, start + length, RULE_WIDTH / 2)


def _paragraph(text: str, style: ParagraphStyle) -> PdfParagraph:
    return PdfParagraph(_markup(text), style)


def _markup(text: str) -> str:
    """NFC text as reportlab paragraph markup: escaped, line breaks kept."""
    lines = nfc(text).replace("\r\n", "\n").split("\n")
    return "<br/>".join(escape(line) for line in lines)


def _upper(text: str) -> str:
    return nfc(text).upper()


def _dashed(recipient: str) -> str:
    text = nfc(recipient).strip()
    return text if text.startswith("-") else f"- {text}"


# --- styles --------------------------------------------------------------------------------

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


def _face(bold: bool, italic: bool) -> str:
    if bold:
        return SERIF.bold_italic if italic else SERIF.bold
    return SERIF.italic if italic else SERIF.regular


def _style(name: str, size: float, *, bold: bool = False, italic: bool = False,
           align: int = TA_CENTER, leading: float | None = None,
           **options: float) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=_face(bold, italic), fontSize=size,
                          leading=leading or round(size * 1.2, 1), alignment=align,
                          **options)


@cache
def _styles() -> dict[str, ParagraphStyle]:
    heading = {"size": BODY_SIZE, "align": TA_JUSTIFY, "leading": BODY_LEADING,
               "firstLineIndent": FIRST_LINE_INDENT, "spaceBefore": PARAGRAPH_GAP,
               "spaceAfter": PARAGRAPH_GAP}
    return {
        "parent_body": _style("parent_body", 13),
        "issuing_body": _style("issuing_body", 13, bold=True),
        "number": _style("number", 13),
        "national_title": _style("national_title", 12, bold=True),
        "motto": _style("motto", 13, bold=True),
        "place_date": _style("place_date", 14, italic=True),
        "kind": _style("kind", 14, bold=True, spaceBefore=18, leading=BODY_LEADING),
        "subject": _style("subject", 14, bold=True, leading=BODY_LEADING),
        "heading1": _style("heading1", bold=True, **heading),
        "heading2": _style("heading2", bold=True, **heading),
        "heading3": _style("heading3", bold=True, italic=True, **heading),
        "caption": _style("caption", 13, bold=True, spaceBefore=PARAGRAPH_GAP),
        "recipients_label": _style("recipients_label", 12, bold=True, italic=True,
                                   align=TA_LEFT),
        "recipient": _style("recipient", 11, align=TA_LEFT, leading=13),
        "centred_bold": _style("centred_bold", 14, bold=True, leading=BODY_LEADING),
        "centred_italic": _style("centred_italic", 14, italic=True, leading=BODY_LEADING),
    }


@cache
def _body_style(indent: bool, bold: bool, italic: bool) -> ParagraphStyle:
    return _style(f"body-{indent}-{bold}-{italic}", BODY_SIZE, bold=bold, italic=italic,
                  align=TA_JUSTIFY, leading=BODY_LEADING, spaceAfter=PARAGRAPH_GAP,
                  firstLineIndent=FIRST_LINE_INDENT if indent else 0)


@cache
def _cell_style(size: float, align: str, bold: bool) -> ParagraphStyle:
    return _style(f"cell-{size}-{align}-{bold}", size, bold=bold, align=_ALIGN[align])
