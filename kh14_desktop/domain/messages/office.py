"""Messages of the office features (filled in by the issue that builds them)."""

MESSAGES: dict[str, dict[str, str]] = {}
