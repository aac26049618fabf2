"""Cleaning real crawls: boilerplate out, offsets kept, dates found."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS, require_shared
from tidings import clean
from tidings.models import Article, RawInput, Rejection
from tidings.settings import Settings


def seed(name: str) -> str:
    require_shared()
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8")


def test_footer_and_navigation_removed() -> None:
    raw = seed("002_3d8a7e356dd15ac1")
    text, _spans, title = clean.strip_boilerplate(raw)
    assert title == "Israeli, Russian senior officials discuss efforts to combat COVID-19"
    for junk in (
        "Subscribe",
        "Most Read",
        "Himalayan Salt Lamps",
        "Copyright",
        "Customer Service",
        "photo credit",
        "contributed to this article",
    ):
        assert junk not in text
    assert "held a discussion over the phone" in text and "trilateral meeting" in text


def test_offsets_map_back_to_raw() -> None:
    raw = seed("000_fb28226960dfbab5")
    text, spans, _title = clean.strip_boilerplate(raw)
    assert spans
    for span in spans:
        assert raw[span.raw_start : span.raw_end] == text[span.start : span.end]
    assert "Photo" not in text and "\u05d7" not in text  # the credit and the Hebrew caption


def test_share_lines_and_related_links_removed() -> None:
    text, _spans, _ = clean.strip_boilerplate(seed("003_cdfe73b51c08777f"))
    assert "Adjust Comment Print" not in text and "More news:" not in text
    text, _spans, _ = clean.strip_boilerplate(seed("004_c62621dea1e31922"))
    assert "Google+" not in text and "Leave A Reply" not in text and "About Author" not in text


def test_published_from_text() -> None:
    found = clean.find_published(seed("002_3d8a7e356dd15ac1"))
    assert found is not None and found.date == dt.date(2020, 7, 4) and found.source in ("dateline", "header")
    found = clean.find_published(seed("001_c50d5f513c60d113"))
    assert found is not None and found.date == dt.date(2019, 1, 29) and found.source == "caption"


def test_crawl_header_has_low_confidence() -> None:
    found = clean.find_published(seed("004_c62621dea1e31922"))
    assert found is not None and found.source == "page-header" and found.confidence < 0.5


def test_dateline_with_city() -> None:
    found = clean.find_published("NUSA DUA, Indonesia, November 15, 2022\n\nThe two presidents met.")
    assert found is not None and found.date == dt.date(2022, 11, 15)


def test_cp1252_is_decoded() -> None:
    text, problem = clean.decode("Minister\u2019s talks on Wednesday were candid, officials said.".encode("cp1252"))
    assert problem is None and text is not None and "Minister\u2019s" in text


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_become_an_article_or_a_rejection(data: bytes) -> None:
    result = clean.prepare(RawInput("fuzz", data, "txt"), Settings())
    assert isinstance(result, Article | Rejection)
    if isinstance(result, Rejection):
        assert result.reason and result.detail


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_keeps_offsets(text: str) -> None:
    cleaned, spans, _ = clean.strip_boilerplate(text)
    for span in spans:
        assert text[span.raw_start : span.raw_end] == cleaned[span.start : span.end]


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=400))
def test_hostile_html_does_not_crash(body: str) -> None:
    html = f"<html><body><article><p>{body}</p><script>alert(1)</script></article></body></html>"
    result = clean.prepare(RawInput("fuzz.html", html, "html"), Settings())
    assert isinstance(result, Article | Rejection)


def test_published_from_url() -> None:
    found = clean.find_published("Some text.\n\nMore text here.", url="https://www.example.org/news/2018/02/02/talks-in-jerusalem/")
    assert found is not None and found.date == dt.date(2018, 2, 2) and found.source == "url"


def test_published_candidates_must_follow_reported_events() -> None:
    page = "JANUARY 2, 2019\n\nThe two leaders met on March 3, 2020 in Moscow, officials said.\n\nMarch 5, 2020 10:00\n"
    found = clean.find_published(page)
    assert found is not None and found.date == dt.date(2020, 3, 5)


def test_no_candidate_no_date() -> None:
    assert clean.find_published("The leaders met on Thursday.\n\nThey spoke for an hour.") is None
