"""Turn a raw input into a clean article, or a rejection with its reason.

1. decode: bytes to text (UTF-8, else the encoding charset-normalizer finds);
   binary data and undecodable bytes are rejected;
2. extract: HTML pages go through trafilatura (main text and metadata);
3. strip boilerplate from plain text line by line (navigation, share and
   subscription lines, photo credits, related links, footers), keeping the
   offset of every kept line in the raw text;
4. find the publication date when no metadata gives it (datelines, "date
   2020-07-04" headers, dated captions), with its source and a confidence;
5. check the language and the length.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from tidings import temporal
from tidings.ingest import BOMS, reject
from tidings.models import Article, RawInput, Rejection, Span
from tidings.settings import Settings

log = logging.getLogger(__name__)

# Lines that are boilerplate whatever their length.
_JUNK_LINE = re.compile(
    r"""^\s*(?:
        \(?photo(?:\s+credit)?\s*[:(]|photo\s+by\b|\(photo\b|image:|credit:|\(credit|
        more\s+news\s*:|related\s*:|read\s+more\b|see\s+also\s*:|>>|
        tags?\s|subscribe\b|by\s+subscribing|sign\s+up\b|newsletter\b|
        about\s+(?:the\s+)?author|leave\s+a\s+reply|share\s+(?:this|on)\b|click\s+here|
        copyright\b|©|all\s+rights\s+reserved|advertisement$|
        hot\s+opinion$|most\s+read$|\w+(?:\s+\w+)?\s+contributed\s+to\s+this\s+(?:article|report)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_SHARE_WORDS = {
    "share", "tweet", "email", "e-mail", "print", "comment", "comments", "adjust", "facebook",
    "twitter", "whatsapp", "google+", "pinterest", "linkedin", "tumblr", "reddit", "telegram", "+", "|",
}  # fmt: skip
_CREDIT = re.compile(r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,4}\s*/\s*[A-Z][\w/ .'-]*$")
_BYLINE = re.compile(r"^\s*by\s+[A-Z][A-Z .'-]+(?:\s+STAFF)?\s*$", re.IGNORECASE)

_DATELINE = re.compile(
    r"^\s*(?:(?:published|posted|updated|last\s+updated|date)\s*:?\s*)?"
    r"(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*,\s+(?:[A-Z][a-z]+,\s+)?)?"
    r"(?P<date>(?:\w+day,?\s+)?(?:\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}))"
    r"(?:[\sT,|-]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s*[A-Z]{2,4})?)?",
    re.IGNORECASE,
)
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>[01]\d)[/-](?P<d>[0-3]\d)(?:/|-|$)")
# "met on March 3, 2020", "was signed on 4 July 2019": a past event with a full date.
_PAST_FULL_DATE = re.compile(
    r"\b(?:met|held|signed|took place|visited|spoke|announced|said|died|was|were)\s+(?:\w+\s+){0,3}?on\s+"
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}"
    r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})"
)
_INLINE_CREDIT = re.compile(r"\s*\((?:photo|image|picture)(?:\s+credit)?\s*:[^)]*\)\s*$", re.IGNORECASE)
_HEADER_DATE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_CAPTION_DATE = re.compile(
    r",\s*(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})\.?\s*$"
)


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def decode(data: bytes | str) -> tuple[str | None, str | None]:
    """Return (text, None) or (None, reason detail) for bytes that are not text."""
    if isinstance(data, str):
        return data, None
    if not data:
        return "", None
    for bom, enc in BOMS:
        if data.startswith(bom):
            # UTF-16 and UTF-32 are full of NUL bytes: their byte-order mark says they are text.
            try:
                return data.decode(enc), None
            except UnicodeDecodeError as exc:
                return None, f"undecodable: the bytes are not valid {enc} ({exc.reason})"
    sample = data[:65536]
    if b"\x00" in sample:
        return None, "binary data (NUL bytes): not a text article"
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls / len(sample) > 0.05:
        return None, "binary data (control bytes): not a text article"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    # Mostly-ASCII news text with a few Windows-1252 quotes or accents: the commonest legacy case.
    ascii_share = sum(1 for b in sample if b < 128) / len(sample)
    if ascii_share > 0.9:
        try:
            return data.decode("cp1252"), None
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None, "undecodable: no text encoding fits these bytes"
    if not best.coherence:
        return None, f"undecodable: the bytes read as {best.encoding} make no words of any language"
    text = str(best)
    if sum(1 for ch in text if ch == "\ufffd") > max(3, len(text) // 200):
        return None, f"undecodable: too many invalid characters as {best.encoding}"
    return text, None


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for piece in text.splitlines(keepends=True):
        body = piece.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        out.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(piece)
    return out


def _latin_ratio(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    latin = sum(1 for ch in letters if ord(ch) < 0x250)
    return latin / len(letters)


def _is_junk(line: str) -> bool:
    if not line:
        return False
    if _JUNK_LINE.match(line) or _BYLINE.match(line) or _CREDIT.match(line):
        return True
    words = line.split()
    if all(w.lower().strip(":") in _SHARE_WORDS for w in words):
        return True
    if _latin_ratio(line) < 0.5:
        return True
    # A dateline, or a page header that starts with a date ("Saturday, 6 Jun 2020 - 14 of Sivan").
    return bool(_DATELINE.match(line) and len(words) <= 10)


def _is_nav(line: str) -> bool:
    """A long run of capitalised words without sentence punctuation: a menu."""
    words = line.split()
    if len(words) < 8 or re.search(r"[.!?\"”]\s*$", line):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps / len(words) > 0.75 and not re.search(r"[,;]\s", line[:-1])


def _weight(line: str) -> float:
    """Positive for prose, negative for short fragments, for the body search."""
    if not line:
        return 0.0
    words = len(line.split())
    if _is_junk(line) or _is_nav(line):
        return -12.0
    if words >= 12 or (words >= 6 and re.search(r"[.!?\"”')]\s*$", line)):
        return float(words)
    return -6.0


def strip_boilerplate(raw: str) -> tuple[str, tuple[Span, ...], str | None]:
    """Return (clean text, offsets to raw, title) for a plain-text article.

    The body is the run of lines with the most prose (a maximum-sum segment
    over line weights), less boilerplate lines inside it; the title is the
    headline-like line just above it.
    """
    lines = _lines(raw)
    weights = [_weight(ln.text) for ln in lines]
    best, best_range, cur, cur_start = 0.0, (0, -1), 0.0, 0
    for i, w in enumerate(weights):
        if cur <= 0:
            cur, cur_start = w, i
        else:
            cur += w
        if cur > best:
            best, best_range = cur, (cur_start, i)
    first, last = best_range
    title = None
    for ln in reversed(lines[max(0, first - 6) : max(first, 0)]):
        words = ln.text.split()
        if 3 <= len(words) <= 25 and not _is_junk(ln.text) and not _is_nav(ln.text) and not ln.text.endswith(":"):
            title = ln.text
            break
    pieces: list[str] = []
    spans: list[Span] = []
    pos = 0
    for ln in lines[first : last + 1]:
        if not ln.text or _is_junk(ln.text) or _is_nav(ln.text):
            continue
        credit = _INLINE_CREDIT.search(ln.text)
        if credit is not None and credit.start() > 0:
            # "... March 24, 2020. (photo credit: SPUTNIK/...)": keep the caption, drop the credit.
            ln = _Line(ln.start, ln.start + credit.start(), ln.text[: credit.start()])
        if pieces:
            pieces.append("\n\n")
            pos += 2
        pieces.append(ln.text)
        spans.append(Span(pos, pos + len(ln.text), ln.start, ln.end))
        pos += len(ln.text)
    text = "".join(pieces)
    if title is None:
        head = next((ln for ln in lines if ln.text and not _is_junk(ln.text)), None)
        if head is not None and len(head.text.split()) <= 25 and head.start < (lines[first].start if lines else 0):
            title = head.text
    return text, tuple(spans), title


@dataclass(frozen=True)
class DateCandidate:
    date: dt.date
    source: str
    confidence: float
    position: int


def find_published(raw: str, limit_chars: int = 6000, url: str | None = None) -> DateCandidate | None:
    """The most credible publication date stated in a page's own text (or its URL).

    Candidates: a date in the URL path (0.95), a ``date 2020-07-04`` header
    (0.85), a dateline or "Published/Updated" line (0.9, "Updated" 0.7), a
    dated photo caption (0.5), a page-header date with a weekday at the very
    top (0.3, often the crawl date). A day or month is never invented: only
    full dates are candidates. A candidate earlier than an event the article
    itself dates in the past ("met on March 3, 2020" cannot be reported on
    March 1) is dropped.
    """
    candidates: list[DateCandidate] = []
    if url and (mu := _URL_DATE.search(url)):
        _add(candidates, f"{mu['y']}-{mu['m']}-{mu['d']}", "url", 0.95, -1)
    for ln in _lines(raw[:limit_chars]):
        text = ln.text
        if not text:
            continue
        if m := _HEADER_DATE.match(text):
            _add(candidates, m["date"], "header", 0.85, ln.start)
            continue
        m2 = _DATELINE.match(text)
        if m2 and len(text.split()) <= 10:
            low = text.lower()
            if low.startswith(("updated", "last updated")):
                conf, src = 0.7, "updated-line"
            elif ln.start < 80 and re.match(r"\w+day\b", text) and len(raw) > 400:
                conf, src = 0.3, "page-header"
            else:
                conf, src = 0.9, "dateline"
            _add(candidates, m2["date"], src, conf, ln.start)
            continue
        if m3 := _CAPTION_DATE.search(text):
            _add(candidates, m3["date"], "caption", 0.5, ln.start)
    latest = _latest_reported(raw)
    consistent = [c for c in candidates if latest is None or c.date >= latest]
    if not consistent:
        return None
    return max(consistent, key=lambda c: (c.confidence, -c.position))


def _latest_reported(raw: str) -> dt.date | None:
    """The latest full date (with its year) the text reports as past, outside datelines and captions."""
    latest = None
    for m in _PAST_FULL_DATE.finditer(raw):
        point = temporal.resolve(m["date"], None)
        if point is not None and point.granularity == "day" and (latest is None or point.start > latest):
            latest = point.start
    return latest


def _add(out: list[DateCandidate], text: str, source: str, confidence: float, position: int) -> None:
    text = re.sub(r"^\w+day,?\s+", "", text.strip())
    point = temporal.resolve(text, None)
    if point is not None and point.granularity == "day":
        out.append(DateCandidate(point.start, source, confidence, position))


def detect_language(text: str) -> str:
    import py3langid  # type: ignore[import-untyped]

    lang, _score = py3langid.classify(text[:3000])
    return str(lang)


def article_id(text: str) -> str:
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return "a_" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def _outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)


def prepare(item: RawInput, settings: Settings) -> Article | Rejection:
    """Decode, extract, clean and check one input (see the module docstring)."""
    text, problem = decode(item.data)
    if text is None:
        reason = "binary" if problem and problem.startswith("binary") else "undecodable"
        return reject(item.source, reason, problem or reason, item.data)
    if not text.strip():
        return reject(item.source, "empty", "no text in the input", item.data)
    meta: dict[str, Any] = dict(item.meta)
    raw = text
    if item.kind == "html":
        extracted = _extract_html(text)
        if extracted is None:
            return reject(item.source, "malformed-html", "no article text could be extracted from the HTML", item.data)
        body, html_meta = extracted
        for key, value in html_meta.items():
            meta.setdefault(key, value)
        raw = body
    # For HTML, trafilatura already removed the page furniture; credit lines still go.
    clean_text, spans, title = strip_boilerplate(raw)
    words = len(clean_text.split())
    if words == 0 and item.kind == "html":
        return reject(item.source, "malformed-html", "no article text could be extracted from the HTML", item.data)
    if words < settings.min_words:
        reason = "empty" if words == 0 else "too-short"
        return reject(
            item.source, reason, f"{words} words of article text after cleaning (at least {settings.min_words} needed)", item.data
        )
    lang = detect_language(clean_text)
    if settings.language != "*" and lang != settings.language:
        return reject(item.source, "not-english", f"the text is in '{lang}', not '{settings.language}'", item.data)
    published, pub_source, pub_conf = _published(meta, raw)
    url = meta.get("url")
    return Article(
        id=article_id(raw),
        source=item.source,
        raw=raw,
        text=clean_text,
        offsets=spans,
        title=meta.get("title") or title,
        url=url,
        outlet=meta.get("outlet") or _outlet_from_url(url),
        published=published,
        published_source=pub_source,
        published_confidence=pub_conf,
        doc_id=str(meta["id"]) if meta.get("id") is not None else None,
        language=lang,
    )


def _published(meta: dict[str, Any], raw: str) -> tuple[dt.date | None, str | None, float]:
    given = meta.get("published")
    if given:
        d = temporal.to_date(str(given)) or _loose_date(str(given))
        if d is not None:
            return d, str(meta.get("published_source", "metadata")), 1.0
    found = find_published(raw, url=meta.get("url"))
    if found is not None:
        return found.date, found.source, found.confidence
    return None, None, 0.0


def _loose_date(text: str) -> dt.date | None:
    point = temporal.resolve(re.sub(r"[T ].*$", "", text) if re.match(r"\d{4}-", text) else text, None)
    return point.start if point is not None and point.granularity == "day" else None


def _extract_html(html: str) -> tuple[str, dict[str, Any]] | None:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        log.debug("trafilatura failed: %s", exc)
        return None
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    body = data.get("text") or ""
    if not body.strip():
        return None
    meta: dict[str, Any] = {}
    if data.get("title"):
        meta["title"] = data["title"]
    if data.get("date"):
        meta["published"] = data["date"]
        meta["published_source"] = "html-metadata"
    if data.get("url"):
        meta["url"] = data["url"]
    if data.get("sitename"):
        meta["outlet"] = data["sitename"]
    return body, meta
