"""Turn a raw input into a clean article, or a rejection with its reason.

1. decode: bytes to text (UTF-8, else the encoding charset-normalizer finds);
   binary data and undecodable bytes are rejected;
2. extract: HTML pages go through trafilatura (main text, and the metadata
   the markup states: title, meta-tag date, site name, URL);
3. strip the page furniture, HTML or plain text alike (``clean.furniture``):
   reader comments, other stories' headlines, datelines, bylines, credits,
   tickers, site notices, share and subscribe lines, menus; every kept piece
   keeps its offsets in the raw text;
4. find the publication date when no metadata gives it (``clean.dates``: the
   lead's dateline wherever it stands, time stamps, "date 2020-07-04"
   headers, dated captions, a crawl date at the top), with its source and a
   confidence;
5. check the language and the length.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
import unicodedata
from typing import Any
from urllib.parse import urlparse

from tidings import temporal
from tidings.clean.dates import DateCandidate, entry_stamps, find_published, lead_day
from tidings.clean.furniture import Piece, pieces, strip_boilerplate
from tidings.ingest import BOMS, reject
from tidings.models import Article, RawInput, Rejection
from tidings.settings import Settings

log = logging.getLogger(__name__)

__all__ = [
    "DateCandidate",
    "Piece",
    "article_id",
    "decode",
    "detect_language",
    "entry_stamps",
    "find_published",
    "lead_day",
    "pieces",
    "prepare",
    "strip_boilerplate",
]


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


# How far (in py3langid's log-probability) the expected language may trail the first guess and still be taken: on a
# sentence or two an English-based creole or a close neighbour edges out English by a few points ("Police in Lagos
# detained two reporters on Friday." reads as Nigerian Pidgin by 1.1), while a sentence in another language leaves
# English 20 or more behind (Spanish 24.7, Portuguese 23.7, German 43.1 on one-line examples).
_NEAR_EXPECTED = 8.0


def detect_language(text: str, expected: str | None = None) -> str:
    """The text's language (ISO 639-1); ``expected`` when it is within ``_NEAR_EXPECTED`` of the first guess."""
    import py3langid  # type: ignore[import-untyped]

    ranked = py3langid.rank(text[:3000])
    lang, score = ranked[0]
    if expected is not None and lang != expected:
        near = next((s for code, s in ranked if code == expected), None)
        if near is not None and score - near <= _NEAR_EXPECTED:
            return expected
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
    # For HTML, trafilatura removed the furniture the markup shows; what it leaves goes as in plain text.
    clean_text, spans, title = strip_boilerplate(raw)
    words = len(clean_text.split())
    if words == 0 and item.kind == "html":
        return reject(item.source, "malformed-html", "no article text could be extracted from the HTML", item.data)
    if words < settings.min_words:
        reason = "empty" if words == 0 else "too-short"
        return reject(
            item.source, reason, f"{words} words of article text after cleaning (at least {settings.min_words} needed)", item.data
        )
    lang = detect_language(clean_text, None if settings.language == "*" else settings.language)
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
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            favor_precision=True,
            # The markup's own date (meta tags, <time>, the URL) only: dates in the text are clean.dates' to weigh.
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
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
