"""Events out, in tidings' own formats and in the field's: one writer per format, one module per writer.

| format | module | what it writes |
|---|---|---|
| jsonl, plover-jsonl, csv | ``basic`` | the event schema; PLOVER JSON lines; a flat CSV |
| gdelt, gdelt-mentions | ``gdelt`` | GDELT 2.0 Event and Mentions tables |
| icews | ``icews`` | the ICEWS coded event file columns |
| polecat | ``polecat`` | the POLECAT release columns |
| acled | ``acled`` | ACLED's columns, for the conflict and protest types |
| geojson | ``geojson`` | a FeatureCollection of the located events |
| gexf | ``gexf`` | the actor network for Gephi |
| parquet | ``parquet`` | the event schema, typed (binary: written to a file) |
| timelinejs | ``tidings.timeline`` | a TimelineJS 3 timeline of every dated event |

The codes these formats use (CAMEO, Goldstein, PLOVER modes and scores, actor codes) are data files read by
``codes``; each names its sources and licence.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from tidings.export import acled, basic, codes, gdelt, geojson, gexf, icews, polecat
from tidings.export.articles import ArticleIndex
from tidings.export.basic import CSV_COLUMNS, csv_rows, jsonl, plover_jsonl
from tidings.export.common import CODED_STATUSES, spreadsheet_safe
from tidings.models import Event

FORMATS = (
    "jsonl", "plover-jsonl", "csv", "gdelt", "gdelt-mentions", "icews", "polecat", "acled", "geojson", "gexf",
    "parquet", "timelinejs",
)  # fmt: skip
BINARY_FORMATS = ("parquet",)
NEEDS_ARTICLES = ("gdelt", "gdelt-mentions", "icews")  # sentence numbers, article lengths, actors' offsets

__all__ = [
    "BINARY_FORMATS",
    "CSV_COLUMNS",
    "FORMATS",
    "NEEDS_ARTICLES",
    "ArticleIndex",
    "basic",
    "csv_rows",
    "eligible",
    "jsonl",
    "plover_jsonl",
    "render",
    "spreadsheet_safe",
    "write_binary",
]


def eligible(events: Sequence[Event], fmt: str) -> tuple[list[Event], str | None]:
    """The events a format can record, and why the others are left out (None when none is)."""
    if fmt in ("gdelt", "gdelt-mentions", "icews"):
        kept = [e for e in events if codes.cameo_code(e) is not None]
        why = "cancelled, denied or hypothetical: CAMEO has no code for what did not happen"
    elif fmt == "polecat":
        kept = [e for e in events if e.status in CODED_STATUSES]
        why = "cancelled, denied or hypothetical: PLOVER data record what happened or was announced"
    elif fmt == "acled":
        kept = [e for e in events if acled.acled_type(e) is not None]
        why = "not an ACLED type (ACLED records protests, violence and strategic developments that took place)"
    elif fmt == "geojson":
        kept = [e for e in events if geojson.located(e)]
        why = "no coordinates"
    else:
        return list(events), None
    return kept, why if len(kept) < len(events) else None


def render(events: Sequence[Event], fmt: str, articles: ArticleIndex | None = None) -> Iterator[str]:
    """The text of ``events`` in format ``fmt``, in chunks (``articles``: what gdelt and icews read of the articles)."""
    if fmt == "jsonl":
        return jsonl(events)
    if fmt == "plover-jsonl":
        return plover_jsonl(events)
    if fmt == "csv":
        return csv_rows(events)
    if fmt == "gdelt":
        return gdelt.events(events, articles)
    if fmt == "gdelt-mentions":
        return gdelt.mentions(events, articles)
    if fmt == "icews":
        return icews.rows(events, articles)
    if fmt == "polecat":
        return polecat.rows(events)
    if fmt == "acled":
        return acled.rows(events)
    if fmt == "geojson":
        return geojson.collection(events)
    if fmt == "gexf":
        return gexf.document(events)
    if fmt == "timelinejs":
        return _timelinejs(events)
    if fmt in BINARY_FORMATS:
        raise ValueError(f"{fmt} is a binary format: write it to a file")
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_binary(events: Sequence[Event], fmt: str, path: Path) -> int:
    """Write a binary format to ``path``; returns how many events it holds."""
    if fmt == "parquet":
        from tidings.export import parquet

        return parquet.write(events, path)
    raise ValueError(f"{fmt} is not a binary format")


def _timelinejs(events: Sequence[Event]) -> Iterator[str]:
    """Every dated event on a TimelineJS 3 timeline: one slide per date, its best-reported sentences."""
    from tidings import timeline

    dates = {e.date for e in events if e.date}
    built = timeline.compose([], list(events), max_dates=max(1, len(dates)), per_date=2, by_event=True)
    yield json.dumps(timeline.to_timelinejs(built, "tidings events"), indent=2, ensure_ascii=False) + "\n"
