"""The event store (SQLite, WAL). All SQL of tidings lives in this package."""

from tidings.store.articles import ArticleFilter, StoredArticle, StoredSentence
from tidings.store.events import EventFilter
from tidings.store.sqlite import Store

__all__ = ["ArticleFilter", "EventFilter", "Store", "StoredArticle", "StoredSentence"]
