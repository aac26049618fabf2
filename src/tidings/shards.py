"""Parquet shards of analyses: extraction and linking as two steps (``tidings ingest --shards DIR``, ``tidings link DIR``).

Shard ``i`` holds the results of the ``i``-th batch of the input, one row per
input, in input order: ``seq`` (its place in the batch), ``kind`` (the name of
the record's class), ``source``, ``article_id``, ``published`` (for reading a
date window without decoding) and ``record``: the whole record as JSON,
lossless (every field of every nested record; ``decode`` rebuilds it from the
record class's type hints), so that linking a shard gives the store that
linking the records themselves would.

A shard is written under a temporary name and renamed: a shard that exists
is whole. Its schema metadata holds its index and ``key``, a digest of the
batch's sources and bytes: a run that finds shard ``i`` with the same key
skips that batch, so a killed extraction resumes where it stopped, shard by
shard.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import types
from collections.abc import Mapping, Sequence
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import pyarrow as pa
import pyarrow.parquet as pq

from tidings.models import RawInput, Rejection

FORMAT = "tidings-shard/1"
SCHEMA = pa.schema(
    [
        ("seq", pa.int32()),
        ("kind", pa.string()),
        ("source", pa.string()),
        ("article_id", pa.string()),
        ("published", pa.string()),
        ("record", pa.string()),
    ]
)


def name(index: int) -> str:
    return f"shard-{index:06d}.parquet"


def key(items: Sequence[RawInput | Rejection]) -> str:
    """A digest of a batch: each input's source and bytes (a rejection: its digest)."""
    h = hashlib.sha256()
    for item in items:
        if isinstance(item, Rejection):
            part = item.digest
        else:
            data = item.data.encode("utf-8", "surrogatepass") if isinstance(item.data, str) else item.data
            part = hashlib.sha256(data).hexdigest()
        h.update(f"{item.source}\0{part}\n".encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


def done(folder: Path, index: int, batch_key: str) -> bool:
    """Whether shard ``index`` exists whole, for the batch of this key."""
    path = folder / name(index)
    try:
        meta = pq.read_schema(path).metadata or {}
    except (OSError, pa.ArrowInvalid):
        return False
    return meta.get(b"tidings.key") == batch_key.encode()


def write(folder: Path, index: int, batch_key: str, records: Sequence[object]) -> Path:
    """Write shard ``index`` (atomically: a temporary file renamed)."""
    folder.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[object]] = {field: [] for field in SCHEMA.names}
    for seq, record in enumerate(records):
        article = getattr(record, "article", None)
        published = getattr(article, "published", None)
        rows["seq"].append(seq)
        rows["kind"].append(type(record).__name__)
        rows["source"].append(getattr(article, "source", None) or getattr(record, "source", None))
        rows["article_id"].append(getattr(article, "id", None) or getattr(record, "article_id", None))
        rows["published"].append(published.isoformat() if published else None)
        rows["record"].append(json.dumps(encode(record), separators=(",", ":")))
    meta = {"tidings.format": FORMAT, "tidings.index": str(index), "tidings.key": batch_key}
    table = pa.table(rows, schema=SCHEMA.with_metadata(meta))
    path = folder / name(index)
    tmp = folder / f".{name(index)}.{os.getpid()}.tmp"
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return path


def read(path: Path, kinds: Mapping[str, type]) -> list[Any]:
    """The records of a shard, in order; ``kinds`` maps the ``kind`` column to the record classes."""
    table = pq.read_table(path, columns=["seq", "kind", "record"]).sort_by("seq")
    out = []
    for kind, record in zip(table.column("kind").to_pylist(), table.column("record").to_pylist(), strict=True):
        if kind not in kinds:
            raise ValueError(f"{path}: unknown record kind {kind!r}")
        out.append(decode(kinds[kind], json.loads(record)))
    return out


def rows(path: Path) -> int:
    """How many records shard ``path`` holds (from its footer)."""
    return int(pq.ParquetFile(path).metadata.num_rows)


def indices(folder: Path) -> list[int]:
    """The indices of the shards in ``folder``, in order."""
    found = []
    for path in folder.glob("shard-*.parquet"):
        number = path.stem.removeprefix("shard-")
        if number.isdigit():
            found.append(int(number))
    return sorted(found)


# -- records to JSON and back, losslessly -------------------------------------------
def encode(value: object) -> Any:
    """A record (a dataclass of str, numbers, dates, tuples, dicts and records) as JSON-ready values."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, dt.date):  # dt.datetime too
        return value.isoformat()
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot encode a {type(value).__name__} in a shard")


def decode(tp: Any, data: Any) -> Any:
    """The inverse of ``encode``, driven by the type ``tp`` (a record class, or a field's annotation)."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        if data is None:
            return None
        options = [a for a in get_args(tp) if a is not type(None)]
        return decode(options[0], data) if len(options) == 1 else data
    if origin is Literal or tp is Any:
        return data
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode(args[0], d) for d in data)
        return tuple(decode(a, d) for a, d in zip(args, data, strict=True))
    if origin is list:
        return [decode(get_args(tp)[0], d) for d in data]
    if origin is dict:
        return {k: decode(get_args(tp)[1], v) for k, v in data.items()}
    if isinstance(tp, type) and is_dataclass(tp):
        hints = get_type_hints(tp)
        return tp(**{f.name: decode(hints[f.name], data[f.name]) for f in fields(tp) if f.name in data})
    if tp is dt.datetime:
        return dt.datetime.fromisoformat(data)
    if tp is dt.date:
        return dt.date.fromisoformat(data)
    if tp is float:
        return float(data)
    return data
