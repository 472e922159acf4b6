"""End to end over a real broker and database: Kafka in, HTTP out; bad input dead-lettered."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import time

import httpx
import pytest

from flashpoint.contracts import Topics
from tests.conftest import seed_text, wait_until

pytestmark = pytest.mark.integration

SEED_ID = "seed-afp-2023-10-26"


def read_topic(bootstrap: str, topic: str, until, timeout: float = 60.0) -> list:
    """Read `topic` from the start until `until(records)` is true."""
    from aiokafka import AIOKafkaConsumer

    async def consume() -> list:
        consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                                    enable_auto_commit=False, group_id=None)
        await consumer.start()
        records: list = []
        try:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and not until(records):
                batches = await consumer.getmany(timeout_ms=500)
                for batch in batches.values():
                    records.extend(batch)
        finally:
            await consumer.stop()
        return records

    return asyncio.run(consume())


def test_seed_article_from_kafka_to_api(pipeline):
    report = {"id": SEED_ID, "text": seed_text(), "published_at": "2023-10-26", "source": "AFP"}
    started = time.monotonic()
    pipeline.publish(Topics.RAW, [json.dumps(report, ensure_ascii=False).encode("utf-8")])
    stored = wait_until(lambda: pipeline.get(f"/v1/reports/{SEED_ID}").status_code == 200 and
                        pipeline.get(f"/v1/reports/{SEED_ID}").json(), timeout=90, what="the seed in the API")
    latency = time.monotonic() - started
    print(f"\npublish -> visible in API: {latency:.2f}s")

    assert "/>" not in stored["text"], "the broken markup of the seed is normalised away"
    facts = stored["enrichment"]
    assert facts["language"] == "ar"
    assert {"drone", "rocket"} <= set(facts["weapons"])

    def incidents_of_seed() -> list:
        return [i for i in pipeline.get("/v1/incidents", limit=50).json()["items"]
                if SEED_ID in {r["report_id"] for r in pipeline.get(f"/v1/incidents/{i['id']}").json()["reports"]}]

    # The report row is written before its incidents, and each country's incidents in a transaction of
    # their own, so wait until incidents in two countries are visible before saying which.
    def incidents_in_two_countries() -> list:
        found = incidents_of_seed()
        return found if len({i["country_code"] for i in found}) >= 2 else []

    seed_incidents = wait_until(incidents_in_two_countries, timeout=90, what="the seed's incidents in two countries")
    assert {i["country_code"] for i in seed_incidents} == {"IQ", "SY"}
    assert all("Islamic Resistance in Iraq" in i["claimed_by"] for i in seed_incidents)

    tallies = pipeline.get("/v1/tallies").json()
    stated = {(t["count"], t["country_code"], t["start"], t["end"], t["source"]) for t in tallies}
    assert (10, "IQ", "2023-10-17", "2023-10-24", "Pentagon") in stated
    assert (3, "SY", "2023-10-17", "2023-10-24", "Pentagon") in stated
    iq_only = pipeline.get("/v1/tallies", country="IQ").json()
    assert {t["country_code"] for t in iq_only} == {"IQ"}


def test_dated_attacks_are_counted_once_each_even_when_replayed(pipeline):
    reports = [
        {"id": "it-en-1", "published_at": "2023-10-19T09:00:00Z",
         "text": "A drone attack targeted US forces at Ain al-Asad air base in Anbar province, western Iraq, "
                 "on Wednesday, a US official said. There were no casualties."},
        {"id": "it-ar-1", "published_at": "2023-10-21",
         "text": "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير في أربيل بطائرة مسيرة يوم 20 أكتوبر 2023."},
        {"id": "it-en-2", "published_at": "2023-10-23",
         "text": "Rockets struck the Conoco gas field base in Deir ez-Zor, Syria, on October 22, 2023."},
    ]
    payloads = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in reports]
    pipeline.publish(Topics.RAW, payloads)

    def counts() -> dict:
        body = pipeline.get("/v1/counts", group_by="country", **{"from": "2023-10-18", "to": "2023-10-22"}).json()
        return {row["key"]: row["count"] for row in body["counts"]}

    wait_until(lambda: counts() == {"IQ": 2, "SY": 1}, timeout=90, what="counts IQ 2, SY 1")
    # The same reports again, with a new id for one of them, through HTTP and Kafka: no double counting
    # for exact re-sends (same id, same content).
    pipeline.publish(Topics.RAW, payloads)
    response = httpx.post(f"{pipeline.ingest}/v1/reports", json=reports, timeout=10)
    assert response.status_code == 202
    assert all(item["duplicate"] for item in response.json())
    marker = {"id": "it-marker", "published_at": "2023-10-30", "text": "A rocket attack hit Erbil air base on Oct. 29, 2023."}
    pipeline.publish(Topics.RAW, [json.dumps(marker).encode()])
    wait_until(lambda: pipeline.get("/v1/reports/it-marker").status_code == 200, what="the marker report")
    assert counts() == {"IQ": 2, "SY": 1}
    body = pipeline.get("/v1/counts", group_by="country", **{"from": "2023-10-18", "to": "2023-10-22"}).json()
    assert body["group_by"] == "country" and body["from"] == "2023-10-18" and body["to"] == "2023-10-22"


def test_the_reconciler_repairs_what_a_stage_lost(pipeline):
    """faust can skip a message around a rebalance and still commit past it; the aggregate worker's
    reconciler finds the damage in the database and repairs it. Here the damage is made by hand: a
    day count that is wrong, and a report whose incident is missing."""
    from sqlalchemy import delete, update
    from sqlmodel import Session

    from flashpoint.storage import models
    from flashpoint.storage.db import get_engine

    report = {"id": "it-reconcile", "published_at": "2023-11-03",
              "text": "A drone attack targeted US forces at Tal Baydar base in Hasakah, Syria, on November 2, 2023."}
    pipeline.publish(Topics.RAW, [json.dumps(report).encode()])
    day = {"group_by": "country", "from": "2023-11-02", "to": "2023-11-02"}
    wait_until(lambda: pipeline.get("/v1/counts", **day).json()["counts"] == [{"key": "SY", "count": 1}],
               what="the incident counted")
    (incident,) = pipeline.get("/v1/incidents", **{"from": "2023-11-02", "to": "2023-11-02"}).json()["items"]
    engine = get_engine(pipeline.database_url)
    try:
        with Session(engine) as session:
            dc = models.DailyCount
            session.execute(update(dc).where(dc.day == dt.date(2023, 11, 2), dc.dimension == "country")
                            .values(count=7, updated_at=dt.datetime.now(dt.timezone.utc)))
            for table in (models.IncidentTag, models.IncidentReport, models.Incident):
                column = table.id if table is models.Incident else table.incident_id
                session.execute(delete(table).where(column == incident["id"]))
            session.commit()
        assert pipeline.get(f"/v1/incidents/{incident['id']}").status_code == 404
        # The incident comes back only if its candidate is sent again, and the count only if it is reset:
        # stage 2's table still holds the candidate, so a re-sent one is a replay and changes nothing else.
        try:
            wait_until(lambda: pipeline.get(f"/v1/incidents/{incident['id']}").status_code == 200, timeout=60,
                       what="the reconciler to send the lost candidate again")
        except AssertionError:
            state = [line for line in httpx.get(pipeline.metrics["aggregate"], timeout=5).text.splitlines()
                     if line.startswith(("flashpoint_reconcile", "flashpoint_consumer_lag_messages"))]
            raise AssertionError("no repair; the aggregate worker's view:\n" + "\n".join(state)) from None
        wait_until(lambda: pipeline.get("/v1/counts", **day).json()["counts"] == [{"key": "SY", "count": 1}],
                   timeout=60, what="the reconciler to reset the wrong count")
    finally:
        engine.dispose()


BAD_KAFKA_MESSAGES = {
    "not_json": b"this is not json {",
    "not_utf8": b'{"text": "\xff\xfe broken"}',
    "invalid_schema": b'{"text": 42}',
    "empty_text": b'{"id": "empty-1", "text": "   <p> </p> "}',
}


def test_bad_messages_are_dead_lettered_with_reasons_and_the_next_good_one_flows(pipeline):
    pipeline.publish(Topics.RAW, list(BAD_KAFKA_MESSAGES.values()) + [b"[1, 2, 3]", b"x" * 300_000])
    good = {"id": "after-bad-kafka", "text": "Three rockets hit the Victory Base complex near Baghdad airport on Oct. 26, 2023.",
            "published_at": "2023-10-27"}
    pipeline.publish(Topics.RAW, [json.dumps(good).encode()])

    def reasons(records) -> set:
        return {json.loads(r.value)["reason"] for r in records}

    def letters_for_each_message(records) -> bool:
        # "[1, 2, 3]" may share a reason with one of the messages and reach its partition first: wait for
        # the letter of each message itself, not only for its reason.
        decoded = [json.loads(r.value) for r in records]
        seen = {(d["reason"], base64.b64decode(d["original_b64"])) for d in decoded}
        return "too_large" in reasons(records) and all(item in seen for item in BAD_KAFKA_MESSAGES.items())

    wanted = set(BAD_KAFKA_MESSAGES) | {"too_large"}
    letters = read_topic(pipeline.bootstrap, Topics.DEADLETTER, letters_for_each_message)
    assert wanted <= reasons(letters)
    decoded = [json.loads(r.value) for r in letters]
    for reason, original in BAD_KAFKA_MESSAGES.items():
        letter = next(d for d in decoded if d["reason"] == reason and base64.b64decode(d["original_b64"]) == original)
        assert letter["source_topic"] == Topics.RAW and letter["source_offset"] is not None and letter["detail"]
        assert letter["service"] == "ingest"
    wait_until(lambda: pipeline.get("/v1/reports/after-bad-kafka").status_code == 200, what="the good report")


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [
        (b"{not json", 400, "not_json"),
        (b'{"text": "\xff"}', 400, "not_utf8"),
        (b'{"title": "no text"}', 422, "empty_text"),
        (b'{"text": ""}', 422, "empty_text"),
        (b'{"text": ["a list"]}', 422, "invalid_schema"),
        (b'{"text": "ok", "published_at": "not a date"}', 422, "invalid_schema"),
        (b'"just a string"', 422, "invalid_schema"),
        (b"[]", 422, "empty_batch"),
    ],
)
def test_bad_http_reports_get_4xx_with_reason(pipeline, body, status, reason):
    response = httpx.post(f"{pipeline.ingest}/v1/reports", content=body,
                          headers={"content-type": "application/json"}, timeout=10)
    assert response.status_code == status, response.text
    details = response.json()["detail"]
    assert any(d["reason"] == reason for d in details), details
    assert all(d["message"] for d in details)


def test_good_http_report_after_bad_ones_reaches_the_api(pipeline):
    bad = httpx.post(f"{pipeline.ingest}/v1/reports", json=[{"text": "fine"}, {"text": 5}], timeout=10)
    assert bad.status_code == 422
    assert bad.json()["detail"] == [{"index": 1, "reason": "invalid_schema", "message": bad.json()["detail"][0]["message"]}]
    good = {"id": "after-bad-http", "lang": "en", "published_at": "2023-10-25",
            "text": "<p>A one-way attack drone struck Al-Tanf garrison in Syria on Oct. 24, 2023.</p>"}
    response = httpx.post(f"{pipeline.ingest}/v1/reports", json=good, timeout=10)
    assert response.status_code == 202 and response.json()["id"] == "after-bad-http"
    stored = wait_until(lambda: pipeline.get("/v1/reports/after-bad-http").status_code == 200 and
                        pipeline.get("/v1/reports/after-bad-http").json(), what="the HTTP report in the API")
    assert stored["text"] == "A one-way attack drone struck Al-Tanf garrison in Syria on Oct. 24, 2023."


def test_every_service_exposes_prometheus_metrics(pipeline):
    expected = {
        "ingest": 'flashpoint_messages_consumed_total{service="ingest",topic="reports.raw"}',
        "enrich": 'flashpoint_messages_produced_total{service="enrich",topic="reports.enriched"}',
        "aggregate": 'flashpoint_messages_consumed_total{service="aggregate",topic="reports.enriched"}',
        "api": "flashpoint_http_requests_total",
    }
    for service, series in expected.items():
        text = wait_until(lambda: (r := httpx.get(pipeline.metrics[service], timeout=5)).status_code == 200 and series in r.text and r.text,
                          what=f"{series} on {service}")
        assert "flashpoint_build_info" in text
        assert "flashpoint_processing_seconds_bucket" in text or service == "api"


def test_api_rejects_bad_parameters_with_422(pipeline):
    assert pipeline.get("/v1/counts", group_by="planet").status_code == 422
    assert pipeline.get("/v1/counts", **{"from": "2023-13-01"}).status_code == 422
    response = pipeline.get("/v1/counts", **{"from": "2023-10-24", "to": "2023-10-17"})
    assert response.status_code == 422 and "from" in response.text
    assert pipeline.get("/v1/incidents", country="Iraq").status_code == 422
    assert pipeline.get("/v1/reports/does-not-exist").status_code == 404
    assert pipeline.get("/readyz").json() == {"status": "ready"}


def test_bulk_publish_command_reports_progress_and_feeds_the_pipeline(pipeline, tmp_path):
    import os
    import subprocess
    import sys

    lines = [
        json.dumps({"id": "bulk-1", "published_at": "2023-10-28", "text": "Two drones targeted Harir air base in Erbil on Oct. 27, 2023."}),
        "this line is not json",
        json.dumps({"id": "bulk-2", "published_at": "2023-10-28", "text": "استهدف هجوم بطائرة مسيرة قاعدة الشدادي في الحسكة أمس."}),
    ]
    path = tmp_path / "bulk.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = dict(os.environ, KAFKA_BOOTSTRAP_SERVERS=pipeline.bootstrap)
    done = subprocess.run([sys.executable, "-m", "flashpoint.cli", "publish", str(path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "published 3 reports to reports.raw" in done.stderr
    for report_id in ("bulk-1", "bulk-2"):
        wait_until(lambda: pipeline.get(f"/v1/reports/{report_id}").status_code == 200, what=report_id)
    letters = read_topic(pipeline.bootstrap, Topics.DEADLETTER,
                         lambda rs: any(base64.b64decode(json.loads(r.value)["original_b64"]) == lines[1].encode() for r in rs))
    assert any(json.loads(r.value)["reason"] == "not_json" for r in letters)
    missing = subprocess.run([sys.executable, "-m", "flashpoint.cli", "publish", str(tmp_path / "nope.jsonl")],
                             env=env, capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2 and "no such file" in missing.stderr
