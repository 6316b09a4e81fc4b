"""How far an office has got with a task."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    NOT_STARTED = "not-started"  # chưa triển khai
    IN_PROGRESS = "in-progress"  # đang triển khai
    DONE = "done"  # hoàn thành
    NOT_APPLICABLE = "not-applicable"  # không phát sinh: the condition never arose


STATUS_ORDER = (Status.NOT_STARTED, Status.IN_PROGRESS, Status.DONE, Status.NOT_APPLICABLE)
