"""What a person reads for an event: a headline ("Netanyahu meets Putin in Moscow") and a human date.

Pure functions over ``models`` records, used by the templates (as filters) and
by the timeline's items. Never markup: the templates escape what they return.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from tidings import temporal
from tidings.gazetteer import country_codes
from tidings.models import Entity, Event

# Per type: (verb after one actor, after several, its base form after "to"), the recipients as its object:
# the wording of a wire headline.
VERBS: dict[str, tuple[str, str, str]] = {
    "AGREE": ("agrees with", "agree with", "agree with"),
    "CONSULT": ("meets", "meet", "meet"),
    "SUPPORT": ("backs", "back", "back"),
    "CONCEDE": ("yields to", "yield to", "yield to"),
    "COOPERATE": ("cooperates with", "cooperate with", "cooperate with"),
    "AID": ("aids", "aid", "aid"),
    "RETREAT": ("pulls back from", "pull back from", "pull back from"),
    "REQUEST": ("appeals to", "appeal to", "appeal to"),
    "ACCUSE": ("accuses", "accuse", "accuse"),
    "REJECT": ("rejects", "reject", "reject"),
    "THREATEN": ("threatens", "threaten", "threaten"),
    "PROTEST": ("protests against", "protest against", "protest against"),
    "SANCTION": ("sanctions", "sanction", "sanction"),
    "MOBILIZE": ("mobilizes against", "mobilize against", "mobilize against"),
    "COERCE": ("coerces", "coerce", "coerce"),
    "ASSAULT": ("attacks", "attack", "attack"),
}
# Without a recipient: "Rebels protest", "NATO mobilizes".
INTRANSITIVE: dict[str, tuple[str, str, str]] = {
    "AGREE": ("agrees", "agree", "agree"),
    "CONSULT": ("holds talks", "hold talks", "hold talks"),
    "SUPPORT": ("voices support", "voice support", "voice support"),
    "CONCEDE": ("makes a concession", "make a concession", "make a concession"),
    "COOPERATE": ("cooperates", "cooperate", "cooperate"),
    "AID": ("sends aid", "send aid", "send aid"),
    "RETREAT": ("pulls back", "pull back", "pull back"),
    "REQUEST": ("makes an appeal", "make an appeal", "make an appeal"),
    "ACCUSE": ("makes accusations", "make accusations", "make accusations"),
    "REJECT": ("refuses", "refuse", "refuse"),
    "THREATEN": ("issues a threat", "issue a threat", "issue a threat"),
    "PROTEST": ("protests", "protest", "protest"),
    "SANCTION": ("imposes sanctions", "impose sanctions", "impose sanctions"),
    "MOBILIZE": ("mobilizes", "mobilize", "mobilize"),
    "COERCE": ("cracks down", "crack down", "crack down"),
    "ASSAULT": ("attacks", "attack", "attack"),
}
STATUS_NOTE = {"cancelled": "called off", "denied": "denied", "hypothetical": "possible"}
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def name(entity: Entity, short: bool = False) -> str:
    """An entity's name (a person's surname when ``short``), else its country's name, else "someone"."""
    if entity.name:
        if short and entity.kind == "PERSON" and len(entity.name.split()) > 1:
            return entity.name.split()[-1]
        return entity.name
    return country_name(entity.country) if entity.country else "someone"


def country_name(code: str | None) -> str:
    """ "Libya" for LBY; the code itself when unknown."""
    if not code:
        return ""
    found = country_codes().get(code)
    return found[0] if found else code


def names(entities: Sequence[Entity], short: bool = False, at_most: int = 2) -> str:
    """ "A", "A and B", "A, B and 2 others"."""
    shown = list(dict.fromkeys(name(e, short) for e in entities))
    if len(shown) > at_most + 1:
        shown = [*shown[:at_most], f"{len(shown) - at_most} others"]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def headline(event: Event, short: bool = True) -> str:
    """What happened, as a headline: "Netanyahu meets Putin in Moscow", "Sarkozy to visit Benghazi"."""
    doers, done_to = event.actors, event.recipients
    if not doers and done_to:
        doers, done_to = done_to, ()
    who = names(doers, short) if doers else "Someone"
    several = len(doers) > 1
    if done_to:
        one, many, base = VERBS.get(event.type, ("acts on", "act on", "act on"))
        rest = " " + names(done_to, short)
    else:
        one, many, base = INTRANSITIVE.get(event.type, ("acts", "act", "act"))
        rest = ""
    verb = f"to {base}" if event.status == "planned" else (many if several else one)
    text = f"{who} {verb}{rest}"
    place = event.location.name if event.location else None
    named = {w for e in (*event.actors, *event.recipients) for w in (e.name or "").split()}
    if place and place not in text and place not in named:  # "in Obama" is a name read as a place
        text += f" in {place}"
    note = STATUS_NOTE.get(event.status)
    return f"{text} ({note})" if note else text


def human_date(value: str | None, approximate: bool = False) -> str:
    """A TIMEX3 value as a reader says it: "18 Apr 2011", "week of 18 Apr 2011", "weekend of 23 Apr 2011",
    "summer 2011", "the 1990s"."""
    if not value:
        return "date unknown"
    text = _human(value)
    return f"{text} (approx.)" if approximate else text


def _human(value: str) -> str:
    """The TimePoint the value names (``temporal.point_from_value``, the one parser of values), said in words."""
    point = temporal.point_from_value(value)
    if point is None:
        return value
    start, grain = point.start, point.granularity
    if grain == "day":
        return _day(start)
    if grain == "week":
        return ("weekend of " if value.endswith("-WE") else "week of ") + _day(start)
    if grain == "month":
        return start.strftime("%B %Y")
    if grain in ("quarter", "half"):
        return f"{ORDINAL[int(value[-1])]} {grain} of {start.year}"
    if grain == "season":
        return f"{SEASONS[value[-2:]]} {start.year}"
    if grain == "decade":
        return f"the {value}0s"
    if grain == "century":
        return f"the {int(value) + 1}{_suffix(int(value) + 1)} century"
    return value


def _day(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%b %Y')}"


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


DATELINE = re.compile(r"^[^\n]{0,160}?\((?:Reuters|AP|AFP|CNN|Bloomberg)\)\s*[-–—]+\s*")


def article_title(title: str | None, lead: str, source: str, at_most: int = 110) -> str:
    """An article's title; for one without (a JSONL record), its first line, the wire's dateline left out
    ("BENGHAZI, Libya | Thu Aug 4 ... (Reuters) - "), cut at a word; the source path only when it has no text."""
    if title and title.strip():
        return title.strip()
    line = next((x.strip() for x in lead.splitlines() if x.strip()), "")
    line = DATELINE.sub("", line)
    if not line:
        return source
    if len(line) <= at_most:
        return line
    cut = line[:at_most].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
