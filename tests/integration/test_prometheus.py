"""The operators' view, for real: a real Prometheus scrapes a running pipeline and evaluates every
dashboard query and alert rule; every SQL panel of the incident dashboard runs on PostgreSQL.

Prometheus is Debian's `prometheus` binary (scripts/ensure-prometheus.sh, run by `make test`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import signal
import subprocess
from collections import Counter
from pathlib import Path

import httpx
import pytest
import yaml

from flashpoint.contracts import Topics
from tests.conftest import seed_text, wait_until
from tests.integration.conftest import free_port, start_pipeline

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
DASHBOARDS = ROOT / "deploy" / "grafana" / "dashboards"
RULES = sorted((ROOT / "deploy" / "prometheus" / "rules").glob("*.yml"))
PROMETHEUS = "/usr/bin/prometheus"

# Grafana's variables, as Grafana would fill them for a short range at 1s scrapes.
PROM_VARIABLES = {"$__rate_interval": "1m", "$__interval": "15s", "$__range": "1h"}
RANGE_FROM, RANGE_TO = "2023-01-01T00:00:00Z", "2024-12-31T23:59:59Z"

GOOD = {"id": "prom-en-1", "published_at": "2023-10-19T09:00:00Z",
        "text": "A drone attack targeted US forces at Ain al-Asad air base in Anbar province, western Iraq, "
                "on Wednesday, a US official said. There were no casualties."}
POSTED = {"id": "prom-http-1", "published_at": "2023-10-23",
          "text": "Rockets struck the Conoco gas field base in Deir ez-Zor, Syria, on October 22, 2023. "
                  "The Islamic Resistance in Iraq claimed the attack."}
SECOND = {"id": "prom-en-2", "published_at": "2023-10-21",
          "text": "A drone attack targeted the Harir base in Erbil, Iraq, on October 20, 2023. "
                  "The Islamic Resistance in Iraq claimed it."}
BAD = [b"this is not json", b"\xff\xfe\x00 not utf-8", b'{"text": ""}', b'{"text": 42}']


def panels(dashboard: dict):
    for panel in dashboard.get("panels", []):
        yield panel
        yield from panel.get("panels", [])


def targets(uid: str):
    """(dashboard file, panel, target) of every query on the data source `uid`."""
    for path in sorted(DASHBOARDS.glob("*.json")):
        for panel in panels(json.loads(path.read_text(encoding="utf-8"))):
            for target in panel.get("targets", []):
                if (target.get("datasource") or panel.get("datasource") or {}).get("uid") == uid:
                    yield path.name, panel, target


def grafana_promql(expr: str) -> str:
    for name, value in sorted(PROM_VARIABLES.items(), key=lambda kv: -len(kv[0])):
        expr = expr.replace(name, value)
    assert "$" not in expr, f"unsubstituted Grafana variable in {expr!r}"
    return expr


def grafana_sql(query: str) -> str:
    """Expand the Grafana PostgreSQL macros the way Grafana does, for a fixed time range."""
    query = re.sub(r"\$__timeFilter\(([^)]*)\)", rf"\1 BETWEEN '{RANGE_FROM}' AND '{RANGE_TO}'", query)
    query = query.replace("$__timeFrom()", f"'{RANGE_FROM}'").replace("$__timeTo()", f"'{RANGE_TO}'")
    query = re.sub(r"\$__unixEpochFrom\(\)", "1672531200", query)
    query = re.sub(r"\$__unixEpochTo\(\)", "1735689599", query)
    assert "$" not in query, f"unsubstituted Grafana macro in {query!r}"
    return query


# ------------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def prometheus_binary() -> str:
    binary = PROMETHEUS if Path(PROMETHEUS).is_file() else shutil.which("prometheus")
    if not binary:
        pytest.fail(f"{PROMETHEUS} is missing: run scripts/ensure-prometheus.sh "
                    "(installs Debian's 'prometheus' package; `make test` does it)")
    return binary


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    running = start_pipeline(tmp_path_factory.mktemp("prom-pipeline"), None)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="module")
def prometheus(pipeline, prometheus_binary, tmp_path_factory):
    """Prometheus scraping the pipeline's four /metrics every second, with the repo's rules."""
    tmp = tmp_path_factory.mktemp("prometheus")
    config = {
        "global": {"scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(path) for path in RULES],
        # Job names as in deploy/prometheus/prometheus.yml: the queries select on them.
        "scrape_configs": [
            {"job_name": f"flashpoint-{service}", "metrics_path": "/metrics",
             "static_configs": [{"targets": [url.split("//", 1)[1].split("/", 1)[0]]}]}
            for service, url in sorted(pipeline.metrics.items())
        ],
    }
    (tmp / "prometheus.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    port = free_port()
    log = tmp / "prometheus.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [prometheus_binary, f"--config.file={tmp / 'prometheus.yml'}", f"--storage.tsdb.path={tmp / 'data'}",
             f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
            stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        def ready() -> bool:
            if process.poll() is not None:
                raise AssertionError(f"prometheus exited with {process.returncode}:\n{log.read_text()[-3000:]}")
            return httpx.get(f"{url}/-/ready", timeout=2).status_code == 200

        wait_until(ready, timeout=30, what="prometheus to be ready")
        yield url
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def query(prometheus: str, expr: str) -> dict:
    response = httpx.get(f"{prometheus}/api/v1/query", params={"query": expr}, timeout=10)
    body = response.json()
    assert response.status_code == 200 and body["status"] == "success", f"{expr!r}: {body}"
    return body["data"]


@pytest.fixture(scope="module")
def traffic(pipeline, prometheus):
    """Once Prometheus scrapes all four targets: reports through Kafka and HTTP (good, bad, a
    duplicate) and a few API calls; returns when Prometheus has seen the incidents written."""

    def all_up() -> bool:
        result = query(prometheus, 'up{job=~"flashpoint-.*"}')["result"]
        return len(result) == 4 and all(r["value"][1] == "1" for r in result)

    # First scrapes before the traffic, so rates (and the quantiles over them) see it arrive.
    wait_until(all_up, timeout=30, what="prometheus to scrape the four flashpoint targets as up")
    pipeline.publish(Topics.RAW, [json.dumps(GOOD).encode("utf-8"), *BAD, json.dumps(GOOD).encode("utf-8")])
    bad = httpx.post(f"{pipeline.ingest}/v1/reports", content=b'{"text": ""}', timeout=10)
    assert bad.status_code == 422, bad.text
    good = httpx.post(f"{pipeline.ingest}/v1/reports", json=POSTED, timeout=10)
    assert good.status_code == 202, good.text
    for report_id in (GOOD["id"], POSTED["id"]):
        wait_until(lambda: pipeline.get(f"/v1/reports/{report_id}").status_code == 200, timeout=60,
                   what=f"report {report_id} in the API")
    wait_until(lambda: len(pipeline.get("/v1/incidents", limit=50).json()["items"]) >= 2, timeout=60,
               what="the incidents of both reports in the API")
    for path, params in (("/v1/incidents", {"country": "IQ"}), ("/v1/counts", {"group_by": "country"}),
                         ("/v1/tallies", {}), (f"/v1/reports/{GOOD['id']}", {}), ("/v1/reports/missing", {}),
                         ("/readyz", {})):
        assert pipeline.get(path, **params).status_code < 500

    wait_until(lambda: query(prometheus, "sum(flashpoint_incidents_written_total) >= 2")["result"],
               timeout=30, what="prometheus to see the incidents written")
    # Labelled counters appear at their first increment, which rate() cannot see as an increase:
    # a second report, once those series are scraped, gives them a rate.
    pipeline.publish(Topics.RAW, [json.dumps(SECOND).encode("utf-8"), BAD[0]])
    for expr in ("sum(flashpoint_extracted_incidents_total) >= 3", "sum(flashpoint_incidents_written_total) >= 3"):
        wait_until(lambda: query(prometheus, expr)["result"], timeout=30,
                   what=f"prometheus to see the second wave: {expr}")
    return prometheus


# ------------------------------------------------------------------------------------ tests


def test_every_dashboard_query_returns_series(traffic):
    exprs = {}
    for name, panel, target in targets("prometheus"):
        exprs[f"{name} #{panel['id']} {panel['title']} [{target['refId']}]"] = grafana_promql(target["expr"])
    assert len(exprs) >= 20
    for where, expr in exprs.items():
        query(traffic, expr)  # parses: status success, or the assertion names it

    empty: dict[str, str] = {}

    def all_have_series() -> bool:
        empty.clear()
        for where, expr in exprs.items():
            result = query(traffic, expr)["result"]
            # At least one series, and one with a number: a quantile or ratio over zero rates is NaN,
            # which would mean the panel shows nothing for the traffic just pushed.
            if not any(r["value"][1] != "NaN" for r in result):
                empty[where] = f"{expr}  ->  {len(result)} series, all NaN" if result else expr
        return not empty

    try:
        wait_until(all_have_series, timeout=30, interval=1.0, what="every dashboard query to return a number")
    except AssertionError:
        pytest.fail("dashboard queries without a series with a value:\n" + "\n".join(f"  {w}: {e}" for w, e in empty.items()))


def test_key_series_carry_the_pushed_traffic(traffic):
    def values(expr: str) -> dict:
        return {tuple(sorted(r["metric"].items())): float(r["value"][1]) for r in query(traffic, expr)["result"]}

    dead = values("sum by (service, reason) (flashpoint_messages_deadlettered_total)")
    reasons = {dict(k)["reason"] for k in dead}
    assert {"not_json", "not_utf8", "empty_text"} <= reasons, dead
    http = values('sum by (job, route, status) (flashpoint_http_requests_total)')
    statuses = {(dict(k)["job"], dict(k)["route"], dict(k)["status"]) for k in http}
    assert ("flashpoint-ingest", "/v1/reports", "422") in statuses
    assert ("flashpoint-ingest", "/v1/reports", "202") in statuses
    assert ("flashpoint-api", "/v1/reports/{report_id}", "404") in statuses
    lag = values("sum by (service, topic) (flashpoint_consumer_lag_messages)")
    assert {dict(k)["service"] for k in lag} == {"ingest", "enrich", "aggregate"}, lag
    assert values("sum(flashpoint_end_to_end_seconds_count)")[()] >= 2
    assert values("sum(flashpoint_duplicate_reports_dropped_total)")[()] >= 1


def test_every_rule_expression_parses_and_rules_are_healthy(traffic):
    groups = {}
    for path in RULES:
        for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]:
            groups[group["name"]] = group
            for rule in group["rules"]:
                query(traffic, rule["expr"])
    expected = {name: {r.get("alert") or r.get("record") for r in group["rules"]} for name, group in groups.items()}

    def loaded_and_ok():
        body = httpx.get(f"{traffic}/api/v1/rules", timeout=10).json()
        assert body["status"] == "success", body
        found = {g["name"]: g for g in body["data"]["groups"]}
        assert set(found) == set(expected), f"rule groups loaded: {sorted(found)}"
        for name, names in expected.items():
            rules = found[name]["rules"]
            assert {r["name"] for r in rules} == names
            bad = [(r["name"], r["health"], r.get("lastError")) for r in rules if r["health"] != "ok"]
            if bad:
                raise AssertionError(f"rules not healthy yet: {bad}")
        return True

    wait_until(loaded_and_ok, timeout=20, interval=0.5, what="the rule groups to be evaluated with health ok")


# ------------------------------------------------------------------------------------ SQL panels


def _enriched(report: dict):
    from flashpoint import extract
    from flashpoint.contracts import EnrichedReport
    from services.ingest.reports import normalize, validate

    normalized = normalize(validate(report))
    facts = extract.extract(normalized.id, normalized.text, normalized.lang, normalized.published_at)
    return EnrichedReport(report=normalized, enrichment=facts, enriched_at=dt.datetime.now(dt.timezone.utc))


# Incidents as aggregate stores them: (id, report id, day, country, admin1, place, kind, lat, lon,
# precision, weapons, killed, injured, claimed_by, attributed_to, sponsors, targets).
INCIDENTS = [
    ("inc-1", "sql-seed", "2023-10-18", "IQ", "Anbar", "Ain al-Asad air base", "facility", 33.80, 42.44, 1,
     ["drone"], 0, 2, ["Islamic Resistance in Iraq"], ["Iran-backed militias"], ["Iran"], ["US forces"]),
    ("inc-2", "sql-seed", "2023-10-19", "SY", "Deir ez-Zor", "Conoco gas field", "facility", 35.39, 40.33, 1,
     ["rocket", "drone"], None, None, ["Islamic Resistance in Iraq"], [], [], ["US forces"]),
    ("inc-3", "sql-seed", "2023-10-20", "IQ", "Erbil", "Harir base", "facility", 36.54, 44.32, 1,
     ["drone"], None, None, [], ["Kataib Hezbollah"], [], []),
    ("inc-4", "sql-other", None, "IQ", None, None, "country", 33.0, 44.0, 3, ["rocket"], None, None, [], [], [], []),
]


def test_every_incident_dashboard_query_runs_on_postgresql(postgres_url):
    """The SQL of every incident-picture panel, macros expanded, on the migrated schema with data:
    tallies written by aggregate's own write_report (from the seed article), incidents and day
    counts inserted as aggregate stores them."""
    import psycopg
    from psycopg.types.json import Json

    from flashpoint.storage.db import migrate
    from services.aggregate.main import write_report

    migrate(postgres_url)
    write_report(postgres_url, _enriched({"id": "sql-seed", "text": seed_text(), "published_at": "2023-10-26",
                                          "source": "AFP"}))
    now = dt.datetime.now(dt.timezone.utc)
    dsn = postgres_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(dsn) as conn:
        for row in INCIDENTS:
            (iid, report_id, day, country, admin1, place, kind, lat, lon, precision, weapons, killed, injured,
             claimed, attributed, sponsors, targets_) = row
            conn.execute(
                "INSERT INTO incident (id, report_id, event_date, date_start, date_end, country_code, admin1, "
                "place_name, place_kind, lat, lon, precision, weapons, killed, injured, claimed_by, attributed_to, "
                "sponsors, targets, updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, "
                "%s, %s, %s, %s, %s)",
                (iid, report_id, day, day, day, country, admin1, place, kind, lat, lon, precision, Json(weapons),
                 killed, injured, Json(claimed), Json(attributed), Json(sponsors), Json(targets_), now))
        daily = Counter((day, country) for (_i, _r, day, country, *_rest) in INCIDENTS if day)
        for (day, country), count in daily.items():
            conn.execute("INSERT INTO daily_count (day, dimension, key, count, updated_at) "
                         "VALUES (%s, 'country', %s, %s, %s)", (day, country, count, now))
        conn.commit()

    queries = [(f"{name} #{panel['id']} {panel['title']} [{target['refId']}]", grafana_sql(target["rawSql"]))
               for name, panel, target in targets("flashpoint-db")]
    assert len(queries) >= 6
    empty, results = [], {}
    with psycopg.connect(dsn) as conn:
        for where, sql in queries:
            try:
                cursor = conn.execute(sql)
                rows = cursor.fetchall()
            except psycopg.Error as exc:
                pytest.fail(f"{where} fails on PostgreSQL: {exc}\n{sql}")
            results[where] = [dict(zip([c.name for c in cursor.description], r)) for r in rows]
            if not rows:
                empty.append(where)
    assert not empty, f"SQL panels returning no rows: {empty}"
    tallies = next(rows for where, rows in results.items() if "Reported tallies" in where)
    # The seed states "10 attacks in Iraq and 3 in Syria between 17 and 24 October" (Pentagon);
    # the database holds 2 Iraqi and 1 Syrian dated incidents in that week.
    observed = {(t["country_code"], t["stated"]): t["observed"] for t in tallies}
    assert observed.get(("IQ", 10)) == 2 and observed.get(("SY", 3)) == 1, tallies
    weapons = next(rows for where, rows in results.items() if "by weapon" in where)
    assert {w["weapon"]: w["incidents"] for w in weapons} == {"drone": 3, "rocket": 1}, weapons
