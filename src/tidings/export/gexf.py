"""GEXF 1.2 (Gephi's format): the actor network. Nodes are entities, edges are events.

A node per entity (label, kind, country, sector, title); a directed edge per event from each actor to each
recipient (for a meeting of equals with no recipient, from each actor to the actors after it), with the event's
id, type, mode, status, date, CAMEO code, quad class (1-4, CAMEO's numbering of PLOVER's quad categories),
Goldstein score, number of reports, and weight 1: Gephi sums the weights of parallel edges, so a pair's weight
is the number of events between them. The graph is dynamic: an edge lasts from the first to the last day of its
event's date, so Gephi's timeline can play it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator

from tidings import __version__
from tidings.export import codes
from tidings.export.common import cell, entity_name, event_period
from tidings.models import Entity, Event, entity_id

NS = "http://www.gexf.net/1.2draft"
NODE_ATTRIBUTES = (("kind", "string"), ("country", "string"), ("sector", "string"), ("title", "string"))
EDGE_ATTRIBUTES = (
    ("event", "string"), ("type", "string"), ("mode", "string"), ("status", "string"), ("date", "string"),
    ("cameo", "string"), ("quad_class", "integer"), ("goldstein", "double"), ("n_sources", "integer"),
)  # fmt: skip


def _pairs(e: Event) -> list[tuple[Entity, Entity]]:
    if e.recipients:
        return [(a, r) for a in e.actors for r in e.recipients if a.key != r.key]
    return [(a, b) for i, a in enumerate(e.actors) for b in e.actors[i + 1 :] if a.key != b.key]


def _attvalues(parent: ET.Element, values: dict[str, object]) -> None:
    box = ET.SubElement(parent, "attvalues")
    for name, value in values.items():
        if value is None or value == "":
            continue
        ET.SubElement(box, "attvalue", {"for": name, "value": str(value)})


def _declare(graph: ET.Element, cls: str, attributes: tuple[tuple[str, str], ...]) -> None:
    box = ET.SubElement(graph, "attributes", {"class": cls})
    for name, kind in attributes:
        ET.SubElement(box, "attribute", {"id": name, "title": name, "type": kind})


def document(found: Iterable[Event]) -> Iterator[str]:
    root = ET.Element("gexf", {"xmlns": NS, "version": "1.2"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = f"tidings {__version__}"
    ET.SubElement(meta, "description").text = "Actor network: nodes are entities, edges are events"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "dynamic", "timeformat": "date"})
    _declare(graph, "node", NODE_ATTRIBUTES)
    _declare(graph, "edge", EDGE_ATTRIBUTES)
    nodes_el = ET.SubElement(graph, "nodes")
    edges_el = ET.SubElement(graph, "edges")
    seen: set[str] = set()
    for e in found:
        pairs = _pairs(e)
        for entity in e.actors + e.recipients:
            node_id = entity_id(entity.key)
            if node_id in seen:
                continue
            seen.add(node_id)
            node = ET.SubElement(nodes_el, "node", {"id": node_id, "label": cell(entity_name(entity)) or node_id})
            _attvalues(node, {"kind": entity.kind, "country": entity.country, "sector": entity.sector, "title": cell(entity.title)})
        code = codes.cameo_code(e)
        period = event_period(e)
        for n, (a, b) in enumerate(pairs):
            spec = {"id": f"{e.id}:{n}", "source": entity_id(a.key), "target": entity_id(b.key), "weight": "1.0"}
            if period:
                spec |= {"start": period[0].isoformat(), "end": period[1].isoformat()}
            edge = ET.SubElement(edges_el, "edge", spec)
            _attvalues(
                edge,
                {
                    "event": e.id,
                    "type": e.type,
                    "mode": e.mode,
                    "status": e.status,
                    "date": e.date,
                    "cameo": code,
                    "quad_class": codes.quad_of_type(e.type),
                    "goldstein": codes.goldstein(code) if code else None,
                    "n_sources": len(e.sources),
                },
            )
    ET.indent(root)
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield ET.tostring(root, encoding="unicode") + "\n"
