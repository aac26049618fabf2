"""What a rule's handler sees: the match, the reference date, the tense, and the times named before it.

A ``Rule`` is one row of the rule table: a name, a pattern and the handler
that reads a match of the pattern into a ``Reading`` (type, value, mod,
TimePoint). The extent of the time expression is the pattern's group ``t``
when it has one (words around it, such as a preposition, are context), else
the whole match.

``Memory`` holds the times a document has named so far, for the expressions
that count from them ("a day earlier", "the following year", "the
year-earlier quarter").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from tidings.models import Tense, TimePoint, granularity_rank
from tidings.temporal.points import at

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True)
class Reading:
    """What a handler makes of a match; ``span`` narrows the extent (character offsets in the text)."""

    type: TimexType
    value: str | None
    mod: str | None = None
    point: TimePoint | None = None
    span: tuple[int, int] | None = None
    anchors: bool = True  # later expressions may count from it


Result = Reading | tuple[Reading, ...] | None


@dataclass
class Memory:
    """The times named so far in a document."""

    day: dt.date | None = None  # the last day-precise date
    point: TimePoint | None = None  # the last date of any granularity
    period: TimePoint | None = None  # the first quarter or half named: the period a business story reports
    day_at: int = -1  # where the last day-precise date ends (offset)
    point_span: tuple[int, int] = (-1, -1)  # where the last date of any granularity stands (offsets)
    last_period: TimePoint | None = None  # the last quarter or half named
    last_period_at: int = -1  # where it ends (offset)

    def remember(self, reading: Reading, end: int, start: int = -1) -> None:
        p = reading.point
        if p is None or reading.type not in ("DATE", "TIME") or not reading.anchors:
            return
        self.point = p
        self.point_span = (start, end)
        if p.granularity == "day":
            self.day = p.start
            self.day_at = end
        if p.granularity in ("quarter", "half"):
            if self.period is None:
                self.period = p  # the period a report is about is the one it names first
            self.last_period, self.last_period_at = p, end


_SINCE_BEFORE = re.compile(r"\b(?:since|ever\s+since)\s+(?:(?:the|a|an|its|his|her|their)\s+)?$", re.IGNORECASE)


@dataclass
class Context:
    """A match in its document: the text, the reference date, the tense and what came before."""

    text: str
    ref: dt.date | None
    memory: Memory
    start: int
    end: int
    tense_of: Callable[[int, int], tuple[Tense | None, bool]]
    clock: dt.datetime | None = None  # the reference's time of day, when it names one ("1998-02-27T08:09:00")
    _tense: tuple[Tense | None, bool] | None = field(default=None, repr=False)
    _settled: bool | None = field(default=None, repr=False)

    def _read_tense(self) -> tuple[Tense | None, bool]:
        if self._tense is None:
            self._tense = self.tense_of(self.start, self.end)
        return self._tense

    @property
    def tense(self) -> Tense | None:
        return self._read_tense()[0]

    @property
    def firm(self) -> bool:
        """True when the tense was given (``resolve``'s caller), False when read from the words around (``tag``)."""
        return self._read_tense()[1]

    @property
    def settled(self) -> bool:
        """True when a guessed past is the past of the verb that governs the expression (``settled_past``)."""
        if self._settled is None:
            self._settled = not self.firm and self.tense == "past" and settled_past(self.text, self.start, self.end)
        return self._settled

    def sentence_anchor(self) -> TimePoint | None:
        """The last time named before the expression in its own sentence, when it lies outside the reference's year
        and on the side of it the clause's tense allows: the year of the story's narrative ("The 1999-00 season
        ended in May", "In 1985 the firm filed for bankruptcy in March"). A time inside a clause set off by commas
        ("The company, founded in 1923, will open a plant in May") is that clause's only."""
        point = self.memory.point
        if point is None or self.ref is None or point.start.year <= self.ref.year <= point.end.year:
            return None
        start, end = self.memory.point_span
        left, _right = sentence_bounds(self.text, self.start, self.end)
        if not left <= start <= end <= self.start:
            return None
        if "," in self.text[left:start] and "," in self.text[end : self.start]:
            return None
        if _SINCE_BEFORE.search(self.text, max(left, start - 20), start):
            return None  # "in power since the 1969 coup and minister until he defected in February": an open period's start
        if self.tense == ("future" if point.end < self.ref else "past"):
            return None
        return point

    def reported_period(self) -> TimePoint | None:
        """The period a comparison counts from ("up from $4 million a year earlier"): a quarter or half named before it
        in its own sentence ("America West reported third-quarter profit of $5.8 million, up from $4 million a year
        earlier"), else the period the story reports (the first one it named)."""
        last = self.memory.last_period
        if last is not None and 0 <= self.memory.last_period_at <= self.start:
            left, _right = sentence_bounds(self.text, self.start, self.end)
            if self.memory.last_period_at > left:
                return last
        return self.memory.period

    def narrative_point(self, unit: str) -> TimePoint | None:
        """The time a past story is about, for an edge of a unit it does not name ("Trading was halted on Oct. 13,
        1989. By the end of the week, ..."): the last time named, in this sentence or the one before, when it is at
        least as fine as ``unit``, lies before the reference and outside the reference's own ``unit``."""
        point = self.memory.point
        if point is None or self.ref is None or self.tense != "past" or point.end >= self.ref:
            return None
        if granularity_rank(point.granularity) < granularity_rank(unit) or point.start >= at(unit, self.ref).start:
            return None
        left, _right = sentence_bounds(self.text, self.start, self.end)
        if left > 1:
            left = sentence_bounds(self.text, left - 2, left - 1)[0]
        return point if left <= self.memory.point_span[1] <= self.start else None

    def narrated_day(self) -> dt.date | None:
        """The day a past sentence tells of, for a bare weekday in it ("The market fell on Oct. 13, 1989, and rallied
        Monday"): the date written before it in the same sentence, more than a week before the reference (where a
        writer would not call a recent day by its weekday), not in a clause set off by commas ("Iraq, which
        invaded Kuwait on Aug. 2, said Monday"), and the weekday's verb no verb of saying ("said Monday" is the
        report's day)."""
        day, point = self.memory.day, self.memory.point
        if day is None or point is None or self.ref is None or self.tense != "past" or (self.ref - day).days <= 7:
            return None
        start, end = self.memory.point_span
        left, _right = sentence_bounds(self.text, self.start, self.end)
        if point.granularity != "day" or point.start != day or not left <= start <= end <= self.start:
            return None
        if not any(c.isdigit() for c in self.text[start:end]):
            return None  # a day counted from another ("three days later") is no date the writer spelt out
        if "," in self.text[left:start] and "," in self.text[end : self.start]:
            return None
        words = _WORD.findall(self.text[end : self.start])
        for i in range(len(words) - 1, -1, -1):
            if _cue_at(words, i) is not None:
                return None if words[i].lower() in _REPORTING else day
        return day

    def before(self, n: int = 40) -> str:
        return self.text[max(0, self.start - n) : self.start]

    def after(self, n: int = 40) -> str:
        return self.text[self.end : self.end + n]


@dataclass(frozen=True)
class Rule:
    """One row of the rule table: its pattern, the handler that reads a match, an optional veto on the match.

    ``keys``: words of which a text must hold one for the pattern to be tried
    at all, and only within ``reach`` of them (lower case; ``#d`` stands for
    digits, ``#:`` for a clock's colon); empty, the pattern is tried
    everywhere. They only make ``tag`` faster.
    """

    name: str
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str], Context], Result]
    veto: Callable[[re.Match[str], str], bool] | None = None
    keys: frozenset[str] = frozenset()
    reach: tuple[int, int] = (90, 90)  # how far a match can start before a key, and end after it (characters)

    def extent(self, m: re.Match[str]) -> tuple[int, int]:
        if "t" in self.pattern.groupindex and m.start("t") >= 0:
            return m.span("t")
        return m.span()


def keys(*groups: str | frozenset[str]) -> frozenset[str]:
    """Key words from space-separated strings and sets."""
    out: set[str] = set()
    for g in groups:
        out.update(g.split() if isinstance(g, str) else g)
    return frozenset(out)


_TOKEN = re.compile(r"[a-z]+")
_DIGITS = re.compile(r"\d+")
_CLOCK_COLON = re.compile(r"\d:\d\d")


def text_keys(text: str) -> dict[str, list[int]]:
    """Where a text holds each key: its lower-case words (and their singulars, "Tuesdays" holds "tuesday"),
    ``#d`` its runs of digits, ``#:`` its clocks' colons."""
    found: dict[str, list[int]] = {}
    for m in _TOKEN.finditer(text.lower()):
        word = m.group(0)
        found.setdefault(word, []).append(m.start())
        if word.endswith("s"):
            found.setdefault(word[:-1], []).append(m.start())
    digits = [m.start() for m in _DIGITS.finditer(text)]
    if digits:
        found["#d"] = digits
        colons = [m.start() for m in _CLOCK_COLON.finditer(text)]
        if colons:
            found["#:"] = colons
    return found


def anycase(pattern: str) -> str:
    """A fragment matched in any case inside a case-sensitive pattern: the function words around a month name
    ("Last March", "In mid-May", "The week of June 2") may open a sentence, while the name itself keeps its
    capital ("may" is a verb)."""
    return f"(?i:{pattern})"


def rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A pattern that starts and ends at word edges."""
    return re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w-])", flags)


# -- tense from the words around an expression -----------------------------

_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|Rev|Inc|Corp|Co|Ltd|Bros|No|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|a\.m|p\.m|vs|etc|approx)\.$"
)
_STOP = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘(]*[A-Z0-9])|\n\s*\n|[;:]\s")

FUTURE_CUES = frozenset((
    "will", "shall", "'ll", "wo", "won't", "gonna", "scheduled", "slated", "expected", "expects", "expect", "plans",
    "plan", "planning", "intends", "intend", "would", "wouldn't", "upcoming", "next", "coming", "until", "till",
    "effective", "hopes", "hope", "aims", "aim", "seeks", "likely", "unlikely", "envisages", "envisions", "foresees",
    "proposes",
))  # fmt: skip
# A schedule told in the present tense looks ahead: "the offer expires Dec. 15", "talks resume Monday", "the
# meeting convenes in April" (the present of a verb of scheduled events; its base form only where it is no noun).
SCHEDULED_CUES = frozenset((
    "expires", "expire", "begins", "begin", "starts", "ends", "opens", "closes", "resumes", "resume", "convenes",
    "convene", "meets", "arrives", "leaves", "returns", "matures", "mature", "takes", "reopens", "reopen", "reconvenes",
    "reconvene", "continues", "continue", "adjourns",
))  # fmt: skip
# What a diary of news says in the present, before the day it names: "the Senate votes Thursday", "the two leaders
# meet Friday", "the court hears arguments Monday", "he testifies Tuesday", "the team plays Sunday", "the fair runs
# Sept. 9-12" (after the day they are no cue: "Tuesday's declaration by Ford, which holds"). SCHEDULE_NOUNS: forms
# that are also nouns, no verb after a determiner or a past verb ("saw runs"); SCHEDULE_BASE: base forms, no verb
# after "to", "not" or "did".
SCHEDULE_VERBS = frozenset((
    "meet", "vote", "votes", "play", "plays", "travel", "travels", "visit", "visits", "face", "faces", "hold", "holds",
    "gather", "gathers", "testify", "testifies", "fly", "flies", "decide", "decides", "rules", "signs",
    "hear", "hears", "host", "hosts", "debate", "debates", "depart", "departs", "conclude", "concludes", "head", "heads",
    "goes", "go", "sit", "sits", "kicks", "wraps", "arrive", "leave", "return", "runs",
    # a deadline, a measure or an office on a timetable: "the deadline passes at midnight Sunday", "the curfew lifts
    # Saturday", "the strike enters its third day Thursday", "the bill becomes law Friday", "he steps down Friday",
    # "the minister addresses parliament Thursday", "she speaks at the summit Thursday"
    "passes", "lifts", "enters", "becomes", "speaks",
))  # fmt: skip
SCHEDULE_NOUNS = frozenset((
    "vote", "votes", "play", "plays", "travel", "visit", "visits", "face", "faces", "hold", "holds", "flies", "rules",
    "signs", "host", "hosts", "debate", "debates", "head", "heads", "meet", "return", "returns", "go",
    "leave", "sits", "kicks", "wraps", "runs", "passes", "lifts",
))  # fmt: skip
SCHEDULE_BASE = frozenset((
    "meet", "vote", "play", "travel", "visit", "face", "hold", "gather", "testify", "fly", "decide",
    "hear", "host", "debate", "depart", "conclude", "head", "go", "sit", "arrive", "leave", "return", "resume",
    "convene", "mature", "reopen", "reconvene", "expire", "begin",
))  # fmt: skip
_NOUN_BEFORE = frozenset((
    "of", "for", "in", "on", "at", "by", "with", "after", "before", "from", "into", "no", "any", "each", "every", "under",
    "over", "about", "against", "amid", "without", "during",
))  # fmt: skip
_NO_SCHEDULE_BEFORE = frozenset(("to", "not", "did", "didn't", "does", "doesn't", "do", "don't", "never", "could", "would", "wouldn't"))
_LINE_START = re.compile(r"(?:\n|[.!?][\"”’')]*\s)[ \t*•–—-]*\Z")  # nothing but a bullet between a line's start and here
_CHRONOLOGY_DASH = re.compile(r"[ \t]*(?:--?|–|—|:)[ \t]")  # after the date that heads a chronology's line
_DO_FORMS = frozenset(("did", "didn't", "does", "doesn't", "do", "don't"))
PRESENT_CUES = frozenset(["is", "are", "am", "'s", "'re", "isn't", "aren't"])
# Modals look ahead: "a vote could come on Thursday", "police may return Monday", "it should close by Friday".
MODAL_CUES = frozenset(["can", "may", "might", "could", "should", "must", "cannot", "can't"])
# Simple pasts that are no participle, never an adjective after a determiner ("that began", not "that begun").
_PAST_ONLY = frozenset((
    "began", "came", "went", "took", "gave", "fell", "rose", "ran", "grew", "knew", "saw", "drove", "flew", "broke",
    "wrote", "spoke", "chose", "threw", "sank", "fled", "stole", "withdrew", "arose", "swore", "tore", "woke", "sang",
    "overthrew", "drew", "blew", "shook", "froze", "hid", "rode", "strode", "strove", "forgot", "forgave", "foresaw",
    "oversaw", "overran", "overcame", "mistook", "drank", "ate", "swam", "befell", "outran",
))  # fmt: skip
# Words that tell the past: the auxiliaries, "ago", the simple pasts above and the irregular pasts that are also
# participles ("held", "made"); a regular past in -ed is read by its ending (``_cue``).
PAST_CUES = _PAST_ONLY | frozenset((
    "was", "were", "had", "did", "said", "told", "ago", "wasn't", "weren't", "didn't", "hadn't", "has", "have",
    "last", "earlier", "met", "made", "held", "left", "won", "lost", "sold", "bought", "brought", "thought", "found",
    "got", "became", "paid", "spent", "sent", "built", "led", "fought", "struck", "stood", "shot", "sat", "kept",
    "felt", "meant", "heard", "sought", "taught", "caught", "overtook", "undertook", "forbade", "slid", "bore",
    "wept", "dealt", "hung", "lay", "lent", "rang", "sprang", "stuck", "stung", "swung", "wound", "dug", "spun",
    "upheld", "withheld", "understood", "swept", "slept", "crept", "knelt", "clung", "flung", "rebuilt", "overheard",
))  # fmt: skip
_NOT_PAST_ED = frozenset((
    "scheduled", "expected", "planned", "slated", "proposed", "needed", "red", "bed", "shed", "need", "speed",
    "feed", "seed", "indeed", "hundred", "proceed", "succeed", "exceed", "united", "based", "related", "limited",
    # adjectives of securities ("Series H preferred shares", "subordinated debentures", "secured notes")
    "preferred", "subordinated", "secured", "unsecured", "collateralized",
))  # fmt: skip
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# A present progressive right before the time is an arrangement ahead: "the heads of missions are gathering on Monday".
_ARRANGED = re.compile(r"\b(?:is|are|am|['’]re)\s+(?!being\b)[a-z]{2,}ing\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): stops at sentence ends, blank lines, semicolons and colons."""
    window_start = max(0, start - 300)
    left = window_start
    # The stop's look-ahead must see the expression itself when it opens its sentence ("... said. Monday's vote"):
    # the search runs a few characters past ``start`` and keeps the stops that end before it.
    for m in _STOP.finditer(text, window_start, min(len(text), start + 4)):
        if m.end() > start:
            break
        if not _ABBREVIATION.search(text, max(0, m.start() - 6), m.start() + 1):
            left = m.end()
    right = len(text)
    for m in _STOP.finditer(text, end, min(len(text), end + 300)):
        if not _ABBREVIATION.search(text, max(0, m.start() - 6), m.start() + 1):
            right = m.start()
            break
    else:
        right = min(len(text), end + 300)
    return left, right


_BE = frozenset(("be", "been", "being", "is", "are", "am", "was", "were", "'s", "get", "gets", "got"))
_AUXILIARIES = frozenset(("was", "were", "had", "did", "has", "have", "wasn't", "weren't", "didn't", "hadn't", "said", "told"))
_BEFORE_ADJECTIVE = frozenset(
    ("a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "still", "very", "more", "most", "newly")
)
# Conjunctions before a reduced clause ("if approved", "once completed", "unless renewed"): its participle is no past.
_SUBORDINATORS = frozenset(("if", "once", "unless", "when", "whenever", "until", "till", "though", "although", "as", "while"))
# Pasts before "effective" that make it a state of the past ("became effective Oct. 1", "was effective Jan. 1");
# "is effective June 1" and "becomes effective Jan. 1" are schedules.
_BECOME = frozenset(("was", "were", "became", "been", "remained"))
_PLANNED = frozenset(("scheduled", "expected", "due", "payable", "slated", "supposed", "planned"))
_ALSO_NOUNS = frozenset(("plan", "plans", "hope", "hopes", "aim", "aims"))  # future cues as verbs, none as nouns


# Verbs whose past is their base form ("the storm hit", "the plant shut"): past only after a subject, not after "to",
# a modal, "do" or a plural's present ("they hit the town every day" is a habit; see ``_cue_at``). Those that are as
# often nouns before a time ("a rate cut on Wednesday", "the vote, set for Friday") are left out.
SAME_FORM_PAST = frozenset(("hit", "shut", "hurt", "quit", "burst"))


# "he'll", "we'll", "it'll": the contracted "will" rides on its subject as one word (``_WORD``), or after a curly
# apostrophe as a word "ll" of its own.
_WILL_CONTRACTED = re.compile(r"(?:[a-z]+['’])?ll")


def _cue(word: str) -> Tense | Literal["present"] | None:
    w = word.lower()
    if w in FUTURE_CUES or _WILL_CONTRACTED.fullmatch(w) or w in _PLANNED or w in MODAL_CUES or w in SCHEDULED_CUES or w in SCHEDULE_VERBS:
        return "future"
    if w in PRESENT_CUES:
        return "present"
    if w in PAST_CUES or (w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST_ED):
        return "past"
    return None


# Words that open a time right after a verb: "ended on Monday", "ended last week" (nothing between: "ended Monday").
_TIME_OPENERS = frozenset(("", "on", "in", "at", "during", "last", "early", "late", "earlier", "this"))


# Verbs of a plan's terms before "for" ("calls for", "provides for"): what they name lies ahead.
_PROVIDING = frozenset(("calls", "call", "provides", "provide"))


def _next_word(words: list[str], i: int) -> str:
    return words[i + 1].lower() if i + 1 < len(words) else ""


def _after_modal(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` follows "to", a modal or a word of the future, "not" between them allowed ("will not")."""
    j = i - 1 if i > 1 and words[i - 1].lower() == "not" else i
    prev = words[j - 1].lower() if j > 0 else ""
    return prev == "to" or prev in FUTURE_CUES or prev in MODAL_CUES


def _schedule_noun(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, a word of ``SCHEDULE_NOUNS``, is a noun in its place, no verb of a schedule."""
    w = words[i].lower()
    prev = words[i - 1].lower() if i > 0 else ""
    if prev in _BEFORE_ADJECTIVE or prev in _NOUN_BEFORE or prev == "s" or prev.endswith(("'s", "’s")):
        return True  # "the vote Tuesday", "after Sunday's play", "under rules agreed in May"
    if i == 0 and words[i][:1].isupper():
        return True
    if not w.endswith("s") and not prev.endswith("s") and i > 1 and words[i - 2].lower() in _BEFORE_ADJECTIVE:
        return True  # "a resolution vote in March", "the state visit on Monday": after its modifier ("the ministers meet")
    if _object_of_past(words, i):
        return True  # "showed the boarding passes Monday", "cast their votes Tuesday": the noun the past verb governs
    return i > 0 and _cue(words[i - 1]) == "past"  # "saw runs in October", "held votes Tuesday": the verb's object


# "open" and "close" after a plural are its present, as "opens" and "closes" are a singular's ("polls close at 8 p.m.
# Thursday"); elsewhere they are as often adjectives ("kept the markets open", "a close vote").
_OPENING = frozenset(("open", "close"))
_NOT_PLURAL = frozenset(("is", "was", "has", "its", "this", "us", "his", "hers", "ours", "yours", "theirs", "as", "thus", "less", "unless"))


def _plural_subject(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` follows a plural noun that is its subject: the noun ends in -s, and no verb before it
    makes it an object ("kept the markets open Monday") or "to"/a modal governs ("to keep shops open"); a verb of
    saying opens the clause ("said polls close Thursday")."""
    if i == 0:
        return False
    noun = words[i - 1].lower()
    if len(noun) < 4 or not noun.endswith("s") or noun.endswith("ss") or noun in _NOT_PLURAL:
        return False
    for j in range(i - 2, max(-1, i - 5), -1):
        w = words[j].lower()
        if w in _REPORTING or w in ("says", "say", "that"):
            return True  # "said polls close Thursday": the report opens the clause whose subject the plural is
        if _cue(w) is not None or w in ("to", "keep", "keeps", "leave", "leaves", "stay", "stays", "remain", "remains"):
            return False
        if w not in _BEFORE_ADJECTIVE and not w[:1].isupper() and w not in ("all", "most", "many", "some", "both"):
            return False  # a word between that is no determiner: not the clause's subject
    return True


def _base_governed(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, a base form of ``SCHEDULE_BASE``, is governed by a verb before it, so no present of a
    timetable: a past ("a truce took hold", "fighting broke out, left ..."), "to", "not" or "did" ("did not meet
    Monday", "agreed to vote Tuesday"), an inverted auxiliary ("did Netanyahu meet Putin on Thursday?")."""
    prev = words[i - 1].lower() if i > 0 else ""
    if i > 0 and _cue(words[i - 1]) == "past" and prev not in ("has", "have", "had"):
        return True
    return prev in _NO_SCHEDULE_BEFORE or any(x.lower() in _DO_FORMS for x in words[max(0, i - 5) : i])


def _object_of_past(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` ends a noun phrase opened by a determiner right after a past verb ("checked the passes",
    "showed the boarding passes"): the object of that verb, no present of its own. After a verb of saying the
    determiner opens a clause instead ("said the deadline passes Sunday")."""
    for j in range(i - 1, max(0, i - 3), -1):
        if words[j].lower() in _BEFORE_ADJECTIVE:
            verb = words[j - 1].lower()
            return _cue(verb) == "past" and verb not in _REPORTING and verb not in _AUXILIARIES
    return False


def _cue_at(words: list[str], i: int) -> Tense | Literal["present"] | None:
    """The cue of ``words[i]`` in its place: a passive participle defers to its auxiliary ("will be named"), an
    adjective in -ed is no verb ("a still unspecified date"), a plan reported in the past is no future ("had been
    due to expire Friday")."""
    if words[i] == "May" and (i > 0 or (i + 1 < len(words) and words[i + 1][:1].isupper() and words[i + 1] not in ("I", "God", "Allah"))):
        # The modal "May" opens its sentence ("May God ..."); a capitalised "May" after another word or before a
        # capitalised one is the month or a name ("in April and May there was", "May Smith"), no cue of the future.
        return None
    cue = _cue(words[i])
    w = words[i].lower()
    prev = words[i - 1].lower() if i > 0 else ""
    if prev == "than" and (w in _PLANNED or w in FUTURE_CUES or w in ("anticipated", "forecast", "predicted", "projected", "estimated")):
        return None  # "better-than-expected sales", "sooner than planned": a comparison with a plan, no verb
    if w in _PROVIDING and _next_word(words, i) == "for" and prev not in _BEFORE_ADJECTIVE and prev not in _NOUN_BEFORE:
        return "future"  # "the plan calls for a vote in October", "the accord provides for talks in May": what is planned
    if cue == "past" and prev == "that" and (w in _PAST_ONLY or _next_word(words, i) in _TIME_OPENERS):
        return "past"  # "talks that began Tuesday", "the strike that ended on Monday": "that" opens a relative clause
    if cue == "past" and w not in _AUXILIARIES and (prev in _BE or prev in _BEFORE_ADJECTIVE):
        return None  # "will be named", "a still unspecified date": no past verb
    if cue == "past" and prev in _SUBORDINATORS and w.endswith("ed"):
        return None  # "if approved in January", "once completed": a participle, no tense of its own
    if w == "last" and _after_modal(words, i):
        return None  # "will last from October to March", "is expected to last until June": the verb, no "last week"
    if w == "effective" and prev in _BECOME:
        return None  # "became effective Oct. 1": a state of the past; the verb before tells its tense
    if w in SCHEDULED_CUES and prev == "to":
        return None  # "had been due to expire Friday": the verb that governs the infinitive tells
    if w in SCHEDULE_NOUNS and _schedule_noun(words, i):
        return None
    if w in SAME_FORM_PAST:
        # "the storm hit", "the plant shut": past after a noun or a name; after "to", a modal, "do", a pronoun of
        # the present ("they", "we") or a determiner ("a hit", "the hit") no verb of the past.
        if prev in _NO_SCHEDULE_BEFORE or prev in MODAL_CUES or prev in FUTURE_CUES or prev in _BEFORE_ADJECTIVE:
            return None
        if prev in ("i", "we", "you", "they", "a", "an") or i == 0:
            return None
        return "past"
    if w in _OPENING and _plural_subject(words, i):
        return "future"  # "polls open at 7 a.m. Thursday", "markets close Friday": a plural's present on a timetable
    if w in SCHEDULE_BASE and _base_governed(words, i):
        return None
    if w in _ALSO_NOUNS and (prev in _BEFORE_ADJECTIVE or prev.endswith(("'s", "’s")) or prev in ("of", "for", "peace", "new")):
        return None  # "endorsed Ukraine's plan for a tribunal on Monday": a noun, no future
    if w in _PLANNED and prev == "been" and i > 1 and words[i - 2].lower() == "had":
        return "past"  # "had been due to expire Friday": a plan for a time now past
    if w in _PLANNED and prev in ("was", "were", "as", "previously", "originally"):
        return "present"  # "was due to sail Wednesday": either side of the report
    return cue


# Verbs that move an end date on: "extended credit through January" looks ahead. A state told in the simple past
# ("talks continued through the summer", "the index remained weak through August") ended before the report.
_EXTENDING = frozenset(("extended", "renewed", "prolonged"))
# "until" closes a state. In the simple past it looks back only after a verb that tells the state to its end ("the
# strike lasted until Easter", "he served until June", "the truce held until Thursday") or in the past perfect ("had
# kept the post until March"); a past act that opens the state leaves its end ahead ("postponed the match until
# Saturday", "gave Iraq until Friday", "closed the border until further notice").
_LASTING = frozenset((
    "lasted", "remained", "stayed", "continued", "served", "held", "ran", "kept", "waited", "worked", "lived", "stood",
    "reigned", "ruled", "persisted", "endured", "raged", "lingered", "survived", "fought", "slept", "sat", "traded",
))  # fmt: skip


# Passives of the past that tell a state to its end before "until": "the town was held by rebels until June".
_HELD_STATES = frozenset(("held", "kept", "ruled", "controlled", "occupied", "besieged", "governed", "run", "led"))


def _past_verb_before(before: str, lasting: bool = False) -> bool:
    """Whether the nearest verb cue is a simple past or past perfect, with no infinitive after it ("to run");
    ``lasting``: only a verb of ``_LASTING`` or a past perfect counts (the verb before "until")."""
    words = _WORD.findall(before)
    for i in range(len(words) - 1, -1, -1):
        if lasting and words[i].lower() in _HELD_STATES and i > 0 and words[i - 1].lower() in ("was", "were"):
            return "to" not in (x.lower() for x in words[i + 1 :])  # "the region was held by loyalists until September"
        if (cue := _cue_at(words, i)) is not None:
            w = words[i].lower()
            perfect = w in ("has", "have") or (i > 0 and words[i - 1].lower() in ("has", "have"))
            if cue != "past" or perfect or "to" in (x.lower() for x in words[i + 1 :]):
                return False
            if lasting:
                return w in _LASTING or w == "had" or (i > 0 and words[i - 1].lower() == "had")
            return w not in _EXTENDING
    return False


def _verb_cue(before: str) -> Tense | Literal["present"] | None:
    """The cue of the nearest verb word before an expression."""
    words = _WORD.findall(before)
    for i in range(len(words) - 1, -1, -1):
        if (cue := _cue_at(words, i)) is not None:
            return cue
    return None


# Verbs of saying, knowing and deciding: their past is the report's, and what they report may lie ahead of it
# ("said sales in March would rise", "announced a plan for January", "agreed on a sale in December").
_REPORTING = frozenset((
    "said", "told", "reported", "announced", "added", "noted", "stated", "disclosed", "indicated", "predicted",
    "estimated", "warned", "projected", "asserted", "claimed", "confirmed", "explained", "wrote", "argued",
    "acknowledged", "conceded", "insisted", "suggested", "agreed", "decided", "promised", "pledged", "vowed", "urged",
    "asked", "proposed", "signaled", "signalled", "hinted", "recommended", "ordered", "demanded",
    "threatened", "speculated", "believed", "thought", "feared", "knew", "learned", "revealed", "declared", "denied",
    "reiterated", "repeated", "maintained", "contended", "stressed", "emphasized", "complained", "cautioned", "advised",
    "informed", "notified", "anticipated", "forecasted", "approved", "authorized", "voted", "offered", "sought",
    "requested", "called", "set", "targeted", "budgeted", "guaranteed", "assured", "reckoned",
    "figured", "calculated", "assumed", "hoped", "wanted", "intended", "meant", "prepared", "arranged", "booked",
    "reserved", "earmarked", "timed", "slated", "readied",
))  # fmt: skip
# Verbs that move a time: what they moved it to may lie ahead ("extended to Nov. 20 its offer", "postponed the vote to
# March").
_RESCHEDULING = frozenset((
    "extended", "renewed", "prolonged", "postponed", "delayed", "deferred", "moved", "pushed", "rescheduled", "adjourned",
    "suspended", "advanced", "shifted", "changed", "put",
))  # fmt: skip
# The time such a verb moves something to, not the time of its own act: "extended the deadline to December", "delayed
# into March", "postponed until May" ("suspended aid in December", "changed its name on Dec. 5" date the act).
_MOVED_TO = re.compile(r"\b(?:to|into|until|till|through|for|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _moved_to(before: str) -> bool:
    """Whether the time is where a verb of moving a time moves something ("extended the deadline to December", "were
    delayed into March"): the nearest verb in its clause, at most eight words back, is of that kind and the time follows
    a preposition of a target. A time moved to by a recent act lies ahead of the report."""
    if _MOVED_TO.search(before) is None:
        return False
    words = list(_WORD.finditer(before))
    for i in range(len(words) - 1, max(-1, len(words) - 10), -1):
        w = words[i].group(0).lower()
        if w in _RESCHEDULING:
            return _CLAUSE_BREAK.search(before[words[i].end() :]) is None
        if _cue_at([x.group(0) for x in words], i) is not None:
            return False
    return False


# What opens another clause between a verb and a time: the time is that clause's.
_CLAUSE_BREAK = re.compile(
    r"[,;:()\"“”—–]|\s-\s|\b(?:and|but|or|while|whereas|when|which|who|whom|whose|that|if|unless|because|although|though|"
    r"whether|where|so|once|as)\b",
    re.IGNORECASE,
)


# "to" before a verb, not before a noun phrase ("traveled to Africa"): the infinitive's event may lie ahead.
_INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|some|all|\d)\b)[a-z]")


# Where a thing comes from lies behind it: "a building dating from the turn of the century", "a feud that goes back to
# March", "rules dating back to the 1930s".
_ORIGIN = re.compile(
    r"\b(?:(?:dat(?:es|ed|ing)|go(?:es|ing)|went|traced?|tracing)\s+back\s+to|dat(?:es|ed|ing)\s+from)\s+(?:the\s+)?$", re.IGNORECASE
)


# Prepositions that set the event before the time or make the time its purpose.
_AHEAD_OF_IT = re.compile(r"\b(?:before|for|toward|towards|ahead\s+of|in\s+advance\s+of|in\s+time\s+for)\s+(?:the\s+)?$", re.IGNORECASE)


# A passive's participle after "was"/"were": in -ed or irregular.
_PARTICIPLE = re.compile(
    r"[a-z]{3,}ed|held|made|built|sold|taken|given|seen|shown|known|chosen|done|begun|won|lost|found|sent|paid|hit|cut|put|"
    r"shot|struck|killed|born|brought|bought|caught|fought|left|kept|led|met|read|run|shut|spent|thrown|torn|woken|written"
)
# Passives that name a plan or a move of a time, not an event of the past ("was expected in March", "was postponed to
# May", "was set for Friday").
_NOT_SETTLED_PASSIVE = frozenset(("expected", "scheduled", "planned", "slated", "supposed", "set", "due", "proposed", "needed"))
# A report told in the passive is itself the event the time dates: "the plan was announced in March".
_PASSIVE_REPORTS = frozenset(("announced", "reported", "disclosed", "approved", "signed", "confirmed", "revealed", "declared"))


def settled_past(text: str, start: int, end: int) -> bool:
    """Whether the past the words give leaves no doubt: the nearest verb before the expression, in the same clause
    and at most eight words back, is a simple past of an event or a state ("traveled to Africa in March", "went into
    effect Jan. 1", "the trial began in the spring"), not of saying or deciding ("said", "agreed": their report may
    look ahead), not a perfect, with no infinitive between; or the passive of such a verb ("was held in March"). A
    month, a day or a season it governs lies before the report: ``points.nearest`` counts the next one sixteen times
    as far (a day or two ahead, a publication date's slack, still wins)."""
    left, _right = sentence_bounds(text, start, end)
    before = text[max(left, start - 120) : start]
    if _ORIGIN.search(before):
        return True
    if _AHEAD_OF_IT.search(before):
        return False  # "sales rose before Thanksgiving", "booked rooms for Christmas": the event lies before the time
    words = list(_WORD.finditer(before))
    for i in range(len(words) - 1, max(-1, len(words) - 10), -1):
        cue = _cue_at([w.group(0) for w in words], i)
        if cue is None:
            continue
        w = words[i].group(0).lower()
        prev = words[i - 1].group(0).lower() if i > 0 else ""
        between = before[words[i].end() :]
        after = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        if w in ("was", "were") and _PARTICIPLE.fullmatch(after) and after not in _NOT_SETTLED_PASSIVE:
            w = after  # "The meeting was held in March", "the plant was closed Jan. 1": a passive of the past
        return (
            cue == "past"
            and w not in _REPORTING - _PASSIVE_REPORTS
            and (w not in _RESCHEDULING or _MOVED_TO.search(between) is None)
            and w not in _AUXILIARIES
            and prev not in ("has", "have", "had", "to")
            and _INFINITIVE.search(between) is None
            and _CLAUSE_BREAK.search(between) is None
            and len(words) - 1 - i <= 8
        )
    return False


# A condition that opens its sentence or follows a comma; the time inside it, with no past verb before it, lies ahead.
_CONDITION = re.compile(r"(?:^|[,;]\s*|^[\"“]\s*)(?:[Ii]f|[Uu]nless|[Oo]nce|[Pp]rovided)\s+(?!.*[,;])", re.DOTALL)
# An event the present tense places on a day: the day is its schedule ("the vote is Thursday", "the annual meeting
# is in May", "markets are closed Monday", "the report is released Friday": a present passive, where a past one says
# "were closed").
_SCHEDULED_FOR = re.compile(
    r"\b[A-Za-z]+\s+(?:is|are)\s+(?:(?:now\s+|also\s+)?(?:set|slated|planned|scheduled|penciled|pencilled|[a-z]{3,}ed|shut|held)\s+)?(?:for\s+|on\s+|in\s+)?$"
)
# A rule told in the present as taking hold on a day: "the ban comes into force in October", "the law enters into
# effect on Jan. 1" (the present of "take effect" and "go into effect" are cues of their own: ``SCHEDULED_CUES``).
_INTO_FORCE = re.compile(
    r"(?<!not )(?<!did )(?<!to )\b(?:comes|come|enters|enter)\s+into\s+(?:force|effect)\s+(?:on\s+|in\s+|from\s+)?$", re.IGNORECASE
)
# A gathering named for a day ("a march for Tuesday", "organizing a rally around Cairo for Friday"): a plan, ahead.
_EVENT_FOR = re.compile(
    r"\b(?:rally|rallies|march|marches|protest|protests|demonstration|demonstrations|strike|sit-in|meeting|summit|vote|"
    r"referendum|election|elections|talks|session|hearing|ceremony|funeral)\b[\"”'’]?(?:\s+[A-Za-z]+){0,4}\s+for\s+$",
    re.IGNORECASE,
)
_PAST_PERFECT = re.compile(r"\b(?:had|hadn['’]t)\b", re.IGNORECASE)
_INFINITIVE_AFTER_PAST = re.compile(
    r"\b(?:agreed|agreement|decided|voted|moved|offered|promised|pledged|announced|signed|approved)\b[^.;]*?\bto\s+"
    r"(?!(?:the|a|an|be|have|its|their|his|her|\$|\d)\b)[a-z]+\b(?:\s+[\w$.,'’-]+){0,8}\s+$"
)


def _verb_cue_after(after: str) -> Tense | Literal["present"] | None:
    """The cue of the first verb word after an expression (diary verbs aside: they speak only before the day)."""
    words = _WORD.findall(after)[:12]
    for i in range(len(words)):
        if words[i].lower() in SCHEDULE_VERBS:
            continue
        if (cue := _cue_at(words, i)) is not None:
            if cue == "present" and i + 1 < len(words) and _cue_at(words, i + 1) == "future":
                return "future"  # "Production in December is expected to rise": "is" and its plan, read as one
            return cue
    return None


def _chronology_ahead(after: str) -> bool:
    """Whether a chronology's line looks ahead: its first verb cue is a word of the future proper ("will be held",
    "is expected to"); a present of schedule ("Jibril arrives in Tripoli", "Obama calls for ...", "talks begin") is the
    line's historical present, a past."""
    words = _WORD.findall(after)[:12]
    for i in range(len(words)):
        w = words[i].lower()
        if w in SCHEDULE_VERBS:
            continue
        if (cue := _cue_at(words, i)) is not None:
            return cue == "future" and w not in SCHEDULED_CUES and w not in _PROVIDING
    return False


def past_of_clause(text: str, start: int, end: int, settled: bool) -> bool:
    """Whether the clause tells the expression in the past beyond doubt: its governing verb before it is a settled
    past (``settled``, see ``settled_past``), or it leads its clause and the verb after it is past ("Profit for the
    year rose 8%")."""
    if settled:
        return True
    left, right = sentence_bounds(text, start, end)
    return _verb_cue(text[left:start]) is None and _verb_cue_after(text[end:right]) == "past"


# What is bound to happen: "is to be held", "set to meet", "is forecast to weaken", "are likely to vote", "is poised to".
_BOUND_TO = (
    r"\b(?:going|set|is|are|about|(?:is|are|['’]s|['’]re)\s+(?:now\s+)?(?:forecast|projected|predicted|likely|unlikely|poised|"
    r"bound|expected|due|scheduled|slated))\s+to\s+(?:\S+\s+){1,5}$"
)


# An event named after "ahead of", "on the eve of", "in the run-up to" and the like, with its day after it ("ahead of a
# meeting of ministers on Thursday", "on the eve of a summit in London on Tuesday"): the words say the event was still
# to come when the clause happened, so its day lies ahead. The noun phrase between holds no verb and no clause break.
_AWAITED = re.compile(
    r"\b(?:ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+(?:run|lead)[\s-]up\s+to|in\s+advance\s+of|in\s+preparation\s+for)"
    r"\s+(?P<noun>(?:[\w'’.-]+\s+){1,8})(?:on\s+)?$",
    re.IGNORECASE,
)


_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "its", "their", "his", "her", "our"))  # no noun of their own


def _awaited_event(before: str) -> bool:
    """Whether the time closes a noun phrase that follows a preposition of waiting (``_AWAITED``)."""
    m = _AWAITED.search(before[-120:])
    if m is None:
        return False
    noun = m["noun"]
    named = [w for w in noun.split() if w.lower() not in _DETERMINERS]
    return bool(named) and _CLAUSE_BREAK.search(noun) is None and _verb_cue(noun) is None


# A clause of content after a noun and its time ("the announcement Tuesday that he will resign"): "that" and its subject.
# Its verb tells the tense of what was announced, not of the announcement; "that" and a verb is a relative clause ("the
# vote Thursday that will decide the race"), whose verb is the noun's own.
_THAT_CLAUSE = re.compile(r",?\s+that\s+", re.IGNORECASE)


def lexical_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense the nearest verb cue gives: first to the left of the expression, then to its right.

    "said it will pay Jan. 2": future (``will`` is nearer than ``said``);
    "the dividend is payable Jan. 2": future (a schedule); "the shop is open in
    March": None (present: the nearest date);
    "until June": future; "a vote could come Thursday": future (modals look
    ahead); "are gathering on Monday": future (an arrangement). A guess, which
    ``tag`` weighs before a parse's.
    """
    left, right = sentence_bounds(text, start, end)
    before = text[left:start]
    if _CHRONOLOGY_DASH.match(text, end) and _LINE_START.search(text[max(0, start - 80) : start] if start > 80 else "\n" + text[:start]):
        # "Feb. 28 - EU governments approve sanctions": a chronology's line tells the past in the present tense
        return "future" if _chronology_ahead(text[end:right]) else "past"
    if _moved_to(before) and not re.search(r"\b(?:until|till|through|for|from)\s+(?:the\s+)?$", before, re.IGNORECASE):
        return "future"  # "postponed the vote to March", "delayed into May" ("until" is read below, with its own past)
    if lead := re.search(r"\b(?:until|till|through)\s+(?:the\s+)?$", before, re.IGNORECASE):
        # "until June" looks ahead, unless its verb is in the simple past or the past perfect: "had bought shares
        # through Sept. 29", "sales rose through August" ("has extended loans through January" still looks ahead).
        if _verb_cue(before[: lead.start()]) is None and _verb_cue_after(text[end:right]) == "past":
            return "past"  # "Through September, sales rose 5%": a leading phrase, its verb after it
        lasting = lead.group(0).lower().startswith(("until", "till"))
        return "past" if _past_verb_before(before[: lead.start()], lasting) else "future"
    if re.search(_BOUND_TO, before, re.IGNORECASE) or _ARRANGED.search(before):
        return "future"  # "is to be held", "set to meet on", "are gathering on", "is forecast to weaken by"
    if re.search(
        r"\b(?:ahead\s+of|in\s+the\s+run[\s-]up\s+to|in\s+advance\s+of|in\s+preparation\s+for|(?:preparing|prepared|braced|bracing)\s+for)\s+(?:the\s+)?$",
        before,
        re.IGNORECASE,
    ):
        return "future"  # "shares rose ahead of Friday's jobs report": what is awaited lies ahead of the report
    if _awaited_event(before):
        return "future"  # "talks went on ahead of a meeting of ministers on Thursday": the meeting's day lies ahead too
    if (
        (cond := _CONDITION.search(before))
        and _verb_cue(before[cond.start() :]) is None
        and _verb_cue_after(re.split(r"[,;]", text[end:right], maxsplit=1)[0]) != "past"
    ):
        return "future"  # "If talks fail in October, ...", "Unless renewed by March, ...": a condition looks ahead
    if (event := _EVENT_FOR.search(before[-80:])) is not None and _PAST_PERFECT.search(event.group(0)):
        return None  # "a hearing had been set for Sept. 3": a plan told from the past, on either side of the report
    if _SCHEDULED_FOR.search(before) or _INTO_FORCE.search(before) or event is not None:
        return "future"  # "the vote is Thursday", "talks are set for Monday", "the law comes into force in October"
    if re.search(r"\b(?:since|back\s+(?:in|on|at))\s+$", before, re.IGNORECASE) or _ORIGIN.search(before):
        return "past"
    found = _verb_cue(before)
    if found == "past" and _INFINITIVE_AFTER_PAST.search(before):
        return None  # "agreed to acquire the bank in January": the infinitive's event may lie ahead of the report
    if found is not None:
        return None if found == "present" else found
    if (clause := _THAT_CLAUSE.match(text, end)) is not None and _cue_at(_WORD.findall(text[clause.end() : right])[:1] or [""], 0) is None:
        return None  # "Mubarak's pledge Tuesday that he will step down": the verb after "that" is the pledge's content
    cue = _verb_cue_after(text[end:right])
    return None if cue == "present" else cue
