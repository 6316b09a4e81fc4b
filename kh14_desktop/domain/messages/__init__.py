"""The message table of every text the core shows a person: code -> {"vi": ..., "en": ...}.

Qt widgets translate their own labels with `tr()`; everything that comes out of the core
(errors, outcomes, CLI output) is looked up here, so the CLI and the window say the same
thing in the same words. Each feature keeps its messages in a module of its own.
"""

from __future__ import annotations

from typing import Any

from kh14_desktop.domain.messages import (
    admin,
    core,
    export,
    office,
    report,
    safety,
    vouching,
)

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

MESSAGES: dict[str, dict[str, str]] = {}
for _table in (core.MESSAGES, office.MESSAGES, report.MESSAGES, export.MESSAGES,
               admin.MESSAGES, vouching.MESSAGES, safety.MESSAGES):
    _overlap = MESSAGES.keys() & _table.keys()
    if _overlap:  # pragma: no cover - caught by the test suite the moment it happens
        raise RuntimeError(f"message codes defined twice: {sorted(_overlap)}")
    MESSAGES.update(_table)


def render(code: str, lang: str = DEFAULT_LANGUAGE, /, **params: Any) -> str:
    """The message `code` in `lang` (falling back to Vietnamese), with `params` filled in."""
    entry = MESSAGES.get(code)
    if entry is None:
        return code if not params else f"{code} {params}"
    template = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a missing parameter must not hide the message
        return template
