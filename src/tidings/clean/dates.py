"""Datelines, time stamps and the publication date a page's own text gives.

A page states when it was written in several places, of unequal worth:

- the dateline of the lead, wherever it stands in the first lines
  (``NAIROBI, June 5, 2018 —``, ``BRUSSELS | Sat Oct 1, 2011 12:29am IST
  BRUSSELS (Reuters) -``, ``January 26, 2011 | By ...``, a stamp such as
  ``Sunday 26 April 2009 18.45 BST`` between the headline and the lead, a
  ``JULY 4, 2020 19:56`` line under the byline);
- an "updated" stamp (``Updated 1234 GMT (2034 HKT) February 2, 2011``,
  ``updated: Sun Jul 29 2012 08:01:00``): the last change, often the same day;
- a ``date 2020-07-04`` header a crawler wrote;
- a dated photo caption (``..., in Jerusalem, January 29, 2019.``);
- a date alone at the very top of the page, before the headline, which is
  often the day the page was crawled.

``stamps`` finds the datelines and time stamps with their offsets (the
furniture stage cuts them out of the text, so that the lead's first sentence
does not carry the dateline's date as its own); ``find_published`` weighs
every cue. Metadata the user gives (a manifest, a JSON field, an HTML meta
tag) wins over all of them: that choice is made in ``clean.prepare``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from tidings import lexicon, temporal

# -- the pieces of a stamp ---------------------------------------------------------
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A month name (any case, or glued to a lower-case word before it: "staff reporterJanuary 28, 2011").
MONTH = (
    r"(?:(?<![A-Za-z])(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    rf"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|(?<=[a-z])(?:{_MONTHS}))\.?(?![a-z])"
)
WEEKDAY = r"(?<![A-Za-z])(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|sday|nesday|rsday|urday)?\.?(?![a-z])"
_YEAR = r"(?:19|20)\d{2}"
DAY_DATE = (
    rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}|(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+{_YEAR}"
    rf"|(?<!\d){_YEAR}-[01]\d-[0-3]\d)(?!\d)"
)
_CLOCK = r"(?<!\d)\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?![\d.]\d)"
_AMPM_CLOCK = r"(?<!\d)\d{1,2}(?:[:.][0-5]\d)?\s?[AaPp]\.?[Mm]\.?"
_DOT_CLOCK = r"(?<![\d.])\d{1,2}\.[0-5]\d(?![\d.]\d)"
_ZONE = r"(?:[A-Z]{1,3}T|UTC|MSK)(?![A-Za-z])"
DASH = r"(?:-{1,2}|—|–)"
# A city as datelines write it: capitals ("UNITED NATIONS", "SHALGHOUDA/BENGHAZI"), perhaps a region after a comma.
CITY = r"(?:[A-Z][A-Z.'\\/-]+(?:[ \t]+[A-Z][A-Z.'\\/-]+){0,3})(?:,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})?"
# A city in title case ("Cairo, Egypt", "Princeton, New Jersey"), only before an agency's name.
TITLE_CITY = r"(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})(?:,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})?"
_SHORT_DATE = rf"{MONTH}\s+\d{{1,2}}(?!\d)"

# "Sat Oct 1, 2011 12:29am IST", "January 28, 2011: 5:11 PM ET", "February 12, 2011 at 7:25 pm",
# "Sunday 26 April 2009 18.45 BST", "Sun Jul 29 2012 08:01:00"; or the clock first: "7:01 pm ET February 11, 2013".
TIMESTAMP = re.compile(
    rf"(?:(?:(?i:last\s+)?(?i:updated|posted|published|first\s+published)\s*:?\s*))?"
    rf"(?:(?:{WEEKDAY},?\s+)?(?P<date>{DAY_DATE})"
    rf"(?:\s*(?:,|:|-|\|)?\s*{_CLOCK}(?:\s*{_ZONE})?|\s*(?:,|\bat\b)?\s*(?:{_AMPM_CLOCK}(?:\s*{_ZONE})?|{_DOT_CLOCK}\s*{_ZONE}))"
    rf"|(?:{_CLOCK}|{_AMPM_CLOCK})\s*(?:{_ZONE}\s*)?(?:{WEEKDAY},?\s+)?(?P<date2>{DAY_DATE}))"
)
# CNN's "Updated 1234 GMT (2034 HKT) February 2, 2011", and "updated: <date>" alone.
UPDATED = re.compile(
    rf"(?i:(?:last\s+)?updated)\s*:?\s*(?:\d{{3,4}}\s+GMT\s+\(\d{{3,4}}\s+[A-Z]{{2,4}}\)\s+)?(?:{WEEKDAY},?\s+)?(?P<date>{DAY_DATE})"
)
# Reuters' stamp line: "TRIPOLI | Mon Feb 21, 2011 3:51 pm IST", "CAIRO, July 7 | Thu Jul 7, 2011 9:21 am EDT", "June 30 | Thu ...".
CITY_STAMP = re.compile(rf"(?:{CITY}(?:,?\s+{_SHORT_DATE})?|{_SHORT_DATE})\s*\|\s*(?={TIMESTAMP.pattern})")
# "TRIPOLI (Reuters) -", "AJDABIYAH, Libya, March 4 (Reuters) -", "Cairo, Egypt (CNN) —", "(CNN) -- ".
AGENCY_DATELINE = re.compile(
    rf"(?:(?P<city>{CITY})(?:,?\s+(?P<short>{_SHORT_DATE}))?\s*|(?P<tcity>{TITLE_CITY})\s+|(?P<sdate>{_SHORT_DATE})\s*)?"
    rf"\((?P<agency>[A-Za-z][A-Za-z.&]{{1,20}})\)\s*{DASH}\s*"
)
# "NAIROBI, June 5, 2018 —", "NUSA DUA, Indonesia, November 15, 2022" (a line of its own): a city, a full date, a dash.
DATED_DATELINE = re.compile(rf"^\s*{CITY},\s+(?:{WEEKDAY},?\s+)?(?P<date>{DAY_DATE})\s*(?:{DASH}\s*|$)")
# "January 26, 2011 | By Elise Labott": a date stamped beside the byline.
BYLINE_DATE = re.compile(rf"(?P<date>{DAY_DATE})\s*\|\s*(?=(?:By|From)\s)")
# A line that is a date and little else: "JULY 4, 2020 19:56", "Published: March 3, 2020", "Saturday, 6 Jun 2020 - 14 of Sivan".
DATE_LINE = re.compile(
    rf"^\s*(?:(?i:published|posted|updated|last\s+updated|date)\s*:?\s*)?(?:{CITY},\s+(?:[A-Z][a-z]+,\s+)?)?"
    rf"(?P<weekday>{WEEKDAY},?\s+)?(?P<date>{DAY_DATE}|{MONTH}\s+\d{{1,2}},?\s+{_YEAR})"
)
_HEADER_DATE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_CAPTION_DATE = re.compile(rf",?\s*(?P<date>(?:{_MONTHS})\s+\d{{1,2}},\s+{_YEAR})\.?\s*$")
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>[01]\d)[/-](?P<d>[0-3]\d)(?:/|-|$)")
# "met on March 3, 2020", "was signed on 4 July 2019": a past event with a full date.
_PAST_FULL_DATE = re.compile(
    r"\b(?:met|held|signed|took place|visited|spoke|announced|said|died|was|were)\s+(?:\w+\s+){0,3}?on\s+"
    rf"(?P<date>(?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}})"
)

LEAD_CHARS = 3000
LEAD_LINES = 15

StampKind = Literal["dateline", "timestamp", "updated", "byline-date"]


@dataclass(frozen=True)
class Stamp:
    """A dateline or time stamp: its offsets in the text, its kind, and the full date it gives (if any)."""

    start: int
    end: int
    kind: StampKind
    date: dt.date | None


@dataclass(frozen=True)
class DateCandidate:
    date: dt.date
    source: str
    confidence: float
    position: int


def to_day(text: str | None) -> dt.date | None:
    """A full date ("Mon Feb 21, 2011", "26 April 2009", "2011-02-21") as a day; None for anything less."""
    if not text:
        return None
    text = re.sub(rf"^{WEEKDAY},?\s+", "", text.strip())
    text = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text)
    point = temporal.resolve(text, None)
    return point.start if point is not None and point.granularity == "day" else None


def is_agency(name: str) -> bool:
    """A news agency or outlet's name as datelines carry it: "(Reuters)", "(CNN)", "(CNNMoney)"."""
    low = name.lower()
    media = lexicon.words("media")
    return low in media or any(low.startswith(m) and len(m) >= 3 for m in media)


def stamps(line: str, offset: int = 0, lead: bool = True) -> list[Stamp]:
    """The datelines and time stamps of one line (offsets into the text the line is at ``offset`` of).

    Outside the lead (``lead=False``) only unmistakable stamps count: a date with a clock time,
    an "updated" stamp, an agency's dateline.
    """
    found: list[Stamp] = []
    for m in CITY_STAMP.finditer(line):
        found.append(Stamp(offset + m.start(), offset + m.end(), "dateline", None))
    for m in TIMESTAMP.finditer(line):
        found.append(Stamp(offset + m.start(), offset + m.end(), "timestamp", to_day(m["date"] or m["date2"])))
    for m in UPDATED.finditer(line):
        found.append(Stamp(offset + m.start(), offset + m.end(), "updated", to_day(m["date"])))
    for m in AGENCY_DATELINE.finditer(line):
        start = _agency_dateline_start(m)
        if start is not None:
            found.append(Stamp(offset + start, offset + m.end(), "dateline", None))
    if lead:
        if m2 := DATED_DATELINE.match(line):
            found.append(Stamp(offset + m2.start(), offset + m2.end(), "dateline", to_day(m2["date"])))
        for m3 in BYLINE_DATE.finditer(line):
            found.append(Stamp(offset + m3.start(), offset + m3.end(), "byline-date", to_day(m3["date"])))
    return _merge(found)


def _agency_dateline_start(m: re.Match[str]) -> int | None:
    """Where an ``(X) —`` match starts as a dateline: after a city in capitals or a date; after a city in
    title case ("Paris", "Cairo, Egypt") when X is a news agency; at the parenthesis when X is one; else None."""
    if m["city"] or m["sdate"]:
        return m.start()
    if not is_agency(m["agency"]):
        return None
    city = m["tcity"]
    if city and ("," in city or len(city.split()) == 1 or not m.string[: m.start()].strip()):
        return m.start()
    return m.start("agency") - 1


def _merge(found: list[Stamp]) -> list[Stamp]:
    """Overlapping stamps as one (the dated kind wins), in text order."""
    out: list[Stamp] = []
    for s in sorted(found, key=lambda s: (s.start, -s.end)):
        if out and s.start <= out[-1].end:
            last = out[-1]
            date = last.date or s.date
            kind = last.kind if last.date or not s.date else s.kind
            out[-1] = Stamp(last.start, max(last.end, s.end), kind, date)
        else:
            out.append(s)
    return out


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for piece in text.splitlines(keepends=True):
        out.append((pos, piece.rstrip("\r\n")))
        pos += len(piece)
    return out


def find_published(raw: str, limit_chars: int = 6000, url: str | None = None) -> DateCandidate | None:
    """The most credible publication date stated in a page's own text (or its URL).

    Candidates, by confidence: a date in the URL path (0.95); the lead's
    dateline or time stamp, wherever it stands in the first lines (0.9); a
    ``date 2020-07-04`` header (0.85); an "updated" stamp (0.7); a dated
    photo caption (0.5); a date alone on the first line, before the headline,
    or a stamp on a page that lists many stories (0.3: a crawl date, or
    another story's). A day or month is never invented: only full dates are
    candidates. A candidate earlier than an event the article itself dates in
    the past ("met on March 3, 2020" cannot be reported on March 1) is
    dropped.
    """
    candidates: list[DateCandidate] = []
    if url and (mu := _URL_DATE.search(url)):
        _add(candidates, to_day(f"{mu['y']}-{mu['m']}-{mu['d']}"), "url", 0.95, -1)
    lines = [(pos, text) for pos, text in _lines(raw[:limit_chars]) if text.strip()]
    in_lead = [pos < LEAD_CHARS and n < LEAD_LINES for n, (pos, _text) in enumerate(lines)]
    all_stamps = [s for (pos, text), lead in zip(lines, in_lead, strict=True) for s in stamps(text, pos, lead)]
    listing = sum(1 for s in all_stamps if s.kind in ("timestamp", "updated")) >= 3
    first = True
    for (pos, text), lead in zip(lines, in_lead, strict=True):
        line_stamps = [s for s in stamps(text, pos, lead) if s.date is not None] if lead else []  # further down: comments, tweets
        if m := _HEADER_DATE.match(text):
            _add(candidates, to_day(m["date"]), "header", 0.85, pos)
        elif line_stamps:
            for s in line_stamps:
                _add(candidates, s.date, *_stamp_weight(s, text, pos, first, listing, len(raw)), s.start)
        elif (m2 := DATE_LINE.match(text)) and len(text.split()) <= 10:
            _add(candidates, to_day(m2["date"]), *_date_line_weight(text, pos, first, len(raw)), pos)
        elif m3 := _CAPTION_DATE.search(text):
            _add(candidates, to_day(m3["date"]), "caption", 0.5, pos)
        first = False
    latest = _latest_reported(raw)
    consistent = [c for c in candidates if latest is None or c.date >= latest]
    if not consistent:
        return None
    return max(consistent, key=lambda c: (c.confidence, -c.position))


LEAD_DAY_SLACK = 3  # days: a dateline further before the publication date dates an older story, not this one's lead

# Hours ahead of UTC of the zones east of it that wire stamps carry (standard offsets; "IST" is India's, as on Reuters'
# pages printed in India). Only these matter to ``_stamp_day``: a stamp west of UTC never names a later day than its news.
EAST_ZONE_HOURS = {
    "BST": 1.0,
    "CET": 1.0,
    "WAT": 1.0,
    "CEST": 2.0,
    "EET": 2.0,
    "CAT": 2.0,
    "SAST": 2.0,
    "EEST": 3.0,
    "EAT": 3.0,
    "PKT": 5.0,
    "IST": 5.5,
    "ICT": 7.0,
    "WIB": 7.0,
    "HKT": 8.0,
    "SGT": 8.0,
    "AWST": 8.0,
    "JST": 9.0,
    "KST": 9.0,
    "AEST": 10.0,
    "AEDT": 11.0,
    "NZST": 12.0,
    "NZDT": 13.0,
}
_ZONED_CLOCK = re.compile(
    r"(?<![\d.])(?P<h>\d{1,2})[:.](?P<mi>[0-5]\d)(?::[0-5]\d)?\s?(?:(?P<half>[AaPp])\.?[Mm]\.?)?\s*(?P<zone>[A-Z]{2,4})(?![A-Za-z])"
)


def _stamp_day(raw: str, position: int, day: dt.date) -> dt.date:
    """The day of the news a wire stamp dates: "TRIPOLI | Thu Apr 7, 2011 4:03 am IST" was filed late on April 6 by
    the clock of the wire's desks (22:33 UTC), in the small hours of a zone east of UTC, so it tells April 6's news.
    The stamp's day moves back to its UTC day, never forward (an evening stamp west of UTC is its own day's story)."""
    stamp = TIMESTAMP.search(raw, position, position + 160)
    clock = _ZONED_CLOCK.search(stamp.group(0)) if stamp is not None else None
    if clock is None or clock["zone"] not in EAST_ZONE_HOURS:
        return day
    minutes = _minutes(clock["h"], clock["mi"], clock["half"]) - round(EAST_ZONE_HOURS[clock["zone"]] * 60)
    return day - dt.timedelta(days=1) if minutes < 0 else day


def lead_day(raw: str, published: dt.date | None) -> tuple[dt.date, int] | None:
    """The day the lead's own dateline or time stamp names ("TRIPOLI | Sun Apr 10, 2011 7:33 pm EDT TRIPOLI
    (Reuters) -"), the day a wire story was filed, which its lead's news is told of; with the stamp's offset in
    ``raw`` (a headline above it is not the lead). None when the page has no such stamp (a header, an "updated" line or
    a crawl date does not count), or when it lies after the publication date or more than ``LEAD_DAY_SLACK`` days
    before it."""
    found = find_published(raw)
    if found is None or found.source != "dateline" or published is None:
        return None
    day = _stamp_day(raw, max(found.position, 0), found.date)
    if not published - dt.timedelta(days=LEAD_DAY_SLACK) <= day <= published:
        return None
    return day, max(found.position, 0)


def _stamp_weight(s: Stamp, text: str, pos: int, first: bool, listing: bool, size: int) -> tuple[str, float]:
    if s.kind == "updated" or text[s.start - pos :].lower().startswith(("updated", "last updated")):
        return ("page-header", 0.3) if listing else ("updated-line", 0.7)
    if listing:
        return "page-header", 0.3
    if first and s.kind == "timestamp" and re.match(WEEKDAY, text) and _only_date(text) and size > 400:
        return "page-header", 0.3  # a day and time alone above the headline: often the day the page was crawled
    return "dateline", 0.9


def _date_line_weight(text: str, pos: int, first: bool, size: int) -> tuple[str, float]:
    low = text.strip().lower()
    if low.startswith(("updated", "last updated")):
        return "updated-line", 0.7
    if (first or pos < 80) and re.match(WEEKDAY, text.strip()) and size > 400:
        return "page-header", 0.3
    return "dateline", 0.9


def _only_date(text: str) -> bool:
    rest = TIMESTAMP.sub("", text, count=1)
    return len(rest.split()) <= 4


def _latest_reported(raw: str) -> dt.date | None:
    """The latest full date (with its year) the text reports as past, outside datelines and captions."""
    latest = None
    for m in _PAST_FULL_DATE.finditer(raw):
        day = to_day(m["date"])
        if day is not None and (latest is None or day > latest):
            latest = day
    return latest


def _add(out: list[DateCandidate], day: dt.date | None, source: str, confidence: float, position: int) -> None:
    if day is not None:
        out.append(DateCandidate(day, source, confidence, position))


# -- a live blog's entry stamps ------------------------------------------------------

_CLOCK = r"(\d{1,2}):(\d{2}) ?([ap])\.? ?m\.?"
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "(Update 4:08 a.m. Tuesday in Cairo, 9:08 p.m. ET Monday)", "(Update 11:51 p.m. Cairo, 4:51 p.m. ET)": a live
# blog's entry, stamped with the local time of the news and the time of the page's own zone (ET).
ENTRY_STAMP = re.compile(
    rf"\(Updated?(?: at)? {_CLOCK}(?: (?P<local_day>{'|'.join(_DAY_NAMES)}))?(?: in)? [A-Z][a-z]+,? +"
    rf"{_CLOCK}\s+ET(?: (?P<page_day>{'|'.join(_DAY_NAMES)}))?\)",
    re.IGNORECASE,
)
WEEKDAY_REACH = 3  # a stamp's weekday names a day at most this many days from the page's date


def _minutes(hour: str, minute: str, half: str | None) -> int:
    """Minutes past midnight of a clock: 12-hour when ``half`` ("a" or "p") is given, else 24-hour."""
    if not half:
        return int(hour) * 60 + int(minute)
    return (int(hour) % 12 + (12 if half.lower() == "p" else 0)) * 60 + int(minute)


def _near_weekday(name: str, published: dt.date) -> dt.date:
    """The day of that name nearest the page's date (a live blog runs a day or two either side of it)."""
    want = _DAY_NAMES.index(name.lower())
    days = [published + dt.timedelta(days=n) for n in range(-WEEKDAY_REACH, WEEKDAY_REACH + 1)]
    return min((d for d in days if d.weekday() == want), key=lambda d: abs((d - published).days))


def entry_stamps(raw: str, published: dt.date | None) -> list[tuple[int, dt.date]]:
    """The entries of a live blog, each stamped "(Update 4:08 a.m. Tuesday in Cairo, 9:08 p.m. ET Monday)": (where
    its stamp stands in ``raw``, the day of its news in the page's zone, ET). An entry's events happened on its
    stamp's day, which the page's date does not give (a blog runs past midnight, or over days).

    A stamp that names a weekday fixes its day (the ET weekday, else the local one, a day back when the ET clock is
    the evening before the local small hours); a page whose stamps name none starts from its own date, the day of its
    newest entry. The entries below, newest first, keep the day until a stamp's ET clock is later than the one above
    it: the blog crossed back past midnight."""
    if published is None:
        return []
    found = list(ENTRY_STAMP.finditer(raw))
    out: list[tuple[int, dt.date]] = []
    day: dt.date | None = published if found and not any(m["local_day"] or m["page_day"] for m in found) else None
    above: int | None = None
    for m in found:
        local, page = _minutes(*m.group(1, 2, 3)), _minutes(*m.group(5, 6, 7))
        if m["page_day"]:
            day = _near_weekday(m["page_day"], published)
        elif m["local_day"]:
            # the local day named, the page's zone behind it: "1:24 a.m. Tuesday in Cairo, 6:24 p.m. ET" is Monday
            day = _near_weekday(m["local_day"], published) - dt.timedelta(days=1 if page > local else 0)
        elif day is not None and above is not None and page > above:
            day -= dt.timedelta(days=1)
        above = page
        if day is not None:
            out.append((m.start(), day))
    return out
