"""Dated summary timelines: the days that matter, each told by the sentences that report it.

One method for every topic, war or epidemic (``compose``), from what the store
keeps: the articles' sentences with the days they name, and the linked events.

1. ``gather``: the evidence of each day of the span: the articles that name it
   (and of those, the ones published after it), the articles published after
   it at all (the chance it had to be named again), the articles published on
   it and the day after, and the independent sources (articles) of the linked
   events dated to it.
2. ``DateModel``: a linear ranker over the logarithms of those counts (so that
   a topic's size drops out), its weights learned by leave-one-topic-out on
   Timeline17 (``training/timeline_dates.py`` writes ``data/timeline_dates.tsv``
   with the scores of every fold).
3. ``Summarizer``: for the best days in turn, the sentences that name the day,
   the first sentences of the articles published on it or the day after, and
   its events' sentences; page furniture dropped; the ``per_date`` closest to
   the day's TF-IDF centroid that repeat neither each other nor an earlier day.
   A day with nothing to say gives its place to the next one.
4. The timeline in date order (a week, a month or a year sorts by its first day).

With an actor, country or type filter (``by_event``), the dates are those of
the filtered events (weeks and months too), the evidence comes from their
articles, and the summaries from the events' own sentences.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from tidings import lexicon, temporal
from tidings.models import Event

SOURCES = ("auto", "events", "sentences")
# An article published the day after counts 1 in a day's ``later``, one LATER_HALF days after it 1/2, one
# a year after it 1/7, none after that: a day is named again less the longer ago it was.
LATER_HALF = 60
LATER_HORIZON = 365
LEAD_SENTENCES = 5  # the first sentences of an article tell what happened on (or the day before) its publication
MIN_WORDS, MAX_WORDS = 6, 60  # a summary sentence: not a fragment, not a paragraph run together
REDUNDANT = 0.5  # cosine above which a sentence repeats one already chosen
BOILERPLATE_SHARE, BOILERPLATE_MIN = 0.1, 5  # a sentence in this share of the articles (and this many) is furniture
KEYWORDS = 20  # the topic's words: the terms in the most articles
TOPIC_WEIGHT = 0.5  # a summary sentence's similarity to the whole topic, beside its similarity to its day
NAMED_BONUS = 0.2  # a summary sentence that names its day scores a fifth more
_WORD = re.compile(r"\w+")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class TimelineDate:
    date: str
    score: float
    summary: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


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


# -- 1. the evidence of each day ---------------------------------------------------


@dataclass
class Evidence:
    """What the material says about one date (a day; a week or month only for events)."""

    named: set[str] = field(default_factory=set)  # articles with a sentence that names the day
    named_after: set[str] = field(default_factory=set)  # ... of them, published after it
    reported: set[str] = field(default_factory=set)  # independent sources of the events dated to it
    events: list[Event] = field(default_factory=list)
    later: float = 0.0  # articles published after the day, fewer the later: the chance it had to be named again


def gather(
    sentences: Sequence[DatedText], events: Sequence[Event], in_span: Callable[[str], bool], *, coarse: bool = False
) -> dict[str, Evidence]:
    """The evidence of every date in the span; ``coarse`` keeps the weeks, months and years of events too."""
    found: dict[str, Evidence] = defaultdict(Evidence)
    published_on: dict[str, str] = {}
    for s in sentences:
        if s.published:
            published_on[s.article_id] = s.published
        for day in s.days:
            if in_span(day):
                found[day].named.add(s.article_id)
                if s.published and s.published > day:
                    found[day].named_after.add(s.article_id)
    for e in events:
        if e.date and (e.date_precision == "day" or coarse) and _period(e.date) and in_span(e.date):
            found[e.date].events.append(e)
            found[e.date].reported.update(src.article_id for src in e.sources)
    for day in set(published_on.values()):
        for d in (day, _shift(day, -1)):
            if in_span(d):
                found.setdefault(d, Evidence())  # a day with news published on it or the day after: a candidate, named or not
    _count_later(found, published_on.values())
    return dict(found)


def _count_later(found: Mapping[str, Evidence], published: Iterable[str]) -> None:
    """Each date's ``later``: the articles published after its last day, each weighing 1 / (1 + days between / LATER_HALF)."""
    per_day = Counter(dt.date.fromisoformat(p).toordinal() for p in published if _DAY.fullmatch(p))
    days = sorted(per_day)
    for date, ev in found.items():
        last = dt.date.fromisoformat(_last_day(date)).toordinal()
        ev.later = 0.0
        for p in days[bisect.bisect_right(days, last) :]:
            gap = p - last - 1
            if gap > LATER_HORIZON:
                break
            ev.later += per_day[p] / (1 + gap / LATER_HALF)


# -- 2. the date model ----------------------------------------------------------------

FEATURES = ("named", "named_after", "later", "reported")


def features(ev: Evidence) -> dict[str, float]:
    """A day's features: the logarithm of each count (a topic twice as big shifts every day alike)."""
    return {
        "named": math.log1p(len(ev.named)),
        "named_after": math.log1p(len(ev.named_after)),
        "later": math.log1p(ev.later),
        "reported": math.log1p(len(ev.reported)),
    }


@dataclass(frozen=True)
class DateModel:
    """A linear ranker of days: the sum of each feature times its weight."""

    weights: Mapping[str, float]

    def score(self, feats: Mapping[str, float]) -> float:
        return sum(self.weights.get(name, 0.0) * value for name, value in feats.items())

    @classmethod
    def load(cls) -> DateModel:
        """The packaged weights (``data/timeline_dates.tsv``); a user data directory's rows override them."""
        return _packaged_model()


@lexicon.cached
def _packaged_model() -> DateModel:
    return DateModel({row[0].strip(): float(row[1]) for row in lexicon.data_rows("timeline_dates.tsv")})


# -- 3. the summary of a day --------------------------------------------------------------

# Page furniture: comment stamps, update stamps, clock times, navigation, credits, links, Treebank brackets.
_FURNITURE = re.compile(
    "|".join(
        (
            r"\s\|\s|\|\s*Report abuse",  # "TRIPOLI | Mon Feb 21", "January 31, 2011 at 5:36 pm | Report abuse"
            r"\bat \d{1,2}:\d{2} ?[ap]m\b|\(Update\b",
            r"\b\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)? ?(?:GMT|BST|EST|EDT|ET|CET|IST)\b",
            r"Full Article|Click here|Read more|\bPhotos?:|\bwrote:|\bE-?mail\b|https?://|www\.",
            r"\b(?:Reporting|Editing|Writing|Additional reporting) by\b|\bcontributed to this report",
            r"-[LR][RSC]B-|\\\*",
        )
    ),
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^By [A-Z][a-z]+ [A-Z][a-z]+(?:,| and |$)")
# A dateline before the news: "TRIPOLI | Mon Feb 21, 2011 11:52 pm GMT TRIPOLI (Reuters) - ", "CAIRO, Egypt (CNN) -- ".
_DATELINE = re.compile(r"^.{0,160}?\((?:Reuters|AP|AFP|CNN|BBC|Bloomberg)\)\s*(?:-+|—|–)\s*")
# The rest of a stamp split off by the sentence splitter: "4:48 a.m. Friday ET) Egypt's ..." (a ")" with no "(").
_STAMP_END = re.compile(r"^[^()]{0,80}\)\s+")
_CHATTER = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|[Yy]ou|[Yy]our|[Ww]e|us|[Oo]ur)\b")  # "US" is a country, not "us"
_SPOKEN = re.compile(r"(?:And|But|Well|Or|Yes|Oh|OK|Okay)\b")  # a transcript's turn, or a sentence that leans on the last


def clean_sentence(text: str) -> str | None:
    """The sentence as a timeline entry, or None for page furniture, chatter, questions and fragments."""
    text = " ".join(text.split())
    text = _STAMP_END.sub("", _DATELINE.sub("", text))
    if _FURNITURE.search(text) or _BYLINE.match(text) or text.endswith("?") or not text[:1].isupper() or _SPOKEN.match(text):
        return None
    words = len(text.split())
    if words < MIN_WORDS or words > MAX_WORDS:
        return None
    unquoted = re.sub(r"[\"“][^\"”]*[\"”]", "", text)
    if _CHATTER.search(unquoted):
        return None  # a transcript, a reader's comment, an opinion: not a report of what happened
    return text


def _terms(text: str) -> list[str]:
    stop = lexicon.words("timeline_stopwords")
    return [w for w in (t.lower() for t in _WORD.findall(text)) if w not in stop and len(w) > 1 and not w.isdigit()]


Vector = dict[str, float]


def _cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


class Summarizer:
    """TF-IDF over the material's candidate sentences; a day's summary from its candidates.

    The topic's words are the user's (``--topic``) and the ``KEYWORDS`` terms
    in the most articles: a summary sentence needs one of them. A candidate's
    score is its cosine with its day's centroid (the sentences that name the
    day weigh double in it, and a sentence counts as often as articles carry
    it), plus ``TOPIC_WEIGHT`` times its cosine with the topic's centroid (the
    mean of every candidate), times ``1 + NAMED_BONUS`` if it names the day.
    """

    def __init__(
        self, candidates: Mapping[str, Sequence[Candidate]], articles: Mapping[str, set[str]], topic: frozenset[str] = frozenset()
    ) -> None:
        texts = {c.text for cs in candidates.values() for c in cs}
        df: Counter[str] = Counter()
        for text in texts:
            df.update(set(_terms(text)))
        self.idf = {t: math.log((len(texts) + 1) / c) for t, c in df.items()}
        self._vectors: dict[str, Vector] = {}
        self.used: set[str] = set()  # sentences already in the timeline
        self.keywords = _keywords(articles)
        self.topic_keys = topic
        self.topic = _centroid([self.vector(t) for t in texts])

    def vector(self, text: str) -> Vector:
        if text not in self._vectors:
            counts = Counter(_terms(text))
            v = {t: c * self.idf.get(t, 0.0) for t, c in counts.items()}
            norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
            self._vectors[text] = {t: x / norm for t, x in v.items()}
        return self._vectors[text]

    def on_topic(self, text: str) -> bool:
        """Whether a sentence has one of the topic's words: the user's (``--topic``) or the material's own."""
        return not self.keywords or bool(self.keywords & set(_terms(text))) or bool(self.topic_keys and matches(text, self.topic_keys))

    def summarize(self, candidates: Sequence[Candidate], k: int) -> list[str]:
        """The ``k`` best candidates, none too close to another or used before."""
        kept = [c for c in candidates if self.on_topic(c.text)]
        if not kept:
            return []
        named = {c.text for c in kept if c.named}
        unique = list(dict.fromkeys(c.text for c in kept))
        day = _centroid([self.vector(c.text) for c in kept], [2.0 if c.named else 1.0 for c in kept])

        def score(text: str) -> float:
            v = self.vector(text)
            return (_cosine(v, day) + TOPIC_WEIGHT * _cosine(v, self.topic)) * (1 + NAMED_BONUS * (text in named))

        picked: list[str] = []
        for text in sorted(unique, key=lambda t: (-score(t), t)):
            if text in self.used or any(_cosine(self.vector(text), self.vector(p)) > REDUNDANT for p in picked):
                continue
            picked.append(text)
            if len(picked) >= k:
                break
        self.used.update(picked)
        return picked


# Calendar words and the commonest words of any news: never a topic's word.
_NOT_KEYWORDS = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|year|years|month|months|week|weeks|day|days|today|yesterday|tomorrow|time|last|first|people"
)


def _keywords(articles: Mapping[str, set[str]]) -> frozenset[str]:
    """The ``KEYWORDS`` terms found in the most articles (calendar words and the commonest left out)."""
    df: Counter[str] = Counter()
    for terms in articles.values():
        df.update(t for t in terms if not _NOT_KEYWORDS.fullmatch(t))
    return frozenset(t for t, _ in sorted(df.items(), key=lambda x: (-x[1], x[0]))[:KEYWORDS])


def _centroid(vectors: Sequence[Vector], weights: Sequence[float] | None = None) -> Vector:
    weights = weights or [1.0] * len(vectors)
    total = sum(weights) or 1.0
    out: dict[str, float] = defaultdict(float)
    for v, w in zip(vectors, weights, strict=True):
        for t, x in v.items():
            out[t] += w * x / total
    return out


@dataclass(frozen=True)
class Candidate:
    text: str
    named: bool  # the sentence names the day (else: an article's lead, or an event's sentence)


def boilerplate(sentences: Sequence[DatedText]) -> frozenset[str]:
    """Sentences repeated word for word in many articles (a tenth of them, five at least): a site's furniture, not news."""
    articles: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        articles[" ".join(s.text.split())].add(s.article_id)
    n = len({s.article_id for s in sentences})
    return frozenset(text for text, found in articles.items() if len(found) >= max(BOILERPLATE_MIN, BOILERPLATE_SHARE * n))


def _candidates(sentences: Sequence[DatedText], evidence: Mapping[str, Evidence]) -> dict[str, list[Candidate]]:
    """Each date's candidate sentences, cleaned: those that name it, the leads of the day's and next day's articles, its events'."""
    out: dict[str, list[Candidate]] = defaultdict(list)
    for s in sentences:
        lead = s.index < LEAD_SENTENCES and s.published and all(d == s.published for d in s.days)
        days = [d for d in s.days if d in evidence]
        leads = [d for d in (s.published, _shift(s.published, -1)) if d in evidence and d not in days] if lead and s.published else []
        if (days or leads) and (text := clean_sentence(s.text)):
            for d in days:
                out[d].append(Candidate(text, True))
            for d in leads:
                out[d].append(Candidate(text, False))
    for date, ev in evidence.items():
        for e in ev.events:
            out[date].extend(Candidate(t, False) for src in e.sources if (t := clean_sentence(src.sentence)))
    return out


def _article_terms(sentences: Sequence[DatedText]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        if clean_sentence(s.text):
            out[s.article_id].update(_terms(s.text))
    return out


# -- 4. the timeline -----------------------------------------------------------------------


def compose(
    sentences: Sequence[DatedText],
    events: Sequence[Event] = (),
    *,
    max_dates: int = 20,
    per_date: int = 2,
    start: str | None = None,
    end: str | None = None,
    topic: str | None = None,
    by_event: bool = False,
    model: DateModel | None = None,
) -> list[TimelineDate]:
    """A timeline of at most ``max_dates`` dates with at most ``per_date`` sentences each, in date order."""
    keys = topic_keys(topic)
    if keys:
        sentences, events = _on_topic(sentences, events, keys)
    if by_event:
        articles = {src.article_id for e in events for src in e.sources}
        sentences = [s for s in sentences if s.article_id in articles]

    def in_span(date: str) -> bool:
        first, last = _first_day(date), _last_day(date)
        return (start is None or last >= start) and (end is None or first <= end)

    furniture = boilerplate(sentences)
    sentences = [s for s in sentences if " ".join(s.text.split()) not in furniture]
    evidence = gather(sentences, events, in_span, coarse=by_event)
    if by_event:
        evidence = {d: ev for d, ev in evidence.items() if ev.events}
    model = model or DateModel.load()
    score = {d: model.score(features(ev)) for d, ev in evidence.items()}
    candidates = _candidates([] if by_event else sentences, evidence)  # a filtered timeline is told by its events
    summarizer = Summarizer(candidates, _article_terms(sentences), keys)
    out: list[TimelineDate] = []
    for date in sorted(evidence, key=lambda d: (-score[d], d)):
        if len(out) >= max_dates:
            break
        summary = summarizer.summarize(candidates.get(date, []), per_date)
        if summary:
            ranked_events = sorted(evidence[date].events, key=lambda e: (-len(e.sources), -e.confidence, e.id))
            out.append(TimelineDate(date, score[date], summary, [e.id for e in ranked_events]))
    return sorted(out, key=lambda d: (_first_day(d.date), d.date))


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
    """The timeline of the CLI and the web API; ``source``: both kinds of evidence (auto), events alone, or sentences alone.

    ``by_event``: the caller filtered the events by actor, country or type, so the dates are theirs (not with ``sentences``).
    """
    if source not in SOURCES:
        raise ValueError(f"source must be one of {', '.join(SOURCES)}")
    material = sentences() if source != "events" else []
    return compose(
        material,
        events if source != "sentences" else [],
        max_dates=max_dates,
        per_date=per_date,
        start=start,
        end=end,
        topic=topic,
        by_event=(by_event and source != "sentences") or source == "events",  # sentences alone: the filters pick no date
    )


# -- topics ------------------------------------------------------------------------------------

_SUFFIXES = ("ians", "ian", "ers", "er", "ing", "ed", "es", "s")


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def topic_keys(topic: str | None) -> frozenset[str]:
    """The stems of a topic's words ("EgyptianProtest" and "Egyptian protests" alike: egypt, protest)."""
    if not topic:
        return frozenset()
    words: list[str] = []
    for token in _WORD.findall(topic):
        words += [token] if any(c.isdigit() for c in token) else re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+", token)  # H1N1 stays whole
    stop = lexicon.words("timeline_stopwords")
    return frozenset(_stem(w) for w in words if w.lower() not in stop and len(w) > 1)


def matches(text: str, keys: frozenset[str]) -> bool:
    """Whether a text has a word whose stem begins with one of the topic's stems."""
    return any(stem.startswith(key) for stem in (_stem(w) for w in _WORD.findall(text)) for key in keys)


def _on_topic(sentences: Sequence[DatedText], events: Sequence[Event], keys: frozenset[str]) -> tuple[list[DatedText], list[Event]]:
    """The articles that mention the topic (all their sentences), and the events they report."""
    articles = {s.article_id for s in sentences if matches(s.text, keys)}
    kept = [e for e in events if any(src.article_id in articles or matches(src.sentence, keys) for src in e.sources)]
    return [s for s in sentences if s.article_id in articles], kept


# -- dates and output -------------------------------------------------------------------------------


def _period(date: str) -> tuple[str, str] | None:
    """The first and last days of a day, week, month, quarter, year or decade (a TIMEX3 value); None if it is none."""
    if _DAY.fullmatch(date):
        return date, date
    point = temporal.point_from_value(date)
    return (point.start.isoformat(), point.end.isoformat()) if point else None


def _first_day(date: str) -> str:
    period = _period(date)
    return period[0] if period else date


def _last_day(date: str) -> str:
    period = _period(date)
    return period[1] if period else date


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def to_json(timeline: list[TimelineDate]) -> dict[str, Any]:
    return {"dates": [{"date": d.date, "summary": d.summary, "events": d.events} for d in timeline]}


def to_timelinejs(timeline: list[TimelineDate], headline: str = "tidings timeline") -> dict[str, Any]:
    """TimelineJS 3 JSON: one slide per date, its summary as the slide text (escaped: article text is untrusted)."""
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
