"""Event contracts shared by every service: topic names, message models, schema version.

Services talk only through these messages (on Kafka) and the database. A change that breaks
readers of an older message bumps SCHEMA_VERSION.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from flashpoint.extract.facts import Enrichment, Incident

SCHEMA_VERSION = 1


class Topics:
    RAW = "reports.raw"
    NORMALIZED = "reports.normalized"
    ENRICHED = "reports.enriched"
    INCIDENTS = "incidents"
    DEADLETTER = "reports.deadletter"

    ALL = (RAW, NORMALIZED, ENRICHED, INCIDENTS, DEADLETTER)


class RawReport(BaseModel):
    """What upstream feeds publish to reports.raw, POST to /v1/reports or put in a bulk file."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    id: str | None = Field(default=None, max_length=200, examples=["afp-2023-10-26-001"])
    text: str = Field(min_length=1, examples=["استُهدفت قوات الولايات المتحدة ... بهجمات صاروخية"])
    lang: str | None = Field(default=None, max_length=16, examples=["ar"])
    published_at: dt.datetime | dt.date | None = Field(default=None, examples=["2023-10-26"])
    source: str | None = Field(default=None, max_length=200, examples=["AFP"])
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=2000)

    @field_validator("id")
    @classmethod
    def id_not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("id must not be blank")
        return value.strip() if value else value


class NormalizedReport(BaseModel):
    schema_version: int = SCHEMA_VERSION
    id: str
    content_hash: str = Field(description="sha256 of the normalised text")
    text: str
    title: str | None = None
    lang: str | None = None
    published_at: dt.datetime | None = None
    source: str | None = None
    url: str | None = None
    received_at: dt.datetime


class EnrichedReport(BaseModel):
    schema_version: int = SCHEMA_VERSION
    report: NormalizedReport
    enrichment: Enrichment
    enriched_at: dt.datetime


class IncidentRecord(BaseModel):
    """One incident as published on the incidents topic and stored in the database."""

    schema_version: int = SCHEMA_VERSION
    id: str
    report_id: str
    event_date: dt.date | None
    facts: Incident


DeadLetterReason = Literal[
    "not_json", "not_utf8", "invalid_schema", "empty_text", "too_large", "enrich_failed", "unsupported_schema"
]


class DeadLetter(BaseModel):
    schema_version: int = SCHEMA_VERSION
    reason: DeadLetterReason
    detail: str
    service: str
    source_topic: str | None = None
    source_partition: int | None = None
    source_offset: int | None = None
    original_b64: str = Field(description="the original bytes, base64")
    at: dt.datetime
