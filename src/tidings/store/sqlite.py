"""The embedded event store: one SQLite file in WAL mode.

All SQL of tidings lives in this package. Values always go through
parameters, never into the SQL text. Writers hold one transaction per batch
(``BEGIN IMMEDIATE`` … ``COMMIT``) and a savepoint per article inside it, so
a killed ingest leaves the store as it was after the last whole batch, an
article that fails is rolled back alone, and readers (``events``, a web page)
see a consistent store while an ingest runs.

``Store`` is assembled from one part per kind of record: ``articles``
(articles, sentences, rejections), ``events`` (events, mentions, plan links,
filters; the ``Repository`` that ``link`` writes through) and ``entities``
(entities, aliases, merges).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from tidings.errors import StoreError
from tidings.store.articles import ArticleRows
from tidings.store.codec import now
from tidings.store.entities import EntityRows
from tidings.store.events import EventRows
from tidings.store.migrations import MIGRATIONS

log = logging.getLogger(__name__)


class Store(ArticleRows, EventRows, EntityRows):
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
                self.db.execute("INSERT INTO migrations VALUES (?, ?, ?)", (version, name, now()))
            log.info("store migrated to version %d (%s)", version, name)

    def integrity_check(self) -> str:
        """SQLite's own check of the file ("ok" when sound)."""
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])
