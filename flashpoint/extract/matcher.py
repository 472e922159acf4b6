"""Aho-Corasick automata over every name and cue word, built once per process.

Entries are folded (text.fold_key); Arabic entries are also added with each attached proclitic
(و ف ب ل ك and their pairs; ل + ال contracts to لل), so "بالعراق" and "للعراق" match "العراق".
Matches must start and end at word boundaries; overlaps are resolved leftmost-longest.
The built lexicon is cached beside this code (see _lexicon_state): a process loads it in a fraction of the time
building it takes, and any change to the package's code or data makes the next process build it again.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import marshal
import math
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, NamedTuple

import ahocorasick_rs

from flashpoint.extract import lexicon
from flashpoint.extract.text import Folded, fold_key, folded_alphabet, has_arabic, word_mask

PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")
# Place names that are everyday English words; the gazetteer build filters most by word frequency
# (scripts/build_gazetteer.py), this catches the names of rows it keeps whole (provinces) and words too rare in
# general English for that filter but common in these reports (the months a report dates by).
COMMON_WORD_PLACE_NAMES = frozenset({
    "van", "batman", "of", "hit", "bar", "side", "sale", "marks", "nord", "union", "victory", "tower",
    "camp", "city", "port", "base", "center", "centre", "new", "old", "north", "south", "east", "west",
    "ramadan", "muharram",  # GeoNames gives them as other names of two towns (Turabah, Mukharram al Fawqani)
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


@dataclass(slots=True, init=False)
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
    context: list[str] | None = None  # the words before it (places.context_before)
    place_reading: bool | None = None  # whether it names a place here (places.is_place_reading)
    near: bool | None = None  # a site "near" the place (set by places.read_sites)
    surface: str | None = None  # the site's text as written (set by places.read_sites)
    resolved: Place | None = None  # which of several places it names (places.resolve)
    background: bool | None = None  # whether it is a cause, origin or boundary (places.is_background_place)
    # The proclitic of its (first) entry, and of(category): the entries of a category, () if none.
    # Both per pattern; of is a C-level lookup into a dict of the pattern's categories (see Matcher._info).
    proclitic: str = field(default="", repr=False, compare=False)
    of: Callable[[str], tuple[Entry, ...]] = field(default=None, repr=False, compare=False)  # type: ignore[assignment]

    def __init__(self, start: int, end: int, info: _PatternInfo) -> None:
        self.start = start
        self.end = end
        self.entries, self.by_category, self.places, self.doc_codes, self.proclitic, self.of = info
        self.tok_start = 0
        self.tok_end = 0
        self.context = None
        self.place_reading = None
        self.near = None
        self.surface = None
        self.resolved = None
        self.background = None

    def moved(self, start: int, end: int) -> "Match":
        """The same pattern's reading at other offsets ("KH" read as the Kata'ib Hizbollah named before it)."""
        return Match(start, end, (self.entries, self.by_category, self.places, self.doc_codes, self.proclitic, self.of))


# What a Match takes from its pattern: entries, by_category, places, doc_codes, proclitic, of.
_PatternInfo = tuple


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
    "perpetrated_by": lexicon.PERPETRATED_BY,
    "confirmed_by": lexicon.CONFIRMED_BY,
    "speech": lexicon.SPEECH_CUES + lexicon.CONFIRMED_BY,  # (who confirms a strike speaks of it)
    "killed": lexicon.KILLED_CUES,
    "injured": lexicon.INJURED_CUES,
    "no_casualties": lexicon.NO_CASUALTY_CUES,
    "no_injuries": lexicon.NO_INJURY_CUES,
    "no_deaths": lexicon.NO_DEATH_CUES,
    "tally_noun": lexicon.TALLY_NOUNS,
    "conduct": lexicon.CONDUCT_VERBS,
    "anaphor": lexicon.GROUP_ANAPHORA,
    "state_anaphor": lexicon.STATE_ANAPHORA,
    "agent_verb": lexicon.AGENT_VERBS,
    "resistance": lexicon.RESISTANCE_NAMES,
}
WEAK_ATTACK_CUES = {fold_key(w) for w in [
    "hit", "hits", "strike", "strikes", "launched", "fired", "landed", "targets", "targeting", "explosion",
    "went off", "detonated", "blast", "destroyed", "دمرت", "دمر", "دمروا", "من تدمير", "knocked out",
    "exploded", "struck", "impacted", "ضربة", "ضربات", "ضربت", "سقط", "سقطت", "سقوط", "أطلق", "أطلقت", "إطلاق",
    "تعرض", "تعرضت", "انفجار", "انفجرت", "intercepted", "shot down", "أسقطت", "اسقاط", "إسقاط", "أرسلت",
    "sent a drone", "sent drones", "ألقت", "سقطا", "نفذ", "نفذت", "شن", "شنت",
    "أطلقوا", "أطلقتا", "شنوا", "شنتا", "نفذوا", "barrage", "barrages", "salvo", "salvos", "volley", "volleys",
    "fell on", "fell in", "fell near", "fell inside", "fell close to", "firing", "launching", "hitting", "striking",
    "came down in", "came down on", "came down near", "ablaze", "set fire to", "set on fire",
    "sent", *lexicon.INTERCEPTED_OR_LAUNCHED_AR,
    *lexicon.HEADLINE_PRESENT_VERBS,
]}


_ATTACK_HEADS = {"هجوم", "هجمات", "هجومين"}  # (folded as fold_key leaves them)


def _variants(key: str, article: bool = False) -> list[tuple[str, str]]:
    """The folded key and its forms with attached Arabic proclitics: (pattern, proclitic).

    With `article`, common words (weapons, cues) also match with the article: مسيرات, المسيرات.
    """
    if not has_arabic(key):
        return [(key, "")]
    keys = [key]
    if article and not key.startswith("ال") and " " not in key:
        keys.append("ال" + key)
    return [v for k in keys for v in proclitic_forms(k)]


def proclitic_forms(key: str) -> list[tuple[str, str]]:
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


class _LexiconState(NamedTuple):
    """Everything the automata and the lookups are made from, in built-in types only: what marshal can write to
    the lexicon cache and read back in a tenth of the time building it takes (see _lexicon_state)."""

    place_rows: list[tuple]  # Place fields, in Place's order
    patterns: list[str]  # the patterns written in ASCII (up to ascii_end), then the others, each sorted
    ascii_end: int
    entry_codes: list[tuple]  # per pattern, its entries as (category, value, proclitic); a place is its row's index
    site_of: dict[str, str]
    alphabet: str  # the characters of _ByteAlphabet, in byte order ("" if the patterns need a string automaton)
    ascii_keys: list[bytes]
    other_keys: list[bytes]
    compare: bytes
    ascii_needs_letter: bool


def _build_lexicon_state() -> _LexiconState:
    table: dict[str, list[tuple]] = {}
    blocked = load_blocked_variants()

    definite: set[tuple] = set()  # (pattern, entry) pairs read only from a phrase with the article on each word

    def add(key: str, category: str, value: Any, article: bool = False, as_written: bool = False) -> None:
        """Add the folded lexicon entry `key` (and, unless `as_written`, its Arabic forms with proclitics)."""
        if len(key) < 2:
            return
        for pattern, clitic in [(key, "")] if as_written else _variants(key, article):
            if category == "place" and pattern in blocked:
                continue
            entries = table.setdefault(pattern, [])
            entry = (category, value, clitic)
            if entry not in entries:
                entries.append(entry)
            definite.discard((pattern, entry))
        words = key.split()
        if article and category != "place" and not as_written and len(words) > 1 and has_arabic(key) \
                and not any(w.startswith("ال") for w in words) and words[0] not in _ATTACK_HEADS:
            # a noun and its adjectives take the article together: ضربات جوية, الضربات الجوية (not "الهجوم الصاروخي",
            # the attack told before: Iran's barrage of missiles as often as a rocket attack)
            for pattern, clitic in proclitic_forms(" ".join("ال" + w for w in words)):
                entries = table.setdefault(pattern, [])
                entry = (category, value, clitic)
                if entry not in entries:
                    entries.append(entry)
                    definite.add((pattern, entry))

    place_rows = load_places()
    for index, (place, aliases) in enumerate(place_rows):
        for alias in aliases:
            key = fold_key(alias)
            if place.kind != "country" and key in COMMON_WORD_PLACE_NAMES:
                continue
            add(key, "place", index, article=place.kind in ARTICLE_KINDS)
    for name, (kind, aliases) in lexicon.ACTORS.items():
        for alias in aliases:
            add(fold_key(alias), "actor", (name, kind))
    for name, aliases in lexicon.METONYMS.items():
        for alias in aliases:
            add(fold_key(alias), "metonym", name)
    for name, aliases in lexicon.DEMONYMS.items():
        for alias in aliases:
            add(fold_key(alias), "demonym", name)
    for label, (actor, aliases) in lexicon.TARGETS.items():
        for alias in aliases:
            add(fold_key(alias), "target", (label, actor))
    for weapon, aliases in lexicon.WEAPONS.items():
        for alias in aliases:
            add(fold_key(alias), "weapon", weapon, article=True)
    for alias in lexicon.NOISE:
        add(fold_key(alias), "noise", alias)
    for category, words in CUE_LISTS.items():
        for key in map(fold_key, words):
            add(key, category, key, article=True)
    for key in map(fold_key, lexicon.CLAIM_CUES_WITHOUT_PROCLITIC):  # "أكد الجيش تنفيذه ضربة": it claims, and
        add(key, "claim", key, as_written=True)  # it carried out
        add(key, "conduct", key, as_written=True)
    # The phrase with the article on each word reads as its first word does too: "الضربات" alone is an attack, and the
    # longer match would hide it.
    for pattern in {pattern for pattern, _entry in definite}:
        mine = {e[0] for e in table[pattern]}
        table[pattern] += [e for e in table.get(pattern.split()[0], ()) if e[0] not in mine and e not in table[pattern]]
    # A pattern that is written without a proclitic somewhere wins over a proclitic reading of it.
    for pattern, entries in table.items():
        if any(e[2] == "" for e in entries) and any(e[2] for e in entries):
            table[pattern] = [e for e in entries if e[2] == ""]
    places = [place for place, _ in place_rows]
    # The patterns written in ASCII first (up to ascii_end), then the others (see find()), each in sorted order:
    # the automata then lay out the states of a common prefix side by side.
    patterns = sorted(p for p in table if p.isascii()) + sorted(p for p in table if not p.isascii())
    ascii_end = sum(p.isascii() for p in table)
    # Two automata: one over the patterns written in ASCII, one over all others. A report folded to ASCII (most
    # English ones) can only hold the former, and the smaller automaton stays in the CPU caches. Both search bytes
    # (see _ByteAlphabet), one per character, for the pattern preceded by a non-word character: a match can only
    # start at the start of a word. The automata number the patterns as `patterns` does, from 0 and from ascii_end.
    chars = _ByteAlphabet.characters(patterns[ascii_end:], folded_alphabet())
    ascii_keys: list[bytes] = []
    other_keys: list[bytes] = []
    compare = b""
    if chars:
        alphabet = _ByteAlphabet(chars)
        ascii_keys = alphabet.pattern_keys(patterns[:ascii_end])
        other_keys = alphabet.pattern_keys(patterns[ascii_end:])
        # A key with other than word characters may stand for several patterns (one character or another became
        # the space): the text is compared with the pattern (see find()).
        compare = bytes([b" " in key[1:] for key in ascii_keys + other_keys])
    return _LexiconState(
        place_rows=[(p.place_id, p.kind, p.name, p.country_code, p.admin1, p.lat, p.lon, p.population) for p in places],
        patterns=patterns,
        ascii_end=ascii_end,
        entry_codes=[tuple(table[p]) for p in patterns],
        site_of=same_site_map(places),
        alphabet=chars,
        ascii_keys=ascii_keys,
        other_keys=other_keys,
        compare=compare,
        # A report without an ASCII letter holds no ASCII pattern, if every ASCII pattern has a letter.
        ascii_needs_letter=all(_ASCII_LETTER_RE.search(p) for p in patterns[:ascii_end]),
    )


# The lexicon cache: the built state, written by the first process that builds it, beside the code as Python's own
# bytecode cache is. Its name holds a digest of this package's code and data: any change to them, or another Python,
# makes a new one. A cache that cannot be read or written is no error: the state is then built.
LEXICON_CACHE_DIR: Path | None = Path(__file__).resolve().parent / "__pycache__"  # None: no cache
_CACHE_PREFIX = "lexicon."


def _lexicon_key(root: Path = Path(__file__).resolve().parent) -> str:
    digest = hashlib.sha256(f"{sys.version}|{marshal.version}".encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:24]


def _lexicon_state(cache_dir: Path | None) -> _LexiconState:
    if cache_dir is None:
        return _build_lexicon_state()
    cache = cache_dir / f"{_CACHE_PREFIX}{_lexicon_key()}.marshal"
    try:
        return _LexiconState(*marshal.loads(cache.read_bytes()))
    except (OSError, EOFError, ValueError, TypeError):  # none yet, unreadable, or not one of ours
        pass
    state = _build_lexicon_state()
    try:
        cache_dir.mkdir(exist_ok=True)
        for old in cache_dir.glob(f"{_CACHE_PREFIX}*"):
            old.unlink(missing_ok=True)  # another version's (or a write that broke off)
        partial = cache.with_name(f"{cache.name}.{os.getpid()}")
        partial.write_bytes(marshal.dumps(tuple(state)))
        os.replace(partial, cache)  # (whole or not at all: another process may read it now)
    except OSError:
        pass  # a read-only install: each process builds its own
    return state


class Matcher:
    def __init__(self, use_cache: bool = True) -> None:
        state = _lexicon_state(LEXICON_CACHE_DIR if use_cache else None)
        self._place_list = [Place(*row) for row in state.place_rows]
        self.places: dict[str, Place] = {p.place_id: p for p in self._place_list}
        self.site_of = state.site_of
        self.patterns = state.patterns
        self.ascii_end = state.ascii_end
        self._entry_codes = state.entry_codes
        self._by_places: dict = {}  # the proclitic forms of a name name the same places: work them out once
        self._infos: list[_PatternInfo | None] = [None] * len(self.patterns)
        self._alphabet = _ByteAlphabet(state.alphabet)
        self._ascii_needs_letter = state.ascii_needs_letter
        if self._alphabet.usable:
            self._compare = state.compare
            standard = ahocorasick_rs.MATCHKIND_STANDARD
            self._ascii_automaton = ahocorasick_rs.BytesAhoCorasick(state.ascii_keys, matchkind=standard)
            self._other_automaton = ahocorasick_rs.BytesAhoCorasick(state.other_keys, matchkind=standard)
            self.automaton = None
        else:  # too many distinct characters for bytes: search the strings, check the boundaries after
            self.automaton = ahocorasick_rs.AhoCorasick(self.patterns, matchkind=ahocorasick_rs.MATCHKIND_STANDARD)

    def info_of(self, name: str) -> _PatternInfo:
        """What a match of the lexicon entry `name` carries (to read another word as that entry)."""
        index = self.patterns.index(fold_key(name))
        return self._infos[index] or self._info(index)

    def _info(self, index: int) -> _PatternInfo:
        """What every match of pattern `index` shares; worked out on its first match, then kept."""
        places = self._place_list
        entries = [Entry(category, places[value] if category == "place" else value, proclitic)
                   for category, value, proclitic in self._entry_codes[index]]
        grouped: dict[str, list[Entry]] = {}
        for e in entries:
            grouped.setdefault(e.category, []).append(e)
        by_category = {k: tuple(v) for k, v in grouped.items()}
        places = tuple(e.value for e in grouped.get("place", ()))
        key = tuple(map(id, places))
        known = self._by_places.get(key)
        if known is None:
            codes = {p.country_code for p in places if p.kind == "country" and p.country_code}
            in_countries = {p.country_code for p in places}
            if len(in_countries) == 1 and None not in in_countries:
                codes |= in_countries  # unambiguous places also tell what the report is about
            known = self._by_places[key] = (places, frozenset(codes))
        # A missing category gives the empty tuple (defaultdict: C code, the entry is then stored too):
        # m.of(category) is one C call, where the engine asks it about every match many times.
        lookup = defaultdict(tuple, by_category)
        info = (entries, by_category, known[0], known[1], entries[0].proclitic if entries else "", lookup.__getitem__)
        self._infos[index] = info
        return info

    def find(self, folded: Folded) -> list[Match]:
        text = folded.text
        alphabet = self._alphabet
        if not alphabet.usable:
            return self._find_str(text)
        if text.isascii():
            haystack = alphabet.haystack_ascii(text)
            found = self._ascii_automaton.find_matches_as_indexes(haystack, overlapping=True)
            offset = 0
        else:
            haystack = alphabet.haystack(text)
            found = self._other_automaton.find_matches_as_indexes(haystack, overlapping=True)
            offset = self.ascii_end
            if not self._ascii_needs_letter or _ASCII_LETTER_RE.search(text):
                more = self._ascii_automaton.find_matches_as_indexes(haystack, overlapping=True)
                if more:
                    found = more + [(k + offset, start, after) for k, start, after in found]
                    offset = 0
        if not found:
            return []
        # Leftmost, then longest: by start, and for one start by end, the longest first. Two stable sorts:
        # by end, then by start. (Two patterns match at the same place only if their keys are the same:
        # they differ in non-word characters, and one at most is in the text.)
        found.sort(key=_END, reverse=True)
        found.sort(key=_START)
        compare, patterns = self._compare, self.patterns
        matches: list[Match] = []
        keep = matches.append
        last_end = -1
        infos = self._infos
        for k, start, after in found:
            # The match is text[start:after - 1] (the haystack starts with a space, and so does the key);
            # haystack[after] is the character after it. A match that is no match (not the pattern, or
            # ending inside a word) is passed over as if never found: it keeps no other match out.
            if start < last_end:
                continue
            index = k + offset
            if compare[index] and not text.startswith(patterns[index], start):
                continue  # (such a key may also run into the trailing space: compare first)
            if haystack[after] != _SPACE and haystack[after - 1] != _SPACE:
                continue  # ends inside a word
            last_end = after - 1
            info = infos[index]
            keep(Match(start, last_end, info if info is not None else self._info(index)))
        return matches

    def _find_str(self, text: str) -> list[Match]:
        """find() with a string automaton, for patterns with too many characters for bytes."""
        mask = word_mask(text)  # 1 for a word character, and a 0 after the end (mask[-1] before the start)
        valid = [m for m in self.automaton.find_matches_as_indexes(text, overlapping=True)
                 if not (mask[m[1] - 1] or (mask[m[2]] and mask[m[2] - 1]))]
        valid.sort(key=_END, reverse=True)
        valid.sort(key=_START)
        matches: list[Match] = []
        last_end = -1
        for index, start, end in valid:
            if start < last_end:
                continue
            info = self._infos[index]
            matches.append(Match(start, end, info if info is not None else self._info(index)))
            last_end = end
        return matches


_ASCII_LETTER_RE = re.compile("[A-Za-z]")
_START = itemgetter(1)
_END = itemgetter(2)
_SPACE = 32  # the byte every non-word character becomes in a haystack


class _ByteAlphabet:
    """Folded text as bytes, one byte per character, every non-word character becoming a space.

    ASCII word characters are kept as they are; every non-ASCII character of a pattern gets a byte of
    its own from 128 up; then (while bytes are left) the other characters folding can produce, so that
    most reports encode in one codec call; the rest become 254 (word characters) or 255, which no
    pattern holds. Non-word characters then all become the space (a translation of the bytes).
    Unusable (usable False; no characters) if the patterns hold more than 126 non-ASCII characters.
    """

    @staticmethod
    def characters(patterns: list[str], common: set[str]) -> str:
        """The characters that get a byte, in byte order; "" if the patterns hold too many to fit."""
        in_patterns = sorted(ch for ch in set("".join(patterns)) if not ch.isascii())
        if len(in_patterns) > 126:
            return ""
        chars = [chr(i) for i in range(128)] + in_patterns
        chars += sorted({ch for ch in common if not ch.isascii()} - set(in_patterns))[: max(0, 254 - len(chars))]
        return "".join(chars[:254])

    def __init__(self, chars: str) -> None:
        self.usable = bool(chars)
        self._map = codecs.charmap_build(chars + "\ufffe" * (256 - len(chars)))
        self._slow = _OtherCharacter({ord(ch): chr(i) for i, ch in enumerate(chars)})
        # Bytes unused up to 254 (a word character left out) count as word characters; 255 does not.
        words = [ch.isalnum() or ch == "_" for ch in chars] + [True] * (255 - len(chars)) + [False]
        self.tau = bytes(b if words[b] else _SPACE for b in range(256))

    def encode(self, text: str) -> bytes:
        try:
            return _charmap_encode(text, "strict", self._map)[0]
        except UnicodeEncodeError:
            text.encode("utf-8")  # a lone surrogate fails here, as it does with a string automaton
            return text.translate(self._slow).encode("latin-1")

    def pattern_keys(self, patterns: list[str]) -> list[bytes]:
        """What the automaton searches for: a non-word character (the space), then the pattern."""
        assert not any("\x00" in p for p in patterns)
        tau = bytearray(self.tau)
        tau[0] = 0  # kept, to split the patterns apart again
        joined = self.encode("\x00".join(patterns)).translate(tau)
        return [b" " + key for key in joined.split(b"\x00")] if patterns else []

    def haystack(self, text: str) -> bytes:
        """The text between two spaces: a match of a pattern's key at a, b is the pattern at a, b - 1."""
        return b" " + self.encode(text).translate(self.tau) + b" "

    def haystack_ascii(self, text: str) -> bytes:
        return b" " + text.encode("ascii").translate(self.tau) + b" "


class _OtherCharacter(dict):
    """Character code -> its byte (as a character); a character left out is 254 or 255."""

    def __missing__(self, key: int) -> str:
        ch = chr(key)
        return "\xfe" if ch.isalnum() or ch == "_" else "\xff"


_charmap_encode = codecs.charmap_encode
