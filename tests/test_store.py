"""The SQLite store: migrations, WAL, transactions, parameters only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.errors import StoreError
from tidings.store import Store
from tidings.store.migrations import MIGRATIONS


def test_migrations_are_recorded_and_idempotent(tmp_path: Path) -> None:
    s = Store(tmp_path / "a.db")
    assert s.version() == len(MIGRATIONS)
    s.close()
    s = Store(tmp_path / "a.db")  # opening again applies nothing twice
    assert [r[0] for r in s.db.execute("SELECT version FROM migrations")] == [m[0] for m in MIGRATIONS]
    s.close()


def test_wal_mode(file_store: Store) -> None:
    assert file_store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reader_while_writer_holds_a_transaction(tmp_path: Path) -> None:
    writer = Store(tmp_path / "w.db")
    reader = Store(tmp_path / "w.db", readonly=True)
    with writer.transaction():
        writer.db.execute("INSERT INTO rejected VALUES ('d', 's', 'r', 'x', 'now')")
        assert reader.counts()["rejected"] == 0  # the reader sees the last committed state
    assert reader.counts()["rejected"] == 1
    reader.close()
    writer.close()


def test_rollback_on_error(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.db.execute("INSERT INTO rejected VALUES ('d', 's', 'r', 'x', 'now')")
        raise RuntimeError
    assert store.counts()["rejected"] == 0


def test_readonly_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="tidings ingest"):
        Store(tmp_path / "none.db", readonly=True)


def test_not_a_database(tmp_path: Path) -> None:
    (tmp_path / "x.db").write_bytes(b"garbage" * 1000)
    with pytest.raises(StoreError, match="cannot open"):
        Store(tmp_path / "x.db")


def test_sql_lives_only_in_the_store_package() -> None:
    src = Path(__file__).resolve().parent.parent / "src" / "tidings"
    for path in src.rglob("*.py"):
        if "store" in path.parts:
            continue
        text = path.read_text()
        assert "execute(" not in text and "sqlite3" not in text, f"SQL outside the store: {path}"
