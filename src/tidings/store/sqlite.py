"""The embedded event store: one SQLite file in WAL mode.

All SQL of tidings lives in this package. Values always go through
parameters, never into the SQL text. Writers hold one transaction per batch
(``BEGIN IMMEDIATE`` … ``COMMIT``), so a killed ingest leaves the store as it
was after the last whole batch, and readers (``events``, a web page) see a
consistent store while an ingest runs.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from tidings import link, temporal
from tidings.errors import StoreError
from tidings.gazetteer import norm
from tidings.models import Article, DatedSentence, Entity, Event, EventMention, Rejection, Span, entity_id
from tidings.store import codec, entities
from tidings.store.migrations import MIGRATIONS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EventFilter:
    """Filters shared by ``events``, ``timeline`` and ``export``."""

    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    type: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    min_confidence: float = 0.0
    limit: int | None = None
    offset: int = 0
    query: str | None = None  # words to find in the evidence sentences or the articles' titles (FTS5)
    entity: str | None = None  # one entity's key, exactly
    article: str | None = None  # events one article reports
    most_reported: bool = False  # order by number of sources (then date) instead of date


@dataclass(frozen=True)
class StoredArticle:
    id: str
    doc_id: str | None
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    published_source: str | None
    text: str
    raw: str


@dataclass(frozen=True)
class StoredSentence:
    article_id: str
    index: int
    published: str | None
    text: str
    days: tuple[str, ...]


def fts_query(text: str) -> str | None:
    """A user's words as an FTS5 query: each word a quoted term, all required (no FTS5 syntax gets through)."""
    words = re.findall(r"\w+", text)
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words[:20]) or None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """A tidings store. ``Store(":memory:")`` gives a fresh in-memory one."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        try:
            if readonly:
                if not Path(self.path).exists():
                    raise StoreError(f"no store at {self.path}: run 'tidings ingest' first, or pass --db")
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA busy_timeout = 10000")
            self.db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                if self.path != ":memory:":
                    self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self.migrate()
            elif self.version() < len(MIGRATIONS):
                raise StoreError(f"the store at {self.path} is from an older tidings: open it once with 'tidings ingest' to upgrade it")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc

    def close(self) -> None:
        self.db.close()

    # -- schema ---------------------------------------------------------------
    def version(self) -> int:
        try:
            row = self.db.execute("SELECT MAX(version) FROM migrations").fetchone()
        except sqlite3.OperationalError:
            return 0
        return int(row[0] or 0)

    def migrate(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        current = self.version()
        for version, name, sql in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                for statement in (s for s in sql.split(";") if s.strip()):
                    self.db.execute(statement)
                self.db.execute("INSERT INTO migrations VALUES (?, ?, ?)", (version, name, _now()))
            log.info("store migrated to version %d (%s)", version, name)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    # -- articles and rejections ------------------------------------------------
    def known_articles(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        return {r[0] for r in self.db.execute(f"SELECT id FROM articles WHERE id IN ({marks})", tuple(ids))}  # noqa: S608 (only placeholders)

    def add_article(self, a: Article) -> None:
        offsets = json.dumps([[s.start, s.end, s.raw_start, s.raw_end] for s in a.offsets])
        self.db.execute(
            "INSERT INTO articles (id, doc_id, source, url, outlet, title, published, published_source,"
            " published_confidence, language, raw, text, offsets, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a.id, a.doc_id, a.source, a.url, a.outlet, a.title,
                a.published.isoformat() if a.published else None,
                a.published_source, a.published_confidence, a.language, a.raw, a.text, offsets, _now(),
            ),
        )  # fmt: skip
        if a.title:
            self.db.execute("INSERT INTO search (kind, ref, text) VALUES ('article', ?, ?)", (a.id, a.title))

    def add_sentences(self, article_id: str, sentences: Sequence[DatedSentence]) -> None:
        self.db.executemany(
            "INSERT INTO sentences (article_id, idx, start, end) VALUES (?, ?, ?, ?)",
            [(article_id, s.index, s.start, s.end) for s in sentences],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO sentence_days (article_id, idx, day) VALUES (?, ?, ?)",
            [(article_id, s.index, day) for s in sentences for day in s.days],
        )

    def sentences(self, start: str | None = None, end: str | None = None) -> list[StoredSentence]:
        """The sentences of the articles published from ``start`` to ``end`` (ISO days, inclusive), with their days."""
        sql = (
            "SELECT s.article_id, s.idx, a.published, substr(a.text, s.start + 1, s.end - s.start),"
            " (SELECT group_concat(d.day) FROM sentence_days d WHERE d.article_id = s.article_id AND d.idx = s.idx)"
            " FROM sentences s JOIN articles a ON a.id = s.article_id"
            " WHERE (? IS NULL OR a.published >= ?) AND (? IS NULL OR a.published <= ?)"
            " ORDER BY a.published, s.article_id, s.idx"
        )
        params = (start, start, end, end)
        rows = self.db.execute(sql, params)
        return [StoredSentence(r[0], r[1], r[2], r[3], tuple((r[4] or "").split(",")) if r[4] else ()) for r in rows]

    def add_rejection(self, r: Rejection) -> bool:
        cur = self.db.execute(
            "INSERT OR IGNORE INTO rejected (digest, source, reason, detail, rejected_at) VALUES (?, ?, ?, ?, ?)",
            (r.digest, r.source, r.reason, r.detail, _now()),
        )
        return cur.rowcount > 0

    def rejections(self) -> list[Rejection]:
        rows = self.db.execute("SELECT source, reason, detail, digest FROM rejected ORDER BY rejected_at, source")
        return [Rejection(source=r[0], reason=r[1], detail=r[2], digest=r[3]) for r in rows]

    def articles(self) -> list[StoredArticle]:
        rows = self.db.execute(
            "SELECT id, doc_id, source, url, outlet, title, published, published_source, text, raw FROM articles ORDER BY published, id"
        )
        return [StoredArticle(*r) for r in rows]

    def article_offsets(self, article_id: str) -> tuple[Span, ...]:
        row = self.db.execute("SELECT offsets FROM articles WHERE id = ?", (article_id,)).fetchone()
        return tuple(Span(*s) for s in json.loads(row[0])) if row else ()

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "rejected", "events", "mentions", "entities"):
            out[table] = int(self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])  # noqa: S608 (fixed names)
        return out

    # -- linking ------------------------------------------------------------------
    def candidates(self, mention: EventMention) -> list[link.Candidate]:
        """Events that share a participant (or, for country-level mentions, a country) with ``mention``."""
        keys = [e.key for e in mention.participants]
        keys += [f"country:{e.country}" for e in mention.participants if e.country]
        keys = sorted(set(keys))
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(
            f"SELECT DISTINCT e.id FROM events e JOIN event_participants p ON p.event_id = e.id"  # noqa: S608 (only placeholders)
            f" WHERE p.entity_key IN ({marks}) AND e.type = ? AND e.status = ?",
            (*keys, mention.type, mention.status),
        ).fetchall()
        out = []
        for (event_id,) in rows:
            mentions = tuple(
                codec.mention_from_json(r[0])
                for r in self.db.execute("SELECT record FROM mentions WHERE event_id = ? ORDER BY id", (event_id,))
            )
            if mentions:
                out.append(link.Candidate(event_id, mentions))
        return out

    def resolve_entities(self, mention: EventMention) -> EventMention:
        """The mention with its participants resolved to the store's entities (see ``entities``)."""
        actors = tuple(entities.resolve(self.db, e) for e in mention.actors)
        recipients = tuple(entities.resolve(self.db, e) for e in mention.recipients)
        if actors == mention.actors and recipients == mention.recipients:
            return mention
        return replace(mention, actors=actors, recipients=recipients)

    def link_mention(self, mention: EventMention) -> tuple[str, bool]:
        """Attach a mention to its event (or create one); return (event id, created)."""
        mention = self.resolve_entities(mention)
        match = link.best_match(mention, self.candidates(mention))
        if match is None:
            event_id = link.event_id(mention)
            mentions: tuple[EventMention, ...] = (mention,)
            created = True
        else:
            event_id = match.id
            mentions = (*match.mentions, mention)
            created = False
        self._write_event(link.aggregate(event_id, mentions), created)
        self.db.execute(
            'INSERT OR IGNORE INTO mentions (event_id, article_id, start, "end", record) VALUES (?, ?, ?, ?, ?)',
            (event_id, mention.source.article_id, mention.source.start, mention.source.end, codec.mention_to_json(mention)),
        )
        self._link_plans(event_id, (*(match.mentions if match else ()), mention))
        return event_id, created

    def _link_plans(self, event_id: str, mentions: tuple[EventMention, ...]) -> None:
        """Link an announced event and the event it led to, whichever arrives first."""
        first = mentions[0]
        other = "planned" if first.status == "occurred" else "occurred" if first.status == "planned" else None
        if other is None:
            return
        everyone = tuple({e.key: e for m in mentions for e in m.participants}.values())
        probe = replace(first, status=other, actors=everyone, recipients=())  # type: ignore[arg-type]
        for candidate in self.candidates(probe):
            occurred, planned = (mentions, candidate.mentions) if other == "planned" else (candidate.mentions, mentions)
            if link.fulfils(occurred, planned):
                pair = (candidate.id, event_id) if other == "planned" else (event_id, candidate.id)
                self.db.execute("INSERT OR IGNORE INTO event_links (planned_id, occurred_id) VALUES (?, ?)", pair)

    def links(self, event_ids: Sequence[str]) -> dict[str, list[str]]:
        """For each event, the events it is linked to (planned -> occurred, and back)."""
        out: dict[str, list[str]] = {}
        for planned, occurred in self.db.execute("SELECT planned_id, occurred_id FROM event_links ORDER BY planned_id, occurred_id"):
            out.setdefault(planned, []).append(occurred)
            out.setdefault(occurred, []).append(planned)
        wanted = set(event_ids)
        return {k: v for k, v in out.items() if k in wanted}

    def _write_event(self, event: Event, created: bool) -> None:
        point = temporal.point_from_value(event.date)
        outlets = {s.outlet or s.article_id for s in event.sources}
        values = (
            event.type, event.mode, event.status, event.date, event.date_precision,
            point.start.isoformat() if point else None, point.end.isoformat() if point else None,
            codec.event_to_json(event), len(event.sources), len(outlets), event.confidence,
            event.first_published, _now(), event.id,
        )  # fmt: skip
        if created:
            self.db.execute(
                "INSERT INTO events (type, mode, status, date, date_precision, date_start, date_end, record,"
                " n_sources, n_outlets, confidence, first_published, updated_at, id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
        else:
            self.db.execute(
                "UPDATE events SET type = ?, mode = ?, status = ?, date = ?, date_precision = ?, date_start = ?,"
                " date_end = ?, record = ?, n_sources = ?, n_outlets = ?, confidence = ?, first_published = ?,"
                " updated_at = ? WHERE id = ?",
                values,
            )
            self.db.execute("DELETE FROM event_participants WHERE event_id = ?", (event.id,))
        self.db.execute("DELETE FROM search WHERE kind = 'event' AND ref = ?", (event.id,))
        self.db.executemany("INSERT INTO search (kind, ref, text) VALUES ('event', ?, ?)", [(event.id, s.sentence) for s in event.sources])
        for role, members in (("actor", event.actors), ("recipient", event.recipients)):
            for e in members:
                self.db.execute("INSERT OR IGNORE INTO event_participants VALUES (?, ?, ?)", (event.id, e.key, role))
                if e.country and e.kind != "COUNTRY":
                    self.db.execute(
                        "INSERT OR IGNORE INTO event_participants VALUES (?, ?, ?)", (event.id, f"country:{e.country}", "country")
                    )
                self._upsert_entity(e)

    def _upsert_entity(self, e: Entity) -> None:
        row = self.db.execute("SELECT aliases, country, title, sector FROM entities WHERE key = ?", (e.key,)).fetchone()
        if row is None:
            self.db.execute(
                "INSERT INTO entities (key, id, name, kind, country, sector, title, aliases) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (e.key, entity_id(e.key), e.name, e.kind, e.country, e.sector, e.title, json.dumps(sorted(e.aliases))),
            )
            return
        aliases = sorted(set(json.loads(row[0])) | set(e.aliases))
        self.db.execute(
            "UPDATE entities SET aliases = ?, country = COALESCE(country, ?), title = COALESCE(title, ?), sector = COALESCE(sector, ?) WHERE key = ?",
            (json.dumps(aliases), e.country, e.title, e.sector, e.key),
        )

    # -- reading events -------------------------------------------------------------
    def entity_keys(self, name: str) -> set[str]:
        """Entities a user's name refers to: full name, alias or surname; an ISO3 code is a country."""
        wanted = norm(name)
        out = set()
        for key, ename, aliases in self.db.execute("SELECT key, name, aliases FROM entities"):
            names = [norm(ename or "")] + [norm(a) for a in json.loads(aliases)]
            if wanted in names or any(n.split()[-1:] == [wanted] for n in names if n):
                out.add(key)
        if len(name) == 3 and name.isupper():
            out.add(f"country:{name}")
        return out

    def _event_where(self, flt: EventFilter) -> tuple[str, list[object]] | None:
        """The WHERE clause (only placeholders) and parameters of a filter; None when nothing can match."""
        sql = ["e.confidence >= ?"]
        params: list[object] = [flt.min_confidence]
        if flt.type:
            sql.append("e.type = ?")
            params.append(flt.type.upper())
        if flt.status:
            sql.append("e.status = ?")
            params.append(flt.status)
        if flt.since:
            sql.append("e.date_end >= ?")
            params.append(flt.since)
        if flt.until:
            sql.append("e.date_start <= ?")
            params.append(flt.until)
        for name in flt.actors:
            keys = sorted(self.entity_keys(name))
            if not keys:
                return None
            marks = ",".join("?" * len(keys))
            sql.append(f"e.id IN (SELECT event_id FROM event_participants WHERE entity_key IN ({marks}))")  # noqa: S608 (only placeholders)
            params.extend(keys)
        for key in [f"country:{code.upper()}" for code in flt.countries] + ([flt.entity] if flt.entity else []):
            sql.append("e.id IN (SELECT event_id FROM event_participants WHERE entity_key = ?)")
            params.append(key)
        if flt.article:
            sql.append("e.id IN (SELECT event_id FROM mentions WHERE article_id = ?)")
            params.append(flt.article)
        if flt.query:
            match = fts_query(flt.query)
            if match is None:
                return None
            sql.append(
                "(e.id IN (SELECT ref FROM search WHERE search MATCH ? AND kind = 'event')"
                " OR EXISTS (SELECT 1 FROM search s, json_each(e.record, '$.sources') j"
                " WHERE search MATCH ? AND s.kind = 'article' AND s.ref = json_extract(j.value, '$.article_id')))"
            )
            params.extend([match, match])
        return " AND ".join(sql), params

    def events(self, flt: EventFilter = EventFilter()) -> list[Event]:
        where = self._event_where(flt)
        if where is None:
            return []
        order = "e.n_sources DESC, e.date_start, e.id" if flt.most_reported else "e.date_start IS NULL, e.date_start, e.id"
        sql = f"SELECT record FROM events e WHERE {where[0]} ORDER BY {order}"  # noqa: S608 (placeholders and fixed orders)
        params = list(where[1])
        if flt.limit or flt.offset:
            sql += " LIMIT ? OFFSET ?"
            params += [flt.limit or -1, flt.offset]
        return self._with_links([codec.event_from_json(r[0]) for r in self.db.execute(sql, params)])

    def _with_links(self, found: list[Event]) -> list[Event]:
        """The events with their ``linked_to`` (plans and what they led to) filled in."""
        links = self.links([e.id for e in found])
        return [replace(e, linked_to=tuple(links[e.id])) if e.id in links else e for e in found]

    def count_events(self, flt: EventFilter = EventFilter()) -> int:
        where = self._event_where(flt)
        if where is None:
            return 0
        return int(self.db.execute(f"SELECT COUNT(*) FROM events e WHERE {where[0]}", where[1]).fetchone()[0])  # noqa: S608 (placeholders)

    def event(self, event_id: str) -> Event | None:
        row = self.db.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
        return self._with_links([codec.event_from_json(row[0])])[0] if row else None

    def article(self, article_id: str) -> StoredArticle | None:
        row = self.db.execute(
            "SELECT id, doc_id, source, url, outlet, title, published, published_source, text, raw FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        return StoredArticle(*row) if row else None

    def article_rows(self, limit: int = 50, offset: int = 0) -> list[StoredArticle]:
        rows = self.db.execute(
            "SELECT id, doc_id, source, url, outlet, title, published, published_source, '', '' FROM articles"
            " ORDER BY published DESC, id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [StoredArticle(*r) for r in rows]

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

    def activity(self, entity_key: str) -> list[tuple[str, str, int]]:
        """(month, type, number of events) of one entity's dated events."""
        rows = self.db.execute(
            "SELECT substr(e.date_start, 1, 7), e.type, COUNT(*) FROM events e"
            " WHERE e.date_start IS NOT NULL AND e.id IN (SELECT event_id FROM event_participants WHERE entity_key = ?)"
            " GROUP BY 1, 2 ORDER BY 1, 2",
            (entity_key,),
        )
        return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]

    def add_alias(self, alias: str, entity_key: str, source: str) -> None:
        self.db.execute(
            "INSERT INTO aliases (alias, entity_key, source, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(alias) DO UPDATE SET entity_key = excluded.entity_key, source = excluded.source",
            (norm(alias), entity_key, source, _now()),
        )

    def merge_entities(self, keep: str, drop: str) -> int:
        """Make ``drop`` one with ``keep`` everywhere; return how many events changed.

        Mentions are rewritten, events re-aggregated, and the dropped names
        become aliases so that the next ingest resolves them to ``keep``.
        """
        if keep == drop:
            return 0
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
        with self.transaction():
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
            for event_id in changed:
                mentions = [
                    codec.mention_from_json(r[0])
                    for r in self.db.execute("SELECT record FROM mentions WHERE event_id = ? ORDER BY id", (event_id,))
                ]
                self._write_event(link.aggregate(event_id, mentions), created=False)
            for name in [gone[0], *json.loads(gone[1])]:
                if name:
                    self.add_alias(name, keep, "merge")
            self.db.execute("UPDATE aliases SET entity_key = ? WHERE entity_key = ?", (keep, drop))
            self.db.execute("DELETE FROM entities WHERE key = ?", (drop,))
            self.db.execute("UPDATE entities SET aliases = ? WHERE key = ?", (json.dumps(list(target.aliases)), keep))
        return len(changed)

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
