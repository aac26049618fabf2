"""The event store (SQLite, WAL). All SQL of tidings lives in this package."""

from tidings.store.sqlite import EventFilter, Store, StoredArticle, StoredSentence

__all__ = ["EventFilter", "Store", "StoredArticle", "StoredSentence"]
