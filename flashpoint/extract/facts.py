"""The facts the extraction core produces. Plain pydantic models: no I/O."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

PlaceKind = Literal["country", "admin1", "city", "facility", "region", "sea"]
Role = Literal["claimant", "alleged", "sponsor", "target", "source", "mentioned"]
Weapon = Literal["drone", "rocket", "missile", "mortar", "ied", "small_arms", "airstrike", "artillery"]
WEAPONS: tuple[str, ...] = ("drone", "rocket", "missile", "mortar", "ied", "small_arms", "airstrike", "artillery")


class Location(BaseModel):
    text: str = Field(description="surface form as written in the report")
    name: str = Field(description="canonical English name")
    kind: PlaceKind
    country_code: str | None
    admin1: str | None
    lat: float
    lon: float
    # ACLED geo-precision: 1 named site or town, 2 near a town / part of a region, 3 province or country.
    precision: Literal[1, 2, 3]
    place_id: str
    site_id: str | None = Field(
        default=None,
        description="the site incidents are counted at: a town within 10 km of a base counts as the base",
    )


class DateRange(BaseModel):
    start: dt.date
    end: dt.date


class Incident(BaseModel):
    date: DateRange | None
    country_code: str | None
    admin1: str | None
    place: Location | None
    weapons: list[str] = []
    killed: int | None = None
    injured: int | None = None
    claimed_by: list[str] = []
    attributed_to: list[str] = []
    sponsors: list[str] = []
    targets: list[str] = []


class ActorRole(BaseModel):
    name: str
    role: Role
    said_by: str | None = Field(default=None, description="who makes the claim, allegation or statement")


class Casualties(BaseModel):
    killed: int | None = None
    injured: int | None = None


class Tally(BaseModel):
    count: int
    country_code: str | None
    start: dt.date | None
    end: dt.date | None
    source: str | None
    weapons: list[str] = []
    countries: list[str] = Field(default=[], description="the countries the count spans: its own, or each of those "
                                                        "it names when it is for none alone ('attacks in Iraq and Syria')")
    text: str = Field(default="", description="the sentence the tally was read from")


class Enrichment(BaseModel):
    id: str
    language: str | None = None
    locations: list[Location] = []
    incidents: list[Incident] = []
    actors: list[ActorRole] = []
    weapons: list[str] = []
    casualties: Casualties = Casualties()
    tallies: list[Tally] = []
    error: str | None = None
