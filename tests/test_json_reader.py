"""JsonNode: JSON's types as JSON means them, with the path of every mistake."""

from __future__ import annotations

from typing import Any

import pytest

from kh14_desktop.domain.json_reader import JsonNode


class Mistake(Exception):
    def __init__(self, path: str, code: str, **params: Any) -> None:
        super().__init__(path, code, params)
        self.path, self.code, self.params = path, code, params


def node(value: Any) -> JsonNode:
    return JsonNode({"x": value}, Mistake)["x"]


@pytest.mark.parametrize(("value", "read", "expected", "actual"), [
    (True, JsonNode.integer, "integer", "boolean"),  # Python's bool is an int; JSON's is not
    (1, JsonNode.boolean, "boolean", "integer"),
    ("1", JsonNode.integer, "integer", "string"),
    (1.0, JsonNode.integer, "integer", "number"),
    (None, JsonNode.text, "string", "null"),
    ([], JsonNode.object, "object", "array"),
])
def test_a_value_of_the_wrong_json_type_is_refused_where_it_is(
        value: Any, read: Any, expected: str, actual: str) -> None:
    with pytest.raises(Mistake) as raised:
        read(node(value))
    assert (raised.value.path, raised.value.code) == ("/x", "json.wrong_type")
    assert raised.value.params == {"expected": expected, "actual": actual}


def test_values_of_the_right_type_are_read() -> None:
    assert node(3).integer() == 3
    assert node(False).boolean() is False
    assert node("  Văn   Yên ").text() == "Văn Yên"
    assert [item.integer() for item in node([1, 2]).items()] == [1, 2]
