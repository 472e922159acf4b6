"""The API's in-memory day counts: range sums, rolling windows, series, filters, updates."""

import datetime as dt

from services.api.count_index import CountIndex

D = dt.date


def rows(*items):
    return [(day, dimension, key, count, None) for day, dimension, key, count in items]


def make() -> CountIndex:
    index = CountIndex()
    index.apply(rows(
        (D(2023, 10, 16), "country", "IQ", 2),  # a Monday
        (D(2023, 10, 17), "country", "IQ", 1),
        (D(2023, 10, 22), "country", "SY", 3),  # a Sunday: same ISO week as the 16th
        (D(2023, 10, 23), "country", "IQ", 4),
        (D(2023, 11, 1), "country", "JO", 1),
        (D(2023, 10, 17), "admin1", "IQ|Anbar", 1),
        (D(2023, 10, 22), "admin1", "SY|Deir ez-Zor", 3),
        (D(2023, 10, 17), "actor", "claimant|Islamic Resistance in Iraq", 1),
        (D(2023, 10, 17), "actor", "alleged|Iran", 1),
    ))
    return index


def test_range_sums_are_inclusive_and_sorted_by_count():
    index = make()
    assert index.totals("country", D(2023, 10, 17), D(2023, 10, 22)) == [
        {"key": "SY", "count": 3}, {"key": "IQ", "count": 1}]
    assert index.totals("country", D(2023, 10, 16), D(2023, 10, 16)) == [{"key": "IQ", "count": 2}]
    assert index.totals("country", None, None) == [
        {"key": "IQ", "count": 7}, {"key": "SY", "count": 3}, {"key": "JO", "count": 1}]
    assert index.totals("country", D(2023, 10, 24), D(2023, 10, 31)) == []
    assert index.totals("weapon", None, None) == []


def test_prefix_filters_roles_and_countries():
    index = make()
    assert index.totals("actor", None, None, "claimant|") == [{"key": "claimant|Islamic Resistance in Iraq", "count": 1}]
    assert index.totals("admin1", None, None, "SY") == [{"key": "SY|Deir ez-Zor", "count": 3}]


def test_series_by_day_week_and_month():
    index = make()
    assert index.series("country", D(2023, 10, 16), D(2023, 10, 31), "week") == [
        {"period": "2023-10-16", "key": "IQ", "count": 3}, {"period": "2023-10-16", "key": "SY", "count": 3},
        {"period": "2023-10-23", "key": "IQ", "count": 4}]
    assert index.series("country", None, None, "month") == [
        {"period": "2023-10-01", "key": "IQ", "count": 7}, {"period": "2023-10-01", "key": "SY", "count": 3},
        {"period": "2023-11-01", "key": "JO", "count": 1}]
    assert index.series("country", D(2023, 10, 17), D(2023, 10, 17), "day") == [
        {"period": "2023-10-17", "key": "IQ", "count": 1}]


def test_a_row_read_again_sets_its_day_and_zero_removes_it():
    index = make()
    assert index.totals("country", None, D(2023, 10, 31))[0] == {"key": "IQ", "count": 7}  # builds the totals
    index.apply(rows((D(2023, 10, 17), "country", "IQ", 5)))  # the same row, read again with a new count
    assert index.totals("country", None, D(2023, 10, 31))[0] == {"key": "IQ", "count": 11}
    index.apply(rows((D(2023, 10, 22), "country", "SY", 0), (D(2023, 10, 22), "country", "SY", 0)))
    assert index.totals("country", D(2023, 10, 22), D(2023, 10, 22)) == []
    assert "SY" not in {r["key"] for r in index.series("country", None, None, "day")}


def test_series_over_long_ranges_agree_with_summing_day_by_day():
    import random

    rng = random.Random(7)
    index = CountIndex()
    start = D(2023, 1, 1)
    rows_ = [(start + dt.timedelta(days=rng.randrange(730)), "admin1", f"IQ|{rng.choice('ABCDE')}", rng.randint(1, 4))
             for _ in range(600)]
    index.apply(rows(*rows_))
    truth: dict = {}
    for day, _dim, key, count in rows_:  # the last write of a (day, key) wins, as in the table
        truth[(day, key)] = count
    for interval, period_of in (("week", lambda d: d - dt.timedelta(days=d.weekday())), ("month", lambda d: d.replace(day=1))):
        for first, last in ((None, None), (D(2023, 2, 15), D(2024, 7, 3)), (D(2024, 3, 6), D(2024, 3, 6))):
            expected: dict = {}
            for (day, key), count in truth.items():
                if (first is None or day >= first) and (last is None or day <= last):
                    expected[(period_of(day).isoformat(), key)] = expected.get((period_of(day).isoformat(), key), 0) + count
            got = {(r["period"], r["key"]): r["count"] for r in index.series("admin1", first, last, interval)}
            assert got == expected, (interval, first, last)
