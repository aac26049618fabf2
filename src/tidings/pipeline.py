"""The one place that knows the order of the stages.

    ingest -> clean -> nlp -> temporal/actors/events -> link -> store

1. ``ingest.read_inputs`` reads files, folders, stdin and JSON records;
2. ``clean.prepare`` decodes, extracts, strips boilerplate, dates and checks
   each article (or rejects it, with its reason);
3. ``nlp.parse`` parses a batch of articles with one spaCy pipeline;
4. ``events.extract_mentions`` finds the event mentions of each article
   (with ``temporal`` for dates and ``actors`` for who and where);
5. ``Store.link_mention`` links each mention to its event, in one
   transaction per batch, with the batch's articles and rejections.

Everything up to step 4 is computed before the batch's transaction opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from tidings import clean, events, ingest, nlp
from tidings.models import Article, DatedSentence, Event, EventMention, RawInput, Rejection
from tidings.settings import Settings
from tidings.store import Store

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


@dataclass
class IngestSummary:
    """What one ``tidings ingest`` did."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    events_created: int = 0
    events_updated: int = 0
    mentions: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "new": self.new,
            "duplicate": self.duplicate,
            "rejected": len(self.rejected),
            "rejections": [{"source": r.source, "reason": r.reason, "detail": r.detail} for r in self.rejected],
            "events_created": self.events_created,
            "events_updated": self.events_updated,
            "mentions": self.mentions,
        }


def _batches(items: Iterable[RawInput | Rejection], size: int) -> Iterator[list[RawInput | Rejection]]:
    batch: list[RawInput | Rejection] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    settings: Settings = Settings(),
    *,
    manifest: Path | None = None,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    exclude: Iterable[Path] = (),
) -> IngestSummary:
    """Ingest every article under ``paths`` into ``store`` (see the module docstring)."""
    summary = IngestSummary()
    items = ingest.read_inputs(paths, manifest=manifest, max_bytes=settings.max_bytes, stdin=stdin, exclude=exclude)
    for batch in _batches(items, settings.batch_size):
        _ingest_batch(batch, store, settings, summary)
        if progress is not None:
            progress(len(batch))
    return summary


def _ingest_batch(batch: list[RawInput | Rejection], store: Store, settings: Settings, summary: IngestSummary) -> None:
    articles: list[Article] = []
    rejections: list[Rejection] = []
    seen: set[str] = set()
    for item in batch:
        summary.read += 1
        prepared = item if isinstance(item, Rejection) else clean.prepare(item, settings)
        if isinstance(prepared, Rejection):
            rejections.append(prepared)
            continue
        if prepared.id in seen:
            summary.duplicate += 1
            continue
        seen.add(prepared.id)
        articles.append(prepared)
    known = store.known_articles([a.id for a in articles])
    summary.duplicate += sum(1 for a in articles if a.id in known)
    fresh = [a for a in articles if a.id not in known]
    mentions: list[tuple[Article, list[EventMention], list[DatedSentence]]] = []
    for article, doc in zip(fresh, nlp.parse((a.text for a in fresh), batch_size=settings.batch_size), strict=True):
        found, sentences = events.read_article(article, doc)
        mentions.append((article, found, sentences))
    with store.transaction():
        for rejection in rejections:
            store.add_rejection(rejection)
        summary.rejected.extend(rejections)
        for article, found, sentences in mentions:
            store.add_article(article)
            store.add_sentences(article.id, sentences)
            summary.new += 1
            for mention in linking_order(found):
                _event_id, created = store.link_mention(mention)
                summary.mentions += 1
                if created:
                    summary.events_created += 1
                else:
                    summary.events_updated += 1


def linking_order(mentions: list[EventMention]) -> list[EventMention]:
    """Explicitly dated mentions link first, then inferred dates, then undated ones.

    An undated mention ("the summit between the American and Russian
    presidents") then finds the event its article dates, not a lonely record.
    """
    return sorted(mentions, key=lambda m: (m.date is None, m.date_from_anchor))


def extract(text: str, published: str | None = None, title: str | None = None, url: str | None = None) -> list[Event]:
    """The events one article reports, linked within the article only.

    >>> events = extract("Putin met Netanyahu in Moscow on Monday.", published="2018-01-31")  # doctest: +SKIP
    """
    item = RawInput(
        source="<api>", data=text, kind="txt", meta={k: v for k, v in (("published", published), ("title", title), ("url", url)) if v}
    )
    article = clean.prepare(item, Settings(min_words=1, language="*"))
    if isinstance(article, Rejection):
        return []
    doc = next(nlp.parse([article.text]))
    store = Store(":memory:")
    try:
        with store.transaction():
            store.add_article(article)
            for mention in linking_order(events.extract_mentions(article, doc)):
                store.link_mention(mention)
        return store.events()
    finally:
        store.close()
