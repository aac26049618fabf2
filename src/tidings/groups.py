"""Groups named by a common noun, resolved as a reader resolves them (a part of the ``actors`` stage).

"Libyan rebels", "riot police", "anti-government protesters in Cairo", "forces
loyal to Muammar Gaddafi", "pro-Mubarak supporters", "government troops": each
becomes one entity with a canonical name from ``data/groups.tsv`` ("Libyan
rebels", "Egyptian police", "protesters" of Egypt, "Gaddafi forces", "Mubarak
supporters") and the other names of the same group as aliases ("Libyan
government forces" for "Gaddafi forces").

Its country is, in order: a nationality or country the phrase names
("Libyan", "Libya's"), the country of the person it is loyal to, a place its
sentence names, the article's most named country. A group named by a known body
("NATO forces", "NTC fighters") is that body; an unknown name ("Mirage jets") is a make, not a body.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tidings import lexicon
from tidings.gazetteer import norm
from tidings.lexicon import data_rows
from tidings.models import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tidings.gazetteer import Body, Gazetteer

GOVERNMENT_WORDS = frozenset({"government", "regime", "state"})
SIDES_OF_A_CONFLICT = frozenset({"{dem} rebels", "{dem} opposition"})  # groups that take the article's country before a place's
# A government that says it is new: "interim government forces", "Libya's new rulers", "the ruling council".
TRANSITIONAL_WORDS = frozenset({"interim", "transitional", "provisional", "caretaker", "new"})
RULING_WORDS = frozenset({"ruling", "governing"})
# Words that make a government one side's claim, not the country's rulers: "the rebel interim government".
CLAIMANT_WORDS = frozenset({"rebel", "rebels", "opposition", "insurgent", "shadow", "parallel", "rival", "a", "an"})
# Party words that name a legislator's country ("Republican lawmakers", "Labour MPs"); only of legislators, since
# "Republican Guard" troops are no party's.
PARTY_COUNTRIES = {
    "republican": "USA",
    "republicans": "USA",
    "democratic": "USA",
    "democrat": "USA",
    "gop": "USA",
    "labour": "GBR",
    "tory": "GBR",
}
# Heads that name one country's legislators by convention when no nationality is said: "senators", "congressmen".
LEGISLATOR_HOMES = {"senator": "USA", "congressman": "USA", "congresswoman": "USA"}
# Heads that name a group only in the plural: "exiles" are people abroad, "exile" alone the state ("went into exile").
PLURAL_ONLY = frozenset({"exile"})
# Heads of a person or a body that a side's word describes ("rebel leaders", "the rebel council" are named by what
# they are, not as the side): the word lists of titles, person nouns, bodies and governments.
SIDE_MEMBER_WORDS = ("title_words", "person_nouns", "body_words", "government_nouns", "described_body_heads")
ALWAYS_SINGULAR_OK = frozenset(
    {"army", "military", "militia", "police", "crowd", "opposition", "security personnel", "artillery", "air force", "navy", "firepower"}
)


@dataclass(frozen=True)
class GroupClass:
    heads: frozenset[str]
    name: str
    sector: str
    aliases: tuple[str, ...]
    loyal: bool
    needs_leader: bool  # "Gaddafi's stronghold" names Gaddafi's forces; "the stronghold" no one
    countryless: bool = False  # "Western powers", "foreign governments": several countries, none of them named


@lexicon.cached
def group_classes(table: str = "groups.tsv") -> dict[str, GroupClass]:
    """``data/groups.tsv`` (or a table of its columns) by head (one or two words)."""
    out: dict[str, GroupClass] = {}
    for row in data_rows(table):
        cells = [*row, "", "", "", "", ""][:6]
        heads = frozenset(h.strip().lower() for h in cells[0].split("|") if h.strip())
        loyal = cells[4].strip()
        group = GroupClass(
            heads,
            cells[1],
            cells[2] or "CVL",
            tuple(a for a in cells[3].split("|") if a),
            loyal in ("yes", "leader"),
            loyal == "leader",
            cells[5].strip() == "none",
        )
        for head in heads:
            out.setdefault(head, group)
    return out


@dataclass(frozen=True)
class Context:
    """What the group finder needs from the rest of the article's actors."""

    gaz: Gazetteer
    person_at: Callable[[int], Entity | None]  # the person a token names
    body_at: Callable[[int], Entity | None]  # the body (ORG) a token names
    place_country: Callable[[Token, bool], str | None]  # the country of a place the token's sentence (or clause) names
    main_country: str | None  # the article's most named country
    leader_of: Callable[[str], Entity | None]  # the leader of a country, as the article names him
    stated: dict[str, str] = field(default_factory=dict)  # group class -> the country the article names it with most
    countries_in: Callable[[Span], list[str]] = lambda _sent: []  # the countries a sentence's names and places are of
    conflict: dict[str, str] = field(default_factory=dict)  # side of a conflict -> the country its sentences name most


def find(tok: Token, ctx: Context) -> tuple[int, int, Entity] | None:
    """The group a noun names, as (first token, end token, entity), or None."""
    found = _class_at(tok)
    if found is None:
        return None
    group, start, compounds = found
    if group.countryless:
        return start, tok.i + 1, _bloc(group, tok)
    for c in compounds:
        body = ctx.body_at(c.i)
        if body is not None and body.sector == "MED" and group.sector == "MED":
            continue  # "CNN reporters", "two NBC journalists": the outlet's people are journalists, not the outlet
        if body is not None and c.dep_ == "compound" and (body.sector is not None or body.country is not None):
            return min(start, c.i), tok.i + 1, body  # "NATO forces", "NTC fighters"
    if any(c.lower_ in lexicon.words("foreign_modifiers") for c in compounds):
        return None  # "Western warplanes", "foreign troops": not the article's own, and not named
    if group.sector == "MIL" and (ruler := _new_governments_forces(tok, ctx) or _loyal_to_body(tok, ctx)) is not None:
        return min([start, *(c.i for c in compounds)]), tok.i + 1, ruler  # "interim government forces"
    if group.sector in ("MIL", "COP") and any(_against_rulers(c, ctx) for c in compounds):
        group = group_classes()["rebel"]  # "anti-government militias", "anti-regime forces", "anti-Gaddafi forces" are the rebels
    elif group.sector == "MIL":
        # "rebel tanks", "police snipers", "opposition jets": the weapons or troops of the group the modifier names
        owner = next((o for c in compounds if (o := group_classes().get(c.lemma_.lower())) is not None and o.sector != "MIL"), None)
        group = owner or group
    if group.sector == "MIL":
        owner_side = next((b for c in tok.children if c.dep_ == "poss" and (b := _antecedent_side(c, ctx)) is not None), None)
        if owner_side is not None:
            return min([start, *(c.i for c in compounds)]), tok.i + 1, owner_side  # "the rebels said their forces ..."
    leader, iso = _modifiers(tok, ctx)
    if _rallies(tok) and "supporter" in group_classes():
        # "Loyalists poured into the streets of Tripoli": a leader's supporters at a rally, not his troops.
        group = group_classes()["supporter"]
        country = iso or ctx.main_country
        leader = leader or (ctx.leader_of(country) if country else None)
    if group.needs_leader and leader is None:
        return None
    if leader is not None and not group.loyal and group.sector == "OPP" and "supporter" in group_classes():
        group = group_classes()["supporter"]  # "pro-Gaddafi demonstrators" march for Gaddafi: his supporters
    first = min([start, *(c.i for c in compounds)])
    return first, tok.i + 1, _entity(group, tok, leader, iso, ctx)


def _against_rulers(c: Token, ctx: Context) -> bool:
    """Whether a modifier sets an armed group against its country's rulers: "anti-government", "anti-regime", or
    "anti-" and a person ("anti-Gaddafi forces" fight Gaddafi: they are not his)."""
    return (c.lower_ in GOVERNMENT_WORDS or ctx.person_at(c.i) is not None or _rulers_name(c, ctx)) and anti(c.doc, c.i)


def _rulers_name(tok: Token, ctx: Context) -> bool:
    """Whether a word is the surname of the leader of the article's country ("Gaddafi" of "anti-Gaddafi", which the
    NER tags as a nationality, not a person)."""
    leader = ctx.leader_of(ctx.main_country) if ctx.main_country else None
    return leader is not None and bool(leader.name) and norm(tok.text) == norm(leader.name or "").split()[-1]


def _new_governments_forces(tok: Token, ctx: Context) -> Entity | None:
    """The transitional body whose forces "government forces" are, once it governs: "interim government forces",
    "the new government's troops" are always a transitional body's; "government forces" are when the article calls
    that body its country's government ("the interim government", "Libya's new rulers", "the ruling council"),
    as news does once an old regime has fallen (its men are then "loyalists", "Gaddafi forces")."""
    said = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss") and c.i < tok.i]
    governments = [c for c in said if c.lower_ in GOVERNMENT_WORDS and not anti(tok.doc, c.i)]
    if not governments:
        return None
    words = {m.lower_ for g in governments for m in g.children if m.dep_ in ("amod", "compound", "det")}
    words |= {c.lower_ for c in said}
    if words & CLAIMANT_WORDS:
        return None
    country = next((iso for c in said if (iso := ctx.gaz.country_or_demonym(re.sub(r"['’]s$", "", c.text))) is not None), None)
    country = country or ctx.main_country
    if country is None:
        return None
    if words & TRANSITIONAL_WORDS:
        return transitional_body(tok.doc, ctx.body_at, country)
    return ruling_body(tok.doc, ctx.body_at, country)


def _loyal_to_body(tok: Token, ctx: Context) -> Entity | None:
    """The body troops are loyal to: "forces loyal to Libya's ruling council" are the council's, as "forces loyal
    to Gaddafi" are Gaddafi's."""
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ == "loyal":
            for obj in (o for p in c.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"):
                body = ctx.body_at(obj.i)
                if body is not None and body.kind == "ORG" and body.sector not in ("MED", None):
                    return body
    return None


def _transitional(e: Entity) -> bool:
    """A body whose name says it is transitional ("National Transitional Council", "Interim Governing Council")."""
    return e.kind == "ORG" and bool({"transitional", "interim", "provisional"} & set(norm(e.name or "").split()))


def transitional_body(doc: Doc, body_at: Callable[[int], Entity | None], country: str) -> Entity | None:
    """The country's transitional body the article names most, else the known one (the hand-written bodies)."""
    named: Counter[str] = Counter()
    bodies: dict[str, Entity] = {}
    for tok in doc:
        body = body_at(tok.i)
        if body is not None and body.country == country and _transitional(body):
            named[body.key] += 1
            bodies[body.key] = body
    if named:
        return bodies[named.most_common(1)[0][0]]
    known = min(transitional_bodies().get(country, []), key=lambda b: b.name, default=None)
    return Entity(norm(known.name), known.name, "ORG", known.country, known.sector) if known is not None else None


@lexicon.cached
def transitional_bodies() -> dict[str, list[Body]]:
    """The hand-written bodies whose name says they are transitional or interim, by country."""
    from tidings import gazetteer

    gaz = gazetteer.load()
    out: dict[str, list[Body]] = {}
    for body in {b.name: b for b in gaz.bodies.values() if b.name in gaz.curated_bodies}.values():
        if body.country is not None and {"transitional", "interim", "provisional"} & set(norm(body.name).split()):
            out.setdefault(body.country, []).append(body)
    return out


@lexicon.cached
def governing_bodies() -> dict[str, list[tuple[str, str | None, str | None]]]:
    """``data/governing_bodies.tsv``: by country, the bodies a side became the government as (name, first day, last day)."""
    out: dict[str, list[tuple[str, str | None, str | None]]] = {}
    for row in data_rows("governing_bodies.tsv"):
        cells = [*row, "", "", ""][:4]
        out.setdefault(cells[0], []).append((cells[1], cells[2] or None, cells[3] or None))
    return out


def governing_body(country: str, day: str) -> Body | None:
    """The body that governs ``country`` on ``day`` (ISO) as a side that took power (``governing_bodies``), or None:
    its rebels are then named by it."""
    from tidings import gazetteer

    for name, first, last in governing_bodies().get(country, []):
        if (first is None or first <= day) and (last is None or day <= last):
            return gazetteer.load().bodies.get(norm(name))
    return None


def ruling_body(doc: Doc, body_at: Callable[[int], Entity | None], country: str) -> Entity | None:
    """The transitional body the article calls its country's government, or None: named as a government that says
    it is new ("the interim government", "interim government forces", "the transitional administration") or as ruling
    ("Libya's ruling National Transitional Council"), not as one side's claim ("the rebel interim government",
    "an interim government" to be formed)."""
    government = lexicon.words("government_nouns") | {"ruler", "rulers"}
    for tok in doc:
        body = body_at(tok.i)
        if body is None or body.country != country or not _transitional(body) or body_at(tok.head.i) == body:
            continue  # the head word of the body's mention only
        mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "det", "poss", "nmod")}
        mods |= {c.lower_ for c in tok.children if c.dep_ == "compound" for c in c.children if c.dep_ == "amod"}
        if mods & CLAIMANT_WORDS:
            continue
        named_government = tok.lemma_.lower() in government or bool(mods & government)  # "interim government forces"
        if mods & RULING_WORDS or (named_government and mods & TRANSITIONAL_WORDS):
            return body
    return None


def stated_countries(tokens: Iterable[Token], ctx: Context) -> dict[str, str]:
    """For each group class, the country the article names it with most ("Libyan rebels" twice, "Syrian
    rebels" once: LBY), so that a bare "the rebels" of the same article is theirs, not the most named country's."""
    counts: dict[str, Counter[str]] = {}
    for tok in tokens:
        found = _class_at(tok)
        if found is None:
            continue
        leader, iso = _modifiers(tok, ctx)
        if iso is not None and leader is None and not found[0].needs_leader:
            counts.setdefault(found[0].name, Counter())[iso] += 1
    return {name: c.most_common(1)[0][0] for name, c in counts.items()}


def conflict_countries(tokens: Iterable[Token], ctx: Context) -> dict[str, str]:
    """For each side of a conflict ("rebels", "the opposition") that the article does not name with a nationality, the
    country that the sentences talking about it name most: the rebels of an oil-market story that names the United
    States throughout are Libya's when their sentences speak of Gaddafi and Libya's war."""
    counts: dict[str, Counter[str]] = {}
    seen: set[tuple[str, int]] = set()
    councils: set[str] = set()  # the countries whose opposition or rebel bodies the article names
    for tok in tokens:
        body = ctx.body_at(tok.i)
        if body is not None and body.sector in ("OPP", "REB") and body.country:
            councils.add(body.country)
        group = group_classes().get(tok.lemma_.lower())  # a head or a modifier: "rebels", "rebel commander"
        if group is None or group.name not in SIDES_OF_A_CONFLICT or (group.name, tok.sent.start) in seen:
            continue
        seen.add((group.name, tok.sent.start))
        counts.setdefault(group.name, Counter()).update(ctx.countries_in(tok.sent))
    # "Qatar was the first to recognize the opposition": a side is of the country whose rebel or opposition council
    # the article names, before a foreign country its sentences name as the one that backs it; a side whose
    # sentences name no such country ("the then opposition" of a story of Libya's rebels) is of the council's too.
    ruled = {name: top for name, c in counts.items() if (top := _top(c, councils)) in councils}
    return {name: ruled.get(name) or next(iter(ruled.values()), None) or c.most_common(1)[0][0] for name, c in counts.items() if c}


def _top(counts: Counter[str], among: set[str]) -> str | None:
    """The most counted of ``among``, else of all."""
    inside = Counter({k: n for k, n in counts.items() if k in among})
    return (inside or counts).most_common(1)[0][0] if counts else None


def _class_at(tok: Token, table: str = "groups.tsv") -> tuple[GroupClass, int, list[Token]] | None:
    """The group class a noun names, the first token of its name and its modifiers before it."""
    if tok.pos_ not in ("NOUN", "PROPN") or (tok.dep_ == "compound" and not _side_before_a_deed(tok, table)):
        return None
    classes = group_classes(table)
    lemma = tok.lemma_.lower()
    compounds = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    group, start = None, tok.i
    for c in compounds:
        two = next((k for w in (c.lemma_.lower(), c.lower_) if (k := f"{w} {lemma}") in classes), None)  # "rights groups"
        if two is not None:
            group, start = classes[two], c.i
            break
    if group is None:
        group = classes.get(lemma) or classes.get(tok.lower_)
        if group is None and tok.pos_ == "PROPN" and tok.lower_.endswith("s"):
            group = classes.get(tok.lower_[:-1])  # "Rebels accused ...": a plural the tagger took for a name
        if group is None:
            return None
        if group.loyal and not group.needs_leader and tok.tag_ not in ("NNS", "NNPS") and lemma not in ALWAYS_SINGULAR_OK:
            return None  # "force", "unit", "tank" in the singular are rarely a group of people
        if (group.sector == "LEG" or lemma in PLURAL_ONLY) and tok.tag_ not in ("NNS", "NNPS") and not tok.lower_.endswith("s"):
            return None  # "the senator" is a person, not the chamber's members; "went into exile" names no exiles
    return group, start, compounds


def _side_before_a_deed(tok: Token, table: str) -> bool:
    """Whether a noun modifier names a side of a conflict by itself: "rebel attacks", "Rebel advances", "insurgent
    raids" are the rebels' deeds, as "the rebel advance" (which the parser reads as an adjective) is. Only a rebel word
    ("rebel", "insurgent"), only before the head of a phrase that is no group itself ("rebel fighters" are one
    group, named by both words), nor a person or a body the word describes (``SIDE_MEMBER_WORDS``: "rebel leader
    Jalil", "rebel envoys", "the rebel council" are people or a body of the side, which other stages name)."""
    head = tok.head
    if head.i != tok.i + 1 or head.pos_ != "NOUN" or head.dep_ == "compound":
        return False
    classes = group_classes(table)
    group = classes.get(tok.lemma_.lower()) or classes.get(tok.lower_)
    if group is None or group.sector != "REB":
        return False
    lemma = head.lemma_.lower()
    if lemma in classes or f"{tok.lower_} {lemma}" in classes or f"{tok.lemma_.lower()} {lemma}" in classes:
        return False
    return not any(lemma in lexicon.words(t) for t in SIDE_MEMBER_WORDS)  # "rebel leaders", "the rebel council": people or a body


def _of_person(obj: Token, ctx: Context) -> Entity | None:
    """The person an "of" phrase names: its object, or the name in apposition to it ("supporters of the deposed
    leader Muammar Gaddafi" follow Gaddafi, whom the parser hangs on "leader")."""
    person = ctx.person_at(obj.i)
    if person is not None:
        return person
    return next((p for a in obj.children if a.dep_ == "appos" and (p := ctx.person_at(a.i)) is not None), None)


def _modifiers(tok: Token, ctx: Context) -> tuple[Entity | None, str | None]:
    """The person a group is loyal to ("Gaddafi's", "pro-Gaddafi", "loyal to Gaddafi") and its nationality."""
    leader: Entity | None = None
    iso: str | None = None
    government = False
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i:
            person = ctx.person_at(c.i)
            text = c.text.lower()
            if person is not None and not anti(tok.doc, c.i):
                leader = leader or person
            elif text in GOVERNMENT_WORDS and anti(tok.doc, c.i):
                continue  # "anti-government": against it, not its
            elif text in GOVERNMENT_WORDS or text in ("loyalist", "pro-government"):
                government = True
            elif text in ("its", "their"):
                iso = iso or _antecedent_country(c, ctx)
            else:
                iso = iso or ctx.gaz.country_or_demonym(re.sub(r"['’]s$", "", c.text))
        elif c.dep_ == "amod" and c.lower_ == "loyal":
            for prep in c.children:
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (person := ctx.person_at(obj.i)) is not None:
                        leader = person
        elif c.dep_ == "prep" and c.lower_ in ("of", "loyal"):
            for obj in c.children:
                if obj.dep_ == "pobj" and (person := _of_person(obj, ctx)) is not None and tok.lemma_.lower() in ("supporter", "loyalist"):
                    leader = person
    if leader is not None:
        iso = iso or leader.country
    if government and leader is None:
        country = iso or ctx.place_country(tok, False) or _facing(tok, ctx) or ctx.main_country
        leader = ctx.leader_of(country) if country else None
        iso = iso or country
    return leader, iso


def _rallies(tok: Token) -> bool:
    """ "Loyalists gathered", "thousands of loyalists rallied": loyalists as the subject of a crowd's verb."""
    if tok.lemma_.lower() != "loyalist":
        return False
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in lexicon.words("crowd_verbs")


def anti(doc: Doc, i: int) -> bool:
    """ "anti-Gaddafi protesters": the person is what the group is against, not whom it follows."""
    if doc[i].lower_ in ("anti", "anti-"):
        return True  # "Anti" of "Anti-Gaddafi", which the NER takes into the name
    return (i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "anti") or (i >= 1 and doc[i - 1].lower_ in ("anti", "anti-"))


def named(head: str, country: str | None, ctx: Context) -> Entity | None:
    """The group of a class (by one of its heads: "protester") in a country, as the article's context names it."""
    group = group_classes().get(head)
    return _entity(group, None, None, country, ctx) if group is not None and not group.needs_leader else None


def short_text_group(tok: Token) -> Entity | None:
    """The group of ``data/short_groups.tsv`` a noun names ("militants", "rights groups", "unions"), of no country:
    a short text's actor (``events.Extractor._unplaced_office``), not one the article's groups take in."""
    found = _class_at(tok, "short_groups.tsv")
    return _bloc(found[0], tok) if found is not None else None


def countryless(name: str) -> Entity | None:
    """The group of several countries a place-like name stands for ("the West": Western powers), or None."""
    group = _blocs_by_name().get(norm(name))
    return _bloc(group, None) if group is not None else None


@lexicon.cached
def _blocs_by_name() -> dict[str, GroupClass]:
    """The groups of several countries (``groups.tsv``'s country "none") by their names and aliases, normalised."""
    out: dict[str, GroupClass] = {}
    for group in group_classes().values():
        if group.countryless:
            for name in (group.name, *group.aliases):
                out.setdefault(norm(name), group)
    return out


def people_of(iso: str) -> Entity:
    """A country's people as a whole, as an appeal, a promise or praise addresses them ("urged the public", "praised
    the Egyptian people"): "Egyptian people", also called its citizens, population and public."""
    from tidings import gazetteer

    dem = _demonym(iso, gazetteer.load())
    name = f"{dem} people"
    aliases = tuple(f"{dem} {noun}" for noun in ("citizens", "population", "public"))
    return Entity(f"group:{norm(name)}|{iso.lower()}", name, "ORG", iso, "CVL", None, aliases)


def loyal_forces(leader: Entity, ctx: Context) -> Entity:
    """The armed forces loyal to a leader, as the gold names them ("Gaddafi forces", alias "Libyan forces")."""
    return _entity(group_classes()["army"], None, leader, leader.country, ctx)


def supporters_of(leader: Entity, ctx: Context) -> Entity | None:
    """A leader's supporters, as the gold names them ("Saleh supporters", alias "Yemeni supporters")."""
    group = group_classes().get("supporter")
    return _entity(group, None, leader, leader.country, ctx) if group is not None else None


def _entity(group: GroupClass, tok: Token | None, leader: Entity | None, iso: str | None, ctx: Context) -> Entity:
    sides = group.name in SIDES_OF_A_CONFLICT

    def place() -> str | None:
        return ctx.place_country(tok, sides) if tok is not None else None

    if sides:
        # "Rebel officials in Doha say ...": rebels and an opposition are the article's own (the country it names
        # them with), wherever they are talked about, or of a place their own clause names ("rebels in Misrata",
        # not "ministers meeting in Luxembourg agreed to recognise the rebels"); protesters and police are where
        # the sentence puts them. The two sides are one country's: the bare "rebels" of a story that says "the Libyan
        # opposition" are Libya's, before a country their sentences name for another reason (Hezbollah's, Turkey's).
        other = next((c for side in sorted(SIDES_OF_A_CONFLICT - {group.name}) if (c := ctx.stated.get(side))), None)
        country = iso or ctx.stated.get(group.name) or place() or other or ctx.conflict.get(group.name) or ctx.main_country
    else:
        # the place of the group's own clause, then the country of the rebels its sentence sets it against ("In
        # London, officials said Libyan rebels captured 20 soldiers"), then a place anywhere in the sentence
        armed = tok is not None and group.sector in ("MIL", "COP")
        own = ctx.place_country(tok, True) if armed and tok is not None else None
        facing = _facing(tok, ctx) if armed and tok is not None else None
        if group.sector == "LEG" and tok is not None:
            country = iso or _legislators_country(tok, ctx)
        else:
            country = iso or own or facing or place() or ctx.stated.get(group.name) or ctx.main_country
    dem = _demonym(country, ctx.gaz) if country else None
    # The person the group is loyal to names it only when the text says so; the country's leader only adds an alias.
    alias_leader = leader or (ctx.leader_of(country) if country and any("{leader}" in a for a in group.aliases) else None)
    surname = _surname(leader.name) if leader is not None and leader.name else None
    alias_surname = _surname(alias_leader.name) if alias_leader is not None and alias_leader.name else None
    if group.loyal and surname is not None and leader is not None and not (tok is not None and _stated_nationality(tok, ctx)):
        base = "supporters" if "supporter" in group.name else "forces"
        name = f"{surname} {base}"
        aliases = [a for a in (_fill(a, dem, surname) for a in group.aliases) if a] + [_fill(group.name, dem, None) or group.name]
        country = country or leader.country
    else:
        name = _fill(group.name, dem, None) or group.name.replace("{dem} ", "")
        aliases = [a for a in (_fill(a, dem, alias_surname) for a in group.aliases) if a]
    surname = surname or alias_surname
    if tok is not None:
        aliases.append(" ".join(t.text for t in tok.subtree if (t.i <= tok.i and t.dep_ in ("compound", "amod")) or t.i == tok.i))
    if surname and surname.startswith(("al-", "el-")):
        aliases += [a.replace(surname, surname[3:]) for a in aliases if surname in a]
    if group.sector == "LEG" and country:
        aliases += [a for d in _demonym_variants(country) for a in (_fill(t, d, None) for t in (group.name, *group.aliases)) if a]
    key = f"group:{norm(name)}|{(country or '').lower()}"
    unique = tuple(sorted({a for a in aliases if a and norm(a) != norm(name)}))
    return Entity(key, name, "ORG", country, group.sector, None, unique)


def _legislators_country(tok: Token, ctx: Context) -> str | None:
    """The country of legislators the phrase names no nationality for, in order: a party word ("Republican
    lawmakers"), a legislature their sentence names ("senators voted in Congress"), the convention of the head
    ("senators" are American), the nationality the article names them with, the legislature the article names most,
    the country of the officials and bodies their sentence names ("the White House pushed back against pressure from
    lawmakers"), the place of their own clause, the article's country. Lawmakers debate their own government: the
    lawmakers of a story on Libya's war are Washington's when it is Washington that answers them, not Libya's."""
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod") and (party := PARTY_COUNTRIES.get(c.lower_)) is not None:
            return party
    chamber = next((b.country for t in tok.sent if (b := ctx.body_at(t.i)) is not None and b.sector == "LEG" and b.country), None)
    return (
        chamber
        or LEGISLATOR_HOMES.get(tok.lemma_.lower())
        or ctx.stated.get("{dem} lawmakers")
        or _article_chamber(tok.doc, ctx)
        or _officials_country(tok, ctx)
        or ctx.place_country(tok, True)
        or ctx.main_country
    )


def _officials_country(tok: Token, ctx: Context) -> str | None:
    """The country the people and bodies of a sentence are of most (not its places): the side lawmakers press."""
    counts: Counter[str] = Counter()
    for t in tok.sent:
        if t.i != tok.i and (e := ctx.person_at(t.i) or ctx.body_at(t.i)) is not None and e.country and e.sector != "LEG":
            counts[e.country] += 1
    return counts.most_common(1)[0][0] if counts else None


def _article_chamber(doc: Doc, ctx: Context) -> str | None:
    """The country of the legislature an article names most ("Congress" in a story on Libya's war), or None."""
    counts = Counter(b.country for t in doc if (b := ctx.body_at(t.i)) is not None and b.sector == "LEG" and b.country)
    return counts.most_common(1)[0][0] if counts else None


def _demonym_variants(iso: str) -> list[str]:
    """Every demonym ``countries.tsv`` gives a country ("American", "U.S.", "US"): news names legislators by any."""
    return _demonyms_by_country().get(iso, [])


@lexicon.cached
def _demonyms_by_country() -> dict[str, list[str]]:
    """``countries.tsv``: ISO code -> its demonyms, read once (not per group resolved)."""
    return {row[0]: [d for d in row[1].split("|") if d] for row in data_rows("countries.tsv") if len(row) > 1 and row[1]}


def _antecedent_side(pronoun: Token, ctx: Context) -> Entity | None:
    """The rebels or rebel council an "its" or "their" before troops refers back to within its sentence: "the
    rebels said their forces had attacked", "the council says its forces have taken Jufra" are the rebels' and the
    council's own, not their country's army."""
    if pronoun.lower_ not in ("its", "their"):
        return None
    for t in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        body = ctx.body_at(t.i)
        if body is not None:
            return body if body.sector in ("REB", "OPP") else None
        if ctx.gaz.country(t.text) is not None:
            return None
    return None


def _antecedent_country(pronoun: Token, ctx: Context) -> str | None:
    """The country of the body or country an "its" or "their" before a group refers back to within its sentence:
    "Britain's military said its Apache helicopters ..." are British."""
    for t in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        body = ctx.body_at(t.i)
        country = body.country if body is not None else ctx.gaz.country(t.text)
        if country is not None:
            return country
    return None


def _facing(tok: Token, ctx: Context) -> str | None:
    """The country of the rebels or opposition a sentence sets troops or police against: "the revolutionaries
    captured 20 soldiers" of a British story on Libya are Libya's soldiers, not Britain's."""
    for t in tok.sent:
        side = group_classes().get(t.lemma_.lower())
        if t.i != tok.i and side is not None and side.name in SIDES_OF_A_CONFLICT:
            country = ctx.stated.get(side.name) or ctx.conflict.get(side.name)
            if country is not None:
                return country
    return None


def _bloc(group: GroupClass, tok: Token | None) -> Entity:
    """A group of several countries the phrase does not name: no country, the phrase's own words an alias."""
    said = " ".join(t.text for t in tok.subtree if t.i == tok.i or (t.i < tok.i and t.dep_ in ("compound", "amod"))) if tok else ""
    others = tuple(sorted({a for a in (*group.aliases, said) if a and norm(a) != norm(group.name)}))
    return Entity(f"group:{norm(group.name)}|", group.name, "ORG", None, group.sector, None, others)


def _stated_nationality(tok: Token, ctx: Context) -> bool:
    """ "Libyan forces", "French planes": a group named by its nationality keeps that name."""
    return any(c.dep_ in ("amod", "compound") and ctx.gaz.demonym(c.text) for c in tok.children)


def _fill(template: str, dem: str | None, leader: str | None) -> str | None:
    if "{dem}" in template and not dem:
        return None
    if "{leader}" in template and not leader:
        return None
    return template.replace("{dem}", dem or "").replace("{leader}", leader or "").strip()


def _surname(name: str) -> str:
    words = name.split()
    return words[-1] if words else name


@lexicon.cached
def _demonyms() -> dict[str, str]:
    """ISO3 -> the commonest demonym of the country ("Libyan")."""
    from tidings import gazetteer

    out: dict[str, str] = {}
    for row in data_rows("countries.tsv"):
        if len(row) > 1 and row[1]:
            out.setdefault(row[0], row[1].split("|")[0])
    return out or {k: v for k, v in gazetteer.load().country_names.items()}


def _demonym(iso: str, gaz: Gazetteer) -> str:
    return _demonyms().get(iso) or gaz.country_names.get(iso, iso)


def main_country(countries: list[str]) -> str | None:
    """The country an article names most (None when it names none)."""
    counts = Counter(countries)
    return counts.most_common(1)[0][0] if counts else None
