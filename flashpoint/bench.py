"""Extraction benchmark: documents per second on one core, load time, peak memory.

    python -m flashpoint.bench [--seconds 5]

Documents are the annotated corpus and the bundled samples (Arabic and English wire-style
reports, mostly 0.3-1.5 KB), cycled. Run on an idle machine; figures are for one process.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "tests" / "corpus" / "dev.jsonl", ROOT / "tests" / "corpus" / "test.jsonl",
           ROOT / "samples" / "reports.jsonl"]

_LOAD_PROBE = (
    "import sys, time, resource; t = time.perf_counter(); from flashpoint.extract import load, matcher\n"
    "if sys.argv[1] == 'built': matcher.LEXICON_CACHE_DIR = None\n"
    "load(); print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
)


def _load_figures(mode: str, runs: int = 3) -> tuple[float, float]:
    """Median seconds and resident MB of fresh processes loading the core (imports, lexicon, automata): with the
    lexicon cache (mode "cached") or building the lexicon ("built")."""
    loads = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _LOAD_PROBE, mode], capture_output=True, text=True, check=True)
        seconds, rss_kb = out.stdout.split()
        loads.append((float(seconds), int(rss_kb)))
    return statistics.median(s for s, _ in loads), statistics.median(r for _, r in loads) / 1024


def documents() -> list[dict]:
    docs = []
    for path in SOURCES:
        if path.is_file():
            docs.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=5.0, help="time to spend per language")
    args = parser.parse_args(argv)

    _load_figures("cached", runs=1)  # (writes the lexicon cache, if the code or data changed since it was made)
    seconds, resident = _load_figures("cached")
    built, _ = _load_figures("built")
    print(f"load: {seconds:.2f} s with the lexicon cache (median of 3 fresh processes), {built:.2f} s building the "
          f"lexicon (a first start after a change to the code or data), resident after load {resident:.0f} MB")

    from flashpoint.extract import extract, load

    load()
    docs = documents()
    by_lang = {"ar": [d for d in docs if d.get("lang") == "ar"], "en": [d for d in docs if d.get("lang") == "en"]}
    for lang, items in by_lang.items():
        if not items:
            continue
        size = statistics.mean(len(d["text"].encode("utf-8")) for d in items)
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < args.seconds:
            for d in items:
                extract(d["id"], d["text"], d.get("lang"), d.get("published_at"))
            count += len(items)
        elapsed = time.perf_counter() - start
        print(f"{lang}: {count / elapsed:,.0f} documents/s on one core "
              f"({count} documents of {size:,.0f} bytes on average, {len(items)} distinct, {elapsed:.1f} s)")
        # Without a language hint, detection is part of the cost.
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < args.seconds / 2:
            for d in items:
                extract(d["id"], d["text"], None, d.get("published_at"))
            count += len(items)
        print(f"{lang} (language detected): {count / (time.perf_counter() - start):,.0f} documents/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
