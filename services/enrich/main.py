"""enrich: reports.normalized -> extraction core -> reports.enriched.

Reports the core cannot read (too long, no words) and messages that are not NormalizedReport go
to reports.deadletter with the reason.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

from pydantic import ValidationError

from flashpoint import extract, kafka
from flashpoint.contracts import SCHEMA_VERSION, EnrichedReport, NormalizedReport, Topics
from flashpoint.metrics import Timer, record_enrichment, serve_metrics, start_enrichment_series
from flashpoint.settings import get_settings

SERVICE = "enrich"
log = logging.getLogger(SERVICE)


def dead_letter(reason: str, detail: str, record) -> kafka.Output:
    return kafka.dead_letter(SERVICE, reason, detail, record.value, record)


def handle_record(record) -> list[kafka.Output]:
    try:
        report = NormalizedReport.model_validate_json(record.value or b"")
    except ValidationError as exc:
        return [dead_letter("unsupported_schema", f"not a NormalizedReport: {exc.errors()[0]['msg']}", record)]
    if report.schema_version > SCHEMA_VERSION:
        return [dead_letter("unsupported_schema", f"schema_version {report.schema_version} is newer", record)]
    with Timer(SERVICE, "extract"):
        facts = extract.extract(report.id, report.text, report.lang, report.published_at)
    record_enrichment(facts)
    if facts.error:
        return [dead_letter("enrich_failed", facts.error, record)]
    enriched = EnrichedReport(report=report, enrichment=facts, enriched_at=dt.datetime.now(dt.timezone.utc))
    return [(Topics.ENRICHED, report.id, enriched.model_dump_json().encode("utf-8"))]


def main() -> None:
    settings = get_settings()
    extract.load()  # pay the load cost before joining the consumer group
    start_enrichment_series()
    serve_metrics(settings.metrics_host, settings.enrich_metrics_port)
    asyncio.run(kafka.consume_forever(settings, SERVICE, Topics.NORMALIZED, handle_record))
