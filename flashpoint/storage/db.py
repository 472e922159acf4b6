"""Engine, sessions, migrations and upserts for SQLite and PostgreSQL."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel

log = logging.getLogger(__name__)


@lru_cache(maxsize=8)
def get_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record):  # WAL lets the API read while the worker writes
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    # Short writes and one-page reads: parallel workers cost more to start (about 15 ms) than they save.
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5,
                         connect_args={"options": "-c max_parallel_workers_per_gather=0"})


def migrate(url: str) -> None:
    """Bring the schema to the latest alembic revision."""
    from alembic import command
    from alembic.config import Config

    script_location = resources.files("flashpoint.storage").joinpath("migrations")
    config = Config()
    config.set_main_option("script_location", str(script_location))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    get_engine(url)  # creates the SQLite folder
    command.upgrade(config, "head")


def ping(url: str) -> None:
    with get_engine(url).connect() as connection:
        connection.execute(text("SELECT 1"))


def upsert(session: Session, model: type[SQLModel], rows: Iterable[dict[str, Any]], keys: tuple[str, ...]) -> int:
    """INSERT ... ON CONFLICT (keys) DO UPDATE: the same rows written twice leave one copy."""
    rows = list(rows)
    if not rows:
        return 0
    table = model.__table__
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(table).values(rows)
    updates = {c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys}
    if not updates:  # a row that is all key: present or not, nothing to update
        session.execute(statement.on_conflict_do_nothing(index_elements=list(keys)))
    else:
        session.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=updates))
    return len(rows)
