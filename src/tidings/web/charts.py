"""Colours, time windows and the Vega-Lite specs of the web pages: one place, so every page agrees.

- ``QUADS`` groups the 16 PLOVER types into the four quad classes (verbal or
  material, cooperation or conflict), in PLOVER's order.
- ``TYPE_COLOURS`` gives each type its own colour, one hue family per quad class
  (blues, greens, yellows and browns, reds and purples); every two of them are
  at least ΔE 15 apart (CIELAB) in normal vision and in simulated protanopia,
  deuteranopia and tritanopia (``tests/test_web_units.py`` checks it). The
  timeline, the charts, the network, the map and the type badges use them.
- ``dense_span`` is the shortest span of days that holds most of some dated
  events: what a timeline opens on and a chart's time axis covers, so that a
  stray date (1776, "the 1990s") does not squash the rest into one column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

QUADS: dict[str, tuple[str, ...]] = {
    "verbal cooperation": ("AGREE", "CONSULT", "SUPPORT"),
    "material cooperation": ("CONCEDE", "COOPERATE", "AID", "RETREAT"),
    "verbal conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "material conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}
QUAD_OF = {t: quad for quad, types in QUADS.items() for t in types}
TYPE_COLOURS: dict[str, str] = {
    "AGREE": "#B6C4E5",
    "CONSULT": "#2166AC",
    "SUPPORT": "#133489",
    "CONCEDE": "#2D632C",
    "COOPERATE": "#AAE97E",
    "AID": "#6DC7B6",
    "RETREAT": "#3C9E7A",
    "REQUEST": "#E0CA1C",
    "ACCUSE": "#E8E4AC",
    "REJECT": "#E3A34E",
    "THREATEN": "#9F7821",
    "PROTEST": "#662A41",
    "SANCTION": "#E63861",
    "MOBILIZE": "#943177",
    "COERCE": "#C079BA",
    "ASSAULT": "#B2182B",
}
QUAD_COLOURS = {
    "verbal cooperation": "#2166AC",
    "material cooperation": "#3C9E7A",
    "verbal conflict": "#E3A34E",
    "material conflict": "#B2182B",
}
STATUS_STYLES = {
    "occurred": "solid border",
    "planned": "dashed border",
    "cancelled": "struck through, faded",
    "denied": "struck through, faded",
    "hypothetical": "dotted border, faded",
}
DENSE_SHARE = 0.8  # the window holds at least this share of the events
MIN_SPAN_DAYS = 14
VEGA_LITE = "https://vega.github.io/schema/vega-lite/v6.json"  # a name, never fetched


def ink(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (#RRGGBB)."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 140 else "#FFFFFF"


def type_css() -> str:
    """CSS rules that colour the type badges, timeline items and legends (``.t-ASSAULT`` ...)."""
    rules = [
        f".t-{t}, #timeline .vis-item.t-{t} {{ background: {c}; color: {ink(c)}; border-color: {c}; }}" for t, c in TYPE_COLOURS.items()
    ]
    rules += [f".q-{i} {{ background: {c}; color: {ink(c)}; }}" for i, c in enumerate(QUAD_COLOURS.values())]
    return "\n".join(rules)


def dense_span(days: Sequence[tuple[str, int]], share: float = DENSE_SHARE, pad: float = 0.04) -> tuple[str, str] | None:
    """The shortest span of days holding ``share`` of the events ((ISO day, count) in date order), padded on both
    sides by ``pad`` of its length and at least ``MIN_SPAN_DAYS`` long; None without a day."""
    points = [(dt.date.fromisoformat(d), n) for d, n in days if n > 0]
    if not points:
        return None
    total = sum(n for _, n in points)
    need = max(1, int(share * total + 0.999))
    best: tuple[int, dt.date, dt.date] | None = None
    held, lo = 0, 0
    for day, n in points:
        held += n
        while held - points[lo][1] >= need:
            held -= points[lo][1]
            lo += 1
        if held >= need:
            length = (day - points[lo][0]).days
            if best is None or length < best[0]:
                best = (length, points[lo][0], day)
    assert best is not None
    length, start, end = best
    margin = max(int(length * pad), (MIN_SPAN_DAYS - length) // 2 if length < MIN_SPAN_DAYS else 0, 1)
    return _shift(start, -margin).isoformat(), _shift(end, margin + 1).isoformat()


def _shift(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held inside the calendar Python knows (years 1 to 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.min if days < 0 else dt.date.max


def activity_chart(rows: Sequence[tuple[str, str, int]], span: tuple[str, str] | None) -> dict[str, Any]:
    """Events over time, by type: bars by month (by week when the span is under five months), a colour per type
    in quad-class order, integer counts, the time axis over ``span``."""
    weekly = False
    if span is not None:
        weekly = (dt.date.fromisoformat(span[1]) - dt.date.fromisoformat(span[0])).days < 150
    unit = "yearweek" if weekly else "yearmonth"
    values = [{"day": d, "type": t, "events": n} for d, t, n in rows if span is None or span[0] <= d < span[1]]
    x: dict[str, Any] = {"field": "day", "type": "temporal", "timeUnit": unit, "title": "week" if weekly else "month"}
    if span is not None:
        x["scale"] = {"domain": [span[0], span[1]]}
    return {
        "$schema": VEGA_LITE,
        "width": "container",
        "height": 220,
        "data": {"values": values},
        "mark": {"type": "bar", "clip": True},
        "encoding": {
            "x": x,
            "y": {
                "field": "events",
                "type": "quantitative",
                "aggregate": "sum",
                "title": "events",
                "axis": {"tickMinStep": 1, "format": "d"},
            },
            "color": {
                "field": "type",
                "type": "nominal",
                "scale": {"domain": list(TYPE_COLOURS), "range": list(TYPE_COLOURS.values())},
                "legend": {"columns": 2, "symbolType": "square", "title": "type"},
            },
            "order": {"field": "type", "sort": "ascending"},
            "tooltip": [
                {"field": "day", "type": "temporal", "timeUnit": unit, "title": "week of" if weekly else "month"},
                {"field": "type"},
                {"field": "events", "aggregate": "sum", "title": "events"},
            ],
        },
    }


def map_spec(countries: Sequence[tuple[str, str, int]], places: Sequence[dict[str, Any]], world: str) -> dict[str, Any]:
    """Countries shaded by number of events ((ISO numeric, name, count)), places as circles sized by their events,
    on the world TopoJSON at ``world`` (served by this server), fitted to the places (or the whole world)."""
    shade = [{"id": code, "name": name, "country_events": n} for code, name, n in countries]
    points = [{k: p[k] for k in ("name", "country", "lat", "lon", "events")} for p in places]
    projection: dict[str, Any] = {"type": "equalEarth"}
    if places:
        lons = sorted(float(p["lon"]) for p in places)
        lats = sorted(float(p["lat"]) for p in places)
        west, east = _trimmed(lons)
        south, north = _trimmed(lats)
        margin = max(east - west, north - south, 8.0) * 0.25
        corners = [[west - margin, south - margin], [east + margin, north + margin]]
        projection["fit"] = {"type": "Feature", "geometry": {"type": "MultiPoint", "coordinates": corners}, "properties": {}}
    return {
        "$schema": VEGA_LITE,
        "width": "container",
        "height": 520,
        "config": {"legend": {"fillColor": "#ffffff", "padding": 6, "strokeColor": "#d9dee5"}},
        "resolve": {"legend": {"color": "independent", "size": "independent"}, "scale": {"color": "independent"}},
        "projection": projection,
        "layer": [
            {
                "data": {"url": world, "format": {"type": "topojson", "feature": "countries"}},
                "transform": [
                    {"lookup": "id", "from": {"data": {"values": shade}, "key": "id", "fields": ["country_events"]}, "default": 0},
                ],
                "mark": {"type": "geoshape", "stroke": "#ffffff", "strokeWidth": 0.5, "clip": True},
                "encoding": {
                    "color": {
                        "field": "country_events",
                        "type": "quantitative",
                        "scale": {"type": "symlog", "scheme": "greys", "domainMin": 0},
                        "legend": {"title": "events of the country", "orient": "top-left", "format": "d", "gradientLength": 120},
                    },
                    "tooltip": [{"field": "properties.name", "title": "country"}, {"field": "country_events", "title": "events"}],
                },
            },
            {
                "data": {"values": points},
                "mark": {"type": "circle", "stroke": "#1d2733", "strokeWidth": 1, "opacity": 0.85, "cursor": "pointer", "clip": True},
                "encoding": {
                    "longitude": {"field": "lon", "type": "quantitative"},
                    "latitude": {"field": "lat", "type": "quantitative"},
                    "size": {
                        "field": "events",
                        "type": "quantitative",
                        "scale": {"range": [40, 900]},
                        "legend": {"title": "events there", "format": "d"},
                    },
                    "color": {"value": "#E3A34E"},
                    "tooltip": [{"field": "name", "title": "place"}, {"field": "country"}, {"field": "events", "title": "events"}],
                },
            },
        ],
    }


def _trimmed(values: Sequence[float]) -> tuple[float, float]:
    """The range of the middle 90% of sorted values (a far place does not zoom the map out)."""
    n = len(values)
    return values[int(n * 0.05)], values[min(n - 1, int(n * 0.95))]
