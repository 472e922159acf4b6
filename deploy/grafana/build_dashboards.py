"""Generate the provisioned Grafana dashboards (deploy/grafana/dashboards/*.json).

What ships is the JSON; this script is how it is written, so edit here and re-run:

    .venv/bin/python deploy/grafana/build_dashboards.py

Two dashboards:
  * pipeline-health.json  (uid flashpoint-pipeline): Prometheus data source (uid prometheus)
  * incident-picture.json (uid flashpoint-incidents): PostgreSQL data source (uid flashpoint-db)

Alert names and thresholds quoted in descriptions are those of deploy/prometheus/rules/*.yml.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "dashboards"
PROM = {"type": "prometheus", "uid": "prometheus"}
PG = {"type": "grafana-postgresql-datasource", "uid": "flashpoint-db"}


class Layout:
    """Hands out panel ids and grid positions, left to right, top to bottom (24 columns)."""

    def __init__(self) -> None:
        self.x = self.y = self.row_h = 0
        self.next_id = 100  # ids 1..7 are the historical pipeline-health panels; keep them stable

    def place(self, w: int, h: int) -> dict:
        if self.x + w > 24:
            self.x, self.y, self.row_h = 0, self.y + self.row_h, 0
        pos = {"h": h, "w": w, "x": self.x, "y": self.y}
        self.x += w
        self.row_h = max(self.row_h, h)
        return pos

    def row(self, title: str) -> dict:
        if self.x:
            self.x, self.y, self.row_h = 0, self.y + self.row_h, 0
        panel = {"id": self.new_id(), "type": "row", "title": title, "collapsed": False,
                 "gridPos": {"h": 1, "w": 24, "x": 0, "y": self.y}, "panels": []}
        self.y += 1
        return panel

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id


def steps(*levels: tuple[float, str]) -> dict:
    return {"mode": "absolute", "steps": [{"color": "green", "value": None}]
            + [{"color": color, "value": value} for value, color in levels]}


def prom(expr: str, legend: str = "__auto", ref: str = "A", instant: bool = False, fmt: str = "time_series") -> dict:
    target = {"datasource": PROM, "editorMode": "code", "expr": expr, "legendFormat": legend,
              "refId": ref, "range": not instant, "instant": instant}
    if fmt != "time_series":
        target["format"] = fmt
    return target


def sql(query: str, fmt: str = "table", ref: str = "A") -> dict:
    return {"datasource": PG, "editorMode": "code", "format": fmt, "rawQuery": True, "rawSql": query.strip(),
            "refId": ref}


def timeseries(layout, title, description, unit, targets, *, pid=None, w=12, h=8, thresholds=None,
               stack=False, minimum=0, maximum=None, ds=PROM, extra_defaults=None) -> dict:
    defaults = {
        "unit": unit,
        "color": {"mode": "palette-classic"},
        "custom": {"drawStyle": "line", "lineWidth": 1, "fillOpacity": 10, "showPoints": "never",
                   "spanNulls": False, "axisPlacement": "auto",
                   "stacking": {"mode": "normal" if stack else "none", "group": "A"},
                   "thresholdsStyle": {"mode": "line" if thresholds else "off"}},
        "thresholds": thresholds or steps(),
    }
    if minimum is not None:
        defaults["min"] = minimum
    if maximum is not None:
        defaults["max"] = maximum
    defaults.update(extra_defaults or {})
    return {
        "id": pid or layout.new_id(), "type": "timeseries", "title": title, "description": description,
        "datasource": ds, "gridPos": layout.place(w, h),
        "fieldConfig": {"defaults": defaults, "overrides": []},
        "options": {"legend": {"displayMode": "table", "placement": "bottom", "showLegend": True,
                               "calcs": ["mean", "max", "lastNotNull"]},
                    "tooltip": {"mode": "multi", "sort": "desc"}},
        "targets": targets,
    }


def stat(layout, title, description, unit, targets, *, w=4, h=4, thresholds=None, ds=PROM, decimals=None,
         text_mode="auto", color_mode="value", calc="lastNotNull") -> dict:
    defaults = {"unit": unit, "color": {"mode": "thresholds"}, "thresholds": thresholds or steps()}
    if decimals is not None:
        defaults["decimals"] = decimals
    return {
        "id": layout.new_id(), "type": "stat", "title": title, "description": description, "datasource": ds,
        "gridPos": layout.place(w, h), "fieldConfig": {"defaults": defaults, "overrides": []},
        "options": {"reduceOptions": {"calcs": [calc], "fields": "", "values": False},
                    "colorMode": color_mode, "graphMode": "none", "justifyMode": "auto",
                    "textMode": text_mode, "orientation": "auto", "wideLayout": True,
                    "showPercentChange": False},
        "targets": targets,
    }


def table(layout, title, description, unit, targets, *, w=12, h=8, ds=PROM, transformations=None,
          overrides=None, thresholds=None, sort=None) -> dict:
    return {
        "id": layout.new_id(), "type": "table", "title": title, "description": description, "datasource": ds,
        "gridPos": layout.place(w, h),
        "fieldConfig": {"defaults": {"unit": unit, "thresholds": thresholds or steps(),
                                     "custom": {"align": "auto", "cellOptions": {"type": "auto"}}},
                        "overrides": overrides or []},
        "options": {"showHeader": True, "cellHeight": "sm", "footer": {"show": False, "reducer": ["sum"]},
                    "sortBy": sort or []},
        "targets": targets,
        "transformations": transformations or [],
    }


def barchart(layout, title, description, x_field, targets, *, w=8, h=9) -> dict:
    return {
        "id": layout.new_id(), "type": "barchart", "title": title, "description": description, "datasource": PG,
        "gridPos": layout.place(w, h),
        "fieldConfig": {"defaults": {"unit": "short", "min": 0, "color": {"mode": "palette-classic"},
                                     "thresholds": steps(),
                                     "custom": {"fillOpacity": 80, "lineWidth": 1, "gradientMode": "none",
                                                "axisPlacement": "auto"}},
                        "overrides": []},
        "options": {"xField": x_field, "orientation": "horizontal", "showValue": "auto", "stacking": "none",
                    "barWidth": 0.8, "groupWidth": 0.7, "xTickLabelRotation": 0, "xTickLabelSpacing": 0,
                    "legend": {"displayMode": "list", "placement": "bottom", "showLegend": False, "calcs": []},
                    "tooltip": {"mode": "single", "sort": "none"}},
        "targets": targets,
    }


def dashboard(uid: str, title: str, description: str, panels: list, *, refresh: str, time_from: str,
              tags: list[str], links: list | None = None) -> dict:
    return {
        "annotations": {"list": []},
        "description": description,
        "editable": False,
        "fiscalYearStartMonth": 0,
        "graphTooltip": 1,
        "id": None,
        "links": links or [],
        "panels": panels,
        "refresh": refresh,
        "schemaVersion": 39,
        "tags": tags,
        "templating": {"list": []},
        "time": {"from": time_from, "to": "now"},
        "timepicker": {},
        "timezone": "utc",
        "title": title,
        "uid": uid,
        "version": 1,
        "weekStart": "",
    }


# ------------------------------------------------------------------------------------------- pipeline


def pipeline_health() -> dict:
    L = Layout()
    R = "$__rate_interval"
    p = []

    p.append(L.row("Overview"))
    p.append(stat(L, "Scrape targets up", "Number of flashpoint services (api, ingest, enrich, aggregate) Prometheus "
                  "can scrape right now (up). Fewer than 4: a service is down; FlashpointTargetDown fires after 2m.",
                  "short", [prom('sum(up{job=~"flashpoint-.*"})', "up", instant=True)],
                  thresholds={"mode": "absolute", "steps": [{"color": "red", "value": None},
                                                            {"color": "yellow", "value": 1},
                                                            {"color": "green", "value": 4}]}, decimals=0))
    p.append(stat(L, "Incidents written", "Incident rows upserted by aggregate in the selected time range "
                  "(increase of flashpoint_incidents_written_total).", "short",
                  [prom("sum(increase(flashpoint_incidents_written_total[$__range]))", "incidents", instant=True)],
                  decimals=0))
    p.append(stat(L, "Dead letters", "Messages sent to reports.deadletter in the selected time range, all services "
                  "and reasons (increase of flashpoint_messages_deadlettered_total).", "short",
                  [prom("sum(increase(flashpoint_messages_deadlettered_total[$__range]))", "dead letters",
                        instant=True)],
                  thresholds=steps((1, "yellow"), (100, "red")), decimals=0))
    p.append(stat(L, "End-to-end p95", "95th percentile of the time from a report's arrival at ingest to its "
                  "incidents being written, over the last 5 minutes (flashpoint_end_to_end_seconds). "
                  "FlashpointEndToEndLatencyHigh fires when p99 stays above 60s.", "s",
                  [prom("histogram_quantile(0.95, sum by (le) (rate(flashpoint_end_to_end_seconds_bucket[5m])))",
                        "p95", instant=True)],
                  thresholds=steps((10, "yellow"), (60, "red"))))
    p.append(stat(L, "Max consumer lag", "Largest number of messages any consumer group is behind on any topic "
                  "(flashpoint_consumer_lag_messages summed over partitions). FlashpointConsumerLagHigh fires above 1000.",
                  "short", [prom("max(sum by (service, topic) (flashpoint_consumer_lag_messages))", "lag",
                                 instant=True)],
                  thresholds=steps((100, "yellow"), (1000, "red")), decimals=0))
    p.append(table(L, "Build info", "Version each scraped process runs (flashpoint_build_info). More than one version "
                   "means a rollout is in progress or a service was not restarted.", "none",
                   [prom("max by (job, instance, version) (flashpoint_build_info)", "", instant=True, fmt="table")],
                   w=4, h=4,
                   transformations=[{"id": "organize", "options": {
                       "excludeByName": {"Time": True, "Value": True}, "renameByName": {}}}]))

    p.append(L.row("Throughput"))
    p.append(timeseries(L, "Messages consumed per topic",
                        "Rate of messages consumed from each Kafka topic, per service "
                        "(flashpoint_messages_consumed_total). Reports posted over HTTP to ingest are not consumed "
                        "from Kafka and do not appear here; see the produced panel.", "ops",
                        [prom(f"sum by (service, topic) (rate(flashpoint_messages_consumed_total[{R}]))",
                              "{{service}} ← {{topic}}")], pid=1))
    p.append(timeseries(L, "Messages produced per topic",
                        "Rate of messages produced to each Kafka topic, per service "
                        "(flashpoint_messages_produced_total), dead letters from ingest and enrich included.", "ops",
                        [prom(f"sum by (service, topic) (rate(flashpoint_messages_produced_total[{R}]))",
                              "{{service}} → {{topic}}")], pid=2))
    p.append(timeseries(L, "Rows written",
                        "Database rows upserted by aggregate per second: incidents "
                        "(flashpoint_incidents_written_total), day-count rows (flashpoint_count_rows_written_total) "
                        "and stated tallies (flashpoint_tallies_written_total). Upserts: replays count again.", "ops",
                        [prom(f"sum by (service) (rate(flashpoint_incidents_written_total[{R}]))",
                              "incidents ({{service}})", "A"),
                         prom(f"sum by (service) (rate(flashpoint_count_rows_written_total[{R}]))",
                              "day counts ({{service}})", "B"),
                         prom(f"sum by (service) (rate(flashpoint_tallies_written_total[{R}]))",
                              "tallies ({{service}})", "C")]))
    p.append(timeseries(L, "Seconds since last processed batch",
                        "Time since ingest and enrich last committed a batch "
                        "(time() - flashpoint_last_processed_timestamp_seconds). Grows while there is no input, "
                        "too: read it together with consumer lag.", "s",
                        [prom("time() - max by (service) (flashpoint_last_processed_timestamp_seconds)",
                              "{{service}}")],
                        thresholds=steps((600, "yellow"), (3600, "red"))))

    p.append(L.row("Consumer lag"))
    p.append(timeseries(L, "Consumer lag (messages)",
                        "Messages on each topic not yet committed by the consuming service, summed over partitions "
                        "(flashpoint_consumer_lag_messages; end offset minus committed offset, sampled every 5s). "
                        "FlashpointConsumerLagHigh fires above 1000 for 10m.", "short",
                        [prom("sum by (service, topic) (flashpoint_consumer_lag_messages)",
                              "{{service}} ← {{topic}}")],
                        thresholds=steps((100, "yellow"), (1000, "red")), extra_defaults={"decimals": 0}))
    p.append(timeseries(L, "Consumer lag (seconds behind)",
                        "For each consumer and topic, the longest any partition has continuously had uncommitted "
                        "messages (max of flashpoint_consumer_lag_seconds over partitions); 0 when caught up. "
                        "FlashpointConsumerLagSecondsHigh fires above 300s for 5m.", "s",
                        [prom("max by (service, topic) (flashpoint_consumer_lag_seconds)",
                              "{{service}} ← {{topic}}")],
                        thresholds=steps((60, "yellow"), (300, "red"))))

    p.append(L.row("Latency"))
    p.append(timeseries(L, "End-to-end latency p50 / p95 / p99",
                        "From a report's arrival at ingest (received_at) to its incidents being written by aggregate "
                        "(flashpoint_end_to_end_seconds histogram). Empty when no report was written in the window. "
                        "FlashpointEndToEndLatencyHigh fires when p99 > 60s for 10m.", "s",
                        [prom(f"histogram_quantile({q}, sum by (le) (rate(flashpoint_end_to_end_seconds_bucket[{R}])))",
                              f"p{int(float(q) * 100)}", ref)
                         for q, ref in (("0.5", "A"), ("0.95", "B"), ("0.99", "C"))],
                        thresholds=steps((10, "yellow"), (60, "red"))))
    p.append(timeseries(L, "Publication to visible p50 / p95",
                        "From a report's own published time to its incidents being written "
                        "(flashpoint_publication_to_visible_seconds histogram): includes the feed's delay. "
                        "Buckets end at 30 days, so back-filled archives show as 30d.", "s",
                        [prom(f"histogram_quantile({q}, sum by (le) "
                              f"(rate(flashpoint_publication_to_visible_seconds_bucket[{R}])))",
                              f"p{int(float(q) * 100)}", ref)
                         for q, ref in (("0.5", "A"), ("0.95", "B"))],
                        thresholds=steps((3600, "yellow"), (6 * 3600, "red"))))
    p.append(timeseries(L, "Processing duration p50 / p95 / p99 by stage",
                        "Quantiles of per-message processing time by service and stage (ingest/normalize, "
                        "enrich/extract, aggregate/write_report, cluster, write_incidents and write_count), "
                        "estimated from the flashpoint_processing_seconds histogram buckets.", "s",
                        [prom(f"histogram_quantile({q}, sum by (le, service, stage) "
                              f"(rate(flashpoint_processing_seconds_bucket[{R}])))", f"p{n} {{{{service}}}}/{{{{stage}}}}",
                              ref)
                         for q, n, ref in (("0.5", 50, "A"), ("0.95", 95, "B"), ("0.99", 99, "C"))],
                        pid=4, w=24, thresholds=steps((0.5, "yellow"), (2.5, "red"))))

    p.append(L.row("Errors"))
    p.append(timeseries(L, "Dead letters by reason",
                        "Rate of messages sent to reports.deadletter, by service and reason "
                        "(flashpoint_messages_deadlettered_total). The FlashpointDeadLetterRateHigh alert fires "
                        "above 0.1/s for 10m.", "ops",
                        [prom(f"sum by (service, reason) (rate(flashpoint_messages_deadlettered_total[{R}]))",
                              "{{service}}: {{reason}}")],
                        pid=3, stack=True, thresholds=steps((0.1, "red"))))
    p.append(timeseries(L, "Database write errors",
                        "Failed database writes per second (each is retried up to 5 times, then aggregate stops "
                        "without committing), flashpoint_db_write_errors_total. The counter only exists after the "
                        "first error, so the query falls back to 0 per writing service. "
                        "FlashpointDatabaseWriteErrors fires on any for 5m.", "ops",
                        [prom(f"sum by (service) (rate(flashpoint_db_write_errors_total[{R}])) or "
                              f"sum by (service) (rate(flashpoint_incidents_written_total[{R}])) * 0",
                              "{{service}}")],
                        w=6, thresholds=steps((0.001, "red"))))
    p.append(timeseries(L, "HTTP 5xx rate",
                        "Server errors per second of the api and ingest HTTP servers, by job and route "
                        "(flashpoint_http_requests_total{status=~\"5..\"}); 0 per job when there are none. "
                        "FlashpointHTTPErrorsHigh fires when more than 5% of requests fail for 10m.", "reqps",
                        [prom(f'sum by (job, route) (rate(flashpoint_http_requests_total{{status=~"5.."}}[{R}])) or '
                              f"sum by (job) (rate(flashpoint_http_requests_total[{R}])) * 0",
                              "{{job}} {{route}}")],
                        w=6, thresholds=steps((0.01, "red"))))

    p.append(L.row("Enrichment"))
    p.append(timeseries(L, "Enrichment outcomes by language",
                        "Reports read by the extraction core per second, by language and outcome "
                        "(flashpoint_enriched_reports_total): incidents, no_incident, or error (dead-lettered as "
                        "enrich_failed).", "ops",
                        [prom(f"sum by (language, outcome) (rate(flashpoint_enriched_reports_total[{R}]))",
                              "{{language}} {{outcome}}")], w=8, stack=True))
    p.append(timeseries(L, "Extracted locations by kind",
                        "Place mentions resolved by the extraction core per second, by kind (country, admin1, city, "
                        "facility, ...), flashpoint_extracted_locations_total.", "ops",
                        [prom(f"sum by (kind) (rate(flashpoint_extracted_locations_total[{R}]))", "{{kind}}")],
                        w=8, stack=True))
    p.append(timeseries(L, "Incidents without a site",
                        "Share of extracted incidents located no more precisely than a country or province "
                        "(precision 3), by language: flashpoint_incidents_without_site_total / "
                        "flashpoint_extracted_incidents_total. A jump suggests a gazetteer gap.", "percentunit",
                        [prom(f"sum by (language) (rate(flashpoint_incidents_without_site_total[{R}])) / "
                              f"sum by (language) (rate(flashpoint_extracted_incidents_total[{R}]))",
                              "{{language}}")],
                        w=8, maximum=1, thresholds=steps((0.3, "yellow"), (0.5, "red"))))

    p.append(L.row("HTTP API"))
    p.append(timeseries(L, "HTTP request rate by route",
                        "Requests per second served by the api and ingest HTTP servers, by route, method and status "
                        "(flashpoint_http_requests_total).", "reqps",
                        [prom('sum by (job, route, method, status) (rate(flashpoint_http_requests_total'
                              f'{{job=~"flashpoint-(api|ingest)"}}[{R}]))',
                              "{{job}} {{method}} {{route}} {{status}}")], pid=5))
    p.append(timeseries(L, "HTTP p99 latency by route",
                        "99th percentile request latency of the api and ingest HTTP servers by route, estimated from "
                        "the flashpoint_http_request_duration_seconds histogram buckets.", "s",
                        [prom("histogram_quantile(0.99, sum by (le, job, route) "
                              "(rate(flashpoint_http_request_duration_seconds_bucket"
                              f'{{job=~"flashpoint-(api|ingest)"}}[{R}])))', "{{job}} {{route}}")],
                        pid=6, thresholds=steps((0.5, "yellow"), (1, "red"))))
    p.append(timeseries(L, "Scrape targets up",
                        "1 when Prometheus can scrape the service's /metrics endpoint, 0 when it cannot. "
                        "The FlashpointTargetDown alert fires after 2m at 0.", "bool_on_off",
                        [prom('up{job=~"flashpoint-.*"}', "{{job}}")], pid=7, w=24, h=6, maximum=1,
                        thresholds={"mode": "absolute", "steps": [{"color": "red", "value": None},
                                                                  {"color": "green", "value": 1}]},
                        extra_defaults={"decimals": 0}))

    return dashboard(
        "flashpoint-pipeline", "Flashpoint — pipeline health",
        "Throughput, consumer lag, latency, dead letters, errors, enrichment outcomes and HTTP health of the "
        "flashpoint pipeline (ingest → enrich → aggregate → api). Runbooks: docs/operations.md.",
        p, refresh="30s", time_from="now-1h", tags=["flashpoint"],
        links=[{"title": "Incident picture", "type": "link", "url": "/d/flashpoint-incidents", "icon": "dashboard",
                "targetBlank": False, "tooltip": "", "asDropdown": False, "includeVars": False,
                "keepTime": False, "tags": []}],
    )


# ------------------------------------------------------------------------------------------- incidents

# One day per incident: the exact day, or the first day of its date range. Undated incidents are left out.
INCIDENT_DAY = "COALESCE(i.event_date, i.date_start)"
DATED_INCIDENTS = f"(SELECT i.*, {INCIDENT_DAY} AS day FROM incident i) AS inc"


def incident_picture() -> dict:
    L = Layout()
    L.next_id = 0
    p = []

    p.append(stat(L, "Incidents", "Incidents whose day (event date, or the first day of their date range) falls in "
                  "the selected time range, from the incident table. Undated incidents are not counted.", "short",
                  [sql(f"SELECT count(*) AS incidents FROM {DATED_INCIDENTS} WHERE $__timeFilter(inc.day)")],
                  ds=PG, w=6, decimals=0))
    p.append(stat(L, "Killed", "Sum of the killed counts of incidents in the time range (reports that give no "
                  "number count as 0).", "short",
                  [sql(f"SELECT COALESCE(sum(inc.killed), 0) AS killed FROM {DATED_INCIDENTS} "
                       "WHERE $__timeFilter(inc.day)")],
                  ds=PG, w=6, decimals=0, thresholds=steps((1, "red"))))
    p.append(stat(L, "Injured", "Sum of the injured counts of incidents in the time range (reports that give no "
                  "number count as 0).", "short",
                  [sql(f"SELECT COALESCE(sum(inc.injured), 0) AS injured FROM {DATED_INCIDENTS} "
                       "WHERE $__timeFilter(inc.day)")],
                  ds=PG, w=6, decimals=0, thresholds=steps((1, "orange"))))
    p.append(stat(L, "Countries", "Distinct countries with at least one counted incident in the time range "
                  "(daily_count, dimension country).", "short",
                  [sql("SELECT count(DISTINCT key) AS countries FROM daily_count "
                       "WHERE dimension = 'country' AND $__timeFilter(day) AND count > 0")],
                  ds=PG, w=6, decimals=0))

    p.append(timeseries(L, "Incidents per day by country",
                        "Incidents per day and country from daily_count (dimension country; each dated incident "
                        "counted once, however many reports describe it), stacked.", "short",
                        [sql("SELECT day::timestamp AS \"time\", key AS metric, count AS value\n"
                             "FROM daily_count\nWHERE dimension = 'country' AND $__timeFilter(day)\nORDER BY 1, 2",
                             fmt="time_series")],
                        ds=PG, w=24, h=9, stack=True,
                        extra_defaults={"decimals": 0,
                                        "custom": {"drawStyle": "bars", "lineWidth": 1, "fillOpacity": 80,
                                                   "showPoints": "never", "spanNulls": False,
                                                   "axisPlacement": "auto",
                                                   "stacking": {"mode": "normal", "group": "A"},
                                                   "thresholdsStyle": {"mode": "off"}}}))

    for title, column, label, what in (
        ("Incidents by weapon", "weapons", "weapon", "weapons named (drone, rocket, ...)"),
        ("Incidents by claimant", "claimed_by", "claimant", "groups that claimed them"),
        ("Incidents by blamed party", "attributed_to", "blamed", "parties they were attributed to"),
    ):
        p.append(barchart(L, title,
                          f"Incidents in the time range by the {what}, from incident.{column} (a JSON array; an "
                          "incident with two entries counts for both). Top 15.", label,
                          [sql(f"SELECT x.value AS {label}, count(*) AS incidents\n"
                               f"FROM {DATED_INCIDENTS}\n"
                               f"CROSS JOIN LATERAL json_array_elements_text(inc.{column}) AS x(value)\n"
                               "WHERE $__timeFilter(inc.day)\n"
                               f"GROUP BY x.value\nORDER BY incidents DESC, {label}\nLIMIT 15")]))

    geomap = {
        "id": L.new_id(), "type": "geomap", "title": "Recent incidents (map)",
        "description": "The 500 most recent located incidents in the time range (incident.lat/lon). Precision: "
                       "1 exact site, 2 town, 3 province or country centroid (larger circles are less precise).",
        "datasource": PG, "gridPos": L.place(14, 14),
        "fieldConfig": {"defaults": {"unit": "none", "color": {"mode": "thresholds"},
                                     "thresholds": {"mode": "absolute", "steps": [
                                         {"color": "red", "value": None}, {"color": "orange", "value": 2},
                                         {"color": "yellow", "value": 3}]}},
                        "overrides": []},
        "options": {
            "view": {"id": "coords", "lat": 33.5, "lon": 42.0, "zoom": 5, "allLayers": True},
            "controls": {"showZoom": True, "mouseWheelZoom": True, "showAttribution": True},
            "basemap": {"type": "default", "name": "Basemap", "config": {}},
            "layers": [{
                "type": "markers", "name": "Incidents", "tooltip": True,
                "location": {"mode": "coords", "latitude": "lat", "longitude": "lon"},
                "config": {"showLegend": True,
                           "style": {"color": {"field": "precision", "fixed": "red"},
                                     "size": {"field": "precision", "fixed": 6, "min": 5, "max": 12},
                                     "opacity": 0.6,
                                     "symbol": {"mode": "fixed", "fixed": "img/icons/marker/circle.svg"}}},
            }],
            "tooltip": {"mode": "details"},
        },
        "targets": [sql(
            "SELECT inc.day, inc.country_code, inc.admin1, inc.place_name, inc.place_kind, inc.precision,\n"
            "       inc.lat, inc.lon, inc.killed, inc.injured,\n"
            "       (SELECT string_agg(w, ', ') FROM json_array_elements_text(inc.weapons) AS w) AS weapons,\n"
            "       (SELECT string_agg(c, ', ') FROM json_array_elements_text(inc.claimed_by) AS c) AS claimed_by,\n"
            "       inc.report_id\n"
            f"FROM {DATED_INCIDENTS}\n"
            "WHERE inc.lat IS NOT NULL AND inc.lon IS NOT NULL AND $__timeFilter(inc.day)\n"
            "ORDER BY inc.day DESC, inc.updated_at DESC\nLIMIT 500")],
    }
    p.append(geomap)

    p.append(table(L, "Reported tallies vs observed counts",
                   "Each tally a report states (\"10 attacks in Iraq between 17 and 24 October\", table tally) beside "
                   "the incidents flashpoint counted in the same country and period (sum of daily_count, "
                   "dimension country; all countries when the tally names none). difference = observed - stated: negative means "
                   "incidents the feeds did not report individually.", "short",
                   [sql('SELECT t.source, t.country_code, t.start, t."end", t.count AS stated,\n'
                        "       COALESCE(o.observed, 0) AS observed,\n"
                        "       COALESCE(o.observed, 0) - t.count AS difference,\n"
                        "       t.report_id, t.text\n"
                        "FROM tally t\n"
                        "LEFT JOIN LATERAL (\n"
                        "  SELECT sum(d.count) AS observed FROM daily_count d\n"
                        "  WHERE d.dimension = 'country' AND d.day BETWEEN t.start AND t.\"end\"\n"
                        "    AND (t.country_code IS NULL OR d.key = t.country_code)\n"
                        ") o ON true\n"
                        'WHERE t.start IS NOT NULL AND t."end" IS NOT NULL\n'
                        '  AND t."end" >= $__timeFrom() AND t.start <= $__timeTo()\n'
                        'ORDER BY t.start DESC, t.country_code, t."end" DESC')],
                   w=10, h=14, ds=PG,
                   overrides=[{"matcher": {"id": "byName", "options": "difference"},
                               "properties": [{"id": "custom.cellOptions",
                                               "value": {"type": "color-text"}},
                                              {"id": "thresholds", "value": {"mode": "absolute", "steps": [
                                                  {"color": "red", "value": None},
                                                  {"color": "green", "value": 0}]}}]},
                              {"matcher": {"id": "byName", "options": "text"},
                               "properties": [{"id": "custom.width", "value": 320}]}]))

    p.append(table(L, "Recent incidents",
                   "The 200 most recent incidents in the time range with place, casualties, weapons, claimants, "
                   "blamed parties and how many reports and sources describe them (incident table); report_id is "
                   "the first report (GET /v1/reports/{id} on the api).",
                   "none",
                   [sql("SELECT inc.day, inc.country_code, inc.admin1, inc.place_name, inc.precision,\n"
                        "       inc.killed, inc.injured,\n"
                        "       (SELECT string_agg(w, ', ') FROM json_array_elements_text(inc.weapons) AS w) AS weapons,\n"
                        "       (SELECT string_agg(c, ', ') FROM json_array_elements_text(inc.claimed_by) AS c) AS claimed_by,\n"
                        "       (SELECT string_agg(a, ', ') FROM json_array_elements_text(inc.attributed_to) AS a) AS attributed_to,\n"
                        "       inc.n_reports, inc.n_sources, inc.report_id\n"
                        f"FROM {DATED_INCIDENTS}\n"
                        "WHERE $__timeFilter(inc.day)\n"
                        "ORDER BY inc.day DESC, inc.updated_at DESC\nLIMIT 200")],
                   w=24, h=10, ds=PG))

    return dashboard(
        "flashpoint-incidents", "Flashpoint — incident picture",
        "What the pipeline has found: incidents per day and country, weapons, claimants, blamed parties, a map of "
        "recent incidents and stated tallies beside observed counts. Reads the flashpoint PostgreSQL database.",
        p, refresh="1m", time_from="now-30d", tags=["flashpoint"],
        links=[{"title": "Pipeline health", "type": "link", "url": "/d/flashpoint-pipeline", "icon": "dashboard",
                "targetBlank": False, "tooltip": "", "asDropdown": False, "includeVars": False,
                "keepTime": False, "tags": []}],
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in (("pipeline-health.json", pipeline_health), ("incident-picture.json", incident_picture)):
        (OUT / name).write_text(json.dumps(build(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT / name}")


if __name__ == "__main__":
    main()
