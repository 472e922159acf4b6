"""The seed article (AFP, Arabic): every fact in it, read by the pure core."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.extract import extract
from services.ingest.reports import normalize_text
from tests.conftest import seed_text


@pytest.fixture(scope="module")
def facts():
    return extract("seed", normalize_text(seed_text()), None, "2023-10-26")


def roles(facts, role):
    return {a.name for a in facts.actors if a.role == role}


def test_language_is_detected(facts):
    assert facts.language == "ar"
    assert facts.error is None


def test_incidents_are_in_iraq_and_syria_only(facts):
    assert {i.country_code for i in facts.incidents} == {"IQ", "SY"}
    # Gaza is named as the cause of the war: a mention, not an incident site.
    assert any(loc.name.startswith("Gaza") for loc in facts.locations)


def test_weapons_are_drones_and_rockets(facts):
    assert set(facts.weapons) == {"drone", "rocket"}
    for incident in facts.incidents:
        assert set(incident.weapons) <= {"drone", "rocket"}


def test_claimant_alleged_and_sponsors(facts):
    assert roles(facts, "claimant") == {"Islamic Resistance in Iraq"}
    assert "Iran" in roles(facts, "alleged")
    assert {"Iran", "IRGC"} <= roles(facts, "sponsor")
    # Kataib Hezbollah threatens; it does not claim.
    assert "Kataib Hezbollah" in roles(facts, "mentioned")
    assert "Kataib Hezbollah" not in roles(facts, "claimant")
    assert "Pentagon" in roles(facts, "source")
    alleged_iran = next(a for a in facts.actors if a.name == "Iran" and a.role == "alleged")
    assert alleged_iran.said_by == "United States"  # "Washington pointed to Tehran"


def test_incidents_carry_the_attribution(facts):
    for incident in facts.incidents:
        assert incident.claimed_by == ["Islamic Resistance in Iraq"]
        assert "Iran" in incident.attributed_to
        assert "US forces" in incident.targets


def test_pentagon_tally(facts):
    tallies = {(t.count, t.country_code, t.start, t.end, t.source) for t in facts.tallies}
    assert tallies == {
        (10, "IQ", dt.date(2023, 10, 17), dt.date(2023, 10, 24), "Pentagon"),
        (3, "SY", dt.date(2023, 10, 17), dt.date(2023, 10, 24), "Pentagon"),
    }
    assert all(set(t.weapons) == {"drone", "rocket"} for t in facts.tallies)


def test_casualties_exclude_the_heart_attack(facts):
    # 21 lightly injured by drone attacks; the contractor who died of a heart attack during an
    # alert, when no attack came, is not a casualty of an attack.
    assert facts.casualties.injured == 21
    assert facts.casualties.killed is None


def test_relative_dates_resolve_against_publication(facts):
    dates = {(i.date.start, i.date.end) for i in facts.incidents if i.date}
    assert dates, "the attacks are dated 'last week' / 'this month'"
    for start, end in dates:
        assert dt.date(2023, 10, 1) <= start <= end <= dt.date(2023, 10, 26)


def test_without_publication_date_nothing_is_invented(facts):
    undated = extract("seed", normalize_text(seed_text()))
    assert all(i.date is None for i in undated.incidents)
    assert {(t.count, t.country_code) for t in undated.tallies} == {(10, "IQ"), (3, "SY")}
    assert all(t.start is None for t in undated.tallies)
