"""Real corpora and generated hostile articles through the whole pipeline: nothing crashes, nothing is lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS, require_shared
from tidings import corpora, parallel
from tidings.models import RawInput
from tidings.pipeline import IngestSummary, analyse_batch, ingest_paths, write_batch
from tidings.settings import Settings
from tidings.store import Store


def _dump(path: Path) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    rows: list[tuple[object, ...]] = []
    for table, cols in (
        ("articles", "id, source, published"),
        ("rejected", "digest, source, reason"),
        ("events", "id, record"),
        ("mentions", "event_id, article_id, start, record"),
        ("entities", "key, name, aliases"),
        ("event_participants", "event_id, entity_key, role"),
        ("sentence_days", "article_id, idx, day"),
    ):
        rows += sorted(((table, *r) for r in db.execute(f"SELECT {cols} FROM {table}")), key=repr)  # noqa: S608 (fixed names)
    db.close()
    return rows


@pytest.mark.slow
def test_every_shared_timeline17_article_and_the_seeds_ingest_into_one_store(tmp_path: Path) -> None:
    require_shared()
    corpus = tmp_path / "t17.jsonl"
    articles = corpora.t17_articles()
    corpora.write_jsonl(articles, corpus)
    db = tmp_path / "soak.db"
    store = Store(db)
    inputs = [str(corpus), str(SEEDS)]
    # One analysing process per core (the machine's two), as `tidings ingest` runs by default: the soak also
    # covers the parallel path on the whole corpus, and the suite stays within its time.
    first = ingest_paths(inputs, store, manifest=SEEDS / "manifest.jsonl", exclude=[SEEDS / "gold.json"], executor=parallel.executor(0))
    assert first.failed == 0, [(r.source, r.detail) for r in first.rejected if r.reason == "internal-error"]
    assert first.read == len(articles) + 5
    assert first.read == first.new + first.duplicate + len(first.rejected)
    assert {r.reason for r in first.rejected} <= {"empty", "too-short"}  # the corpus' five empty records
    assert first.events_created > 1000
    assert store.integrity_check() == "ok"
    before = _dump(db)
    second = ingest_paths(inputs, store, manifest=SEEDS / "manifest.jsonl", exclude=[SEEDS / "gold.json"])
    store.close()
    assert second.new == 0 and second.duplicate == first.new and second.failed == 0
    assert _dump(db) == before


NAMES = ["Hosni Mubarak", "Muammar Gaddafi", "Benjamin Netanyahu", "Vladimir Putin", "the Arab League", "NATO", "Egypt", "Qaddafi's"]
VERBS = ["met", "accused", "attacked", "will visit", "did not meet", "condemned", "called on", "arrested", "denied meeting", "would meet"]
DATES = ["on Monday", "last week", "three months ago", "in November 2019", "on Jan. 13", "2 1/2 years ago", "tomorrow", ""]
NOISE = ["<script>alert(1)</script>", "\x00\x07\x1b", "“quoted”", "&amp;&lt;", "\u202e", "-LRB- CNN -RRB-", "\ufeff", "🙂", "\r\n"]


@st.composite
def articles(draw: st.DrawFn) -> str:
    sentences = []
    for _ in range(draw(st.integers(1, 12))):
        words = [draw(st.sampled_from(NAMES)), draw(st.sampled_from(VERBS)), draw(st.sampled_from(NAMES)), draw(st.sampled_from(DATES))]
        if draw(st.booleans()):
            words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(NOISE)))
        if draw(st.integers(0, 9)) == 0:
            words.append(" and ".join(draw(st.sampled_from(NAMES)) for _ in range(draw(st.integers(20, 120)))))  # a very long sentence
        sentences.append(" ".join(w for w in words if w) + draw(st.sampled_from([".", "!", "?", "", ":", '."'])))
    sep = draw(st.sampled_from([" ", "\n", "\n\n", "\n\n\n"]))
    return draw(st.sampled_from(["", "CAIRO, Jan 25, 2011 — ", "By Staff\n\n", "<p>"])) + sep.join(sentences)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=st.lists(articles(), min_size=1, max_size=4), published=st.sampled_from([None, "2011-01-25", "2019-12-31"]))
def test_no_exception_escapes_the_pipeline(nlp, texts: list[str], published: str | None) -> None:  # type: ignore[no-untyped-def]
    items = [RawInput(f"gen:{i}", t, "txt", {"published": published} if published else {}) for i, t in enumerate(texts)]
    store = Store(":memory:")
    summary = IngestSummary()
    write_batch(analyse_batch(items, Settings(min_words=1, language="*"), store.known_articles), store, summary)
    assert summary.failed == 0, [(r.source, r.detail) for r in summary.rejected]
    assert summary.read == len(items) == summary.new + summary.duplicate + len(summary.rejected)
    assert store.integrity_check() == "ok"
    store.close()
