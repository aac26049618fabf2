"""The public Python API: its names, and what they return."""

from __future__ import annotations

import pytest

import tidings
from tidings import temporal

DOCUMENTED = {"extract", "temporal", "Event", "Entity", "Location", "SourceRef", "TimePoint", "Timex", "__version__"}


def test_exported_members_are_the_documented_ones() -> None:
    assert set(tidings.__all__) == DOCUMENTED
    for name in tidings.__all__:
        assert hasattr(tidings, name)


def test_extract_one_article(nlp: object) -> None:
    text = (
        "Israeli Prime Minister Benjamin Netanyahu met with Russian President Vladimir Putin Thursday in Sochi, "
        "to discuss regional security. During his visit, Netanyahu also met with Russian Defence Minister Sergei Shoigu."
    )
    events = tidings.extract(text, published="2019-09-12")
    found = sorted((e.date, tuple(sorted(p.name or "" for p in e.actors + e.recipients))) for e in events)
    assert found == [
        ("2019-09-12", ("Benjamin Netanyahu", "Sergei Shoigu")),
        ("2019-09-12", ("Benjamin Netanyahu", "Vladimir Putin")),
    ]
    putin = next(e for e in events if any(p.name == "Vladimir Putin" for p in e.recipients))
    d = putin.to_dict()
    assert d["type"] == "CONSULT" and d["mode"] == "visit" and d["status"] == "occurred"
    assert d["location"]["name"] == "Sochi" and d["location"]["country"] == "RUS"
    assert d["actors"][0]["country"] == "ISR" and d["recipients"][0]["title"] == "President"
    assert text[d["sources"][0]["start"] : d["sources"][0]["end"]] == d["sources"][0]["sentence"]


def test_extract_planned_and_phone(nlp: object) -> None:
    events = tidings.extract(
        "Ben-Shabbat and Russian Security Council Secretary Nikolai Patrushev spoke by phone on Friday. "
        "Patrushev will visit Jerusalem on Monday for talks with Israeli officials.",
        published="2020-07-04",
    )
    by_status = {e.status: e for e in events}
    assert by_status["occurred"].mode == "phone" and by_status["occurred"].date == "2020-07-03"
    assert by_status["planned"].date == "2020-07-06"


def test_temporal_contract() -> None:
    point = temporal.resolve("last Thursday", "2018-02-02")
    assert point is not None and point.value == "2018-01-25" and point.granularity == "day"
    assert temporal.resolve("Monday", "2018-02-02", tense="future").value == "2018-02-05"  # type: ignore[union-attr]
    timexes = temporal.tag("They met Thursday.", "2018-02-02")
    assert [(t.text, t.type, t.value, t.mod) for t in timexes] == [("Thursday", "DATE", "2018-02-01", None)]


STATUS_CASES = [
    ("Russian President Vladimir Putin cancelled his visit to Israel on Monday.", "2020-03-03", ["cancelled"]),
    ("The meeting between Trump and Putin in Helsinki was called off on Friday.", "2018-07-14", ["cancelled"]),
    ("The Kremlin denied that Putin had met Netanyahu in Sochi last week.", "2019-09-20", ["denied"]),
    ("If Netanyahu met Putin in Moscow, the two would discuss Syria.", "2019-09-20", ["hypothetical"]),
    ("Netanyahu did not meet Putin in Moscow on Thursday.", "2019-09-20", []),
    ("Netanyahu will meet Putin in Moscow on Thursday.", "2019-09-16", ["planned"]),
    ("Netanyahu met Putin in Moscow on Thursday.", "2019-09-20", ["occurred"]),
]


@pytest.mark.parametrize(("text", "published", "statuses"), STATUS_CASES)
def test_status(nlp: object, text: str, published: str, statuses: list[str]) -> None:
    assert [e.status for e in tidings.extract(text, published=published)] == statuses
