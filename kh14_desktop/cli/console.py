"""What the `kh14` command prints: messages in the chosen language, tables, or JSON."""

from __future__ import annotations

import json
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

from kh14_desktop.domain.messages import render


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)].rstrip() + "…"


class Console:
    def __init__(self, lang: str, as_json: bool, out: TextIO | None = None,
                 err: TextIO | None = None) -> None:
        self.lang = lang
        self.as_json = as_json
        self.out = out or sys.stdout
        self.err = err or sys.stderr

    def t(self, message_code: str, /, **params: Any) -> str:
        return render(message_code, self.lang, **params)

    def say(self, message_code: str, /, **params: Any) -> None:
        if not self.as_json:
            print(self.t(message_code, **params), file=self.out)

    def line(self, text: str = "") -> None:
        if not self.as_json:
            print(text, file=self.out)

    def error(self, text: str) -> None:
        print(self.t("cli.error", message=text), file=self.err)

    def json(self, value: Any) -> None:
        json.dump(value, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
              stretch: int | None = None) -> None:
        """A plain-text table; column `stretch` is shortened to fit the terminal."""
        if self.as_json:
            return
        widths = [display_width(h) for h in headers]
        for row in rows:
            widths = [max(w, display_width(cell)) for w, cell in zip(widths, row, strict=True)]
        if stretch is not None:
            total = shutil.get_terminal_size((110, 24)).columns
            others = sum(w for i, w in enumerate(widths) if i != stretch) + 2 * (len(widths) - 1)
            widths[stretch] = max(20, min(widths[stretch], total - others))
            rows = [[shorten(c, widths[stretch]) if i == stretch else c for i, c in enumerate(r)]
                    for r in rows]

        def fmt(cells: Sequence[str]) -> str:
            return "  ".join(cell + " " * (w - display_width(cell))
                             for cell, w in zip(cells, widths, strict=True)).rstrip()

        print(fmt(headers), file=self.out)
        print("  ".join("-" * w for w in widths), file=self.out)
        for row in rows:
            print(fmt(row), file=self.out)
