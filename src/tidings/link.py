"""One record per real event: decide which event a new mention reports, and aggregate.

Linking is driven by participants and normalised dates, never by text
similarity alone (two meetings a year apart read alike). A mention joins an
event when:

- the type and the status are the same;
- the participants are compatible: one side's named people and bodies are a
  subset of the other's and so are their countries ("Netanyahu's trip to
  Moscow" is part of "Netanyahu met Putin"), with at least a dyad on the
  smaller side or, across articles, a single person acting in both ("the
  president resigned" is the resignation his deputy announced), or the same
  person retreating in both (a man leaves his post once);
  or, within one article, their sides agree (one names a group or a country
  where the other names someone of it), unless each names people
  or bodies of its own and none of them is the other's, or their dates are not
  the same (a background mention, undated or dated to the month, joins on its
  participants only); within one article, a statement addressed to others than
  the event's (no one acted on in common) is another statement, unless one
  sentence lists both with the same actors and date (one deed of its kind);
- a dated report that has the sides the other way round (the attacked attack
  their attackers) is the counter-attack, not the attack; a clash (both sides
  acting, no one acted on) is not a deed of one of its sides on the other;
  and a dated report joins only if its actors agree with the event's actors,
  not only its participants as a set (the one who appealed is not the one
  appealed to);
- the dates agree at the coarser precision (two day-precise dates must be the
  same day); an undated mention joins an event of the same article, or one
  dated up to 30 days before its publication. When a person acting in the
  mention acts in the event, dates that disagree still join if both are
  inferred in one article (the article's guesses), or if the mention's is
  inferred, up to 30 days after, in a material act (a later reference back:
  "since Mubarak stepped down"; what is said is said again, so not the
  verbal types); and a sentence two articles print word for word, each dated
  by its own article, is one report whatever the two inferred dates;
- the places agree: two towns more than 30 km apart, or places in two
  countries, are two events; and within one article an attack, retreat or
  deployment told about a paragraph away from every report of the event is
  another (a rally too, unless it names its day: one rally goes on all day;
  or is in quoted words; or neither it nor the event is placed and the event
  names its day or has the same sides: the story's recap of the day's rally).

Among compatible events the one with most shared participants wins, then the
nearest in the same article. The deciding functions are pure; ``link_mention``
runs the loop over a ``Repository`` (the store implements it): resolve the
mention's entities, fetch candidates, choose, aggregate, write, and link a plan
to the event it led to.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Protocol

from tidings import gazetteer, temporal
from tidings.models import (
    MODE_RANK,
    Candidate,
    Entity,
    Event,
    EventMention,
    Location,
    TimePoint,
    countries_of,
    drop_country_doubles,
    granularity_rank,
)

UNDATED_WINDOW_DAYS = 30
# PLOVER's verbal types (said, and said again), as against the material ones (done on one occasion).
VERBAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
APART_KM = 30.0  # two places of one event: a town and its suburb, not two towns
# A story tells many of them on one day: attacks and rallies, and the front's moves, retreats and deployments
# (with RETREAT and MOBILIZE: training 4-fold --no-model tp 791 -> 794, fp 843 -> 844).
SERIAL_TYPES = frozenset({"ASSAULT", "PROTEST", "MOBILIZE", "RETREAT"})
# A sentence this long, word for word in two articles, is a copy (a wire paragraph run again), not chance.
COPY_WORDS = 5
RETOLD_CHARS = 700  # about a paragraph: training 4-fold --no-model F1 0.318 -> 0.327 (300: 0.328 with fp +42)


class Repository(Protocol):
    """What linking needs from a store (``tidings.store.Store`` implements it)."""

    def resolve(self, entity: Entity) -> Entity:
        """The stored entity this one is (an alias, a spelling variant), or itself."""
        ...

    def candidates(self, mention: EventMention) -> list[Candidate]:
        """Stored events of the mention's type and status that share a participant or country with it."""
        ...

    def has_event(self, event_id: str) -> bool: ...

    def write_event(self, event: Event, created: bool) -> None: ...

    def add_mention(self, event_id: str, mention: EventMention) -> None: ...

    def add_plan_link(self, planned_id: str, occurred_id: str) -> None: ...


class Curator(Repository, Protocol):
    """A repository whose entities can be merged (``tidings entities merge``)."""

    def transaction(self) -> AbstractContextManager[None]: ...

    def rewrite_entity(self, keep: str, drop: str) -> dict[str, tuple[EventMention, ...]]:
        """Make ``drop`` one with ``keep`` in every mention; the changed events with their mentions."""
        ...


def merge_entities(store: Curator, keep: str, drop: str) -> int:
    """Merge entity ``drop`` into ``keep`` and re-aggregate the events it took part in; how many changed."""
    if keep == drop:
        return 0
    with store.transaction():
        changed = store.rewrite_entity(keep, drop)
        for event_id, mentions in changed.items():
            store.write_event(aggregate(event_id, mentions), created=False)
    return len(changed)


def link_mention(mention: EventMention, repo: Repository) -> tuple[str, bool]:
    """Attach a mention to the event it reports, or create that event; return (event id, created)."""
    mention = resolve_entities(mention, repo)
    match = best_match(mention, repo.candidates(mention))
    mentions: tuple[EventMention, ...] = (mention,) if match is None else (*match.mentions, mention)
    event_id = new_event_id(mention, repo) if match is None else match.id
    created = match is None
    repo.write_event(aggregate(event_id, mentions), created)
    repo.add_mention(event_id, mention)
    link_plans(event_id, mentions, repo)
    return event_id, created


def resolve_entities(mention: EventMention, repo: Repository) -> EventMention:
    """The mention with its participants resolved to the store's entities."""
    actors = tuple(repo.resolve(e) for e in mention.actors)
    recipients = tuple(repo.resolve(e) for e in mention.recipients)
    if actors == mention.actors and recipients == mention.recipients:
        return mention
    return replace(mention, actors=actors, recipients=recipients)


def link_plans(event_id: str, mentions: tuple[EventMention, ...], repo: Repository) -> None:
    """Link an announced event and the event it led to, whichever arrives first."""
    first = mentions[0]
    other = "planned" if first.status == "occurred" else "occurred" if first.status == "planned" else None
    if other is None:
        return
    everyone = tuple({e.key: e for m in mentions for e in m.participants}.values())
    probe = replace(first, status=other, actors=everyone, recipients=())  # type: ignore[arg-type]
    for candidate in repo.candidates(probe):
        occurred, planned = (mentions, candidate.mentions) if other == "planned" else (candidate.mentions, mentions)
        if fulfils(occurred, planned):
            repo.add_plan_link(*((candidate.id, event_id) if other == "planned" else (event_id, candidate.id)))


def named(entities: Sequence[Entity]) -> set[str]:
    return {e.key for e in entities if e.kind != "COUNTRY"}


def _participants_compatible(a: Sequence[Entity], b: Sequence[Entity]) -> int | None:
    """Shared named participants when compatible (0 for country-level agreement), else None."""
    na, nb, ca, cb = named(a), named(b), countries_of(a), countries_of(b)
    for small_n, big_n, small_c, big_c, small in ((na, nb, ca, cb, a), (nb, na, cb, ca, b)):
        if small_n <= big_n and small_c <= big_c:
            if len(small_n) >= 2 or (len(small_n) == 1 and any(e.kind == "COUNTRY" for e in small)) or (not small_n and len(small_c) >= 2):
                return len(small_n & big_n)
            if small_n == big_n and small_c == big_c:
                return len(small_n)
    return None


def _side_agrees(a: Sequence[Entity], b: Sequence[Entity]) -> bool:
    """One side of two reports of an event: either is unnamed, or they share someone, or one names only
    countries and they share one. Two sides that name different people or bodies are different events."""
    na, nb = named(a), named(b)
    if not a or not b or na & nb:
        return True
    return (not na or not nb) and bool(countries_of(a) & countries_of(b))


def _actors_agree(mention: EventMention, mentions: Sequence[EventMention]) -> bool:
    """Whether the mention's actors agree with the event's actors (``_side_agrees``), not only its participants as
    one set: "the president urged Egyptians to stay calm" and "protesters in Algiers urged the president to quit"
    have compatible participants, but the one who appealed in one is appealed to in the other; "a firm evacuated
    Chinese workers" is not "China evacuated its workers". A report with its roles read backwards would otherwise
    join, and widen the event until it takes in other deeds. Who is acted on may differ (a target named in one
    report and not the other, or misread), and a meeting's participants are one set."""
    return mention.type == "CONSULT" or _side_agrees(mention.actors, [e for m in mentions for e in m.actors])


def _specific(entities: Sequence[Entity]) -> set[str]:
    """The named participants that are not groups named by a common noun ("protesters"): people and bodies."""
    return {key for key in named(entities) if not key.startswith("group:")}


def _sides_agree(mention: EventMention, mentions: Sequence[EventMention]) -> bool:
    actors = [e for m in mentions for e in m.actors]
    recipients = [e for m in mentions for e in m.recipients]
    # Two reports that each name someone, and no one the same, are two events though their sides agree country
    # by country ("the president stepped down" / "the authorities released the ship's crew"; two calls, each
    # by another minister).
    mine, theirs = _specific(mention.participants), _specific(actors + recipients)
    if mine and theirs and not mine & theirs:
        return False
    if mention.type == "CONSULT":
        # Participants are one set: a report naming fewer of them joins one naming more, never two different pairs.
        mine, theirs = named(mention.participants), named(actors + recipients)
        return (len(mine) <= 1 or len(theirs) <= 1) and bool(
            mine & theirs or countries_of(mention.participants) & countries_of(actors + recipients)
        )
    return _side_agrees(mention.actors, actors) and _side_agrees(mention.recipients, recipients)


def _role_by_country(a: Sequence[Entity], b: Sequence[Entity]) -> bool | None:
    """How one role of two reports agrees: False when both name a person or body in common, True when one names only
    countries and the other names someone of such a country ("the United States warned" / "the White House warned"),
    None when neither (different people, or no common country)."""
    if _specific(a) & _specific(b):
        return False
    if a and b and bool(named(a)) != bool(named(b)) and countries_of(a) & countries_of(b):
        return True
    return None


def _country_for_side(mention: EventMention, mentions: Sequence[EventMention]) -> bool:
    """Whether, across articles, two reports agree role by role when one of them names only a country where the other
    names someone of it: "the U.S. warned Libya" in one article and "the White House warned Gaddafi" in another are one
    warning if their dates agree (``score`` checks them). Each role must agree, by someone in common or by a country
    one side names alone, and at least one by its country: a country is the name one outlet gives the side another
    names by its government, ruler or forces. Both roles named differently (two people, two bodies) stay two events.
    Within one article ``_sides_agree`` already weighs such sides on the same date (look half --no-model: fp 430 ->
    428, duplicates 41 -> 40, tp and over-merged unchanged; check half unchanged)."""
    if mention.type == "CONSULT" or any(m.source.article_id == mention.source.article_id for m in mentions):
        return False
    roles = [
        _role_by_country(mention.actors, [e for m in mentions for e in m.actors]),
        _role_by_country(mention.recipients, [e for m in mentions for e in m.recipients]),
    ]
    return None not in roles and True in roles


def _one_person_named(mention: EventMention, mentions: Sequence[EventMention]) -> bool:
    """Whether, across articles, one of two reports names a single person, who acts in both, and nothing the other
    lacks: "the president stepped down on Friday" in one article and "the vice president announced that the president
    had resigned" in another are one resignation, though the smaller side is no dyad; "the president said on Tuesday
    he would not run again" is the pledge another article tells with its audience. Dates must still agree (what a man
    says again on another day is another statement). Within one article ``_sides_agree`` weighs the sides on the same
    day (training 4-fold --no-model fp 832 -> 824, tp 959 unchanged, duplicates 112 -> 109)."""
    if any(m.source.article_id == mention.source.article_id for m in mentions):
        return False
    participants = [e for m in mentions for e in m.participants]
    acting = {e.key for m in mentions for e in m.actors if e.kind == "PERSON"} & {e.key for e in mention.actors if e.kind == "PERSON"}
    for small, big in ((mention.participants, participants), (participants, mention.participants)):
        if len(named(small)) == 1 and named(small) <= acting and named(small) <= named(big) and countries_of(small) <= countries_of(big):
            return True
    return False


def _same_person_retreats(mention: EventMention, mentions: Sequence[EventMention]) -> bool:
    """Whether a person who retreats in the mention (steps down, resigns, is overthrown) retreats in the event too.

    A man leaves his post once, so two reports of his going are one event whatever else each names: "a revolt
    overthrew the president" read with the country it is compared to, and "the president stepped down, the vice
    president announced" naming the one who announced it. ``_participants_compatible`` and ``_one_person_named``
    keep such reports apart for what one names and the other lacks; the dates must still agree (``score``). The
    story's later references back to the resignation join it within one article already (``_told_apart``)
    (training 4-fold --no-model: fp 801 -> 800, duplicates 105 -> 104, tp 986 and over-merged 75 unchanged; look
    half fp 471 -> 470, check half unchanged)."""
    if mention.type != "RETREAT":
        return False
    mine = {e.key for e in mention.actors if e.kind == "PERSON"}
    return bool(mine) and bool(mine & {e.key for m in mentions for e in m.actors if e.kind == "PERSON"})


def _reversed(mention: EventMention, mentions: Sequence[EventMention]) -> bool:
    """Whether the mention's sides are the others' the other way round (an attack and the counter-attack)."""
    if mention.type == "CONSULT":
        return False
    acting = {e.key for m in mentions for e in m.actors}
    acted_on = {e.key for m in mentions for e in m.recipients}
    actors, recipients = acting - acted_on, acted_on - acting
    mine, theirs = named(mention.actors), named(mention.recipients)
    return bool(mine and theirs and mine <= recipients and theirs <= actors)


NEXT_SENTENCE_CHARS = 3  # the gap between two sentences that follow each other: a space, a paragraph break


def _adjacent(a: EventMention, b: EventMention) -> bool:
    """Whether two reports are in sentences of one article that follow each other."""
    first, second = (a.source, b.source) if a.source.start <= b.source.start else (b.source, a.source)
    return first.article_id == second.article_id and first.end <= second.start <= first.end + NEXT_SENTENCE_CHARS


def _said_to_others(mention: EventMention, mentions: Sequence[EventMention]) -> bool:
    """Whether a statement (``VERBAL_TYPES``, not a meeting) is addressed to someone else than the same article's other
    reports of the event: "the minister praised the army" and, a paragraph on, "he thanked the voters", or a call on
    the president to resign and one on Washington to help, are two statements (PLOVER codes each toward its target),
    though their speaker, day and countries agree. A report naming no one acted on still joins, and so does one in
    the sentence next to a report of the event (a quote runs on: "We urge the UN to send observers. They must come
    soon")."""
    if mention.type not in VERBAL_TYPES or mention.type == "CONSULT":
        return False
    same = [m for m in mentions if m.source.article_id == mention.source.article_id]
    if any(_adjacent(mention, m) for m in same):
        return False
    mine = {e.key for e in mention.recipients}
    theirs = {e.key for m in same for e in m.recipients}
    return bool(mine) and bool(theirs) and not mine & theirs


def _clash_and_deed(mention: EventMention, mentions: Sequence[EventMention]) -> bool:
    """Whether one side is a clash (two or more named sides acting, no one acted on: "rebels and troops clashed")
    and the other a deed of one side on another ("troops shelled the rebels"): two codings, two events."""
    if mention.type == "CONSULT":
        return False

    def clash(m: EventMention) -> bool:
        return not m.recipients and len(named(m.actors)) >= 2

    def deed(m: EventMention) -> bool:
        return bool(m.actors) and bool(m.recipients)

    return (clash(mention) and all(deed(m) for m in mentions)) or (deed(mention) and all(clash(m) for m in mentions))


def _dates_compatible(a: EventMention, b: EventMention) -> bool:
    da, db = a.date, b.date
    if da is not None and db is not None:
        if da.granularity == "day" and db.granularity == "day":
            return da.start == db.start
        return da.start <= db.end and db.start <= da.end
    if da is None and db is None:
        return a.source.article_id == b.source.article_id
    undated, dated = (a, b) if da is None else (b, a)
    if undated.source.article_id == dated.source.article_id:
        return True
    pub = temporal.to_date(undated.source.published)
    assert dated.date is not None
    return pub is not None and dated.date.start <= pub <= dated.date.end + dt.timedelta(days=UNDATED_WINDOW_DAYS)


def _looked_back(a: EventMention, b: EventMention) -> bool:
    """Whether one of two conflicting dates is inferred (not said of the event: taken from the article's anchor or
    publication) and lies up to ``UNDATED_WINDOW_DAYS`` after the other: a background reference ("since Mubarak
    stepped down") dated by the article it is in, to the event the other report dates."""
    window = dt.timedelta(days=UNDATED_WINDOW_DAYS)
    return any(
        inferred.date_from_anchor
        and inferred.date is not None
        and other.date is not None
        and other.date.start <= inferred.date.end
        and inferred.date.start <= other.date.end + window
        for inferred, other in ((a, b), (b, a))
    )


def _same_person_acts(mention: EventMention, mentions: Sequence[EventMention]) -> bool:
    """Whether a person acting in the mention acts in the others too (a meeting's participants all act)."""
    if mention.type == "CONSULT":
        mine, theirs = mention.participants, [e for m in mentions for e in m.participants]
    else:
        mine, theirs = mention.actors, [e for m in mentions for e in m.actors]
    return bool({e.key for e in mine if e.kind == "PERSON"} & {e.key for e in theirs if e.kind == "PERSON"})


def _dates_reconcile(mention: EventMention, conflicting: Sequence[EventMention]) -> bool:
    """Whether dates that disagree still allow one event, when a person acting in the mention acts in the others.

    - Within one article, two dates both inferred are the article's guesses, not two occasions.
    - A material act (not ``VERBAL_TYPES``: what a person says, he says again and again, a call for restraint
      each day; a person resigns or orders an arrest on one occasion) reported with an inferred date up to
      ``UNDATED_WINDOW_DAYS`` after the other's is a reference back to it ("since Mubarak stepped down").
    """
    if all(m.source.article_id == mention.source.article_id and m.date_from_anchor and mention.date_from_anchor for m in conflicting):
        return True
    return mention.type not in VERBAL_TYPES and all(_looked_back(mention, m) for m in conflicting)


def _words(sentence: str) -> str:
    """A sentence's words, lower-cased, without punctuation or spacing (what two copies of a wire story share)."""
    return " ".join(re.findall(r"[a-z0-9]+", sentence.lower()))


def _republished(a: EventMention, b: EventMention) -> bool:
    """Whether two reports are one sentence printed word for word in two articles, each dated only by its own article
    (``date_from_anchor``): a wire story's paragraph that another outlet, or a later update, runs again ("Libyan state
    television called the move blatant interference" on the 22nd and on the 29th). The sentence names no day, so the
    two inferred dates are each article's guess at one report, not two occasions. A sentence of fewer than
    ``COPY_WORDS`` words ("Clashes continued.") may be written twice by chance: no sign of a copy (training 4-fold
    --no-model: tp 968 -> 967, fp 820 -> 816, duplicates 109 -> 106; the tp lost is one report of the Gulf states'
    call that two annotation batches record twice, now one event)."""
    words = _words(a.source.sentence)
    return (
        a.source.article_id != b.source.article_id
        and a.date_from_anchor
        and b.date_from_anchor
        and words.count(" ") + 1 >= COPY_WORDS
        and words == _words(b.source.sentence)
    )


def _value(date: TimePoint | None) -> str | None:
    return date.value if date is not None else None


def _dated_alike(a: EventMention, b: EventMention) -> bool:
    """Whether two reports of one article are dated alike, for joining reports that name the sides differently: the
    same date, or a month and a day inside it that only the narrative gives (``date_from_anchor``: the article's
    day, not one the sentence names). "The government has offered concessions" dated to the month and, a paragraph
    on, "the spokesman offered elections" dated by the story's day are one offer: the day is the article's guess,
    not a second occasion. A day the sentence names ("on Monday") stays apart from the month's report (training
    4-fold --no-model: fp 804 -> 800, duplicates 106 -> 103, over-merged 69 -> 70, tp 986 unchanged; check half:
    tp 434 -> 435, fp 415 -> 411)."""
    if _value(a.date) == _value(b.date):
        return True
    if a.date is None or b.date is None or {a.date.granularity, b.date.granularity} != {"day", "month"}:
        return False
    day = a if a.date.granularity == "day" else b
    return day.date_from_anchor and _dates_compatible(a, b)


def _far_apart(a: Location, b: Location | None) -> bool:
    """Two towns (places with coordinates) more than ``APART_KM`` apart, or two places in different countries (a rally
    in Sanaa and one in Cairo, a protest outside an embassy in London and one in Tahrir Square)."""
    if b is None:
        return False
    if a.country is not None and b.country is not None and a.country != b.country:
        return True
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    lat1, lat2, dlon = math.radians(a.lat), math.radians(b.lat), math.radians(b.lon - a.lon)
    cos = math.sin(lat1) * math.sin(lat2) + math.cos(lat1) * math.cos(lat2) * math.cos(dlon)
    return 6371.0 * math.acos(max(-1.0, min(1.0, cos))) > APART_KM


def _told_apart(mention: EventMention, same_article: Sequence[EventMention], distance: int) -> bool:
    """Whether a report of an attack, a protest, a retreat or a deployment (``SERIAL_TYPES``), dated only by the
    narrative, lies more than ``RETOLD_CHARS`` (``distance``) from every report of the event in its article: a war or
    protest story tells many clashes, rallies and moves of the front on one day ("the rebels withdrew from the port"
    near the top, "they pulled back to the airbase" pages on), and an article retells an event near where it first
    tells it, not pages later (a sentence repeated word for word, a live page's teaser, retells it wherever it
    stands, and so does a witness's quoted account of it, ``_testimony``: ``score`` checks both). An attack, a
    retreat or a deployment that names its day is told apart so too ("troops fought rebels in Zawiya on Saturday"
    near the top, "on Saturday troops encircled Zlitan" pages on): each is a deed of its own. A rally that names its
    day is not: one gathering goes on all day, and a protest story recaps it with its day. Nor is a rally dated by the
    narrative when someone's quoted words tell it (a chant, a vow to stay, talk of protesting that day: the day's
    rally, not another), or when neither it nor the event's reports in the article name a place and one of them
    names the day ("the demonstrators" pages after "thousands protested on Tuesday"): the annotation keeps one record
    of a country's protests on a day, and another only for another place (a rally in Alexandria, one outside the
    parliament) (training 4-fold --no-model PROTEST fp 76 -> 67, tp 88 unchanged, duplicates 44 -> 35). When no report
    names the day either, all are the narrative's guesses of one day, and an unplaced report with the same sides
    (the same crowd against the same ruler) is the day's rally told again; other sides (a party joining, another
    target) may be another rally (PROTEST tp 88 -> 89, fp 67 -> 61, duplicates 35 -> 29). Nor is a person's retreat
    (a ruler stepping down, a minister resigning): a man leaves his post once, and the story comes back to it
    wherever it likes ("since the president quit" pages after "the president stepped down on Friday")."""
    if mention.type not in SERIAL_TYPES or distance <= RETOLD_CHARS:
        return False
    if mention.type == "RETREAT" and any(e.kind == "PERSON" for e in mention.actors):
        return False
    if mention.type != "PROTEST":
        return True
    if not mention.date_from_anchor or mention.quoted:
        return False
    if mention.location is not None or any(m.location is not None for m in same_article):
        return True
    sides = named(mention.participants)
    return all(m.date_from_anchor for m in same_article) and any(named(m.participants) != sides for m in same_article)


def _town(location: Location | None) -> str | None:
    """The name of a place smaller than a country (a town, a district, a square), lower-cased, or None: a country's
    name ("attacks in Libya") says nothing of which town was hit."""
    if location is None:
        return None
    if location.lat is None and location.country is not None and gazetteer.load().country(location.name) is not None:
        return None
    return location.name.lower()


def _same_town(mention: EventMention, same_article: Sequence[EventMention]) -> bool:
    """Whether an attack, a retreat, a deployment or a rally told far from the event's other reports in its article
    (``_told_apart``) names the town they name, and they name no other: one day's shelling of one town is one event
    however far apart the story tells it ("forces fired mortar rounds on Misrata" near the top, "the army's attacks
    in Misrata" pages on). The day, the type and the sides already agree (``score``); what keeps a war story's many
    attacks of a day apart is that they hit different places, which the town here settles. Two towns are never one
    attack's, and a report naming no town, or only a country, stays told apart."""
    mine = _town(mention.location)
    theirs = {_town(m.location) for m in same_article} - {None}
    return mine is not None and theirs == {mine}


def _testimony(mention: EventMention, same_article: Sequence[EventMention]) -> bool:
    """Whether a report dated only by the narrative is someone's quoted account of an attack, a retreat or a deployment
    that the article has told with its day: '"The police attacked the demonstrators," a lawyer told us', pages after
    "police charged the crowd on Saturday". A witness's words are testimony on the episode the narrative told, not a
    new one, so they join it however far apart. Not a protest: what a protest story quotes is the crowd's chants and
    vows, or talk of protesting, not an account of a rally
    (``_told_apart`` joins those to the day's rally)."""
    return mention.quoted and mention.type != "PROTEST" and any(not m.date_from_anchor and m.date == mention.date for m in same_article)


def _listed(mention: EventMention, mentions: Sequence[EventMention]) -> bool:
    """Whether the mention is one item of a list its sentence makes: another report of the event is in the same
    sentence, by the same actors, on the same date. "Since January he has appointed a vice president, reshuffled
    his cabinet and pledged not to run again" tells one run of concessions with one subject and one time, though
    each verb names another recipient; the reader takes the sentence's list as one deed of its kind, and so does
    the annotation (one record). ``_sides_agree`` and ``_said_to_others`` keep two reports naming different
    recipients apart, which is right across sentences (two calls, each to another minister) but splits a
    coordination in one sentence into records that repeat it. Reports by other actors, or on another date, in
    the same sentence stay apart (the attack and the reply; two meetings on two days), and so do meetings, whose
    participants are the meeting: "he met the king and the crown prince" may be two talks (training 4-fold --no-model:
    fp 708 -> 703, duplicates 100 -> 96, tp 1002 and over-merged 72 unchanged; look half fp 391 -> 389, duplicates
    41 -> 40; check half fp 388 -> 386, duplicates 39, tp and over-merged unchanged)."""
    mine = {e.key for e in mention.actors}
    return (
        mention.type != "CONSULT"
        and bool(mine)
        and any(
            m.source.article_id == mention.source.article_id
            and m.source.start == mention.source.start
            and {e.key for e in m.actors} == mine
            and _value(m.date) == _value(mention.date)
            for m in mentions
        )
    )


def score(mention: EventMention, candidate: Candidate) -> float | None:
    """How well a mention fits an event (higher is better), or None if it cannot be the same event."""
    first = candidate.mentions[0]
    if mention.type != first.type or mention.status != first.status:
        return None
    participants = [e for m in candidate.mentions for e in m.participants]
    shared: float | None = _participants_compatible(mention.participants, participants)
    if shared is None and (_one_person_named(mention, candidate.mentions) or _same_person_retreats(mention, candidate.mentions)):
        shared = 1
    if shared is None and _country_for_side(mention, candidate.mentions):
        shared = 0.25  # as weak as two differently named sides of one article
    if shared is not None and mention.date is not None and not _actors_agree(mention, candidate.mentions):
        shared = None  # a dated report, as the counter-attack below: an undated one ("the fighting") joins on its participants
    if shared is None and any(m.source.article_id == mention.source.article_id for m in candidate.mentions):
        # Within one article a reader takes a second report of the same kind, day and sides as the same event,
        # though it names the sides differently ("the protesters" / "thousands of Egyptians").
        # An undated mention (background: "the protests", "the crackdown") joins a dated event only on its participants,
        # and so does a report dated otherwise ("the crackdown" this month, the police's raid on Friday): only the
        # same day (or the same month, both at that precision, or a day guessed inside it: ``_dated_alike``) makes two
        # differently named reports one event.
        same_date = all(_dated_alike(mention, m) for m in candidate.mentions)
        shared = 0.25 if same_date and (_sides_agree(mention, candidate.mentions) or _listed(mention, candidate.mentions)) else None
    # A dated report with the sides the other way round is the counter-attack, also when its day is the article's
    # anchor ("rebels fired back at the troops" after "troops shelled the rebels" on Monday): news tells the attack
    # and the reply as two deeds, and the annotation codes each.
    if shared is None or (mention.date is not None and _reversed(mention, candidate.mentions)):
        return None
    if _clash_and_deed(mention, candidate.mentions) or (
        _said_to_others(mention, candidate.mentions) and not _listed(mention, candidate.mentions)
    ):
        return None
    conflicting = [m for m in candidate.mentions if (m.date is not None or mention.date is not None) and not _dates_compatible(mention, m)]
    # Dates that disagree are one event's when they are guesses of one article, or a later reference back to a deed.
    if conflicting and not (
        (shared >= 1 and _same_person_acts(mention, candidate.mentions) and _dates_reconcile(mention, conflicting))
        or all(_republished(mention, m) for m in conflicting)
    ):
        return None
    if mention.location is not None and any(_far_apart(mention.location, m.location) for m in candidate.mentions):
        return None  # shelling in Misrata and fighting in Benghazi, the same day, are two events
    undated = mention.date is None and all(m.date is None for m in candidate.mentions)
    if undated and not any(m.source.article_id == mention.source.article_id for m in candidate.mentions):
        return None
    value = float(shared)
    same_article = [m for m in candidate.mentions if m.source.article_id == mention.source.article_id]
    if same_article:
        distance = min(abs(m.source.start - mention.source.start) for m in same_article)
        if (
            _told_apart(mention, same_article, distance)
            and not _testimony(mention, same_article)
            and not _same_town(mention, same_article)
            and not any(m.source.sentence == mention.source.sentence for m in same_article)
        ):
            return None
        value += 0.5 - distance / 1e7
    if mention.date is not None and any(m.date == mention.date for m in candidate.mentions):
        value += 1.0
    return value


PLANNED_WINDOW_DAYS = 7


def fulfils(occurred: Sequence[EventMention], planned: Sequence[EventMention]) -> bool:
    """Whether an occurred event is what a planned one announced.

    Same type, the planned people among the occurred ones and the planned
    countries among theirs (a visit by Patrushev, head of Russia's Security
    Council, "to Israel" is fulfilled by his meeting with Netanyahu), and the
    occurred date from the planned date to a week after it (visits run over
    several days; plans slip).
    """
    if occurred[0].type != planned[0].type or occurred[0].status != "occurred" or planned[0].status != "planned":
        return False
    done = [e for m in occurred for e in m.participants]
    plan = [e for m in planned for e in m.participants]
    people = {e.key for e in plan if e.kind == "PERSON"}
    if not (people and people <= {e.key for e in done if e.kind == "PERSON"} and countries_of(plan) <= countries_of(done)):
        return False
    when, announced = best_date(occurred), best_date(planned)
    if when is None or announced is None:
        return False
    return announced.start <= when.end and when.start <= announced.end + dt.timedelta(days=PLANNED_WINDOW_DAYS)


def best_match(mention: EventMention, candidates: Sequence[Candidate]) -> Candidate | None:
    scored = [(s, c) for c in candidates if (s := score(mention, c)) is not None]
    if not scored:
        return None
    return max(scored, key=lambda sc: sc[0])[1]


def event_id(first: EventMention, attempt: int = 0) -> str:
    """A stable id from the event's first mention: its sentence, type, status, trigger and participants."""
    who = ",".join(sorted(e.key for e in first.actors)) + ">" + ",".join(sorted(e.key for e in first.recipients))
    seed = f"{first.source.article_id}:{first.source.start}:{first.type}:{first.status}:{first.trigger}:{who}"
    if attempt:
        seed += f"#{attempt}"
    return "ev_" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]


def new_event_id(first: EventMention, repo: Repository) -> str:
    """``event_id``, made unique in the store: two events may be coded from one trigger of one sentence."""
    attempt = 0
    while repo.has_event(candidate := event_id(first, attempt)):
        attempt += 1
    return candidate


def best_date(mentions: Sequence[EventMention]) -> TimePoint | None:
    """The most precise, best supported date; an explicit date beats an inferred one."""
    dated = [m for m in mentions if m.date is not None]
    if not dated:
        return None
    counts = Counter(m.date.value for m in dated if m.date is not None)

    def rank(m: EventMention) -> tuple[int, int, int]:
        assert m.date is not None
        return (int(not m.date_from_anchor), granularity_rank(m.date.granularity), counts[m.date.value])

    return max(dated, key=rank).date


def date_conflicts(mentions: Sequence[EventMention], chosen: TimePoint | None) -> list[str]:
    if chosen is None:
        return []
    return sorted(
        {m.date.value for m in mentions if m.date is not None and not (m.date.start <= chosen.end and chosen.start <= m.date.end)}
    )


AGREED_FROM = 3  # a record of this many reports or more keeps only the sides its reports agree on


def _report(mention: EventMention) -> str:
    """What makes a report one: its sentence's words. Another trigger of the same sentence, or the sentence a
    second article prints word for word, repeats that sentence's reading; it does not confirm it."""
    return _words(mention.source.sentence)


def _confirmed(entity: Entity, role: str, here: str, mentions: Sequence[EventMention], reports: Sequence[str]) -> bool:
    """Whether another report than ``here`` (one of ``reports``, the mentions' ``_report`` keys) gives ``entity``:
    names it (on either side: a side named the other way round is still named), or names its country on the same
    side (a report that says "Egypt" where another names an Egyptian minister tells the same side less precisely)."""
    for m, report in zip(mentions, reports, strict=True):
        if report == here:
            continue
        if any(e.key == entity.key or (entity.name and e.name == entity.name) for e in m.participants):
            return True
        side = m.actors if role == "actor" else m.recipients
        if entity.country and any(e.kind == "COUNTRY" and e.country == entity.country for e in side):
            return True
    return False


def _fits_beside(entity: Entity, side: Sequence[Entity]) -> bool:
    """Whether a side one report alone gives fits beside the other report's same side: that report names no one
    there, or names someone of the same country (the minister where the other says "the government"), or the side
    is of no country (the United Nations, NATO), which no country it is told beside contradicts."""
    return not side or entity.country is None or any(e.country == entity.country for e in side)


def _paired(mentions: Sequence[EventMention], best: EventMention, reports: Sequence[str]) -> set[str]:
    """The participants a record of two reports keeps: all of the better report's (``best``'s sentence), and of the
    other's those it confirms (``_confirmed``) or that fit beside its side of that role (``_fits_beside``). Two
    reports that give a side two different countries ("Gaddafi" against one report's "Bahrain's king") disagree,
    and the record keeps the better report's word rather than both: a union would add a side neither report gives
    with the other's (training 4-fold --no-model: tp 999, fp 719 unchanged; extra participants on true positives
    187 -> 181; look and check halves unchanged but for those, 111 -> 108 and 76 -> 73)."""
    here = _report(best)
    ours = [m for m, r in zip(mentions, reports, strict=True) if r == here]
    kept = {e.key for m in ours for e in m.participants}
    sides = {"actor": [e for o in ours for e in o.actors], "recipient": [e for o in ours for e in o.recipients]}
    for m, report in zip(mentions, reports, strict=True):
        if report == here:
            continue
        for role, side in (("actor", m.actors), ("recipient", m.recipients)):
            kept |= {e.key for e in side if _confirmed(e, role, report, mentions, reports) or _fits_beside(e, sides[role])}
    return kept


def _agreed(mentions: Sequence[EventMention], best: EventMention) -> set[str] | None:
    """The participants a record of many reports keeps: those another report confirms (``_confirmed``), and those of
    the confirmed participants' countries or of none. A foreign side that one stray report of many adds ("Mubarak
    stepped down" given Libya as recipient by one sentence that also names Libya) is that sentence's misreading,
    not the event's. A side none of whose members is confirmed keeps the best report's: its actors always (an event
    has someone acting), its recipients when two reports or more name one (most reports of a resignation name no
    one it is done to). A record of two reports keeps the better report's sides and what fits beside them
    (``_paired``); ``None`` (keep every side) for a record of one report, where its side is all the evidence there
    is (training 4-fold --no-model: tp 995, fp 742 unchanged; extra participants on true positives 202 -> 195)."""
    reports = [_report(m) for m in mentions]  # computed once: a record may hold hundreds of reports
    if len(set(reports)) == 2:
        return _paired(mentions, best, reports)
    if len(set(reports)) < AGREED_FROM:
        return None
    kept: set[str] = set()
    for role in ("actor", "recipient"):
        confirmed = {
            e.key
            for m, report in zip(mentions, reports, strict=True)
            for e in (m.actors if role == "actor" else m.recipients)
            if _confirmed(e, role, report, mentions, reports)
        }
        if not confirmed and role == "actor":
            confirmed = {e.key for e in best.actors}
        elif not confirmed and len({r for m, r in zip(mentions, reports, strict=True) if m.recipients}) >= 2:
            confirmed = {e.key for e in best.recipients}
        kept |= confirmed
    # Only a stray from abroad goes: an unconfirmed side of the event's own countries (or of none) may be a detail
    # one report alone gives (the minister a call was addressed to), not a misreading.
    home = {e.country for m in mentions for e in m.participants if e.key in kept and e.country}
    kept |= {e.key for m in mentions for e in m.participants if e.country is None or e.country in home}
    return kept


def aggregate(event_id_: str, mentions: Sequence[EventMention]) -> Event:
    """The event record that its mentions support."""
    best = max(mentions, key=lambda m: (m.confidence, len(m.participants)))
    agreed = _agreed(mentions, best)

    def kept(e: Entity) -> bool:
        return agreed is None or e.key in agreed

    actors: dict[str, Entity] = {e.key: e for e in best.actors if kept(e)}
    recipients: dict[str, Entity] = {e.key: e for e in best.recipients if kept(e)}
    for m in mentions:
        for e in m.actors:
            if e.key not in actors and e.key not in recipients and kept(e):
                actors[e.key] = e
        for e in m.recipients:
            if e.key not in actors and e.key not in recipients and kept(e):
                recipients[e.key] = e
    # A country is redundant beside someone of that country on its side ("Netanyahu" makes "Israel" redundant);
    # a meeting's participants are one side.
    everyone = [*actors.values(), *recipients.values()] if best.type == "CONSULT" else None
    kept_actors = drop_country_doubles(list(actors.values()), everyone)
    kept_recipients = drop_country_doubles(list(recipients.values()), everyone)
    date = best_date(mentions)
    modes = Counter(m.mode for m in mentions if m.mode)
    mode = max(modes, key=lambda k: (modes[k], MODE_RANK.get(k, 0))) if modes else None
    locations: list[Location] = [m.location for m in mentions if m.location is not None]
    location = next((loc for loc in locations if loc.lat is not None), locations[0] if locations else None)
    contexts = list(dict.fromkeys(c for m in mentions for c in m.contexts))
    articles = {m.source.article_id for m in mentions}
    confidence = min(0.99, max(m.confidence for m in mentions) + 0.05 * (len(articles) - 1))
    published = sorted(m.source.published for m in mentions if m.source.published)
    return Event(
        id=event_id_,
        type=best.type,
        mode=mode,
        status=best.status,
        date=date.value if date else None,
        date_precision=date.granularity if date else None,
        date_approximate=bool(date and date.approximate),
        actors=tuple(kept_actors),
        recipients=tuple(kept_recipients),
        location=location,
        contexts=tuple(contexts),
        sources=tuple(m.source for m in mentions),
        confidence=confidence,
        first_published=published[0] if published else None,
        date_conflicts=tuple(date_conflicts(mentions, date)),
        topics=tuple(dict.fromkeys(t for m in mentions for t in m.topics)),
    )
