"""The event filters, defined once for the CLI (``tidings events --actor ...``) and the web (``/?actor=...``).

``HELP`` says what each filter means (the CLI's option help and the API's
parameter descriptions); ``parse`` checks the values a user typed and returns
``Filters``, which the store's ``EventFilter`` is made from. A value that
cannot be used raises ``FilterError`` naming the filter: the CLI shows it as a
usage error, the web as a 422.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from tidings.errors import FilterError
from tidings.models import EVENT_TYPES, STATUSES
from tidings.store import EventFilter

MAX_NAMES = 5  # actors or countries in one filter: each is a join, and no event has more participants worth naming
MAX_QUERY = 200
ISO3 = re.compile(r"[A-Z]{3}")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

HELP = {
    "q": "Words in the evidence sentences or the articles' titles (all must occur).",
    "actor": "An actor's name, alias or surname; repeat: all must take part.",
    "country": "An ISO 3166-1 alpha-3 code (ISR, RUS); repeatable.",
    "type": "A PLOVER event type (" + ", ".join(EVENT_TYPES) + ").",
    "status": "One of " + ", ".join(STATUSES) + ".",
    "since": "Events on or after this date (YYYY-MM-DD).",
    "until": "Events on or before this date (YYYY-MM-DD).",
    "min_confidence": "Leave out less certain events (0 to 1).",
    "place": "Events at this place (its name: Misrata, Geneva).",
}


@dataclass(frozen=True)
class Filters:
    """Checked filter values: what ``tidings events`` and every list of the web take."""

    query: str | None = None
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    min_confidence: float = 0.0
    place: str | None = None

    def event_filter(self, limit: int | None = None, offset: int = 0, *, order: str = "date") -> EventFilter:
        """The store's filter for these values (``order``: date, reported or relevance)."""
        return EventFilter(
            actors=self.actors,
            countries=self.countries,
            type=self.type,
            status=self.status,
            since=self.since,
            until=self.until,
            min_confidence=self.min_confidence,
            limit=limit,
            offset=offset,
            query=self.query,
            place=self.place,
            most_reported=order == "reported",
            relevance=order == "relevance" and self.query is not None,
        )

    @property
    def narrows_participants(self) -> bool:
        """An actor, country or type filter: a timeline of these is made from events (``timeline.choose``)."""
        return bool(self.actors or self.countries or self.type)


def parse(
    query: str | None = None,
    actors: Iterable[str] | None = None,
    countries: Iterable[str] | None = None,
    type: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_confidence: float = 0.0,
    place: str | None = None,
) -> Filters:
    """Check a user's filter values (empty ones mean no filter); raise ``FilterError`` for one that cannot be used."""
    names = tuple(a.strip() for a in (actors or ()) if a and a.strip())
    if len(names) > MAX_NAMES:
        raise FilterError("actor", f"at most {MAX_NAMES} actors")
    codes = tuple(c.strip().upper() for c in (countries or ()) if c and c.strip())
    if len(codes) > MAX_NAMES:
        raise FilterError("country", f"at most {MAX_NAMES} countries")
    for code in codes:
        if not ISO3.fullmatch(code):
            raise FilterError("country", f"{code!r} is not an ISO 3166-1 alpha-3 code (ISR, RUS)")
    kind = type.strip().upper() if type and type.strip() else None
    if kind is not None and kind not in EVENT_TYPES:
        raise FilterError("type", f"unknown type {type!r} (one of {', '.join(EVENT_TYPES)})")
    state = status.strip().lower() if status and status.strip() else None
    if state is not None and state not in STATUSES:
        raise FilterError("status", f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    for option, value in (("since", since), ("until", until)):
        if value and not _is_day(value):
            raise FilterError(option, f"{value!r} is not a date (YYYY-MM-DD)")
    if not 0.0 <= min_confidence <= 1.0:
        raise FilterError("min-confidence", "a number from 0 to 1")
    words = (query or "").strip()[:MAX_QUERY] or None
    where = (place or "").strip()[:MAX_QUERY] or None
    return Filters(words, names, codes, kind, state, since or None, until or None, min_confidence, where)


def _is_day(value: str) -> bool:
    if not DAY.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True
