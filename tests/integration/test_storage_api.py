"""Migrations, idempotent writes and the read API over SQLite and PostgreSQL (real databases)."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from flashpoint import extract
from flashpoint.contracts import EnrichedReport
from flashpoint.settings import Settings
from flashpoint.storage import models
from flashpoint.storage.db import get_engine, migrate
from services.aggregate.incidents import day_country_key, event_day
from services.aggregate.main import write_count, write_report
from services.api.main import create_app
from services.ingest.reports import normalize, validate
from tests.conftest import seed_text

pytestmark = pytest.mark.integration

REPORTS = [
    {"id": "r1", "published_at": "2023-10-19", "text": "A drone attack targeted Ain al-Asad air base in Iraq on Wednesday."},
    {"id": "r2", "published_at": "2023-10-21", "text": "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير بطائرة مسيرة يوم 20 أكتوبر."},
    {"id": "r3", "published_at": "2023-10-23", "text": "Rockets struck the Conoco gas field in Syria on October 22."},
    {"id": "seed", "published_at": "2023-10-26", "text": seed_text()},
]


def enriched(item: dict) -> EnrichedReport:
    report = normalize(validate(item))
    facts = extract.extract(report.id, report.text, report.lang, report.published_at)
    return EnrichedReport(report=report, enrichment=facts, enriched_at=dt.datetime.now(dt.timezone.utc))


def load(url: str) -> None:
    sets: dict[str, set] = {}
    for item in REPORTS:
        for record in write_report(url, enriched(item)):
            day = event_day(record.facts)
            if day and record.facts.country_code:
                sets.setdefault(day_country_key(day, record.facts.country_code), set()).add(record.id)
    for key, ids in sets.items():
        write_count(url, key, len(ids))


@pytest.fixture
def api(database_url):
    migrate(database_url)
    load(database_url)
    client = TestClient(create_app(Settings(database_url=database_url)))
    yield client, database_url
    get_engine.cache_clear()


def test_migrations_are_repeatable_and_writes_idempotent(api):
    _client, url = api
    migrate(url)  # a second run is a no-op
    with Session(get_engine(url)) as session:
        before = (len(session.exec(select(models.Incident)).all()), len(session.exec(select(models.Tally)).all()))
    load(url)  # a full replay
    with Session(get_engine(url)) as session:
        after = (len(session.exec(select(models.Incident)).all()), len(session.exec(select(models.Tally)).all()))
        reports = session.exec(select(models.Report)).all()
    assert before == after
    assert len(reports) == len(REPORTS)
    assert before[1] == 2  # the Pentagon's two stated tallies


def test_counts(api):
    client, _url = api
    response = client.get("/v1/counts", params={"group_by": "country", "from": "2023-10-17", "to": "2023-10-24"})
    assert response.status_code == 200
    assert response.json() == {"group_by": "country", "from": "2023-10-17", "to": "2023-10-24",
                               "counts": [{"key": "IQ", "count": 2}, {"key": "SY", "count": 1}]}
    narrow = client.get("/v1/counts", params={"from": "2023-10-19", "to": "2023-10-21"}).json()
    assert narrow["counts"] == [{"key": "IQ", "count": 1}]


def test_incidents_filters_and_pages(api):
    client, _url = api
    iraq = client.get("/v1/incidents", params={"country": "iq"}).json()["items"]
    assert {i["report_id"] for i in iraq} == {"r1", "r2", "seed"}
    dated = client.get("/v1/incidents", params={"from": "2023-10-20", "to": "2023-10-22"}).json()["items"]
    assert {i["report_id"] for i in dated} >= {"r2", "r3"}
    assert "r1" not in {i["report_id"] for i in dated}
    first = client.get("/v1/incidents", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    rest = client.get("/v1/incidents", params={"limit": 100, "offset": 2}).json()
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in rest["items"]}


def test_tallies_and_reports(api):
    client, _url = api
    tallies = client.get("/v1/tallies", params={"country": "SY"}).json()
    assert [(t["count"], t["source"], t["start"], t["end"]) for t in tallies] == [(3, "Pentagon", "2023-10-17", "2023-10-24")]
    assert client.get("/v1/tallies", params={"source": "CENTCOM"}).json() == []
    report = client.get("/v1/reports/seed").json()
    assert report["enrichment"]["casualties"]["injured"] == 21
    assert client.get("/v1/reports/nope").status_code == 404


def test_health_docs_and_bad_parameters(api):
    client, _url = api
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 200
    assert client.get("/docs").status_code == 200
    assert "/v1/counts" in client.get("/openapi.json").json()["paths"]
    for params in ({"group_by": "weapon"}, {"from": "yesterday"}, {"country": "IRQ"}, {"limit": 0}):
        path = "/v1/incidents" if "limit" in params or "country" in params else "/v1/counts"
        assert client.get(path, params=params).status_code == 422, params
    assert client.get("/v2/nothing").status_code == 404


def test_readyz_fails_without_a_database(tmp_path):
    client = TestClient(create_app(Settings(database_url="postgresql+psycopg://nobody@127.0.0.1:1/none")))
    response = client.get("/readyz")
    assert response.status_code == 503 and response.json()["status"] == "unavailable"
