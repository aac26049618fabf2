"""Entities across the store: one id for one real person or body, whatever the spelling.

An entity found in a new article is matched against the store before its
event is linked:

1. a user alias ("Bibi" -> Benjamin Netanyahu) wins;
2. the same normalised name is the same entity;
3. a spelling variant or transliteration (Ben-Shabbat / Ben-Shabat,
   Sergei / Sergey, Shoigu / Shoygu) is the same entity when the names are
   close (rapidfuzz ratio >= 88 on the normalised full name, the surnames
   alike) and the countries agree (or one is unknown) — never when they
   conflict: two Lapids of one country with different first names, or one
   surname in two countries, stay two;
4. a bare surname joins the one entity of that surname whose country agrees.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

from rapidfuzz import fuzz

from tidings.gazetteer import norm
from tidings.models import Entity

MIN_RATIO = 88.0
MIN_SURNAME_RATIO = 80.0


def _surname(name: str) -> str:
    words = name.split()
    return words[-1] if words else ""


def _compatible(a_country: str | None, b_country: str | None) -> bool:
    return a_country is None or b_country is None or a_country == b_country


def resolve(db: sqlite3.Connection, e: Entity) -> Entity:
    """The stored entity ``e`` is, or ``e`` itself when it is new."""
    if e.kind == "COUNTRY" or not e.name:
        return e
    name = norm(e.name)
    row = db.execute(
        "SELECT en.key, en.name, en.country, en.sector, en.title FROM aliases a JOIN entities en ON en.key = a.entity_key WHERE a.alias = ?",
        (name,),
    ).fetchone()
    if row is None:
        row = db.execute("SELECT key, name, country, sector, title FROM entities WHERE key = ?", (e.key,)).fetchone()
        if row is not None and not _compatible(row[2], e.country):
            # Same name, another country: another person ("Ahmed Hassan" of Egypt and of Jordan).
            assert e.country is not None
            own = f"{e.key}|{e.country.lower()}"
            found = db.execute("SELECT key, name, country, sector, title FROM entities WHERE key = ?", (own,)).fetchone()
            return replace(e, key=own) if found is None else _merged(e, found)
    if row is None:
        row = _closest(db, e, name)
    if row is None:
        return e
    return _merged(e, row)


def _merged(e: Entity, row: tuple[str, str, str | None, str | None, str | None]) -> Entity:
    key, stored_name, country, sector, title = row
    return replace(
        e,
        key=key,
        name=stored_name,
        country=country or e.country,
        sector=sector or e.sector,
        title=e.title or title,
        aliases=tuple(sorted({*e.aliases, *([e.name] if e.name else [])})),
    )


def _closest(db: sqlite3.Connection, e: Entity, name: str) -> tuple[str, str, str | None, str | None, str | None] | None:
    surname = _surname(name)
    if not surname:
        return None
    best: tuple[float, tuple[str, str, str | None, str | None, str | None]] | None = None
    rows = db.execute("SELECT key, name, country, sector, title, aliases FROM entities WHERE kind = ? AND name IS NOT NULL", (e.kind,))
    for key, stored, country, sector, title, aliases in rows:
        if not _compatible(country, e.country):
            continue
        stored_norm = norm(stored)
        candidates = [stored_norm, *(norm(a) for a in json.loads(aliases))]
        for cand in candidates:
            if len(name.split()) == 1:
                # A bare surname: only the surname of a fuller name, and only one such entity.
                score = 100.0 if cand.split()[-1:] == [name] and len(cand.split()) > 1 else 0.0
            else:
                if fuzz.ratio(_surname(cand), surname) < MIN_SURNAME_RATIO:
                    continue
                score = fuzz.ratio(cand, name)
            if score >= MIN_RATIO and (best is None or score > best[0]):
                best = (score, (key, stored, country, sector, title))
    if best is not None and len(name.split()) == 1:
        # Ambiguous surnames ("Lapid" with two Lapids stored) resolve to nothing.
        same = db.execute("SELECT COUNT(*) FROM entities WHERE kind = ? AND name LIKE ?", (e.kind, f"% {name.title()}")).fetchone()[0]
        if same > 1:
            return None
    return best[1] if best else None
