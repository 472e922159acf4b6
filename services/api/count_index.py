"""The API's in-memory copy of the daily_count table, so /v1/counts answers without a query.

Each (dimension, key) keeps its counts per event day and, built on first use after a change, the
sorted days with running totals: any range's sum is two bisections, a rolling window too, and a
time series walks only the days that have incidents. Two years of day rows for every dimension are
a few tens of thousands of integers.

The copy follows the table: at most every `refresh_seconds`, the rows whose updated_at is at or after
the newest one already seen (less a short overlap, for writes that commit late) are read again and
set. Counts are absolute, so reading a row twice is harmless. A full reload every `reload_seconds`
(in a thread, swapped in whole) repairs anything an incremental read could miss.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from sqlalchemy import select

from flashpoint.storage import models
from flashpoint.storage.db import get_engine

log = logging.getLogger("api.counts")

# (day, dimension, key, count, updated_at), as read from daily_count
CountRow = tuple[dt.date, str, str, int, object]

class KeySeries:
    """Counts per event day (by ordinal) of one dimension value."""

    __slots__ = ("by_day", "_sorted")

    def __init__(self) -> None:
        self.by_day: dict[int, int] = {}
        self._sorted: tuple[list[int], list[int]] | None = None

    def set(self, ordinal: int, count: int) -> None:
        if self.by_day.get(ordinal, 0) == count:
            return  # a row read again unchanged keeps the running totals
        if count:
            self.by_day[ordinal] = count
        else:
            self.by_day.pop(ordinal, None)
        self._sorted = None

    def days_and_running(self) -> tuple[list[int], list[int]]:
        built = self._sorted
        if built is None:
            days = sorted(self.by_day)
            running = [0]
            for day in days:
                running.append(running[-1] + self.by_day[day])
            built = self._sorted = (days, running)
        return built

    def total(self, first: int, last: int) -> int:
        days, running = self.days_and_running()
        return running[bisect_right(days, last)] - running[bisect_left(days, first)]

    def days_in(self, first: int, last: int) -> Iterable[tuple[int, int]]:
        days, _running = self.days_and_running()
        for ordinal in days[bisect_left(days, first):bisect_right(days, last)]:
            yield ordinal, self.by_day[ordinal]


class CountIndex:
    """Range sums and time series over day counts, per dimension; fed by `apply`."""

    def __init__(self) -> None:
        self.dimensions: dict[str, dict[str, KeySeries]] = {}

    def apply(self, rows: Iterable[CountRow]) -> None:
        for day, dimension, key, count, _updated_at in rows:
            keys = self.dimensions.setdefault(dimension, {})
            series = keys.get(key)
            if series is None:
                series = keys[key] = KeySeries()
            series.set(day.toordinal(), int(count))

    def _selected(self, dimension: str, prefix: str | None) -> Iterable[tuple[str, KeySeries]]:
        for key, series in self.dimensions.get(dimension, {}).items():
            if prefix is None or key.startswith(prefix):
                yield key, series

    def totals(self, dimension: str, first: dt.date | None, last: dt.date | None,
               prefix: str | None = None) -> list[dict]:
        """[{"key", "count"}] for the days first..last (inclusive, open when None), largest first."""
        lo, hi = _bounds(first, last)
        out = [(series.total(lo, hi), key) for key, series in self._selected(dimension, prefix)]
        return [{"key": key, "count": count} for count, key in sorted(out, key=lambda r: (-r[0], r[1])) if count]

    def series(self, dimension: str, first: dt.date | None, last: dt.date | None, interval: str,
               prefix: str | None = None) -> list[dict]:
        """[{"period", "key", "count"}] per day, week (from Monday) or month, in period order."""
        lo, hi = _bounds(first, last)
        selected = [(key, series) for key, series in self._selected(dimension, prefix) if series.by_day]
        sums: dict[tuple[dt.date, str], int] = {}
        if interval == "day":  # a period per day: walk the days that have incidents
            for key, series in selected:
                for ordinal, count in series.days_in(lo, hi):
                    sums[(dt.date.fromordinal(ordinal), key)] = count
        elif selected:
            # Weeks or months: one bisection per period edge and key, on the running totals, instead of
            # a step per day (two years of admin1 days are tens of thousands of steps).
            lo = max(lo, min(series.days_and_running()[0][0] for _key, series in selected))
            hi = min(hi, max(series.days_and_running()[0][-1] for _key, series in selected))
            starts = _period_starts(lo, hi, interval)
            edges = [max(start.toordinal(), lo) for start in starts] + [hi + 1]
            for key, series in selected:
                days, running = series.days_and_running()
                at = [bisect_left(days, edge) for edge in edges]
                for i, start in enumerate(starts):
                    count = running[at[i + 1]] - running[at[i]]
                    if count:
                        sums[(start, key)] = count
        ordered = sorted(sums.items(), key=lambda item: (item[0][0], -item[1], item[0][1]))
        return [{"period": period.isoformat(), "key": key, "count": count} for (period, key), count in ordered]


def _period_starts(lo: int, hi: int, interval: str) -> list[dt.date]:
    """The first day of every week (from Monday, as in ISO weeks) or month that overlaps the days lo..hi."""
    first = dt.date.fromordinal(lo)
    start = first - dt.timedelta(days=first.weekday()) if interval == "week" else first.replace(day=1)
    starts = []
    while start.toordinal() <= hi:
        starts.append(start)
        start = start + dt.timedelta(days=7) if interval == "week" else (start + dt.timedelta(days=32)).replace(day=1)
    return starts


def _bounds(first: dt.date | None, last: dt.date | None) -> tuple[int, int]:
    return (first or dt.date.min).toordinal(), (last or dt.date.max).toordinal()


class LiveCountIndex:
    """A CountIndex kept in step with daily_count in one database, refreshed on demand.

    Requests call `await current()`: the first one loads the table (the others wait for it); later,
    when the copy is older than refresh_seconds, one request reads the changes in a thread while the
    others are answered from the copy they have, at most a refresh older.
    """

    # Rows are re-read from a little before the last read (and the newest updated_at seen), for writes
    # that committed after it with an earlier time. Not from the newest updated_at alone: a bulk load
    # shares one timestamp, and every refresh would read all of it again.
    OVERLAP = dt.timedelta(seconds=5)

    def __init__(self, database_url: str, refresh_seconds: float = 1.0, reload_seconds: float = 300.0) -> None:
        self.database_url = database_url
        self.refresh_seconds = refresh_seconds
        self.reload_seconds = reload_seconds
        self.index: CountIndex | None = None
        self.newest_seen = None  # the largest updated_at read so far, as the database returns it
        self.read_from = None  # the next incremental read starts here
        self.checked_at = 0.0
        self.loaded_at = 0.0
        self._lock = asyncio.Lock()

    async def current(self) -> CountIndex:
        if self.index is not None and (self._lock.locked() or not self._stale()):
            return self.index
        async with self._lock:
            if self.index is None or self._stale():
                try:
                    self._take(*await asyncio.to_thread(self._read))
                except Exception:
                    if self.index is None:
                        raise
                    log.warning("count refresh failed; serving the previous copy", exc_info=True)
                    self.checked_at = time.monotonic()  # retry after a refresh interval, not per request
        return self.index

    def _stale(self) -> bool:
        return time.monotonic() - self.checked_at >= self.refresh_seconds

    def _read(self) -> tuple[float, dt.datetime, CountIndex | None, list]:
        """In a worker thread: a full load builds a new index there; an update only reads rows."""
        started, started_at = time.monotonic(), dt.datetime.now(dt.timezone.utc)
        full = self.index is None or started - self.loaded_at >= self.reload_seconds
        dc = models.DailyCount
        query = select(dc.day, dc.dimension, dc.key, dc.count, dc.updated_at)
        if not full and self.read_from is not None:
            query = query.where(dc.updated_at >= self.read_from)
        with get_engine(self.database_url).connect() as connection:
            rows = connection.execute(query).all()
        fresh = None
        if full:
            fresh = CountIndex()
            fresh.apply(rows)
        return started, started_at, fresh, rows

    def _take(self, started: float, started_at: dt.datetime, fresh: CountIndex | None, rows: list) -> None:
        """On the event loop, where requests read the index: swap in a full load or apply the changes."""
        if fresh is not None:
            self.index, self.loaded_at = fresh, started
        else:
            self.index.apply(rows)
        newest = max((row[4] for row in rows), default=None)
        if newest is not None and (self.newest_seen is None or newest > self.newest_seen):
            self.newest_seen = newest
        if self.newest_seen is not None:
            if self.newest_seen.tzinfo is None:
                started_at = started_at.replace(tzinfo=None)  # SQLite returns UTC times without a zone
            started_at = max(started_at, self.newest_seen)
        self.read_from = started_at - self.OVERLAP
        self.checked_at = started
