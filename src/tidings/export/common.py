"""What every export writer shares: safe text cells, numeric ids, an event's day and dyad."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from tidings import temporal
from tidings.gazetteer import load as load_gazetteer
from tidings.models import Entity, Event

CODED_STATUSES = ("occurred", "planned")  # what CAMEO and PLOVER data record: what happened or was announced
_SPACE = re.compile(r"\s+")


def spreadsheet_safe(value: object) -> object:
    """Text that a spreadsheet would run as a formula is quoted (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def cell(value: str | None) -> str:
    """A text cell: one line (tab-separated files have no quoting), and no formula a spreadsheet would run."""
    if not value:
        return ""
    return str(spreadsheet_safe(_SPACE.sub(" ", value).strip()))


def number(value: float | int | None, digits: int | None = None) -> str:
    """A numeric cell: empty when unknown (never a made-up 0)."""
    if value is None:
        return ""
    if digits is None:
        return str(value)
    return f"{value:.{digits}f}"


def hex_number(text_id: str, bits: int) -> int:
    """A number from the hex digest in a tidings id (``ev_3f2a...``, ``a_91c0...``): its first ``bits`` bits."""
    digest = text_id.split("_", 1)[-1]
    value = int(digest[:16].ljust(16, "0"), 16)
    return value >> (64 - bits)


def id_numbers(ids: Iterable[str], bits: int) -> dict[str, int]:
    """Distinct numbers of at most ``bits`` bits for ``ids``, from their digests; a collision takes the next free number.

    The same ids always get the same numbers (they are numbered in sorted order).
    """
    out: dict[str, int] = {}
    taken: set[int] = set()
    limit = 1 << bits
    for text_id in sorted(set(ids)):
        n = hex_number(text_id, bits) or 1
        while n in taken:
            n = n + 1 if n + 1 < limit else 1
        taken.add(n)
        out[text_id] = n
    return out


def event_day(e: Event) -> dt.date | None:
    """The first day of the event's date (a month-precise date is its first day), else the day it was first reported."""
    point = temporal.point_from_value(e.date)
    if point is not None:
        return point.start
    return temporal.to_date(e.first_published) if e.first_published else None


def event_period(e: Event) -> tuple[dt.date, dt.date] | None:
    point = temporal.point_from_value(e.date)
    return (point.start, point.end) if point else None


def dyad(e: Event) -> tuple[Entity | None, Entity | None]:
    """The two sides of a dyadic record: the first actor and the first recipient (for a meeting of equals, the second actor)."""
    first = e.actors[0] if e.actors else None
    if e.recipients:
        return first, e.recipients[0]
    return first, e.actors[1] if len(e.actors) > 1 else None


def country_name(iso3: str | None) -> str:
    if not iso3:
        return ""
    return load_gazetteer().country_names.get(iso3, iso3)


def entity_name(e: Entity | None) -> str:
    """An entity's name; a country known only by its code is named after the country."""
    if e is None:
        return ""
    return e.name or country_name(e.country)


def outlets(e: Event) -> list[str]:
    return sorted({s.outlet for s in e.sources if s.outlet})


def first_url(e: Event) -> str:
    return next((s.url for s in e.sources if s.url), "")
