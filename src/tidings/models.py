"""Typed records shared by every stage of the pipeline.

Every stage is a plain function over these frozen dataclasses; dictionaries
appear only at the edges (JSON in, JSON out). The records are ordered as the
pipeline produces them:

    RawInput -> Article | Rejection -> Analysis (Timex, EventMention,
    DatedSentence) -> Event (linked, in the store)

``Analysis`` is what the per-article stages (clean, nlp, temporal, actors,
events) hand to the single writer that links and stores: it holds no spaCy
object, so it can cross a process boundary.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

Granularity = Literal["day", "week", "month", "quarter", "half", "season", "year", "decade", "century"]
Status = Literal["occurred", "planned", "cancelled", "denied", "hypothetical"]
Tense = Literal["past", "present", "future"]

EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
STATUSES: tuple[str, ...] = ("occurred", "planned", "cancelled", "denied", "hypothetical")
GRANULARITIES: tuple[str, ...] = ("century", "decade", "year", "half", "season", "quarter", "month", "week", "day")
# When reports of one meeting disagree on its mode, the most specific wins.
MODE_RANK = {"phone": 4, "multilateral": 3, "third-party": 2, "visit": 1}


def granularity_rank(g: str | None) -> int:
    """Finer granularities rank higher (day 8 ... century 0; unknown -1)."""
    return GRANULARITIES.index(g) if g in GRANULARITIES else -1


@dataclass(frozen=True)
class TimePoint:
    """A place on the calendar, at the precision the text supports.

    ``value`` is a TIMEX3 value (``2018-02-01``, ``2017-11``, ``2018-W04``,
    ``2018-Q1``, ``2019``, ``199``); ``start`` and ``end`` are the first and
    last day it covers (inclusive).
    """

    value: str
    start: dt.date
    end: dt.date
    granularity: Granularity
    approximate: bool = False
    end_point: TimePoint | None = None

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def month_of(day: dt.date) -> TimePoint:
    """The calendar month a day falls in, as a TimePoint (``2011-02``)."""
    first = day.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return TimePoint(f"{day:%Y-%m}", first, last, "month")


@dataclass(frozen=True)
class Timex:
    """A time expression found in a text, with character offsets into it."""

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None
    mod: str | None = None
    point: TimePoint | None = None


@dataclass(frozen=True)
class RawInput:
    """One article as read from disk, stdin or a JSON record, before checks."""

    source: str
    data: bytes | str
    kind: Literal["txt", "html", "json"]
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rejection:
    """An input that could not become an article, and why."""

    source: str
    reason: str
    detail: str
    digest: str


@dataclass(frozen=True)
class Span:
    """A piece of the cleaned text and where it stands in the raw text."""

    start: int
    end: int
    raw_start: int
    raw_end: int


@dataclass(frozen=True)
class Article:
    """A cleaned article ready for NLP.

    ``text`` is the cleaned text; ``raw`` the text as decoded; ``offsets`` maps
    each kept block of ``text`` back to ``raw`` so that any sentence can be
    shown where it stands in the original.
    """

    id: str
    source: str
    raw: str
    text: str
    offsets: tuple[Span, ...]
    title: str | None
    url: str | None
    outlet: str | None
    published: dt.date | None
    published_source: str | None
    published_confidence: float
    doc_id: str | None = None
    language: str = "en"

    def raw_offsets(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of the cleaned text to the raw text."""
        return _map_offset(self.offsets, start, True), _map_offset(self.offsets, end, False)


def _map_offset(spans: tuple[Span, ...], pos: int, is_start: bool) -> int:
    for span in spans:
        if span.start <= pos < span.end or (not is_start and span.start < pos <= span.end):
            return span.raw_start + (pos - span.start)
    return pos


@dataclass(frozen=True)
class DatedSentence:
    """A sentence of an article (offsets in its cleaned text) and the days it names."""

    index: int
    start: int
    end: int
    days: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A person, organization or country, as resolved in one article.

    ``key`` identifies the entity across articles (a normalised canonical name,
    or ``country:ISO3`` for an entity known only by its country).
    """

    key: str
    name: str | None
    kind: Literal["PERSON", "ORG", "COUNTRY"]
    country: str | None
    sector: str | None = None
    title: str | None = None
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "title": self.title,
            "id": entity_id(self.key),
        }


def countries_of(entities: Iterable[Entity]) -> set[str]:
    """The countries of some entities (ISO3), those with none left out."""
    return {e.country for e in entities if e.country}


def country_entity(iso3: str) -> Entity:
    """An entity known only by its country ("Russia said", "Kenyan police")."""
    return Entity("country:" + iso3, None, "COUNTRY", iso3)


def drop_country_doubles(entities: list[Entity], among: list[Entity] | None = None) -> list[Entity]:
    """``entities`` without the bare countries whose country a named entity already stands for
    (in ``entities``, or in ``among`` when given: "Netanyahu" makes "Israel" redundant)."""
    named = {e.country for e in (entities if among is None else among) if e.kind != "COUNTRY" and e.country}
    return [e for e in entities if not (e.kind == "COUNTRY" and e.country in named)]


def entity_id(key: str) -> str:
    return "ent_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True)
class SourceRef:
    """One sentence of one article that reports an event."""

    article_id: str
    sentence: str
    start: int
    end: int
    url: str | None = None
    outlet: str | None = None
    published: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class EventMention:
    """One report of an event in one sentence of one article, before linking."""

    type: str
    mode: str | None
    status: Status
    actors: tuple[Entity, ...]
    recipients: tuple[Entity, ...]
    date: TimePoint | None
    location: Location | None
    source: SourceRef
    trigger: str
    contexts: tuple[str, ...] = ()
    confidence: float = 0.5
    date_from_anchor: bool = False
    topics: tuple[str, ...] = ()  # what the sentence is about: "Iran", "Syria", "nuclear programme"
    quoted: bool = False  # the report is in someone's quoted words (a witness's, a spokesman's), not the narrative's

    @property
    def participants(self) -> tuple[Entity, ...]:
        return self.actors + self.recipients


@dataclass(frozen=True)
class Event:
    """A real-world event: one record however many sentences report it."""

    id: str
    type: str
    mode: str | None
    status: Status
    date: str | None
    date_precision: str | None
    date_approximate: bool
    actors: tuple[Entity, ...]
    recipients: tuple[Entity, ...]
    location: Location | None
    contexts: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    confidence: float
    first_published: str | None = None
    linked_to: tuple[str, ...] = ()  # a planned event: what it led to; an occurred one: its announcements
    date_conflicts: tuple[str, ...] = ()  # dates other sources give that disagree with ``date``
    topics: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "status": self.status,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_approximate": self.date_approximate,
            "actors": [a.to_dict() for a in self.actors],
            "recipients": [r.to_dict() for r in self.recipients],
            "location": self.location.to_dict() if self.location else None,
            "contexts": list(self.contexts),
            "topics": list(self.topics),
            "sources": [s.to_dict() for s in self.sources],
            "confidence": round(self.confidence, 3),
            "first_published": self.first_published,
            "linked_to": list(self.linked_to),
            "date_conflicts": list(self.date_conflicts),
            "n_outlets": len({s.outlet or s.article_id for s in self.sources}),
        }


@dataclass(frozen=True)
class Analysis:
    """What the per-article stages found in one article: its event mentions and dated sentences.

    Picklable (no spaCy objects): workers compute it, the one writer links it.
    """

    article: Article
    mentions: tuple[EventMention, ...]
    sentences: tuple[DatedSentence, ...]


@dataclass(frozen=True)
class Candidate:
    """A stored event (or one created earlier in the same transaction) with its mentions, for linking."""

    id: str
    mentions: tuple[EventMention, ...]
