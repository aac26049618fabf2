"""Rules for days named by their place rather than their date: holidays, the nth weekday or week of a month,
a day of the month alone ("on the 5th"), a weekday in a named week ("Monday last week"), the week of a date.

They place their days with the calendar helpers of ``dates``.
"""

from __future__ import annotations

import datetime as dt
import re

from tidings.temporal import points
from tidings.temporal.context import Context, Reading, Result, Rule, keys, rx
from tidings.temporal.dates import (
    PART_CODES,
    YEAR_TAIL,
    month_day,
    month_in_year,
    month_number,
    weekday_point,
    year_number,
)
from tidings.temporal.words import MONTH_KEYS, WEEKDAY_KEYS, WEEKDAYS, day_rx, month_rx, number, ordinal, weekday_rx


def read_nth_weekday(m: re.Match[str], ctx: Context) -> Result:
    """ "the first Monday of March", "the last Friday in August", "the second Tuesday of next month"."""
    n = ordinal(m["ord"])
    wd = WEEKDAYS[m["weekday"].lower().rstrip(".")]
    if n is None or not (n == -1 or 1 <= n <= 5):
        return None
    if m["month"]:
        number = month_number(m["month"])
        year = year_number(m["year"])
        if year is None:
            if ctx.ref is None:
                return Reading("DATE", None)
            year = month_in_year(number, ctx.ref, ctx.tense, ctx.firm).start.year
    elif ctx.ref is not None:
        d = points.add_months(ctx.ref, {"last": -1, "next": 1}.get(m["rel"].lower(), 0))
        year, number = d.year, d.month
    else:
        return Reading("DATE", None)
    first = dt.date(year, number, 1)
    if n == -1:
        last = points.month(year, number).end
        day_ = last - dt.timedelta(days=(last.weekday() - wd) % 7)
    else:
        day_ = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        if day_.month != number:
            return None
    p = points.day(day_)
    return Reading("DATE", p.value, None, p)


def read_week_of(m: re.Match[str], ctx: Context) -> Result:
    """ "the week of March 2": the week that holds the day; "the weekend of March 7" its weekend."""
    d = ordinal(m["day"])
    found = month_day(month_number(m["month"]), d or 1, year_number(m["year"]), ctx) if d else None
    if found is None or found.point is None:
        return Reading("DATE", None)
    day_ = found.point.start
    if m["unit"].lower() == "weekend":
        p = points.weekend(day_ + dt.timedelta(days=(5 - day_.weekday()) % 7 if day_.weekday() < 5 else -(day_.weekday() - 5)))
    else:
        p = points.week(day_)
    return Reading("DATE", p.value, None, p)


def read_nth_week(m: re.Match[str], ctx: Context) -> Result:
    """ "the first week of March", "the last week of May": the week of that part of the month."""
    n = ordinal(m["ord"])
    number = month_number(m["month"])
    year = year_number(m["year"])
    if n is None or not (n == -1 or 1 <= n <= 5):
        return None
    if year is None:
        if ctx.ref is None:
            return Reading("DATE", None)
        year = month_in_year(number, ctx.ref, ctx.tense, ctx.firm).start.year
    month_point = points.month(year, number)
    middle = month_point.end - dt.timedelta(days=3) if n == -1 else month_point.start + dt.timedelta(days=7 * (n - 1) + 3)
    if middle > month_point.end:
        return None
    p = points.week(middle)
    return Reading("DATE", p.value, None, p)


def read_day_alone(m: re.Match[str], ctx: Context) -> Result:
    """ "on the 5th": that day of the month nearest the reference on the tense's side."""
    d = ordinal(m["day"])
    if d is None or not 1 <= d <= 31 or ctx.ref is None:
        return Reading("DATE", None)
    candidates = []
    for shift in (-1, 0, 1):
        base = points.add_months(dt.date(ctx.ref.year, ctx.ref.month, 1), shift)
        try:
            candidates.append(points.day(base.replace(day=d)))
        except ValueError:
            continue
    found = points.nearest(candidates, ctx.ref, ctx.tense, ctx.firm)
    return Reading("DATE", found.value if found else None, None, found)


def read_weekday_in_week(m: re.Match[str], ctx: Context) -> Result:
    """ "Monday last week", "Tuesday of next week", "a week ago Monday": that weekday in the week named."""
    wd = WEEKDAYS[m["weekday"].lower().rstrip(".")]
    if ctx.ref is None:
        return Reading("DATE", f"XXXX-WXX-{wd + 1}")
    if "rel" in m.re.groupindex and m["rel"]:
        weeks = {"last": -1, "next": 1, "this": 0}[m["rel"].lower()]
        monday = ctx.ref - dt.timedelta(days=ctx.ref.weekday()) + dt.timedelta(weeks=weeks)
        p = points.day(monday + dt.timedelta(days=wd))
    else:
        n = number(m["count"]) or 1
        p = points.day(weekday_point(wd, ctx.ref, None, "past").start - dt.timedelta(weeks=n))
    return Reading("DATE", p.value, None, p)


def read_day_of_month(m: re.Match[str], ctx: Context) -> Result:
    """ "the last day of the month", "the first day of next month", "the 1st of next month", "the last day of June"."""
    if m["month"]:
        number = month_number(m["month"])
        year = year_number(m["year"])
        if year is None:
            if ctx.ref is None:
                return Reading("DATE", None)
            year = month_in_year(number, ctx.ref, ctx.tense, ctx.firm).start.year
        month_point = points.month(year, number)
    elif ctx.ref is not None:
        d = points.add_months(ctx.ref, {"last": -1, "next": 1, "previous": -1, "following": 1}.get((m["rel"] or "").lower(), 0))
        month_point = points.month(d.year, d.month)
    else:
        return Reading("DATE", None)
    n = ordinal(m["ord"])
    if n is None:
        return None
    if n == -1:
        p = points.day(month_point.end)
    else:
        try:
            p = points.day(month_point.start.replace(day=n))
        except ValueError:
            return None
    return Reading("DATE", p.value, None, p)


def read_part_of_date(m: re.Match[str], ctx: Context) -> Result:
    """ "the morning of June 5", "the night of March 3": a part of a day named by its date."""
    d = ordinal(m["day"])
    found = month_day(month_number(m["month"]), d or 1, year_number(m["year"]), ctx) if d else None
    if found is None or found.point is None:
        return None
    return Reading("TIME", f"{found.point.value}T{PART_CODES[m['part'].lower()]}", None, found.point)


# Holidays: fixed (month, day) or the nth weekday of a month (n, weekday, month; n = -1 the last).
_FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "valentine's day": (2, 14), "halloween": (10, 31), "veterans day": (11, 11),
    "boxing day": (12, 26), "st. patrick's day": (3, 17), "bastille day": (7, 14), "may day": (5, 1),
    "armistice day": (11, 11), "remembrance day": (11, 11),
}  # fmt: skip
_MOVING_HOLIDAYS = {
    "thanksgiving": (4, 3, 11), "thanksgiving day": (4, 3, 11), "labor day": (1, 0, 9), "memorial day": (-1, 0, 5),
    "mother's day": (2, 6, 5), "father's day": (3, 6, 6), "martin luther king day": (3, 0, 1), "presidents' day": (3, 0, 2),
    "columbus day": (2, 0, 10),
}  # fmt: skip


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    x = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * x) // 451
    month, day_ = divmod(h + x - 7 * m + 114, 31)
    return dt.date(year, month, day_ + 1)


def holiday_date(name: str, year: int) -> dt.date | None:
    key = " ".join(name.lower().replace("’", "'").split())
    if key in _FIXED_HOLIDAYS:
        month_, day_ = _FIXED_HOLIDAYS[key]
        return dt.date(year, month_, day_)
    if key in _MOVING_HOLIDAYS:
        n, wd, month_ = _MOVING_HOLIDAYS[key]
        if n == -1:
            last = points.month(year, month_).end
            return last - dt.timedelta(days=(last.weekday() - wd) % 7)
        first = dt.date(year, month_, 1)
        return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    if key in ("easter", "easter sunday", "good friday", "easter monday"):
        offset = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1}[key]
        return _easter(year) + dt.timedelta(days=offset)
    return None


def read_holiday(m: re.Match[str], ctx: Context) -> Result:
    """ "Christmas", "Thanksgiving", "Easter 1998": the day's TIMEX3 value, nearest on the tense's side.

    The value only: ``resolve`` leaves holidays unplaced (the contract's "Christmas"), so no TimePoint.
    """
    year = year_number(m["year"])
    name = m["name"]
    if year is None:
        if ctx.ref is None:
            d = holiday_date(name, 2000)
            return Reading("DATE", f"XXXX-{d:%m-%d}" if d and name.lower() not in ("easter", "thanksgiving") else None)
        days = [d for y in (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1) if (d := holiday_date(name, y)) is not None]
        found = points.nearest([points.day(d) for d in days], ctx.ref, ctx.tense, ctx.firm)
        return Reading("DATE", found.value if found else None, None, None, anchors=False)
    d = holiday_date(name, year)
    return Reading("DATE", d.isoformat() if d else None, None, None, anchors=False)


def _capitalised(name: str) -> str:
    return " ".join(w[0].upper() + w[1:] for w in name.split())


# Capitalised only: "may day" is a modal and a noun.
_HOLIDAY_NAMES = "|".join(
    re.escape(_capitalised(n)).replace("\\ ", r"\s+").replace("'", "['’]")
    for n in sorted([*_FIXED_HOLIDAYS, *_MOVING_HOLIDAYS, "easter", "easter sunday", "good friday", "easter monday"], key=len, reverse=True)
)


RULES: tuple[Rule, ...] = (
    Rule(
        "holiday",
        rx(r"(?P<name>" + _HOLIDAY_NAMES + r")(?:,?\s+(?:of\s+)?(?P<year>(?:1[6-9]|20)\d{2}))?", 0),
        read_holiday,
        keys=keys(
            "christmas new valentine halloween veterans boxing patrick bastille may armistice remembrance thanksgiving labor memorial mother father martin presidents columbus easter good"
        ),
    ),
    Rule(
        "day_of_month",
        rx(
            r"the\s+(?:(?P<ord>first|last|final|1st|(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))\s+(?:day\s+)?of\s+)(?:(?:the|this)\s+month|"
            r"(?:the\s+)?(?P<rel>last|next|previous|following)\s+month|" + month_rx() + r"(?:,?\s+(?P<year>(?:1[6-9]|20)\d{2}))?)",
            0,
        ),
        read_day_of_month,
        keys=keys("month", MONTH_KEYS),
    ),
    Rule(
        "part_of_date",
        rx(r"the\s+(?P<part>morning|afternoon|evening|night)\s+of\s+" + month_rx() + r"\s+" + day_rx() + YEAR_TAIL, 0),
        read_part_of_date,
        keys=keys("morning afternoon evening night"),
    ),
    Rule(
        "weekday_in_week",
        rx(weekday_rx() + r",?\s+(?:of\s+)?(?P<rel>last|next|this)\s+week", 0),
        read_weekday_in_week,
        keys=keys(WEEKDAY_KEYS),
    ),
    Rule(
        "weeks_ago_weekday",
        rx(r"(?P<count>a|one|two|three|four)\s+weeks?\s+ago\s+" + weekday_rx(), 0),
        read_weekday_in_week,
        keys=keys(WEEKDAY_KEYS),
    ),
    Rule(
        "week_of",
        rx(r"the\s+(?P<unit>week|weekend)\s+of\s+" + month_rx() + r"\s+" + day_rx() + YEAR_TAIL, 0),
        read_week_of,
        keys=keys("week weekend"),
    ),
    Rule(
        "nth_week",
        rx(
            r"(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+week\s+(?:of|in)\s+"
            + month_rx()
            + r"(?:,?\s+(?P<year>(?:1[6-9]|20)\d{2}))?",
            0,
        ),
        read_nth_week,
        keys=keys("week"),
    ),
    Rule(
        "day_alone",
        rx(
            r"(?:on|by|since|until|before|after)\s+(?P<t>the\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)))(?!\s+(?:of|century|anniversary|day|time|floor|place|minute|round|inning|grade|amendment|street|avenue|largest|biggest))",
            0,
        ),
        read_day_alone,
        keys=keys("#d"),
    ),
    Rule(
        "nth_weekday",
        rx(
            r"(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+"
            + weekday_rx()
            + r"\s+(?:of|in)\s+(?:"
            + month_rx()
            + r"(?:,?\s+(?P<year>(?:1[6-9]|20)\d{2}))?|(?:the|this)\s+month|(?P<rel>last|next)\s+month)"
        ),
        read_nth_weekday,
        keys=keys(WEEKDAY_KEYS),
    ),
)
