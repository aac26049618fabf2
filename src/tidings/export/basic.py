"""tidings' own formats: JSON lines (the event schema), PLOVER JSON lines, CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from tidings.export.common import spreadsheet_safe
from tidings.models import Entity, Event

CSV_COLUMNS = (
    "id", "type", "mode", "status", "date", "date_precision", "actors", "actor_countries",
    "recipients", "recipient_countries", "location", "location_country", "contexts",
    "n_sources", "outlets", "confidence", "first_sentence",
)  # fmt: skip


def _names(entities: Iterable[Entity]) -> str:
    return "; ".join(e.name or (e.country or "") for e in entities)


def _countries(entities: Iterable[Entity]) -> str:
    return "; ".join(e.country or "" for e in entities)


def jsonl(events: Iterable[Event]) -> Iterator[str]:
    for e in events:
        yield json.dumps(e.to_dict(), ensure_ascii=False) + "\n"


def plover_jsonl(events: Iterable[Event]) -> Iterator[str]:
    """PLOVER's coding: a planned CONSULT is AGREE (tidings keeps the announced type)."""
    for e in events:
        event_type = "AGREE" if e.type == "CONSULT" and e.status == "planned" else e.type
        record = {
            "id": e.id,
            "event_type": event_type,
            "mode": e.mode,
            "context": list(e.contexts),
            "event_date": e.date,
            "actor": _names(e.actors),
            "actor_country": _countries(e.actors),
            "recipient": _names(e.recipients),
            "recipient_country": _countries(e.recipients),
            "location": e.location.name if e.location else None,
            "source_sentences": [s.sentence for s in e.sources],
        }
        yield json.dumps(record, ensure_ascii=False) + "\n"


def csv_rows(events: Iterable[Event]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    yield buf.getvalue()
    for e in events:
        buf.seek(0)
        buf.truncate()
        writer.writerow(
            spreadsheet_safe(v)
            for v in [
                e.id, e.type, e.mode or "", e.status, e.date or "", e.date_precision or "",
                _names(e.actors), _countries(e.actors), _names(e.recipients), _countries(e.recipients),
                e.location.name if e.location else "", (e.location.country or "") if e.location else "",
                "; ".join(e.contexts), len(e.sources), "; ".join(sorted({s.outlet or "" for s in e.sources})),
                f"{e.confidence:.3f}", e.sources[0].sentence if e.sources else "",
            ]
        )  # fmt: skip
        yield buf.getvalue()
