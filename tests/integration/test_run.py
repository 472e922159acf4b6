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

        def listed(country: str) -> int:
            items = pipeline.get("/v1/incidents", country=country, limit=1000,
                                 **{"from": "2023-10-01", "to": "2024-02-29"}).json()["items"]
            return len([i for i in items if i["event_date"]])

        # Counts settle on the number of dated incidents the API lists (the count agent runs behind).
        counts = wait_until(lambda: (c := counted()).get("IQ", 0) > 0 and c.get("SY", 0) > 0
                            and c["IQ"] == listed("IQ") and c["SY"] == listed("SY") and c,
                            what="sample counts for Iraq and Syria to match the incidents")
        assert list(counts.values()) == sorted(counts.values(), reverse=True), "sorted by count"
        assert processes_using(str(tmp_path)), "the broker and services run with our data dir"
    finally:
        status = pipeline.stop()
    assert status == 0
    wait_until(lambda: not processes_using(str(tmp_path)), timeout=30, what="every child process to exit")
