"""Reading inputs and rejecting bad ones: nothing lost, nothing half-written."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tidings import ingest
from tidings.models import RawInput, Rejection
from tidings.pipeline import ingest_paths
from tidings.settings import Settings
from tidings.store import Store

GOOD = (
    "MOSCOW, July 11, 2018\n\n"
    "Israeli Prime Minister Benjamin Netanyahu met Russian President Vladimir Putin at the Kremlin on Wednesday, "
    "their third meeting of the year, as Syrian government forces pushed toward the Golan Heights. "
    "The two leaders discussed the fighting in southern Syria and the coordination between their armed forces.\n"
)
GERMAN = (
    "Der israelische Ministerpräsident traf sich am Mittwoch im Kreml mit dem russischen Präsidenten. "
    "Die beiden Politiker sprachen über die Lage in Syrien und über die Zusammenarbeit ihrer Streitkräfte, "
    "die seit dem Jahr 2015 besteht und Zwischenfälle in der Luft verhindern soll."
)


def bad_folder(root: Path) -> Path:
    """One good article and one file of each bad kind."""
    folder = root / "batch"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "huge.txt").write_text("word " * 600_000, encoding="utf-8")
    (folder / "latin1.txt").write_bytes(GOOD.replace("Prime", "Prime Minister\u2019s").encode("cp1252"))
    (folder / "undecodable.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 400)
    (folder / "german.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")
    (folder / "lines.jsonl").write_text(
        json.dumps({"text": GOOD.replace("July 11", "July 12"), "published": "2018-07-12"}) + "\n{not json\n", encoding="utf-8"
    )
    (folder / "nothing.html").write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>", encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    return folder


def dump(path: Path) -> list[tuple[object, ...]]:
    db = sqlite3.connect(path)
    rows: list[tuple[object, ...]] = []
    for table in ("articles", "rejected", "events", "mentions", "entities", "event_participants"):
        cols = "*" if table != "rejected" else "digest, source, reason, detail"
        if table == "articles":
            cols = "id, source, published, text"
        if table == "events":
            cols = "id, type, status, date, n_sources"
        rows += [(table, *r) for r in db.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2")]  # noqa: S608
    db.close()
    return rows


def test_each_bad_kind_is_rejected_with_its_reason(tmp_path: Path) -> None:
    folder = bad_folder(tmp_path)
    store = Store(tmp_path / "s.db")
    summary = ingest_paths([str(folder)], store, Settings(max_bytes=1_000_000))
    reasons = {Path(r.source).name.split(":")[0]: r.reason for r in summary.rejected}
    assert reasons == {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "huge.txt": "too-large",
        "undecodable.txt": "undecodable",
        "german.txt": "not-english",
        "broken.json": "malformed-json",
        "lines.jsonl": "malformed-json",
        "nothing.html": "malformed-html",
        "notes.docx": "unsupported-format",
    }
    assert summary.new == 3  # good.txt, latin1.txt (decoded as cp1252), lines.jsonl line 1
    assert {r.reason for r in store.rejections()} == set(reasons.values())
    assert all(r.detail for r in store.rejections())
    store.close()


def test_reingest_changes_nothing(tmp_path: Path) -> None:
    folder = bad_folder(tmp_path)
    db = tmp_path / "s.db"
    store = Store(db)
    first = ingest_paths([str(folder)], store)
    before = dump(db)
    second = ingest_paths([str(folder)], store)
    store.close()
    assert dump(db) == before
    assert second.new == 0 and second.duplicate == first.new


def test_interrupted_ingest_is_consistent_and_resumable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    examples = Path(__file__).resolve().parent.parent / "examples" / "articles"
    clean_db = tmp_path / "clean.db"
    reference = Store(clean_db)
    ingest_paths([str(examples)], reference, Settings(batch_size=4))
    reference.close()

    db = tmp_path / "killed.db"
    store = Store(db)
    articles: list[str] = []
    original = Store.link_mention

    def dying(self: Store, mention):  # type: ignore[no-untyped-def]
        if mention.source.article_id not in articles:
            articles.append(mention.source.article_id)
        if len(articles) == 6:  # the second article of the second batch of four
            raise KeyboardInterrupt
        return original(self, mention)

    monkeypatch.setattr(Store, "link_mention", dying)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths([str(examples)], store, Settings(batch_size=4))
    monkeypatch.setattr(Store, "link_mention", original)
    counts = store.counts()
    # Only whole batches were kept: every stored article has its mentions, no event lacks a mention.
    orphans = store.db.execute("SELECT COUNT(*) FROM events WHERE id NOT IN (SELECT event_id FROM mentions)").fetchone()[0]
    assert orphans == 0
    assert counts["articles"] == 4
    ingest_paths([str(examples)], store, Settings(batch_size=4))
    store.close()
    assert [r for r in dump(db) if r[0] != "rejected"] == [r for r in dump(clean_db) if r[0] != "rejected"]


def test_manifest_metadata_wins(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "m.jsonl").write_text(
        json.dumps({"id": "doc-a", "path": "a.txt", "published": "2018-07-12", "outlet": "example.org"}) + "\n"
    )
    items = list(ingest.read_inputs([str(tmp_path)], manifest=tmp_path / "m.jsonl"))
    assert len(items) == 1  # the manifest itself is not an article
    item = items[0]
    assert isinstance(item, RawInput)
    assert item.meta == {"id": "doc-a", "published": "2018-07-12", "outlet": "example.org"}


def test_stdin(tmp_path: Path) -> None:
    import io

    store = Store(tmp_path / "s.db")
    summary = ingest_paths(["-"], store, stdin=io.BytesIO(GOOD.encode()))
    assert summary.new == 1
    assert store.events()[0].date == "2018-07-11"
    store.close()


def test_json_list_and_keys(tmp_path: Path) -> None:
    records = [{"body": GOOD, "date": "2018-07-11", "title": "T"}, {"content": GOOD.replace("Golan", "the Golan"), "time": "2018-07-11"}, 5]
    (tmp_path / "list.json").write_text(json.dumps(records))
    items = list(ingest.read_inputs([str(tmp_path / "list.json")]))
    assert [type(i).__name__ for i in items] == ["RawInput", "RawInput", "Rejection"]
    assert isinstance(items[0], RawInput) and items[0].meta["published"] == "2018-07-11"
    assert isinstance(items[2], Rejection) and items[2].reason == "malformed-json"


def test_a_large_jsonl_corpus_is_read_to_the_end(tmp_path: Path) -> None:
    """Records past any whole-file limit are not lost: JSONL is streamed, the limit is per record."""
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(300):
            fh.write(json.dumps({"id": f"r{i}", "text": f"Record {i}. " + "word " * 400}) + "\n")
        fh.write(json.dumps({"id": "huge", "text": "word " * 5000}) + "\n")
        fh.write("{broken\n")
    items = list(ingest.read_inputs([str(path)], max_bytes=10_000))
    raws = [i for i in items if isinstance(i, RawInput)]
    rejected = {i.source.rsplit(":", 1)[1]: i.reason for i in items if isinstance(i, Rejection)}
    assert len(raws) == 300 and raws[-1].meta["id"] == "r299"
    assert rejected == {"301": "too-large", "302": "malformed-json"}


def test_jsonl_on_stdin_is_streamed(tmp_path: Path) -> None:
    import io

    lines = "".join(json.dumps({"text": GOOD.replace("July 11", f"July {d}"), "published": f"2018-07-{d}"}) + "\n" for d in range(10, 20))
    items = list(ingest.read_inputs(["-"], stdin=io.BytesIO(lines.encode()), max_bytes=1_000))
    assert [i.meta["published"] for i in items if isinstance(i, RawInput)] == [f"2018-07-{d}" for d in range(10, 20)]
