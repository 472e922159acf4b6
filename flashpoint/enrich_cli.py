"""`flashpoint enrich`: JSON lines in, one JSON line of facts out per input line, in order."""

from __future__ import annotations

import json
from typing import IO

from flashpoint import extract


def enrich_line(line: str, number: int) -> dict:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "line": number, "error": f"not JSON: {exc.msg}"}
    if not isinstance(item, dict):
        return {"id": None, "line": number, "error": "a report is a JSON object"}
    report_id = item.get("id")
    report_id = str(report_id) if report_id is not None else f"line-{number}"
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return {"id": report_id, "error": "text is missing or empty"}
    facts = extract.extract(report_id, text, item.get("lang"), item.get("published_at"))
    if facts.error:
        return {"id": report_id, "error": facts.error}
    return facts.model_dump(mode="json", exclude={"error"})


def run(stdin: IO[str], stdout: IO[str]) -> int:
    extract.load()
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        stdout.write(json.dumps(enrich_line(line, number), ensure_ascii=False) + "\n")
        stdout.flush()
    return 0
