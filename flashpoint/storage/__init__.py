"""Database adapter: SQLModel tables, engine, migrations and idempotent upserts."""
