"""Shared fixtures: the corpora, a session-wide NLP pipeline, fresh stores."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tidings.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
TIMEML = SHARED / "corpus" / "timeml" / "te3-platinum"
T17 = SHARED / "corpus" / "t17"
EXAMPLES = ROOT / "examples"
T17_TOPIC = "LibyaWar_reuters"  # 379 Reuters articles on the 2011 war in Libya: about 800 events, most in 2011

pytest_plugins = ["tests.browser"]  # the browser fixture of the web tests


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from tidings.pipeline import language

    return language()


@pytest.fixture
def store() -> Iterator[Store]:
    s = Store(":memory:")
    yield s
    s.close()


@pytest.fixture
def file_store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "t.db")
    yield s
    s.close()


def require_shared() -> None:
    if not SEEDS.exists():
        pytest.fail(f"the shared corpus is missing at {SEEDS}: tests and CI need ../shared beside the project")


@pytest.fixture(scope="session")
def t17_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of one Timeline17 topic's real news, built once per session (about two minutes on two cores;
    $TIDINGS_T17_DB names a store built before, to iterate on the web tests without the wait)."""
    from tidings import corpora, parallel, pipeline

    if os.environ.get("TIDINGS_T17_DB"):
        return Path(os.environ["TIDINGS_T17_DB"])
    require_shared()
    folder = tmp_path_factory.mktemp("t17")
    corpus = folder / f"{T17_TOPIC}.jsonl"
    corpora.write_jsonl(corpora.t17_articles([T17_TOPIC], root=SHARED / "corpus"), corpus)
    db = folder / "t17.db"
    store = Store(db)
    try:
        summary = pipeline.ingest_paths([str(corpus)], store, executor=parallel.executor(0))  # a process per core
    finally:
        store.close()
    assert summary.new > 300 and summary.events_created > 300, summary
    return db
