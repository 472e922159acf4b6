"""Folding, numbers and dates: the pieces the extractors stand on."""

from __future__ import annotations

import datetime as dt

import pytest

from flashpoint.extract import extract
from flashpoint.extract.dates import find_dates
from flashpoint.extract.engine import _tokens
from flashpoint.extract.numbers import dual_at, number_at
from flashpoint.extract.text import fold, fold_key, split_sentences

PUBLISHED = dt.date(2023, 10, 26)  # a Thursday


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("سورية", "سوريه"), ("إيران", "ايران"), ("مسيّرة", "مسيره"), ("الأنبار", "الانبار"),
        ("مستشفى", "مستشفي"), ("٢٠٢٣", "2023"), ("Deir ez-Zor", "deir ez zor"), ("États-Unis", "etats unis"),
        ("Iraq's", "iraq s"), ("عـــراق", "عراق"), ("Qa'im", "qa im"),
    ],
)
def test_fold_makes_spelling_variants_equal(a, b):
    assert fold_key(a) == fold_key(b)


def test_fold_maps_back_to_the_original_text():
    text = "استُهدفت قاعدةُ عين الأسد"
    folded = fold(text)
    start = folded.text.index("عين الاسد")
    assert folded.surface(start, start + len("عين الاسد")) == "عين الأسد"
    assert folded.surface(0, len("استهدفت")) == "استُهدفت"


def test_sentences_do_not_break_on_abbreviations():
    sentences = split_sentences("U.S. forces were hit on Oct. 17. Nobody was hurt.\nثم ماذا؟ لا شيء.")
    assert [s.text.strip() for s in sentences] == [
        "U.S. forces were hit on Oct. 17.", "Nobody was hurt.", "ثم ماذا؟", "لا شيء."]
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1]


@pytest.mark.parametrize(
    ("text", "value"),
    [("21", 21), ("٢١", 21), ("2,500", 2500), ("واحد وعشرون", 21), ("عشر", 10), ("لعشر", 10), ("وثلاث", 3),
     ("ثلاثة عشر", 13), ("twenty one", 21), ("three", 3), ("a dozen", 12), ("واثنتان", 2), ("اثنتين", 2),
     ("اثنتي عشرة", 12), ("اثنتا عشرة", 12)],
)
def test_numbers(text, value):
    tokens, _ = _tokens(fold(text).text)
    assert number_at(tokens, 0)[0] == value


@pytest.mark.parametrize("word", ["طائرتين", "هجومين", "صاروخين", "بهجومين"])
def test_arabic_duals_are_two(word):
    assert dual_at([fold_key(word)], 0) == 2


def test_plural_is_not_dual():
    assert dual_at([fold_key("المدنيين")], 0) is None


def dates_in(text, published=PUBLISHED):
    tokens, _ = _tokens(fold(text).text)
    return [(d.start, d.end) for d in find_dates(tokens, published)]


D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بين 17 و24 أكتوبر", [(D(2023, 10, 17), D(2023, 10, 24))]),
        ("بين 17 و24 تشرين الأول", [(D(2023, 10, 17), D(2023, 10, 24))]),
        ("between Oct. 17 and 24", [(D(2023, 10, 17), D(2023, 10, 24))]),
        ("Oct. 17-24", [(D(2023, 10, 17), D(2023, 10, 24))]),
        ("from 17 to 24 October 2023", [(D(2023, 10, 17), D(2023, 10, 24))]),
        ("on October 18", [(D(2023, 10, 18), D(2023, 10, 18))]),
        ("في 18 أكتوبر 2023", [(D(2023, 10, 18), D(2023, 10, 18))]),
        ("السابع من أكتوبر", [(D(2023, 10, 7), D(2023, 10, 7))]),
        ("since October 17", [(D(2023, 10, 17), PUBLISHED)]),
        ("أمس", [(D(2023, 10, 25), D(2023, 10, 25))]),
        ("on Wednesday", [(D(2023, 10, 25), D(2023, 10, 25))]),
        ("الأربعاء", [(D(2023, 10, 25), D(2023, 10, 25))]),
        ("الأسبوع الماضي", [(D(2023, 10, 19), D(2023, 10, 25))]),
        ("this month", [(D(2023, 10, 1), PUBLISHED)]),
        ("on December 30", [(D(2022, 12, 30), D(2022, 12, 30))]),  # in the past, so last year
        ("On 2023-10-22 a drone", [(D(2023, 10, 22), D(2023, 10, 22))]),
        ("وفي 20/10/2023 استهدفت", [(D(2023, 10, 20), D(2023, 10, 20))]),
        ("on 3.10.2023", [(D(2023, 10, 3), D(2023, 10, 3))]),  # day first
        ("on 10/20/2023", [(D(2023, 10, 20), D(2023, 10, 20))]),  # month first, as only a day can be 20
        ("on the 18th.", [(D(2023, 10, 18), D(2023, 10, 18))]),
        ("on the 30th.", [(D(2023, 9, 30), D(2023, 9, 30))]),  # still to come this month: last month's
        ("في الخامس عشر من الشهر الجاري", [(D(2023, 10, 15), D(2023, 10, 15))]),
        ("في العشرين من الشهر الماضي", [(D(2023, 9, 20), D(2023, 9, 20))]),
        ("on the 18th attack", []),  # a count, not a day
        ("في 22 الشهر الجاري", [(D(2023, 10, 22), D(2023, 10, 22))]),
        ("two days ago", [(D(2023, 10, 24), D(2023, 10, 24))]),
        ("قبل يومين", [(D(2023, 10, 24), D(2023, 10, 24))]),
        ("قبل ثلاثة أيام", [(D(2023, 10, 23), D(2023, 10, 23))]),
        ("a week ago", [(D(2023, 10, 19), D(2023, 10, 19))]),
        ("الخميس الماضي", [(D(2023, 10, 19), D(2023, 10, 19))]),  # published on a Thursday: a week before
        ("on Thursday last week", [(D(2023, 10, 19), D(2023, 10, 19))]),
        ("مساء أمس الأول", [(D(2023, 10, 24), D(2023, 10, 24))]),
        ("انفجرت عبوة يوم 5/10", [(D(2023, 10, 5), D(2023, 10, 5))]),  # a day and month in figures, after "يوم"
        ("the score was 5/2", []),  # (a bare figure pair is no date)
        ("on the night of Oct. 19-20", [(D(2023, 10, 19), D(2023, 10, 19))]),  # the night began on the first day
        ("between Oct. 19-20", [(D(2023, 10, 19), D(2023, 10, 20))]),
        ("this morning", [(D(2023, 10, 26), D(2023, 10, 26))]),
        ("بين الثامن والعاشر من تشرين الأول", [(D(2023, 10, 8), D(2023, 10, 10))]),  # ordinal days, the month once
        ("دمر في العاشر من الشهر", [(D(2023, 10, 10), D(2023, 10, 10))]),  # of the month of the report
        ("early this afternoon", [(D(2023, 10, 26), D(2023, 10, 26))]),
    ],
)
def test_dates(text, expected):
    assert dates_in(text) == expected


def test_relative_dates_need_a_publication_date():
    assert dates_in("on Wednesday", None) == []
    assert dates_in("on October 18, 2023", None) == [(D(2023, 10, 18), D(2023, 10, 18))]


def test_a_single_digit_with_an_attached_conjunction():
    assert number_at(["و8"], 0) == (8, 1)
    assert number_at(["وب"], 0) is None


def test_a_time_of_day_does_not_end_a_sentence():
    sentences = split_sentences("Shortly after 1:30 p.m. local time today, a drone hit a building. It was shot down.")
    assert [s.text.strip() for s in sentences] == [
        "Shortly after 1:30 p.m. local time today, a drone hit a building.", "It was shot down."]


def test_initials_in_a_name_do_not_end_a_sentence():
    sentences = split_sentences("Two jets flying from the carrier George H.W. Bush dropped bombs near Makhmour. The "
                                "U.S. struck again.")
    assert [s.text.strip() for s in sentences] == [
        "Two jets flying from the carrier George H.W. Bush dropped bombs near Makhmour.", "The U.S. struck again."]


def test_a_quotation_closing_after_the_full_stop_ends_the_sentence():
    # 'boasting that the ship was "at risk of sinking." U.S. Central Command said': two sentences, two speakers
    sentences = split_sentences('Saree boasted the ship was "at risk of sinking." U.S. Central Command said missiles hit '
                                "it. Another said it was “a war crime.” وقال إنها «ضربة قاسية.» وأضاف أن الرد سيأتي.")
    assert [s.text.strip() for s in sentences] == [
        'Saree boasted the ship was "at risk of sinking."', "U.S. Central Command said missiles hit it.",
        "Another said it was “a war crime.”", "وقال إنها «ضربة قاسية.»", "وأضاف أن الرد سيأتي."]
    # (and the Houthis, told by CENTCOM in the second, are blamed, not merely claimants)
    facts = extract("t-quote-end", 'The bulk carrier was hit on Feb. 18 in the Bab el-Mandeb strait. Houthi military '
                                   'spokesman Yahya Saree had claimed the strike, boasting that the ship was "at risk of '
                                   'sinking." U.S. Central Command said two anti-ship ballistic missiles fired by the '
                                   "Iran-backed Houthis had hit the vessel.", "en", "2024-03-05")
    assert "Houthis" in {a.name for a in facts.actors if a.role == "alleged"}


def test_arabic_ordinal_days_past_the_tenth():
    import datetime as _dt

    from flashpoint.extract.dates import find_dates as _find
    from flashpoint.extract.engine import _tokens as _toks
    from flashpoint.extract.text import fold as _fold

    def days(text: str) -> list[tuple[str, str]]:
        toks, _ = _toks(_fold(text).text)
        return [(d.start.isoformat(), d.end.isoformat()) for d in _find(toks, _dt.date(2024, 3, 10))]

    assert days("في الرابع والعشرين من شباط") == [("2024-02-24", "2024-02-24")]
    assert days("في الحادي عشر من تشرين الثاني") == [("2023-11-11", "2023-11-11")]
    assert days("منذ الثامن والعشرين من تشرين الأول") == [("2023-10-28", "2024-03-10")]


def test_since_part_of_a_month():
    import datetime as _dt

    from flashpoint.extract.dates import find_dates as _find
    from flashpoint.extract.engine import _tokens as _toks
    from flashpoint.extract.text import fold as _fold

    def since(text: str) -> list[str]:
        toks, _ = _toks(_fold(text).text)
        return [d.start.isoformat() for d in _find(toks, _dt.date(2023, 12, 8)) if d.kind == "since"]

    assert since("dozens of attacks since mid-October") == ["2023-10-15"]
    assert since("منذ منتصف تشرين الأول") == ["2023-10-15"]
    assert since("since early November") == ["2023-11-01"]


def test_a_weekday_before_a_calendar_day_is_that_day():
    import datetime as _dt
    from flashpoint.extract.dates import find_dates as _find
    from flashpoint.extract.engine import _tokens
    from flashpoint.extract.text import fold as _fold
    for text in ("ففي ليل السبت 13 نيسان/أبريل أطلقت إيران", "on Saturday, April 13, Iran launched"):
        found = _find(_tokens(_fold(text).text)[0], _dt.date(2024, 11, 5))
        assert [(str(d.start), d.kind) for d in found] == [("2024-04-13", "day")]


def test_a_month_named_in_both_calendars_takes_the_year_after_it_and_that_day_is_not_today():
    import datetime as _dt
    from flashpoint.extract.dates import find_dates as _find
    from flashpoint.extract.engine import _tokens
    from flashpoint.extract.text import fold as _fold
    found = _find(_tokens(_fold("منذ 22 حزيران/يونيو 2022").text)[0], _dt.date(2024, 5, 2))
    assert [(str(d.start), d.kind) for d in found] == [("2022-06-22", "since")]
    assert _find(_tokens(_fold("في ذلك اليوم، سقطت ثلاثة صواريخ").text)[0], _dt.date(2024, 5, 2)) == []


def test_since_the_start_of_the_month_or_year():
    published = dt.date(2024, 5, 20)
    for text, start in [("منذ مطلع العام", dt.date(2024, 1, 1)), ("منذ بداية الشهر", dt.date(2024, 5, 1)),
                        ("since the start of the month", dt.date(2024, 5, 1)),
                        ("since the beginning of the year", dt.date(2024, 1, 1))]:
        tokens, _ = _tokens(fold(text).text)
        assert [(d.start, d.end, d.kind) for d in find_dates(tokens, published)] == [(start, published, "since")], text


def test_since_a_weekday_or_yesterday():
    published = dt.date(2025, 6, 16)
    for text, start in [("since Friday", dt.date(2025, 6, 13)), ("منذ أمس", dt.date(2025, 6, 15))]:
        tokens, _ = _tokens(fold(text).text)
        assert [(d.start, d.end, d.kind) for d in find_dates(tokens, published)] == [(start, published, "since")], text


def test_days_listed_with_and_are_days_and_a_period_needs_its_opener():
    published = dt.date(2023, 10, 26)
    day = lambda m, d: (dt.date(2023, m, d), dt.date(2023, m, d))  # noqa: E731
    assert dates_in("on Oct. 17, 18 and 19 at Ain al-Asad", published) == [day(10, 17), day(10, 18), day(10, 19)]
    assert dates_in("on 4 and 5 October", published) == [day(10, 4), day(10, 5)]
    assert dates_in("يومي 16 و17 تموز", published) == [day(7, 16), day(7, 17)]
    assert dates_in("between Oct. 17 and 24", published) == [(dt.date(2023, 10, 17), dt.date(2023, 10, 24))]
    assert dates_in("بين 17 و24 أكتوبر", published) == [(dt.date(2023, 10, 17), dt.date(2023, 10, 24))]
    assert dates_in("on Oct. 17 and 3 soldiers were hurt", published) == [day(10, 17)]


def test_a_month_told_alone_is_the_whole_month_and_arabic_puts_the_day_first():
    published = dt.date(2023, 12, 1)
    assert dates_in("سجّل المرصد خلال شهر تشرين الثاني 23 غارة", published) == [
        (dt.date(2023, 11, 1), dt.date(2023, 11, 30))]
    assert dates_in("in March 2023 there were", published) == [(dt.date(2023, 3, 1), dt.date(2023, 3, 31))]
    assert dates_in("during November", published) == [(dt.date(2023, 11, 1), dt.date(2023, 11, 30))]
    assert dates_in("on Nov. 5", published) == [(dt.date(2023, 11, 5), dt.date(2023, 11, 5))]


def test_an_arabic_range_of_ordinal_days_from_one_to_another():
    assert dates_in("خلال الأسبوع الممتد من الثامن إلى الرابع عشر من أيلول/سبتمبر", dt.date(2022, 9, 16)) == [
        (dt.date(2022, 9, 8), dt.date(2022, 9, 14))]


def test_an_arabic_period_from_one_day_to_another():
    assert dates_in("خلال الأسبوع الممتد من 14 إلى 20 حزيران/يونيو الجاري", dt.date(2021, 6, 22)) == [
        (dt.date(2021, 6, 14), dt.date(2021, 6, 20))]
    assert dates_in("من 17 حتى 24 تشرين الأول", dt.date(2023, 11, 1)) == [(dt.date(2023, 10, 17), dt.date(2023, 10, 24))]


def test_since_the_start_of_a_month():
    assert dates_in("since the start of September", dt.date(2025, 11, 29)) == [
        (dt.date(2025, 9, 1), dt.date(2025, 11, 29))]


@pytest.mark.parametrize(("text", "expected"), [
    ("between Saturday, Oct. 17, and Friday, Oct. 23", [(D(2023, 10, 17), D(2023, 10, 23))]),
    ("between Oct. 28, 2019, and June 30 this year", [(D(2019, 10, 28), D(2020, 6, 30))]),
])
def test_a_range_whose_days_are_told_with_their_weekdays_years_and_commas(text, expected):
    assert dates_in(text, D(2020, 7, 10) if "2019" in text else D(2023, 10, 24))[:1] == expected


def test_a_range_to_a_weekday_then_a_count_stays_a_range_to_the_weekday():
    assert dates_in("between Oct. 17 and Thursday, 10 times in Iraq", D(2023, 10, 27))[:1] == [
        (D(2023, 10, 17), D(2023, 10, 26))]


@pytest.mark.parametrize("text, folded", [
    ("called it a 'war crime' by Washington", 'called it a "war crime" by washington'),
    ("a ‘tripartite aggression’ by Paris", 'a "tripartite aggression" by paris'),
    ("the 'Iran's proxies' claim", 'the "iran s proxies" claim'),  # (the apostrophe inside stays a space)
    ("Iran's militants' base", "iran s militants  base"),  # (apostrophes, no quotation)
    ("Qa'im and 'Ana", "qa im and  ana"),
])
def test_single_quotation_marks_fold_as_double_ones_apostrophes_as_spaces(text, folded):
    f = fold(text)
    assert f.text == folded and len(f.text) == len(text) and f.surface(0, len(f.text)) == text


@pytest.mark.parametrize("text, day", [
    ("Ten years ago today, the militants overran the camp", dt.date(2014, 6, 12)),
    ("a year ago today", dt.date(2023, 6, 12)),
    ("قبل عشر سنوات في مثل هذا اليوم اقتحم المسلحون القاعدة", dt.date(2014, 6, 12)),
    ("قبل عامين في مثل هذا اليوم", dt.date(2022, 6, 12)),
    ("today, the militants", dt.date(2024, 6, 12)),
])
def test_this_day_years_ago(text, day):
    toks, _ = _tokens(fold(text).text)
    assert [d.start for d in find_dates(toks, dt.date(2024, 6, 12))] == [day]


@pytest.mark.parametrize("text", ["في 16 آذار 1988", "on March 16, 1988"])
def test_a_day_with_a_year_before_1990_keeps_its_year(text):
    assert dates_in(text) == [(dt.date(1988, 3, 16), dt.date(1988, 3, 16))]
