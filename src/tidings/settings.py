"""Settings, declared once with their defaults and help, passed explicitly."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("max_bytes", 2_000_000, "Largest article accepted, in bytes of text; larger inputs are rejected."),
    Setting("min_words", 3, "Fewest words an article must have after cleaning (a one-sentence brief is an article)."),
    Setting("batch_size", 32, "Articles per spaCy batch and per store transaction."),
    Setting("batch_chars", 100_000, "Characters of article text per batch, at most (a long article makes a batch alone): bounds memory."),
    Setting("language", "en", "The language articles must be in (ISO 639-1); others are rejected."),
    Setting("data_dir", None, "A folder of data files (triggers, word lists, actors) added to the packaged ones; $TIDINGS_DATA."),
)


@dataclass(frozen=True)
class Settings:
    """Run-time settings; every field is documented in ``SETTINGS``."""

    max_bytes: int = 2_000_000
    min_words: int = 3
    batch_size: int = 32
    batch_chars: int = 100_000
    language: str = "en"
    data_dir: str | None = None

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]


def default_db_path() -> Path:
    """``$TIDINGS_DB`` if set, else ``./tidings.db``."""
    return Path(os.environ.get("TIDINGS_DB") or "tidings.db")
