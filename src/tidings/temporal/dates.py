"""Rules for calendar dates: written dates, day ranges, months, years, decades, centuries, weekdays.

A date without a year is placed in the year the clause's tense points to
(``points.nearest``): the nearest on that side when the tense was given
(``resolve``'s caller); when it was read from the words around (``tag``), the
nearest with the other side counted four times as far ("Dec. 15" in a November
article is this December unless the clause is clearly past).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from dataclasses import replace

from tidings.models import Tense, TimePoint
from tidings.temporal import points
from tidings.temporal.context import Context, Reading, Result, Rule, anycase, keys, rx
from tidings.temporal.values import POSITION_WORDS, position_mod
from tidings.temporal.words import (
    COUNT,
    MONTH_KEYS,
    MONTHS,
    ORDINAL_DAY,
    ORDINAL_VALUES,
    ORDINALS,
    SPOKEN_YEAR_KEYS,
    WEEKDAY,
    WEEKDAY_KEYS,
    WEEKDAYS,
    day_rx,
    month_rx,
    number,
    ordinal,
    spoken_year,
    weekday_rx,
    year_rx,
)

PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
PART_CODES.update({f"{part}s": code for part, code in PART_CODES.items()})  # "Sunday mornings": every one
YEAR_TAIL = r"(?:,?\s+" + year_rx() + r")?"
_NOT_AMOUNT = r"(?!\s*(?:%|percent|per\s+cent))"


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def year_number(text: str | None) -> int | None:
    return spoken_year(text) if text else None


def month_day(number: int, day_of_month: int, year: int | None, ctx: Context) -> Reading | None:
    """A month and a day, with the year given or placed by the tense."""
    if year is not None:
        try:
            p = points.day(dt.date(year, number, day_of_month))
        except ValueError:
            return None
        return Reading("DATE", p.value, None, p)
    if ctx.ref is None:
        return Reading("DATE", f"XXXX-{number:02d}-{day_of_month:02d}")
    candidates = [points.day(d) for d in _days_around(ctx.ref, number, day_of_month)]
    found = points.nearest(candidates, ctx.ref + _offset_before(ctx), ctx.tense, ctx.firm, ctx.settled)
    return Reading("DATE", found.value if found else None, None, found)


_OFFSET_TO = re.compile(
    r"(?<![\w-])(?P<count>" + COUNT + r")\s+(?P<unit>day|week|month)s?\s+(?P<dir>before|after|ahead\s+of|prior\s+to)\s+"
    r"(?:the\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:on|of|set\s+for|due\s+on)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


def _offset_before(ctx: Context) -> dt.timedelta:
    """ "left three weeks before May 9", "will vote two days after March 1", "three weeks before the election on May
    9": the tense dates the event, which lies that far from the date, so the date is placed as if the reference
    were moved the other way (May 9 three weeks after a past day may lie ahead of the reference)."""
    m = _OFFSET_TO.search(ctx.text, max(0, ctx.start - 60), ctx.start)
    n = number(m["count"]) if m else None
    if m is None or n is None or n > 90:
        return dt.timedelta(0)
    days = n * {"day": 1, "week": 7, "month": 30}[m["unit"].lower()]
    return dt.timedelta(days=days if m["dir"].lower() != "after" else -days)


def _days_around(ref: dt.date, number: int, day_of_month: int) -> list[dt.date]:
    """The month and day in the reference's year and the years either side (none where the day does not exist)."""
    out = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            out.append(dt.date(y, number, day_of_month))
        except ValueError:
            continue
    return out


def month_in_year(number: int, ref: dt.date, tense: Tense | None, firm: bool, settled: bool = False) -> TimePoint:
    candidates = [points.month(y, number) for y in (ref.year - 1, ref.year, ref.year + 1)]
    return points.nearest(candidates, ref, tense, firm, settled) or candidates[1]


def weekday_point(weekday: int, ref: dt.date, rel: str | None, tense: Tense | None) -> TimePoint:
    """A weekday: "last" is the week before (not yesterday), "next" the coming one; bare: past unless the clause is future."""
    rel = " ".join((rel or "").lower().split())
    if rel in ("last", "past", "this past"):
        delta = (ref.weekday() - weekday) % 7 or 7
        if delta <= 1 and rel == "last":
            delta += 7
        return points.day(ref - dt.timedelta(days=delta))
    if rel in ("next", "coming", "this coming"):
        delta = (weekday - ref.weekday()) % 7 or 7
        return points.day(ref + dt.timedelta(days=delta))
    if rel == "this":
        return points.day(ref + dt.timedelta(days=weekday - ref.weekday()))
    if tense == "future":
        return points.day(ref + dt.timedelta(days=(weekday - ref.weekday()) % 7))
    return points.day(ref - dt.timedelta(days=(ref.weekday() - weekday) % 7))


# A wire story's dateline with its date: "MOSCOW, March 3 (Reuters) -", "WASHINGTON, Oct. 12, 1989 --", "BONN, West
# Germany, Aug. 2 _": a city in capitals (and its state or country), the date, the agency, a dash.
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)*(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*)?,[ \t]+"
    + month_rx()
    + r"[ \t]+(?P<day>[12]\d|3[01]|0?[1-9])(?:,[ \t]+(?P<year>(?:19|20)\d{2}))?[ \t]*(?:\([A-Za-z -]{2,20}\)[ \t]*)?(?:--?|_|–|—|:)"
)
_DATELINE_REACH = 400  # characters: a dateline opens the story, after its headline at most
_DATELINE_SLACK = 14  # days: a dateline further from the publication date is no dateline of this story


def dateline_reference(text: str, ref: dt.date | None) -> dt.date | None:
    """The day the story was filed, from its dateline ("MOSCOW, March 3 (Reuters) -"), when it is a few days from the
    publication date ``ref``: "today" and "yesterday" in a story filed on March 3 and published March 5 count from
    March 3, as the writer did. None: no such dateline."""
    m = _DATELINE.search(text, 0, _DATELINE_REACH)
    if m is None or ref is None:
        return None
    number, day_of_month = month_number(m["month"]), int(m["day"])
    candidates = [dt.date(int(m["year"]), number, day_of_month)] if m["year"] else []
    if not candidates:
        for y in (ref.year - 1, ref.year, ref.year + 1):
            try:
                candidates.append(dt.date(y, number, day_of_month))
            except ValueError:
                continue
    near = [d for d in candidates if abs((d - ref).days) <= _DATELINE_SLACK]
    return min(near, key=lambda d: abs((d - ref).days)) if near else None


# -- handlers ----------------------------------------------------------------


def read_iso(m: re.Match[str], ctx: Context) -> Result:
    try:
        p = points.day(dt.date(int(m["year"]), int(m["mnum"]), int(m["day"])))
    except ValueError:
        return None
    return Reading("DATE", p.value, None, p)


_NUMERIC = re.compile(r"(?<![\w/.])(?P<a>[0-3]?\d)(?P<sep>\\?/|\.)(?P<b>[0-3]?\d)(?P=sep)(?:(?:1[6-9]|20)\d{2}|\d{2})(?![\w/])")


@functools.lru_cache(maxsize=16)
def _day_first_document(text: str) -> bool:
    """Whether a document writes numeric dates day first: one of its slashed dates opens with a number that
    cannot be a month ("17/03/2011"), or its dates are written with stops ("17.03.2011", the European style)."""
    return any(m["sep"] == "." or 12 < int(m["a"]) <= 31 for m in _NUMERIC.finditer(text))


def read_numeric(m: re.Match[str], ctx: Context) -> Result:
    """ "3/4/98": month first, as US copy and most English wire news write it, unless the first number cannot be a
    month or the document writes its numeric dates day first elsewhere ("17/03/2011", "17.03.2011"); with dashes
    ("01-05-2011") day first unless the second number cannot be a month."""
    a, b = int(m["a"]), int(m["b"])
    y = int(m["year"]) if len(m["year"]) == 4 else (1900 + int(m["year"]) if int(m["year"]) >= 30 else 2000 + int(m["year"]))
    dashed = "-" in m.group(0)  # "01-05-2011": dashes are the day-first writers' (US copy slashes its dates)
    day_first = a > 12 or (b <= 12 and (dashed or _day_first_document(ctx.text)))
    for d, mon in ((a, b), (b, a)) if day_first else ((b, a), (a, b)):
        try:
            p = points.day(dt.date(y, mon, d))
        except ValueError:
            continue
        return Reading("DATE", p.value, None, p)
    return None


# A position in a dated day, as in a weekday ("late Friday"): "late Nov. 19", "early on 3 May", "in the early hours
# of 5 August" are that day at its END or START; after "in" a bare "late" is the month's ("in late November").
_DAY_POS = r"(?:(?P<dpos>(?<!\bin\s)(?:early|late)|(?:the\s+)?(?:early|small|wee)\s+hours\s+of)\s+(?:on\s+)?)"


def read_month_day(m: re.Match[str], ctx: Context) -> Result:
    d = ordinal(m["day"])
    if d is None or not 1 <= d <= 31:
        return None
    found = month_day(month_number(m["month"]), d, year_number(m["year"]), ctx)
    if found is not None and m["dpos"]:
        return replace(found, mod="START" if "hours" in m["dpos"].lower() else position_mod(m["dpos"]))
    return found


def read_rel_month_day(m: re.Match[str], ctx: Context) -> Result:
    """ "last Oct. 13", "next March 5", "this coming June 1": the nearest such day on the side the word says."""
    d = ordinal(m["day"])
    if d is None or not 1 <= d <= 31:
        return None
    number = month_number(m["month"])
    if ctx.ref is None:
        return Reading("DATE", f"XXXX-{number:02d}-{d:02d}")
    past = " ".join(m["rel"].lower().split()) in ("last", "this past")
    side = [c for c in _days_around(ctx.ref, number, d) if (c < ctx.ref if past else c > ctx.ref)]
    if not side:
        return None
    p = points.day(max(side) if past else min(side))
    return Reading("DATE", p.value, None, p)


def read_day_range(m: re.Match[str], ctx: Context) -> Result:
    """ "March 15-20" and "15-20 March": two dates of one month, each its own expression; so is each day of a list
    ("March 6, 7 and 8", "6, 7 and 8 March"), the days between the first and the last each its own too."""
    number = month_number(m["month"])
    mids = list(_LIST_DAY.finditer(m.string, m.start("mids"), m.end("mids"))) if m.groupdict().get("mids") else []
    found = [ordinal(m["d1"]), *(ordinal(d["day"]) for d in mids), ordinal(m["d2"])]
    days = [d for d in found if d is not None]
    if len(days) < len(found) or not all(1 <= a < b <= 31 for a, b in itertools.pairwise(days)):
        return None
    year = year_number(m["year"])
    first = month_day(number, days[0], year, ctx)
    if first is None:
        return None
    year = year or (first.point.start.year if first.point else None)
    readings = [first]
    for d in days[1:]:
        r = month_day(number, d, year, ctx)
        if r is None:
            return None
        readings.append(r)
    if m.start("month") < m.start("d1"):  # March 15-20, 2019
        spans = [(m.start("month"), m.end("d1")), *(d.span("day") for d in mids), (m.start("d2"), m.end())]
    else:  # 15-20 March 2019, the 15th to the 20th of March
        spans = [(m.start(), m.end("d1")), *(d.span("day") for d in mids), (m.start("s2"), m.end())]
    return tuple(Reading(r.type, r.value, None, r.point, span) for r, span in zip(readings, spans, strict=True))


def read_cross_month_range(m: re.Match[str], ctx: Context) -> Result:
    """ "Nov. 30-Dec. 2", "Feb. 27-March 3, 2021": two dates joined by a dash, each its own expression; the year
    given after the second holds for both (the first a year earlier when its month comes later)."""
    d1, d2 = ordinal(m["d1"]), ordinal(m["d2"])
    if d1 is None or d2 is None:
        return None
    n1, n2 = month_number(m["m1"]), month_number(m["month"])
    year = year_number(m["year"])
    second = month_day(n2, d2, year, ctx)
    if second is None or second.point is None:
        return None
    y2 = second.point.start.year
    first = month_day(n1, d1, y2 - 1 if n1 > n2 else y2, ctx)
    if first is None:
        return None
    return (
        Reading(first.type, first.value, None, first.point, (m.start("m1"), m.end("d1"))),
        Reading(second.type, second.value, None, second.point, (m.start("month"), m.end())),
    )


def read_dated_range(m: re.Match[str], ctx: Context) -> Result:
    """ "from 14 June to 15 July 2018", "between March 3 and April 5, 2017", "3 March-5 April 2017": two dates of
    other months, each its own expression; the year after the second holds for both (the first a year earlier
    when its month comes later)."""
    d1, d2 = ordinal(m["d1"] or m["e1"]), ordinal(m["d2"] or m["e2"])
    year = year_number(m["year"])
    if d1 is None or d2 is None or year is None:
        return None
    n1, n2 = month_number(m["m1"] or m["n1"]), month_number(m["month"] or m["n2"])
    second = month_day(n2, d2, year, ctx)
    first = month_day(n1, d1, year - 1 if n1 > n2 else year, ctx)
    if first is None or second is None:
        return None
    end_first = m.end("d1") if m["d1"] else m.end("n1")
    start_second = m.start("month") if m["month"] else m.start("e2")
    return (
        Reading(first.type, first.value, None, first.point, (m.start(), end_first)),
        Reading(second.type, second.value, None, second.point, (start_second, m.end())),
    )


def read_month_pair(m: re.Match[str], ctx: Context) -> Result:
    """ "March-April 1997", "Nov.-Dec.": two months joined by a dash, each its own expression, as a range of days
    is; the year given after the second holds for both (the first a year earlier when its month comes later);
    with none, the second is the first such month after the first, which is placed as a bare month is."""
    n1, n2 = month_number(m["m1"]), month_number(m["month"])
    if n1 == n2:
        return None
    year = year_number(m["year"])
    if year is not None:
        p1, p2 = points.month(year - 1 if n1 > n2 else year, n1), points.month(year, n2)
    else:
        first = read_month_plain(n1, None, ctx)
        if not isinstance(first, Reading) or first.point is None:
            return (
                Reading("DATE", f"XXXX-{n1:02d}", span=(m.start(), m.end("m1"))),
                Reading("DATE", f"XXXX-{n2:02d}", span=(m.start("month"), m.end())),
            )
        p1 = first.point
        d = points.add_months(p1.start, 1)
        while d.month != n2:
            d = points.add_months(d, 1)
        p2 = points.month(d.year, d.month)
    return (
        Reading("DATE", p1.value, None, p1, (m.start(), m.end("m1"))),
        Reading("DATE", p2.value, None, p2, (m.start("month"), m.end())),
    )


def read_month_year(m: re.Match[str], ctx: Context) -> Result:
    year = year_number(m["year"])
    if year is None:
        return None
    p = points.month(year, month_number(m["month"]))
    return Reading("DATE", p.value, position_mod(m["pos"]), p)


def read_month_rel_year(m: re.Match[str], ctx: Context) -> Result:
    """ "July last year", "March of next year", "June this year"; "February of that year", "May of the same year": the
    year the story named last."""
    number = month_number(m["month"])
    if ctx.ref is None:
        return Reading("DATE", f"XXXX-{number:02d}")
    rel = " ".join(m["rel"].lower().split()).replace("that same", "that")
    shift = {"last": -1, "next": 1, "this": 0, "the previous": -1, "the following": 1, "the same": 0, "that": 0}[rel]
    base = ctx.ref.year
    if rel.startswith(("the ", "that")) and ctx.memory.point is not None:
        base = ctx.memory.point.start.year
    elif rel == "that":
        p = month_in_year(number, ctx.ref, ctx.tense, ctx.firm, ctx.settled)  # no year named before: the month alone
        return Reading("DATE", p.value, None, p)
    p = points.month(base + shift, number)
    return Reading("DATE", p.value, None, p)


def read_month(m: re.Match[str], ctx: Context) -> Result:
    number = month_number(m["month"])
    rel = " ".join((m["rel"] or "").lower().replace("-", " ").split())
    prep = (m["prep"] or "").lower()
    mod = position_mod(rel) or {"since": "AFTER", "after": "AFTER", "before": "BEFORE"}.get(prep)
    if rel.endswith(("days of", "weeks of", "half of", "part of")):
        # "the first days of March", "the closing weeks of December", "the second half of June", "the latter part of
        # May": the month, at its START or END (TIMEX3 keeps the month's value; the words are inside the extent).
        mod = "START" if rel.removeprefix("the ").split()[0] in ("first", "opening", "early", "earlier") else "END"
        rel = ""
    if rel == "the next":
        rel = "the following" if ctx.memory.point is not None else "next"  # "in 2015 ... the next March": March 2016
    if rel == "that" and (ctx.memory.point is None or _THAT_AS_CONJUNCTION.search(ctx.text, max(0, m.start() - 30), m.start())):
        # "said that March was the worst month": "that" opens a clause; the month alone is the time.
        plain = read_month_plain(number, mod, ctx, "", prep)
        return replace(plain, span=(m.start("month"), m.end())) if isinstance(plain, Reading) else plain
    if rel == "that" and ctx.memory.point is not None:
        # "He was arrested in June 1996 and released that September": the month of the year the story named last.
        p = points.month(ctx.memory.point.start.year, number)
        return Reading("DATE", p.value, mod, p)
    return read_month_plain(number, mod, ctx, rel, prep)


# A word before "that" which makes it a conjunction ("said that March ...", "so that May ...", "showed that June ...").
_THAT_AS_CONJUNCTION = re.compile(
    r"\b(?:said|says|say|saying|told|tells|reported|reports|announced|announces|noted|notes|added|adds|stated|states|"
    r"believes?|believed|expects?|expected|predicted|predicts|showed|shows|shown|argued|argues|warned|warns|hopes?|"
    r"hoped|thinks?|thought|knew|knows?|claimed|claims|indicated|indicates|suggested|suggests|confirmed|confirms|"
    r"found|finds|feared|fears|insisted|insists|so|now|such|given|ensure|ensured|means|meant)\s+$",
    re.IGNORECASE,
)


# Monthly figures before "for" and the month, and their release after it ("the index for January will be released").
_FIGURES_FOR = re.compile(
    r"\b(?:index|figures?|data|numbers|statistics|report|reading|results|sales|output|production|orders|exports|imports|"
    r"earnings|inflation|unemployment|rate)\s+for\s+$",
    re.IGNORECASE,
)
_RELEASED = re.compile(
    r"(?:\s+\w+){0,3}?\s+(?:(?:is|are|will\s+be|were|was|to\s+be)\s+)?(?:released|published|reported|announced|issued|due|out)\b",
    re.IGNORECASE,
)


# What trades a month's contract: "the March contract", "December delivery", "March wheat futures", "the June options".
_CONTRACT_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:contracts?(?!\s+with\b)|delivery|futures|options)\b")


def read_month_plain(number: int, mod: str | None, ctx: Context, rel: str = "", prep: str = "") -> Result:
    """A month named with no year, placed by the word before it (``rel``), its preposition or the tense."""
    if ctx.ref is None:
        return Reading("DATE", f"XXXX-{number:02d}", mod)
    ref = ctx.ref
    if rel in ("last", "past"):
        # "last June" in October is this year's June; "last February" in March a year ago (February is "last month");
        # "last December" in January the December just ended, which is last year's as well.
        back = (ref.month - number) % 12
        d = points.add_months(ref, -(back + 12 if back == 0 or (back == 1 and number < ref.month) else back))
        p = points.month(d.year, d.month)
    elif rel == "next":
        # "next March" in February is next year's ("next month" is this one); "next January" in December the coming one.
        ahead = (number - ref.month) % 12
        d = points.add_months(ref, ahead + 12 if ahead == 0 or (ahead == 1 and number > ref.month) else ahead)
        p = points.month(d.year, d.month)
    elif rel == "this":
        p = points.month(ref.year, number)
    elif rel in ("this past", "this coming"):
        p = month_in_year(number, ref, "past" if rel == "this past" else "future", True)
    elif rel in ("the following", "the previous", "the preceding"):
        # "the following March": the first March after the time the story named last (else after the reference), after
        # all of it ("in 2015 ... the following March" is March 2016); "the previous March" the last one before it.
        step = 1 if rel == "the following" else -1
        named = ctx.memory.point
        base = ref if named is None else named.end if step > 0 else named.start
        d = points.add_months(dt.date(base.year, base.month, 1), step)
        while d.month != number:
            d = points.add_months(d, step)
        p = points.month(d.year, d.month)
    elif prep == "since":
        p = month_in_year(number, ref, "past", True)
    elif prep == "for" and _FIGURES_FOR.search(ctx.text, max(0, ctx.start - 40), ctx.start) and _RELEASED.match(ctx.text, ctx.end):
        # "the index for January will be released Friday", "figures for May are due next week": the month whose figures
        # come out, the nearest one whatever the tense of their release (monthly figures come out within weeks).
        p = month_in_year(number, ref, None, False)
    elif prep in ("", "for") and _CONTRACT_AFTER.match(ctx.text, ctx.end):
        # "the March contract", "for December delivery", "March crude futures": a contract's month, which has not yet
        # run out: the reference's month or the first such month after it ("in March contracts were signed" is a time).
        d = points.add_months(ref, (number - ref.month) % 12)
        p = points.month(d.year, d.month)
    elif (shared := _year_of_month_after(number, ctx)) is not None:
        # "in March and April of 1997", "from November to February 1998": the year given after the last month of a
        # list or a range holds for the months before it (a year earlier for a month later in the calendar).
        p = points.month(shared, number)
    elif (joined := _range_month(ctx)) is not None:
        # "from October to March", "November through February": the range ends on the first such month after it opens;
        # a list's month is the one nearest the month before it ("May and June", "December and January", "June and May").
        first, listed = joined
        d = points.add_months(first.start, 1)
        while d.month != number:
            d = points.add_months(d, 1)
        if listed and (d.year - first.start.year) * 12 + d.month - first.start.month > 6:
            d = points.add_months(d, -12)
        p = points.month(d.year, d.month)
    elif (anchor := ctx.sentence_anchor()) is not None:
        # A month after a time its sentence named in another year is that time's: "The 1999-00 season ended in May"
        # (May 2000), "from December 1988 to March" (March 1989): in the year named, or the nearest to a finer time.
        in_year = anchor.granularity == "year"
        p = points.month(anchor.start.year, number) if in_year else month_in_year(number, anchor.start, None, False)
    else:
        p = month_in_year(number, ref, ctx.tense, ctx.firm, ctx.settled)
    return Reading("DATE", p.value, mod, p)


# A capitalised word after a month that is also a first name: a surname ("June Scobee Rodgers"), not a month's time.
_SURNAME_AFTER = re.compile(
    r"\s+(?!(?:The|A|An|In|On|At|By|For|And|But|He|She|It|They|We|I|"
    + WEEKDAY
    + r"|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"(?=\s*(?:,|\(|\bsaid\b|\bsays\b|\bwho\b|\bwas\b|\bis\b|\bhas\b|\bhad\b|\bthe\b|\bof\b|['’]s\b))"
)


# A month after a list or range word, with the year written after it: "and April of 1997", "to early May 1998",
# "or June, 1996", "-April 1997".
_MONTH_WITH_YEAR_AFTER = re.compile(
    r"\s*(?:[-–]|,?\s*(?:and|or|&|to|through|thru|until|till)\s)\s*(?:(?:in|from|until|till|through|to)\s+)?"
    r"(?:(?:early|mid|late)[\s-]+)?" + month_rx("next") + r",?\s+(?:of\s+)?(?P<year>(?:1[6-9]|20)\d{2})(?![\w%]|[.,]\d)"
)


def _year_of_month_after(number: int, ctx: Context) -> int | None:
    """The year of the month that closes the list or range this bare month opens ("March and April of 1997": 1997
    for March too; "from November to February 1998": 1997 for November, as the range runs forward), else None."""
    m = _MONTH_WITH_YEAR_AFTER.match(ctx.text, ctx.end)
    if m is None:
        return None
    year = int(m["year"])
    return year - 1 if number > month_number(m["next"]) else year


_MONTH_BEFORE = re.compile(r"(?<![A-Za-z])" + month_rx("prev") + r"(?:\s*,\s*|\s*(?:,\s*)?(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)$")
_MONTH_AFTER = re.compile(r"(?:\s*,\s*|\s*(?:,\s*)?(?:and|or|to|through|until|till)\s+|\s*[-–]\s*)" + month_rx("next"))


def _in_month_list(m: re.Match[str], text: str) -> bool:
    """ "in April and May", "from March to May", "May, June and July": a month in a list or a range of months is a
    month, "May" too (alone it is as often the modal verb); after a comma alone, only with a month after it."""
    before = _MONTH_BEFORE.search(text, max(0, m.start("month") - 20), m.start("month"))
    if before is None:
        return False
    return not before.group(0).rstrip().endswith(",") or _MONTH_AFTER.match(text, m.end()) is not None


# A month's full name between a determiner and a lower-case noun ("the May election", "The June vote", "its April
# report"): the modal ("may be"), the verb ("March on") and the first name ("June Carter") never stand there.
_DETERMINER_BEFORE = re.compile(r"(?:^|[\s(\"“])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:be|have|not|and|or|to|of|is|was|will|would|can|could|should|also)\b)[a-z]{3,}\b")
_FULL_MONTHS = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
)


def _attributive_month(m: re.Match[str], text: str) -> bool:
    """Whether the month is a full month name before the noun it dates, after a determiner ("the May election",
    "The June vote"): TIMEX3 tags the month there, as in "the October crash", even for "May" and "June", which alone
    are as often the modal or a first name."""
    word = m["month"]
    if "." in word or word.lower() not in _FULL_MONTHS:
        return False
    return (
        _DETERMINER_BEFORE.search(text, max(0, m.start("month") - 12), m.start("month")) is not None
        and _NOUN_AFTER.match(text, m.end()) is not None
    )


def veto_month(m: re.Match[str], text: str) -> bool:
    """ "May" the modal, "March" the verb, "Theresa May" the name; a month standing alone is a month."""
    word = m["month"]
    if text.strip(" .,;") == m.group(0):
        return False
    if m["rel"] or m["prep"] or _in_month_list(m, text):
        return word == "May" and re.match(r"\s+(?:be|have|not|also|well|yet|still|even|never|soon|now)\b", text[m.end() :]) is not None
    if _attributive_month(m, text):
        return False  # "the May election", "The June vote": a month naming when its noun happens
    if "." in word or len(word) <= 3:
        return True  # "Jan." alone is too often a name or a list
    before = text[max(0, m.start() - 30) : m.start()]
    if word in ("May", "March") and (not before.strip() or re.search(r"(?:[.!?:\"“]|^)\s*$", before)):
        return True  # sentence-initial "May" and "March" are verbs
    if word in ("May", "June", "April", "August") and re.search(r"\b[A-Z][a-z]+\.?\s+$", before):
        return not re.search(r"\b(?:In|On|Since|Until|By|From|During|Through|Last|Next|This|Early|Late|Mid)\s+$", before)
    # "June Scobee Rodgers", "April Ryan": a first name before a surname
    return word in ("May", "June", "April", "August") and _SURNAME_AFTER.match(text, m.end()) is not None


def read_year(m: re.Match[str], ctx: Context) -> Result:
    text = m["year"]
    reporting = re.match(r"(?:the\s+)?(?:fiscal|calendar|FY)", m["t"], re.IGNORECASE) is not None  # "fiscal '98"
    if (text[0] in "'’" or "hundred" in text.lower()) and not m["prep"] and not reporting:
        return None  # "'98", "twelve hundred" and "nineteen hundred and fifty" alone are too often not years
    year = year_number(text)
    if year is None:
        return None
    p = points.year(year)
    prep = (m["prep"] or "").lower()
    mod = position_mod(m["pos"]) or {"since": "AFTER", "after": "AFTER", "before": "BEFORE"}.get(prep)
    if (det := re.match(r"the\s+(?=(?:fiscal|calendar)\s+(?!year))", m["t"], re.IGNORECASE)) is not None:
        return Reading("DATE", p.value, mod, p, (m.start("t") + det.end(), m.end()))  # "the fiscal 1999 budget": the noun's "the"
    return Reading("DATE", p.value, mod, p)


_SPOKEN_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
_SPOKEN_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


# A year spoken by its last two digits: "ninety-one", "'ninety-two" (groups tens and ones).
CLIPPED_SPOKEN_YEAR = (
    r"['’]?(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?P<ones>one|two|three|four|five|six|seven|eight|nine)"
)


def clipped_year(tens: str, ones: str, ref: dt.date) -> int | None:
    """The year of a clipped spoken year, in the latest century that puts it no later than ``ref``; None when that
    is more than seventy years back ("finished in twenty-two" is a count)."""
    yy = _SPOKEN_TENS[tens.lower()] * 10 + _SPOKEN_ONES[ones.lower()]
    century = ref.year // 100 - (1 if yy > ref.year % 100 else 0)
    year = century * 100 + yy
    return year if ref.year - year <= 70 else None


def read_clipped_spoken_year(m: re.Match[str], ctx: Context) -> Result:
    """ "back in ninety-one", "since eighty-nine", "in 'ninety-two": a year spoken by its last two digits (broadcast
    copy), in the latest century that puts it no later than the reference."""
    if ctx.ref is None:
        return Reading("DATE", None)
    year = clipped_year(m["tens"], m["ones"], ctx.ref)
    if year is None:
        return None  # "finished in twenty-two": a clipped year is a recent one, else a count
    p = points.year(year)
    mod = "AFTER" if (m["prep"] or "").lower() == "since" else None
    return Reading("DATE", p.value, mod, p)


UNIT_AFTER_YEAR = re.compile(
    r"\s*(?:percent|per\s+cent|people|persons|troops|soldiers|votes|km|miles|kilometers|kilometres|metres|meters|feet|"
    r"tons|tonnes|dollars|euros|pounds|yen|children|students|workers|employees|members|men|women|deaths|cases|units|"
    r"points|seats|jobs|shares|cars|homes|years|months|days|hours|minutes|dollar|euro|pound|rupee|ton|tonne|mile|"
    r"[a-z]+-)\b",
    re.IGNORECASE,
)


def veto_year(m: re.Match[str], text: str) -> bool:
    end = m.end()
    if UNIT_AFTER_YEAR.match(text, end) or re.match(r"[.,]\d|%", text[end : end + 2]):
        return True
    before = text[max(0, m.start("year") - 2) : m.start("year")]
    if re.search(r"[$€£#]\s?$|[.,:/]$|No\.\s?$", before):
        return True
    if _COUNT_BEFORE.search(text, max(0, m.start("year") - 12), m.start("year")):
        return True  # "thirty two thousand": a number, no year
    if (
        _STREET_AFTER.match(text, end)
        and not m["prep"]
        and not re.search(r"\b(?:the|a|an|its|their|his|her)\s+$", text[max(0, m.start() - 8) : m.start()], re.IGNORECASE)
    ):
        return True  # "at 1600 Pennsylvania Avenue": a house number ("in 1998 Oxford Street was busy" stays a year)
    return _NUMBERED.search(text, max(0, m.start() - 25), m.start("year")) is not None


_COUNT_BEFORE = re.compile(r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[\s-]+$", re.IGNORECASE)


# A number before a street's name is its house number: "1600 Pennsylvania Avenue", "2001 M Street", "1800 Main St."
_STREET_AFTER = re.compile(
    r"\s+(?:(?:North|South|East|West|N\.|S\.|E\.|W\.)\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:Avenue|Ave\.?|Street|St\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Place|Way|Court|Square|Parkway|Terrace)(?!\w)"
)


# A number that names a thing is no year: "U.N. resolution 1973", "Flight 1549", "Route 2010", "Article 1800".
_NUMBERED = re.compile(
    r"\b(?:resolutions?|flight|route|highway|interstate|article|chapter|section|paragraph|room|bus|gate|number|model|"
    r"version|code|page|exhibit|item|rule|bill|protocol|decree|law)\s+(?:No\.\s*)?$",
    re.IGNORECASE,
)


def _range_years(m: re.Match[str]) -> tuple[int, int]:
    first = int(m["y1"])
    second = first // 100 * 100 + int(m["y2"])
    return first, second + 100 if second <= first else second  # "1999-00"


def veto_year_range(m: re.Match[str], text: str) -> bool:
    """Two years apart by at most ten ("1957-58", "1990-91"); "1989-10 percent" and "1945-60" are no such pair
    (the year rule reads their first year)."""
    first, second = _range_years(m)
    if second == first + 1 and m.group(0)[:1] in "Ff":
        return True  # "fiscal 1997-98": one fiscal year (``periods.read_split_year``)
    return second - first > 10 or UNIT_AFTER_YEAR.match(text, m.end()) is not None


def read_year_range(m: re.Match[str], ctx: Context) -> Result:
    """ "1957-58", "the 1988-89 season": two years, each its own expression, the second written with its last two
    digits and counted in the first one's century. (A fiscal year or a winter named by two years is one time:
    ``periods.read_split_year``.)"""
    first, second = _range_years(m)
    a, b = points.year(first), points.year(second)
    return (
        Reading("DATE", a.value, None, a, (m.start(), m.end("y1"))),
        Reading("DATE", b.value, None, b, (m.start("y2"), m.end())),
    )


def _coming_decade(tens: int, ctx: Context) -> bool:
    """A decade named by its last two digits that has not begun in the reference's century is the coming one when
    it begins within three years ("the '90s" written in 1988: writers look ahead to the decade about to open, in
    reported speech too) or the clause looks ahead ("will be rebuilt in the '30s"); else it is the last century's
    ("the '30s" in 2021)."""
    assert ctx.ref is not None
    return tens * 10 - ctx.ref.year % 100 <= 3 or ctx.tense == "future"


def _joined_decade(ctx: Context) -> TimePoint | None:
    """The decade named just before this one when only a list or range word stands between them ("the 2020s and
    '30s", "the late 1980s to the early '90s")."""
    p, (_, at) = ctx.memory.point, ctx.memory.point_span
    if p is None or p.granularity != "decade" or at < 0 or at > ctx.start:
        return None
    between = ctx.text[at : ctx.start]
    return p if _LIST_JOINER.fullmatch(between) or _RANGE_JOINER.fullmatch(between) else None


def read_decade(m: re.Match[str], ctx: Context) -> Result:
    bare = re.fullmatch(r"\d0['’]?s", m.group(0)) is not None
    if bare and (ctx.memory.point is None or ctx.memory.point.granularity != "decade"):
        return None  # "in their early 20s and 30s": a bare clipped decade is one only after a decade the text dated
    word = m["dec"].lower().rstrip("s").rstrip("'’").split()[-1].split("-")[-1]
    spoken = {"twentie": 2, "thirtie": 3, "fortie": 4, "fiftie": 5, "sixtie": 6, "seventie": 7, "eightie": 8, "ninetie": 9}
    if word in spoken or word[0] in "'’" or len(word) == 2:
        tens = spoken[word] if word in spoken else int(word.lstrip("'’")[0])
        century = 19
        if m["century"]:
            century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m["century"].lower()]
        elif (before := _joined_decade(ctx)) is not None:
            # "the 2020s and '30s": the century of the decade just named, the next one when the count turns over
            first_before = before.start.year
            century = first_before // 100 + (1 if tens * 10 < first_before % 100 else 0)
        elif ctx.ref is not None:
            century = ctx.ref.year // 100 - (1 if tens * 10 > ctx.ref.year % 100 and not _coming_decade(tens, ctx) else 0)
        first = century * 100 + tens * 10
    else:
        first = int(word)
    if first % 10:
        return None
    # "the mid-to-late 1990s": the position the range ends in
    mod = position_mod(re.split(r"[\s-]+to[\s-]+", m["pos"])[-1]) if m["pos"] else None
    if first % 100 == 0 and first < 2000:
        p = points.century(first // 100)  # "the 1800s" is a century; "the 2000s" the decade
        return Reading("DATE", p.value, mod, p)
    p = points.decade(first)
    return Reading("DATE", p.value, mod, p)


def read_centuries(m: re.Match[str], ctx: Context) -> Result:
    """ "the 19th and 20th centuries", "the 12th to 14th centuries": two centuries, each its own expression."""
    n1, n2 = ordinal(m["o1"]), ordinal(m["o2"])
    if n1 is None or n2 is None or not 1 <= n1 < n2 <= 30:
        return None
    p1, p2 = points.century(n1 - 1), points.century(n2 - 1)
    return (Reading("DATE", p1.value, None, p1, (m.start(), m.end("o1"))), Reading("DATE", p2.value, None, p2, (m.start("o2"), m.end())))


def read_century(m: re.Match[str], ctx: Context) -> Result:
    n = ordinal(m["ord"])
    if n is None or not 1 <= n <= 30:
        return None
    p = points.century(n - 1)
    return Reading("DATE", p.value, position_mod(m["pos"]), p)


# A century's ordinal, in figures or words ("20th", "twenty-first"): the century rule's and the decade-of-century rule's.
_CENTURY_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)|(?:twenty[\s-])?(?:" + "|".join(ORDINALS) + ")"


def read_decade_of_century(m: re.Match[str], ctx: Context) -> Result:
    """ "the last decade of the 20th century" 199, "the first decade of this century" 200: a decade counted inside a
    century (its years ending 0 to 9, as "the 1990s" counts); "the century" alone is the reference's."""
    dord = m["dord"].lower()
    k = 10 if dord in ("last", "final") else ORDINAL_VALUES[dord]  # the rule reads first to tenth, last, final
    if m["ord"]:
        n = ordinal(m["ord"])
        if n is None or not 1 <= n <= 30:
            return None
        hundreds = n - 1
    elif ctx.ref is not None:
        hundreds = ctx.ref.year // 100
    else:
        return Reading("DATE", None)
    p = points.decade(hundreds * 100 + (k - 1) * 10)
    return Reading("DATE", p.value, None, p)


_RANGE_JOINER = re.compile(r"\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b)\s*", re.IGNORECASE)


def _joined_day(ctx: Context, joiner: re.Pattern[str]) -> dt.date | None:
    """The day the expression just before this one was read on, when only ``joiner`` stands between them."""
    day, at = ctx.memory.day, ctx.memory.day_at
    if day is None or at < 0 or at > ctx.start:
        return None
    return day if joiner.fullmatch(ctx.text, at, ctx.start) else None


# Months in a list: "in April and May", "May, June and July", "in March or April".
_LIST_JOINER = re.compile(r"\s*(?:,\s*)?(?:and|or|&)\s+|\s*,\s*", re.IGNORECASE)


def _range_month(ctx: Context) -> tuple[TimePoint, bool] | None:
    """The month a range or a list opened just before this one ("from October to March", "in May and June"), joined
    to it as ``_range_start``'s day is, and whether it opened a list."""
    point, (_start, end) = ctx.memory.point, ctx.memory.point_span
    if point is None or point.granularity != "month" or end < 0 or end > ctx.start:
        return None
    if _RANGE_JOINER.fullmatch(ctx.text, end, ctx.start):
        return point, False
    return (point, True) if _LIST_JOINER.fullmatch(ctx.text, end, ctx.start) else None


def _range_start(ctx: Context) -> dt.date | None:
    """The day a range opened just before this one, joined to it by a dash, "to", "through" or "until"; None when
    the expression ends no range ("statements made Friday and Thursday" are a list, each day on its own)."""
    return _joined_day(ctx, _RANGE_JOINER)


_ON_AFTER_CLOCK = re.compile(r"\)?(?:\s*\([^()\n]{1,30}\))?,?\s+on\s+", re.IGNORECASE)


# A weekday set beside the day just named: "The next day, Friday, ...", "on Oct. 13, 1989, a Friday", "two days
# later, on Saturday".
_APPOSED = re.compile(r",\s+(?:on\s+|a\s+|which\s+was\s+(?:a\s+)?)?", re.IGNORECASE)


def _day_of_clock(ctx: Context, weekday: int) -> dt.date | None:
    """The day of the clock time this weekday follows ("at 00:01 on Friday"), which was read from this very weekday,
    or of the day it is set beside ("The next day, Friday"), when their weekdays agree."""
    day = _joined_day(ctx, _ON_AFTER_CLOCK) or _joined_day(ctx, _APPOSED)
    return day if day is not None and day.weekday() == weekday else None


# Weekdays joined before a part of the day they share: "Monday and Tuesday nights", "Saturday, Sunday and Monday
# mornings" (the first weekdays read with the last one's part); and the last weekday of such a list, whose plural
# part is the list's, not a recurrence, in a past clause ("Storms hit on Monday and Tuesday nights").
_SHARED_PART = re.compile(
    r"(?:\s*,\s*" + WEEKDAY + r")*,?\s+(?:and|or|&)\s+" + WEEKDAY + r"\s+(?P<part>morning|afternoon|evening|night)s\b"
)
_JOINED_BEFORE = re.compile(WEEKDAY + r",?\s+(?:and|or|&)\s+$")


# A weekday's possessive before a word of plan ("Friday's planned protests", "Sunday's scheduled vote", "Thursday's
# expected ruling"): the event was still ahead when the clause happened, so a past clause ("a page devoted to Friday's
# planned protests had 80,000 fans", "police broke up Tuesday's planned march") does not tell on which side of the
# report the day lies: the nearer one is meant.
_PLAN_AFTER = re.compile(
    r"['’]s\s+(?:planned|scheduled|expected|upcoming|forthcoming|impending|looming|proposed|anticipated|awaited|promised|"
    r"threatened|intended)\b",
    re.IGNORECASE,
)


# A weekday in what a call asks for ("called for protests after Friday prayers", "urged a strike on Monday"): what is
# called for lay ahead of the call, which may itself be past, so the clause's past does not tell on which side of the
# report the day lies either. (A call in the present perfect, "has called for", is reported now: its content's day is
# read as the call's, ``events.extractor``.)
_CALLED_FOR = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!['’]s\s)(?<!['’]ve\s)\b(?:call(?:ed|ing)|appeal(?:ed|ing)|urg(?:ed|ing))\s+for\s+"
    r"(?:[\w'’-]+\s+){0,5}(?:on\s+|after\s+|at\s+)?$",
    re.IGNORECASE,
)


# A plan told from the past ("was scheduled to meet officials on Monday", "were due to arrive on Friday", "was to
# speak on Sunday"): the plan was ahead when it was made, but the telling is past, so the day may lie on either side
# of the report; the nearer is meant.
_PLAN_FROM_PAST = re.compile(
    r"\b(?:was|were)\s+(?:(?:scheduled|expected|due|set|slated|supposed|planned|going)\s+)?to\s+(?:[\w'’-]+\s+){1,6}(?:on\s+)?$",
    re.IGNORECASE,
)


def _planned_day(wd: int, ctx: Context) -> dt.date | None:
    """The nearer day ``wd`` to the reference, past or coming, when a word of plan follows the weekday's possessive, or
    the weekday stands in what a call asks for (``_CALLED_FOR``), and the clause is not in the future (where the coming
    one is meant anyway), or when a plan is told from the past (``_PLAN_FROM_PAST``, whatever the clause's tense); the
    reference day itself when it is one."""
    if ctx.ref is None:
        return None
    window = max(0, ctx.start - 80)
    past_plan = _PLAN_FROM_PAST.search(ctx.text, window, ctx.start)
    if past_plan is None and ctx.tense == "future":
        return None
    cue = past_plan or _CALLED_FOR.search(ctx.text, window, ctx.start)
    if not _PLAN_AFTER.match(ctx.text, ctx.end) and (cue is None or re.search(r"[,;:.!?\"“”]", cue.group(0))):
        return None
    back, ahead = (ctx.ref.weekday() - wd) % 7, (wd - ctx.ref.weekday()) % 7
    return ctx.ref - dt.timedelta(days=back) if back <= ahead else ctx.ref + dt.timedelta(days=ahead)


def read_weekday(m: re.Match[str], ctx: Context) -> Result:
    wd = WEEKDAYS[m["weekday"].lower().rstrip(".")]
    part = (m["part"] or m["part0"] or "").lower()
    shared = _SHARED_PART.match(ctx.text, m.end()) if not part and not m["plural"] else None
    if shared is not None:
        part = shared["part"].lower() + "s"
    code = f"T{PART_CODES[part]}" if part else ""
    joined = shared is not None or (part.endswith("s") and _JOINED_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()))
    if m["plural"] or (part.endswith("s") and not (joined and ctx.tense == "past")):
        return Reading("SET", f"XXXX-WXX-{wd + 1}{code}")
    if ctx.ref is None:
        return Reading("TIME" if code else "DATE", f"XXXX-WXX-{wd + 1}{code}")
    rel = " ".join((m["rel"] or m["post"] or "").lower().split())
    if rel in ("the following", "the previous", "the next", "that"):
        # "the following Monday": counted from the last day the text named, else from the reference.
        base = ctx.memory.day or ctx.ref
        p = weekday_point(wd, base, {"the following": "next", "the next": "next", "the previous": "last", "that": "this"}[rel], None)
        if rel == "the previous":
            p = points.day(base - dt.timedelta(days=(base.weekday() - wd) % 7 or 7))
    elif not rel and (clock_day := _day_of_clock(ctx, wd)) is not None:
        p = points.day(clock_day)  # "5 p.m. Eastern Time on Friday": the day the clock time was read on
    elif not rel and (start := _range_start(ctx)) is not None:
        # "from Monday to Friday", "Monday through Wednesday": the range ends on the first such day after it starts.
        p = points.day(start + dt.timedelta(days=(wd - start.weekday()) % 7 or 7))
    elif not rel and not code and (planned := _planned_day(wd, ctx)) is not None:
        p = points.day(planned)
    elif not rel and not code and (told := ctx.narrated_day()) is not None:
        # "The market fell on Oct. 13, 1989, and rallied Monday": the first such day after the day the sentence told.
        p = points.day(told + dt.timedelta(days=(wd - told.weekday()) % 7 or 7))
    else:
        p = weekday_point(wd, ctx.ref, rel, ctx.tense)
    pos = " ".join((m["pos"] or "").lower().split())
    mod = "START" if "hours" in pos else None if m["part0"] else position_mod(pos)  # "late Friday" (AP style): the end of that day
    return Reading("TIME" if code else "DATE", p.value + code, mod, p)


# "earlier"/"later" before a weekday, unless a unit before them makes them an offset ("a day later Friday": "a day
# later", then "Friday").
_COMPARATIVE_NOT_OFFSET = (
    "".join(rf"(?<!\b{u}\s)(?<!\b{u}s\s)" for u in ("second", "minute", "hour", "day", "night", "week", "month", "year", "moment", "time"))
    + r"(?:earlier|later)"
)


# A weekday in the name of a paper or a programme: "The Sunday Times", "the Mail on Sunday", "Saturday Night Live".
_NAME_AFTER_WEEKDAY = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Tribune|Post|Independent|Observer|Star|Mail|Sport|People|Business|"
    r"Age|Review|Magazine|Journal|Gazette|Chronicle|Standard|Record|Edition|Live|Football|Show)\b"
)
_NAME_BEFORE_WEEKDAY = re.compile(r"\b(?:Mail|Independent|Observer|Express|Mirror|Star|Scotland|Wales|Ireland|Sun)\s+on\s+$")


def veto_weekday(m: re.Match[str], text: str) -> bool:
    w = m["weekday"]
    if not w[0].isupper() or (m["plural"] and len(w) < 6):
        return True  # "Thus" is no plural of "Thu"
    if _NAME_AFTER_WEEKDAY.match(text, m.end()) or _NAME_BEFORE_WEEKDAY.search(text, max(0, m.start() - 20), m.start()):
        return True  # "The Sunday Times", "the Mail on Sunday": a paper, no day
    return w.lower().rstrip(".") in ("sun", "sat", "mon", "wed") and not w.endswith(".")


def read_weekday_date(m: re.Match[str], ctx: Context) -> Result:
    """ "Monday, Jan. 28" and "Monday 28 January": the date (the weekday only confirms it). "Sunday the 15th" names
    no month: the day of that number falling on that weekday in a month next to the reference's."""
    d = ordinal(m["day"] or m["day2"] or m["day3"])
    if d is None or not 1 <= d <= 31:
        return None
    if m["day3"]:
        if ctx.ref is None:
            return None
        weekday = WEEKDAYS[m["weekday"].lower().rstrip(".")]
        candidates = [points.day(day) for day in _days_numbered(d, ctx.ref) if day.weekday() == weekday]
        found = points.nearest(candidates, ctx.ref, ctx.tense, ctx.firm, ctx.settled)
        if found is None:  # no such day near: the weekday alone
            found = weekday_point(weekday, ctx.ref, None, ctx.tense)
            return Reading("DATE", found.value, None, found, (m.start("weekday"), m.end("weekday")))
        return Reading("DATE", found.value, None, found)
    return month_day(month_number(m["month"] or m["month2"]), d, year_number(m["year"]), ctx)


def _days_numbered(d: int, ref: dt.date) -> list[dt.date]:
    """Day ``d`` of the month before the reference's, of its own and of the one after (where the month has it)."""
    out = []
    for shift in (-1, 0, 1):
        y, mon = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
        try:
            out.append(dt.date(y, mon + 1, d))
        except ValueError:
            continue
    return out


def read_ordinal_day(m: re.Match[str], ctx: Context) -> Result:
    """ "on the 15th": that day of the reference's month, or of the month before or after, as the tense leans."""
    d = ordinal(m["day"])
    if d is None or not 1 <= d <= 31 or ctx.ref is None:
        return None
    first = ctx.memory.day
    if first is not None and first.day != d and _ORDINAL_RANGE_TO.search(ctx.text, max(0, ctx.start - 30), ctx.start):
        # "from the 22nd till the 26th": the range's second day is in the month of its first ("the 28th to the 3rd":
        # the month after)
        month = first.replace(day=1) if first.day < d else points.add_months(first.replace(day=1), 1)
        try:
            p = points.day(month.replace(day=d))
        except ValueError:
            return None
        return Reading("DATE", p.value, None, p)
    found = points.nearest([points.day(day) for day in _days_numbered(d, ctx.ref)], ctx.ref, ctx.tense, ctx.firm, ctx.settled)
    return Reading("DATE", found.value, None, found) if found is not None else None


_ORDINAL_RANGE_TO = re.compile(
    r"\bthe\s+(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\s*(?:-|–|to|through|until|till|and)\s*(?:the\s+)?$", re.IGNORECASE
)


_DAY_DIGITS = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"  # a day of a month in figures: "5", "05", "5th"


def _digits_day(name: str) -> str:
    return rf"(?P<{name}>{_DAY_DIGITS})"


# A half of a decade or a century is that decade or century at its START or END ("the last half of the '80s").
_HALF_OF = r"(?:first|second|last|latter)\s+half\s+of\s+the"
# An edge of a decade or a century is that decade or century at its START, MID or END ("the end of the 1990s").
_EDGE_OF = r"(?:(?:very|tail)\s+)?(?:beginning|start|middle|end|close|dawn)\s+of\s+the"
# "/": "the night of May 5/6", also as Penn-Treebank text escapes it ("Feb. 15\\/16, 2011", Timeline17's articles)
_DAY_TO = r"(?:\\?/|\s*(?:-|–|—|to|through|and|until)\s*)"
# The days between the first and the last of a list of days of one month ("6, 7 and 8 March"), and how it closes.
_LIST_TO = r"(?P<mids>(?:\s*,\s*(?:the\s+)?" + _DAY_DIGITS + r")+),?\s+and\s+"
_LIST_DAY = re.compile(_digits_day("day"))
_REL_DAY = r"(?:(?P<rel>last|next|this|coming|past|this\s+past|this\s+coming|the\s+following|the\s+previous|the\s+next|that)\s+)"
_PREP = r"(?:(?P<prep>in|since|until|till|through|by|from|before|after|during|of|on|for|throughout|around|to)\s+)"


def _month_days(to: str) -> str:
    """Two days of one month, the month first, joined by ``to``: "March 15-20" (``_DAY_TO``), "March 6, 7 and 8"
    (``_LIST_TO``)."""
    return month_rx() + r"\s+" + _digits_day("d1") + to + _digits_day("d2") + YEAR_TAIL + _NOT_AMOUNT


def _days_month(to: str) -> str:
    """Two days of one month, the days first, joined by ``to``: "3-5 March", "between the 3rd and 5th of March", "from
    the 8th to the 10th of February", "6, 7 and 8 March": "the" inside each date."""
    return r"(?:the\s+)?" + _digits_day("d1") + to + r"(?P<s2>(?:the\s+)?)" + _digits_day("d2") + r"\s+(?:of\s+)?" + month_rx() + YEAR_TAIL


RULES: tuple[Rule, ...] = (
    Rule(
        "iso_date",
        # "2019-12-12" and, year first with slashes or stops, "2019/12/12", "2019.12.12"
        rx(r"(?P<year>(?:1[6-9]|20)\d{2})(?P<isep>[-/.])(?P<mnum>[01]\d)(?P=isep)(?P<day>[0-3]\d)(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"),
        read_iso,
        keys=keys("#d"),
    ),
    # "3/4/98", "17.03.2011"; the slash also as Penn-Treebank text escapes it ("3\\/4\\/98", Timeline17's articles)
    Rule(
        "numeric_date",
        rx(r"(?P<a>[0-3]?\d)(?:\\?/|\.)(?P<b>[0-3]?\d)(?:\\?/|\.)(?P<year>(?:1[6-9]|20)\d{2}|\d{2})"),
        read_numeric,
        keys=keys("#d"),
    ),
    # With dashes only before a four-digit year ("12-12-2019"): "3-1-19" is more often a score or a count.
    Rule("numeric_date_dashed", rx(r"(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<year>(?:1[6-9]|20)\d{2})"), read_numeric, keys=keys("#d")),
    Rule(
        "day_range_md",
        rx(_month_days(_DAY_TO), 0),
        read_day_range,
        keys=keys(MONTH_KEYS),
    ),
    Rule(
        "day_list_md",
        rx(_month_days(_LIST_TO), 0),
        read_day_range,
        keys=keys(MONTH_KEYS),
    ),
    Rule(
        "day_list_dm",
        rx(_days_month(_LIST_TO), 0),
        read_day_range,
        keys=keys(MONTH_KEYS),
    ),
    Rule(
        "month_pair",
        # no day after either month ("Nov. 30-Dec. 2" is a range of days), no noun of a quarter after ("the April-June
        # quarter" is one quarter, the longer match)
        rx(month_rx("m1") + r"\s*[-–—]\s*" + month_rx() + r"(?!\s*\d{1,2}(?!\d))" + YEAR_TAIL, 0),
        read_month_pair,
        keys=keys(MONTH_KEYS),
    ),
    Rule(
        "cross_month_range",
        rx(
            month_rx("m1")
            + r"\s+"
            + _digits_day("d1")
            + r"\s*[-–—]\s*"
            + month_rx()
            + r"\s+"
            + _digits_day("d2")
            + YEAR_TAIL
            + _NOT_AMOUNT,
            0,
        ),
        read_cross_month_range,
        keys=keys(MONTH_KEYS),
    ),
    Rule(
        "dated_range",
        rx(
            r"(?:"
            + month_rx("m1")
            + r"\s+"
            + _digits_day("d1")
            + r"|"
            + _digits_day("e1")
            + r"\s+"
            + month_rx("n1")
            + r")"
            + _DAY_TO
            + r"(?:"
            + month_rx()
            + r"\s+"
            + _digits_day("d2")
            + r"|"
            + _digits_day("e2")
            + r"\s+"
            + month_rx("n2")
            + r"),?\s+(?P<year>(?:1[6-9]|20)\d{2})(?!\d)"
            + _NOT_AMOUNT,
            0,
        ),
        read_dated_range,
        keys=keys(MONTH_KEYS),
    ),
    Rule(
        "day_range_dm",
        rx(_days_month(_DAY_TO), 0),
        read_day_range,
        keys=keys(MONTH_KEYS),
    ),
    Rule(
        "weekday_date",
        rx(
            # "this coming Sunday, March 8", "last Friday, Oct. 13": the word before the weekday is the date's too
            r"(?:(?:[Tt]his\s+(?:coming|past)|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?"
            + weekday_rx(dated=True)
            + r",?\s+(?:\(\s*)?(?:"
            + month_rx()
            + r"\s+(?:the\s+)?"
            + day_rx()
            + r"|(?:the\s+)?"
            + day_rx("day2")
            + r"\s+(?:of\s+)?"
            + month_rx("month2")
            + r"|the\s+(?P<day3>(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)|"
            + ORDINAL_DAY
            + r")(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:at|in|on|when|and|to|for|from|with|after|before|as|is|was|will|would)\b))"
            + YEAR_TAIL
            + r"\s*\)?",
            0,
        ),
        read_weekday_date,
        keys=keys(WEEKDAY_KEYS),
    ),
    Rule(
        "ordinal_day",
        rx(
            r"(?:(?:on|by|until|till|from|since|before|after)\s+)?(?P<t>the\s+(?P<day>(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)))"
            r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:at|in|on|when|and|to|through|until|till|for|from|with|after|before|as|is|was|will|would)\b)",
            0,
        ),
        read_ordinal_day,
        keys=keys("#d"),
    ),
    Rule(
        "rel_month_day",
        rx(
            anycase(r"(?P<rel>last|next|this\s+past|this\s+coming)\s+")
            + month_rx()
            + r"\s+"
            + day_rx()
            + r"(?![\d,]*\s*(?:19|20)\d\d)"
            + _NOT_AMOUNT,
            0,
        ),
        read_rel_month_day,
        keys=keys(MONTH_KEYS),
    ),
    Rule(
        "month_day",
        rx(anycase(_DAY_POS + r"?") + month_rx() + r"\s+(?:the\s+)?" + day_rx() + YEAR_TAIL + _NOT_AMOUNT, 0),
        read_month_day,
        keys=keys(MONTH_KEYS),
    ),
    Rule(
        "day_month",
        rx(anycase(_DAY_POS + r"?(?:the\s+)?") + day_rx() + r"\s+(?:of\s+)?" + month_rx() + YEAR_TAIL, 0),
        read_month_day,
        keys=keys(MONTH_KEYS),
    ),
    Rule(
        "month_year",
        rx(anycase(r"(?:(?P<pos>" + POSITION_WORDS + r")[\s-]+)?") + month_rx() + r",?\s+(?:of\s+)?" + year_rx(), 0),
        read_month_year,
        keys=keys(MONTH_KEYS),
    ),
    Rule(
        "month_rel_year",
        rx(month_rx() + r"\s+(?:of\s+)?(?P<rel>last|next|this|the\s+previous|the\s+following|the\s+same|that(?:\s+same)?)\s+year", 0),
        read_month_rel_year,
        keys=keys(MONTH_KEYS),
    ),
    Rule(
        "month",
        rx(
            anycase(_PREP + r"?")
            + r"(?P<t>"
            + anycase(
                r"(?:(?P<rel>last|next|this|past|this\s+past|this\s+coming|the\s+following|the\s+next|the\s+previous|the\s+preceding|that|"
                r"early|late|mid|"
                r"(?:end|start)(?=-)|"
                r"(?:the\s+)?(?:(?:first|opening|last|final|closing)\s+(?:days|weeks)|"
                r"(?:first|second|last|latter|final)\s+half|(?:early|earlier|first|opening|latter|later|last|final|closing)\s+part)\s+of|"
                + POSITION_WORDS[3:-1]
                + r")[\s-]+)?"
            )
            + month_rx()
            + ")",
            0,
        ),
        read_month,
        veto_month,
        keys=keys(MONTH_KEYS),
    ),
    Rule(
        "year",
        re.compile(
            r"(?<![\w$€£#.,/])(?<![A-Za-z]-)(?:" + _PREP.replace("|to)", ")") + r")?(?P<t>(?:(?P<pos>"
            r"early|mid|late|(?:early|late)\s+in|(?:the\s+)?(?:(?:very|tail)\s+)?(?:beginning|start|middle|end)\s+of|(?:end|start)(?=-)|"
            r"(?:the\s+)?(?:first|opening|early|last|final|closing|latter|later)\s+(?:days|weeks|months|part)\s+of)[\s-]+|(?:the\s+)?(?:fiscal|calendar)(?:\s+year)?\s+|"
            r"FY\s?|the\s+year\s+)?" + year_rx() + r")(?![\w%]|[.,]\d)",
            re.IGNORECASE,
        ),
        read_year,
        veto_year,
        keys=keys("#d", SPOKEN_YEAR_KEYS),
    ),
    Rule(
        "clipped_spoken_year",
        # Only after "in", "since" or "until" and before the clause's end: "in ninety-one cases" is a count.
        rx(
            r"(?:(?P<prep>in|since|until|till)\s+)(?P<t>"
            + CLIPPED_SPOKEN_YEAR
            + r")(?=\s*(?:[.,;:!?)\"”]|$)|\s+(?:and|when|after|before)\b)"
        ),
        read_clipped_spoken_year,
        keys=keys("twenty thirty forty fifty sixty seventy eighty ninety"),
    ),
    Rule(
        "year_range",
        rx(r"(?:fiscal\s+)?(?P<y1>(?:1[6-9]|20)\d{2})\s?[-–/]\s?(?P<y2>\d{2})(?![\d%]|[.,]\d|-)"),
        read_year_range,
        veto_year_range,
        keys=keys("#d"),
    ),
    Rule(
        "decade",
        rx(
            r"(?:the\s+)?(?:(?P<pos>early|mid|late|(?:early|mid)[\s-]+to[\s-]+(?:mid|late)|" + _HALF_OF + "|" + _EDGE_OF + r")[\s-]+)?"
            r"(?P<dec>(?:1[6-9]|20)\d0['’]?s|(?<=the\s)1[0-5]\d0s|['’]\d0['’]?s|"
            # a clipped decade after "the", or after another one it is joined to ("the 70s and 80s")
            r"(?:(?<=the\s)|(?<=the\searly\s)|(?<=the\slate\s)|(?<=the\smid\s)|(?<=the\smid-)|(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0's\sand\s)|(?<=0’s\sand\s)|"
            r"(?<=0s\sto\s)|(?<=0s-)|(?<=0s–))(?:\d0['’]?s|(?:(?P<century>nineteen|eighteen|twenty)[\s-])?(?:twenties|thirties|forties|fifties|sixties|seventies|"
            r"eighties|nineties)))"
        ),
        read_decade,
        keys=keys("#d twenties thirties forties fifties sixties seventies eighties nineties"),
    ),
    Rule(
        "century",
        rx(
            r"(?:the\s+)?(?:(?P<pos>early|mid|late|"
            + _HALF_OF
            + "|"
            + _EDGE_OF
            + r")[\s-]+)?(?P<ord>"
            + _CENTURY_ORDINAL
            + r")[\s-]+century"
        ),
        read_century,
        keys=keys("century"),
    ),
    Rule(
        "decade_of_century",
        rx(
            r"the\s+(?P<dord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+decade\s+of\s+"
            r"(?:the|this)\s+(?:(?P<ord>" + _CENTURY_ORDINAL + r")[\s-]+)?century"
        ),
        read_decade_of_century,
        keys=keys("decade"),
    ),
    Rule(
        "centuries",
        rx(r"(?:the\s+)?(?P<o1>\d{1,2}(?:st|nd|rd|th))(?:\s+(?:and|or|to)\s+|\s*[-–]\s*)(?P<o2>\d{1,2}(?:st|nd|rd|th))[\s-]+centuries"),
        read_centuries,
        keys=keys("centuries"),
    ),
    Rule(
        "weekday",
        re.compile(
            # Word edges as ``rx`` draws them, save a hyphen between two weekdays: "Friday-Sunday" is a range.
            r"(?:(?<![\w-])|(?<=day-))(?:"
            # "earlier Sunday", "later Friday": inside the extent as "early"/"late" are (TimeBank: "Earlier Sunday")
            r"(?:(?P<pos>early|late|" + _COMPARATIVE_NOT_OFFSET + r"|(?:the\s+)?(?:early|small|wee)\s+hours\s+of|"
            r"(?:the\s+)?(?:early|late)\s+(?P<part0>morning|afternoon|evening|night)\s+of)\s+(?:on\s+)?)?"
            + _REL_DAY
            + r"?"
            + weekday_rx()
            + r"(?P<plural>s)?(?:\s+(?P<part>(?:morning|afternoon|evening|night)s?))?"
            # "Sunday last", "Monday next": the older, British order ("Monday next week" is another rule's)
            + r"(?:\s+(?P<post>last|next)\b(?!\s+(?:week|month|year|weekend|time|to|\w+ing)\b))?"
            r")(?:(?![\w-])|(?=-" + WEEKDAY + r"\b))",
            re.IGNORECASE,
        ),
        read_weekday,
        veto_weekday,
        keys=keys(WEEKDAY_KEYS),
    ),
)
