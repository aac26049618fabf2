"""Entities across the store: one id for one real person or body, whatever the spelling.

An entity found in a new article is matched against the store before its
event is linked:

1. a user alias ("Bibi" -> Benjamin Netanyahu) wins;
2. the same normalised name is the same entity;
3. a spelling variant or transliteration (Ben-Shabbat / Ben-Shabat,
   Sergei / Sergey, Shoigu / Shoygu) is the same entity when the names are
   close (rapidfuzz ratio >= 88 on the normalised full name, the surnames
   alike, or a person's names have one strict ``names.spelling_key``: Abdul
   Karim / Abdelkarim) and the countries agree (or one is unknown) — never when they
   conflict: two Lapids of one country with different first names, or one
   surname in two countries, stay two;
4. a bare surname joins the one entity of that surname whose country agrees.

A bare name joins a group (``groups``: key ``group:...``) by the group's own name only, not by its aliases: they
keep the text's words ("pro-Mubarak protesters" of Mubarak's supporters), and the bare "protesters" of another
sentence or article whose last word they share are another group (the protesters, not Mubarak's supporters).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

from rapidfuzz import fuzz

from tidings.errors import StoreError
from tidings.gazetteer import norm
from tidings.models import Entity, EventMention, entity_id
from tidings.names import spelling_key
from tidings.store import codec
from tidings.store.base import Base
from tidings.store.codec import now

MIN_RATIO = 88.0
MIN_SURNAME_RATIO = 80.0


def _surname(name: str) -> str:
    words = name.split()
    return words[-1] if words else ""


def _group(key: str) -> bool:
    """Whether the key is a group's (``groups``), whose aliases keep the text's words."""
    return key.startswith("group:")


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
    spelling = spelling_key(name, strict=True) if e.kind == "PERSON" else ""
    rows = db.execute("SELECT key, name, country, sector, title, aliases FROM entities WHERE kind = ? AND name IS NOT NULL", (e.kind,))
    for key, stored, country, sector, title, aliases in rows:
        if not _compatible(country, e.country):
            continue
        stored_norm = norm(stored)
        candidates = [stored_norm, *(norm(a) for a in json.loads(aliases))]
        if _group(key) and _group(e.key) and len(name.split()) == 1:
            candidates = [stored_norm]  # a bare "protesters" is not the group of "pro-Mubarak protesters"
        for cand in candidates:
            if len(name.split()) == 1:
                # A bare surname: only the surname of a fuller name, and only one such entity.
                score = 100.0 if cand.split()[-1:] == [name] and len(cand.split()) > 1 else 0.0
            elif spelling and spelling_key(cand, strict=True) == spelling:
                score = 100.0  # one name transliterated two ways: Abdul Karim el-Zawawi, Abdelkarim al-Zawawi
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


def upsert_entity(db: sqlite3.Connection, e: Entity) -> None:
    """Insert an entity, or add its aliases (and what was unknown of it) to the stored one."""
    row = db.execute("SELECT aliases, country, title, sector FROM entities WHERE key = ?", (e.key,)).fetchone()
    if row is None:
        db.execute(
            "INSERT INTO entities (key, id, name, kind, country, sector, title, aliases) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (e.key, entity_id(e.key), e.name, e.kind, e.country, e.sector, e.title, json.dumps(sorted(e.aliases))),
        )
        return
    aliases = sorted(set(json.loads(row[0])) | set(e.aliases))
    db.execute(
        "UPDATE entities SET aliases = ?, country = COALESCE(country, ?), title = COALESCE(title, ?), sector = COALESCE(sector, ?) WHERE key = ?",
        (json.dumps(aliases), e.country, e.title, e.sector, e.key),
    )


def entity_keys(db: sqlite3.Connection, name: str) -> set[str]:
    """Entities a user's name refers to: full name, alias or surname; an ISO3 code is a country."""
    wanted = norm(name)
    out = set()
    for key, ename, aliases in db.execute("SELECT key, name, aliases FROM entities"):
        names = [norm(ename or "")] + [norm(a) for a in json.loads(aliases)]
        if wanted in names or any(n.split()[-1:] == [wanted] for n in names if n):
            out.add(key)
    if len(name) == 3 and name.isupper():
        out.add(f"country:{name}")
    return out


class EntityRows(Base):
    """The store's entities and aliases (a part of ``Store``)."""

    def resolve(self, entity: Entity) -> Entity:
        """The stored entity ``entity`` is (see the module docstring), or itself when it is new."""
        return resolve(self.db, entity)

    def entity_keys(self, name: str) -> set[str]:
        """Entities a user's name refers to: full name, alias or surname; an ISO3 code is a country."""
        return entity_keys(self.db, name)

    # -- entities ---------------------------------------------------------------------
    def entity_rows(self, kind: str | None = None, country: str | None = None, limit: int | None = None) -> list[dict[str, object]]:
        """Entities with how many events they take part in, most active first."""
        sql = [
            "SELECT en.key, en.id, en.name, en.kind, en.country, en.sector, en.title, en.aliases,"
            " (SELECT COUNT(*) FROM event_participants p WHERE p.entity_key = en.key) AS n"
            " FROM entities en WHERE 1 = 1"
        ]
        params: list[object] = []
        if kind:
            sql.append("AND en.kind = ?")
            params.append(kind.upper())
        if country:
            sql.append("AND en.country = ?")
            params.append(country.upper())
        sql.append("ORDER BY n DESC, en.name")
        if limit:
            sql.append("LIMIT ?")
            params.append(limit)
        rows = self.db.execute(" ".join(sql), params)
        keys = ("key", "id", "name", "kind", "country", "sector", "title", "aliases", "events")
        out = []
        for row in rows:
            d = dict(zip(keys, row, strict=True))
            d["aliases"] = json.loads(str(d["aliases"]))
            out.append(d)
        return out

    def entity_by_id(self, entity_id: str) -> dict[str, object] | None:
        row = self.db.execute(
            "SELECT key, id, name, kind, country, sector, title, aliases FROM entities WHERE id = ?", (entity_id,)
        ).fetchone()
        if row is None:
            return None
        d = dict(zip(("key", "id", "name", "kind", "country", "sector", "title", "aliases"), row, strict=True))
        d["aliases"] = json.loads(str(d["aliases"]))
        d["user_aliases"] = [r[0] for r in self.db.execute("SELECT alias FROM aliases WHERE entity_key = ? ORDER BY alias", (row[0],))]
        return d

    def partners(self, entity_key: str, limit: int = 25) -> list[tuple[dict[str, object], int]]:
        """The entities that take part in most events with this one (countries of named people left out)."""
        rows = self.db.execute(
            "SELECT en.key, en.id, en.name, en.kind, en.country, COUNT(DISTINCT me.event_id) AS n"
            " FROM event_participants me JOIN event_participants other ON other.event_id = me.event_id"
            " JOIN entities en ON en.key = other.entity_key"
            " WHERE me.entity_key = ? AND other.entity_key != me.entity_key AND other.role != 'country'"
            " GROUP BY en.key ORDER BY n DESC, en.name LIMIT ?",
            (entity_key, limit),
        )
        keys = ("key", "id", "name", "kind", "country")
        return [(dict(zip(keys, r[:5], strict=True)), int(r[5])) for r in rows]

    def ties(self, entity_key: str) -> list[tuple[dict[str, object], str, bool, int]]:
        """(partner, event type, on the same side, number of events) for every entity that takes part in events with
        this one (countries of named people left out); "same side": both actors or both recipients."""
        rows = self.db.execute(
            "SELECT en.key, en.id, en.name, en.kind, en.country, e.type, me.role = other.role, COUNT(DISTINCT e.id)"
            " FROM event_participants me JOIN event_participants other ON other.event_id = me.event_id"
            " JOIN events e ON e.id = me.event_id JOIN entities en ON en.key = other.entity_key"
            " WHERE me.entity_key = ? AND other.entity_key != me.entity_key AND other.role != 'country'"
            " GROUP BY en.key, e.type, me.role = other.role ORDER BY en.key, e.type",
            (entity_key,),
        )
        keys = ("key", "id", "name", "kind", "country")
        return [(dict(zip(keys, r[:5], strict=True)), str(r[5]), bool(r[6]), int(r[7])) for r in rows]

    def activity(self, entity_key: str) -> list[tuple[str, str, int]]:
        """(first day, type, number of events) of one entity's dated events, in date order."""
        rows = self.db.execute(
            "SELECT e.date_start, e.type, COUNT(*) FROM events e"
            " WHERE e.date_start IS NOT NULL AND e.id IN (SELECT event_id FROM event_participants WHERE entity_key = ?)"
            " GROUP BY 1, 2 ORDER BY 1, 2",
            (entity_key,),
        )
        return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]

    def add_alias(self, alias: str, entity_key: str, source: str) -> None:
        self.db.execute(
            "INSERT INTO aliases (alias, entity_key, source, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(alias) DO UPDATE SET entity_key = excluded.entity_key, source = excluded.source",
            (norm(alias), entity_key, source, now()),
        )

    def rewrite_entity(self, keep: str, drop: str) -> dict[str, tuple[EventMention, ...]]:
        """Make ``drop`` one with ``keep`` in every mention; return the changed events with their mentions.

        The dropped names become aliases of ``keep`` (the next ingest resolves
        them to it) and ``drop`` is deleted. The caller re-aggregates the
        events (``link.merge_entities``) inside its transaction.
        """
        kept = self.db.execute("SELECT key, name, kind, country, sector, title, aliases FROM entities WHERE key = ?", (keep,)).fetchone()
        gone = self.db.execute("SELECT name, aliases FROM entities WHERE key = ?", (drop,)).fetchone()
        if kept is None or gone is None:
            raise StoreError(f"no entity {keep if kept is None else drop!r} in the store")
        target = Entity(
            kept[0],
            kept[1],
            kept[2],
            kept[3],
            kept[4],
            kept[5],
            tuple(sorted({*json.loads(kept[6]), *json.loads(gone[1]), gone[0] or ""} - {""})),
        )
        changed: set[str] = set()
        rows = self.db.execute(
            "SELECT m.id, m.event_id, m.record FROM mentions m JOIN event_participants p ON p.event_id = m.event_id WHERE p.entity_key = ?",
            (drop,),
        ).fetchall()
        for mention_id, event_id, record in rows:
            mention = codec.mention_from_json(record)
            mention = replace(
                mention,
                actors=tuple(target if e.key == drop else e for e in mention.actors),
                recipients=tuple(target if e.key == drop else e for e in mention.recipients),
            )
            self.db.execute("UPDATE mentions SET record = ? WHERE id = ?", (codec.mention_to_json(mention), mention_id))
            changed.add(event_id)
        for name in [gone[0], *json.loads(gone[1])]:
            if name:
                self.add_alias(name, keep, "merge")
        self.db.execute("UPDATE aliases SET entity_key = ? WHERE entity_key = ?", (keep, drop))
        self.db.execute("DELETE FROM entities WHERE key = ?", (drop,))
        self.db.execute("UPDATE entities SET aliases = ? WHERE key = ?", (json.dumps(list(target.aliases)), keep))
        out = {}
        for event_id in sorted(changed):
            recs = self.db.execute("SELECT record FROM mentions WHERE event_id = ? ORDER BY id", (event_id,))
            out[event_id] = tuple(codec.mention_from_json(r[0]) for r in recs)
        return out

    def import_aliases(self, rows: list[tuple[str, str, str | None]]) -> int:
        """(alias, canonical name, country) rows: each alias resolves to that entity on the next ingest."""
        added = 0
        with self.transaction():
            for alias, canonical, country in rows:
                key = norm(canonical)
                if country:
                    found = self.db.execute(
                        "SELECT key FROM entities WHERE key IN (?, ?) AND (country = ? OR country IS NULL)",
                        (key, f"{key}|{country.lower()}", country),
                    ).fetchone()
                else:
                    found = self.db.execute("SELECT key FROM entities WHERE key = ?", (key,)).fetchone()
                if found is None:
                    self.db.execute(
                        "INSERT INTO entities (key, id, name, kind, country, sector, title, aliases) VALUES (?, ?, ?, 'PERSON', ?, NULL, NULL, ?)",
                        (key, entity_id(key), canonical, country, json.dumps([alias])),
                    )
                else:
                    key = found[0]
                self.add_alias(alias, key, "alias-file")
                self.add_alias(canonical, key, "alias-file")
                added += 1
        return added
