"""Articles, their dated sentences and rejected inputs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tidings.models import Article, DatedSentence, Rejection, Span
from tidings.store.base import Base
from tidings.store.codec import now
from tidings.store.fts import MARK_END, MARK_START, fts_query


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
    language: str | None = None
    lead: str = ""  # the start of the text (lists read this, not the whole text)
    snippet: str = ""  # with a search: where the words occur, between MARK_START and MARK_END


@dataclass(frozen=True)
class ArticleFilter:
    """What the articles list takes: words in the title or text, outlet, publication dates, language."""

    query: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class StoredSentence:
    article_id: str
    index: int
    published: str | None
    text: str
    days: tuple[str, ...]


class ArticleRows(Base):
    """The store's articles, sentences and rejections (a part of ``Store``)."""

    # -- articles and rejections ------------------------------------------------
    def known_articles(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        return {r[0] for r in self.db.execute(f"SELECT id FROM articles WHERE id IN ({marks})", tuple(ids))}  # noqa: S608 (only placeholders)

    def article_ids(self) -> frozenset[str]:
        """The ids of every stored article (what a parallel ingest's workers need not parse again)."""
        return frozenset(r[0] for r in self.db.execute("SELECT id FROM articles"))

    def add_article(self, a: Article) -> None:
        offsets = json.dumps([[s.start, s.end, s.raw_start, s.raw_end] for s in a.offsets])
        self.db.execute(
            "INSERT INTO articles (id, doc_id, source, url, outlet, title, published, published_source,"
            " published_confidence, language, raw, text, offsets, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a.id, a.doc_id, a.source, a.url, a.outlet, a.title,
                a.published.isoformat() if a.published else None,
                a.published_source, a.published_confidence, a.language, a.raw, a.text, offsets, now(),
            ),
        )  # fmt: skip
        if a.title:
            self.db.execute("INSERT INTO search (kind, ref, text) VALUES ('article', ?, ?)", (a.id, a.title))
        self.db.execute("INSERT INTO article_text (rowid, title, text) SELECT rowid, title, text FROM articles WHERE id = ?", (a.id,))
        # The article landed: an earlier failure of tidings on the same input is history.
        self.db.execute("DELETE FROM rejected WHERE source = ? AND reason = 'internal-error'", (a.source,))

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
            (r.digest, r.source, r.reason, r.detail, now()),
        )
        return cur.rowcount > 0

    def rejections(self, reason: str | None = None) -> list[Rejection]:
        """Rejected inputs (of one reason, when given), in the order they were rejected."""
        rows = self.db.execute(
            "SELECT source, reason, detail, digest FROM rejected WHERE ? IS NULL OR reason = ? ORDER BY rejected_at, source",
            (reason, reason),
        )
        return [Rejection(source=r[0], reason=r[1], detail=r[2], digest=r[3]) for r in rows]

    def article_facets(self) -> dict[str, list[tuple[str, int]]]:
        """The values the articles list can be filtered by, with their counts: outlets, languages, rejection reasons."""
        sql = {
            "outlet": "SELECT outlet, COUNT(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY 2 DESC, 1 LIMIT 200",
            "language": "SELECT language, COUNT(*) FROM articles WHERE language IS NOT NULL GROUP BY language ORDER BY 2 DESC, 1",
            "reason": "SELECT reason, COUNT(*) FROM rejected GROUP BY reason ORDER BY 2 DESC, 1",
        }
        return {k: [(str(v), int(n)) for v, n in self.db.execute(q)] for k, q in sql.items()}

    def articles(self) -> list[StoredArticle]:
        rows = self.db.execute(
            "SELECT id, doc_id, source, url, outlet, title, published, published_source, text, raw FROM articles ORDER BY published, id"
        )
        return [StoredArticle(*r) for r in rows]

    def article_offsets(self, article_id: str) -> tuple[Span, ...]:
        row = self.db.execute("SELECT offsets FROM articles WHERE id = ?", (article_id,)).fetchone()
        return tuple(Span(*s) for s in json.loads(row[0])) if row else ()

    def files(self) -> list[Path]:
        """The store's own files (the database, its WAL and shared memory): never articles."""
        if self.path == ":memory:":
            return []
        return [Path(self.path + suffix) for suffix in ("", "-wal", "-shm", "-journal")]

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "rejected", "events", "mentions", "entities"):
            out[table] = int(self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])  # noqa: S608 (fixed names)
        return out

    def article(self, article_id: str) -> StoredArticle | None:
        row = self.db.execute(
            "SELECT id, doc_id, source, url, outlet, title, published, published_source, text, raw, language FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        return StoredArticle(*row) if row else None

    def _article_where(self, flt: ArticleFilter) -> tuple[str, list[object]] | None:
        sql: list[str] = ["1 = 1"]
        params: list[object] = []
        for clause, value in (
            ("a.outlet = ?", flt.outlet),
            ("a.language = ?", flt.language),
            ("a.published >= ?", flt.since),
            ("a.published < date(?, '+1 day')", flt.until),
        ):
            if value:
                sql.append(clause)
                params.append(value)
        if flt.query:
            match = fts_query(flt.query)
            if match is None:
                return None
            sql.append("article_text MATCH ?")
            params.append(match)
        return " AND ".join(sql), params

    def count_articles(self, flt: ArticleFilter = ArticleFilter()) -> int:
        where = self._article_where(flt)
        if where is None:
            return 0
        join = " JOIN article_text ON article_text.rowid = a.rowid" if flt.query else ""
        return int(self.db.execute(f"SELECT COUNT(*) FROM articles a{join} WHERE {where[0]}", where[1]).fetchone()[0])  # noqa: S608 (placeholders)

    def article_rows(self, limit: int = 50, offset: int = 0, flt: ArticleFilter = ArticleFilter()) -> list[StoredArticle]:
        """Articles without their text (its start as ``lead``), newest first (best match first with words)."""
        where = self._article_where(flt)
        if where is None:
            return []
        columns = "a.id, a.doc_id, a.source, a.url, a.outlet, a.title, a.published, a.published_source, '', '', a.language, substr(a.text, 1, 400)"
        if flt.query:
            rows = self.db.execute(
                f"SELECT {columns}, snippet(article_text, 1, ?, ?, '…', 20) FROM articles a"  # noqa: S608 (placeholders)
                f" JOIN article_text ON article_text.rowid = a.rowid WHERE {where[0]} ORDER BY bm25(article_text), a.published DESC LIMIT ? OFFSET ?",
                (MARK_START, MARK_END, *where[1], limit, offset),
            )
        else:
            rows = self.db.execute(
                f"SELECT {columns}, '' FROM articles a WHERE {where[0]} ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?",  # noqa: S608 (placeholders)
                (*where[1], limit, offset),
            )
        return [StoredArticle(*r) for r in rows]
