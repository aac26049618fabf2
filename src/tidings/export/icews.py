"""ICEWS: the 20 columns of the ICEWS coded event files (tab-separated, with a header, no quoting).

One row per real event. ICEWS's rows are dyadic and cite one story: the first actor is the Source, the first
recipient (or, for a meeting of equals, the second actor) the Target, and the Story ID, Sentence Number and
Publisher are those of the event's first report. Event ID and Story ID are numbers below 2**31 (R reads them as
32-bit integers) derived from tidings' ids. Event Text is the CAMEO code's name, as in ICEWS; Intensity its
Goldstein score (ICEWS's intensity scale).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tidings.export import codes
from tidings.export.articles import ArticleIndex
from tidings.export.common import cell, country_name, dyad, entity_name, event_day, id_numbers, number
from tidings.export.places import place
from tidings.models import Entity, Event

COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)  # fmt: skip
ID_BITS = 31


def _side(e: Entity | None) -> list[str]:
    if e is None:
        return ["", "", ""]
    found = codes.sector(e.sector)
    return [cell(entity_name(e)), cell(found.icews if found else ""), cell(country_name(e.country))]


def rows(found: Sequence[Event], articles: ArticleIndex | None = None) -> Iterator[str]:
    coded = [(e, code) for e in found if (code := codes.cameo_code(e)) is not None]
    event_ids = id_numbers((e.id for e, _ in coded), ID_BITS)
    story_ids = id_numbers((e.sources[0].article_id for e, _ in coded if e.sources), ID_BITS)
    yield "\t".join(COLUMNS) + "\n"
    for e, code in coded:
        day = event_day(e)
        source_actor, target = dyad(e)
        first = e.sources[0] if e.sources else None
        where = place(e.location) if e.location else None
        row = [
            str(event_ids[e.id]),
            day.isoformat() if day else "",
            *_side(source_actor),
            cell(codes.description(code)),
            code,
            number(codes.goldstein(code), 1),
            *_side(target),
            str(story_ids[first.article_id]) if first else "",
            number(articles.sentence_number(first) if articles and first else None),
            cell(first.outlet if first else ""),
            cell(where.city if where else ""),
            "",
            cell(where.admin1_name if where else ""),
            cell(where.country_name if where else ""),
            number(where.lat if where else None),
            number(where.lon if where else None),
        ]
        yield "\t".join(row) + "\n"
