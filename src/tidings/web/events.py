"""``/event/ID`` and the events API: one event with every source sentence highlighted in its article."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from tidings.models import entity_id
from tidings.web.common import EVENT_ID, PAGE_SIZE, Db, Format, PageNo, Size, WebFilters, checked, events_csv, found, highlight, page

router = APIRouter()


@router.get("/event/{event_id}", response_class=HTMLResponse, include_in_schema=False)
def event_page(request: Request, event_id: str, store: Db) -> HTMLResponse:
    event = found(store.event(checked(event_id, EVENT_ID, "event")), "event")
    articles = {a: store.article(a) for a in dict.fromkeys(src.article_id for src in event.sources)}
    linked = [e for e in (store.event(i) for i in event.linked_to) if e is not None]
    shown = []
    for article_id, article in articles.items():
        if article is None:
            continue
        spans = [(src.start, src.end, f"s{i}") for i, src in enumerate(event.sources) if src.article_id == article_id]
        shown.append((article, highlight(article.raw, spans)))
    ids = {e.key: entity_id(e.key) for e in (*event.actors, *event.recipients)}
    return page(request, "event.html", event=event, articles=shown, linked=linked, ids=ids)


@router.get("/api/events", summary="Events, filtered as `tidings events` (JSON, or CSV with format=csv)")
def api_events(filters: WebFilters, store: Db, page_no: PageNo = 1, size: Size = PAGE_SIZE, fmt: Format = "json") -> Response:
    flt = filters.event_filter(size, (page_no - 1) * size)
    total, events = store.events_page(flt)
    if fmt == "csv":
        return events_csv(events, "events.csv")
    return JSONResponse({"total": total, "page": page_no, "size": size, "events": [e.to_dict() for e in events]})


@router.get("/api/events/{event_id}", summary="One event")
def api_event(event_id: str, store: Db) -> JSONResponse:
    return JSONResponse(found(store.event(checked(event_id, EVENT_ID, "event")), "event").to_dict())
