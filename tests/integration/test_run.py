"""`flashpoint run` (what `make run` starts): samples served, and SIGTERM leaves nothing behind."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, wait_until
from tests.integration.conftest import processes_using, start_pipeline

pytestmark = pytest.mark.integration


def test_run_serves_the_samples_and_stops_cleanly_on_sigterm(tmp_path):
    samples = [json.loads(line) for line in (ROOT / "samples" / "reports.jsonl").read_text().splitlines() if line.strip()]
    assert len(samples) >= 10
    pipeline = start_pipeline(tmp_path, None, samples=True)
    try:
        ids = [s["id"] for s in samples]
        wait_until(lambda: all(pipeline.get(f"/v1/reports/{i}").status_code == 200 for i in ids[-3:]),
                   timeout=120, what="the samples in the API")

        def counted() -> dict:
            body = pipeline.get("/v1/counts", group_by="country", **{"from": "2023-10-01", "to": "2024-02-29"}).json()
            return {row["key"]: row["count"] for row in body["counts"]}

        counts = wait_until(lambda: (c := counted()).get("IQ", 0) > 0 and c.get("SY", 0) > 0 and c,
                            what="sample counts for Iraq and Syria")
        assert list(counts.values()) == sorted(counts.values(), reverse=True), "sorted by count"
        # Every count is backed by dated incidents the API also lists.
        incidents = pipeline.get("/v1/incidents", country="IQ", limit=1000,
                                 **{"from": "2023-10-01", "to": "2024-02-29"}).json()["items"]
        assert len([i for i in incidents if i["event_date"]]) == counts["IQ"]
        assert processes_using(str(tmp_path)), "the broker and services run with our data dir"
    finally:
        status = pipeline.stop()
    assert status == 0
    wait_until(lambda: not processes_using(str(tmp_path)), timeout=30, what="every child process to exit")
