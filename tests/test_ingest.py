"""Reading inputs and rejecting bad ones: nothing lost, nothing half-written."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tidings import ingest, link
from tidings.models import Article, RawInput, Rejection, Span
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
    original = link.link_mention

    def dying(mention, repo):  # type: ignore[no-untyped-def]
        if mention.source.article_id not in articles:
            articles.append(mention.source.article_id)
        if len(articles) == 6:  # the second article of the second batch of four
            raise KeyboardInterrupt
        return original(mention, repo)

    monkeypatch.setattr(link, "link_mention", dying)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths([str(examples)], store, Settings(batch_size=4))
    monkeypatch.setattr(link, "link_mention", original)
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


# -- issue 11: never crash, never lose a source -------------------------------------------


def test_two_unlinked_events_of_one_trigger_get_two_ids(store: Store) -> None:
    """Two events coded from one trigger of one sentence (or a mention the linker refuses to join) must not collide."""
    from tidings import temporal
    from tidings.models import Entity, EventMention, SourceRef

    def person(name: str, country: str) -> Entity:
        return Entity(name.lower(), name, "PERSON", country)

    source = SourceRef("a_1", "Police arrested Ali Hassan in Cairo and Omar Said in Tunis on Monday.", 0, 70, published="2011-01-25")

    def arrest(who: Entity, day: str) -> EventMention:
        # each country's police arrest their own citizen: one sentence's list of deeds by the same actors would be
        # one event (``link._listed``), deeds by different actors are not
        police = Entity(f"country:{who.country}", None, "COUNTRY", who.country)
        return EventMention("COERCE", "arrest", "occurred", (police,), (who,), temporal.point_from_value(day), None, source, "arrested")

    text = source.sentence
    article = Article("a_1", "<test>", text, text, (Span(0, len(text), 0, len(text)),), None, None, None, None, None, 0.0)
    with store.transaction():
        store.add_article(article)
        ids = [
            link.link_mention(arrest(person("Ali Hassan", "EGY"), "2011-01-24"), store)[0],
            link.link_mention(arrest(person("Omar Said", "TUN"), "2011-01-24"), store)[0],
            # The same key as the first, but a date that cannot be the same event: the linker refuses to join it.
            link.link_mention(arrest(person("Ali Hassan", "EGY"), "2011-01-17"), store)[0],
        ]
    assert len(set(ids)) == 3
    assert store.count_events() == 3


def test_a_failure_in_one_article_rolls_back_that_article_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An exception while analysing or while linking one article: the article is undone and rejected, the batch lands."""
    from tidings import events

    examples = Path(__file__).resolve().parent.parent / "examples" / "articles"
    reference = Store(":memory:")
    expected = ingest_paths([str(examples)], reference)
    reference.close()

    mentions = events.Extractor.mentions
    link_mention = link.link_mention

    def broken_analysis(self):  # type: ignore[no-untyped-def]
        if "helsinki-announced" in self.article.source:
            raise RuntimeError("analysis boom")
        return mentions(self)

    # The Kremlin-talks text article: its second mention fails after its first one was written.
    probe = Store(":memory:")
    first = ingest_paths([str(examples / "2018-07-11-kremlin-talks.txt")], probe)
    assert first.new == 1 and first.mentions >= 2
    target = probe.articles()[0].id
    probe.close()
    written: list[str] = []

    def broken_link(mention, repo):  # type: ignore[no-untyped-def]
        written.append(mention.source.article_id)
        if mention.source.article_id == target and written.count(target) == 2:
            raise ValueError("link boom")
        return link_mention(mention, repo)

    store = Store(tmp_path / "s.db")
    monkeypatch.setattr(events.Extractor, "mentions", broken_analysis)
    monkeypatch.setattr(link, "link_mention", broken_link)
    summary = ingest_paths([str(examples)], store)
    failed = {Path(r.source).name: r.detail for r in summary.rejected if r.reason == "internal-error"}
    assert failed == {
        "2018-06-28-helsinki-announced.txt": "RuntimeError: analysis boom",
        "2018-07-11-kremlin-talks.txt": "ValueError: link boom",
    }
    assert summary.failed == 2 and summary.new == expected.new - 2
    assert summary.read == summary.new + summary.duplicate + len(summary.rejected)
    stored = {a.source for a in store.articles()}
    assert not any(name in s for s in stored for name in failed)
    # Nothing of the failed articles is left behind: no mention, no sentence, no event without a mention.
    db = store.db
    assert db.execute("SELECT COUNT(*) FROM mentions WHERE article_id = ?", (target,)).fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM sentences WHERE article_id = ?", (target,)).fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM events WHERE id NOT IN (SELECT event_id FROM mentions)").fetchone()[0] == 0
    assert store.integrity_check() == "ok"
    assert {r.reason for r in store.rejections()} == {"internal-error"}

    # Once the fault is gone, running the same command again completes the store and clears the failures.
    monkeypatch.undo()
    again = ingest_paths([str(examples)], store)
    assert again.new == 2 and again.failed == 0
    assert store.rejections() == []
    store.close()


def test_every_bad_input_gets_its_own_reason_and_the_rest_lands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "utf16.txt").write_bytes(GOOD.replace("July 11", "July 13").encode("utf-16"))
    (folder / "utf32.txt").write_bytes(GOOD.replace("July 11", "July 14").encode("utf-32"))
    (folder / "utf16.jsonl").write_bytes(
        (json.dumps({"text": GOOD.replace("July 11", "July 15"), "published": "2018-07-15"}) + "\n").encode("utf-16")
    )
    for n in range(5):
        (folder / f"empty{n}.txt").write_bytes(b"")
    (folder / "lines.jsonl").write_text('{"text": "x"}\n{"text": "unterminated\n', encoding="utf-8")
    (folder / "locked.txt").write_text(GOOD, encoding="utf-8")
    (folder / "secret").mkdir()
    (folder / "secret" / "inside.txt").write_text(GOOD, encoding="utf-8")
    # The store's own files beside the articles are never read as articles.
    for name in ("tidings.db", "tidings.db-wal", "tidings.db-shm"):
        (folder / name).write_bytes(b"SQLite format 3\x00" + bytes(100))
    manifest = folder / "meta.jsonl"
    manifest.write_text(json.dumps({"path": "good.txt", "outlet": "example.org"}) + "\n")

    real_open, real_scandir = Path.open, os.scandir

    def open_(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("secret"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(Path, "open", open_)
    monkeypatch.setattr(os, "scandir", scandir)
    store = Store(tmp_path / "s.db")
    summary = ingest_paths([str(folder), str(tmp_path / "missing.txt")], store, manifest=manifest)
    monkeypatch.undo()
    reasons = sorted((Path(r.source.split(":")[0]).name, r.reason) for r in summary.rejected)
    assert reasons == sorted(
        [
            ("missing.txt", "not-found"),
            ("locked.txt", "permission-denied"),
            ("secret", "permission-denied"),
            *[(f"empty{n}.txt", "empty") for n in range(5)],
            ("lines.jsonl", "malformed-json"),
            ("lines.jsonl", "empty"),
        ]
    ), reasons
    # good, UTF-16, UTF-32 and the UTF-16 JSONL record land.
    assert summary.new == 4, summary.as_dict()
    assert len(store.rejections()) == len(summary.rejected)  # five empty files, five rows
    bad_line = next(r for r in summary.rejected if r.reason == "malformed-json")
    assert bad_line.detail.startswith("line 2: ") and "Unterminated string" in bad_line.detail and "column" in bad_line.detail
    # Ingesting the same inputs again adds no row.
    ingest_paths([str(folder), str(tmp_path / "missing.txt")], store, manifest=manifest)
    assert len(store.rejections()) == len(summary.rejected)
    store.close()


def test_batches_are_bounded_by_characters() -> None:
    from tidings.pipeline import batches

    items = [RawInput(f"a{i}", "x" * size, "txt") for i, size in enumerate([50, 60, 10, 200, 5, 5])]
    sizes = [[len(i.data) for i in b if isinstance(i, RawInput)] for b in batches(items, Settings(batch_size=3, batch_chars=100))]
    assert sizes == [[50], [60, 10], [200], [5, 5]]


def test_a_long_article_is_parsed_in_pieces_with_its_whole_text(nlp) -> None:  # type: ignore[no-untyped-def]
    from tidings import nlp as nlp_stage

    paragraph = "Egyptian police arrested dozens of protesters in Cairo on Tuesday. The interior ministry said order was restored.\n\n"
    text = paragraph * 40
    pieces = nlp_stage.chunks(text, limit=1000)
    assert "".join(pieces) == text and all(len(p) <= 1000 for p in pieces) and all(p.endswith("\n\n") for p in pieces[:-1])
    doc = next(nlp_stage.parse(nlp, [text]))
    assert doc.text == text and len(list(doc.sents)) == 80
    assert "".join(nlp_stage.chunks("word " * 1000, limit=300)) == "word " * 1000
