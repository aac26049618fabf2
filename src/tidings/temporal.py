"""Time expressions: find them in text (``tag``) and place them on the calendar (``resolve``).

Resolution is relative to a reference date (the article's publication date)
and to the tense of the clause that governs the expression: a bare weekday in a
past clause is the most recent such day (the reference day itself when it is
that weekday), in a future clause the coming one; a month without a year is
the nearest one on the side the tense points to. Expressions that need an
anchor the text does not give ("the day before" with no earlier date) resolve
to None: a date is never guessed.

The module is pure Python (no spaCy): callers that have a parse pass the tense
of each expression through ``tense_of``; without it a small lexical heuristic
over the surrounding words decides.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from tidings.models import Tense, TimePoint, Timex, granularity_rank

__all__ = ["TimePoint", "Timex", "granularity_rank", "point_from_value", "resolve", "tag", "to_date"]

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(calendar.day_name):
    WEEKDAYS[_name.lower()] = _i
    WEEKDAYS[_name[:3].lower()] = _i
WEEKDAYS.update({"tues": 1, "wednes": 2, "thur": 3, "thurs": 3})

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "couple of": 2, "a couple of": 2, "hundred": 100, "a hundred": 100,
}  # fmt: skip

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|"
    r"Nov\.?|Dec\.?)"
)
_WEEKDAY = (
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Mon\.|Tues?\.?|Wed\.?|Thu(?:rs?)?\.?|Fri\.?|Sat\.|Sun\.)"
)
_NUM = (
    r"(?P<num>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|(?:a )?couple of)"
)
_UNIT = r"(?P<unit>day|week|month|year|decade|hour|minute)s?"
_PLURAL_UNIT = r"(?P<unit>day|week|month|year|decade|hour|minute)s"
_VAGUE = r"(?P<num>several|a few|few|many|some|a couple of|couple of)"
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
_APPROX = r"(?:(?P<approx>approximately|about|around|some|nearly|almost|roughly|more than|over|less than|just over|just under)\s+)?"
_DAYPART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

APPROX_WORDS = {
    "approximately",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "roughly",
    "more than",
    "over",
    "less than",
    "just over",
    "just under",
}
MOD_WORDS = {
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "less than": "LESS_THAN",
    "just under": "LESS_THAN",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
}
PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    type: str = "DATE"


def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + pattern + r"(?![\w-])", flags)


# Order matters only for ties: the longest match at a position wins.
RULES: tuple[_Rule, ...] = (
    _Rule("iso", _rx(r"(?P<year>(?:1[6-9]|20)\d{2})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)(?:T[\d:]+Z?)?")),
    _Rule("numeric", _rx(r"(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:1[6-9]|20)\d{2})")),
    _Rule(
        "weekday_mdy",
        _rx(_WEEKDAY + r",?\s+(?:\(\s*)?" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?\s*\)?"),
    ),
    _Rule(
        "weekday_dmy",
        _rx(_WEEKDAY + r",?\s+(?:\(\s*)?" + _DAY + r"\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\s*\)?"),
    ),
    _Rule("mdy", _rx(_MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?(?!\s*(?:%|percent))")),
    _Rule("dmy", _rx(r"(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?")),
    _Rule(
        "my", _rx(r"(?:(?P<pos>early|mid|late|the end of|the beginning of|the start of|the middle of)[\s-]+)?" + _MONTH + r",?\s+" + _YEAR)
    ),
    _Rule(
        "month",
        _rx(r"(?:(?P<rel>last|next|this|early|late|mid|in|since|until|till|through|by|from|before|after)[\s-]+)" + _MONTH, re.IGNORECASE),
    ),
    _Rule("weekday", _rx(r"(?:(?P<rel>last|next|this|on|coming|past)\s+)?" + _WEEKDAY + _DAYPART)),
    _Rule(
        "deictic",
        _rx(
            r"(?P<deictic>the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))"
        ),
    ),
    _Rule("rel_unit", _rx(r"(?P<rel>last|next|this|past|coming|previous|following)\s+(?P<unit>week|month|year|weekend|decade)")),
    _Rule("earlier_this", _rx(r"(?P<pos>earlier|later) (?:this|that) (?P<unit>week|month|year)")),
    _Rule("ago", _rx(_APPROX + _NUM + r"\s+" + _UNIT + r"\s+(?P<dir>ago|earlier|later|before|after|from now|hence)")),
    _Rule(
        "anchor_day",
        _rx(
            r"(?P<phrase>the (?:next|following|previous) day|the day before|the day after|that day|the same day|the next morning|that night)"
        ),
    ),
    _Rule("duration", _rx(_APPROX + _NUM + r"\s+" + _UNIT), "DURATION"),
    _Rule(
        "dur_hyphen",
        _rx(
            r"(?P<num>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty)-(?P<unit>day|week|month|year|hour|minute)(?:-long|-old)?"
        ),
        "DURATION",
    ),
    _Rule(
        "dur_span",
        _rx(
            r"(?:the\s+)?(?P<rel>past|last|next|coming|previous|following|first|final)\s+(?:(?P<num>"
            + _NUM[8:-1]
            + r"|several|few|many)\s+)?"
            + _PLURAL_UNIT
        ),
        "DURATION",
    ),
    _Rule("dur_vague", _rx(r"(?:(?:in|over)\s+)?(?:" + _VAGUE + r"\s+|recent\s+)" + _PLURAL_UNIT), "DURATION"),
    _Rule(
        "dur_bare",
        _rx(
            r"(?:(?P<prep>for|in|within|over|after|than|taking|take|takes|took)\s+"
            + _PLURAL_UNIT
            + r"|"
            + _PLURAL_UNIT.replace("unit", "unit2")
            + r"(?=\s+(?:before|after|later|earlier|ago)\b))"
        ),
        "DURATION",
    ),
    _Rule(
        "set",
        _rx(
            r"(?:(?:every|each)\s+(?:other\s+)?(?P<each>day|week|month|year|season|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<adv>annually|daily|weekly|monthly|yearly|hourly|nightly|biweekly))"
        ),
        "SET",
    ),
    _Rule(
        "season",
        _rx(r"(?:(?P<rel>last|this|next|early|late|mid|the)[\s-]+)?" + _SEASON + r"(?:\s+(?:of\s+)?(?P<year>(?:1[6-9]|20)\d{2}))?"),
    ),
    _Rule(
        "edge",
        _rx(
            r"(?:the\s+)?(?P<pos>end|beginning|start|middle|turn)\s+of\s+(?:(?:the|this)\s+|(?P<rel>last|next)\s+)?(?:(?P<unit>year|month|week|decade|century)|(?P<year>(?:1[6-9]|20)\d{2}))"
        ),
    ),
    _Rule(
        "part_of_year",
        _rx(
            r"(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?P<kind>half|quarter)"
            r"(?:\s+of\s+(?:(?P<year>(?:1[6-9]|20)\d{2})|(?:the\s+)?(?P<rel>this|last|next|the)\s+year))?"
        ),
    ),
    _Rule(
        "quarter_code",
        _rx(r"(?:(?P<kind>Q|H)(?P<n>[1-4])\s+(?P<year>(?:1[6-9]|20)\d{2})|(?P<year2>(?:1[6-9]|20)\d{2})\s+(?P<kind2>Q|H)(?P<n2>[1-4]))", 0),
    ),
    _Rule("fiscal", _rx(r"(?P<rel>this|last|next|the current)\s+fiscal\s+year")),
    _Rule(
        "clock",
        _rx(
            r"(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am|pm|AM|PM)(?:\s+(?P<tz>GMT|UTC|ET|EST|EDT|PT|BST|CET))?|(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)(?:\s+(?P<tz2>GMT|UTC|ET|EST|EDT|PT|BST|CET))?(?:\s+(?:on\s+)?"
            + _WEEKDAY
            + r")?"
        ),
        "TIME",
    ),
    _Rule("clock_duration", _rx(r"(?P<h>\d{1,2}):(?P<min>[0-5]\d):(?P<sec>[0-5]\d)"), "DURATION"),
    _Rule("century", _rx(r"(?:the\s+)?(?P<ord>\d{1,2})(?:st|nd|rd|th)[\s-]+[Cc]entury")),
    _Rule(
        "bare_year",
        re.compile(
            r"(?<![\w$€£#.,])(?<![A-Za-z]-)(?P<year>(?:1[89]|20)\d{2})(?![\w%]|[.,]\d|\s*(?:percent|per cent|people|troops|votes|km|miles|"
            r"kilometers|metres|meters|feet|tons|tonnes|dollars|euros|pounds|children|students|workers|members|men|women|"
            r"deaths|cases|units|points|seats|jobs)\b)"
        ),
    ),
    _Rule(
        "bare_month", _rx(r"(?P<month>January|February|April|June|July|August|September|October|November|December|March|May)(?!\s+\d)", 0)
    ),
    _Rule("decade", _rx(r"(?:the\s+)?(?:(?P<pos>early|mid|late)[\s-]+)?(?P<dec>(?:1[6-9]|20)\d0)'?s")),
    _Rule(
        "year", _rx(r"(?:(?P<prep>in|since|until|by|during|of|from|early|late|mid|before|after|throughout)[\s-]+)" + _YEAR + r"(?![,.]?\d)")
    ),
    _Rule(
        "present",
        _rx(r"(?P<ref>now|currently|at present|nowadays|at the moment|recently|in the past|in the future|the future)"),
    ),
)

_TENSE_FUTURE = re.compile(
    r"\b(will|shall|'ll|going to|scheduled|slated|expected to|plans? to|planning to|set to|"
    r"is to|are to|due to|would travel|upcoming|next)\b",
    re.IGNORECASE,
)


def to_date(value: str | dt.date | None) -> dt.date | None:
    """Parse ``YYYY-MM-DD`` (or a date) into a date; None passes through."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _day(d: dt.date, approximate: bool = False) -> TimePoint:
    return TimePoint(d.isoformat(), d, d, "day", approximate)


def _month(year: int, month: int, approximate: bool = False) -> TimePoint:
    last = calendar.monthrange(year, month)[1]
    return TimePoint(f"{year:04d}-{month:02d}", dt.date(year, month, 1), dt.date(year, month, last), "month", approximate)


def _year(year: int, approximate: bool = False) -> TimePoint:
    return TimePoint(f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), "year", approximate)


def _week(d: dt.date, approximate: bool = False) -> TimePoint:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return TimePoint(f"{iso[0]:04d}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6), "week", approximate)


def _decade(dec: int, approximate: bool = False) -> TimePoint:
    return TimePoint(f"{dec // 10:03d}", dt.date(dec, 1, 1), dt.date(dec + 9, 12, 31), "decade", approximate)


def point_from_value(value: str | None) -> TimePoint | None:
    """Rebuild a TimePoint from a TIMEX3 value (day, week, month, quarter, year, decade)."""
    if not value:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return _day(dt.date.fromisoformat(value))
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            return _week(dt.date.fromisocalendar(int(m[1]), int(m[2]), 1))
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            return _month(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            q = int(m[2])
            start = dt.date(int(m[1]), 3 * q - 2, 1)
            end = _month(int(m[1]), 3 * q).end
            return TimePoint(value, start, end, "quarter")
        if m := re.fullmatch(r"(\d{4})-H([12])", value):
            h = int(m[2])
            return TimePoint(value, dt.date(int(m[1]), 6 * h - 5, 1), _month(int(m[1]), 6 * h).end, "half")
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            return _season(int(m[1]), m[2])
        if re.fullmatch(r"\d{4}", value):
            return _year(int(value))
        if re.fullmatch(r"\d{3}", value):
            return _decade(int(value) * 10)
    except ValueError:
        return None
    return None


def _add_months(d: dt.date, months: int) -> dt.date:
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def _num(word: str) -> int | None:
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _weekday_point(weekday: int, ref: dt.date, rel: str | None, tense: Tense | None) -> TimePoint:
    rel = (rel or "").lower()
    if rel in ("last", "past"):
        # "last Thursday" in a Friday story is the Thursday of the week before:
        # the day before would be "Thursday" or "yesterday".
        delta = (ref.weekday() - weekday) % 7 or 7
        if delta <= 1:
            delta += 7
        return _day(ref - dt.timedelta(days=delta))
    if rel in ("next", "coming"):
        delta = (weekday - ref.weekday()) % 7 or 7
        return _day(ref + dt.timedelta(days=delta))
    if rel == "this":
        return _day(ref + dt.timedelta(days=weekday - ref.weekday()))
    if tense == "future":
        delta = (weekday - ref.weekday()) % 7
        return _day(ref + dt.timedelta(days=delta))
    delta = (ref.weekday() - weekday) % 7
    return _day(ref - dt.timedelta(days=delta))


def _month_day(month: int, day: int, year: int | None, ref: dt.date, tense: Tense | None) -> TimePoint | None:
    if year is not None:
        try:
            return _day(dt.date(year, month, day))
        except ValueError:
            return None
    candidates = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if tense == "future":
        after = [c for c in candidates if c >= ref]
        return _day(min(after)) if after else None
    if tense == "past":
        before = [c for c in candidates if c <= ref]
        return _day(max(before)) if before else None
    return _day(min(candidates, key=lambda c: abs((c - ref).days)))


def _bare_month(month: int, ref: dt.date, tense: Tense | None, rel: str | None) -> TimePoint:
    rel = (rel or "").lower()
    if rel == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif rel == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif rel == "this" or month == ref.month:
        year = ref.year
    elif tense == "future" or rel in ("until", "till", "through", "by", "before"):
        year = ref.year if month >= ref.month else ref.year + 1
    elif tense == "past" or rel == "since":
        year = ref.year if month <= ref.month else ref.year - 1
    else:
        # Unknown tense: the nearest occurrence.
        back = (ref.month - month) % 12
        fwd = (month - ref.month) % 12
        year = (
            ref.year
            if (month <= ref.month and back <= fwd) or (month > ref.month and fwd < back)
            else (ref.year - 1 if back <= fwd else ref.year + 1)
        )
    return _month(year, month)


def _shift(ref: dt.date, n: int, unit: str, sign: int, approximate: bool) -> TimePoint:
    if unit == "day":
        return _day(ref + dt.timedelta(days=sign * n), approximate)
    if unit == "week":
        return _week(ref + dt.timedelta(weeks=sign * n), approximate)
    if unit == "month":
        d = _add_months(ref, sign * n)
        return _month(d.year, d.month, approximate)
    if unit == "decade":
        return _decade(((ref.year + sign * 10 * n) // 10) * 10, approximate)
    return _year(ref.year + sign * n, approximate)


def _interpret(
    rule: _Rule,
    m: re.Match[str],
    ref: dt.date | None,
    tense: Tense | None,
    anchor: dt.date | None,
) -> tuple[str, str | None, str | None, TimePoint | None]:
    """Return (type, value, mod, point) for one match."""
    g = m.groupdict()
    name = rule.name
    if name == "iso":
        try:
            p = _day(dt.date(int(g["year"]), int(g["mnum"]), int(g["day"])))
        except ValueError:
            return "DATE", None, None, None
        return "DATE", p.value, None, p
    if name == "numeric":
        a, b, numeric_year = int(g["a"]), int(g["b"]), int(g["year"])
        # Day first unless impossible (international usage), month first when a > 12 is impossible.
        for day, month in ((a, b), (b, a)) if a > 12 or b <= 12 else ((b, a),):
            try:
                numeric = _day(dt.date(numeric_year, month, day))
                return "DATE", numeric.value, None, numeric
            except ValueError:
                continue
        return "DATE", None, None, None
    if name in ("weekday_mdy", "weekday_dmy", "mdy", "dmy"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        day = int(g["day"])
        year = int(g["year"]) if g.get("year") else None
        if year is None and ref is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", None, None
        found = _month_day(month, day, year, ref or dt.date(year or 1, 1, 1), tense) if ref or year else None
        return "DATE", found.value if found else None, None, found
    if name == "my":
        month = MONTHS[g["month"].lower().rstrip(".")]
        p = _month(int(g["year"]), month)
        mod = _position_mod(g.get("pos"))
        return "DATE", p.value, mod, p
    if name == "month":
        rel = (g.get("rel") or "").lower()
        month = MONTHS[g["month"].lower().rstrip(".")]
        if ref is None:
            return "DATE", f"XXXX-{month:02d}", None, None
        p = _bare_month(month, ref, tense, rel)
        return "DATE", p.value, _position_mod(rel), p
    if name == "weekday":
        wd = WEEKDAYS[g["weekday"].lower().rstrip(".")]
        if ref is None:
            return "DATE", f"XXXX-WXX-{wd + 1}", None, None
        p = _weekday_point(wd, ref, g.get("rel"), tense)
        part = g.get("part")
        if part:
            return "TIME", f"{p.value}T{PART_CODES[part.lower()]}", None, p
        return "DATE", p.value, None, p
    if name == "deictic":
        if ref is None:
            return "DATE", None, None, None
        word = g["deictic"].lower()
        offsets = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1,
                   "the day before yesterday": -2, "the day after tomorrow": 2}  # fmt: skip
        if word.startswith("this "):
            p = _day(ref)
            return "TIME", f"{p.value}T{PART_CODES[word.split()[1]]}", None, p
        p = _day(ref + dt.timedelta(days=offsets[word]))
        if word in ("tonight", "last night"):
            return "TIME", f"{p.value}TNI", None, p
        return "DATE", p.value, None, p
    if name == "rel_unit":
        if ref is None:
            return "DATE", None, None, None
        rel, unit = g["rel"].lower(), g["unit"].lower()
        sign = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(rel, 0)
        if unit == "weekend":
            sat = ref + dt.timedelta(days=(5 - ref.weekday()) % 7 + (7 * sign if sign > 0 else 0))
            if sign < 0:
                sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7 or 7)
            return "DATE", f"{_week(sat).value}-WE", None, TimePoint(f"{_week(sat).value}-WE", sat, sat + dt.timedelta(days=1), "week")
        if unit == "decade" and sign:
            return "DURATION", "P10Y", None, None  # "the next decade": the coming ten years
        p = _shift(ref, 1 if sign else 0, unit, sign or 1, False)
        return "DATE", p.value, None, p
    if name == "earlier_this":
        if ref is None:
            return "DATE", None, None, None
        p = _shift(ref, 0, g["unit"].lower(), 1, False)
        return "DATE", p.value, None, p
    if name == "ago":
        n = _num(g["num"])
        unit = g["unit"].lower()
        direction = g["dir"].lower()
        approx_word = (g.get("approx") or "").lower()
        approximate = approx_word in APPROX_WORDS
        mod = MOD_WORDS.get(approx_word) or ("APPROX" if approximate else None)
        if n is None:
            return "DATE", None, mod, None
        if direction in ("ago", "from now", "hence"):
            base = ref
        elif (direction in ("before", "after") and re.match(r"\s*[A-Za-z(]", m.string[m.end() :])) or (
            direction in ("earlier", "later") and re.match(r"\s+than\b", m.string[m.end() :])
        ):
            # "five days before the election": relative to an event we cannot date.
            base = None
        else:
            base = anchor
        if base is None:
            return "DATE", None, mod, None
        sign = -1 if direction in ("ago", "earlier", "before") else 1
        p = _shift(base, n, unit, sign, approximate)
        return "DATE", p.value, mod, p
    if name == "anchor_day":
        phrase = g["phrase"].lower()
        if anchor is None or phrase in ("that day", "the same day", "that night"):
            if anchor is not None:
                p = _day(anchor)
                return "DATE", p.value, None, p
            return "DATE", None, None, None
        sign = -1 if ("previous" in phrase or "before" in phrase) else 1
        p = _day(anchor + dt.timedelta(days=sign))
        return "DATE", p.value, None, p
    if name == "duration":
        n = _num(g["num"])
        unit = g["unit"].lower()
        approx_word = (g.get("approx") or "").lower()
        mod = MOD_WORDS.get(approx_word) or ("APPROX" if approx_word in APPROX_WORDS else None)
        return "DURATION", _duration_value(n, unit), mod, None
    if name in ("dur_hyphen", "dur_span", "dur_vague", "dur_bare"):
        n = _num(g.get("num") or "")
        unit = (g.get("unit") or g.get("unit2") or "day").lower()
        return "DURATION", _duration_value(n, unit), None, None
    if name == "clock_duration":
        return "DURATION", f"PT{int(g['h'])}H{int(g['min'])}M{int(g['sec'])}S", None, None
    if name == "set":
        each = (g.get("each") or "").lower()
        adv = (g.get("adv") or "").lower()
        if adv:
            code = {
                "annually": "P1Y",
                "yearly": "P1Y",
                "daily": "P1D",
                "nightly": "P1D",
                "weekly": "P1W",
                "biweekly": "P2W",
                "monthly": "P1M",
                "hourly": "PT1H",
            }[adv]
            return "SET", code, None, None
        if each in PART_CODES:
            return "SET", f"XXXX-XX-XXT{PART_CODES[each]}", None, None
        if each in WEEKDAYS:
            return "SET", f"XXXX-WXX-{WEEKDAYS[each] + 1}", None, None
        if each in SEASON_CODES:
            return "SET", f"XXXX-{SEASON_CODES[each]}", None, None
        return (
            "SET",
            {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "weekend": "XXXX-WXX-WE", "season": "XXXX-XX"}.get(each, "P1D"),
            None,
            None,
        )
    if name == "season":
        rel = (g.get("rel") or "").lower()
        code = SEASON_CODES[g["season"].lower()]
        if g.get("year"):
            year = int(g["year"])
        elif ref is None:
            return "DATE", f"XXXX-{code}", None, None
        elif rel == "last":
            year = ref.year - 1
        elif rel == "next":
            year = ref.year + 1
        else:
            year = ref.year
        return "DATE", f"{year:04d}-{code}", _position_mod(rel), _season(year, code)
    if name == "edge":
        mod = _position_mod({"end": "late", "beginning": "early", "start": "early", "middle": "mid", "turn": "late"}[g["pos"].lower()])
        if g.get("year"):
            yp = _year(int(g["year"]))
            return "DATE", yp.value, mod, yp
        if ref is None:
            return "DATE", None, mod, None
        unit = (g.get("unit") or "year").lower()
        shift = {"last": -1, "next": 1}.get((g.get("rel") or "").lower(), 0)
        if unit == "century":
            c = ref.year // 100 + shift
            return "DATE", f"{c:02d}", mod, TimePoint(f"{c:02d}", dt.date(c * 100, 1, 1), dt.date(c * 100 + 99, 12, 31), "century")
        ep = _shift(ref, abs(shift), unit, -1 if shift < 0 else 1, False)
        return "DATE", ep.value, mod, ep
    if name == "part_of_year":
        kind = g["kind"].lower()
        count = 2 if kind == "half" else 4
        ordinal = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": count, "last": count}[
            g["ord"].lower()
        ]
        if ordinal > count:
            return "DATE", None, None, None
        if g.get("year"):
            year = int(g["year"])
        elif ref is None:
            return "DATE", f"XXXX-{kind[0].upper()}{ordinal}", None, None
        else:
            year = ref.year + {"last": -1, "next": 1}.get((g.get("rel") or "").lower(), 0)
        part = point_from_value(f"{year:04d}-{kind[0].upper()}{ordinal}")
        return "DATE", part.value if part else None, None, part
    if name == "quarter_code":
        kind = g.get("kind") or g.get("kind2") or "Q"
        n = int(g.get("n") or g.get("n2") or 1)
        quarter = point_from_value(f"{int(g.get('year') or g.get('year2') or 0):04d}-{kind}{n}")
        return "DATE", quarter.value if quarter else None, None, quarter
    if name == "fiscal":
        if ref is None:
            return "DATE", None, "APPROX", None
        shift = {"last": -1, "next": 1}.get(g["rel"].lower(), 0)
        fp = _year(ref.year + shift, True)
        return "DATE", fp.value, "APPROX", fp
    if name == "clock":
        hour = int(g.get("h") or g.get("h2") or 0)
        minute = int(g.get("min") or g.get("min2") or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        on: dt.date | None = ref
        if g.get("weekday") and ref is not None:
            on = _weekday_point(WEEKDAYS[g["weekday"].lower().rstrip(".")], ref, None, tense).start
        clock = f"T{hour:02d}:{minute:02d}"
        if on is None:
            return "TIME", f"XXXX-XX-XX{clock}", None, None
        return "TIME", f"{on.isoformat()}{clock}", None, _day(on)
    if name == "century":
        c = int(g["ord"]) - 1
        return "DATE", f"{c:02d}", None, TimePoint(f"{c:02d}", dt.date(max(c * 100, 1), 1, 1), dt.date(c * 100 + 99, 12, 31), "century")
    if name == "bare_year":
        yp = _year(int(g["year"]))
        return "DATE", yp.value, None, yp
    if name == "bare_month":
        month = MONTHS[g["month"].lower()]
        if ref is None:
            return "DATE", f"XXXX-{month:02d}", None, None
        mp = _bare_month(month, ref, tense, None)
        return "DATE", mp.value, None, mp
    if name == "decade":
        dec = int(g["dec"])
        decade = _decade(dec) if dec % 10 == 0 else None
        return "DATE", decade.value if decade else None, _position_mod(g.get("pos")), decade
    if name == "year":
        p = _year(int(g["year"]))
        return "DATE", p.value, _position_mod(g.get("prep")), p
    if name == "present":
        word = g["ref"].lower()
        if word in ("recently", "in the past") or word.startswith("in recent"):
            return "DATE", "PAST_REF", None, None
        if word in ("in the future", "soon"):
            return "DATE", "FUTURE_REF", None, None
        return "DATE", "PRESENT_REF", None, None
    return "DATE", None, None, None


SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _season(year: int, code: str) -> TimePoint:
    first, last = _SEASON_MONTHS[code]
    end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
    return TimePoint(f"{year:04d}-{code}", dt.date(year, first, 1), _month(end_year, end_month).end, "season")


def _duration_value(n: int | None, unit: str) -> str:
    if unit in ("hour", "minute", "second"):
        return f"PT{n if n is not None else 'X'}{unit[0].upper()}"
    if unit == "decade":
        return f"P{n * 10}Y" if n is not None else "PXDE"
    return f"P{n if n is not None else 'X'}{unit[0].upper()}"


def _position_mod(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower()
    if word in ("early", "the beginning of", "the start of"):
        return "START"
    if word in ("mid", "the middle of"):
        return "MID"
    if word in ("late", "the end of"):
        return "END"
    if word == "before":
        return "BEFORE"
    if word in ("after", "since"):
        return "AFTER"
    return None


def _strip_preposition(rule: _Rule, m: re.Match[str]) -> tuple[int, int]:
    """Offsets of the expression without a leading preposition ("on Monday" -> "Monday")."""
    start, end = m.span()
    text = m.group(0)
    lead = re.match(r"(?:on|in|since|until|till|through|by|during|of|from|before|after|throughout)\s+", text, re.IGNORECASE)
    if lead and rule.name in ("weekday", "month", "year"):
        start += lead.end()
    if rule.name in ("dur_bare", "dur_vague") and m.groupdict().get("unit"):
        # "for years", "in recent weeks": the expression is the unit phrase, not the preposition.
        lead2 = re.match(r"(?:for|in|within|over|after|than|taking|take|takes|took)\s+", text, re.IGNORECASE)
        if lead2:
            start += lead2.end()
    return start, end


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“A-Z])|\n")


def _lexical_tense(text: str, start: int, end: int) -> Tense | None:
    """Tense from the words around an expression, for callers without a parse."""
    window = text[max(0, start - 200) : start]
    cut = [m.end() for m in _SENTENCE_END.finditer(window)]
    before = window[cut[-1] :] if cut else window
    stop = _SENTENCE_END.search(text, end)
    after = text[end : stop.start() if stop else len(text)][:60]
    if _TENSE_FUTURE.search(before[-50:]) or re.match(r"\s*(?:will|would)\b", after):
        return "future"
    if re.search(r"\b(?:until|till|through|postponed to|delayed to|moved to)\s+$", before):
        return "future"
    if re.search(r"\b(?:is|are)\s+(?:\w+\s+){0,2}$", before):
        return None  # "the vote is in May": the nearest one
    return "past"


def _candidates(text: str) -> list[tuple[int, int, _Rule, re.Match[str]]]:
    found: list[tuple[int, int, _Rule, re.Match[str]]] = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            if _is_false_positive(rule, m, text):
                continue
            found.append((m.start(), m.end(), rule, m))
    # The longest expression wins an overlap ("November 2019" over "in November").
    found.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen: list[tuple[int, int, _Rule, re.Match[str]]] = []
    for cand in found:
        if all(cand[1] <= c[0] or cand[0] >= c[1] for c in chosen):
            chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _is_false_positive(rule: _Rule, m: re.Match[str], text: str) -> bool:
    g = m.groupdict()
    if rule.name in ("month", "mdy", "my") and g.get("month"):
        word = g["month"]
        # "may" the modal verb and "march" the verb are not months.
        if word.lower() == "may" and not word[0].isupper():
            return True
        if word.lower() in ("march", "mar") and not word[0].isupper():
            return True
        if word.lower() == "may" and rule.name == "month" and (g.get("rel") or "").lower() == "in":
            nxt = text[m.end() : m.end() + 12]
            if re.match(r"\s+(?:be|have|not|also)\b", nxt):
                return True
    if rule.name == "weekday" and g.get("weekday"):
        w = g["weekday"]
        if not w[0].isupper():
            return True
        if w.lower().rstrip(".") in ("sun", "sat", "mon", "wed") and not w.endswith("."):
            return True
    if rule.name in ("mdy", "dmy") and g.get("day") and not 1 <= int(g["day"]) <= 31:
        return True
    if rule.name == "mdy" and g.get("month", "")[0:1].islower():
        return True
    if rule.name == "dmy" and g.get("month", "")[0:1].islower():
        return True
    if rule.name in ("duration", "dur_hyphen", "dur_vague") and (
        re.search(r"\b(?:ages?|aged)\s+(?:of\s+)?$", text[max(0, m.start() - 12) : m.start()], re.IGNORECASE)
        or re.match(r"(?:-|\s+)old\b", text[m.end() : m.end() + 6])
        or m.group(0).endswith("-old")
    ):
        return True  # an age ("children ages 6 months and older", "a 58-year-old"), not a time
    if rule.name == "bare_month" and g["month"] in ("May", "March"):
        before = text[max(0, m.start() - 3) : m.start()]
        if not before.strip() or before.rstrip().endswith((".", "!", "?", '"')):
            return True  # sentence-initial "May" is the verb
    if rule.name == "season" and not (g.get("rel") or g.get("year")):
        return True  # "fall" and "spring" are verbs too: only "last summer", "the winter", "summer 2019"
    if rule.name == "duration":
        # "a month of fighting" is a duration, but "a day" as in "one day" in idioms is rare noise.
        num = (g.get("num") or "").lower()
        if num in ("a", "an") and text[m.end() : m.end() + 3] == " of":
            return False
    return False


def _split_relative(text: str, m: re.Match[str]) -> list[Timex]:
    n = _num(m["num"])
    approx_word = (m.group("approx") or "").lower()
    mod = MOD_WORDS.get(approx_word) or ("APPROX" if approx_word in APPROX_WORDS else None)
    start = m.start("num")
    end = m.end("unit") + (1 if text[m.end("unit") : m.end("unit") + 1] == "s" else 0)
    out = [Timex(start, end, text[start:end], "DURATION", _duration_value(n, m["unit"].lower()), mod, None)]
    if m["dir"].lower() == "from now":
        now = m.end() - 3
        out.append(Timex(now, m.end(), text[now : m.end()], "DATE", "PRESENT_REF", None, None))
    return out


def tag(
    text: str,
    reference: str | dt.date | None,
    tense_of: Callable[[int, int], Tense | None] | None = None,
) -> list[Timex]:
    """Find the time expressions of ``text`` and normalise them against ``reference``.

    ``tense_of(start, end)`` gives the tense of the clause that governs the
    expression at those offsets (None: unknown); without it a lexical
    heuristic is used. Expressions relative to the narrative ("a day
    earlier", "two days later") are resolved against the last day-precise
    date before them, or left unresolved.
    """
    ref = to_date(reference)
    out: list[Timex] = []
    anchor: dt.date | None = None
    for start, end, rule, m in _candidates(text):
        tense = tense_of(start, end) if tense_of else _lexical_tense(text, start, end)
        if tense is None:
            tense = _lexical_tense(text, start, end)
        ttype, value, mod, point = _interpret(rule, m, ref, tense, anchor)
        if rule.name == "ago" and (m["dir"].lower() in ("from now", "hence") or (point is None and m["dir"].lower() != "ago")):
            # TimeML: "a month earlier" with no date to count from, and "eight years from now",
            # are a duration (and "now"), not a date.
            out.extend(_split_relative(text, m))
            continue
        s, e = _strip_preposition(rule, m)
        out.append(Timex(s, e, text[s:e], ttype, value, mod, point))  # type: ignore[arg-type]
        if point is not None and point.granularity == "day" and rule.name not in ("deictic",):
            anchor = point.start
    return out


def resolve(
    expression: str,
    reference: str | dt.date | None,
    tense: Tense | None = None,
    anchor: str | dt.date | None = None,
) -> TimePoint | None:
    """Place one time expression on the calendar, or return None.

    >>> resolve("last Thursday", "2018-02-02").value
    '2018-01-25'
    >>> resolve("Monday", "2018-02-02", tense="future").value
    '2018-02-05'
    """
    ref = to_date(reference)
    expr = " ".join(expression.split())
    anchor_date = to_date(anchor)
    # A range: "March 15-20", "from Monday to Wednesday", "January 2020 - March 2021".
    rng = re.fullmatch(r"(?:from\s+)?(.+?)\s*(?:-|–|to|until|through)\s*(.+)", expr, re.IGNORECASE)
    best = _resolve_one(expr, ref, tense, anchor_date)
    if best is not None:
        return best
    if rng:
        left, right = rng.group(1), rng.group(2)
        if re.fullmatch(r"\d{1,2}", right.strip()) and (lm := re.fullmatch(_MONTH + r"\s+(\d{1,2})", left, re.IGNORECASE)):
            right = f"{lm.group('month')} {right}"
        a = _resolve_one(left, ref, tense, anchor_date)
        b = _resolve_one(right, ref, tense, anchor_date)
        if a is not None and b is not None:
            return replace(a, end=b.end, end_point=b)
    return None


def _resolve_one(expr: str, ref: dt.date | None, tense: Tense | None, anchor: dt.date | None) -> TimePoint | None:
    for rule in RULES:
        for m in rule.pattern.finditer(expr):
            pre = expr[: m.start()].strip().lower()
            post = expr[m.end() :].strip(" .,;").lower()
            if post or pre not in ("", "on", "in", "since", "until", "by", "during", "at", "the"):
                continue
            if _is_false_positive(rule, m, expr):
                continue
            ttype, _value, _mod, point = _interpret(rule, m, ref, tense, anchor)
            if ttype in ("DATE", "TIME") and point is not None:
                return point
            return None
    return None
