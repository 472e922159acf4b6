"""The incident deduplication rule (services/aggregate/incidents.py), on both sides of each threshold."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random

import pytest

from flashpoint.extract.facts import DateRange, Incident, Location
from flashpoint.extract.matcher import SAME_SITE_KM, Place, same_site_map
from services.aggregate.incidents import Candidate, cluster, count_resets, dimensions, report_candidates

DAY = dt.date(2023, 10, 18)
AIN_AL_ASAD = (33.80, 42.44)


def location(place_id: str, kind: str = "facility", lat: float = AIN_AL_ASAD[0], lon: float = AIN_AL_ASAD[1],
             site_id: str | None = None, precision: int = 1, country: str = "IQ", admin1: str = "Anbar") -> Location:
    return Location(text=place_id, name=place_id, kind=kind, country_code=country,
                    admin1=admin1 if kind != "country" else None, lat=lat, lon=lon, precision=precision,
                    place_id=place_id, site_id=site_id or place_id)


counter = itertools.count()


def candidate(place: Location | None, day: dt.date | None = DAY, weapons=("drone",), source: str | None = None,
              killed=None, injured=None, claimed=(), country: str = "IQ", admin1: str | None = "Anbar") -> Candidate:
    n = next(counter)
    facts = Incident(date=DateRange(start=day, end=day) if day else None, country_code=country, admin1=admin1,
                     place=place, weapons=list(weapons), killed=killed, injured=injured, claimed_by=list(claimed))
    group = f"{day}|{country}" if day else f"undated|r{n}|{place.place_id if place else country}"
    return Candidate(key=f"r{n}#{place.site_id if place else country}#{day}", report_id=f"r{n}", source=source,
                     received_at=dt.datetime(2023, 10, 19, 8, tzinfo=dt.timezone.utc) + dt.timedelta(minutes=n),
                     published_at=None, group_key=group, day=day, facts=facts)


def incidents_of(members: list[Candidate]):
    groups: dict[str, list[Candidate]] = {}
    for m in members:
        groups.setdefault(m.group_key, []).append(m)
    return [i for key, ms in sorted(groups.items()) for i in cluster(key, ms)]


def test_same_site_same_day_is_one_incident_with_its_sources():
    a = candidate(location("facility:ain-al-asad"), source="AFP", injured=2, claimed=["Islamic Resistance in Iraq"])
    b = candidate(location("facility:ain-al-asad"), source="Reuters", injured=5)
    c = candidate(location("facility:ain-al-asad"), source="AFP")
    (incident,) = incidents_of([a, b, c])
    assert incident.n_reports == 3 and incident.n_sources == 2
    assert incident.facts.injured == 5 and incident.facts.claimed_by == ["Islamic Resistance in Iraq"]
    assert incident.first_seen == a.received_at and incident.last_seen == c.received_at


def test_same_site_next_day_is_another_incident():
    a = candidate(location("facility:ain-al-asad"))
    b = candidate(location("facility:ain-al-asad"), day=DAY + dt.timedelta(days=1))
    assert len(incidents_of([a, b])) == 2


def _place(place_id: str, kind: str, lat: float, lon: float, population: int = 5000) -> Place:
    return Place(place_id, kind, place_id, "IQ", "Anbar", lat, lon, population)


@pytest.mark.parametrize(("km", "same"), [(SAME_SITE_KM - 0.2, True), (SAME_SITE_KM + 0.2, False)])
def test_a_town_within_10_km_of_a_base_is_the_base(km, same):
    base = _place("facility:base", "facility", *AIN_AL_ASAD)
    town_lat = AIN_AL_ASAD[0] + km / 111.2  # one degree of latitude is about 111.2 km
    town = _place("city:town", "city", town_lat, AIN_AL_ASAD[1])
    sites = same_site_map([base, town])
    assert (sites.get("city:town") == "facility:base") is same
    a = candidate(location("facility:base"))
    b = candidate(location("city:town", kind="city", lat=town_lat, site_id=sites.get("city:town")))
    assert len(incidents_of([a, b])) == (1 if same else 2)


def test_a_big_city_near_a_base_stays_a_site_of_its_own():
    base = _place("facility:base", "facility", *AIN_AL_ASAD)
    city = _place("city:big", "city", AIN_AL_ASAD[0] + 0.02, AIN_AL_ASAD[1], population=500_000)
    assert "city:big" not in same_site_map([base, city])


def test_compatible_weapons_join_contradictory_ones_split():
    base = location("facility:ain-al-asad")
    drone, both = candidate(base, weapons=["drone"]), candidate(base, weapons=["drone", "rocket"])
    assert len(incidents_of([drone, both])) == 1
    rockets = candidate(base, weapons=["rocket"])
    split = incidents_of([drone, both, rockets])
    assert sorted(tuple(i.facts.weapons) for i in split) == [("drone", "rocket"), ("rocket",)]
    unspecified = candidate(base, weapons=[])
    assert len(incidents_of([drone, rockets, unspecified])) == 2


def test_a_country_level_report_joins_that_day_s_incident_or_stands_alone():
    site = candidate(location("facility:ain-al-asad"))
    country = candidate(location("country:IQ", kind="country", precision=3), admin1=None)
    (joined,) = incidents_of([site, country])
    assert joined.facts.place.place_id == "facility:ain-al-asad" and joined.n_reports == 2
    alone = incidents_of([country])
    assert len(alone) == 1 and alone[0].facts.place.kind == "country"
    elsewhere = candidate(location("country:SY", kind="country", precision=3, country="SY"), country="SY", admin1=None)
    assert len(incidents_of([site, elsewhere])) == 2


def test_undated_incidents_are_kept_apart_and_not_counted():
    a = candidate(location("facility:ain-al-asad"), day=None)
    b = candidate(location("facility:ain-al-asad"), day=None)
    undated = incidents_of([a, b])
    assert len(undated) == 2 and all(i.day is None and i.dimensions == [] for i in undated)
    assert undated[0].tags  # still filterable


def test_attacks_at_sea_are_incidents_without_a_country():
    def at_sea(report_id: str, place: Location | None, weapons=("missile",)) -> list[Candidate]:
        facts = Incident(date=DateRange(start=DAY, end=DAY), country_code=None, admin1=None, place=place,
                         weapons=list(weapons), claimed_by=["Houthis"])
        received = dt.datetime(2024, 1, 10, tzinfo=dt.timezone.utc)
        return report_candidates(report_id, None, received, None, [facts])

    strait = location("region:bab-el-mandeb", kind="sea", lat=12.58, lon=43.33, country=None, admin1=None)
    red_sea = location("region:red-sea", kind="sea", lat=20.0, lon=38.0, country=None, admin1=None)
    members = [*at_sea("a", strait), *at_sea("b", strait), *at_sea("c", red_sea, weapons=("drone",))]
    assert len(members) == 3 and {m.group_key for m in members} == {f"{DAY}|at-sea"}
    strait_incident, red_sea_incident = sorted(incidents_of(members), key=lambda i: -i.n_reports)
    assert strait_incident.n_reports == 2 and strait_incident.facts.place.place_id == "region:bab-el-mandeb"
    assert red_sea_incident.n_reports == 1
    assert strait_incident.dimensions == ["actor|claimant|Houthis", "weapon|missile"]  # no country bucket
    (unplaced,) = at_sea("d", None)  # "a ship was hit" with no place joins that day's incident at sea
    assert max(len(i.members) for i in incidents_of([*members, unplaced])) == 3


def test_order_of_arrival_does_not_matter():
    base = location("facility:ain-al-asad")
    members = [candidate(base, weapons=w) for w in (["drone"], ["rocket"], ["drone", "rocket"], [], ["drone"])]
    members.append(candidate(location("country:IQ", kind="country", precision=3), admin1=None, weapons=[]))
    reference = {(i.id, i.facts_hash) for i in incidents_of(members)}
    rng = random.Random(7)
    for _ in range(20):
        shuffled = members[:]
        rng.shuffle(shuffled)
        assert {(i.id, i.facts_hash) for i in incidents_of(shuffled)} == reference


def test_the_most_precise_place_wins_and_dimensions_follow_the_facts():
    near = location("facility:ain-al-asad", precision=2)
    exact = location("facility:ain-al-asad", precision=1)
    (incident,) = incidents_of([candidate(near, claimed=["Kataib Hezbollah"]), candidate(exact)])
    assert incident.facts.place.precision == 1
    assert dimensions(incident.facts) == [
        "actor|claimant|Kataib Hezbollah", "admin1|IQ|Anbar", "country|IQ", "weapon|drone"]
    assert math.isclose(incident.facts.place.lat, AIN_AL_ASAD[0])


def test_count_resets_name_every_count_that_differs_from_the_stored_incidents():
    expected = {"2023-10-17|country|IQ": {"a", "b"}, "2023-10-17|weapon|drone": {"a"}, "2023-10-18|country|SY": {"c"}}
    stored = {"2023-10-17|country|IQ": 2, "2023-10-17|weapon|drone": 2, "2023-10-19|country|JO": 1,
              "2023-10-20|country|JO": 0}
    assert count_resets(expected, stored) == {
        "2023-10-17|weapon|drone": ["a"],  # counted twice: reset to the one incident
        "2023-10-18|country|SY": ["c"],  # never counted
        "2023-10-19|country|JO": [],  # counted, but no such incident any more
    }
    assert count_resets(expected, {k: len(v) for k, v in expected.items()}) == {}
