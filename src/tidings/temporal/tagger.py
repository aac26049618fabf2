"""The rule table and the two entry points: ``tag`` (find and normalise) and ``resolve`` (one expression).

Every rule of ``RULES`` runs over the text; where candidates overlap, the
longest extent wins (ties go to the rule earlier in the table); the winners
are then read in text order, so that each can count from the times named
before it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from tidings.models import Tense, TimePoint, Timex
from tidings.temporal import dates, named_days, periods, points, relative, spans
from tidings.temporal.context import Context, Memory, Reading, Result, Rule, lexical_tense, text_keys
from tidings.temporal.points import at, day, move, rank, to_date, too_far
from tidings.temporal.values import joined_duration
from tidings.temporal.words import COUNT, GROUP_NOUNS, PART_CODES, UNIT, WEEKDAY, WEEKDAYS, month_rx, number, unit_of

# Explicit dates first: on a tie of extents the earlier rule wins.
RULES: tuple[Rule, ...] = dates.RULES + named_days.RULES + periods.RULES + relative.RULES + spans.RULES

Candidate = tuple[int, int, Rule, re.Match[str]]


_MARGIN = 20  # a match must end this far inside its window, so that its look-aheads saw the real text


def windows(rule: Rule, present: dict[str, list[int]], size: int) -> list[tuple[int, int]]:
    """Where ``rule`` can match: around its keys (words, digits, clocks' colons); the whole text for a rule without keys."""
    if not rule.keys:
        return [(0, size)]
    spots = sorted(p for k in rule.keys for p in present.get(k, ()))
    back, ahead = rule.reach
    out: list[tuple[int, int]] = []
    for p in spots:
        lo, hi = max(0, p - back), min(size, p + ahead)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def candidates(text: str) -> list[Candidate]:
    """Every rule's matches, overlaps settled: the longest extent wins, then the earlier rule, then the earlier start.

    A rule with keys is tried only where the text holds one of them (``windows``): this only makes ``tag``
    faster, since a key word is part of every match of its rule.
    """
    found: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    present = text_keys(text)
    size = len(text)
    for order, rule in enumerate(RULES):
        if rule.keys and not any(k in present for k in rule.keys):
            continue
        for lo, hi in windows(rule, present, size):
            for m in rule.pattern.finditer(text, lo, hi):
                if hi < size and m.end() > hi - _MARGIN:
                    continue
                start, end = rule.extent(m)
                if end <= start or (rule.veto is not None and rule.veto(m, text)):
                    continue
                found.append((start, end, order, rule, m))
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen: list[Candidate] = []
    for start, end, _order, rule, m in found:
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            chosen.append((start, end, rule, m))
    chosen.sort(key=lambda c: c[0])
    return chosen


_OPEN_QUOTE = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))(?:``|[\"“])(?=\S)")
_TITLE_WORD = re.compile(r"(?:[A-Z][\w'’.&-]*|\d[\d'’-]*|of|the|and|with|in|on|a|an|for|to|at|&)[,.]?")
_CLOSE_QUOTE = re.compile(r"''|[\"”]")
_NOT_NAME_WORDS = frozenset(
    ("by", "on", "in", "at", "since", "until", "from", "before", "after", "through", "of", "the", "and", "to", "for")
)
_TITLE_AFTER = re.compile(r"\s*(?:show|program|programme|broadcast|series|column|segment|magazine|plan|program's|show's)\b", re.IGNORECASE)


def in_title(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a quoted name: capitalised words, with a capitalised word of their own beside the
    time ('"This Week With David Brinkley"', '"Vision 2020"'), or after a possessive or before "show"/"program"
    ('ABC News' "This Week,"', 'NBC's "Today" show'): a broadcast, a column, a plan, no time. Quoted speech ('"Today
    we are free," he said') has lower-case words, and a quoted date ('"By March 3"') no name word: they stay."""
    lo = max(0, start - 40)
    opening = None
    for m in _OPEN_QUOTE.finditer(text, lo, start + 1):
        opening = m
    if opening is None:
        return False
    close = _CLOSE_QUOTE.search(text, end, min(len(text), end + 40))
    if close is None or _CLOSE_QUOTE.search(text, opening.end(), start):
        return False
    words = text[opening.end() : close.start()].split()
    if not words or len(words) > 6 or not all(_TITLE_WORD.fullmatch(w) for w in words) or not words[0][0].isalnum():
        return False
    outside = (text[opening.end() : start] + " " + text[end : close.start()]).split()
    if any(w[:1].isupper() and w.strip(",.").lower() not in _NOT_NAME_WORDS for w in outside):
        return True
    return re.search(r"['’]s?\s*$", text[lo : opening.start()]) is not None or _TITLE_AFTER.match(text, close.end()) is not None


_GROUP_NAME_AFTER = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w'’.-]*\s+){0,2}?(?:" + "|".join(GROUP_NOUNS) + r")(?![\w-])")


def in_group_name(text: str, start: int, end: int) -> bool:
    """Whether the written date [start, end) opens the name of a body of people ("the April 6 Youth Movement", "the
    February 17 Martyrs Brigade", "the 25th of January Youth"): a name, which TIMEX3 does not tag, and no time the
    story counts from (a weekday after it is not of February). A word of time ("today's Green Movement") stays."""
    return any(c.isdigit() for c in text[start:end]) and _GROUP_NAME_AFTER.match(text, end) is not None


def _readings(result: Result) -> tuple[Reading, ...]:
    if result is None:
        return ()
    return result if isinstance(result, tuple) else (result,)


def tag(
    text: str,
    reference: str | dt.date | None,
    tense_of: Callable[[int, int], Tense | None] | None = None,
) -> list[Timex]:
    """Find the time expressions of ``text`` and normalise them against ``reference``.

    The tense of the clause around an expression is a hint, never a rule: the
    nearest verb cue around it ("said it will pay Jan. 2": future) weighs
    first. ``tense_of(start, end)`` (a parse's tense of the clause at those
    offsets, None: unknown) is heard only where the words give no cue, and
    only when it says "future": a parse answers "past" when it has no
    evidence, so its past adds nothing to the words. Taking the parse's tense
    as given lowers value F1 on te3-platinum from 0.886 to 0.864 and on
    TimeBank's development part from 0.860 to 0.824 (``bench/temporal_bench.py``).
    Expressions relative to the narrative ("a day earlier", "the following
    year", "the year-earlier quarter") count from the last time named before
    them, or are left unresolved; "that day" with nothing before it to point
    back to is not tagged (``_DEMONSTRATIVE``).
    """
    ref = to_date(reference)
    ref = dates.dateline_reference(text, ref) or ref  # a wire story counts from the day its dateline names
    clock = _clock_of(reference, ref)
    memory = Memory()

    def tense_at(start: int, end: int) -> tuple[Tense | None, bool]:
        lexical = lexical_tense(text, start, end)
        if lexical is None and tense_of is not None and tense_of(start, end) == "future":
            return "future", False
        return lexical, False

    out: list[Timex] = []
    for start, end, rule, m in candidates(text):
        if in_title(text, start, end) or in_group_name(text, start, end):
            continue
        ctx = Context(text, ref, memory, start, end, tense_at, clock)
        for reading in _readings(rule.read(m, ctx)):
            s, e = reading.span or (start, end)
            out.append(Timex(s, e, text[s:e], reading.type, reading.value, reading.mod, reading.point))
            memory.remember(reading, e, s)
    out = _compound_durations(text, _overnight(text, _clock_on_day(text, _counted_from_next(text, out))))
    out = _approximate(text, _open_ended(text, out))
    return [t for t in out if t.value is not None or not _DEMONSTRATIVE.match(t.text)]


def _clock_of(reference: str | dt.date | None, ref: dt.date | None) -> dt.datetime | None:
    """The reference's time of day ("1998-02-27T08:09:00", a datetime), when it names one and falls on the day the
    story counts from (a dateline's other day leaves the clock unknown): "two hours ago" is then a time."""
    if isinstance(reference, dt.datetime):
        clock = reference
    elif isinstance(reference, str) and re.match(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", reference):
        try:
            clock = dt.datetime.fromisoformat(reference[:16])
        except ValueError:
            return None
    else:
        return None
    return clock if clock.date() == ref else None


# "that day", "that week", "this period" with no time named before them to point back to: the day of some event
# ("trades made that day"), which a TIMEX3 cannot value; left untagged, as a TIMEX3 without a value only lowers value
# F1 ("the day before the vote" stays: TimeML tags it, valued or not); "later that day" too, its modifier inside
_DEMONSTRATIVE = re.compile(r"(?:(?:earlier|later|early|late)\s+)?(?:that|this|those|these)\s", re.IGNORECASE)


# A date left open on one side: "1994 or later", "1990 and beyond", "2001 or earlier" (TIMEX3 mod ON_OR_AFTER,
# ON_OR_BEFORE; the words are part of the extent, as TimeBank tags "1994 or later").
# The words close the phrase ("in 1990 or later years" is a span of years; "March and later June" two times).
_OPEN_AFTER = re.compile(r"\s+(?P<w>or\s+(?:later|after|beyond)|and\s+beyond)(?=\s*(?:[,.;:!?)\"”]|$))", re.IGNORECASE)
_OPEN_BEFORE = re.compile(r"\s+(?P<w>or\s+(?:earlier|before|sooner))(?=\s*(?:[,.;:!?)\"”]|$))", re.IGNORECASE)


# An approximate date or clock time: "around Nov. 1", "roughly 1990", "at about 5 p.m." (TIMEX3 mod APPROX, the word
# inside the extent as TimeBank tags "around Nov. 1"); "about" only after a preposition ("a book about 1968" is a topic).
_APPROX_BEFORE = re.compile(
    r"(?:(?<![\w-])(?P<w>around|approximately|roughly|circa)|\b(?:at|in|on|by|until|till|since|from|to)\s+(?P<a>about))\s+$",
    re.IGNORECASE,
)


def _approximate(text: str, out: list[Timex]) -> list[Timex]:
    """A DATE or TIME with no mod of its own after "around", "roughly", "approximately", "circa" or a preposition's
    "about": the time, approximately (PRESENT_REF and the like stay as they are)."""
    for i, t in enumerate(out):
        if t.type not in ("DATE", "TIME") or t.mod is not None or t.value is None or t.value.endswith("_REF"):
            continue
        m = _APPROX_BEFORE.search(text, max(0, t.start - 20), t.start)
        start = m.start("w") if m is not None and m["w"] else m.start("a") if m is not None else -1
        if m is None or (i > 0 and out[i - 1].end > start):
            continue
        out[i] = replace(t, start=start, text=text[start : t.end], mod="APPROX")
    return out


def _open_ended(text: str, out: list[Timex]) -> list[Timex]:
    """A DATE with no mod of its own followed by "or later", "and beyond", "or earlier": the date, open on that side."""
    taken = {t.start for t in out}
    for i, t in enumerate(out):
        if t.type != "DATE" or t.mod is not None or t.value is None or t.value.endswith("_REF"):
            continue
        m = _OPEN_AFTER.match(text, t.end) or _OPEN_BEFORE.match(text, t.end)
        if m is None or any(t.end < s < m.end() for s in taken):
            continue
        mod = "ON_OR_AFTER" if m.re is _OPEN_AFTER else "ON_OR_BEFORE"
        out[i] = replace(t, end=m.end(), text=text[t.start : m.end()], mod=mod)
    return out


_UNIT_DIR = (
    r"(?<![\w-])(?P<t>the\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year|" + WEEKDAY + r"))\s+(?P<dir>before|after)"
)
_UNIT_BEFORE = re.compile(_UNIT_DIR + r"\s+(?:the\s+)?$", re.IGNORECASE)
_EVE_OF = re.compile(r"(?<![\w-])(?P<t>the\s+eve)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _counted_from_next(text: str, out: list[Timex]) -> list[Timex]:
    """ "the day after Thanksgiving", "the week before Christmas", "the Friday before Easter", "the year after 2008",
    "the day before the March 3 vote" (a date that dates the event noun after it), "the eve of" a date: the unit next to the date that
    follows it, a DATE of its own beside that date (TimeML tags no expression inside
    another; TimeBank's "Oct. 12, the day before the plunge" tags "the day"). Read here, once the date after is
    known; a unit finer than that date ("the day after 2008") is left as the rules read it."""
    for b in list(out):
        anchor = b.point or points.point_from_value(b.value)  # a holiday's reading carries its value alone
        if anchor is None or b.type not in ("DATE", "TIME"):
            continue
        m = _UNIT_BEFORE.search(text, max(0, b.start - 40), b.start) or _EVE_OF.search(text, max(0, b.start - 20), b.start)
        if m is None:
            continue
        eve = m.re is _EVE_OF  # "the eve of Christmas", "the eve of the March 20 vote": the day before
        unit = "day" if eve else m["unit"].lower()
        point = _unit_beside(unit, eve or m["dir"].lower() == "before", anchor)
        if point is None:
            continue
        part = PART_CODES.get(unit)
        value = f"{point.value}T{part}" if part else point.value
        start, end = m.span("t")
        # "after" is the unit's, not a limit on the date after it ("the year after 2008": 2008, no mod AFTER)
        out = [replace(t, mod=None) if t is b and t.mod in ("AFTER", "BEFORE") else t for t in out if t.end <= start or t.start >= end]
        out.append(Timex(start, end, text[start:end], "TIME" if part else "DATE", value, None, point))
    return sorted(out, key=lambda t: t.start)


_CLOCK_VALUE = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})T(?P<h>\d{2}):(?P<mi>\d{2})(?P<rest>.*)")
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_CLOCK_RANGE = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*", re.IGNORECASE)
_DAY_WORDS = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|"
    + WEEKDAY
    + r"|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b",
    re.IGNORECASE,
)


# A duration's parts, largest first (TIMEX3: P2Y3M, PT3H20M), and the word that joins two of them.
_DURATION_PARTS = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")  # the groups of _DURATION_PARTS
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


def _compound_durations(text: str, out: list[Timex]) -> list[Timex]:
    """ "two years and three months", "three hours and 20 minutes": one DURATION (P2Y3M, PT3H20M), as "two and a half
    years" is, when each part counts smaller units than the one before it; not "between two years and three months",
    a range, nor "two days and three nights" (the same unit)."""
    merged: list[Timex] = []
    for t in out:
        a = merged[-1] if merged else None
        if a is not None and a.type == t.type == "DURATION" and t.mod is None and _AND.fullmatch(text, a.end, t.start):
            pa, pt = _DURATION_PARTS.fullmatch(a.value or ""), _DURATION_PARTS.fullmatch(t.value or "")
            if pa is not None and pt is not None and not _BETWEEN_BEFORE.search(text, max(0, a.start - 10), a.start):
                ia = [i for i, g in enumerate(pa.groups()) if g]
                it = [i for i, g in enumerate(pt.groups()) if g]
                if ia and it and ia[-1] < it[0]:
                    counts = [x or y for x, y in zip(pa.groups(), pt.groups(), strict=True)]
                    value = joined_duration([(int(c), u) for c, u in zip(counts, _DURATION_UNITS, strict=True) if c])
                    merged[-1] = replace(a, end=t.end, text=text[a.start : t.end], value=value)
                    continue
        merged.append(t)
    return merged


_ON = re.compile(r",?\s+on\s+", re.IGNORECASE)
# a clock time or a part of the day (TIMEX3 MO, MI, AF, EV, NI) on a day
_TIME_OF_DAY_VALUE = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})T(?:\d{2}:\d{2}|(?P<part>MO|MI|AF|EV|NI)\b).*")
# a part of the day that names no day: "the evening", "the early morning", "lunchtime" (not "this evening")
_BARE_PART = re.compile(r"(?:the\s+)?(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)|lunch[\s-]?time", re.IGNORECASE)


def _clock_on_day(text: str, out: list[Timex]) -> list[Timex]:
    """ "at 11 p.m. on New Year's Eve", "at noon on the 14th": a clock time that names no day of its own takes the day
    "on" joins to it, as it does a weekday's or a written date's (``spans._JOINED_AFTER``) when that day is read by
    another rule (a holiday, an ordinal day); so does a part of the day ("in the evening on Tuesday", "at lunchtime
    on Friday"), which is read before the day after it."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        ma = _TIME_OF_DAY_VALUE.fullmatch(a.value or "")
        if ma is None or a.type != "TIME" or _ON.fullmatch(text, a.end, b.start) is None:
            continue
        if _BARE_PART.fullmatch(a.text) is None if ma["part"] else _DAY_WORDS.search(a.text) is not None:
            continue
        day = b.point or points.point_from_value(b.value)
        if day is None or day.granularity != "day" or b.type != "DATE" or day.value == ma["date"]:
            continue
        out[i] = replace(a, value=day.value + (a.value or "")[len(ma["date"]) :], point=day)
    return out


def _overnight(text: str, out: list[Timex]) -> list[Timex]:
    """ "a 7 p.m.-6 a.m. curfew", "from 11 p.m. until 2 a.m.", "between 10 p.m. and 4 a.m.": a clock time that closes a
    range at an earlier hour than the one that opens it is on the next day, when it names no day of its own."""
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        ma, mb = _CLOCK_VALUE.fullmatch(a.value or ""), _CLOCK_VALUE.fullmatch(b.value or "")
        if ma is None or mb is None or ma["date"] != mb["date"] or (mb["h"], mb["mi"]) >= (ma["h"], ma["mi"]):
            continue
        joiner = _CLOCK_RANGE.fullmatch(text, a.end, b.start)
        if joiner is None or _DAY_WORDS.search(b.text) is not None:
            continue
        if joiner.group(0).strip().lower() == "and" and not _BETWEEN.search(text, max(0, a.start - 10), a.start):
            continue
        nxt = dt.date.fromisoformat(ma["date"]) + dt.timedelta(days=1)
        out[i] = replace(b, value=f"{nxt.isoformat()}T{mb['h']}:{mb['mi']}{mb['rest']}", point=day(nxt))
    return out


def _unit_beside(unit: str, before: bool, anchor: TimePoint) -> TimePoint | None:
    """The ``unit`` (a day, a part of one, a weekday, a weekend, a week, a month, a year) just before or after
    ``anchor``, or None when the unit is finer than the anchor."""
    sign = -1 if before else 1
    base = anchor.start if before else anchor.end
    if unit in WEEKDAYS or unit == "weekend":
        if rank(anchor.granularity) < rank("day"):
            return None
        wd = WEEKDAYS.get(unit, 5)
        step = (base.weekday() - wd) % 7 or 7 if before else (wd - base.weekday()) % 7 or 7
        found = base + dt.timedelta(days=sign * step)
        if unit == "weekend" and before and found + dt.timedelta(days=1) >= base:
            found -= dt.timedelta(days=7)  # the weekend before a Sunday is the one before its own
        return points.weekend(found) if unit == "weekend" else day(found)
    grain = "day" if unit in PART_CODES or unit == "day" else unit
    if rank(anchor.granularity) < rank(grain):
        return None
    return points.shift(base, sign, grain)


_LEADING = re.compile(
    r"(?:(?:on|in|at|since|until|till|through|by|during|from|between|of|for|over|throughout|the|(?:way\s+)?back\s+in|around|about|approximately|circa|"
    r"(?:(?:shortly|just|right|soon|immediately|well)\s+)?(?:before|after)|toward|towards|as\s+of|starting|beginning|effective)\s+)*",
    re.IGNORECASE,
)
_JOINERS = re.compile(r"(?:\s|,|\bat\b|\bon\b|\bin\b|\bof\b)*", re.IGNORECASE)
_OFFSET = re.compile(
    r"(?:(?:about|some|around|roughly|nearly|almost|just)\s+)?(?P<count>"
    + COUNT
    + r")\s+(?P<unit>"
    + UNIT
    + r")s?\s+(?P<dir>before|after|from|prior\s+to|following|preceding|ahead\s+of)\s+(?P<rest>.+)",
    re.IGNORECASE,
)


def _read_whole(expr: str, ref: dt.date | None, tense: Tense | None, anchor: dt.date | None) -> Reading | None:
    """The reading of ``expr`` when its time expressions span all of it (a leading preposition aside).

    One expression: its reading. A day and a clock time joined ("Monday at 10 a.m.", "noon on Friday"):
    the finer one.
    """
    lead = _LEADING.match(expr)
    first = lead.end() if lead else 0
    last = len(expr.rstrip(" .,;"))
    memory = Memory(day=anchor, point=day(anchor) if anchor else None)
    readings: list[Reading] = []
    at = first
    for start, end, rule, m in candidates(expr):
        if end <= first:
            continue
        gap = _JOINERS.match(expr, at)
        if start > at and (gap is None or gap.end() < start):
            return None
        ctx = Context(expr, ref, memory, start, end, lambda _s, _e: (tense, tense is not None))
        found = _readings(rule.read(m, ctx))
        if len(found) == 2 and found[0].point is not None and found[1].point is not None:
            # A range of one rule ("June 3-5", "13 to 15 January"): the first date, ending with the second.
            found = (replace(found[0], point=replace(found[0].point, end=found[1].point.end, end_point=found[1].point)),)
        if len(found) != 1:
            return None
        readings.append(found[0])
        memory.remember(found[0], end, start)
        at = end
    if not readings or at < last:
        return None
    if len(readings) == 1:
        return readings[0]
    dated = [r for r in readings if r.point is not None and r.type in ("DATE", "TIME")]
    if len(dated) != len(readings):
        return None
    return max(dated, key=lambda r: (rank(r.point.granularity if r.point else None), r.type == "TIME"))


def _resolve_one(expr: str, ref: dt.date | None, tense: Tense | None, anchor: dt.date | None) -> TimePoint | None:
    expr = re.sub(r"['’]s$", "", expr)  # "last month's"
    reading = _read_whole(expr, ref, tense, anchor)
    if reading is not None and reading.type in ("DATE", "TIME"):
        return reading.point
    return _resolve_offset(expr, ref, tense, anchor) or _resolve_ahead(expr, ref) or _resolve_same_day(expr, anchor)


_SAME_DAY = re.compile(
    r"(?:(?:a\s+few|several|some|a\s+couple\s+of|only|just)\s+)?(?:hours|minutes|moments|seconds)\s+(?:later|afterwards?|after|earlier)",
    re.IGNORECASE,
)


def _resolve_same_day(expr: str, anchor: dt.date | None) -> TimePoint | None:
    """ "hours later", "moments afterwards": less than a day from the day the story named, so that day."""
    return day(anchor) if anchor is not None and _SAME_DAY.fullmatch(expr) else None


_AHEAD = re.compile(
    r"(?:(?P<in>in)\s+)?(?:(?:about|some|around|roughly|nearly|almost|just|another)\s+)?(?P<count>"
    + COUNT
    + r")\s+(?P<unit>"
    + UNIT
    + r")s?(?P<half>\s+and\s+a\s+half)?(?:['’]s?\s+time)?(?:\s+(?P<now>from\s+now|hence))?",
    re.IGNORECASE,
)


def _resolve_ahead(expr: str, ref: dt.date | None) -> TimePoint | None:
    """ "in two weeks", "three years from now", "in a month's time": that far after the reference."""
    m = _AHEAD.fullmatch(expr)
    n = number(m["count"]) if m else None
    if m is None or ref is None or n is None or not (m["in"] or m["now"]):
        return None
    unit = unit_of(m["unit"])
    if m["half"] and unit in ("year", "month"):
        # "a year and a half from now": eighteen months on.
        n, unit = (n + 0.5) * (12 if unit == "year" else 30), "month" if unit == "year" else "day"
    if too_far(n, unit):
        return None
    if unit in ("day", "week", "fortnight"):
        return day(ref + dt.timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit]))
    if unit in ("month", "quarter", "year", "decade"):
        return move(
            at(unit if unit != "decade" else "year", ref), int(n) * (10 if unit == "decade" else 1), unit if unit != "decade" else "year"
        )
    return None


_THE_UNIT_OFFSET = re.compile(_UNIT_DIR + r"\s+(?P<rest>.+)", re.IGNORECASE)


def _resolve_offset(expr: str, ref: dt.date | None, tense: Tense | None, anchor: dt.date | None) -> TimePoint | None:
    """ "two days after March 3", "three weeks before June 1", "a week from Monday", "the day after March 3": a date
    counted from another."""
    if (unit_m := _THE_UNIT_OFFSET.fullmatch(expr)) is not None:
        # "the week before Christmas", "the Friday before Easter", "the month after June 2019": that unit, as ``tag`` reads it
        anchor_point = _resolve_one(unit_m["rest"], ref, tense, anchor)
        if anchor_point is not None:
            return _unit_beside(unit_m["unit"].lower(), unit_m["dir"].lower() == "before", anchor_point)
    expr = re.sub(r"^the\s+(day|week|month|year)\s+(?=(?:before|after|following|preceding)\s)", r"one \1 ", expr, flags=re.IGNORECASE)
    m = _OFFSET.fullmatch(expr)
    if m is None:
        return None
    n = number(m["count"])
    unit = unit_of(m["unit"])
    base = _resolve_one(m["rest"], ref, tense or ("future" if m["dir"].lower() == "from" else None), anchor)
    if n is None or base is None or unit not in ("day", "week", "fortnight", "month", "year") or too_far(n, unit):
        return None
    sign = -1 if m["dir"].lower() in ("before", "prior to", "preceding") else 1
    if unit in ("day", "week", "fortnight"):
        days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
        return day(base.start + dt.timedelta(days=sign * days))
    return move(base, sign * int(n), unit)


_FOCUS = re.compile(
    r"^(?:only|just|even|already|still|sometime|some\s+time|at\s+some\s+point|so\s+far|well"
    r"|as\s+(?:early|late|recently|soon|far\s+back|long\s+ago)\s+as|no\s+(?:later|earlier|sooner)\s+than"
    r"|not\s+(?:until|till|before)|(?:the\s+)?(?:first|second|latter|last)\s+half\s+of)\s+",
    re.IGNORECASE,
)


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
    best = _resolve_one(expr, ref, tense, anchor_date)
    while best is None and (bare := _FOCUS.sub("", expr, count=1)) != expr:
        # "only yesterday", "just last week", "as recently as last month", "well over a month ago": the value is
        # that of the expression the word leans on (TIMEX3 leaves focus and limit words outside the extent).
        expr = bare
        best = _resolve_one(expr, ref, tense, anchor_date)
    if best is not None:
        return best
    # A range: "March 15-20", "from Monday to Wednesday", "January 2020 - March 2021".
    rng = re.fullmatch(r"(?:from\s+|between\s+)?(.+?)\s*(?:-|–|\bto\b|\buntil\b|\bthrough\b|\band\b)\s*(.+)", expr, re.IGNORECASE)
    if rng:
        left, right = rng.group(1), rng.group(2)
        if re.fullmatch(r"\d{1,2}", right.strip()) and (lm := re.fullmatch(month_rx() + r"\s+(\d{1,2})", left)):
            right = f"{lm.group('month')} {right}"
        a = _resolve_one(left, ref, tense, anchor_date)
        b = _resolve_one(right, ref, tense, anchor_date)
        if a is not None and b is not None:
            return replace(a, end=b.end, end_point=b)
    return None
