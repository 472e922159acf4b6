"""aggregate: reports.enriched -> incidents and counts (faust), written to the database.

Two agents, because a faust table must be updated from a stream partitioned by the table's key:
  1. `incidents` reads enriched reports (keyed by report id), upserts the report, its incidents and
     stated tallies, publishes each incident on the incidents topic, and sends one count event
     per dated incident to an internal topic keyed by "day|country";
  2. `counts` reads those events and adds the incident id to the day|country set in a
     changelog-backed table, then upserts the set's size into daily_count.
Both steps are idempotent (upserts by id, set insertion), so at-least-once delivery and full
replays leave the same numbers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

import faust
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import ValidationError
from sqlmodel import Session

from flashpoint.contracts import EnrichedReport, Topics
from flashpoint.kafka import bootstrap, dead_letter
from flashpoint.metrics import (
    COUNT_ROWS_WRITTEN,
    DB_ERRORS,
    END_TO_END_SECONDS,
    PUBLICATION_TO_VISIBLE_SECONDS,
    TALLIES_WRITTEN,
    INCIDENTS_WRITTEN,
    MESSAGES_CONSUMED,
    MESSAGES_PRODUCED,
    Timer,
)
from flashpoint.settings import Settings, get_settings
from flashpoint.storage import models
from flashpoint.storage.db import get_engine, migrate, upsert
from services.aggregate.incidents import (
    day_country_key,
    event_day,
    incident_records,
    incident_row,
    report_row,
    split_key,
    tally_rows,
)

SERVICE = "aggregate"
log = logging.getLogger(SERVICE)


def write_report(url: str, enriched: EnrichedReport) -> list:
    records = incident_records(enriched)
    tallies = tally_rows(enriched)
    with Session(get_engine(url)) as session:
        upsert(session, models.Report, [report_row(enriched)], ("id",))
        upsert(session, models.Incident, [incident_row(r) for r in records], ("id",))
        upsert(session, models.Tally, tallies, ("id",))
        session.commit()
    INCIDENTS_WRITTEN.labels(SERVICE).inc(len(records))
    TALLIES_WRITTEN.labels(SERVICE).inc(len(tallies))
    now = dt.datetime.now(dt.timezone.utc)
    END_TO_END_SECONDS.observe(max(0.0, (now - enriched.report.received_at).total_seconds()))
    if enriched.report.published_at:
        PUBLICATION_TO_VISIBLE_SECONDS.observe(max(0.0, (now - enriched.report.published_at).total_seconds()))
    return records


def write_count(url: str, key: str, count: int) -> None:
    day, country = split_key(key)
    with Session(get_engine(url)) as session:
        upsert(session, models.DailyCount, [{"day": day, "country_code": country, "count": count,
                                             "updated_at": models._now()}],
               ("day", "country_code"))
        session.commit()
    COUNT_ROWS_WRITTEN.labels(SERVICE).inc()


async def with_retries(fn, *args, attempts: int = 5):
    """Database hiccups are retried; if they persist the worker stops without committing."""
    for attempt in range(1, attempts + 1):
        try:
            return await asyncio.to_thread(fn, *args)
        except Exception:
            DB_ERRORS.labels(SERVICE).inc()
            if attempt == attempts:
                raise
            log.warning("database write failed (attempt %d), retrying", attempt, exc_info=True)
            await asyncio.sleep(0.5 * attempt)


def build_app(settings: Settings) -> faust.App:
    url = settings.resolved_database_url
    app = faust.App(
        f"{settings.consumer_group_prefix}-aggregate",
        broker=f"kafka://{bootstrap(settings)}",
        store="memory://",  # state is rebuilt from the changelog topic at start-up
        datadir=str(settings.flashpoint_data_dir / "faust"),
        topic_partitions=settings.topic_partitions,
        processing_guarantee="at_least_once",
        broker_session_timeout=10.0,
        broker_heartbeat_interval=3.0,
        web_host=settings.metrics_host,
        web_port=settings.aggregate_metrics_port,
        web_in_thread=False,
        producer_acks=-1,
    )
    enriched_topic = app.topic(Topics.ENRICHED, key_type=bytes, value_type=bytes,
                               key_serializer="raw", value_serializer="raw")
    incidents_topic = app.topic(Topics.INCIDENTS, key_type=bytes, value_type=bytes,
                                key_serializer="raw", value_serializer="raw")
    deadletter_topic = app.topic(Topics.DEADLETTER, key_type=bytes, value_type=bytes,
                                 key_serializer="raw", value_serializer="raw")
    count_events = app.topic(f"{settings.consumer_group_prefix}.aggregate.count-events", key_type=str, value_type=str, internal=True,
                             partitions=settings.topic_partitions)
    incidents_by_day_country = app.Table("incidents_by_day_country", default=list,
                                         partitions=settings.topic_partitions)

    @app.agent(enriched_topic)
    async def incidents(stream):
        async for event in stream.events():
            MESSAGES_CONSUMED.labels(SERVICE, Topics.ENRICHED).inc()
            try:
                enriched = EnrichedReport.model_validate_json(event.value)
            except ValidationError as exc:
                _topic, key, value = dead_letter(SERVICE, "unsupported_schema", str(exc.errors()[0]["msg"]),
                                                 event.value, event.message)
                await deadletter_topic.send(key=key.encode(), value=value)
                continue
            with Timer(SERVICE, "write_report"):
                records = await with_retries(write_report, url, enriched)
            for record in records:
                await incidents_topic.send(key=record.id.encode(), value=record.model_dump_json().encode())
                MESSAGES_PRODUCED.labels(SERVICE, Topics.INCIDENTS).inc()
                day = event_day(record.facts)
                if day and record.facts.country_code:
                    await count_events.send(key=day_country_key(day, record.facts.country_code), value=record.id)

    @app.agent(count_events)
    async def counts(stream):
        async for event in stream.events():
            key, incident = event.key, event.value
            ids = incidents_by_day_country[key]
            if incident not in ids:
                ids = sorted([*ids, incident])
                incidents_by_day_country[key] = ids
            with Timer(SERVICE, "write_count"):
                await with_retries(write_count, url, key, len(ids))

    @app.task
    async def measure_lag():
        from flashpoint.kafka import watch_lag

        await watch_lag(settings, SERVICE, app.conf.id, [Topics.ENRICHED, count_events.topics[0]])

    @app.page("/metrics")
    async def metrics(web, request):
        # aiohttp sets the charset itself; the exposition format is the plain-text one.
        return web.bytes(generate_latest(), content_type=CONTENT_TYPE_LATEST.split(";")[0])

    return app


def main() -> None:
    from faust.worker import Worker

    settings = get_settings()
    migrate(settings.resolved_database_url)
    app = build_app(settings)
    Worker(app, loglevel=settings.log_level.lower(), quiet=True).execute_from_commandline()
