"""Structural mutations of a JSON document, for hypothesis: change a value's type or length,
delete or add keys, duplicate, drop or reorder array items (duplicate ids), control characters.

Shared by the report-file and plan-file fuzzers in `test_hostile_input`.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

from hypothesis import strategies as st

Path_ = tuple[str | int, ...]

OTHER_VALUES: list[Any] = [None, True, False, 0, -1, 2**63, -(2**70), 1.5, float("1e308"), "",
                           "x", "2024-13-45", "../../evil", "\u202egnp.exe", [], {}, [None],
                           {"": None}, [[[[[[]]]]]]]
LONG_ONLY_BELOW = 200_000  # characters of JSON
KINDS = ("type", "long", "empty", "delete", "unknown-key", "duplicate", "reverse", "control",
         "number")


def walk(value: Any, path: Path_ = ()) -> Iterator[Path_]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, (*path, index))


def _get(document: Any, path: Path_) -> Any:
    for step in path:
        document = document[step]
    return document


def _set(document: Any, path: Path_, value: Any) -> Any:
    if not path:
        return value
    _get(document, path[:-1])[path[-1]] = value
    return document


def mutate(document: Any, path: Path_, kind: str, pick: Any) -> Any:
    """Apply one mutation at `path`; `pick` is a hypothesis-drawn value for the choices."""
    node = _get(document, path)
    parent = _get(document, path[:-1]) if path else None
    if kind == "type":
        choices = [v for v in OTHER_VALUES if type(v) is not type(node)]
        return _set(document, path, copy.deepcopy(choices[pick % len(choices)]))
    if kind == "long":  # past every length limit, yet small enough to stay quick
        if isinstance(node, str):
            text = node or "ạ"
            return _set(document, path, text * (1 + pick % max(1, 70_000 // len(text))))
        if isinstance(node, list) and node:
            return _set(document, path, [copy.deepcopy(item)
                                         for item in node * (1 + pick % 20)])
        return _set(document, path, "ầ" * (1 + pick % 70_000))
    if kind == "empty":
        return _set(document, path, type(node)() if isinstance(node, str | list | dict) else "")
    if kind == "delete" and path:
        del parent[path[-1]]
        return document
    if kind == "unknown-key" and isinstance(node, dict):
        node[f"zz_{pick % 7}"] = pick
        return document
    if kind == "duplicate":
        if isinstance(parent, list):  # the same item twice: duplicate ids
            parent.insert(int(path[-1]), copy.deepcopy(node))
            return document
        if isinstance(node, list) and node:
            node.append(copy.deepcopy(node[pick % len(node)]))
            return document
    if kind == "reverse" and isinstance(node, list):
        node.reverse()
        return document
    if kind == "control" and isinstance(node, str):
        return _set(document, path, node[: pick % (len(node) + 1)] + "\x00\x1b\u202e\ufeff")
    if kind == "number":
        numbers = [0, -1, 2**31, 2**64, -(10**20), 0.5, float("nan") if pick % 2 else 1e-300]
        return _set(document, path, numbers[pick % len(numbers)])
    return _set(document, path, None)


# what to do, drawn before looking at the document, so that every example draws the same way
json_changes = st.lists(st.tuples(st.integers(0, 2**32), st.sampled_from(KINDS),
                                  st.integers(0, 2**16)), min_size=1, max_size=3)


def apply_changes(document: Any, changes: list[tuple[int, str, int]]) -> Any:
    """`document` with `changes` (from `json_changes`) applied; the original is not touched."""
    result = copy.deepcopy(document)
    for where, kind, pick in changes:
        if kind == "long" and len(json.dumps(result, default=str)) > LONG_ONLY_BELOW:
            kind = "type"  # one more "long" could need gigabytes: this is hostile enough
        paths = list(walk(result))
        result = mutate(result, paths[where % len(paths)], kind, pick)
    return result
