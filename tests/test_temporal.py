"""The temporal engine: a table of expressions, reference dates, tenses and expected values."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    ("two weeks ago", "2018-02-02", None, "2018-01-19"),  # TimeBank counts weeks ago in days
    # No anchor, no knowledge: no date.
    ("the day before", "2019-01-01", None, None),
    ("Christmas", "2019-01-01", None, None),
    ("three days of clashes", "2019-01-01", None, None),
    ("the 2024 election", "2019-01-01", None, None),
    ("that day", "2019-01-01", None, None),
    ("a day earlier", "2019-01-01", None, None),
    ("the anniversary of the coup", "2019-01-01", None, None),
    # Weekday forms, with and without a stop, and parts of the day.
    ("Wed.", "2019-01-31", "past", "2019-01-30"),
    ("Thurs", "2019-02-01", "past", "2019-01-31"),
    ("Thursday evening", "2018-02-02", "past", "2018-02-01"),
    ("on Friday", "2019-01-29", "past", "2019-01-25"),
    ("Sunday", "2018-01-29", "past", "2018-01-28"),
    ("Saturday", "2013-03-22", "future", "2013-03-23"),
    ("this Friday", "2019-09-10", None, "2019-09-13"),
    ("the day before yesterday", "2019-09-12", None, "2019-09-10"),
    ("tonight", "2019-09-12", None, "2019-09-12"),
    # Month-day around the turn of the year, both tenses.
    ("December 31", "2020-01-02", "past", "2019-12-31"),
    ("January 2", "2019-12-30", "future", "2020-01-02"),
    ("Feb. 28", "2020-03-10", "past", "2020-02-28"),
    ("March 15", "2019-03-14", "future", "2019-03-15"),
    ("Sept. 11, 2001", "2019-01-01", None, "2001-09-11"),
    ("11 September 2001", "2019-01-01", None, "2001-09-11"),
    ("the 4th of July", "2019-06-01", "future", "2019-07-04"),
    ("Monday, January 28", "2019-01-29", None, "2019-01-28"),
    ("05/13/2025", "2025-06-01", None, "2025-05-13"),
    ("2020-07-04T19:56:00Z", "2020-07-05", None, "2020-07-04"),
    # Months and years with modifiers.
    ("early December", "2013-03-22", "past", "2012-12"),
    ("late July", "2012-08-22", "past", "2012-07"),
    ("mid-2019", "2020-01-01", None, "2019"),
    ("early 2011", "2013-03-21", None, "2011"),
    ("this month", "2013-03-21", None, "2013-03"),
    ("next week", "2019-09-12", None, "2019-W38"),
    ("last weekend", "2019-09-12", None, "2019-W36-WE"),
    ("this year", "2013-03-22", None, "2013"),
    ("since 2015", "2019-09-12", None, "2015"),
    ("the end of the year", "2013-03-22", None, "2013"),
    ("this fiscal year", "2013-03-22", None, "2013"),
    # Seasons, halves, quarters, decades, centuries.
    ("last summer", "2013-03-22", None, "2012-SU"),
    ("the winter of 2014", "2019-01-01", None, "2014-WI"),
    ("the second half of 2022", "2023-01-01", None, "2022-H2"),
    ("the first half of next year", "2023-01-01", None, "2024-H1"),
    ("Q2 2023", "2023-01-01", None, "2023-Q2"),
    ("the third quarter", "2023-11-01", None, "2023-Q3"),
    ("the early 1990s", "2019-01-01", None, "199"),
    ("the 20th century", "2019-01-01", None, "19"),
    # Relative amounts, approximate.
    ("about a year ago", "2019-09-12", None, "2018"),
    ("nearly three years ago", "2023-06-01", None, "2020"),
    ("some five months ago", "2019-09-12", None, "2019-04"),
    ("three weeks ago", "2019-09-12", None, "2019-08-22"),
    # Ranges take the start (the end is in end_point).
    ("from Monday to Wednesday", "2019-09-12", "past", "2019-09-09"),
    ("January 2020 - March 2021", "2021-06-01", None, "2020-01"),
]


@pytest.mark.parametrize(("expression", "reference", "tense", "expected"), CASES)
def test_resolve(expression: str, reference: str, tense: str | None, expected: str | None) -> None:
    point = temporal.resolve(expression, reference, tense=tense)  # type: ignore[arg-type]
    assert (point.value if point else None) == expected


# Tagging in running text: (text, reference, [(expression, type, value, mod)]).
TAGGED = [
    ("The season started about a month earlier than usual.", "2013-03-22", [("a month", "DURATION", "P1M", "APPROX")]),
    ("It was the worst in a decade.", "2013-03-22", [("a decade", "DURATION", "P10Y", None)]),
    ("Children ages 6 months and older should get a shot.", "2013-03-22", []),
    ("The 22-year-old was arrested.", "2013-03-22", []),
    ("The pandemic of 2009-2010 killed 348 children.", "2013-03-22", [("2009", "DATE", "2009", None), ("2010", "DATE", "2010", None)]),
    ("Vaccinate children each season.", "2013-03-22", [("each season", "SET", "XXXX-XX", None)]),
    ("Smog returns every morning.", "2013-03-22", [("every morning", "SET", "XXXX-XX-XXTMO", None)]),
    ("The match was postponed until 15:00 GMT Saturday.", "2013-03-22", [("15:00 GMT Saturday", "TIME", "2013-03-23T15:00", None)]),
    ("He finished in 3:07:35.", "2013-03-21", [("3:07:35", "DURATION", "PT3H7M35S", None)]),
    (
        "A four-week course and a three-month class.",
        "2013-03-21",
        [("four-week", "DURATION", "P4W", None), ("three-month", "DURATION", "P3M", None)],
    ),
    ("Prices rose over the past two years.", "2013-03-22", [("the past two years", "DURATION", "P2Y", None)]),
    ("Protests grew in recent weeks.", "2013-03-22", [("recent weeks", "DURATION", "PXW", None)]),
    ("The rally lasted several days.", "2013-03-22", [("several days", "DURATION", "PXD", None)]),
    ("The program will run through June.", "2013-03-18", [("June", "DATE", "2013-06", None)]),
    ("He almost won it almost seven years ago.", "2013-03-21", [("almost seven years ago", "DATE", "2006", "LESS_THAN")]),
    ("The company said it would report results next year.", "2013-03-22", [("next year", "DATE", "2014", None)]),
    ("It is now clear.", "2013-03-22", [("now", "DATE", "PRESENT_REF", None)]),
    ("May I ask? The vote is in May.", "2013-03-22", [("May", "DATE", "2013-05", None)]),
    ("The leaves fall in autumn. Last summer was hot.", "2013-03-22", [("Last summer", "DATE", "2012-SU", None)]),
    (
        "They will meet at 8 p.m. on Friday.",
        "2013-03-20",
        [("8 p.m.", "TIME", "2013-03-22T20:00", None), ("Friday", "DATE", "2013-03-22", None)],
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), TAGGED)
def test_tag_in_context(text: str, reference: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    found = [(t.text, t.type, t.value, t.mod) for t in temporal.tag(text, reference)]
    assert found == expected


def test_the_tricky_table_is_large_enough() -> None:
    assert len(CASES) + len(TAGGED) >= 80


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


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)))
def test_tag_never_fails_and_offsets_hold(text: str, reference: dt.date) -> None:
    for timex in temporal.tag(text, reference):
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        if timex.point is not None:
            assert timex.point.start <= timex.point.end


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.sampled_from(["past", "future"]),
)
def test_weekdays_land_on_their_side_of_the_reference(weekday: str, reference: dt.date, tense: str) -> None:
    point = temporal.resolve(weekday, reference, tense=tense)  # type: ignore[arg-type]
    assert point is not None and point.start.strftime("%A") == weekday
    if tense == "past":
        assert 0 <= (reference - point.start).days < 7
    else:
        assert 0 <= (point.start - reference).days < 7
