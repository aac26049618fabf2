"""``/actor/ID`` and the actors API: who an actor is, when it was active, whom it meets, helps and fights.

Ties are read by kind: *meets* (CONSULT), *cooperates with* (the cooperation
types, and acting on the same side of any event: NATO and France both bombing)
and *in conflict with* (the conflict types, across sides: NATO bombing Gaddafi
is conflict, not a meeting). The network shows the 20 strongest ties, an edge
per kind coloured by its quad class; a partner written as an acronym of
another's name (NTC, National Transitional Council) is drawn once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from tidings.store import EventFilter
from tidings.web import charts, labels
from tidings.web.common import CSP_VEGA, ENTITY_ID, PAGE_SIZE, Db, Format, Size, checked, found, page, table_csv

router = APIRouter()
MAX_TIES = 20
KINDS = ("meets", "cooperates with", "in conflict with")


@dataclass
class Tie:
    """What one partner does with the actor: events by quad class, and by kind of tie."""

    partner: dict[str, Any]
    quads: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.quads.values())


@router.get("/actor/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
def actor_page(request: Request, entity_id: str, store: Db) -> HTMLResponse:
    entity = found(store.entity_by_id(checked(entity_id, ENTITY_ID, "actor")), "actor")
    key = str(entity["key"])
    shown_name = str(entity["name"] or labels.country_name(str(entity["country"] or "")) or "?")
    ties = strongest(store.ties(key))
    activity = store.activity(key)
    span = charts.dense_span(_by_day(activity), share=0.9)
    flt = EventFilter(entity=key, limit=PAGE_SIZE)
    total = store.count_events(flt)
    recent = store.events(flt)
    outside = sum(n for d, _, n in activity if span and not span[0] <= d < span[1])
    lists = {kind: sorted((t for t in ties if t.kinds[kind]), key=lambda t: -t.kinds[kind]) for kind in KINDS}
    response = page(
        request,
        "actor.html",
        entity=entity,
        shown_name=shown_name,
        lists=lists,
        chart=charts.activity_chart(activity, span),
        span=span,
        outside=outside,
        network=network(entity_id, shown_name, ties),
        events=recent,
        total=total,
        quad_colours=charts.QUAD_COLOURS,
    )
    response.headers["Content-Security-Policy"] = CSP_VEGA
    return response


@router.get("/api/actors", summary="Actors by number of events (JSON, or CSV with format=csv)")
def api_actors(
    store: Db,
    kind: Annotated[str | None, Query(pattern="^(PERSON|ORG|COUNTRY)$")] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$")] = None,
    size: Size = PAGE_SIZE,
    fmt: Format = "json",
) -> Response:
    from fastapi.responses import JSONResponse

    rows = store.entity_rows(kind, country, size)
    if fmt == "csv":
        return table_csv(["id", "name", "kind", "country", "sector", "title", "events"], rows, "actors.csv")
    return JSONResponse({"actors": [{k: v for k, v in r.items() if k != "key"} for r in rows]})


def strongest(rows: list[tuple[dict[str, Any], str, bool, int]], at_most: int = MAX_TIES) -> list[Tie]:
    """The partners' ties from ``Store.ties`` rows, acronyms joined to their full names, strongest first."""
    ties: dict[str, Tie] = {}
    for partner, kind, same_side, n in rows:
        tie = ties.setdefault(partner["key"], Tie(partner))
        quad = charts.QUAD_OF.get(kind, "verbal cooperation")
        if same_side and "conflict" in quad:
            quad = quad.replace("conflict", "cooperation")  # acting together against a third party
        tie.quads[quad] += n
        tie.types[kind] += n
        tie.kinds["meets" if kind == "CONSULT" else "cooperates with" if "cooperation" in quad else "in conflict with"] += n
    full = {_initials(str(t.partner["name"] or "")): t for t in ties.values() if len(str(t.partner["name"] or "").split()) > 1}
    for short in [t for t in ties.values() if str(t.partner["name"] or "").isupper()]:
        longer = full.get(str(short.partner["name"]))
        if longer is not None and longer is not short:
            longer.quads.update(short.quads)
            longer.kinds.update(short.kinds)
            longer.types.update(short.types)
            del ties[short.partner["key"]]
    return sorted(ties.values(), key=lambda t: (-t.total, str(t.partner["name"] or "")))[:at_most]


def network(entity_id: str, name: str, ties: list[Tie]) -> dict[str, Any]:
    """vis-network nodes and edges: the actor, its partners (sized by events together), an edge per quad class."""
    nodes = [{"id": entity_id, "label": name, "main": True, "value": max([t.total for t in ties] or [1])}]
    edges = []
    for t in ties:
        p = t.partner
        nodes.append({"id": p["id"], "label": p["name"] or labels.country_name(p["country"]) or "?", "value": t.total})
        for quad, n in t.quads.items():
            detail = ", ".join(f"{k} {v}" for k, v in t.types.most_common())
            edges.append(
                {
                    "from": entity_id,
                    "to": p["id"],
                    "value": n,
                    "color": charts.QUAD_COLOURS[quad],
                    "quad": quad,
                    "title": f"{quad}: {n} ({detail})",
                }
            )
    return {"nodes": nodes, "edges": edges, "legend": charts.QUAD_COLOURS}


def _initials(name: str) -> str:
    """ "NTC" for "National Transitional Council" (capitalised words only)."""
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", name))


def _by_day(activity: list[tuple[str, str, int]]) -> list[tuple[str, int]]:
    days: Counter[str] = Counter()
    for day, _, n in activity:
        days[day] += n
    return sorted(days.items())
