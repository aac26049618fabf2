"""The temporal engine: a table of expressions, reference dates, tenses and expected values."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings import temporal

# (expression, reference date, tense, expected TIMEX3 value or None)
CASES = [
    # Contract examples.
    ("last Thursday", "2018-02-02", None, "2018-01-25"),
    ("Monday", "2018-02-02", "future", "2018-02-05"),
    # Bare weekdays: past is the most recent (the same day counts), future the coming one.
    ("Thursday", "2018-02-02", "past", "2018-02-01"),
    ("Monday", "2018-01-29", "past", "2018-01-29"),
    ("Tuesday", "2019-01-29", "past", "2019-01-29"),
    ("Wednesday", "2019-01-29", "future", "2019-01-30"),
    ("Friday", "2020-07-04", "past", "2020-07-03"),
    ("on Monday", "2018-07-17", "past", "2018-07-16"),
    ("Tues.", "2019-01-31", "past", "2019-01-29"),
    ("next Monday", "2018-02-02", None, "2018-02-05"),
    ("last Monday", "2018-01-29", None, "2018-01-22"),
    # Deictic words.
    ("yesterday", "2018-01-29", None, "2018-01-28"),
    ("today", "2018-01-29", None, "2018-01-29"),
    ("tomorrow", "2018-01-29", None, "2018-01-30"),
    # Month and day without a year: the side the tense points to.
    ("January 31", "2018-02-02", "past", "2018-01-31"),
    ("December 28", "2019-02-10", "past", "2018-12-28"),
    ("January 10", "2021-12-31", "future", "2022-01-10"),
    ("June 24", "2020-07-04", "past", "2020-06-24"),
    ("July 16", "2018-06-28", "future", "2018-07-16"),
    # Explicit dates.
    ("January 29, 2019", "2020-01-01", None, "2019-01-29"),
    ("Aug. 1, 2019", "2020-01-01", None, "2019-08-01"),
    ("6 Jun 2020", "2021-01-01", None, "2020-06-06"),
    ("2019-01-05", "2019-01-01", None, "2019-01-05"),
    ("13/05/2025", "2025-06-01", None, "2025-05-13"),
    # Months.
    ("in November 2019", "2020-07-04", None, "2019-11"),
    ("June 2019", "2020-07-04", None, "2019-06"),
    ("in January", "2019-09-12", "future", "2020-01"),
    ("in April", "2019-09-12", "past", "2019-04"),
    ("in September", "2019-01-29", "past", "2018-09"),
    ("last month", "2019-09-12", None, "2019-08"),
    ("next month", "2019-12-12", None, "2020-01"),
    # Weeks and years.
    ("last week", "2019-01-29", None, "2019-W04"),
    ("this week", "2019-01-29", None, "2019-W05"),
    ("last year", "2018-06-28", None, "2017"),
    ("next year", "2022-11-15", None, "2023"),
    ("in 2019", "2020-01-01", None, "2019"),
    ("the 1990s", "2019-01-01", None, "199"),
    # Ago.
    ("approximately three months ago", "2018-02-02", None, "2017-11"),
    ("two days ago", "2018-02-02", None, "2018-01-31"),
    ("a year ago", "2018-02-02", None, "2017"),
    ("two weeks ago", "2018-02-02", None, "2018-W03"),
    # No anchor, no knowledge: no date.
    ("the day before", "2019-01-01", None, None),
    ("Christmas", "2019-01-01", None, None),
    ("three days of clashes", "2019-01-01", None, None),
    ("the 2024 election", "2019-01-01", None, None),
    ("that day", "2019-01-01", None, None),
    ("a day earlier", "2019-01-01", None, None),
]


@pytest.mark.parametrize(("expression", "reference", "tense", "expected"), CASES)
def test_resolve(expression: str, reference: str, tense: str | None, expected: str | None) -> None:
    point = temporal.resolve(expression, reference, tense=tense)  # type: ignore[arg-type]
    assert (point.value if point else None) == expected


def test_time_point_fields() -> None:
    point = temporal.resolve("approximately three months ago", "2018-02-02")
    assert point is not None
    assert point.granularity == "month"
    assert point.approximate
    assert point.start == dt.date(2017, 11, 1) and point.end == dt.date(2017, 11, 30)


def test_range() -> None:
    point = temporal.resolve("March 15-20", "2019-01-01", tense="future")
    assert point is not None and point.end_point is not None
    assert (point.start, point.end) == (dt.date(2019, 3, 15), dt.date(2019, 3, 20))


def test_anchor_relative_uses_the_narrative() -> None:
    text = "Netanyahu met Putin on Thursday in Sochi. A day earlier the ministry criticised him."
    found = {t.text: t.value for t in temporal.tag(text, "2019-09-12")}
    assert found == {"Thursday": "2019-09-12", "A day earlier": "2019-09-11"}


def test_anchor_relative_without_anchor_is_a_duration() -> None:
    """No date to count from: TimeML tags the quantity as a DURATION, and no date is guessed."""
    tags = temporal.tag("Two days later the talks resumed.", "2019-09-12")
    assert [(t.text, t.type, t.value) for t in tags] == [("Two days", "DURATION", "P2D")]


def test_comparative_is_a_duration() -> None:
    tags = temporal.tag("The season started Friday. It began about a month earlier than usual.", "2013-03-22")
    assert [(t.text, t.type, t.value) for t in tags][1] == ("a month", "DURATION", "P1M")


def test_from_now_is_duration_and_now() -> None:
    tags = temporal.tag("He will retire eight years from now.", "2013-03-21")
    assert [(t.text, t.type, t.value) for t in tags] == [("eight years", "DURATION", "P8Y"), ("now", "DATE", "PRESENT_REF")]


def test_event_relative_is_not_guessed() -> None:
    tags = temporal.tag("The visit took place five days before the election.", "2019-09-12")
    assert [(t.text, t.type, t.value) for t in tags] == [("five days", "DURATION", "P5D")]


@pytest.mark.parametrize(
    "text",
    [
        "We may meet again.",
        "They will march to the square.",
        "Half of 1/2 is a quarter.",
        "We in no way underestimate it.",
        "The sun rose.",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert [t for t in temporal.tag(text, "2020-01-01") if t.type in ("DATE", "TIME")] == []


def test_tag_offsets_point_at_the_text() -> None:
    text = "Ben-Shabbat and Patrushev previously met in Moscow in November 2019. Earlier, in June 2019, the two met."
    for timex in temporal.tag(text, "2020-07-04"):
        assert text[timex.start : timex.end] == timex.text
    assert [t.value for t in temporal.tag(text, "2020-07-04")] == ["2019-11", "2019-06"]


def test_duration_and_set_types() -> None:
    tags = temporal.tag("He spent 28 years in the service.", "2020-07-04")
    assert [(t.type, t.value) for t in tags] == [("DURATION", "P28Y")]


def test_present_ref() -> None:
    assert [t.value for t in temporal.tag("Troops are now leaving.", "2020-01-01")] == ["PRESENT_REF"]


def test_point_from_value_round_trips() -> None:
    for value in ("2018-02-01", "2017-11", "2018-W04", "2018-Q1", "2019", "199"):
        point = temporal.point_from_value(value)
        assert point is not None and point.value == value
