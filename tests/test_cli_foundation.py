"""`kh14 plans`, `plan show`, `setup`, `tasks`: text, JSON, errors and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

VAN_YEN_TASKS = ["II.1", "II.2", "II.3.2", "II.3.4", "IV.7", "II.3.1", "II.3.3", "II.4.1",
                 "II.4.2", "II.5.1", "II.5.2", "II.6", "IV.8"]


def test_plans_lists_the_shipped_plan(kh14) -> None:  # type: ignore[no-untyped-def]
    result = kh14("plans")
    assert result.code == 0
    assert "kh14-2024-yen-bai" in result.out and "20/11/2024" in result.out
    listed = json.loads(kh14("plans", "--json").out)
    assert listed["plans"][0]["tasks"] == 29 and listed["broken"] == []


def test_a_broken_user_plan_file_is_reported(kh14, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    (data_dir / "plans").mkdir(parents=True)
    (data_dir / "plans" / "hong.json").write_text('{"format": "kh14-plan"', encoding="utf-8")
    result = kh14("plans")
    assert result.code == 1
    assert "hong.json" in result.err and "kh14-2024-yen-bai" in result.out


def test_plan_show_lists_units_per_task(kh14) -> None:  # type: ignore[no-untyped-def]
    result = kh14("plan", "show")
    assert result.code == 0
    assert "II.3.2" in result.out and "Văn phòng UBND tỉnh" in result.out
    shown = json.loads(kh14("plan", "show", "--json").out)
    task = next(t for t in shown["tasks"] if t["code"] == "II.3.2")
    assert {"van-phong-ubnd-tinh", "so-tu-phap"} <= set(task["lead"]["units"])
    assert task["lead"]["text"].startswith("Văn phòng UBND tỉnh, Sở Tư pháp")


def test_plan_show_for_one_unit(kh14) -> None:  # type: ignore[no-untyped-def]
    shown = json.loads(kh14("plan", "show", "--unit", "so tu phap", "--json").out)
    assert shown["unit"]["id"] == "so-tu-phap"
    roles = {t["code"]: t["role"] for t in shown["tasks"]}
    assert roles["II.2"] == "lead" and roles["IV.4.1"] == "lead" and roles["II.6"] == "cooperating"


def test_setup_then_tasks(kh14) -> None:  # type: ignore[no-untyped-def]
    assert kh14("setup", "--unit", "van yen").code == 0
    listed = json.loads(kh14("tasks", "--json").out)
    assert listed["unit"] == {"id": "h-van-yen", "name": "UBND huyện Văn Yên"}
    assert [t["code"] for t in listed["tasks"]] == VAN_YEN_TASKS
    assert listed["deadline"] == "2024-11-20"
    text = kh14("tasks").out
    assert "UBND huyện Văn Yên — 13 nhiệm vụ (5 chủ trì, 8 phối hợp)" in text
    assert "Chưa triển khai" in text


def test_tasks_in_english(kh14) -> None:  # type: ignore[no-untyped-def]
    kh14("setup", "--unit", "h-van-yen")
    out = kh14("--lang", "en", "tasks").out
    assert "13 tasks (5 lead, 8 cooperating)" in out and "Not started" in out


def test_unit_by_id_and_with_diacritics(kh14) -> None:  # type: ignore[no-untyped-def]
    assert json.loads(kh14("setup", "--unit", "Mù Cang Chải", "--json").out)["unit"]["id"] == \
        "h-mu-cang-chai"
    assert json.loads(kh14("setup", "--unit", "so-y-te", "--json").out)["unit"]["id"] == "so-y-te"
    assert json.loads(kh14("setup", "--unit", "dai phat thanh", "--json").out)["unit"]["id"] == \
        "dai-ptth"


def test_ambiguous_unit_lists_candidates(kh14) -> None:  # type: ignore[no-untyped-def]
    result = kh14("setup", "--unit", "van")
    assert result.code == 1
    assert "UBND huyện Văn Yên [h-van-yen]" in result.err
    assert "UBND huyện Văn Chấn [h-van-chan]" in result.err
    assert result.err.startswith("Lỗi:")


def test_unknown_unit_in_english(kh14) -> None:  # type: ignore[no-untyped-def]
    result = kh14("--lang", "en", "setup", "--unit", "atlantis")
    assert result.code == 1
    assert result.err.startswith('Error: No unit matches "atlantis"')


def test_tasks_before_setup_says_what_to_do(kh14) -> None:  # type: ignore[no-untyped-def]
    result = kh14("tasks")
    assert result.code == 1
    assert "kh14 setup --unit" in result.err


def test_usage_errors_exit_2_in_vietnamese(kh14) -> None:  # type: ignore[no-untyped-def]
    result = kh14("bogus")
    assert result.code == 2
    assert "lỗi" in result.err


def test_admin_setup_defaults_to_the_recipient(kh14) -> None:  # type: ignore[no-untyped-def]
    shown = json.loads(kh14("setup", "--admin", "--json").out)
    assert shown["unit"]["id"] == "so-tttt" and shown["admin"] is True


def test_the_acceptance_commands_in_a_real_process(tmp_path: Path) -> None:
    """`kh14 --data-dir X setup --unit "van yen" && kh14 --data-dir X tasks --json`."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    command = [sys.executable, "-m", "kh14_desktop.cli.main", "--data-dir", str(tmp_path / "x")]
    subprocess.run([*command, "setup", "--unit", "van yen"], check=True, env=env,
                   capture_output=True)
    done = subprocess.run([*command, "tasks", "--json"], check=True, env=env,
                          capture_output=True)
    listed = json.loads(done.stdout.decode("utf-8"))
    assert listed["unit"]["name"] == "UBND huyện Văn Yên"
    assert [t["code"] for t in listed["tasks"]] == VAN_YEN_TASKS
