"""The quality command's scores: each gold place matched to its own prediction within 30 km; the countries of
tallied attacks."""

from types import SimpleNamespace

from flashpoint.extract.facts import Casualties, Enrichment, Tally
from flashpoint.quality import Score, place_score, predicted_fields


def facts_at(*points: tuple[str, float, float]) -> SimpleNamespace:
    return SimpleNamespace(incidents=[
        SimpleNamespace(place=SimpleNamespace(name=name, lat=lat, lon=lon, kind="city")) for name, lat, lon in points])


def test_places_are_matched_so_that_the_most_gold_places_are_found():
    # Al-Sawana lies 27 km from Safed; matching in gold order would spend the Safed prediction on it.
    gold = {"incident_places": [{"name": "Al-Sawana", "lat": 33.2, "lon": 35.47},
                                {"name": "Safed", "lat": 32.96, "lon": 35.5}]}
    score = Score()
    place_score(facts_at(("Safed", 32.96, 35.5), ("Nabatieh", 33.38, 35.48)), gold, score, "d1")
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)


def test_a_place_beyond_30_km_is_a_miss_and_an_extra():
    gold = {"incident_places": [{"name": "Erbil", "lat": 36.19, "lon": 44.01}]}
    score = Score()
    place_score(facts_at(("Mosul", 36.34, 43.13)), gold, score, "d2")
    assert (score.tp, score.fp, score.fn) == (0, 1, 1) and score.errors == [("d2", ["Mosul"], ["Erbil"])]


def test_a_place_attacked_on_two_days_is_one_predicted_place():
    # Gold lists each place attacked once (two attacks on Ain al-Asad on two days are one gold place).
    gold = {"incident_places": [{"name": "Ain al-Asad Air Base", "lat": 33.79, "lon": 42.44}]}
    score = Score()
    place_score(facts_at(("Ain al-Asad Air Base", 33.79, 42.44), ("Ain al-Asad Air Base", 33.79, 42.44)), gold,
                score, "d3")
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_a_region_predicted_is_no_place_to_score():
    # Gold names sites, towns and governorates, never a region such as the Kurdistan Region.
    gold = {"incident_places": [{"name": "Khor Mor gas field", "lat": 35.25, "lon": 44.66}]}
    score = Score()
    facts = SimpleNamespace(incidents=[
        SimpleNamespace(place=SimpleNamespace(name="Khor Mor gas field", lat=35.25, lon=44.66, kind="facility")),
        SimpleNamespace(place=SimpleNamespace(name="Kurdistan Region", lat=36.18, lon=44.0, kind="region"))])
    place_score(facts, gold, score, "d4")
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_a_small_named_area_predicted_is_a_place_to_score():
    # Writers name mountains such as Qandil as the place struck; a wide region stays unscored.
    gold = {"incident_places": [{"name": "Qandil Mountains", "lat": 36.54, "lon": 44.99}]}
    score = Score()
    facts = SimpleNamespace(incidents=[
        SimpleNamespace(place=SimpleNamespace(name="Qandil Mountains", lat=36.54, lon=45.0, kind="region",
                                              place_id="region:qandil-mountains")),
        SimpleNamespace(place=SimpleNamespace(name="Kurdistan Region", lat=36.18, lon=44.0, kind="region",
                                              place_id="region:kurdistan-region"))])
    place_score(facts, gold, score, "d5")
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)


def test_a_tally_for_no_one_country_adds_the_lands_it_names_to_the_attack_countries():
    # Gold lists the countries of tallied attacks: "160 attacks in Iraq and Syria" gives both.
    facts = Enrichment(id="d6", casualties=Casualties(), tallies=[
        Tally(count=160, country_code=None, start=None, end=None, source=None, countries=["IQ", "SY"]),
        Tally(count=3, country_code="JO", start=None, end=None, source=None, countries=["JO"]),
        Tally(count=12, country_code=None, start=None, end=None, source=None)])
    assert predicted_fields(facts)["incident_countries"] == {"IQ", "SY", "JO"}


def test_pooled_scores_are_the_files_counts_summed(tmp_path, capsys):
    from pathlib import Path

    from flashpoint.quality import evaluate, main, pooled

    lines = (Path(__file__).resolve().parents[1] / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[20:26]) + "\n", encoding="utf-8")
    a, b = evaluate(str(first)), evaluate(str(second))
    both = pooled([a, b])
    assert both["documents"] == 11
    for bucket in ("ar", "en", "all"):
        for name in ("claimants", "weapons", "incident_places"):
            got = both["scores"][bucket][name]
            parts = [r["scores"][bucket][name] for r in (a, b)]
            assert (got.tp, got.fp, got.fn) == tuple(sum(getattr(p, k) for p in parts) for k in ("tp", "fp", "fn"))
        assert both["casualties"][bucket] == [a["casualties"][bucket][i] + b["casualties"][bucket][i] for i in (0, 1)]
    main(["--pooled", str(first), str(second)])
    out = capsys.readouterr().out
    assert "2 files pooled: 11 documents" in out and out.count("documents") == 1
