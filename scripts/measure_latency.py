"""Publish-to-API latency on a warm pipeline (embedded broker, SQLite): 20 reports, one at a time.

    make bench-latency
"""
import json
import statistics
import sys
import time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from flashpoint.contracts import Topics
from tests.conftest import wait_until
from tests.integration.conftest import start_pipeline
import tempfile
p = start_pipeline(Path(tempfile.mkdtemp(prefix="flashpoint-latency-")), None)
try:
    p.publish(Topics.RAW, [json.dumps({"id": "warm", "text": "A drone attack hit Ain al-Asad air base on Oct. 18, 2023.", "published_at": "2023-10-19"}).encode()])
    wait_until(lambda: p.get("/v1/reports/warm").status_code == 200)
    report_lat, incident_lat = [], []
    for i in range(20):
        rid = f"lat-{i}"
        body = {"id": rid, "published_at": "2023-10-20", "text": f"Rockets struck Harir air base in Erbil on Oct. {i % 9 + 1}, 2023, a US official said. Report {i}."}
        t = time.monotonic()
        p.publish(Topics.RAW, [json.dumps(body).encode()])
        wait_until(lambda: p.get(f"/v1/reports/{rid}").status_code == 200, interval=0.02)
        report_lat.append(time.monotonic() - t)
        day = f"2023-10-{i % 9 + 1:02d}"
        wait_until(lambda: any(x["event_date"] == day for x in p.get("/v1/incidents", **{"from": day, "to": day}).json()["items"]), interval=0.02)
        incident_lat.append(time.monotonic() - t)
    q = lambda xs, f: sorted(xs)[int(f * (len(xs) - 1))]
    print(f"report visible: median {statistics.median(report_lat):.2f}s p90 {q(report_lat, .9):.2f}s max {max(report_lat):.2f}s")
    print(f"incident visible: median {statistics.median(incident_lat):.2f}s p90 {q(incident_lat, .9):.2f}s max {max(incident_lat):.2f}s")
finally:
    p.stop()
