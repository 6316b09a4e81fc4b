"""Messages of the admin features (filled in by the issue that builds them)."""

MESSAGES: dict[str, dict[str, str]] = {}
