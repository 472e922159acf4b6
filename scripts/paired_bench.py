#!/usr/bin/env python3
"""Extraction speed of this checkout against another one, in alternating fresh processes.

    .venv/bin/python scripts/paired_bench.py /path/to/other/checkout [--rounds 5] [--seconds 2.5]

Single `make bench` runs on a shared 2-core machine vary by about 10%; running the two engines in turn, each in a new
process on the same documents, and taking the median of each, shows the change a commit makes. The other checkout
needs no environment of its own: it runs with this checkout's Python (make a worktree: `git worktree add /tmp/base
<commit>`).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run inside the checkout being measured: its flashpoint package, this checkout's documents (the same for both).
_PROBE = r"""
import json, sys, time
sys.path.insert(0, ".")
from flashpoint.extract import extract, load
load()
docs = json.loads(sys.stdin.read())
rates = {}
for lang in ("ar", "en"):
    items = [d for d in docs if d.get("lang") == lang]
    for d in items:  # warm up: caches, first-use imports
        extract(d["id"], d["text"], lang, d.get("published_at"))
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < SECONDS:
        for d in items:
            extract(d["id"], d["text"], lang, d.get("published_at"))
        count += len(items)
    rates[lang] = count / (time.perf_counter() - start)
print(json.dumps(rates))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("other", type=Path, help="another checkout of this repository")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=2.5, help="time per language per run")
    args = parser.parse_args(argv)
    if not (args.other / "flashpoint" / "extract").is_dir():
        parser.error(f"{args.other} is not a checkout of this repository")

    sys.path.insert(0, str(ROOT))
    from flashpoint.bench import documents

    docs = json.dumps(documents())
    probe = _PROBE.replace("SECONDS", repr(args.seconds))
    checkouts = {"this": ROOT, "other": args.other.resolve()}
    rates: dict[str, list[dict]] = {name: [] for name in checkouts}
    for _ in range(args.rounds):
        for name, path in checkouts.items():
            out = subprocess.run([sys.executable, "-c", probe], cwd=path, input=docs, capture_output=True, text=True,
                                 check=True)
            rates[name].append(json.loads(out.stdout.strip().splitlines()[-1]))
    for name, path in checkouts.items():
        medians = {lang: statistics.median(r[lang] for r in rates[name]) for lang in ("ar", "en")}
        print(f"{name:<5} {path}: ar {medians['ar']:,.0f} en {medians['en']:,.0f} documents/s "
              f"(median of {args.rounds} alternating runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
