"""tidings' data files, and the user's: tables and word lists that users extend without touching code.

The packaged files are in ``tidings/data`` (TSV, ``#`` comments): the trigger
tables (``triggers/<type>.tsv``), modes, contexts, types, the gazetteer's
countries, bodies, places and actors, and word lists (``words/<name>.tsv``,
one word or phrase per line: light verbs, non-factual verbs, title words,
body words, news media, the timeline's stopwords ...).

A user data directory (``tidings --data-dir DIR``, or ``$TIDINGS_DATA``)
holds files with the same names; their rows are added to the packaged ones
(for example ``DIR/triggers/accuse.tsv`` adds ACCUSE triggers, and
``DIR/words/media.tsv`` more news media). It is read once per process, before
the first article is parsed.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., object])
_CACHED: list[Callable[..., object]] = []
_user_dirs: tuple[Path, ...] = ()


def cached(func: F) -> F:
    """``lru_cache`` for a loader of data files; emptied when the user data directory changes."""
    wrapped = lru_cache(maxsize=None)(func)
    _CACHED.append(wrapped)
    return wrapped  # type: ignore[return-value]


def use_data_dir(path: Path | str | None) -> None:
    """Add the files of a user data directory to the packaged ones (None: the packaged ones alone)."""
    global _user_dirs
    dirs = (Path(path).expanduser().resolve(),) if path else ()
    if dirs == _user_dirs:
        return
    for d in dirs:
        if not d.is_dir():
            from tidings.errors import InputError

            raise InputError(f"the data directory {d} does not exist")
    _user_dirs = dirs
    for func in _CACHED:
        func.cache_clear()  # type: ignore[attr-defined]
    log.info("data files: packaged%s", "".join(f" + {d}" for d in dirs))


def user_dirs() -> tuple[Path, ...]:
    return _user_dirs


def data_rows(name: str) -> list[list[str]]:
    """The rows of data file ``name`` (``triggers/accuse.tsv``): the packaged ones, then the user's."""
    packaged = resources.files("tidings.data").joinpath(name)
    rows = _rows(packaged.read_text(encoding="utf-8")) if packaged.is_file() else []
    for d in _user_dirs:
        extra = d / name
        if extra.is_file():
            rows += _rows(extra.read_text(encoding="utf-8"))
    return rows


def data_names(folder: str) -> list[str]:
    """The TSV files of a data folder (``triggers``), packaged or the user's, sorted."""
    names = {e.name for e in resources.files("tidings.data").joinpath(folder).iterdir() if e.name.endswith(".tsv")}
    for d in _user_dirs:
        if (d / folder).is_dir():
            names |= {p.name for p in (d / folder).glob("*.tsv")}
    return sorted(names)


def _rows(text: str) -> list[list[str]]:
    reader = csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [row for row in reader if row and row[0].strip() and not row[0].startswith("#")]


@cached
def words(name: str) -> frozenset[str]:
    """A word list (``words/<name>.tsv``, first column, lower case)."""
    return frozenset(row[0].strip().lower() for row in data_rows(f"words/{name}.tsv"))
