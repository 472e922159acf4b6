"""From an enriched report to rows: incidents, stated tallies, the report itself. Pure."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from flashpoint.contracts import EnrichedReport, IncidentRecord
from flashpoint.extract.facts import Incident


def _digest(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:32]


def incident_id(report_id: str, incident: Incident) -> str:
    # Stable across replays and across re-ordering of the report's incidents.
    place = incident.place.place_id if incident.place else incident.country_code
    start = incident.date.start if incident.date else None
    end = incident.date.end if incident.date else None
    return _digest("incident", report_id, place, start, end)


def event_day(incident: Incident) -> dt.date | None:
    """The day an incident happened, when the report pins it to one day."""
    if incident.date and incident.date.start == incident.date.end:
        return incident.date.start
    return None


def day_country_key(day: dt.date, country_code: str) -> str:
    return f"{day.isoformat()}|{country_code}"


def split_key(key: str) -> tuple[dt.date, str]:
    day, country = key.split("|", 1)
    return dt.date.fromisoformat(day), country


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)


def incident_records(enriched: EnrichedReport) -> list[IncidentRecord]:
    report_id = enriched.report.id
    return [
        IncidentRecord(id=incident_id(report_id, inc), report_id=report_id, event_date=event_day(inc), facts=inc)
        for inc in enriched.enrichment.incidents
    ]


def report_row(enriched: EnrichedReport) -> dict[str, Any]:
    r = enriched.report
    return {
        "id": r.id, "content_hash": r.content_hash, "text": r.text, "title": r.title, "lang": r.lang,
        "published_at": _utc(r.published_at), "source": r.source, "url": r.url,
        "received_at": _utc(r.received_at), "enrichment": enriched.enrichment.model_dump(mode="json"),
        "updated_at": _utc(dt.datetime.now(dt.timezone.utc)),
    }


def incident_row(record: IncidentRecord) -> dict[str, Any]:
    f = record.facts
    place = f.place
    return {
        "id": record.id, "report_id": record.report_id, "event_date": record.event_date,
        "date_start": f.date.start if f.date else None, "date_end": f.date.end if f.date else None,
        "country_code": f.country_code, "admin1": f.admin1,
        "place_name": place.name if place else None, "place_kind": place.kind if place else None,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "precision": place.precision if place else None,
        "weapons": f.weapons, "killed": f.killed, "injured": f.injured, "claimed_by": f.claimed_by,
        "attributed_to": f.attributed_to, "sponsors": f.sponsors, "targets": f.targets,
        "updated_at": _utc(dt.datetime.now(dt.timezone.utc)),
    }


def tally_rows(enriched: EnrichedReport) -> list[dict[str, Any]]:
    rows = []
    for t in enriched.enrichment.tallies:
        rows.append({
            "id": _digest("tally", enriched.report.id, t.count, t.country_code, t.start, t.end),
            "report_id": enriched.report.id, "count": t.count, "country_code": t.country_code,
            "start": t.start, "end": t.end, "source": t.source, "weapons": t.weapons, "text": t.text,
            "updated_at": _utc(dt.datetime.now(dt.timezone.utc)),
        })
    return rows
