"""GeoJSON (RFC 7946): a FeatureCollection of the events that have coordinates, one Point feature per event.

Coordinates are [longitude, latitude] in WGS 84 with 6 decimals (RFC 7946, sections 3.1.1 and 11.2).
Properties are flat (strings, numbers, booleans), so QGIS and other GIS tools show them as plain columns.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from tidings.export.common import cell, entity_name, first_url, outlets
from tidings.models import Event


def located(e: Event) -> bool:
    return e.location is not None and e.location.lat is not None and e.location.lon is not None


def feature(e: Event) -> dict[str, Any]:
    assert e.location is not None and e.location.lat is not None and e.location.lon is not None
    properties: dict[str, Any] = {
        "id": e.id,
        "type": e.type,
        "mode": e.mode,
        "status": e.status,
        "date": e.date,
        "date_precision": e.date_precision,
        "actors": cell("; ".join(entity_name(a) for a in e.actors)),
        "actor_countries": "; ".join(a.country or "" for a in e.actors),
        "recipients": cell("; ".join(entity_name(r) for r in e.recipients)),
        "recipient_countries": "; ".join(r.country or "" for r in e.recipients),
        "place": cell(e.location.name),
        "country": e.location.country,
        "contexts": "; ".join(e.contexts),
        "n_sources": len(e.sources),
        "n_outlets": len({s.outlet or s.article_id for s in e.sources}),
        "outlets": cell("; ".join(outlets(e))),
        "confidence": round(e.confidence, 3),
        "first_published": e.first_published,
        "first_sentence": cell(e.sources[0].sentence if e.sources else ""),
        "url": cell(first_url(e)),
    }
    return {
        "type": "Feature",
        "id": e.id,
        "geometry": {"type": "Point", "coordinates": [round(e.location.lon, 6), round(e.location.lat, 6)]},
        "properties": properties,
    }


def collection(found: Iterable[Event]) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for e in found:
        if not located(e):
            continue
        yield ("\n" if first else ",\n") + json.dumps(feature(e), ensure_ascii=False)
        first = False
    yield "\n]}\n"
