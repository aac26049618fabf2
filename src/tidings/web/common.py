"""What every page module of the web shares: the store per request, the templates, the filters, safe markup.

Article text is hostile: templates autoescape everything, the two places that
build markup from text (``highlight`` and ``marked``) escape each piece, JSON
for scripts goes through ``tojson`` (which escapes ``<``, ``>`` and ``&``). No
path or SQL is built from a request: ids are checked against their pattern,
filters are checked by ``tidings.filters`` and become placeholders, page sizes
are bounded.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode, urlparse

from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from tidings import __version__, export
from tidings import filters as filters_module
from tidings.errors import FilterError, StoreError
from tidings.filters import HELP, MAX_QUERY, Filters
from tidings.models import EVENT_TYPES, STATUSES, Event
from tidings.store import Store, StoredArticle
from tidings.store.fts import MARK_END, MARK_START
from tidings.web import charts, labels

T = TypeVar("T")
PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
EVENT_ID = re.compile(r"ev_[0-9a-f]{8,40}")
ENTITY_ID = re.compile(r"ent_[0-9a-f]{8,40}")
ARTICLE_ID = re.compile(r"[A-Za-z0-9_.:-]{1,100}")
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# Vega compiles its expressions with Function(): the pages that draw Vega-Lite allow it (vega-interpreter ships only as ESM).
CSP_VEGA = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")

PageNo = Annotated[int, Query(alias="page", ge=1, le=100000)]
Size = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)]
Format = Annotated[str, Query(alias="format", pattern="^(json|csv)$")]


def templates() -> Environment:
    """The Jinja2 environment of the pages (autoescaping), with the labels and colours as filters and globals."""
    package = resources.files("tidings.web")
    env = Environment(loader=FileSystemLoader(str(package.joinpath("templates"))), autoescape=select_autoescape(["html"]))
    env.globals.update(
        types=EVENT_TYPES,
        statuses=STATUSES,
        version=__version__,
        safe_url=safe_url,
        quads=charts.QUADS,
        status_styles=charts.STATUS_STYLES,
        type_css=charts.type_css(),
        article_title=article_title,
    )
    env.filters.update(human_date=labels.human_date, headline=labels.headline, who=who, country_name=labels.country_name)
    return env


def static_dir() -> Path:
    return Path(str(resources.files("tidings.web").joinpath("static")))


def open_store(request: Request) -> Iterator[Store]:
    """A read-only store for one request (a dependency): an ingest may write meanwhile (WAL)."""
    try:
        store = Store(request.app.state.db, readonly=True)
    except StoreError as exc:
        raise HTTPException(503, str(exc)) from exc
    try:
        yield store
    finally:
        store.close()


Db = Annotated[Store, Depends(open_store)]


def page(request: Request, name: str, **context: Any) -> HTMLResponse:
    env: Environment = request.app.state.templates
    return HTMLResponse(env.get_template(name).render(request=request, **context))


def web_filters(
    q: Annotated[str | None, Query(max_length=MAX_QUERY, description=HELP["q"])] = None,
    actor: Annotated[list[str] | None, Query(max_length=100, description=HELP["actor"])] = None,
    country: Annotated[list[str] | None, Query(max_length=3, description=HELP["country"])] = None,
    type_: Annotated[str | None, Query(alias="type", max_length=12, description=HELP["type"])] = None,
    status: Annotated[str | None, Query(max_length=12, description=HELP["status"])] = None,
    since: Annotated[str | None, Query(max_length=10, description=HELP["since"])] = None,
    until: Annotated[str | None, Query(max_length=10, description=HELP["until"])] = None,
    min_confidence: Annotated[float, Query(ge=0, le=1, description=HELP["min_confidence"])] = 0.0,
    place: Annotated[str | None, Query(max_length=MAX_QUERY, description=HELP["place"])] = None,
) -> Filters:
    """The event filters of a request, checked as the CLI checks them (``tidings.filters``); a bad one is a 422."""
    try:
        return filters_module.parse(q, actor, country, type_, status, since, until, min_confidence, place)
    except FilterError as exc:
        raise HTTPException(422, str(exc)) from exc


WebFilters = Annotated[Filters, Depends(web_filters)]


def query_string(request: Request, **changes: Any) -> str:
    """The request's query string with ``changes`` applied (None or "" removes a parameter)."""
    items = [(k, v) for k, v in request.query_params.multi_items() if k not in changes and v]
    items += [(k, str(v)) for k, v in changes.items() if v not in (None, "")]
    return urlencode(items)


def checked(value: str, pattern: re.Pattern[str], what: str) -> str:
    """A path id that matches its pattern; anything else is a 404 before the store is asked."""
    if not pattern.fullmatch(value):
        raise HTTPException(404, f"no such {what}")
    return value


def found(value: T | None, what: str) -> T:
    if value is None:
        raise HTTPException(404, f"no such {what}")
    return value


def safe_url(url: str | None) -> str | None:
    """An article's link, only if it is http(s): never ``javascript:`` or ``data:``."""
    if not url:
        return None
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


def highlight(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    """``text`` escaped, with each (start, end, anchor) span in a <mark>; overlapping spans are skipped.

    A span's trailing whitespace stays outside its mark (no highlight bar after a sentence)."""
    out, pos = [], 0
    for start, end, anchor in sorted(spans):
        end = start + len(text[start:end].rstrip())
        if start < pos or start >= end or end > len(text):
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark id="{html.escape(anchor)}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return Markup("".join(out))  # noqa: S704 (every piece is escaped above)


def marked(text: str) -> Markup:
    """A snippet from the store (matched words between ``MARK_START`` and ``MARK_END``) escaped, the matches in <mark>."""
    first, *rest = text.split(MARK_START)
    out = [html.escape(first.replace(MARK_END, ""))]
    for piece in rest:
        word, _, after = piece.partition(MARK_END)
        out.append(f"<mark>{html.escape(word)}</mark>{html.escape(after.replace(MARK_END, ''))}")
    return Markup("".join(out))  # noqa: S704 (every piece is escaped above)


def article_title(article: StoredArticle) -> str:
    """An article's title, or for one without, its first line (``labels.article_title``)."""
    return labels.article_title(article.title, article.lead or article.text[:400], article.source)


def who(entities: Any) -> str:
    """Entities' names joined with "; " (country-level ones by their country's name)."""
    return "; ".join(labels.name(e) for e in entities)


def csv_download(text: str, filename: str) -> Response:
    return Response(text, media_type="text/csv", headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def events_csv(events: list[Event], filename: str) -> Response:
    """The events as ``tidings export --format csv`` writes them."""
    return csv_download("".join(export.csv_rows(events)), filename)


def table_csv(columns: list[str], rows: list[dict[str, Any]], filename: str) -> Response:
    """Rows of a list (actors, articles, rejected inputs) as CSV, guarded against spreadsheet formulas."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([export.spreadsheet_safe(str(row[c] or "")) for c in columns])
    return csv_download(buf.getvalue(), filename)
