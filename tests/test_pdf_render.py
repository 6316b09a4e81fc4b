"""The official-document PDF engine: text, layout rules of Nghị định 30/2020, files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pypdf import PdfReader

from kh14_desktop.domain.dates import document_date
from kh14_desktop.domain.text import nfc
from kh14_desktop.services.pdf import (
    Annex,
    Column,
    Heading,
    LandscapeSection,
    OfficialDocument,
    PageBreak,
    Paragraph,
    Signature,
    Table,
    render_pdf,
    write_pdf,
)

SUBJECT = ("Kết quả thực hiện Kế hoạch số 14/KH-UBND ngày 17/01/2024 của UBND tỉnh Yên Bái "
           "về công tác truyền thông chính sách năm 2024")
SIGNER = "Nguyễn Văn Ánh"
FIGURES = Table(
    columns=(Column("STT", 0.6, "center"), Column("Nội dung", 4),
             Column("Đơn vị tính", 1.3, "center"), Column("Số lượng", 1.2, "right")),
    rows=(("1", "Hội nghị, tọa đàm truyền thông chính sách", "Cuộc", "14"),
          ("2", "Lượt người tham dự", "Lượt", "1.250"),
          ("3", "Thông tin sai sự thật được phát hiện, xử lý", "Vụ việc", "3")),
    caption="Bảng 1. Số liệu kết quả thực hiện",
)


def office_report(*blocks: object, **changes: object) -> OfficialDocument:
    document = OfficialDocument(
        parent_body="",
        issuing_body="Ủy ban nhân dân huyện Văn Yên",
        number_line="Số: 05/BC-UBND",
        place_date=document_date("Văn Yên", dt.date(2024, 2, 5)),
        kind="Báo cáo",
        subject=SUBJECT,
        blocks=blocks or (  # type: ignore[arg-type]
            Heading("I. KẾT QUẢ THỰC HIỆN"),
            Heading("1. Công tác chỉ đạo, triển khai", level=2),
            Paragraph("UBND huyện đã ban hành kế hoạch triển khai; giao Phòng Văn hóa và "
                      "Thông tin chủ trì, phối hợp với các cơ quan, đơn vị liên quan."),
            FIGURES,
            Heading("II. KHÓ KHĂN, VƯỚNG MẮC"),
            Paragraph("Đội ngũ làm công tác truyền thông ở cấp xã chủ yếu kiêm nhiệm."),
        ),
        recipients=("Sở Thông tin và Truyền thông;", "TT. Huyện ủy;", "Lưu: VT, VHTT."),
        signature=Signature(("TM. Ủy ban nhân dân", "Chủ tịch"), SIGNER),
    )
    return dataclasses.replace(document, **changes)  # type: ignore[arg-type]


def pages_of(pdf: bytes) -> list[str]:
    """The text of each page, white space collapsed (wrapped lines join with a space)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def reader_of(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def filler(words: int, start: str = "Mở đầu", end: str = "Kết thúc") -> str:
    body = " ".join(f"truyền thông chính sách số {n}," for n in range(words // 5))
    return f"{start} {body} {end}."


# --- text ---------------------------------------------------------------------------------

def test_the_header_title_and_closing_read_back_with_their_diacritics() -> None:
    text = " ".join(pages_of(render_pdf(office_report())))
    for expected in (
        "ỦY BAN NHÂN DÂN HUYỆN VĂN YÊN",  # upper-cased by the renderer
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/BC-UBND",
        "Văn Yên, ngày 05 tháng 02 năm 2024",
        "BÁO CÁO",
        SUBJECT,
        "I. KẾT QUẢ THỰC HIỆN",
        "Hội nghị, tọa đàm truyền thông chính sách",
        "Nơi nhận:",
        "- Sở Thông tin và Truyền thông;",
        "- Lưu: VT, VHTT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        SIGNER,
    ):
        assert expected in text


def test_decomposed_input_is_drawn_as_composed_letters() -> None:
    def nfd(text: str) -> str:
        return unicodedata.normalize("NFD", text)

    document = office_report(
        Paragraph(nfd("Đội ngũ làm công tác truyền thông ở cấp xã chủ yếu kiêm nhiệm.")),
        issuing_body=nfd("Ủy ban nhân dân huyện Văn Yên"),
        subject=nfd(SUBJECT),
        signature=Signature((nfd("TM. Ủy ban nhân dân"), nfd("Chủ tịch")), nfd(SIGNER)),
    )
    text = " ".join(pages_of(render_pdf(document)))
    # compared as extracted: marks drawn as separate glyphs would come back decomposed
    assert not any(unicodedata.combining(char) for char in text)
    for expected in ("ỦY BAN NHÂN DÂN HUYỆN VĂN YÊN", SUBJECT, "TM. ỦY BAN NHÂN DÂN",
                     "Đội ngũ làm công tác truyền thông ở cấp xã chủ yếu kiêm nhiệm.", SIGNER):
        assert nfc(expected) in text


def test_markup_characters_are_printed_as_text() -> None:
    pdf = render_pdf(office_report(Paragraph("Sở Tư pháp & Sở Tài chính: <b>đạt</b> > 90%")))
    assert "Sở Tư pháp & Sở Tài chính: <b>đạt</b> > 90%" in " ".join(pages_of(pdf))


def test_a_line_break_inside_a_table_cell_is_kept() -> None:
    table = Table(columns=(Column("Chỉ tiêu"), Column("Ghi chú")),
                  rows=(("Tổng số\ntin, bài", "x"),))
    reader = reader_of(render_pdf(office_report(table)))
    assert "Tổng số\ntin, bài" in reader.pages[0].extract_text()


# --- pages --------------------------------------------------------------------------------

def top_margin_texts(page: object) -> list[str]:
    """Texts drawn above the frame, where the decree puts the page number."""
    height = float(page.mediabox.height)  # type: ignore[attr-defined]
    found: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip() and cm[5] + tm[5] > height - 20 * 72 / 25.4:
            found.append(text.strip())

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return found


def test_page_numbers_start_on_page_two_at_the_top() -> None:
    document = office_report(Paragraph(filler(900)))
    reader = reader_of(render_pdf(document))
    assert len(reader.pages) >= 3
    assert top_margin_texts(reader.pages[0]) == []
    assert top_margin_texts(reader.pages[1]) == ["2"]
    assert top_margin_texts(reader.pages[2]) == ["3"]


def test_a_long_paragraph_flows_onto_the_next_page() -> None:
    pages = pages_of(render_pdf(office_report(Paragraph(filler(1200, "Khởi đầu", "Hoàn tất")))))
    assert "Khởi đầu" in pages[0]
    assert "Hoàn tất" not in pages[0]
    assert "Hoàn tất" in pages[-1] or "Hoàn tất" in pages[-2]


def test_a_long_table_repeats_its_header_on_every_page_and_never_loses_a_row() -> None:
    rows = tuple((str(n), f"Hoạt động truyền thông dòng {n:03d} kết thúc", "Cuộc", str(n * 3))
                 for n in range(1, 201))
    table = Table(columns=(Column("STT", 0.6, "center"), Column("Tên hoạt động", 4),
                           Column("Đơn vị tính", 1.3, "center"),
                           Column("Số lượng", 1.2, "right")), rows=rows)
    pages = pages_of(render_pdf(office_report(Paragraph("Mở đầu."), table)))
    spanned = [page for page in pages if "dòng" in page]
    assert len(spanned) >= 3
    for page in spanned:
        assert "STT Tên hoạt động Đơn vị tính Số lượng" in page
    every_row = " ".join(pages)
    for n in range(1, 201):
        # each row whole, exactly once: no row lost, cut in two or repeated
        assert every_row.count(f"dòng {n:03d} kết thúc") == 1


def test_headings_are_never_left_at_the_foot_of_a_page() -> None:
    for count in range(14, 30):  # the headings fall at every height around the foot of page 1
        document = office_report(
            *(Paragraph(f"Nội dung đoạn thứ {n}.") for n in range(count)),
            Heading("III. ĐỀ XUẤT, KIẾN NGHỊ"), Heading("1. Kiến nghị với tỉnh", level=2),
            Paragraph(filler(80, "Nội dung kiến nghị")))
        for page in pages_of(render_pdf(document)):
            if "III. ĐỀ XUẤT" in page:
                assert "1. Kiến nghị với tỉnh Nội dung kiến nghị" in page


def test_a_long_captioned_table_starts_where_there_is_room_for_it() -> None:
    rows = tuple((str(n), f"Hoạt động số {n}", str(n)) for n in range(1, 61))
    table = Table(columns=(Column("STT", 1, "center"), Column("Hoạt động", 5),
                           Column("Số lượng", 1, "right")), rows=rows, caption="Bảng 2. Hoạt động")
    pages = pages_of(render_pdf(office_report(Paragraph("Mở đầu."), table)))
    # not sent whole to page 2 for being kept with its caption
    assert "Bảng 2. Hoạt động STT Hoạt động Số lượng 1 Hoạt động số 1" in pages[0]


def test_a_table_row_taller_than_a_page_is_split_rather_than_failing() -> None:
    narrative = filler(900, "Đầu ô", "Cuối ô")
    table = Table(columns=(Column("Nhiệm vụ", 1), Column("Kết quả", 3)),
                  rows=(("Nhiệm vụ 1", narrative), ("Nhiệm vụ 2", "Hoàn thành")))
    pages = pages_of(render_pdf(office_report(table)))
    text = " ".join(pages)
    assert "Đầu ô" in text
    assert "Cuối ô" in text
    assert "Nhiệm vụ 2 Hoàn thành" in text


def test_the_closing_block_always_shares_one_page_with_the_last_paragraph() -> None:
    page_counts = set()
    for count in range(14, 30):  # the body ends at every height around the foot of page 1
        paragraphs = tuple(Paragraph(f"Nội dung đoạn thứ {n}.") for n in range(count))
        pages = pages_of(render_pdf(office_report(*paragraphs)))
        page_counts.add(len(pages))
        closing = [page for page in pages if "Nơi nhận:" in page]
        assert len(closing) == 1
        for part in (f"đoạn thứ {count - 1}.", "- Sở Thông tin và Truyền thông;",
                     "Lưu: VT, VHTT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", SIGNER):
            assert part in closing[0]
    assert page_counts == {1, 2}  # the range did push the closing block to a new page


def test_a_landscape_section_turns_its_pages_and_back() -> None:
    wide = Table(columns=(Column("Đơn vị", 3), *(Column(f"NV{n}", 1, "center")
                                                   for n in range(1, 16))),
                 rows=(("UBND huyện Văn Yên", *("x" for _ in range(15))),))
    document = office_report(Paragraph("Trước bảng."), LandscapeSection((wide,)),
                             Paragraph("Sau bảng."))
    reader = reader_of(render_pdf(document))
    shapes = [(float(page.mediabox.width) > float(page.mediabox.height),
               " ".join(page.extract_text().split())) for page in reader.pages]
    assert [landscape for landscape, _ in shapes] == [False, True, False]
    assert "UBND huyện Văn Yên" in shapes[1][1]
    assert "Sau bảng." in shapes[2][1]
    assert "2" in top_margin_texts(reader.pages[1])


def test_page_breaks_never_leave_an_empty_page() -> None:
    document = office_report(Paragraph("Trang một."), PageBreak(), PageBreak(),
                             Paragraph("Trang hai."), PageBreak(),
                             LandscapeSection((FIGURES,)))
    pages = pages_of(render_pdf(document))
    assert len(pages) == 4  # "Trang một", "Trang hai", the landscape table, the closing
    assert all(re.sub(r"\d", "", page).strip() for page in pages)


def test_annexes_follow_the_signature_on_pages_of_their_own() -> None:
    annex = Annex("Phụ lục I", "KẾT QUẢ CHI TIẾT", (FIGURES,),
                  note="Kèm theo Báo cáo số 05/BC-UBND ngày 05/02/2024 của UBND huyện Văn Yên")
    wide_annex = dataclasses.replace(annex, label="Phụ lục II", landscape=True)
    reader = reader_of(render_pdf(office_report(annexes=(annex, wide_annex))))
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert SIGNER in texts[0]
    assert texts[1].startswith("2 Phụ lục I KẾT QUẢ CHI TIẾT (Kèm theo Báo cáo số 05/BC-UBND")
    assert "Phụ lục II" in texts[2]
    assert float(reader.pages[2].mediabox.width) > float(reader.pages[2].mediabox.height)


def test_a_draft_carries_the_draft_mark_and_a_final_does_not() -> None:
    assert all("DỰ THẢO" in page
               for page in pages_of(render_pdf(office_report(Paragraph(filler(900)),
                                                             draft=True))))
    assert not any("DỰ THẢO" in page for page in pages_of(render_pdf(office_report())))


# --- the PDF file -------------------------------------------------------------------------

def test_only_the_bundled_serif_is_used_and_it_is_embedded() -> None:
    reader = reader_of(render_pdf(office_report(Paragraph("In nghiêng", italic=True),
                                                Paragraph("In đậm", bold=True))))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(re.sub(r"^/[A-Z]{6}\+", "", font["/BaseFont"]))
            assert font["/Subtype"] == "/TrueType"
            assert "/FontFile2" in font["/FontDescriptor"]
    assert names == {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                     "LiberationSerif-BoldItalic"}


def test_metadata_comes_from_the_document() -> None:
    reader = reader_of(render_pdf(office_report(title="Báo cáo KH14 - Văn Yên",
                                                author="UBND huyện Văn Yên")))
    assert reader.metadata is not None
    assert reader.metadata.title == "Báo cáo KH14 - Văn Yên"
    assert reader.metadata.author == "UBND huyện Văn Yên"
    assert reader.pdf_header >= "%PDF-1.4"
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_write_pdf_replaces_the_file_and_leaves_no_part_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "bao-cao.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old report")
    write_pdf(office_report(), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Nơi nhận:" in pages_of(target.read_bytes())[0]
    assert sorted(path.name for path in target.parent.iterdir()) == ["bao-cao.pdf"]


def test_a_failed_render_leaves_the_old_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "out" / "bao-cao.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the signed report")
    broken = office_report(Paragraph("Bình thường."), "not a block")
    with pytest.raises(TypeError):
        write_pdf(broken, target)
    assert target.read_bytes() == b"the signed report"
    assert sorted(path.name for path in target.parent.iterdir()) == ["bao-cao.pdf"]


def test_the_model_rejects_what_cannot_be_laid_out() -> None:
    with pytest.raises(ValueError):
        Table(columns=(Column("A"), Column("B")), rows=(("chỉ một ô",),))
    with pytest.raises(ValueError):
        Heading("Mục", level=4)
    with pytest.raises(ValueError):
        Column("A", align="justify")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        LandscapeSection((LandscapeSection(()),))  # type: ignore[arg-type]


def test_renders_on_a_worker_pool_do_not_disturb_each_other() -> None:
    documents = [office_report(Paragraph(filler(400, f"Báo cáo số {n}"))) for n in range(6)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        rendered = list(pool.map(render_pdf, documents))
    for document, pdf in zip(documents, rendered, strict=True):
        assert pages_of(pdf) == pages_of(render_pdf(document))


def test_describing_a_document_does_not_load_reportlab_and_rendering_no_qt() -> None:
    code = (
        "import sys\n"
        "import kh14_desktop.services.pdf as pdf\n"
        "assert not any(m.startswith('reportlab') for m in sys.modules), 'eager reportlab'\n"
        "pdf.render_pdf\n"
        "assert 'reportlab' in sys.modules\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt in the core'\n"
    )
    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)


# --- the province's consolidated report ---------------------------------------------------

UNIT_KINDS = ("Sở", "UBND huyện", "Ban", "Trung tâm")


def consolidated_report(unit_count: int = 36, task_count: int = 29) -> OfficialDocument:
    """Every unit and task of a plan the size of KH 14/2024: summary, matrix, one annex each."""
    units = [f"{UNIT_KINDS[n % 4]} đơn vị số {n:02d}" for n in range(1, unit_count + 1)]
    tasks = [f"Nhiệm vụ {n:02d}: truyền thông chính sách về lĩnh vực thứ {n}"
             for n in range(1, task_count + 1)]
    statuses = ("Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Không phát sinh")
    summary = Table(
        columns=(Column("STT", 0.6, "center"), Column("Nhiệm vụ", 5),
                 *(Column(status, 1.2, "right") for status in statuses)),
        rows=tuple((str(n), task, *(str((n * k) % 36) for k in range(1, 5)))
                   for n, task in enumerate(tasks, start=1)),
        caption="Bảng 1. Tình hình thực hiện theo nhiệm vụ",
    )
    matrix = Table(
        columns=(Column("Đơn vị", 6), *(Column(str(n), 1, "center")
                                        for n in range(1, task_count + 1))),
        rows=tuple((unit, *("HT" if (u + t) % 3 else "—" for t in range(task_count)))
                   for u, unit in enumerate(units)),
        font_size=8, caption="Bảng 2. Kết quả theo đơn vị và nhiệm vụ",
    )
    annexes = tuple(
        Annex(f"Phụ lục {u:02d}", f"Kết quả thực hiện của {unit}", (
            Table(columns=(Column("STT", 0.6, "center"), Column("Nhiệm vụ", 3),
                           Column("Tình trạng", 1.4, "center"), Column("Kết quả", 4)),
                  rows=tuple((str(t), tasks[t - 1], statuses[(u + t) % 4],
                              f"Đã tổ chức {u + t} hội nghị, {3 * t} tin bài; "
                              "tiếp nhận ý kiến góp ý của Nhân dân.")
                             for t in range(1, task_count + 1, 3))),
            Heading("Khó khăn, vướng mắc", level=3),
            Paragraph(filler(60, f"Khó khăn của {unit}", "hết")),
            Heading("Đề xuất, kiến nghị", level=3),
            Paragraph(filler(40, "Đề nghị", "hết")),
        ), note="Kèm theo Báo cáo số 120/BC-STTTT ngày 25/11/2024 của Sở Thông tin và "
                "Truyền thông")
        for u, unit in enumerate(units, start=1))
    return OfficialDocument(
        parent_body="UBND tỉnh Yên Bái",
        issuing_body="Sở Thông tin và Truyền thông",
        number_line="Số: 120/BC-STTTT",
        place_date=document_date("Yên Bái", dt.date(2024, 11, 25)),
        kind="Báo cáo",
        subject="Tổng hợp kết quả thực hiện Kế hoạch số 14/KH-UBND ngày 17/01/2024 "
                "của UBND tỉnh về công tác truyền thông chính sách năm 2024",
        blocks=(Heading("I. TÌNH HÌNH BÁO CÁO"), Paragraph(filler(150)), summary,
                LandscapeSection((matrix,)), Heading("II. KHÓ KHĂN, VƯỚNG MẮC"),
                Paragraph(filler(200)), Heading("III. ĐỀ XUẤT, KIẾN NGHỊ"),
                Paragraph(filler(120))),
        recipients=("UBND tỉnh;", "Bộ Thông tin và Truyền thông;", "Lưu: VT, TTBCXB."),
        signature=Signature(("KT. Giám đốc", "Phó Giám đốc"), "Trần Thị Bình"),
        annexes=annexes,
    )


def test_the_consolidated_report_of_a_whole_plan_renders_every_unit() -> None:
    reader = reader_of(render_pdf(consolidated_report()))
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert len(texts) >= 36
    everything = " ".join(texts)
    for n in range(1, 37):
        assert f"đơn vị số {n:02d}" in everything
        assert f"Phụ lục {n:02d}" in everything
    landscape = [page for page in reader.pages
                 if float(page.mediabox.width) > float(page.mediabox.height)]
    assert landscape  # the units × tasks matrix
