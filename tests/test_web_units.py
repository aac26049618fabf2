"""The web's pure parts, without a browser: the shared filters, headlines, human dates, windows, colours, markup."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings import filters
from tidings.errors import FilterError
from tidings.models import EVENT_TYPES, Entity, Event, Location
from tidings.store.fts import MARK_END, MARK_START
from tidings.web import charts, labels
from tidings.web.common import highlight, marked


def _event(type_: str = "CONSULT", status: str = "occurred", date: str | None = "2018-07-16", **kw: object) -> Event:
    netanyahu = Entity("benjamin netanyahu", "Benjamin Netanyahu", "PERSON", "ISR")
    putin = Entity("vladimir putin", "Vladimir Putin", "PERSON", "RUS")
    fields: dict[str, object] = dict(
        id="ev_0123456789abcdef",
        type=type_,
        mode=None,
        status=status,
        date=date,
        date_precision="day",
        date_approximate=False,
        actors=(netanyahu,),
        recipients=(putin,),
        location=Location("Moscow", "RUS", 55.75, 37.62),
        contexts=(),
        sources=(),
        confidence=0.9,
    )
    fields.update(kw)
    return Event(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("event", "headline"),
    [
        (_event(), "Netanyahu meets Putin in Moscow"),
        (_event(status="planned"), "Netanyahu to meet Putin in Moscow"),
        (_event("ASSAULT", location=None), "Netanyahu attacks Putin"),
        (_event("PROTEST", recipients=(), location=None), "Netanyahu protests"),
        (_event("SANCTION", status="cancelled", location=None), "Netanyahu sanctions Putin (called off)"),
        (_event(actors=(Entity("country:LBY", None, "COUNTRY", "LBY"),), location=None), "Libya meets Putin"),
    ],
)
def test_headlines_say_what_happened(event: Event, headline: str) -> None:
    assert labels.headline(event) == headline


@pytest.mark.parametrize(
    ("value", "approximate", "said"),
    [
        ("2011-04-18", False, "18 Apr 2011"),
        ("2011-W16", False, "week of 18 Apr 2011"),
        ("2011-W16-WE", False, "weekend of 23 Apr 2011"),
        ("2011-03", True, "March 2011 (approx.)"),
        ("2011-SU", False, "summer 2011"),
        ("2011-Q2", False, "second quarter of 2011"),
        ("2011-H1", False, "first half of 2011"),
        ("2011", False, "2011"),
        ("199", False, "the 1990s"),
        ("19", False, "the 20th century"),
        ("2011-WI", False, "winter 2011"),
        (None, False, "date unknown"),
        ("PAST_REF", False, "PAST_REF"),  # a value that names no calendar point is shown as it is
        ("2011-13", False, "2011-13"),
    ],
)
def test_human_dates(value: str | None, approximate: bool, said: str) -> None:
    assert labels.human_date(value, approximate) == said


def test_article_titles_for_untitled_articles() -> None:
    lead = 'BENGHAZI, Libya | Thu Aug 4, 2011 3:51 pm EDT BENGHAZI, Libya (Reuters) - "The rebels" is a handy phrase.\nMore.'
    assert labels.article_title(None, lead, "x.jsonl:2") == '"The rebels" is a handy phrase.'
    assert labels.article_title("  A title ", lead, "x.jsonl:2") == "A title"
    assert labels.article_title(None, "", "x.jsonl:2") == "x.jsonl:2"
    long = labels.article_title(None, "word " * 100, "x")
    assert long.endswith("…") and len(long) <= 111


def test_the_densest_span_ignores_far_dates() -> None:
    days = [("1776-07-04", 1), ("1918-11-11", 1)] + [(f"2011-{m:02d}-15", 20) for m in range(2, 10)] + [("2030-01-01", 1)]
    span = charts.dense_span(days)
    assert span is not None and span[0] > "2011-01-01" and span[1] < "2011-12-31"
    total = sum(n for _, n in days)
    assert sum(n for d, n in days if span[0] <= d < span[1]) >= charts.DENSE_SHARE * total
    assert charts.dense_span([]) is None
    one = charts.dense_span([("2020-05-05", 3)])
    assert one is not None and one[0] < "2020-05-05" < one[1]


@given(st.lists(st.tuples(st.dates().map(lambda d: d.isoformat()), st.integers(1, 50)), min_size=1, max_size=60, unique_by=lambda x: x[0]))
def test_the_densest_span_always_holds_most_events(days: list[tuple[str, int]]) -> None:
    days.sort()
    span = charts.dense_span(days)
    assert span is not None
    inside = sum(n for d, n in days if span[0] <= d < span[1])
    assert inside >= charts.DENSE_SHARE * sum(n for _, n in days)


def _lab(colour: str, matrix: tuple[tuple[float, ...], ...]) -> tuple[float, float, float]:
    """CIELAB of an sRGB colour as seen through a colour-vision matrix (Machado et al. 2009, severity 1)."""
    rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    seen = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear, strict=True)))) for row in matrix]
    xyz = [
        sum(m * c for m, c in zip(row, seen, strict=True))
        for row in ((0.4124, 0.3576, 0.1805), (0.2126, 0.7152, 0.0722), (0.0193, 0.1192, 0.9505))
    ]
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (xyz[0] / 0.95047, xyz[1], xyz[2] / 1.08883)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


VISION = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


@pytest.mark.parametrize("vision", list(VISION))
def test_every_type_has_a_colour_of_its_own_for_colour_blind_readers_too(vision: str) -> None:
    assert list(charts.TYPE_COLOURS) == list(EVENT_TYPES) == [t for types in charts.QUADS.values() for t in types]
    seen = {t: _lab(c, VISION[vision]) for t, c in charts.TYPE_COLOURS.items()}
    closest = min(
        (sum((x - y) ** 2 for x, y in zip(seen[a], seen[b], strict=True)) ** 0.5, a, b) for a, b in itertools.combinations(seen, 2)
    )
    assert closest[0] >= 15, closest


def test_filters_are_checked_once_for_the_cli_and_the_web() -> None:
    f = filters.parse(" Misrata ", ["Gaddafi", " "], ["lby"], "assault", "Occurred", "2011-01-01", "2011-12-31", 0.5, "Misrata")
    assert f == filters.Filters("Misrata", ("Gaddafi",), ("LBY",), "ASSAULT", "occurred", "2011-01-01", "2011-12-31", 0.5, "Misrata")
    flt = f.event_filter(10, 20, order="relevance")
    assert flt.relevance and flt.limit == 10 and flt.offset == 20 and flt.place == "Misrata"
    assert not filters.parse().event_filter(order="relevance").relevance  # relevance needs words
    for kwargs, option in (
        ({"type": "MEET"}, "type"),
        ({"status": "done"}, "status"),
        ({"since": "2011-02-30"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"countries": ["Israel"]}, "country"),
        ({"actors": ["a", "b", "c", "d", "e", "f"]}, "actor"),
        ({"min_confidence": 2.0}, "min-confidence"),
    ):
        with pytest.raises(FilterError) as err:
            filters.parse(**kwargs)  # type: ignore[arg-type]
        assert err.value.option == option


def test_markup_from_article_text_is_escaped() -> None:
    snippet = f"<script>x</script> {MARK_START}Misrata{MARK_END} & {MARK_START}<b>{MARK_END}"
    assert str(marked(snippet)) == "&lt;script&gt;x&lt;/script&gt; <mark>Misrata</mark> &amp; <mark>&lt;b&gt;</mark>"
    text = "One sentence.\n\nAnother <i>one</i>.\n"
    out = str(highlight(text, [(0, 15, "s0"), (15, len(text), "s1")]))
    assert '<mark id="s0">One sentence.</mark>\n\n' in out  # the trailing blank lines are not highlighted
    assert '<mark id="s1">Another &lt;i&gt;one&lt;/i&gt;.</mark>\n' in out
