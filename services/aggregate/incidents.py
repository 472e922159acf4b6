"""From enriched reports to incidents: the deduplication rule. Pure: no Kafka, no database.

Each incident a report describes is a *candidate*. Candidates are grouped by event day and
country (`group_key`), and a group is clustered into incidents by one deterministic rule, so the
result does not depend on the order reports arrive in, and a replay gives the same incidents:

  1. Candidates at the same site on the same day are one incident. A site is a named facility
     or town; facilities within 10 km of each other, and a town within 10 km of a facility,
     are one site (flashpoint.extract.matcher.same_site_map).
  2. ... unless their weapons contradict: when candidates at one site name different single
     weapons (one says "rockets", another "drone"), each weapon is its own incident; candidates
     naming several weapons or none join the compatible incident with the most reports.
  3. A candidate placed only at a province or a country joins an incident of that day in that
     province or country (the one with the most reports); if there is none, it is an incident
     of its own, located at the province or country.
  4. Candidates without a known day (none, or only a range such as "last week") are never
     merged: each is kept as an incident flagged by `event_date = null`, outside day counts.
  5. Attacks outside any country (a ship in the Red Sea, a tanker in Bab el-Mandeb) have no
     country: the sea or strait is their site, and their group is the day "at sea". They are
     counted by weapon, actor and target, never by country.

An incident keeps its source reports, the number of reports and distinct sources, first and
last seen, and the best facts so far: the most precise place, the union of weapons, claimants,
alleged, sponsors and targets, and the largest casualty figures reported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from flashpoint.contracts import EnrichedReport
from flashpoint.extract.facts import DateRange, Incident
from flashpoint.storage.models import as_utc, incident_document

SITE_KINDS = ("facility", "city", "region")
AT_SEA = "at-sea"  # the group and area of incidents outside any country
_KIND_ORDER = {"facility": 0, "city": 1, "region": 2, "admin1": 3, "country": 4, "sea": 5}


class Candidate(BaseModel):
    """One incident as one report describes it."""

    key: str  # "<report id>#<site or country>#<day>": stable across replays
    report_id: str
    source: str | None
    received_at: dt.datetime
    published_at: dt.datetime | None
    group_key: str
    day: dt.date | None
    facts: Incident


def _digest(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:32]


def site_key(incident: Incident) -> str:
    place = incident.place
    if place is not None and place.kind in SITE_KINDS and place.country_code:
        return place.site_id or place.place_id
    if place is not None and place.kind == "sea" and not incident.country_code:
        return f"sea:{place.place_id}"
    if place is not None and place.kind == "admin1" and incident.admin1:
        return f"admin1:{incident.country_code}:{incident.admin1}"
    return f"country:{incident.country_code or AT_SEA}"


def event_day(incident: Incident) -> dt.date | None:
    """The day an incident happened, when the report pins it to one day."""
    if incident.date and incident.date.start == incident.date.end:
        return incident.date.start
    return None


def candidates(enriched: EnrichedReport) -> list[Candidate]:
    report = enriched.report
    return report_candidates(report.id, report.source, report.received_at, report.published_at,
                             enriched.enrichment.incidents)


def report_candidates(report_id: str, source: str | None, received_at: dt.datetime,
                      published_at: dt.datetime | None, incidents: list[Incident]) -> list[Candidate]:
    """The incidents of one report as candidates; also rebuilt from a stored report row by the reconciler."""
    out = []
    for incident in incidents:
        day = event_day(incident)
        site = site_key(incident)
        area = incident.country_code or AT_SEA
        group = f"{day.isoformat()}|{area}" if day else f"undated|{report_id}|{site}"
        out.append(Candidate(
            key=f"{report_id}#{site}#{day or (incident.date.start if incident.date else '')}",
            report_id=report_id, source=source, received_at=received_at,
            published_at=published_at, group_key=group, day=day, facts=incident,
        ))
    return out


@dataclass
class IncidentState:
    id: str
    group_key: str
    day: dt.date | None
    members: list[Candidate]
    facts: Incident
    n_reports: int
    n_sources: int
    first_seen: dt.datetime
    last_seen: dt.datetime
    tags: list[str] = field(default_factory=list)

    @property
    def dimensions(self) -> list[str]:
        """Count buckets: only incidents with a known day are counted."""
        return self.tags if self.day else []

    @property
    def facts_hash(self) -> str:
        payload = {"facts": self.facts.model_dump(mode="json"), "reports": sorted(m.key for m in self.members)}
        return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def _single_weapon(c: Candidate) -> str | None:
    return c.facts.weapons[0] if len(c.facts.weapons) == 1 else None


def _compatible(c: Candidate, weapon: str | None) -> bool:
    return weapon is None or not c.facts.weapons or weapon in c.facts.weapons


def cluster(group_key: str, members: list[Candidate]) -> list[IncidentState]:
    """The incidents of one group (one day and country, or one undated candidate). Deterministic."""
    members = sorted(members, key=lambda c: c.key)
    if not members:
        return []
    day = members[0].day
    if day is None:  # rule 4: undated candidates are never merged
        return [_incident(_digest("undated", c.key), group_key, None, [c]) for c in members]

    by_site: dict[str, list[Candidate]] = {}
    broad: list[Candidate] = []
    for c in members:
        key = site_key(c.facts)
        if key.startswith(("admin1:", "country:")):
            broad.append(c)
        else:
            by_site.setdefault(key, []).append(c)

    clusters: dict[str, tuple[str, str | None, list[Candidate]]] = {}  # id -> (site, weapon, members)
    for site, site_members in sorted(by_site.items()):
        weapons = sorted({w for c in site_members if (w := _single_weapon(c))})
        if len(weapons) <= 1:  # rule 1
            clusters[_digest(day, site)] = (site, None, list(site_members))
            continue
        # Rule 2: one incident per single weapon named; the first keeps the site's plain id.
        for index, weapon in enumerate(weapons):
            incident_id = _digest(day, site) if index == 0 else _digest(day, site, weapon)
            clusters[incident_id] = (site, weapon, [c for c in site_members if _single_weapon(c) == weapon])
        for c in site_members:
            if _single_weapon(c) is None:
                _join_largest(clusters, c, lambda s, w, _ms, c=c, site=site: s == site and _compatible(c, w))

    for c in broad:  # rule 3
        area = site_key(c.facts)

        def accepts(site: str, weapon: str | None, cluster_members: list[Candidate], c=c, area=area) -> bool:
            if not _compatible(c, weapon):
                return False
            if area.startswith("admin1:"):
                return site == area or any(m.facts.admin1 == c.facts.admin1 for m in cluster_members)
            return True  # a group is one day in one country (or at sea)

        if not _join_largest(clusters, c, accepts):
            clusters[_digest(day, area)] = (area, None, [c])

    return [_incident(incident_id, group_key, day, ms) for incident_id, (_s, _w, ms) in sorted(clusters.items())]


def _join_largest(clusters: dict, candidate: Candidate, accepts) -> bool:
    """Add the candidate to the accepting incident with the most members (ties: smallest id)."""
    options = [(len(ms), incident_id) for incident_id, (site, weapon, ms) in clusters.items()
               if accepts(site, weapon, ms)]
    if not options:
        return False
    _size, chosen = min(options, key=lambda o: (-o[0], o[1]))
    clusters[chosen][2].append(candidate)
    return True


def _incident(incident_id: str, group_key: str, day: dt.date | None, members: list[Candidate]) -> IncidentState:
    members = sorted(members, key=lambda c: c.key)
    facts = merge_facts(members, day)
    state = IncidentState(
        id=incident_id, group_key=group_key, day=day, members=members, facts=facts,
        n_reports=len({m.report_id for m in members}),
        n_sources=len({m.source or m.report_id for m in members}),
        first_seen=min(m.received_at for m in members), last_seen=max(m.received_at for m in members),
    )
    state.tags = dimensions(facts)
    return state


def merge_facts(members: list[Candidate], day: dt.date | None) -> Incident:
    """The best facts so far: most precise place, unions of the lists, largest casualty figures."""
    placed = [m.facts.place for m in members if m.facts.place is not None]
    place = min(placed, key=lambda p: (p.precision, _KIND_ORDER.get(p.kind, 9), p.place_id), default=None)
    first = members[0].facts

    def union(attr: str) -> list[str]:
        return sorted({v for m in members for v in getattr(m.facts, attr)})

    def largest(attr: str) -> int | None:
        values = [getattr(m.facts, attr) for m in members if getattr(m.facts, attr) is not None]
        return max(values) if values else None

    date = DateRange(start=day, end=day) if day else first.date
    return Incident(
        date=date, country_code=first.country_code,
        admin1=place.admin1 if place is not None and place.kind != "country" else first.admin1,
        place=place, weapons=union("weapons"), killed=largest("killed"), injured=largest("injured"),
        claimed_by=union("claimed_by"), attributed_to=union("attributed_to"), sponsors=union("sponsors"),
        targets=union("targets"),
    )


def dimensions(facts: Incident) -> list[str]:
    """The count buckets an incident falls in: "<dimension>|<key>"."""
    dims = [f"country|{facts.country_code}"] if facts.country_code else []
    if facts.admin1 and facts.country_code:
        dims.append(f"admin1|{facts.country_code}|{facts.admin1}")
    dims += [f"weapon|{w}" for w in facts.weapons]
    dims += [f"target|{t}" for t in facts.targets]
    for role, names in (("claimant", facts.claimed_by), ("alleged", facts.attributed_to), ("sponsor", facts.sponsors)):
        dims += [f"actor|{role}|{name}" for name in names]
    return sorted(set(dims))


def count_key(day: dt.date, dimension: str) -> str:
    return f"{day.isoformat()}|{dimension}"


def split_count_key(key: str) -> tuple[dt.date, str, str]:
    day, dimension, value = key.split("|", 2)
    return dt.date.fromisoformat(day), dimension, value


# ---------------------------------------------------------------------- rows for the database
def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def report_row(enriched: EnrichedReport) -> dict[str, Any]:
    r = enriched.report
    return {
        "id": r.id, "content_hash": r.content_hash, "text": r.text, "title": r.title, "lang": r.lang,
        "published_at": as_utc(r.published_at), "source": r.source, "url": r.url,
        "received_at": as_utc(r.received_at), "enrichment": enriched.enrichment.model_dump(mode="json"),
        "updated_at": now(),
    }


def incident_row(state: IncidentState, version: int) -> dict[str, Any]:
    f = state.facts
    place = f.place
    row = {
        "id": state.id, "report_id": state.members[0].report_id, "event_date": state.day,
        "date_start": f.date.start if f.date else None, "date_end": f.date.end if f.date else None,
        "country_code": f.country_code, "admin1": f.admin1,
        "place_name": place.name if place else None, "place_kind": place.kind if place else None,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "precision": place.precision if place else None,
        "weapons": f.weapons, "killed": f.killed, "injured": f.injured, "claimed_by": f.claimed_by,
        "attributed_to": f.attributed_to, "sponsors": f.sponsors, "targets": f.targets,
        "group_key": state.group_key, "n_reports": state.n_reports, "n_sources": state.n_sources,
        "first_seen": as_utc(state.first_seen), "last_seen": as_utc(state.last_seen), "version": version,
        "facts_hash": state.facts_hash, "updated_at": now(),
    }
    row["document"] = incident_document(row)
    return row


def incident_report_rows(state: IncidentState) -> list[dict[str, Any]]:
    return [{"incident_id": state.id, "candidate_key": m.key, "report_id": m.report_id, "source": m.source,
             "received_at": as_utc(m.received_at), "facts": m.facts.model_dump(mode="json")} for m in state.members]


def incident_tag_rows(state: IncidentState) -> list[dict[str, Any]]:
    return [{"incident_id": state.id, "tag": tag} for tag in state.tags]


def tally_rows(enriched: EnrichedReport) -> list[dict[str, Any]]:
    rows = []
    for t in enriched.enrichment.tallies:
        rows.append({
            "id": _digest("tally", enriched.report.id, t.count, t.country_code, t.start, t.end),
            "report_id": enriched.report.id, "count": t.count, "country_code": t.country_code,
            "start": t.start, "end": t.end, "source": t.source, "weapons": t.weapons, "text": t.text,
            "updated_at": now(),
        })
    return rows


def aggregate(reports) -> tuple[list[IncidentState], dict[str, set[str]]]:
    """The whole rule at once over a batch of enriched reports: what the streaming agents converge to.

    Used by the tests (the stream must agree with it) and to load data for benchmarks.
    """
    groups: dict[str, dict[str, Candidate]] = {}
    for enriched in reports:
        for candidate in candidates(enriched):
            groups.setdefault(candidate.group_key, {})[candidate.key] = candidate
    incidents = [i for key in sorted(groups) for i in cluster(key, list(groups[key].values()))]
    counts: dict[str, set[str]] = {}
    for incident in incidents:
        for dim in incident.dimensions:
            counts.setdefault(count_key(incident.day, dim), set()).add(incident.id)
    return incidents, counts


# ---------------------------------------------------------------------- reconciliation
def count_resets(expected: dict[str, set[str]], stored: dict[str, int]) -> dict[str, list[str]]:
    """Count keys whose stored count is not the number of incidents the database holds for them,
    with the incident ids they should hold (an empty list for a count that should be 0)."""
    resets = {key: sorted(ids) for key, ids in expected.items() if stored.get(key, 0) != len(ids)}
    resets.update({key: [] for key, count in stored.items() if count and key not in expected})
    return resets

