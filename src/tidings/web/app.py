"""The web interface and JSON API over a store (``tidings serve``).

Read-only: every request opens the store read-only (SQLite WAL lets an ingest
write at the same time; a reload shows its new events). Article text is
hostile: templates autoescape everything, the one place that builds markup from
text (``highlight``) escapes each piece, JSON for scripts goes through
``tojson`` (which escapes ``<``, ``>`` and ``&``), and the Content-Security-Policy
allows scripts only from this server. No path or SQL is built from a request:
ids are checked against their pattern, filters become placeholders, page sizes
are bounded. Every asset is served from the package (``static/vendor``, pinned
npm builds): nothing is loaded from the internet.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode, urlparse

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from tidings import __version__, export
from tidings import timeline as tl
from tidings.errors import StoreError
from tidings.models import EVENT_TYPES, STATUSES, Event, entity_id
from tidings.store import EventFilter, Store

T = TypeVar("T")
PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
MAX_TIMELINE_ITEMS = 500  # vis-timeline takes about a second per 1,000 items on a small laptop
EVENT_ID = re.compile(r"ev_[0-9a-f]{8,40}")
ENTITY_ID = re.compile(r"ent_[0-9a-f]{8,40}")
ARTICLE_ID = re.compile(r"[A-Za-z0-9_.:-]{1,100}")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


Q = Annotated[str | None, Query(max_length=200, description="Words in the evidence sentences or article titles")]
Actor = Annotated[list[str] | None, Query(max_length=100, description="An actor's name or alias; repeat: all must take part")]
Country = Annotated[list[str] | None, Query(max_length=3, description="ISO 3166-1 alpha-3; repeatable")]
Type = Annotated[str | None, Query(alias="type", max_length=12, description="A PLOVER type")]
Status = Annotated[str | None, Query(max_length=12)]
Since = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")]
Until = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")]
MinConf = Annotated[float, Query(ge=0, le=1)]
PageNo = Annotated[int, Query(alias="page", ge=1, le=100000)]
Size = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)]


@dataclass(frozen=True)
class FilterArgs:
    """The filters every list takes, as the query string gives them (checked by ``event_filter``)."""

    q: str | None
    actor: list[str] | None
    country: list[str] | None
    type_: str | None
    status: str | None
    since: str | None
    until: str | None
    min_confidence: float


def filter_args(
    q: Q = None,
    actor: Actor = None,
    country: Country = None,
    type_: Type = None,
    status: Status = None,
    since: Since = None,
    until: Until = None,
    min_confidence: MinConf = 0.0,
) -> FilterArgs:
    return FilterArgs(q, actor, country, type_, status, since, until, min_confidence)


Filters = Annotated[FilterArgs, Depends(filter_args)]


def safe_url(url: str | None) -> str | None:
    """An article's link, only if it is http(s): never ``javascript:`` or ``data:``."""
    if not url:
        return None
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


def highlight(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    """``text`` escaped, with each (start, end, anchor) span in a <mark>; overlapping spans are skipped."""
    out, pos = [], 0
    for start, end, anchor in sorted(spans):
        if start < pos or start >= end or end > len(text):
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark id="{html.escape(anchor)}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return Markup("".join(out))  # noqa: S704 (every piece is escaped above)


def _who(entities: Any) -> str:
    return "; ".join(e.name or e.country or "?" for e in entities)


def create_app(db: Path) -> FastAPI:
    """The FastAPI application serving the store at ``db``."""
    app = FastAPI(
        title="tidings",
        version=__version__,
        description="Political events from news: search, timelines, actors. Read-only.",
        docs_url=None,  # Swagger UI would load from a CDN; /openapi.json and /api describe the API
        redoc_url=None,
    )
    package = resources.files("tidings.web")
    static_dir = Path(str(package.joinpath("static")))
    app.mount("/static", StaticFiles(directory=static_dir), name="static")
    env = Environment(loader=FileSystemLoader(str(package.joinpath("templates"))), autoescape=select_autoescape(["html"]))
    env.globals.update(types=EVENT_TYPES, statuses=STATUSES, version=__version__, safe_url=safe_url)

    @contextmanager
    def store() -> Iterator[Store]:
        try:
            s = Store(db, readonly=True)
        except StoreError as exc:
            raise HTTPException(503, str(exc)) from exc
        try:
            yield s
        finally:
            s.close()

    def page(name: str, request: Request, **context: Any) -> HTMLResponse:
        body = env.get_template(name).render(request=request, **context)
        return HTMLResponse(body)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def event_filter(args: FilterArgs, limit: int | None = None, offset: int = 0) -> EventFilter:
        q, actor, country, type_, status = args.q, args.actor, args.country, args.type_, args.status
        since, until, min_confidence = args.since, args.until, args.min_confidence
        if type_ and type_.upper() not in EVENT_TYPES:
            raise HTTPException(422, f"unknown type {type_!r}")
        if status and status not in STATUSES:
            raise HTTPException(422, f"unknown status {status!r}")
        for value in (since, until):
            if value and not DAY.fullmatch(value):
                raise HTTPException(422, "dates are YYYY-MM-DD")
        codes = tuple(c.upper() for c in (country or []) if c)
        if any(not re.fullmatch(r"[A-Z]{3}", c) for c in codes):
            raise HTTPException(422, "countries are ISO 3166-1 alpha-3 codes (ISR, RUS)")
        return EventFilter(
            actors=tuple(a for a in (actor or []) if a.strip())[:5],
            countries=codes[:5],
            type=type_.upper() if type_ else None,
            status=status or None,
            since=since or None,
            until=until or None,
            min_confidence=min_confidence,
            limit=limit,
            offset=offset,
            query=(q or "").strip()[:200] or None,
        )

    def query_string(request: Request, **changes: Any) -> str:
        items = [(k, v) for k, v in request.query_params.multi_items() if k not in changes and v]
        items += [(k, str(v)) for k, v in changes.items() if v not in (None, "")]
        return urlencode(items)

    # -- HTML pages ------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request,
        filters: Filters,
        page_no: PageNo = 1,
        size: Size = PAGE_SIZE,
    ) -> HTMLResponse:
        flt = event_filter(filters, size, (page_no - 1) * size)
        with store() as s:
            total = s.count_events(flt)
            found = s.events(flt)
            counts = s.counts()
        template = "_results.html" if request.headers.get("HX-Request") else "search.html"
        return page(
            template,
            request,
            events=found,
            total=total,
            page_no=page_no,
            size=size,
            counts=counts,
            form=request.query_params,
            qs=lambda **kw: query_string(request, **kw),
        )

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, group: Annotated[str, Query(pattern="^(type|pair)$")] = "type") -> HTMLResponse:
        return page("timeline.html", request, form=request.query_params, group=group, api=query_string(request))

    @app.get("/event/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str) -> HTMLResponse:
        event_id = _checked(event_id, EVENT_ID, "event")
        with store() as s:
            event = _found(s.event(event_id), "event")
            articles = {a: s.article(a) for a in dict.fromkeys(src.article_id for src in event.sources)}
            linked = [e for e in (s.event(i) for i in event.linked_to) if e is not None]
        shown = []
        for article_id, article in articles.items():
            if article is None:
                continue
            spans = [(src.start, src.end, f"s{i}") for i, src in enumerate(event.sources) if src.article_id == article_id]
            shown.append((article, highlight(article.raw, spans)))
        ids = {e.key: entity_id(e.key) for e in (*event.actors, *event.recipients)}
        return page("event.html", request, event=event, articles=shown, linked=linked, ids=ids)

    @app.get("/actor/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, entity_id: str) -> HTMLResponse:
        entity_id = _checked(entity_id, ENTITY_ID, "actor")
        with store() as s:
            entity = _found(s.entity_by_id(entity_id), "actor")
            key = str(entity["key"])
            partners = s.partners(key)
            activity = s.activity(key)
            flt = EventFilter(entity=key, limit=PAGE_SIZE)
            total = s.count_events(flt)
            recent = s.events(flt)
        chart = {
            "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
            "width": "container",
            "height": 220,
            "data": {"values": [{"month": m, "type": t, "events": n} for m, t, n in activity]},
            "mark": "bar",
            "encoding": {
                "x": {"field": "month", "type": "temporal", "timeUnit": "yearmonth", "title": "month"},
                "y": {"field": "events", "type": "quantitative", "aggregate": "sum", "title": "events"},
                "color": {"field": "type", "type": "nominal"},
                "tooltip": [{"field": "month", "type": "ordinal"}, {"field": "type"}, {"field": "events"}],
            },
        }
        network = {
            "nodes": [{"id": entity_id, "label": entity["name"] or entity["country"] or "?", "main": True}]
            + [{"id": p["id"], "label": p["name"] or p["country"] or "?", "value": n} for p, n in partners],
            "edges": [{"from": entity_id, "to": p["id"], "value": n, "label": str(n)} for p, n in partners],
        }
        response = page("actor.html", request, entity=entity, partners=partners, chart=chart, network=network, events=recent, total=total)
        # Vega compiles its expressions with Function(): this page alone allows it (vega-interpreter ships only as ESM).
        response.headers["Content-Security-Policy"] = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")
        return response

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, page_no: PageNo = 1) -> HTMLResponse:
        with store() as s:
            rows = s.article_rows(PAGE_SIZE, (page_no - 1) * PAGE_SIZE)
            rejected = s.rejections()[:MAX_PAGE_SIZE]
            counts = s.counts()
        return page("articles.html", request, articles=rows, rejected=rejected, counts=counts, page_no=page_no, size=PAGE_SIZE)

    @app.get("/article/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        article_id = _checked(article_id, ARTICLE_ID, "article")
        with store() as s:
            article = _found(s.article(article_id), "article")
            mentioned = s.events(EventFilter(article=article_id, limit=MAX_PAGE_SIZE))
        spans = []
        for e in mentioned:
            for src in e.sources:
                if src.article_id == article_id:
                    spans.append((src.start, src.end, e.id))
        return page("article.html", request, article=article, text=highlight(article.raw, spans), events=mentioned)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response((static_dir / "favicon.svg").read_bytes(), media_type="image/svg+xml")

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> HTMLResponse:
        return page("api.html", request, spec=app.openapi())

    # -- JSON API --------------------------------------------------------------------------
    @app.get("/api/events", summary="Events, filtered as `tidings events` (JSON, or CSV with format=csv)")
    def api_events(
        filters: Filters,
        page_no: PageNo = 1,
        size: Size = PAGE_SIZE,
        fmt: Annotated[str, Query(alias="format", pattern="^(json|csv)$")] = "json",
    ) -> Response:
        flt = event_filter(filters, size, (page_no - 1) * size)
        with store() as s:
            total = s.count_events(flt)
            found = s.events(flt)
        if fmt == "csv":
            return _csv_response(found, "events.csv")
        return JSONResponse({"total": total, "page": page_no, "size": size, "events": [e.to_dict() for e in found]})

    @app.get("/api/events/{event_id}", summary="One event")
    def api_event(event_id: str) -> JSONResponse:
        event_id = _checked(event_id, EVENT_ID, "event")
        with store() as s:
            event = _found(s.event(event_id), "event")
        return JSONResponse(event.to_dict())

    @app.get("/api/timeline", summary="A summary timeline, as `tidings timeline --format json`")
    def api_timeline(
        filters: Filters,
        topic: Annotated[str | None, Query(max_length=200)] = None,
        max_dates: Annotated[int, Query(ge=1, le=200)] = 20,
        per_date: Annotated[int, Query(ge=1, le=10)] = 2,
    ) -> JSONResponse:
        flt = event_filter(filters)
        with store() as s:
            found = s.events(flt)
            built = tl.choose(
                found,
                lambda: s.sentences(filters.since, filters.until),
                by_event=bool(filters.actor or filters.country or filters.type_),
                max_dates=max_dates,
                per_date=per_date,
                start=filters.since,
                end=filters.until,
                topic=topic,
            )
        return JSONResponse(tl.to_json(built))

    @app.get("/api/timeline-items", summary="Events as vis-timeline items and groups (for the timeline page)")
    def api_timeline_items(
        filters: Filters,
        group: Annotated[str, Query(pattern="^(type|pair)$")] = "type",
    ) -> JSONResponse:
        flt = event_filter(filters)
        with store() as s:
            total = s.count_events(flt)
            found = sorted(
                (e for e in s.events(replace(flt, limit=MAX_TIMELINE_ITEMS, most_reported=True)) if e.date),
                key=lambda e: (e.date or "", e.id),
            )
        items: list[dict[str, str | None]] = []
        groups: dict[str, dict[str, str]] = {}
        for e in found:
            point = _span(e)
            if point is None:
                continue
            if group == "pair":
                names = sorted({x.name or x.country or "?" for x in (*e.actors, *e.recipients)})
                key = " – ".join(names[:2]) + (" +" if len(names) > 2 else "")
            else:
                key = e.type
            groups.setdefault(key, {"id": key, "content": key})
            who = _who(e.actors) + (f" → {_who(e.recipients)}" if e.recipients else "")
            label = who if group == "type" else f"{e.type} {e.date}"
            items.append({"id": e.id, "group": key, "start": point[0], "label": label, "status": e.status, "date": e.date})
        return JSONResponse({"items": items, "groups": list(groups.values()), "total": total, "truncated": total > len(found)})

    @app.get("/api/actors", summary="Actors by number of events (JSON, or CSV with format=csv)")
    def api_actors(
        kind: Annotated[str | None, Query(pattern="^(PERSON|ORG|COUNTRY)$")] = None,
        country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$")] = None,
        size: Size = PAGE_SIZE,
        fmt: Annotated[str, Query(alias="format", pattern="^(json|csv)$")] = "json",
    ) -> Response:
        with store() as s:
            rows = s.entity_rows(kind, country, size)
        if fmt == "csv":
            return _table_csv(["id", "name", "kind", "country", "sector", "title", "events"], rows, "actors.csv")
        return JSONResponse({"actors": [{k: v for k, v in r.items() if k != "key"} for r in rows]})

    @app.get("/api/articles", summary="Articles (newest first) and rejected inputs with their reasons (JSON; CSV with format=csv)")
    def api_articles(
        page_no: PageNo = 1,
        size: Size = PAGE_SIZE,
        fmt: Annotated[str, Query(alias="format", pattern="^(json|csv)$")] = "json",
        which: Annotated[str, Query(alias="list", pattern="^(articles|rejected)$")] = "articles",
    ) -> Response:
        with store() as s:
            rows = s.article_rows(size, (page_no - 1) * size)
            rejected = s.rejections()[:MAX_PAGE_SIZE]
        articles = [
            {"id": a.id, "title": a.title, "url": a.url, "outlet": a.outlet, "published": a.published, "source": a.source} for a in rows
        ]
        refused = [{"source": r.source, "reason": r.reason, "detail": r.detail[:500]} for r in rejected]
        if fmt == "csv":
            columns = ["id", "title", "url", "outlet", "published", "source"] if which == "articles" else ["source", "reason", "detail"]
            return _table_csv(columns, articles if which == "articles" else refused, f"{which}.csv")
        return JSONResponse({"articles": articles, "rejected": refused})

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code)
        body = env.get_template("error.html").render(request=request, status=exc.status_code, detail=exc.detail)
        return HTMLResponse(body, status_code=exc.status_code)

    return app


def _checked(value: str, pattern: re.Pattern[str], what: str) -> str:
    """A path id that matches its pattern; anything else is a 404 before the store is asked."""
    if not pattern.fullmatch(value):
        raise HTTPException(404, f"no such {what}")
    return value


def _found(found: T | None, what: str) -> T:
    if found is None:
        raise HTTPException(404, f"no such {what}")
    return found


def _span(event: Event) -> tuple[str, str] | None:
    from tidings import temporal

    point = temporal.point_from_value(event.date)
    if point is None:
        return None
    return point.start.isoformat(), point.end.isoformat()


def _csv_download(text: str, filename: str) -> Response:
    return Response(text, media_type="text/csv", headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _csv_response(events: list[Event], filename: str) -> Response:
    """The events as `tidings export --format csv` writes them."""
    return _csv_download("".join(export.csv_rows(events)), filename)


def _table_csv(columns: list[str], rows: list[dict[str, Any]], filename: str) -> Response:
    """Rows of a list (actors, articles, rejected inputs) as CSV, guarded against spreadsheet formulas."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([export.spreadsheet_safe(str(row[c] or "")) for c in columns])
    return _csv_download(buf.getvalue(), filename)
