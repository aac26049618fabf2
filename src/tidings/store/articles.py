"""Articles, their dated sentences and rejected inputs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tidings.models import Article, DatedSentence, Rejection, Span
from tidings.store.base import Base
from tidings.store.codec import now


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
