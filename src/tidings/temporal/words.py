"""The words of time: month and weekday names, numbers (digits, words, fractions, spoken years), units.

Regular-expression fragments are functions of a group name, so that one rule
can hold two months or two days ("March 15 to April 2").
"""

from __future__ import annotations

import calendar
import re

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

# Nouns of a body of people that a date names ("the April 6 Youth Movement", "the March 23 Movement", "the February 17
# Martyrs Brigade"): the date is part of the name, no time of the story (``tagger.in_group_name``).
GROUP_NOUNS = ("Movement", "Youth", "Brigade", "Brigades", "Battalion", "Battalions", "Coalition", "Front", "Martyrs")
ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth",
)  # fmt: skip
WORD_VALUES: dict[str, int] = {w: i + 1 for i, w in enumerate(ONES)}
WORD_VALUES.update({w: i + 10 for i, w in enumerate(TEENS)})
WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(TENS)})
WORD_VALUES.update({"a": 1, "an": 1, "single": 1, "dozen": 12, "hundred": 100, "thousand": 1000, "couple": 2, "zero": 0})
ORDINAL_VALUES: dict[str, int] = {w: i + 1 for i, w in enumerate(ORDINALS)}
ORDINAL_VALUES.update({"thirtieth": 30, "last": -1, "final": -1, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4})

UNIT_CODES = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "millennium": "ML",
}  # fmt: skip
CLOCK_UNITS = ("second", "minute", "hour")
PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "noon": "MI", "midday": "MI"}


def _alt(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_ONES = _alt(ONES)
_TEENS = _alt(TEENS)
_TENS = _alt(TENS)
# "twenty four", "twenty-four", "forty", "seventeen", "nine".
NUMBER_WORD = rf"(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|{_ONES})"
# Counts: digits (with a fraction: "2 1/2"), words, "a", "a couple of", "a dozen", "one and a half", "hundred".
COUNT = (
    r"(?:(?:a\s+)?half[\s-]+(?:a[\s-]+)?dozen|(?:a\s+)?quarter(?=[\s-]+(?:century|centuries|hour)\b)|(?:a|one|three)\s+quarters?\s+of\s+an?(?=\s+(?:century|hour)\b)|(?:a\s+)?half(?=[\s-]+(?:century|hour|day|year|decade)\b)|"
    rf"\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:\s+[1-3]/[2-4]|½)?|(?:{NUMBER_WORD}|an?)(?:[\s-]+and[\s-]+a[\s-]+half)?"
    rf"|(?:a\s+)?couple(?:\s+of)?(?=\s)|(?:a\s+)?dozen|(?:(?:a|one|two|three|four|five|several)\s+)?(?:hundred|thousand)(?:\s+(?:and\s+)?{NUMBER_WORD})?|half\s+an?|a\s+half)"
)
VAGUE = r"(?:a\s+few|few|several|some|many|a\s+number\s+of|a\s+couple\s+of|couple\s+of|the\s+few|numerous|a\s+handful\s+of|a\s+matter\s+of)"
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centurie|millenni(?:um|a))"
# "two years and a half", "a year and half" (not "a year and half the budget"): half a unit more
AND_A_HALF = (
    r"(?P<half>[\s-]+and[\s-]+(?:a[\s-]+half|half(?![\s-]+(?:the|a|an|of|his|her|their|its|our|my|your|that|this|those|these)\b)))?"
)
SPOKEN_YEAR = (
    rf"(?:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)[\s-]+"
    rf"(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|hundred(?:\s+and\s+(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|{_ONES}))?|o(?:h)?[\s-](?:{_ONES}))"
    rf"|two\s+thousand(?:(?:\s+and)?\s+(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|{_ONES}))?"
    rf"|twenty[\s-](?:{_TEENS}|twenty(?:[\s-](?:{_ONES}))?|o(?:h)?[\s-](?:{_ONES})))"
)
ORDINAL_DAY = (
    r"(?:thirty[\s-]first|thirtieth|twenty[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|" + _alt(ORDINALS) + ")"
)


_MONTH_NAMES = [*calendar.month_name[1:], "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."]
_MONTH_NAMES += [m.rstrip(".") for m in _MONTH_NAMES if m.endswith(".")]
_WEEKDAY_NAMES = [*calendar.day_name, "Mon.", "Tues.", "Tue.", "Tues", "Tue", "Wed.", "Wed", "Thurs.", "Thur.", "Thu.", "Thurs", "Thu"]
_WEEKDAY_NAMES += ["Fri.", "Fri", "Sat.", "Sun."]
WEEKDAY_NAMES = frozenset(calendar.day_name)


def _cased(names: list[str]) -> str:
    """Capitalised and upper-case forms ("July", "JULY"), never lower case ("may" is a verb)."""
    forms = {n for name in names for n in (name, name.upper())}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


_MONTH_ALT = _cased(_MONTH_NAMES)
_WEEKDAY_ALT = _cased(_WEEKDAY_NAMES)
# The seven weekday names written out, for the rules that list them among other words ("the Monday before",
# "every Friday"); ``weekday_rx`` is the weekday a rule reads, with its abbreviations and a group name.
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Before a date, "Mon", "Sat" and "Sun" are weekdays too ("BRUSSELS | Sat Oct 1, 2011 12:29am IST").
_WEEKDAY_ALT_DATED = _cased([*_WEEKDAY_NAMES, "Mon", "Sat", "Sun"])


def month_rx(name: str = "month") -> str:
    return rf"(?P<{name}>{_MONTH_ALT})"


def weekday_rx(name: str = "weekday", dated: bool = False) -> str:
    return rf"(?P<{name}>{_WEEKDAY_ALT_DATED if dated else _WEEKDAY_ALT})"


def day_rx(name: str = "day") -> str:
    return rf"(?P<{name}>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)|{ORDINAL_DAY})"


def year_rx(name: str = "year") -> str:
    """A year: four digits (1600-2099), spoken ("nineteen ninety-seven"), or an apostrophe and two digits."""
    return rf"(?P<{name}>(?:1[6-9]|20)\d{{2}}(?!\d)|{SPOKEN_YEAR}|['’]\d{{2}}(?!\d))"


def number(text: str) -> float | None:
    """The quantity a count spells: "2 1/2" 2.5, "twenty four" 24, "a couple of" 2, "one and a half" 1.5."""
    t = " ".join(text.lower().replace("-", " ").split())
    half = 0.5 if t.endswith(" and a half") or t.endswith("½") else 0.0
    t = t.removesuffix(" and a half").removesuffix("½").strip()
    if re.fullmatch(r"(?:a )?half (?:a )?dozen", t):
        return 6.0  # "half a dozen", "a half-dozen"
    if t in ("half a", "half an", "a half", "half"):
        return 0.5
    if t in ("a quarter", "quarter"):
        return 0.25  # "a quarter-century"
    if m := re.fullmatch(r"(a|one|three) quarters? of an?", t):
        return 0.75 if m[1] == "three" else 0.25  # "a quarter of a century", "three quarters of an hour"
    if m := re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)(?:\s+([1-3])/([2-4]))?", t):
        value = float(m[1].replace(",", ""))
        return value + (int(m[2]) / int(m[3]) if m[2] else 0.0) + half
    words = [w for w in t.split() if w not in ("of", "and")]
    if len(words) > 1 and words[0] in ("a", "an"):
        words = words[1:]  # "a couple of", "a hundred"
    if not words:
        return None
    total = 0
    current = 0
    for w in words:
        if w in ("hundred", "thousand"):
            current = max(current, 1) * WORD_VALUES[w]
            if w == "thousand":
                total, current = total + current, 0
        elif w == "several" and len(words) > 1:
            current = 3  # "several hundred"
        elif w in WORD_VALUES:
            current += WORD_VALUES[w]
        else:
            return None
    return float(total + current) + half


def spoken_year(text: str) -> int | None:
    """ "nineteen ninety-seven" 1997, "two thousand and one" 2001, "nineteen oh five" 1905, "'98" 1998."""
    t = " ".join(text.lower().replace("-", " ").split())
    if re.fullmatch(r"['’]\d{2}", t):
        yy = int(t[1:])
        return 1900 + yy if yy >= 30 else 2000 + yy
    if t.isdigit():
        return int(t)
    words = t.split()
    if words[:2] == ["two", "thousand"]:
        rest = number(" ".join(w for w in words[2:] if w != "and")) if len(words) > 2 else 0.0
        return 2000 + int(rest or 0)
    head = WORD_VALUES.get(words[0])
    if head is None or len(words) < 2:
        return None
    tail = [w for w in words[1:] if w not in ("oh", "o")]
    if tail == ["hundred"]:
        return head * 100
    if tail[:2] == ["hundred", "and"] and len(tail) > 2:
        tail = tail[2:]  # "nineteen hundred and ninety-eight"
    rest = number(" ".join(tail))
    return head * 100 + int(rest) if rest is not None and rest < 100 else None


def ordinal(text: str) -> int | None:
    """ "third" 3, "21st" 21, "twenty-first" 21; "last" and "final" -1."""
    t = " ".join(text.lower().replace("-", " ").split())
    if m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", t):
        return int(m[1])
    if t in ORDINAL_VALUES:
        return ORDINAL_VALUES[t]
    parts = t.split()
    if len(parts) == 2 and parts[0] in ("twenty", "thirty") and parts[1] in ORDINAL_VALUES:
        return WORD_VALUES[parts[0]] + ORDINAL_VALUES[parts[1]]
    return None


def unit_of(word: str) -> str:
    """The singular unit of a unit word ("centuries" century, "Nights" night)."""
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    if w.startswith("millenni"):
        return "millennium"
    return w[:-1] if w.endswith("s") else w


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MONTH_KEYS = frozenset(m.lower().rstrip(".") for m in _MONTH_NAMES)
WEEKDAY_KEYS = frozenset(w.lower().rstrip(".") for w in _WEEKDAY_NAMES)
UNIT_KEYS = _words(
    "second seconds minute minutes hour hours day days night nights week weeks month months quarter quarters year years "
    "decade decades century centuries millennium millennia weekend weekends fortnight fortnights"
)
SPOKEN_YEAR_KEYS = _words("eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen thousand twenty")
