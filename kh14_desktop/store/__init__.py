"""The SQLite database, its schema migrations, attachment storage and safe file writing."""
