"""Shared fixtures: the corpora, a session-wide NLP pipeline, fresh stores."""

from __future__ import annotations

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
