"""The core reads every report of the week fixture as intended (so the streaming test checks the
aggregation, not the reading)."""

from __future__ import annotations

import datetime as dt

from flashpoint.extract import extract
from services.aggregate.incidents import aggregate
from tests.week_of_reports import ATTACKS, OUTSIDE, reports


def test_each_report_yields_its_attack_day_and_country():
    for item in reports():
        facts = extract(item["id"], item["text"], item.get("lang"), item.get("published_at"))
        if item["id"].startswith(("week-unrelated", "week-tally")):
            assert facts.incidents == [], (item["id"], facts.incidents)
            continue
        _week, _kind, day, country, *_ = item["id"].split("-")
        (incident,) = facts.incidents
        assert incident.country_code == country, item
        assert incident.date and incident.date.start == incident.date.end == dt.date(2023, 10, int(day)), item
        assert incident.place is not None and incident.place.kind == "facility", (item, incident.place)


def test_batch_aggregation_counts_13_attacks_in_the_week():
    import datetime as dt_

    from flashpoint.contracts import EnrichedReport, NormalizedReport

    enriched = []
    for item in reports():
        facts = extract(item["id"], item["text"], item.get("lang"), item.get("published_at"))
        report = NormalizedReport(id=item["id"], content_hash="x", text=item["text"], source=item.get("source"),
                                  received_at=dt_.datetime(2023, 10, 27, tzinfo=dt_.timezone.utc))
        enriched.append(EnrichedReport(report=report, enrichment=facts, enriched_at=report.received_at))
    incidents, _counts = aggregate(enriched)
    week = [i for i in incidents if i.day and dt.date(2023, 10, 17) <= i.day <= dt.date(2023, 10, 24)]
    assert sum(1 for i in week if i.facts.country_code == "IQ") == 10
    assert sum(1 for i in week if i.facts.country_code == "SY") == 3
    assert len(incidents) == len(ATTACKS) + len(OUTSIDE)
    assert max(i.n_reports for i in incidents) == 3
