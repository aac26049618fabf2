"""What some formats need to know of the articles behind the events: their length, raw text and sentence numbers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tidings.models import Event, SourceRef

if TYPE_CHECKING:
    from tidings.store import Store


def _key(sentence: str) -> str:
    return " ".join(sentence.split())


@dataclass
class ArticleIndex:
    raw: dict[str, str] = field(default_factory=dict)  # article id -> raw text (the one source offsets point into)
    numbers: dict[str, dict[str, int]] = field(default_factory=dict)  # article id -> sentence -> 1-based number

    @classmethod
    def from_store(cls, store: Store, events: Iterable[Event]) -> ArticleIndex:
        """The articles the events cite, read from the store (their raw text and numbered sentences)."""
        wanted = {s.article_id for e in events for s in e.sources}
        index = cls()
        for a in store.articles():
            if a.id in wanted:
                index.raw[a.id] = a.raw
        for s in store.sentences():
            if s.article_id in wanted:
                index.numbers.setdefault(s.article_id, {}).setdefault(_key(s.text), s.index + 1)
        return index

    def sentence_number(self, source: SourceRef) -> int | None:
        """The 1-based number of the source's sentence in its article (None when the store does not know it)."""
        return self.numbers.get(source.article_id, {}).get(_key(source.sentence))

    def length(self, article_id: str) -> int | None:
        raw = self.raw.get(article_id)
        return len(raw) if raw is not None else None

    def offset(self, source: SourceRef, names: Iterable[str]) -> int | None:
        """Where in the raw article the first of ``names`` is written inside the source's sentence (None: not there)."""
        raw = self.raw.get(source.article_id)
        if raw is None:
            return None
        window = raw[source.start : source.end]
        for name in names:
            if not name:
                continue
            m = re.search(r"\b" + re.escape(name) + r"\b", window)
            if m:
                return source.start + m.start()
        return None
