"""Read articles from files, folders, stdin and JSON records.

``read_inputs`` turns the paths a user gives into a stream of ``RawInput``
(bytes or text with the metadata found beside it) and ``Rejection`` (an input
that cannot even be read: malformed JSON, over the size limit, an unsupported
file). Nothing here decodes or judges the text itself: that is ``clean``.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from tidings.errors import InputError
from tidings.models import RawInput, Rejection

log = logging.getLogger(__name__)

KINDS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "json"}
# Files a folder may hold that are never articles: SQLite stores (a tidings store beside its articles) and their journals.
STORE_FILES = re.compile(r"(?:\.db|\.sqlite\d?)(?:-wal|-shm|-journal)?$|-(?:wal|shm|journal)$", re.IGNORECASE)
# Byte-order marks, longest first (UTF-32's begins like UTF-16's).
BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
TEXT_KEYS = ("text", "content", "body")
JSON_FILE_FACTOR = 16  # a .json file (one list) may hold this many articles' worth of bytes
DATE_KEYS = ("published", "date", "time", "publish_date")
META_KEYS = ("id", "title", "url", "outlet")


def digest(data: bytes | str) -> str:
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def reject(source: str, reason: str, detail: str, data: bytes | str = b"") -> Rejection:
    """A rejected input. Its key is its source, its reason and its bytes: two inputs rejected alike
    keep a row each, and rejecting the same input again changes nothing."""
    return Rejection(source=source, reason=reason, detail=detail, digest=digest(f"{source}\0{digest(data)}")[:32] + ":" + reason)


def load_manifest(path: Path) -> dict[Path, dict[str, Any]]:
    """Read a manifest (JSONL of ``{"id", "path", "url", "outlet", "published"}``).

    Paths are relative to the manifest; the result maps resolved paths to metadata.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read manifest {path}: {exc.strerror or exc}") from exc
    out: dict[Path, dict[str, Any]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"manifest {path}, line {number}: not JSON ({exc.msg})") from exc
        if not isinstance(entry, dict) or not entry.get("path"):
            raise InputError(f"manifest {path}, line {number}: needs an object with a 'path'")
        meta = {k: entry[k] for k in ("id", "url", "outlet", "published", "title") if entry.get(k) is not None}
        out[(path.parent / str(entry["path"])).resolve()] = meta
    return out


def read_inputs(
    paths: Iterable[str],
    *,
    manifest: Path | None = None,
    max_bytes: int = 2_000_000,
    stdin: BinaryIO | None = None,
    exclude: Iterable[Path] = (),
) -> Iterator[RawInput | Rejection]:
    """Yield every article found under ``paths`` (``-`` is standard input).

    The manifest itself and the paths in ``exclude`` are skipped when a folder holds them.
    """
    meta_by_path = load_manifest(manifest) if manifest else {}
    skip = {p.resolve() for p in exclude} | ({manifest.resolve()} if manifest else set())
    for given in paths:
        if given == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            head = stream.read(4096)
            if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
                # JSON lines: streamed, however many.
                rest = itertools.chain((head + stream.readline()).splitlines(keepends=True), stream)
                yield from _from_jsonl_lines("<stdin>", rest, {}, max_bytes)
                continue
            data = head + stream.read(max_bytes * JSON_FILE_FACTOR + 1 - len(head))
            if len(data) > max_bytes * JSON_FILE_FACTOR:
                yield reject("<stdin>", "too-large", "standard input is over the size limit (raise --max-bytes)", data[:4096])
                continue
            yield from _from_bytes("<stdin>", data, _sniff(data), {}, max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _from_folder(path, meta_by_path, max_bytes, skip)
        elif path.is_file():
            yield from _from_file(path, meta_by_path, max_bytes)
        elif path.exists() or path.is_symlink():
            yield reject(given, "unsupported-format", "not a regular file or folder (a device, a socket or a broken link)", given)
        else:
            yield reject(given, "not-found", "no such file or folder", given)


def _from_folder(root: Path, meta_by_path: dict[Path, dict[str, Any]], max_bytes: int, skip: set[Path]) -> Iterator[RawInput | Rejection]:
    """Every file under ``root`` in name order; hidden files, stores and ``skip`` left out, unreadable folders rejected."""
    found: list[Path] = []
    denied: list[str] = []

    def unreadable(exc: OSError) -> None:
        denied.append(exc.filename or str(root))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            file = Path(folder) / name
            if name.startswith(".") or STORE_FILES.search(name) or file.resolve() in skip:
                continue
            found.append(file)
    for where in sorted(denied):
        yield reject(where, "permission-denied", "the folder cannot be read (permission denied)", where)
    if not found and not denied:
        log.info("no files under %s", root)
    for file in sorted(found):
        yield from _from_file(file, meta_by_path, max_bytes)


def _sniff(data: bytes) -> str:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] in (b"{", b"["):
        return "json"
    if head[:1] == b"<" and (b"<html" in data[:4096].lower() or b"<!doctype" in head[:20].lower() or b"<p" in data[:4096].lower()):
        return "html"
    return "txt"


def _from_file(path: Path, meta_by_path: dict[Path, dict[str, Any]], max_bytes: int) -> Iterator[RawInput | Rejection]:
    source = str(path)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        yield reject(
            source, "unsupported-format", f"unsupported file type '{path.suffix or '(none)'}': use .txt, .html, .json or .jsonl", source
        )
        return
    meta = dict(meta_by_path.get(path.resolve(), {}))
    if path.suffix.lower() == ".jsonl":
        # A corpus of any size: one record per line, the size limit applies to each record.
        yield from _from_jsonl_file(path, meta, max_bytes)
        return
    try:
        size = path.stat().st_size
        limit = max_bytes * JSON_FILE_FACTOR if kind == "json" else max_bytes
        if size > limit:
            yield reject(
                source, "too-large", f"{size} bytes, over the limit of {limit} (raise --max-bytes, or use JSONL)", f"{source}:{size}"
            )
            return
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        yield _unreadable(source, exc)
        return
    yield from _from_bytes(source, data, kind, meta, max_bytes)


def _unreadable(source: str, exc: OSError) -> Rejection:
    if isinstance(exc, PermissionError):
        return reject(source, "permission-denied", "the file cannot be read (permission denied)", source)
    return reject(source, "unreadable", exc.strerror or str(exc), source)


def _from_jsonl_file(path: Path, meta: dict[str, Any], max_bytes: int) -> Iterator[RawInput | Rejection]:
    source = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
            encoding = next((enc for bom, enc in BOMS if head.startswith(bom) and enc != "utf-8-sig"), None)
            if encoding is not None:
                # UTF-16 or UTF-32: lines cannot be split as bytes; decode the stream as it is read.
                fh.seek(0)
                text = io.TextIOWrapper(fh, encoding=encoding)
                yield from _from_jsonl_lines(source, (line.encode("utf-8") for line in text), meta, max_bytes)
                return
            fh.seek(0)
            yield from _from_jsonl_lines(source, fh, meta, max_bytes)
    except UnicodeDecodeError as exc:
        yield reject(source, "undecodable", f"not valid {exc.encoding}: {exc.reason}", source)
    except OSError as exc:
        yield _unreadable(source, exc)


def _from_jsonl_lines(source: str, lines: Iterable[bytes], meta: dict[str, Any], max_bytes: int) -> Iterator[RawInput | Rejection]:
    """One article per line; a bad line is rejected alone and the rest goes on."""
    empty = True
    for number, raw_line in enumerate(lines, 1):
        where = f"{source}:{number}"
        if not raw_line.strip():
            continue
        empty = False
        if len(raw_line) > max_bytes * 2:
            yield reject(where, "too-large", f"line {number}: {len(raw_line)} bytes, over the limit (raise --max-bytes)", raw_line[:4096])
            continue
        try:
            line = raw_line.decode("utf-8-sig").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            yield reject(where, "undecodable", f"line {number}: JSON must be UTF-8 ({exc.reason})", raw_line)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield reject(where, "malformed-json", f"line {number}: {_json_error(exc)}", line)
            continue
        yield _from_record(where, record, meta, max_bytes)
    if empty:
        yield reject(source, "empty", "no records in the input", source)


def _from_bytes(source: str, data: bytes, kind: str, meta: dict[str, Any], max_bytes: int) -> Iterator[RawInput | Rejection]:
    if kind != "json":
        if len(data) > max_bytes:
            yield reject(source, "too-large", f"over the limit of {max_bytes} bytes (raise --max-bytes)", data[:4096])
            return
        yield RawInput(source=source, data=data, kind=kind, meta=meta)  # type: ignore[arg-type]
        return
    yield from _from_json(source, data, meta, max_bytes)


def _json_error(exc: json.JSONDecodeError) -> str:
    """The parser's whole message: what it expected, and where."""
    return f"{exc.msg} (column {exc.colno}, character {exc.pos})"


def _from_json(source: str, data: bytes, meta: dict[str, Any], max_bytes: int) -> Iterator[RawInput | Rejection]:
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), "utf-8-sig")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        yield reject(
            source, "undecodable", f"JSON must be UTF-8 (or UTF-16/32 with a byte-order mark): {exc.reason} at byte {exc.start}", data
        )
        return
    stripped = text.strip()
    if not stripped:
        yield reject(source, "empty", "the file is empty", data)
        return
    records: list[tuple[str, Any]] = []
    if stripped.startswith("["):
        try:
            loaded = json.loads(stripped)
        except json.JSONDecodeError as exc:
            yield reject(source, "malformed-json", f"line {exc.lineno}: {_json_error(exc)}", data)
            return
        records = [(f"{source}#{i + 1}", r) for i, r in enumerate(loaded)]
    else:
        try:
            records = [(source, json.loads(stripped))]
        except json.JSONDecodeError:
            for number, line in enumerate(text.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    records.append((f"{source}:{number}", json.loads(line)))
                except json.JSONDecodeError as exc:
                    yield reject(f"{source}:{number}", "malformed-json", f"line {number}: {_json_error(exc)}", line)
    for where, record in records:
        yield _from_record(where, record, meta, max_bytes)


def _from_record(source: str, record: Any, meta: dict[str, Any], max_bytes: int) -> RawInput | Rejection:
    if not isinstance(record, dict):
        return reject(source, "malformed-json", "each record must be a JSON object with a 'text'", json.dumps(record)[:4096])
    body = next((record[k] for k in TEXT_KEYS if isinstance(record.get(k), str)), None)
    if body is None:
        return reject(
            source, "malformed-json", "no 'text', 'content' or 'body' string in the record", json.dumps(record, sort_keys=True)[:4096]
        )
    if len(body.encode("utf-8", "surrogatepass")) > max_bytes:
        return reject(source, "too-large", f"over the limit of {max_bytes} bytes (raise --max-bytes)", body[:4096])
    found: dict[str, Any] = {k: record[k] for k in META_KEYS if record.get(k) is not None}
    date = next((record[k] for k in DATE_KEYS if record.get(k)), None)
    if date is not None:
        found["published"] = str(date)
    found.update(meta)  # the manifest (the user) wins
    kind = "html" if _sniff(body.encode("utf-8", "surrogatepass")[:4096]) == "html" else "txt"
    return RawInput(source=source, data=body, kind=kind, meta=found)  # type: ignore[arg-type]
