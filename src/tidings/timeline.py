"""Dated summary timelines from linked events.

Dates are ranked by how much independent reporting their events have (distinct
articles and outlets), weighted by event type and confidence; the top N are
printed in date order, each with at most K sentences that summarise it best
without repeating each other (a sentence too close to one already chosen, by
word overlap, is skipped).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from tidings import lexicon
from tidings.models import Event

TYPE_WEIGHT = {"CONSULT": 1.0, "ASSAULT": 1.2, "ACCUSE": 0.8, "REQUEST": 0.8, "THREATEN": 0.9, "SANCTION": 1.0}
_WORD = re.compile(r"\w+")


@dataclass
class TimelineDate:
    date: str
    score: float
    summary: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 2}


def _similar(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / min(len(a), len(b)) > 0.6


def _sentence_score(sentence: str, start: int, event: Event) -> float:
    """A sentence that names the participants, near the top of its article (the news lead), says most."""
    words = _words(sentence)
    named = 0
    for entity in (*event.actors, *event.recipients):
        surname = (entity.name or "").split()[-1:] or []
        if surname and surname[0].lower() in words:
            named += 1
    return min(named, 3) + len(event.sources) * 0.1 + event.confidence * 0.5 - min(start, 4000) / 4000


def build(events: list[Event], *, max_dates: int = 20, per_date: int = 2, topic: str | None = None) -> list[TimelineDate]:
    """A timeline of at most ``max_dates`` dates with at most ``per_date`` sentences each."""
    topic_words = _words(topic) if topic else set()
    by_date: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.date is None:
            continue
        if topic_words and not any(topic_words & _words(s.sentence) for s in event.sources):
            continue
        by_date[event.date].append(event)
    dates = []
    for date, evs in by_date.items():
        score = 0.0
        for e in evs:
            articles = {s.article_id for s in e.sources}
            outlets = {s.outlet for s in e.sources if s.outlet}
            score += (len(articles) + 0.5 * len(outlets)) * TYPE_WEIGHT.get(e.type, 0.7) * (0.5 + e.confidence)
        dates.append(TimelineDate(date, score))
    chosen = sorted(dates, key=lambda d: (-d.score, d.date))[:max_dates]
    for entry in chosen:
        evs = sorted(by_date[entry.date], key=lambda e: (-len(e.sources), -e.confidence))
        entry.events = [e.id for e in evs]
        picked: list[set[str]] = []
        candidates = sorted(((s.sentence, s.start, e) for e in evs for s in e.sources), key=lambda c: -_sentence_score(c[0], c[1], c[2]))
        for sentence, _start, _e in candidates:
            words = _words(sentence)
            if topic_words and not topic_words & words:
                continue
            if any(_similar(words, p) for p in picked):
                continue
            picked.append(words)
            entry.summary.append(" ".join(sentence.split()))
            if len(entry.summary) >= per_date:
                break
    return sorted(chosen, key=lambda d: d.date)


def choose(
    events: Sequence[Event],
    sentences: Callable[[], Sequence[DatedText]],
    *,
    by_event: bool,
    source: str = "auto",
    max_dates: int = 20,
    per_date: int = 2,
    start: str | None = None,
    end: str | None = None,
    topic: str | None = None,
) -> list[TimelineDate]:
    """A timeline from the events, or from the dated sentences (``source``: auto, events, sentences).

    ``auto`` uses the events when the caller filtered by actor, country or type
    (``by_event``) or when they give at least five dates (or ``max_dates``);
    else a topic with few political events is told by its dated sentences.
    """
    built = build(list(events), max_dates=max_dates, per_date=per_date, topic=topic) if source != "sentences" else []
    if source == "sentences" or (source == "auto" and not by_event and len(built) < min(5, max_dates)):
        built = summarize(sentences(), events, max_dates=max_dates, per_date=per_date, start=start, end=end, topic=topic)
    return built


def to_json(timeline: list[TimelineDate]) -> dict[str, Any]:
    return {"dates": [{"date": d.date, "summary": d.summary, "events": d.events} for d in timeline]}


def to_timelinejs(timeline: list[TimelineDate], headline: str = "tidings timeline") -> dict[str, Any]:
    """TimelineJS 3 JSON: one slide per date, its summary as the slide text (escaped: article text is untrusted)."""
    import html

    events = []
    for d in timeline:
        parts = d.date.split("-")
        start: dict[str, str] = {"year": parts[0]}
        if len(parts) > 1 and parts[1].isdigit():
            start["month"] = str(int(parts[1]))
        if len(parts) > 2 and parts[2].isdigit():
            start["day"] = str(int(parts[2]))
        if len(parts[0]) != 4 or not parts[0].isdigit():
            continue  # decades and centuries have no TimelineJS date
        body = "".join(f"<p>{html.escape(s)}</p>" for s in d.summary)
        events.append(
            {"start_date": start, "text": {"headline": html.escape(d.date), "text": body}, "unique_id": d.events[0] if d.events else d.date}
        )
    return {"title": {"text": {"headline": html.escape(headline), "text": ""}}, "events": events}


def to_text(timeline: list[TimelineDate]) -> str:
    lines = []
    for d in timeline:
        lines.append(d.date)
        for sentence in d.summary:
            lines.append(f"  - {sentence}")
    return "\n".join(lines)


# -- timelines from dated sentences ---------------------------------------------
# News timeline summarization (Timeline17, Crisis): when a topic has few political
# events, its articles' dated sentences are the material, as in the literature.

LEAD_SENTENCES = 5  # the first sentences of an article tell what happened on (or the day before) its publication


class DatedText(Protocol):
    """A sentence, its article's publication date and the days it names (``store.StoredSentence``)."""

    @property
    def article_id(self) -> str: ...
    @property
    def index(self) -> int: ...
    @property
    def published(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def days(self) -> tuple[str, ...]: ...


def _terms(text: str) -> list[str]:
    return [
        w
        for w in (t.lower() for t in _WORD.findall(text))
        if w not in lexicon.words("timeline_stopwords") and len(w) > 1 and not w.isdigit()
    ]


def summarize(
    sentences: Sequence[DatedText],
    events: Sequence[Event] = (),
    *,
    max_dates: int = 20,
    per_date: int = 2,
    start: str | None = None,
    end: str | None = None,
    topic: str | None = None,
) -> list[TimelineDate]:
    """A timeline from dated sentences: the days most articles name, each summarised by its central sentences.

    A day's score is the number of distinct articles that name it, plus half the
    articles published on it and half the articles whose events are dated to it.
    A day's candidate sentences are those that name it and the lead sentences
    (naming no other day) of the articles published on it or the day after; the
    ``per_date`` chosen are the closest to the candidates' TF-IDF centroid, each
    less than half similar to those already chosen.
    """
    topic_words = {w.lower() for w in _WORD.findall(topic)} if topic else set()
    if topic_words:
        on_topic = {s.article_id for s in sentences if topic_words & {w.lower() for w in _WORD.findall(s.text)}}
        sentences = [s for s in sentences if s.article_id in on_topic]
        events = [e for e in events if any(s.article_id in on_topic for s in e.sources)]

    def in_span(day: str) -> bool:
        return len(day) == 10 and (start is None or day >= start) and (end is None or day <= end)

    named: dict[str, set[str]] = defaultdict(set)
    published: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        for day in s.days:
            if in_span(day):
                named[day].add(s.article_id)
        if s.published and in_span(s.published):
            published[s.published].add(s.article_id)
    reported: dict[str, set[str]] = defaultdict(set)
    for e in events:
        if e.date and e.date_precision == "day" and in_span(e.date):
            reported[e.date].update(src.article_id for src in e.sources)
    days = set(named) | set(published) | set(reported)
    score = {d: len(named[d]) + 0.5 * len(published[d]) + 0.5 * len(reported[d]) for d in days}
    ranked_days = sorted(days, key=lambda d: (-score[d], d))

    # TF-IDF over all sentences of the span.
    terms = [_terms(s.text) for s in sentences]
    df: Counter[str] = Counter()
    for ts in terms:
        df.update(set(ts))
    n = max(1, len(sentences))
    idf = {t: math.log(n / c) for t, c in df.items()}

    def vector(ts: list[str]) -> dict[str, float]:
        counts = Counter(ts)
        v = {t: c * idf.get(t, 0.0) for t, c in counts.items()}
        norm_ = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {t: x / norm_ for t, x in v.items()}

    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        return sum(x * b.get(t, 0.0) for t, x in a.items())

    by_day: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sentences):
        words = len(s.text.split())
        if words < 6 or words > 60:
            continue
        for day in s.days:
            if day in days:
                by_day[day].append(i)
        if s.index < LEAD_SENTENCES and s.published and not any(d != s.published for d in s.days):
            for day in (s.published, _prev_day(s.published)):
                if day in days and i not in by_day[day]:
                    by_day[day].append(i)
    vectors: dict[int, dict[str, float]] = {}  # a sentence may be a candidate of several days
    out: list[TimelineDate] = []
    for day in ranked_days:
        if len(out) >= max_dates:
            break
        candidates = by_day.get(day, [])
        if not candidates:
            continue  # a day with nothing to say about it
        for i in candidates:
            if i not in vectors:
                vectors[i] = vector(terms[i])
        centroid: dict[str, float] = defaultdict(float)
        for i in candidates:
            for t, x in vectors[i].items():
                centroid[t] += x / len(candidates)
        ranked = sorted(candidates, key=lambda i: (-cosine(vectors[i], centroid), i))
        entry = TimelineDate(day, score[day])
        picked: list[dict[str, float]] = []
        seen_text: set[str] = set()
        for i in ranked:
            text = " ".join(sentences[i].text.split())
            if text in seen_text or any(cosine(vectors[i], p) > 0.5 for p in picked):
                continue
            picked.append(vectors[i])
            seen_text.add(text)
            entry.summary.append(text)
            if len(entry.summary) >= per_date:
                break
        entry.events = sorted({e.id for e in events if e.date == day})
        out.append(entry)
    return sorted(out, key=lambda d: d.date)


def _prev_day(day: str) -> str:
    return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
