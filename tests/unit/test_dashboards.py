"""Static checks of the Grafana dashboards and the Prometheus alert rules against the code.

Every panel has a unique id, a description, a unit and a data source that Grafana provisions;
every metric a PromQL expression names is one flashpoint/metrics.py defines (exact exposed name:
`_total` for counters, `_bucket`/`_sum`/`_count` for histograms, ...); every SQL query reads the
tables the migrations create and honours the dashboard time range; every alert links to a
runbook section that exists in docs/operations.md; and the JSON is what
deploy/grafana/build_dashboards.py writes. The queries themselves are run against a real
Prometheus and a real PostgreSQL in tests/integration/test_prometheus.py.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DASHBOARDS = ROOT / "deploy" / "grafana" / "dashboards"
PROVISIONING = ROOT / "deploy" / "grafana" / "provisioning"
RULES = ROOT / "deploy" / "prometheus" / "rules"
GENERATOR = ROOT / "deploy" / "grafana" / "build_dashboards.py"
OPERATIONS = ROOT / "docs" / "operations.md"

EXPECTED = {"pipeline-health.json": "flashpoint-pipeline", "incident-picture.json": "flashpoint-incidents"}
GRAFANA_VARIABLES = {"$__rate_interval", "$__interval", "$__range"}
TABLES = {"incident", "daily_count", "tally"}

PROMQL_KEYWORDS = {
    "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool", "offset",
    "inf", "nan",
}


def panels(dashboard: dict):
    for panel in dashboard.get("panels", []):
        yield panel
        yield from panel.get("panels", [])  # panels folded into a collapsed row


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def dashboards() -> list[Path]:
    return sorted(DASHBOARDS.glob("*.json"))


def provisioned() -> dict[str, dict]:
    sources = {}
    for path in sorted((PROVISIONING / "datasources").glob("*.y*ml")):
        for ds in yaml.safe_load(path.read_text(encoding="utf-8")).get("datasources") or []:
            sources[ds["uid"]] = ds
    return sources


def alert_rules() -> list[dict]:
    rules = []
    for path in sorted(RULES.glob("*.yml")):
        for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]:
            rules.extend(group["rules"])
    return rules


def metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression selects: identifiers that are not functions, keywords,
    label names (in braces or in by/on/... lists), durations or Grafana variables."""
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', expr)  # string literals (label values)
    text = re.sub(r"\{[^}]*\}", " ", text)  # label matchers
    text = re.sub(r"\[[^\]]*\]", " ", text)  # range / subquery selectors
    text = re.sub(r"\$\w+", " ", text)  # Grafana variables
    text = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", text)
    names = set()
    for match in re.finditer(r"(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\()?", text):
        name, call = match.group(1), match.group(2)
        if call or name.lower() in PROMQL_KEYWORDS or re.fullmatch(r"\d+[smhdwy]", name):
            continue
        names.add(name)
    return names


def exposed_metric_names() -> set[str]:
    """Every sample name flashpoint/metrics.py can expose, by metric type."""
    from prometheus_client.metrics import MetricWrapperBase

    import flashpoint.metrics as metrics

    suffixes = {"counter": ["_total", "_created"], "histogram": ["_bucket", "_sum", "_count", "_created"],
                "gauge": [""], "info": ["_info"], "summary": ["", "_sum", "_count", "_created"]}
    names = set()
    for value in vars(metrics).values():
        if isinstance(value, MetricWrapperBase):
            names.update(value._name + suffix for suffix in suffixes[value._type])
    return names


def allowed(name: str, known: set[str]) -> bool:
    return name in known or name == "up" or name.startswith("process_")


def prometheus_targets(dashboard: dict):
    for panel in panels(dashboard):
        for target in panel.get("targets", []):
            ds = target.get("datasource") or panel.get("datasource") or {}
            if ds.get("uid") == "prometheus":
                yield panel, target


def sql_targets(dashboard: dict):
    for panel in panels(dashboard):
        for target in panel.get("targets", []):
            ds = target.get("datasource") or panel.get("datasource") or {}
            if ds.get("uid") == "flashpoint-db":
                yield panel, target


# ------------------------------------------------------------------------------------------ tests


def test_expected_dashboards_exist():
    found = {path.name: load(path)["uid"] for path in dashboards()}
    for name, uid in EXPECTED.items():
        assert found.get(name) == uid, f"{name} missing or with uid {found.get(name)!r}, want {uid}"
    assert len(set(found.values())) == len(found), f"dashboard uids are not unique: {found}"


@pytest.mark.parametrize("path", dashboards(), ids=lambda p: p.name)
def test_panels_are_complete(path):
    dashboard = load(path)
    sources = provisioned()
    ids = [p.get("id") for p in panels(dashboard)]
    assert all(isinstance(i, int) for i in ids), f"{path.name}: panel without an integer id"
    assert len(ids) == len(set(ids)), f"duplicate panel ids in {path.name}: {sorted(ids)}"
    for panel in panels(dashboard):
        if panel.get("type") == "row":
            continue
        where = f"{path.name} panel {panel['id']} ({panel.get('title')})"
        assert panel.get("title"), f"{where}: no title"
        assert len(panel.get("description") or "") >= 20, f"{where}: no (useful) description"
        defaults = panel["fieldConfig"]["defaults"]
        assert defaults.get("unit"), f"{where}: no unit"
        steps = (defaults.get("thresholds") or {}).get("steps")
        assert steps and steps[0]["value"] is None, f"{where}: thresholds need a base step"
        values = [s["value"] for s in steps[1:]]
        assert values == sorted(values), f"{where}: threshold steps out of order"
        refs = [panel.get("datasource")] + [t.get("datasource") for t in panel.get("targets", [])]
        assert panel.get("targets"), f"{where}: no queries"
        for ref in filter(None, refs):
            assert ref.get("uid") in sources, f"{where}: unknown data source {ref}"
            assert ref.get("type") == sources[ref["uid"]]["type"], (
                f"{where}: data source {ref} does not match the provisioned type {sources[ref['uid']]['type']}")
        ref_ids = [t.get("refId") for t in panel["targets"]]
        assert len(ref_ids) == len(set(ref_ids)) and all(ref_ids), f"{where}: refIds {ref_ids}"


def test_every_promql_metric_is_defined_by_flashpoint_metrics():
    known = exposed_metric_names()
    assert "flashpoint_messages_consumed_total" in known and "flashpoint_build_info" in known
    seen = 0
    for path in dashboards():
        for panel, target in prometheus_targets(load(path)):
            expr = target["expr"]
            names = metric_names(expr)
            assert names, f"{path.name} panel {panel['id']}: no metric found in {expr!r}"
            unknown = sorted(n for n in names if not allowed(n, known))
            assert not unknown, f"{path.name} panel {panel['id']} ({panel['title']}): unknown metrics {unknown}"
            variables = set(re.findall(r"\$\w+", expr))
            assert variables <= GRAFANA_VARIABLES, f"{path.name} panel {panel['id']}: variables {variables}"
            seen += 1
    for rule in alert_rules():
        unknown = sorted(n for n in metric_names(rule["expr"]) if not allowed(n, known))
        assert not unknown, f"rule {rule.get('alert') or rule.get('record')}: unknown metrics {unknown}"
    assert seen >= 20


def test_metric_name_parser():
    assert metric_names('sum by (le, job) (rate(flashpoint_x_bucket{job=~"a|b", le!="1"}[$__rate_interval]))') \
        == {"flashpoint_x_bucket"}
    assert metric_names("time() - max by (service) (g) > 5m") == {"g"}
    assert metric_names("a / on (service) group_left b unless c offset 5m") == {"a", "b", "c"}


def test_pipeline_dashboard_covers_the_operator_questions():
    dashboard = load(DASHBOARDS / "pipeline-health.json")
    joined = "\n".join(t["expr"] for _p, t in prometheus_targets(dashboard))
    for needed in (
        "flashpoint_messages_consumed_total", "flashpoint_messages_produced_total",
        "flashpoint_consumer_lag_messages", "flashpoint_consumer_lag_seconds",
        "histogram_quantile(0.5, sum by (le) (rate(flashpoint_end_to_end_seconds_bucket",
        "histogram_quantile(0.95, sum by (le) (rate(flashpoint_end_to_end_seconds_bucket",
        "histogram_quantile(0.99, sum by (le) (rate(flashpoint_end_to_end_seconds_bucket",
        "flashpoint_publication_to_visible_seconds_bucket", "flashpoint_messages_deadlettered_total",
        "flashpoint_db_write_errors_total", 'flashpoint_http_requests_total{status=~"5.."}',
        "flashpoint_processing_seconds_bucket", "flashpoint_enriched_reports_total",
        "flashpoint_extracted_locations_total", "flashpoint_incidents_without_site_total",
        "flashpoint_incidents_written_total", "flashpoint_count_rows_written_total",
        "flashpoint_tallies_written_total", "flashpoint_http_request_duration_seconds_bucket",
        'up{job=~"flashpoint-.*"}', "flashpoint_build_info",
    ):
        assert needed in joined, f"pipeline-health queries nothing like {needed}"


def test_incident_dashboard_reads_the_database_with_the_time_range():
    dashboard = load(DASHBOARDS / "incident-picture.json")
    types = {p["type"] for p in panels(dashboard)}
    assert {"timeseries", "geomap", "table", "barchart"} <= types
    queries = list(sql_targets(dashboard))
    assert len(queries) >= 6
    assert not list(prometheus_targets(dashboard))
    for panel, target in queries:
        where = f"panel {panel['id']} ({panel['title']})"
        query = target["rawSql"]
        assert target.get("rawQuery") and target.get("format") in {"table", "time_series"}, where
        assert re.search(r"\$__time(Filter|From|To)\(", query), f"{where}: ignores the dashboard time range"
        tables = {t.lower() for t in re.findall(r"\b(?:FROM|JOIN)\s+([a-z_]+)\b(?!\s*\()", query, flags=re.I)}
        tables -= {"lateral"}
        assert tables and tables <= TABLES, f"{where}: reads {tables}"
    joined = "\n".join(t["rawSql"] for _p, t in queries)
    for needed in ("daily_count", "json_array_elements_text(inc.weapons)",
                   "json_array_elements_text(inc.claimed_by)", "FROM tally t"):
        assert needed in joined
    geomap = next(p for p in panels(dashboard) if p["type"] == "geomap")
    location = geomap["options"]["layers"][0]["location"]
    assert location == {"mode": "coords", "latitude": "lat", "longitude": "lon"}


def test_dashboards_are_what_the_generator_writes():
    spec = importlib.util.spec_from_file_location("build_dashboards", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, build in (("pipeline-health.json", module.pipeline_health),
                        ("incident-picture.json", module.incident_picture)):
        assert load(DASHBOARDS / name) == json.loads(json.dumps(build())), (
            f"{name} differs from deploy/grafana/build_dashboards.py: re-run it")


def test_alerts_have_runbooks_in_operations_doc():
    doc = OPERATIONS.read_text(encoding="utf-8")
    anchors = {re.sub(r"[^a-z0-9 _-]", "", h.strip().lower()).replace(" ", "-")
               for h in re.findall(r"^#{1,6}\s+(.+)$", doc, flags=re.M)}
    alerts = [r for r in alert_rules() if "alert" in r]
    assert {"FlashpointTargetDown", "FlashpointDeadLetterRateHigh", "FlashpointStageStalled",
            "FlashpointConsumerLagHigh", "FlashpointConsumerLagSecondsHigh",
            "FlashpointEndToEndLatencyHigh"} <= {r["alert"] for r in alerts}
    for rule in alerts:
        annotations = rule.get("annotations") or {}
        assert annotations.get("summary") and annotations.get("description"), rule["alert"]
        url = annotations.get("runbook_url", "")
        path, _, anchor = url.partition("#")
        assert path == "docs/operations.md" and anchor, f"{rule['alert']}: runbook_url {url!r}"
        assert anchor in anchors, f"{rule['alert']}: no section #{anchor} in docs/operations.md"
        assert rule.get("labels", {}).get("severity") in {"warning", "critical"}, rule["alert"]


def test_operations_doc_lists_every_metric():
    import flashpoint.metrics as metrics
    from prometheus_client.metrics import MetricWrapperBase

    doc = OPERATIONS.read_text(encoding="utf-8")
    for value in vars(metrics).values():
        if isinstance(value, MetricWrapperBase):
            exposed = value._name + {"counter": "_total", "info": "_info"}.get(value._type, "")
            assert f"`{exposed}`" in doc, f"docs/operations.md does not describe {exposed}"
