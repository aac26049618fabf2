"""``/map``: where the filtered events happen, drawn offline with Vega-Lite on a vendored world TopoJSON.

Events whose place has coordinates (from the gazetteer) are circles sized by
their number; countries are shaded by the events their actors take part in or
that happen there. A click on a circle lists that place's events. No tile
server: the world is ``static/vendor/countries-110m.json`` (npm world-atlas,
Natural Earth).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse

from tidings.gazetteer import country_codes
from tidings.web import charts, labels
from tidings.web.common import CSP_VEGA, Db, WebFilters, page, query_string

router = APIRouter()
WORLD = "/static/vendor/countries-110m.json"
PLACE_EVENTS = 30


@router.get("/map", response_class=HTMLResponse, include_in_schema=False)
def map_page(request: Request) -> HTMLResponse:
    response = page(request, "map.html", form=request.query_params, api=query_string(request))
    response.headers["Content-Security-Policy"] = CSP_VEGA
    return response


@router.get("/map/place", response_class=HTMLResponse, include_in_schema=False)
def place_events(request: Request, filters: WebFilters, store: Db) -> HTMLResponse:
    """The events at one place (``place=``), as a list for the map page's panel."""
    flt = filters.event_filter(PLACE_EVENTS)
    return page(request, "_place.html", events=store.events(flt), total=store.count_events(flt), search=query_string(request, order="date"))


@router.get("/api/map", summary="The filtered events' places (with coordinates) and countries, and the map's Vega-Lite spec")
def api_map(filters: WebFilters, store: Db) -> JSONResponse:
    flt = filters.event_filter()
    places = store.places(flt)
    codes = country_codes()
    counts = store.country_counts(flt)
    countries = [(codes[c][1], codes[c][0], n) for c, n in counts if c in codes]
    return JSONResponse(
        {
            "spec": charts.map_spec(countries, places, WORLD),
            "places": places,
            "countries": [{"code": c, "name": labels.country_name(c), "events": n} for c, n in counts][:30],
            "located": sum(int(str(p["events"])) for p in places),
            "total": store.count_events(flt),
        }
    )
