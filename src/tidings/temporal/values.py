"""TIMEX3 values and modifiers shared by the rules: durations, position and quantity modifiers."""

from __future__ import annotations

import math
import re

# Quantity modifiers of durations and of "N units ago" (TIMEX3 ``mod``).
QUANTITY_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "almost": "LESS_THAN", "nearly": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "just under": "LESS_THAN", "fewer than": "LESS_THAN", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "upwards of": "MORE_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "or so": "APPROX",
    "or more": "EQUAL_OR_MORE", "or less": "EQUAL_OR_LESS", "barely": "EQUAL_OR_LESS", "only": "EQUAL_OR_LESS",
    "close to": "APPROX", "well over": "MORE_THAN", "well under": "LESS_THAN", "well more than": "MORE_THAN",
    "well less than": "LESS_THAN", "just more than": "MORE_THAN", "just less than": "LESS_THAN",
    "slightly more than": "MORE_THAN", "slightly less than": "LESS_THAN", "a little more than": "MORE_THAN",
    "a little less than": "LESS_THAN", "a little over": "MORE_THAN", "a little under": "LESS_THAN",
    "much more than": "MORE_THAN", "far more than": "MORE_THAN", "not quite": "LESS_THAN",
}  # fmt: skip
# The words of QUANTITY_MODS that lead a count. A degree word ("well", "just", "slightly", "a little", "much", "far")
# before the comparison is part of the quantity, inside the extent as the comparison is ("well over a year").
QUANTITY_WORDS = (
    r"(?:approximately|about|around|some|roughly|nearly|almost|close\s+to|not\s+quite|"
    r"(?:(?:just|well|slightly|a\s+little|much|far)\s+)?(?:more\s+than|less\s+than)|"
    r"(?:(?:just|well|a\s+little)\s+)?(?:over|under)|fewer\s+than|upwards\s+of|up\s+to|no\s+more\s+than|"
    r"no\s+less\s+than|at\s+least|at\s+most|barely)"
)

# Position modifiers of dates (TIMEX3 ``mod``): "early 2011", "the end of the year", "mid-November".
POSITION_MODS: dict[str, str] = {
    "early": "START", "the beginning of": "START", "the start of": "START", "beginning of": "START", "start of": "START",
    "the dawn of": "START", "mid": "MID", "the middle of": "MID", "middle of": "MID", "late": "END", "the end of": "END",
    "end of": "END", "the close of": "END", "the turn of": "END", "earlier": "START", "later": "END",
    "early in": "START", "earlier in": "START", "late in": "END", "later in": "END",
    "end": "END", "start": "START",  # "end-March", "start-2016" (wire style)
    "first half of the": "START", "second half of the": "END", "last half of the": "END", "latter half of the": "END",
}  # fmt: skip
# An intensifier leaves the position as it is: "the very end of", "the tail end of", "the very beginning of".
POSITION_WORDS = r"(?:early|mid|late|(?:the\s+)?(?:(?:very|tail)\s+)?(?:beginning|start|middle|end|close|dawn)\s+of)"


def quantity_mod(word: str | None) -> str | None:
    return QUANTITY_MODS.get(" ".join((word or "").lower().split())) if word else None


_PARTS_OF = {"first": "START", "opening": "START", "early": "START", "last": "END", "final": "END", "closing": "END",
             "latter": "END", "later": "END", "dying": "END", "waning": "END", "second": "END"}  # fmt: skip


def position_mod(word: str | None) -> str | None:
    """The TIMEX3 mod of a position word: "early" START, "the end of" END, "the closing days of" END."""
    if not word:
        return None
    key = re.sub(r"\b(?:very|tail) ", "", " ".join(word.lower().replace("-", " ").split()))
    parts = key.removeprefix("the ").split()
    if len(parts) == 3 and parts[1] in ("days", "weeks", "months", "part", "half") and parts[2] == "of":
        return _PARTS_OF.get(parts[0])
    return POSITION_MODS.get(key) or POSITION_MODS.get(key.removesuffix(" of the") + " of")  # "the end of the 1990s"


_CODES = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
_SMALLER = {
    "year": ("month", 12),
    "month": ("day", 30),
    "week": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}
_VAGUE = {"decade": "PXDE", "century": "PXC", "millennium": "PXL", "minute": "PXM", "weekend": "PXWE"}


def duration(n: float | None, unit: str) -> str:
    """The TIMEX3 duration of ``n`` units: P3D, PT2H, P2Y6M (2 1/2 years), PT1M30S; PXY when ``n`` is vague.

    Vague minutes are PXM, as TimeBank and TempEval-3 write them.
    """
    if n is None:
        return _VAGUE.get(unit) or ("PTX" if unit in ("second", "hour") else "PX") + _CODES.get(unit, "X")
    if unit == "decade":
        n, unit = n * 10, "year"
    elif unit == "century":
        n, unit = n * 100, "year"
    elif unit == "millennium":
        n, unit = n * 1000, "year"
    elif unit == "weekend":
        unit = "week"
    elif unit == "fortnight":
        n, unit = n * 2, "week"
    if unit == "week" and n != int(n) and n * 7 != int(n * 7):
        n, unit = n * 7, "day"  # "a week and a half": ten days and a half (P10DT12H), not a week and four days
    whole = math.floor(n)
    part = n - whole
    if part and unit in _SMALLER:
        small, per = _SMALLER[unit]
        extra = round(part * per)
        if whole == 0:
            return duration(extra, small)
        return joined_duration([(whole, unit), (extra, small)])
    return joined_duration([(round(n), unit)])


def joined_duration(parts: list[tuple[int, str]]) -> str:
    """The TIMEX3 duration of counts of units, largest first: [(2, "year"), (3, "month")] is P2Y3M, [(3, "hour"),
    (20, "minute")] PT3H20M."""
    date = "".join(f"{n}{_CODES[u]}" for n, u in parts if u not in ("hour", "minute", "second"))
    time = "".join(f"{n}{_CODES[u]}" for n, u in parts if u in ("hour", "minute", "second"))
    return "P" + date + ("T" + time if time else "")
