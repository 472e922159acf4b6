"""One Aho-Corasick automaton over every name and cue word, built once per process.

Entries are folded (text.fold_key); Arabic entries are also added with each attached proclitic
(و ف ب ل ك and their pairs; ل + ال contracts to لل), so "بالعراق" and "للعراق" match "العراق".
Matches must start and end at word boundaries; overlaps are resolved leftmost-longest.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

import ahocorasick_rs

from flashpoint.extract import lexicon
from flashpoint.extract.text import Folded, fold_key, has_arabic

PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")
# Place names that are everyday English words; the gazetteer build filters most by word frequency
# (scripts/build_gazetteer.py), this catches the names of rows it keeps whole (provinces).
COMMON_WORD_PLACE_NAMES = frozenset({
    "van", "batman", "of", "hit", "bar", "side", "sale", "marks", "nord", "union", "victory", "tower",
    "camp", "city", "port", "base", "center", "centre", "new", "old", "north", "south", "east", "west",
})


@dataclass(slots=True, frozen=True)
class Place:
    place_id: str
    kind: str
    name: str
    country_code: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int


@dataclass(slots=True, frozen=True)
class Entry:
    """What a pattern stands for. category: place, actor, metonym, demonym, target, weapon, noise or a cue."""

    category: str
    value: Any
    proclitic: str = ""


@dataclass(slots=True)
class Match:
    start: int  # folded offsets within the report
    end: int
    entries: list[Entry]
    by_category: dict[str, tuple[Entry, ...]]
    # Precomputed per pattern (Matcher), as the engine asks for them again and again:
    places: tuple[Place, ...]  # the values of the place entries
    doc_codes: frozenset  # countries this match tells the report is about
    tok_start: int = 0
    tok_end: int = 0
    # What the engine learns about the match, kept for the next time it asks:
    context: list[str] | None = None  # the words before it (engine._context_before)
    place_reading: bool | None = None  # whether it names a place here (engine._is_place_reading)
    near: bool | None = None  # a site "near" the place (set by engine._sites)
    surface: str | None = None  # the site's text as written (set by engine._sites)
    resolved: Place | None = None  # which of several places it names (engine._resolve)

    @property
    def proclitic(self) -> str:
        return self.entries[0].proclitic if self.entries else ""

    def of(self, category: str) -> tuple[Entry, ...]:
        return self.by_category.get(category, ())


CUE_LISTS: dict[str, list[str]] = {
    "attack": lexicon.ATTACK_CUES,
    "modal": lexicon.MODAL_CUES,
    "negated_event": lexicon.NEGATED_EVENT_CUES,
    "generic": lexicon.GENERIC_CUES,
    "claim": lexicon.CLAIM_CUES,
    "negated_claim": lexicon.NEGATED_CLAIM_CUES,
    "sponsor_before": lexicon.SPONSOR_BEFORE,
    "sponsor_after": lexicon.SPONSOR_AFTER,
    "alleged_before": lexicon.ALLEGED_BEFORE,
    "alleged_after": lexicon.ALLEGED_AFTER,
    "speech": lexicon.SPEECH_CUES,
    "killed": lexicon.KILLED_CUES,
    "injured": lexicon.INJURED_CUES,
    "no_casualties": lexicon.NO_CASUALTY_CUES,
    "no_injuries": lexicon.NO_INJURY_CUES,
    "tally_noun": lexicon.TALLY_NOUNS,
    "conduct": lexicon.CONDUCT_VERBS,
    "anaphor": lexicon.GROUP_ANAPHORA,
    "agent_verb": lexicon.AGENT_VERBS,
}
WEAK_ATTACK_CUES = {fold_key(w) for w in [
    "hit", "hits", "strike", "strikes", "launched", "fired", "landed", "targets", "targeting", "explosion",
    "exploded", "struck", "impacted", "ضربة", "ضربات", "ضربت", "سقط", "سقطت", "سقوط", "أطلق", "أطلقت", "إطلاق",
    "تعرض", "تعرضت", "انفجار", "انفجرت", "intercepted", "shot down", "أسقطت", "اسقاط", "إسقاط", "أرسلت",
    "sent a drone", "sent drones", "ألقت", "سقطا", "نفذ", "نفذت", "شن", "شنت",
]}


def _variants(key: str, article: bool = False) -> list[tuple[str, str]]:
    """The folded key and its forms with attached Arabic proclitics: (pattern, proclitic).

    With `article`, common words (weapons, cues) also match with the article: مسيرات, المسيرات.
    """
    if not has_arabic(key):
        return [(key, "")]
    keys = [key]
    if article and not key.startswith("ال") and " " not in key:
        keys.append("ال" + key)
    return [v for k in keys for v in _proclitic_forms(k)]


def _proclitic_forms(key: str) -> list[tuple[str, str]]:
    out = []
    for clitic in PROCLITICS:
        if clitic.endswith("ل") and key.startswith("ال"):
            out.append((clitic[:-1] + "لل" + key[2:], clitic))
        else:
            out.append((clitic + key, clitic))
    return out


ARTICLE_KINDS = ("city", "admin1")


def place_variants(alias: str, kind: str) -> list[tuple[str, str]]:
    """Every folded form a place alias is matched in: (pattern, proclitic).

    Arabic town and province names also match with the article (ميادين, الميادين); every
    Arabic form also matches with attached proclitics. Forms listed in data/blocked_variants.txt
    (common words, found by scripts/build_gazetteer.py with word frequencies) are left out.
    """
    key = fold_key(alias)
    return _variants(key, article=kind in ARTICLE_KINDS)


def load_blocked_variants() -> frozenset[str]:
    data = resources.files("flashpoint.extract").joinpath("data/blocked_variants.txt")
    if not data.is_file():
        return frozenset()
    lines = data.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


SAME_SITE_KM = 10.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, Earth radius 6,371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def km_between(a: Place, b: Place) -> float:
    return km(a.lat, a.lon, b.lat, b.lon)


def same_site_map(places: list[Place]) -> dict[str, str]:
    """Place id -> the site it counts as: facilities within 10 km of each other are one site (the
    smallest id), and a town (under 100,000 people) within 10 km of a facility is that facility's site."""
    facilities = [p for p in places if p.kind == "facility"]
    site: dict[str, str] = {}
    for f in facilities:
        close = [g.place_id for g in facilities if g.country_code == f.country_code and km_between(f, g) <= SAME_SITE_KM]
        site[f.place_id] = min(close)
    for p in places:
        if p.kind != "city" or p.population >= 100_000:
            continue  # a city is a site of its own; a town beside a base is the base
        nearby = [(km_between(p, f), f.place_id) for f in facilities
                  if f.country_code == p.country_code and abs(f.lat - p.lat) < 0.2 and km_between(p, f) <= SAME_SITE_KM]
        if nearby:
            site[p.place_id] = site[min(nearby)[1]]
    return site


def load_places() -> list[tuple[Place, list[str]]]:
    rows = []
    data = resources.files("flashpoint.extract").joinpath("data/places.tsv")
    with data.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            place = Place(
                place_id=row["id"],
                kind=row["kind"],
                name=row["name"],
                country_code=row["country_code"] or None,
                admin1=row["admin1"] or None,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                population=int(row["population"] or 0),
            )
            aliases = [a for a in row["aliases"].split("|") if a] + [row["name"]]
            rows.append((place, aliases))
    return rows


class Matcher:
    def __init__(self) -> None:
        table: dict[str, list[Entry]] = {}

        blocked = load_blocked_variants()

        def add(surface: str, category: str, value: Any, article: bool = False) -> None:
            key = fold_key(surface)
            if len(key) < 2:
                return
            for pattern, clitic in _variants(key, article):
                if category == "place" and pattern in blocked:
                    continue
                entries = table.setdefault(pattern, [])
                entry = Entry(category, value, clitic)
                if entry not in entries:
                    entries.append(entry)

        self.places: dict[str, Place] = {}
        for place, aliases in load_places():
            self.places[place.place_id] = place
            for alias in aliases:
                if place.kind != "country" and fold_key(alias) in COMMON_WORD_PLACE_NAMES:
                    continue
                add(alias, "place", place, article=place.kind in ARTICLE_KINDS)
        for name, (kind, aliases) in lexicon.ACTORS.items():
            for alias in aliases:
                add(alias, "actor", (name, kind))
        for name, aliases in lexicon.METONYMS.items():
            for alias in aliases:
                add(alias, "metonym", name)
        for name, aliases in lexicon.DEMONYMS.items():
            for alias in aliases:
                add(alias, "demonym", name)
        for label, (actor, aliases) in lexicon.TARGETS.items():
            for alias in aliases:
                add(alias, "target", (label, actor))
        for weapon, aliases in lexicon.WEAPONS.items():
            for alias in aliases:
                add(alias, "weapon", weapon, article=True)
        for alias in lexicon.NOISE:
            add(alias, "noise", alias)
        for category, words in CUE_LISTS.items():
            for word in words:
                add(word, category, fold_key(word), article=True)
        # A pattern that is written without a proclitic somewhere wins over a proclitic reading of it.
        for pattern, entries in table.items():
            if any(e.proclitic == "" for e in entries) and any(e.proclitic for e in entries):
                table[pattern] = [e for e in entries if e.proclitic == ""]
        self.site_of = same_site_map(list(self.places.values()))
        self.patterns = list(table.keys())
        self.entries = [table[p] for p in self.patterns]
        self.by_category = []
        self.places: list[tuple[Place, ...]] = []
        self.doc_codes: list[frozenset] = []
        by_places: dict = {}  # the proclitic forms of a name name the same places: work them out once
        for entries in self.entries:
            grouped: dict[str, list[Entry]] = {}
            for e in entries:
                grouped.setdefault(e.category, []).append(e)
            self.by_category.append({k: tuple(v) for k, v in grouped.items()})
            places = tuple(e.value for e in grouped.get("place", ()))
            key = tuple(map(id, places))
            known = by_places.get(key)
            if known is None:
                codes = {p.country_code for p in places if p.kind == "country" and p.country_code}
                in_countries = {p.country_code for p in places}
                if len(in_countries) == 1 and None not in in_countries:
                    codes |= in_countries  # unambiguous places also tell what the report is about
                known = by_places[key] = (places, frozenset(codes))
            self.places.append(known[0])
            self.doc_codes.append(known[1])
        self.automaton = ahocorasick_rs.AhoCorasick(self.patterns, matchkind=ahocorasick_rs.MATCHKIND_STANDARD)

    def find(self, folded: Folded) -> list[Match]:
        text = folded.text
        n = len(text)
        candidates = []
        add = candidates.append
        for index, start, end in self.automaton.find_matches_as_indexes(text, overlapping=True):
            if start > 0:
                before = text[start - 1]
                if before.isalnum() or before == "_":
                    continue
            if end < n:
                after = text[end]
                if after.isalnum() or after == "_":
                    last = text[end - 1]
                    if last.isalnum() or last == "_":
                        continue
            add((start, start - end, end, index))  # leftmost, then longest
        candidates.sort()
        matches: list[Match] = []
        last_end = -1
        entries, by_category, places, doc_codes = self.entries, self.by_category, self.places, self.doc_codes
        for start, _neg_len, end, index in candidates:
            if start < last_end:
                continue
            matches.append(Match(start, end, entries[index], by_category[index], places[index], doc_codes[index]))
            last_end = end
        return matches
