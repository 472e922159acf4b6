"""Dates in reports: absolute, ranges and relative ones, resolved against the publication date.

Works on folded tokens (flashpoint.extract.text). Both calendars' month names are read in Arabic
(أكتوبر and تشرين الأول), plus English, French and German. Years left out are taken from the
publication date (a date more than two days after it belongs to the year before).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import compress

from pyarabic.number import text2number
from pyarabic.number_const import UNITS_ORDINAL_WORDS, UNITS_ORDINAL_WORDS_FEMININ

from flashpoint.extract.numbers import number_at, strip_proclitic
from flashpoint.extract.text import fold_key

_MONTHS_ONE_WORD = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # French, German
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "januar": 1, "februar": 2, "marz": 3,
    "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}
for _name, _month in {
    "يناير": 1, "كانون الثاني": 1, "فبراير": 2, "شباط": 2, "مارس": 3, "آذار": 3, "أبريل": 4, "إبريل": 4,
    "نيسان": 4, "مايو": 5, "أيار": 5, "يونيو": 6, "يونيه": 6, "حزيران": 6, "يوليو": 7, "يوليه": 7, "تموز": 7,
    "أغسطس": 8, "آب": 8, "سبتمبر": 9, "أيلول": 9, "أكتوبر": 10, "تشرين الأول": 10, "نوفمبر": 11,
    "تشرين الثاني": 11, "ديسمبر": 12, "كانون الأول": 12,
}.items():
    _MONTHS_ONE_WORD[fold_key(_name)] = _month
_MONTH_FIRST_WORDS = {"تشرين", "كانون"}
_TWO_WORD_MONTHS = {("تشرين", "الاول"): 10, ("تشرين", "الثاني"): 11, ("كانون", "الاول"): 12, ("كانون", "الثاني"): 1}

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}
# "السابع من أكتوبر": pyarabic maps cardinals to ordinals; we want ordinal -> day number.
_ORDINALS: dict[str, int] = {"الاول": 1, "الاولي": 1}
for _cardinal, _ordinal in list(UNITS_ORDINAL_WORDS.items()) + list(UNITS_ORDINAL_WORDS_FEMININ.items()):
    _value = text2number(_cardinal)
    if 0 < _value <= 10:
        _ORDINALS.setdefault(fold_key("ال" + _ordinal), _value)
_ORDINALS.update({"first": 1, "second": 2, "third": 3, "العشرين": 20, "الثلاثين": 30})
_ORDINALS.setdefault("الحادي", 1)  # "الحادي عشر", "الحادي والعشرين"

_DAYS = [dt.timedelta(days=n) for n in range(8)]  # built once: a timedelta per date read costs more than the date
_RANGE_JOINERS = {"-", "to", "and", "until", "through", "و", "au", "et", "bis", "und"} | {
    fold_key(w) for w in ("إلى", "الى", "حتى")}  # (the folded forms: tokens are folded, "إلى" is "الي")
_RANGE_OPENERS = {"between", "from", "بين", "من", "entre", "du", "zwischen", "vom"}
SINCE_WORDS = {"since", "منذ", "depuis", "seit"}  # also read by the engine: a toll "since" a day is a campaign's
_SINCE = SINCE_WORDS
_PART_OF_MONTH = {"mid": 15, "early": 1, "late": 20, "منتصف": 15, "مطلع": 1, "اوايل": 1, "أواخر": 20, "اواخر": 20}
_UNTIL = {"through", "until", "till", "لغايه", "jusqu'au", "bis"}  # "34 attacks through Jan. 31": a period's end


@dataclass(slots=True)
class DateMention:
    start_tok: int
    end_tok: int
    start: dt.date
    end: dt.date
    kind: str  # "day", "range", "since", "until" (start = end = the period's last day), "relative"
    listed: bool = False  # a day listed after another ("on Oct. 17, 18 and 19": 18 and 19)


def _strip(tok: str) -> list[str]:
    return strip_proclitic(tok)


def _day(tok: str) -> int | None:
    if tok[-2:] in ("st", "nd", "rd", "th") and tok[:-2].isdigit():
        tok = tok[:-2]  # "January 3rd", "the 13th"
    for form in _strip(tok):
        if form.isdigit() and 1 <= int(form) <= 31 and len(form) <= 2:
            return int(form)
        if form in _ORDINALS:
            return _ORDINALS[form]
    return None


def _month_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    """(month, index after) if tokens[i] starts a month name; "حزيران/يونيو" (both calendars' names) is one."""
    found = _one_month_at(tokens, i)
    if found and found[1] + 1 < len(tokens) and tokens[found[1]] == "/":
        other = _one_month_at(tokens, found[1] + 1)
        if other and other[0] == found[0]:
            return other
    return found


def _one_month_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    if i >= len(tokens):
        return None
    for form in _strip(tokens[i]):
        if form in _MONTH_FIRST_WORDS and i + 1 < len(tokens) and (form, tokens[i + 1]) in _TWO_WORD_MONTHS:
            return _TWO_WORD_MONTHS[(form, tokens[i + 1])], i + 2
        if form in _MONTHS_ONE_WORD and form != "ab":
            j = i + 1
            if j < len(tokens) and tokens[j] == "." and len(form) <= 4:
                j += 1
            return _MONTHS_ONE_WORD[form], j
    return None


def _year_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    j = i
    if j < len(tokens) and tokens[j] == ",":
        j += 1
    if j < len(tokens) and tokens[j].isdigit() and len(tokens[j]) == 4 and 1900 <= int(tokens[j]) <= 2100:
        return int(tokens[j]), j + 1
    return None


def _is_numeric_day(tok: str) -> bool:
    if tok[-2:] in ("st", "nd", "rd", "th") and tok[:-2].isdigit() and len(tok) <= 4:
        return True  # "January 3rd"
    return any(form.isdigit() and len(form) <= 2 for form in strip_proclitic(tok))


_TO_WORDS_AR = {fold_key(w) for w in ("إلى", "الى", "حتى")}
_DURING = {fold_key(w) for w in ("خلال", "شهر", "بشهر", "لشهر", "طيلة", "طوال", "في")} | {"during", "throughout", "in"}
_ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a]")


def _make(year: int | None, month: int, day: int, published: dt.date | None) -> dt.date | None:
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate > published + _DAYS[2]:
            year -= 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_month(tokens: list[str], i: int) -> tuple[int, int, int] | None:
    """DAY [of] MONTH or MONTH DAY at i: (day, month, index after)."""
    day = _day(tokens[i])
    if day is not None:
        j = i + 1
        if day < 10 and not tokens[i][-1:].isdigit() and j < len(tokens):
            # "الرابع عشر من", "الرابع والعشرين من شباط", "الحادي والثلاثين من"
            if tokens[j] in ("عشر", "عشره"):
                day, j = day + 10, j + 1
            elif tokens[j] in ("والعشرين", "والثلاثين"):
                day, j = day + (20 if tokens[j] == "والعشرين" else 30), j + 1
        if j < len(tokens) and tokens[j] in ("من", "of"):
            j += 1
        month = _month_at(tokens, j)
        if month:
            return day, month[0], month[1]
        return None
    month = _month_at(tokens, i)
    if month and month[1] < len(tokens):
        day = _day(tokens[month[1]])
        if day is not None and (tokens[month[1]].isdigit() or _is_numeric_day(tokens[month[1]])):
            j = month[1] + 1
            if _ARABIC_LETTER_RE.match(tokens[i]) and j < len(tokens) and _ARABIC_LETTER_RE.match(tokens[j]):
                return None  # "خلال شهر تشرين الثاني 23 غارة": the month, then a count (Arabic puts the day first)
            if j < len(tokens) and tokens[j] in ("th", "st", "nd", "rd"):
                j += 1
            return day, month[0], j
    return None


_NIGHT_WORDS = {fold_key(w) for w in ("ليل", "ليلة")}
_SMALL_HOURS = {fold_key(w) for w in ("فجرا", "فجراً", "الفجر", "a.m.", "am")}
_PERIOD_UNITS = {"year": "year", "العام": "year", "السنه": "year", "month": "month", "الشهر": "month"}
_PERIOD_OPENINGS = {"start", "beginning", "مطلع", "بدايه", "اوايل", "مستهل"}
_TRIGGERS = (
    set(_MONTHS_ONE_WORD) | _MONTH_FIRST_WORDS | set(_WEEKDAYS) | set(_ORDINALS) | _RANGE_OPENERS | _SINCE | _UNTIL
    | {"امس", "yesterday", "today", "اليوم", "tonight", "overnight", "last", "الليله", "الاسبوع", "اسبوع",
       "two", "three", "four", "five", "يومين", "ثلاثه", "اربعه", "خمسه", "week",
       "this", "هذا", "الشهر", "العام", "السنه", "year", "month", "past", "الايام", "الاسابيع", "الاشهر", "الشهور"}
)


def _may_start_date(tok: str) -> bool:
    return any(form[:1].isdigit() or form in _TRIGGERS for form in strip_proclitic(tok))


def _may_start_calendar_date(tok: str) -> bool:
    """A day number, ordinal, month or ISO date may start here (else only a relative date can)."""
    return any(form[:1].isdigit() or form in _ORDINALS or form in _MONTHS_ONE_WORD or form in _MONTH_FIRST_WORDS
               for form in strip_proclitic(tok))


class _Memo(dict):
    """token -> test(token), filled on first use; a token seen before is a plain dict look-up
    (and map(memo.__getitem__, tokens) makes no Python call per token)."""

    def __init__(self, test) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, tok: str) -> bool:
        if len(self) > 65536:
            self.clear()
        value = self[tok] = self.test(tok)
        return value


_MAY_START = _Memo(_may_start_date)
_MAY_START_CALENDAR = _Memo(_may_start_calendar_date)


def is_month_word(tok: str) -> bool:
    """"jan", "october", "تشرين", "أكتوبر": a month's name (a number beside it is a day, not a count)."""
    return any(form in _MONTHS_ONE_WORD or form in _MONTH_FIRST_WORDS for form in _strip(tok))


def is_weekday_word(tok: str) -> bool:
    """"sunday", "الأحد": a day of the week."""
    return any(form in _WEEKDAYS for form in _strip(tok))


def tells_calendar_date(tokens: list[str], published: dt.date | None) -> bool:
    """Whether the tokens hold a day of the calendar ("on Feb. 15", "في الخامس عشر من شباط")."""
    # Without the publication day a day and month still parse (the year is then a guess, and not asked for).
    return any(_MAY_START_CALENDAR[t] for t in tokens) and any(
        d.kind != "relative" for d in find_dates(tokens, published or dt.date(2000, 1, 1)))


def tells_weekday(tokens: list[str]) -> bool:
    """Whether the tokens name a day of the week ("near Damascus on Monday", "الاثنين الماضي")."""
    return any(f in _WEEKDAYS for t in tokens for f in strip_proclitic(t))


def _date_starts(tokens: list[str]) -> list[int]:
    """Positions of the tokens a date may start at (the only ones _date_at is tried on)."""
    return list(compress(range(len(tokens)), map(_MAY_START.__getitem__, tokens)))


_LIST_JOINERS = {"and", "et", "und"}
_AFTER_LISTED_DAY = {",", ".", "and", "when", "in", "at", "on", ";", ":", "-", ")", "with", "as", "after", "before"}


def _with_listed_days(tokens: list[str], found: list[DateMention]) -> list[DateMention]:
    """"on Oct. 17, 18 and 19": the days listed after a calendar day, in its month (not "Oct. 17 and 3 soldiers")."""
    out: list[DateMention] = []
    n = len(tokens)
    for mention in found:
        out.append(mention)
        if mention.kind != "day" or not _is_month_first(tokens, mention.start_tok):
            continue
        j, listed = mention.end_tok, []
        while j + 1 < n and tokens[j] in (",", "and") and tokens[j + 1].isdigit() and 1 <= int(tokens[j + 1]) <= 31 \
                and (j + 2 >= n or tokens[j + 2] in _AFTER_LISTED_DAY):
            try:
                day = mention.start.replace(day=int(tokens[j + 1]))
            except ValueError:
                break
            listed.append(DateMention(j + 1, j + 2, day, day, "day", listed=True))
            j += 2
        out.extend(listed)
    return out


def _is_month_first(tokens: list[str], i: int) -> bool:
    return i < len(tokens) and is_month_word(tokens[i])


def find_dates(tokens: list[str], published: dt.date | None, offset: int = 0) -> list[DateMention]:
    """Date mentions in `tokens`; their token positions are shifted by `offset`."""
    found: list[DateMention] = []
    i = 0  # a mention found ends at i: the next one starts there or later
    for start in _date_starts(tokens):
        if start < i:
            continue
        mention = _date_at(tokens, start, published)
        if mention:
            i = mention.end_tok
            found.append(mention)
    # "ليل السبت 13 نيسان", "on Saturday, April 13": the calendar day names the day, not the last Saturday
    found = [m for k, m in enumerate(found) if not (
        m.kind == "relative" and k + 1 < len(found) and found[k + 1].kind == "day"
        and found[k + 1].start_tok - m.end_tok <= 1 and all(t == "," for t in tokens[m.end_tok : found[k + 1].start_tok])
        and m.end_tok - m.start_tok == 1 and any(f in _WEEKDAYS for f in strip_proclitic(tokens[m.start_tok])))]
    found = _with_listed_days(tokens, found)
    # "ليل السبت - الأحد", "ليلة الاثنين الثلاثاء": one night, which began the day before the second weekday
    merged: list[DateMention] = []
    for m in found:
        prev = merged[-1] if merged else None
        if prev is not None and prev.kind == m.kind == "relative" and prev.start == prev.end and m.start == m.end \
                and prev.end_tok - prev.start_tok == 1 and m.end_tok - m.start_tok == 1 \
                and tokens[prev.end_tok : m.start_tok] in ([], ["-"]) and prev.start_tok \
                and any(f in _NIGHT_WORDS for f in strip_proclitic(tokens[prev.start_tok - 1])) \
                and any(f in _WEEKDAYS for f in strip_proclitic(tokens[prev.start_tok])) \
                and any(f in _WEEKDAYS for f in strip_proclitic(tokens[m.start_tok])):
            # (told with an hour after midnight, "قرابة الساعة الثانية فجراً", it is the second day's)
            small_hours = not _SMALL_HOURS.isdisjoint(tokens[m.end_tok : m.end_tok + 8])
            night = m.start if small_hours else m.start - _DAYS[1]
            merged[-1] = DateMention(prev.start_tok, m.end_tok, night, night, "relative")
            continue
        merged.append(m)
    found = merged
    for mention in found:
        # "on the night of Feb. 2-3": the night began on the first day
        if mention.kind == "range" and (mention.end - mention.start).days == 1 \
                and tokens[max(0, mention.start_tok - 2) : mention.start_tok] == ["night", "of"]:
            mention.end = mention.start
            mention.kind = "day"
        mention.start_tok += offset
        mention.end_tok += offset
    return found


def _past_weekday(tokens: list[str], k: int) -> int:
    """`k`, or past a weekday and its comma when a date follows them: the weekday names the day the date gives."""
    if k + 2 < len(tokens) and tokens[k] in _WEEKDAYS and tokens[k + 1] == "," and _day_month(tokens, k + 2):
        return k + 2
    return k


def _date_at(tokens: list[str], i: int, published: dt.date | None) -> DateMention | None:
    tok = tokens[i]
    n = len(tokens)
    opener = tok in _RANGE_OPENERS
    since = tok in _SINCE
    if tok in _UNTIL:
        # "through Jan. 31": the end of a period whose start is told elsewhere, or not at all
        first = _day_month(tokens, i + 1) if i + 1 < n else None
        if first is None:
            return None
        year = _year_at(tokens, first[2])
        end = _make(year[0] if year else None, first[1], first[0], published)
        return DateMention(i, year[1] if year else first[2], end, end, "until") if end else None
    k = i + 1 if (opener or since) else i
    if opener:
        k = _past_weekday(tokens, k)  # "between Saturday, Oct. 17, and Friday, Oct. 23"
    if k >= n:
        return None
    if since and tokens[k : k + 3] in (["the", "start", "of"], ["the", "beginning", "of"], ["the", "end", "of"]) \
            and (month := _month_at(tokens, k + 3)):
        # "since the start of September", "since the end of October"
        year = _year_at(tokens, month[1])
        start = _make(year[0] if year else None, month[0], 20 if tokens[k + 1] == "end" else 1, published)
        if start is not None:
            return DateMention(i, year[1] if year else month[1], start, max(start, published or start), "since")
    if opener or since:
        if not _MAY_START[tokens[k]] and not (since and tokens[k] in _PART_OF_MONTH):
            return None  # "from"/"من" before a word that is no day or month (the common case): nothing below applies
        if since and published is not None and not _MAY_START_CALENDAR[tokens[k]]:
            # "since Friday", "منذ أمس": from that day to publication
            told = _relative_at(tokens, k, published)
            if told is not None and told.start == told.end:
                return DateMention(i, told.end_tok, told.start, published, "since")
    elif not _MAY_START_CALENDAR[tok]:
        # A weekday, "yesterday", "this week": nothing below but a relative date applies.
        return None if published is None else _relative_at(tokens, i, published)
    # Range with the month once: "17 - 24 october", "بين 17 و24 أكتوبر", "from 17 to 24 October"
    d1 = _day(tokens[k]) if _is_numeric_day(tokens[k]) else None
    if d1 is not None and k + 2 < n:
        j = k + 1
        d2 = None
        if tokens[j] in _RANGE_JOINERS and _is_numeric_day(tokens[j + 1]):
            d2, j = _day(tokens[j + 1]), j + 2
        elif tokens[j].startswith("و") and _is_numeric_day(tokens[j]):
            d2, j = _day(tokens[j]), j + 1
        month = _month_at(tokens, j) if d2 is not None else None
        if d2 is not None and month:
            year = _year_at(tokens, month[1])
            end_index = year[1] if year else month[1]
            start = _make(year[0] if year else None, month[0], d1, published)
            end = _make(year[0] if year else None, month[0], d2, published)
            if start and end and start <= end and not opener and tokens[k + 1] in _LIST_JOINERS | {"و"} \
                    or tokens[k + 1].startswith("و") and not opener:
                # "on 4 and 5 October", "يومي 16 و17 تموز": two days, not a period (the second is read next)
                return DateMention(i, k + 1, start, start, "day", listed=True) if start else None
            if start and end and start <= end:
                return DateMention(i, end_index, start, end, "range")
    if opener and d1 is None and k + 2 < n and (o1 := _day(tokens[k])) is not None and not _is_numeric_day(tokens[k]):
        # "بين الثامن والعاشر من كانون الأول": ordinal days, the month once (and "من الثامن إلى الرابع عشر من أيلول")
        o2 = _day(tokens[k + 1]) if tokens[k + 1].startswith("و") else None
        j = k + 2
        if o2 is None and tokens[k + 1] in _TO_WORDS_AR and k + 2 < n and (o2 := _day(tokens[k + 2])) is not None \
                and not _is_numeric_day(tokens[k + 2]):
            j = k + 3
            if j < n and tokens[j] in ("عشر", "عشره"):
                o2, j = o2 + 10, j + 1
        if o2 is not None and tokens[j : j + 1] == ["من"]:
            j += 1
        month = _month_at(tokens, j) if o2 is not None else None
        if month:
            year = _year_at(tokens, month[1])
            start = _make(year[0] if year else None, month[0], o1, published)
            end = _make(year[0] if year else None, month[0], o2, published)
            if start and end and start <= end:
                return DateMention(i, year[1] if year else month[1], start, end, "range")
    # A full date, possibly the start of a range: "oct. 17 and 24", "oct 17 - oct 24", "17 october to 2 november"
    first = _day_month(tokens, k)
    if first:
        day, month, j = first
        year = _year_at(tokens, j)
        if year:
            j = year[1]
        start = _make(year[0] if year else None, month, day, published)
        if start is None:
            return None
        if since:
            end = published or start
            return DateMention(i, j, start, max(start, end), "since")
        if j < n and tokens[j] in _LIST_JOINERS and not opener:
            return DateMention(i, j, start, start, "day")  # "on Oct. 4 and 5": days listed (read on in find_dates)
        if opener and j + 1 < n and tokens[j].startswith("و") and _is_numeric_day(tokens[j]) \
                and (month2 := _month_at(tokens, j + 1)):
            # "بين الأول من كانون الثاني/يناير و27 حزيران/يونيو": the second day joined to its "و", with its own month
            year2 = _year_at(tokens, month2[1])
            end = _make(year2[0] if year2 else (year[0] if year else None), month2[0], _day(tokens[j]), published)
            if end and end >= start:
                return DateMention(i, year2[1] if year2 else month2[1], start, end, "range")
        if opener and j + 1 < n and tokens[j] == "," and tokens[j + 1] in ("and", "to", "until", "through"):
            j += 1  # ("between Saturday, Oct. 17, and Friday, Oct. 23")
        if j < n and (tokens[j] in _RANGE_JOINERS or (opener and tokens[j] in ("and", "و"))):
            j2 = _past_weekday(tokens, j + 1) if opener else j + 1
            second = _day_month(tokens, j2) if j2 < n else None
            if second:
                end = _make(year[0] if year else None, second[1], second[0], published)
                if end and end < start and year and not _year_at(tokens, second[2]):
                    # "between Oct. 28, 2019, and June 30 this year": an end told without its year is the next one
                    end = _make(year[0] + 1, second[1], second[0], published)
                if end and end >= start:
                    return DateMention(i, second[2], start, end, "range")
            elif j2 < n and _day(tokens[j2]) is not None and tokens[j2][-1:].isdigit():
                end = _make(year[0] if year else None, month, _day(tokens[j2]) or day, published)
                if end and end >= start:
                    return DateMention(i, j2 + 1, start, end, "range")
            elif opener and j2 < n and published is not None and (later := _relative_at(tokens, j2, published)):
                # "between Oct. 17 and Thursday"
                if later.start == later.end and later.start >= start:
                    return DateMention(i, later.end_tok, start, later.start, "range")
        return DateMention(i, j, start, start, "day")
    if since and tokens[k] in _PART_OF_MONTH:
        # "since mid-October", "منذ منتصف تشرين الأول", "since early November"
        part, j = _PART_OF_MONTH[tokens[k]], k + 1
        if j < n and tokens[j] in ("-", "of"):
            j += 1
        month = _month_at(tokens, j)
        if month:
            year = _year_at(tokens, month[1])
            start = _make(year[0] if year else None, month[0], part, published)
            if start is not None:
                return DateMention(i, year[1] if year else month[1], start, max(start, published or start), "since")
    if since and (month := _month_at(tokens, k)):
        # "since November", "منذ تشرين الأول": from the first of that month
        year = _year_at(tokens, month[1])
        start = _make(year[0] if year else None, month[0], 1, published)
        if start is not None:
            return DateMention(i, year[1] if year else month[1], start, max(start, published or start), "since")
    if opener or since:
        return None
    if i and tokens[i - 1] in _DURING and (month := _month_at(tokens, i)) and not (
            month[1] < n and _is_numeric_day(tokens[month[1]]) and not _ARABIC_LETTER_RE.match(tokens[i])):
        # "خلال شهر تشرين الثاني", "during November", "in March 2024": the whole month
        year = _year_at(tokens, month[1])
        start = _make(year[0] if year else None, month[0], 1, published)
        if start is not None:
            following = start.replace(year=start.year + (start.month == 12), month=start.month % 12 + 1)
            end = following - dt.timedelta(days=1)
            if published is not None and not year:
                end = min(end, published)
            return DateMention(i, year[1] if year else month[1], start, end, "range")
    # Dates in figures: "2024-01-22", "20/1/2024", "20.01.2024"
    numeric = _numeric_date_at(tokens, i)
    if numeric is not None:
        return numeric
    if published is None:
        return None
    day_month = _day_slash_month_at(tokens, i, published)
    if day_month is not None:
        return day_month
    # "on the 18th", "في الخامس عشر من الشهر الجاري": a day of this month (or of the last, if still to come)
    day_of_month = _day_of_month_at(tokens, i, published)
    if day_of_month is not None:
        return day_of_month
    return _relative_at(tokens, i, published)


_DATE_SEPARATORS = {"-", "/", "."}
_ORDINAL_DAY_SUFFIXES = ("st", "nd", "rd", "th")
_YEAR_NOUNS = {fold_key(w) for w in ("years", "year", "سنوات", "سنة", "سنين", "عاما", "أعوام", "عام", "سنتين", "عامين")}


def _years_ago(tokens: list[str], i: int) -> int:
    """How many years before the report "today" at i is: "Ten years ago today", "a year ago today", «قبل عشر سنوات في
    مثل هذا اليوم»; 0 when it is the report's own day."""
    before = tokens[max(0, i - 8) : i]
    if before[-1:] == ["ago"] and len(before) >= 3 and before[-2] in _YEAR_NOUNS:  # "Ten years ago today"
        if before[-3] in ("a", "one"):
            return 1
        counted = number_at(before, len(before) - 3)
        return counted[0] if counted and 1 <= counted[0] <= 60 else 0
    if before[-2:] != ["مثل", "هذا"]:
        return 0
    # «قبل عشر سنوات (في) مثل هذا اليوم»: the last word of years before it, counted after «قبل»
    k = next((k for k in range(len(before) - 3, 0, -1) if before[k] in _YEAR_NOUNS), None)
    if k is None:
        return 0
    if before[k] in ("سنتين", "عامين"):  # (the dual: two years)
        return 2 if before[k - 1] == "قبل" else 0
    counted = number_at(before, k - 1)
    return counted[0] if counted and 1 <= counted[0] <= 60 and "قبل" in before[max(0, k - 3) : k - 1] else 0


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # (February 29th)
        return day.replace(year=day.year - years, day=28)


_DAYS_AGO_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5, "ثلاثه": 3, "اربعه": 4,
                    "خمسه": 5}
_THIS_MONTH = {fold_key(w) for w in ("الجاري", "الحالي")}
_LAST_MONTH = {fold_key(w) for w in ("الماضي", "المنصرم", "السابق")}


def _numeric_date_at(tokens: list[str], i: int) -> DateMention | None:
    """YYYY-MM-DD, or DD/MM/YYYY as Arabic and European reports write it (MM/DD/YYYY only when the day says so)."""
    parts = tokens[i : i + 5]
    if len(parts) < 5 or parts[1] not in _DATE_SEPARATORS or parts[3] != parts[1]:
        return None
    if not all(p.isdigit() for p in parts[::2]):
        return None
    a, b, c = (int(p) for p in parts[::2])
    if len(parts[0]) == 4:
        year, month, day = a, b, c
    elif len(parts[4]) == 4:
        year, day, month = c, a, b
        if month > 12 and day <= 12:
            day, month = month, day  # "1/20/2024": American order
    else:
        return None
    if not 1990 <= year <= 2100:
        return None
    try:
        day_told = dt.date(year, month, day)
    except ValueError:
        return None
    return DateMention(i, i + 5, day_told, day_told, "day")


_ON_DAY = {fold_key(w) for w in ("on", "يوم", "بتاريخ", "تاريخ", "في")}


def _day_slash_month_at(tokens: list[str], i: int, published: dt.date) -> DateMention | None:
    """"يوم 5/2", "on 5/2": a day and month in figures, the year the publication's (only after a word for "on": a
    bare "5/2" may be a score or a fraction)."""
    parts = tokens[i : i + 3]
    if len(parts) < 3 or parts[1] != "/" or not (parts[0].isdigit() and parts[2].isdigit()) or i == 0 \
            or tokens[i - 1] not in _ON_DAY or tokens[i + 3 : i + 4] in (["/"], ["-"]):
        return None
    day, month = int(parts[0]), int(parts[2])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    told = _make(None, month, day, published)
    return DateMention(i, i + 3, told, told, "day") if told else None


def _day_of_month_at(tokens: list[str], i: int, published: dt.date) -> DateMention | None:
    tok = tokens[i]
    if tok[:-2].isdigit() and tok[-2:] in _ORDINAL_DAY_SUFFIXES and tokens[max(0, i - 2) : i] == ["on", "the"] and (
            i + 1 == len(tokens) or not tokens[i + 1].isalpha() or tokens[i + 1] in ("when", "and", "at")):
        day, end, which = int(tok[:-2]), i + 1, None  # "on the 18th" (not "on the 18th attack", "the 18th of May")
    else:
        day = _day(tok)
        if day is None:
            return None
        end = i + 1
        if day < 10 and not tok[-1:].isdigit() and end < len(tokens) and tokens[end] in ("عشر", "عشره"):
            day, end = day + 10, end + 1
        # "الخامس عشر من الشهر الجاري", "في العشرين من الشهر الماضي", "في 22 الشهر الجاري"
        if tokens[end : end + 1] == ["من"]:
            end += 1
        if tokens[end : end + 1] != ["الشهر"]:
            return None
        which = tokens[end + 1] if end + 1 < len(tokens) else ""
        if which in _THIS_MONTH or which in _LAST_MONTH:
            end += 2
        elif tokens[end - 1] == "من" and which not in ("نفسه", "ذاته"):  # (not "من الشهر نفسه": the month told before)
            which, end = None, end + 1  # "في العاشر من الشهر": of the month of the report (or the last, if still to come)
        else:
            return None
    if not 1 <= day <= 31:
        return None
    month_start = published.replace(day=1)
    if which in _LAST_MONTH or (which is None and day > published.day + 2):
        month_start = (month_start - _DAYS[1]).replace(day=1)
    try:
        day_told = month_start.replace(day=day)
    except ValueError:
        return None
    return DateMention(i, end, day_told, day_told, "day")


def _relative_at(tokens: list[str], i: int, published: dt.date) -> DateMention | None:
    n = len(tokens)
    forms = _strip(tokens[i])
    nxt = tokens[i + 1] if i + 1 < n else ""
    prev = tokens[i - 1] if i > 0 else ""
    for form in forms:
        if form in _WEEKDAYS:
            back = (published.weekday() - _WEEKDAYS[form]) % 7
            # "last Wednesday", "الأربعاء الماضي", "Wednesday last week" on a Wednesday: a week before
            last_week = tokens[i + 1 : i + 3] == ["last", "week"]
            if back == 0 and (prev == "last" or nxt in _LAST_MONTH or last_week):
                back = 7
            day = published - _DAYS[back]
            return DateMention(i, i + (3 if last_week else 1), day, day, "relative")
        if form in ("امس", "yesterday"):
            # "أول أمس" (and "وأول أمس"), "أمس الأول", "the day before yesterday"
            if "اول" in _strip(prev) or nxt == "الاول" or (prev == "before" and i > 2):
                day = published - _DAYS[2]
            else:
                day = published - _DAYS[1]
            return DateMention(i, i + 1, day, day, "relative")
        if form == "this" and nxt in ("morning", "afternoon", "evening"):
            return DateMention(i, i + 2, published, published, "relative")  # "this morning": the day of the report
        if form in ("today", "اليوم", "tonight"):
            if nxt in ("السابق", "التالي", "نفسه", "ذاته") or prev in ("ذلك", "ذات", "نفس", "تلك"):
                # "اليوم السابق" (the day before), "اليوم نفسه", "في ذلك اليوم": relative to the event, not today
                return None
            years = _years_ago(tokens, i)
            if years:
                # "Ten years ago today", «قبل عشر سنوات في مثل هذا اليوم»: this day, that many years before
                day = _years_before(published, years)
                return DateMention(i, i + 1, day, day, "relative")
            return DateMention(i, i + 1, published, published, "relative")
        if form in _DAYS_AGO_COUNTS and (nxt in ("days", "ايام") and tokens[i + 2 : i + 3] == ["ago"]
                                         or prev == "قبل" and nxt in ("ايام",)):
            # "two days ago", "قبل ثلاثة أيام"
            back = _DAYS_AGO_COUNTS[form]
            day = published - dt.timedelta(days=back)
            return DateMention(i, i + (3 if nxt == "days" else 2), day, day, "relative")
        if (form == "week" and prev in ("a", "one") and nxt == "ago") or (form == "اسبوع" and prev == "قبل"):
            day = published - _DAYS[7]  # "a week ago", "قبل أسبوع"
            return DateMention(i, i + (2 if form == "week" else 1), day, day, "relative")
        if form in ("يومين",) and prev == "قبل":  # "قبل يومين": two days ago
            day = published - _DAYS[2]
            return DateMention(i, i + 1, day, day, "relative")
        if form in ("overnight",) or (form == "last" and nxt == "night") or (form == "الليله" and nxt == "الماضيه"):
            day = published - _DAYS[1]
            return DateMention(i, i + (1 if form == "overnight" else 2), day, published, "relative")
        if (form in ("الاسبوع", "اسبوع") and nxt == "الماضي") or (form == "last" and nxt == "week"):
            return DateMention(i, i + 2, published - _DAYS[7], published - _DAYS[1], "relative")
        if (form == "this" and nxt == "week") or (form == "هذا" and nxt == "الاسبوع"):
            start = published - _DAYS[published.weekday()]
            return DateMention(i, i + 2, start, published, "relative")
        if form in _PERIOD_UNITS and (prev in _PERIOD_OPENINGS or (
                prev in ("of", "the") and (tokens[i - 2 : i] == ["of", "the"] and i >= 3 and tokens[i - 3] in _PERIOD_OPENINGS
                                           or tokens[i - 1] == "of" and i >= 2 and tokens[i - 2] in _PERIOD_OPENINGS))):
            # "منذ مطلع العام", "since the start of the month", "since the beginning of the year"
            start = published.replace(month=1, day=1) if _PERIOD_UNITS[form] == "year" else published.replace(day=1)
            return DateMention(i, i + 1, start, published, "since")
        if form in ("العام", "السنه") and nxt in ("الجاري", "الجاريه", "الحالي"):
            return DateMention(i, i + 2, published.replace(month=1, day=1), published, "since")
        if (form == "this" and nxt == "month") or (form == "هذا" and nxt == "الشهر") or (
            form == "الشهر" and nxt == "الجاري"
        ):
            return DateMention(i, i + 2, published.replace(day=1), published, "relative")
        if (form == "last" and nxt == "month") or (form == "الشهر" and nxt == "الماضي"):
            last_month_end = published.replace(day=1) - _DAYS[1]
            return DateMention(i, i + 2, last_month_end.replace(day=1), last_month_end, "relative")
        # "in the past three weeks", "over the last 10 days", "خلال الأسابيع الثلاثة الماضية": a period up to the report
        if form in ("past", "last") and i + 2 < n and (count := number_at(tokens, i + 1)) is not None \
                and tokens[count[1] : count[1] + 1] and tokens[count[1]] in _PERIOD_DAYS:
            days = count[0] * _PERIOD_DAYS[tokens[count[1]]]
            return DateMention(i, count[1] + 1, published - dt.timedelta(days=days), published, "range")
        # (the number with the article: "الأيام العشرة", "الأسابيع الثلاثة"; the words after a period word only,
        # stripped of it: a number is read forwards)
        count = number_at([t[2:] if t.startswith("ال") else t for t in tokens[i + 1 :]], 0) \
            if form in _PERIOD_DAYS and i + 2 < n else None
        if count is not None:
            end = i + 1 + count[1]
            if tokens[end : end + 1] and tokens[end] in _PAST_PLURAL:
                days = count[0] * _PERIOD_DAYS[form]
                return DateMention(i, end + 1, published - dt.timedelta(days=days), published, "range")
    return None


_PAST_PLURAL = {fold_key(w) for w in ("الماضية", "المنصرمة", "السابقة", "الماضي")}
_PERIOD_DAYS = {"days": 1, "weeks": 7, "months": 30, fold_key("الأيام"): 1, fold_key("الأسابيع"): 7,
                fold_key("الأشهر"): 30, fold_key("الشهور"): 30}

