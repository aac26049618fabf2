"""Rules for parts of the year: quarters, halves, seasons, fiscal and reporting periods, edges and middles of units
("the end of the year", "midyear", "mid-month").

Business news counts in quarters: "third-quarter profit", "the latest
quarter", "the year-ago quarter", "the 1988 period". A quarter named without
a year is the one nearest the reference date on the side of the tense (in a
January story "the fourth quarter" is the one just ended). The quarter or
half last named is the document's reporting period: "the quarter" and "the
latest period" are that period, "the year-earlier quarter" and "a year ago"
(in ``relative``) the same period a year before.
"""

from __future__ import annotations

import datetime as dt
import re

from tidings.models import TimePoint
from tidings.temporal import points
from tidings.temporal.context import Context, Reading, Result, Rule, keys, past_of_clause, rx, sentence_bounds, settled_past
from tidings.temporal.dates import CLIPPED_SPOKEN_YEAR, UNIT_AFTER_YEAR, clipped_year
from tidings.temporal.points import SEASON_CODES
from tidings.temporal.values import duration, position_mod
from tidings.temporal.words import MONTHS, WEEKDAY, month_rx, number, ordinal, spoken_year, year_rx

_YEAR4 = r"(?:1[6-9]|20)\d{2}"
_AGO = r"(?:(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?year[\s-](?:ago|earlier)|prior[\s-]year|previous[\s-]year)"


_REPORTING_DAYS = 45  # a quarter's results come out within about six weeks of its end


def _nearest_part(kind: str, n: int, ctx: Context) -> TimePoint | None:
    """The quarter or half of that number that is under way or last ended; in a future clause, the nearest.

    Results are reported after their quarter: "reported fiscal first-quarter net" in October is this year's
    first quarter, not next year's, and "expects third-quarter results" in November looks forward to a quarter
    already ended; "expects growth in the second half" in April to the coming one.
    """
    if ctx.ref is None:
        return None
    make = points.quarter if kind == "Q" else points.half
    candidates = [make(y, n) for y in (ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1)]
    if ctx.tense == "future" and ctx.firm:
        return points.nearest(candidates, ctx.ref, "future", True)
    last = max((c for c in candidates if c.start <= ctx.ref), key=lambda c: c.start)
    ended = (ctx.ref - last.end).days
    if ctx.tense == "future" and ended > 0 and (ended > _REPORTING_DAYS or _change_ahead(ctx, kind)):
        return min((c for c in candidates if c.start > ctx.ref), key=lambda c: c.start)
    return last


_RESULTS = re.compile(
    r"\b(?:results?|reports?|reported|reporting|post|posts|posting|announce[sd]?|releases?|earnings|figures|share)\b", re.I
)
# The lines of an income statement: a quarter's figure of them is reported after the quarter ends.
_ACCOUNTS = re.compile(r"\b(?:profits?|loss(?:es)?|net|income|revenues?|sales)\b", re.I)
_CHANGE = re.compile(
    r"\b(?:rise|rises|rising|grow|grows|growing|improve|improves|improving|recover|recovers|rebound|rebounds|pick\s+up|"
    r"slow|slows|slowing|fall|falls|falling|decline|declines|declining|increase|increases|strengthen|strengthens|weaken|"
    r"weakens|accelerate|accelerates|expand|expands|contract|contracts|ease|eases|easing|peak|peaks|bottom\s+out|"
    r"resume|resumes|begin|begins|start|starts|open|opens|come\s+on\s+line)\b",
    re.I,
)


def _change_ahead(ctx: Context, kind: str) -> bool:
    """Whether a future clause tells of a change within the period ("profit will rise in the second half", "the
    plant opens in the first quarter"), not of results reported after it ("expects third-quarter results",
    "will report a loss for the fourth quarter"): the period lies ahead, not just behind.

    A quarter's profit, loss, net, income, revenue or sales are results too ("expects first-quarter profit to fall"
    a week after March ended is that quarter's, not one nine months ahead); a half's are a forecast as often ("profit
    will recover in the second half" in January looks to the half ahead)."""
    left, right = sentence_bounds(ctx.text, ctx.start, ctx.end)
    clause = ctx.text[left:right]
    if kind == "Q" and _ACCOUNTS.search(clause) is not None:
        return False
    return _CHANGE.search(clause) is not None and _RESULTS.search(clause) is None


def _last_day_by(month: int, day_of_month: int, ref: dt.date) -> dt.date | None:
    """The last such month and day on or before the reference, a publication day's slack (two days) allowed."""
    for year in (ref.year, ref.year - 1):
        try:
            d = dt.date(year, month, day_of_month)
        except ValueError:
            continue
        if d <= ref + dt.timedelta(days=2):
            return d
    return None


def _last_ended_quarter(ref: dt.date) -> TimePoint:
    return points.at("quarter", points.add_months(ref, -3))


def _reporting_quarter(ctx: Context) -> TimePoint | None:
    """The period a business story reports: the last quarter named, else the last quarter ended before the reference."""
    if (period := ctx.reported_period()) is not None:
        return period
    return quarter_by_tense(ctx)


def quarter_by_tense(ctx: Context) -> TimePoint | None:
    """The quarter a business story reports when it names none: in the future the reference's own, otherwise the last
    one ended before the reference."""
    if ctx.ref is None:
        return None
    if ctx.tense == "future":
        return points.at("quarter", ctx.ref)
    return _last_ended_quarter(ctx.ref)


def read_part(m: re.Match[str], ctx: Context) -> Result:
    """ "the third quarter", "third-quarter", "the first half of 1990", "this year's third quarter", "the year-ago quarter"."""
    kind = "Q" if m["kind"].lower().startswith("quarter") else "H"
    count = 4 if kind == "Q" else 2
    n = ordinal(m["ord"].lower().replace("fiscal-", "").replace("fiscal ", "").replace("latter", "last"))
    if n == -1:
        n = count
    if n is None or not 1 <= n <= count:
        return None
    year_text = m["y1"] or m["y2"] or m["y3"]
    rel = (m["rel"] or m["rel2"] or "").lower()
    if rel.startswith("the year") or (m["rel2"] and rel in ("the", "the fiscal") and ctx.tense == "past"):
        # "the year's fourth quarter" is "the fourth quarter": the nearest one, as the tense places it; so is a past
        # "second half of the year" ("profit doubled in the second half of the year" in January: last year's).
        rel = ""
    ago = bool(m["ago"]) or rel.startswith("last")
    if year_text:
        year = spoken_year(year_text)
    elif rel.startswith(("this", "the")) or rel.startswith("next") or rel.startswith("last"):
        year = ctx.ref.year + {"l": -1, "n": 1}.get(rel[0], 0) if ctx.ref else None
        ago = False
    else:
        found = _nearest_part(kind, n, ctx)
        year = found.start.year if found else None
        if ago and ctx.memory.period is not None and ctx.memory.period.value.endswith(f"{kind}{n}"):
            year = ctx.memory.period.start.year
    if year is None:
        return Reading("DATE", f"XXXX-{kind}{n}")
    if ago:
        year -= 1
    p = points.quarter(year, n) if kind == "Q" else points.half(year, n)
    return Reading("DATE", p.value, None, p, anchors=not ago, span=_without_determiner(m, ctx))


def read_part_edge(m: re.Match[str], ctx: Context) -> Result:
    """ "the end of the third quarter", "the beginning of the second half of 1990": the part of the year read as
    ``read_part`` reads it, with its edge as the mod (END, START, MID) and the edge words inside the extent, as TIMEX3
    writes "the end of the year"; without them the quarter alone would be tagged and the edge lost."""
    found = read_part(m, ctx)
    if not isinstance(found, Reading):
        return found
    return Reading(found.type, found.value, position_mod(f"the {m['edge'].lower()} of"), found.point, None, found.anchors)


def _without_determiner(m: re.Match[str], ctx: Context) -> tuple[int, int] | None:
    """A determiner of the noun the quarter modifies is not the time's: "a third-quarter loss" ("third-quarter"),
    "its fourth quarter" ("fourth quarter"), as TIMEX3 extents are written. None: the whole match."""
    det = re.match(r"(?:a|an|the|its|their)\s+", m.group(0), re.IGNORECASE)
    if det is None or m.start("ord") != m.start() + det.end():
        return None
    # hyphenated before a word, the quarter is an adjective of that noun, a name too ("the third-quarter GNP figures")
    adjective = "-" in ctx.text[m.end("ord") : m.start("kind")] and re.match(r"\s+[A-Za-z]", ctx.text[m.end() :]) is not None
    if adjective or det.group(0).lower().startswith(("its", "their")):
        return (m.start("ord"), m.end())
    return None


def read_two_quarters(m: re.Match[str], ctx: Context) -> Result:
    """ "the first two quarters of 1990", "the last six months of the year": a half year."""
    n = 1 if m["which"].lower() == "first" else 2
    if m["year"]:
        year: int | None = int(m["year"])
    else:
        year = ctx.ref.year + {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0) if ctx.ref else None
    if year is None:
        return Reading("DATE", f"XXXX-H{n}")
    p = points.half(year, n)
    return Reading("DATE", p.value, None, p)


def read_month_quarter(m: re.Match[str], ctx: Context) -> Result:
    """ "the September quarter", "the April-June quarter": the quarter that ends (or holds) that month, the last
    one begun. A period is a quarter only when its months span one ("the October-December period")."""
    number = MONTHS[m["month"].lower().rstrip(".")]
    if m["first"] and (number - MONTHS[m["first"].lower().rstrip(".")]) % 12 != 2:
        return None
    if not m["first"] and m.group(0).lower().endswith("period"):
        return None  # "the September period" says nothing of its length
    n = (number - 1) // 3 + 1
    if m["year"]:
        p = points.quarter(int(m["year"]), n)
        return Reading("DATE", p.value, None, p)
    found = _nearest_part("Q", n, ctx)
    return Reading("DATE", found.value if found else f"XXXX-Q{n}", None, found)


_SPORT = re.compile(
    r"\b(?:scored|scoring|touchdowns?|field\s+goals?|free\s+throws?|rebounds|quarterback|halftime|half-time|overtime|"
    r"innings?|the\s+(?:game|match)|points\s+in\s+the|goals?\s+in\s+the|buzzer|whistle)\b",
    re.IGNORECASE,
)


def veto_part(m: re.Match[str], text: str) -> bool:
    """ "the first half of the game", "a quarter of a century", "the last quarter-mile", a quarter of a match
    and "the third quarter in a row" (a count, as "the third straight quarter" is) are not parts of a year;
    "(the) last quarter" with no year is the quarter before this one (``relative``), not the fourth; "the final
    quarter" is the year's last, as "the fourth quarter" is."""
    dated = m["y1"] or m["y2"] or m["y3"] or m["rel"] or m["rel2"]
    if m["ord"].lower() in ("last", "latter") and not dated:
        return True
    if not dated and _SPORT.search(text, max(0, m.start() - 150), min(len(text), m.end() + 150)):
        return True  # "scored 12 points in the fourth quarter": a quarter of a game
    after = text[m.end() :]
    if not dated and re.match(r"\s+(?:in\s+a\s+row|running)\b", after):
        return True  # "the third quarter in a row": a count of quarters, no quarter of the calendar
    return (
        re.match(r"\s+of\s+(?!(?:the\s+)?(?:fiscal\s+)?year\b|this\b|last\b|next\b|\d|fiscal\b|[$€£#]|about\b|nearly\b)", after) is not None
    )


def read_quarter_code(m: re.Match[str], ctx: Context) -> Result:
    """ "Q3 2019", "2019 Q3", "H1 2020", "3Q97" (an analyst's code, the ordinal first, always with its year: "3Q"
    alone is as often a name); "Q3" alone is the nearest third quarter."""
    kind = (m["kind"] or m["kind2"] or m["kind3"] or m["kind4"] or m["kind5"]).upper()
    n = int(m["n"] or m["n2"] or m["n3"] or m["n4"] or m["n5"])
    if kind == "H" and n > 2:
        return None
    y: str | int | None = m["year"] or m["year2"] or m["year4"]
    if y is None and (clipped := m["yy4"] or m["yy5"]):
        y = spoken_year("'" + clipped.lstrip("'’"))
    if y is None:
        found = _nearest_part(kind, n, ctx)
        return Reading("DATE", found.value if found else f"XXXX-{kind}{n}", None, found)
    p = (points.quarter if kind == "Q" else points.half)(int(y), n)
    return Reading("DATE", p.value, None, p)


def read_fiscal_code(m: re.Match[str], ctx: Context) -> Result:
    """ "FY15", "FY 20": the fiscal year by its two digits, valued as the year it names ("fiscal 2015", "FY2015")."""
    year = spoken_year("'" + m["yy"])
    if year is None:
        return None
    p = points.year(year)
    return Reading("DATE", p.value, None, p)


_ENDED = re.compile(
    r"\s+(?:ended|ending|that\s+ended|which\s+ended|to)\s+(?:in\s+)?"
    + month_rx()
    + r"(?:\s+(?P<day>\d{1,2}))?(?:,?\s+(?P<year>"
    + _YEAR4
    + r"))?"
)


def _period_base(text: str, noun: str, m: re.Match[str], ctx: Context) -> TimePoint | None:
    """The quarter a period phrase starts from, before any "year-ago" or "1988" moves it."""
    if ctx.ref is None:
        return None
    if (ended := _ENDED.match(ctx.text, m.end())) is not None:
        # "the quarter ended Sept. 30": the quarter that holds that day.
        number = MONTHS[ended["month"].lower().rstrip(".")]
        candidates = [points.quarter(y, (number - 1) // 3 + 1) for y in (ctx.ref.year - 1, ctx.ref.year)]
        if ended["year"]:
            return points.quarter(int(ended["year"]), (number - 1) // 3 + 1)
        if ctx.tense == "future" and ended.group(0).lstrip().lower().startswith("ending"):
            # "will rise in the quarter ending March 31" in November: the quarter that ends on the coming March 31
            ahead = [points.quarter(y, (number - 1) // 3 + 1) for y in (ctx.ref.year, ctx.ref.year + 1)]
            return points.nearest(ahead, ctx.ref, "future", True)
        if ended["day"] and ended.group(0).lstrip().lower().startswith(("ended", "that ended", "which ended")):
            # "the quarter ended Oct. 31" four days before Oct. 31: the quarter of last year's Oct. 31, the day it ended
            # being past (a publication day's slack aside), as the date itself is read.
            last = _last_day_by(number, int(ended["day"]), ctx.ref)
            if last is not None:
                return points.quarter(last.year, (number - 1) // 3 + 1)
        return points.nearest(candidates, ctx.ref, "past", True)
    if "current" in text and "quarter" in noun:
        return points.at("quarter", ctx.ref)
    if re.search(r"\b(?:latest|most\s+recent|just[\s-](?:ended|completed))\b", text):
        period = ctx.memory.period
        return period if period is not None and period.end < ctx.ref else _last_ended_quarter(ctx.ref)
    if "quarter" in noun or "three" in noun or ctx.memory.period is not None or re.search(r"same|comparable|corresponding|" + _AGO, text):
        return _reporting_quarter(ctx)
    return None


def read_period(m: re.Match[str], ctx: Context) -> Result:
    """ "the quarter", "the latest period", "the year-earlier period", "the 1988 quarter", "the same period last year"."""
    text = " ".join(m.group(0).lower().split())
    noun = m["noun"].lower()
    if (months := re.search(r"\b(\w+)[\s-]months$", noun)) and months[1] != "three":
        n = number(months[1])  # "the first nine months", "the year-earlier eight months": a span, not a quarter
        return Reading("DURATION", duration(n, "month")) if n else None
    base = _period_base(text, noun, m, ctx)
    if base is None and (m["year"] or m["year2"]):
        # "the 1988 period" with no quarter named before: a time within 1988, valued as the year (never no value)
        whole = points.year(int(m["year"] or m["year2"]))
        return Reading("DATE", whole.value, None, whole, anchors=False)
    if base is None:
        return Reading("DATE", None)
    ago = re.search(r"year[\s-](?:ago|earlier)|prior[\s-]year|previous[\s-]year|last\s+year|a\s+year\s+(?:ago|earlier)", text)
    year = m["year"] or m["year2"]  # "the 1988 quarter", "the corresponding quarter of 1988": the period, in that year
    if year:
        p: TimePoint | None = points.move(base, int(year) - base.start.year, "year")
    elif ago:
        p = points.move(base, -1, "year")
    else:
        p = base
    if p is None:
        return Reading("DATE", None)
    return Reading("DATE", p.value, None, p, anchors=not (ago or year))


def read_year_ago_adjective(m: re.Match[str], ctx: Context) -> Result:
    """ "year-earlier results", "the year-ago figures": the reporting period a year before, else last year. The
    determiner is the noun's, as in "a third-quarter loss": the time is "year-ago"."""
    det = re.match(r"the\s+", m.group(0), re.IGNORECASE)
    span = (m.start() + det.end(), m.end()) if det else None
    period = ctx.reported_period()
    if period is not None:
        p = points.move(period, -1, "year")
        if p is not None:
            return Reading("DATE", p.value, None, p, anchors=False, span=span)
    if ctx.ref is None:
        return Reading("DATE", None, span=span)
    p = points.year(ctx.ref.year - 1)
    return Reading("DATE", p.value, None, p, anchors=False, span=span)


def read_fiscal_span(m: re.Match[str], ctx: Context) -> Result:
    """ "the year ended March 31", "the fiscal year ending June 30", "the week ended Friday", "the year to March" (the
    British business form), "the week through Friday": a unit-long DURATION that ends on the date named after it."""
    return Reading("DURATION", duration(1, m["unit"].lower()))


def read_this_year(m: re.Match[str], ctx: Context) -> Result:
    """ "the full year", "full-year profit", "the current fiscal year", "the fiscal year", "a high for the year": the
    reference's year; "the year since the attack" a year's length, as "the 90 years since" is."""
    if re.match(r"\s+since\b", ctx.text[m.end() :]):
        return Reading("DURATION", "P1Y")
    if ctx.ref is None:
        return Reading("DATE", None)
    period = ctx.memory.period
    if period is not None and period.end.year < ctx.ref.year and ctx.tense != "future" and "current" not in m.group(0).lower():
        # "Fourth-quarter profit fell. For the year, profit rose" in January: the year of the period the story reports.
        p = points.year(period.start.year)
        return Reading("DATE", p.value, None, p)
    p = points.year(ctx.ref.year)
    if (
        ctx.tense == "past"
        and (ctx.ref - p.start).days < _REPORTING_DAYS
        and "current" not in m.group(0).lower()
        and past_of_clause(ctx.text, m.start(), m.end(), ctx.settled or _settled_for_the_year(m, ctx))
    ):
        # "the index ended the year up 20%", "Profit for the year rose 8%" in January: a year told in the past while
        # the new one has barely begun is the one just ended.
        p = points.year(ctx.ref.year - 1)
    elif m.group(0).lower() == "the year" and _LAST_PART_OF.search(ctx.text, max(0, m.start() - 50), m.start()):
        # "the last three months of the year" in a past clause in January: last year's (the end nearest on the
        # tense's side, as for "the end of the year").
        p = _edge_leaning(p, ctx.ref, "END", "year", ctx)
    return Reading("DATE", p.value, None, p)


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)


def _settled_for_the_year(m: re.Match[str], ctx: Context) -> bool:
    """ "Sales rose 5% for the year": "for" here names the span a figure covers, not a purpose ahead ("booked rooms for
    Christmas", which ``settled_past`` reads as no settled past), so the past verb before "for" settles the year."""
    lead = _FOR_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    return lead is not None and ctx.tense == "past" and settled_past(ctx.text, lead.start(), m.end())


_LAST_PART_OF = re.compile(
    r"\b(?:last|final|closing|latter|late)\s+(?:(?:few|several|couple\s+of|\w+)\s+)?"
    r"(?:days|weeks|months|quarters?|half|part)\s+of\s+$",
    re.IGNORECASE,
)


# "Person of the Year", "Car of the Year": an award's name, a capitalised noun "of the Year", no time.
_AWARD_OF = re.compile(r"\b[A-Z][\w'’-]*\s+of\s+$")


def veto_the_year(m: re.Match[str], text: str) -> bool:
    """ "the year he was born", "the year of the dragon": a year the text defines, not this one; "Player of the Year"
    an award's name."""
    if m.group(0).endswith("Year") and _AWARD_OF.search(text, max(0, m.start() - 40), m.start()):
        return True
    return (
        re.match(
            r"\s+(?:(?:that|when|which|in\s+which|before|after|of(?!\s+[$€£])|ahead|he|she|they|it|we|I|you|the|a|his|her|their|its)\b|[A-Z0-9])",
            text[m.end() :],
        )
        is not None
        or re.search(r"\b(?:each|every|per|a|one|that|which|what)\s+$", text[max(0, m.start() - 8) : m.start()]) is not None
    )


def read_named_year(m: re.Match[str], ctx: Context) -> Result:
    """ "the 2020 fiscal year", "the 1990 calendar year": that year."""
    p = points.year(int(m["year"]))
    return Reading("DATE", p.value, None, p)


# Two years joined by a dash or a slash, the second the year after the first ("1997-98", "1996/97", "2019-2020").
_SPLIT_YEARS = r"(?P<y1>" + _YEAR4 + r")\s*[-–/]\s*(?P<y2>\d{2}|" + _YEAR4 + r")(?![\d/–-])"


def _second_year(m: re.Match[str]) -> int | None:
    """The later year of ``_SPLIT_YEARS``, or None where it is not the year after the first ("1990-95" is a range)."""
    first = int(m["y1"])
    second = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    if second < first:
        second += 100  # "1999-00"
    return second if second == first + 1 else None


def read_split_year(m: re.Match[str], ctx: Context) -> Result:
    """A business year or a winter that runs across two years, named by both ("the 1997-98 fiscal year", "fiscal
    1997-98", "the winter of 1996-97"): one time, not two years. A fiscal year takes the year it ends in, as "fiscal
    1998" names it; a winter the year it begins in, as "this winter" is valued in January."""
    second = _second_year(m)
    if second is None:
        return None
    p = points.season(second - 1, "WI") if m["season"] and not m["post"] else points.year(second)
    return Reading("DATE", p.value, None, p)


def read_year_end(m: re.Match[str], ctx: Context) -> Result:
    """ "year-end", "the year's end", "month-end", "quarter's end": the last day of the unit under way (of the one
    before in a past clause); "the week's end", "day's end": this week or day, at its END."""
    if ctx.ref is None:
        return Reading("DATE", None)
    unit = (m["unit"] or m["unit2"]).lower()
    if unit in ("day", "week"):
        p = points.at(unit, ctx.ref)
        return Reading("DATE", p.value, "END", p)
    if m["unit2"]:
        # "the year's end", "by month's end", "the quarter's close": said as "the end of the year" is, the unit at its END.
        return Reading("DATE", (p := _edge_leaning(points.at(unit, ctx.ref), ctx.ref, "END", unit, ctx)).value, "END", p)
    this = points.at(unit, ctx.ref)
    before = points.at(unit, this.start - dt.timedelta(days=1))
    end = before.end if ctx.tense == "past" and this.end > ctx.ref else this.end  # the one under way, unless past
    p = points.day(end)
    return Reading("DATE", p.value, None, p)


def veto_year_end(m: re.Match[str], text: str) -> bool:
    return (
        re.match(r"\s*(?:sales|holiday|bonus|bonuses|figures|results|closing|rally|review|party)\b", text[m.end() :], re.IGNORECASE)
        is not None
    )


def read_season(m: re.Match[str], ctx: Context) -> Result:
    code = SEASON_CODES[m["season"].lower()]
    rel = " ".join((m["rel"] or "").lower().replace("-", " ").split())
    mod = position_mod(m["pos"]) or position_mod(rel)  # "late last summer": last summer, at its END
    if rel == "the next":
        rel = "the following" if ctx.memory.point is not None else "next"  # "in 2015 ... the next spring": 2016's
    year: int | None = None
    if m["yrel"] and ctx.ref is not None:
        # "the spring of last year", "the summer of next year": that year's season.
        year = ctx.ref.year + {"last": -1, "this": 0, "next": 1}[m["yrel"].lower()]
    if m["tens"]:
        if ctx.ref is None:
            return Reading("DATE", None, mod)
        year = clipped_year(m["tens"], m["ones"], ctx.ref)  # "the summer of ninety-six"
        if year is None:
            return None
    if m["year"] or year is not None:
        # "the summer of 1998"
        year = spoken_year(m["year"]) if m["year"] else year
        if year is None:
            return None
        p = points.season(year, code)
        return Reading("DATE", p.value, mod, p)
    if rel in ("", "the") and (shared := _year_of_season_after(code, ctx)) is not None:
        # "the spring and summer of 1997", "from fall to spring 1998": the year given after the last season of a list
        # or a range holds for the seasons before it
        p = points.season(shared, code)
        return Reading("DATE", p.value, mod, p)
    if rel in ("", "the") and (joined := _joined_season(code, ctx)) is not None:
        return Reading("DATE", joined.value, mod, joined)
    if ctx.ref is None:
        return Reading("DATE", f"XXXX-{code}", mod)
    ref = ctx.ref
    candidates = [points.season(y, code) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1)]
    found: TimePoint | None
    if rel == "that" and ctx.memory.point is not None:
        # "that summer": the summer of the year the story named last.
        anchor = ctx.memory.point.start
        found = points.season(anchor.year - (1 if code == "WI" and anchor.month < 3 else 0), code)
    elif rel in ("the previous", "the preceding", "the following"):
        # "the previous summer", "the following spring": counted from the time the story named last; the following one
        # begins after it begins and ends after it ends ("in 2015 ... the following spring" is the spring of 2016, "the
        # following winter" the one that opens in December 2015).
        named = ctx.memory.point or points.day(ref)
        base = named.start
        around = [points.season(y, code) for y in range(base.year - 2, base.year + 2)]
        if rel == "the following":
            found = min((c for c in around if c.start > base and c.end > named.end), key=lambda c: c.start, default=None)
        else:
            found = max((c for c in around if c.end < base), key=lambda c: c.end, default=None)
    elif rel in ("last", "past", "this past"):
        # The latest one ended: "last winter" in March is the one just over, "last summer" in March last year's.
        found = max((c for c in candidates if c.end < ref), key=lambda c: c.end, default=None)
    elif rel in ("next", "coming", "this coming"):
        # The first one to begin: "next winter" in March is this year's, "next summer" in October next year's.
        found = min((c for c in candidates if c.start > ref), key=lambda c: c.start, default=None)
    elif rel == "this":
        found = next((c for c in candidates if c.contains(ref)), None) or points.nearest(
            [c for c in candidates if ref.year in (c.start.year, c.end.year)], ref, ctx.tense, ctx.firm, ctx.settled
        )  # "this winter" in March is the one that ended in February (a past clause) or the one to come
    else:
        found = points.nearest(candidates, ref, ctx.tense, ctx.firm, ctx.settled)
    if found is None:
        return Reading("DATE", None, mod)
    return Reading("DATE", found.value, mod, found)


# A season after a list or range word, with the year it is given: "and summer of 1997", "to spring 1998".
_SEASON_JOINER = r"\s*(?:[-–]|,?\s*(?:and|or|&|to|through|thru|until|till|into)\s)\s*(?:(?:the|in|from|until|till|through|to)\s+)?"
_SEASON_WITH_YEAR_AFTER = re.compile(
    _SEASON_JOINER
    + r"(?:(?:early|mid|late)[\s-]+)?(?P<next>spring|summer|autumn|fall|winter),?\s+(?:of\s+)?(?P<year>"
    + _YEAR4
    + r")(?![\w%]|[.,]\d)",
    re.IGNORECASE,
)
_SEASON_ORDER = ("SP", "SU", "FA", "WI")  # by their start in the year: winter 1997 opens in December 1997 (``points.season``)


def _year_of_season_after(code: str, ctx: Context) -> int | None:
    """The year of the season that closes the list or range this bare season opens ("the spring and summer of
    1997": 1997 for spring too; "from fall to spring 1998": 1997 for the fall, as a range runs forward), else None."""
    m = _SEASON_WITH_YEAR_AFTER.match(ctx.text, ctx.end)
    if m is None:
        return None
    year = int(m["year"])
    later = _SEASON_ORDER.index(code) > _SEASON_ORDER.index(SEASON_CODES[m["next"].lower()])
    return year - 1 if later else year


def _joined_season(code: str, ctx: Context) -> TimePoint | None:
    """The first such season after the one named just before, when only a list or range word stands between them:
    "in the spring and summer" (the summer after that spring), "from fall to spring" (the spring after that fall)."""
    named, (_start, end) = ctx.memory.point, ctx.memory.point_span
    if named is None or named.granularity != "season" or end < 0 or end > ctx.start:
        return None
    if not re.fullmatch(_SEASON_JOINER, ctx.text[end : ctx.start], re.IGNORECASE):
        return None
    year = named.start.year
    return points.season(year + (1 if _SEASON_ORDER.index(code) <= _SEASON_ORDER.index(named.value[-2:]) else 0), code)


# A season before a list or range word ("the winter and", "spring to"): a bare season after it is a season too.
# The first season must be one: after a determiner or a preposition of time ("prices fall and spring back" has none).
_SEASON_BEFORE = re.compile(
    r"\b(?:the|in|by|until|till|since|during|through|from|last|this|next|past|coming|early|late|mid)[\s-]+"
    r"(?:spring|summer|autumn|fall|winter)" + _SEASON_JOINER + r"$",
    re.IGNORECASE,
)


_NAME_AFTER_SEASON = re.compile(r"\s+(?!(?:The|A|An|In|On|At|By|And|But|He|She|It|They|We|I)\b)[A-Z][a-z]")


def veto_season(m: re.Match[str], text: str) -> bool:
    """ "fall" and "spring" are verbs too: a season needs a determiner or a year ("last summer", "summer 2019"),
    unless it stands alone. "The fall of Tripoli" and "the spring of discontent" name no season: "of" after a
    season with no year names what fell or what the season was of."""
    if not (m["year"] or m["tens"]) and re.match(r"\s+of\b", text[m.end() :]):
        return True
    if (
        not (m["year"] or m["tens"])
        and (m["rel"] or "the").lower() == "the"
        and m["season"][0].isupper()
        and _NAME_AFTER_SEASON.match(text, m.end())
    ):
        return True  # "the Spring River", "Summer Infant", "the Winter Olympics": a capitalised season inside a name
    if m["tens"] and UNIT_AFTER_YEAR.match(text, m.end()):
        return True  # "the fall of ninety-six percent": a count, no year
    rel = " ".join((m["rel"] or "").lower().split())
    if rel == "that" and m["season"].lower() in ("fall", "spring"):
        return True  # "prices that fall", "doubts that spring from": a verb after a relative pronoun
    before = text[max(0, m.start() - 25) : m.start()]
    if rel == "the" and not (m["year"] or m["yrel"] or m["tens"]) and m["season"].lower() in ("fall", "spring"):
        # "the fall in oil prices", "blamed the fall on demand", "the spring in his step": a drop or a leap; the
        # season is "in the fall", "by the spring", unless a noun's preposition follows ("since the fall in prices")
        return not _SEASON_PREP.search(before) or re.match(r"\s+(?:in|on|to|from|of|was|is|has|had)\b", text[m.end() :]) is not None
    if not (rel or m["year"] or m["tens"]) and _SEASON_BEFORE.search(before) and not _SEASON_NOUN.match(text, m.end()):
        return False  # "in the winter and spring", "from summer to fall": the second of two seasons joined
    if not (rel or m["year"] or m["tens"]) and _BARE_SEASON_PREP.search(before) and not _SEASON_NOUN.match(text, m.end()):
        # A bare season after a preposition of time ("until spring", "by summer", "since fall"), unless it is a noun's
        # adjective ("summer camp"); "in winter" is too often any winter ("the leaves fall in autumn").
        return False
    return not (m["rel"] or m["year"] or m["yrel"] or m["tens"] or text.strip(" .,;") == m.group(0))


_SEASON_PREP = re.compile(r"\b(?:in|during|by|until|till|since|through|throughout|before|after|over|into|from)\s+$", re.IGNORECASE)
_BARE_SEASON_PREP = re.compile(r"\b(?:by|until|till|since|through|before|after|from|into)\s+$", re.IGNORECASE)
_SEASON_NOUN = re.compile(
    r"[\s-]+(?:training|break|camp|camps|school|session|semester|term|collection|collections|fashions?|olympics|games|months|"
    r"holidays?|vacation|recess|solstice|crops?|wheat|season|sales|clothes|clothing|storms?|weather|time)\b",
    re.IGNORECASE,
)


def read_edge(m: re.Match[str], ctx: Context) -> Result:
    """ "the end of the year", "the beginning of next month", "the turn of the century"."""
    pos = " ".join((m["pos"] or m["hpos"]).lower().split())  # "by end-year" (wire style): the end of the year
    if " " in pos:
        mod: str | None = "START" if pos.split()[0] in ("early", "first", "opening") else "END"  # "the closing days of"
    else:
        mod = position_mod("the " + pos + " of")
    unit = m["unit"].lower()
    rel = " ".join((m["rel"] or "").lower().split())
    if rel == "the next" and ctx.memory.point is not None:
        rel = "the following"  # "the end of the next year", after a year the story named, as "the next year" reads
    shift = {"last": -1, "next": 1, "the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
    base: dt.date | None = ctx.ref
    if rel in ("that", "the following", "the previous") and ctx.memory.point is not None:
        base = ctx.memory.point.start
    story = ctx.narrative_point(unit) if not rel and unit in ("week", "month", "year") and "this" not in m.group(0).lower() else None
    if story is not None:
        # A past story's own week, month or year: "Trading was halted on Oct. 13, 1989. By the end of the week, ...".
        p = points.shift(story.start, 0, unit)
        return Reading("DATE", p.value, mod, p)
    if base is None:
        return Reading("DATE", None, mod)
    if pos == "turn" and unit == "century" and not rel:
        # "the turn of the century": the year a century turned, the nearest on the tense's side (2000 from 2021).
        turns = [points.year(c * 100) for c in range(base.year // 100 - 1, base.year // 100 + 2)]
        p = points.nearest(turns, base, ctx.tense, ctx.firm or ctx.settled) or turns[1]  # a settled past: no slack for a century
        return Reading("DATE", p.value, "APPROX", p)
    p = points.century(base.year // 100 + shift) if unit == "century" else points.shift(base, shift, unit)
    if not rel and unit in ("week", "month", "quarter", "year") and not re.search(r"\bthis\b", m.group(0), re.IGNORECASE):
        p = _edge_leaning(p, base, mod, unit, ctx)
    return Reading("DATE", p.value, mod, p)


def _edge_leaning(p: TimePoint, base: dt.date, mod: str | None, unit: str, ctx: Context) -> TimePoint:
    """The unit whose edge is nearest on the tense's side: "peaked by the end of the year" in March is last year's
    end, "will be done by the start of the year" in November next year's start; in October a past "end of the
    year" is still this year's (the other side counts four times as far)."""
    if not ((mod == "END" and ctx.tense == "past") or (mod == "START" and ctx.tense == "future")):
        return p
    units = (p, points.shift(base, -1 if mod == "END" else 1, unit))
    edges = [points.day(u.end if mod == "END" else u.start) for u in units]
    return units[1] if points.nearest(edges, base, ctx.tense, ctx.firm, ctx.settled) is edges[1] else p


def veto_edge(m: re.Match[str], text: str) -> bool:
    """ "end-year bonuses", "the end-month data": an adjective of a noun, as "midyear results" is (no time)."""
    return bool(m["hpos"]) and _NOUN_OF_MID.match(text, m.end()) is not None


def read_mid_unit(m: re.Match[str], ctx: Context) -> Result:
    """ "midyear", "by mid-month", "midweek", "mid-decade", "mid-quarter": the unit whose middle is nearest on the
    tense's side, at its MID ("slowed at midyear" in February is last year's, "by midyear" in October next year's)."""
    unit = m["unit"].lower()
    if ctx.ref is None:
        return Reading("DATE", None, "MID")
    units = [points.shift(ctx.ref, k, unit) for k in (-1, 0, 1)]
    middles = [points.day(u.start + (u.end - u.start) / 2) for u in units]
    found = points.nearest(middles, ctx.ref, ctx.tense, ctx.firm, ctx.settled)
    p = next(u for u, middle in zip(units, middles, strict=True) if middle is found) if found is not None else units[1]
    return Reading("DATE", p.value, "MID", p)


def veto_mid_unit(m: re.Match[str], text: str) -> bool:
    """ "midyear bonuses", "the mid-month report": an adjective of a noun, as "year-end results" is (no time)."""
    return _NOUN_OF_MID.match(text, m.end()) is not None


_NOUN_OF_MID = re.compile(
    r"\s*(?:sales|holidays?|bonus(?:es)?|figures|results|closing|rally|review|party|reports?|meetings?|elections?|"
    r"budgets?|surveys?|updates?|break|sessions?|forecasts?|accounts|estimates?|exams?|recess|lull|slump|low|high|trading|deals?|"
    r"targets?|data|balances?|levels?|positions?)\b",
    re.IGNORECASE,
)

_ORD = r"(?P<ord>first|second|third|fourth|final|last|latter|1st|2nd|3rd|4th|fiscal[\s-](?:first|second|third|fourth))"
_PART_PREFIX = (
    r"(?:(?:the|its|their|a|an)\s+)?(?:(?P<rel>(?:this|last|next|the)\s+year['’]s|the\s+current)\s+|(?P<ago>"
    + _AGO
    + r")\s+|(?:the\s+)?(?P<y1>"
    + _YEAR4
    + r")(?:['’]s)?\s+|(?:(?:flat|strong|weak|disappointing|sluggish|latest|current|traditionally\s+\w+|fiscal|calendar)[\s-]+))*"
)
_PART_SUFFIX = (
    r"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y2>"
    + _YEAR4
    + r")|(?:the\s+)?(?P<rel2>this|last|next|the|the\s+fiscal|the\s+current)\s+(?:fiscal\s+)?year)|\s+(?P<y3>"
    + _YEAR4
    + r"))?"
)


def read_elided_period(m: re.Match[str], ctx: Context) -> Result:
    """ "Profit rose in the third quarter after a loss in the second": an ordinal alone after a quarter or a half its
    sentence named is that part of the same year; with no such period in its sentence, no time."""
    named = ctx.memory.last_period
    left, _right = sentence_bounds(ctx.text, ctx.start, ctx.end)
    if named is None or ctx.memory.last_period_at < left:
        return None
    n = ordinal(m["ord"])
    if n is None or (named.granularity == "half" and n > 2):
        return None
    p = (points.quarter if named.granularity == "quarter" else points.half)(named.start.year, n)
    return Reading("DATE", p.value, None, p)


RULES: tuple[Rule, ...] = (
    Rule(
        "part_edge",
        rx(
            r"(?:the\s+)?(?:very\s+)?(?P<edge>end|beginning|start|middle|close)\s+of\s+"
            + _PART_PREFIX
            + _ORD
            + r"[\s-]+(?:fiscal[\s-]+)?(?P<kind>quarter|half)"
            + _PART_SUFFIX
        ),
        read_part_edge,
        veto_part,
        keys=keys("quarter half"),
    ),
    Rule(
        "part_of_year",
        rx(_PART_PREFIX + _ORD + r"[\s-]+(?:fiscal[\s-]+)?(?P<kind>quarter|half)" + _PART_SUFFIX),
        read_part,
        veto_part,
        keys=keys("quarter half"),
    ),
    Rule(
        "month_quarter",
        rx(
            r"[Tt]he\s+(?:(?P<year>" + _YEAR4 + r")\s+)?(?:" + month_rx("first") + r"\s*[-–]\s*)?" + month_rx() + r"\s+(?:quarter|period)",
            0,
        ),
        read_month_quarter,
        keys=keys("quarter period"),
    ),
    Rule(
        "two_quarters",
        rx(
            r"(?:the\s+)?(?P<which>first|last|second|final)\s+(?:two\s+quarters|six\s+months)\s+of\s+(?:(?:fiscal\s+)?(?P<year>"
            + _YEAR4
            + r")|(?:the\s+)?(?P<rel>this|last|next|the)\s+(?:fiscal\s+)?year)"
        ),
        read_two_quarters,
        keys=keys("quarters months"),
    ),
    Rule(
        "quarter_code",
        # "Q3 2020", "Q3 of 2020", "2020-H1", "Q3 '97"; "Q3" alone; analysts' "3Q97", "3Q 1997", "1H98", "4Q"
        rx(
            r"(?:(?P<kind>Q|H)(?P<n>[1-4])(?:[\s-]+|\s+of\s+)(?P<year>"
            + _YEAR4
            + r")|(?P<kind5>Q|H)(?P<n5>[1-4])\s?(?P<yy5>['’]\d{2})|(?P<year2>"
            + _YEAR4
            + r")[\s-]+(?P<kind2>Q|H)(?P<n2>[1-4])|(?P<kind3>Q)(?P<n3>[1-4])"
            + r"|(?P<n4>[1-4])(?P<kind4>Q|H)(?:\s?(?P<year4>"
            + _YEAR4
            + r")|(?P<yy4>['’]?\d{2})))(?!\d)",
            0,
        ),
        read_quarter_code,
        keys=keys("q h"),
    ),
    Rule("fiscal_code", rx(r"FY\s?(?P<yy>\d{2})(?![\d/–-])", 0), read_fiscal_code, keys=keys("fy")),
    Rule(
        "period",
        rx(
            r"(?:(?:the|that|this)\s+)?(?:(?:latest|current|most\s+recent|recent|just[\s-](?:ended|completed)|same|comparable|"
            r"corresponding|(?P<year>"
            + _YEAR4
            + r")|"
            + _AGO
            + r"|last\s+year['’]s|fiscal)[\s-]+)*(?P<noun>quarter|period|three[\s-]months|(?:first\s+)?"
            r"(?:two|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])[\s-]months)"
            r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)|(?:(?<=quarter)|(?<=period))\s+(?:of|in)\s+(?P<year2>"
            + _YEAR4
            + r"))?"
        ),
        read_period,
        lambda m, text: _veto_period(m, text),
        keys=keys("quarter period months"),
    ),
    Rule(
        "year_ago",
        rx(r"(?:the\s+)?(?:year[\s-](?:ago|earlier)|prior[\s-]year)(?=\s+(?:[a-z]+\s+)?[a-z]+)"),
        read_year_ago_adjective,
        keys=keys("ago earlier prior"),
    ),
    Rule(
        "fiscal_span",
        rx(
            # "its fiscal year ended June 30", "the company's fiscal year ending in March": the owner's year alike (TimeBank
            # keeps "its" inside the extent, as in "its fourth quarter"; a noun's "'s" stays out)
            r"(?P<t>(?:(?:the|its|their)\s+(?:fiscal\s+)?|(?<=['’]s\s)fiscal\s+)(?P<unit>year|month|week))\s+"
            r"(?:ended|ending|that\s+ended|to\s+date|"
            r"(?:to|through)(?=\s+(?:the\s+end\s+of\s+)?(?:" + month_rx("until") + r"|" + WEEKDAY + r")\b))"
        ),
        read_fiscal_span,
        keys=keys("year month week"),
    ),
    Rule(
        "this_year",
        rx(
            r"the\s+(?:(?:full|whole|entire|current|calendar)\s+)?(?:fiscal\s+)?year|the\s+(?:full|whole|entire|current|calendar)\s+year"
            # "its current fiscal year", "the company's current fiscal year": an owner's business year now running ("the
            # company's fiscal year runs from July to June" defines a kind of year, no year of the calendar)
            r"|(?:(?:its|their)\s+|(?<=['’]s\s))current\s+fiscal\s+year"
            # "full-year profit", as "third-quarter profit": the adjective alone (not "a full-year contract", a length)
            r"|(?<!\ba\s)full-year(?=\s+[a-z])"
        ),
        read_this_year,
        veto_the_year,
        keys=keys("year"),
    ),
    Rule(
        "named_year",
        rx(r"(?:the\s+)?(?P<year>" + _YEAR4 + r")\s+(?:fiscal|financial|calendar|budget|tax)\s+year"),
        read_named_year,
        keys=keys("year"),
    ),
    Rule(
        "split_year",
        rx(
            r"(?:the\s+)?(?:(?P<pre>fiscal|financial|budget|tax)\s+(?:year\s+)?|(?P<season>winter)\s+(?:of\s+)?)?"
            + _SPLIT_YEARS
            + r"(?:\s+(?P<post>fiscal|financial|budget|tax)\s+year)?"
        ),
        read_split_year,
        lambda m, _text: not (m["pre"] or m["season"] or m["post"]) or _second_year(m) is None,
        keys=keys("fiscal financial budget tax winter"),
    ),
    Rule(
        "year_end",
        rx(r"(?:the\s+)?(?:(?P<unit>year|quarter|month)[\s-]end|(?P<unit2>year|quarter|month|week|day)['’]s\s+(?:end|close)\b)"),
        read_year_end,
        veto_year_end,
        keys=keys("year quarter month week day"),
    ),
    Rule(
        "elided_period",
        # the ordinal closes its phrase: "in the second,", "from the first and", "than the third."
        rx(r"the\s+(?P<ord>first|second|third|fourth)(?=\s*[,.;:)]|\s*$|\s+(?:and|but|while|whereas|when|as|compared|versus|from|than)\b)"),
        read_elided_period,
        keys=keys("first second third fourth"),
        reach=(10, 30),
    ),
    Rule(
        "season",
        rx(
            r"(?P<t>(?:(?P<pos>early|late|mid)[\s-]+(?=(?:last|this|next)\s))?(?:(?P<rel>the\s+(?:previous|preceding|following|next)|last|this\s+past|this\s+coming|this|next|"
            r"early|late|mid|the|past|coming|that)[\s-]+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?"
            + year_rx()
            + r"|\s+of\s+(?P<yrel>last|this|next)\s+year(?![\w'’-])"
            # "the fall of ninety-six" (broadcast copy)
            + r"|\s+of\s+"
            + CLIPPED_SPOKEN_YEAR
            + r")?)"
        ),
        read_season,
        veto_season,
        keys=keys("spring summer autumn fall winter"),
    ),
    Rule(
        "mid_unit",
        rx(r"mid[\s-]?(?P<unit>year|month|week|decade|quarter)"),
        read_mid_unit,
        veto_mid_unit,
        keys=keys("mid midyear midweek midmonth middecade midquarter"),
    ),
    Rule(
        "edge",
        rx(
            r"(?:(?:the\s+)?(?:(?:very|tail)\s+)?(?P<pos>end|beginning|start|middle|turn|close|"
            r"(?:early|first|opening|latter|later|last|final|closing|dying|waning)\s+(?:part|days|weeks|months|half)|second\s+half)\s+of\s+"
            r"(?:(?:the|this)\s+(?!next\s)|(?P<rel>last|next|that|the\s+following|"
            r"the\s+previous|the\s+next)\s+)?(?:fiscal\s+)?|(?P<hpos>end|start)-)(?P<unit>year|month|week|decade|century|quarter)"
        ),
        read_edge,
        veto_edge,
        keys=keys("end beginning start middle turn close part days weeks months half"),
    ),
)


def _veto_period(m: re.Match[str], text: str) -> bool:
    """A bare "the period" or "this period" is too vague; a bare "quarter" is a fraction ("a quarter of the vote"); a
    period between two years is the years'."""
    words = " ".join(m.group(0).lower().split())
    if re.search(r"\d{4}\s*[-–]\s*\d{2,4}", words):
        return True  # "the 2010-2015 period": two years, each its own date, no quarter
    if words.endswith("months") and (
        not re.match(r"(?:the|its|their)\b", words) or re.match(r"\s+(?:ago|earlier|later|before|after|from\s+now|back)\b", text[m.end() :])
    ):
        return True  # "6 months" alone ("children ages 6 months") and "two months ago" are read by other rules
    if words in ("period", "the period", "this period", "that period", "quarter", "this quarter", "three months", "the three months"):
        return True
    if words.endswith("quarter") and re.match(
        r"[\s-]+(?:mile|point|final|finals|inch|pound|pounder|percent|per\s+cent|century|hour|note|share|stake)s?\b", text[m.end() :]
    ):
        return True  # a fraction of a measure: "the quarter mile", "a quarter-point cut"
    return words.endswith("quarter") and re.match(r"\s+of\s+(?:a|an|the|all|its|their|his|her)\b", text[m.end() :]) is not None
