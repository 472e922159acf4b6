"""Incidents: the attacks a report tells, built from the facts of its sentences. Sentences that tell of the same site
(or, with no site, the same land) on days that fit are one incident; a town beside a base it locates is no second site."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from flashpoint.extract import lexicon
from flashpoint.extract.construct import construct_model
from flashpoint.extract.dates import DateMention
from flashpoint.extract.facts import ActorRole, DateRange, Incident
from flashpoint.extract.matcher import Match, Matcher, Place, km_between
from flashpoint.extract.places import location_of
from flashpoint.extract.words import SPECIFIC_KINDS, STRAITS, unique

_ADMIN1_NEARBY_KM = 50  # a province whose centre lies this near a town struck is where the town is, as told
_NOWHERE = Place("none", "sea", "", None, None, 0.0, 0.0, 0)  # the place of an attack told with no place at all
_SMALL_AREAS = set(lexicon.SMALL_AREAS)
_BIG_CITY = 300_000  # people: a city whose surroundings hold towns of their own
_SAME_SITE_KM = 10.0
_DISTRICT_KM = 12.0  # a district of a big city, named before it ("حي الكرادة وسط بغداد")
_OWN_TOWN_KM = 15.0  # a base's own town (Erbil and its air base, Kirkuk and K-1); not a village across a border valley


@dataclass
class SentenceFacts:
    """What one sentence tells of an attack: the engine fills it in, build_incidents merges it with the others."""

    index: int
    paragraph: int
    event: bool
    tally: bool
    sites: list[tuple[Match, Place]] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    date: DateMention | None = None
    site_dates: dict[int, DateMention] = field(default_factory=dict)  # id(site match) -> its own day
    more_days: list[DateMention] = field(default_factory=list)  # "on Oct. 17, 18 and 19": the days after the first
    killed: int | None = None
    injured: int | None = None
    listed: set[int] = field(default_factory=set)  # id(site match) joined by "and" to the one before
    sea: tuple[Match, Place] | None = None  # an attack at sea with no site: "a missile hit a tanker in the Gulf of Aden"
    tally_killed: int | None = None  # the toll a sentence that counts attacks gives for them
    attackers_killed: bool = False  # its dead are the attackers, killed by the defenders: a group of their own
    tally_injured: int | None = None
    toll_of: int | None = None  # the event sentence whose toll this sentence tells
    speech_day: bool = False  # its day is only the day someone spoke ("officials said Thursday, hours after ...")
    unplaced: bool = False  # an attack with a weapon and a day but no place: an incident when the report names none
    target_land: str | None = None  # ... and the land of what it struck ("قواعد عسكرية إسرائيلية"), when told


@dataclass
class _IncidentDraft:
    place: Place
    match_text: str
    precision: int
    first_sentence: int
    weapons: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    date: tuple[dt.date, dt.date] | None = None
    killed: int | None = None
    injured: int | None = None
    speech_day: bool = False  # its date is only a day someone spoke about it
    no_day: bool = False  # told at no day of its own (the attack a strike answers): it takes no other's


def _other_days(a, b) -> bool:
    """Two sites' days, both known and different."""
    if a is None or b is None or a is NO_DAY or b is NO_DAY:
        return False
    return (a.start, a.end) != (b.start, b.end)


def _merge_range(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None):
    if a is None:
        return b
    if b is None:
        return a
    # Keep the narrower statement when one lies inside the other; otherwise the first one seen.
    if a[0] <= b[0] and b[1] <= a[1]:
        return b
    return a


def _beside(a: Match, b: Match) -> bool:
    """Two places told within a few words of each other ("Harir air base in Erbil", "K-1 near Kirkuk")."""
    return a.tok_start - b.tok_end <= 12 and b.tok_start - a.tok_end <= 12


def _after_or_against(town: Match, facility: Match) -> bool:
    """A town that locates a facility follows it ("Harir air base in Erbil") or stands right before it ("Erbil's
    airport"); one told earlier, with its own words, is a site of its own ("three near Sinjar destroyed a checkpoint,
    two near the Mosul Dam struck a small ISIL unit")."""
    return town.tok_start > facility.tok_start or facility.tok_start - town.tok_end <= 3


def _locates_a_district(m: Match, city: Place, sites) -> bool:
    """A big city named just after one of its districts, which it locates ("حي الكرادة التجاري وسط بغداد", "the Karrada
    district of central Baghdad"): not a second site."""
    return (city.population or 0) >= _BIG_CITY and any(
        q.kind == "city" and q.country_code == city.country_code and km_between(city, q) <= _DISTRICT_KM
        and (q.population or 0) * 5 < city.population and dm.tok_start < m.tok_start and _beside(m, dm)
        for dm, q in sites)


def _locates(town: Place, facility: Place) -> bool:
    return town.country_code == facility.country_code and (
        (town.admin1 is not None and town.admin1 == facility.admin1) or km_between(town, facility) < 75
    )


NO_DAY = DateMention(0, 0, dt.date.min, dt.date.min, "none")  # a site told at no day (see _site_dates)


def _another_day(draft: _IncidentDraft, day: DateMention | None, f: SentenceFacts) -> bool:
    """The site's incident so far is of one day, and the sentence tells of another."""
    return (day is not None and day.start == day.end and day.kind != "since" and not f.speech_day
            and draft.date is not None and draft.date[0] == draft.date[1] and draft.date[0] != day.start
            and not draft.speech_day)


def _overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _absorb(draft: _IncidentDraft, f: SentenceFacts, share: bool, date: DateMention | None = None) -> None:
    draft.weapons = unique(draft.weapons + f.weapons)
    draft.targets = unique(draft.targets + f.targets)
    if date is NO_DAY:
        date = None  # told at no day of its own: it takes none of the sentence's
        draft.no_day = draft.date is None
    else:
        date = date or f.date
    if date and f.speech_day and draft.date and not draft.speech_day:
        pass  # a day told of the attack wins over the day someone spoke of it
    elif date and not f.speech_day and draft.speech_day:
        if date.start == date.end and date.kind != "since":  # (not "has targeted Eilat since October")
            draft.date, draft.speech_day = (date.start, date.end), False
    elif date:
        draft.speech_day = draft.speech_day if draft.date else f.speech_day
        draft.date = _merge_range(draft.date, (date.start, date.end))
    if share:  # casualties belong to an incident only when the sentence describes just that one
        if f.killed is not None:
            draft.killed = max(draft.killed or 0, f.killed)
        if f.injured is not None:
            draft.injured = max(draft.injured or 0, f.injured)


def site_id(place: Place, site_of: dict[str, str]) -> str | None:
    """The site a place counts as; a place told by its distance from a town ("35 km southwest of Kirkuk") counts as
    that town, so reports that say only "near Kirkuk" are still the same incident."""
    base, offset, _ = place.place_id.partition("@")
    return site_of.get(base) or (base if offset else None)


def build_incidents(
    facts: list[SentenceFacts], roles: dict[tuple[str, str], ActorRole], no_casualties: bool, matcher: Matcher
) -> tuple[list[Incident], dict[int, set[int]]]:
    """The incidents, and for each sentence the incidents it tells of (numbered as returned)."""
    drafts: list[_IncidentDraft] = []
    told_of: dict[int, list[_IncidentDraft]] = {}
    by_key: dict[str, _IncidentDraft] = {}
    placeless: list[SentenceFacts] = []
    for f in facts:
        if not f.event:
            continue
        if not f.sites:
            placeless.append(f)
            continue
        facilities = [(fm, p) for fm, p in f.sites if p.kind == "facility" or p.place_id in _SMALL_AREAS]
        # "Harir air base in Erbil": a town named beside a facility locates it; it is not a second site (but
        # "around Kobani ... and positions near Ain Issa" names two).
        specific = [
            (m, p) for m, p in f.sites
            if p.kind == "facility" or p.place_id in _SMALL_AREAS
            or (p.kind == "city" and (id(m) in f.listed  # "the port and Salif district"
                                      or not any(_locates(p, q) and _beside(m, fm) and _after_or_against(m, fm)
                                                 for fm, q in facilities))
                and not (id(m) not in f.listed and _locates_a_district(m, p, f.sites)))
        ]
        broad = [(m, p) for m, p in f.sites if p.kind not in SPECIFIC_KINDS and p.place_id not in _SMALL_AREAS]
        chosen = list(specific)
        for m, p in broad:
            # (not a site told on another day: "U.S. forces struck facilities in Iraq early Wednesday, in response
            # to the attack on Al-Asad on Saturday")
            covered = any(
                q.country_code == p.country_code and (p.kind == "country" or q.admin1 == p.admin1 or p.kind == "region"
                                                      # "بلدة بوداي في البقاع": the valley as people name it, whose
                                                      # province lines have moved (Bouday is in Baalbek-Hermel now)
                                                      or p.kind == "admin1" and km_between(p, q) < _ADMIN1_NEARBY_KM)
                and not _other_days(f.site_dates.get(id(m)), f.site_dates.get(id(qm)))  # (each its own day)
                for qm, q in specific
            )
            if not covered:
                chosen.append((m, p))
        # A broad place that contains another chosen broad place is the same incident.
        chosen = [
            (m, p) for m, p in chosen
            if not (p.kind == "country" and any(q.kind in ("admin1", "region") and q.country_code == p.country_code
                                                 for _m, q in chosen))
        ]
        for m, p in chosen:
            key: object = p.place_id
            draft = by_key.get(key)
            day = f.site_dates.get(id(m), f.date)
            day = None if day is NO_DAY else day
            if draft is not None and p.kind in SPECIFIC_KINDS and _another_day(draft, day, f):
                # "the field ... on 22 June 2022 ... on 27 November 2023": attacks on one site on other days
                key = (p.place_id, day.start)
                draft = by_key.get(key)
                if draft is None:
                    draft = _IncidentDraft(p, p.name if m.surface is None else m.surface,
                                           2 if m.near else 1, f.index)
                    drafts.append(draft)
                    by_key[key] = draft
            if draft is None:
                # A country-level site joins an incident already placed more precisely in that country.
                if p.kind in ("country", "admin1"):
                    draft = next((d for d in drafts if d.place.country_code == p.country_code and
                                  (p.kind == "country" or d.place.admin1 == p.admin1)
                                  and not (id(m) in f.site_dates and _another_day(d, day, f))), None)
                elif p.kind == "city" and id(m) not in f.listed:
                    # "the attack on Erbil" after "Erbil air base": the town names the base's incident (a town
                    # across a border is not the base's: Aita al-Shaab, 4 km from Israel's Biranit barracks).
                    draft = next((d for d in drafts if d.place.kind == "facility" and km_between(p, d.place) <= _OWN_TOWN_KM
                                  and d.place.country_code == p.country_code
                                  and (f.date is None or d.date is None
                                       or d.date == (f.date.start, f.date.end))), None)
                elif p.kind == "facility":
                    # "the base near the Conoco field": facilities a few km apart in one report are one site.
                    draft = next((d for d in drafts if d.place.kind == "facility" and d.place.place_id != p.place_id
                                  and km_between(d.place, p) <= _SAME_SITE_KM), None)
                    if draft is None:
                        # "rockets struck a base near Kirkuk ... The attack on the K-1 base": the base
                        # named later is where the town's incident was.
                        draft = next((d for d in drafts if d.place.kind == "city" and km_between(p, d.place) <= 30
                                      and d.place.country_code == p.country_code
                                      and (f.date is None or d.date is None
                                           or d.date == (f.date.start, f.date.end))), None)
                        if draft is not None:
                            draft.place, draft.precision = p, 1
                            draft.match_text = p.name if m.surface is None else m.surface
                if draft is None:
                    precision = 1 if p.kind in SPECIFIC_KINDS else (2 if p.kind == "region" else 3)
                    if m.near and precision == 1:
                        precision = 2
                    draft = _IncidentDraft(p, p.name if m.surface is None else m.surface, precision, f.index)
                    drafts.append(draft)
                by_key[key] = draft
            _absorb(draft, f, share=len(chosen) == 1, date=f.site_dates.get(id(m), f.date))
            told_of.setdefault(f.index, []).append(draft)
            for day in f.more_days if id(m) not in f.site_dates else ():
                # the same site on each day listed: an attack a day
                again = by_key.get((p.place_id, day.start))
                if again is None:
                    again = _IncidentDraft(p, draft.match_text, draft.precision, f.index)
                    drafts.append(again)
                    by_key[(p.place_id, day.start)] = again
                _absorb(again, f, share=False, date=day)
    # "Rockets hit two bases in northeast Syria on Wednesday ... rockets landed inside MSS Conoco": a broad
    # place told first is the same incident as the site named after it, in that country, on that day.
    for d in list(drafts):
        # (so is the surroundings of a city: "نقاط في محيط دمشق" then "انفجارات في منطقة الكسوة", 13 km away)
        # (a big city's: "near Metula" and Kiryat Shmona 8 km away are two attacks)
        around = d.precision == 2 and d.place.kind == "city" and d.place.population >= _BIG_CITY
        if d.place.kind not in ("region", "country", "admin1") and not around:
            continue
        # (a province joins a site in that province: "strikes on the Aleppo countryside" then "around Kobani")
        site = next((q for q in drafts if q.place.kind in SPECIFIC_KINDS and q.first_sentence > d.first_sentence
                     and q.place.country_code == d.place.country_code and q is not d
                     and (d.place.kind != "admin1" or q.place.admin1 == d.place.admin1)
                     and (not around or (q.place.place_id != d.place.place_id and km_between(q.place, d.place) <= 30))
                     and (d.date is None or q.date is None or _overlap(d.date, q.date))), None)
        if site is not None:
            site.weapons = unique(site.weapons + d.weapons)
            site.targets = unique(site.targets + d.targets)
            site.date = site.date or d.date
            site.killed = site.killed if d.killed is None else max(site.killed or 0, d.killed)
            site.injured = site.injured if d.injured is None else max(site.injured or 0, d.injured)
            drafts.remove(d)
            for told in told_of.values():
                told[:] = [site if x is d else x for x in told]
    for f in placeless:
        day = (f.date.start, f.date.end) if f.date and f.date.start == f.date.end else None
        # (or with no day, when nothing else is told: "أعلنت جماعة الحوثي استهداف سفينة تجارية في خليج عدن بصواريخ")
        if f.sea is not None and (f.weapons or f.targets) and (
                all(d.date != day for d in drafts) if day is not None else not drafts and f.weapons):
            # "On Jan. 26, a missile set the tanker Marlin Luanda ablaze in the Gulf of Aden": an attack of
            # its own at sea (no country; the sea is kept as the place only when it is a named strait).
            m, p = f.sea
            draft = _IncidentDraft(p, p.name, 3, f.index)
            drafts.append(draft)
            _absorb(draft, f, share=True, date=f.date)
            told_of.setdefault(f.index, []).append(draft)
            continue
        if not drafts and f.unplaced and day is not None:
            # "the Carney detected an anti-ship missile fired at the bulk carrier Unity Explorer" on Sunday: an
            # attack with a day and no place at all is still an incident (no country, no place)
            land = matcher.places.get(f"country:{f.target_land}") if f.target_land else None
            drafts.append(_IncidentDraft(land or _NOWHERE, land.name if land else "", 3, f.index))
        if drafts:
            # the attack told last before it ("the raids killed three"), else the first told after it
            nearest = min(drafts, key=lambda d: (d.first_sentence > f.index, abs(d.first_sentence - f.index)))
            if nearest.place.kind in SPECIFIC_KINDS and len({d.place.place_id for d in drafts}) == 1 \
                    and _another_day(nearest, f.date, f):
                # a report on one site ("وفي 27 تشرين الثاني 2023 سقطت طائرة مسيّرة قرب وحدة المعالجة"): an
                # attack told on another day, with no place, is another attack on that site
                nearest = _IncidentDraft(nearest.place, nearest.match_text, nearest.precision, f.index)
                drafts.append(nearest)
                _absorb(nearest, f, share=True)
                told_of.setdefault(f.index, []).append(nearest)
                continue
            _absorb(nearest, f, share=len(drafts) == 1)
            told_of.setdefault(f.index, []).append(nearest)

    # A site named without a date in a report about one day's events happened that day.
    days = {d.date for d in drafts if d.date and d.date[0] == d.date[1]}
    if len(days) == 1:
        (day,) = days
        for d in drafts:
            if d.date is None and not d.no_day:
                d.date = day
    claimants = [r.name for r in roles.values() if r.role == "claimant"]
    alleged = [r.name for r in roles.values() if r.role == "alleged"]
    sponsors = [r.name for r in roles.values() if r.role == "sponsor"]
    incidents = []
    for d in drafts:
        killed, injured = d.killed, d.injured
        if no_casualties and len(drafts) == 1:
            killed = 0 if killed is None else killed
            injured = 0 if injured is None else injured
        place = d.place
        incidents.append(construct_model(Incident, {
            "date": DateRange(start=d.date[0], end=d.date[1]) if d.date else None,
            "country_code": place.country_code,
            "admin1": place.admin1 if place.kind != "country" else None,
            "place": None if place.kind == "sea" and place.name not in STRAITS else location_of(
                place, d.match_text, d.precision == 2 and place.kind != "country", site_id(place, matcher.site_of)),
            "weapons": list(d.weapons),
            "killed": killed,
            "injured": injured,
            "claimed_by": list(claimants),  # each incident its own lists, as validation would copy them
            "attributed_to": list(alleged),
            "sponsors": list(sponsors),
            "targets": list(d.targets),
        }))
    number = {id(d): n for n, d in enumerate(drafts)}
    return incidents, {index: {number[id(d)] for d in told} for index, told in told_of.items()}
