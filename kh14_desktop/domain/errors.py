"""Errors a person can cause and understand, carried as a message code with parameters.

The code names an entry of `messages.MESSAGES`; the text is chosen in the reader's language
only when shown, so the same error reads in Vietnamese in the window and in English in a
script run with `--lang en`.
"""

from __future__ import annotations

from typing import Any

from kh14_desktop.domain.messages import render


class UserError(Exception):
    """Something the user (or a file the user brought) got wrong; never a bug of ours."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "vi") -> str:
        return render(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class PlanFileError(UserError):
    """A plan file that cannot be used, with where in it and why."""

    def __init__(self, file: str, path: str, reason_code: str, **params: Any) -> None:
        super().__init__("plan.invalid", file=file, path=path or "/", reason_code=reason_code,
                         **params)
        self.file = file
        self.path = path or "/"
        self.reason_code = reason_code
        self.reason_params = params

    def message(self, lang: str = "vi") -> str:
        reason = render(self.reason_code, lang, **self.reason_params)
        return render("plan.invalid", lang, file=self.file, path=self.path, reason=reason)
