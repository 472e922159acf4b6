"""Sanity checks for the annotated evaluation corpus and the bundled sample reports.

Stdlib + pytest only. Run with:
    .venv/bin/python -m pytest tests/unit/test_corpus_files.py -q
"""
import datetime as dt
import json
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "tests" / "corpus"
# Every corpus file is checked: a new file dropped into tests/corpus/ joins these checks without an edit here.
CORPUS_FILES = {path.stem: path for path in sorted(CORPUS_DIR.glob("*.jsonl"))}
SAMPLES = ROOT / "samples" / "reports.jsonl"

LANGS = {"ar", "en"}
STYLES = {"wire", "claim", "official", "analysis", "casualty", "unrelated"}
WEAPONS = {"drone", "rocket", "missile", "mortar", "ied", "small_arms", "airstrike", "artillery"}
ACTORS = {
    "Islamic Resistance in Iraq", "Kataib Hezbollah", "Harakat al-Nujaba", "Kataib Sayyid al-Shuhada",
    "Popular Mobilization Forces", "Iran", "IRGC", "Hezbollah", "Houthis", "Hamas", "Islamic State",
    "United States", "Israel", "Tashkil al-Waritheen", "Syrian Democratic Forces", "Turkey", "Russia",
    "Syrian government", "Iraqi government",
}
SOURCES = {
    "Pentagon", "CENTCOM", "White House", "US official", "Iraqi security sources",
    "Syrian Observatory for Human Rights", "Iraqi military", "State Department",
}
GOLD_KEYS = {
    "incident_countries", "incident_places", "claimants", "alleged", "sponsors", "sources",
    "weapons", "killed", "injured", "tallies", "incident_dates",
}
TALLY_KEYS = {"count", "country_code", "start", "end", "source"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COUNTRY = re.compile(r"^[A-Z]{2}$")


def _load(path):
    rows = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - reported by assert
                pytest.fail(f"{path.name}:{lineno}: invalid JSON: {exc}")
    return rows


def _is_iso_date(value):
    if not isinstance(value, str) or not ISO_DATE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_iso_date_or_datetime(value):
    if _is_iso_date(value):
        return True
    if not isinstance(value, str):
        return False
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _is_count(value):
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)


def _str_list(value):
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


@pytest.fixture(scope="module")
def corpus():
    out = {}
    for split, path in CORPUS_FILES.items():
        assert path.is_file(), f"missing {path}"
        out[split] = _load(path)
    return out


@pytest.fixture(scope="module")
def all_items(corpus):
    return [(split, item) for split, items in corpus.items() for item in items]


def test_files_not_empty_and_balanced(corpus):
    for split, items in corpus.items():
        assert len(items) >= 30, f"{split}: only {len(items)} items"
        langs = [i.get("lang") for i in items]
        n_ar, n_en = langs.count("ar"), langs.count("en")
        assert n_ar >= len(items) // 3 and n_en >= len(items) // 3, f"{split}: ar={n_ar} en={n_en}"
        n_unrelated = sum(1 for i in items if i.get("style") == "unrelated")
        assert n_unrelated >= len(items) // 10, f"{split}: only {n_unrelated} unrelated items"


def test_ids_unique_across_files(all_items):
    ids = [item.get("id") for _, item in all_items]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, f"duplicate ids: {sorted(dupes)}"


def test_top_level_fields(all_items):
    for split, item in all_items:
        rid = item.get("id")
        assert isinstance(rid, str) and rid.startswith(f"{split}-{item.get('lang')}-"), rid
        assert item.get("lang") in LANGS, rid
        assert item.get("style") in STYLES, rid
        assert _is_iso_date(item.get("published_at")), rid
        assert isinstance(item.get("text"), str) and len(item["text"]) >= 80, rid
        assert isinstance(item.get("gold"), dict), rid


def test_gold_keys_and_types(all_items):
    for _, item in all_items:
        rid, gold = item["id"], item["gold"]
        assert set(gold) == GOLD_KEYS, f"{rid}: keys {sorted(set(gold) ^ GOLD_KEYS)}"
        for key in ("incident_countries", "claimants", "alleged", "sponsors", "sources", "weapons", "incident_dates"):
            assert _str_list(gold[key]), f"{rid}: {key} must be a list of strings"
            assert len(gold[key]) == len(set(gold[key])), f"{rid}: duplicate values in {key}"
        assert isinstance(gold["incident_places"], list), rid
        assert isinstance(gold["tallies"], list), rid
        assert _is_count(gold["killed"]), f"{rid}: killed"
        assert _is_count(gold["injured"]), f"{rid}: injured"


def test_vocabularies(all_items):
    for _, item in all_items:
        rid, gold = item["id"], item["gold"]
        assert set(gold["weapons"]) <= WEAPONS, f"{rid}: {set(gold['weapons']) - WEAPONS}"
        for key in ("claimants", "alleged", "sponsors"):
            assert set(gold[key]) <= ACTORS, f"{rid}: {key} {set(gold[key]) - ACTORS}"
        assert set(gold["sources"]) <= SOURCES, f"{rid}: sources {set(gold['sources']) - SOURCES}"


def test_countries_and_places(all_items):
    for _, item in all_items:
        rid, gold = item["id"], item["gold"]
        for cc in gold["incident_countries"]:
            assert COUNTRY.match(cc), f"{rid}: bad country {cc!r}"
        for place in gold["incident_places"]:
            assert set(place) == {"name", "lat", "lon"}, f"{rid}: place keys {place}"
            assert isinstance(place["name"], str) and place["name"], rid
            for axis, limit in (("lat", 90), ("lon", 180)):
                v = place[axis]
                assert isinstance(v, (int, float)) and not isinstance(v, bool), f"{rid}: {axis}"
                assert -limit <= v <= limit, f"{rid}: {axis} out of range"
        if gold["incident_places"]:
            # every described attack with a place happened somewhere in the region of interest
            for place in gold["incident_places"]:
                assert 10 <= place["lat"] <= 40 and 30 <= place["lon"] <= 50, f"{rid}: {place}"


def test_dates(all_items):
    for _, item in all_items:
        rid, gold = item["id"], item["gold"]
        pub = dt.date.fromisoformat(item["published_at"])
        for d in gold["incident_dates"]:
            assert _is_iso_date(d), f"{rid}: bad incident date {d!r}"
            assert dt.date.fromisoformat(d) <= pub, f"{rid}: incident {d} after publication"
        for tally in gold["tallies"]:
            assert set(tally) == TALLY_KEYS, f"{rid}: tally keys {tally}"
            assert isinstance(tally["count"], int) and tally["count"] > 0, rid
            cc = tally["country_code"]
            assert cc is None or COUNTRY.match(cc), f"{rid}: tally country {cc!r}"
            for key in ("start", "end"):
                assert tally[key] is None or _is_iso_date(tally[key]), f"{rid}: tally {key}"
            if tally["start"] and tally["end"]:
                assert tally["start"] <= tally["end"], rid
            assert tally["source"] is None or tally["source"] in SOURCES, f"{rid}: tally source"


def test_unrelated_items_are_empty(all_items):
    for _, item in all_items:
        gold = item["gold"]
        if item["style"] != "unrelated":
            continue
        rid = item["id"]
        assert gold["incident_countries"] == [], rid
        assert gold["incident_places"] == [], rid
        assert gold["incident_dates"] == [] and gold["tallies"] == [], rid
        assert gold["killed"] is None and gold["injured"] is None, rid
        for key in ("claimants", "alleged", "sponsors", "sources", "weapons"):
            assert gold[key] == [], f"{rid}: {key}"


def test_related_items_have_countries_or_dates(all_items):
    for _, item in all_items:
        if item["style"] == "unrelated":
            continue
        gold = item["gold"]
        assert gold["incident_countries"] or gold["incident_dates"] or gold["tallies"], item["id"]


def _sentences(items):
    out = set()
    for item in items:
        for s in re.split(r"(?<=[.!?؟])\s+|\n+", item["text"]):
            s = s.strip()
            if len(s) >= 40:
                out.add(s)
    return out


def test_files_share_no_sentences(corpus):
    # A sentence in two files would let tuning on a dev file leak into a held-out score. Report ids only, never
    # the held-out text itself.
    sentences = {split: [(item["id"], _sentences([item])) for item in items] for split, items in corpus.items()}
    everything = {split: set().union(*(s for _, s in rows)) for split, rows in sentences.items()}
    for split, rows in sentences.items():
        for other, theirs in everything.items():
            if other != split:
                hits = [item_id for item_id, mine in rows if mine & theirs]
                assert not hits, f"{split} items sharing a sentence with {other}: {hits[:5]}"


def test_make_quality_scores_every_corpus_file():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    missing = [path.name for path in CORPUS_FILES.values() if f"tests/corpus/{path.name}" not in makefile]
    assert not missing, f"corpus files left out of make quality: {missing}"


def test_samples_parse_with_required_fields():
    assert SAMPLES.is_file(), f"missing {SAMPLES}"
    rows = _load(SAMPLES)
    assert len(rows) >= 10
    required = {"id", "text", "lang", "published_at", "source", "url", "title"}
    ids = set()
    for row in rows:
        missing = required - set(row)
        assert not missing, f"{row.get('id')}: missing {sorted(missing)}"
        assert row["id"] not in ids, f"duplicate sample id {row['id']}"
        ids.add(row["id"])
        assert row["lang"] in LANGS, row["id"]
        assert _is_iso_date_or_datetime(row["published_at"]), row["id"]
        for key in ("text", "title", "source"):
            assert isinstance(row[key], str) and row[key].strip(), f"{row['id']}: {key}"
        assert row["url"].startswith(("http://", "https://")), row["id"]
        assert "gold" not in row, f"{row['id']}: samples carry no gold"
