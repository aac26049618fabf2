"""Rules for days named by their place rather than their date: holidays, the nth weekday or week of a month,
a day of the month alone ("on the 5th"), a weekday in a named week ("Monday last week"), the week of a date.

They place their days with the calendar helpers of ``dates``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from tidings.models import TimePoint
from tidings.temporal import points
from tidings.temporal.context import Context, Reading, Result, Rule, anycase, keys, lexical_tense, rx
from tidings.temporal.dates import (
    PART_CODES,
    YEAR_TAIL,
    month_day,
    month_in_year,
    month_number,
    weekday_point,
    year_number,
)
from tidings.temporal.words import MONTH_KEYS, ORDINAL_DAY, WEEKDAY_KEYS, WEEKDAYS, day_rx, month_rx, number, ordinal, weekday_rx


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
            year = month_in_year(number, ctx.ref, ctx.tense, ctx.firm, ctx.settled).start.year
    elif ctx.ref is not None:
        d = points.add_months(ctx.ref, {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0))
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
    if n is None or not (n == -1 or 1 <= n <= 5):
        return None
    if not m["month"]:
        # "the last week of next month", "the second week of this month": the month counted from the reference.
        if ctx.ref is None:
            return Reading("DATE", None)
        d = points.add_months(ctx.ref, {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0))
        year: int | None = d.year
        number = d.month
    else:
        number = month_number(m["month"])
        year = year_number(m["year"])
    if year is None:
        if ctx.ref is None:
            return Reading("DATE", None)
        year = month_in_year(number, ctx.ref, ctx.tense, ctx.firm, ctx.settled).start.year
    month_point = points.month(year, number)
    if m["unit"].lower() == "weekend":
        # "the second weekend of May": the weekend of the month's second Saturday.
        saturday = _nth_weekday(year, n, 5, number)
        if saturday.month != number:
            return None
        p = points.weekend(saturday)
        return Reading("DATE", p.value, None, p)
    middle = month_point.end - dt.timedelta(days=3) if n == -1 else month_point.start + dt.timedelta(days=7 * (n - 1) + 3)
    if middle > month_point.end:
        return None
    p = points.week(middle)
    return Reading("DATE", p.value, None, p)


def read_day_alone(m: re.Match[str], ctx: Context) -> Result:
    """ "on the 5th": that day of the month nearest the reference on the tense's side."""
    found = _day_alone(ordinal(m["day"]), ctx)
    return Reading("DATE", found.value if found else None, None, found)


def _day_alone(d: int | None, ctx: Context) -> TimePoint | None:
    if d is None or not 1 <= d <= 31 or ctx.ref is None:
        return None
    candidates = []
    for shift in (-1, 0, 1):
        base = points.add_months(dt.date(ctx.ref.year, ctx.ref.month, 1), shift)
        try:
            candidates.append(points.day(base.replace(day=d)))
        except ValueError:
            continue
    return points.nearest(candidates, ctx.ref, ctx.tense, ctx.firm, ctx.settled)


def read_weekday_in_week(m: re.Match[str], ctx: Context) -> Result:
    """ "Monday last week", "Tuesday of next week", "a week ago Monday": that weekday in the week named."""
    wd = WEEKDAYS[m["weekday"].lower().rstrip(".")]
    if ctx.ref is None:
        return Reading("DATE", f"XXXX-WXX-{wd + 1}")
    if "rel" in m.re.groupindex and m["rel"]:
        weeks = {"last": -1, "next": 1, "this": 0}[m["rel"].lower()]
        monday = ctx.ref - dt.timedelta(days=ctx.ref.weekday()) + dt.timedelta(weeks=weeks)
        p = points.day(monday + dt.timedelta(days=wd))
    elif "plural" in m.re.groupindex:
        # "two Saturdays ago": the last Saturday is one Saturday ago.
        n = number(m["count"]) or 1
        p = points.day(weekday_point(wd, ctx.ref, "past", None).start - dt.timedelta(weeks=n - 1))
    else:
        n = number(m["count"]) or 1
        p = points.day(weekday_point(wd, ctx.ref, None, "past").start - dt.timedelta(weeks=n))
    return Reading("DATE", p.value, None, p)


def read_week_on(m: re.Match[str], ctx: Context) -> Result:
    """ "Tuesday week", "a week on Sunday", "a week tomorrow", "a fortnight on Friday" (British): the day named,
    counted ahead, and that many weeks after it."""
    if ctx.ref is None:
        return None
    word = (m["day"] or m["deictic"] or m["weekday"]).lower().rstrip(".")
    if word in ("today", "tomorrow"):
        base = ctx.ref + dt.timedelta(days=1 if word == "tomorrow" else 0)
    else:
        base = weekday_point(WEEKDAYS[word], ctx.ref, None, "future").start
    weeks = int(number(m["count"]) or 1) if m["count"] else 1
    if (m["unit"] or "").lower() == "fortnight":
        weeks *= 2
    p = points.day(base + dt.timedelta(weeks=weeks))
    return Reading("DATE", p.value, None, p)


def veto_week_on(m: re.Match[str], text: str) -> bool:
    """A past clause counts "a week on Monday" as a week's length from that Monday ("the ceasefire began a week on
    Monday"), and "Tuesday week" there is no plan either."""
    return lexical_tense(text, m.start(), m.end()) == "past"


def read_overnight_day(m: re.Match[str], ctx: Context) -> Result:
    """ "overnight Tuesday", "overnight on Sunday", "Saturday overnight" (wire style): the night of that day."""
    wd = WEEKDAYS[(m["day"] or m["weekday"]).lower().rstrip(".")]
    if ctx.ref is None:
        return Reading("TIME", f"XXXX-WXX-{wd + 1}TNI")
    p = weekday_point(wd, ctx.ref, None, ctx.tense)
    return Reading("TIME", f"{p.value}TNI", None, p)


def read_overnight_date(m: re.Match[str], ctx: Context) -> Result:
    """ "overnight on April 9", "overnight 9 April 2011": the night of that date."""
    d = ordinal(m["day"] or m["day2"])
    found = month_day(month_number(m["month"] or m["month2"]), d, year_number(m["year"]), ctx) if d and 1 <= d <= 31 else None
    if found is None or found.point is None:
        return None
    return Reading("TIME", f"{found.point.value}TNI", None, found.point)


def read_day_of_month(m: re.Match[str], ctx: Context) -> Result:
    """ "the last day of the month", "the first day of next month", "the 1st of next month", "the last day of June";
    "the first of the year", "the last day of next year" (only a year's first and last days are told so)."""
    if m["year_unit"]:
        n = ordinal(m["ord"])
        if n not in (1, -1):
            return None
        if ctx.ref is None:
            return Reading("DATE", None)
        y = ctx.ref.year + {"last": -1, "next": 1}.get((m["yrel"] or "").lower(), 0)
        p = points.day(dt.date(y, 1, 1) if n == 1 else dt.date(y, 12, 31))
        return Reading("DATE", p.value, None, p)
    if m["month"]:
        number = month_number(m["month"])
        year = year_number(m["year"])
        if year is None:
            if ctx.ref is None:
                return Reading("DATE", None)
            year = month_in_year(number, ctx.ref, ctx.tense, ctx.firm, ctx.settled).start.year
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
    """ "the morning of June 5", "the night of Friday 13 November", "the afternoon of Monday": a part of a day named by
    its date (in either order) or its weekday; "the night of the 14th": of that day of the month (``read_day_alone``)."""
    if m["aday"]:
        p = _day_alone(ordinal(m["aday"]), ctx)
        return Reading("TIME", f"{p.value}T{PART_CODES[m['part2'].lower()]}" if p else None, None, p)
    mod = {"early": "START", "late": "END"}.get((m["ppos"] or "").lower())
    if not (m["day"] or m["dday"]):
        if ctx.ref is None:
            return None
        p = weekday_point(WEEKDAYS[m["wday"].lower().rstrip(".")], ctx.ref, None, ctx.tense)
        return Reading("TIME", f"{p.value}T{PART_CODES[m['part'].lower()]}", mod, p)
    d = ordinal(m["day"] or m["dday"])
    found = month_day(month_number(m["month"] or m["dmonth"]), d or 1, year_number(m["year"]), ctx) if d else None
    if found is None or found.point is None:
        return None
    return Reading("TIME", f"{found.point.value}T{PART_CODES[m['part'].lower()]}", mod, found.point)


# Holidays, by how their day is found: a fixed (month, day); the nth weekday of a month (n, weekday, month; n = -1
# the last); days from Easter Sunday; days from (US) Thanksgiving; the US Election Day.
_FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "valentine's day": (2, 14), "halloween": (10, 31), "veterans day": (11, 11),
    "veterans' day": (11, 11), "boxing day": (12, 26), "st. patrick's day": (3, 17), "bastille day": (7, 14),
    "may day": (5, 1), "armistice day": (11, 11), "remembrance day": (11, 11), "independence day": (7, 4),
    "the fourth of july": (7, 4), "fourth of july": (7, 4), "april fools' day": (4, 1), "april fool's day": (4, 1), "groundhog day": (2, 2),
    "earth day": (4, 22), "juneteenth": (6, 19), "canada day": (7, 1), "inauguration day": (1, 20),
    "guy fawkes night": (11, 5), "bonfire night": (11, 5), "all saints' day": (11, 1), "all souls' day": (11, 2),
    "epiphany": (1, 6), "flag day": (6, 14), "st. george's day": (4, 23), "st. andrew's day": (11, 30),
    "st. david's day": (3, 1), "st. stephen's day": (12, 26), "australia day": (1, 26), "anzac day": (4, 25),
    "waitangi day": (2, 6),
}  # fmt: skip
_MOVING_HOLIDAYS = {
    "labor day": (1, 0, 9), "labour day": (1, 0, 9), "memorial day": (-1, 0, 5), "mother's day": (2, 6, 5),
    "father's day": (3, 6, 6), "martin luther king day": (3, 0, 1), "martin luther king jr. day": (3, 0, 1),
    "mlk day": (3, 0, 1), "presidents' day": (3, 0, 2), "presidents day": (3, 0, 2), "president's day": (3, 0, 2),
    "columbus day": (2, 0, 10), "remembrance sunday": (2, 6, 11),
}  # fmt: skip
_FROM_EASTER = {
    "easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1, "holy saturday": -1, "maundy thursday": -3,
    "holy thursday": -3, "palm sunday": -7, "ash wednesday": -46, "shrove tuesday": -47, "mardi gras": -47,
    "ascension day": 39, "pentecost": 49, "whit sunday": 49, "whit monday": 50, "mothering sunday": -21,
}  # fmt: skip
_FROM_THANKSGIVING = {"thanksgiving": 0, "thanksgiving day": 0, "black friday": 1, "cyber monday": 4}
_ELECTION_DAY = "election day"  # the Tuesday after the first Monday of November


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


def _nth_weekday(year: int, n: int, wd: int, month_: int) -> dt.date:
    if n == -1:
        last = points.month(year, month_).end
        return last - dt.timedelta(days=(last.weekday() - wd) % 7)
    first = dt.date(year, month_, 1)
    return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))


def holiday_date(name: str, year: int) -> dt.date | None:
    key = " ".join(name.lower().replace("’", "'").split()).removeprefix("the ")
    key = re.sub(r"^(?:st|saint)\.?\s", "st. ", key)  # "St Patrick's Day", "Saint Patrick's Day"
    if key in _FIXED_HOLIDAYS:
        month_, day_ = _FIXED_HOLIDAYS[key]
        return dt.date(year, month_, day_)
    if key in _MOVING_HOLIDAYS:
        return _nth_weekday(year, *_MOVING_HOLIDAYS[key])
    if key in _FROM_EASTER:
        return _easter(year) + dt.timedelta(days=_FROM_EASTER[key])
    if key in _FROM_THANKSGIVING:
        return _nth_weekday(year, 4, 3, 11) + dt.timedelta(days=_FROM_THANKSGIVING[key])
    if key == _ELECTION_DAY:
        return _nth_weekday(year, 1, 0, 11) + dt.timedelta(days=1)
    return None


def read_holiday(m: re.Match[str], ctx: Context) -> Result:
    """ "Christmas Day 2010", "last Christmas", "Thanksgiving": the day of the holiday.

    With a year, or "last"/"next"/"this", the day is placed; without them it is the nearest on the tense's side,
    placed (a TimePoint) only when the tense is given (``resolve``'s caller) or is a settled past: alone and
    untensed, "Christmas" may be last year's or this year's, and ``resolve`` leaves it unplaced (the contract's
    "Christmas").
    """
    year = year_number(m["year"])
    name = m["name"]
    rel = " ".join((m["rel"] or "").lower().split())
    if year is not None:
        d = holiday_date(name, year)
        p = points.day(d) if d else None
        return Reading("DATE", p.value if p else None, None, p)
    if ctx.ref is None:
        d = holiday_date(name, 2000)
        fixed = d is not None and holiday_date(name, 2001) == d.replace(year=2001)
        return Reading("DATE", f"XXXX-{d:%m-%d}" if d and fixed else None)
    ref = ctx.ref
    days = [points.day(d) for y in range(ref.year - 2, ref.year + 3) if (d := holiday_date(name, y)) is not None]
    if rel in ("last", "this past"):
        found = max((p for p in days if p.start < ref), key=lambda p: p.start, default=None)
    elif rel in ("next", "this coming"):
        found = min((p for p in days if p.start > ref), key=lambda p: p.start, default=None)
    elif rel == "this":
        found = next((p for p in days if p.start.year == ref.year), None)
    else:
        found = points.nearest(days, ref, ctx.tense, ctx.firm, ctx.settled)
    # a holiday in a settled past ("the truce began on Christmas Eve") is placed as a month and day would be, and so
    # dates what the story counts from it ("by the next morning")
    placed = found is not None and (bool(rel) or ctx.firm or ctx.settled)
    return Reading("DATE", found.value if found else None, None, found if placed else None, anchors=placed)


_NEAREST_SATURDAY = {0: -2, 1: -3, 2: 3, 3: 2, 4: 1, 5: 0, 6: -1}  # from a holiday's weekday to its weekend's Saturday


# Days history named once, as facts of the calendar: the name is that one day, whatever the publication day
# ("Black Monday" is the 1987 crash, not a coming Monday). Capitalised only, as written.
_HISTORIC_DAYS = {
    "Black Monday": "1987-10-19",
    "Black Tuesday": "1929-10-29",
    "Black Thursday": "1929-10-24",
    "D-Day": "1944-06-06",
    "V-E Day": "1945-05-08",
    "VE Day": "1945-05-08",
    "V-J Day": "1945-08-15",
    "VJ Day": "1945-08-15",
}
_HISTORIC_NAMES = "|".join(re.escape(n) for n in sorted(_HISTORIC_DAYS, key=len, reverse=True))


def read_historic_day(m: re.Match[str], ctx: Context) -> Result:
    """A day that history named ("Black Monday", "D-Day"): its one date, the time the story speaks of; "another Black
    Monday" is a day like it, no time."""
    if m["like"] or m["name"] not in _HISTORIC_DAYS:
        return None
    p = points.day(dt.date.fromisoformat(_HISTORIC_DAYS[m["name"]]))
    return Reading("DATE", p.value, None, p)


def read_holiday_part(m: re.Match[str], ctx: Context) -> Result:
    """ "Memorial Day weekend", "Thanksgiving weekend", "Christmas week", "Christmas morning", "election night": the
    holiday's weekend (the one it falls in or stands beside), its week, or a part of its day. "Every Christmas",
    "each Easter": a SET, on the holiday's month and day when they are fixed (XXXX-12-25), else once a year."""
    if m["every"]:
        d = holiday_date(m["name"], 2000)
        fixed = d is not None and holiday_date(m["name"], 2001) == d.replace(year=2001)
        return Reading("SET", f"XXXX-{d:%m-%d}" if d and fixed and not m["hpart"] else "P1Y")
    reading = read_holiday(m, ctx)
    part = (m["hpart"] or "").lower()
    if not part or not isinstance(reading, Reading) or reading.value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", reading.value):
        return reading
    day_ = dt.date.fromisoformat(reading.value)
    if part == "weekend":
        p = points.weekend(day_ + dt.timedelta(days=_NEAREST_SATURDAY[day_.weekday()]))
    elif part == "week":
        p = points.week(day_)
    else:
        return replace(reading, type="TIME", value=f"{reading.value}T{PART_CODES[part]}")
    return replace(reading, value=p.value, point=p if reading.point is not None else None)


def _name_rx(name: str) -> str:
    """A holiday's name as written: its first word capitalised, the others either way ("Christmas day"), "of"
    and "the" in lower case, any apostrophe, a saint's "St." with or without its stop or spelt out."""
    words = []
    for i, w in enumerate(name.split()):
        if w in ("of", "the"):
            words.append("[Tt]he" if i == 0 else w)
            continue
        if w == "st.":
            words.append(r"(?:St\.?|Saint)")  # "St. Patrick's Day", "St Patrick's Day", "Saint Patrick's Day"
            continue
        head = re.escape(w[0].upper()) if i == 0 else f"[{w[0].upper()}{w[0]}]"
        words.append(head + re.escape(w[1:]).replace("'", "['’]"))
    return r"\s+".join(words)


_ALL_HOLIDAYS = [*_FIXED_HOLIDAYS, *_MOVING_HOLIDAYS, *_FROM_EASTER, *_FROM_THANKSGIVING, _ELECTION_DAY]
# Capitalised only: "may day" is a modal and a noun.
_HOLIDAY_NAMES = "|".join(_name_rx(n) for n in sorted(_ALL_HOLIDAYS, key=len, reverse=True))
_HOLIDAY_KEYS = frozenset(
    [*(re.findall(r"[a-z]+", n.removeprefix("the "))[0] for n in _ALL_HOLIDAYS), "saint"]
)  # a key is a word as ``text_keys`` reads it


RULES: tuple[Rule, ...] = (
    Rule(
        "historic_day",
        # "another Black Monday", "a Black Monday": a day like it, no date (the match still holds the weekday back)
        re.compile(r"(?<![\w-])(?P<like>(?:another|a|an)\s+)?(?P<t>(?P<name>" + _HISTORIC_NAMES + r"))(?![\w-])", re.IGNORECASE),
        read_historic_day,
        keys=keys("black d-day day ve vj"),
    ),
    Rule(
        "holiday",
        rx(
            r"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his(?:\s+past|\s+coming)?)\s+|(?P<every>[Ee]very|[Ee]ach)\s+)?(?P<name>"
            + _HOLIDAY_NAMES
            + r")(?:\s+(?P<hpart>[Ww]eekend|[Ww]eek|[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight))?"
            + r"(?:,?\s+(?:of\s+)?(?P<year>(?:1[6-9]|20)\d{2}))?",
            0,
        ),
        read_holiday_part,
        keys=keys(_HOLIDAY_KEYS),
    ),
    Rule(
        "day_of_month",
        rx(
            # "the second of this month", "the twenty-third of next month": any day's ordinal, in words too
            anycase(r"the\s+(?:(?P<ord>last|final|" + ORDINAL_DAY + r"|(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))\s+(?:day\s+)?of\s+)")
            + r"(?:(?:the|this)\s+month|(?:the\s+)?(?P<rel>last|next|previous|following)\s+month|"
            # "the first of the year", "the last day of next year": its first or last day
            + r"(?P<year_unit>(?:the|this)\s+year|(?P<yrel>last|next)\s+year)(?![\w'’-])|"
            + month_rx()
            + r"(?:,?\s+(?P<year>(?:1[6-9]|20)\d{2}))?)",
            0,
        ),
        read_day_of_month,
        keys=keys("month year", MONTH_KEYS),
    ),
    Rule(
        "part_of_date",
        rx(
            # "the early morning hours of Tuesday", "the late evening of June 5": at the part's START or END
            anycase(r"the\s+(?:(?P<ppos>early|late)\s+)?(?P<part>morning|afternoon|evening|night)(?:\s+hours)?\s+of\s+")
            + r"(?:"
            + weekday_rx("wday")
            + r"(?:,?\s+(?="
            + month_rx("m2")
            + r"|\d))?)?(?:"
            + month_rx()
            + r"\s+"
            + day_rx()
            + r"|(?:the\s+)?"
            + day_rx("dday")
            + r"\s+(?:of\s+)?"
            + month_rx("dmonth")
            + r"|(?<=\w))"  # or the weekday alone
            + YEAR_TAIL
            # or a day of the month alone: "the night of the 14th"
            + r"|"
            + anycase(r"the\s+(?P<part2>morning|afternoon|evening|night)\s+of\s+the\s+")
            + r"(?P<aday>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?![\w-]|\s+(?:of|century|anniversary)\b)",
            0,
        ),
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
        "overnight_day",
        rx(anycase(r"overnight\s+(?:on\s+)?") + weekday_rx("day") + r"|" + weekday_rx() + anycase(r"\s+overnight"), 0),
        read_overnight_day,
        keys=keys("overnight"),
    ),
    Rule(
        "overnight_date",
        rx(
            anycase(r"overnight\s+(?:on\s+)?")
            + r"(?:"
            + month_rx()
            + r"\s+"
            + day_rx()
            + r"|"
            + day_rx("day2")
            + r"\s+(?:of\s+)?"
            + month_rx("month2")
            + r")"
            + r"(?!\s*(?:/|-|–|to\b|through\b|until\b)\s*\d)"  # "overnight on April 9/10": the range's
            + YEAR_TAIL,
            0,
        ),
        read_overnight_date,
        keys=keys("overnight"),
    ),
    Rule(
        "week_on",
        rx(
            anycase(r"(?P<count>a|one|two|three)\s+(?P<unit>week|fortnight)s?\s+(?:on\s+)?")
            + r"(?:"
            + weekday_rx("day")
            + r"|"
            + anycase(r"(?P<deictic>today|tomorrow)")
            + r")|"
            + weekday_rx()
            + r"\s+week(?!\s*(?:-|–|of|in|ending|ended|to|long|day|night|before|after)\b)",
            0,
        ),
        read_week_on,
        veto_week_on,
        keys=keys(WEEKDAY_KEYS, "today tomorrow"),
    ),
    Rule(
        "weeks_ago_weekday",
        rx(anycase(r"(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+weeks?\s+ago\s+") + weekday_rx(), 0),
        read_weekday_in_week,
        keys=keys(WEEKDAY_KEYS),
    ),
    Rule(
        "weekdays_ago",
        rx(anycase(r"(?P<count>two|three|four|five|six|[2-9])\s+") + weekday_rx() + r"(?P<plural>s)\s+ago", 0),
        read_weekday_in_week,
        keys=keys(WEEKDAY_KEYS),
    ),
    Rule(
        "week_of",
        # "the weekend of March 7-8", "the week of Oct. 23-27", "the weekend of Jan. 31-Feb. 1": that week's days
        rx(
            anycase(r"the\s+(?P<unit>week|weekend)\s+of\s+")
            + month_rx()
            + r"\s+"
            + day_rx()
            + r"(?:\s*[-–]\s*(?:"
            + month_rx("to")
            + r"\s+)?\d{1,2}(?!\d))?"
            + YEAR_TAIL,
            0,
        ),
        read_week_of,
        keys=keys("week weekend"),
    ),
    Rule(
        "nth_week",
        rx(
            anycase(r"(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+(?P<unit>week|weekend)\s+(?:of|in)\s+")
            + r"(?:"
            + month_rx()
            + r"(?:,?\s+(?P<year>(?:1[6-9]|20)\d{2}))?|"
            + anycase(r"(?:the|this)\s+month|(?P<rel>last|next)\s+month")
            + ")",
            0,
        ),
        read_nth_week,
        keys=keys("week weekend"),
    ),
    Rule(
        "day_alone",
        rx(
            anycase(r"(?:on|by|since|until|before|after)\s+")
            + r"(?P<t>[Tt]he\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)))(?!\s+(?:of|century|anniversary|day|time|floor|place|minute|round|inning|grade|amendment|street|avenue|largest|biggest))",
            0,
        ),
        read_day_alone,
        keys=keys("#d"),
    ),
    Rule(
        "day_alone_word",
        rx(
            anycase(r"(?:on|by|since|until|before|after)\s+")
            + r"(?P<t>[Tt]he\s+(?P<day>(?:thirty[\s-]first|thirtieth|twenty[\s-](?:first|second|third|fourth|fifth|sixth|seventh|"
            r"eighth|ninth)|twentieth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
            r"eighteenth|nineteenth)))(?=\s*(?:[.,;:!?)]|$|\s(?:and|or|at|when|of\s+(?:this|next|last|the)\s+month)\b))",
            0,
        ),
        read_day_alone,
        keys=keys(
            "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
            "twenty thirtieth thirty"
        ),
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
