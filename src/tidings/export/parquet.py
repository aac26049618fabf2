"""Parquet: the event schema (``tidings export --format jsonl``) as typed columns, written with pyarrow.

Nested as in the JSON (actors, recipients and sources are lists of structs; location a struct), with dates as
Arrow dates where they are days (``date_start``/``date_end`` give every event date's first and last day) and
counts and offsets as integers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tidings.export.common import cell, event_period
from tidings.models import Entity, Event


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def schema() -> Any:
    import pyarrow as pa

    entity = pa.struct(
        [("id", pa.string()), ("name", pa.string()), ("country", pa.string()), ("sector", pa.string()), ("title", pa.string())]
    )
    source = pa.struct(
        [
            ("article_id", pa.string()),
            ("url", pa.string()),
            ("outlet", pa.string()),
            ("published", pa.date32()),
            ("sentence", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
        ]
    )
    location = pa.struct([("name", pa.string()), ("country", pa.string()), ("lat", pa.float64()), ("lon", pa.float64())])
    return pa.schema(
        [
            ("id", pa.string()),
            ("type", pa.string()),
            ("mode", pa.string()),
            ("status", pa.string()),
            ("date", pa.string()),
            ("date_start", pa.date32()),
            ("date_end", pa.date32()),
            ("date_precision", pa.string()),
            ("date_approximate", pa.bool_()),
            ("actors", pa.list_(entity)),
            ("recipients", pa.list_(entity)),
            ("location", location),
            ("contexts", pa.list_(pa.string())),
            ("topics", pa.list_(pa.string())),
            ("sources", pa.list_(source)),
            ("confidence", pa.float64()),
            ("first_published", pa.date32()),
            ("linked_to", pa.list_(pa.string())),
            ("date_conflicts", pa.list_(pa.string())),
            ("n_sources", pa.int32()),
            ("n_outlets", pa.int32()),
        ]
    )


def _entity(e: Entity) -> dict[str, Any]:
    d = e.to_dict()
    return {**d, "name": cell(d["name"]) or None, "title": cell(d["title"]) or None}


def record(e: Event) -> dict[str, Any]:
    d = e.to_dict()
    period = event_period(e)
    return {
        **{k: d[k] for k in ("id", "type", "mode", "status", "date", "date_precision", "date_approximate", "confidence")},
        "date_start": period[0] if period else None,
        "date_end": period[1] if period else None,
        "actors": [_entity(a) for a in e.actors],
        "recipients": [_entity(r) for r in e.recipients],
        "location": {**d["location"], "name": cell(d["location"]["name"])} if d["location"] else None,
        "contexts": list(e.contexts),
        "topics": [cell(t) for t in e.topics],
        "sources": [
            {
                **s.to_dict(),
                "published": _day(s.published),
                "outlet": cell(s.outlet) or None,
                "url": cell(s.url) or None,
                "sentence": cell(s.sentence),
            }
            for s in e.sources
        ],
        "first_published": _day(e.first_published),
        "linked_to": list(e.linked_to),
        "date_conflicts": list(e.date_conflicts),
        "n_sources": len(e.sources),
        "n_outlets": d["n_outlets"],
    }


def write(found: Iterable[Event], path: Path) -> int:
    """Write the events to ``path``; returns how many."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [record(e) for e in found]
    pq.write_table(pa.Table.from_pylist(records, schema=schema()), path)
    return len(records)
