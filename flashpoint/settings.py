"""The one place configuration comes from: environment variables, with defaults for a laptop."""

from __future__ import annotations

import socket
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore")

    # Unset means: start the embedded development broker (see flashpoint.broker).
    kafka_bootstrap_servers: str | None = None
    embedded_kafka_port: int = 9092

    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default is a SQLite file in FLASHPOINT_DATA_DIR"
    )
    flashpoint_data_dir: Path = Path("var")

    api_host: str = "127.0.0.1"
    api_port: int = 8000
    ingest_port: int = 8001
    enrich_metrics_port: int = 9101
    aggregate_metrics_port: int = 9102
    metrics_host: str = "127.0.0.1"
    # Identical API queries within this many seconds are answered from memory (0 turns it off).
    api_cache_seconds: float = 2.0
    # /v1/counts reads an in-memory copy of daily_count, brought up to date at most this often.
    api_counts_refresh_seconds: float = 1.0

    # Partitions per topic, created at start-up when missing.
    topic_partitions: int = 3
    consumer_group_prefix: str = "flashpoint"
    # Static group membership (KIP-345): a worker restarted under the same name takes its old place
    # at once instead of waiting for the broker to expire the dead member. Unique per replica.
    worker_instance: str = Field(default_factory=socket.gethostname)
    max_report_bytes: int = 1_000_000
    # The aggregate worker's reconciler: how often it compares the database with itself, and how far
    # back (by updated_at) it looks for reports and days to check.
    reconcile_seconds: float = 30.0
    reconcile_lookback_hours: float = 24.0
    # A worker with input waiting that processes nothing for this long exits, to be restarted
    # (by `flashpoint run`, or the container's restart policy). 0 disables the watchdog.
    stall_exit_seconds: float = 30.0
    log_level: str = "INFO"

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.flashpoint_data_dir / 'flashpoint.db').resolve()}"


@lru_cache
def get_settings() -> Settings:
    return Settings()
