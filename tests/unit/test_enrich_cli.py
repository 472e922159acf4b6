"""`flashpoint enrich`: JSON lines in, one facts line out per report, in order; bad lines get an error."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import seed_text


def test_enrich_command_contract():
    lines = [
        json.dumps({"id": "seed", "text": seed_text(), "published_at": "2023-10-26"}, ensure_ascii=False),
        "{broken json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": 7, "text": "A rocket attack hit Ain al-Asad air base in Iraq on Oct. 18, 2023.", "lang": "en"}),
    ]
    done = subprocess.run([sys.executable, "-m", "flashpoint.cli", "enrich"], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(out) == 4
    seed, broken, no_text, english = out
    assert seed["id"] == "seed" and seed["language"] == "ar" and "error" not in seed
    assert set(seed) >= {"locations", "incidents", "actors", "weapons", "casualties", "tallies"}
    assert {i["country_code"] for i in seed["incidents"]} == {"IQ", "SY"}
    assert broken["error"].startswith("not JSON") and broken["line"] == 2
    assert no_text == {"id": "no-text", "error": "text is missing or empty"}
    assert english["id"] == "7"
    (incident,) = english["incidents"]
    assert incident["place"]["name"].startswith("Ain al-Asad") and incident["place"]["precision"] == 1
    assert incident["date"] == {"start": "2023-10-18", "end": "2023-10-18"}
    assert incident["weapons"] == ["rocket"]
    location = english["locations"][0]
    assert set(location) >= {"text", "name", "kind", "country_code", "admin1", "lat", "lon", "precision"}
