"""A broken plan file is refused with the file, the JSON path and the reason."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kh14_desktop.domain.errors import PlanFileError
from kh14_desktop.domain.plan_reader import parse_plan
from kh14_desktop.resources import resource_path

ORIGINAL: dict[str, Any] = json.loads(
    resource_path("plans", "kh14-2024-yen-bai.json").read_text(encoding="utf-8"))


def broken(change: Any) -> PlanFileError:
    data = copy.deepcopy(ORIGINAL)
    change(data)
    with pytest.raises(PlanFileError) as caught:
        parse_plan(json.dumps(data, ensure_ascii=False).encode(), "broken.json")
    return caught.value


def test_unknown_unit_in_a_reference() -> None:
    error = broken(lambda d: d["tasks"][3]["lead"]["refs"][1].update(unit="so-khong-co"))
    assert error.file == "broken.json"
    assert error.path == "/tasks/3/lead/refs/1/unit"
    assert "so-khong-co" in error.message("vi")
    assert error.message("en").startswith("Plan file broken.json is invalid at /tasks/3/lead/")


def test_missing_required_field() -> None:
    error = broken(lambda d: d["tasks"][0].pop("title"))
    assert error.path == "/tasks/0"
    assert "title" in error.message("en")


def test_wrong_type() -> None:
    error = broken(lambda d: d["units"][2].update(name=42))
    assert error.path == "/units/2/name"
    assert "string" in error.message("en")


def test_duplicate_task_code() -> None:
    error = broken(lambda d: d["tasks"][1].update(code="II.1"))
    assert error.path == "/tasks/1"
    assert "II.1" in error.message("vi")


def test_group_member_must_exist() -> None:
    error = broken(lambda d: d["groups"][0]["members"].append("ghost"))
    assert error.path.startswith("/groups/0/members/")


def test_deadline_outside_the_plan_period() -> None:
    error = broken(lambda d: d["report"].update(deadline="2025-03-01"))
    assert error.path == "/report/deadline"


def test_bad_date() -> None:
    error = broken(lambda d: d["document"].update(date="17/01/2024"))
    assert error.path == "/document/date"


def test_reference_with_two_targets() -> None:
    error = broken(lambda d: d["tasks"][0]["lead"]["refs"][0].update(unit="so-tttt"))
    assert error.path == "/tasks/0/lead/refs/0"


def test_unknown_field_is_refused() -> None:
    error = broken(lambda d: d["tasks"][0].update(titel="typo"))
    assert error.path == "/tasks/0/titel"


def test_newer_format_version_asks_for_an_update() -> None:
    error = broken(lambda d: d.update(format_version=99))
    assert "99" in error.message("en") and "update" in error.message("en").lower()


def test_not_json_names_line_and_column() -> None:
    with pytest.raises(PlanFileError) as caught:
        parse_plan(b'{\n  "format": "kh14-plan",\n  oops\n}', "bad.json")
    assert "3" in caught.value.message("en")  # the line


def test_not_a_plan_file() -> None:
    with pytest.raises(PlanFileError) as caught:
        parse_plan(b'{"hello": 1}', "other.json")
    assert "kh14-plan" in caught.value.message("en")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzzed_plan_files_fail_only_with_plan_errors(data: st.DataObject) -> None:
    """Any mutation either still parses or raises PlanFileError, never anything else."""
    raw = bytearray(json.dumps(ORIGINAL, ensure_ascii=False).encode())
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, max(0, len(raw) - 1)))
        action = data.draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        if action == "flip":
            raw[position] ^= data.draw(st.integers(1, 255))
        elif action == "delete" and len(raw) > 1:
            del raw[position]
        elif action == "insert":
            raw.insert(position, data.draw(st.sampled_from(b'{}[]",:0an\\')))
        elif action == "truncate":
            del raw[max(1, position):]
    try:
        parse_plan(bytes(raw), "fuzz.json")
    except PlanFileError as error:
        assert error.message("vi") and error.message("en")
