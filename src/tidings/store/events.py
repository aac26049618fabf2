"""Events: writing what linking decides, and reading them back through filters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from tidings import temporal
from tidings.models import Candidate, Event, EventMention
from tidings.store import codec
from tidings.store.base import Base
from tidings.store.codec import now
from tidings.store.entities import entity_keys, upsert_entity
from tidings.store.fts import MARK_END, MARK_START, fts_query

TITLE_ONLY = 1000.0  # added to the bm25 score (negative, lower is better) of a match by the article's title alone


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
    place: str | None = None  # events at a place (its name, any case)
    most_reported: bool = False  # order by number of sources (then date) instead of date
    relevance: bool = False  # with a query: order by how well the words match (FTS5 bm25), then date


class EventRows(Base):
    """The store's events, mentions and plan links (a part of ``Store``; the ``Repository`` of ``link``)."""

    # -- linking (the ``link.Repository`` protocol) ------------------------------
    def candidates(self, mention: EventMention) -> list[Candidate]:
        """Events of the mention's type and status that share a participant (or, for country-level
        mentions, a country) with it."""
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
            mentions = self.mentions_of(event_id)
            if mentions:
                out.append(Candidate(event_id, mentions))
        return out

    def mentions_of(self, event_id: str) -> tuple[EventMention, ...]:
        """An event's mentions, in the order they were linked."""
        rows = self.db.execute("SELECT record FROM mentions WHERE event_id = ? ORDER BY id", (event_id,))
        return tuple(codec.mention_from_json(r[0]) for r in rows)

    def has_event(self, event_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is not None

    def add_mention(self, event_id: str, mention: EventMention) -> None:
        self.db.execute(
            'INSERT OR IGNORE INTO mentions (event_id, article_id, start, "end", record) VALUES (?, ?, ?, ?, ?)',
            (event_id, mention.source.article_id, mention.source.start, mention.source.end, codec.mention_to_json(mention)),
        )

    def add_plan_link(self, planned_id: str, occurred_id: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO event_links (planned_id, occurred_id) VALUES (?, ?)", (planned_id, occurred_id))

    def links(self, event_ids: Sequence[str]) -> dict[str, list[str]]:
        """For each event, the events it is linked to (planned -> occurred, and back)."""
        out: dict[str, list[str]] = {}
        for planned, occurred in self.db.execute("SELECT planned_id, occurred_id FROM event_links ORDER BY planned_id, occurred_id"):
            out.setdefault(planned, []).append(occurred)
            out.setdefault(occurred, []).append(planned)
        wanted = set(event_ids)
        return {k: v for k, v in out.items() if k in wanted}

    def write_event(self, event: Event, created: bool) -> None:
        """Insert (``created``) or replace an event's record, participants and search text."""
        point = temporal.point_from_value(event.date)
        outlets = {s.outlet or s.article_id for s in event.sources}
        values = (
            event.type, event.mode, event.status, event.date, event.date_precision,
            point.start.isoformat() if point else None, point.end.isoformat() if point else None,
            codec.event_to_json(event), len(event.sources), len(outlets), event.confidence,
            event.first_published, now(),
            *((loc.name, loc.country, loc.lat, loc.lon) if (loc := event.location) else (None, None, None, None)),
            event.id,
        )  # fmt: skip
        if created:
            self.db.execute(
                "INSERT INTO events (type, mode, status, date, date_precision, date_start, date_end, record,"
                " n_sources, n_outlets, confidence, first_published, updated_at, place, place_country, lat, lon, id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
        else:
            self.db.execute(
                "UPDATE events SET type = ?, mode = ?, status = ?, date = ?, date_precision = ?, date_start = ?,"
                " date_end = ?, record = ?, n_sources = ?, n_outlets = ?, confidence = ?, first_published = ?,"
                " updated_at = ?, place = ?, place_country = ?, lat = ?, lon = ? WHERE id = ?",
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
                upsert_entity(self.db, e)

    def _event_where(self, flt: EventFilter) -> tuple[str, list[object]] | None:
        """The WHERE clause (only placeholders) and parameters of a filter; None when nothing can match."""
        # Only placeholders. A filter names columns that indexes cover where it can: an event's row holds its whole
        # record (a page of JSON), so a condition on the row itself reads a page per event.
        sql = ["1 = 1"]
        params: list[object] = []
        if flt.min_confidence > 0:
            sql.append("e.confidence >= ?")
            params.append(flt.min_confidence)
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
            keys = sorted(entity_keys(self.db, name))
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
        if flt.place:
            sql.append("e.place = ? COLLATE NOCASE")
            params.append(flt.place)
        return " AND ".join(sql), params

    def _select(self, columns: str, flt: EventFilter, *, scored: bool = False) -> tuple[str, list[object]] | None:
        """``SELECT columns FROM events e ... WHERE ...`` with its parameters; None when nothing can match.

        With a query, the events whose sentences (or whose articles' titles) match it: one FTS5 look-up for the
        sentences and one for the titles, joined to the mentions by article (an index), never a scan of every
        event's sources. ``scored`` joins each event's best bm25 score as ``r.score`` (for ordering by
        relevance; computing it costs, so counts and date orders go without). An event whose own sentences
        match ranks before one that its article's title alone matches (a title is short: its bm25 is strong).
        """
        where = self._event_where(flt)
        if where is None:
            return None
        if not flt.query:
            return f"SELECT {columns} FROM events e WHERE {where[0]}", where[1]  # noqa: S608 (placeholders)
        match = fts_query(flt.query)
        if match is None:
            return None
        if scored:
            hits = (
                "SELECT event_id, MIN(score) AS score FROM ("
                " SELECT ref AS event_id, bm25(search) AS score FROM search WHERE search MATCH ? AND kind = 'event'"
                " UNION ALL SELECT m.event_id, t.score + ? FROM ("
                "  SELECT ref, bm25(search) AS score FROM search WHERE search MATCH ? AND kind = 'article') t"
                " JOIN mentions m ON m.article_id = t.ref"
                ") GROUP BY event_id"
            )
            sql = f"SELECT {columns} FROM events e JOIN ({hits}) r ON r.event_id = e.id WHERE {where[0]}"  # noqa: S608 (placeholders)
            return sql, [match, TITLE_ONLY, match, *where[1]]
        else:
            hits = (
                "SELECT ref FROM search WHERE search MATCH ? AND kind = 'event'"
                " UNION SELECT m.event_id FROM search JOIN mentions m ON m.article_id = search.ref"
                " WHERE search MATCH ? AND search.kind = 'article'"
            )
            sql = f"SELECT {columns} FROM events e WHERE e.id IN ({hits}) AND {where[0]}"  # noqa: S608 (placeholders)
        return sql, [match, match, *where[1]]

    def event_ids(self, flt: EventFilter = EventFilter()) -> list[str]:
        """The ids of a filter's events, in order: by date (undated last), by number of sources, or by relevance to
        its query; ``limit`` and ``offset`` apply. Read from indexes, not from the events' records."""
        scored = flt.relevance and bool(flt.query)
        select = self._select("e.id", flt, scored=scored)
        if select is None:
            return []
        if scored:
            order = "r.score, e.date_start IS NULL, e.date_start, e.id"
        elif flt.most_reported:
            order = "e.n_sources DESC, e.date_start, e.id"
        else:
            order = "e.date_start IS NULL, e.date_start, e.id"
        sql, params = f"{select[0]} ORDER BY {order}", list(select[1])
        if flt.limit or flt.offset:
            sql += " LIMIT ? OFFSET ?"
            params += [flt.limit or -1, flt.offset]
        return [r[0] for r in self.db.execute(sql, params)]

    def events(self, flt: EventFilter = EventFilter()) -> list[Event]:
        """The events of a filter, in the order of ``event_ids``."""
        return self._records(self.event_ids(flt))

    def events_page(self, flt: EventFilter) -> tuple[int, list[Event]]:
        """How many events a filter selects, and the page of them its ``limit`` and ``offset`` ask for: one look-up
        (one full-text search) for both."""
        ids = self.event_ids(replace(flt, limit=None, offset=0))
        end = flt.offset + flt.limit if flt.limit else None
        return len(ids), self._records(ids[flt.offset : end])

    def _records(self, ids: Sequence[str]) -> list[Event]:
        """The events of these ids, in this order (with their links)."""
        found: dict[str, Event] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for event_id, record in self.db.execute(f"SELECT id, record FROM events WHERE id IN ({marks})", chunk):  # noqa: S608 (placeholders)
                found[event_id] = codec.event_from_json(record)
        return self._with_links([found[i] for i in ids if i in found])

    def snippets(self, event_ids: Sequence[str], query: str) -> dict[str, list[str]]:
        """For each event, its sentences that match ``query``, best first, the matched words between
        ``MARK_START`` and ``MARK_END`` (FTS5 ``highlight``); an event matched by its article's title alone has none."""
        match = fts_query(query)
        if match is None or not event_ids:
            return {}
        marks = ",".join("?" * len(event_ids))
        rows = self.db.execute(
            f"SELECT ref, highlight(search, 2, ?, ?) FROM search WHERE search MATCH ? AND kind = 'event'"  # noqa: S608 (placeholders)
            f" AND ref IN ({marks}) ORDER BY bm25(search)",
            (MARK_START, MARK_END, match, *event_ids),
        )
        out: dict[str, list[str]] = {}
        for ref, text in rows:
            if text not in out.setdefault(ref, []):
                out[ref].append(text)
        return out

    def places(self, flt: EventFilter = EventFilter(), limit: int = 1000) -> list[dict[str, object]]:
        """The places of a filter's events that have coordinates, with how many events each, most first."""
        select = self._select("e.place, e.place_country, MIN(e.lat), MIN(e.lon), COUNT(*)", flt)
        if select is None:
            return []
        rows = self.db.execute(
            f"{select[0]} AND e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY 1, 2 ORDER BY 5 DESC, 1 LIMIT ?", [*select[1], limit]
        )
        return [{"name": r[0], "country": r[1], "lat": r[2], "lon": r[3], "events": int(r[4])} for r in rows]

    def country_counts(self, flt: EventFilter = EventFilter()) -> list[tuple[str, int]]:
        """(ISO3, number of a filter's events that a country's actors take part in or that take place there)."""
        select = self._select("e.id", flt)
        if select is None:
            return []
        union = (
            "SELECT substr(entity_key, 9) AS code, event_id AS id FROM event_participants WHERE entity_key >= 'country:' AND entity_key < 'country;'"
            " UNION SELECT place_country, id FROM events WHERE place_country IS NOT NULL"
        )
        if replace(flt, limit=None, offset=0, most_reported=False, relevance=False) == EventFilter():  # every event
            rows = self.db.execute(f"SELECT code, COUNT(DISTINCT id) FROM ({union}) GROUP BY code ORDER BY 2 DESC")  # noqa: S608 (fixed text)
        else:
            sql = f"SELECT code, COUNT(DISTINCT id) FROM ({union}) WHERE id IN ({select[0]}) GROUP BY code ORDER BY 2 DESC"  # noqa: S608 (placeholders)
            rows = self.db.execute(sql, select[1])
        return [(str(c), int(n)) for c, n in rows]

    def date_counts(self, flt: EventFilter = EventFilter()) -> list[tuple[str, int]]:
        """(first day, number of events) of a filter's dated events, by day: what a timeline's window is chosen from."""
        select = self._select("e.date_start, COUNT(*)", flt)
        if select is None:
            return []
        rows = self.db.execute(f"{select[0]} AND e.date_start IS NOT NULL GROUP BY e.date_start ORDER BY e.date_start", select[1])
        return [(str(d), int(n)) for d, n in rows]

    def _with_links(self, found: list[Event]) -> list[Event]:
        """The events with their ``linked_to`` (plans and what they led to) filled in."""
        links = self.links([e.id for e in found])
        return [replace(e, linked_to=tuple(links[e.id])) if e.id in links else e for e in found]

    def count_events(self, flt: EventFilter = EventFilter()) -> int:
        select = self._select("COUNT(*)", flt)  # the id subquery of a search needs no score
        if select is None:
            return 0
        return int(self.db.execute(*select).fetchone()[0])

    def event(self, event_id: str) -> Event | None:
        row = self.db.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
        return self._with_links([codec.event_from_json(row[0])])[0] if row else None
