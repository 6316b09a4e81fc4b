"""Vietnamese for argparse's own words ("usage:", "error:"), which it takes from gettext."""

from __future__ import annotations

import argparse
from collections.abc import Callable

_VIETNAMESE = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "hiện trợ giúp này rồi thoát",
    "show program's version number and exit": "hiện số phiên bản rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)",
    "expected one argument": "cần đúng một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn mơ hồ: %(option)s có thể là %(matches)s",
    "not allowed with argument %s": "không dùng được cùng tham số %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
}


def _identity(text: str) -> str:
    return text


def use_language(lang: str) -> None:
    """Point argparse's gettext hook at our table (argparse has no Vietnamese catalogue)."""
    translate: Callable[[str], str] = (
        (lambda text: _VIETNAMESE.get(text, text)) if lang == "vi" else _identity
    )
    argparse._ = translate  # type: ignore[attr-defined]
