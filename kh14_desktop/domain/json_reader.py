"""Reading untrusted JSON into typed values, with the exact place of every mistake.

A `JsonNode` wraps one decoded JSON value and its JSON-Pointer path ("/tasks/3/lead").
Each accessor checks the type and raises the caller's error with that path, so a broken
plan or report file is reported as "file, path, reason" rather than as a KeyError.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

from kh14_desktop.domain.text import clean, nfc

ErrorFactory = Callable[..., Exception]
"""Called as factory(path, reason_code, **params) and returns the exception to raise."""

_IDENT = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

_TYPE_NAMES = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def _type_name(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


class JsonNode:
    """One value inside a decoded JSON document, and where it sits."""

    __slots__ = ("_error", "path", "value")

    def __init__(self, value: Any, error: ErrorFactory, path: str = "") -> None:
        self.value = value
        self.path = path
        self._error = error

    def fail(self, reason_code: str, **params: Any) -> NoReturn:
        raise self._error(self.path or "/", reason_code, **params)

    def _expect(self, kind: type | tuple[type, ...], expected: str) -> None:
        if type(self.value) is kind:  # nearly always; and a bool is never taken for an int
            return
        # bool is an int in Python, never in JSON
        if isinstance(self.value, bool) and kind is not bool:
            self.fail("json.wrong_type", expected=expected, actual="boolean")
        if not isinstance(self.value, kind):
            self.fail("json.wrong_type", expected=expected, actual=_type_name(self.value))

    # containers -----------------------------------------------------------------------------
    def object(self, allowed: set[str] | frozenset[str] | None = None) -> JsonNode:
        """Check this is an object (and, given `allowed`, that it has no other keys)."""
        self._expect(dict, "object")
        if allowed is not None:
            for key in self.value:
                if key not in allowed:
                    JsonNode(self.value[key], self._error, f"{self.path}/{key}").fail(
                        "json.unknown_key", key=key
                    )
        return self

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and key in self.value

    def __getitem__(self, key: str) -> JsonNode:
        self._expect(dict, "object")
        if key not in self.value:
            self.fail("json.missing", key=key)
        return JsonNode(self.value[key], self._error, f"{self.path}/{key}")

    def get(self, key: str) -> JsonNode | None:
        """The child at `key`, or None when absent or null."""
        self._expect(dict, "object")
        if self.value.get(key) is None:
            return None
        return JsonNode(self.value[key], self._error, f"{self.path}/{key}")

    def items(self, max_items: int = 100_000, allow_empty: bool = True) -> Iterator[JsonNode]:
        self._expect(list, "array")
        if not self.value and not allow_empty:
            self.fail("json.empty")
        if len(self.value) > max_items:
            self.fail("json.too_long", length=len(self.value), limit=max_items)
        for index, item in enumerate(self.value):
            yield JsonNode(item, self._error, f"{self.path}/{index}")

    def entries(self) -> Iterator[tuple[str, JsonNode]]:
        """The (key, child) pairs of an object, in file order."""
        self._expect(dict, "object")
        for key, item in self.value.items():
            yield key, JsonNode(item, self._error, f"{self.path}/{key}")

    # scalars --------------------------------------------------------------------------------
    def text(self, max_length: int = 100_000, allow_empty: bool = False,
             collapse: bool = True) -> str:
        """A string, NFC-normalised; `collapse` also folds runs of white space (names, titles)."""
        self._expect(str, "string")
        result = clean(self.value) if collapse else nfc(self.value).strip()
        if not result and not allow_empty:
            self.fail("json.empty")
        if len(result) > max_length:
            self.fail("json.too_long", length=len(result), limit=max_length)
        return result

    def ident(self) -> str:
        """An identifier chosen by a machine: lower-case ASCII, digits, '-' and '.'."""
        self._expect(str, "string")
        if not _IDENT.match(self.value) or len(self.value) > 80:
            self.fail("json.bad_id", value=self.value[:80])
        return self.value

    def integer(self, low: int | None = None, high: int | None = None) -> int:
        self._expect(int, "integer")
        value: int = self.value
        if (low is not None and value < low) or (high is not None and value > high):
            self.fail("json.out_of_range", value=value, low=low, high=high)
        return value

    def boolean(self) -> bool:
        self._expect(bool, "boolean")
        return bool(self.value)

    def date(self) -> dt.date:
        self._expect(str, "string")
        if not _DATE.match(self.value):
            self.fail("json.bad_date", value=self.value[:40])
        try:
            return dt.date.fromisoformat(self.value)
        except ValueError:
            self.fail("json.bad_date", value=self.value[:40])

    def choice(self, choices: tuple[str, ...] | frozenset[str]) -> str:
        self._expect(str, "string")
        if self.value not in choices:
            self.fail("json.bad_choice", value=self.value[:40], choices=", ".join(sorted(choices)))
        return self.value

    def text_list(self, max_items: int = 10_000, max_length: int = 10_000) -> tuple[str, ...]:
        return tuple(item.text(max_length) for item in self.items(max_items))
