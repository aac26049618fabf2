"""Records to JSON and back, for the store's columns."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from tidings import temporal
from tidings.models import Entity, Event, EventMention, Location, SourceRef


def now() -> str:
    """The current UTC time, as the store records it."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def entity_to_json(e: Entity) -> dict[str, Any]:
    return {
        "key": e.key,
        "name": e.name,
        "kind": e.kind,
        "country": e.country,
        "sector": e.sector,
        "title": e.title,
        "aliases": list(e.aliases),
    }


def entity_from_json(d: dict[str, Any]) -> Entity:
    return Entity(d["key"], d.get("name"), d["kind"], d.get("country"), d.get("sector"), d.get("title"), tuple(d.get("aliases") or ()))


def location_from_json(d: dict[str, Any] | None) -> Location | None:
    return Location(d["name"], d.get("country"), d.get("lat"), d.get("lon")) if d else None


def source_from_json(d: dict[str, Any]) -> SourceRef:
    return SourceRef(d["article_id"], d["sentence"], d["start"], d["end"], d.get("url"), d.get("outlet"), d.get("published"))


def mention_to_json(m: EventMention) -> str:
    point = m.date
    return json.dumps(
        {
            "type": m.type,
            "mode": m.mode,
            "status": m.status,
            "actors": [entity_to_json(e) for e in m.actors],
            "recipients": [entity_to_json(e) for e in m.recipients],
            "date": point.value if point else None,
            "date_approximate": bool(point and point.approximate),
            "location": m.location.to_dict() if m.location else None,
            "source": m.source.to_dict(),
            "trigger": m.trigger,
            "contexts": list(m.contexts),
            "topics": list(m.topics),
            "confidence": m.confidence,
            "date_from_anchor": m.date_from_anchor,
            "quoted": m.quoted,
        },
        ensure_ascii=False,
    )


def mention_from_json(text: str) -> EventMention:
    d = json.loads(text)
    point = temporal.point_from_value(d.get("date"))
    if point is not None and d.get("date_approximate"):
        from dataclasses import replace

        point = replace(point, approximate=True)
    return EventMention(
        type=d["type"],
        mode=d.get("mode"),
        status=d["status"],
        actors=tuple(entity_from_json(e) for e in d["actors"]),
        recipients=tuple(entity_from_json(e) for e in d["recipients"]),
        date=point,
        location=location_from_json(d.get("location")),
        source=source_from_json(d["source"]),
        trigger=d.get("trigger", ""),
        contexts=tuple(d.get("contexts") or ()),
        confidence=float(d.get("confidence", 0.5)),
        date_from_anchor=bool(d.get("date_from_anchor")),
        topics=tuple(d.get("topics") or ()),
        quoted=bool(d.get("quoted")),
    )


def event_to_json(e: Event) -> str:
    return json.dumps(
        e.to_dict() | {"actors_full": [entity_to_json(a) for a in e.actors], "recipients_full": [entity_to_json(r) for r in e.recipients]},
        ensure_ascii=False,
    )


def event_from_json(text: str) -> Event:
    d = json.loads(text)
    return Event(
        id=d["id"],
        type=d["type"],
        mode=d.get("mode"),
        status=d["status"],
        date=d.get("date"),
        date_precision=d.get("date_precision"),
        date_approximate=bool(d.get("date_approximate")),
        actors=tuple(entity_from_json(a) for a in d["actors_full"]),
        recipients=tuple(entity_from_json(r) for r in d["recipients_full"]),
        location=location_from_json(d.get("location")),
        contexts=tuple(d.get("contexts") or ()),
        sources=tuple(source_from_json(s) for s in d["sources"]),
        confidence=float(d["confidence"]),
        first_published=d.get("first_published"),
        linked_to=tuple(d.get("linked_to") or ()),
        date_conflicts=tuple(d.get("date_conflicts") or ()),
        topics=tuple(d.get("topics") or ()),
    )
