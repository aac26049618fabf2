"""The command line, as a user runs it: output formats, errors, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLES
from tidings.cli import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.db"
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES / "articles"), "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "read 12, new 12, duplicate 0, rejected 0" in result.output
    return db


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_events_json_follows_the_schema(demo_db: Path) -> None:
    code, out, _ = run("events", "--db", str(demo_db), "--format", "json")
    assert code == 0
    events = json.loads(out)
    assert events
    keys = {
        "id",
        "type",
        "mode",
        "status",
        "date",
        "date_precision",
        "date_approximate",
        "actors",
        "recipients",
        "location",
        "contexts",
        "sources",
        "confidence",
    }
    for e in events:
        assert keys <= set(e)
        assert e["id"].startswith("ev_")
        for entity in e["actors"] + e["recipients"]:
            assert {"name", "country", "sector", "title", "id"} <= set(entity)
        for s in e["sources"]:
            assert {"article_id", "url", "outlet", "published", "sentence", "start", "end"} <= set(s)


def test_source_offsets_point_at_the_sentence(demo_db: Path) -> None:
    import sqlite3

    db = sqlite3.connect(demo_db)
    raw = dict(db.execute("SELECT id, raw FROM articles"))
    _code, out, _ = run("events", "--db", str(demo_db), "--format", "json")
    for e in json.loads(out):
        for s in e["sources"]:
            assert " ".join(raw[s["article_id"]][s["start"] : s["end"]].split()) == " ".join(s["sentence"].split())


def test_filters(demo_db: Path) -> None:
    code, out, _ = run("events", "--db", str(demo_db), "--format", "json", "--actor", "Netanyahu", "--actor", "Putin")
    assert code == 0
    events = json.loads(out)
    assert events and all({"Benjamin Netanyahu", "Vladimir Putin"} <= {p["name"] for p in e["actors"] + e["recipients"]} for e in events)
    code, out, _ = run(
        "events", "--db", str(demo_db), "--format", "json", "--status", "planned", "--since", "2018-01-01", "--until", "2018-12-31"
    )
    assert code == 0 and [e["date"] for e in json.loads(out)] == ["2018-07-16"]
    planned = json.loads(out)[0]
    _code, out, _ = run(
        "events", "--db", str(demo_db), "--format", "json", "--status", "occurred", "--since", "2018-07-16", "--until", "2018-07-16"
    )
    assert planned["linked_to"] == [e["id"] for e in json.loads(out)]  # the announced summit is linked to the summit
    _code, out, _ = run("events", "--db", str(demo_db), "--format", "json", "--country", "CHN")
    assert {e["date"] for e in json.loads(out)} == {"2022-11-14", "2023"}


def test_hostile_actor_filter_is_just_a_name(demo_db: Path) -> None:
    code, out, _ = run("events", "--db", str(demo_db), "--format", "json", "--actor", "x') OR 1=1; DROP TABLE events; --")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run("events", "--db", str(demo_db), "--format", "json")
    assert json.loads(out)


def test_timeline_json(demo_db: Path) -> None:
    code, out, _ = run("timeline", "--db", str(demo_db), "--format", "json", "--max-dates", "3", "--per-date", "1")
    assert code == 0
    data = json.loads(out)
    dates = [d["date"] for d in data["dates"]]
    assert len(dates) == 3 and dates == sorted(dates)
    for d in data["dates"]:
        assert len(d["summary"]) == 1 and d["events"]
    # The most reported meetings come first in importance.
    assert "2018-07-11" in dates and "2018-07-16" in dates


def test_timeline_text_for_a_pair(demo_db: Path) -> None:
    code, out, _ = run("timeline", "--db", str(demo_db), "--actor", "Biden", "--actor", "Putin")
    assert code == 0
    assert out.splitlines()[0] == "2021-06-16"
    assert "2021-12-30" in out


def test_export_formats(demo_db: Path, tmp_path: Path) -> None:
    code, out, _ = run("export", "--db", str(demo_db), "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and lines
    code, out, _ = run("export", "--db", str(demo_db), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(lines) and rows[0]["id"].startswith("ev_")
    code, out, _ = run("export", "--db", str(demo_db), "--format", "plover-jsonl")
    types = {json.loads(line)["event_type"] for line in out.splitlines()}
    assert "AGREE" in types  # planned CONSULT is PLOVER AGREE
    target = tmp_path / "out.jsonl"
    code, _, _err = run("export", "--db", str(demo_db), "--format", "jsonl", "-o", str(target))
    assert code == 0 and len(target.read_text().splitlines()) == len(lines)


def test_errors_are_one_line_and_exit_1(tmp_path: Path) -> None:
    code, _out, err = run("events", "--db", str(tmp_path / "missing.db"))
    assert code == 1 and err.count("\n") == 1 and "tidings ingest" in err
    (tmp_path / "gold.json").write_text("{}")
    code, _out, err = run("eval", "--gold", str(tmp_path / "gold.json"), str(EXAMPLES / "articles"))
    assert code == 1 and "tidings-gold/1" in err and "Traceback" not in err
    # A path that does not exist is one rejected input: the others of the command still land.
    code, out, err = run(
        "ingest", str(tmp_path / "nowhere"), str(EXAMPLES / "articles" / "2018-07-11-kremlin-talks.txt"), "--db", str(tmp_path / "s.db")
    )
    assert code == 0 and "not-found" in out and "new 1" in out, (out, err)
    (tmp_path / "junk.db").write_bytes(b"not a database" * 100)
    code, _out, err = run("events", "--db", str(tmp_path / "junk.db"))
    assert code == 1 and "cannot open" in err


def test_bad_date_argument() -> None:
    code, _out, err = run("events", "--since", "last tuesday")
    assert code == 1 and "YYYY-MM-DD" in err


def test_eval_command(tmp_path: Path) -> None:
    code, out, _ = run("eval", "--gold", str(EXAMPLES / "gold.json"), str(EXAMPLES / "articles"), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["overall"]["f1"] > 0.9 and report["date_accuracy"] > 0.9


def test_timeline_timelinejs(demo_db: Path) -> None:
    code, out, _ = run("timeline", "--db", str(demo_db), "--format", "timelinejs", "--actor", "Putin", "--max-dates", "4")
    assert code == 0
    data = json.loads(out)
    assert len(data["events"]) == 4
    first = data["events"][0]
    assert set(first["start_date"]) <= {"year", "month", "day"} and first["text"]["text"].startswith("<p>")


def test_timelinejs_escapes_article_text() -> None:
    from tidings.timeline import TimelineDate, to_timelinejs

    out = to_timelinejs([TimelineDate("2020-01-02", 1.0, ['<script>alert(1)</script> met "x"'], ["ev_1"])], "<b>t</b>")
    assert "<script>" not in json.dumps(out) and "&lt;script&gt;" in out["events"][0]["text"]["text"]
    assert out["title"]["text"]["headline"] == "&lt;b&gt;t&lt;/b&gt;"


def test_kill_9_in_the_middle_of_an_ingest_leaves_a_consistent_store_that_a_rerun_completes(tmp_path: Path) -> None:
    """A real ``kill -9`` of ``tidings ingest`` once its first batches are committed."""
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    import time

    exe = Path(sys.executable).parent / "tidings"
    reference = tmp_path / "reference.db"
    assert (
        subprocess.run([str(exe), "ingest", str(EXAMPLES / "articles"), "--db", str(reference), "--no-progress"], check=False).returncode
        == 0
    )
    killed = tmp_path / "killed.db"
    proc = subprocess.Popen([str(exe), "ingest", str(EXAMPLES / "articles"), "--db", str(killed), "--no-progress", "--batch-size", "1"])
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if killed.exists():
            try:
                with sqlite3.connect(killed) as db:
                    stored = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0
        if stored >= 3:
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.05)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"
    with sqlite3.connect(killed) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT COUNT(*) FROM events WHERE id NOT IN (SELECT event_id FROM mentions)").fetchone()[0] == 0
        assert 3 <= db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] < 12
    assert (
        subprocess.run([str(exe), "ingest", str(EXAMPLES / "articles"), "--db", str(killed), "--no-progress"], check=False).returncode == 0
    )

    def export(db: Path) -> list[str]:
        out = subprocess.run([str(exe), "export", "--format", "jsonl", "--db", str(db)], capture_output=True, text=True, check=True).stdout
        return sorted(out.splitlines())

    assert export(killed) == export(reference)


def test_lists_say_when_nothing_matches(demo_db: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(demo_db), "--actor", "Nobody Atall"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "no event matches" in result.stderr
    result = CliRunner().invoke(main, ["entities", "--db", str(demo_db), "--country", "ATA"])
    assert result.exit_code == 0 and "no entity matches" in result.stderr
    result = CliRunner().invoke(main, ["events", "--db", str(demo_db), "--place", "Helsinki", "--format", "json"])
    assert result.exit_code == 0 and {e["location"]["name"] for e in json.loads(result.stdout)} == {"Helsinki"}
    from tidings.temporal import point_from_value

    listed = json.loads(CliRunner().invoke(main, ["events", "--db", str(demo_db), "--format", "json"]).stdout)
    starts = [p.start for p in (point_from_value(e["date"]) for e in listed) if p is not None]
    assert starts == sorted(starts)  # date order


def test_the_same_input_gives_the_same_store_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Python salts string hashes per process: nothing tidings stores may depend on the order of a set of strings
    (a trigger's roles were a set, and the participants' order changed between two runs, serial or parallel)."""
    import os
    import subprocess
    import sys

    exe = Path(sys.executable).parent / "tidings"
    roles = tmp_path / "roles.txt"  # a trigger with two recipient roles ("on", "at") that both find someone
    roles.write_text(
        "Gunmen opened fire on the Kenyan president's motorcade at a summit in Ethiopia on Monday, officials said.\n\n"
        "The president was unhurt, his office said on Tuesday.\n",
        encoding="utf-8",
    )
    exports = []
    for seed in ("1", "2"):
        db = tmp_path / f"seed{seed}.db"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        for source in (EXAMPLES / "articles", roles):
            subprocess.run([str(exe), "ingest", str(source), "--db", str(db), "--no-progress"], env=env, check=True)
        out = subprocess.run(
            [str(exe), "export", "--format", "jsonl", "--db", str(db)], env=env, capture_output=True, text=True, check=True
        )
        exports.append(out.stdout)
    assert exports[0] and exports[0] == exports[1]
