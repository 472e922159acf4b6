"""The API benchmark's data: day counts agree with the incidents, and the API answers what the data says."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from flashpoint import bench_api
from flashpoint.settings import Settings
from flashpoint.storage.db import get_engine


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('bench_api') / 'bench.db'}"
    data = bench_api.generate(2_000, seed=3, n_tallies=20)
    bench_api.load(url, data, chunk=700)  # several chunks per table
    yield url, data
    get_engine(url).dispose()


def test_tables_hold_what_was_generated(loaded):
    url, data = loaded
    with get_engine(url).connect() as conn:
        for table, rows in (("incident", data.incidents), ("incident_tag", data.tags),
                            ("daily_count", data.daily_counts), ("tally", data.tallies)):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == len(rows) > 0
        countries = {c for (c,) in conn.execute(text("SELECT DISTINCT country_code FROM incident"))}
        first, last = conn.execute(text("SELECT min(event_date), max(event_date) FROM incident")).one()
    assert countries == {"IQ", "SY", "JO", "YE", "LB", "IL", "PS"}
    assert str(first) >= "2023-01-01" and str(last) <= "2024-12-31"
    assert any(i["event_date"] is None for i in data.incidents)  # undated incidents exist, outside the counts


def test_every_daily_count_is_the_number_of_incidents_with_that_day_and_tag(loaded):
    url, _data = loaded
    with get_engine(url).connect() as conn:
        stored = {(str(day), dimension, key): count for day, dimension, key, count in conn.execute(
            text("SELECT day, dimension, key, count FROM daily_count"))}
        observed = Counter()
        for day, tag in conn.execute(text(
                "SELECT i.event_date, t.tag FROM incident i JOIN incident_tag t ON t.incident_id = i.id "
                "WHERE i.event_date IS NOT NULL")):
            dimension, key = tag.split("|", 1)
            observed[(str(day), dimension, key)] += 1
    assert stored == dict(observed)
    assert {d for _day, d, _key in stored} == {"country", "admin1", "actor", "weapon", "target"}


def test_tags_follow_the_aggregate_rule(loaded):
    _url, data = loaded
    by_incident: dict[str, set[str]] = {}
    for row in data.tags:
        by_incident.setdefault(row["incident_id"], set()).add(row["tag"])
    for incident in data.incidents[:300]:
        expected = {f"country|{incident['country_code']}"}
        if incident["admin1"]:
            expected.add(f"admin1|{incident['country_code']}|{incident['admin1']}")
        expected |= {f"weapon|{w}" for w in incident["weapons"]} | {f"target|{t}" for t in incident["targets"]}
        for role, names in (("claimant", "claimed_by"), ("alleged", "attributed_to"), ("sponsor", "sponsors")):
            expected |= {f"actor|{role}|{name}" for name in incident[names]}
        assert by_incident[incident["id"]] == expected


def test_the_api_answers_with_the_expected_numbers(loaded):
    url, data = loaded
    start, end = dt.date(2023, 10, 1), dt.date(2024, 3, 31)
    in_range = [i for i in data.incidents if i["event_date"] and start <= i["event_date"] <= end]
    client = TestClient(bench_api_app(url))

    response = client.get("/v1/counts", params={"group_by": "country", "from": str(start), "to": str(end)})
    assert response.status_code == 200
    assert {row["key"]: row["count"] for row in response.json()["counts"]} == dict(
        Counter(i["country_code"] for i in in_range))

    response = client.get("/v1/counts", params={"group_by": "weapon", "window": "30d", "to": "2024-03-31"})
    window = [i for i in data.incidents if i["event_date"] and dt.date(2024, 3, 2) <= i["event_date"] <= end]
    assert {row["key"]: row["count"] for row in response.json()["counts"]} == dict(
        Counter(w for i in window for w in i["weapons"]))

    # The API's page order: newest event day first, then id descending.
    expected = sorted((i for i in in_range if i["country_code"] == "IQ" and "drone" in i["weapons"]),
                      key=lambda i: (i["event_date"].toordinal(), i["id"]), reverse=True)
    assert len(expected) > 60  # three pages or more
    params = {"country": "IQ", "weapon": "drone", "from": str(start), "to": str(end), "limit": 30}
    seen: list[str] = []
    cursor = None
    while True:
        page = client.get("/v1/incidents", params={**params, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200
        body = page.json()
        assert len(body["items"]) <= 30
        assert all(item["country_code"] == "IQ" and "drone" in item["weapons"] for item in body["items"])
        seen += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert seen == [i["id"] for i in expected]


def test_query_mixes_stay_within_the_loaded_period():
    import random

    rng = random.Random(5)
    for path in bench_api.counts_paths(rng, 200) + bench_api.incidents_paths(rng, 200):
        assert path.startswith(("/v1/counts?", "/v1/incidents?"))
        for day in (p.split("=")[1] for p in path.split("?")[1].split("&") if p.startswith(("from=", "to="))):
            assert "2023-01-01" <= day <= "2024-12-31"


def bench_api_app(url: str):
    from services.api.main import create_app

    return create_app(Settings(database_url=url, api_cache_seconds=0))
