"""Tables. Every write is an upsert keyed by a deterministic id, so replays change nothing."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Text
from sqlmodel import Field, SQLModel


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Report(SQLModel, table=True):
    id: str = Field(primary_key=True, max_length=200)
    content_hash: str = Field(index=True, max_length=64)
    text: str = Field(sa_column=Column(Text, nullable=False))
    title: str | None = Field(default=None, sa_column=Column(Text))
    lang: str | None = Field(default=None, max_length=16)
    published_at: dt.datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    source: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, sa_column=Column(Text))
    received_at: dt.datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    enrichment: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: dt.datetime = Field(default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False))


class Incident(SQLModel, table=True):
    id: str = Field(primary_key=True, max_length=64)
    report_id: str = Field(index=True, max_length=200)
    # The day it happened when known to the day; None when only a range or nothing is known.
    event_date: dt.date | None = Field(default=None, index=True)
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    country_code: str | None = Field(default=None, index=True, max_length=2)
    admin1: str | None = Field(default=None, max_length=200)
    place_name: str | None = Field(default=None, max_length=200)
    place_kind: str | None = Field(default=None, max_length=16)
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None
    weapons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    killed: int | None = None
    injured: int | None = None
    claimed_by: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    attributed_to: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    sponsors: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    targets: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    group_key: str = Field(default="", max_length=300, index=True)
    n_reports: int = 1
    n_sources: int = 1
    first_seen: dt.datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    last_seen: dt.datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    version: int = 1
    facts_hash: str = Field(default="", max_length=64)
    updated_at: dt.datetime = Field(default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False))
    # The incident as the API serves it (JSON), rendered by the aggregate worker when it writes the row.
    document: str | None = Field(default=None, sa_column=Column(Text))


# The fields an incident is served with (the API's IncidentOut), in order.
INCIDENT_DOCUMENT_FIELDS = ("id", "event_date", "date_start", "date_end", "country_code", "admin1", "place_name", "place_kind",
                   "lat", "lon", "precision", "weapons", "killed", "injured", "claimed_by", "attributed_to",
                   "sponsors", "targets", "n_reports", "n_sources", "first_seen", "last_seen", "version", "updated_at")


def as_utc(value: dt.datetime | None) -> dt.datetime | None:
    """Stored times are UTC; SQLite hands them back without a zone."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)


def _document_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return as_utc(value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def incident_document(row: dict[str, Any]) -> str:
    """The incident as the API serves it, rendered once when written: a page of incidents is then a
    join of stored strings, not a hundred rows of columns decoded and encoded again."""
    return json.dumps({name: _document_value(row[name]) for name in INCIDENT_DOCUMENT_FIELDS}, ensure_ascii=False)


class IncidentReport(SQLModel, table=True):
    """Which report contributed to which incident, and the facts it contributed."""

    __tablename__ = "incident_report"
    incident_id: str = Field(primary_key=True, max_length=64)
    candidate_key: str = Field(primary_key=True, max_length=300)
    report_id: str = Field(index=True, max_length=200)
    source: str | None = Field(default=None, max_length=200)
    received_at: dt.datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    facts: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class IncidentTag(SQLModel, table=True):
    """A value an incident can be filtered by: "weapon|drone", "actor|claimant|<name>", "target|US forces"."""

    __tablename__ = "incident_tag"
    incident_id: str = Field(primary_key=True, max_length=64)
    tag: str = Field(primary_key=True, max_length=300, index=True)


class DailyCount(SQLModel, table=True):
    """Incidents per event day and dimension value, materialised from the aggregate worker's tables.

    dimension: country (key "IQ"), admin1 ("IQ|Anbar"), actor ("claimant|Islamic Resistance in Iraq"),
    weapon ("drone"), target ("US forces").
    """

    __tablename__ = "daily_count"
    day: dt.date = Field(primary_key=True)
    dimension: str = Field(primary_key=True, max_length=32)
    key: str = Field(primary_key=True, max_length=300)
    count: int
    # Indexed: the API's copy of these counts re-reads the rows changed since its last look.
    updated_at: dt.datetime = Field(default_factory=_now,
                                    sa_column=Column(DateTime(timezone=True), nullable=False, index=True))


class Tally(SQLModel, table=True):
    """A count a report states ("10 attacks in Iraq between 17 and 24 October"): a claim, not an observation."""

    id: str = Field(primary_key=True, max_length=64)
    report_id: str = Field(index=True, max_length=200)
    count: int
    country_code: str | None = Field(default=None, index=True, max_length=2)
    start: dt.date | None = None
    end: dt.date | None = None
    source: str | None = Field(default=None, max_length=200)
    weapons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    text: str = Field(default="", sa_column=Column(Text, nullable=False))
    updated_at: dt.datetime = Field(default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False))
