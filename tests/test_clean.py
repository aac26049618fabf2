"""Cleaning real crawls: boilerplate out, offsets kept, dates found."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
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


def test_a_one_sentence_brief_is_an_article() -> None:
    """A codebook's example or a wire brief of one short sentence is all article, not a page fragment; a menu alone
    is still nothing."""
    for brief in ("Chile recalled its envoy.", "Police in Lagos detained two reporters on Friday."):
        text, _spans, _title = clean.strip_boilerplate(brief)
        assert text == brief
        article = clean.prepare(RawInput("brief.txt", brief.encode(), "txt"), Settings())
        assert isinstance(article, Article) and article.text == brief
    assert clean.strip_boilerplate("Home | World | Sport | Contact")[0] == ""
    assert isinstance(clean.prepare(RawInput("menu.txt", b"Home | World", "txt"), Settings()), Rejection)


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


# -- page furniture on texts in the shape of real pages (written for these tests) -------------------
BLOG_PAGE = """\
Three injured as storm topples billboard in downtown Denver.

Police in Tirana detained about 40 protesters outside the parliament on Thursday, according to the Albanian Helsinki Committee.

The rally, the third this month, was called by opposition parties that accuse the government of rigging last year's vote.

"We will come back every week until they listen," one protester told local television.

More than 2,000 people joined the march but were stopped by riot police at the main boulevard, organizers said.

what a joke..

the police should be ashamed of themselves!!! March 3, 2016 at 6:12 pm | Report abuse | He promised a lot and delivered nothing.

Riot police attacked the students again on Friday, I saw it myself!!!

March 3, 2016 at 7:40 pm | Report abuse | Albania will never change, trust me, I lived there for 20 years...

March 4, 2016 at 9:02 am | Report abuse | (required, but will not be displayed) The site welcomes a lively and courteous discussion as long as you follow the Rules of Conduct set forth in our Terms of Service.

Comments are not pre-screened before they post.

Ferry catches fire off the coast of Crete #World Could the next election be the closest yet?

ab\\/3XyZ9 7:15 pm ET March 4, 2016 RETWEET Could the next election be the closest yet?
"""

WIRE_PAGE = """\
Heat wave grips southern Europe as wildfires spread.

Full Article Ministers agree fresh sanctions on Syria Credit: Reuters\\/Eric Vidal BRUSSELS | Sat Oct 1, 2011 12:29am IST BRUSSELS (Reuters) - European Union foreign ministers agreed on Friday to freeze the assets of six more Syrian officials, diplomats said, after a week of heavy fighting in the north of the country.

The ministers also banned imports of Syrian crude oil, according to a draft seen by Reuters.

"We cannot stand by while civilians are shelled," one diplomat said, asking not to be named because the talks were private.

Benchmark 10-year notes US10YT = RR were little changed on Friday as investors weighed the sanctions.

(Reporting by Anna Kowalska; Editing by Tom Reid)

Views expressed in the comments do not represent those of Reuters.

Sanctions never work, the people suffer and the rulers get richer.

The LIFG had ties to every militia in the region, everybody knows it.

This discussion is now closed.

We welcome comments on our articles for a limited period after their publication.

A faster platform for electronic trading and data distribution A connected approach to governance, risk and compliance Our next generation legal research platform
"""


def kept(raw: str) -> str:
    text, spans, _title = clean.strip_boilerplate(raw)
    for span in spans:
        assert raw[span.raw_start : span.raw_end] == text[span.start : span.end]
    return text


def test_reader_comments_never_reach_the_text() -> None:
    text = kept(BLOG_PAGE)
    assert "detained about 40 protesters" in text and "organizers said" in text
    for reader in ("what a joke", "He promised a lot", "I saw it myself", "trust me", "Report abuse", "pre-screened", "RETWEET"):
        assert reader not in text, reader
    assert "storm topples billboard" not in text  # another story's headline at the top of the page


def test_comment_thread_after_a_wire_story_and_the_page_furniture_around_it() -> None:
    text = kept(WIRE_PAGE)
    assert text.startswith("Ministers agree fresh sanctions on Syria\n\nEuropean Union foreign ministers agreed on Friday")
    for furniture in (
        "Heat wave",
        "Full Article",
        "Credit:",
        "Eric Vidal",
        "BRUSSELS |",
        "(Reuters) -",
        "12:29am",
        "US10YT",
        "Reporting by",
    ):
        assert furniture not in text, furniture
    for reader in ("Sanctions never work", "LIFG", "discussion is now closed", "We welcome comments", "connected approach"):
        assert reader not in text, reader
    assert "banned imports of Syrian crude oil" in text and "Benchmark 10-year notes" in text


def test_each_kept_piece_is_exact_raw_text() -> None:
    for page in (BLOG_PAGE, WIRE_PAGE):
        pieces = clean.pieces(page)
        assert all(page[p.start : p.end].strip() == page[p.start : p.end] for p in pieces)
        assert [p.start for p in pieces] == sorted(p.start for p in pieces)
        assert all(a.end <= b.start for a, b in itertools.pairwise(pieces))
        assert {p.kind for p in pieces if not p.kept} >= {"comment"}


@pytest.mark.parametrize(
    ("lead", "kept_start", "gone"),
    [
        ("By the Wire Staff NEW: Talks resume in Geneva (Wire) -- Negotiators met again on Monday.", "NEW: Talks resume", "Wire Staff"),
        ("March 2, 2016 | By Jane Okafor, Senior Diplomatic Producer Two weeks ago in Doha, ministers met.", "Two weeks ago", "Okafor"),
        ("By Ana Ruiz, staff reporterMarch 2, 2016: 5:11 PM ET MADRID (WireMoney) — Prices rose again.", "Prices rose again", "Ruiz"),
        ("Photograph: Luis Mora\\/AP Health officials scrambled to contain the outbreak on Sunday.", "Health officials", "Mora"),
        ("PHOTO: A rebel fighter shouts slogans near the port of Misrata on Sunday.", "A rebel fighter", "PHOTO"),
        (
            "\\* Rebels take the port \\* Talks stall in Doha (Updates with talks) DOHA, May 4 (Reuters) - Rebels took it.",
            "Rebels take",
            "Updates",
        ),
    ],
)
def test_lead_furniture_is_cut_and_the_rest_kept(lead: str, kept_start: str, gone: str) -> None:
    raw = lead + "\n\n" + "The talks, the first in a year, lasted three hours, according to a statement from the ministry.\n" * 3
    text = kept(raw)
    assert kept_start in text and gone not in text


def test_tickers_and_site_lines_go() -> None:
    raw = (
        "DOW 24,813.69 +0.4% NASDAQ 7,637.86 +0.7% OIL $65.52 -1.2%\n\n"
        "Send your video, images to our iReport desk.\n\n"
        "The two presidents met in Sochi on Thursday to discuss gas transit, officials said after the meeting.\n\n"
        "They agreed to meet again in the spring, the Kremlin said in a statement published on its website.\n\n"
        "Disclaimer The market data is proprietary to its licensors and licensed for use. All times are ET.\n"
    )
    text = kept(raw)
    assert text.startswith("The two presidents met") and "NASDAQ" not in text and "iReport" not in text and "Disclaimer" not in text


def test_news_about_comments_and_twitter_stays() -> None:
    raw = (
        "There was no immediate official comment from the ministry on the general's comments about the field.\n\n"
        "Following Twitter comments with hashtags such as #Cairo generates a huge flood of tweets, activists said.\n\n"
        "The general told reporters on Monday that the field had been retaken by government forces.\n"
    )
    assert kept(raw) == raw.strip().replace("\n\n", "\n\n")


# -- publication dates from datelines, and their precedence ----------------------------------------
BODY = "\n\nThe two leaders discussed border security and trade, according to a statement from the presidency.\n" * 4


@pytest.mark.parametrize(
    ("page", "date", "source"),
    [
        ("NAIROBI, June 5, 2018 — Kenya's president met his Ugandan counterpart on Friday in Nairobi." + BODY, "2018-06-05", "dateline"),
        (
            "Talks on sanctions\n\nBRUSSELS | Sat Oct 1, 2011 12:29am IST BRUSSELS (Reuters) - Ministers met on Friday." + BODY,
            "2011-10-01",
            "dateline",
        ),
        (
            "Updated 1234 GMT (2034 HKT) February 2, 2011\n\nCairo, Egypt (CNN) -- Protesters marched on Wednesday." + BODY,
            "2011-02-02",
            "updated-line",
        ),
        (
            "Analysis: a region on edge January 26, 2011 | By Jane Okafor, Staff Writer Two weeks ago ministers met." + BODY,
            "2011-01-26",
            "dateline",
        ),
        (
            "Flu shuts a school Sunday 26 April 2009 18.45 BST Health officials closed the school on Sunday." + BODY,
            "2009-04-26",
            "dateline",
        ),
        ("By Ana Ruiz, staff reporterMarch 2, 2016: 5:11 PM ET MADRID (WireMoney) — Prices rose." + BODY, "2016-03-02", "dateline"),
    ],
)
def test_published_from_a_dateline_anywhere_in_the_lead(page: str, date: str, source: str) -> None:
    found = clean.find_published(page)
    assert found is not None and found.date.isoformat() == date and found.source == source


@pytest.mark.parametrize(
    ("stamp", "published", "day"),
    [
        ("Thu Apr 7, 2011 4:03 am IST", "2011-04-07", "2011-04-06"),  # 22:33 UTC on the 6th
        ("Sun May 1, 2011 12:58 am BST", "2011-05-01", "2011-04-30"),
        ("Tue Jul 26, 2011 2:51 pm BST", "2011-07-26", "2011-07-26"),
        ("Wed Apr 6, 2011 11:55 pm EDT", "2011-04-07", "2011-04-06"),  # west of UTC: never a day forward
    ],
)
def test_a_stamp_in_the_small_hours_east_of_utc_tells_the_day_before(stamp: str, published: str, day: str) -> None:
    """A wire story stamped in the small hours of a zone east of UTC was filed late on the day before, by the clock of
    the wire's desks: its lead tells that day's news."""
    raw = f"Strike hits oil field\n\nTRIPOLI | {stamp} TRIPOLI (Reuters) - Libya said an air strike hit an oil field." + BODY
    found = clean.lead_day(raw, dt.date.fromisoformat(published))
    assert found is not None and found[0].isoformat() == day


def test_lead_dateline_beats_a_crawl_header_and_a_caption() -> None:
    page = (
        "Monday, 8 Jun 2020 - 16 of Sivan, 5780\n\n"
        "Leaders meet in Nairobi\n\n"
        "The two presidents shake hands at State House in Nairobi, June 4, 2020.\n\n"
        "NAIROBI, June 5, 2020 — Kenya's president met his Ugandan counterpart on Thursday." + BODY
    )
    found = clean.find_published(page)
    assert found is not None and found.date == dt.date(2020, 6, 5) and found.source == "dateline"


def test_stamps_of_a_page_that_lists_stories_are_not_its_date() -> None:
    page = "".join(
        f"updated: {day} Jan {n} 2011 09:39:00 Protesters marched in the capital for the {n}th day, witnesses said.\n\n"
        for day, n in (("Fri", 14), ("Sat", 15), ("Sun", 16), ("Mon", 17))
    )
    found = clean.find_published(page)
    assert found is not None and found.confidence < 0.5


def test_the_dateline_dates_the_page_not_the_lead_event() -> None:
    raw = "NAIROBI, June 5, 2018 — Kenya's president met his Ugandan counterpart on Friday in Nairobi, officials said." + BODY
    article = clean.prepare(RawInput("a.txt", raw, "txt"), Settings())
    assert isinstance(article, Article)
    assert article.published == dt.date(2018, 6, 5) and article.published_source == "dateline"
    assert article.text.startswith("Kenya's president met") and "June 5" not in article.text


def test_metadata_beats_the_dateline() -> None:
    raw = "NAIROBI, June 5, 2018 — Kenya's president met his Ugandan counterpart on Friday in Nairobi." + BODY
    article = clean.prepare(RawInput("a.json", raw, "json", {"published": "2018-06-06"}), Settings())
    assert isinstance(article, Article) and article.published == dt.date(2018, 6, 6) and article.published_source == "metadata"


HTML_PAGE = """<html><head><title>Ministers meet</title>{meta}</head><body>
<div class="x1"><a href="/a">Heat wave grips southern Europe as wildfires spread.</a></div>
<div class="x3">
<p>BRUSSELS | Sat Oct 1, 2011 12:29am IST</p>
<p>BRUSSELS (Reuters) - European Union foreign ministers met on Friday to discuss new sanctions on Syria, diplomats said, after a week of heavy fighting in the north.</p>
<p>The ministers agreed to freeze the assets of six more officials and to ban imports of Syrian crude oil, according to a draft seen by Reuters.</p>
<p>"We cannot stand by while civilians are shelled," one diplomat said, asking not to be named because the talks were private.</p>
</div>
<div class="x4">
<p>Views expressed in the comments do not represent those of Reuters.</p>
<p>anyway nothing will happen, the EU never does anything!!! they are all talk</p>
<p>marco_p wrote: sanctions never work. the people suffer, not the rulers.</p>
<p>This discussion is now closed. We welcome comments on our articles for a limited period after their publication.</p>
</div></body></html>"""


def test_html_page_furniture_and_dates() -> None:
    article = clean.prepare(RawInput("p.html", HTML_PAGE.format(meta=""), "html"), Settings())
    assert isinstance(article, Article)
    assert "never does anything" not in article.text and "marco_p" not in article.text and "BRUSSELS" not in article.text
    assert article.text.startswith("European Union foreign ministers met on Friday")
    assert article.published == dt.date(2011, 10, 1) and article.published_source == "dateline"
    meta = '<meta property="article:published_time" content="2011-10-02T08:00:00Z">'
    article = clean.prepare(RawInput("p.html", HTML_PAGE.format(meta=meta), "html"), Settings())
    assert isinstance(article, Article) and article.published == dt.date(2011, 10, 2) and article.published_source == "html-metadata"


_PAGE_LINES = [
    "Three injured as storm topples billboard.",
    "Full Article Ministers meet in Brussels Credit: Reuters\\/Eric Vidal",
    "BRUSSELS | Sat Oct 1, 2011 12:29am IST BRUSSELS (Reuters) - Ministers met on Friday, diplomats said.",
    "March 3, 2016 at 6:12 pm | Report abuse | He promised a lot.",
    "Views expressed in the comments do not represent those of Reuters.",
    "By Jane Okafor, Senior Producer Two weeks ago in Doha, ministers met.",
    "The talks lasted three hours, according to a statement from the ministry, and will resume in May.",
    "\\* Rebels take the port \\* Talks stall",
    "DOW 24,813.69 +0.4% NASDAQ 7,637.86 +0.7%",
    "",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PAGE_LINES), max_size=25), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_any_page_of_furniture_keeps_exact_offsets(lines: list[str], sep: str) -> None:
    raw = sep.join(lines)
    text, spans, _title = clean.strip_boilerplate(raw)
    for span in spans:
        assert raw[span.raw_start : span.raw_end] == text[span.start : span.end]
    assert "Report abuse" not in text and "NASDAQ" not in text


def test_a_list_of_other_stories_goes_and_highlights_stay() -> None:
    raw = (
        "Story highlights\n\n"
        "Ministers agree to freeze the assets of six Syrian officials\n\n"
        "The ban on Syrian crude oil starts in November\n\n"
        "Diplomats say more sanctions are possible\n\n"
        "BRUSSELS (Reuters) - European Union foreign ministers agreed on Friday to freeze the assets of six more "
        "Syrian officials and to ban imports of Syrian crude oil, diplomats said.\n\n"
        "The ministers said more sanctions on Syria were possible if the crackdown went on, according to a statement.\n\n"
        "Related stories\n\n"
        "Storm batters coast as thousands flee homes\n\n"
        "Central bank holds rates steady\n\n"
        "Apple unveils a new phone with a bigger screen\n"
    )
    text = kept(raw)
    assert "freeze the assets of six Syrian officials" in text and "Diplomats say more sanctions" in text
    for other in ("Storm batters", "Central bank", "Apple unveils", "Related stories"):
        assert other not in text, other


def test_the_title_before_the_dateline() -> None:
    assert clean.strip_boilerplate(WIRE_PAGE)[2] == "Ministers agree fresh sanctions on Syria"


def test_a_meeting_dated_from_a_dateline_in_the_lead_is_one_record_with_its_other_report(tmp_path: Path) -> None:
    """Issue 13: "NAIROBI, June 5, 2018 — ... met on Friday" is the Friday before the dateline, the same meeting another
    outlet reports (with its date in metadata), not a second one on the dateline's day."""
    from tidings.pipeline import ingest_paths
    from tidings.store import Store

    island = "\n\nMigingo, less than an acre of rock in Lake Victoria, is home to several hundred fishermen and their families.\n"
    (tmp_path / "a.txt").write_text(
        "NAIROBI, June 5, 2018 — Kenyan President Uhuru Kenyatta met Ugandan President Yoweri Museveni on Friday in "
        "Nairobi to end a dispute over Migingo island, officials said on Tuesday." + island,
        encoding="utf-8",
    )
    other = (
        "Kenyan President Uhuru Kenyatta met Ugandan President Yoweri Museveni in Nairobi on Friday to discuss the "
        "dispute over Migingo island, the Kenyan presidency said on Saturday." + island
    )
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": other, "published": "2018-06-02"}) + "\n", encoding="utf-8")
    store = Store(tmp_path / "t.db")
    ingest_paths([str(tmp_path)], store)
    meetings = [e for e in store.events() if e.type == "CONSULT"]
    store.close()
    assert [(e.date, len(e.sources)) for e in meetings] == [("2018-06-01", 2)]


def test_no_event_comes_from_a_reader_comment() -> None:
    """Issue 13: a reader's "He promised a lot" under an article was coded as an AGREE."""
    import tidings

    sentences = [s.sentence for e in tidings.extract(BLOG_PAGE, published="2016-03-03") for s in e.sources]
    assert sentences and not [s for s in sentences if "promised" in s or "attacked the students" in s or "ashamed" in s]


COLUMN_WITH_POSTS = """Should Washington cut its aid to Cairo?

Protesters filled Tahrir Square again on Monday, and the White House said it was reviewing its $1.5 billion in yearly aid.

Lawmakers from both parties said on Sunday the aid should depend on how the army treats the demonstrators.

Here's my question to you: Should the U.S. cut its aid to Egypt?

February 7, 2011 at 4:12 pm | Marta from Ohio: Cut it today. We pay for the tear gas they fire at students.

Honestly nobody in Washington listens to us anyway.

February 7, 2011 at 4:30 pm | Ken: Keep the aid, or Iran will walk right in and we will regret it.

February 7, 2011 at 4:41 pm | Dee in Tampa: The army should arrest Mubarak and be done with it.
"""


def test_posts_headed_by_their_time_and_name_are_reader_comments() -> None:
    """A column's reader posts ("February 7, 2011 at 4:12 pm | Ken: ..."), with the lines between them."""
    text = kept(COLUMN_WITH_POSTS)
    assert "Lawmakers from both parties said on Sunday" in text
    for reader in ("Cut it today", "nobody in Washington listens", "Iran will walk right in", "arrest Mubarak", "Dee in Tampa"):
        assert reader not in text, reader


def _column_with_unnamed_posts(posts: int) -> str:
    """A question column, then ``posts`` reader posts headed only by their time and a bar (some with "Reply")."""
    lead = [
        "What should Washington do about Egypt?",
        "Protesters marched in Cairo for a seventh day on Monday, and the State Department said it was watching closely.",
        "Officials said on Sunday that the aid package was under review.",
        "Here's my question to you: What is the U.S. role in Egypt?",
    ]
    body = []
    for n in range(posts):
        bar = "| Reply " if n % 2 else "| "
        body.append(f"January 31, 2011 at {1 + n % 11}:{10 + n % 49:02d} pm {bar}We should stay out of it, post {n}.")
        body.append(f"The army will decide this, not us ({n}).")
        body.append(f"Obama has to side with the people of Egypt now ({n}).")
    return "\n\n".join(lead + body) + "\n"


def test_posts_headed_by_their_time_and_a_bar_are_reader_comments() -> None:
    """CNN's comment threads head a post by its date, clock time and a bar, with no name ("January 31, 2011 at
    6:27 pm | President Obama has to ..."): the whole thread goes, however long, and the column stays."""
    text = kept(_column_with_unnamed_posts(40))
    assert "Officials said on Sunday that the aid package was under review." in text
    assert "stay out of it" not in text and "side with the people" not in text and "not us" not in text


def test_a_long_thread_of_readers_before_a_comment_footer_goes() -> None:
    """A footer of a comment system ends a thread of readers that runs back more than sixty lines."""
    story = [
        "TRIPOLI (Reuters) - Rubbish is collected again in Tripoli, the council said on Tuesday.",
        "Electricity returned to most districts last week, officials said.",
    ]
    readers = [f"{'Another delusional article' if n % 5 == 0 else 'I was there and it is not so'} ({n}) !" for n in range(90)]
    footer = ["Views expressed in the comments do not represent those of Reuters | Report abuse"]
    text = kept("\n\n".join(story + readers + footer) + "\n")
    assert "Rubbish is collected again in Tripoli" in text
    assert "delusional" not in text and "I was there" not in text


def test_the_us_is_not_a_reader_talking_to_you() -> None:
    """ "U.S." holds no second-person "u": a report about U.S. lawmakers does not read like a reader's comment."""
    from tidings.clean import furniture

    report = "The House of Representatives prepared to vote on differing approaches to U.S. involvement in Libya ."
    assert furniture.comment_score(report) <= 0
    assert furniture.comment_score("thank u so much for this , you are right") > 0


def test_a_reader_speaking_for_us_reads_as_a_reader() -> None:
    """ "We", "our", "us" and a capitalised "My" outside a quotation are a reader's voice; inside one, a source's."""
    from tidings.clean import furniture

    assert furniture.comment_score("We should keep our money at home and let them sort it out.") > 0
    assert furniture.comment_score("My neighbour thinks the whole thing is staged.") > 0
    assert furniture.comment_score('"We will not leave the square," a student told reporters on Friday.') <= 0
    assert furniture.comment_score("The ministry said the talks would resume on Monday in Geneva.") <= 0


def test_readers_speaking_for_us_before_a_comment_footer_go() -> None:
    """A thread whose readers write "we" and "our" rather than "I" goes with the footer that ends it; the story stays."""
    story = [
        "GENEVA (Wire) - Negotiators met again on Tuesday, the mediator's office said in a statement.",
        "The talks, the first in a year, lasted three hours, according to the foreign ministry.",
    ]
    readers = [
        "We keep paying for wars that are none of our business.",
        "Our leaders never learn anything from history.",
        "My taxes should stay at home where they belong.",
        "Nobody asked us what we think about any of this.",
    ]
    footer = ["Views expressed in the comments do not represent those of the Wire | Report abuse"]
    text = kept("\n\n".join(story + readers + footer) + "\n")
    assert "Negotiators met again on Tuesday" in text and "lasted three hours" in text
    for reader in ("none of our business", "never learn", "stay at home", "Nobody asked us"):
        assert reader not in text, reader


def test_entry_stamps_give_each_live_blog_entry_its_day_in_the_pages_zone() -> None:
    """ "(Update 1:10 a.m. Thursday in Cairo, 6:10 p.m. ET)" is Wednesday in ET; below it, newest first, an entry
    keeps that day until its ET clock is later than the one above (back past midnight), and an ET weekday wins."""
    raw = (
        "(Update 1:10 a.m. Thursday in Cairo, 6:10 p.m. ET) a\n"
        "(Update 10:05 p.m. Cairo, 3:05 p.m. ET) b\n"
        "(Update 2:30 a.m. Cairo, 7:30 p.m. ET) c\n"
        "(Update 9:00 p.m. Friday in Cairo, 2:00 p.m. ET Friday) d\n"
    )
    days = [day for _pos, day in clean.entry_stamps(raw, dt.date(2011, 2, 3))]
    assert days == [dt.date(2011, 2, 2), dt.date(2011, 2, 2), dt.date(2011, 2, 1), dt.date(2011, 2, 4)]
    assert clean.entry_stamps(raw, None) == []


def test_entry_stamps_without_a_weekday_start_from_the_pages_date() -> None:
    """Stamps that name no day: the newest entry is the page's day, an entry whose clock is later is the day before."""
    raw = "(Update 9:00 p.m. Cairo, 2:00 p.m. ET) a\n(Update 1:15 a.m. Cairo, 6:15 p.m. ET) b\nno stamp here"
    assert [d for _p, d in clean.entry_stamps(raw, dt.date(2011, 2, 5))] == [dt.date(2011, 2, 5), dt.date(2011, 2, 4)]
    assert clean.entry_stamps("[Updated at 2:15 p.m. ET] a story", dt.date(2011, 2, 5)) == []


def test_other_stories_headlines_run_together_go_and_a_storys_own_highlights_stay() -> None:
    """A line of other stories' headlines and teasers run together with no sentence end between them ("... to safety
    A selection of ...") is furniture when it shares little with the article's words; the story's own highlights,
    run together the same way, share its words and stay, and so does one long sentence of the story."""
    run = (
        "Village fete raises record sum for church roof A gallery of the finest garden photographs of the summer "
        "Thousands of fans queued for tickets after the band announced a farewell tour Cyclists pose with the mayor "
        "before the charity ride through the valley"
    )
    highlights = (
        "Kenyan police fire tear gas at protesters in Nairobi Protesters demand the release of the jailed opposition "
        "leader The government says the protest was illegal Police detained dozens of protesters near the parliament"
    )
    story = [
        "Kenyan police fired tear gas at protesters in Nairobi on Monday as thousands demanded the release of the jailed opposition leader.",
        "The government said the protest was illegal and that police had detained dozens of protesters near the parliament.",
        "Opposition leaders said the protesters would return to the streets of Nairobi on Friday to demand the release of their leader,"
        " who was jailed last month after a rally in the capital that the government says broke the law on public gatherings,"
        " and to call for new elections, a free press and an end to the arrests of opposition supporters across the country"
        " in the run-up to the vote.",
    ]
    text = kept("\n\n".join([highlights, *story, run]) + "\n")
    assert "Village fete" not in text and "Cyclists pose" not in text
    assert "Protesters demand the release" in text
    assert all(s[:40] in text for s in story)
