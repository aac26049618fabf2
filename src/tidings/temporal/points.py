"""Calendar arithmetic: TimePoints for days, weeks, months, quarters, halves, seasons, years, decades, centuries.

Every function here is pure and knows nothing of text. ``value`` strings are
TIMEX3 values (``2018-02-01``, ``2018-W05``, ``2018-Q1``, ``2018-SU``, ``199``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable

from tidings.models import Tense, TimePoint, granularity_rank

SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def to_date(value: str | dt.date | None) -> dt.date | None:
    """Parse ``YYYY-MM-DD`` (or a date) into a date; None passes through."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def day(d: dt.date, approximate: bool = False) -> TimePoint:
    return TimePoint(d.isoformat(), d, d, "day", approximate)


def month(year: int, number: int, approximate: bool = False) -> TimePoint:
    last = calendar.monthrange(year, number)[1]
    return TimePoint(f"{year:04d}-{number:02d}", dt.date(year, number, 1), dt.date(year, number, last), "month", approximate)


def year(number: int, approximate: bool = False) -> TimePoint:
    return TimePoint(f"{number:04d}", dt.date(number, 1, 1), dt.date(number, 12, 31), "year", approximate)


def week(d: dt.date, approximate: bool = False) -> TimePoint:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return TimePoint(f"{iso[0]:04d}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6), "week", approximate)


def weekend(saturday: dt.date) -> TimePoint:
    value = f"{week(saturday).value}-WE"
    return TimePoint(value, saturday, saturday + dt.timedelta(days=1), "week")


def quarter(year_number: int, n: int, approximate: bool = False) -> TimePoint:
    start = dt.date(year_number, 3 * n - 2, 1)
    return TimePoint(f"{year_number:04d}-Q{n}", start, month(year_number, 3 * n).end, "quarter", approximate)


def half(year_number: int, n: int) -> TimePoint:
    return TimePoint(f"{year_number:04d}-H{n}", dt.date(year_number, 6 * n - 5, 1), month(year_number, 6 * n).end, "half")


def season(year_number: int, code: str) -> TimePoint:
    first, last = _SEASON_MONTHS[code]
    end_year, end_month = (year_number + 1, last - 12) if last > 12 else (year_number, last)
    return TimePoint(f"{year_number:04d}-{code}", dt.date(year_number, first, 1), month(end_year, end_month).end, "season")


def decade(first_year: int, approximate: bool = False) -> TimePoint:
    return TimePoint(f"{first_year // 10:03d}", dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), "decade", approximate)


def century(number: int) -> TimePoint:
    """``number`` is the TIMEX3 century digits: 19 is 1900-1999."""
    return TimePoint(f"{number:02d}", dt.date(max(number * 100, 1), 1, 1), dt.date(number * 100 + 99, 12, 31), "century")


def add_months(d: dt.date, months: int) -> dt.date:
    total = d.year * 12 + (d.month - 1) + months
    y, m = divmod(total, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(base: dt.date, n: int, unit: str, approximate: bool = False) -> TimePoint:
    """The ``unit`` that holds ``base`` moved by ``n`` units (negative: back), at that unit's granularity."""
    if unit == "day":
        return day(base + dt.timedelta(days=n), approximate)
    if unit == "week":
        return week(base + dt.timedelta(weeks=n), approximate)
    if unit == "month":
        d = add_months(base, n)
        return month(d.year, d.month, approximate)
    if unit == "quarter":
        d = add_months(base, 3 * n)
        return quarter(d.year, (d.month - 1) // 3 + 1, approximate)
    if unit == "decade":
        return decade(((base.year + 10 * n) // 10) * 10, approximate)
    if unit == "century":
        return century(base.year // 100 + n)
    return year(base.year + n, approximate)


_MONTHS_IN = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
_YEARS_IN = {"day": 1 / 365, "night": 1 / 365, "week": 7 / 365, "fortnight": 14 / 365, "month": 1 / 12, "quarter": 0.25,
             "half": 0.5, "year": 1, "decade": 10, "century": 100, "millennium": 1000}  # fmt: skip
FARTHEST = 1500  # years: a count that moves further ("125,000 years ago") leaves the calendar a date can name


def too_far(n: float, unit: str) -> bool:
    """Whether ``n`` units from a date leave the calendar (more than ``FARTHEST`` years away)."""
    return abs(n) * _YEARS_IN.get(unit, 0.0) > FARTHEST


def move(point: TimePoint, n: int, unit: str) -> TimePoint | None:
    """``point`` moved by ``n`` units, at its own granularity ("a year earlier" than 1989-Q3 is 1988-Q3).

    None when the unit is finer than the point (a year moved by a day).
    """
    if rank(unit) > rank(point.granularity) or point.granularity == "century":
        return None
    if unit in _MONTHS_IN:
        d = add_months(point.start, _MONTHS_IN[unit] * n)
    else:
        d = point.start + dt.timedelta(days=n * (7 if unit == "week" else 1))
    return at(point.granularity, d, point.value[-2:])


def at(granularity: str, d: dt.date, season_code: str = "SU") -> TimePoint:
    """The point of ``granularity`` that holds ``d``."""
    if granularity == "day":
        return day(d)
    if granularity == "week":
        return week(d)
    if granularity == "month":
        return month(d.year, d.month)
    if granularity == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    if granularity == "half":
        return half(d.year, 1 if d.month < 7 else 2)
    if granularity == "season":
        return season(d.year, season_code if season_code in _SEASON_MONTHS else "SU")
    if granularity == "decade":
        return decade(d.year // 10 * 10)
    return year(d.year)


rank = granularity_rank  # finer granularities rank higher (day 8 ... century 0); unknown -1


_SLACK_DAYS = 2  # how far ahead of the reference a settled past may still reach: a publication date's slack


def nearest(candidates: Iterable[TimePoint], ref: dt.date, tense: Tense | None, firm: bool, settled: bool = False) -> TimePoint | None:
    """The candidate whose middle is nearest to ``ref``, on the side ``tense`` points to.

    A firm tense (given by ``resolve``'s caller) excludes the other side; a
    tense guessed from the words around the expression only counts the other
    side four times as far when it is past (a reporting verb's past reaches
    over a whole sentence) and sixteen times when it is future (a future cue,
    "will", "until", "expected", "expires", seldom misleads: "a decision is
    expected in December" in February is this December, while a date two
    weeks back stays in the past); a ``settled`` past (the past of the verb
    that governs the expression, ``context.settled_past``: "traveled to Africa
    in March", "went into effect Jan. 1") counts it sixteen times as far too,
    and no candidate beginning more than two days ahead (the slack of a
    publication date) counts at all: "opened Feb. 1" a week before Feb. 1 is
    last year's, where the factor alone let three weeks ahead outweigh a year
    back (unless no candidate is left); no tense at all counts the future a
    quarter farther. A candidate that holds ``ref`` is always nearest.
    """
    candidates = list(candidates)
    if tense == "past" and settled and not firm:
        # "opened Feb. 1", "closed in February" a week before February: the one before, not the coming one.
        reached = [p for p in candidates if (p.start - ref).days <= _SLACK_DAYS]
        candidates = reached or candidates
    best: tuple[float, TimePoint] | None = None
    for p in candidates:
        if p.start <= ref <= p.end:
            return p
        future = p.start > ref
        middle = p.start + (p.end - p.start) / 2
        distance = float(abs((middle - ref).days))
        if tense in ("past", "future") and future != (tense == "future"):
            if firm:
                continue
            distance *= 16 if tense == "future" or settled else 4
        elif tense is None and future:
            distance *= 1.25  # no tense at all: news mostly reports the past, so a near tie goes back
        if best is None or distance < best[0]:
            best = (distance, p)
    return best[1] if best else None


def point_from_value(value: str | None) -> TimePoint | None:
    """Rebuild a TimePoint from a TIMEX3 value (day, week, weekend, month, quarter, half, season, year, decade,
    century)."""
    if not value:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return day(dt.date.fromisoformat(value))
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            return week(dt.date.fromisocalendar(int(m[1]), int(m[2]), 1))
        if m := re.fullmatch(r"(\d{4})-W(\d{2})-WE", value):
            return weekend(dt.date.fromisocalendar(int(m[1]), int(m[2]), 6))
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            return month(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            return quarter(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-H([12])", value):
            return half(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            return season(int(m[1]), m[2])
        if re.fullmatch(r"\d{4}", value):
            return year(int(value))
        if re.fullmatch(r"\d{3}", value):
            return decade(int(value) * 10)
        if re.fullmatch(r"\d{2}", value):
            return century(int(value))
    except ValueError:
        return None
    return None
