"""The web interface and JSON API over a store (``tidings serve``).

Read-only: every request opens the store read-only (SQLite WAL lets an ingest
write at the same time; a reload shows its new events). One module per page,
each an ``APIRouter``: ``search`` (/), ``timeline``, ``events`` (/event/ID),
``actors`` (/actor/ID), ``maps`` (/map), ``articles``; what they share is in
``common`` (store, templates, filters, safe markup), ``labels`` (headlines and
human dates) and ``charts`` (colours, time windows, Vega-Lite specs). The
Content-Security-Policy allows scripts only from this server; every asset is
served from the package (``static/vendor``, pinned npm builds): nothing is
loaded from the internet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from tidings import __version__
from tidings.gazetteer import country_codes
from tidings.web import actors, articles, events, maps, search, timeline
from tidings.web.common import CSP, page, static_dir, templates


def create_app(db: Path) -> FastAPI:
    """The FastAPI application serving the store at ``db``."""
    app = FastAPI(
        title="tidings",
        version=__version__,
        description="Political events from news: search, timelines, actors, places. Read-only.",
        docs_url=None,  # Swagger UI would load from a CDN; /openapi.json and /api describe the API
        redoc_url=None,
    )
    app.state.db = db
    app.state.templates = templates()
    country_codes()  # loaded once here, not during the first request
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
    for module in (search, timeline, events, actors, maps, articles):
        app.include_router(module.router)
    app.middleware("http")(security_headers)
    app.exception_handler(HTTPException)(http_error)

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> HTMLResponse:
        return page(request, "api.html", spec=app.openapi())

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response((static_dir() / "favicon.svg").read_bytes(), media_type="image/svg+xml")

    return app


async def security_headers(request: Request, call_next: Any) -> Response:
    response: Response = await call_next(request)
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    return response


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
    body = request.app.state.templates.get_template("error.html").render(request=request, status=exc.status_code, detail=exc.detail)
    return HTMLResponse(body, status_code=exc.status_code)
