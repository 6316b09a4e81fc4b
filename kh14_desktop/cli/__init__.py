"""The `kh14` command: a thin face over the services."""
