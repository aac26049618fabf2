"""POLECAT: the columns of the POLECAT weekly release files (tab-separated, with a header), PLOVER-coded.

The 40 columns of the current releases, in their order, then two that earlier releases carried and tidings
has: "Story ID" (the articles, "; "-separated) and "Event Text" (the first source sentence). Lists (several
actors, countries, sectors, contexts) are "; "-separated. Planned events are coded as PLOVER codes them (a
planned meeting is AGREE, a planned attack THREATEN); Event Intensity is PLOVER's score of the type and mode.
Not filled: the COW country codes and Wikipedia ids (tidings has neither), the GeoNames feature type.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from tidings import __version__
from tidings.export import codes
from tidings.export.common import CODED_STATUSES, cell, entity_name, event_day, number, outlets
from tidings.export.places import place
from tidings.models import Entity, Event

COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version",
    "Story ID", "Event Text",
)  # fmt: skip


def _join(values: Iterable[str | None]) -> str:
    return cell("; ".join(v for v in values if v))


def _sectors(entities: tuple[Entity, ...]) -> list[str]:
    out = []
    for e in entities:
        found = codes.sector(e.sector)
        if found and found.plover:
            out.append(found.plover)
    return out


def _side(entities: tuple[Entity, ...]) -> list[str]:
    sectors = _sectors(entities)
    return [
        _join(entity_name(e) for e in entities),
        _join(e.country for e in entities),
        "",
        sectors[0] if sectors else "",
        _join(dict.fromkeys(sectors)),
        _join(e.title for e in entities),
        _join(e.name for e in entities),
        "",
    ]


def rows(found: Iterable[Event]) -> Iterator[str]:
    yield "\t".join(COLUMNS) + "\n"
    for e in found:
        if e.status not in CODED_STATUSES:
            continue
        plover = codes.plover_coding(e)
        day = event_day(e)
        where = place(e.location) if e.location else None
        people = [e2.name for e2 in e.actors + e.recipients if e2.kind == "PERSON"]
        bodies = [e2.name for e2 in e.actors + e.recipients if e2.kind == "ORG"]
        row = [
            cell(e.id),
            day.isoformat() if day else "",
            plover.type,
            plover.mode,
            number(plover.score),
            plover.quad,
            _join(plover.contexts),
            *_side(e.actors),
            *_side(e.recipients),
            cell(where.name if where else ""),
            cell(where.city if where else ""),
            "",
            cell(where.admin1_name if where else ""),
            where.iso3 if where else "",
            number(where.lat if where else None),
            number(where.lon if where else None),
            number(where.geonames_id if where else None),
            cell(e.location.name if e.location else ""),
            "",
            _join(outlets(e)),
            e.first_published or "",
            _join(dict.fromkeys(people)),
            _join(dict.fromkeys(bodies)),
            _join([e.location.name] if e.location else []),
            "en",
            f"tidings {__version__}",
            _join(dict.fromkeys(s.article_id for s in e.sources)),
            cell(e.sources[0].sentence if e.sources else ""),
        ]
        yield "\t".join(row) + "\n"
