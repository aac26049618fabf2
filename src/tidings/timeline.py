"""Dated summary timelines from linked events.

Dates are ranked by how much independent reporting their events have (distinct
articles and outlets), weighted by event type and confidence; the top N are
printed in date order, each with at most K sentences that summarise it best
without repeating each other (a sentence too close to one already chosen, by
word overlap, is skipped).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

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
