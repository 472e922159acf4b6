"""Read-API benchmark: /v1/counts and /v1/incidents under load, with the response cache on and off.

    python -m flashpoint.bench_api [--database-url URL] [--incidents 100000] [--seconds 10]

1. Loads a realistic volume into a fresh database (default: a SQLite file in a temporary folder;
   `--database-url postgresql+psycopg://postgres@127.0.0.1:5432/NAME` creates database NAME, which
   must not exist yet, and drops it at the end): incidents over 2023-01-01..2024-12-31 in IQ, SY, JO,
   YE, LB, IL and PS, their `incident_tag` rows, `daily_count` rows computed from them the way the
   aggregate worker does (services.aggregate.incidents: dimensions / count_key), and a few hundred
   tallies. Prints the load time.
2. Starts the API in a separate process (`python -m flashpoint.cli serve api`: one uvicorn worker)
   on a free port of 127.0.0.1 and polls /readyz until it answers 200.
3. Drives /v1/counts (mixed group_by, ranges, interval=week, window=7d/30d) and /v1/incidents pages
   (country, weapon, from/to, limit=100, some with a cursor from an earlier page) from a separate
   process (wrk, rotating URLs with a Lua script; or a multi-process Python generator), for a fixed
   duration and at most --max-requests requests each, with API_CACHE_SECONDS=2 and then 0 (the API is
   restarted in between). Prints requests/s, p50/p90/p99/max latency, errors, and the CPU used by the
   API process and by the load generator, next to the targets.
4. Stops the API and removes the database. Exit code 0 whether or not the targets are met: it reports.

Only 127.0.0.1 is ever contacted (plus the PostgreSQL server named by --database-url).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
FIRST_DAY = dt.date(2023, 1, 1)
LAST_DAY = dt.date(2024, 12, 31)
N_DAYS = (LAST_DAY - FIRST_DAY).days + 1

TARGETS = {
    "counts": {"rps": 2000.0, "p99_ms": 20.0},
    "incidents": {"rps": None, "p99_ms": 50.0},
}

# ----------------------------------------------------------------------------- the synthetic world
# country -> (weight, [(admin1, admin1 centroid lat, lon, [(place, kind, lat, lon), ...])], weapons, actors, targets)
# actors: (name, weight as claimant); sponsors are drawn separately.
WORLD: dict[str, dict[str, Any]] = {
    "IQ": {
        "weight": 24, "centroid": (33.2, 43.7),
        "admin1": [
            ("Anbar", 33.4, 42.0, [("Ain al-Asad Air Base", "facility", 33.800, 42.441), ("Ramadi", "city", 33.425, 43.299),
                                   ("Fallujah", "city", 33.350, 43.783), ("Al-Qaim", "city", 34.377, 41.093)]),
            ("Baghdad", 33.3, 44.4, [("Baghdad", "city", 33.315, 44.366), ("Baghdad International Airport", "facility", 33.262, 44.234),
                                     ("Victory Base Complex", "facility", 33.283, 44.250)]),
            ("Erbil", 36.2, 44.2, [("Erbil", "city", 36.191, 44.009), ("Erbil Air Base", "facility", 36.237, 43.963),
                                   ("Harir Air Base", "facility", 36.540, 44.349)]),
            ("Nineveh", 36.2, 42.6, [("Mosul", "city", 36.340, 43.130), ("Sinjar", "city", 36.322, 41.876)]),
            ("Salah al-Din", 34.5, 43.5, [("Tikrit", "city", 34.607, 43.678), ("Balad Air Base", "facility", 33.940, 44.362)]),
            ("Kirkuk", 35.4, 44.3, [("Kirkuk", "city", 35.468, 44.392), ("K-1 Air Base", "facility", 35.509, 44.283)]),
            ("Diyala", 33.9, 45.0, [("Baqubah", "city", 33.746, 44.643), ("Khanaqin", "city", 34.348, 45.391)]),
            ("Basra", 30.5, 47.8, [("Basra", "city", 30.508, 47.783), ("Umm Qasr", "city", 30.036, 47.919)]),
        ],
        "weapons": {"drone": 40, "rocket": 35, "ied": 10, "small_arms": 6, "mortar": 5, "airstrike": 4},
        "claimants": {"Islamic Resistance in Iraq": 60, "Kataib Hezbollah": 15, "Islamic State": 20, "United States": 5},
        "alleged": {"Kataib Hezbollah": 40, "Harakat al-Nujaba": 25, "Islamic State": 25, "Iran-backed militias": 10},
        "sponsors": {"Iran": 1},
        "targets": {"US forces": 50, "coalition forces": 15, "Iraqi security forces": 20, "civilians": 15},
    },
    "SY": {
        "weight": 20, "centroid": (35.0, 38.5),
        "admin1": [
            ("Deir ez-Zor", 35.0, 40.4, [("Al-Omar oil field", "facility", 35.091, 40.608), ("Conoco gas field", "facility", 35.299, 40.312),
                                         ("Deir ez-Zor", "city", 35.336, 40.141), ("Al-Bukamal", "city", 34.454, 40.937)]),
            ("Hasakah", 36.5, 40.9, [("Al-Shaddadi", "facility", 36.059, 40.730), ("Rumeilan Landing Zone", "facility", 36.865, 42.078),
                                     ("Qamishli", "city", 37.051, 41.229)]),
            ("Homs", 34.5, 37.9, [("Al-Tanf Garrison", "facility", 33.496, 38.615), ("Homs", "city", 34.733, 36.723),
                                  ("Palmyra", "city", 34.551, 38.268)]),
            ("Damascus", 33.5, 36.3, [("Damascus", "city", 33.513, 36.292), ("Damascus International Airport", "facility", 33.411, 36.514)]),
            ("Aleppo", 36.2, 37.2, [("Aleppo", "city", 36.202, 37.134), ("Manbij", "city", 36.528, 37.955)]),
            ("Idlib", 35.8, 36.6, [("Idlib", "city", 35.930, 36.634), ("Maarat al-Numan", "city", 35.648, 36.675)]),
            ("Daraa", 32.7, 36.1, [("Daraa", "city", 32.625, 36.106)]),
        ],
        "weapons": {"drone": 35, "rocket": 25, "airstrike": 20, "ied": 8, "artillery": 7, "small_arms": 5},
        "claimants": {"Islamic Resistance in Iraq": 45, "Islamic State": 20, "Israel": 20, "United States": 15},
        "alleged": {"Kataib Hezbollah": 30, "Islamic State": 30, "Israel": 25, "Iran-backed militias": 15},
        "sponsors": {"Iran": 1},
        "targets": {"US forces": 45, "Syrian army": 20, "civilians": 20, "Iran-backed militias": 15},
    },
    "JO": {
        "weight": 3, "centroid": (31.2, 36.5),
        "admin1": [
            ("Mafraq", 32.3, 37.2, [("Tower 22", "facility", 33.317, 38.690), ("Mafraq", "city", 32.343, 36.208)]),
            ("Irbid", 32.5, 35.9, [("Irbid", "city", 32.556, 35.850)]),
            ("Zarqa", 32.1, 36.3, [("Muwaffaq Salti Air Base", "facility", 32.356, 36.782)]),
            ("Amman", 31.9, 35.9, [("Amman", "city", 31.954, 35.911)]),
        ],
        "weapons": {"drone": 80, "rocket": 15, "small_arms": 5},
        "claimants": {"Islamic Resistance in Iraq": 90, "Jordanian army": 10},
        "alleged": {"Kataib Hezbollah": 70, "Iran-backed militias": 30},
        "sponsors": {"Iran": 1},
        "targets": {"US forces": 80, "Jordanian army": 20},
    },
    "YE": {
        "weight": 14, "centroid": (15.6, 48.0),
        "admin1": [
            ("Hodeidah", 14.9, 43.2, [("Hodeidah", "city", 14.798, 42.954), ("Ras Isa", "facility", 15.219, 42.822)]),
            ("Sanaa", 15.4, 44.2, [("Sanaa", "city", 15.369, 44.191), ("Al-Dailami Air Base", "facility", 15.476, 44.220)]),
            ("Saada", 16.9, 43.8, [("Saada", "city", 16.940, 43.763)]),
            ("Taiz", 13.6, 44.0, [("Taiz", "city", 13.579, 44.021)]),
            ("Marib", 15.5, 45.3, [("Marib", "city", 15.462, 45.325)]),
            ("Aden", 12.8, 45.0, [("Aden", "city", 12.785, 45.019)]),
        ],
        "weapons": {"missile": 35, "drone": 30, "airstrike": 25, "artillery": 5, "small_arms": 5},
        "claimants": {"Houthis": 65, "United States": 20, "United Kingdom": 5, "Israel": 10},
        "alleged": {"Houthis": 70, "United States": 20, "Israel": 10},
        "sponsors": {"Iran": 1},
        "targets": {"shipping": 40, "US forces": 20, "Houthis": 25, "civilians": 15},
    },
    "LB": {
        "weight": 16, "centroid": (33.9, 35.9),
        "admin1": [
            ("South", 33.3, 35.3, [("Tyre", "city", 33.271, 35.196), ("Naqoura", "city", 33.118, 35.140)]),
            ("Nabatieh", 33.3, 35.5, [("Nabatieh", "city", 33.378, 35.484), ("Bint Jbeil", "city", 33.120, 35.433),
                                      ("Khiam", "city", 33.327, 35.610)]),
            ("Beqaa", 33.8, 35.9, [("Baalbek", "city", 34.006, 36.211)]),
            ("Beirut", 33.9, 35.5, [("Beirut", "city", 33.894, 35.503), ("Dahieh", "city", 33.853, 35.508)]),
        ],
        "weapons": {"airstrike": 40, "rocket": 25, "artillery": 15, "drone": 12, "missile": 8},
        "claimants": {"Hezbollah": 50, "Israel": 45, "Hamas": 5},
        "alleged": {"Israel": 55, "Hezbollah": 45},
        "sponsors": {"Iran": 1},
        "targets": {"Hezbollah": 35, "Israeli forces": 30, "civilians": 35},
    },
    "IL": {
        "weight": 10, "centroid": (31.4, 34.9),
        "admin1": [
            ("Northern District", 32.9, 35.4, [("Kiryat Shmona", "city", 33.208, 35.570), ("Metula", "city", 33.279, 35.579),
                                               ("Shlomi", "city", 33.077, 35.146)]),
            ("Southern District", 30.9, 34.8, [("Eilat", "city", 29.558, 34.952), ("Sderot", "city", 31.525, 34.596),
                                               ("Nevatim Air Base", "facility", 31.208, 35.012)]),
            ("Haifa", 32.8, 35.0, [("Haifa", "city", 32.794, 34.990)]),
            ("Tel Aviv", 32.1, 34.8, [("Tel Aviv", "city", 32.085, 34.782)]),
        ],
        "weapons": {"rocket": 50, "missile": 20, "drone": 25, "small_arms": 5},
        "claimants": {"Hezbollah": 45, "Hamas": 25, "Houthis": 15, "Islamic Resistance in Iraq": 15},
        "alleged": {"Hezbollah": 50, "Hamas": 30, "Iran": 20},
        "sponsors": {"Iran": 1},
        "targets": {"Israeli forces": 55, "civilians": 45},
    },
    "PS": {
        "weight": 13, "centroid": (31.9, 35.2),
        "admin1": [
            ("Gaza", 31.4, 34.4, [("Gaza City", "city", 31.502, 34.467), ("Khan Younis", "city", 31.346, 34.306),
                                  ("Rafah", "city", 31.297, 34.245), ("Jabalia", "city", 31.531, 34.483),
                                  ("Deir al-Balah", "city", 31.418, 34.351)]),
            ("West Bank", 32.0, 35.3, [("Jenin", "city", 32.461, 35.300), ("Nablus", "city", 32.222, 35.262),
                                       ("Tulkarm", "city", 32.311, 35.028)]),
        ],
        "weapons": {"airstrike": 50, "artillery": 20, "small_arms": 15, "rocket": 10, "drone": 5},
        "claimants": {"Israel": 60, "Hamas": 25, "Palestinian Islamic Jihad": 15},
        "alleged": {"Israel": 70, "Hamas": 20, "Palestinian Islamic Jihad": 10},
        "sponsors": {"Iran": 1},
        "targets": {"civilians": 55, "Hamas": 25, "Israeli forces": 20},
    },
}
TALLY_SOURCES = ("Pentagon", "CENTCOM", "UN OCHA", "Syrian Observatory for Human Rights", "Israel Defense Forces",
                 "Houthi media", "Lebanese health ministry")


def _digest(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:32]


def _weighted(rng: random.Random, table: dict[str, int], k: int) -> list[str]:
    """k distinct values drawn by weight, sorted (the aggregate worker keeps sorted unions)."""
    names, weights = list(table), list(table.values())
    out: set[str] = set()
    for _ in range(k * 3):
        if len(out) >= min(k, len(names)):
            break
        out.add(rng.choices(names, weights)[0])
    return sorted(out)


def _day_weights() -> list[float]:
    """More incidents after 7 October 2023, and a few busy weeks."""
    rng = random.Random(7)
    busy = {rng.randrange(N_DAYS // 7) for _ in range(12)}
    weights = []
    for i in range(N_DAYS):
        day = FIRST_DAY + dt.timedelta(days=i)
        w = 1.0 if day < dt.date(2023, 10, 7) else 2.2
        if i // 7 in busy:
            w *= 2.0
        weights.append(w)
    return weights


@dataclass
class Dataset:
    incidents: list[dict[str, Any]]
    tags: list[dict[str, Any]]
    daily_counts: list[dict[str, Any]]
    tallies: list[dict[str, Any]]


def generate(n_incidents: int = 100_000, seed: int = 1, n_tallies: int = 300) -> Dataset:
    """Incidents, their tags and the day counts derived from them, and tallies. Deterministic per seed."""
    from flashpoint.storage.models import incident_document
    from services.aggregate.incidents import count_key, dimensions, split_count_key

    rng = random.Random(seed)
    now = dt.datetime.now(dt.timezone.utc)
    countries = list(WORLD)
    country_weights = [WORLD[c]["weight"] for c in countries]
    day_cum: list[float] = []
    total = 0.0
    for w in _day_weights():
        total += w
        day_cum.append(total)
    days = [FIRST_DAY + dt.timedelta(days=i) for i in range(N_DAYS)]
    picked_days = rng.choices(days, cum_weights=day_cum, k=n_incidents)
    picked_countries = rng.choices(countries, country_weights, k=n_incidents)

    incidents: list[dict[str, Any]] = []
    tags: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    for i in range(n_incidents):
        cc = picked_countries[i]
        world = WORLD[cc]
        day: dt.date | None = picked_days[i]
        date_start = date_end = day
        if rng.random() < 0.02:  # only a range is known: kept, but outside the day counts
            date_end = day + dt.timedelta(days=rng.randint(1, 6))
            day = None
        level = rng.random()
        admin1_name, a_lat, a_lon, places = rng.choice(world["admin1"])
        if level < 0.05:  # placed at the country only
            admin1, place_name, kind, lat, lon, precision = None, cc, "country", *world["centroid"], 3
        elif level < 0.15:  # at the province
            admin1, place_name, kind, lat, lon, precision = admin1_name, admin1_name, "admin1", a_lat, a_lon, 3
        else:
            name, kind, lat, lon = rng.choice(places)
            admin1, place_name, precision = admin1_name, name, 1
            if kind == "city" and rng.random() < 0.3:  # "near <town>"
                lat, lon, precision = lat + rng.uniform(-0.05, 0.05), lon + rng.uniform(-0.05, 0.05), 2
        n_weapons = rng.choices((0, 1, 2), (5, 80, 15))[0]
        weapons = _weighted(rng, world["weapons"], n_weapons)
        claimed_by = _weighted(rng, world["claimants"], 1) if rng.random() < 0.55 else []
        attributed_to = _weighted(rng, world["alleged"], rng.choices((1, 2), (85, 15))[0]) if rng.random() < 0.45 else []
        sponsors = ["Iran"] if rng.random() < 0.15 else []
        targets = _weighted(rng, world["targets"], rng.choices((1, 2), (85, 15))[0]) if rng.random() < 0.8 else []
        n_reports = min(60, int(rng.paretovariate(1.3)))
        n_sources = max(1, min(n_reports, int(n_reports * rng.uniform(0.4, 1.0))))
        seen = dt.datetime.combine(date_start, dt.time(rng.randrange(24), rng.randrange(60)), dt.timezone.utc)
        killed = rng.choices((None, 0, rng.randint(1, 5), rng.randint(6, 40)), (50, 20, 22, 8))[0]
        injured = rng.choices((None, 0, rng.randint(1, 10), rng.randint(11, 80)), (55, 15, 22, 8))[0]
        incident_id = _digest("bench", seed, i)
        incidents.append({
            "id": incident_id, "report_id": f"bench-{seed}-{i}", "event_date": day,
            "date_start": date_start, "date_end": date_end, "country_code": cc, "admin1": admin1,
            "place_name": place_name, "place_kind": kind, "lat": round(lat, 5), "lon": round(lon, 5),
            "precision": precision, "weapons": weapons, "killed": killed, "injured": injured,
            "claimed_by": claimed_by, "attributed_to": attributed_to, "sponsors": sponsors, "targets": targets,
            "group_key": f"{day.isoformat()}|{cc}" if day else f"undated|bench-{seed}-{i}|{cc}",
            "n_reports": n_reports, "n_sources": n_sources, "first_seen": seen,
            "last_seen": seen + dt.timedelta(minutes=rng.randrange(1, 600)) if n_reports > 1 else seen,
            "version": 1, "facts_hash": _digest("facts", seed, i) * 2, "updated_at": now,
        })
        incidents[-1]["document"] = incident_document(incidents[-1])  # as the aggregate worker writes it
        # The aggregate worker's own bucketing: tags are dimensions(facts), counted only with a known day.
        facts = SimpleNamespace(country_code=cc, admin1=admin1, weapons=weapons, targets=targets,
                                claimed_by=claimed_by, attributed_to=attributed_to, sponsors=sponsors)
        incident_tags = dimensions(facts)
        tags.extend({"incident_id": incident_id, "tag": tag} for tag in incident_tags)
        if day is not None:
            counts.update(count_key(day, tag) for tag in incident_tags)

    daily_counts = []
    for key, count in counts.items():
        day, dimension, value = split_count_key(key)
        daily_counts.append({"day": day, "dimension": dimension, "key": value, "count": count, "updated_at": now})

    tallies = []
    by_country_day = Counter((d, c) for d, c in zip(picked_days, picked_countries))
    for j in range(n_tallies):
        cc = rng.choice(countries)
        start = FIRST_DAY + dt.timedelta(days=rng.randrange(N_DAYS - 31))
        end = start + dt.timedelta(days=rng.choice((0, 6, 6, 13, 29)))
        true = sum(by_country_day[(start + dt.timedelta(days=k), cc)] for k in range((end - start).days + 1))
        stated = max(0, int(true * rng.uniform(0.6, 1.3)))
        source = rng.choice(TALLY_SOURCES)
        weapons = _weighted(rng, WORLD[cc]["weapons"], 1) if rng.random() < 0.4 else []
        text = (f"{source} said there were {stated} {'/'.join(weapons) or ''} attacks in {cc} "
                f"between {start:%d %B %Y} and {end:%d %B %Y}.").replace("  ", " ")
        tallies.append({"id": _digest("tally", seed, j), "report_id": f"bench-tally-{seed}-{j}", "count": stated,
                        "country_code": cc, "start": start, "end": end, "source": source, "weapons": weapons,
                        "text": text, "updated_at": now})
    return Dataset(incidents, tags, daily_counts, tallies)


def load(url: str, data: Dataset, chunk: int = 10_000) -> dict[str, float]:
    """Migrate, then bulk-insert (SQLAlchemy Core executemany in chunks). Returns seconds per table."""
    from sqlalchemy import text

    from flashpoint.storage import models
    from flashpoint.storage.db import get_engine, migrate

    migrate(url)
    engine = get_engine(url)
    timings: dict[str, float] = {}
    with engine.begin() as conn:
        for name, model, rows in (("incident", models.Incident, data.incidents),
                                  ("incident_tag", models.IncidentTag, data.tags),
                                  ("daily_count", models.DailyCount, data.daily_counts),
                                  ("tally", models.Tally, data.tallies)):
            started = time.perf_counter()
            table = model.__table__
            # PostgreSQL: multi-row VALUES pages as large as its 65,535 bind parameters allow.
            page = conn.execution_options(insertmanyvalues_page_size=max(1, 60_000 // len(table.columns)))
            for offset in range(0, len(rows), chunk):
                page.execute(table.insert(), rows[offset:offset + chunk])
            timings[name] = time.perf_counter() - started
    if engine.dialect.name == "postgresql":
        # Autovacuum would analyze these freshly filled tables within a minute; do it now, deterministically.
        started = time.perf_counter()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
        timings["analyze"] = time.perf_counter() - started
    return timings


# ----------------------------------------------------------------------------- databases
@dataclass
class Database:
    url: str
    cleanup: Any = None
    description: str = ""


def prepare_database(url: str | None, keep: bool) -> Database:
    """A fresh, empty database: a temporary SQLite file, or a new PostgreSQL database."""
    if not url:
        folder = Path(tempfile.mkdtemp(prefix="flashpoint-bench-api-"))
        path = folder / "bench.db"
        return Database(f"sqlite:///{path}", None if keep else (lambda: shutil.rmtree(folder, ignore_errors=True)),
                        f"SQLite file {path} (temporary)")
    if url.startswith("sqlite"):
        path = Path(url.split("///", 1)[-1])
        if path.exists():
            raise SystemExit(f"{path} exists; the benchmark loads a fresh database and removes it afterwards")

        def remove_sqlite() -> None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)

        return Database(url, None if keep else remove_sqlite, f"SQLite file {path}")
    if url.startswith("postgresql"):
        import psycopg
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        name = parsed.database or f"flashpoint_bench_{uuid.uuid4().hex[:10]}"
        if not re.fullmatch(r"[A-Za-z0-9_]+", name):
            raise SystemExit(f"database name {name!r}: use letters, digits and _")
        admin = parsed.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
        with psycopg.connect(admin, autocommit=True) as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
                raise SystemExit(f"database {name} exists; the benchmark creates its own and drops it afterwards")
            conn.execute(f'CREATE DATABASE "{name}"')

        def drop() -> None:
            from flashpoint.storage.db import get_engine

            get_engine.cache_clear()
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        full = parsed.set(database=name).render_as_string(hide_password=False)
        return Database(full, None if keep else drop,
                        f"PostgreSQL database {name} on {parsed.host}:{parsed.port or 5432} (created for this run)")
    raise SystemExit("--database-url: sqlite:///... or postgresql+psycopg://...")


# ----------------------------------------------------------------------------- the API process
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ApiProcess:
    """`python -m flashpoint.cli serve api`: one uvicorn worker, in its own process."""

    def __init__(self, database_url: str, cache_seconds: float, log_path: Path) -> None:
        self.port = free_port()
        self.database_url = database_url
        env = {**os.environ, "DATABASE_URL": database_url, "API_HOST": "127.0.0.1", "API_PORT": str(self.port),
               "API_CACHE_SECONDS": str(cache_seconds), "LOG_LEVEL": "warning"}
        self.log = open(log_path, "ab")
        self.process = subprocess.Popen([sys.executable, "-m", "flashpoint.cli", "serve", "api"], cwd=ROOT, env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        self.base = f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_ready(self, timeout: float = 60.0) -> float:
        import httpx

        started = time.monotonic()
        with httpx.Client(timeout=2.0) as client:
            while time.monotonic() - started < timeout:
                if self.process.poll() is not None:
                    raise RuntimeError(f"the API exited with {self.process.returncode}; see {self.log.name}")
                try:
                    if client.get(self.base + "/readyz").status_code == 200:
                        return time.monotonic() - started
                except httpx.TransportError:
                    pass
                time.sleep(0.05)
        raise RuntimeError(f"the API did not answer /readyz with 200 within {timeout:.0f} s; see {self.log.name}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), from /proc/<pid>/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def server_cpu_seconds(name: str) -> float:
    """CPU seconds of every live process with this name, with their reaped children (the postmaster's
    cutime/cstime hold the backends that have ended: the API's overflow connections come and go)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            raw = stat.read_text()
        except OSError:
            continue
        if raw[raw.index("(") + 1:raw.rindex(")")] == name:
            fields = raw.rsplit(")", 1)[1].split()
            total += sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return total


def machine_busy() -> tuple[float, float]:
    """(busy, total) jiffies of all CPUs, from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


# ----------------------------------------------------------------------------- the request mixes
def counts_paths(rng: random.Random, n: int) -> list[str]:
    lengths = (7, 14, 30, 30, 90, 90, 180, 365, 731)
    out = []
    for _ in range(n):
        group_by = rng.choices(("country", "admin1", "weapon", "actor"), (35, 25, 20, 20))[0]
        params: dict[str, str] = {"group_by": group_by}
        mode = rng.random()
        if mode < 0.25:  # rolling count ending at a day
            params["window"] = rng.choice(("7d", "30d"))
            params["to"] = (FIRST_DAY + dt.timedelta(days=rng.randrange(30, N_DAYS))).isoformat()
        else:
            length = min(rng.choice(lengths), N_DAYS)
            start = FIRST_DAY + dt.timedelta(days=rng.randrange(N_DAYS - length + 1))
            params["from"] = start.isoformat()
            params["to"] = (start + dt.timedelta(days=length - 1)).isoformat()
            if mode < 0.5:
                params["interval"] = "week"
        if group_by == "admin1" and rng.random() < 0.4:
            params["country"] = rng.choice(list(WORLD))
        out.append("/v1/counts?" + urlencode(params))
    return out


def incidents_paths(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        params: dict[str, str] = {}
        country = rng.choice(list(WORLD)) if rng.random() < 0.75 else None
        if country:
            params["country"] = country
        if rng.random() < 0.5:
            table = WORLD[country]["weapons"] if country else {"drone": 1, "rocket": 1, "missile": 1, "airstrike": 1}
            params["weapon"] = rng.choice(list(table))
        if rng.random() < 0.7:
            length = rng.choice((7, 30, 90, 365))
            start = FIRST_DAY + dt.timedelta(days=rng.randrange(N_DAYS - length + 1))
            params["from"] = start.isoformat()
            params["to"] = (start + dt.timedelta(days=length - 1)).isoformat()
        params["limit"] = "100"
        out.append("/v1/incidents?" + urlencode(params))
    return out


def with_cursors(base: str, paths: list[str], share: float, rng: random.Random) -> tuple[list[str], int]:
    """Add, for a share of the queries, their 2nd (and sometimes 3rd) page, using the real next_cursor."""
    import httpx

    out = list(paths)
    added = 0
    with httpx.Client(base_url=base, timeout=30.0) as client:
        for path in rng.sample(paths, int(len(paths) * share)):
            current = path
            for _page in range(rng.choice((1, 1, 2))):
                response = client.get(current)
                response.raise_for_status()
                cursor = response.json()["next_cursor"]
                if not cursor:
                    break
                current = f"{path}&cursor={cursor}"
                out.append(current)
                added += 1
    rng.shuffle(out)
    return out, added


# ----------------------------------------------------------------------------- load generators
@dataclass
class Result:
    requests: int = 0
    seconds: float = 0.0
    p50: float = 0.0
    p90: float = 0.0
    p99: float = 0.0
    max: float = 0.0
    errors: dict[str, int] = field(default_factory=dict)
    bytes: int = 0
    api_cpu: float = 0.0  # share of one core
    loadgen_cpu: float = 0.0
    machine_busy: float = 0.0  # share of all cores
    database_cpu: float | None = None  # local PostgreSQL processes, share of one core
    other_cpu: float = 0.0  # cores used by everything else on the machine meanwhile

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


WRK_LUA = r"""
-- Rotate through the request paths in a file, one per line; stop after a number of requests.
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end
function init(args)
  local paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  max_requests = tonumber(args[2])
  requests = {}
  for i, path in ipairs(paths) do requests[i] = wrk.format("GET", path) end
  local n = #requests
  position = (id * 7919) % n
  sent = 0
end
function request()
  sent = sent + 1
  if sent >= max_requests then wrk.thread:stop() end
  position = position % #requests + 1
  return requests[position]
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d duration_us=%d bytes=%d p50=%d p90=%d p99=%d max=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def ensure_wrk() -> str | None:
    found = shutil.which("wrk")
    if found:
        return found
    script = ROOT / "scripts" / "ensure-wrk.sh"
    if script.is_file() and os.geteuid() == 0:
        subprocess.run(["bash", str(script)], check=False)
    return shutil.which("wrk")


def run_wrk(wrk: str, port: int, paths_file: Path, seconds: float, max_requests: int, threads: int,
            connections: int, workdir: Path) -> Result:
    script = workdir / "rotate.lua"
    script.write_text(WRK_LUA)
    per_thread = max(1, max_requests // threads)
    process = subprocess.Popen([wrk, f"-t{threads}", f"-c{connections}", f"-d{max(1, round(seconds))}s",
                                "--timeout", "10s", "-s", str(script), f"http://127.0.0.1:{port}",
                                "--", str(paths_file), str(per_thread)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = process.communicate()
    line = next((ln for ln in out.splitlines() if ln.startswith("WRK_RESULT")), None)
    if line is None:
        raise RuntimeError(f"wrk failed ({process.returncode}): {err.strip() or out.strip()}")
    values = {k: int(v) for k, v in (item.split("=") for item in line.split()[1:])}
    result = Result(requests=values["requests"], seconds=values["duration_us"] / 1e6, bytes=values["bytes"],
                    p50=values["p50"] / 1000, p90=values["p90"] / 1000, p99=values["p99"] / 1000,
                    max=values["max"] / 1000,
                    errors={k: values[k] for k in ("connect", "read", "write", "status", "timeout") if values[k]})
    return result


def _child_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


async def _python_worker(port: int, paths: list[str], offset: int, connections: int, deadline: float,
                         max_requests: int) -> tuple[list[float], Counter, int]:
    latencies: list[float] = []
    errors: Counter = Counter()
    received = 0
    requests = [f"GET {p} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode() for p in paths]
    budget = [max_requests]

    async def connection(index: int) -> None:
        nonlocal received
        position = offset + index * 31
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while time.monotonic() < deadline and budget[0] > 0:
                budget[0] -= 1
                position = (position + 1) % len(requests)
                started = time.perf_counter()
                writer.write(requests[position])
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line[:15].lower() == b"content-length:":
                        length = int(line[15:])
                body = await reader.readexactly(length)
                latencies.append(time.perf_counter() - started)
                received += len(head) + len(body)
                status = int(head.split(b" ", 2)[1])
                if status >= 400:
                    errors["status"] += 1
        except (OSError, asyncio.IncompleteReadError, ValueError):
            errors["read"] += 1
        finally:
            writer.close()

    await asyncio.gather(*(connection(i) for i in range(connections)))
    return latencies, errors, received


def _python_process(args: tuple) -> tuple[list[float], dict, int]:
    port, paths, offset, connections, deadline_in, max_requests = args
    latencies, errors, received = asyncio.run(
        _python_worker(port, paths, offset, connections, time.monotonic() + deadline_in, max_requests))
    return latencies, dict(errors), received


def run_python_load(port: int, paths: list[str], seconds: float, max_requests: int, processes: int,
                    connections: int) -> Result:
    """Fallback when wrk is unusable: processes x asyncio connections with keep-alive, raw HTTP/1.1."""
    import multiprocessing

    per_process = max(1, connections // processes)
    jobs = [(port, paths, i * 101, per_process, seconds, max_requests // processes) for i in range(processes)]
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        parts = pool.map(_python_process, jobs)
    elapsed = time.perf_counter() - started
    latencies = sorted(x for part in parts for x in part[0])
    errors: Counter = Counter()
    for part in parts:
        errors.update(part[1])

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] * 1000 if latencies else 0.0

    return Result(requests=len(latencies), seconds=elapsed, p50=pct(50), p90=pct(90), p99=pct(99),
                  max=latencies[-1] * 1000 if latencies else 0.0, errors=dict(errors),
                  bytes=sum(part[2] for part in parts))


# ----------------------------------------------------------------------------- the run
def measure(api: ApiProcess, paths: list[str], args, workdir: Path, name: str, wrk: str | None) -> Result:
    paths_file = workdir / f"{name}.paths"
    paths_file.write_text("\n".join(paths) + "\n")

    def drive(seconds: float, max_requests: int) -> Result:
        if wrk:
            return run_wrk(wrk, api.port, paths_file, seconds, max_requests, args.threads, args.connections, workdir)
        return run_python_load(api.port, paths, seconds, max_requests, args.processes, args.connections)

    if args.warmup > 0:
        drive(args.warmup, args.max_requests)
    postgres = api.database_url.startswith("postgresql") and any(
        host in api.database_url for host in ("@127.0.0.1", "@localhost", "@/", "@::1"))
    api_before, child_before, busy_before = cpu_seconds(api.pid), _child_cpu(), machine_busy()
    db_before = server_cpu_seconds("postgres") if postgres else 0.0
    wall_before = time.perf_counter()
    result = drive(args.seconds, args.max_requests)
    wall = time.perf_counter() - wall_before
    busy_after = machine_busy()
    result.api_cpu = (cpu_seconds(api.pid) - api_before) / wall
    result.loadgen_cpu = (_child_cpu() - child_before) / wall
    if postgres:  # every postgres process of the machine: other databases' work is counted too
        result.database_cpu = max(0.0, (server_cpu_seconds("postgres") - db_before) / wall)
    result.machine_busy = (busy_after[0] - busy_before[0]) / max(1, busy_after[1] - busy_before[1])
    result.other_cpu = max(0.0, result.machine_busy * (os.cpu_count() or 1) - result.api_cpu - result.loadgen_cpu
                           - (result.database_cpu or 0.0))
    return result


def report_line(endpoint: str, cache: str, r: Result) -> str:
    target = TARGETS[endpoint]
    marks = []
    if target["rps"]:
        marks.append(f"req/s {'>=' if r.rps >= target['rps'] else '<'} {target['rps']:.0f}")
    marks.append(f"p99 {'<' if r.p99 < target['p99_ms'] else '>='} {target['p99_ms']:.0f} ms")
    errors = f"{r.error_count}" + (f" {r.errors}" if r.errors else "")
    return (f"  {endpoint:<9} cache {cache:<4} {r.rps:8.0f} req/s  ({r.requests} in {r.seconds:.1f} s)  "
            f"p50 {r.p50:6.2f}  p90 {r.p90:6.2f}  p99 {r.p99:6.2f}  max {r.max:7.2f} ms  errors {errors}  "
            f"| API CPU {r.api_cpu * 100:4.0f}% of a core, load generator {r.loadgen_cpu * 100:3.0f}%, "
            + (f"PostgreSQL {r.database_cpu * 100:3.0f}%, " if r.database_cpu is not None else "")
            + f"other processes {r.other_cpu * 100:3.0f}%  | target: {', '.join(marks)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="postgresql+psycopg://user@host:port/NEWDB (created and dropped) "
                                               "or sqlite:///path; default: a temporary SQLite file")
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--tallies", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=10.0, help="measured time per endpoint and cache mode")
    parser.add_argument("--warmup", type=float, default=2.0, help="unmeasured load before each measurement")
    parser.add_argument("--max-requests", type=int, default=200_000, help="upper bound per measurement")
    parser.add_argument("--connections", type=int, default=8, help="concurrent keep-alive connections")
    parser.add_argument("--threads", type=int, default=1, help="wrk threads")
    parser.add_argument("--processes", type=int, default=2, help="processes of the Python load generator")
    parser.add_argument("--urls", type=int, default=300, help="distinct queries per endpoint (before cursor pages)")
    parser.add_argument("--load-generator", choices=("auto", "wrk", "python"), default="auto")
    parser.add_argument("--keep", action="store_true", help="keep the database (and the work folder)")
    args = parser.parse_args(argv)

    wrk = None
    if args.load_generator in ("auto", "wrk"):
        wrk = ensure_wrk()
        if wrk is None and args.load_generator == "wrk":
            raise SystemExit("wrk not found (scripts/ensure-wrk.sh installs Debian's package as root)")
    workdir = Path(tempfile.mkdtemp(prefix="flashpoint-bench-api-run-"))
    database = prepare_database(args.database_url, args.keep)
    apis: list[ApiProcess] = []
    try:
        print(f"database: {database.description}")
        started = time.perf_counter()
        data = generate(args.incidents, args.seed, args.tallies)
        generated = time.perf_counter() - started
        timings = load(database.url, data)
        total = time.perf_counter() - started
        print(f"load: {len(data.incidents)} incidents, {len(data.tags)} incident_tag, {len(data.daily_counts)} "
              f"daily_count, {len(data.tallies)} tally rows in {total:.1f} s (generate {generated:.1f} s, insert "
              + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()) + ")")
        del data

        rng = random.Random(args.seed)
        counts = counts_paths(rng, args.urls)
        incidents = incidents_paths(rng, args.urls)
        cores = os.cpu_count()
        generator = (f"wrk ({wrk}) -t{args.threads} -c{args.connections}, Lua rotating the URLs" if wrk else
                     f"Python asyncio, {args.processes} processes, {args.connections} keep-alive connections in all")
        print(f"load generator: {generator}; {args.seconds:.0f} s per run (after {args.warmup:.0f} s warm-up), "
              f"at most {args.max_requests} requests; API: one uvicorn worker; {cores} CPU cores shared by both")
        results: list[tuple[str, str, Result]] = []
        for cache_seconds in (2.0, 0.0):
            api = ApiProcess(database.url, cache_seconds, workdir / "api.log")
            apis.append(api)
            ready = api.wait_ready()
            if cache_seconds:
                incidents, added = with_cursors(api.base, incidents, 0.3, rng)
                print(f"API ready in {ready:.1f} s (pid {api.pid}); queries: {len(counts)} counts, {len(incidents)} "
                      f"incidents pages ({added} of them with a cursor from the page before)")
            label = f"{cache_seconds:g}s" if cache_seconds else "off"
            for endpoint, paths in (("counts", counts), ("incidents", incidents)):
                result = measure(api, paths, args, workdir, endpoint, wrk)
                results.append((endpoint, label, result))
                print(report_line(endpoint, label, result), flush=True)
                if cache_seconds and result.rps:
                    print(f"{'':27}({len(paths)} distinct URLs in rotation: each comes back every "
                          f"{len(paths) / result.rps:.1f} s against a {cache_seconds:g} s cache)")
            api.stop()
        print("targets: counts >= 2000 req/s with p99 < 20 ms on one API worker; incidents pages p99 < 50 ms "
              "(reported, not enforced)")
    finally:
        for api in apis:
            api.stop()
        if database.cleanup:
            database.cleanup()
        if args.keep:
            print(f"kept: {database.url} and {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
