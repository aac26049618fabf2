"""ACLED: the 31 columns of ACLED's event files (CSV with a header), for the conflict and protest types.

PROTEST, ASSAULT, COERCE and MOBILIZE events that occurred, with ACLED's disorder, event and sub-event types
from ``data/acled_types.tsv``; actor1/actor2 are the first actor and the first recipient (the others are the
associated actors); notes is the evidence sentence, source the outlets. Left empty: fatalities (tidings does not
count them), region (ACLED's regions), admin2/admin3, source_scale and tags; admin1 is known for US states only.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator
from functools import lru_cache

from tidings.export import codes
from tidings.export.common import cell, country_name, entity_name, event_day, hex_number, number, outlets
from tidings.export.places import place
from tidings.lexicon import data_rows
from tidings.models import Entity, Event

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
ARMED = {"MIL", "REB", "COP"}
TIME_PRECISION = {"day": 1, "week": 2, "month": 3}  # ACLED: 1 the day, 2 the week, 3 the month at best


@lru_cache(maxsize=1)
def _types() -> dict[tuple[str, str, str], tuple[str, str, str]]:
    return {(r[0], r[1], r[2]): (r[3], r[4], r[5]) for r in data_rows("acled_types.tsv")}


def _target(e: Event) -> str:
    if any(r.sector in ARMED for r in e.recipients):
        return "armed"
    if any(r.kind == "PERSON" and r.name for r in e.recipients):
        return "person"
    return "-"


def acled_type(e: Event) -> tuple[str, str, str] | None:
    """ACLED's (disorder type, event type, sub-event type) of an event, or None when ACLED does not record it."""
    if e.status != "occurred":
        return None
    table = _types()
    target = _target(e)
    for mode, tgt in ((e.mode or "-", target), (e.mode or "-", "-"), ("-", target), ("-", "-")):
        found = table.get((e.type, mode, tgt))
        if found:
            return found
    return None


def _inter(entity: Entity | None, e: Event, first: bool) -> int | None:
    if entity is None:
        return None
    if first and e.type == "PROTEST":
        return 5 if e.mode == "riot" else 6  # rioters, protesters
    if entity.kind == "COUNTRY":
        return 1  # "Russia attacked": the state's forces
    found = codes.sector(entity.sector)
    return found.acled_inter if found else None


def rows(found: Iterable[Event]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    yield buf.getvalue()
    for e in found:
        kind = acled_type(e)
        if kind is None:
            continue
        buf.seek(0)
        buf.truncate()
        writer.writerow(_row(e, kind))
        yield buf.getvalue()


def _row(e: Event, kind: tuple[str, str, str]) -> list[str]:
    disorder, event_type, sub_event = kind
    day = event_day(e)
    actor1 = e.actors[0] if e.actors else None
    actor2 = e.recipients[0] if e.recipients else None
    inter1, inter2 = _inter(actor1, e, True), _inter(actor2, e, False)
    interaction = (
        int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2 else inter1 * 10 if inter1 and actor2 is None else None
    )
    where = place(e.location) if e.location else None
    iso3 = where.iso3 if where else next((a.country for a in e.actors + e.recipients if a.country), "") or ""
    iso_numeric = where.iso_numeric if where else None
    precision = TIME_PRECISION.get(e.date_precision or "", 3) if e.date else None
    first_seen = dt.datetime.fromisoformat(e.first_published).replace(tzinfo=dt.UTC) if e.first_published else None
    return [
        f"{iso3 or 'XXX'}{hex_number(e.id, 31)}",
        day.isoformat() if day else "",
        str(day.year) if day else "",
        number(precision),
        disorder,
        event_type,
        sub_event,
        cell(entity_name(actor1)),
        cell("; ".join(entity_name(a) for a in e.actors[1:])),
        number(inter1),
        cell(entity_name(actor2)),
        cell("; ".join(entity_name(r) for r in e.recipients[1:])),
        number(inter2),
        number(interaction),
        "Civilian targeting" if sub_event == "Attack" and event_type == "Violence against civilians" else "",
        number(iso_numeric),
        "",
        cell(where.country_name if where else country_name(iso3)),
        cell(where.admin1_name if where else ""),
        "",
        "",
        cell(where.name if where else ""),
        number(where.lat if where else None),
        number(where.lon if where else None),
        number((3 if where.is_country else 1) if where and where.lat is not None else None),
        cell("; ".join(outlets(e))),
        "",
        cell(e.sources[0].sentence if e.sources else ""),
        "",
        "",
        number(int(first_seen.timestamp()) if first_seen else None),  # when tidings first saw it reported
    ]
