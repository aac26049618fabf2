"""``/``: full-text search over the evidence sentences and the articles' titles, with the event filters.

Each result shows the sentences that matched, the words highlighted (FTS5
``highlight``), ranked by relevance (bm25) or in date order as the user picks.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from tidings.web.common import PAGE_SIZE, Db, PageNo, Size, WebFilters, marked, page, query_string

router = APIRouter()
Order = Annotated[str | None, Query(pattern="^(relevance|date)$", description="relevance (with words; the default) or date")]


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def search_page(
    request: Request, filters: WebFilters, store: Db, page_no: PageNo = 1, size: Size = PAGE_SIZE, order: Order = None
) -> HTMLResponse:
    order = order or ("relevance" if filters.query else "date")
    flt = filters.event_filter(size, (page_no - 1) * size, order=order)
    total, found = store.events_page(flt)
    snippets = {}
    if filters.query:
        snippets = {k: [marked(s) for s in v[:2]] for k, v in store.snippets([e.id for e in found], filters.query).items()}
    template = "_results.html" if request.headers.get("HX-Request") else "search.html"
    return page(
        request,
        template,
        events=found,
        snippets=snippets,
        total=total,
        page_no=page_no,
        size=size,
        order=order,
        counts=store.counts() if template == "search.html" else {},
        form=request.query_params,
        qs=lambda **kw: query_string(request, **kw),
    )
