"""Vietnamese text at the boundaries: normalisation, search folding and alphabetical order.

Every string that enters the program (typed, imported, read from a plan) passes through
`nfc`; every search compares `fold`ed text on both sides; every list a person reads is
sorted with `sort_key`, which gives the same order on every platform (no ICU, no locale).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

Item = TypeVar("Item")

# Tone marks are the only combining marks Vietnamese uses besides the vowel marks
# (breve, circumflex, horn). Unicode names them by their canonical combining code points.
_TONES = {
    "\u0300": 1,  # huyền (grave)
    "\u0309": 2,  # hỏi (hook above)
    "\u0303": 3,  # ngã (tilde)
    "\u0301": 4,  # sắc (acute)
    "\u0323": 5,  # nặng (dot below)
}

# The Vietnamese alphabet in dictionary order, letters with vowel marks as separate
# letters (a < ă < â < b … d < đ …). Letters outside it sort after, by code point.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
_DIGIT_BASE = -20  # digits before letters, as in every printed index


def nfc(text: str) -> str:
    """The one normal form the program stores and compares (NFC)."""
    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """NFC, with runs of white space collapsed and the ends trimmed: for names and titles."""
    return _collapse_spaces(nfc(text))


def _collapse_spaces(text: str) -> str:
    # str.split() cuts at the same white space as the regex \s+ and drops both ends; several
    # times faster, and every string of a plan and of each imported report passes here
    return " ".join(text.split())


def fold(text: str) -> str:
    """Lower case without any diacritic, đ folded to d: the form both sides of a search use.

    `fold("Đào tạo")`, `fold("dao tao")` and `fold("ĐÀO TẠO")` are all "dao tao".
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _collapse_spaces(bare.casefold())


def matches(query: str, *texts: str) -> bool:
    """True when every word of the query appears, folded, in one of the texts."""
    words = fold(query).split()
    if not words:
        return True
    haystack = " ".join(fold(text) for text in texts)
    return all(word in haystack for word in words)


def format_number(value: int) -> str:
    """Thousands separated by dots, the Vietnamese way: 1.234.567."""
    return f"{value:,}".replace(",", ".")


def lower_first(text: str) -> str:
    """"Công tác truyền thông…" → "công tác truyền thông…" (for "về …" in a subject line)."""
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def narrow(query: str, items: Iterable[Item], texts: Callable[[Item], Sequence[str]]) -> \
        list[Item]:
    """The items a search means, most precise reading first.

    An exact name wins; else the typed words as one phrase ("van yen" in "Văn Yên");
    else every word somewhere. "dao tao" finds the training task, not a text that happens
    to hold "chỉ đạo" and "tạo" far apart. An empty query keeps everything.
    """
    items = list(items)
    wanted = fold(query)
    if not wanted:
        return items
    folded = [(item, [fold(text) for text in texts(item)]) for item in items]
    for accept in (
        lambda names: any(name == wanted for name in names),
        lambda names: any(wanted in name for name in names),
        lambda names: all(any(word in name for name in names) for word in wanted.split()),
    ):
        found = [item for item, names in folded if accept(names)]
        if found:
            return found
    return []


def _letter_and_tone(char: str) -> tuple[str, int]:
    """Split one character into its base letter (vowel marks kept) and its tone number."""
    decomposed = unicodedata.normalize("NFD", char.lower())
    tone = 0
    kept = []
    for part in decomposed:
        if part in _TONES:
            tone = _TONES[part]
        else:
            kept.append(part)
    return unicodedata.normalize("NFC", "".join(kept)), tone


def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """Key for Vietnamese dictionary order, independent of platform and locale.

    Primary: letters in the Vietnamese alphabet (a ă â b c d đ e ê …), case and tone ignored.
    Secondary: tones in the traditional order (ngang, huyền, hỏi, ngã, sắc, nặng).
    Last: the text itself, so that the order is total and stable.
    """
    primary: list[int] = []
    secondary: list[int] = []
    for char in nfc(text):
        letter, tone = _letter_and_tone(char)
        if letter in _LETTER_RANK:
            primary.append(_LETTER_RANK[letter])
        elif letter.isdigit():
            primary.append(_DIGIT_BASE + int(letter) if letter in "0123456789" else 0)
        elif letter.isspace():
            primary.append(-100)  # "An Bình" before "Anh": a word ends before a longer one
        else:
            primary.append(1000 + ord(letter))
        secondary.append(tone)
    return tuple(primary), tuple(secondary), text
