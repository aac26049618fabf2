"""``/timeline``: the filtered events on a zoomable timeline (vis-timeline), and the timeline APIs.

The page opens on the densest span of the filtered events (``charts.dense_span``:
a stray date far away does not widen it; it is still drawn when one zooms or
drags there). Each item says what happened ("Netanyahu meets Putin in Moscow")
with a human date; items that would overlap are stacked, and where more than a
few crowd one spot they are clustered (vis-timeline ``cluster``).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from tidings import temporal
from tidings import timeline as tl
from tidings.models import Event
from tidings.web import charts, labels
from tidings.web.common import Db, WebFilters, page, query_string

router = APIRouter()
MAX_TIMELINE_ITEMS = 500  # vis-timeline takes about a second per 1,000 items on a small laptop
Group = Annotated[str, Query(pattern="^(type|quad|pair)$", description="type, quad (PLOVER quad class) or pair (of actors)")]


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline_page(request: Request, group: Group = "type") -> HTMLResponse:
    api = query_string(request)
    return page(request, "timeline.html", form=request.query_params, group=group, api=api, colours=charts.TYPE_COLOURS)


@router.get("/api/timeline", summary="A summary timeline, as `tidings timeline --format json`")
def api_timeline(
    filters: WebFilters,
    store: Db,
    topic: Annotated[str | None, Query(max_length=200)] = None,
    max_dates: Annotated[int, Query(ge=1, le=200)] = 20,
    per_date: Annotated[int, Query(ge=1, le=10)] = 2,
) -> JSONResponse:
    built = tl.choose(
        store.events(filters.event_filter()),
        lambda: store.sentences(filters.since, filters.until),
        by_event=filters.narrows_participants,
        max_dates=max_dates,
        per_date=per_date,
        start=filters.since,
        end=filters.until,
        topic=topic,
    )
    return JSONResponse(tl.to_json(built))


@router.get("/api/timeline-items", summary="Events as vis-timeline items and groups, and the window to open on")
def api_timeline_items(filters: WebFilters, store: Db, group: Group = "type") -> JSONResponse:
    flt = filters.event_filter()
    days = store.date_counts(flt)
    dated = sum(n for _, n in days)
    found = store.events(filters.event_filter(MAX_TIMELINE_ITEMS, order="reported"))
    window = charts.dense_span(days)
    items: dict[tuple[str, str, str], dict[str, Any]] = {}
    groups: dict[str, dict[str, str]] = {}
    for e in sorted(found, key=lambda e: (e.date or "", -len(e.sources), e.id)):
        point = _middle(e)
        if point is None:
            continue
        key = _group_of(e, group)
        groups.setdefault(key, {"id": key, "content": key, "order": _group_order(key, group)})
        title = labels.headline(e)
        same = items.get((key, point, title))
        if same is not None:  # the same headline on the same day in the same row: one box that says how many
            same["repeats"] += 1
            continue
        items[(key, point, title)] = {
            "id": e.id,
            "group": key,
            "start": point,
            "label": title,
            "when": labels.human_date(e.date, e.date_approximate),
            "type": e.type,
            "status": e.status,
            "sources": len(e.sources),
            "repeats": 1,
        }
    outside = 0
    if window is not None:
        outside = sum(n for d, n in days if not window[0] <= d < window[1])
    ordered = sorted(groups.values(), key=lambda g: (g["order"], g["id"]))
    total = store.count_events(flt)
    return JSONResponse(
        {
            "items": list(items.values()),
            "groups": [{"id": g["id"], "content": g["content"]} for g in ordered],
            "window": {"start": window[0], "end": window[1]} if window else None,
            "total": total,
            "dated": dated,
            "shown": len(found),
            "outside": outside,
            "truncated": total > len(found),
        }
    )


def _middle(event: Event) -> str | None:
    """The middle day of an event's date (a month's event sits mid-month), ISO; None when undated."""
    point = temporal.point_from_value(event.date)
    if point is None:
        return None
    return (point.start + dt.timedelta(days=(point.end - point.start).days // 2)).isoformat()


def _group_of(event: Event, group: str) -> str:
    if group == "pair":
        names = sorted({labels.name(x) for x in (*event.actors, *event.recipients)})
        return " – ".join(names[:2]) + (" +" if len(names) > 2 else "") if names else "unknown"
    if group == "quad":
        return charts.QUAD_OF.get(event.type, "other")
    return event.type


def _group_order(key: str, group: str) -> str:
    """Rows in PLOVER's order (types, quad classes); pairs alphabetically."""
    if group == "type":
        order = list(charts.TYPE_COLOURS)
        return f"{order.index(key):02d}" if key in order else "99"
    if group == "quad":
        quads = list(charts.QUADS)
        return f"{quads.index(key):02d}" if key in quads else "99"
    return key
