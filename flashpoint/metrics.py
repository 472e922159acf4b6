"""Prometheus metrics shared by every service (base units, `_total` counters, no per-report labels)."""

from __future__ import annotations

import time

from prometheus_client import Counter, Gauge, Histogram, Info, start_http_server

from flashpoint import __version__

MESSAGES_CONSUMED = Counter(
    "flashpoint_messages_consumed", "Messages read from a Kafka topic", ["service", "topic"]
)
MESSAGES_PRODUCED = Counter(
    "flashpoint_messages_produced", "Messages written to a Kafka topic", ["service", "topic"]
)
MESSAGES_DEADLETTERED = Counter(
    "flashpoint_messages_deadlettered", "Messages sent to the dead-letter topic, by reason", ["service", "reason"]
)
DUPLICATES_DROPPED = Counter(
    "flashpoint_duplicate_reports_dropped", "Exact re-sends of a report already seen by ingest", ["service"]
)
PROCESSING_SECONDS = Histogram(
    "flashpoint_processing_seconds", "Time spent processing one message, by stage", ["service", "stage"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
)
INCIDENTS_WRITTEN = Counter("flashpoint_incidents_written", "Incident rows upserted", ["service"])
RECONCILED = Counter(
    "flashpoint_reconciled", "Work the reconciler found lost and redid: candidates sent again, day counts reset",
    ["service", "kind"],
)
RECONCILE_RUNS = Counter(
    "flashpoint_reconcile_runs", "Reconciler rounds by outcome: clean, repaired, busy (skipped: input waiting), failed",
    ["service", "outcome"],
)
DB_ERRORS = Counter("flashpoint_db_write_errors", "Database writes that failed and were retried", ["service"])
HTTP_REQUESTS = Counter("flashpoint_http_requests", "HTTP requests served", ["route", "method", "status"])
HTTP_SECONDS = Histogram(
    "flashpoint_http_request_duration_seconds", "HTTP request duration", ["route", "method"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
)
LAST_PROCESSED = Gauge(
    "flashpoint_last_processed_timestamp_seconds", "Unix time of the last message processed", ["service"]
)
BUILD_INFO = Info("flashpoint_build", "Build information")
BUILD_INFO.info({"version": __version__})


def serve_metrics(host: str, port: int) -> None:
    """Expose /metrics on its own port (the workers; the HTTP services mount it on their app)."""
    start_http_server(port, addr=host)


class Timer:
    """`with Timer(service, stage):` observes the block's duration in seconds."""

    def __init__(self, service: str, stage: str) -> None:
        self.metric = PROCESSING_SECONDS.labels(service, stage)

    def __enter__(self) -> "Timer":
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.metric.observe(time.perf_counter() - self.start)

CONSUMER_LAG = Gauge(
    "flashpoint_consumer_lag_messages", "End offset minus committed offset, per topic partition",
    ["service", "topic", "partition"],
)
CONSUMER_LAG_SECONDS = Gauge(
    "flashpoint_consumer_lag_seconds",
    "Seconds a partition has been behind without catching up (0 when caught up at the last check)",
    ["service", "topic", "partition"],
)
END_TO_END_SECONDS = Histogram(
    "flashpoint_end_to_end_seconds", "From a report's arrival at ingest to its incidents being written",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300),
)
PUBLICATION_TO_VISIBLE_SECONDS = Histogram(
    "flashpoint_publication_to_visible_seconds",
    "From a report's own published time to its incidents being written (includes feed delay)",
    buckets=(60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 3 * 86400, 7 * 86400, 30 * 86400),
)
ENRICHED_REPORTS = Counter(
    "flashpoint_enriched_reports", "Reports read by the extraction core, by language and outcome",
    ["language", "outcome"],
)
EXTRACTED_INCIDENTS = Counter("flashpoint_extracted_incidents", "Incidents found in reports", ["language"])
EXTRACTED_LOCATIONS = Counter("flashpoint_extracted_locations", "Place mentions resolved, by kind", ["kind"])
INCIDENTS_WITHOUT_SITE = Counter(
    "flashpoint_incidents_without_site",
    "Incidents located no more precisely than a country or province (precision 3)", ["language"],
)
COUNT_ROWS_WRITTEN = Counter("flashpoint_count_rows_written", "Day-count rows upserted", ["service"])
TALLIES_WRITTEN = Counter("flashpoint_tallies_written", "Stated tallies upserted", ["service"])


LANGUAGE_LABELS = ("ar", "en", "fr", "de", "other")


def start_enrichment_series() -> None:
    """Create the per-language series at zero when enrich starts: a series born at its first
    increment shows no rate() for that increment, so a panel would miss a quiet pipeline's first reports."""
    for language in LANGUAGE_LABELS:
        for outcome in ("incidents", "no_incident", "error"):
            ENRICHED_REPORTS.labels(language, outcome)
        EXTRACTED_INCIDENTS.labels(language)
        INCIDENTS_WITHOUT_SITE.labels(language)


def record_enrichment(facts) -> None:
    """Outcome counters for one report read by the core."""
    language = facts.language if facts.language in LANGUAGE_LABELS else "other"
    if facts.error:
        ENRICHED_REPORTS.labels(language, "error").inc()
        return
    ENRICHED_REPORTS.labels(language, "incidents" if facts.incidents else "no_incident").inc()
    EXTRACTED_INCIDENTS.labels(language).inc(len(facts.incidents))
    for location in facts.locations:
        EXTRACTED_LOCATIONS.labels(location.kind).inc()
    INCIDENTS_WITHOUT_SITE.labels(language).inc(
        sum(1 for i in facts.incidents if i.place is None or i.place.precision == 3))
