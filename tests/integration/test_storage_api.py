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
from flashpoint.storage.models import INCIDENT_DOCUMENT_FIELDS
from services.aggregate.incidents import aggregate
from services.aggregate.main import write_count, write_group, write_report
from services.api.main import create_app
from services.ingest.reports import normalize, validate
from tests.conftest import seed_text, wait_until

pytestmark = pytest.mark.integration

REPORTS = [
    {"id": "r1", "published_at": "2023-10-19", "text": "A drone attack targeted Ain al-Asad air base in Iraq on Wednesday."},
    {"id": "r2", "published_at": "2023-10-21", "text": "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير بطائرة مسيرة يوم 20 أكتوبر."},
    {"id": "r3", "published_at": "2023-10-23", "text": "Rockets struck the Conoco gas field in Syria on October 22."},
    {"id": "seed", "published_at": "2023-10-26", "text": seed_text()},
    {"id": "r4", "published_at": "2023-10-24", "text": "The Houthis said they fired two missiles at a tanker in the Bab el-Mandeb strait on Monday."},
]


def enriched(item: dict) -> EnrichedReport:
    report = normalize(validate(item))
    facts = extract.extract(report.id, report.text, report.lang, report.published_at)
    return EnrichedReport(report=report, enrichment=facts, enriched_at=dt.datetime.now(dt.timezone.utc))


def load(url: str) -> None:
    reports = [enriched(item) for item in REPORTS]
    for report in reports:
        write_report(url, report)
    incidents, counts = aggregate(reports)
    for group in sorted({i.group_key for i in incidents}):
        write_group(url, group, [i for i in incidents if i.group_key == group])
    for key, ids in counts.items():
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
    assert response.json() == {"group_by": "country", "from": "2023-10-17", "to": "2023-10-24", "interval": None,
                               "window": None, "counts": [{"key": "IQ", "count": 2}, {"key": "SY", "count": 1}]}
    narrow = client.get("/v1/counts", params={"from": "2023-10-19", "to": "2023-10-21"}).json()
    assert narrow["counts"] == [{"key": "IQ", "count": 1}]


def test_incidents_filters_and_pages(api):
    client, _url = api
    iraq = client.get("/v1/incidents", params={"country": "iq"}).json()["items"]
    assert {i["place_name"] for i in iraq} == {"Ain al-Asad Air Base", "Harir Air Base", "Iraq"}
    dated = client.get("/v1/incidents", params={"from": "2023-10-20", "to": "2023-10-22"}).json()["items"]
    assert {i["place_name"] for i in dated} == {"Harir Air Base", "Conoco gas field"}
    claimed = client.get("/v1/incidents", params={"actor": "Islamic Resistance in Iraq", "role": "claimant"}).json()
    assert {i["place_name"] for i in claimed["items"]} == {"Harir Air Base", "Iraq", "Syria"}
    drones = client.get("/v1/incidents", params={"weapon": "drone", "bbox": "40,30,48,38"}).json()["items"]
    assert {i["place_name"] for i in drones} == {"Ain al-Asad Air Base", "Harir Air Base", "Iraq"}
    one = client.get(f"/v1/incidents/{dated[0]['id']}").json()
    assert one["n_reports"] == 1 and one["reports"][0]["report_id"] in {"r2", "r3"}
    assert one["reports"][0]["facts"]["place"]["name"] == one["place_name"]
    geo = client.get("/v1/incidents", params={"format": "geojson", "country": "SY"}).json()
    assert geo["type"] == "FeatureCollection" and all(f["geometry"]["type"] == "Point" for f in geo["features"])
    table = client.get("/v1/incidents", params={"format": "csv", "country": "IQ"})
    assert table.headers["content-type"].startswith("text/csv")
    assert table.text.splitlines()[0].startswith("id,event_date,country_code") and len(table.text.splitlines()) == 4
    first = client.get("/v1/incidents", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    rest = client.get("/v1/incidents", params={"limit": 100, "cursor": first["next_cursor"]}).json()
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in rest["items"]}
    everything = client.get("/v1/incidents", params={"limit": 1000}).json()["items"]
    assert len(first["items"]) + len(rest["items"]) == len(everything)
    assert rest["next_cursor"] is None


def test_an_attack_at_sea_is_served_without_a_country(api):
    client, _url = api
    missiles = client.get("/v1/incidents", params={"weapon": "missile"}).json()["items"]
    assert [(i["place_name"], i["country_code"], i["event_date"]) for i in missiles] == [
        ("Bab el-Mandeb", None, "2023-10-23")]
    by_weapon = client.get("/v1/counts", params={"group_by": "weapon", "from": "2023-10-23", "to": "2023-10-23"}).json()
    assert by_weapon["counts"] == [{"key": "missile", "count": 1}]
    by_country = client.get("/v1/counts", params={"group_by": "country", "from": "2023-10-23", "to": "2023-10-23"}).json()
    assert by_country["counts"] == []


def test_tallies_and_reports(api):
    client, _url = api
    tallies = client.get("/v1/tallies", params={"country": "SY"}).json()
    assert [(t["count"], t["source"], t["start"], t["end"]) for t in tallies] == [(3, "Pentagon", "2023-10-17", "2023-10-24")]
    assert client.get("/v1/tallies", params={"source": "CENTCOM"}).json() == []
    report = client.get("/v1/reports/seed").json()
    assert report["enrichment"]["casualties"]["injured"] == 21
    assert client.get("/v1/reports/nope").status_code == 404
    iraq = client.get("/v1/tallies", params={"country": "IQ"}).json()
    assert iraq[0]["count"] == 10 and iraq[0]["observed"] == 2  # the Pentagon says 10; flashpoint saw 2 here


def test_counts_by_dimension_series_and_windows(api):
    client, _url = api
    span = {"from": "2023-10-01", "to": "2023-10-31"}
    weapons = client.get("/v1/counts", params={"group_by": "weapon", **span}).json()["counts"]
    assert {r["key"]: r["count"] for r in weapons} == {"drone": 2, "rocket": 1, "missile": 1}  # missile: the attack at sea
    claimants = client.get("/v1/counts", params={"group_by": "actor", "role": "claimant", **span}).json()["counts"]
    assert claimants == [{"key": "claimant|Houthis", "count": 1}, {"key": "claimant|Islamic Resistance in Iraq", "count": 1}]
    series = client.get("/v1/counts", params={"group_by": "country", "interval": "week", **span}).json()["counts"]
    assert series == [{"period": "2023-10-16", "key": "IQ", "count": 2}, {"period": "2023-10-16", "key": "SY", "count": 1}]
    rolling = client.get("/v1/counts", params={"window": "7d", "to": "2023-10-22"}).json()
    assert rolling["from"] == "2023-10-16" and {r["key"]: r["count"] for r in rolling["counts"]} == {"IQ": 2, "SY": 1}
    assert client.get("/v1/counts", params={"window": "1d", "to": "2023-10-22"}).json()["counts"] == [
        {"key": "SY", "count": 1}]


def test_etag_and_cache_headers(api):
    client, _url = api
    first = client.get("/v1/counts", params={"from": "2023-10-01"})
    assert first.headers["etag"] and "max-age" in first.headers["cache-control"]
    again = client.get("/v1/counts", params={"from": "2023-10-01"}, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""


def test_health_docs_and_bad_parameters(api):
    client, _url = api
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 200
    assert client.get("/docs").status_code == 200
    assert "/v1/counts" in client.get("/openapi.json").json()["paths"]
    for params in ({"group_by": "planet"}, {"from": "yesterday"}, {"window": "2d"}, {"interval": "year"}):
        assert client.get("/v1/counts", params=params).status_code == 422, params
    for params in ({"country": "IRQ"}, {"limit": 0}, {"bbox": "1,2,3"}, {"cursor": "garbage"}, {"role": "claimant"},
                   {"weapon": "spear"}, {"format": "xml"}, {"updated_since": "soon"}):
        response = client.get("/v1/incidents", params=params)
        assert response.status_code == 422, params
        assert response.json()["detail"][0]["loc"][-1] in params, response.json()
    assert client.get("/v2/nothing").status_code == 404


def test_readyz_fails_without_a_database(tmp_path):
    client = TestClient(create_app(Settings(database_url="postgresql+psycopg://nobody@127.0.0.1:1/none")))
    response = client.get("/readyz")
    assert response.status_code == 503 and response.json()["status"] == "unavailable"
    assert client.get("/v1/counts").status_code == 503  # no copy of the counts and no database: a reason, not a 500
    assert "not available" in client.get("/v1/counts").json()["detail"]


def test_counts_follow_the_table_while_the_api_runs(database_url):
    """The API answers counts from memory; rows the aggregate worker writes later reach it within a refresh."""
    migrate(database_url)
    load(database_url)
    client = TestClient(create_app(Settings(database_url=database_url, api_cache_seconds=0,
                                            api_counts_refresh_seconds=0.2)))
    week = {"group_by": "country", "from": "2023-10-17", "to": "2023-10-24"}
    try:
        assert client.get("/v1/counts", params=week).json()["counts"] == [{"key": "IQ", "count": 2}, {"key": "SY", "count": 1}]
        write_count(database_url, "2023-10-18|country|SY", 2)  # a new day for SY
        write_count(database_url, "2023-10-23|country|JO", 1)  # a new key
        write_count(database_url, "2023-10-22|country|SY", 0)  # an incident moved off this day

        def updated():
            counts = client.get("/v1/counts", params=week).json()["counts"]
            return counts if counts == [{"key": "IQ", "count": 2}, {"key": "SY", "count": 2}, {"key": "JO", "count": 1}] else None

        wait_until(updated, timeout=10, what="the API's counts to show the rows written after it started")
    finally:
        get_engine.cache_clear()


def test_incident_documents_match_the_columns_and_old_rows_still_render(api):
    """Pages are joined from incident.document (rendered when written); a row without one (written
    before revision 0005) is rendered from its columns, and both read the same."""
    from sqlalchemy import update

    from services.api.main import IncidentOut

    client, url = api
    assert INCIDENT_DOCUMENT_FIELDS == tuple(IncidentOut.model_fields)
    before = client.get("/v1/incidents", params={"limit": 1000}).json()["items"]
    with Session(get_engine(url)) as session:
        rows = session.exec(select(models.Incident)).all()
        for row in rows:
            columns = {name: (value.replace(tzinfo=dt.timezone.utc) if isinstance(value, dt.datetime) and value.tzinfo
                              is None else value) for name, value in row.model_dump().items()}  # SQLite: no zone
            assert IncidentOut.model_validate_json(row.document) == IncidentOut.model_validate(columns)
        session.execute(update(models.Incident).values(document=None))
        session.commit()
    after = TestClient(create_app(Settings(database_url=url, api_cache_seconds=0))).get(
        "/v1/incidents", params={"limit": 1000}).json()["items"]
    assert len(after) == len(before) == len(rows)
    assert [IncidentOut.model_validate(i) for i in after] == [IncidentOut.model_validate(i) for i in before]
