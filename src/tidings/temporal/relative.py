"""Rules for expressions relative to the reference date or to a time named before them.

Deictic words ("yesterday", "tonight"), units around the reference ("last
week", "the following year"), offsets ("three months ago", "a year earlier",
"two days later"), days and parts of days anchored on the narrative ("the next
day", "in the evening"), and the
TIMEX3 references PRESENT_REF, PAST_REF and FUTURE_REF ("now", "recently",
"the future").

Offsets count from the reference date when they say so ("ago") and from the
last time the text named otherwise ("a year earlier" than the quarter just
reported is the year-earlier quarter). With nothing to count from, a
comparison ("a month earlier than usual") or an event ("five days before the
election") leaves only the quantity, tagged as a DURATION.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from tidings.models import TimePoint
from tidings.temporal import points
from tidings.temporal.context import Context, Reading, Result, Rule, keys, lexical_tense, rx, sentence_bounds
from tidings.temporal.dates import weekday_point
from tidings.temporal.periods import quarter_by_tense
from tidings.temporal.values import QUANTITY_WORDS, duration, position_mod, quantity_mod
from tidings.temporal.words import AND_A_HALF, COUNT, PART_CODES, UNIT, UNIT_CODES, VAGUE, WEEKDAY, WEEKDAY_NAMES, WEEKDAYS, number, unit_of

# -- deictic words -------------------------------------------------------------

_DEICTIC_OFFSETS = {
    "yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1, "the day before yesterday": -2,
    "the day after tomorrow": 2, "this morning": 0, "this afternoon": 0, "this evening": 0, "overnight": 0, "last evening": -1,
}  # fmt: skip
_GENERIC_TODAY = re.compile(
    r"['’]s\s+(?:world|society|standards|economy|generation|youth|young|children|kids|market|markets|environment|"
    r"climate|technology|computers|music|culture|politics|media|America|Europe|China|Russia|Africa|workplace|students|"
    r"families|parents|terms|dollars|prices)\b"
)

# "today" that closes a comparison is the present age, not the day: "faster than can be done today", "cheaper than
# they are today" ("higher yesterday than today" compares two days: no comparative before "than").
_TODAY_COMPARED = re.compile(
    r"\b(?!(?:rather|other|whether|either|neither|never|ever|over|under|after|later|earlier|sooner)\b)"
    r"(?:[a-z]{2,}er|more|less|fewer|better|worse)(?:\s+(?:still|even|yet|[a-z]+ly))?\s+than(?:\s+[\w'’]+){0,5}\s+$",
    re.IGNORECASE,
)


# "today" that opens a comparison with an earlier age is the present age too: "computers are cheaper today than in
# 1980", "more people vote today than a decade ago", "the town is richer today than it was" ("higher today than
# yesterday" compares two days: only a time of years, "ever" or a past verb after "than" make it an age).
_TODAY_THAN_AGE = re.compile(
    r"\s+than\s+(?:(?:it|they|he|she|we|you|there|this|that)\s+(?:was|were|had|did|used)\b|"
    r"(?:in|during|at)\s+(?:the\s+)?(?:(?:1[5-9]|20)\d0s|['’]\d0s|(?:1[5-9]|20)\d{2}\b|past\b|\d{1,2}(?:st|nd|rd|th)\s+century)|"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|\d+|several|a\s+few|many)\s+"
    r"(?:decades?|years?|generations?|centur(?:y|ies))\s+ago\b|ever\b|at\s+any\s+(?:time|point)\b|before\b)",
    re.IGNORECASE,
)


# "today" of an age, by its place in the noun phrase, told in the present: a share of today's kind ("many of today's
# computers use", "most of today's voters are") or a thing "of today" closing its phrase ("the Russia of today is", "the
# youth of today are"); in the past or the future the day ("most of today's trading was light", "the events of today
# shocked").
_SHARE_OF_TODAYS = re.compile(r"\b(?:many|most|some|all|much|few|none|half|each|any)\s+of\s+$", re.IGNORECASE)
_OF_TODAY = re.compile(r"\bthe\s+[A-Za-z]+\s+of\s+$", re.IGNORECASE)
# "today's" before the people of an age, told in the present, is the present age ("today's consumers are more careful",
# "today's young voters expect"); in the past or the future it is the day's ("today's buyers snapped up shares").
_TODAYS_PEOPLE = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:consumers|investors|voters|workers|managers|executives|employees|employers|buyers|shoppers|"
    r"customers|users|teachers|doctors|leaders|politicians|readers|viewers|listeners|audiences|farmers|women|men|people|"
    r"teenagers|adults|citizens|businesses|companies|firms|corporations|consumer|investor|voter|worker)\b"
)
# "even today", "still today" in the present set the present age against the past ("even today the town is poor");
# in the past a day's deed ("even today he refused to comment").
_EVEN_TODAY = re.compile(r"\b(?:even|still)\s+$", re.IGNORECASE)


def _generic_today(m: re.Match[str], ctx: Context) -> bool:
    """Whether "today" names the present age (PRESENT_REF), not the reference day: before a noun of an age ("today's
    world"), closing a comparison ("faster than can be done today") or opening one with an earlier age ("cheaper today
    than in 1980"), in a share of today's kind or a thing "of today" told in the present."""
    before = ctx.text[max(0, m.start() - 60) : m.start()]
    after = ctx.text[m.end() : m.end() + 2]
    if _GENERIC_TODAY.match(ctx.text, m.end()) or _TODAY_COMPARED.search(before):
        return True
    if _TODAY_THAN_AGE.match(ctx.text, m.end()):
        return True
    if ctx.tense is not None:
        return False  # past or future: a day's events ("most of today's session will be closed")
    if _TODAYS_PEOPLE.match(ctx.text, m.end()):
        return True
    if _EVEN_TODAY.search(before):
        return True  # "even today the town is poor", "still today many believe it": the present age, against the past
    if after[:1] in ("'", "’") and _SHARE_OF_TODAYS.search(before):
        return True
    return not after[:1].isalnum() and after[:1] not in ("'", "’") and _OF_TODAY.search(before) is not None


# "overnight" as a manner, "all at once": after a verb of change ("won't happen overnight", "cannot be done
# overnight") or before a noun of sudden fame ("an overnight success").
_SUDDEN_BEFORE = re.compile(
    r"\b(?:happen(?:s|ed)?|chang(?:e|es|ed)|done|solved|fixed|cured|transformed|disappear(?:s|ed)?|vanish(?:es|ed)?|"
    r"become|became|turned\s+around|built|achieved|won)\s+$",
    re.IGNORECASE,
)
_SUDDEN_AFTER = re.compile(r"\s+(?:success|successes|sensation|celebrity|star|millionaires?|billionaires?)\b", re.IGNORECASE)


def read_deictic(m: re.Match[str], ctx: Context) -> Result:
    word = " ".join(m["word"].lower().split())
    if word == "today" and _generic_today(m, ctx):
        return Reading("DATE", "PRESENT_REF", None, None, anchors=False)
    if ctx.ref is None:
        return Reading("DATE", None)
    if word == "overnight" and (
        _SUDDEN_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()) or _SUDDEN_AFTER.match(ctx.text, m.end())
    ):
        return None  # "it will not change overnight", "an overnight success": suddenly, no night
    if word == "overnight" and re.match(r"\s+on\s+(?:[A-Z]|\d)", ctx.text[m.end() : m.end() + 8]):
        return None  # "overnight on April 9/10": the night of the date after, not the report's
    p = points.day(ctx.ref + dt.timedelta(days=_DEICTIC_OFFSETS[word]))
    part = (m["part"] or "").lower() or {"tonight": "night", "last night": "night", "overnight": "night", "last evening": "evening"}.get(
        word, ""
    )
    if word.startswith("this "):
        part = word.split()[1]
    if m["ppart"] or m["noon"]:
        part = (m["ppart"] or "noon").lower()  # "late afternoon yesterday", "mid-morning today", "midday Monday"
    pos = "early" if m["hours"] else (m["pos"] or m["pos2"] or "").lower()
    mod = {"early": "START", "late": "END", "earlier": "START", "later": "END", "mid": "MID"}.get(pos)
    if pos == "mid":
        mod = None  # "mid-afternoon" is the afternoon
    if part:
        return Reading("TIME", f"{p.value}T{PART_CODES[part]}", mod, p, anchors=word != "today")
    return Reading("DATE", p.value, mod, p, anchors=word not in ("today", "tonight"))


# -- units around the reference or the narrative --------------------------------

_SIGNS = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1, "next": 1, "coming": 1, "following": 1,
    "ensuing": 1, "this": 0, "current": 0, "present": 0, "same": 0, "that": 0, "this past": -1, "this coming": 1,
    "latest": -1, "most recent": -1,
}  # fmt: skip
_NARRATIVE = ("previous", "preceding", "prior", "following", "ensuing", "same", "that")


def _unit_base(ctx: Context, rel: str, unit: str) -> dt.date | None:
    """The date a relative unit counts from: the last time named for "the following year", else the reference."""
    if rel in _NARRATIVE and ctx.memory.point is not None:
        anchor = ctx.memory.point
        if points.rank(anchor.granularity) >= points.rank(unit) or (unit == "weekend" and anchor.granularity == "day"):
            return anchor.start
        return None
    if rel in ("same", "that"):
        return None
    return ctx.ref


_RESULTS_AFTER = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:loss|losses|profit|profits|earnings|results|net|sales|revenue|revenues|income|charges?|figures)\b",
    re.IGNORECASE,
)


def read_rel_unit(m: re.Match[str], ctx: Context) -> Result:
    rel = " ".join(m["rel"].lower().split()).replace("that same", "same")
    if rel == "next" and m.group(0)[:4].lower() == "the " and ctx.memory.point is not None:
        rel = "following"  # "the next year", after a year the story named, is the year after it
    unit = " ".join(m["unit"].lower().split()).replace("fiscal year", "year").replace("calendar year", "year")
    sign = _SIGNS[rel]
    if unit == "decade" and sign > 0 and m.group(0)[:4].lower() == "the ":
        return Reading("DURATION", "P10Y")  # "over the next decade": the coming ten years; "next decade" the decade
    if unit == "fortnight":
        return Reading("DURATION", "P2W")  # "the past fortnight", "the next fortnight": two weeks, no calendar unit
    period = ctx.memory.period
    reported = period is not None and ctx.ref is not None and period.end < ctx.ref
    if rel == "this" and unit == "quarter" and reported and period is not None and _RESULTS_AFTER.match(ctx.text, m.end()):
        # "This quarter's loss includes charges", after the quarter just reported: that quarter.
        return Reading("DATE", period.value, None, period, anchors=False)
    base = _unit_base(ctx, rel, unit)
    if base is None:
        return Reading("DATE", None)
    if unit == "weekend":
        saturday = base + dt.timedelta(days=(5 - base.weekday()) % 7)
        if sign > 0 and rel not in _NARRATIVE and rel not in ("coming", "this coming"):
            # "next weekend" on a weekday is the one after this week's; "the following weekend" the first after.
            saturday += dt.timedelta(days=7 if base.weekday() < 5 else 0)
        elif sign > 0 and base.weekday() >= 5:
            saturday += dt.timedelta(days=7)
        elif sign < 0:
            # "last weekend": the one before the weekend under way (on a Sunday, not yesterday's).
            saturday = base - dt.timedelta(days=(base.weekday() - 5) % 7 + (7 if base.weekday() >= 5 else 0))
        elif base.weekday() == 6:
            saturday = base - dt.timedelta(days=1)  # "this weekend" on a Sunday: the one under way, not the next
        p = points.weekend(saturday)
        return Reading("DATE", p.value, None, p)
    if unit == "half":
        d = points.add_months(base, 6 * sign)
        p = points.half(d.year, 1 if d.month < 7 else 2)
    else:
        p = points.shift(base, sign, unit)
    return Reading("DATE", p.value, None, p)


def read_new_year(m: re.Match[str], ctx: Context) -> Result:
    """ "in the new year": the year about to begin (late in a year) or just begun (in its first quarter)."""
    if ctx.ref is None:
        return Reading("DATE", None)
    p = points.year(ctx.ref.year + (0 if ctx.ref.month <= 3 else 1))
    return Reading("DATE", p.value, None, p)


def read_the_weekend(m: re.Match[str], ctx: Context) -> Result:
    """ "over the weekend", "the holiday weekend": the last weekend (the reference's own when it is one), the next in a
    future clause."""
    if ctx.ref is None:
        return Reading("DATE", None)
    ref = ctx.ref
    if ctx.tense == "future":
        saturday = ref + dt.timedelta(days=(5 - ref.weekday()) % 7)
    else:
        saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
    p = points.weekend(saturday)
    return Reading("DATE", p.value, None, p)


def read_this_time(m: re.Match[str], ctx: Context) -> Result:
    """ "this time last year", "the same time a year ago": the reference day a year back (a week, a month);
    "this time tomorrow" the next day."""
    if ctx.ref is None:
        return Reading("DATE", None)
    if m["dd"]:
        p = points.day(ctx.ref + dt.timedelta(days=1 if m["dd"].lower() == "tomorrow" else -1))
        return Reading("DATE", p.value, None, p)
    sign = 1 if m["rel"] and m["rel"].lower() == "next" else -1
    unit = (m["unit"] or m["ago_unit"]).lower()
    if unit == "week":
        p = points.day(ctx.ref + dt.timedelta(weeks=sign))
    else:
        p = points.day(points.add_months(ctx.ref, sign * (12 if unit == "year" else 1)))
    return Reading("DATE", p.value, None, p)


def read_unit_after_next(m: re.Match[str], ctx: Context) -> Result:
    """ "the week after next" (two weeks on), "the year before last" (two years back)."""
    if ctx.ref is None:
        return Reading("DATE", None)
    unit = m["unit"].lower()
    sign = 2 if m["dir"].lower().startswith("after") else -2
    if unit.capitalize() in WEEKDAY_NAMES:
        # "the Monday before last": the one before the last Monday; "the Friday after next" the one after the next.
        p = weekday_point(WEEKDAYS[unit], ctx.ref, "last" if sign < 0 else "next", None)
        p = points.day(p.start + dt.timedelta(days=7 if sign > 0 else -7))
        return Reading("DATE", p.value, None, p)
    if unit == "weekend":
        if sign < 0:  # the Saturday before last weekend's
            saturday = ctx.ref - dt.timedelta(days=((ctx.ref.weekday() - 5) % 7 or 7) + 7)
        else:  # the Saturday after next weekend's
            saturday = ctx.ref + dt.timedelta(days=(5 - ctx.ref.weekday()) % 7 + 14)
        p = points.weekend(saturday)
        return Reading("DATE", p.value, None, p)
    if unit in ("night", "day"):
        p = points.day(ctx.ref + dt.timedelta(days=sign))
        if unit == "night":
            return Reading("TIME", f"{p.value}TNI", None, p)
    else:
        p = points.shift(ctx.ref, sign, unit)
    return Reading("DATE", p.value, None, p)


def read_from_day(m: re.Match[str], ctx: Context) -> Result:
    """ "a week from today", "two days from Monday": a day counted from another."""
    n, unit = _count(m)
    if ctx.ref is None or n is None or unit not in ("day", "week", "month", "year") or points.too_far(n, unit):
        return Reading("DATE", None)
    word = m["from"].lower().rstrip(".")
    if word in _DEICTIC_OFFSETS:
        base = ctx.ref + dt.timedelta(days=_DEICTIC_OFFSETS[word])
    else:
        base = weekday_point(WEEKDAYS[word], ctx.ref, None, "future").start
    if unit in ("day", "week"):
        p = points.day(base + dt.timedelta(days=n * (7 if unit == "week" else 1)))
    else:
        p = points.day(points.add_months(base, int(n) * (12 if unit == "year" else 1)))
    return Reading("DATE", p.value, quantity_mod(m["q"]), p)


def read_within_unit(m: re.Match[str], ctx: Context) -> Result:
    """ "earlier this year" (START), "later this month" (END), "late last week", "earlier in the year", "mid-next
    year" (MID). "earlier"/"later" stay inside the extent, as "early"/"late" do: they place the time within the unit,
    which TIMEX3 writes as the mod, and TimeBank tags "earlier this year" whole."""
    pos = (m["pos"] or m["mid"]).lower()
    mod = "START" if pos in ("earlier", "early") else "MID" if pos == "mid" else "END"
    rel = (m["rel"] or "this").lower()
    unit = m["unit"].lower()
    if unit == "day":
        # "later that day" is the day the story named last; "later in the day" the day the sentence (or the one
        # before) named ("walked a tightrope Friday. Early in the day, ..."), else today.
        left, _right = sentence_bounds(ctx.text, ctx.start, ctx.end)
        named = ctx.memory.day if ctx.memory.day is not None and ctx.memory.day_at >= left - 200 else None
        day = ctx.memory.day if rel == "that" else named or ctx.ref
        if day is None or rel in ("last", "next"):
            return Reading("DATE", None, mod)
        p = points.day(day)
        return Reading("DATE", p.value, mod, p)
    if unit == "quarter" and m["rel"] is None:
        # "sales rose late in the quarter": the quarter the story reports, as "the quarter" alone reads it, not the
        # reference's own quarter (which in October has barely begun)
        quarter = _story_quarter(ctx)
        return Reading("DATE", quarter.value if quarter else None, mod, quarter)
    base = ctx.memory.point.start if rel == "that" and ctx.memory.point is not None else ctx.ref
    if base is None or (rel == "that" and ctx.memory.point is not None and points.rank(ctx.memory.point.granularity) < points.rank(unit)):
        return Reading("DATE", None, mod)
    p = points.shift(base, {"last": -1, "next": 1}.get(rel, 0), unit)
    return Reading("DATE", p.value, mod, p)


def _story_quarter(ctx: Context) -> TimePoint | None:
    """The quarter a business story reports: one named before (``Context.reported_period``), else in the future the
    reference's own quarter and otherwise the last quarter ended before the reference (``periods.quarter_by_tense``,
    as "the quarter" reads)."""
    period = ctx.reported_period()
    if period is not None and period.granularity == "quarter":
        return period
    return quarter_by_tense(ctx)


# -- offsets: ago, earlier, later --------------------------------------------------


def _count(m: re.Match[str]) -> tuple[float | None, str]:
    n = 1.0 if m["count"].lower() == "the" else number(m["count"])  # "the year earlier": one year
    if m.groupdict().get("or2") or m.groupdict().get("lo"):
        n = None  # "a year or two ago", "two or three days later": a few of the unit
    if n is not None and m["half"]:
        n += 0.5  # "a minute and a half"
    unit = unit_of(m["unit"])
    if unit == "fortnight":
        n, unit = (n * 2 if n is not None else None), "week"
    if n is not None and n != int(n) and unit in ("decade", "century"):
        n, unit = n * (10 if unit == "decade" else 100), "year"  # "half a century ago": fifty years
    if n is not None and n != int(n):
        smaller = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24), "hour": ("minute", 60)}
        if unit in smaller:
            small, per = smaller[unit]
            return n * per, small
    return n, unit


def _offset_point(base: dt.date, n: float, unit: str, approximate: bool) -> TimePoint | None:
    if unit in ("hour", "minute", "second"):
        # "two hours ago": the reference has no clock, so the day it falls on; "48 hours later" two days on.
        return points.day(base + dt.timedelta(days=int(n / 24)) if unit == "hour" else base, approximate)
    if unit == "week":
        return points.day(base + dt.timedelta(weeks=n), approximate)  # "two weeks ago" is a day in TimeBank
    if unit == "night":
        unit = "day"
    if unit in ("decade", "century"):
        # "a decade ago" is ten years back, a year; not the decade before this one.
        return points.year(base.year + int(n) * (10 if unit == "decade" else 100), approximate)
    return points.shift(base, int(n), unit, approximate)


def _split(m: re.Match[str], ctx: Context, mod: str | None) -> Result:
    """No date to count from: the quantity alone is a DURATION ("Two days later" -> "Two days")."""
    n, unit = _count(m)
    end = m.end("or2") if m.groupdict().get("or2") else m.end("half") if m["half"] else m.end("unit")
    start = m.start("lo") if m.groupdict().get("lo") else m.start("count")
    return Reading("DURATION", duration(n, unit), mod, None, (start, end))


_MONTHS_IN = {"month": 1, "year": 12, "decade": 120, "century": 1200}  # "a decade ago today" is ten years back


def read_ago(m: re.Match[str], ctx: Context) -> Result:
    n, unit = _count(m)
    mod = quantity_mod(m["q"]) or ("APPROX" if m["orso"] else None)
    if ctx.ref is None:
        return Reading("DATE", None, mod)
    if n is None or points.too_far(n, unit):
        if n is None and unit == "year" and re.match(r"(?:a\s+)?few$", m["count"].lower()):
            return Reading("DATE", f"{(ctx.ref.year - 3) // 10:03d}X", mod)  # "a few years ago": 199X
        return Reading("DATE", "PAST_REF", mod, anchors=False)
    if m["within"] and unit in _MONTHS_IN and n == int(n):
        # "a year ago this month", "two years ago last week", "a decade ago this week": that week or month, the count back.
        inner = points.shift(ctx.ref, -1 if m["within"].lower() == "last" else 0, m["inner"].lower())
        moved = points.at(inner.granularity, points.add_months(inner.start + dt.timedelta(days=3), -int(n) * _MONTHS_IN[unit]))
        return Reading("DATE", moved.value, mod, moved)
    reading = _ago_plain(m, ctx, n, unit, mod)
    if m["within"]:
        # "three days ago this week": the week is only where the days fall; the time is the days back.
        return replace(reading, span=(m.start(), len(ctx.text[: m.start("within")].rstrip())))
    return reading


def _ago_plain(m: re.Match[str], ctx: Context, n: float, unit: str, mod: str | None) -> Reading:
    assert ctx.ref is not None
    if m["today"]:
        # "a year ago today": that day, a year back.
        base = ctx.ref + dt.timedelta(days=_DEICTIC_OFFSETS[m["today"].strip().lower()])
        moved = points.at("day", points.add_months(base, -int(n) * _MONTHS_IN.get(unit, 0)))
        if unit in ("day", "week"):
            moved = points.day(base - dt.timedelta(days=n * (7 if unit == "week" else 1)))
        return Reading("DATE", moved.value, mod, moved)
    if unit in ("hour", "minute") and ctx.clock is not None:
        # "two hours ago" when the story's time of day is known: that clock time (TIMEX3 TIME), maybe the day before.
        then = ctx.clock - dt.timedelta(**{f"{unit}s": n})
        return Reading("TIME", then.strftime("%Y-%m-%dT%H:%M"), mod, points.day(then.date()))
    period = ctx.reported_period()
    if unit == "year" and n == 1 and period is not None:
        p = points.move(period, -1, "year")  # "net of $1.1 million a year ago": the year-ago quarter
        if p is not None:
            return Reading("DATE", p.value, mod, p, anchors=False)
    p = _offset_point(ctx.ref, -n, unit, mod is not None)
    if p is None:
        return Reading("DATE", None, mod)
    return Reading("DATE", p.value, mod, p)


def read_vague_ago(m: re.Match[str], ctx: Context) -> Result:
    """ "just days ago", "months ago", "weeks back": TimeBank tags the words with "ago" and gives them the vague
    duration they count back (PXM), where a counted vague quantity ("several years ago") is PAST_REF."""
    unit = {"centuries": "century", "millennia": "millennium"}.get(m["unit"].lower(), m["unit"].lower().removesuffix("s"))
    return Reading("DURATION", duration(None, unit), None, None, anchors=False)


# "before"/"after" followed by anything that goes on the clause ("after the vote", "after protests", "after he
# left", "after March 3") names what the offset counts from: with no date for it, the quantity alone is the time.
_EVENT_AFTER = re.compile(r"[^\S\n]*[\w$\"“‘(]")


def read_offset(m: re.Match[str], ctx: Context) -> Result:
    """ "a year earlier", "two days later", "three weeks before the vote"."""
    direction = m["dir"].lower()
    mod = quantity_mod(m["q"]) or ("APPROX" if m["orso"] else None)
    following = ctx.text[m.end() : m.end() + 30]
    if direction == "ahead":
        # "a week ahead of the vote", "two days ahead of March 20": the quantity before an event or a date, as
        # "before"; hours ahead are a clock's lead ("Tokyo is nine hours ahead of London"), no time
        return None if _count(m)[1] in ("hour", "minute", "second") else _split(m, ctx, mod)
    if direction in ("before", "after", "prior") and _EVENT_AFTER.match(following):
        return _split(m, ctx, mod)  # before an event we cannot date
    if direction in ("earlier", "later") and re.match(r"\s+than\b", following):
        return _split(m, ctx, mod)  # a comparison: "a month earlier than usual"
    n, unit = _count(m)
    if n is None or ctx.ref is None or points.too_far(n, unit):
        return _split(m, ctx, mod)
    sign = -1 if direction in ("earlier", "before", "prior", "previously", "beforehand") else 1
    period = ctx.reported_period()
    if unit == "year" and period is not None and n == int(n):
        p = points.move(period, sign * int(n), "year")
        if p is not None:
            return Reading("DATE", p.value, mod, p, anchors=False)
    if unit in ("hour", "minute", "second"):
        # "less than three hours earlier": counted from the last day named; a coarser time ("in September") has no
        # hours to count from.
        hours = _offset_point(ctx.memory.day, sign * n, unit, mod is not None) if ctx.memory.day is not None else None
        return _split(m, ctx, mod) if hours is None else Reading("DATE", hours.value, mod, hours)
    if unit in ("day", "week", "night") and ctx.memory.day is not None:
        p = points.day(ctx.memory.day + dt.timedelta(days=sign * n * (7 if unit == "week" else 1)))
        return Reading("DATE", p.value, mod, p)
    anchor = ctx.memory.point
    if anchor is not None and points.rank(anchor.granularity) >= points.rank(unit):
        found = _offset_point(anchor.start, sign * n, unit, mod is not None)
        if found is not None:
            return Reading("DATE", found.value, mod, found)
    if sign < 0 and unit in ("month", "quarter", "year", "decade"):
        found = _offset_point(ctx.ref, -n, unit, mod is not None)  # "than a year earlier": the reference's past
        if found is not None:
            return Reading("DATE", found.value, mod, found, anchors=False)
    return _split(m, ctx, mod)


def read_from_now(m: re.Match[str], ctx: Context) -> Result:
    """ "eight years from now": a DURATION and "now" (TimeML tags both)."""
    mod = quantity_mod(m["q"])
    first = _split(m, ctx, mod)
    assert isinstance(first, Reading)
    if m["dir"].lower() == "hence":
        return first
    now = (m.end() - 3, m.end())
    return (first, Reading("DATE", "PRESENT_REF", None, None, now, anchors=False))


# -- days anchored on the narrative -------------------------------------------------


# A date and "the day before ..." in apposition: only a comma, a semicolon or a dash between them.
_APPOSED = re.compile(r"\s*[,;:–—-]?\s*")
# The event after "the day after": up to three lower-case words after "the", the last its head ("the stock market plunge").
_EVENT_NOUN = re.compile(r"\s+the\s+((?:[a-z]+(?:-[a-z]+)?\s+){0,2}[a-z]+(?:-[a-z]+)?)\b(?![\w'’-])")
_NOT_EVENT_WORDS = frozenset(
    ("was", "were", "is", "are", "had", "has", "have", "and", "or", "but", "in", "on", "at", "of", "to", "for", "by", "with",
     "the", "a", "an", "he", "she", "they", "it", "we", "as", "when", "after", "before", "that", "which", "who")
)  # fmt: skip


def _event_dated(ctx: Context, at: int) -> bool:
    """Whether the event after "the day after"/"the night before" at ``at`` ("the election") was named in the sentence
    that dated the story's last day ("The election was held on May 9."): that day is the event's."""
    m = _EVENT_NOUN.match(ctx.text, at)
    if m is None or ctx.memory.day_at < 0:
        return False
    words: list[str] = []
    for w in m.group(1).split():
        if w in _NOT_EVENT_WORDS:
            break
        words.append(w)
    if not words or unit_of(words[-1]) in UNIT_CODES:
        return False  # "the day after the weekend": a time, read by another rule
    left, right = sentence_bounds(ctx.text, ctx.memory.day_at - 1, ctx.memory.day_at)
    right = min(right, ctx.start)
    return re.search(r"\b" + re.escape(words[-1]) + r"\b", ctx.text[left:right], re.IGNORECASE) is not None


def _undated_day(ctx: Context, part: str, mod: str | None = None, span: tuple[int, int] | None = None) -> Reading:
    """A day (or a part of one) the text does not date: "the day before Roth was pulled over", "the next day" with
    no day named. TIMEX3 writes X for what the text leaves open and keeps what it gives, so in a story set in a year
    it named before (its last date within one year: "last July", "the third quarter of 2018") the value is that
    year's unknown day, "2012-XX-XX"; with no such year, no value. It dates nothing after it."""
    last = ctx.memory.point
    if last is None or last.start.year != last.end.year:
        return Reading("TIME" if part else "DATE", None, mod, None, span, anchors=False)
    value = f"{last.start.year:04d}-XX-XX"
    if part:
        return Reading("TIME", f"{value}T{PART_CODES[part]}", mod, None, span, anchors=False)
    return Reading("DATE", value, mod, None, span, anchors=False)


def read_anchored_day(m: re.Match[str], ctx: Context) -> Result:
    phrase = " ".join(m["phrase"].lower().split())
    day = ctx.memory.day
    words = phrase.split()
    part = next((w for w in words if w in ("morning", "afternoon", "evening", "night")), "")
    sign = -1 if any(w in ("previous", "preceding", "before", "prior") for w in words) else 1
    if any(w in ("that", "same") for w in words):
        sign = 0
    if re.fullmatch(r"the \w+ (?:before|after|prior)", phrase) and re.match(r"\s+[A-Za-z]", ctx.text[m.end() :]):
        # "Oct. 12, the day before the stock market plunge": the day is the date it stands beside; "the day after the
        # election", when the sentence that dated the last day named the election, the day after that one; else a
        # day (or a morning) the text does not date.
        span = (m.start(), m.start() + len(m.group(0).rsplit(None, 1)[0]))
        beside = day is not None and ctx.memory.day_at >= 0 and _APPOSED.fullmatch(ctx.text, ctx.memory.day_at, m.start())
        if beside and day is not None and not part:
            p = points.day(day)
            return Reading("DATE", p.value, None, p, span)
        if day is not None and _event_dated(ctx, m.end()):
            p = points.day(day + dt.timedelta(days=sign))
            return Reading("TIME", f"{p.value}T{PART_CODES[part]}", None, p, span) if part else Reading("DATE", p.value, None, p, span)
        return _undated_day(ctx, part, None, span)
    mod = {"early": "START", "late": "END"}.get((m["pos"] or "").lower())  # "late that night"
    if day is None:
        # "the next day" in a story set in a named year; "that day" with no day named is left without a value (and
        # untagged, ``tagger``): as often the generic day of an event ("redemptions that day") as an anaphor
        return Reading("TIME" if part else "DATE", None, mod) if sign == 0 else _undated_day(ctx, part, mod)
    p = points.day(day + dt.timedelta(days=sign))
    if part:
        return Reading("TIME", f"{p.value}T{PART_CODES[part]}", mod, p)
    return Reading("DATE", p.value, mod, p)


def _day_of_part(ctx: Context) -> dt.date | None:
    """The day a part of a day belongs to: the day the sentence (or the one before) named, else the reference day;
    None in a clause that looks ahead with no day named."""
    left, _right = sentence_bounds(ctx.text, ctx.start, ctx.end)
    if ctx.memory.day is not None and ctx.memory.day_at >= left - 200:
        return ctx.memory.day
    return None if ctx.ref is None or ctx.tense == "future" else ctx.ref


def read_part_of_the_day(m: re.Match[str], ctx: Context) -> Result:
    """ "(left) in the evening", "during the night": that part of the day the sentence (or the one before) named, else
    of the reference day; in a clause that looks ahead, with no day named, no time is known and none is tagged."""
    day = _day_of_part(ctx)
    if day is None:
        return None
    p = points.day(day)
    mod = position_mod(m["pos"] or m["pos2"])
    part = (m["part"] or m["part2"]).lower()
    span = m.span("t2") if m["t2"] else None  # "by evening": the preposition is no part of the time
    return Reading("TIME", f"{p.value}T{PART_CODES[part]}", mod, p, span, anchors=False)


def read_lunchtime(m: re.Match[str], ctx: Context) -> Result:
    """ "at lunchtime", "by lunchtime": the middle of the day (TIMEX3 part of the day MI, as "midday"), of the day the
    sentence (or the one before) named, else of the reference day, as ``read_part_of_the_day`` places a part."""
    day = _day_of_part(ctx)
    if day is None:
        return None
    p = points.day(day)
    return Reading("TIME", f"{p.value}T{PART_CODES['midday']}", None, p, anchors=False)


def read_part_within(m: re.Match[str], ctx: Context) -> Result:
    """ "in the middle of the night" (MID), "for the rest of the afternoon": that part of the day the sentence (or the
    one before) named, else of the reference day, as ``read_part_of_the_day`` places it."""
    day = _day_of_part(ctx)
    if day is None:
        return None
    p = points.day(day)
    part = (m["part"] or m["part2"]).lower()
    span = m.span("t2") if m["t2"] else None
    return Reading("TIME", f"{p.value}T{PART_CODES[part]}", "MID" if m["mid"] else None, p, span, anchors=False)


def read_edge_of_the_day(m: re.Match[str], ctx: Context) -> Result:
    """ "by the end of the day", "until the close of that day": the day the sentence (or the one before) named, else
    the reference day, at its END (START, MID). Only after a preposition of a limit: "at the end of the day" is as
    often "in the end"."""
    left, _right = sentence_bounds(ctx.text, ctx.start, ctx.end)
    day = ctx.memory.day if ctx.memory.day is not None and ctx.memory.day_at >= left - 200 else ctx.ref
    if day is None:
        return Reading("DATE", None, None, None, m.span("t"))
    p = points.day(day)
    return Reading("DATE", p.value, position_mod(f"the {m['pos'].lower()} of"), p, m.span("t"), anchors=False)


def read_through_the_day(m: re.Match[str], ctx: Context) -> Result:
    """ "throughout the day", "during the day", "for most of the day": the day the sentence (or the one before) named,
    else the reference day; the extent is "the day" (the preposition and the quantifier are outside it). With no day
    named and no tense ("he sleeps during the day"), a habit: no time."""
    left, _right = sentence_bounds(ctx.text, ctx.start, ctx.end)
    day = ctx.memory.day if ctx.memory.day is not None and ctx.memory.day_at >= left - 200 else None
    if day is None and ctx.tense is None:
        return None
    day = day or ctx.ref
    if day is None:
        return Reading("DATE", None, None, None, m.span("t"))
    p = points.day(day)
    return Reading("DATE", p.value, None, p, m.span("t"), anchors=False)


def read_anchored_unit(m: re.Match[str], ctx: Context) -> Result:
    """ "the year before", "the week after": the unit before or after the time the story named last. Before an
    event ("the year before the war") the unit counts from what the text does not date: no expression."""
    if re.match(r"[^\S\n]*[\w$\"“‘(]", ctx.text[m.end() :]):
        return None
    anchor = ctx.memory.point
    unit = m["unit"].lower()
    sign = -1 if m["dir"].lower() == "before" else 1
    if unit in WEEKDAYS or unit == "weekend":
        # "the Friday before", "the weekend after": counted from the last day the story named.
        day = ctx.memory.day
        if day is None:
            return Reading("DATE", None)
        wd = WEEKDAYS.get(unit, 5)
        step = (day.weekday() - wd) % 7 or 7 if sign < 0 else (wd - day.weekday()) % 7 or 7
        found = day + dt.timedelta(days=sign * step)
        if unit == "weekend" and sign < 0 and found + dt.timedelta(days=1) >= day:
            found -= dt.timedelta(days=7)  # the weekend before a Sunday is the one before its own
        p = points.weekend(found) if unit == "weekend" else points.day(found)
        return Reading("DATE", p.value, None, p)
    if anchor is None or points.rank(anchor.granularity) < points.rank(unit):
        return Reading("DATE", None)
    p = points.shift(anchor.start, sign, unit)
    return Reading("DATE", p.value, None, p)


# -- PRESENT_REF, PAST_REF, FUTURE_REF ------------------------------------------------


def read_present(m: re.Match[str], ctx: Context) -> Result:
    return Reading("DATE", "PRESENT_REF", None, None, anchors=False)


def veto_now(m: re.Match[str], text: str) -> bool:
    """ "Now for the weather" and "Now then" are discourse markers, not the present."""
    word = m.group(0)
    return word == "Now" and re.match(r"\s*(?:for\b|then\b|and\b)", text[m.end() :]) is not None


def read_then(m: re.Match[str], ctx: Context) -> Result:
    """ "terminate on Nov. 30. Until then, ...", "by then": "then" is the time the story named just before (TimeML
    tags it with that time's value); with no time named close before it, it is left alone."""
    point = ctx.memory.point
    if point is None or not 0 <= ctx.start - ctx.memory.point_span[1] <= _THEN_REACH:
        return None
    return Reading("DATE", point.value, None, point)


_THEN_REACH = 250  # characters back to the time "then" points to: its own sentence or the one before


def read_elided_last(m: re.Match[str], ctx: Context) -> Result:
    """ "twice as high a dividend this year as last", "more this month than last": "last" stands for the unit just
    named, the one before the reference's."""
    if ctx.ref is None:
        return Reading("DATE", None)
    p = points.shift(ctx.ref, -1, m["unit"].lower())
    return Reading("DATE", p.value, None, p)


def read_past(m: re.Match[str], ctx: Context) -> Result:
    return Reading("DATE", "PAST_REF", None, None, anchors=False)


def read_future(m: re.Match[str], ctx: Context) -> Result:
    return Reading("DATE", "FUTURE_REF", None, None, anchors=False)


def veto_future(m: re.Match[str], text: str) -> bool:
    """ "the near-term outlook": an adjective, not a time. ("The long run" is no time of its own either: TimeBank
    and TempEval-3 leave it untagged.)"""
    return m.group(0).lower().endswith("term") and re.match(r"\s+[a-z]", text[m.end() :]) is not None and "-" in m.group(0)


def veto_soon(m: re.Match[str], text: str) -> bool:
    """ "as soon as they left" is a conjunction, "too soon" and "how soon" a judgement: no time of their own."""
    return m.group(0).lower() == "soon" and re.search(r"\b(?:as|too|how|so)\s+$", text[max(0, m.start() - 5) : m.start()], re.I) is not None


def veto_one_day(m: re.Match[str], text: str) -> bool:
    """ "One day we will know", "someday": an unspecified time ahead (FUTURE_REF) in a clause that looks ahead;
    "in one day", "one day of talks" and "one day later" are a length of time, and a past "one day" a past day."""
    if re.search(
        r"\b(?:in|for|within|over|than|after|by|only|just|the|a|every|each|per)\s+$", text[max(0, m.start() - 8) : m.start()], re.I
    ):
        return True
    if m.group(0).lower().startswith("some"):
        return False
    before = text[max(0, m.start() - 12) : m.start()]
    opens = re.search(
        r"(?:^|[.,;:!?\"“(]|\b(?:and|but|that|perhaps|maybe|hope|hopes|hoped|will|would|could|may|might|can|should|must|['’]ll))\s*$",
        before,
        re.I,
    )
    lasting = re.search(
        r"\b(?:take|takes|took|taking|last|lasts|lasted|need|needs|needed|spend|spent|wait|waited|require|requires)\s+$", before, re.I
    )
    closes = re.match(r"\s*[.,;:!?\"”)]", text[m.end() :]) and not lasting
    if not (opens or closes):
        return True  # "will take one day": the length of what the verb does
    if re.match(r"[\s-]+(?:of|later|earlier|after|before|ago|old|long|to|and|or|a|per|at\s+a)\b", text[m.end() :]):
        return True
    return lexical_tense(text, m.start(), m.end()) != "future"


def read_at_the_time(m: re.Match[str], ctx: Context) -> Result:
    """ "at the time", "at that time" in a past clause: the past it speaks of (PAST_REF, TimeML's reference for a time
    named by the narrative); in any other clause it is left alone."""
    if ctx.tense != "past" or re.match(r",\s+[A-Z][a-z]+\s+[A-Z]", ctx.after(20)):
        return None  # "his treasurer at the time, Eric Smith": a role then held, no time of the narrative
    return Reading("DATE", "PAST_REF", None, None, anchors=False)


def read_recent_units(m: re.Match[str], ctx: Context) -> Result:
    """ "in recent years", "past years", "recent days" and "recent hours" are the past (PAST_REF); "recent weeks" and
    "past months" a vague span."""
    unit = unit_of(m["unit"])
    if unit in ("week", "month", "quarter"):
        return Reading("DURATION", duration(None, unit))
    return Reading("DATE", "PAST_REF", None, None, anchors=False)


_Q = r"(?:(?P<q>" + QUANTITY_WORDS + r"|exactly|precisely|a\s+good|a\s+full|fully)\s+)?"
_N = (
    # "two or three days later", "five to six years ago": a few of the unit
    r"(?:(?P<lo>(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+(?:or|to)\s+)?(?P<count>"
    + COUNT
    + "|"
    + VAGUE
    + r")(?:\s+(?:trading|business|working|calendar|full))?(?:\s+|(?<=half)-|(?<=quarter)-)(?P<unit>"
    + UNIT
    + r"s?)"
    + AND_A_HALF
    + r"(?P<orso>\s+or\s+so)?(?P<or2>(?<=[a-z])\s+or\s+(?:two|three))?"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "deictic",
        rx(
            r"(?:(?P<pos>early|late|earlier|later|mid)?[\s-]?(?P<ppart>morning|afternoon|evening)\s+|(?P<noon>midday)\s+|"
            # "the early hours of this morning", "the small hours of yesterday": the day at its START, as with a weekday
            r"(?P<hours>the\s+(?:early|small|wee)\s+hours\s+of\s+)|"
            r"(?P<pos2>early|late|earlier|later)\s+)?(?P<word>the\s+day\s+before\s+yesterday|"
            r"the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|last\s+(?:night|evening)|overnight|"
            r"this\s+(?:morning|afternoon|evening))(?:\s+(?P<part>morning|afternoon|evening|night))?"
        ),
        read_deictic,
        keys=keys("yesterday today tomorrow tonight night overnight morning afternoon evening"),
    ),
    Rule(
        "rel_unit",
        rx(
            r"(?:the\s+)?(?P<rel>last|next|this\s+past|this\s+coming|this|past|coming|previous|preceding|prior|following|"
            r"ensuing|current|present|that\s+same|same|that|(?<=the\s)latest|(?<=the\s)most\s+recent)\s+(?P<unit>week|month|year|weekend|quarter|"
            r"half(?![\s-]+(?:an?|dozen|hour|century|decade|year|mile|point|percent|million|billion)\b)|decade|century|"
            r"fortnight|fiscal\s+year|calendar\s+year)"
        ),
        read_rel_unit,
        keys=keys("week month year weekend quarter half decade century fortnight"),
    ),
    Rule(
        "this_time",
        # "this time last year", "the same time last year", "this time a year ago", "this time tomorrow": the reference
        # day moved by the unit (TIMEX3 gives the point the phrase names, not the unit)
        rx(
            r"(?:this|the\s+same)\s+time\s+(?:(?P<rel>last|next)\s+(?P<unit>week|month|year)|"
            r"a\s+(?P<ago_unit>week|month|year)\s+(?:ago|earlier)|(?P<dd>yesterday|tomorrow))"
        ),
        read_this_time,
        keys=keys("time"),
    ),
    Rule(
        "unit_after_next",
        rx(
            r"(?:the\s+)?(?P<unit>day|night|week|weekend|month|year|" + WEEKDAY + r")\s+"
            r"(?P<dir>after\s+next|before\s+last)"
        ),
        read_unit_after_next,
        keys=keys("next last"),
    ),
    Rule(
        "from_day",
        rx(_Q + _N + r"\s+from\s+(?P<from>today|tomorrow|yesterday|" + WEEKDAY + ")"),
        read_from_day,
        keys=keys("from"),
    ),
    # "the long weekend", "the holiday weekend", "the three-day weekend": a weekend as "the weekend" is
    Rule(
        "the_weekend",
        rx(r"the\s+(?:(?:long|holiday|three-day|four-day|bank[\s-]holiday|festive)\s+)?weekend"),
        read_the_weekend,
        keys=keys("weekend"),
    ),
    # Lower case only: "the New Year" is the holiday.
    Rule("new_year", rx(r"[Tt]he\s+new\s+year(?!\s*['’]s\s+(?:Day|Eve|day|eve)\b)", 0), read_new_year, keys=keys("new")),
    Rule(
        "within_unit",
        rx(
            r"(?:(?P<pos>earlier|later|early|late)\s+|(?P<mid>mid)[\s-]+(?=(?:this|that|last|next)\s))(?:(?P<rel>this|that|last|next)\s+|in\s+the\s+)"
            r"(?P<unit>week|month|year|quarter|decade|century|day(?!\s+(?:before|after)\b))"
        ),
        read_within_unit,
        keys=keys("earlier later early late mid"),
    ),
    Rule(
        "ago",
        rx(
            _Q
            + _N
            + r"\s+(?:ago|back(?!\s+(?:to|from|in|on|into|at|up|down|home)\b))(?P<today>\s+(?:today|tomorrow|yesterday))?"
            + r"(?:\s+(?P<within>this|last)\s+(?P<inner>week|month))?"
        ),
        read_ago,
        keys=keys("ago back"),
        reach=(70, 50),
    ),
    Rule(
        "vague_ago",
        # a bare plural with no count before "ago" ("just days ago", "months ago", "weeks back")
        rx(
            r"(?P<unit>minutes|hours|days|weeks|months|years|decades|centuries|millennia)\s+(?:ago|back(?!\s+(?:to|from|in|on|into|at|up|down|home|then|when)\b))"
        ),
        read_vague_ago,
        keys=keys("ago back"),
        reach=(20, 30),
    ),
    Rule(
        "offset",
        rx(_Q + _N + r"\s+(?P<dir>earlier|later|before|after|prior|previously|beforehand|afterwards?|ahead(?=\s+of\b))"),
        read_offset,
        keys=keys("earlier later before after prior previously beforehand afterward afterwards ahead"),
        reach=(70, 50),
    ),
    Rule(
        "offset_on",
        # "Three years on, he returned", "a decade on." (British news): that far after the time named before, as
        # "later" is; only where the clause ends after "on" ("two days on the road" is no offset, nor "two days on,
        # two days off" a date)
        rx(_Q + _N + r"\s+(?P<dir>on)(?=\s*[,.;:](?!\s*(?:\d+|one|two|three|four|five|six|seven)\s+\w+\s+off\b)|\s*$)"),
        read_offset,
        keys=keys("on"),
        reach=(70, 50),
    ),
    Rule(
        "the_unit_earlier",
        # "from $4 million the year earlier", "the quarter earlier", "the day later": one unit, read as "a year earlier"
        # (the groups an offset's count may carry never match here).
        rx(r"(?P<q>(?!))?(?P<count>the)\s+(?P<unit>year|quarter|month|week|day)(?P<half>(?!))?(?P<orso>(?!))?\s+(?P<dir>earlier|later)"),
        read_offset,
        keys=keys("earlier later"),
        reach=(30, 20),
    ),
    Rule("from_now", rx(_Q + _N + r"\s+(?P<dir>from\s+now|hence)"), read_from_now, keys=keys("now hence"), reach=(70, 50)),
    Rule(
        "edge_of_the_day",
        rx(
            r"(?:by|until|till|before|toward|towards|through)\s+(?P<t>the\s+(?P<pos>end|close|start|beginning|middle)\s+of\s+(?:the|that)\s+day)\b"
        ),
        read_edge_of_the_day,
        keys=keys("day"),
    ),
    Rule(
        "through_the_day",
        rx(
            r"(?:during|throughout|(?:most|much|the\s+rest|part|the\s+better\s+part|the\s+remainder)\s+of)\s+(?P<t>the\s+day)\b"
            r"(?!['’-]|\s+(?:before|after|of|when|that|which|in\s+which|on\s+which)\b|"
            r",?\s+(?:on\s+)?" + WEEKDAY + r"\b)"  # "during the day on Friday": Friday
        ),
        read_through_the_day,
        keys=keys("day"),
    ),
    Rule(
        "part_of_the_day",
        rx(
            # "in the late afternoon", "by early evening", "until late morning": the part, at its START or END
            r"(?:in|into|during|by|until|till|through|throughout)\s+(?P<t>(?:the\s+(?:(?P<pos>early|late)\s+)?|(?P<pos2>early|late)\s+)"
            r"(?P<part>morning|afternoon|evening|night))"
            r"(?!\s+(?:of|before|after|hours|session|sessions|trading|papers?|news|edition|shift|show|prayers?|rush|sky|air)\b)"
            # a bare part after a preposition of a limit: "by evening", "until morning" ("by night" is a manner)
            r"|(?:by|until|till|toward|towards)\s+(?P<t2>(?P<part2>morning|afternoon|evening))(?=\s*[,.;:!?)]|\s+(?:on|the|and|when|as)\b)"
        ),
        read_part_of_the_day,
        keys=keys("morning afternoon evening night"),
    ),
    Rule(
        "lunchtime",
        # the meal's time of day after a preposition; "lunchtime talks", "a lunchtime speech" describe an event
        rx(
            r"(?:at|by|until|till|before|after|around|over|during|since|from)\s+(?P<t>lunch[\s-]?time)"
            r"(?!['’-]|\s+(?:of|before|after|when|that|which|crowds?|rush|speech|talks?|meeting)\b)"
        ),
        read_lunchtime,
        keys=keys("lunchtime lunch"),
    ),
    Rule(
        "part_of_the_day_within",
        # "in the middle of the night" (the part, MID), "for the rest of the afternoon", "most of the evening" (the part)
        rx(
            r"(?:(?P<t>the\s+(?P<mid>middle)\s+of\s+the\s+(?P<part>morning|afternoon|evening|night))|"
            r"(?:the\s+rest|the\s+remainder|most|much|part|the\s+better\s+part)\s+of\s+(?P<t2>the\s+(?P<part2>morning|afternoon|evening|night)))"
            r"(?!\s+(?:of|before|after|when|that|which)\b|['’-])"
        ),
        read_part_within,
        keys=keys("morning afternoon evening night"),
    ),
    Rule(
        "anchored_day",
        rx(
            r"(?:(?P<pos>early|late)\s+)?(?P<phrase>the\s+(?:next|following|previous|preceding|prior)\s+(?:day|morning|afternoon|evening|night)|"
            r"the\s+day\s+(?:before|after|prior)|the\s+(?:morning|afternoon|evening|night)\s+(?:before|after)|"
            r"the\s+same\s+(?:day|morning|afternoon|evening|night)|"
            r"that\s+(?:(?:same|very)\s+)?(?:day|morning|afternoon|evening|night))"
        ),
        read_anchored_day,
        keys=keys("day morning afternoon evening night"),
    ),
    Rule(
        "anchored_unit",
        rx(
            r"the\s+(?P<unit>week|month|year|weekend|" + WEEKDAY + r")\s+"
            r"(?P<dir>before|after)(?!\s+(?:next|last)\b)"
        ),
        read_anchored_unit,
        keys=keys("week month year weekend monday tuesday wednesday thursday friday saturday sunday"),
    ),
    Rule(
        "present_ref",
        rx(
            r"right\s+now|now|currently|at\s+present|presently|nowadays|at\s+the\s+moment|these\s+days|the\s+present\s+day|this\s+day\s+and\s+age"
        ),
        read_present,
        veto_now,
        keys=keys("now currently present presently nowadays moment days age"),
    ),
    Rule(
        "then",
        rx(r"(?:[Uu]ntil|[Tt]ill|[Bb]y)\s+(?P<t>then)(?!\s+(?:on|onwards?|current|[a-z]+ed)\b)", 0),
        read_then,
        keys=keys("then"),
    ),
    Rule(
        "elided_last",
        # "this year as last", "this month than last": the unit left out after "last" (the extent is "last" alone)
        rx(
            r"this\s+(?P<unit>year|month|week|quarter)\s+(?:than|as|and|or|over|versus)\s+(?P<t>last)"
            r"(?=\s*[,.;:!?)\"”]|\s+(?:and|but|when|while|because|as)\b)"
        ),
        read_elided_last,
        keys=keys("last"),
    ),
    Rule(
        "past_ref",
        rx(
            # "as recently as 1995" is a limit on the time it names, no time of its own (``tagger._FOCUS``)
            r"(?<!\bas\s)recently(?!\s+as\b)|lately|of\s+late|the\s+other\s+(?:day|night|week|morning|afternoon|evening)|(?:(?:quite\s+)?a\s+(?:little\s+|long\s+|short\s+|good\s+)?|some\s+)(?:while|time)\s+(?:ago|back)|"
            r"(?:just\s+|only\s+)?(?:moments|a\s+moment)\s+ago|"
            r"(?:not\s+(?:so\s+|that\s+|too\s+)?|very\s+|so\s+)?long\s+ago|in\s+recent\s+times|"
            r"ages\s+ago|back\s+in\s+the\s+day|once\s+upon\s+a\s+time|"
            r"(?:in\s+)?(?P<t>the\s+(?:recent\s+|(?:not[\s-]+(?:so[\s-]+|too[\s-]+|that[\s-]+)?)?distant[\s-]+)?past)(?!\s+(?:few|several|couple|\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|year|month|week|decade|quarter|summer|winter))"
        ),
        read_past,
        keys=keys("recently lately past late other ago back recent moment moments upon"),
    ),
    Rule(
        "old_days",
        rx(
            r"(?:(?:in|of|from)\s+)?(?P<t>(?:the\s+)?(?:good\s+)?(?:old|olden)\s+days|days\s+(?:gone\s+by|of\s+old)|"
            r"(?<=in\s)(?:years|times|days)\s+past|yesteryear)(?!\s+(?:of|when|before|after)\b)"
        ),
        read_past,
        keys=keys("old olden days past yesteryear"),
    ),
    Rule(
        "future_ref",
        rx(
            # "the not-too-distant future", "the not so distant future": the hedge is part of the time, as for the past
            r"(?:the\s+)?(?:not[\s-]+(?:so[\s-]+|too[\s-]+|that[\s-]+)?(?=distant))?(?:near|distant|foreseeable|immediate)\s+future|"
            r"the\s+future|future\s+(?:years|quarters|months|decades)|"
            # a date left open ahead: "at a later date", "on some future date" (TIMEX3 FUTURE_REF)
            r"(?:a|some)\s+(?:later|future)\s+date|"
            r"the\s+(?:near|short|long|longer|medium)[\s-]+term|"
            r"(?:the\s+)?(?:coming|upcoming)\s+(?:days|weeks|months|years|quarters|decades)|"
            r"(?:the\s+)?(?:days|weeks|months|years|decades|generations)\s+to\s+come"
        ),
        read_future,
        veto_future,
        keys=keys("future coming upcoming term come later"),
    ),
    Rule(
        "in_future",
        rx(
            r"in\s+(?P<t>future)(?=\s*[,.;:!?]|\s+(?:we|he|she|they|it|I|you|there|all|any|such|this|these|those|the|a|an|no|"
            r"companies|banks|people|anyone|everyone)\b)"
        ),
        read_future,
        keys=keys("future"),
    ),
    Rule(
        "soon",
        rx(r"as\s+soon\s+as\s+(?:possible|practicable|feasible)|soon(?!\s+(?:after|before|afterwards?|thereafter|as|enough|to\s+be)\b)"),
        read_future,
        veto_soon,
        keys=keys("soon"),
    ),
    Rule("one_day", rx(r"some\s*day|one\s+day"), read_future, veto_one_day, keys=keys("someday day")),
    Rule(
        "at_the_time",
        rx(
            r"at\s+(?:the|that)\s+time(?!\s+(?:of|when|that|in|for|to|being)\b)(?=\s*[,.;:!?)\"”’']|\s+(?:he|she|it|they|we|I|and|but|was|were|had)\b)"
        ),
        read_at_the_time,
        keys=keys("time"),
    ),
    Rule(
        "recent_units",
        rx(r"(?:the\s+)?(?:most\s+)?(?:recent|past)\s+(?P<unit>hour|day|week|month|quarter|year|decade)s"),
        read_recent_units,
        keys=keys("recent past"),
    ),
)
