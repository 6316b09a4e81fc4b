"""Vietnamese search folding and alphabetical order."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from kh14_desktop.domain.dates import document_date, format_date, parse_date
from kh14_desktop.domain.text import clean, fold, matches, sort_key


def test_fold_removes_every_mark_and_d_stroke() -> None:
    assert fold("Đào tạo") == "dao tao"
    assert fold("ĐÀO TẠO") == "dao tao"
    assert fold("truyền thông") == "truyen thong"
    assert fold("Trạm Tấu  Mù Cang Chải") == "tram tau mu cang chai"


def test_fold_is_the_same_for_nfd_input() -> None:
    text = "Nghĩa Lộ, Trấn Yên, Đài Phát thanh"
    assert fold(unicodedata.normalize("NFD", text)) == fold(text)


def test_matches_every_word_anywhere() -> None:
    assert matches("dao tao", "Tập huấn, đào tạo cán bộ")
    assert matches("van yen", "UBND huyện Văn Yên")
    assert not matches("van chan", "UBND huyện Văn Yên")
    assert matches("", "anything")


def test_vietnamese_alphabetical_order() -> None:
    words = ["Đông", "Dương", "Ân", "Ăn", "An", "Bình", "Ơn", "Ông", "Ôm", "Ư", "U", "Yên", "Z"]
    ordered = sorted(words, key=sort_key)
    assert ordered == ["An", "Ăn", "Ân", "Bình", "Dương", "Đông", "Ôm", "Ông", "Ơn", "U", "Ư",
                       "Yên", "Z"]


def test_tones_order_after_letters() -> None:
    assert sorted(["á", "à", "a", "ạ", "ả", "ã"], key=sort_key) == ["a", "à", "ả", "ã", "á", "ạ"]
    assert sorted(["Văn Yên", "Văn Chấn", "Trấn Yên", "Trạm Tấu"], key=sort_key) == [
        "Trạm Tấu", "Trấn Yên", "Văn Chấn", "Văn Yên"]


def test_clean_normalises_and_collapses() -> None:
    assert clean("  Sở\u00a0 Tư   pháp ") == "Sở Tư pháp"
    assert clean(unicodedata.normalize("NFD", "Yên Bái")) == "Yên Bái"


def test_dates_the_vietnamese_way() -> None:
    import datetime as dt

    assert format_date(dt.date(2024, 1, 5)) == "05/01/2024"
    assert document_date("Văn Yên", dt.date(2024, 2, 5)) == "Văn Yên, ngày 05 tháng 02 năm 2024"
    assert document_date("Yên Bái", dt.date(2024, 11, 19)) == "Yên Bái, ngày 19 tháng 11 năm 2024"
    assert document_date("Yên Bái", dt.date(2024, 3, 9)) == "Yên Bái, ngày 09 tháng 3 năm 2024"
    assert parse_date("20/11/2024") == dt.date(2024, 11, 20)
    assert parse_date("2024-11-20") == dt.date(2024, 11, 20)


@given(st.text())
def test_fold_is_idempotent_and_ascii_for_vietnamese(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ ĐĂÂÊÔƠƯ"))
def test_vietnamese_letters_fold_to_ascii(text: str) -> None:
    assert fold(text).isascii()


@given(st.lists(st.text(alphabet="aăâbdđeêoôơuưy àáạ"), min_size=2))
def test_sort_key_is_a_total_order(words: list[str]) -> None:
    once = sorted(words, key=sort_key)
    assert sorted(once, key=sort_key) == once


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
@example("\x1c Đào\u2028\u00a0tạo\u3000\t\x85 cán  bộ\u200b ")  # every kind of white space
def test_clean_and_fold_collapse_exactly_the_white_space_a_regex_would(text: str) -> None:
    import re

    assert clean(text) == re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    assert fold(text) == re.sub(r"\s+", " ", bare.casefold()).strip()
