"""What happened: event mentions from the dependency parse of one article.

For every sentence:

1. find triggers (``data/triggers.tsv``): verbs ("met", "visited",
   "criticised"), nouns ("talks", "a phone call") and nouns held ("held a
   discussion"), plus reported demands ("Russia said Israel should stop");
2. collect each trigger's participants from its arguments (subject, object,
   "with", "between", possessive, destination), resolving pronouns, titles
   and groups through ``actors``;
3. date it from its own clause, else from its sentence's main clause, else
   from the narrative anchor (the last day-precise date before it); an
   anaphoric noun ("their meeting") takes no anchor: unknown stays None;
4. decide status (occurred, planned: "will", "scheduled to", "slated to", a
   future date), mode (visit, phone, third-party, multilateral) and, for
   visits, who travelled (actor) and who hosted (recipient);
5. merge the triggers of one clause ("flew to Russia for a meeting with
   Putin") into one mention.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from tidings import temporal
from tidings.actors import TITLE_HEADS, ArticleActors
from tidings.gazetteer import norm
from tidings.models import Article, Entity, EventMention, Location, SourceRef, Tense, TimePoint, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

FUTURE_HEADS = {
    "schedule",
    "slate",
    "slat",
    "expect",
    "plan",
    "set",
    "due",
    "intend",
    "prepare",
    "hope",
    "aim",
    "go",
    "agree",
    "want",
    "seek",
}
PLANNED_AMODS = {"upcoming", "planned", "scheduled", "forthcoming", "future", "proposed", "expected"}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"}
HOLD_VERBS = {"hold", "have", "conduct", "attend", "host", "join", "begin", "start", "open"}
SAY_VERBS = {"say", "state", "tell", "declare", "insist", "warn", "add", "stress", "write"}
PLACE_ORG_WORDS = {
    "museum",
    "center",
    "centre",
    "memorial",
    "university",
    "hospital",
    "forum",
    "congress",
    "conference",
    "camp",
    "hotel",
    "palace",
    "square",
    "tunnels",
    "parade",
}
PHONE_WORDS = re.compile(r"\b(?:phone|telephone|by video|video ?call|videoconference)\b", re.IGNORECASE)
MULTI_WORDS = re.compile(r"\b(?:trilateral|multilateral|quadrilateral|four-way|three-way)\b", re.IGNORECASE)
CONTEXT_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "military",
        re.compile(r"\b(?:military|missiles?|army|troops|forces|air ?strikes?|deconfliction|weapons?|IDF|air force)\b", re.IGNORECASE),
    ),
    ("health", re.compile(r"\b(?:coronavirus|covid|pandemic|virus|vaccines?|epidemic|health)\b", re.IGNORECASE)),
    ("terrorism", re.compile(r"\b(?:terror\w*|militants?|jihad\w*)\b", re.IGNORECASE)),
    ("nuclear", re.compile(r"\bnuclear\b", re.IGNORECASE)),
    ("economic", re.compile(r"\b(?:trade|economic|econom\w+|tariffs?|investment)\b", re.IGNORECASE)),
)
POSSESSED_BODIES = {
    "office",
    "bureau",
    "government",
    "administration",
    "team",
    "delegation",
    "aides",
    "spokesman",
    "spokeswoman",
    "envoy",
    "adviser",
    "advisor",
}
CANCEL_VERBS = {"cancel", "postpone", "scrap", "call", "suspend", "abandon", "delay", "shelve", "skip"}
DENY_VERBS = {"deny"}
HABITUAL = {"repeatedly", "frequently", "often", "regularly", "routinely", "constantly", "usually", "sometimes", "occasionally"}
MODE_RANK = {"phone": 4, "multilateral": 3, "third-party": 2, "visit": 1}


@dataclass(frozen=True)
class Trigger:
    type: str
    kind: str
    lemma: str
    mode: str | None
    roles: frozenset[str]


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], Trigger]:
    """The trigger table, keyed by (kind, lemma)."""
    out: dict[tuple[str, str], Trigger] = {}
    with resources.files("tidings.data").joinpath("triggers.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            typ, kind, lemma = row[0], row[1], row[2]
            mode = row[3] if len(row) > 3 and row[3] else None
            roles = frozenset(r for r in (row[4].split(",") if len(row) > 4 else []) if r)
            out[(kind, lemma)] = Trigger(typ, kind, lemma, mode, roles)
    return out


@dataclass
class _Draft:
    """An event mention under construction for one trigger."""

    type: str
    mode: str | None
    token: Token
    verbal: bool
    actors: list[Entity] = field(default_factory=list)
    recipients: list[Entity] = field(default_factory=list)
    location: Location | None = None
    destination: str | None = None
    status: str = "occurred"
    date: TimePoint | None = None
    anaphoric: bool = False
    inferred: bool = False
    absorbed: list[Token] = field(default_factory=list)


class Extractor:
    """Event mentions of one article from its parse and its resolved actors."""

    def __init__(self, article: Article, doc: Doc, actors: ArticleActors, timexes: list[Timex]) -> None:
        self.article = article
        self.doc = doc
        self.actors = actors
        self.timexes = timexes
        self.timex_tokens: list[tuple[Timex, int, int]] = []
        for tx in timexes:
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is not None:
                self.timex_tokens.append((tx, span.start, span.end))
        self.table = triggers()

    # -- public -------------------------------------------------------------
    def mentions(self) -> list[EventMention]:
        out: list[EventMention] = []
        anchor: TimePoint | None = None
        for sent in self.doc.sents:
            drafts = self._sentence(sent, anchor)
            for draft in drafts:
                mention = self._finish(draft, sent)
                if mention is not None:
                    out.append(mention)
            anchor = self._last_day(sent) or anchor
        return out

    # -- sentences ----------------------------------------------------------
    def _sentence(self, sent: Span, anchor: TimePoint | None) -> list[_Draft]:
        drafts: list[_Draft] = []
        for tok in sent:
            draft = self._trigger(tok)
            if draft is not None:
                drafts.append(draft)
        drafts.extend(self._reported_requests(sent))
        for d in drafts:
            self._date(d, sent, anchor)
            self._status(d)
        return self._merge_nested(drafts)

    def _trigger(self, tok: Token) -> _Draft | None:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") or (tok.tag_.startswith("VB")):
            trig = self.table.get(("verb", lemma))
            if trig is not None and not self._negated(tok) and not self._habitual(tok):
                if lemma in ("strike", "target", "attack") and not any(c.dep_ == "dobj" for c in tok.children):
                    return None
                return self._verbal(tok, trig)
            if lemma in HOLD_VERBS:
                for child in tok.children:
                    if child.dep_ in ("dobj", "nsubjpass"):
                        held = self.table.get(("hold", child.lemma_.lower()))
                        if held is not None and not self._negated(tok):
                            draft = self._verbal(tok, Trigger(held.type, "hold", held.lemma, held.mode, frozenset({"subj"})))
                            self._noun_args(child, draft, held.roles | {"with", "between"})
                            draft.absorbed.append(child)
                            return draft
            return None
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound",):
            trig = self.table.get(("noun", lemma))
            if trig is None:
                return None
            if (
                lemma == "call"
                and not PHONE_WORDS.search(tok.sent.text)
                and not any(c.lemma_.lower() in ("phone", "telephone") for c in tok.children)
            ):
                return None
            if lemma == "talk" and tok.text.lower() == "talk":
                return None
            if tok.head.lemma_.lower() in HOLD_VERBS and tok.dep_ in ("dobj", "nsubjpass"):
                return None  # the hold verb is the trigger
            draft = _Draft(trig.type, trig.mode, tok, verbal=False)
            self._noun_args(tok, draft, trig.roles)
            dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss")}
            if dets & {"their", "its", "this", "that", "these", "those", "the"} or any(c.dep_ == "poss" for c in tok.children):
                draft.anaphoric = True
            return draft
        return None

    def _verbal(self, tok: Token, trig: Trigger) -> _Draft:
        draft = _Draft(trig.type, trig.mode, tok, verbal=True)
        roles = trig.roles
        subj, passive = self._subjects(tok)
        subj_entities = [e for s in subj for e in self._entities(s)]
        objs: list[Entity] = []
        for child in tok.children:
            dep, low = child.dep_, child.lower_
            if dep in ("dobj",) and "dobj" in roles:
                objs.extend(self._entities(child))
            elif dep == "prep" and low in roles:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if low in ("to", "in") and trig.mode == "visit":
                            place = self._place_in(pobj)
                            if place is not None:
                                draft.location = draft.location or place
                                draft.destination = place.country
                        objs.extend(self._entities(pobj))
            elif dep == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        subj_entities.extend(self._entities(pobj))
        if passive:
            # "Y was received by X": the agent acts.
            agent = [e for c in tok.children if c.dep_ == "agent" for p in c.children for e in self._entities(p)]
            recipients = [e for s in subj for e in self._entities(s)]
            draft.actors, draft.recipients = agent, recipients
        elif trig.lemma in ("host", "receive"):
            draft.actors, draft.recipients = objs, subj_entities
        else:
            draft.actors, draft.recipients = subj_entities, objs
        if trig.mode == "visit" and trig.lemma in ("travel", "fly", "arrive", "visit") and draft.destination is None:
            for e in objs:
                if e.kind == "COUNTRY":
                    draft.destination = e.country
        draft.location = draft.location or self._location(tok)
        return draft

    def _subjects(self, tok: Token) -> tuple[list[Token], bool]:
        cur = tok
        for _ in range(4):
            subs = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subs:
                return subs, any(s.dep_ == "nsubjpass" for s in subs) and cur.i == tok.i and any(c.dep_ == "agent" for c in tok.children)
            if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.i != cur.i:
                cur = cur.head
                continue
            break
        return [], False

    def _noun_args(self, noun: Token, draft: _Draft, roles: frozenset[str] | set[str]) -> None:
        for child in noun.children:
            dep, low = child.dep_, child.lower_
            if dep == "poss" and "poss" in roles:
                draft.actors.extend(self._entities(child))
            elif dep == "prep" and low in roles | {"with", "between", "among"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if low == "to" and draft.mode == "visit":
                            place = self._place_in(pobj)
                            if place is not None:
                                draft.location = draft.location or place
                                draft.destination = place.country
                        ents = self._entities(pobj)
                        (draft.actors if low in ("between", "among", "of") else draft.recipients).extend(ents)
            elif dep in ("compound", "amod", "nmod") and child.i < noun.i:
                m = self.actors.at(child.i)
                if m is not None and m.entity.kind == "PERSON":
                    draft.actors.append(m.entity)
                place = self._place_at(child.i)
                if place is not None:
                    draft.location = draft.location or place
        if (
            not draft.actors
            and noun.dep_ == "pobj"
            and noun.head.dep_ == "prep"
            and noun.head.lower_ in ("during", "in", "at", "after", "for")
        ):
            verb = noun.head.head
            if verb.pos_ in ("VERB", "AUX"):
                # "Bolton agreed on the date during talks with Putin": Bolton took part.
                subjects, _passive = self._subjects(verb)
                draft.actors.extend(e for s in subjects for e in self._entities(s) if e.kind != "COUNTRY")
        draft.location = draft.location or self._location(noun)
        if MULTI_WORDS.search(" ".join(t.text for t in noun.subtree)):
            draft.mode = "multilateral"

    # -- arguments ------------------------------------------------------------
    def _entities(self, root: Token) -> list[Entity]:
        """The participants an argument names: people and bodies, else countries."""
        named: dict[str, Entity] = {}
        countries: dict[str, Entity] = {}
        for tok in self._arg_tokens(root):
            low = tok.lower_
            if tok.tag_ in ("PRP", "PRP$") and low in ("he", "his", "him", "she", "her"):
                ent = self.actors.resolve_pronoun(tok)
                if ent is not None:
                    named.setdefault(ent.key, ent)
                continue
            m = self.actors.at(tok.i)
            if m is not None and tok.i != root.i and self._title_possessor(m.end - 1):
                continue  # "Putin's special envoy" is the envoy, not Putin
            if m is not None:
                e = m.entity
                if e.kind in ("PERSON",) or (e.kind == "ORG" and not m.is_title_part and not self._place_like(e)):
                    if e.sector != "MED":
                        named.setdefault(e.key, e)
                elif e.kind == "COUNTRY":
                    countries.setdefault(e.key, e)
                continue
            if low in ("two", "both") and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):
                # "the two met", "both said": the last two people named.
                for e in self.actors.resolve_group(tok, None, definite=True):
                    named.setdefault(e.key, e)
                continue
            if tok.pos_ == "NOUN" and low in TITLE_HEADS | {"leader", "leaders", "officials", "sides"}:
                ents = self._reference(tok)
                for e in ents:
                    named.setdefault(e.key, e)
        if named:
            return list(named.values())
        return list(countries.values())

    def _title_possessor(self, last: int) -> bool:
        tok = self.doc[last]
        return tok.dep_ == "poss" and tok.head.lower_ in TITLE_HEADS | POSSESSED_BODIES

    def _arg_tokens(self, root: Token) -> list[Token]:
        """The argument's subtree, without nested clauses or other events' arguments."""
        out: list[Token] = []
        stack = [root]
        while stack:
            tok = stack.pop()
            out.append(tok)
            for child in tok.children:
                if child.dep_ in ("relcl", "ccomp", "advcl", "parataxis"):
                    continue
                if child.dep_ == "prep" and child.lower_ in ("with", "between") and tok.i != root.i and self._is_trigger_noun(tok):
                    continue
                stack.append(child)
        return sorted(out, key=lambda t: t.i)

    def _is_trigger_noun(self, tok: Token) -> bool:
        return ("noun", tok.lemma_.lower()) in self.table

    def _reference(self, tok: Token) -> list[Entity]:
        """A group ("the two Russian officials") or a title ("the prime minister")."""
        children = list(tok.children)
        country = None
        for c in children:
            if c.dep_ in ("amod", "compound"):
                country = country or self.actors.gaz.demonym(c.text)
        definite = any(c.lower_ == "the" for c in children if c.dep_ == "det")
        nums = [c for c in children if c.dep_ == "nummod" and c.lower_ in ("two", "2", "both")]
        if tok.lower_ in ("officials", "leaders", "sides", "ministers", "counterparts") or nums:
            if nums or any(c.lower_ == "both" for c in children):
                return self.actors.resolve_group(tok, country, definite=definite)
            return []
        if definite and not any(c.dep_ == "poss" for c in children):
            words = [c.text for c in children if c.dep_ in ("compound", "amod") and not self.actors.gaz.demonym(c.text)] + [tok.text]
            ent = self.actors.resolve_title(words, country)
            return [ent] if ent is not None else []
        return []

    def _place_like(self, e: Entity) -> bool:
        words = set(norm(e.name or "").split())
        return bool(words & PLACE_ORG_WORDS) or (e.name is not None and self.actors.gaz.city(e.name) is not None)

    def _place_at(self, i: int) -> Location | None:
        loc = self.actors.places.get(i)
        if loc is not None:
            return loc
        m = self.actors.at(i)
        if m is not None and m.start != i:
            return self.actors.places.get(m.start)
        return None

    def _place_in(self, tok: Token) -> Location | None:
        for t in tok.subtree:
            loc = self._place_at(t.i)
            if loc is not None:
                return loc
            city = self.actors.gaz.city(t.text, self.actors.context) if t.is_title else None
            if city is not None:
                return Location(city.name, city.country, city.lat, city.lon)
        return None

    def _location(self, tok: Token) -> Location | None:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        place = self._place_in(pobj)
                        if place is not None:
                            return place
        return None

    def _reported_requests(self, sent: Span) -> list[_Draft]:
        """ "Russia said that Israel should stop ...": a demand, reported."""
        out = []
        for tok in sent:
            if tok.lemma_.lower() not in SAY_VERBS or tok.pos_ not in ("VERB",):
                continue
            for comp in tok.children:
                if comp.dep_ != "ccomp":
                    continue
                modals = [c for c in comp.children if c.dep_ == "aux" and c.lower_ in ("should", "must", "ought")]
                if not modals:
                    continue
                subj = [c for c in tok.children if c.dep_ == "nsubj"]
                obj = [c for c in comp.children if c.dep_ == "nsubj"]
                actors = [e for s in subj for e in self._entities(s)]
                recipients = [e for s in obj for e in self._entities(s)]
                if actors and recipients:
                    out.append(_Draft("REQUEST", None, tok, verbal=True, actors=actors, recipients=recipients))
        return out

    # -- date and status -----------------------------------------------------
    def _clause_tokens(self, head: Token) -> set[int]:
        out: set[int] = set()
        stack = [head]
        while stack:
            tok = stack.pop()
            out.add(tok.i)
            for child in tok.children:
                if child.dep_ in CLAUSE_DEPS and child.i != head.i:
                    continue
                if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                    continue
                # "slated to hold meetings": the xcomp is its own event when it is a trigger.
                if (
                    child.dep_ == "xcomp"
                    and child.pos_ == "VERB"
                    and tok.pos_ == "VERB"
                    and child.lemma_ != tok.lemma_
                    and self._trigger_lemma(child)
                ):
                    continue
                stack.append(child)
        return out

    def _trigger_lemma(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        return ("verb", lemma) in self.table or lemma in HOLD_VERBS

    def _date(self, d: _Draft, sent: Span, anchor: TimePoint | None) -> None:
        own = self._clause_tokens(d.token)
        usable = [
            (tx, s, e)
            for tx, s, e in self.timex_tokens
            if sent.start <= s < sent.end and self._datable(tx) and not self._names_another_event(s, e)
        ]
        in_clause = [(tx, s, e) for tx, s, e in usable if any(i in own for i in range(s, e))]
        if in_clause:
            d.date = self._best(in_clause, d.token.i)
            return
        # The main clause of the sentence, not a relative clause about something else.
        main = [(tx, s, e) for tx, s, e in usable if not self._in_subordinate(self.doc[s], d.token)]
        if main and not d.anaphoric:
            d.date = self._best(main, d.token.i)
            d.inferred = True
            return
        if anchor is not None and not d.anaphoric:
            d.date = anchor
            d.inferred = True

    def _names_another_event(self, start: int, end: int) -> bool:
        """ "a 1943 uprising", "the 2016 election", "the 1982 Lebanon War": a date that names a noun, not this event."""
        root = self.doc[start:end].root
        return root.dep_ in ("nummod", "compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i > root.i

    def _datable(self, tx: Timex) -> bool:
        return tx.point is not None and tx.type in ("DATE", "TIME") and tx.mod not in ("AFTER", "BEFORE")

    def _best(self, found: list[tuple[Timex, int, int]], near: int) -> TimePoint:
        tx, _s, _e = max(
            found, key=lambda f: (temporal.granularity_rank(f[0].point.granularity if f[0].point else None), -abs(f[1] - near))
        )
        assert tx.point is not None
        if tx.mod == "APPROX" and not tx.point.approximate:
            return replace(tx.point, approximate=True)
        return tx.point

    def _in_subordinate(self, tok: Token, trigger: Token) -> bool:
        cur = tok
        while cur.head.i != cur.i:
            if cur.dep_ in ("relcl", "acl") and trigger not in cur.subtree:
                return True
            cur = cur.head
        return False

    def _habitual(self, tok: Token) -> bool:
        """ "has repeatedly attacked": a habit, not one event."""
        return any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in tok.children)

    def _negated(self, tok: Token) -> bool:
        return any(c.dep_ == "neg" for c in tok.children)

    def _status(self, d: _Draft) -> None:
        if clause_tense(d.token) == "future":
            d.status = "planned"
        if not d.verbal and any(c.lower_ in PLANNED_AMODS for c in d.token.children):
            d.status = "planned"
        pub = self.article.published
        if d.date is not None and pub is not None and d.date.start > pub and not d.inferred:
            d.status = "planned"
        governor = self._governor(d.token)
        if governor is not None and governor.lemma_.lower() in CANCEL_VERBS:
            d.status = "cancelled"  # "Putin cancelled his visit", "the talks were called off"
        elif governor is not None and governor.lemma_.lower() in DENY_VERBS:
            d.status = "denied"  # "the Kremlin denied that the two had met"
        elif self._hypothetical(d.token):
            d.status = "hypothetical"  # "if Netanyahu met Putin", "Abbas would meet him"

    def _governor(self, tok: Token) -> Token | None:
        """The verb that takes this event as its object or clause: "cancelled [his visit]", "denied [meeting him]"."""
        cur = tok
        for _ in range(3):
            head = cur.head
            if head.i == cur.i:
                return None
            if cur.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "pcomp") and head.pos_ in ("VERB", "AUX"):
                return head
            if cur.dep_ == "pobj" or head.pos_ not in ("VERB", "AUX"):
                cur = head
                continue
            return None
        return None

    def _hypothetical(self, tok: Token) -> bool:
        cur = tok
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cur.children):
                return True
            if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in cur.children):
                return True
            if cur.head.i == cur.i or cur.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep"):
                return False
            cur = cur.head
        return False

    def _last_day(self, sent: Span) -> TimePoint | None:
        days = [
            tx.point
            for tx, s, _e in self.timex_tokens
            if sent.start <= s < sent.end and tx.point is not None and tx.point.granularity == "day"
        ]
        return days[-1] if days else None

    # -- merging and finishing -----------------------------------------------
    def _merge_nested(self, drafts: list[_Draft]) -> list[_Draft]:
        """Triggers of one clause ("flew to Russia for a meeting with Putin") are one mention."""
        merged: list[_Draft] = []
        for d in sorted(drafts, key=lambda x: (not x.verbal, x.token.i)):
            host = next(
                (
                    m
                    for m in merged
                    if m.type == d.type and m.status == d.status and self._nested(d.token, m) and _dates_agree(m.date, d.date)
                ),
                None,
            )
            if host is None:
                merged.append(d)
                continue
            host.actors.extend(d.actors)
            host.recipients.extend(d.recipients)
            host.location = host.location or d.location
            host.destination = host.destination or d.destination
            if d.mode and MODE_RANK.get(d.mode, 0) > MODE_RANK.get(host.mode or "", 0):
                host.mode = d.mode
            if host.date is None or (
                d.date is not None
                and temporal.granularity_rank(d.date.granularity) > temporal.granularity_rank(host.date.granularity)
                and not d.inferred
            ):
                host.date = d.date or host.date
            host.absorbed.append(d.token)
        return merged

    def _nested(self, tok: Token, host: _Draft) -> bool:
        own = self._clause_tokens(host.token)
        return tok.i in own or any(tok.i in self._clause_tokens(a) for a in host.absorbed)

    def _finish(self, d: _Draft, sent: Span) -> EventMention | None:
        actors = _unique(d.actors)
        recipients = [e for e in _unique(d.recipients) if e.key not in {a.key for a in actors}]
        everyone = actors + recipients
        named_countries = {e.country for e in everyone if e.kind != "COUNTRY" and e.country}
        actors = [e for e in actors if not (e.kind == "COUNTRY" and e.country in named_countries)]
        recipients = [e for e in recipients if not (e.kind == "COUNTRY" and e.country in named_countries)]
        everyone = actors + recipients
        if d.type == "CONSULT":
            if len({e.key for e in everyone}) < 2:
                return None
            if not any(e.kind != "COUNTRY" for e in everyone) and len({e.country for e in everyone}) < 2:
                return None
        elif not actors or not recipients:
            return None
        mode = d.mode
        text = sent.text
        if d.type == "CONSULT":
            mode, actors, recipients = self._consult_mode(d, mode, actors, recipients, text)
        start, end = self.article.raw_offsets(sent.start_char, sent.end_char)
        source = SourceRef(
            article_id=self.article.id,
            sentence=text.strip(),
            start=start,
            end=end,
            url=self.article.url,
            outlet=self.article.outlet,
            published=self.article.published.isoformat() if self.article.published else None,
        )
        confidence = 0.9 if d.verbal else 0.75
        if d.inferred:
            confidence -= 0.15
        if d.date is None:
            confidence -= 0.1
        if any(e.country is None for e in actors + recipients):
            confidence -= 0.1
        contexts = ["diplomatic"] if d.type in ("CONSULT", "REQUEST", "ACCUSE", "SUPPORT", "AGREE") else []
        contexts += [name for name, rx in CONTEXT_WORDS if rx.search(text)]
        return EventMention(
            type=d.type,
            mode=mode,
            status=d.status,  # type: ignore[arg-type]
            actors=tuple(actors),
            recipients=tuple(recipients),
            date=d.date,
            location=d.location,
            source=source,
            trigger=d.token.text,
            contexts=tuple(dict.fromkeys(contexts)),
            confidence=max(0.2, round(confidence, 3)),
            date_from_anchor=d.inferred,
        )

    def _consult_mode(
        self, d: _Draft, mode: str | None, actors: list[Entity], recipients: list[Entity], text: str
    ) -> tuple[str | None, list[Entity], list[Entity]]:
        everyone = actors + recipients
        countries = {e.country for e in everyone if e.country}
        if PHONE_WORDS.search(text) and (
            mode == "phone" or re.search(r"\b(?:by|over the|on the) (?:phone|telephone)|phone call|telephone call", text, re.IGNORECASE)
        ):
            return "phone", actors, recipients
        if mode == "multilateral" or MULTI_WORDS.search(text) or len(countries) >= 3:
            return "multilateral", actors, recipients
        host = d.destination or (d.location.country if d.location else None)
        if host is not None and countries:
            if host not in countries and len(countries) >= 2:
                return "third-party", actors, recipients
            visitors = [e for e in everyone if e.country and e.country != host]
            hosts = [e for e in everyone if e.country == host]
            if visitors and hosts:
                return "visit", visitors, hosts
            if visitors and d.destination:
                return "visit", visitors, [e for e in everyone if e not in visitors]
        if mode == "visit" and not recipients:
            return None, actors, recipients
        return (mode if mode == "visit" else None), actors, recipients


def clause_tense(tok: Token) -> Tense | None:
    """The tense of the clause that governs ``tok``: future, past or None (unknown)."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "amod":
            break
        if cur.head.i == cur.i:
            break
        cur = cur.head
    verb = cur
    for _ in range(3):
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if auxes & {"will", "shall", "'ll", "wo"}:
            return "future"
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FUTURE_HEADS:
            return "future"
        if verb.lemma_.lower() in ("schedule", "slate", "slat") or (
            verb.lemma_.lower() == "expect" and any(c.dep_ == "xcomp" for c in verb.children)
        ):
            return "future"
        if "to" in auxes and verb.head.lemma_.lower() == "be" and verb.dep_ == "xcomp":
            return "future"
        if verb.tag_ == "VBG" and auxes & {"is", "are", "'s", "'re"} and verb.dep_ == "ROOT":
            return "future"
        if verb.tag_ in ("VBD", "VBN"):
            return "past"
        if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
            continue
        break
    if verb.tag_ in ("VBZ", "VBP"):
        return None
    return "past"


def _unique(entities: list[Entity]) -> list[Entity]:
    seen: dict[str, Entity] = {}
    for e in entities:
        seen.setdefault(e.key, e)
    return list(seen.values())


def _dates_agree(a: TimePoint | None, b: TimePoint | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


def extract_mentions(article: Article, doc: Doc) -> list[EventMention]:
    """All event mentions of one parsed article (see the module docstring)."""
    timexes = temporal.tag(doc.text, article.published, tense_of=tense_lookup(doc))
    return Extractor(article, doc, ArticleActors(doc), timexes).mentions()


def tense_lookup(doc: Doc) -> Callable[[int, int], Tense | None]:
    """``temporal.tag``'s ``tense_of``: the tense of the clause around a character range of ``doc``."""

    def tense_of(start: int, end: int) -> Tense | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        return clause_tense(span.root) if span is not None else None

    return tense_of
