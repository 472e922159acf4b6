"""Precision, recall and F1 of the extraction core against an annotated corpus, per field and language.

    python -m flashpoint.quality tests/corpus/test.jsonl [--show-errors]
    python -m flashpoint.quality --pooled tests/corpus/test*.jsonl   (one table: the files' counts summed)

Corpus format and annotation rules: tests/corpus/README.md. Incident places count as found when a
predicted incident place lies within 30 km of a gold one, each gold place matched to its own prediction
(a maximum matching, so that as many gold places as possible are found).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field

from flashpoint import extract
from flashpoint.extract import lexicon
from flashpoint.extract.matcher import km

SET_FIELDS = ("incident_countries", "claimants", "alleged", "sponsors", "sources", "weapons", "tallies",
              "incident_dates")
PLACE_RADIUS_KM = 30.0
# Small named areas (mountains, islands: lexicon.SMALL_AREAS) are places the writers name as attacked ("Turkish jets
# struck Qandil"); wide regions ("the Kurdistan Region", "north-east Syria") are not, and are not scored.
SMALL_AREAS = set(lexicon.SMALL_AREAS)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list = field(default_factory=list)

    def add(self, predicted: set, gold: set, doc_id: str) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)
        if predicted != gold:
            self.errors.append((doc_id, sorted(map(str, predicted - gold)), sorted(map(str, gold - predicted))))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def predicted_fields(facts) -> dict[str, set]:
    roles = defaultdict(set)
    for actor in facts.actors:
        roles[actor.role].add(actor.name)
    countries = {i.country_code for i in facts.incidents if i.country_code}
    # (the countries of tallied attacks: "160 attacks in Iraq and Syria" gives both; a tally's own land is in its
    # countries too)
    countries |= {c for t in facts.tallies for c in t.countries}
    return {
        "incident_countries": countries,
        "claimants": roles["claimant"],
        "alleged": roles["alleged"],
        "sponsors": roles["sponsor"],
        "sources": roles["source"],
        "weapons": set(facts.weapons),
        "tallies": {(t.count, t.country_code) for t in facts.tallies},
        "incident_dates": {i.date.start.isoformat() for i in facts.incidents if i.date and i.date.start == i.date.end},
    }


def gold_fields(gold: dict) -> dict[str, set]:
    return {
        "incident_countries": set(gold["incident_countries"]),
        "claimants": set(gold["claimants"]),
        "alleged": set(gold["alleged"]),
        "sponsors": set(gold["sponsors"]),
        "sources": set(gold["sources"]),
        "weapons": set(gold["weapons"]),
        "tallies": {(t["count"], t["country_code"]) for t in gold["tallies"]},
        "incident_dates": set(gold.get("incident_dates", [])),
    }


def place_score(facts, gold: dict, score: Score, doc_id: str) -> None:
    # Gold lists the places attacked, each once, however many attacks a place saw (two attacks on Ain al-Asad on
    # two days are one gold place): a place predicted twice is one prediction.
    # Gold names sites, towns, small named areas and governorates (corpus README), never a country or a wide region
    # such as "the Kurdistan Region" or "north-east Syria": a prediction of those is no place to score.
    predicted = list(dict.fromkeys((i.place.name, i.place.lat, i.place.lon) for i in facts.incidents
                                   if i.place and (i.place.kind not in ("country", "region")
                                                   or getattr(i.place, "place_id", None) in SMALL_AREAS)))
    wanted = [(p["name"], p["lat"], p["lon"]) for p in gold["incident_places"]]
    # The most gold places matched, each to its own predicted place within the radius (a maximum bipartite
    # matching): matching in gold order could spend Safed's prediction on Sawana, 27 km away
    near = [[pi for pi, p in enumerate(predicted) if km(g[1], g[2], p[1], p[2]) <= PLACE_RADIUS_KM] for g in wanted]
    owner: dict[int, int] = {}  # predicted index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in near[gi]:
            if pi not in seen:
                seen.add(pi)
                if pi not in owner or augment(owner[pi], seen):
                    owner[pi] = gi
                    return True
        return False

    for gi in range(len(wanted)):
        augment(gi, set())
    gold_hit = set(owner.values())
    tp = len(gold_hit)
    missed = [g[0] for gi, g in enumerate(wanted) if gi not in gold_hit]
    unmatched = [p for pi, p in enumerate(predicted) if pi not in owner]
    score.tp += tp
    score.fn += len(wanted) - tp
    score.fp += len(unmatched)
    if tp != len(wanted) or unmatched:
        score.errors.append((doc_id, [p[0] for p in unmatched], missed))


def evaluate(path: str) -> dict:
    scores: dict[str, dict[str, Score]] = defaultdict(lambda: defaultdict(Score))
    casualty_hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    unrelated: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with open(path, encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle if line.strip()]
    for item in items:
        facts = extract.extract(item["id"], item["text"], item.get("lang"), item.get("published_at"))
        lang = item.get("lang") or facts.language or "und"
        predicted, gold = predicted_fields(facts), gold_fields(item["gold"])
        for bucket in (lang, "all"):
            for name in SET_FIELDS:
                scores[bucket][name].add(predicted[name], gold[name], item["id"])
            place_score(facts, item["gold"], scores[bucket]["incident_places"], item["id"])
            for kind in ("killed", "injured"):
                casualty_hits[bucket][0] += int(getattr(facts.casualties, kind) == item["gold"][kind])
                casualty_hits[bucket][1] += 1
            if item.get("style") == "unrelated":
                unrelated[bucket][0] += int(bool(facts.incidents))
                unrelated[bucket][1] += 1
    return {"scores": scores, "casualties": casualty_hits, "unrelated": unrelated, "documents": len(items)}


def pooled(results: list[dict]) -> dict:
    """Several files' results as one: every count summed (F1 over the pooled counts, not an average of the files')."""
    scores: dict[str, dict[str, Score]] = defaultdict(lambda: defaultdict(Score))
    casualty_hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    unrelated: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for result in results:
        for bucket, by_field in result["scores"].items():
            for name, score in by_field.items():
                total = scores[bucket][name]
                total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
                total.errors.extend(score.errors)
        for tally, into in ((result["casualties"], casualty_hits), (result["unrelated"], unrelated)):
            for bucket, (hits, count) in tally.items():
                into[bucket][0] += hits
                into[bucket][1] += count
    return {"scores": scores, "casualties": casualty_hits, "unrelated": unrelated,
            "documents": sum(r["documents"] for r in results)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--show-errors", action="store_true", help="list each document's misses and extras")
    parser.add_argument("--pooled", action="store_true",
                        help="one table for all the files given, their counts summed (as the closing notes report)")
    args = parser.parse_args(argv)
    # (each file's table as soon as it is scored; pooled, one table at the end)
    runs = ((path, evaluate(path)) for path in args.corpus)
    if args.pooled:
        runs = iter([(f"{len(args.corpus)} files pooled", pooled([result for _path, result in runs]))])
    for path, result in runs:
        print(f"\n{path}: {result['documents']} documents")
        fields = ["incident_countries", "incident_places", *[f for f in SET_FIELDS if f != "incident_countries"]]
        for bucket in sorted(result["scores"], key=lambda b: (b == "all", b)):
            print(f"\n  [{bucket}]  {'field':<20} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn")
            for name in fields:
                s = result["scores"][bucket][name]
                print(f"        {name:<20} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp}/{s.fp}/{s.fn}")
            hits, total = result["casualties"][bucket]
            print(f"        {'casualties exact':<20} {hits / total if total else 1:6.3f}   ({hits}/{total} killed+injured values)")
            bad, total = result["unrelated"][bucket]
            print(f"        {'unrelated w/ incident':<20} {bad}/{total}")
        if args.show_errors:
            print("\n  errors (extra, missing):")
            for name in fields:
                for doc_id, extra, missing in result["scores"]["all"][name].errors:
                    print(f"    {name:<20} {doc_id:<14} extra={extra} missing={missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
