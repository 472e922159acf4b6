"""aggregate: reports.enriched -> incidents and day counts (faust), written to the database.

Three stages, each updating state only from a stream partitioned by that state's key:
  1. `reports` (a plain at-least-once consumer, flashpoint.kafka.consume_forever) reads enriched
     reports (keyed by report id): upserts the report and its stated tallies, and sends each
     incident it describes, as a candidate, to an internal topic keyed by its group (event day and
     country; see services/aggregate/incidents.py for the rule); offsets are committed only after
     the candidates are acknowledged;
  2. the `group_incidents` agent keeps every group's candidates in a changelog-backed faust table,
     re-clusters the group on each candidate (deterministic, so order and replays do not matter),
     upserts the resulting incidents (version bumped only when their facts change), deletes
     incidents a re-clustering dissolved, publishes them on the incidents topic, and sends count
     changes keyed by "day|dimension|value";
  3. the `counts` agent keeps, per day and dimension value, the set of incident ids in a
     changelog-backed faust table, and upserts its size into daily_count.
Every step is idempotent (upserts by id, set insertion and removal), so at-least-once delivery,
a crash between processing and committing, or a full replay leave the same incidents and counts.

faust can acknowledge a message it skipped around a rebalance (a message fetched under an older
consumer generation, or while flow is stopped, is skipped *and* acked), so its commit may pass a
message no agent handled. Stage 1 therefore does not use faust, and a reconciler (`reconcile`,
every RECONCILE_SECONDS on the leader, when nothing is waiting) compares the database with itself:
a stored report whose candidates no incident lists is sent again to stage 2, and a day count that
differs from the incidents stored for that day and value is reset to their ids in stage 3.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import time

import faust
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import ValidationError
from sqlalchemy import delete, select
from sqlmodel import Session

from flashpoint.contracts import EnrichedReport, IncidentRecord, Topics
from flashpoint.extract.facts import Incident
from flashpoint.kafka import Output, bootstrap, consume_forever, dead_letter
from flashpoint.metrics import (
    COUNT_ROWS_WRITTEN,
    DB_ERRORS,
    END_TO_END_SECONDS,
    INCIDENTS_WRITTEN,
    LAST_PROCESSED,
    MESSAGES_CONSUMED,
    MESSAGES_PRODUCED,
    PUBLICATION_TO_VISIBLE_SECONDS,
    RECONCILE_RUNS,
    RECONCILED,
    TALLIES_WRITTEN,
    Timer,
)
from flashpoint.settings import Settings, get_settings
from flashpoint.storage import models
from flashpoint.storage.db import get_engine, migrate, upsert
from flashpoint.storage.models import as_utc
from services.aggregate.incidents import (
    Candidate,
    IncidentState,
    candidates,
    cluster,
    count_key,
    count_resets,
    incident_report_rows,
    incident_row,
    incident_tag_rows,
    now,
    report_candidates,
    report_row,
    split_count_key,
    tally_rows,
)

SERVICE = "aggregate"
# Rows changed this close to a clean reconciliation round are looked at again by the next one.
RECONCILE_MARGIN = dt.timedelta(minutes=10)
log = logging.getLogger(SERVICE)


# ---------------------------------------------------------------------- database writes
def write_report(url: str, enriched: EnrichedReport) -> None:
    tallies = tally_rows(enriched)
    with Session(get_engine(url)) as session:
        upsert(session, models.Report, [report_row(enriched)], ("id",))
        upsert(session, models.Tally, tallies, ("id",))
        session.commit()
    TALLIES_WRITTEN.labels(SERVICE).inc(len(tallies))


def write_group(url: str, group_key: str, incidents: list[IncidentState]) -> list[IncidentState]:
    """Make the database hold exactly these incidents for the group; returns those that changed."""
    changed = []
    with Session(get_engine(url)) as session:
        stored = {row.id: (row.version, row.facts_hash) for row in session.execute(
            select(models.Incident.id, models.Incident.version, models.Incident.facts_hash)
            .where(models.Incident.group_key == group_key)).all()}
        keep = {i.id for i in incidents}
        gone = [incident_id for incident_id in stored if incident_id not in keep]
        if gone:
            session.execute(delete(models.IncidentTag).where(models.IncidentTag.incident_id.in_(gone)))
            session.execute(delete(models.IncidentReport).where(models.IncidentReport.incident_id.in_(gone)))
            session.execute(delete(models.Incident).where(models.Incident.id.in_(gone)))
        for incident in incidents:
            version, facts_hash = stored.get(incident.id, (0, None))
            if facts_hash == incident.facts_hash:
                continue  # a replay: nothing new
            changed.append(incident)
            upsert(session, models.Incident, [incident_row(incident, version + 1)], ("id",))
            session.execute(delete(models.IncidentReport).where(models.IncidentReport.incident_id == incident.id))
            upsert(session, models.IncidentReport, incident_report_rows(incident), ("incident_id", "candidate_key"))
            session.execute(delete(models.IncidentTag).where(models.IncidentTag.incident_id == incident.id))
            upsert(session, models.IncidentTag, incident_tag_rows(incident), ("incident_id", "tag"))
        session.commit()
    INCIDENTS_WRITTEN.labels(SERVICE).inc(len(changed))
    return changed


def write_count(url: str, key: str, count: int) -> None:
    day, dimension, value = split_count_key(key)
    with Session(get_engine(url)) as session:
        upsert(session, models.DailyCount,
               [{"day": day, "dimension": dimension, "key": value, "count": count, "updated_at": now()}],
               ("day", "dimension", "key"))
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


def observe_latency(candidate: Candidate) -> None:
    written = dt.datetime.now(dt.timezone.utc)
    END_TO_END_SECONDS.observe(max(0.0, (written - candidate.received_at).total_seconds()))
    if candidate.published_at:
        PUBLICATION_TO_VISIBLE_SECONDS.observe(max(0.0, (written - candidate.published_at).total_seconds()))


# ---------------------------------------------------------------------- the faust app
def reconcile_reads(url: str, since: dt.datetime) -> tuple[list[Candidate], dict[str, list[str]]]:
    """What the database says stages 2 and 3 lost, for what changed since `since`: candidates of stored
    reports that no stored incident lists, and day counts to reset (key -> the incident ids it holds)."""
    R, IR, I, T, DC = models.Report, models.IncidentReport, models.Incident, models.IncidentTag, models.DailyCount
    with Session(get_engine(url)) as session:
        stored_candidates: list[Candidate] = []
        linked: set[str] = set()
        rows = session.execute(select(R.id, R.source, R.received_at, R.published_at, R.enrichment)
                               .where(R.updated_at >= since)).all()
        for report_id, source, received_at, published_at, enrichment in rows:
            incidents = [Incident.model_validate(i) for i in (enrichment or {}).get("incidents", [])]
            stored_candidates += report_candidates(report_id, source, as_utc(received_at), as_utc(published_at), incidents)
        for chunk in _chunks([row[0] for row in rows]):
            linked.update(session.execute(select(IR.candidate_key).where(IR.report_id.in_(chunk))).scalars())

        days = set(session.execute(select(I.event_date).where(I.updated_at >= since, I.event_date.is_not(None))
                                   .distinct()).scalars())
        days.update(session.execute(select(DC.day).where(DC.updated_at >= since).distinct()).scalars())
        expected: dict[str, set[str]] = {}
        stored: dict[str, int] = {}
        for chunk in _chunks(sorted(days)):
            for day, tag, incident_id in session.execute(
                    select(I.event_date, T.tag, I.id).join(T, T.incident_id == I.id).where(I.event_date.in_(chunk))):
                expected.setdefault(count_key(day, tag), set()).add(incident_id)
            for day, dimension, value, count in session.execute(
                    select(DC.day, DC.dimension, DC.key, DC.count).where(DC.day.in_(chunk))):
                stored[count_key(day, f"{dimension}|{value}")] = count
    return [c for c in stored_candidates if c.key not in linked], count_resets(expected, stored)


def _chunks(items: list, size: int = 500):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def candidate_topic_name(prefix: str) -> str:
    return f"{prefix}.aggregate.candidates"


def count_topic_name(prefix: str) -> str:
    return f"{prefix}.aggregate.count-changes"


async def handle_enriched(url: str, candidate_topic: str, record) -> list[Output]:
    """Stage 1: store the report and its tallies, then hand its incidents to stage 2."""
    try:
        enriched = EnrichedReport.model_validate_json(record.value or b"")
    except ValidationError as exc:
        return [dead_letter(SERVICE, "unsupported_schema", str(exc.errors()[0]["msg"]), record.value, record)]
    with Timer(SERVICE, "write_report"):
        await with_retries(write_report, url, enriched)
    return [(candidate_topic, c.group_key, c.model_dump_json().encode("utf-8")) for c in candidates(enriched)]


def build_app(settings: Settings) -> faust.App:
    url = settings.resolved_database_url
    prefix = settings.consumer_group_prefix
    app = faust.App(
        f"{prefix}-aggregate",
        broker=f"kafka://{bootstrap(settings)}",
        store="memory://",  # tables are rebuilt from their changelog topics at start-up
        datadir=str(settings.flashpoint_data_dir / "faust"),
        topic_partitions=settings.topic_partitions,
        processing_guarantee="at_least_once",
        broker_session_timeout=10.0,
        broker_heartbeat_interval=3.0,
        # A worker killed without leaving its group holds its partitions until the coordinator gives
        # up on it (the development broker never does): static membership lets the restarted worker
        # take its place at once; short limits bound the wait elsewhere.
        broker_rebalance_timeout=15.0,
        broker_max_poll_interval=30.0,
        consumer_group_instance_id=f"{prefix}-aggregate.{settings.worker_instance}",
        web_host=settings.metrics_host,
        web_port=settings.aggregate_metrics_port,
        web_in_thread=False,
        producer_acks=-1,
    )

    def raw_topic(name: str):
        return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")

    incidents_topic = raw_topic(Topics.INCIDENTS)
    # Raw bytes: stage 1 writes this topic with a plain producer.
    candidate_topic = app.topic(candidate_topic_name(prefix), key_type=bytes, value_type=bytes, key_serializer="raw",
                                value_serializer="raw", internal=True, partitions=settings.topic_partitions)
    count_topic = app.topic(count_topic_name(prefix), key_type=str, value_type=str, internal=True,
                            partitions=settings.topic_partitions)
    # group key -> {"members": {candidate key: candidate json}, "incidents": {incident id: [count dims]}}
    groups = app.Table("groups", default=dict, partitions=settings.topic_partitions)
    # "day|dimension|value" -> sorted incident ids
    day_counts = app.Table("day_counts", default=list, partitions=settings.topic_partitions)

    @app.task
    async def reports():
        try:
            await consume_forever(settings, SERVICE, Topics.ENRICHED,
                                  lambda record: handle_enriched(url, candidate_topic_name(prefix), record))
        except Exception:  # the database stayed down through the retries: restart, read the batch again
            log.exception("the reports stage stopped; exiting to be restarted")
            os._exit(70)

    @app.agent(candidate_topic)
    async def group_incidents(stream):
        async for event in stream.events():
            group_key, candidate = event.key.decode("utf-8"), Candidate.model_validate_json(event.value)
            state = groups[group_key]
            before_members = state.get("members", {})
            members = dict(before_members)
            members[candidate.key] = event.value.decode("utf-8")
            before: dict[str, list[str]] = state.get("incidents", {})
            with Timer(SERVICE, "cluster"):
                incidents = cluster(group_key, [Candidate.model_validate_json(v) for v in members.values()])
            after = {i.id: i.dimensions for i in incidents}
            MESSAGES_CONSUMED.labels(SERVICE, "candidates").inc()
            progress["events"] += 1
            with Timer(SERVICE, "write_incidents"):
                changed = await with_retries(write_group, url, group_key, incidents)
            if candidate.key not in before_members:
                observe_latency(candidate)  # first time this report's incident is visible (not on replays)
            LAST_PROCESSED.labels(SERVICE).set(time.time())
            for incident in changed:
                record = IncidentRecord(id=incident.id, report_id=incident.members[0].report_id,
                                        event_date=incident.day, facts=incident.facts)
                await incidents_topic.send(key=incident.id.encode(), value=record.model_dump_json().encode())
                MESSAGES_PRODUCED.labels(SERVICE, Topics.INCIDENTS).inc()
            day = candidate.day
            if day is not None:
                # The whole state, not just the change: set insertion is idempotent, and a crash
                # after the table update but before these sends is healed by the next event.
                for incident_id, dims in after.items():
                    for dim in dims:
                        await count_topic.send(key=count_key(day, dim), value=f"+{incident_id}")
                        MESSAGES_PRODUCED.labels(SERVICE, "count-changes").inc()
                for incident_id, dims in before.items():
                    for dim in set(dims) - set(after.get(incident_id, ())):
                        await count_topic.send(key=count_key(day, dim), value=f"-{incident_id}")
            groups[group_key] = {"members": members, "incidents": after}

    @app.agent(count_topic)
    async def counts(stream):
        async for event in stream.events():
            key, change = event.key, event.value
            MESSAGES_CONSUMED.labels(SERVICE, "count-changes").inc()
            progress["events"] += 1
            sign, incident_ids = change[0], change[1:]
            ids = set(day_counts[key])
            if sign == "+":
                ids.add(incident_ids)
            elif sign == "-":
                ids.discard(incident_ids)
            else:  # "=": the reconciler's reset to what the database holds
                ids = set(filter(None, incident_ids.split(",")))
            day_counts[key] = sorted(ids)
            with Timer(SERVICE, "write_count"):
                await with_retries(write_count, url, key, len(ids))

    progress = {"events": 0, "at": time.monotonic(), "seen": 0, "waiting": None, "clean_through": None}

    def on_lag(total: int) -> None:
        """Watchdog: input waiting and nothing processed for too long means a stuck worker; exit so
        the supervisor restarts it (it resumes from committed offsets and table changelogs)."""
        progress["waiting"] = total
        if progress["events"] != progress["seen"] or total == 0:
            progress["seen"], progress["at"] = progress["events"], time.monotonic()
        elif settings.stall_exit_seconds and time.monotonic() - progress["at"] > settings.stall_exit_seconds:
            log.error("no progress for %.0fs with %d messages waiting: exiting to be restarted",
                      time.monotonic() - progress["at"], total)
            os._exit(75)

    @app.timer(interval=settings.reconcile_seconds, on_leader=True)
    async def reconcile():
        if progress["waiting"] != 0:
            RECONCILE_RUNS.labels(SERVICE, "busy").inc()
            return  # messages in flight would look lost; look again when the worker is idle
        # The first round after start-up (when faust may have skipped something) looks back the whole
        # lookback; later rounds only at what changed since the last clean round, less a margin.
        started = now()
        since = started - dt.timedelta(hours=settings.reconcile_lookback_hours)
        if progress["clean_through"] is not None:
            since = max(since, progress["clean_through"])
        try:
            lost, resets = await asyncio.to_thread(reconcile_reads, url, since)
            for candidate in lost:
                await candidate_topic.send(key=candidate.group_key.encode("utf-8"),
                                           value=candidate.model_dump_json().encode("utf-8"))
            for key, ids in resets.items():
                await count_topic.send(key=key, value="=" + ",".join(ids))
        except Exception:  # the database or broker is down: the next round tries again
            RECONCILE_RUNS.labels(SERVICE, "failed").inc()
            log.exception("reconciliation failed")
            return
        RECONCILE_RUNS.labels(SERVICE, "repaired" if lost or resets else "clean").inc()
        if not (lost or resets):  # a repaired window is looked at again next round
            progress["clean_through"] = started - RECONCILE_MARGIN
        if lost or resets:
            RECONCILED.labels(SERVICE, "candidate").inc(len(lost))
            RECONCILED.labels(SERVICE, "count").inc(len(resets))
            log.warning("reconciled: %d candidates sent again, %d day counts reset", len(lost), len(resets))

    @app.task
    async def measure_lag():
        from flashpoint.kafka import watch_lag

        await watch_lag(settings, SERVICE, app.conf.id,
                        [candidate_topic.topics[0], count_topic.topics[0]], on_measure=on_lag)

    @app.page("/metrics")
    async def metrics(web, request):
        # aiohttp sets the charset itself; the exposition format is the plain-text one.
        return web.bytes(generate_latest(), content_type=CONTENT_TYPE_LATEST.split(";")[0])

    return app


def main() -> None:
    from faust.worker import Worker

    from flashpoint.kafka import ensure_committed, ensure_topics

    settings = get_settings()
    migrate(settings.resolved_database_url)
    prefix = settings.consumer_group_prefix
    internal = (candidate_topic_name(prefix), count_topic_name(prefix))
    asyncio.run(ensure_topics(settings, internal))
    asyncio.run(ensure_committed(settings, f"{prefix}-aggregate", list(internal)))
    app = build_app(settings)
    Worker(app, loglevel=settings.log_level.lower(), quiet=True).execute_from_commandline()
