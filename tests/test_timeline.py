"""Timelines: from linked events, and from dated sentences when a topic has few political events."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from tidings import timeline
from tidings.cli import main


@dataclass(frozen=True)
class Sent:
    article_id: str
    index: int
    published: str | None
    text: str
    days: tuple[str, ...] = ()


def _epidemic() -> list[Sent]:
    """An invented outbreak: the days most articles name win; each is summarised by its most central sentence."""
    out = []
    for n in range(3):
        first = "Health officials confirmed the first case of the new fever in the port city on Monday."
        out.append(Sent(f"a{n}", 0, "2031-03-04", first, ("2031-03-03",)))
        out.append(
            Sent(f"a{n}", 1, "2031-03-04", f"Hospital number {n} in the port city reported its staff were ready for more fever patients.")
        )
    closed = [
        "The government closed the schools of the port city on Tuesday to slow the fever outbreak.",
        "Schools in the port city were closed on Tuesday as the fever spread to three districts.",
        "Parents collected their children after the port city's schools were closed on Tuesday.",
    ]
    out += [Sent(f"b{n}", 0, "2031-03-10", text, ("2031-03-09",)) for n, text in enumerate(closed)]
    out.append(Sent("c0", 3, "2031-03-20", "A football match was played in the capital on Sunday without incident.", ("2031-03-19",)))
    return out


def test_dates_ranked_by_the_articles_that_name_them() -> None:
    built = timeline.summarize(_epidemic(), max_dates=2, per_date=1)
    assert [d.date for d in built] == ["2031-03-03", "2031-03-09"]
    assert built[0].summary == ["Health officials confirmed the first case of the new fever in the port city on Monday."]


def test_summary_sentences_do_not_repeat_each_other() -> None:
    built = timeline.summarize(_epidemic(), max_dates=1, per_date=3)
    [day] = built
    assert len(day.summary) == len(set(day.summary))
    assert day.summary.count("Health officials confirmed the first case of the new fever in the port city on Monday.") == 1


def test_span_and_topic_restrict_the_material() -> None:
    built = timeline.summarize(_epidemic(), max_dates=5, per_date=1, start="2031-03-05", topic="schools")
    assert [d.date for d in built] == ["2031-03-09"]
    assert "closed" in built[0].summary[0]


def test_cli_timeline_from_sentences(tmp_path: Path) -> None:
    article = tmp_path / "outbreak.txt"
    article.write_text(
        "PORT LOUIS, March 4, 2031\n\nHealth officials confirmed the first case of a new fever in the port city on Monday, "
        "and hospitals said they were preparing more beds. The ministry said on Tuesday that twelve people were being "
        "tested in the eastern districts.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "t.db")
    assert CliRunner().invoke(main, ["ingest", str(article), "--db", db, "--no-progress"]).exit_code == 0
    result = CliRunner().invoke(main, ["timeline", "--db", db, "--topic", "fever", "--format", "json"])
    assert result.exit_code == 0, result.output
    dates = json.loads(result.stdout)["dates"]
    assert dates[0]["date"] == "2031-03-03" and "first case" in dates[0]["summary"][0]
