"""The field's codes for tidings' events: CAMEO event and actor codes, Goldstein scores, PLOVER modes and scores.

Every table is a data file in ``tidings/data`` that names its sources and licence in its header:
``cameo.tsv`` (CAMEO codes, Goldstein scores, the CAMEO -> PLOVER crosswalk), ``plover_cameo.tsv`` (tidings'
types and modes -> CAMEO), ``plover_modes.tsv`` (tidings' modes in PLOVER's words, quad categories, PLOVER
scores), ``actor_codes.tsv`` (sectors and bodies -> CAMEO, PLOVER, ICEWS, ACLED codes).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tidings.export.common import CODED_STATUSES
from tidings.lexicon import data_rows
from tidings.models import Entity, Event

QUAD_CLASSES = {"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}


def _value(text: str) -> str:
    return "" if text == "-" else text


@dataclass(frozen=True)
class CameoCode:
    code: str
    goldstein: float | None
    plover_type: str
    plover_mode: str
    plover_context: str
    description: str


@dataclass(frozen=True)
class PloverCoding:
    """An event in PLOVER's terms, as POLECAT publishes it."""

    type: str
    mode: str
    contexts: tuple[str, ...]
    quad: str
    score: float


@dataclass(frozen=True)
class Sector:
    cameo: str
    plover: str
    icews: str
    acled_inter: int | None


@dataclass(frozen=True)
class ActorCode:
    """A CAMEO actor code and its parts, as GDELT splits them (``ISRGOV``: country ISR, type GOV)."""

    code: str
    country: str
    known_group: str
    type: str


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    out = {}
    for row in data_rows("cameo.tsv"):
        code, gold, ptype, pmode, pcontext, desc = (row + [""] * 6)[:6]
        out[code] = CameoCode(code, None if gold == "-" else float(gold), _value(ptype), _value(pmode), _value(pcontext), _value(desc))
    return out


@lru_cache(maxsize=1)
def _plover_cameo() -> dict[tuple[str, str, str, str], str]:
    return {(row[0], row[1], row[2], row[3]): row[4] for row in data_rows("plover_cameo.tsv")}


@lru_cache(maxsize=1)
def _plover_modes() -> dict[tuple[str, str], tuple[str, str, str, float]]:
    return {(row[0], row[1]): (_value(row[2]), _value(row[3]), row[4], float(row[5])) for row in data_rows("plover_modes.tsv")}


def cameo_code(e: Event, first: str = "actor") -> str | None:
    """The CAMEO event code of ``e``, with tidings' ``first`` role ("actor" or "recipient") as CAMEO's first actor.

    None for an event CAMEO cannot record (cancelled, denied, hypothetical).
    """
    if e.status not in CODED_STATUSES:
        return None
    table = _plover_cameo()
    for mode in dict.fromkeys((e.mode or "-", "-")):
        for status in (e.status, "*"):
            code = table.get((e.type, mode, status, first))
            if code:
                return code
    return cameo_code(e, "actor") if first != "actor" else None


def goldstein(code: str) -> float | None:
    found = cameo_codes().get(code)
    return found.goldstein if found else None


def description(code: str) -> str:
    found = cameo_codes().get(code)
    return found.description if found else ""


def quad_class(code: str) -> int:
    """CAMEO's quad class from the root code: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
    3 verbal conflict (09-13), 4 material conflict (14-20)."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def plover_coding(e: Event) -> PloverCoding:
    """``e`` as PLOVER codes it: a planned event is the intent CAMEO codes it as (a planned meeting is AGREE,
    a planned attack THREATEN: the crosswalk's type of its 03x or 13x code); modes in PLOVER's words."""
    modes = _plover_modes()
    event_type, mode = e.type, e.mode or "-"
    if e.status == "planned":
        code = cameo_code(e)
        crosswalk = cameo_codes().get(code or "")
        if code and code[:2] in ("03", "13") and crosswalk and crosswalk.plover_type:
            event_type, mode = crosswalk.plover_type, "-"
    plover_mode, context, quad, score = modes.get((event_type, mode)) or modes[(event_type, "-")]
    contexts = tuple(dict.fromkeys([*e.contexts, *([context] if context else [])]))
    return PloverCoding(event_type, plover_mode, contexts, quad, score)


def quad_of_type(event_type: str) -> int:
    """PLOVER's quad category of a type, as CAMEO's quad class number."""
    return QUAD_CLASSES[_plover_modes()[(event_type, "-")][2]]


@lru_cache(maxsize=1)
def _actor_rows() -> tuple[dict[str, Sector], dict[str, ActorCode], dict[str, str]]:
    sectors: dict[str, Sector] = {}
    bodies: dict[str, ActorCode] = {}
    countries: dict[str, str] = {}
    for row in data_rows("actor_codes.tsv"):
        if row[0] == "sector":
            inter = _value(row[5])
            sectors[row[1]] = Sector(_value(row[2]), _value(row[3]), _value(row[4]), int(inter) if inter else None)
        elif row[0] == "body":
            bodies[row[1]] = ActorCode(row[2], _value(row[3]), _value(row[4]), _value(row[5]))
        elif row[0] == "country":
            countries[row[1]] = row[2]
    return sectors, bodies, countries


def sector(code: str | None) -> Sector | None:
    return _actor_rows()[0].get(code or "")


def cameo_country(iso3: str | None) -> str:
    if not iso3:
        return ""
    return _actor_rows()[2].get(iso3, iso3)


def actor_code(e: Entity | None) -> ActorCode:
    """The CAMEO actor code of an entity: its body's own code (IGOUNO, PSEREBHMS), else country + sector (ISRGOV)."""
    if e is None:
        return ActorCode("", "", "", "")
    body = _actor_rows()[1].get(e.name or "")
    if body is not None:
        return body
    country = cameo_country(e.country)
    found = sector(e.sector)
    kind = found.cameo if found else ""
    return ActorCode(country + kind, country, "", kind)
