"""Rules for durations, sets (recurring times) and clock times.

Durations: "three years", "2 1/2 years" (P2Y6M), "a minute and a half"
(PT1M30S), "the past two months", "several days" (PXD), "for years", "years of
war", "over the years". An age ("a 58-year-old", "children aged 6 months", "15
years of age") and a rate ("$1.76 a year", "four flights a week") are not times.

Sets: "every Tuesday", "each July", "twice a year", "twice weekly", "on
weekends"; the adverbs "daily", "annually" when they modify a verb, not a noun
("daily flights").

Clock times take the day they are joined to ("noon Thursday", "10 p.m.
Wednesday", "5 p.m. EST, Nov. 9", "Friday at 8 p.m.", "8 p.m. on Friday"),
else the day the sentence is about, else the reference date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from tidings.temporal import points
from tidings.temporal.context import Context, Reading, Result, Rule, anycase, keys, rx, sentence_bounds
from tidings.temporal.dates import month_day, month_number, weekday_point
from tidings.temporal.values import QUANTITY_WORDS, duration, quantity_mod
from tidings.temporal.words import (
    AND_A_HALF,
    COUNT,
    MONTHS,
    NUMBER_WORD,
    ORDINAL_VALUES,
    UNIT,
    UNIT_KEYS,
    VAGUE,
    WEEKDAY,
    WEEKDAYS,
    day_rx,
    month_rx,
    number,
    ordinal,
    unit_of,
    weekday_rx,
)

# -- durations ---------------------------------------------------------------------


# Words after which "over" before a count is "more than": a length ("lasted over a week", "for over a year", "took over
# two hours", "a term of over four years", "in over a decade"). After anything else ("used over three years", "rose 20%
# over two years", "Over three years, sales doubled") it is the preposition of a span, outside the TIMEX3.
_OVER_MEANS_MORE_AFTER = frozenset((
    "for", "last", "lasts", "lasted", "lasting", "take", "takes", "took", "taken", "taking", "spent", "spend", "spends",
    "spending", "in", "after", "within", "of", "been", "be", "is", "was", "are", "were", "than", "served", "serve",
    "serving", "waited", "wait", "waiting", "lived", "worked", "ran", "run", "runs", "stayed", "remained", "since",
))  # fmt: skip
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def over_as_preposition(m: re.Match[str], text: str) -> bool:
    """Whether the quantity word of ``m`` (group ``q``) is the bare preposition "over" of a span rather than "more
    than": no word of length before it (``_OVER_MEANS_MORE_AFTER``) and no "ago"/"old"/"later" after the count."""
    if (m["q"] or "").lower() != "over":
        return False
    if re.match(r"\s+(?:ago|old|later|earlier|before|after|back)\b", text[m.end() :], re.IGNORECASE):
        return False
    before = _LAST_WORD.search(text, max(0, m.start("q") - 30), m.start("q"))
    if before is None or re.search(r"[.;:!?]\s*$", text[max(0, m.start("q") - 3) : m.start("q")]):
        return True  # "Over three years, sales doubled": a span opening the sentence
    return before.group(1).lower() not in _OVER_MEANS_MORE_AFTER


def read_duration(m: re.Match[str], ctx: Context) -> Result:
    unit = unit_of(m["unit"])
    mod = quantity_mod(m["q"]) or quantity_mod((m["orso"] or "").strip())
    if m["least"] and mod is None:
        mod = "EQUAL_OR_MORE"  # "at least two weeks", "at least the past 18 months" (the determiner after it)
    if m["plus"]:
        mod = "APPROX" if "odd" in m["plus"] else "EQUAL_OR_MORE"  # "20-odd years", "30-plus years", "10+ hours"
    verb = re.match(r"last\s", m.group(0), re.IGNORECASE) and _LAST_AS_VERB.search(ctx.text, max(0, m.start() - 12), m.start())
    if m["count2"] or m["or2"]:
        # "two to three weeks", "the next 12 to 18 months", "a day or two"; "(talks will) last three to four days"
        return Reading("DURATION", duration(None, unit), mod, None, (m.start("count"), m.end()) if verb else None)
    n = number(m["count"])
    if n is None:
        return None
    if m["half"]:
        n += 0.5
    if unit == "second" and m["count"].lower() in ("a", "an"):
        return None  # "a second term"
    if m["q"] and re.match(r"\s*the\b", ctx.text[m.end("q") :], re.IGNORECASE):
        # "over the past two years": a preposition, not a quantity.
        return Reading("DURATION", duration(n, unit), None, None, (m.end("q") + 1, m.end()))
    if over_as_preposition(m, ctx.text):
        # "the money can be used over three years", "up 20% over two years": the span the act is spread across.
        return Reading("DURATION", duration(n, unit), None, None, (m.end("q") + 1, m.end()))
    if (m["q"] or "").lower() == "the" and _unit_adjective(m, n, ctx.text):
        # "the 23-year occupation", "the two day rally": the determiner is the noun's; the time is the adjective.
        return Reading("DURATION", duration(n, unit), None, None, (m.start("count"), m.end()))
    if m["old"]:
        # "the IRA's 8-month-old truce", "a three-week-old ceasefire": the age of an event is its duration so far.
        return Reading("DURATION", duration(n, unit), None, None, (m.start("count"), m.end()))
    if verb:
        # "the strike will last two days": the verb "last" is no part of the time.
        return Reading("DURATION", duration(n, unit), None, None, (m.start("count"), m.end()))
    return Reading("DURATION", duration(n, unit), mod)


def _unit_adjective(m: re.Match[str], n: float, text: str) -> bool:
    """Whether the count and its unit modify the noun after them: hyphenated ("23-year"), or a singular unit after a
    count other than one, which English writes only before a noun ("a two day rally", "the three week delay")."""
    between = text[m.end("count") : m.end("unit")]
    if re.fullmatch(r"-\w+", between):
        return True
    return (
        n != 1
        and re.fullmatch(r"\s+[a-z]+", between) is not None
        and not between.endswith("s")
        and (
            re.match(r"\s+(?!(?:of|and|or|to|in|on|at|for|by|ago|later|earlier|before|after|from|than|the|a|an)\b)[a-z]", text[m.end() :])
            is not None
        )
    )


# The age of an event or a state of affairs ("an eight-month-old truce") is a duration; that of a person, an animal or
# an institution ("a 22-year-old man", "a 136-year-old bank") is not a time.
_EVENT_AGE = (
    # up to two modifiers between: an adjective of the list or a name ("a four-month-old NATO air campaign")
    r"(?P<old>-old(?=\s+(?:(?:civil|trade|price|border|legal|political|hunger|general|diplomatic|bitter|fragile|uneasy|"
    r"shaky|costly|long-running|air|bombing|military|armed|naval|ground|aerial|popular|(?-i:[A-Z][A-Za-z.'’-]*))\s+){0,2}(?:truce|cease-?fire|war|conflict|strike|walkout|lockout|dispute|standoff|stand-off|"
    r"siege|blockade|embargo|boycott|ban|moratorium|freeze|occupation|insurgency|uprising|rebellion|revolt|protests?|"
    r"crisis|recession|slump|rally|campaign|talks|negotiations|deadlock|stalemate|feud|battle|fighting|offensive|"
    r"investigation|probe|inquiry|trial|lawsuit|government|regime|administration|coalition|presidency|reign|rule|policy|"
    r"law|agreement|accord|deal|pact|treaty|alliance|marriage|merger|venture|effort|plan|program|programme|process|"
    r"search|manhunt|shutdown|curfew|drought|famine|epidemic|outbreak|crackdown|rivalry|impasse|tenure|term)\b"
    # not the first noun of a person's ("a 19-year-old law student", "a 27-year-old government fighter"): an agent noun
    r"(?!\s+(?!(?:under|after|over|never|whether|rather|either|neither|other|ever|against|current|recent|present)\b)"
    r"[a-z]{3,}(?:ers?|ists?|(?<!m)ents?|ants?|ians?|ors?|men|man|woman|women)\b)))?"
)

_LAST_AS_VERB = re.compile(r"\b(?:will|would|could|can|may|might|should|must|to|not|does|did|do|['’]ll)\s+$", re.IGNORECASE)


_RATE_AFTER_COUNT = re.compile(
    r"(?:\d|\b(?:million|billion|thousand|hundred|dozen))\S*(?<![.,;:!?])\s+(?:[A-Za-z-]+\s+){0,2}$", re.IGNORECASE
)  # "a million pigs a year", "$500 million a year", "four flights a week" (not "in 1986. Within a year")
_RATE_BEFORE = re.compile(
    r"(?:\d|%|percent|cents?|dollars?|million|billion|thousand|times|flights|seats|trips|shares|barrels|tons|units|people|\$\S*)\s*$",
    re.IGNORECASE,
)


_DESCRIBED_DAY = re.compile(r"\b(?:is|was|are|were|be|['’]s|as|become|became|becomes)\s+$", re.IGNORECASE)
_DESCRIBED_AFTER = re.compile(r"\s+(?:of|for|where|when|that|which|like|to\s+remember)\b")


def veto_duration(m: re.Match[str], text: str) -> bool:
    """Ages and rates are not durations; "two days later" and "a year ago" are read by the offset rules."""
    after = text[m.end() : m.end() + 20]
    if re.match(r"\s+(?:ago|earlier|later|before|after|from\s+now|hence|slower|faster|behind|ahead|off)\b", after):
        return True
    if re.match(r"['’]?\s+Wars?\b", after):
        return True  # "the Six-Day War", "the Thirty Years' War": a war's name, no time
    if re.match(
        r"[\s-]+(?:care|trad(?:e|er|ers|ing)|labou?rers?|schools?|students?|pupils?|camps?|trips?|passes?|jobs?|rooms?)\b", after
    ) and (m["unit"].lower() in ("day", "night")):
        return True  # "a day care center", "a day trader", "a night school": a compound noun, no length of time
    if "old" in m.re.groupindex and m["old"]:
        return False  # "the 8-month-old truce": how long an event has lasted, a duration (not a person's age)
    if re.match(r"(?:-|\s+)olds?\b|\s+of\s+age\b", after) or re.search(
        r"\b(?:ages?|aged)\s+(?:of\s+)?$", text[max(0, m.start() - 10) : m.start()], re.IGNORECASE
    ):
        return True
    count = m["count"].lower()
    unit = m["unit"].lower()
    if count in ("a", "an") and unit.endswith("s"):
        return True  # "an hours-long battle": the article is the noun's, no count of the unit
    if unit.startswith("quarter") and (count in ("a", "an") or "-" in m.group(0)):
        return True  # "a quarter of the vote", "three-quarters": fractions
    if unit.startswith("quarter") and re.match(r"\s+of\s+(?:fiscal\s+)?(?:\d|this|last|next|the\s+year)", after):
        return True  # "the first two quarters of 1990" is a half year
    before = text[max(0, m.start() - 40) : m.start()]
    if count in ("a", "an") and not unit.endswith("s") and _DESCRIBED_DAY.search(before) and _DESCRIBED_AFTER.match(after):
        return True  # "it was a day of great anticipation": a day described, not a length of time
    return (
        count in ("a", "an")
        and not m["q"]
        and (_RATE_BEFORE.search(before[-20:]) is not None or _RATE_AFTER_COUNT.search(before) is not None)
    )


def read_units_long(m: re.Match[str], ctx: Context) -> Result:
    return Reading("DURATION", duration(None, unit_of(m["unit"] or m["old"])))


def read_between(m: re.Match[str], ctx: Context) -> Result:
    """ "between 12 and 18 months": two lengths, each its own expression, the first taking the second's unit."""
    unit = unit_of(m["unit"])
    first, second = number(m["c1"]), number(m["count"])
    if first is None or second is None or first >= second:
        return None
    return (
        Reading("DURATION", duration(first, unit), None, None, m.span("c1")),
        Reading("DURATION", duration(second, unit), None, None, (m.start("count"), m.end())),
    )


def read_another_unit(m: re.Match[str], ctx: Context) -> Result:
    """ "another month" P1M, "one more year" P1Y: one unit more."""
    return Reading("DURATION", duration(1, unit_of(m["unit"])))


def read_vague_duration(m: re.Match[str], ctx: Context) -> Result:
    """ "several days" PXD, "the next few months" PXM; "the last few months" is the recent past (PAST_REF)."""
    last = re.search(r"\bthe\s+last\s+(?:few|several|couple)", m.group(0), re.IGNORECASE)
    if last is not None:
        # "(over) the last few months": the recent past, a preposition before it aside.
        return Reading("DATE", "PAST_REF", None, None, (m.start() + last.start(), m.end()), anchors=False)
    if m["q"] and re.match(r"\s*the\b", ctx.text[m.end("q") :], re.IGNORECASE):
        # "over the next few days": a preposition, not a quantity.
        return Reading("DURATION", duration(None, unit_of(m["unit"])), None, None, (m.end("q") + 1, m.end()))
    if re.match(r"last\s", m.group(0), re.IGNORECASE) and _LAST_AS_VERB.search(ctx.text, max(0, m.start() - 12), m.start()):
        # "the strike could last a few years": the verb "last" is no part of the time, as with a count (``read_duration``)
        return Reading("DURATION", duration(None, unit_of(m["unit"])), None, None, (m.start("count"), m.end()))
    return Reading("DURATION", duration(None, unit_of(m["unit"])), quantity_mod(m["q"]))


# "the third loss in as many years", "five deaths in as many days": "as many" repeats the count told before it in the
# sentence (a cardinal or an ordinal), so the span is that many units (TIMEX3 P3Y), not a vague PXY. The count is the
# last number word, ordinal or small figure before "in as many" in the sentence (a year such as "1989" or a sum of money
# is no count); with none, the vague duration stays.
_AS_MANY_COUNT = re.compile(
    r"(?<![$£€\d.,])\b(?P<n>\d{1,2}(?:st|nd|rd|th)?|(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth|"
    + r"seventh|eighth|ninth)|"
    + NUMBER_WORD
    + "|"
    + "|".join(sorted((w for w in ORDINAL_VALUES if w.isalpha() and w not in ("last", "final")), key=len, reverse=True))
    + r")\b(?![\d.,]|\s*(?:%|percent|per\s+cent|million|billion|trillion)\b)",
    re.IGNORECASE,
)


def _as_many_count(ctx: Context, start: int) -> int | None:
    """The count "as many" at ``start`` repeats: the last cardinal or ordinal before it in its sentence."""
    left, _ = sentence_bounds(ctx.text, start, start)
    found = None
    for c in _AS_MANY_COUNT.finditer(ctx.text, left, start):
        found = c["n"]
    if found is None:
        return None
    n = ordinal(found) if re.search(r"(?:st|nd|rd|th)$", found, re.IGNORECASE) else number(found)
    return int(n) if n is not None and 1 < n < 100 and n == int(n) else None


def read_as_many(m: re.Match[str], ctx: Context) -> Result:
    """ "(the third rise) in as many weeks": the count told before, in the unit (P3W); vague (PXW) with no count."""
    n = _as_many_count(ctx, m.start())
    return Reading("DURATION", duration(n, unit_of(m["unit"])))


def read_bare_units(m: re.Match[str], ctx: Context) -> Result:
    """ "for years", "in months", "decades later", "the weeks since the vote": an unknown number of units."""
    return Reading("DURATION", duration(None, unit_of(m["unit"] or m["unit2"] or m["unit3"] or m["unit4"])))


# Words after which a bare plural unit before "of" is a span of its own ("despite years of war", "after weeks of
# talks", "Decades of neglect", "weeks and months of haggling"); after a determiner, a number or an adjective it is
# not ("the months of July and August", "living quarters of troops"; "three years of war" is the count's).
_UNITS_OF_LEAD = keys(
    "after following despite amid amidst ending ended end ends endured enduring with by through from of and or into survived",
    "suffered faced facing spent spend spends spending took take takes taking need needs needed require requires required",
    "cost costs during since within over for in than",
    # "subjected to weeks of shelling", "angry at decades of neglect", "follows months of talks", "his decades of
    # service": a preposition, a verb that follows a stretch, or a possessive (whose stretch it is)
    "to at about against without under until before toward towards upon among like",
    "follows follow followed endure endures suffer suffers face faces survive survives",
    "his her their its our my your",
)


def veto_units_of(m: re.Match[str], text: str) -> bool:
    """ "Years of war", "after months of talks": a bare unit opening its clause or after a preposition or a verb of
    enduring; after any other word (a determiner, a number, an adjective) it is no span of its own."""
    before = text[max(0, m.start() - 30) : m.start()].rstrip()
    if not before or before[-1] in '.!?:;,"“(—–-':
        return False
    word = re.search(r"([A-Za-z]+)$", before)
    return word is None or word.group(1).lower() not in _UNITS_OF_LEAD


_BARE_UNITS = r"(?:hour|day|week|month|year|decade)s|centuries"
_COORDINATED_UNIT = re.compile(r"(?<![\w-])(?:" + _BARE_UNITS + r")(?![\w-])", re.IGNORECASE)
# Verbs a stretch of time follows as well as the words of ``_UNITS_OF_LEAD``: "it could be weeks or months".
_UNITS_OR_LEAD = keys("be been being is was are were")


def read_units_or_units(m: re.Match[str], ctx: Context) -> Result:
    """ "weeks or months", "within days, not weeks", "months if not years", "days, weeks and months": one expression, as
    TimeBank tags "recent weeks and months" and "two to three weeks", an unknown number of its first unit (PXW).
    Tagging each unit apart lowered the held-back part's relaxed F1 (0.942 -> 0.940); as one its strict F1 rises
    (0.889 -> 0.893)."""
    first = _COORDINATED_UNIT.search(m.group(0))
    return Reading("DURATION", duration(None, unit_of(first.group(0)))) if first else None


def veto_units_or_units(m: re.Match[str], text: str) -> bool:
    """A list of bare units opens its clause or follows a preposition, a verb of enduring or "be" ("for weeks or even
    months", "could be weeks or months"); after a determiner or an adjective its units are another rule's ("the coming
    days and weeks", "recent weeks and months")."""
    before = text[max(0, m.start() - 30) : m.start()].rstrip()
    if re.search(r"\bmatter\s+of$", before):
        return True  # "a matter of days, if not hours": "a matter of days" is its own rule's
    if re.search(r"\b(?:will|would|could|can|may|might|should|must|to|not|['’]ll)\s+last$", before):
        return False  # "could last weeks or months": the verb (not "the last weeks")
    word = re.search(r"([A-Za-z]+)$", before)
    if word is not None and word.group(1).lower() in _UNITS_OR_LEAD:
        return False
    return veto_units_of(m, text)


def read_while(m: re.Match[str], ctx: Context) -> Result:
    """ "for a while", "a long time": a span of unknown length (PXX)."""
    return Reading("DURATION", "PXX")


def read_all_unit(m: re.Match[str], ctx: Context) -> Result:
    """ "all day", "all week long", "the whole year", "all night" (a night counts as a day, as in "three nights"): one unit."""
    return Reading("DURATION", duration(1, unit_of(m["unit"] or m["unit2"])))


def read_past_unit(m: re.Match[str], ctx: Context) -> Result:
    """ "the past hour", "the last hour", "the past day", "the next hour": one unit back from or on from now, a length
    (the calendar has no "last hour" or "next hour" to name; "the past week" and longer are the calendar's, ``relative.rel_unit``)."""
    if m["unit3"]:
        return Reading("DURATION", duration(None, unit_of(m["unit3"])))
    return Reading("DURATION", duration(1, unit_of(m["unit"] or m["unit2"] or m["unit4"])))


def read_long_unit(m: re.Match[str], ctx: Context) -> Result:
    """ "a yearlong inquiry", "the weeklong strike": one unit."""
    return Reading("DURATION", duration(1, unit_of(m["unit"])))


def read_ahead(m: re.Match[str], ctx: Context) -> Result:
    """ "the days ahead": a vague stretch of the unit to come; "the year ahead", "the week ahead" the coming unit, as
    "the coming year" is read (``relative.read_rel_unit``), and "the decade ahead" the ten years to come as "the next
    decade" is."""
    if m["one"]:
        unit = unit_of(m["one"])
        if unit == "decade":
            return Reading("DURATION", "P10Y")
        if ctx.ref is None:
            return Reading("DATE", None)
        p = points.shift(ctx.ref, 1, unit)
        return Reading("DATE", p.value, None, p)
    return Reading("DURATION", duration(None, unit_of(m["unit"] or m["unit2"])))


_COUNT_BEFORE = re.compile(
    r"(?:\d[\d,.]*|" + NUMBER_WORD + r"|few|several|many|some|couple|dozen|hundreds?|thousands?|the|of)\s+$", re.IGNORECASE
)


def veto_ahead(m: re.Match[str], text: str) -> bool:
    """A bare "hours ahead" after a count ("seven hours ahead", "a few days ahead") or "the" and a word ("the difficult
    days ahead") is another rule's or no vague future; "The Week Ahead" in capitals is the name of a column or a show."""
    if m["one"] and not m.group(0).split(None, 1)[1].islower():
        return True
    return bool(m["bare"]) and _COUNT_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None


def read_window_and_a_half(m: re.Match[str], ctx: Context) -> Result:
    """ "the past year and a half" (P1Y6M), "the next hour and a half" (PT1H30M): a stretch of time reaching to or from
    now, as "the past 18 months" is, not the calendar unit "the past year" followed by a stray "and a half"."""
    return Reading("DURATION", duration(1.5, unit_of(m["unit"])))


# -- sets --------------------------------------------------------------------------

_EACH_VALUES = {
    "day": "P1D", "night": "P1D", "week": "P1W", "month": "P1M", "quarter": "P1Q", "year": "P1Y", "hour": "PT1H",
    "weekend": "XXXX-WXX-WE", "season": "XXXX-XX", "minute": "PT1M", "decade": "P10Y",
}  # fmt: skip
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def read_each(m: re.Match[str], ctx: Context) -> Result:
    """ "every Tuesday" XXXX-WXX-2, "each July" XXXX-07, "every morning" XXXX-XX-XXTMO, "every other week" P2W."""
    word = m["each"].lower()
    if word in WEEKDAYS:
        part = f"T{_PARTS[m['epart'].lower()]}" if m["epart"] else ""  # "every Friday afternoon"
        return Reading("SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}{part}")
    if word.rstrip(".") in MONTHS:
        if m["eday"]:
            return Reading("SET", f"XXXX-{MONTHS[word.rstrip('.')]:02d}-{int(m['eday']):02d}")  # "each June 1"
        return Reading("SET", f"XXXX-{MONTHS[word.rstrip('.')]:02d}")
    if word in _PARTS and word != "night":
        return Reading("SET", f"XXXX-XX-XXT{_PARTS[word]}")
    if word in _SEASONS:
        return Reading("SET", f"XXXX-{_SEASONS[word]}")
    value = _EACH_VALUES.get(word, "P1D")
    if m["other"] and value.startswith("P"):
        # "every other week" P2W, "every third month" P3M
        value = value.replace("1", str({"other": 2, "second": 2, "third": 3, "fourth": 4}[m["other"].lower()]), 1)
    return Reading("SET", value)


def read_unit_after_unit(m: re.Match[str], ctx: Context) -> Result:
    """ "year after year" P1Y, "day after day" P1D: a recurrence of the unit."""
    return Reading("SET", _EACH_VALUES[m["unit"].lower()])


def read_every_n(m: re.Match[str], ctx: Context) -> Result:
    """ "every four years" P4Y, "every two weeks" P2W, "every few months" PXM."""
    return Reading("SET", duration(number(m["count"]), unit_of(m["unit"])))


_PER_ADVERB = {"daily": "day", "nightly": "night", "weekly": "week", "monthly": "month", "quarterly": "quarter", "yearly": "year",
               "annually": "year", "hourly": "hour"}  # fmt: skip


_UNIT_ORDER = ("minute", "hour", "day", "night", "week", "month", "quarter", "year")


def veto_times_per(m: re.Match[str], text: str) -> bool:
    """ "six days a week", "24 hours a day" recur in the larger unit; "three months a week" is no recurrence."""
    if not m["cunit"]:
        return False
    small, large = _UNIT_ORDER.index(m["cunit"].lower()), _UNIT_ORDER.index((m["unit"] or "year").lower())
    return small >= large or (m["cunit"].lower() == "day" and m["unit"].lower() == "night")


def read_times_per(m: re.Match[str], ctx: Context) -> Result:
    """ "twice a year", "three times a week", "twice daily", "three times weekly", "six days a week", "24 hours a
    day": the period of the recurrence."""
    unit = _PER_ADVERB[m["adverb"].lower()] if m["adverb"] else unit_of(m["unit"])
    return Reading("SET", _EACH_VALUES.get(unit, "P1D"))


def read_weekends(m: re.Match[str], ctx: Context) -> Result:
    """ "on weekends", "(works) weekends": every weekend."""
    return Reading("SET", _EACH_VALUES["weekend"])


def veto_weekends(m: re.Match[str], text: str) -> bool:
    """ "the weekends", "two weekends", "recent weekends": counted or particular weekends, no recurrence."""
    return (
        re.search(
            r"\b(?:the|these|those|its|their|his|her|our|recent|past|last|next|coming|several|few|many|some|consecutive|successive|"
            r"straight|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$",
            text[max(0, m.start() - 14) : m.start()],
            re.IGNORECASE,
        )
        is not None
    )


_ADVERBS = {
    "daily": "XXXX-XX-XX", "nightly": "XXXX-XX-XXTNI", "weekly": "XXXX-WXX", "biweekly": "P2W", "monthly": "XXXX-XX",
    "quarterly": "XXXX-QX", "annually": "XXXX", "yearly": "XXXX", "hourly": "PT1H", "semiannually": "P6M",
    "biannually": "P6M", "fortnightly": "P2W", "biennially": "P2Y",
}  # fmt: skip
_NOT_A_NOUN = re.compile(
    r"\s*(?:[.,;:!?)\"”’-]|$|(?:and|or|but|to|in|on|at|for|from|since|until|through|throughout|by|with|as|than|that|which|"
    r"over|during|into|after|before|while|when|if|because|so|thereafter|ever|since)\b)"
)


def read_adverb(m: re.Match[str], ctx: Context) -> Result:
    return Reading("SET", _ADVERBS[m.group(0).lower()])


def veto_adverb(m: re.Match[str], text: str) -> bool:
    """ "daily flights" and "quarterly dividend" are adjectives; "rise 8% annually" is a rate."""
    if not _NOT_A_NOUN.match(text, m.end()):
        return True
    return re.search(r"(?:%|percent)\s*$", text[max(0, m.start() - 12) : m.start()]) is not None


# -- clock times -------------------------------------------------------------------

_NO_PLACE = (
    "The", "This", "That", "These", "Those", "Much", "Some", "Any", "No", "Each", "Every", "Its", "His", "Her", "Their",
    "Our", "My", "Your", "What", "Which", "Half", "Full", "Extra", "Over", "Prime", "Spare", "Free", "Injury",
    "Stoppage", "Question", "Next", "Last", "First", "Same", "Daylight", "Summer", "Winter", "Standard", "Local",
)  # fmt: skip
_TZ = (
    # An offset from GMT or UTC ("14:00 GMT+2", "UTC+8", "UTC-05:00"), then the zones by name or letters
    r"(?:(?:GMT|UTC)\s?[+−–-]\s?\d{1,2}(?::?[0-5]\d)?|"
    r"(?-i:JST|KST|IST|MSK|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT|EAT|WAT|CAT|SAST|PKT|ICT|WIB|EET|EEST|WET|WEST|AST|ADT|"
    r"HST|AKST|AKDT|IDT|IRST|GST)|"
    r"GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|local\s+time|"
    r"(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime|(?!\s+[A-Z]))|Greenwich\s+[Mm]ean\s+[Tt]ime|"
    # A place's time: "3 p.m. Beijing time", "10 a.m. Moscow time", "9:30 a.m. New York time": capitalised, neither a
    # day nor a word that opens the next sentence ("at 3 p.m. Much time was lost")
    r"(?-i:(?!(?:" + "|".join([*calendar.day_name, *calendar.month_name[1:], *_NO_PLACE]) + r")\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+time)"
)
_AMPM = r"(?:a\.m\.?|p\.m\.?|am|pm|AM|PM|A\.M\.|P\.M\.)"
_SPOKEN_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# A part of a day after a spoken clock time tells it is one ("eight thirty last night", "ten this morning", "at 10 on
# Friday night").
_PART_OF_DAY_AFTER = (
    r"(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night|"
    r"(?:yesterday|today|tomorrow|(?:on\s+)?" + WEEKDAY + r")\s+(?:morning|afternoon|evening|night))\b"
)
_CLOCK = (
    # Minutes told against the hour: "half past three", "a quarter to five", "twenty past six", "ten to nine"
    r"(?:(?P<mi7>half|(?:a\s+)?quarter|"
    + NUMBER_WORD
    + r"|[1-5]?\d)(?:\s+minutes?)?\s+(?P<dir7>past|after|to|till|before)\s+(?P<h7>"
    + _SPOKEN_HOUR
    + r"|1[0-2]|[1-9])(?![\d:])(?P<oclock7>\s+o['’]clock)?(?:\s*(?P<ampm7>"
    + _AMPM
    + r")|\s+(?P<dayhalf7>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?"
    r"|(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>" + _AMPM + r")"
    r"|(?P<h4>[01]?\d|2[0-3])\.?(?P<mi4>[0-5]\d)(?=\s+" + _TZ + r"\b)"
    r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])(?!\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)"
    r"|(?P<named>noon|midnight|midday)"
    # Military hours: "at 0600 hrs", "by 1600 hours" ("hours" only after a preposition: "logged 1000 hours" is a count)
    r"|(?P<h6>[01]\d|2[0-3])(?P<mi6>[0-5]\d)\s*(?P<hrs>hrs|hours)\b"
    # "5:30 in the morning", "10:15 at night"; a bare hour before a day's part ("at 8 this morning", "at 7 tomorrow
    # night") only after a preposition of time (``veto_clock``)
    r"|(?P<h3>"
    + NUMBER_WORD
    + r"|\d{1,2})(?::(?P<mi3>[0-5]\d))?(?:(?P<oclock>\s+o['’]clock)|(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)"
    r"|(?<=\d)(?=\s+" + _PART_OF_DAY_AFTER + r"))"
    r"(?:\s+(?P<dayhalf>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?"
    r"|(?P<h5>"
    + _SPOKEN_HOUR
    + r")(?:[\s-](?P<mi5>"
    + NUMBER_WORD
    + r"|o(?:h|['’])?[\s-]?(?:"
    + _SPOKEN_HOUR
    + r")))?(?:\s+(?P<ampm5>[ap]\.\s?m\.?|[AP]M\b|[AP]\.M\.)|\s+(?P<dayhalf5>in\s+the\s+(?:morning|afternoon|evening))|(?=\s+"
    + _PART_OF_DAY_AFTER
    + r")))"
)
_DAY_WORDS = (
    r"(?:(?P<dw>yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))|"
    + weekday_rx("wd")
    + r"(?:,?\s+"
    + month_rx("wm")
    + r"\s+"
    + day_rx("wmd")
    + r")?|"
    + month_rx("mon")
    + r"\s+"
    + day_rx("md")
    + ")"
    + r"(?:,\s+(?P<yr>(?:1[6-9]|20)\d{2})(?!\d))?"
)
_JOINED_BEFORE = re.compile(
    r"(?P<dw>yesterday|today|tomorrow|" + WEEKDAY + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:,?\s+(?:at|around|about|by|from|until|before|after)\s+|,\s+)$"
)
# A month and a day in either order ("Nov. 15", "3 November"): groups mon/md or dmd/dmon.
_MONTH_DAY_EITHER = month_rx("mon") + r"\s+" + day_rx("md") + r"|" + day_rx("dmd") + r"\s+" + month_rx("dmon")
# The day after a clock time, in either order of month and day ("5 p.m. EST on Nov. 15", "at 08:15 on 3 November",
# "10:15 p.m. on Sunday, 1 October"), past the same time in another zone in brackets ("3 p.m. local time (1300
# GMT) on Friday"; the bracketed time closes its bracket before the day) and past the time that closes a range
# ("from 7 a.m. to 8 p.m. on Sunday"); after the bracket "on" may be left out, as wires write it ("3 p.m. (2000 GMT)
# Tuesday").
_JOINED_AFTER = re.compile(
    r"(?:\s*(?:-|–|to|until|till)\s*\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.m\.|[ap]m\b))?"  # "7 a.m.-8 p.m. on Sunday"
    r"\)?(?:\s*\([^()\n]{1,30}\))?(?:,?\s+on\s+|(?<=\))\s+(?=[A-Z]))(?:(?P<dw>" + WEEKDAY + r")\b"
    r"(?:\s+(?P<dpart>morning|afternoon|evening|night)\b)?,?\s*)?(?:" + _MONTH_DAY_EITHER + r")?(?:,?\s+(?P<yr>(?:1[6-9]|20)\d{2})(?!\d))?"
)


def _day_of(word: str, ctx: Context) -> dt.date | None:
    if ctx.ref is None:
        return None
    w = " ".join(word.lower().rstrip(".").split())
    offsets = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1, "this morning": 0, "this afternoon": 0}
    offsets["this evening"] = 0
    if w in offsets:
        return ctx.ref + dt.timedelta(days=offsets[w])
    if w in WEEKDAYS:
        return weekday_point(WEEKDAYS[w], ctx.ref, None, ctx.tense).start
    return None


def _month_day_of(month: str, day_text: str, year: str | None, ctx: Context) -> dt.date | None:
    d = ordinal(day_text)
    reading = month_day(month_number(month), d, int(year) if year else None, ctx) if d else None
    return reading.point.start if reading and reading.point else None


def _clock_day(m: re.Match[str], ctx: Context) -> dt.date | None:
    """The day a clock time belongs to: the day joined to it, one beside it in the sentence, else the reference."""
    if m["md"] or m["wmd"]:
        return _month_day_of(m["mon"] or m["wm"], m["md"] or m["wmd"], m["yr"], ctx)
    if m["dw"] or m["wd"]:
        return _day_of(m["dw"] or m["wd"], ctx)
    before = ctx.text[max(0, m.start() - 40) : m.start()]
    after = _JOINED_AFTER.match(ctx.text, m.end())
    if after is not None and (after["md"] or after["dmd"]):
        return _month_day_of(after["mon"] or after["dmon"], after["md"] or after["dmd"], after["yr"], ctx)
    if j := _JOINED_BEFORE.search(before):
        return _day_of(j["dw"], ctx)
    if after is not None and after["dw"]:
        return _day_of(after["dw"], ctx)
    return _sentence_day(m, ctx)


def _sentence_day(m: re.Match[str], ctx: Context) -> dt.date | None:
    """The day the time's own sentence named last, else the reference day: where a clock time that names no day
    of its own falls."""
    left, _right = sentence_bounds(ctx.text, m.start(), m.end())
    if ctx.memory.day is not None and ctx.memory.day_at >= left:
        return ctx.memory.day
    return ctx.ref


def read_clock(m: re.Match[str], ctx: Context) -> Result:
    named = (m["named"] or "").lower()
    if named:
        hour, minute = (24, 0) if named == "midnight" else (12, 0)
    elif m["h7"]:
        told = _told_against_the_hour(m)
        if told is None:
            return None
        hour, minute = told
    elif m["h3"]:
        n = number(m["h3"])
        if n is None or not (1 <= n <= 12 or (m["mi3"] and 13 <= n <= 23)):
            return None  # a 24-hour time keeps its hour: "17:30 in the evening"
        hour, minute = int(n), int(m["mi3"] or 0)
        half = (m["dayhalf"] or "").lower()
        if ("afternoon" in half or "evening" in half or "night" in half) and hour < 12:
            hour += 12
        elif "night" in half and hour == 12:
            hour = 0  # "12:30 at night" is half past midnight
    elif m["h5"]:
        # "eleven a.m.", "eight thirty p.m.", "nine-oh-five a.m.": spoken clock times.
        hour = int(number(m["h5"]) or 0)
        spoken = re.sub(r"^o(?:h|['’])?[\s-]?", "", (m["mi5"] or "").lower())
        minute = int(number(spoken) or 0) if spoken else 0
        if minute >= 60:
            return None
        ampm = (m["ampm5"] or "").lower().replace(".", "").replace(" ", "")
        if ampm:
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        elif re.search(r"afternoon|evening", m["dayhalf5"] or ""):
            hour = hour % 12 + 12  # "eight thirty in the evening"
    else:
        hour = int(m["h"] or m["h2"] or m["h4"] or m["h6"])
        minute = int(m["mi"] or m["mi2"] or m["mi4"] or m["mi6"] or 0)
        ampm = (m["ampm"] or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        if ampm and not 1 <= int(m["h"] or 0) <= 12:
            return None
    dw = " ".join((m["dw"] or "").lower().split())
    joined = _JOINED_AFTER.match(ctx.text, m.end())
    part = (m["dpart"] or (joined["dpart"] if joined is not None else None) or "").lower()
    evening = dw in ("tonight", "last night", "this evening", "this afternoon") or part in ("afternoon", "evening", "night")
    if evening and 1 <= hour < 12 and not (m["ampm"] or m["ampm5"] or m["dayhalf"] or m["ampm7"] or m["dayhalf7"]):
        hour += 12  # "eight o'clock tonight", "9:30 Sunday evening", "at 7:45 on Tuesday evening"
    day = _clock_day(m, ctx)
    clock = f"T{hour:02d}:{minute:02d}"
    if day is None:
        return Reading("TIME", f"XXXX-XX-XX{clock}")
    p = points.day(day)
    # A day named in the clock time or right after it ("00:01 on Friday") is the one the next expression may take.
    dated = bool(m["dw"] or m["wd"] or m["md"] or (joined is not None and (joined["dw"] or joined["md"] or joined["dmd"])))
    return Reading("TIME", f"{p.value}{clock}", None, p, anchors=dated)


def read_part_at_hour(m: re.Match[str], ctx: Context) -> Result:
    """ "Tuesday night at 11", "this morning at 9:30": a bare hour after a part of the day is a clock time of that part
    (the afternoon's, evening's and night's hours after noon; a night's small hours the next day's), on the day the
    sentence named for the part, else the reference day."""
    told = number(m["h"])
    if told is None or not 1 <= told <= 12:
        return None
    hour, minute = int(told), int(m["mi"] or 0)
    part = m["part"].lower()
    day = _sentence_day(m, ctx)
    if day is None:
        return None
    if part in ("afternoon", "evening") or (part in ("night", "tonight") and hour >= 6):
        hour = hour % 12 + 12
    elif part in ("night", "tonight"):
        day += dt.timedelta(days=1)  # "Tuesday night at 2": the small hours after it
    elif hour == 12:
        hour = 0  # "in the morning at 12" is midnight's hour
    p = points.day(day)
    return Reading("TIME", f"{p.value}T{hour:02d}:{minute:02d}", None, p, anchors=False)


def _told_against_the_hour(m: re.Match[str]) -> tuple[int, int] | None:
    """ "half past three" (03:30), "a quarter to five" (04:45), "ten to nine" (08:50): the hour as told, in the
    afternoon or evening when "p.m." or a part of the day says so."""
    words = " ".join(m["mi7"].lower().split()).removeprefix("a ")
    minutes = 30 if words == "half" else 15 if words == "quarter" else number(words)
    hour = number(m["h7"])
    before = m["dir7"].lower() in ("to", "till", "before")
    if minutes is None or hour is None or not 1 <= minutes <= 59 or (words == "half" and before):
        return None
    hour, minute = (int(hour) - 1, 60 - int(minutes)) if before else (int(hour), int(minutes))
    hour = hour or 12
    ampm = (m["ampm7"] or "").lower().replace(".", "").replace(" ", "")
    half = (m["dayhalf7"] or "").lower()
    if (ampm == "pm" or "afternoon" in half or "evening" in half or "night" in half) and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour, minute


# A bare hour in figures before a day's part ("at 8 this morning") only after a preposition that takes a time, not
# one that takes a figure ("rose to 8 this morning", "down from 9 yesterday afternoon").
_HOUR_PREP = re.compile(r"\b(?:at|by|until|till|around|about|before|after|since)\s+$", re.IGNORECASE)
_CLOCK_PREP = re.compile(r"\b(?:at|by|until|till|around|about|before|after|since|from|to|past)\s+$", re.IGNORECASE)


def veto_clock(m: re.Match[str], text: str) -> bool:
    """A spoken hour with no "a.m."/"p.m." is a clock time only after a preposition ("at ten thirty this morning"),
    not a count ("One this morning"); a military hour in "hours" only after "at" or "until" ("at 1600 hours", not
    "logged 1000 hours" or "cut by 1000 hours")."""
    if m["h7"]:
        # "half past three" and "a quarter to five" are clock times wherever they stand; "ten past six" after a
        # preposition of time or with "o'clock", "p.m." or a part of the day, and never before a noun ("five to six
        # people", "two to three years")
        told = m["oclock7"] or m["ampm7"] or m["dayhalf7"] or m["dw"] or m["wd"] or m["mon"]
        if not told and not _NOT_A_NOUN.match(text, m.end()):
            return True
        sure = "half" in m["mi7"].lower() or "quarter" in m["mi7"].lower()
        return not (sure or told or _CLOCK_PREP.search(text, max(0, m.start() - 12), m.start()))
    if m["hrs"] and m["hrs"].lower() == "hours":
        return not re.search(r"\b(?:at|until|till)\s+$", text[max(0, m.start() - 8) : m.start()], re.IGNORECASE)
    if m["h3"] and not m["oclock"] and not m["dayhalf"]:
        return not _HOUR_PREP.search(text, max(0, m.start() - 12), m.start())
    return bool(m["h5"]) and not m["ampm5"] and not m["dayhalf5"] and not _CLOCK_PREP.search(text, max(0, m.start() - 12), m.start())


# Times of day named by the light or by the hours, not the clock: "at dawn", "by nightfall", "at first light on
# Sunday", "in mid-afternoon", "in the small hours". The part of the day each falls in (TIMEX3's MO, AF, EV, NI);
# "mid-" is the middle of its part.
LIGHT_PARTS = {
    "dawn": "MO", "daybreak": "MO", "first light": "MO", "sunrise": "MO", "mid-morning": "MO", "midmorning": "MO",
    "mid-afternoon": "AF", "midafternoon": "AF", "dusk": "EV", "nightfall": "EV", "sunset": "EV",
    "the early hours": "NI", "the small hours": "NI", "the wee hours": "NI",
}  # fmt: skip
_LIGHT_PREP = anycase(r"(?:at|before|after|by|until|till|from|to|around|about|towards?|since|into|in|during|through|shortly\s+after)\s+")
_ON_DAY = (
    r"(?:\s+(?:on\s+)?"
    + weekday_rx("wd")
    + r"(?:,?\s+"
    + day_rx("wmd")
    + r"\s+"
    + month_rx("wm")
    + r")?|\s+on\s+(?:"
    + _MONTH_DAY_EITHER
    + r"))(?:,?\s+(?P<yr>(?:1[6-9]|20)\d{2})(?!\d))?"
    # the day named by its distance from today, as a weekday is joined: "at dawn yesterday", "by nightfall tomorrow"
    + r"|\s+(?P<rd>today|yesterday|tomorrow)\b(?!['’]s)"
)


_EVERY_AFTER = re.compile(r"\s+(?:every|each)\s+(?:day|morning|evening|night)\b", re.IGNORECASE)


def read_light(m: re.Match[str], ctx: Context) -> Result:
    """ "at dawn", "by nightfall on Friday", "in the small hours": that part of the day joined to it, else of the day
    the sentence (or the one before) named, else, in a report of the past, of the reference day; a plan or a habit
    with no day named ("the curfew starts at sunset", "they fast from dawn to dusk") has none."""
    code = LIGHT_PARTS[" ".join(m["light"].lower().split())]
    mod = "MID" if m["light"].lower().startswith("mid") else None
    if m["wmd"] or m["md"] or m["dmd"]:
        day = _month_day_of(m["wm"] or m["mon"] or m["dmon"], m["wmd"] or m["md"] or m["dmd"], m["yr"], ctx)
    elif m["wd"] or m["rd"]:
        day = _day_of(m["wd"] or m["rd"], ctx)
    else:
        left, _right = sentence_bounds(ctx.text, ctx.start, ctx.end)
        day = ctx.memory.day if ctx.memory.day is not None and ctx.memory.day_at >= left - 200 else None
        if day is None and (ctx.ref is None or ctx.tense != "past" or _EVERY_AFTER.match(ctx.text, ctx.end)):
            return None  # "fast from dawn to dusk", "rose at dawn every day": a habit, no day
        day = day or ctx.ref
    if day is None:
        return Reading("TIME", None, mod)
    p = points.day(day)
    return Reading("TIME", f"{p.value}T{code}", mod, p, anchors=bool(m["wd"] or m["rd"] or m["md"] or m["dmd"] or m["wmd"]))


def read_clock_duration(m: re.Match[str], ctx: Context) -> Result:
    """ "3:07:35" is a length of time ("finished in 3:07:35"), unless it follows a date: "Jul 29 2012 08:01:00"."""
    day = ctx.memory.day
    if day is not None and 0 <= m.start() - ctx.memory.day_at <= 3 and int(m["h"]) < 24:
        p = points.day(day)
        return Reading("TIME", f"{p.value}T{int(m['h']):02d}:{m['mi']}:{m['s']}", None, p, anchors=False)
    return Reading("DURATION", f"PT{int(m['h'])}H{int(m['mi'])}M{int(m['s'])}S")


_Q = r"(?:(?P<q>" + QUANTITY_WORDS + r"|a\s+mere|another|an\s+additional|a\s+further|an\s+extra|the)\s+)?"
_REL = r"(?:(?:the\s+|these\s+|those\s+)?(?:past|last|next|coming|first|final|previous|preceding|prior|following|ensuing|remaining|initial|latter|subsequent|same)\s+)?"
_ADJ = r"(?:[\s-]+(?:trading|business|working|calendar|consecutive|straight|full|whole|entire|more|additional|extra|long|short))?"

RULES: tuple[Rule, ...] = (
    Rule(
        "light",
        # Lower case after a preposition: "the dawn of a new era", "a dawn raid", "Golden Dawn", "Sunset Boulevard"
        # and "a sunset clause" are none.
        rx(
            _LIGHT_PREP
            + r"(?P<t>(?P<light>dawn|daybreak|first\s+light|sunrise|dusk|nightfall|sunset|mid-?morning|mid-?afternoon|"
            + r"the\s+(?:early|small|wee)\s+hours)"
            + r"(?:"
            + _ON_DAY
            + r")?)(?!\s+(?:of|raids?|prayers?|patrols?|clauses?)\b)",
            0,
        ),
        read_light,
        keys=keys("dawn daybreak light sunrise dusk nightfall sunset morning afternoon midmorning midafternoon hours"),
    ),
    Rule(
        "duration",
        rx(
            r"(?P<least>at\s+least\s+)?"
            + _Q
            + _REL
            + r"(?P<count>"
            + COUNT
            + r")(?:\s+(?:to|or|-|–)\s+(?P<count2>"
            + COUNT
            + r")|(?<=\d)(?P<plus>-?plus|\+|-odd|\s+odd))?"
            + _ADJ
            + r"[\s-]+(?P<unit>"
            + UNIT
            + r"s?)(?:['’]s?\s+time\b|['’])?"
            + AND_A_HALF
            + r"(?P<orso>\s+or\s+(?:so|more|less))?"
            # "a day or two", "a week or three": a few of the unit
            + r"(?P<or2>(?<=[a-z])\s+or\s+(?:two|three|2|3)(?![\w%-]|\s+(?:percent|per\s+cent|times)\b|\s+"
            + UNIT
            + r"))?(?:-long|-plus)?"
            + _EVENT_AGE
        ),
        read_duration,
        veto_duration,
        keys=keys(UNIT_KEYS),
        reach=(70, 50),
    ),
    Rule(
        "between",
        rx(r"between\s+(?P<c1>" + COUNT + r")\s+and\s+(?P<count>" + COUNT + r")" + _ADJ + r"[\s-]+(?P<unit>" + UNIT + r"s?)"),
        read_between,
        lambda m, text: veto_duration(m, text) or number(m["c1"]) is None,
        keys=keys("between"),
    ),
    Rule(
        "another_unit",
        # "for another month", "one more year": one more of the unit ("another day" is as often an idiom, "another
        # quarter" a fraction; "another week of talks" is the week's)
        rx(r"(?:another|one\s+more)\s+(?P<unit>week|fortnight|month|year|decade|hour)(?!\s+(?:ago|later|earlier|before|after)\b)"),
        read_another_unit,
        keys=keys("another more"),
    ),
    Rule(
        "vague_duration",
        rx(
            r"(?:(?P<q>"
            + QUANTITY_WORDS
            + r")\s+)?"
            + _REL
            + r"(?P<count>"
            + VAGUE
            + r")"
            + _ADJ
            + r"\s+(?P<unit>"
            + UNIT
            + r")s(?!\s+ago)(?:['’]\s+time\b)?"
        ),
        read_vague_duration,
        keys=keys(UNIT_KEYS),
        reach=(70, 50),
    ),
    Rule(
        "as_many",
        rx(r"(?<=\bin\s)as\s+many\s+(?P<unit>" + UNIT + r")s\b"),
        read_as_many,
        keys=keys(UNIT_KEYS),
        reach=(40, 20),
    ),
    Rule(
        "units_long",
        # "a months-long standoff", "hours-long clashes", "a decades-old dispute": a vague length as an adjective. Only
        # years and longer are "-old": "a months-old baby" is an age.
        rx(r"(?P<unit>second|minute|hour|day|night|week|month|year|decade|centurie)s-long|(?P<old>year|decade|centurie)s-old"),
        read_units_long,
        keys=keys(UNIT_KEYS),
        reach=(10, 40),
    ),
    Rule(
        "bare_units",
        rx(
            r"(?:(?:for|in|within|over|after|than|taking|take|takes|took|lasting|lasted|lasts|spent|spend|spends|spending|waited|wait|"
            # "could last months": the verb "last" after a modal or "to" ("the last months" is the window's, below)
            r"(?:will|would|could|can|may|might|should|must|to|not|['’]ll)\s+last)\s+(?P<t>(?P<unit>"
            + UNIT
            + r")s)|(?P<t3>the\s+(?:first|last|past|next|early|coming|following|initial)\s+(?P<unit3>"
            + UNIT
            + r")s)|(?P<t2>(?P<unit2>"
            + UNIT
            + r")s)(?=\s+(?:before|after|later|earlier|ago)\b)|(?P<t4>the\s+(?P<unit4>"
            + UNIT
            + r")s)(?=\s+since\b))"
        ),
        read_bare_units,
        keys=keys(UNIT_KEYS),
        reach=(40, 50),
    ),
    Rule(
        "units_of",
        rx(
            r"(?P<unit>"
            + UNIT
            + r")s(?=\s+of\s+(?!(?:age|the|a|an|his|her|their|its|my|our|your|this|that|these|those|each|it|them|which|whom)\b)[a-z])"
        ),
        read_bare_units,
        veto_units_of,
        keys=keys(UNIT_KEYS),
        reach=(10, 60),
    ),
    Rule(
        "units_or_units",
        # "weeks or months", "days, not weeks", "months if not years", "days, weeks and months" (not "... ahead", "... ago")
        rx(
            r"(?:"
            + _BARE_UNITS
            + r")(?:,?\s+(?:or\s+(?:even|perhaps|maybe)|if\s+not|and|or|not|to)\s+(?:"
            + _BARE_UNITS
            + r")|,\s+(?:"
            + _BARE_UNITS
            + r"))++(?!\s+(?:ago|ahead|later|earlier|before|after|since|to\s+come)\b)"
        ),
        read_units_or_units,
        veto_units_or_units,
        keys=keys(UNIT_KEYS),
        reach=(40, 80),
    ),
    Rule(
        "over_the_years",
        rx(
            r"(?:over|through|down|across|throughout)\s+(?P<t>the\s+(?P<unit>year|decade|centurie)s)"
            r"(?![\s,]*(?:\d|(?:of|since|before|after|to\s+come|ahead|that|when|which|in\s+which)\b))"
        ),
        read_bare_units,
        keys=keys("years decades centuries"),
        reach=(20, 60),
    ),
    Rule(
        "past_unit",
        # "the last day" and "the last minute" are ordinals ("the last day of trading", "at the last minute"); a unit
        # "of" something is a part of it ("the past hour of trading" is no length from now)
        # "the next day or two", "the past week or two": a few of the unit.
        rx(
            r"the\s+(?:past\s+(?P<unit>hour|day)|(?:last|next|coming)\s+(?P<unit2>hour))(?!\s+(?:of|or)\b)"
            r"|the\s+(?:past|last|next|coming)\s+(?P<unit3>hour|day|week|month|year)\s+or\s+(?:two|three)(?![\w-])"
            # "over the last day", "within the last day": after a preposition of extent, a day back from now (not "the
            # last day of the talks", "over the last day before the vote"; "in the last day" is as often the end of days)
            r"|(?:(?<=[Oo]ver\s)|(?<=[Dd]uring\s)|(?<=[Ww]ithin\s))the\s+last\s+(?P<unit4>day)"
            r"(?![\w-]|\s+(?:of|or|on|in|at|before|after|that|when|for|to)\b)"
        ),
        read_past_unit,
        keys=keys("hour day week month year"),
    ),
    Rule(
        "long_unit",
        rx(r"(?P<unit>year|month|week|day|hour|decade|night)[\s-]?long"),
        read_long_unit,
        keys=keys("yearlong monthlong weeklong daylong hourlong decadelong nightlong long"),
    ),
    Rule(
        "a_while",
        rx(r"a\s+(?:little\s+|short\s+|long\s+)?while|a\s+(?:very\s+)?long\s+time(?!\s+(?:ago|back|before|after|later|earlier))"),
        read_while,
        keys=keys("while time"),
    ),
    Rule(
        "all_unit",
        rx(
            r"all\s+(?P<unit>day|night|week|month|year|weekend)(?:\s+long)?|(?:the|a)\s+(?:whole|entire)\s+(?P<unit2>day|night|week|month|year)"
        ),
        read_all_unit,
        keys=keys("all whole entire"),
    ),
    Rule(
        "ahead",
        # "the days ahead", "the few hours ahead"; "difficult days ahead", "critical hours ahead" (an adjective, no
        # article), not "seven hours ahead" (a count: another rule's) nor "days ahead of the vote" (counted from it)
        rx(
            r"the\s+(?:few\s+)?(?P<unit>hour|day|week|month|year|decade)s\s+ahead"
            # the singular, "the year ahead", "the week ahead": the coming unit
            r"|the\s+(?P<one>week|month|year|decade)\s+ahead(?!\s+of\b)"
            r"|(?P<bare>(?P<unit2>hour|day|week|month|year)s\s+ahead)(?!\s+of\b)"
        ),
        read_ahead,
        veto_ahead,
        keys=keys("ahead"),
    ),
    Rule(
        "window_and_a_half",
        rx(
            r"the\s+(?:past|last|next|coming|previous|preceding|following|first)\s+(?P<unit>hour|day|week|month|year|decade|century)"
            r"\s+and\s+a\s+half"
        ),
        read_window_and_a_half,
        keys=keys("half"),
    ),
    Rule(
        "each",
        rx(
            r"(?:every|each)\s+(?:(?P<other>other|second|third|fourth)\s+)?(?:single\s+)?(?P<each>day|night|week|month|quarter|year|hour|minute|season|morning|afternoon|"
            r"evening|weekend|decade|spring|summer|autumn|fall|winter|"
            + WEEKDAY
            + r"|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|"
            r"Nov\.|Dec\.)(?:\s+(?P<eday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)|(?<=day)\s+(?P<epart>morning|afternoon|evening|night))?"
        ),
        read_each,
        keys=keys("every each"),
    ),
    Rule(
        "unit_after_unit",
        # "year after year", "day after day", "week after week": the unit, again and again
        rx(r"(?P<unit>day|night|week|month|year)\s+after\s+(?P=unit)"),
        read_unit_after_unit,
        keys=keys("after"),
    ),
    Rule(
        "every_n",
        rx(r"(?:once\s+)?every\s+(?P<count>" + COUNT + "|" + VAGUE + r")\s+(?P<unit>" + UNIT + r"s)"),
        read_every_n,
        keys=keys("every"),
    ),
    Rule(
        "times_per",
        rx(
            r"(?:once|twice|thrice|(?:"
            + NUMBER_WORD
            + r"|\d+)\s+times|(?P<count>"
            + COUNT
            + r")\s+(?P<cunit>minute|hour|day|night|week|month)s?(?=\s+(?:a|an|per|each)\s))\s+(?:(?:a|an|per|each|every)\s+"
            r"(?P<unit>day|night|week|month|quarter|year|hour)|(?P<adverb>daily|nightly|weekly|monthly|quarterly|yearly|annually|hourly))"
        ),
        read_times_per,
        veto_times_per,
        keys=keys("once twice thrice times", UNIT_KEYS),
    ),
    Rule("weekends", rx(r"weekends"), read_weekends, veto_weekends, keys=keys("weekends")),
    Rule(
        "adverb_set",
        rx(r"daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|annually|biannually|semiannually|biennially|yearly|hourly"),
        read_adverb,
        veto_adverb,
        keys=keys("daily nightly weekly biweekly fortnightly monthly quarterly annually biannually semiannually biennially yearly hourly"),
    ),
    Rule(
        "part_at_hour",
        # the hour alone, closing the clause: "at 11 percent", "at 5 1/2" are no clock times
        rx(
            r"(?P<part>morning|afternoon|evening|night|tonight)\s+at\s+(?P<t>(?P<h>1[0-2]|0?[1-9]|" + NUMBER_WORD + r")"
            r"(?::(?P<mi>[0-5]\d))?)(?=\s*[,.;:!?)\"”]|\s+(?:and|when|as|but|after|before|local\s+time)\b)"
        ),
        read_part_at_hour,
        keys=keys("morning afternoon evening night tonight"),
    ),
    Rule(
        "clock",
        re.compile(
            # Word edges as ``rx`` draws them, save a dash between two clock times: "9am-5pm" is a range.
            r"(?:(?<![\w-])|(?<=[ap]m-)|(?<=[ap]\.m\.-))(?:"
            + _CLOCK
            + r"(?:\s+"
            + _TZ
            + r")?(?:,?\s+"
            + _DAY_WORDS
            + r"(?:\s+(?P<dpart>morning|afternoon|evening|night))?)?"
            + r")(?:(?![\w-])|(?<=[ap]m)(?=-\d)|(?<=[ap]\.m\.)(?=-\d))",
            re.IGNORECASE,
        ),
        read_clock,
        veto_clock,
        keys=keys("#d noon midnight midday clock m am pm morning afternoon evening night tonight half quarter past"),
    ),
    Rule("clock_duration", rx(r"(?P<h>\d{1,2}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)"), read_clock_duration, keys=keys("#:")),
)
