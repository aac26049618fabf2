"""What happened: event mentions of all 16 PLOVER types from the dependency parse of one article.

For every sentence:

1. find triggers (``data/triggers/<type>.tsv``, one file per type): verbs
   ("met", "accused", "called on"), nouns alone ("talks between", "an attack
   on") or carried by a light verb ("held talks", "imposed sanctions",
   "launched air strikes"), plus reported demands ("Russia said Israel
   should stop"); a trigger's ``needs`` keep ambiguous words apart ("sent
   aid" is AID, "sent troops" MOBILIZE);
2. collect each trigger's actors and recipients from the roles its line
   names (subject, object, "by" of a passive, possessive, prepositions),
   resolving pronouns, titles, groups ("Kenyan police") and places through
   ``actors``;
3. drop what is only said to happen: negated triggers and those under a
   negated or non-factual verb ("will not allow Iran to deploy"), the
   content of a demand, refusal, threat, accusation or promise ("urged Israel
   to agree", "vowed to attack"), infinitives on nouns ("efforts to attack");
4. date it from its own clause, else from its sentence's main clause, else
   from the narrative anchor (the last day-precise date before it that does
   not describe a noun, "a March 3 meeting" is background, nor lies ahead,
   "could prove decisive today", "is planned Friday"); an
   anaphoric or nominal reference ("their meeting", "recent air strikes")
   takes no anchor: unknown stays None;
5. decide status (occurred, planned, cancelled, denied, hypothetical), mode
   (trigger line, else ``data/modes.tsv``; CONSULT: visit, phone,
   third-party, multilateral, with visitor as actor and host as recipient),
   contexts and topics (``data/contexts.tsv``), and which participants the
   type needs (``data/types.tsv``);
6. merge the triggers of one clause ("flew to Russia for a meeting with
   Putin", "struck Kharkiv, killing seven") into one mention.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING

from tidings import gazetteer, groups, lexicon
from tidings.actors import _SHIP_PREFIXES as SHIP_PREFIXES
from tidings.actors import QUOTE_MARKS, ActorIndex, Mention, body_entity, opening_quote, sector_of
from tidings.events.model import (
    ROLES,
    Models,
    argument_features,
    article_features,
    is_candidate,
    reading_features,
    reference,
    report_features,
    sentence_features,
    status_features,
    token_features,
)
from tidings.gazetteer import norm
from tidings.lexicon import data_rows
from tidings.models import (
    EVENT_TYPES,
    MODE_RANK,
    Article,
    Entity,
    EventMention,
    Location,
    SourceRef,
    TimePoint,
    Timex,
    countries_of,
    country_entity,
    drop_country_doubles,
    granularity_rank,
    month_of,
)
from tidings.nlp import CLAUSE_DEPS, clause_tense, governing_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)
VETO = 0.9  # the trained model's probability of "no event" that overrules the trigger tables
STATUS_SURE = 0.7  # the status model's probability that overrules the rules' "occurred"
Collector = Callable[[str, int, object, list[str]], None]  # training examples: (kind, trigger token, what, features)
# What is withdrawn or sent is one's own, not a target ("pulled its soldiers out of Niger").
OWN_OBJECTS = frozenset({"RETREAT", "AID"})
CONTINENTS = frozenset({"Africa", "America", "Americas", "Asia", "Europe", "Oceania"})  # "West Africa": no town
# The linking words a round-up puts before a scene-setting "in" phrase: "Meanwhile, in Bahrain, ...", "Elsewhere, in ..."
SCENE_LINKS = frozenset({"meanwhile", "elsewhere", "and", "but", "also", "separately"})
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # deeds of force: by a state, a force or a group, else a crime
# Cooperation that may be a standing arrangement: aid given, a host, work together ("Qatar hosts a US base"). Force
# and protest said in the plain present are a story's lead-in as often as a state, and lost right events when tried.
STANDING_TYPES = frozenset({"AID", "CONSULT", "COOPERATE"})
# Words of a blast that also tell a place's turmoil: "a bomb exploded", but "Egypt will explode", "the city erupted".
OUTBURSTS = frozenset({"explode", "erupt"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # determiners of a thing already known
GUESS_MODALS = frozenset({"would", "could", "might", "may", "'d"})  # the modals of a guess or a weighing
# Common crimes: the grounds of a police or court case that is no political event when the accused holds no office.
ORDINARY_CRIMES = frozenset(
    {
        "murder",
        "homicide",
        "manslaughter",
        "rape",
        "theft",
        "robbery",
        "burglary",
        "fraud",
        "assault",
        "slaying",
        "shooting",
        "stabbing",
        "kidnapping",
        "arson",
        "embezzlement",
        "shoplifting",
        "drunk",
        "trafficking",
    }
)
# What a camera shoots: "shot a video", "shooting footage", "the film was shot": the picture sense of "shoot".
PICTURE_NOUNS = frozenset({"video", "footage", "film", "photo", "photograph", "picture", "image", "scene", "movie", "documentary", "clip"})
VISITS = frozenset({"visit", "trip"})  # with ``journey_verbs``, the CONSULT words of going somewhere, not of talking
# Events done by speaking: news media take part in them as actors ("Al Jazeera accused Egypt of jamming its signal").
ADDRESSED_TYPES = frozenset({"REQUEST", "AGREE", "SUPPORT", "THREATEN"})  # appeals, promises, praise, warnings: said to someone
SPEECH_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "AGREE", "CONCEDE"})
# Writings sent to someone: an appeal, a promise or a warning made "in a letter to the council" is made to the council.
LETTER_NOUNS = frozenset(
    {"letter", "message", "note", "memo", "memorandum", "cable", "telegram", "email", "e-mail", "missive", "appeal", "plea", "petition"}
)
LETTER_TYPES = frozenset({"REQUEST", "AGREE", "THREATEN"})  # what a letter asks, promises or warns: its addressee's
# The prepositions of a verb or its object that name whom the verb addresses ("urged Italy", "called on NATO").
ADDRESSEE_PREPOSITIONS = frozenset({"on", "upon", "to", "with", "of", "from"})
# What a crowd may gather to do and protest by it: "gathered to demand his resignation", "to denounce the regime",
# "to show support for the army"; any other aim ("to watch the service", "to break their fast") is no protest.
PROTEST_AIMS = frozenset({"PROTEST", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT"})
# The verbs that name or characterize someone ("describes them as rats", "calls them traitors", "brands it a crime")
CHARACTERIZING_VERBS = frozenset({"describe", "call", "portray", "brand", "label", "dismiss", "refer", "regard", "view", "consider"})
REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves", "oneself"})
PRONOUNS = frozenset({"he", "his", "him", "she", "her", "they", "them", "their", "it", "its", "we", "us", "our", "i", "my", "me"})
DROPS: Counter[str] = Counter()  # why drafts were dropped (reported by training/dev.py)
# The dropped drafts themselves, (sentence, type, trigger, reason), when training/dev.py sets it to a list.
DROP_LOG: list[tuple[str, str, str, str]] | None = None
# Where each mention's date came from, (article id, sentence start, type, trigger) -> "dated_by: time expression",
# when training/dev.py sets it to a dict (``--show dates``).
DATE_LOG: dict[tuple[str, int, str, str], str] | None = None

PERFECT_AUXES = frozenset({"has", "have", "'s", "'ve"})  # the present perfect's (not "had")
TALK_PREPOSITIONS = frozenset({"during", "in", "at", "after", "for", "following", "before"})  # "said after talks with"
ULTIMATUM_PAINS = frozenset({"face", "suffer", "risk"})  # "to surrender or face attack", "or suffer death", "or risk arrest"
CROWD_DEMANDS = frozenset({"demand", "chant", "call"})  # REQUEST verbs a crowd says: its people are protesters
# What an appeal to everyone asks for ("called for calm", "urged restraint"): asked of all sides, not of a government.
CALM_NOUNS = frozenset({"calm", "calmness", "restraint", "unity", "patience"})
# The sides of a conflict asked as a whole ("called on all sides", "urged both parties"): ``_all_sides``.
SIDE_NOUNS = frozenset({"side", "party"})
# What a court issues and a prosecutor or a government can only ask it for ("will request arrest warrants").
COURT_ORDERS = frozenset({"warrant", "indictment", "summons", "subpoena"})
# Deeds done to people held or harmed, which a demand asks of whoever holds or harms them: "called for the release of
# detainees", "demanded the return of the hostages", "urged the protection of civilians". Those they name are the
# deed's patients, never whom the demand is made of (unlike the one a removal noun names: "the ouster of Saleh").
HELD_NOUNS = frozenset({
    "release", "freeing", "return", "repatriation", "extradition", "handover", "hand-over", "detention", "killing",
    "murder", "protection", "evacuation", "rescue",
})  # fmt: skip
# The same deeds as verbs, whose passive subject in what is demanded is the patient: "demanded that the prisoners be
# freed", "called for the hostages to be returned".
HELD_VERBS = frozenset({"release", "free", "return", "repatriate", "extradite", "hand", "protect", "evacuate", "rescue", "spare"})
# Attacks a demand may ask for or against ("called for air strikes on Gaddafi's forces", "urged an end to attacks on
# civilians"): those struck are the attack's targets, never whom the demand is made of (the one who would strike or
# stop: the UN, NATO, the attacker's leader), as the real-news gold codes every such call.
STRUCK_NOUNS = frozenset({"strike", "airstrike", "air-strike", "bombing", "bombardment", "attack", "raid", "shelling", "intervention"})
NAMING_VERBS = frozenset({"call"})  # with an object they name or phone: "called the situation tense", not "called on"
SIDES_PREPOSITIONS = frozenset({"between", "among"})  # the sides of a clash or of talks
# "all three groups", "the four countries": a count before a plural noun of sides refers back to the sides of that
# kind last named (``_counted_sides``); "two"/"both" people are ``resolve_group``'s.
COUNT_WORDS = {"three": 3, "four": 4, "five": 5, "3": 3, "4": 4, "5": 5}
COUNTED_KINDS = {
    **dict.fromkeys(("groups", "organizations", "organisations", "parties", "agencies", "bodies", "charities"), "ORG"),
    **dict.fromkeys(("countries", "nations", "states", "governments", "powers"), "COUNTRY"),
}
BACK_REFERENCE_DETERMINERS = frozenset({"the", "all", "these", "those"})  # "three groups" alone are new ones
TARGET_PREPOSITIONS = frozenset({"on", "against", "at"})  # whom a deed of force is done to: "strikes on X"
RECOGNITION = frozenset({"recognize", "recognise", "recognition"})  # SUPPORT triggers that recognise a government
# The nouns of a government that a ruler's name, or a relative's, or "his", can own or qualify ("Gaddafi's government",
# "the Obama administration", "the regime of Hosni Mubarak", "his father's government"): the participant is the
# country governed, as the real-news gold codes a government acting as a whole (its name is no one's).
RULED_BODIES = frozenset({"government", "regime", "administration", "cabinet", "junta"})
SPEAKING_FOR = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "commander", "official", "minister", "envoy", "representative", "fighter"}
)
OPPOSITION_BODY = "OPP body"  # a named opposition body (a rebel council), not a crowd of protesters
HELD_PLACE_TYPES = frozenset({"ASSAULT", "COERCE", "RETREAT"})  # a town attacked, taken or left stands for its holder
# Deeds a ruling body of the armed forces does as the government (speaks, appeals, pledges, yields, talks): there
# "the military" that does them is that body; force, deployment and withdrawal are the troops'.
RULING_ARMY_TYPES = frozenset({"ACCUSE", "AGREE", "CONCEDE", "CONSULT", "REJECT", "REQUEST", "SUPPORT", "THREATEN"})
ANSWERED_NOUNS = {  # what a refusal or acceptance answers, and the type of the report that made it
    **dict.fromkeys(("request", "demand", "call", "appeal", "plea", "ultimatum"), "REQUEST"),
    **dict.fromkeys(("allegation", "accusation", "charge", "criticism"), "ACCUSE"),
    **dict.fromkeys(("offer", "proposal", "plan", "initiative"), "AGREE"),
}
BACKGROUND_DAYS = 30  # a report dated further back than this before its article is the article's background
LONG_RULE_YEARS = 5  # "the strongman", "the longtime ruler": one who has ruled at least this many years
CRIME_VERBS = frozenset({"commit", "conduct", "perpetrate", "carry", "use"})  # "committed atrocities", "used human shields"
STATE_FORCES = frozenset({"COP", "MIL", "GOV"})  # the sectors of a state's police, army and government
GOVERNING_SECTORS = frozenset({"GOV", "DIP", "IGO"})  # a government, its diplomats, an international body
ARMED_SECTORS = frozenset({"MIL", "REB"})  # the sectors of an armed side: an army, rebels
# Sectors that speak for no country's people to their own government: rebels at war with it, bodies of several
# states, diplomats, the press, the courts.
NO_CITIZEN_VOICE = frozenset({"REB", "IGO", "DIP", "MED", "JUD"})
CROWD_SECTORS = frozenset({"OPP", "EDU", "LAB", "CVL"})  # the sectors of people in the street: activists, students, workers
LEFT_VERBS = frozenset({"retreat", "withdraw", "pull", "flee", "drive", "push", "expel"})  # "... from" a place
BLACKOUT_VERBS = frozenset({"shut", "cut", "block", "disconnect", "suspend"})  # COERCE lemmas that shut a means of communication
# Relatives who bear their family's name, whom an unnamed "X's son" may be the one namesake of X the article names
# (``_sole_relative``): not a wife or husband (a name not always shared), nor a family or relatives (many people),
# nor a parent (a son's "his father" is read from the son, whom a pronoun may have wrongly taken for the father).
NAMESAKE_KIN = frozenset({"son", "daughter", "brother", "sister", "grandson", "nephew", "heir"})
# Deeds done to a place, whose place is the town they are done to ("encircled the city of Zlitan", "seized the port
# of Brega", "withdrew from Brega"): force, a taking, a deployment, a retreat.
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})
# Nouns of a kind of place that name their town with "of" or in apposition ("the town of Zintan", "control of Brega")
PLACE_KIND_NOUNS = frozenset(
    {"city", "town", "village", "port", "capital", "stronghold", "outskirts", "control", "suburb", "district", "oasis", "hometown"}
)
# Place nouns whose "of" phrase or apposition can only be a town ("the town of ...", not "control of the army")
TOWN_NOUNS = frozenset({"city", "town", "village", "port", "oasis", "suburb", "hometown"})
# Where a deed was done, besides "in" and "at": next to a place ("clashes near Zawiyah", "a rally outside the embassy")
NEAR_PREPOSITIONS = ("in", "at", "near", "outside", "around")
# Prepositions that put a deed in a country ("across Jordan", "throughout Yemen", "in Yemen's capital")
PLACE_PREPOSITIONS = frozenset({*NEAR_PREPOSITIONS, "across", "throughout", "inside", "within"})
# The edge of a place, "on" which a deed is done ("fighting on the outskirts of Misrata", "on the edge of the city")
EDGE_NOUNS = frozenset({"outskirts", "edge", "edges", "fringe", "fringes", "approaches", "outskirt"})
TAKING_VERBS = frozenset({"seize", "capture", "take", "retake", "recapture", "overrun"})  # a place taken from its holder
# A road, a route or a town cut, sealed or blockaded is shut to the side holding it, as a place taken is taken from it
# ("rebels cut the coastal highway", "troops sealed off the town": PLOVER COERCE `restrict')
SHUTTING_VERBS = frozenset({"cut", "seal", "blockade"})
# Vehicles and craft: what carries people or goods arrives, travels or flies, but is no visitor ("a tanker arrived in
# port", "the convoy arrived in Niger"); whoever it carries is named apart when the story means a visit
VEHICLE_NOUNS = frozenset(
    {
        "tanker",
        "ship",
        "vessel",
        "boat",
        "ferry",
        "frigate",
        "plane",
        "airliner",
        "aircraft",
        "jet",
        "warplane",
        "helicopter",
        "flight",
        "convoy",
        "truck",
        "lorry",
        "vehicle",
        "bus",
        "train",
        "shipment",
        "cargo",
        "tank",
        "bulldozer",
    }
)
# Craft and arms of war that a force operates: the subject of a strike, they stand for their operator ("NATO
# aircraft struck", "British Tornado jets destroyed"), not for a maker ("Russian Grad rockets" may be anyone's)
ARMED_CRAFT = frozenset(
    {
        "aircraft",
        "jet",
        "warplane",
        "plane",
        "helicopter",
        "gunship",
        "bomber",
        "fighter",
        "drone",
        "tank",
        "warship",
        "gunboat",
        "artillery",
    }
)
# What one gives up as a feeling or a practice, not a thing held ("gave up hope", "had given up war as a means")
RENOUNCED_ATTITUDES = frozenset({"hope", "hopes", "dream", "dreams", "faith", "illusion", "illusions", "war", "violence", "habit"})
# Verbs whose object, refused, is a view held, not a demand ("refuse to accept my standpoint")
ACCEPTING_VERBS = frozenset({"accept", "believe", "share", "adopt"})
# Who or what meets someone with a deed, not a talk: a crowd or a force ("was met by demonstrators", "met by riot
# police"); officials who meet a visitor ("met at the airport by the deputy minister") hold a meeting
RECEIVING_CROWDS = frozenset(
    {
        "protester",
        "demonstrator",
        "crowd",
        "mob",
        "throng",
        "supporter",
        "resident",
        "police",
        "troop",
        "soldier",
        "force",
        "fire",
        "gunfire",
    }
)
# Verbs that report a promise or a pledge
PROMISE_VERBS = frozenset({"promise", "pledge", "vow"})
# Pronouns that name a side that can keep a promise ("promised that it would", "vowed they would")
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
# What is taken or seized without taking anything from anyone: a lead, a role, a chance
TAKEN_ABSTRACTIONS = frozenset({"initiative", "command", "lead", "advantage", "momentum", "opportunity", "chance", "helm", "reins"})
NEAR_MISS = frozenset({"almost", "nearly"})  # "had almost taken the town": not taken
DESTINATION_PREPOSITIONS = frozenset({"to", "toward", "towards", "into", "off", "near", "at"})  # where a force is sent
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "toward", "towards", "inside"})  # "fighting in Tiji"
TARGET_PREPOSITIONS = frozenset({"with", "on", "at", "against"})  # "clashed with rebels in Brega": whom a deed is done to
# an armed side's opponents, by sector
OTHER_SIDE = {"MIL": ("REB",), "COP": ("OPP", "REB"), "REB": ("MIL", "COP"), OPPOSITION_BODY: ("MIL", "COP")}
AIM_VERBS = frozenset({"try", "seek", "attempt", "aim", "strive", "hope", "plan", "want", "intend", "fail"})  # "try to take"
FUTURE_TIME_MARKS = frozenset({"once", "when", "until", "before"})  # "once they capture the city": not yet taken
GUESS_AUXILIARIES = frozenset({"would", "could", "might", "will", "may"})  # "taking Sirte would bring": a guess
CAPTURE_LEMMAS = frozenset({"capture", "seize", "detain", "arrest"})  # taking people, the other side's deed when no agent
# whom a possessor is against: "his opponents", "their rivals" are the other side, never the possessor
ADVERSARY_NOUNS = frozenset({"adversary", "critic", "detractor", "enemy", "foe", "opponent", "rival"})
CROWDS_ATTACKERS = ("COP", "MIL")  # who attacks a crowd of protesters, when no one is named
ASIDE_OPENERS = frozenset({"--", "–", "—", "("})  # a pair of dashes or brackets sets off an aside
CHRONOLOGY_DASHES = frozenset({"-", "--", "–", "—", ":"})  # between a chronology line's date and its text
# Nouns (lemmas) of a telling beyond ``statement_nouns`` that a report is made "in" ("in a Saturday update").
TELLING_NOUNS = frozenset({"update", "interview", "announcement", "briefing", "remark", "posting", "bulletin"})
NOW_ADVERBS = frozenset({"now", "just"})  # "have now retreated", "has just resigned": done by the time of writing
INFERRED_DATES = frozenset({"sentence", "lede", "anchor", "publication"})  # a draft's ``dated_by`` not its own clause's
# What a ruler or a body signs or issues that does what it says: "signed an executive order freezing the assets" (who
# signed it freezes them, as who issues a statement urging calm urges it)
DECREE_NOUNS = frozenset({"order", "decree", "edict", "directive", "ordinance"})
SENDING_VERBS = frozenset({"send", "dispatch"})  # "sent an envoy to meet ...": the envoy meets (``_envoy_sent``)
CONTROL_PREPOSITIONS = frozenset(
    {"after", "before", "since", "while", "upon", "on", "by", "without", "in"}
)  # "after meeting X, Y said": Y met
# The prepositions that name whose members a group is: "journalists for Al Jazeera", "lawmakers from the Labour Party"
AFFILIATION_PREPOSITIONS = frozenset({"for", "from", "of", "at", "with"})
# Subordinators the parser reads as prepositions before a subject set off by commas: "as the group, meeting in X, ..."
SUBORDINATORS_AS_PREPOSITIONS = frozenset({"as", "while", "when", "after", "before", "because", "since", "until", "once"})
PHONE_WORDS = re.compile(r"\b(?:phone|telephone|by video|video ?call|videoconference)\b", re.IGNORECASE)
MULTI_WORDS = re.compile(r"\b(?:trilateral|multilateral|quadrilateral|four-way|three-way)\b", re.IGNORECASE)


DERIVED = "derived.tsv"  # the derived trigger lines (one file, a type column first)
GOVERNOR_DROPS = {"REQUEST", "REJECT", "THREATEN", "ACCUSE"}


@dataclass(frozen=True)
class Trigger:
    """One line of a ``data/triggers/<type>.tsv`` file."""

    type: str
    kind: str
    lemma: str
    mode: str | None
    actor_roles: frozenset[str]
    recipient_roles: frozenset[str]
    needs: frozenset[str]


@lexicon.cached
def triggers(derived: bool = True) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """The trigger tables of all types, keyed by (kind, lemma); several types may share a lemma.

    The hand-written ``<type>.tsv`` tables first; then, with ``derived``, the lines of ``derived.tsv``
    (``training/derive_triggers.py``: PETRARCH2's verbs and the annotations of real news). A word the tables
    list keeps the derived lines that need an object after its own: a hand line of one sense ("halted aid to X",
    SANCTION) does not hide the derived lines of its other senses ("halted the offensive"); the first line whose
    needs hold wins. A plain derived line of such a word is left out: it would undo what its hand lines need
    ("gather" is a protest only when a crowd gathers).
    """
    out: dict[tuple[str, str], list[Trigger]] = {}
    for name in lexicon.data_names("triggers"):
        if name == DERIVED:
            continue
        if name[:-4].upper() not in EVENT_TYPES:
            log.warning("ignoring triggers/%s: not a PLOVER event type", name)
            continue
        for row in data_rows(f"triggers/{name}"):
            if len(row) >= 2:
                out.setdefault((row[0].strip(), row[1].strip()), []).append(_trigger_line(name[:-4].upper(), row))
    # A line that needs something comes before a word's plain line: "rushed aid" is AID, "rushed" alone is not.
    ranked = {k: sorted(v, key=lambda t: not t.needs) for k, v in out.items()}
    if derived:
        found: dict[tuple[str, str], list[Trigger]] = {}
        for row in data_rows(f"triggers/{DERIVED}"):
            if len(row) >= 3 and row[0] in EVENT_TYPES:
                found.setdefault((row[1], row[2]), []).append(_trigger_line(row[0], row[1:7]))
        for k, v in found.items():
            ranked.setdefault(k, []).extend(sorted(v, key=lambda t: not t.needs) if k not in out else [t for t in v if t.needs])
    return {k: tuple(v) for k, v in ranked.items()}


def _trigger_line(typ: str, row: list[str]) -> Trigger:
    kind, lemma, mode, actor_roles, recipient_roles, needs = (c.strip() for c in (row + [""] * 6)[:6])
    return Trigger(
        typ,
        kind,
        lemma,
        mode or None,
        frozenset(r for r in actor_roles.split(",") if r),
        frozenset(r for r in recipient_roles.split(",") if r),
        frozenset(n for n in needs.split("|") if n),
    )


# What a verb acts on directly: "rushed aid", "was arrested", "set them free", "remained defiant".
DIRECT_OBJECTS = ("dobj", "dative", "nsubjpass", "attr", "oprd", "acomp")


def object_tokens(tok: Token) -> list[Token]:
    """The heads of what a verb acts on: objects (with their conjuncts, compounds and "of" complements:
    "tonnes of medical supplies", "a team of doctors"), prepositional objects, a passive subject and an
    infinitive ("vowed to attack"); not the clauses inside them ("a report excoriating ... people")."""
    stack = [c for c in tok.children if c.dep_ in (*DIRECT_OBJECTS, "prt", "xcomp")]
    for prep in (c for c in tok.children if c.dep_ in ("prep", "agent")):
        stack.extend(p for p in prep.children if p.dep_ in ("pobj", "pcomp"))
    return _phrase_heads(stack)


def prep_objects(tok: Token, prep: str) -> list[Token]:
    """The heads of the phrases a preposition brings to a verb or to its object: "rushed troops to the border"."""
    preps = [c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ == prep]
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        preps += [c for c in obj.children if c.dep_ == "prep" and c.lower_ == prep]
    return _phrase_heads([p for c in preps for p in c.children if p.dep_ in ("pobj", "pcomp")])


def _phrase_heads(stack: list[Token]) -> list[Token]:
    """The given heads with their conjuncts, compounds, modifiers, appositions and "of" complements."""
    out: list[Token] = []
    seen: set[int] = set()
    while stack:
        cur = stack.pop()
        if cur.i in seen:
            continue
        seen.add(cur.i)
        out.append(cur)
        for child in cur.children:
            if child.dep_ in ("conj", "compound", "amod", "appos") and _clause_taken_from(child) is None:
                stack.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                stack.extend(p for p in child.children if p.dep_ == "pobj")
    return out


def object_need(need: str, tok: Token, lemmas: set[str] | None = None) -> bool:
    """A trigger line's need about the words a verb acts on: a lemma of its object ("sent aid"), all the words
    of a phrase ("staged a mock attack"); ``@dobj:W``, the word or phrase in its direct object ("plans a visit",
    not "plans to visit"); ``@prep:X:W``, in a phrase of preposition X ("rushed troops to the border", not "rushed
    to the meeting"). ``lemmas``: the object's lemmas, when the caller has them."""
    if need.startswith("@prep:") and need.count(":") == 2:
        _at, prep, words = need.split(":")
        return _in_phrase(words, prep_objects(tok, prep))
    if need.startswith("@dobj:"):
        return _in_phrase(need[6:], _phrase_heads([c for c in tok.children if c.dep_ in DIRECT_OBJECTS]))
    if need.startswith("@"):
        return False
    return set(need.split()) <= (lemmas if lemmas is not None else {t.lemma_.lower() for t in object_tokens(tok)})


def _in_phrase(words: str, heads: list[Token]) -> bool:
    """All the words (lemmas) of ``words`` among the phrases' lemmas: "border", "banned party"."""
    return set(words.split()) <= {t.lemma_.lower() for t in heads}


def rule_types(tok: Token, table: dict[tuple[str, str], tuple[Trigger, ...]]) -> list[str]:
    """The types the trigger tables give a word: as a verb (alone or with its particle or preposition) or a noun."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        found = [t.type for t in table.get(("verb", lemma), ())]
        for child in tok.children:
            if child.dep_ in ("prt", "prep"):
                found += [f"{t.type}" for t in table.get(("verb", f"{lemma} {child.lower_}"), ())]
        return found
    return [t.type for t in table.get(("noun", lemma), ())]


# What a noun phrase has and a verb of the present tense never does: "the defects", "its calls", "two protests".
NOUN_MARKS = frozenset({"det", "poss", "nummod", "amod", "case"})


def mend_present_verbs(doc: Doc) -> Doc:
    """Verbs of the present tense that the tagger read as plural nouns, tagged as verbs.

    Headlines and chronologies tell news in the present ("the minister defects and flies to Malta", "the general
    pledges elections"), and their "-s" verbs are read as plural nouns. A noun takes no subject: a plural "noun"
    with a subject before it, no article, possessive, number or adjective of its own, whose lemma the trigger
    tables know as a verb, is that verb. Run on every parse before the extractor reads it (idempotent).
    """
    table = triggers()
    for tok in doc:
        if tok.tag_ != "NNS" or ("verb", tok.lemma_.lower()) not in table:
            continue
        if any(c.dep_ in NOUN_MARKS for c in tok.children):
            continue
        if any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            tok.tag_, tok.pos_ = "VBZ", "VERB"
    return doc


@lexicon.cached
def default_roles() -> dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]]:
    """``data/roles.tsv``: per (type, kind), the actor and recipient roles of a word the tables do not list."""
    out = {}
    for row in data_rows("roles.tsv"):
        if len(row) >= 4:
            out[(row[0], row[1])] = (frozenset(r for r in row[2].split(",") if r), frozenset(r for r in row[3].split(",") if r))
    return out


def default_trigger(typ: str, kind: str, lemma: str) -> Trigger:
    """A trigger line for a word the trained model finds and the tables do not list (the type's usual roles)."""
    actor, recipient = default_roles().get((typ, kind)) or (frozenset({"subj"}), frozenset({"dobj"}))
    return Trigger(typ, kind, lemma, None, actor, recipient, frozenset())


@lexicon.cached
def title_nouns() -> frozenset[str]:
    """Nouns that stand for the one who holds a post: titles (``title_heads``), a ruler's nouns (``ruler_nouns``: "the
    Libyan dictator") and the words of leaders and officials. Read once, not for every word of every argument."""
    return lexicon.words("title_heads") | lexicon.words("ruler_nouns") | {"leader", "leaders", "officials", "sides"}


@lexicon.cached
def mode_cues() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    """``data/modes.tsv``: per type, (mode, pattern) in order of precedence."""
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for row in data_rows("modes.tsv"):
        if len(row) >= 3:
            out.setdefault(row[0], []).append((row[1], re.compile(row[2], re.IGNORECASE)))
    return {k: tuple(v) for k, v in out.items()}


@lexicon.cached
def context_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``data/contexts.tsv``: (PLOVER context, pattern)."""
    return tuple((row[0], re.compile(row[1], re.IGNORECASE)) for row in data_rows("contexts.tsv") if len(row) >= 2)


@lexicon.cached
def type_rules() -> dict[str, tuple[str, str | None]]:
    """``data/types.tsv``: per type, who must be named and the type's own context."""
    return {row[0]: (row[1], (row[2] if len(row) > 2 and row[2] else None)) for row in data_rows("types.tsv") if len(row) >= 2}


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
    absorbed: list[Token] = field(default_factory=list)
    dated_by: str = "none"  # where the date came from: heading, clause, sentence, lede, anchor, publication, none
    date_cue: str = ""  # the time expression the date was read from, if any
    refusal: bool = False  # a negated verb of the refusal list: REJECT, said when it is said ("would not accept")
    stance: bool = False  # a stance said of a clause ("said the strike was illegal"): what else the clause tells stands
    ultimatum: bool = False  # a term set on pain of force ("gave them until Saturday to surrender or face attack"): set now
    call: _Draft | None = None  # the call for this protest ("urged its followers to march on Friday"): planned by the callers
    announces: bool = False  # a call that announces a protest ("are calling for mass protests on Saturday"): a report now

    @property
    def inferred(self) -> bool:
        """The date is not said of the event's own clause: taken from its sentence, the lede, the last dated
        sentence or the publication."""
        return self.dated_by in INFERRED_DATES


# A refusal: the subject rejects; what is refused, or to whom ("bow to demands"), is the recipient's.
REFUSAL = Trigger("REJECT", "verb", "", None, frozenset({"subj"}), frozenset({"dobj", "to", "with"}), frozenset())
# A concession said as a refusal: "will not seek re-election", "won't run for another term" (PLOVER: an announced
# future retreat is CONCEDE).
CONCESSION = Trigger("CONCEDE", "verb", "", None, frozenset({"subj"}), frozenset(), frozenset())
# Force held in reserve: "did not rule out using force", "is taking no options off the table" (PLOVER THREATEN).
KEPT_OPTIONS = Trigger("THREATEN", "verb", "", None, frozenset({"subj"}), frozenset(), frozenset())
# Force forsworn: "the army said it would not open fire on protesters", "will not use violence against the people" (a
# pledge to refrain from violence: PLOVER AGREE).
FORSWORN = Trigger("AGREE", "verb", "", None, frozenset({"subj"}), TARGET_PREPOSITIONS, frozenset())
# A short text's statement of intent: "said it would allow", "vowed to replace" (PLOVER AGREE, CAMEO 03x), said now.
INTENT = Trigger("AGREE", "verb", "", None, frozenset({"subj"}), frozenset(), frozenset())
INTENT_VERBS = frozenset({"vow", "pledge", "promise"})  # verbs whose infinitive is what the subject means to do
OFFICE_RACES = frozenset({"seek", "run", "stand"})  # verbs of running for office
RACES = frozenset({"election", "re-election", "reelection", "term", "mandate"})
# Modals of what is not (yet) done: "would meet", "should urge", "may protest", "must press".
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "should", "may", "must", "ought", "can"})
# "could prove", "is planned", "are expected": auxiliaries of a day the story has not reached
LOOKING_AHEAD = HYPOTHETICAL_MODALS | {"is", "are", "am", "'s", "'re"}
WEEKDAY_NAMES = frozenset(name.lower() for name in calendar.day_name)  # a day of the story's week, never a name
FRAME_PREPOSITIONS = frozenset({"during", "at"})  # "during his visit", "at the meeting": the time of the deed they hang on
PERIOD_BOUNDS = frozenset({"since", "until", "till"})  # "since March 31": the start of a period that runs on
# Conjunctions that make a clause a condition: "if Netanyahu met Putin", "unless he steps down".
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Adverbs that make a clause a guess: "maybe they will rise up", "perhaps he fled" ("probably" reports what is all
# but known, "probably killed by a shell", and stays).
SPECULATIVE_ADVERBS = frozenset({"maybe", "perhaps", "possibly"})
# Adjectives of an "it is ... that" frame that weigh whether the clause is so: "It is likely that they fled".
SPECULATIVE_ADJECTIVES = frozenset({
    "likely", "unlikely", "possible", "impossible", "probable", "improbable", "conceivable", "doubtful", "uncertain",
})  # fmt: skip
# Adjectives of the frame that argue the clause is plain to see: "It is obvious he will not step down" (a view).
ARGUING_ADJECTIVES = frozenset({"obvious", "evident", "self-evident"})
APPRAISING_COPULAS = frozenset({"be", "seem", "appear", "look", "remain"})  # "it is", "it seems", "it looks likely"
# The words before the "to" of an infinitive one is pressed into: "had no choice but to", "little alternative but to".
NO_CHOICE = frozenset({("choice", "but"), ("alternative", "but"), ("option", "but")})
# Imperatives that open a scenario, not a report: "Imagine the army fired", "Suppose NATO bombs Tripoli".
POSITING_VERBS = frozenset({"imagine", "suppose"})
# Words that may stand before such an imperative: "Just imagine", "Now suppose", "Let us suppose".
POSITING_OPENERS = frozenset({"just", "now", "so", "and", "but", "then", "simply", "let", "us", "'s", "me"})
# Verbs whose reported "would" is a plan: "said it would supply", "announced it would withdraw".
# Types whose event is the saying itself: "said it would honor the treaties" promises now (AGREE), "said he would
# refuse to meet" refuses now; the training split's news codes 99% of each as occurred (in full articles only).
COMMITMENTS = frozenset({"AGREE", "REJECT", "CONCEDE", "SUPPORT"})
REPORTED_PLAN_VERBS = frozenset({"say", "tell", "state", "add", "announce", "declare", "confirm"})
# An event dated this many calendar years or more before a full article's publication is background, not news: of
# such events in the training split's cross-validation, 17 were false positives and 2 right. A short text (a brief,
# a codebook's example sentence) reports what it says, however old.
BACKGROUND_YEARS = 2
# Full news articles (the annotated Timeline17 stories run to 34 sentences at the median) against shorter texts.
FULL_ARTICLE = 8
FIRST_PERSON = frozenset({"i", "we", "us", "me"})
THIRD_PERSON_SINGULAR = frozenset({"he", "him", "his", "she", "her"})  # a person spoken of, never the speaker
DEPLORING_VERBS = frozenset({"condemn", "denounce", "deplore", "decry", "criticize", "criticise", "express", "voice"})
DEPLORED_PREPOSITIONS = frozenset({"about", "over", "at"})  # "concern about the violence", "outrage over the attacks"
UPRISING_WORDS = frozenset({"REJECT", "THREATEN", "CONCEDE"})  # an opposition's refusal or threat naming no one
TRUCE_NOUNS = frozenset({"ceasefire", "cease-fire", "truce"})  # a halt to fighting one side declares
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT"})  # a condemnation or a welcome of a deed is aimed at its doer
VERBAL_CONFLICT = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})  # words aimed at a leader or at his men
DEED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})  # the reports a judged deed refers back to
APPOSITION_MARKS = frozenset({",", "\u2014", "\u2013", "--"})  # what sets an appositive off: a comma, a dash
OWN_PRONOUNS = frozenset({"my", "his", "her", "their", "our", "your"})  # "my brother": kin of the speaker, no one named
# Nouns of words said or written that a criticism, a dispute or a refusal can be aimed at ("disputed the minister's
# comment", "rejected the claims by the rebels"): the one aimed at is who said them, their owner or the "by", "from" or
# "of" phrase; what they are about ("that the government is stable", "on Syria") is their topic, not a side.
WORDS_NOUNS = frozenset(
    {
        "comment", "remark", "statement", "claim", "allegation", "accusation", "assertion", "charge", "report",
        "message", "speech", "word", "criticism", "suggestion", "proposal", "offer", "demand", "call", "plan",
        "threat", "warning", "ultimatum", "position", "stance", "view", "description", "characterization",
        "portrayal", "account", "version", "failure", "handling", "policy", "refusal", "insistence", "denial",
    }
)  # fmt: skip
TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "against", "regarding", "concerning"})  # "his policy on Syria"
AUTHOR_PREPOSITIONS = frozenset({"by", "from", "of"})  # "remarks by the minister", "messages from foreign channels"


class Extractor:
    """Event mentions of one article from its parse and its resolved actors."""

    def __init__(
        self,
        article: Article,
        doc: Doc,
        actors: ActorIndex,
        timexes: list[Timex],
        models: Models = Models(),
        oracle: Mapping[int, tuple[str, str]] | None = None,
        collect: Collector | None = None,
        lead_day: tuple[dt.date, int] | None = None,
        within: tuple[int, int] | None = None,
        entries: Sequence[tuple[int, dt.date]] = (),
    ) -> None:
        """``models``: the trained trigger and argument models (None: the rules alone). ``oracle`` (development
        only: ``training/dev.py --oracle``) gives the triggers, by token, with their type and status, so that
        what follows them is measured alone. ``collect`` receives the training examples of the argument and
        status models: (``"argument"``, trigger token, a candidate participant, its features) and (``"status"``,
        trigger token, the rules' status, the features). ``lead_day``: the day the lead's dateline names (a wire
        story's "TRIPOLI | Sun Apr 10, 2011 ... (Reuters) -", cut from the text) and where it stands in the raw
        text: from there on, the narrative's day until the story names one. ``within``: only the sentences that
        begin in this character range of the text (one story of a page of several, ``pipeline.stamped_stories``).
        ``entries``: a live blog's entry stamps (``clean.entry_stamps``: their raw offsets, their days): each sets the
        narrative's day for the entry it heads."""
        self.article = article
        self.within = within
        self.lead_day = lead_day
        self.entries = list(entries)
        self.model = models.triggers
        self.arguments = models.arguments
        self.statuses = models.statuses
        self.reports = models.reports
        self.oracle = oracle
        self.collect = collect
        self.doc = doc
        self.actors = actors
        self.timexes = timexes
        self.timex_tokens: list[tuple[Timex, int, int]] = []
        for tx in timexes:
            span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is not None:
                self.timex_tokens.append((tx, span.start, span.end))
        self.table = triggers()
        self.timex_index = {i for _tx, s, e in self.timex_tokens for i in range(s, e)}
        # The article's own contexts: those its words name three times or more ("a war story", "an epidemic").
        self.article_contexts = [name for name, rx in context_words() if len(rx.findall(doc.text, 0, 20000)) >= 3]
        self._antecedent_sought: set[int] = set()  # plural pronouns whose antecedent is being looked for
        self._full_article = sum(1 for _ in doc.sents) >= FULL_ARTICLE
        # A signed opinion piece, by its disclaimer (the clean stage drops the line as page furniture; the raw text keeps it).
        text = (article.raw or doc.text).lower()
        self._commentary = any(phrase in text for phrase in lexicon.words("opinion_disclaimers"))
        self._places_named: set[str] | None = None
        self._surnames: frozenset[str] | None = None
        self._rulers_by_sentence: dict[int, dict[str, Entity]] = {}  # ``_sentence_rulers``, by the sentence's first token
        # ``_scene_country``: a sentence's first token -> the country it is set in, and whether an opener set it
        self._scenes: dict[int, tuple[str, bool]] | None = None
        self._said: list[tuple[int, EventMention]] = []  # the mentions so far, by their sentence's first token
        self._reports: dict[int, tuple[int, list[str]]] = {}  # id of a mention -> its trigger token, its report features

    @property
    def _published_day(self) -> str | None:
        """The article's publication day (ISO), if known."""
        return self.article.published.isoformat() if self.article.published is not None else None

    # -- public -------------------------------------------------------------
    def mentions(self) -> list[EventMention]:
        out: list[EventMention] = []
        anchor: TimePoint | None = None
        history: TimePoint | None = None  # the background month or year the story has turned back to, if any
        lead = self.lead_day
        entries = list(self.entries)
        for sent in self.doc.sents:
            if self.within is not None and not self.within[0] <= sent.start_char < self.within[1]:
                continue
            stamped = self._entry_day(sent, entries)
            if stamped is not None:
                anchor, history = stamped, None  # a live blog's entry: its stamp's day, not the last entry's
            if lead is not None and self.article.raw_offsets(sent.start_char, sent.end_char)[0] >= lead[1]:
                anchor = anchor or TimePoint(lead[0].isoformat(), lead[0], lead[0], "day")  # the dateline's day
                lead = None
            if history is not None and not _told_in_past(sent.root):
                history = None  # "Since then, unrest has spread": back from the story's history to its day
            drafts = self._sentence(sent, history or anchor)
            for draft in drafts:
                mention = self._finish(draft, sent)
                if mention is not None:
                    out.append(mention)
                    self._said.append((sent.start, mention))
            day = self._last_day(sent)
            if day is not None:
                anchor, history = day, None
            else:
                history = self._history(sent) or history
        return self._scored(out)

    def _entry_day(self, sent: Span, entries: list[tuple[int, dt.date]]) -> TimePoint | None:
        """The day of the last live-blog entry stamp at or before the sentence, if one stands between it and the
        sentence before (``entries`` is consumed as the sentences pass its stamps)."""
        day: dt.date | None = None
        start = self.article.raw_offsets(sent.start_char, sent.end_char)[0]
        while entries and entries[0][0] <= start:
            day = entries.pop(0)[1]
        return TimePoint(day.isoformat(), day, day, "day") if day is not None else None

    def _scored(self, mentions: list[EventMention]) -> list[EventMention]:
        """The mentions with the report model's probability as their confidence, once the article's mentions are all
        drawn: its features include where each stands among them (``article_features``)."""
        if not self._reports:
            return mentions
        out = []
        for m in mentions:
            i, feats = self._reports.get(id(m), (-1, []))
            if i < 0:
                out.append(m)
                continue
            feats = feats + article_features(m, mentions)
            if self.collect is not None:
                self.collect("report", i, (m.type, m.status, m.actors, m.recipients, m.date), feats)
            out.append(m if self.reports is None else replace(m, confidence=round(float(self.reports.proba(feats)[1]), 3)))
        return out

    # -- sentences ----------------------------------------------------------
    def _sentence(self, sent: Span, anchor: TimePoint | None) -> list[_Draft]:
        if self.oracle is not None:
            return self._oracle_sentence(sent, anchor, self.oracle)
        drafts: list[_Draft] = []
        context = sentence_features(sent) if self.model is not None else []
        for tok in sent:
            draft = self._trigger(tok) if self.model is None else self._learned_trigger(tok, context)
            if draft is not None:
                drafts.append(draft)
        drafts.extend(self._reported_requests(sent))
        drafts.extend(self._reported_verdicts(sent))
        drafts.extend(self._ultimatums(sent))
        drafts.extend(self._stated_intents(sent, drafts))
        drafts = [self._defied(_declined(_holding_on(self._either_or(_pressed_demand(d))))) for d in drafts]
        drafts = self._drop_protest_demands(self._drop_contents(drafts))
        for d in drafts:
            self._date(d, sent, anchor)
            self._status(d)
            self._learned_status(d)
        return self._merge_nested(drafts)

    def _learned_status(self, d: _Draft) -> None:
        """The status model's reading, when it is sure of it; the rules' status is among its features."""
        if self.statuses is None and self.collect is None:
            return
        pub = self.article.published
        after = bool(d.date is not None and pub is not None and d.date.start > pub)
        feats = status_features(d.token, d.status, clause_tense(d.token), after)
        if self.collect is not None:
            self.collect("status", d.token.i, d.status, feats)
        if self.statuses is not None:
            p = self.statuses.proba(feats)
            k = int(p.argmax())
            if p[k] >= max(self.statuses.threshold, STATUS_SURE) and d.status == "occurred":
                # The rules' cues ("would ... if", "will", "denied") stand; the model finds the ones they miss.
                d.status = self.statuses.classes[k]

    def _oracle_sentence(self, sent: Span, anchor: TimePoint | None, oracle: Mapping[int, tuple[str, str]]) -> list[_Draft]:
        drafts = []
        for tok in sent:
            if tok.i in oracle:
                typ, status = oracle[tok.i]
                draft = self._typed_draft(tok, typ)
                self._date(draft, sent, anchor)
                self._status(draft)
                self._learned_status(draft)
                draft.status = status
                drafts.append(draft)
        return self._merge_nested(drafts)

    def _drop_contents(self, drafts: list[_Draft]) -> list[_Draft]:
        """What is demanded, refused, threatened or alleged did not happen: "urged Israel to agree",
        "refused to sign", "vowed to attack", "ruled out talks" are one event each, not two. What is
        offered ("offered to host talks") is hypothetical."""
        by_token = {d.token.i: d for d in drafts if not d.stance}
        kept = []
        for d in drafts:
            cur, drop, called_within = d.token, False, False
            if d.verbal and d.type != "CONSULT" and d.token.dep_ == "acl" and d.token.tag_ == "VB":
                note_drop(d.token.sent.text, d.type, d.token.text, "content: an infinitive on a noun")
                continue  # "efforts to attack Israel", "an attempt to invade Taiwan"
            for step in range(4):
                if (
                    cur.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "conj", "advcl", "acl", "relcl")
                    or cur.head.i == cur.i
                    or _visitor(cur) is not None  # "told visiting President Zuma": who is told, not what
                ):
                    break
                # "denied the charges and accused Algeria": a second statement, not what is denied ("urged him to open up
                # the system, crack down on graft": a bare infinitive joined to the verb is more of what is asked)
                joined = cur.dep_ == "conj" and d.type in SPEECH_TYPES and cur.tag_ != "VB" and cur.head.pos_ in ("VERB", "AUX")
                joined = joined or (d.type in SPEECH_TYPES and cur.i == d.token.i and _saying_beside(cur))
                cur = cur.head
                if (
                    cur.dep_ != "conj"
                    and d.type != "CONSULT"
                    and (self._negated(cur) or cur.lemma_.lower() in lexicon.words("nonfactual_verbs") or _causing_aim(cur))
                ):
                    drop = True  # "will not allow Iran to deploy missiles", "to prevent Hamas from attacking"
                    break
                governor = by_token.get(cur.i)
                if governor is not None and governor.type == "AGREE" and _agreed_that(governor.token):
                    governor = None  # "agreed that Italy would freeze the assets": the freeze decided is the report
                # "called for a rally in support of the uprisings": the call is for the rally (the verb's object, or its
                # "for"'s), not the uprisings
                called_within = called_within or step > 1 or (governor is not None and governor.type == d.type)
                if (
                    not joined
                    and governor is not None
                    and governor is not d
                    and governor.type != d.type
                    and (governor.type in GOVERNOR_DROPS or (d.type != "CONSULT" and (governor.type == "AGREE" or _purpose(d.token))))
                ):
                    if governor.type == "REQUEST" and _protest_called(d) and not called_within and not self._negated(cur):
                        _call_protest(d, governor)  # "called for a rally on Monday": the call also reports the protest planned
                        break
                    drop = True
                    break
                if cur.lemma_.lower() in lexicon.words("offer_verbs") and cur.i != d.token.i and d.status == "occurred":
                    d.status = "hypothetical"
            if not drop:
                kept.append(d)
            else:
                note_drop(d.token.sent.text, d.type, d.token.text, "content: what is asked, refused or not done")
        return kept

    def _learned_trigger(self, tok: Token, context: list[str]) -> _Draft | None:
        """The trained model decides whether a word reports an event and of which type; the trigger
        tables' line for that word and type (else the type's usual roles) says who acts and who is acted on."""
        assert self.model is not None
        rule = self._trigger(tok)
        if not is_candidate(tok):
            return rule
        p = self.model.proba(token_features(tok, rule_types(tok, self.table), context))
        k = int(p[1:].argmax()) + 1
        found = self.model.classes[k] if p[k] >= self.model.threshold else "NONE"
        if rule is not None:
            # The tables' reading stands unless the model is sure the word reports nothing here; the model
            # adds the words the tables do not hold, it never retypes theirs.
            return None if p[0] >= VETO else rule
        if found == "NONE":
            return None
        verbal = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
        if verbal and (self._negated(tok) or self._habitual(tok)):
            return None
        return self._typed_draft(tok, found)

    def _typed_draft(self, tok: Token, typ: str) -> _Draft:
        """A draft of a given type at a word: the tables' line for it if they have one, else the type's usual roles."""
        rule = self._trigger(tok)
        if rule is not None and rule.type == typ:
            return rule
        verbal = tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")
        trig = default_trigger(typ, "verb" if verbal else "noun", tok.lemma_.lower())
        if verbal:
            return self._verbal(tok, trig)
        draft = _Draft(typ, None, tok, verbal=False)
        self._noun_args(tok, draft, trig)
        if any(c.dep_ == "poss" or c.lower_ in ("their", "its", "this", "that", "these", "those", "the") for c in tok.children):
            draft.anaphoric = True
        return draft

    def _trigger(self, tok: Token) -> _Draft | None:
        """The trigger tables' reading of a word: a draft event, or None."""
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            if self._habitual(tok) or _not_yet(tok):
                return None
            if _options_kept(tok, self._negated(tok)):
                return self._verbal(tok, KEPT_OPTIONS)
            if self._negated(tok):
                return self._forsworn(tok) if _force_forsworn(tok) else self._refusal(tok, lemma)
            if any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.words("thing_nouns") for c in tok.children):
                return None  # "yields rose up 9 points", "the virus killed 150": markets and diseases do not act
            if (visitor := _visitor(tok)) is not None:
                return self._visit_by(tok, visitor)
            writs = lexicon.words("writ_nouns")
            writ = next((c for c in tok.children if c.dep_ == "dobj" and c.i == tok.i + 1 and c.lemma_.lower() in writs), None)
            if writ is not None:
                return self._writ_issued(tok, writ)  # "the ICC issues arrest warrants": the writ's name, read as a verb and its object
            if _said_no(tok):
                return self._verbal(tok, REFUSAL)  # "the council has said no to foreign peacekeepers": a refusal
            for trig in self._verb_candidates(tok, lemma):
                if self._needs_met(trig, tok):
                    return self._verbal(tok, trig)
            return self._light_trigger(tok, lemma) if lemma in lexicon.words("light_verbs") else None
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound",):
            if lemma == "talk" and tok.lower_ == "talk":
                return None
            if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
                return None  # "there were no clashes", "no talks are planned": none happened
            for trig in self.table.get(("noun", lemma), ()):
                if not self._noun_ok(trig, tok):
                    continue
                head = self._light_head(tok)
                if head is not None and not self._negated(head):
                    return None  # the light verb is the trigger ("held talks")
                draft = _Draft(trig.type, trig.mode, tok, verbal=False)
                self._noun_args(tok, draft, trig)
                self._befallen_args(tok, draft, trig)
                dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss")}
                toll = _toll_of(tok)  # "three people died in the clashes": a report, even of "the" clashes
                if not toll and (
                    dets & {"their", "its", "this", "that", "these", "those", "the"} or any(c.dep_ == "poss" for c in tok.children)
                ):
                    draft.anaphoric = True
                if trig.type != "CONSULT" and tok.dep_ != "ROOT" and not self._happening(tok) and not toll:
                    draft.anaphoric = True  # "asked about recent Israeli air strikes": a reference, dated only by its own words
                return draft
        return None

    def _visit_by(self, tok: Token, visitor: Token) -> _Draft | None:
        """ "Yang told his visiting Libyan counterpart", "Gaddafi told visiting President Zuma": the visitor met the
        one who speaks to him (the subject of the verb whose object he is). "In talks with visiting President Zuma"
        is the talks' own side (``_noun_args``), no second event."""
        trig = next((t for t in self.table.get(("verb", "visit"), ()) if t.type == "CONSULT"), None)
        if tok.dep_ == "xcomp":
            verb: Token | None = tok.head
        else:
            verb = _governing_verb(visitor) if tok.dep_ == "amod" and visitor.dep_ in ("dobj", "dative") else None
        if trig is None or verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects, passive = self._subjects(verb)
        draft = _Draft(trig.type, trig.mode, tok, verbal=True)
        draft.recipients = [] if passive else [e for s in subjects for e in self._entities(s)]
        hosts = {e.key for e in draft.recipients}
        # not the host the parser may read him as ("her visiting counterpart": not hers); unnamed, his country
        draft.actors = [e for e in self._entities(visitor, doer=True) if e.key not in hosts]
        demonyms = [iso for c in visitor.children if c.dep_ in ("amod", "compound") and (iso := self.actors.demonym(c.text))]
        if not draft.actors and demonyms:
            draft.actors = [country_entity(demonyms[0])]
        draft.location = self._location(tok)
        return draft

    def _writ_issued(self, verb: Token, writ: Token) -> _Draft | None:
        """ "June 27 - The ICC issues arrest warrants for Gaddafi": a timeline's present tense the parser misreads,
        "issues" a noun subject and "arrest" a verb taking the writ. The light verb is there all the same, so the
        writ's noun trigger ("warrant" with "issue") reads as "issued arrest warrants" would, the words before
        "issues" naming who issued it; a draft at the misread verb, or None (no such subject: no event)."""
        issuer = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == verb.i - 1 and c.pos_ == "NOUN"), None)
        if issuer is None or issuer.lemma_.lower() not in lexicon.words("light_verbs"):
            return None
        for trig in self.table.get(("noun", writ.lemma_.lower()), ()):
            if issuer.lemma_.lower() not in trig.needs:
                continue
            draft = _Draft(trig.type, trig.mode, verb, verbal=True)
            draft.actors.extend(e for c in issuer.children if c.dep_ in ("compound", "nmod") for e in self._entities(c))
            self._noun_args(writ, draft, trig)
            draft.absorbed.append(writ)
            draft.location = self._location(verb)
            return draft
        return None

    def _light_trigger(self, tok: Token, lemma: str) -> _Draft | None:
        """A light verb and the event noun it carries ("held talks", "imposed sanctions"): a draft at the verb, or None."""
        for noun in self._light_objects(tok):
            for trig in self.table.get(("noun", noun.lemma_.lower()), ()):
                if trig.type == "PROTEST" and lemma in lexicon.words("combat_verbs"):
                    continue  # "Gaddafi is fighting an uprising": he opposes it, he does not protest
                if self._noun_ok(trig, noun):
                    draft = self._verbal(tok, trig, light=True)
                    self._noun_args(noun, draft, trig)
                    draft.absorbed.append(noun)
                    return draft
        return None

    def _forsworn(self, tok: Token) -> _Draft:
        """ "The army said it would not open fire on protesters": a pledge to refrain from force, made now (AGREE)."""
        draft = self._verbal(tok, FORSWORN)
        draft.refusal = True  # pledged when said, not planned
        return draft

    def _refusal(self, tok: Token, lemma: str) -> _Draft | None:
        """ "The rebels would not accept any initiative", "he will never step down": a refusal, said now (REJECT)."""
        if self._office_declined(tok, lemma):
            draft = self._verbal(tok, CONCESSION)
            draft.refusal = True  # "Mubarak announced he would not seek re-election": conceded now
            return draft
        particles = [c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("down", "aside", "up"))]
        refusals = lexicon.words("refusal_verbs")
        if lemma not in refusals and not any(f"{lemma} {p}" in refusals for p in particles):
            return None
        if self._asked(tok) or _conditioned(tok):
            return None
        draft = self._verbal(tok, REFUSAL)
        draft.refusal = True
        return draft

    def _office_declined(self, tok: Token, lemma: str) -> bool:
        """ "will not seek re-election", "won't run for another term" (the verb is negated): a leader gives up office."""
        if lemma not in OFFICE_RACES or self._asked(tok) or _conditioned(tok):
            return False
        return any(t.lemma_.lower() in RACES or t.lower_ in RACES for t in object_tokens(tok))

    def _happening(self, noun: Token) -> bool:
        """ "Clashes erupted on Wednesday", "there were clashes Wednesday night": a verb (or "there were") that says
        the event the noun names happened, so the noun reports it."""
        head = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in lexicon.words("happening_verbs"):
            return not self._negated(head)
        if noun.dep_ == "dobj" and head.lemma_.lower() in lexicon.words("witness_verbs"):
            return not self._negated(head)  # "state TV reported violent clashes Wednesday night"
        if self._suffered(noun) or self._received(noun):
            return True  # "Misrata on Wednesday faced another heavy bombardment", "the rebels won recognition"
        if _arranged(noun) is not None:
            return True  # "a march is planned for Tuesday", "talks scheduled for Friday": the plan is the report
        return noun.dep_ == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children) and not self._negated(head)

    def _suffered(self, noun: Token) -> bool:
        """ "The rebels repulsed an offensive", "the town faced heavy shelling", "has endured daily bombardment": the
        object of a verb saying the event befell the verb's subject (not "did not face")."""
        head = noun.head
        return noun.dep_ == "dobj" and head.lemma_.lower() in lexicon.words("suffer_verbs") and not self._negated(head)

    def _befallen_args(self, noun: Token, draft: _Draft, trig: Trigger) -> None:
        """Whom an event the noun names befell, as the verb it is the object of tells it."""
        if self._suffered(noun):
            # "the rebels repulsed an offensive by Gaddafi's forces": whom it befell is its recipient
            subjects, passive = self._subjects(noun.head)
            draft.recipients.extend(e for s in ([] if passive else subjects) for e in self._entities(s, trig.type != "CONSULT"))
        elif self._received(noun):
            self._receiver_args(noun, draft)

    def _received(self, noun: Token) -> bool:
        """ "The rebels won diplomatic recognition from Britain", "we received aid from Qatar": the object of a verb
        saying its subject was given it (``receive_verbs``; not "did not receive")."""
        head = noun.head
        return noun.dep_ == "dobj" and head.lemma_.lower() in lexicon.words("receive_verbs") and not self._negated(head)

    def _receiver_args(self, noun: Token, draft: _Draft) -> None:
        """Who receives an act and who does it: the receiving verb's subject is acted on (when the noun names no one
        acted on), and a "from" phrase the parser hangs on the verb names who acts ("won recognition from Britain")."""
        verb = noun.head
        subjects, passive = self._subjects(verb)
        if not draft.recipients and not passive:
            draft.recipients.extend(e for s in subjects for e in self._entities(s, True))
        givers = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
        draft.actors.extend(e for p in givers for e in self._entities(p, True))

    def _verb_candidates(self, tok: Token, lemma: str) -> list[Trigger]:
        """Phrasal triggers first ("call on", "turn down", "pull out"), then the verb alone."""
        out: list[Trigger] = []
        named = lemma in NAMING_VERBS and any(c.dep_ == "dobj" for c in tok.children)
        for child in tok.children:
            if child.dep_ == "prep" and any(p.i in self.timex_index for p in child.children):
                continue  # "called Mubarak on Saturday" is not "called on"
            if child.dep_ == "prep" and named and child.i != tok.i + 1:
                continue  # "called the situation tense on the ground": "call" with an object names or phones
            if child.dep_ in ("prt", "prep") or (child.dep_ == "advmod" and child.lower_ in ("out", "back", "down", "up")):
                out.extend(self.table.get(("verb", f"{lemma} {child.lower_}"), ()))
        if _for_clauses(tok):
            out.extend(self.table.get(("verb", f"{lemma} for"), ()))  # "called for Gaddafi to leave"
        if any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children):
            return out  # "called off", "broke off": the bare verb means something else
        out.extend(self.table.get(("verb", lemma), ()))
        return out

    def _needs_met(self, trig: Trigger, tok: Token) -> bool:
        if not trig.needs:
            return True
        contexts = [n[9:] for n in trig.needs if n.startswith("@context:")]
        if (
            contexts
            and not any(rx.search(tok.sent.text) for name, rx in context_words() if name in contexts)
            and not ("military" in contexts and self._weapon_subject(tok))
        ):
            return False  # "Mexico was hit by falling exports" is no attack
        if len(contexts) == len(trig.needs):
            return True
        has_obj = any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
        # "History demonstrates that ...": a "that" clause is what the verb says, so the verb is not intransitive
        intransitive = not has_obj and not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
        preps = {  # "fired on protesters", not "on February 27 ... fired his minister"
            c.lower_ for c in tok.children if c.dep_ in ("prep", "agent", "prt") and not any(g.i in self.timex_index for g in c.children)
        }
        lemmas: set[str] | None = None
        for need in trig.needs:
            if need == "@obj" and has_obj:
                return True
            if need == "@intrans" and intransitive:
                return True
            if need.startswith("@prep:") and need[6:] in preps:
                return True
            if need == "@ccomp" and any(c.dep_ == "ccomp" for c in tok.children):
                return True
            if need.startswith("@letin:") and _let_in(tok, need[7:]):
                return True  # "allowed inspectors to enter", "let monitors visit": who is let in heads the clause's subject
            if need.startswith("@subj:") and self._subject_is(tok, need[6:]):
                return True  # "warships were moving toward Libya": what moves is a force
            if need == "@ccomp:will" and any(c.dep_ == "ccomp" and _modal_future(c) for c in tok.children):
                return True  # "warned it will not allow protests", not "warned that prices remained high"
            if need == "@xcomp" and any(_nonfinite_xcomp(c) or (c.dep_ == "advcl" and _infinitive(c)) for c in tok.children):
                return True  # "offered to mediate", "offered on Tuesday to host talks" (parsed as a clause of purpose)
            if need == "@place" and any(self._place_in(o) is not None for o in tok.children if o.dep_ in ("dobj", "nsubjpass")):
                return True  # "captured Brega", not "captured the most hearts"
            if need == "@person":
                # the object's own heads, not the clauses and phrases inside it: "released a statement denying any
                # link to the farm's owner" names a person but releases no one; a person's relative is a person
                # ("captured Gaddafi's son")
                objs = _phrase_heads([c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")])
                kin = lexicon.words("kin_nouns")
                objs += [c for o in objs if o.lower_ in kin or o.lemma_.lower() in kin for c in o.children if c.dep_ == "poss"]
                if any((m := self.actors.at(t.i)) is not None and m.entity.kind == "PERSON" for t in objs):
                    return True
            if not need.startswith("@") and lemmas is None:
                lemmas = {t.lemma_.lower() for t in object_tokens(tok)}
            if object_need(need, tok, lemmas):  # a word of its object, "@dobj:W", "@prep:X:W"
                return True
        return False

    def _weapon_subject(self, verb: Token) -> bool:
        """Whether a verb's (active) subject is a weapon or a war craft ("NATO aircraft struck a depot", "jets hit a
        radar site"): an instrument of war that strikes is a military deed, whatever other words the sentence has."""
        subjects, passive = self._subjects(verb)
        instruments = lexicon.words("weapon_nouns") | ARMED_CRAFT
        return not passive and any(s.lemma_.lower() in instruments for s in subjects)

    def _subject_is(self, verb: Token, word: str) -> bool:
        """Whether the verb's (active) subject is headed by ``word``: "warships were moving", "troops sailed"."""
        subjects, passive = self._subjects(verb)
        return not passive and any(s.lemma_.lower() == word or s.lower_ == word for s in subjects)

    def _noun_ok(self, trig: Trigger, noun: Token) -> bool:
        """A noun trigger's needs: a word of its phrase or the verb that governs it ("went on strike")."""
        if not trig.needs:
            return True
        words = {t.lemma_.lower() for t in noun.subtree} | {t.lower_ for t in noun.subtree}
        head = noun.head
        words.add(head.lemma_.lower())
        if head.dep_ in ("prep", "dobj", "pobj") and head.head.i != head.i:
            words.add(head.head.lemma_.lower())
            if head.head.dep_ in ("dobj", "prep") and head.head.head.i != head.head.i:
                words.add(head.head.head.lemma_.lower())
        return bool(words & trig.needs)

    def _light_objects(self, verb: Token) -> list[Token]:
        """Nouns a light verb carries: "imposed sanctions", "announced $400 million in aid", "went on strike"."""
        out: list[Token] = []
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                out.append(child)
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                        out.extend(p for p in prep.children if p.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ in ("on", "in"):
                out.extend(p for p in child.children if p.dep_ == "pobj")
        return out

    def _light_head(self, noun: Token) -> Token | None:
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in lexicon.words("light_verbs"):
            return head
        if noun.dep_ == "pobj" and head.dep_ == "prep":
            up = head.head
            if up.pos_ in ("VERB", "AUX") and up.lemma_.lower() in lexicon.words("light_verbs") and head.lower_ in ("on", "in"):
                return up
            if head.lower_ in ("in", "of") and up.dep_ == "dobj" and up.head.lemma_.lower() in lexicon.words("light_verbs"):
                return up.head
        return None

    def _verbal(self, tok: Token, trig: Trigger, light: bool = False) -> _Draft:
        draft = _Draft(trig.type, trig.mode, tok, verbal=True)
        args = self._verb_args(tok)
        place_ok = trig.type != "CONSULT"
        actor_roles = trig.actor_roles if not light else frozenset({"subj"})
        recipient_roles = trig.recipient_roles if not light else trig.recipient_roles - {"poss", "between", "among", "of"}
        # In the order the sentence names them (roles are a set: their order would change from process to process).
        for roles, found in ((actor_roles, draft.actors), (recipient_roles, draft.recipients)):
            for arg in sorted({a.i: a for role in roles for a in args.get(role, [])}.values(), key=lambda a: a.i):
                people = self._population(arg, draft.actors) if found is draft.recipients and trig.type in ADDRESSED_TYPES else None
                found.extend([people] if people is not None else self._entities(arg, place_ok, doer=found is draft.actors))
        if trig.mode == "visit":
            for role in ("to", "in"):
                for pobj in args.get(role, []):
                    place = self._place_in(pobj)
                    if place is not None:
                        draft.location = draft.location or place
                        draft.destination = place.country
            if trig.lemma in ("travel", "fly", "arrive", "visit") and draft.destination is None:
                for e in draft.recipients:
                    if e.kind == "COUNTRY":
                        draft.destination = e.country
        if trig.type in LETTER_TYPES and not self._addressee_named(tok) and (to := _letter_addressees(tok)):
            # "In a letter to the Arab League, the rebels appealed for help against Gaddafi": the letter's addressee is
            # asked, not whom the thing asked names (Gaddafi, or Libya in "urged an end to the bombing of Libya")
            draft.recipients[:] = [e for t in to for e in self._entities(t)] or draft.recipients
        if draft.location is None and place_ok:
            # "shelled Misrata": the place attacked is where it happened (its country stands for who was hit).
            draft.location = self._target_place(trig.type, args, recipient_roles)
        draft.location = draft.location or self._location(tok, on_objects=place_ok)
        return draft

    def _target_place(self, kind: str, args: dict[str, list[Token]], roles: frozenset[str]) -> Location | None:
        """The place a deed is done to, which is where it was done: "shelled Misrata"; for a deed of force on a place
        (``PLACE_TARGET_TYPES``) also a town named by its kind ("encircled the city of Zlitan", "seized the oil port
        of Brega", "took control of the town, Brega") and, for a retreat, the place left ("withdrew from Brega"). In
        the order the sentence names them (roles are a set)."""
        found = {a.i: a for role in roles for a in args.get(role, [])}
        if kind in PLACE_TARGET_TYPES:
            found.update((a.i, a) for a in args.get("dobj", []))
        if kind == "RETREAT":
            found.update((a.i, a) for a in args.get("from", []))
        for arg in sorted(found.values(), key=lambda a: a.i):
            place = self._place_at(arg.i)
            if place is None and kind in PLACE_TARGET_TYPES:
                place = self._named_town(arg)
            if place is not None:
                return place
        return None

    def _named_town(self, noun: Token) -> Location | None:
        """The town a place noun names with "of" or in apposition ("the city of Zlitan", "the rebel-held town of
        Zintan", "the port, Brega"), a table's place first, else one the NER tags (a town no table knows)."""
        if noun.lemma_.lower() not in PLACE_KIND_NOUNS:
            return None
        names = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        names += [c for c in noun.children if c.dep_ == "appos"]
        for t in names:
            known = next((p for w in t.subtree if (p := self._place_at(w.i)) is not None), None)
            # a place named in the phrase, else the whole name, not a town elsewhere sharing a word of it ("Bin Jawad")
            place = known or self._unlisted_place(t) or (self._proper_town_name(t) if noun.lemma_.lower() in TOWN_NOUNS else None)
            if place is not None:
                return place
        return None

    def _proper_town_name(self, name: Token) -> Location | None:
        """A proper name a town noun gives ("the town of Bin Jawad"): a town, whatever the NER took it for (a
        person's name, often, for an Arabic "Bin ..."); its country as for a town no table knows."""
        words = [t for t in name.subtree if t.dep_ in ("compound", "pobj", "appos") and t.i <= name.i]
        if not words or not all(t.pos_ == "PROPN" and t.is_title for t in words) or words[-1].i != name.i:
            return None
        span = self.doc[words[0].i : name.i + 1]
        if len(span) != len(words) or any(t.i in self.timex_index for t in span):
            return None
        return Location(span.text, self._country_of_unlisted(span))

    def _addressee_named(self, verb: Token) -> bool:
        """Whether a verb's own object or addressee names someone ("urged Italy", "asked them", "called on the
        rebels", "appealed to the council"), not a thing asked ("urged an end to the bombing of Libya")."""
        heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        heads += [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPOSITIONS for p in c.children if p.dep_ == "pobj"
        ]
        people = _people_nouns() | title_nouns()
        return any(self.actors.at(h.i) is not None or h.tag_ == "PRP" or h.lemma_.lower() in people for h in heads)

    def _population(self, tok: Token, actors: list[Entity]) -> Entity | None:
        """The people of a country an appeal, promise, praise or warning addresses: "urged the public", "called on
        citizens", "praised the Egyptian people", "urged Egyptians". Their country is the one the phrase names (a
        nationality, "Egypt's", "of Egypt"), else the speakers' own (a government addresses its people), else the
        article's."""
        # "urged the public Sunday to ...": before a day the parser may tag the object "public" an adjective
        named = tok.pos_ in ("NOUN", "PROPN") or (tok.pos_ == "ADJ" and tok.dep_ in ("dobj", "dative", "pobj"))
        if not named or self.actors.at(tok.i) is not None:
            return None
        if any(
            c.dep_ in ("nummod", "acl", "relcl", "predet") or (c.dep_ == "det" and c.lower_ not in ("the", "its", "their"))
            for c in tok.children
        ):
            return None  # "50 people", "people returning from Mexico", "all people", "some citizens": some of them, not the people
        plural_nationality = tok.tag_ in ("NNS", "NNPS") and (self.actors.demonym(tok.text) or self.actors.demonym(tok.text[:-1]))
        if not plural_nationality and tok.lemma_.lower() not in lexicon.words("population_nouns"):
            return None
        iso = plural_nationality or None
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "poss"):
                m = self.actors.at(c.i)
                iso = iso or (m.entity.country if m is not None and m.entity.kind == "COUNTRY" else None) or self.actors.demonym(c.text)
            elif c.dep_ == "prep" and c.lower_ == "of":
                for obj in c.children:
                    m = self.actors.at(obj.i)
                    iso = iso or (m.entity.country if m is not None and m.entity.kind == "COUNTRY" else None)
        homes = countries_of(actors)
        iso = iso or (next(iter(homes)) if len(homes) == 1 else None) or self.actors.main_country
        return self.actors.people_of(iso) if iso else None

    def _verb_args(self, tok: Token) -> dict[str, list[Token]]:
        """A verb's arguments by role: subj, dobj, dative, agent, that, and one per preposition."""
        args: dict[str, list[Token]] = {}
        subj, passive = self._subjects(tok)
        for child in tok.children:
            dep = child.dep_
            if dep == "dative" and child.pos_ == "ADP":  # "issued an ultimatum to Georgia"
                args.setdefault(child.lower_, []).extend(p for p in child.children if p.dep_ == "pobj")
            elif dep in ("dobj", "dative"):
                args.setdefault(dep, []).append(child)
                for prep in child.children:  # "signed an agreement with Argentina", "cut ties with Taiwan"
                    if prep.dep_ == "prep" and prep.lower_ not in args:
                        args.setdefault("obj-" + prep.lower_, []).extend(p for p in prep.children if p.dep_ == "pobj")
            elif dep in ("prep", "agent") or (dep == "prt" and any(p.dep_ == "pobj" for p in child.children)):
                role = "agent" if dep == "agent" else child.lower_
                args.setdefault(role, []).extend(p for p in child.children if p.dep_ in ("pobj", "pcomp"))
            elif dep == "ccomp":
                args.setdefault("that", []).extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))
        for clause in _for_clauses(tok):  # "called for Gaddafi to leave": whom the clause asks, as "that Gaddafi leave"
            args.setdefault("that", []).extend(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
        if split := _split_for_subjects(tok):  # "called for supporters of Gaddafi to abandon him", parsed apart
            args.setdefault("that", []).extend(split)
        for key in [k for k in args if k.startswith("obj-")]:
            args.setdefault(key[4:], []).extend(args.pop(key))
        if passive:
            args["dobj"] = subj + args.get("dobj", [])
            args["subj"] = args.get("agent", []) + args.get("by", [])
        else:
            companions = _companions(tok, subj)
            if companions:
                # "China, with Russia and India, condemned the strikes": those with the subject act with it
                args["with"] = [t for t in args.get("with", []) if t not in companions]
                args.pop("along", None)
            args["subj"] = subj + companions
        return args

    def _subjects(self, tok: Token) -> tuple[list[Token], bool]:
        """The subjects of a verb (inherited through xcomp, conj, advcl) and whether it is passive. A relative
        pronoun stands for the noun its clause modifies ("Younes, who defected"); a participle on a noun takes
        that noun as subject when it names someone ("journalists arrested", "the NTC's messages urging ...")."""
        cur = tok
        shared = tok.tag_ == "VBN"  # "were rounded up and jailed": a participle joined by "and" shares the passive
        # "Police had been and are urged to ...", "Mexico began a shutdown and Mexicans were told to ...": a verb with its
        # own passive auxiliary is passive, whatever subject it shares with the clause it joins
        own_passive = any(c.dep_ == "auxpass" for c in tok.children)
        # "a boy shot on his doorstep by troops", tagged as a past tense: a "by" agent makes the verb a passive
        own_passive = own_passive or (tok.tag_ == "VBD" and any(c.dep_ == "agent" for c in tok.children))
        for _ in range(4):
            subs = [_noun_before_participle(c) or c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subs:
                statements = lexicon.words("statement_nouns")
                # "a statement from the ministry urged ...": its author speaks
                subs = [a for s in subs for a in ((s.dep_ == "nsubj" and s.lemma_.lower() in statements and self._author(s)) or [s])]
                passive = own_passive or ((cur.i == tok.i or shared) and any(s.dep_ == "nsubjpass" for s in subs))
                if cur.dep_ == "relcl" and any(s.lower_ in ("who", "which", "that") or _whose(s) for s in subs):
                    if among := _among_those(cur.head):
                        return among, passive  # "McCain was among those who called for ...": he called
                    # "NATO, whose warplanes hit ...": the owner's planes are its own
                    return [self._attack_on(cur.head) or cur.head], passive
                if _relative_through_speech(cur, subs):
                    return [cur.head.head], passive  # "prisoners who he said had been detained": the prisoners
                return subs, passive
            if cur.i == tok.i and tok.i > 0:
                # "... the envoy and Italy condemned the attack": the parser hung the subject on the clause before
                taken = [n for n in (tok.doc[tok.i - 1], *tok.doc[tok.i - 1].ancestors) if _clause_taken_from(n) == tok]
                if taken:
                    return taken[:1], own_passive
            stolen = self._participle_subjects(cur)
            if stolen:
                return stolen, False
            # "forced the rebels to withdraw", "sent former ambassador Wisner to Cairo to meet Mubarak": the object acts
            controller = _controller(cur) or self._envoy_sent(cur)
            if controller is not None:
                return [controller], False
            if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.i != cur.i:
                shared = shared and cur.dep_ == "conj"
                cur = self._speech_joined(cur) or cur.head
                if cur.dep_ == "ccomp" and any(c.dep_ == "expl" for c in cur.children) and cur.head.pos_ in ("VERB", "AUX"):
                    cur = cur.head  # "Russia said there had been casualties and called on Britain": Russia called
                continue
            if (
                cur.dep_ == "pcomp"
                and cur.tag_ == "VBG"
                and cur.head.lower_ in CONTROL_PREPOSITIONS
                and cur.head.head.pos_ in ("VERB", "AUX")
            ):
                # "struggled since taking control", "after meeting Putin, Obama said": the clause's subject acts.
                shared = False
                cur = cur.head.head
                joined = _joined_in(cur, tok)
                if joined:
                    # "the United States joined France and Britain in urging ...": all of them urge
                    subs, passive = self._subjects(cur)
                    return ([*subs, *joined], False) if subs else (joined, False)
                continue
            if _first_to(cur):
                cur = cur.head.head  # "Qatar became the first country to recognize the NTC": Qatar recognized it
                continue
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and (among := _among_those(cur.head)):
                return among, False  # "Kerry and McCain were among those calling for ...": they called
            if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN") and cur.tag_ in ("VBN", "VBG"):
                if cur.tag_ == "VBG" and cur.head.lemma_.lower() in lexicon.words("statement_nouns") | DECREE_NOUNS:
                    author = self._author(cur.head)
                    if author:
                        return author, False  # "issued a statement urging soldiers": who issued it urges
                stranded = _stranded_subject(cur)
                return [stranded or cur.head], cur.tag_ == "VBN" and stranded is None
            if cur.dep_ == "acl" and (stranded := _stranded_subject(cur) or _finite_on_root_noun(cur)) is not None:
                return [stranded], False  # "The United States, which has recognized the opposition, called for ..."
            break
        return [], False

    def _attack_on(self, antecedent: Token) -> Token | None:
        """The attack a relative clause tells the effect of when the parser hangs it on what was hit: "a NATO strike
        on a house that killed his son" (a house kills no one; the strike did), or None."""
        if antecedent.dep_ != "pobj" or antecedent.head.dep_ != "prep" or self.actors.at(antecedent.i) is not None:
            return None
        if antecedent.pos_ != "NOUN" or antecedent.lemma_.lower() in lexicon.words("person_nouns"):
            return None
        attack = antecedent.head.head
        found = self.table.get(("noun", attack.lemma_.lower()), ()) if attack.pos_ == "NOUN" else ()
        return attack if any(t.type == "ASSAULT" for t in found) else None

    def _envoy_sent(self, verb: Token) -> Token | None:
        """The person sent to do what an infinitive of purpose says: "Obama sent former ambassador Wisner to Cairo to
        meet Mubarak" (Wisner meets him), or None. An envoy acts for the sender, but the meeting is the envoy's; only a
        named person is taken ("sent troops to protect the embassy" leaves the sender's deed to the rules of force)."""
        if verb.dep_ not in ("advcl", "xcomp") or not _infinitive(verb) or verb.head.lemma_.lower() not in SENDING_VERBS:
            return None
        objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
        if len(objects) != 1:
            return None
        m = self.actors.at(objects[0].i)
        return objects[0] if m is not None and m.entity.kind == "PERSON" else None

    def _speech_joined(self, verb: Token) -> Token | None:
        """The verb of saying a speech act is joined to when the parser hangs it on what was said: "the ministry
        said the capital was calm and urged citizens to stay home" (the ministry urged them, not the capital), or
        None."""
        said = verb.head
        if verb.dep_ != "conj" or said.dep_ != "ccomp" or said.head.lemma_.lower() not in lexicon.words("say_verbs"):
            return None
        speech = verb.lemma_.lower() in lexicon.words("say_verbs") or any(t in SPEECH_TYPES for t in rule_types(verb, self.table))
        if not speech or verb.tag_ != said.head.tag_ or not any(c.dep_ == "nsubj" for c in said.head.children):
            return None
        # what was said is about a thing ("the capital was calm", "his death was a blow"), not someone who could act
        told = [c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not told or any(c.pos_ in ("PRON", "PROPN") or self.actors.at(c.i) is not None for c in told):
            return None
        return said.head

    def _author(self, noun: Token) -> list[Token]:
        """Who said or wrote a statement: its possessor or "from"/"by" phrase ("a statement from tribal leaders"),
        else the subject of the verb it is the object of ("the Senate approved a resolution", "Gaddafi makes two
        audio addresses")."""
        for c in noun.children:
            if c.dep_ == "poss":
                return [c]
            if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by"):
                found = [p for p in c.children if p.dep_ == "pobj"]
                if found:
                    return found
        if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
            subs, passive = self._subjects(noun.head)
            return [] if passive else subs
        clause = noun.head
        if noun.dep_ == "nsubj" and clause.tag_ == "VBG" and clause.dep_ in ("ccomp", "conj") and clause.head.pos_ in ("VERB", "AUX"):
            # "Gaddafi makes two audio addresses calling on Libyans": the parser takes the statement a verb makes for
            # the subject of the participle that tells what it says; the maker speaks.
            subs, passive = self._subjects(clause.head)
            return [] if passive else [t for t in subs if t.i != noun.i]
        return []

    @staticmethod
    def _participle_subjects(verb: Token) -> list[Token]:
        """ "Jalil, trying to soothe public anger, urged militias ...": the parser gives the subject to the
        participle set off by commas before the verb; it is the verb's."""
        for c in verb.children:
            if c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBG", "VBN") and verb.doc[c.i - 1].text == ",":
                subs = [s for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
                if subs:
                    return subs
        return []

    def _noun_args(self, noun: Token, draft: _Draft, trig: Trigger) -> None:
        place_ok = trig.type != "CONSULT"
        children = list(noun.children)
        if noun.dep_ == "attr" and self._happening(noun):
            # "There were clashes Wednesday night between police and protesters": the phrases hang on "were".
            children += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
        elif noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and not any(c.lower_ in SIDES_PREPOSITIONS for c in children):
            # "reported clashes Wednesday night between police and protesters", "talks were held between the two
            # sides": the parser hangs the sides on the verb, but only an event has sides.
            children += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in SIDES_PREPOSITIONS and c.i > noun.i]
        for child in children:
            dep, low = child.dep_, child.lower_
            if dep == "poss":
                acts = "poss" in trig.actor_roles and not _undergone_by(noun)
                (draft.actors if acts else draft.recipients).extend(self._entities(child, place_ok))
            elif dep == "prep" and (low in trig.actor_roles or low in trig.recipient_roles):
                sides = [p for p in child.children if p.dep_ == "pobj"]
                sides += [v for p in child.children if p.dep_ == "pcomp" and (v := _visitor(p)) is not None]  # "talks with visiting Zuma"
                for pobj in sides:
                    if low == "to" and draft.mode == "visit":
                        place = self._place_in(pobj)
                        if place is not None:
                            draft.location = draft.location or place
                            draft.destination = place.country
                    ents = self._entities(pobj, place_ok)
                    (draft.actors if low in trig.actor_roles else draft.recipients).extend(ents)
            elif (
                dep in ("acl", "ccomp")
                and "that" in trig.recipient_roles
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)
            ):
                # "voiced concern that Britain was taking sides": the one the clause is about
                draft.recipients.extend(e for s in child.children if s.dep_ in ("nsubj", "nsubjpass") for e in self._entities(s, place_ok))
            elif dep in ("compound", "amod", "nmod") and child.i < noun.i:
                self._modifier_args(child, draft, trig)
        if not draft.actors and trig.type == "CONSULT" and noun.dep_ == "pobj":
            # "Bolton agreed on the date during talks with Putin", "Obeidi ended three days of talks in Egypt",
            # "Khatib said after talks with Libya's prime minister that ...": the subject took part (through the
            # clauses an adverbial or a conjoined verb hangs on, not through a report's "that").
            verb = noun.head.head if noun.head.lower_ in TALK_PREPOSITIONS else _governing_verb(noun)
            if verb is not None and verb.dep_ == "dobj" and noun.head.lower_ == "at":
                verb = verb.head  # "are to consider new measures at talks": the parser hangs "at talks" on the object
            for _ in range(3):
                if verb is None or verb.pos_ not in ("VERB", "AUX"):
                    break
                subjects, _passive = self._subjects(verb)
                found = [e for s in subjects for e in self._entities(s) if e.kind != "COUNTRY"]
                if found:
                    draft.actors.extend(found)
                    break
                verb = verb.head if verb.dep_ in ("advcl", "xcomp", "conj") else None
        draft.location = draft.location or self._location(noun)
        if MULTI_WORDS.search(" ".join(t.text for t in noun.subtree)):
            draft.mode = "multilateral"

    def _modifier_args(self, child: Token, draft: _Draft, trig: Trigger) -> None:
        """A name before an event noun: a person or a country ("Israeli strikes", "Russian sanctions") or a body
        ("a NATO air strike", "EU sanctions") acts; a place is where."""
        m = self.actors.at(child.i)
        if m is None:
            draft.actors.extend(_led_by(child) if trig.type != "CONSULT" else [])
        elif m.entity.kind == "PERSON" or (m.entity.kind == "COUNTRY" and trig.type != "CONSULT"):
            draft.actors.append(m.entity)
        elif m.entity.kind == "ORG" and trig.type != "CONSULT" and child.dep_ == "compound":
            draft.actors.extend(self._entities(child))
        place = self._place_at(child.i)
        if place is not None:
            draft.location = draft.location or place

    # -- arguments ------------------------------------------------------------
    def _credit(self, start: int, end: int) -> bool:
        """A name in brackets, as a wire story credits itself: "CAIRO (Reuters) -", "-LRB- Reuters -RRB- -"."""
        before = self.doc[start - 1].text if start > 0 else ""
        after = self.doc[end].text if end < len(self.doc) else ""
        return before in ("(", "-LRB-") or after in (")", "-RRB-")

    def _entities(self, root: Token, place_ok: bool = False, doer: bool = False) -> list[Entity]:
        """The participants an argument names: the people of each country joined before a plural noun ("Egyptian and
        Tunisian protesters", ``_coordinated_nationals``), else as ``_named_entities`` reads them."""
        found = self._coordinated_nationals(root) or self._shared_possessor(root) or self._named_entities(root, place_ok, doer)
        return self._with_pro_side(root, self._leaders_supporters(root, found))

    def _with_pro_side(self, root: Token, found: list[Entity]) -> list[Entity]:
        """ "Clashes between pro- and anti-government demonstrators", "pro-Mubarak and anti-Mubarak crowds": a group noun
        with "anti-" whose "pro-" twin is joined before it names two sides, as a reader takes them: those for the
        ruler (his supporters, the side named first) and those against him (the noun's own group). The ruler is the
        person "anti-" names, or for "anti-government" the leader of the group's country; the person himself is no
        side. ``found`` unchanged when the phrase is not such a pair or the ruler's supporters are not known."""
        pair = self._pro_and_anti_noun(root)
        if pair:
            return _unique([*pair, *found])
        ruler = self._pro_and_anti_ruler(root)
        pro = self.actors.supporters_of(ruler) if ruler is not None else None
        if ruler is None or pro is None:
            return found
        return _unique([pro, *(e for e in found if e.key != ruler.key)])

    def _pro_and_anti_noun(self, noun: Token) -> list[Entity]:
        """ "pro-government and anti-government demonstrators", "pro-Mubarak and anti-Mubarak crowds" parsed as one
        noun with both modifiers: the ruler's supporters and the noun's group against him (protesters, for a crowd
        that the group tables read as his supporters); empty for any other noun."""
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
        if noun.tag_ not in ("NNS", "NNPS") or not any(groups.anti(self.doc, c.i) for c in mods):
            return []
        if not any(self._pro_word(c) and not groups.anti(self.doc, c.i) for c in mods):
            return []
        ruler = self._anti_ruler(noun)
        pro = self.actors.supporters_of(ruler) if ruler is not None else None
        if ruler is None or pro is None or not ruler.country:
            return []
        against = self.actors.group(noun.lemma_.lower(), ruler.country)
        if against is None or (against.name or "").endswith("supporters"):
            against = self.actors.group("protester", ruler.country)
        return [pro, against] if against is not None else []

    def _pro_and_anti_ruler(self, root: Token) -> Entity | None:
        """The ruler of a "pro- and anti-X" pair (``_with_pro_side``), or None."""
        if root.dep_ == "conj" and root.tag_ in ("NNS", "NNPS") and self._pro_word(root.head):
            return self._anti_ruler(root)  # "pro- and anti-Mubarak demonstrators clashed": the subject's second half
        step = {"-": 1, "pro": 2}.get(root.lower_, 0)
        if step and root.i + step < len(self.doc):
            root = self.doc[root.i + step]  # "pro - Mubarak", the parser's three words
        heads = [root, *(o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
        for head in heads:
            if not self._pro_word(head):
                continue
            for noun in (c for c in head.children if c.dep_ == "conj" and c.tag_ in ("NNS", "NNPS")):
                ruler = self._anti_ruler(noun)
                if ruler is not None:
                    return ruler
        return None

    def _pro_word(self, tok: Token) -> bool:
        """Whether a word is the "pro-" of a pair: "pro-" alone ("pro- and anti-government"), or "pro-Mubarak"."""
        low = tok.lower_
        if low in ("pro", "pro-") or (low.startswith("pro-") and len(low) > 4):
            return True
        return tok.i >= 2 and self.doc[tok.i - 1].text == "-" and self.doc[tok.i - 2].lower_ == "pro"

    def _anti_ruler(self, noun: Token) -> Entity | None:
        """The ruler an "anti-" modifier of a group noun is against: the person it names ("anti-Mubarak"), or for
        "anti-government", "anti-regime" the leader of the country of the noun's group; None without "anti-"."""
        for c in noun.children:
            if c.dep_ not in ("amod", "compound", "nmod") or c.i > noun.i or not groups.anti(self.doc, c.i):
                continue
            m = self.actors.at(c.i)
            if m is not None and m.entity.kind == "PERSON":
                return m.entity
            group = self.actors.at(noun.i)
            iso = group.entity.country if group is not None else self.actors.main_country
            leader = self.actors.leader(iso) if iso else None
            if c.lower_ in groups.GOVERNMENT_WORDS:
                return leader
            if leader is not None and leader.name and norm(c.text) == norm(leader.name).split()[-1]:
                return leader  # "anti-Mubarak", which the NER tags as a nationality: the ruler's surname
        return None

    def _leaders_supporters(self, root: Token, found: list[Entity]) -> list[Entity]:
        """ "Protesters and supporters of the president clashed": supporters "of" a leader the article names are his
        supporters ("Mubarak supporters"), one side, and he is none; ``found`` unchanged for anyone else's."""
        out = list(found)
        for tok in (root, *root.conjuncts):
            if tok.lemma_.lower() not in ("supporter", "loyalist") or (own := self.actors.at(tok.i)) is None:
                continue
            for obj in (o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
                for person in (e for e in self._named_entities(obj, False, False) if e.kind == "PERSON"):
                    backers = self.actors.supporters_of(person)
                    if backers is not None and own.entity.key != backers.key:
                        out = [backers if e.key == own.entity.key else e for e in out if e.key != person.key]
        return _unique(out)

    def _kin_party_or_ruler(self, tok: Token, root: Token) -> list[Entity] | None:
        """``_kin_or_party``, and no one for a ruler's word in his government's name ("Gaddafi's government", "the
        Obama administration": the government noun stands for the country, ``_rulers_government``)."""
        return [] if self._rulers_government(tok, root) is not None else self._kin_or_party(tok)

    def _kin_or_party(self, tok: Token) -> list[Entity] | None:
        """What a word beside something a person has stands for: "his party" is the party (``_own_party``), and
        "his" in it no one of its own; else a relative (``_family``); None when it stands beside neither."""
        if tok.dep_ == "poss" and self._own_party(tok.head) is not None:
            return []  # "his party": the party, not the man whose party it is
        party = self._own_party(tok)
        return [party] if party is not None else self._family(tok)

    def _own_party(self, noun: Token) -> Entity | None:
        """ "Saleh asked his party", "the president's party": a person's party is the party the article named before
        it, of his country or of none stated, as a reader takes it; None when none was named."""
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() != "party":
            return None
        poss = [c for c in noun.children if c.dep_ == "poss"]
        if len(poss) != 1:
            return None
        m = self.actors.at(poss[0].i)
        owner = m.entity if m is not None else (self.actors.resolve_pronoun(poss[0]) if poss[0].tag_ == "PRP$" else None)
        if owner is None or owner.kind != "PERSON":
            return None
        for i in range(noun.i - 1, -1, -1):
            named = self.actors.at(i)
            if named is None or named.entity.kind != "ORG" or "party" not in (named.entity.name or "").lower().split():
                continue
            if named.entity.country in (None, owner.country):
                return named.entity
        return None

    def _named_entities(self, root: Token, place_ok: bool = False, doer: bool = False) -> list[Entity]:
        """The participants an argument names: people and bodies, else countries (and, if ``place_ok``, the
        country of a place it names: "fuel to Gaza", "strikes on targets in Afghanistan"). A ``doer`` argument, a
        subject, does not take in what the deed it names was done to (``_arg_tokens``)."""
        if _clause_as_subject(root):
            # "Thousands marching along the Corniche chanted ...": the marchers act, not the street they march along
            return [e for c in root.children if c.dep_ == "nsubj" for e in self._entities(c, place_ok, doer)]
        named: dict[str, Entity] = {}
        countries: dict[str, Entity] = {}
        # "journalists for the Al Jazeera network", "its reporters": the group, not its employer
        tokens, affiliated = self._employers_apart(self._arg_tokens(root, doer))
        for tok in tokens:
            low = tok.lower_
            people = self._kin_party_or_ruler(tok, root)
            if people is None and tok.tag_ in ("PRP", "PRP$") and low in PRONOUNS:
                people = self._pronoun_people(tok)
            if people is not None:
                named.update((e.key, e) for e in people if e.key not in named)
                continue
            m = self.actors.at(tok.i)
            if (
                m is not None
                and tok.i != root.i
                and m.entity.kind != "COUNTRY"
                and self._title_possessor(m.end - 1, m.entity.kind == "PERSON")
            ):
                continue  # "Putin's special envoy" is the envoy, not Putin ("Libya's prime minister" is Libya's)
            if m is not None and m.entity.kind == "PERSON" and self._group_modifier(m.end - 1):
                continue  # "pro-Gaddafi forces", "Gaddafi loyalists": the group, not Gaddafi
            if m is not None:
                e = self._in_scene(m)
                if (states := self._thing_named(m, e)) is not None:
                    countries.update((c.key, c) for c in states if c.key not in countries)
                    continue  # "Coca-Cola trucks", "fired Grad rockets", "USS Barry": a thing, at most its state's
                if e.kind in ("PERSON",) or (e.kind == "ORG" and not m.is_title_part and not self._place_like(m)):
                    if not (e.sector == "MED" and (e.key.startswith("org:") or self._credit(m.start, m.end))):
                        # a news medium reports, it does not act; "(Reuters) -" is the story's credit
                        named.setdefault(e.key, e)
                elif e.kind == "COUNTRY" and not self._of_a_thing(self.doc[m.end - 1]) and not self._setting_capital(m, root):
                    countries.setdefault(e.key, e)
                continue
            if (group := self._group_reference(tok, root)) is not None:
                for e in group:
                    (countries if e.kind == "COUNTRY" else named).setdefault(e.key, e)
                continue
            titled = tok.pos_ in ("NOUN", "PROPN") and low in title_nouns()
            for e in self._title_stands_for(tok) if titled else self._side_of_name(tok):
                named.setdefault(e.key, e)
            iso = self._country_word(tok, root, place_ok)
            if iso is not None:
                countries.setdefault("country:" + iso, country_entity(iso))
        _add_member_names(named, affiliated)
        unplaced = [] if named or countries else self._unplaced_office(root)  # only when the argument names no one
        named.update((e.key, e) for e in unplaced)
        named.update((e.key, e) for e in self._named_after(root, [*named.values(), *countries.values()]) if e.key not in named)
        if named and not place_ok:
            return list(named.values())
        if named or countries or not place_ok:
            # Other types keep both: "Sweden's membership of NATO", "Israel and Hamas".
            return list(named.values()) + [c for c in countries.values() if c.key not in named]
        for tok in self._arg_tokens(root, doer):
            place = self._place_at(tok.i)
            if place is not None and place.country:
                return [country_entity(place.country)]
        return []

    def _employers_apart(self, tokens: list[Token]) -> tuple[list[Token], dict[str, list[str]]]:
        """An argument's tokens without those naming the employer or party of a group of people in it
        (``_affiliation``), and each such group's key with the names its employer gives it."""
        kept: list[Token] = []
        affiliated: dict[str, list[str]] = {}
        for tok in tokens:
            members = self._affiliation(tok)
            if members is None:
                kept.append(tok)
            else:
                affiliated.setdefault(members[0].key, []).extend(members[1])
        return kept, affiliated

    def _affiliation(self, tok: Token) -> tuple[Entity, list[str]] | None:
        """The group of people a token names the employer or party of (``_members_of``): a body's name, or "its" when
        the pronoun stands for one body ("the newspaper said two of its reporters were freed"); None otherwise."""
        if tok.tag_ == "PRP$" and tok.dep_ == "poss" and tok.lower_ in PRONOUNS:
            people = self._pronoun_people(tok)
            return self._members_named(tok.head, people[0]) if len(people) == 1 else None
        m = self.actors.at(tok.i)
        return self._members_of(m) if m is not None else None

    def _bloc_of_deed(self, tok: Token) -> Entity | None:
        """ "Western air strikes", "Western intervention": the bloc adjective on a deed of force names who does it, as
        a nationality adjective does ("French air strikes"): Western powers. None for any other word."""
        if tok.lower_ != "western" or tok.dep_ != "amod" or not self._deed_types(tok.head) & FORCE_TYPES:
            return None
        return groups.countryless("West")

    def _members_of(self, m: Mention) -> tuple[Entity, list[str]] | None:
        """The group of people a body is named as the employer or party of, with the names news gives such members:
        "journalists for the Al Jazeera network" are "Al Jazeera journalists", "lawmakers from the Conservative Party"
        "Conservative lawmakers". The head of the phrase is the group; the body only says whose they are, as a
        premodifier would ("Al Jazeera journalists"). None when the mention is no such body."""
        if m.entity.kind != "ORG" or self._place_like(m):
            return None
        last = self.doc[m.end - 1]
        obj = last.head if last.dep_ == "compound" and last.head.dep_ == "pobj" else last
        prep = obj.head
        if obj.dep_ == "pobj" and prep.lower_ in AFFILIATION_PREPOSITIONS and prep.head.pos_ == "NOUN":
            return self._members_named(prep.head, m.entity)
        return self._members_named(last.head, m.entity) if last.dep_ == "poss" else None  # "the Post's reporters"

    def _members_named(self, head: Token, body: Entity) -> tuple[Entity, list[str]] | None:
        """The group a plural noun of people names (``_members_of``) and its names by the body it belongs to."""
        group = self.actors.at(head.i)
        if group is None or not group.entity.key.startswith("group:") or head.tag_ != "NNS":
            return None
        if body.kind != "ORG" or not body.name or body.key.startswith("group:"):
            return None  # "the police ... its reporters": a body, not a group of people, employs them
        name = re.sub(r"^.*['’]s ", "", body.name)  # "Cameron's Conservative Party": the NER took in its leader
        names = [name]
        if name.endswith((" Party", " party")) and len(name.split()) > 1:
            names.append(name.rsplit(" ", 1)[0])  # "the Conservative Party": "Conservative lawmakers"
        nouns = dict.fromkeys((head.text, (group.entity.name or head.text).split()[-1]))  # "reporters", "journalists"
        return group.entity, [f"{n} {noun}" for n in names for noun in nouns]

    def _coordinated_nationals(self, noun: Token) -> list[Entity]:
        """ "Egyptian and Tunisian protesters", "Russian and South African U.N. envoys": a plural noun with two or more
        nationalities joined before it names the people of each country, as a reader lists them: the group of each
        (protesters of Egypt and of Tunisia) or, for a title, each country's holder the article names, else the
        country. A body named right before the title is where they serve ("U.N. envoys": to the UN), not whom they
        act for. Empty for any other noun: the argument is read as usual."""
        m = self.actors.at(noun.i)
        if noun.tag_ not in ("NNS", "NNPS") or (m is not None and m.entity.kind != "ORG"):
            return []
        isos = self._joined_nationalities(noun)
        if len(isos) < 2:
            return []
        lemma = noun.lemma_.lower()
        found = [g for iso in isos if (g := self.actors.group(lemma, iso)) is not None]
        if len(found) == len(isos):
            return _unique(found)
        if lemma not in title_nouns() and noun.lower_ not in title_nouns():
            return []
        words = [c.text for c in noun.children if c.dep_ == "compound" and self.actors.at(c.i) is None]
        out: list[Entity] = []
        for iso in isos:
            holder = next((h for w in _title_variants(lemma) if (h := self.actors.resolve_title([*words, w], iso)) is not None), None)
            out.append(holder or country_entity(iso))
        return _unique(out)

    def _shared_possessor(self, name: Token) -> list[Entity]:
        """ "Egypt and Tunisia's protesters": a country joined to a group noun another country owns shares the
        possessive, as a reader takes it (the protesters of each), however the parser splits the phrase; empty for
        anything else ("Egypt and Tunisia's president" names no group)."""
        m = self.actors.at(name.i)
        joined = [c for c in name.children if c.dep_ == "conj"]
        if m is None or m.entity.kind != "COUNTRY" or not m.entity.country or len(joined) != 1 or joined[0].tag_ != "NNS":
            return []
        noun = joined[0]
        owners = [
            o.entity.country
            for c in noun.children
            if c.dep_ == "poss" and (o := self.actors.at(c.i)) is not None and o.entity.kind == "COUNTRY"
        ]
        if len(owners) != 1 or not owners[0] or owners[0] == m.entity.country:
            return []
        found = [g for iso in (m.entity.country, owners[0]) if (g := self.actors.group(noun.lemma_.lower(), iso)) is not None]
        return found if len(found) == 2 else []

    def _joined_nationalities(self, noun: Token) -> list[str]:
        """The countries of the nationality words (or country names) joined by "and" or "or" before a noun, in order:
        "British, French and Lebanese envoys" -> GBR, FRA, LBN; fewer than two when none are joined."""
        span = self.doc[noun.left_edge.i : noun.i]
        isos: list[str] = []
        last = first = None
        for t in span:
            m = self.actors.at(t.i)
            iso = m.entity.country if m is not None and m.entity.kind == "COUNTRY" else None
            # "Tunisian" of the group "Tunisian protesters"; a nationality word the NER took for a name of its own
            own = m is None or m.entity.kind == "COUNTRY" or m.end - 1 == noun.i or m.start == m.end - 1 == t.i
            iso = iso or (self.actors.demonym(t.text) if own else None)
            if iso:
                isos.append(iso)
                first = t.i if first is None else first
                last = t.i
        if first is None or last is None or not any(t.lower_ in ("and", "or") for t in self.doc[first:last]):
            return []
        return list(dict.fromkeys(isos))

    def _unplaced_office(self, noun: Token) -> list[Entity]:
        """A short text's state actor named by its office alone, with no country ("The government closed two
        newspapers", "Authorities lifted the curfew", "The president apologized"), or a group of no country that only
        a short text lets act (``groups.short_text_group``: "Militants destroyed a power station"): a reader codes it,
        country unknown, as in a codebook's one-sentence example. A full article's takes its country from the story (``_government``,
        ``_reference``), and so does a short one that names a country ("Mubarak will not quit, the minister said": an
        Egyptian minister). Not a word that also names a place ("the camp"), nor an office with an owner ("his
        government")."""
        if self._full_article or noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in noun.children):
            return []
        group = groups.short_text_group(noun)
        if group is not None:
            return [group]  # "Rights groups urged Egypt to lift the ban": a group acts as itself, of whatever country
        if any(e.country for e in self.actors.salient(len(self.doc))):
            return []  # someone or somewhere of a country
        lemma = noun.lemma_.lower()
        if lemma in lexicon.words("place_org_words"):
            return []
        if lemma in lexicon.words("government_nouns"):
            return [Entity("body:?:" + norm(lemma), noun.text.title(), "ORG", None, "GOV", None, (noun.text,))]
        if lemma in lexicon.words("title_heads") and noun.tag_ == "NN" and self._one_office(noun):
            words = [t.lemma_.lower() for t in noun.children if t.dep_ == "compound" and t.i < noun.i] + [lemma]
            title = " ".join(words).title()
            return [Entity("person:?:" + norm(title), title, "PERSON", None, sector_of(title), title, (noun.text,))]
        return []

    def _one_office(self, title: Token) -> bool:
        """Whether a title word names one office of no stated country: "the president", "the prime minister", not
        "the two presidents", "Haitian officers" or "a gang leader" (someone of a named country or of no state), nor
        one the text introduced before ("a State Department official said ... the official said": that one)."""
        if any(t.lemma_.lower() == title.lemma_.lower() for t in self.doc[: title.i]):
            return False
        mods = [c for c in title.children if c.dep_ in ("amod", "compound", "nmod", "nummod") and c.i < title.i]
        if any(self.actors.at(c.i) is not None or self.actors.demonym(c.text) is not None or c.dep_ == "nummod" for c in mods):
            return False
        return all(c.dep_ == "amod" or c.lemma_.lower() in lexicon.words("title_words") for c in mods)

    def _setting_capital(self, m: Mention, root: Token) -> bool:
        """ "a NATO strike in Tripoli": a capital inside an argument, after a preposition of setting, is where, not
        the government it can stand for ("Tripoli said" is Libya's)."""
        head = self.doc[m.end - 1]
        return m.is_title_part and head.i != root.i and head.dep_ == "pobj" and head.head.lower_ in lexicon.words("setting_prepositions")

    def _pronoun_people(self, tok: Token) -> list[Entity]:
        """Whom a pronoun stands for, if anyone: not "his" of a group named after him ("his forces", "his
        supporters": the group, not the man)."""
        if tok.dep_ == "poss" and self._named_noun(tok.head):
            return []  # "its neighbour Egypt recognized the council": Egypt acts, not what "its" stands for
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in ADVERSARY_NOUNS:
            return []  # "his opponents attacked": those against him, as "Gaddafi's opponents" is (``_title_possessor``)
        if (town := self._place_it(tok)) is not None:
            return [country_entity(town)]  # "advanced on Misrata, shelling it": the town, its country's as places are
        home = self._speakers_country(tok)
        if home is not None:
            return [home]
        spoke = self._speaker_goes_on(tok)
        if spoke:
            return spoke
        body = self._reporting_body(tok)
        if body is not None:
            return [body]
        speaker = _reporting_speaker(tok) or self._unnamed_reporter(tok)
        if speaker is not None:
            # "thousands of people in the square saying that they will go on", "rebels said they had taken the
            # town": the subject of a reported clause is, first, whoever reports it
            return self._entities(speaker)
        near = self._plural_antecedent(tok)
        if near is not None:
            return near
        titled = self._title_antecedent(tok)
        if titled is not None:
            return [titled]
        bound = [e for e in self._bound_antecedent(tok) if not self._names_group(tok, e)]
        if bound:
            return bound
        ent = self.actors.resolve_pronoun(tok)
        if tok.lower_ in PLURAL_PRONOUNS:
            return self._plural_resolved(tok, ent)
        if ent is None or self._names_group(tok, ent):
            return []
        if tok.lower_ in ("we", "us", "our") and ent.kind == "PERSON":
            return [ent, *self._speakers_group(tok, ent)]
        if tok.lower_ in THIRD_PERSON_SINGULAR and (self._speaks_the_quote(tok, ent) or self._owned_by_unnamed(tok)):
            return []
        return [ent]

    def _place_it(self, pronoun: Token) -> str | None:
        """The country of the place an object "it" stands for, when the nearest name before it in its sentence is a
        place ("troops advanced on Misrata, shelling it from three sides"): "it" takes the nearest antecedent, and a
        town is no body the search of the story's names would find (it found NATO, named sentences before)."""
        if pronoun.lower_ != "it" or pronoun.dep_ not in ("dobj", "pobj"):
            return None
        for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
            if self.actors.at(i) is not None or self.actors.place_at(i) is not None:
                place = self.actors.place_at(i)
                return place.country if place is not None else None
        return None

    def _bound_antecedent(self, pronoun: Token) -> list[Entity]:
        """Whom a pronoun stands for by the grammar of its sentence, before any search of the names around it, as a
        reader binds it: "its" to its own clause's subject (``_own_clause_body``), a sentence's opening "they" to the
        plural subject of the sentence before (``_previous_subject``). Empty when the grammar binds it to no one named."""
        if pronoun.i in self._antecedent_sought:
            return []  # the pronoun is inside the phrase taken for its antecedent
        self._antecedent_sought.add(pronoun.i)
        try:
            low = pronoun.lower_
            if low == "its" and pronoun.dep_ == "poss":
                return self._own_clause_body(pronoun)
            if low == "they" and pronoun.dep_ in ("nsubj", "nsubjpass"):
                return self._previous_subject(pronoun)
            return []
        finally:
            self._antecedent_sought.discard(pronoun.i)

    def _own_clause_body(self, pronoun: Token) -> list[Entity]:
        """ "The Canadian government will begin evacuating its citizens": a possessive "its" in a clause whose subject
        is a state or a body (its own, or that of the clause an infinitive or a conjoined verb hangs from) is that
        subject's, as a possessive goes back to its clause's subject first, even when the subject is only a group
        noun ("the government", "the army") and a body was named nearer before."""
        verb = _governing_verb(pronoun.head)
        for _ in range(3):
            if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ not in ("xcomp", "conj"):
                break
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
        if len(subjects) != 1 or subjects[0].right_edge.i > pronoun.i or subjects[0].tag_ not in ("NN", "NNP"):
            return []
        found = self._entities(subjects[0], doer=True)
        return found if len(found) == 1 and found[0].kind in ("ORG", "COUNTRY") else []

    def _plural_noun(self, tok: Token) -> bool:
        """Whether a noun names more than one: a plural, or names joined by "and"."""
        return tok.pos_ in ("NOUN", "PROPN") and self._names_several(tok)

    def _names_several(self, tok: Token) -> bool:
        """Whether a word names more than one: a plural, or a name heading others joined by "and" (``_coordinated``)."""
        return tok.tag_ in ("NNS", "NNPS") or self._coordinated(tok)

    def _previous_subject(self, pronoun: Token) -> list[Entity]:
        """ "Ministers of the contact group agreed in May to set up a fund. They are expected to firm it up": a "they"
        that opens its sentence, with no noun before it, goes on about the plural subject of the sentence before, as
        news carries its subject from sentence to sentence. Empty in a sentence with quotation marks (a speaker's
        "they" may be anyone) and when the sentence before has no plural subject naming someone."""
        sent = pronoun.sent
        if any(t.text in QUOTE_MARKS for t in sent) or any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in self.doc[sent.start : pronoun.i]):
            return []  # a quote's "they" (its marks may open paragraphs before), or a noun before it
        start = sent.start
        while start > 0:
            prev = self.doc[start - 1].sent
            if any(t.is_alpha for t in prev):
                subjects = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")]
                if len(subjects) == 1 and self._plural_noun(subjects[0]):
                    return self._entities(subjects[0], doer=True)
                return []
            start = prev.start
        return []

    def _title_antecedent(self, pronoun: Token) -> Entity | None:
        """ "The rebels refused any deal with the Libyan leader, insisting that he must quit": a "he" or "she" whose own
        sentence names no person before it goes back to the nearest office named there by a definite title, as a
        reader takes it, rather than to someone of the sentences before; the title's holder is whom it names
        (``_reference``). A title inside a quote is not the antecedent of a pronoun outside it, nor the other way
        ('"The president must go," he said': the speaker)."""
        if pronoun.lower_ not in THIRD_PERSON_SINGULAR:
            return None
        sent = pronoun.sent
        if any((m := self.actors.at(t.i)) is not None and m.entity.kind == "PERSON" for t in self.doc[sent.start : pronoun.i]):
            return None
        quoted = self.actors.quoted(pronoun.i)
        for tok in reversed(self.doc[sent.start : pronoun.i]):
            if tok.tag_ != "NN" or tok.lower_ not in title_nouns() or self.actors.at(tok.i) is not None:
                continue
            if self.actors.quoted(tok.i) != quoted or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                return None
            people = [e for e in self._reference(tok) if e.kind == "PERSON"]
            return people[0] if len(people) == 1 else None
        return None

    def _unnamed_reporter(self, pronoun: Token) -> Token | None:
        """The unnamed officer who reports the clause a "he" or "she" opens: "the Egyptian president said he would
        step down", "the foreign minister announced she would visit Cairo". English binds the subject of a reported
        clause to the one who reports it first; the resolver leaves such a "he" unresolved (it belongs to a noun no
        name is given for), but the officer's title and country still say who acts. None when the reporter is
        named (the resolver has him), is a pronoun, or is no officer."""
        if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass") or self.actors.quoted(pronoun.i):
            return None
        clause = pronoun.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("say_verbs"):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return None
        s = subjects[0]
        if s.tag_ != "NN" or s.lemma_.lower() not in lexicon.words("title_heads") or self.actors.at(s.i) is not None:
            return None
        if self._names_title(s) or any(c.dep_ == "appos" for c in s.children):
            return None  # "the chairman, Rep. Smith, said he ...": a name is given, the resolver's
        return s if len(self._entities(s)) == 1 else None  # one officer of one side, not "Libya's envoy to India"

    def _owned_by_unnamed(self, pronoun: Token) -> bool:
        """Whether a "his" or "her" belongs to the unnamed person the clause above its own is about: "Tarik said a
        militia leader had confessed that his men did the killing" (his men are the leader's, not Tarik's), as a
        "he" does (the resolver's ``_bound_to_a_noun``): the nearest subject up the chain of clauses, if it is a
        person or an officer no name is given for."""
        if pronoun.dep_ != "poss" or pronoun.head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return False
        s = governing_subject(pronoun.head.head)
        people = lexicon.words("person_nouns") | lexicon.words("title_heads")
        return s is not None and s.tag_ == "NN" and s.lemma_.lower() in people and self.actors.at(s.i) is None and not self._names_title(s)

    def _speaks_the_quote(self, pronoun: Token, ent: Entity) -> bool:
        """Whether a "he", "his" or "her" inside a quotation would stand for the one who speaks it: a speaker says
        "I" or "we" of himself, so the third person in his own words is someone else ('"They marched until he fled,"
        Omar said': not Omar; '"We saw how his men ran," he said, "..."' with a "we" that is the speaker). The
        speaker is the subject of a verb of saying outside the quote in the pronoun's sentence, or whom a first-person
        pronoun of the same quoted sentence stands for."""
        if not self.actors.quoted(pronoun.i):
            return False
        says = lexicon.words("say_verbs")
        for tok in pronoun.sent:
            if self._quoted_first_person(tok) and (speaker := self.actors.resolve_pronoun(tok)) is not None and speaker.key == ent.key:
                return True
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in says or self.actors.quoted(tok.i):
                continue
            for c in tok.children:
                if c.dep_ != "nsubj" or c.lower_ in PRONOUNS:
                    continue
                if any(e.key == ent.key for e in self._entities(c)):
                    return True
        return False

    def _quoted_first_person(self, tok: Token) -> bool:
        """Whether a token is an "I", "we", "my" or "our" inside a quotation: the speaker's own word for himself."""
        return tok.lower_ in FIRST_PERSON | {"my", "our"} and tok.tag_ in ("PRP", "PRP$") and self.actors.quoted(tok.i)

    def _plural_antecedent(self, pronoun: Token) -> list[Entity] | None:
        """ "Some Egyptians went door to door, urging their neighbours", "Hundreds of Jordanians rallied as they
        accused Riyadh": a "they" or "their" goes back first to the nearest plural subject its own sentence names
        before it (not a place), over a body named in the sentences before; "70 people, 40 of them students": a
        partitive "them" is the plural just named. A plural of people no one is named for ("some residents",
        "organizers") is still the antecedent: the pronoun then names no one, rather than a side guessed from the
        sentences before. None when the sentence has no such plural (the resolver looks further back), and for any
        other "them" (an object may be anyone the sentence acts on or names: "accused the rebels of shelling
        civilians and vowed to punish them")."""
        if pronoun.lower_ not in PLURAL_PRONOUNS:
            return None
        if pronoun.i in self._antecedent_sought:
            return []  # the pronoun is inside the phrase taken for its antecedent ("demonstrators who said they")
        self._antecedent_sought.add(pronoun.i)
        try:
            return self._nearest_plural(pronoun)
        finally:
            self._antecedent_sought.discard(pronoun.i)

    def _nearest_plural(self, pronoun: Token) -> list[Entity] | None:
        """``_plural_antecedent``'s search, back through the pronoun's own sentence."""
        partitive = pronoun.lower_ == "them" and pronoun.dep_ == "pobj" and pronoun.head.lower_ in ("of", "among")
        if pronoun.lower_ == "them" and not partitive:
            return self._object_antecedent(pronoun)
        for tok in reversed(self.doc[pronoun.sent.start : pronoun.i]):
            if tok.dep_ in ("compound", "amod") or not self._names_several(tok):
                continue
            if not partitive and _subject_role(tok).dep_ not in ("nsubj", "nsubjpass"):
                continue  # "they" and "their" go on about a subject ("rebels say they expect credit from governments")
            m = self.actors.at(tok.i)
            placed = tok.ent_type_ in ("GPE", "LOC", "FAC") and (m is None or m.entity.kind != "COUNTRY")
            # A country named as a subject is a side, though the gazetteer also knows it as a place ("Britain and
            # France said they would ...": they are the two states).
            state = m is not None and m.entity.kind == "COUNTRY"
            if (
                placed
                or (self.actors.place_at(tok.i) is not None and not state)
                or (m is not None and m.entity.kind not in ("PERSON", "COUNTRY") and self._place_like(m))
            ):
                continue  # "around Misrata and Ajdabiyah", "Tahrir Square": where, not who
            found = self._entities(tok, doer=True)
            people = [e for e in found if e.kind == "PERSON"]
            if found and (len(people) != 1 or len(found) > 1):
                return found  # a group, a body, a people, or two or more people ("Obama and Sarkozy said they")
            if m is None and tok.lemma_.lower() in _people_nouns():
                return []  # "organizers said they ...": people the text names no side for
            if partitive:
                return None  # "gatherings, among them ...": things, not people named further back
        return None

    def _object_antecedent(self, pronoun: Token) -> list[Entity] | None:
        """ "Police surrounded the students and ordered them to leave", "Suleiman lectured the youths, telling them to
        go home": the addressee "them" of a demand made in a participle or a conjoined verb goes back to the plural its
        governing verb acts on (the clause has no subject of its own: the one doing both cannot be "them"), as a reader
        takes it. None when that verb acts on no plural of people (the resolver looks further back), and for other
        verbs (a charge given as a participle is the reason of the deed before it, not an accusation of its own)."""
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        if pronoun.dep_ not in ("dobj", "dative", "pobj") or verb.pos_ != "VERB":
            return None
        if "REQUEST" not in rule_types(verb, self.table):
            return None  # "arrested them, accusing them of plotting": the charge is the arrest's reason, no new deed
        for _ in range(2):
            if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.pos_ != "VERB":
                return None
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                return None  # "after rebels accused them": a clause of its own subject, who may be anyone's foe
            verb = verb.head
            for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
                found = self._plural_people(_subject_role(obj))
                if found is not None:
                    return found
        return None

    def _plural_people(self, tok: Token) -> list[Entity] | None:
        """The side a plural noun of people names ("the protesters", "Egypt and Jordan"), [] for people no side is
        named for ("the residents"), None for anything else (a deed, a thing, a place, a single person)."""
        if not self._names_several(tok) or tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return None
        m = self.actors.at(tok.i)
        if self.actors.place_at(tok.i) is not None and (m is None or m.entity.kind != "COUNTRY"):
            return None
        if m is None and tok.lemma_.lower() not in _people_nouns():
            return None  # "condemned the attacks, calling them cowardly": deeds or things, whoever did them
        return self._entities(tok, doer=True)

    def _coordinated(self, tok: Token) -> bool:
        """Whether a name heads a coordination of names ("Amnesty and Human Rights Watch said ..."): plural."""
        m = self.actors.at(tok.i)
        return m is not None and any(
            c.dep_ == "conj" and (n := self.actors.at(c.i)) is not None and n.start != m.start for c in tok.children
        )

    def _own_subject_tokens(self, pronoun: Token) -> set[int]:
        """The tokens of the subject of the clause an object pronoun is in ("the police beat them": the police), a
        relative "who" standing for the noun it modifies ("officers, who pushed them back": the officers)."""
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        for _ in range(2):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ != "conj":
                break
            verb = verb.head
        out: set[int] = set()
        for c in verb.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if c.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                c = verb.head
            out.update(range(c.left_edge.i, c.right_edge.i + 1))
        return out

    def _plural_resolved(self, pronoun: Token, ent: Entity | None) -> list[Entity]:
        """A "they", "them" or "their" the resolver has found ``ent`` for, unless ``ent`` is the other side of the
        pronoun's own clause ("they drove Gaddafi forces out", "police beat them"): then no one rather than a side
        the clause rules out."""
        if ent is None or ent.key in self._pronoun_other_side(pronoun) or self._names_group(pronoun, ent):
            return []
        if self._named_as_a_place(pronoun, ent):
            return self._earlier_plural(pronoun)
        return [ent]

    def _named_as_a_place(self, pronoun: Token, ent: Entity) -> bool:
        """Whether the body a "they" was resolved to is, where last named before it, a place the people gathered at
        ("students rallied at Cairo University. They demanded ...": the students, not the university): a place-like
        body's name as the object of a preposition."""
        if ent.kind in ("PERSON", "COUNTRY"):
            return False
        m = next((m for i in range(pronoun.i - 1, -1, -1) if (m := self.actors.at(i)) is not None and m.entity.key == ent.key), None)
        if m is None:
            return False
        return self.doc[m.start : m.end].root.dep_ == "pobj" and self._place_like(m)

    def _earlier_plural(self, pronoun: Token) -> list[Entity]:
        """The people a "they" goes back to when the body it was resolved to is only where they were: the nearest
        plural subject of the sentence before ("Thousands of students rallied at ..."); no one if there is none."""
        start = pronoun.sent.start
        if start == 0:
            return []
        prev = self.doc[start - 1].sent
        for tok in reversed(self.doc[prev.start : prev.end]):
            if tok.dep_ in ("compound", "amod") or tok.tag_ not in ("NNS", "NNPS"):
                continue
            if _subject_role(tok).dep_ not in ("nsubj", "nsubjpass"):
                continue
            m = self.actors.at(tok.i)
            if m is not None and m.entity.kind not in ("PERSON", "COUNTRY") and self._place_like(m):
                continue
            return self._entities(tok, doer=True)
        return []

    def _pronoun_other_side(self, pronoun: Token) -> set[str]:
        """The entity keys a plural pronoun cannot stand for: the other side its own clause names. An object "them"
        is not its clause's subject ("they've beaten them": that would be "themselves"); a subject "they" is not
        whom its own verb acts on ("they drove the last Gaddafi forces out")."""
        if pronoun.lower_ == "them" and pronoun.dep_ in ("dobj", "dative", "pobj"):
            own = self._own_subject_tokens(pronoun)
            keys = {m.entity.key for i in own if (m := self.actors.at(i)) is not None}
            return keys | {e.key for i in own if self.doc[i].lower_ in ("they", "we") for e in self._pronoun_people(self.doc[i])}
        if pronoun.lower_ == "they" and pronoun.dep_ == "nsubj":
            verb = pronoun.head
            return {m.entity.key for t in verb.subtree if t.i > pronoun.i and (m := self.actors.at(t.i)) is not None}
        return set()

    def _speaker_goes_on(self, pronoun: Token) -> list[Entity]:
        """ "Suleiman made important statements, the senior official said. Still, he added that ...": a "he" who says
        something goes on from the unnamed officer who spoke in the sentence before (not the man that officer talked
        about), as news attributes one speaker's words in turn; "the official" is the one introduced before ("a
        senior State Department official said") and speaks for what that one was named by. Empty when the speaker
        before is named (the resolver's)."""
        if pronoun.lower_ not in ("he", "she") or pronoun.dep_ != "nsubj" or pronoun.head.lemma_.lower() not in lexicon.words("say_verbs"):
            return []
        sent = pronoun.sent
        if sent.start == 0:
            return []
        sent = self.doc[sent.start - 1].sent
        officer = self._unnamed_speaker(sent)
        if officer is None:
            return []
        speaks_for = self._entities(officer)
        for _ in range(4):
            if speaks_for or sent.start == 0 or not any(c.dep_ == "det" and c.lower_ == "the" for c in officer.children):
                break
            sent = self.doc[sent.start - 1].sent
            found = self._unnamed_speaker(sent)
            if found is not None and found.lemma_.lower() == officer.lemma_.lower():
                speaks_for = self._entities(found)
        return speaks_for

    def _unnamed_speaker(self, sent: Span) -> Token | None:
        """The officer noun that is the subject of a sentence's verb of saying and names no one ("the senior
        official said"), or None."""
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("say_verbs"):
                continue
            for c in verb.children:
                if (
                    c.dep_ == "nsubj"
                    and c.tag_ == "NN"
                    and c.lemma_.lower() in lexicon.words("title_heads")
                    and self.actors.at(c.i) is None
                ):
                    return None if self._names_title(c) else c
        return None

    def _speakers_country(self, pronoun: Token) -> Entity | None:
        """ "The Spanish foreign minister said his country now recognized the council": "his country" in a clause
        a speaker reports is the speaker's own (the one country his words name), not that of the last man named."""
        noun = pronoun.head
        if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her", "its", "their"):
            return None
        if noun.lemma_.lower() not in lexicon.words("country_nouns"):
            return None
        verb = _argument_verb(noun)
        said = _reported_by(verb) if verb is not None else None
        if said is None:
            return None
        speakers = [c for c in said.children if c.dep_ == "nsubj"]
        homes = {e.country for c in speakers for e in self._entities(c) if e.country}
        return country_entity(homes.pop()) if len(homes) == 1 else None

    def _quoted_body(self, noun: Token) -> Entity | None:
        """The body a quoted source is or belongs to: "quoted the council", "quoted sources in the council", "cited
        officials from the ministry" (a person quoted speaks for no body here: the resolver has him)."""
        for tok in (noun, *(g for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")):
            m = self.actors.at(tok.i)
            if m is not None:
                return m.entity if m.entity.kind != "PERSON" else None
        return None

    def _named_noun(self, noun: Token) -> bool:
        """Whether a noun is a name or has one in apposition ("its neighbour Egypt", "their ally, Qatar"): its
        possessor then only describes the one named."""
        if (m := self.actors.at(noun.i)) is not None and m.entity.kind in ("PERSON", "COUNTRY"):
            return True
        return any(c.dep_ == "appos" and self.actors.at(c.i) is not None for c in noun.children)

    def _reporting_body(self, pronoun: Token) -> Entity | None:
        """The body or country that reports the clause "it" opens ("the ministry said it would ...", "The United
        States, whose fleet ..., said it was moving forces"): "it" is the speaker, not the last thing named. None
        when the speaker is a person or a pronoun. A body or capital announces what it will do as it says it
        ("Washington announced it would send missiles")."""
        if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp":
            return None
        verb = pronoun.head.head
        if verb.lemma_.lower() not in lexicon.words("say_verbs") | {"announce"}:
            return None
        quoted = _quoted_as_saying(verb)
        if quoted is not None:
            return self._quoted_body(quoted)
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP")]
        if len(subjects) != 1:
            return None
        m = self.actors.at(subjects[0].i)
        return m.entity if m is not None and m.entity.kind != "PERSON" else None

    def _speakers_group(self, tok: Token, person: Entity) -> list[Entity]:
        """A quoted "we" is the speaker and the group the text names him for, as a reader takes it ('"When we started
        firing, they fled," said rebel commander Fathi Alzintani': Alzintani and the rebels); with no side in his
        title, the side whose statement the quote follows (``_side_before_quote``)."""
        sent = tok.sent
        window = range(max(0, sent.start - 40), min(len(self.doc), sent.end + 60))
        found = [m for i in window if (m := self.actors.at(i)) is not None and m.start == i and m.entity.key == person.key]
        if not found:
            return []
        m = min(found, key=lambda m: abs(m.start - tok.i))
        head = self.doc[m.end - 1]
        title = head.head if head.dep_ == "appos" else None  # "a NATO spokeswoman, X, said"
        if title is not None and title.lemma_.lower() in SPEAKING_FOR and (side := self._speaks_for(title) or self._titles_body(title)):
            return side
        for c in head.children:
            if c.dep_ not in ("compound", "amod", "appos") or m.start <= c.i < m.end or self.actors.at(c.i) is not None:
                continue
            if c.lemma_.lower() in SPEAKING_FOR:
                side = self._speaks_for(c) or self._titles_body(c)
                if side:
                    return side
                continue  # "X, a spokesman in Zawiyah": a title with no side of its own
            group = self.actors.group(c.lemma_.lower(), None) if c.i < m.start else None
            if group is not None:
                return [group]  # "Rebel Idriss Abdel Karim"
        return self._side_before_quote(tok, person)

    def _titles_body(self, title: Token) -> list[Entity]:
        """ "NATO spokeswoman X", "Foreign Ministry spokesman X", "X, a spokesman for the council": the named body an
        officer's title puts before its head or after "for" is the one he speaks for, so his quoted "we" is that body's
        (a person or a country named there is not: "Obama's spokesman" speaks for a government the text may not name,
        and a nationality only tells the officer's country)."""
        mods = [c for c in title.children if c.dep_ in ("compound", "nmod") and c.i < title.i]
        mods += [p for c in title.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        bodies = [m.entity for c in mods if (m := self.actors.at(c.i)) is not None and m.entity.kind == "ORG"]
        return bodies[:1]

    def _side_before_quote(self, tok: Token, person: Entity) -> list[Entity]:
        """ "Rebel fighters claimed the tide was turning. 'We are attacking checkpoints,' said X.": the quoted "we" of a
        speaker the text gives no side of his own is the group or body whose statement the quote follows (over the
        speaker's own earlier quotes: "The council said ... '...,' General X said. 'We ask ...'")."""
        opening = opening_quote(self.doc, tok.i)
        if opening is None or opening.sent.start == 0:
            return []
        sent = self.doc[opening.sent.start - 1].sent
        if any((m := self.actors.at(t.i)) is not None and m.entity.key == person.key for t in sent) and sent.start > 0:
            sent = self.doc[sent.start - 1].sent
        for verb in sent:
            # a verb of saying, or any that reports a clause ("claimed the tide was turning")
            if verb.pos_ != "VERB" or not (
                verb.lemma_.lower() in lexicon.words("say_verbs") or any(c.dep_ == "ccomp" for c in verb.children)
            ):
                continue
            for c in verb.children:
                m = self.actors.at(c.i) if c.dep_ == "nsubj" else None
                # a speaker of a country speaks for his own country's bodies only (a minister's "we" is not NATO's)
                if m is not None and m.entity.kind == "ORG" and person.country in (None, m.entity.country):
                    return [m.entity]
        return []

    def _names_group(self, possessor: Token, person: Entity) -> bool:
        """Whether a possessive pronoun's person is the one the group it owns is named after ("his forces" of
        Gaddafi: "Gaddafi forces")."""
        owned = self.actors.at(possessor.head.i) if possessor.dep_ == "poss" else None
        if owned is None or not owned.entity.key.startswith("group:") or not person.name:
            return False
        return person.name.split()[-1] in (owned.entity.name or "")

    def _names_title(self, tok: Token) -> bool:
        """ "Rebel leader Mustafa Abdul-Jalil": a title word before the name it belongs to stands for no one else."""
        head = tok
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
            if (m := self.actors.at(head.i)) is not None and m.entity.kind == "PERSON":
                return True
        return False

    def _rulers_government(self, tok: Token, root: Token) -> Token | None:
        """The government noun a word of an argument names the ruler or owner of, or None: "Gaddafi" in "Gaddafi's
        government" and in "the government of Muammar Gaddafi", "Obama" in "the Obama administration", "his" and
        "father" in "his father's government". The government acts as a whole, so the ruler is no participant (the
        noun stands for his country, ``_government``); one who is his government's subject or object elsewhere in
        the argument still is."""
        t = tok
        while t.i != root.i and t.head.i != t.i:
            head = t.head
            if t.dep_ in ("poss", "compound") and _ruled_body(head) and self._ruler_word(t):
                return head
            if t.dep_ == "pobj" and head.lower_ == "of" and _ruled_body(head.head) and self._ruler_word(t):
                return head.head
            if t.dep_ not in ("poss", "compound", "pobj", "prep", "case", "det", "amod", "appos", "flat"):
                return None
            t = head
        return None

    def _sentence_rulers(self, sent: Span) -> dict[str, Entity]:
        """The rulers whose government a sentence names (``_rulers_government``), by the country governed: "Gaddafi"
        for Libya in "Gaddafi's government", the relative in "his father's government". Read once per sentence: a
        draft's sides ask for it up to four times."""
        found = self._rulers_by_sentence.get(sent.start)
        if found is None:
            found = {}
            for tok in sent:
                for ruler in self._rulers_named(tok) if _ruled_body(tok) else []:
                    found.setdefault(ruler.country or "", ruler)
            self._rulers_by_sentence[sent.start] = found
        return found

    def _rulers_named(self, noun: Token) -> list[Entity]:
        """The people of a country a government noun names as its ruler (``_government_owners`` that are
        ``_ruler_word``s): "Gaddafi" in "Gaddafi's government", the father in "his father's government"."""
        rulers = (self._government_head(r) for r in _government_owners(noun) if self._ruler_word(r))
        return [r for r in rulers if r is not None and r.country]

    def _government_head(self, tok: Token) -> Entity | None:
        """The person a government noun's possessor or "of" object names (``_ruler_word``): the name's person, the
        relative ("his father": ``_family``), or the person "his" stands for."""
        m = self.actors.at(tok.i)
        if m is not None:
            return m.entity if m.entity.kind == "PERSON" else None
        kin = [c for c in tok.children if c.dep_ == "poss"]
        found = self._family(kin[0]) if kin else None
        if found:
            return found[0]
        return self._owner(tok) if tok.tag_ == "PRP$" else None

    def _rulers_beside_own(self, sent: Span, entities: list[Entity], among: list[Entity] | None) -> list[Entity]:
        """A country that stands for its ruler's government ("Gaddafi's government") beside someone else of that
        country ("rebels refuse talks with Gaddafi's government"): the ruler, who tells the government apart from the
        other side, where the bare country would be dropped as the other's double (``drop_country_doubles``)."""
        rulers = self._sentence_rulers(sent)
        if not rulers:
            return entities
        named = {e.country for e in (entities if among is None else among) if e.kind != "COUNTRY" and e.country}
        return _unique([rulers[e.country] if e.kind == "COUNTRY" and e.country in named and e.country in rulers else e for e in entities])

    def _ruler_word(self, tok: Token) -> bool:
        """Whether a possessor or "of" object names a person who may head a government: a person's name ("Gaddafi",
        "President Hosni Mubarak"), a relative ("his father"), or a personal pronoun standing for a person."""
        m = self.actors.at(tok.i)
        if m is not None:
            return m.entity.kind == "PERSON"
        if tok.pos_ == "NOUN" and (tok.lower_ in lexicon.words("kin_nouns") or tok.lemma_.lower() in lexicon.words("kin_nouns")):
            return any(c.dep_ == "poss" and self._owner(c) is not None for c in tok.children)
        return tok.tag_ == "PRP$" and tok.lower_ in ("his", "her") and self._owner(tok) is not None

    def _government(self, tok: Token) -> str | None:
        """ "the government", "Libyan authorities", "Gaddafi's regime": the country whose government it is."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon.words("government_nouns"):
            return None
        if _ruled_body(tok) and (rulers := self._rulers_named(tok)):
            return rulers[0].country  # "his father's government", "the government of Muammar Gaddafi": the ruler's country
        for child in tok.children:
            if child.dep_ in ("poss", "amod", "compound"):
                m = self.actors.at(child.i)
                if m is not None and m.entity.country:
                    return m.entity.country
                iso = self.actors.demonym(child.text)
                if iso is not None:
                    return iso
                if child.dep_ == "poss" and child.tag_ == "PRP$":
                    owner = self.actors.resolve_pronoun(child)  # "Rudd said his government would ask": Australia's
                    if owner is not None and owner.country:
                        return owner.country
        return self._government_seat(tok) or self.actors.main_country

    def _government_seat(self, noun: Token) -> str | None:
        """ "the authorities in Niger", "the government in Tripoli": the country an "in" phrase on a government noun
        places it in is the country whose government it is (as "Nigerien authorities" says); the parser often hangs
        the phrase right after an object on the verb ("urged the authorities in Niger to ...")."""
        preps = [c for c in noun.children if c.dep_ == "prep"]
        if noun.dep_ == "dobj":
            preps += [c for c in noun.head.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1]
        places = [p for c in preps if c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
        return next((iso for p in places if (iso := self._country_at(p.i))), None)

    def _country_word(self, tok: Token, root: Token, place_ok: bool) -> str | None:
        """The country a word of an argument stands for: a nationality, a government or a description ("the
        nation"); a description that owns someone stands for no one itself ("the country's largest party",
        "the country's vice president": the one it owns)."""
        iso = self._nationality(tok, place_ok) or self._government(tok)
        if iso is None and tok.dep_ == "compound" and self.actors.at(tok.i) is None:
            iso = SHIP_PREFIXES.get(tok.text)  # "the USS Barry" the NER missed: the ship's state, by its navy's prefix
        if iso is None and not (tok.dep_ == "poss" and tok.i != root.i and self._owns_someone(tok.head)):
            iso = self._described_country(tok)
        return iso

    def _owns_someone(self, noun: Token) -> bool:
        """Whether a possessed noun is someone in its own right: a name or group ("the country's largest party")
        or a title ("the country's vice president"), whose possessor only says whose."""
        return self.actors.at(noun.i) is not None or (noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.words("title_heads"))

    def _described_country(self, tok: Token) -> str | None:
        """ "the country", "the North African nation", "the Gulf state" (``country_nouns``): the country of the last
        country, person or body named before it, as a reader takes it ("fighters opposed to Gaddafi hold much of
        the country": Libya), else the article's main country. One that is another argument of the same
        verb is not it ("Spain will send no weapons to the country"), nor a news medium; "the state of emergency",
        "state media", "a country", "other nations" describe no country named."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in lexicon.words("country_nouns"):
            return None
        if tok.dep_ in ("compound", "amod", "nmod", "npadvmod") or self.actors.at(tok.i) is not None:
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ in lexicon.words("setting_prepositions"):
            return None  # "people throughout the country": where, not who
        children = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children):
            return None
        if any(c.dep_ in ("poss", "nummod", "appos") or (c.dep_ == "prep" and c.lower_ == "of") for c in children):
            return None
        for c in children:
            if c.dep_ in ("amod", "compound") and c.i < tok.i:
                if (m := self.actors.at(c.i)) is not None:
                    return m.entity.country if m.entity.kind == "COUNTRY" else None
                if (iso := self.actors.demonym(c.text)) is not None:
                    return iso  # "the Libyan state"
        verb = _argument_verb(tok) if tok.dep_ != "attr" else None
        i = tok.i - 1
        while i >= 0:
            m = self.actors.at(i)
            if m is not None and m.entity.country and m.entity.sector != "MED":
                other = _argument_verb(self.doc[m.end - 1])
                if verb is None or other is None or other.i != verb.i:
                    return m.entity.country
                i = m.start
            i -= 1
        return self.actors.main_country

    def _nationality(self, tok: Token, place_ok: bool) -> str | None:
        """A group named by its nationality: "Kenyan police", "Serbian students" (when places count), "Thousands of Georgians"."""
        if self.actors.at(tok.i) is not None:
            return None
        if place_ok and tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN":
            if self._of_a_thing(tok):
                return None
            iso = self.actors.demonym(tok.text)
            if iso is not None:
                return iso
        if tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NNS", "NNPS"):
            return self.actors.demonym(tok.text) or self.actors.demonym(tok.text[:-1])
        return None

    def _weapon_name(self, m: Mention) -> bool:
        """ "Grad rockets", "Tomahawk missiles": a name the gazetteer does not know before a weapon is its make."""
        last = self.doc[m.end - 1]
        return (
            m.entity.kind != "COUNTRY"
            and not m.entity.sector
            and last.dep_ in ("compound", "amod", "nmod")
            and last.head.lemma_.lower() in lexicon.words("weapon_nouns")
        )

    def _thing_named(self, m: Mention, e: Entity) -> list[Entity] | None:
        """For a name that names a thing, not an actor, the states it stands for (often none), else None: a company's
        goods ("Coca-Cola trucks", "Chevron's plant") and a make of weapon ("Grad rockets") stand for no one, a make
        of war craft for the state its nationality names ("British Tornado aircraft"), a warship for its state."""
        if (navy := _ships_state(e)) is not None:
            return [country_entity(navy)]
        if not ((e.kind == "ORG" and self._of_a_thing(self.doc[m.end - 1])) or self._weapon_name(m)):
            return None
        operator = self._crafts_operator(m)
        return [country_entity(operator)] if operator is not None else []

    def _crafts_operator(self, m: Mention) -> str | None:
        """The country whose nationality opens a make of war craft ("British Tornado aircraft", "French Rafale jets",
        which the NER takes for one name): the state that flies it, as "British warplanes" are Britain's; None for a
        make of munitions, whose nationality may be its maker's ("Russian Grad rockets")."""
        last = self.doc[m.end - 1]
        if last.head.lemma_.lower() not in ARMED_CRAFT or "-" in self.doc[m.start : m.end].text:
            return None  # "Russian-made helicopters": made there
        return self.actors.demonym(self.doc[m.start].text)

    def _of_a_thing(self, tok: Token) -> bool:
        """ "the Spanish flu", "Portuguese yields": a nationality that modifies a thing names no one who acts; nor
        one that says where a place is ("near the Tunisian border") or where a weapon was made ("Russian-made
        rockets"), which is no side of the deed."""
        head = tok.head.lemma_.lower()
        if tok.dep_ in ("amod", "compound", "poss") and head in lexicon.words("thing_nouns") | lexicon.words("locating_nouns"):
            return True
        return _make_of(tok)

    def _group_modifier(self, last: int) -> bool:
        """A person who only names a group: "pro-Gaddafi forces", "Gaddafi loyalists", "supporters of Mubarak",
        "troops loyal to Gaddafi"."""
        tok = self.doc[last]
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("of", "to"):
            head = head.head.head if head.head.lower_ == "loyal" else head.head  # "troops loyal to X", "supporters of X"
        elif tok.dep_ not in ("amod", "compound", "poss"):
            return False
        group = self.actors.at(head.i)
        return group is not None and group.entity.key.startswith("group:")

    # -- relatives: "Gaddafi's son", "his wife", "Gaddafi's son Khamis" ------------------------------
    def _family(self, tok: Token) -> list[Entity] | None:
        """What a person's name or pronoun means beside a relative, or None when it stands beside none: "Gaddafi's
        son" and "his son" are the son (nothing when the son is named: the name stands for him), "Khamis" in
        "Gaddafi's son Khamis" is Khamis Gaddafi; "a son of Muammar Gaddafi" is the son (``_relative_of``). A relative
        who only owns the head ("his father's enemies", ``_title_possessor``) is no one of the phrase: its head is."""
        m = self.actors.at(tok.i)
        if m is not None and m.entity.kind == "PERSON" and (relative := self._relative_of(m)) is not None:
            return [relative]
        last = self.doc[m.end - 1] if m is not None else tok
        owner = self._owner(tok)
        if owner is not None and (kin := self._kin_noun(last) or _headline_kin(last)) is not None:
            if self._named_relative(kin) is not None or self._title_possessor(kin.i, True):
                return []  # "his son Khamis" is Khamis; "his father's enemies" are the enemies, not the father
            first = self._first_name(kin)
            if first is not None:
                return [self._by_first_name(first, owner)]
            return [self._sole_relative(owner, kin) or self._relative(owner, kin)]
        of = self._kin_owner(last) if owner is not None and m is not None else None
        return [self._of_family(owner, of)] if owner is not None and of is not None else None

    def _relative_of(self, m: Mention) -> Entity | None:
        """The relative "a son of X", "the daughter of X" names (not X): the one other person of X's family name the
        article names ("A son of Muammar Gaddafi promised reforms. Saif al-Islam Gaddafi ..."), else X's son."""
        last = self.doc[m.end - 1]
        kin = last.head.head if last.dep_ == "pobj" and last.head.lower_ == "of" else None
        words = lexicon.words("kin_nouns")
        if kin is None or not (kin.lower_ in words or kin.lemma_.lower() in words) or not m.entity.name:
            return None
        same = [e for e in self._namesakes(norm(m.entity.name).split()[-1], 30) if e.key != m.entity.key]
        return same[0] if len(same) == 1 else self._relative(m.entity, kin)

    def _sole_relative(self, owner: Entity, kin: Token) -> Entity | None:
        """ "Gaddafi's son", "his son", "one of his sons", left unnamed: the one other person of the owner's family
        name the article names ("Gaddafi's son Saif al-Islam Gaddafi appeared on television ... Gaddafi's son warned"),
        as a reader takes the relative the story has introduced, and as ``_relative_of`` reads "a son of X". Only a
        blood relative who bears the family's name (not a wife, nor the family as a whole), and no one when the
        article names two or more of that name besides the owner (which son is meant is then not told)."""
        word = kin.lemma_.lower() if kin.tag_ == "NNS" else kin.lower_
        if word not in NAMESAKE_KIN or (kin.tag_ == "NNS" and not _one_of(kin)) or not owner.name:
            return None
        if any(c.dep_ in ("amod", "nummod") for c in kin.children):
            return None  # "Gaddafi's youngest son", "his second son": one told from his brothers, maybe not the one named
        same = [e for e in self._namesakes(norm(owner.name).split()[-1], 30) if e.key != owner.key]
        if len(same) != 1 or gazetteer.leader_title(same[0].title or ""):
            return None  # the ruler is no one's son here: "his son" of a pronoun taken for the son himself
        return same[0]

    def _namesakes(self, surname: str, among: int) -> list[Entity]:
        """The people among the article's ``among`` most named whose surname (normalised) is ``surname``."""
        return [e for e in self.actors.salient(among) if e.kind == "PERSON" and e.name and norm(e.name).split()[-1] == surname]

    def _owner(self, tok: Token) -> Entity | None:
        """The person a possessor names: a pronoun's person, or the person whose name this token is part of."""
        if tok.tag_ == "PRP$" and tok.lower_ in PRONOUNS:
            ent = self.actors.resolve_pronoun(tok)
        else:
            ent = m.entity if (m := self.actors.at(tok.i)) is not None else None
        return ent if ent is not None and ent.kind == "PERSON" and ent.name else None

    @staticmethod
    def _kin_noun(tok: Token) -> Token | None:
        """The relative a possessor owns ("Gaddafi's son", "his wife"), or None."""
        head = tok.head
        kin = lexicon.words("kin_nouns")
        if tok.dep_ == "poss" and head.i != tok.i and (head.lower_ in kin or head.lemma_.lower() in kin):
            return head
        return None

    def _named_relative(self, kin: Token) -> Mention | None:
        """The name given to a relative: "his son Khamis", "Gaddafi's son, Saif al-Islam"."""
        spots = [c for c in kin.children if c.dep_ == "appos"] + ([kin.head] if kin.dep_ in ("compound", "nmod") else [])
        for t in spots:
            m = self.actors.at(t.i)
            if m is not None and m.entity.kind == "PERSON":
                return m
        return None

    def _first_name(self, kin: Token) -> Token | None:
        """A relative's first name alone, which the NER leaves out or takes for a place or a body: "Mubarak's son,
        Gamal", "one of Gaddafi's sons, Saadi," (the parser hangs the name on "one")."""
        heads = [kin]
        if kin.head.lower_ == "of" and kin.head.head.lower_ in ("one", "another", "each", "either"):
            heads.append(kin.head.head)
        for head in heads:
            for c in head.children:
                m = self.actors.at(c.i)
                if (
                    c.dep_ == "appos"
                    and c.pos_ == "PROPN"
                    and c.is_title
                    and not list(c.children)
                    and (m is None or m.entity.kind != "COUNTRY")
                ):
                    return c
        return None

    @staticmethod
    def _by_first_name(first: Token, owner: Entity) -> Entity:
        """The relative a first name names, with the family's name and country: "Saadi" -> Saadi Gaddafi."""
        full = f"{first.text} {(owner.name or '').split()[-1]}"
        known = gazetteer.load().actors.get(norm(full))
        if known is not None:
            return _known_person(known, full)
        return Entity(norm(full), full, "PERSON", owner.country, aliases=(full, first.text))

    def _kin_owner(self, tok: Token) -> Entity | None:
        """Whose relative a named person is: Gaddafi for "Khamis" in "Gaddafi's son Khamis"."""
        kins = [c for c in tok.children if c.dep_ in ("compound", "nmod")] + ([tok.head] if tok.dep_ == "appos" else [])
        for kin in kins:
            for c in kin.children:
                owner = self._owner(c) if self._kin_noun(c) is not None else None
                if owner is not None:
                    return owner
        return None

    @staticmethod
    def _relative(owner: Entity, kin: Token) -> Entity:
        """An unnamed relative: "Muammar Gaddafi's son", of his country, and of his family as news names it ("the
        Gaddafi family": "Mubarak and his family", "Gaddafi's son and three grandchildren")."""
        word = kin.lower_
        if kin.head.lower_ == "of" and kin.head.head.lower_ in ("one", "another", "each", "either"):
            word = kin.lemma_.lower()  # "another of Mohammed's cousins" is one cousin
        name = f"{owner.name or owner.key}'s {word}"
        surname = (owner.name or "").split()[-1:]
        return Entity(f"kin:{owner.key}:{word}", name, "PERSON", owner.country, aliases=tuple(f"{s} family" for s in surname))

    @staticmethod
    def _of_family(person: Entity, owner: Entity) -> Entity:
        """A relative named by a first name takes the family name and the country: "Khamis" -> "Khamis Gaddafi"."""
        name = person.name or ""
        if person.country and len(name.split()) > 1:
            return person
        family = (owner.name or "").split()[-1]
        full = name if len(name.split()) > 1 or name.endswith(family) else f"{name} {family}"
        return replace(person, key=norm(full), name=full, country=person.country or owner.country, aliases=(*person.aliases, name))

    def _title_possessor(self, last: int, person: bool) -> bool:
        """A name that only owns its head noun: "Putin's special envoy"; a person's, in the plural too: "Gaddafi's
        opponents", "Mubarak aides" (a body's officers speak for it: "NATO officials", "the Brotherhood's leaders")."""
        tok = self.doc[last]
        if person and tok.dep_ == "poss" and tok.head.tag_ == "NN" and tok.head.lemma_.lower() in lexicon.words("government_nouns"):
            return False  # "Gaddafi's government", "Mubarak's regime": the ruler stands for the government he heads
        nouns = lexicon.words("title_heads") | lexicon.words("possessed_bodies")
        if person and tok.dep_ in ("poss", "compound") and tok.head.tag_ == "NNS":
            return tok.head.lemma_.lower() in nouns  # not "the Obama administration"
        return tok.dep_ == "poss" and tok.head.lower_ in nouns

    def _arg_tokens(self, root: Token, doer: bool = False) -> list[Token]:
        """The argument's subtree, without nested clauses or other events' arguments; for a ``doer`` (a subject), not
        the target of a deed of force it names: "an air strike on Gaddafi's tanks killed five soldiers", "attacks on
        civilians" (those hit, not those who struck)."""
        out: list[Token] = []
        stack = [root]
        while stack:
            tok = stack.pop()
            out.append(tok)
            for child in tok.children:
                if child.dep_ in ("relcl", "ccomp", "advcl", "parataxis") or _clause_taken_from(child) is not None:
                    continue
                if child.dep_ == "acl" and (child.tag_ == "VBG" or _main_verb_after_apposition(child)):
                    continue  # "ministers, meeting in Luxembourg, agreed ...": the place of another event
                if child.dep_ == "conj" and _time_word(tok) and not _time_word(child):
                    continue  # "shot it down on Monday and Reuters was shown the wreckage": the next clause's subject
                if child.dep_ == "prep" and child.lower_ in ("with", "between") and tok.i != root.i and self._is_trigger_noun(tok):
                    continue
                if doer and child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS and self._deed_types(tok) & FORCE_TYPES:
                    continue
                if doer and child.dep_ == "prep" and child.lower_ == "against":
                    continue  # "the Contact Group of allies against Gaddafi called on ...": whom a side opposes is not in it
                if not doer and self._thing_described(tok, child):
                    continue
                if _comparison(child):
                    continue  # "protesters, like those in Tunisia": the likeness, not a side
                stack.append(child)
        # "an Egyptian-style uprising": a likeness to Egypt names no one of Egypt
        return sorted((t for t in out if not _likeness_word(t)), key=lambda t: t.i)

    def _thing_described(self, thing: Token, appos: Token) -> bool:
        """Whether ``appos`` is a description set beside a thing acted on, not someone: "shelled the road to the port,
        a lifeline for trapped civilians" (those it serves are not those shelled)."""
        if appos.dep_ != "appos" or appos.pos_ != "NOUN" or thing.pos_ != "NOUN":
            return False
        if self.actors.at(thing.i) is not None or self.actors.at(appos.i) is not None:
            return False
        people = lexicon.words("person_nouns")
        return thing.lemma_.lower() not in people and appos.lemma_.lower() not in people and thing.tag_ == "NN"

    def _is_trigger_noun(self, tok: Token) -> bool:
        return ("noun", tok.lemma_.lower()) in self.table

    def _group_reference(self, tok: Token, root: Token) -> list[Entity] | None:
        """The sides a count refers back to: "the two met", "both said" (the last two people named), "all three
        groups" (``_counted_sides``); the bloc a deed's adjective names (``_bloc_of_deed``); None otherwise."""
        if tok.i == root.i and (counted := self._counted_sides(tok)):
            return counted
        if (bloc := self._bloc_of_deed(tok)) is not None:
            return [bloc]  # "Western air strikes": Western powers
        if tok.lower_ in ("two", "both") and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj"):
            return self.actors.resolve_group(tok, None, definite=True)
        return None

    def _counted_sides(self, tok: Token) -> list[Entity]:
        """ "All three groups called for ...", "the four countries agreed": a definite count before a plural noun of
        sides refers back to the last sides of that kind the story named, as a reader takes it; only when the three
        sentences before it and its own name as many (else the count is not theirs, and no one is guessed)."""
        kind = COUNTED_KINDS.get(tok.lower_)
        counts = [COUNT_WORDS[c.lower_] for c in tok.children if c.dep_ == "nummod" and c.lower_ in COUNT_WORDS]
        back = any(c.lower_ in BACK_REFERENCE_DETERMINERS for c in tok.children if c.dep_ in ("det", "predet"))
        if kind is None or len(counts) != 1 or not back:
            return []
        sents = [s for s in self.doc.sents if s.start <= tok.i]
        start = sents[max(0, len(sents) - 4)].start
        found: dict[str, Entity] = {}
        i = tok.i - 1
        while i >= start and len(found) < counts[0]:
            m = self.actors.at(i)
            if m is None:
                i -= 1
                continue
            e = m.entity
            if e.kind == kind and (kind == "COUNTRY" or (not m.is_title_part and e.sector != "MED")):
                found.setdefault(e.key, e)
            i = min(i, m.start) - 1
        return list(found.values())[::-1] if len(found) == counts[0] else []

    def _reference(self, tok: Token) -> list[Entity]:
        """A group ("the two Russian officials") or a title ("the prime minister")."""
        children = list(tok.children)
        country = None
        for c in children:
            if c.dep_ in ("amod", "compound"):
                country = country or self.actors.demonym(c.text)
        definite = any(c.lower_ == "the" for c in children if c.dep_ == "det")
        owners = [m for c in children if c.dep_ == "poss" and (m := self.actors.at(c.i)) is not None]
        described = [iso for c in children if c.dep_ == "poss" and (iso := self._described_country(c)) is not None]
        if len(owners) == 1 and owners[0].entity.kind == "COUNTRY" and owners[0].entity.country:
            country, definite = owners[0].entity.country, True  # "Egypt's president" is the Egyptian president
            children = [c for c in children if c.dep_ != "poss"]
        elif not owners and len(described) == 1:
            country, definite = described[0], True  # "the country's vice president", as "Egypt's"
            children = [c for c in children if c.dep_ != "poss"]
        if tok.lower_ == "counterpart" and country is not None and not owners:
            return self._counterpart(tok, country)
        if tok.tag_ == "NNS" and (holders := self._each_countrys(tok, children)):
            return holders
        nums = [c for c in children if c.dep_ == "nummod" and c.lower_ in ("two", "2", "both")]
        if tok.lower_ in ("officials", "leaders", "sides", "ministers", "counterparts") or nums:
            if nums or any(c.lower_ == "both" for c in children):
                return self.actors.resolve_group(tok, country, definite=definite)
            return []
        if definite and not any(c.dep_ == "poss" for c in children):
            words = [c.text for c in children if c.dep_ in ("compound", "amod") and not self.actors.demonym(c.text)] + [tok.text]
            for prep in (c for c in children if c.dep_ == "prep" and c.lower_ == "of"):
                objs = [t for t in prep.subtree if t.i != prep.i and t.dep_ not in ("det", "punct")]  # "the Al-Zuwayya tribe"
                bodies = [m.entity for t in objs if (m := self.actors.at(t.i)) is not None and m.entity.kind != "COUNTRY"]
                if bodies:
                    return self._officer_of(bodies[0])  # "the leader of the rebel council" is not the country's leader
                if objs and all(t.pos_ in ("NOUN", "PROPN", "ADJ") and self.actors.at(t.i) is None for t in objs):
                    words += ["of", *(t.text for t in objs)]  # "the secretary of state", not "the minister of Libya"
            day = self._published_day
            ent = self._holder_in_sentence(tok, words, day) if country is None else None
            ent = ent or self.actors.resolve_title(words, country, day, at=tok.i) or self._sides_officer(tok, country)
            ent = ent or self._introduced_holder(tok, words, country)
            if ent is not None and country is None and not self._of_sentence(tok, ent):
                ent = None
            if country is None and day is not None and (ent is None or self._foreign_and_far(tok, ent)):
                ent = self._story_holder(words, day) or ent
            if ent is None and country is not None and day is not None:
                ent = _holder_on(words, country, day)
            return [ent] if ent is not None else []
        return []

    def _introduced_holder(self, tok: Token, words: list[str], country: str | None) -> Entity | None:
        """ "The king appointed Marouf al-Bakhit as the country's new prime minister. ... Protesters marched against
        Jordan's new prime minister": a title the article gave a person in a predicate before it ("appointed X as",
        "named X", "X became", "X, who is") names him, of the title's country or of none stated, as a reader takes
        the office's holder the story introduced. An epithet of the office's time ("new", "current") tells no other
        office apart. No one when the article gave the title so to two people (which one is meant is not told)."""
        phrase = _office_words(words)
        if not phrase:
            return None
        found: dict[str, Entity] = {}
        for t in self.doc[: tok.i]:
            if t.pos_ not in ("NOUN", "PROPN") or t.lower_ != phrase[-1]:
                continue
            holder = self._predicated_person(t)
            if holder is None or (country is not None and holder.country not in (None, country)):
                continue
            given = _office_words(
                [c.text for c in t.children if c.dep_ in ("compound", "amod") and not self.actors.demonym(c.text)] + [t.text]
            )
            if given[-len(phrase) :] == phrase:
                found.setdefault(holder.key, holder)
        return next(iter(found.values())) if len(found) == 1 else None

    def _predicated_person(self, title: Token) -> Entity | None:
        """The person a title noun is said of: "X is (became) the minister", "X, who is the minister", "appointed X
        (as) the minister", "X was named the minister"; None when it is said of no one named."""
        verb = title.head
        if title.dep_ == "pobj" and verb.lower_ == "as":
            verb = verb.head
        elif title.dep_ not in ("attr", "oprd"):
            return None
        if title.dep_ == "attr" and verb.lemma_ not in ("be", "become", "remain"):
            return None
        deps = ("nsubj",) if title.dep_ == "attr" else ("dobj", "nsubjpass")
        for c in verb.children:
            if c.dep_ not in deps:
                continue
            if c.lower_ == "who" and verb.dep_ == "relcl":
                c = verb.head  # "X, who is the minister"
            m = self.actors.at(c.i)
            return m.entity if m is not None and m.entity.kind == "PERSON" else None
        return None

    def _story_holder(self, words: list[str], day: str) -> Entity | None:
        """ "The opposition called on the president to step down", in a story from Cairo: a title of no stated country
        and no holder the reader is pointed to names the office of the story's own country, as news writes it (the
        dictionary's holder of that very title on the story's day: ``_holder_on``). Not a title no head of state or
        government holds ("the vice president", "the former president" match no such title)."""
        home = self._story_country()
        return _holder_on(words, home, day) if home is not None else None

    def _story_country(self) -> str | None:
        """The country a story is about: the one it names most, else, in a text that names no country by name, the one
        country its people and groups are of ("Thousands of Egyptians marched": Egypt)."""
        if self.actors.main_country is not None:
            return self.actors.main_country
        homes = {e.country for e in self.actors.salient(10) if e.country}
        homes |= {iso for t in self.doc if t.ent_type_ == "NORP" and (iso := self.actors.demonym(t.text) or self._nationality(t, False))}
        return homes.pop() if len(homes) == 1 else None

    def _foreign_and_far(self, tok: Token, holder: Entity) -> bool:
        """Whether a title's holder found among the article's people is of another country than the story's and not
        named in the title's sentence or the one before: "President Barack Obama urged restraint ... (paragraphs on)
        ... protesters demanded that the president leave" of a Cairo story is Egypt's president, while "Obama spoke.
        The president said" goes on about him."""
        main = self._story_country()
        if main is None or holder.kind != "PERSON" or holder.country in (None, main):
            return False
        sent = tok.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        return not any((m := self.actors.at(t.i)) is not None and m.entity.key == holder.key for t in self.doc[start : sent.end])

    def _sentence_countries(self, tok: Token, titles_only: bool = False) -> list[str]:
        """The countries a title's sentence names ("U.S.", "Egyptian"), in its order; with ``titles_only``, only the
        nationalities it gives its people ("U.S. Defense Secretary Robert Gates"), not a country acted on ("accused
        Italy")."""
        found = [
            m.entity.country
            for t in tok.sent
            if (m := self.actors.at(t.i)) is not None and m.entity.kind == "COUNTRY" and (m.is_title_part or not titles_only)
        ]
        return list(dict.fromkeys(c for c in found if c))

    def _sentence_group_countries(self, tok: Token) -> list[str]:
        """The countries of the groups a title's sentence names ("Egyptian opposition groups", "Yemeni protesters"),
        in its order."""
        found = [
            m.entity.country
            for t in tok.sent
            if (m := self.actors.at(t.i)) is not None and m.entity.key.startswith("group:") and m.entity.country
        ]
        return list(dict.fromkeys(c for c in found if c))

    def _holder_in_sentence(self, tok: Token, words: list[str], day: str | None) -> Entity | None:
        """ "Gates spoke with Egypt's defense chief, the minister": a title of no stated country is first that of a
        country its sentence names, as a reader takes "the president" of a sentence about Libya; in a sentence that
        names no country, that of the groups it names ("Egyptian protesters demanded that the president resign": their
        president, not the story's most named one)."""
        for iso in self._sentence_countries(tok) or self._sentence_group_countries(tok):
            found = self.actors.resolve_title(words, iso, day, at=tok.i)
            if found is not None:
                return found
        return None

    def _of_sentence(self, tok: Token, holder: Entity) -> bool:
        """Whether a title's holder may be of another country than the people its sentence names: a leader of a state
        always (the story's ruler is "the toppled leader" of a sentence on a Syrian station), an officer only when it
        names none or one of them is of his (the Israeli minister is no one's "minister" in a sentence of a U.S.
        secretary's call to an Egyptian general)."""
        isos = set(self._sentence_countries(tok, titles_only=True))
        return not isos or holder.country is None or holder.country in isos or gazetteer.leader_title(holder.title)

    def _officer_of(self, body: Entity) -> list[Entity]:
        """ "the leader of the National Transitional Council", "the head of the tribe's council": the one person of the
        article whose title names the body ("Chairman of the National Transitional Council"), whatever the title's
        head; no one else (the body's own name stands beside it)."""
        names = {n.lower() for n in (body.name, *body.aliases) if n and len(n) > 3}
        holders = [
            e for e in self.actors.salient(len(self.doc)) if e.kind == "PERSON" and e.title and any(n in e.title.lower() for n in names)
        ]
        return holders if len(holders) == 1 else []

    def _each_countrys(self, tok: Token, children: list[Token]) -> list[Entity]:
        """ "the French and British leaders", "the Russian and Chinese foreign ministers": for each nationality, the
        one of that country who holds the title, as the article names him; all of them or no one."""
        first = next((c for c in children if c.dep_ == "amod" and self.actors.demonym(c.text)), None)
        if first is None:
            return []
        isos = [iso for c in (first, *first.conjuncts) if (iso := self.actors.demonym(c.text)) is not None]
        if len(isos) < 2:
            return []
        words = [c.text for c in children if c.dep_ == "compound"] + [tok.lemma_]
        holders = [h for iso in isos if (h := self.actors.resolve_title(words, iso)) is not None]
        return holders if len(holders) == len(isos) else []

    def _counterpart(self, tok: Token, country: str) -> list[Entity]:
        """ "Biden urged his Egyptian counterpart": the one of that country who holds the title of the counterpart's
        owner (the Egyptian vice president), as the article names him; no one when it names none."""
        for c in tok.children:
            if c.dep_ != "poss":
                continue
            m = self.actors.at(c.i)
            owner = m.entity if m is not None else self.actors.resolve_pronoun(c) if c.lower_ in ("his", "her") else None
            if owner is None or owner.kind != "PERSON" or not owner.title or owner.country == country:
                return []
            words = [w for w in owner.title.split() if self.actors.demonym(w) is None]  # "Turkish Foreign Minister"
            holder = self.actors.resolve_title(words, country)
            return [holder] if holder is not None and holder.key != owner.key else []
        return []

    def _sides_officer(self, tok: Token, country: str | None) -> Entity | None:
        """ "the rebel oil and finance minister": the one person of the article whose title holds the office's words
        ("Oil and Finance Minister"), the side's word ("rebel", "opposition") left out; an office needs a word besides
        its head ("the rebel leader" alone names no one)."""
        sides = groups.group_classes()
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and self.actors.at(c.i) is None]
        if not any(c.lemma_.lower() in sides for c in mods):
            return None
        words = [c.text for c in mods if c.lemma_.lower() not in sides and not self.actors.demonym(c.text)]
        return self.actors.resolve_title([*words, tok.text], country) if words else None

    def _title_stands_for(self, tok: Token) -> list[Entity]:
        """Whom a title word names: the holder it refers back to or the group an unnamed officer acts for ("the
        minister", "a rebel spokesman"); before a name, only the group a spokesman or commander acts for
        ("rebel commander Fathi Alzintani" acts for the rebels, too)."""
        if not self._names_title(tok):
            return self._reference(tok) or self._speaks_for(tok)
        return self._speaks_for(tok) if tok.lemma_.lower() in SPEAKING_FOR else []

    def _side_of_name(self, tok: Token) -> list[Entity]:
        """ "Rebel Idriss Abdel Karim complained": a side's word (the rebels, an opposition) set before a person's name
        with no title between puts him on that side, and he acts for it, too, as a reader takes him ("rebel leader
        Abdel Jalil" is a title: ``_title_stands_for``)."""
        group = groups.group_classes().get(tok.lemma_.lower())
        if tok.dep_ != "compound" or group is None or group.name not in groups.SIDES_OF_A_CONFLICT or self.actors.at(tok.i) is not None:
            return []
        head = tok.head
        titles = lexicon.words("title_heads") | {"leader"}
        while head.dep_ == "compound" and self.actors.at(head.i) is None and head.pos_ == "PROPN" and head.lower_ not in titles:
            head = head.head  # "Idriss", a first name the NER left out of "Abdel Karim"
        m = self.actors.at(head.i)
        if m is None or m.entity.kind != "PERSON" or tok.i >= m.start:
            return []
        side = self.actors.group(tok.lemma_.lower(), None)
        return [side] if side is not None else []

    def _named_after(self, officer: Token, side: list[Entity]) -> list[Entity]:
        """ "A spokesman for the rebels criticized the remarks. '...,' Abdel Hafiz Ghoga said.": an unnamed officer
        who acts as a subject is the one the next two sentences quote by name, as news names a speaker after
        introducing him by his office. The side the officer speaks for gives his country: a spokesman for Libya's
        rebels is no American quoted next, and an officer of no known country is left alone."""
        if officer.dep_ != "nsubj" or officer.tag_ != "NN" or officer.lower_ not in lexicon.words("title_heads"):
            return []
        homes = {e.country for e in side if e.country}
        if not homes or any(e.kind == "PERSON" for e in side) or self._names_title(officer) or self.actors.at(officer.i) is not None:
            return []
        found = self._quoted_by_name(officer.sent)
        return [found] if found is not None and (found.country is None or found.country in homes) else []

    def _quoted_by_name(self, sent: Span) -> Entity | None:
        """The first person the two sentences after this one name as the speaker of a quote."""
        for _ in range(2):
            if sent.end >= len(self.doc):
                return None
            sent = self.doc[sent.end].sent
            if not any(self.actors.quoted(t.i) for t in sent):
                continue
            for tok in sent:
                if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon.words("say_verbs"):
                    continue
                for c in tok.children:
                    m = self.actors.at(c.i) if c.dep_ == "nsubj" else None
                    if m is not None and m.entity.kind == "PERSON":
                        return m.entity
        return None

    def _speaks_for(self, tok: Token) -> list[Entity]:
        """ "a rebel spokesman", "an opposition leader", "police officials": an unnamed officer of a group acts
        for it (a nationality before the group gives its country: "a Libyan rebel commander")."""
        if self.actors.at(tok.i) is not None:
            return []
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        country = next((iso for c in mods if (iso := self.actors.demonym(c.text)) is not None), None)
        for c in mods:
            group = self.actors.group(c.lemma_.lower(), country) if self.actors.at(c.i) is None else None
            if group is not None:
                return [group]
        return self._body_by_head(mods)

    def _body_by_head(self, mods: list[Token]) -> list[Entity]:
        """ "a council spokesman", "council spokesman Hafiz Ghoga": the one body among the article's most named whose
        name ends in the modifier's word (the National Transitional Council)."""
        for c in mods:
            if self.actors.at(c.i) is not None or c.pos_ not in ("NOUN", "PROPN"):
                continue
            word = c.lemma_.lower()
            bodies = [
                b
                for b in self.actors.salient(12)
                if b.kind == "ORG" and not b.key.startswith("group:") and b.name and norm(b.name).split()[-1:] == [word]
            ]
            if len(bodies) == 1:
                return bodies
        return []

    def _place_like(self, m: Mention) -> bool:
        """Whether a body's name here names a place ("Tahrir Square", "the Jewish Museum"). A seat of government the
        gazetteer knows as a body ("the White House", "the Kremlin") stands for its government where it acts: the
        subject, the agent of a passive or a possessor ("the Kremlin's envoy"); elsewhere it is a place ("talks at the
        White House", "a visit to the White House briefing room")."""
        e = m.entity
        if e.key.startswith("group:"):
            return False  # a group named by a common noun, even one with no country ("police", also a Polish town)
        if set(norm(e.name or "").split()) & lexicon.words("place_org_words"):
            return True
        if e.name is None or self.actors.city(e.name) is None:
            return False
        root = self.doc[m.start : m.end].root
        acts = root.dep_ in ("nsubj", "nsubjpass", "poss") or (root.dep_ == "pobj" and root.head.lower_ == "by")
        return not (acts and e.name in gazetteer.load().curated_bodies)

    def _place_at(self, i: int) -> Location | None:
        return self.actors.place_at(i)

    def _place_in(self, tok: Token) -> Location | None:
        for t in tok.subtree:
            loc = self.actors.place_at(t.i)
            if loc is not None:
                return loc
            if t.i in self.timex_index:
                continue  # "in early March" is a time, not March in Cambridgeshire
            city = self.actors.city(t.text) if t.is_title else None
            if city is not None:
                return city
        return None

    def _location(self, tok: Token, on_objects: bool = False) -> Location | None:
        """Where the trigger's clause says the deed was done: an "in" or "at" phrase on the trigger ("fighting in
        Misrata"), else one on whom or what it acts on ("fired on protesters in Tahrir Square", "arrested activists
        at the airport"), the nearest to the trigger first (``on_objects``: not a meeting's, whose object is the
        person met and whose place says who hosted it). Not "to" or "toward": where someone went, not where."""
        objects = [c for c in tok.children if on_objects and c.dep_ in ("dobj", "nsubjpass")]
        objects += [
            o
            for c in tok.children
            if on_objects and c.dep_ == "prep" and c.lower_ in TARGET_PREPOSITIONS
            for o in c.children
            if o.dep_ == "pobj"
        ]
        pobjs = [
            pobj
            for head in [tok, *sorted(objects, key=lambda c: abs(c.i - tok.i))]
            for child in sorted((c for c in head.children if c.dep_ == "prep" and _where(c)), key=lambda c: abs(c.i - tok.i))
            for pobj in child.children
            if pobj.dep_ == "pobj"
        ]
        # A place a table knows first; a name only the NER reads as a place when the clause names no other.
        return next((p for pobj in pobjs if (p := self._place_in(pobj)) is not None), None) or next(
            (p for pobj in pobjs if (p := self._unlisted_place(pobj)) is not None), None
        )

    def _unlisted_place(self, tok: Token) -> Location | None:
        """A place the NER tags GPE that no table knows ("clashes in Zinjibar", "a rally at Sidi Bouzid"): a town the
        gazetteer lacks or spells otherwise is still where the deed was done, for the reader filtering by place and
        for the linker telling one town's attack from another's. Not a name the article gives a person ("in
        Bolton" after "John Bolton"), nor a name read as an actor (a person, a body, a country) or a nationality.
        Its country is the one the phrase names with it ("Zinjibar, Yemen", "Zinjibar in southern Yemen"), else the
        country the article names most: a story's towns are mostly its country's."""
        for t in tok.subtree:
            if t.ent_type_ != "GPE" or t.ent_iob_ != "B" or t.i in self.timex_index:
                continue
            end = t.i + 1
            while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
                end += 1
            words = [w for w in self.doc[t.i : end] if w.lower_ != "the"]
            name = re.sub(r"['’]s$", "", " ".join(w.text for w in words)).strip()
            if not words or not all(w.is_title for w in words) or len(name) < 3:
                continue
            if any(self.actors.at(j) is not None for j in range(t.i, end)) or self.actors.demonym(name) is not None:
                continue
            if norm(name) in self._person_surnames():
                continue
            if words[-1].text in CONTINENTS:
                continue  # "North Africa", "the Sahel and West Africa": a region of countries, no town
            return Location(name, self._country_of_unlisted(self.doc[t.i : end]))
        return None

    def _country_of_unlisted(self, span: Span) -> str | None:
        """The country of a place no table knows: the one the phrase gives it with, after a comma ("Zinjibar, Yemen")
        or in an "in" phrase on it ("Zinjibar in southern Yemen"); else the one country its sentence names, or the
        country the article names most when the sentence names no other (a story's towns are mostly its country's);
        none when the sentence names several (an air base in Sardinia for NATO's Libya operation)."""
        given = [span.end + 1] if span.end + 1 < len(self.doc) and self.doc[span.end].text == "," else []
        given += [o.i for c in span.root.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children if o.dep_ == "pobj"]
        for i in given:
            place = self.actors.place_at(i)
            if place is not None:
                return place.country
            if self.doc[i].ent_type_ == "GPE":
                return None  # "Fort Hood, Texas": a state or a province no table knows, of a country unnamed
        named: set[str] = set()
        for w in span.sent:
            m, place = self.actors.at(w.i), self.actors.place_at(w.i)
            if m is not None and m.entity.kind != "PERSON" and m.entity.country:
                named.add(m.entity.country)  # a person's country is his nationality, not a setting
            if place is not None and place.country:
                named.add(place.country)
        if len(named) == 1:
            return next(iter(named))
        return self.actors.main_country if not named else None

    def _person_surnames(self) -> frozenset[str]:
        """The last words of the names of the people the article names (normalised): a surname is no place."""
        if self._surnames is None:
            names = {m.entity.name for i in range(len(self.doc)) if (m := self.actors.at(i)) is not None and m.entity.kind == "PERSON"}
            self._surnames = frozenset(norm(n).split()[-1] for n in names if n and n.strip())
        return self._surnames

    def _reported_requests(self, sent: Span) -> list[_Draft]:
        """ "Russia said that Israel should stop ...", "ElBaradei said the United States needed to let go", "the council
        insists Gaddafi step down" (a mandative subjunctive): a demand, reported."""
        out = []
        for tok in sent:
            if tok.lemma_.lower() not in lexicon.words("say_verbs") or tok.pos_ not in ("VERB",):
                continue
            for comp in tok.children:
                if comp.dep_ != "ccomp":
                    continue
                if not (_obliged(comp) or _mandative(comp)) or _inverted_condition(comp):
                    continue  # "said it would arrest him should he enter": a condition, asked of no one
                subj = self._speakers(tok)
                obj = [c for c in comp.children if c.dep_ == "nsubj"]
                if any(o.lower_ in FIRST_PERSON for o in obj):
                    continue  # '"We must do better," the minister said': the speaker's own resolve, asked of no one
                actors = [e for s in subj for e in self._entities(s)]
                if actors and all(_private(e) for e in actors):
                    continue  # '"The West has to hit him hard," said a civil servant': a private view, demanded of no one
                listeners = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
                if (
                    listeners
                    and all(o.tag_ == "PRP" for o in obj)
                    and not self._the_press(listeners)
                    and not self._body_for_person(listeners, obj)
                ):
                    obj = listeners  # "Obama said he told Mubarak that he must act": the one told is the one obliged
                if any(a.dep_ == "auxpass" for v in (comp, *(c for c in comp.children if c.dep_ == "xcomp")) for a in v.children):
                    continue  # "the Brotherhood needs to be treated with caution": what is done to it, asked of no one named
                # "all attacks against civilians must stop": the attackers are asked, not those attacked
                recipients = [e for s in obj for e in (self._doers(s) if self._a_deed(s) else self._entities(s))]
                if all(e.key in {a.key for a in actors} or _same_name(e, actors) for e in recipients):
                    continue  # "officials said they needed to train recruits": what they must do themselves
                if all(e.kind == "COUNTRY" and e.country in countries_of(actors) for e in recipients) and not any(
                    o.lemma_.lower() in lexicon.words("government_nouns") for o in obj
                ):
                    # "a senator said the United States should stay out", "the ministry says citizens should leave": a
                    # view of what one's own country ought to do, or advice to its people, asked of no other side (a
                    # demand on one's own government, "the government needs to listen", stays one)
                    continue
                if actors and recipients:
                    out.append(_Draft("REQUEST", None, tok, verbal=True, actors=actors, recipients=recipients))
        out.extend(d for tok in sent if (d := self._wanted(tok)) is not None)
        return out

    def _body_for_person(self, listeners: list[Token], pronouns: list[Token]) -> bool:
        """ "Clinton told the Human Rights Council that he must step down": "he" or "she" is a person, so it cannot
        be a body or a country told; it names someone else."""
        if not all(p.lower_ in ("he", "she") for p in pronouns):
            return False
        told = [m.entity for t in listeners if (m := self.actors.at(t.i)) is not None]
        return bool(told) and len(told) == len(listeners) and all(e.kind != "PERSON" for e in told)

    def _speakers(self, say: Token) -> list[Token]:
        """Who says a reported clause: the verb's own subject, or the one it shares with the verb it hangs on ("Obama
        praised the army and said it needs to ...", "ElBaradei condemned the speech, saying Mubarak needed to go"),
        as a second verb of a sentence speaks for the first one's subject. None for a passive ("it was said")."""
        subjects, passive = self._subjects(say)
        return [] if passive else subjects

    def _defied(self, d: _Draft) -> _Draft:
        """ "The opposition kept up the boycott despite the appeal", "went ahead despite calls to wait": a deed
        done despite a demand refuses the demand (PLOVER REJECT, CAMEO 12x), by the deed's doer."""
        prep = d.token.head
        if d.type != "REQUEST" or d.verbal or d.token.dep_ != "pobj" or prep.lower_ != "despite" or prep.head.pos_ != "VERB":
            return d
        return self._verbal(prep.head, REFUSAL)

    def _stated_intents(self, sent: Span, drafts: list[_Draft]) -> list[_Draft]:
        """A short text's statement of intent: "the president said he would step down", "the party vowed to replace its
        leader", "the rebels said they would observe a ceasefire". PLOVER codes the saying (AGREE, CAMEO 03x: express
        intent to ...), made now, with the speaker as the one who will act. Only the main verb of a text of fewer
        than ``FULL_ARTICLE`` sentences (a codebook's example, a brief): in a full article "said it would" mostly
        tells a plan the story goes on to report, and what is planned is coded there. Not a deed the tables know
        (coded planned by its own type: a planned aid is AGREE, a planned attack THREATEN as they export), words to
        be said ("said he would stress"), a refusal ("said it would not"), a condition, or a promise already found
        ("pledged to", "agreed to")."""
        root = sent.root
        lemma = root.lemma_.lower()
        if self._full_article or root.pos_ != "VERB" or self._negated(root) or any(d.token.i == root.i for d in drafts):
            return []
        if lemma in REPORTED_PLAN_VERBS:
            said = [c for c in root.children if c.dep_ == "ccomp" and _modal_future(c)]
            said = [c for c in said if any(s.dep_ == "nsubj" and s.tag_ == "PRP" and s.lower_ not in FIRST_PERSON for s in c.children)]
        elif lemma in INTENT_VERBS:
            said = [c for c in root.children if c.dep_ == "xcomp" and _infinitive(c)]
        else:
            return []
        if not said or any(self._negated(c) or _conditioned(c) or _sets_a_condition(c) for c in said):
            return []
        if any(c.lemma_.lower() in lexicon.words("say_verbs") for c in said):
            return []  # "said he would stress the point": what one means to say, no deed
        deeds = {t.i for c in said for t in c.subtree}
        if any(d.token.i in deeds for d in drafts):
            return []  # "said it would supply arms", "vowed to crush the revolt": the deed, planned, is told by its own type
        return [self._verbal(root, INTENT)]

    def _reported_verdicts(self, sent: Span) -> list[_Draft]:
        """ "Russia said the strike was illegal", "Cameron said it was unacceptable that Gaddafi ...", "the minister
        said sheltering them was an act of aggression": the speaker condemns what another did (ACCUSE; PLOVER:
        "criticize, condemn, denounce"), the verdict said of the deed on a copula (``verdict_words``)."""
        out = []
        for tok in sent:
            if tok.lemma_.lower() not in lexicon.words("say_verbs") or tok.pos_ != "VERB" or self._negated(tok):
                continue
            subjects, passive = self._subjects(tok)
            actors = [] if passive else [e for s in subjects for e in self._entities(s)]
            if not actors:
                continue
            for comp in tok.children:
                draft = self._reported_stance(tok, comp, actors) if comp.dep_ == "ccomp" else None
                if draft is not None:
                    out.append(draft)
        return out

    def _reported_stance(self, verb: Token, comp: Token, actors: list[Entity]) -> _Draft | None:
        """What the speaker's clause says: "all options are on the table" (THREATEN), "an intervention would be
        unacceptable" (REJECT of what is proposed), "the strike was illegal" (ACCUSE of the doer)."""
        if _options_open(comp):
            return _Draft("THREATEN", None, verb, verbal=True, actors=actors, stance=True)
        if _hypothetical_verdict(comp) and not self._negated(comp) and not _conditioned(comp):
            return _Draft("REJECT", None, verb, verbal=True, actors=actors, stance=True)
        deed = self._judged(comp) or _crime_told(comp)
        draft = _accusation(verb, actors, self._doers(deed) if deed is not None else [])
        if draft is not None:
            return draft
        # the clause said, or a content clause inside it ("said it had evidence that the militia was behind the attack";
        # a "that" clause the parser hangs on the noun as a relative one keeps its "that" as a mark)
        clauses = [comp, *(t for t in comp.subtree if t.i != comp.i and _content_clause(t))]
        blamed = next((b for c in clauses if (b := self._blamed(c)) is not None), None)
        return _accusation(verb, actors, self._entities(blamed) if blamed is not None else [])

    def _blamed(self, copula: Token) -> Token | None:
        """Whom a copula clause lays a deed at the door of (``blame_words``): its subject ("the leader was to blame",
        "loyalists were responsible for the attack", "the ministry was behind the arrests"), or None; not a guess
        ("may have been to blame") nor a duty ("is responsible for security": no deed)."""
        if copula.lemma_.lower() != "be" or self._negated(copula) or _conditioned(copula):
            return None
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in copula.children):
            return None
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in FIRST_PERSON | {"it"}:
            return None
        words = lexicon.words("blame_words")
        for c in (c for c in copula.children if c.lemma_.lower() in words):
            if c.dep_ == "xcomp" and c.lemma_.lower() == "blame":
                return subject
            preps = [c] if c.dep_ == "prep" else [g for g in c.children if g.dep_ == "prep" and g.lower_ in ("for", "of")]
            if c.dep_ in ("prep", "acomp", "attr") and any(self._a_deed(p) for g in preps for p in g.children if p.dep_ == "pobj"):
                return subject
        return None

    def _a_deed(self, noun: Token) -> bool:
        """Whether a noun names something done: a trigger noun of the tables, or ``deed_nouns`` and ``crime_nouns``."""
        low = noun.lemma_.lower()
        return bool(self.table.get(("noun", low))) or low in lexicon.words("deed_nouns") | lexicon.words("crime_nouns")

    def _ultimatums(self, sent: Span) -> list[_Draft]:
        """ "The council gave the towns until Saturday to surrender or face attack": a term set on pain of force is a
        threat (THREATEN, PLOVER: "threaten ... unless demands are met") of the one who sets it against those given
        the term; what they are to do is not done (``_ultimatum_term``)."""
        out = []
        for tok in sent:
            if tok.pos_ != "VERB" or not any(_ultimatum_term(c) for c in tok.children):
                continue
            actors = [e for c in tok.children if c.dep_ == "nsubj" for e in self._entities(c)]
            recipients = [e for c in tok.children if c.dep_ in ("dobj", "dative") for e in self._entities(c)]
            if actors and recipients:
                out.append(_Draft("THREATEN", None, tok, verbal=True, actors=actors, recipients=recipients, ultimatum=True))
        return out

    def _either_or(self, d: _Draft) -> _Draft:
        """ "Either NATO does its work or we will ask the Security Council to suspend it": the speaker's act, set as
        the price of the other's failing, is an ultimatum (THREATEN of the first clause's subject), made as it is said."""
        head = d.token.head
        if not (d.verbal and d.token.dep_ == "conj" and d.actors) or clause_tense(d.token) != "future":
            return d
        if not any(c.dep_ == "preconj" and c.lower_ == "either" for c in head.children):
            return d
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children):
            return d
        warned = [e for c in head.children if c.dep_ == "nsubj" for e in self._entities(c)]
        if not warned or any(e.key in {a.key for a in d.actors} for e in warned):
            return d
        return _Draft("THREATEN", None, d.token, verbal=True, actors=d.actors, recipients=warned, ultimatum=True)

    def _doers(self, deed: Token) -> list[Entity]:
        """Who did the deed a verdict condemns: a clause's subject ("that Gaddafi can be murdering"), the one named
        ("Gaddafi's regime was criminal"), or the deed's owner ("the NATO strike", "Israel's raid", "the use of
        cluster bombs by the government"), not those it befell ("the arming of the rebels")."""
        if deed.pos_ in ("VERB", "AUX"):
            return [e for c in deed.children if c.dep_ == "nsubj" for e in self._entities(c, True)]
        if self.actors.at(deed.i) is not None:
            return self._entities(deed, True)
        owners = [c for c in deed.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
        owners += [
            p for c in deed.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for p in c.children if p.dep_ == "pobj"
        ]
        return [e for o in owners for e in self._entities(o, True)]

    def _judged(self, copula: Token) -> Token | None:
        """The deed a copula clause condemns ("the strike was illegal": the strike; "it was unacceptable that Gaddafi
        ...": the clause), or None when its complement is no verdict or the clause is negated or hypothetical."""
        if copula.lemma_.lower() != "be" or self._negated(copula) or _conditioned(copula):
            return None
        if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in copula.children):
            return None  # "would be unacceptable": a warning of what is not done
        if not _verdict(copula):
            return None
        subject = next((c for c in copula.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is None or subject.lower_ in FIRST_PERSON:
            return None
        if subject.lower_ == "it" and subject.dep_ == "nsubj":
            clause = next((c for c in copula.children if c.dep_ in ("ccomp", "xcomp", "advcl")), None)
            return clause or _for_to_clause(copula)
        return subject

    def _wanted(self, tok: Token) -> _Draft | None:
        """ "He wanted NATO to maintain its mission", "the bloc wants to see the NTC tackle the problem": what one
        party wants another to do, said (REQUEST)."""
        if tok.lemma_.lower() != "want" or tok.pos_ != "VERB" or self._negated(tok) or _conditioned(tok):
            return None
        comps = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        comps += [g for c in comps if c.lemma_.lower() == "see" for g in c.children if g.dep_ == "ccomp"]
        told = [o for o in tok.children if o.dep_ == "dobj" and any(c.dep_ == "xcomp" and _infinitive(c) for c in tok.children)]
        told += [n for c in comps if c.tag_ == "VB" for n in c.children if n.dep_ == "nsubj"]
        subjects, passive = self._subjects(tok)
        if passive:
            return None
        if not told:
            return self._going_wanted(tok, subjects)
        if any(s.lower_ == "they" for s in subjects) and self.actors.quoted(tok.i):
            return None  # '"They want us to be another Iraq," he said': a motive the speaker imputes, demanded of no one
        actors = [e for s in subjects for e in self._entities(s)]
        recipients = [e for t in told for e in self._entities(t) if not _same_name(e, actors)]
        if not actors or not recipients:
            return None
        return _Draft("REQUEST", None, tok, verbal=True, actors=actors, recipients=recipients)

    def _going_wanted(self, want: Token, subjects: list[Token]) -> _Draft | None:
        """ "The opposition wants the resignation of the president", "Washington wanted to see the departure of
        Gaddafi": wanting someone's going, said, is a demand that he go (as "called for his ouster" is), made of him."""
        objects = [c for c in want.children if c.dep_ == "dobj"]
        objects += [o for c in want.children if c.dep_ == "xcomp" and c.lemma_.lower() == "see" for o in c.children if o.dep_ == "dobj"]
        objects += [c for o in objects for c in o.conjuncts]
        if any(s.lower_ == "they" for s in subjects) and self.actors.quoted(want.i):
            return None  # '"They want our ouster," he said': a motive imputed to others, demanded of no one
        actors = [e for s in subjects for e in self._entities(s)]
        recipients = [e for e in self._removal_owners(objects) if not _same_name(e, actors)]
        if not actors or not recipients:
            return None
        return _Draft("REQUEST", None, want, verbal=True, actors=actors, recipients=recipients)

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
        return ("verb", lemma) in self.table or lemma in lexicon.words("hold_verbs")

    def _date(self, d: _Draft, sent: Span, anchor: TimePoint | None) -> None:
        heading = self._chronology_date(sent)
        if heading is not None:
            d.date, d.dated_by = heading, "heading"
            return
        frame = _framed_deed(d.token) if d.type == "CONSULT" and d.anaphoric and not d.verbal else None
        if frame is not None:
            # "airstrikes began on Saturday during Obama's visit to Brazil", "pledged more strikes at his first meeting
            # with Jalil": a visit or meeting named as the time of a deed took place then, it is not a mere reference
            # (other events so named are: "killed during the demonstrations" tells of the deaths, not of a protest).
            deed = _Draft(d.type, d.mode, frame, verbal=True)
            self._date(deed, sent, anchor)
            d.date, d.dated_by, d.date_cue = deed.date, deed.dated_by, deed.date_cue
            return
        counted = self._counted_back(d, sent, anchor)
        if counted is not None:
            d.date, d.dated_by = counted, "clause"
            return
        then = self._time_clause_date(d)
        if then is not None:
            d.date, d.dated_by = then, "clause"
            return
        own = self._clause_tokens(d.token)
        conceded: set[int] = set()
        # A deed told as done by the time of writing, in the present perfect ("The Brotherhood has called for its
        # followers to march on Friday") or, as a verb, in the simple past ("ordered schools closed until May 6",
        # "promised elections by April 2012"): a day after the publication is the day of what it calls for or the
        # term it sets, not its own; so is one after a call that announces a protest ("are calling for mass protests on
        # Saturday"): the day is the protest's, the call is reported now.
        told_done = _present_perfect(d.token) or (d.verbal and d.token.tag_ == "VBD") or _told_on_past_verb(d) or d.announces
        done = self.article.published if told_done else None
        if d.type == "CONCEDE" and d.refusal and d.token.dep_ == "ccomp":
            # "said on Tuesday he would not seek re-election in September": conceded when said, not in September
            own, conceded = self._clause_tokens(d.token.head), {t.i for t in d.token.subtree}
        if d.ultimatum:  # "gave them until Saturday to surrender": Saturday is the term, not the day it was set
            conceded = {t.i for c in d.token.children if c.dep_ == "prep" and c.lower_ in PERIOD_BOUNDS | {"by"} for t in c.subtree}
        asked = _content_tokens(d) - _telling_times(sent)
        usable = [
            (tx, s, e)
            for tx, s, e in self.timex_tokens
            if sent.start <= s < sent.end
            and self._datable(tx)
            and not self._names_another_event(s, e, d.token)
            and s not in conceded
            and s not in asked
            and not (done and tx.point is not None and tx.point.start > done)
            and not _aside_apart(sent, s, d.token.i)
            and not _bounding_clause(self.doc[s], d.token)
        ]
        in_clause = [(tx, s, e) for tx, s, e in usable if any(i in own for i in range(s, e)) and not _sequenced(self.doc[s], d.token)]
        if not in_clause and not d.verbal and not d.anaphoric and (gov := _governing_verb(d.token)) is not None:
            # "Zuma will visit Tripoli next week for talks with Gaddafi, the presidency said on Wednesday": the
            # talks are dated by the clause of the verb they hang on, not by the statement's day.
            governed = self._clause_tokens(gov)
            in_clause = [(tx, s, e) for tx, s, e in usable if any(i in governed for i in range(s, e))]
        if not in_clause and not d.verbal and (arranged := _arranged(d.token)) is not None:
            # "there is a large demonstration planned for tomorrow": the day the event is arranged for
            governed = self._clause_tokens(arranged)
            in_clause = [(tx, s, e) for tx, s, e in usable if any(i in governed for i in range(s, e))]
        if in_clause:
            d.date, d.dated_by = self._best(in_clause, d.token.i, d), "clause"
            return
        if _present_perfect(d.token):
            usable = [(tx, s, e) for tx, s, e in usable if self._dates_perfect(d.token, s)]
        # The main clause of the sentence, not a relative clause about something else.
        main = [
            (tx, s, e)
            for tx, s, e in usable
            if not _describes_noun(self.doc[s], outside=d.token)
            and not _bound_of(self.doc[s:e].root)
            and not _sequenced(self.doc[s], d.token)
            and not _sequenced(d.token, self.doc[s])
        ]
        if main and not d.anaphoric:
            d.date, d.dated_by = self._best(main, d.token.i, d), "sentence"
            return
        if not main and not d.anaphoric and (begun := self._history_month(usable, d, anchor)) is not None:
            d.date, d.dated_by = begun, "sentence"
            return
        # "backed X's bid to join the bloc on Thursday"; not a time outside the "after" clause the report is in ("a day
        # after the president resigned, shops readied themselves for Sunday": the resignation came before it).
        if len(usable) == 1 and anchor is None and not d.anaphoric and d.verbal and not _sequenced(d.token, self.doc[usable[0][1]]):
            d.date, d.dated_by = self._best(usable, d.token.i, d), "lede"
            return
        # The narrative's day dates a report in the simple past; one in the present perfect with no time of its own
        # ("NATO has accused Gaddafi of using human shields") names no past day, and the brief dates it by the
        # publication month, below.
        if (
            anchor is not None
            and not d.anaphoric
            and not _perfect_report(d)
            and not _pluperfect_background(d.token)
            and not self._told_over_span(sent, own, d.token)
        ):
            d.date, d.dated_by = anchor, "anchor"
            return
        pub = self.article.published
        if pub is None or d.anaphoric:
            return
        tense = clause_tense(d.token)
        if (d.verbal and (tense != "future" or d.refusal or self._progressive(d.token))) or (
            not d.verbal and d.type != "CONSULT" and tense == "past"
        ):
            # A report in the past or present perfect with no time expression ("clashes erupted in Suez",
            # "about 100 people took part in the demonstration"): the publication's month; so is a refusal, made as
            # it is said ("officials say he will not quit"), and a present progressive ("thousands are demanding").
            # A deed told as just done ("troops have now withdrawn") is of the publication's day itself, and so is
            # one told in the simple present ("Biden says", "rights group urges"): the news of the day.
            now = (_told_now(d.token) or _reportive_present(d.token)) if d.verbal else False
            d.date, d.dated_by = (TimePoint(pub.isoformat(), pub, pub, "day") if now else month_of(pub)), "publication"

    def _told_over_span(self, sent: Span, own: set[int], tok: Token) -> bool:
        """ "For months the two sides traded accusations", "in recent weeks police arrested dozens", "over the past few
        days he pledged elections", "clashed with protesters in the early days": a deed told over a span (a duration
        of no stated length on a preposition of its own clause) is a recap of that span, not a deed of the day the
        narrative has reached; the narrative's day does not date it (the publication's month does, as for a deed with
        no time). Not in the future: "will meet in the coming days" names no span gone by."""
        if clause_tense(tok) == "future":
            return False
        for tx, s, e in self.timex_tokens:
            if not sent.start <= s < sent.end or not any(i in own for i in range(s, e)):
                continue
            if _span_timex(tx) and _on_span_preposition(self.doc[s:e].root):
                return True
        return False

    def _dates_perfect(self, tok: Token, start: int) -> bool:
        """ "X has been shut down, the ministry told CNN on Tuesday": a deed in the present perfect is dated by a time
        outside its clause only through a verb its clause hangs on (the telling, by which it was done). English names
        no past day with the present perfect, so a day in another clause of the sentence ("have made few advances
        since launching their revolt in February", "has deployed drones, using them on Saturday") is that clause's."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
        other = _clause_verb(self.doc[start])
        if verb is None or other is None:
            return False
        teller = _teller(other)
        return teller in verb.ancestors or other in verb.ancestors or _attributes(teller, verb)

    def _before_publication_month(self, day: TimePoint) -> bool:
        pub = self.article.published
        return pub is not None and day.end < month_of(pub).start

    def _counted_back(self, d: _Draft, sent: Span, anchor: TimePoint | None) -> TimePoint | None:
        """ "a day after Mubarak stepped down", "two days after rebels seized the town", "a week after", "hours after": an event
        told in a clause counted back from the clause it hangs on happened that many days before that clause's day
        (its own time expression, else the narrative's day)."""
        verb = d.token if d.token.pos_ in ("VERB", "AUX") else _governing_verb(d.token)
        if verb is not None and d.type == "CONCEDE" and d.refusal and verb.dep_ == "ccomp":
            verb = verb.head  # "the day after Mubarak announced he would not run": conceded when announced
        while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "a day after the United States moved warships closer and froze $30 billion": that day too
        if verb is not None and verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "advcl":
            verb = verb.head  # "a day after NATO admitted killing civilians": the killing owned up to that day
        if verb is None or verb.dep_ != "advcl" or verb.head.i == verb.i:
            return None
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"), None)
        if mark is None:
            return None
        matrix = verb.head
        measure = next(
            (c for c in (*verb.children, *matrix.children) if c.dep_ == "npadvmod" and c.i < mark.i and mark.i - c.i <= 2),
            None,
        )
        if measure is None and matrix.dep_ == "npadvmod" and matrix.i < mark.i and matrix.head.i != matrix.i:
            # "..., a day after NATO admitted ...": the parser hangs the clause on the measure itself
            measure, matrix = matrix, matrix.head
        if measure is None:
            return None
        unit = measure.lemma_.lower()
        count = next((c for c in measure.children if c.dep_ in ("nummod", "det")), None)
        if unit in ("hour", "minute"):
            days = 0
        elif unit in ("day", "morning", "week") and count is not None:
            n = {"a": 1, "the": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(count.lower_)
            if n is None or (unit == "morning" and n != 1):
                return None
            days = n * 7 if unit == "week" else n
        else:
            return None
        before = self._clause_tokens(matrix)
        found = [
            (tx, s, e)
            for tx, s, e in self.timex_tokens
            if sent.start <= s < sent.end
            and self._datable(tx)
            and any(i in before for i in range(s, e))
            and not (s > 0 and self.doc[s - 1].lower_ == "for")  # "readied themselves for Sunday": a day ahead of it
        ]
        base = self._best(found, matrix.i) if found else anchor
        if base is None or base.granularity != "day":
            return None
        d.date_cue = f"{measure.text} after"
        day = base.start - dt.timedelta(days=days)
        return TimePoint(day.isoformat(), day, day, "day")

    def _time_clause_date(self, d: _Draft) -> TimePoint | None:
        """ "a civil war since February, when thousands rose up", "on Monday, when forces opened fire", "until March
        2006, when he disappeared": an event told in a clause on a time expression happened at that time (the bound of
        a period too: the clause tells what happened then)."""
        verb = d.token if d.token.pos_ in ("VERB", "AUX") else _governing_verb(d.token)
        while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "when thousands rose up and seized the town"
        chained = (
            verb is not None and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in verb.children)
        )
        if chained and verb is not None:
            verb = verb.head  # "in March 2006, when he disappeared before police arrested him": in that month too
        if verb is None or verb.dep_ != "relcl":
            return None
        for tx, s, e in self.timex_tokens:
            if (
                s <= verb.head.i < e
                and tx.point is not None
                and tx.type in ("DATE", "TIME")
                and not (chained and tx.point.granularity == "day")
            ):
                d.date_cue = tx.text
                return tx.point
        return None

    def _history_month(self, usable: list[tuple[Timex, int, int]], d: _Draft, anchor: TimePoint | None) -> TimePoint | None:
        """ "Protests that began on February 15 descended into civil war after Gaddafi's forces opened fire": a
        sentence whose only dates tell when something it speaks of began, in a month before the story's, is that
        thing's history, and what it tells in the past followed that beginning, in its month (not on the day the
        story has reached)."""
        if clause_tense(d.token) != "past":
            return None
        for tx, s, _e in usable:
            verb = _clause_verb(self.doc[s])
            if (
                tx.point is not None
                and tx.point.granularity == "day"
                and verb is not None
                and verb.dep_ in ("relcl", "acl")
                and verb.lemma_.lower() in lexicon.words("begin_verbs")
                and (anchor is None or month_of(tx.point.start).end < anchor.start)
            ):
                d.date_cue = tx.text
                return month_of(tx.point.start)
        return None

    def _chronology_date(self, sent: Span) -> TimePoint | None:
        """The date heading a chronology's line, "Feb. 28 - EU governments approve sanctions": it dates the line
        (the tagger reads such a line's present tense as the past)."""
        first = sent.start + (1 if self.doc[sent.start].text in CHRONOLOGY_DASHES else 0)
        for tx, s, e in self.timex_tokens:
            if s == first and e < sent.end and self.doc[e].text in CHRONOLOGY_DASHES and self._datable(tx):
                return tx.point
        return None

    def _names_another_event(self, start: int, end: int, own: Token | None = None) -> bool:
        """ "a 1943 uprising", "the 2016 election", "the 1982 Lebanon War": a date that names a noun, not this event
        (``own``: the event's word; "Blair's 2007 visit to Libya" names the visit the word reports, and dates it)."""
        root = self.doc[start:end].root
        if root.lower_.rstrip(".") in WEEKDAY_NAMES:
            return False  # "after Friday prayers", "the Tuesday meeting": a day of the story's week, not a name
        if own is not None and root.head.i == own.i:
            return False
        return root.dep_ in ("nummod", "compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i > root.i

    def _datable(self, tx: Timex) -> bool:
        return tx.point is not None and tx.type in ("DATE", "TIME") and tx.mod not in ("AFTER", "BEFORE")

    def _best(self, found: list[tuple[Timex, int, int]], near: int, d: _Draft | None = None) -> TimePoint:
        tx, _s, _e = max(found, key=lambda f: (granularity_rank(f[0].point.granularity if f[0].point else None), -abs(f[1] - near)))
        assert tx.point is not None
        if d is not None:
            d.date_cue = tx.text
        if tx.mod == "APPROX" and not tx.point.approximate:
            return replace(tx.point, approximate=True)
        return tx.point

    def _habitual(self, tok: Token) -> bool:
        """ "has repeatedly attacked": a habit, not one event."""
        return any(c.dep_ == "advmod" and c.lower_ in lexicon.words("habitual_adverbs") for c in tok.children)

    def _negated(self, tok: Token) -> bool:
        return any(c.dep_ == "neg" for c in tok.children)

    def _status(self, d: _Draft) -> None:
        if _said_ahead(d.token):
            # "Mubarak will say he will not seek another term": what a statement still to be made tells is still to come
            d.status = "planned"
            self._weekday_ahead(d)
            return
        if d.refusal or d.ultimatum:
            return  # "will not step down" is a refusal made now, not a plan; an ultimatum's term lies ahead, it is set now
        if d.call is not None:
            if d.date is None and d.call.dated_by in ("clause", "sentence"):
                # "called for a rally Monday": the day in the call's clause is the one it names for the rally
                d.date, d.dated_by, d.date_cue = d.call.date, d.call.dated_by, d.call.date_cue
            d.status = "planned"  # a protest called for is announced, as the brief codes a plan: its day is the coming one
            self._weekday_ahead(d)
            return
        pub = self.article.published
        if clause_tense(d.token) == "future" and not (
            self._progressive(d.token) and (d.date is None or pub is None or d.date.start <= pub)
        ):
            d.status = "planned"  # "will meet"; "is meeting" only with a date ahead ("riot police are using tear gas" is now)
        if not d.verbal and any(c.lower_ in lexicon.words("planned_modifiers") for c in d.token.children):
            d.status = "planned"
        if d.date is not None and pub is not None and d.date.start > pub and not d.inferred:
            d.status = "planned"
        governor = self._governor(d.token)
        if governor is not None and governor.lemma_.lower() in lexicon.words("cancel_verbs"):
            d.status = "cancelled"  # "Putin cancelled his visit", "the talks were called off"
        elif governor is not None and governor.lemma_.lower() in lexicon.words("deny_verbs"):
            d.status = "denied"  # "the Kremlin denied that the two had met"
        elif self._reported_future(d.token):
            d.status = "planned"  # "Britain said it would supply body armour to the rebels"
        elif self._hypothetical(d.token) or self._asked(d.token):
            d.status = "hypothetical"  # "if Netanyahu met Putin", "Abbas would meet him", "did Israel strike?"
        elif d.status == "occurred" and self._scheduled(d.token):
            d.status = "planned"  # "Jibril is due on Tuesday to travel to China"
        elif d.status == "occurred" and ((d.type not in SPEECH_TYPES and _arranging(d.token)) or _arranged_ahead(d.token)):
            # "they are organizing a march", "marches are planned for Cairo": not yet done ("are calling for a rally": the
            # call is made now)
            d.status = "planned"
        if d.status == "occurred" and _participle_of_future(d.token):
            d.status = "planned"  # "will march on Friday, calling on the president to resign": said as the march is
        elif d.status == "planned" and d.verbal and d.type in SPEECH_TYPES and _kept_up(d.token):
            d.status = "occurred"  # "they will continue to demand his resignation": they demand it now
        if d.status == "planned":
            self._weekday_ahead(d)
        said = self._said_will(d.token) or (d.status == "planned" and self._quoted_will(d.token))
        if self._full_article and d.type in COMMITMENTS and d.status in ("planned", "hypothetical") and said:
            # "said Egypt would honor its treaties": in a news story the promise (or refusal) is made as it is said; a
            # PLOVER brief codes what one will do as planned ("Slovakia will refuse to ratify it")
            d.status = "occurred"

    def _weekday_ahead(self, d: _Draft) -> None:
        """ "Jibril was due on Tuesday to travel to China": a plan is set for a day ahead of the report, so a bare
        weekday read as the past week's (the past tense of "was due") is the coming one. A protest called for on a
        day the story names ("on Thursday the party called for marches after Friday prayers") is set for a day ahead of
        the call, not of the publication: a weekday after the call's day is already the coming one."""
        pub = self.article.published
        if pub is None or d.date is None or d.date.granularity != "day" or d.dated_by not in ("clause", "sentence"):
            return
        if d.date_cue.lower().rstrip(".") not in WEEKDAY_NAMES or d.date.start >= pub:
            return
        called = d.call.date if d.call is not None else None
        if called is not None and called.granularity == "day" and called.start < d.date.start:
            return
        if _past_plan_day(d.token, d.date_cue):
            return
        day = d.date.start + dt.timedelta(days=7)
        d.date = TimePoint(day.isoformat(), day, day, "day")

    def _progressive(self, tok: Token) -> bool:
        """ "are using", "is holding", "are using tear gas to disperse": a present progressive, at the word or the verb
        it depends on (a plan only when its date lies ahead)."""
        cur = tok
        for _ in range(4):
            if _going_on_now(cur):
                # "is planning to shut the networks", "are preparing to attack": the plan goes on now, its deed is ahead
                return cur.i == tok.i or cur.lemma_.lower() not in lexicon.words("future_heads")
            if cur.dep_ not in ("xcomp", "advcl", "conj") or cur.head.i == cur.i:
                return False
            cur = cur.head
        return False

    def _asked(self, tok: Token) -> bool:
        """ "Did the United States invade Egypt?", "Will Mubarak step down?": a yes-no question asks whether it
        happened (a wh-question, "Why did Egypt arrest them?", takes it as given)."""
        if not tok.sent.text.rstrip().rstrip("'\"” ").endswith("?"):
            return False
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        auxes = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ not in ("to",)]
        wh = any(c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in verb.subtree)
        if wh:
            return False
        if subjects and auxes and min(auxes) < min(subjects):
            return True
        if _asked_above(verb):
            return True  # "Is Kenya going to arrest them?", "Do you think the army will fire?": the clause above asks
        # "So, he wants Suleiman to take over?": a statement asked back, the interviewer's question, not a report ("said
        # he met ...?" reports what was said)
        says = verb.lemma_.lower() in lexicon.words("say_verbs")
        return verb.dep_ == "ROOT" and not (says and any(c.dep_ == "ccomp" for c in verb.children))

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

    def _reported_future(self, tok: Token) -> bool:
        """ "Britain said on Wednesday it would supply body armour", "he told reporters he would head to Tripoli":
        the future of a reported statement with no condition is a plan, as a reader takes it (not "would strike
        if Tehran enriched uranium", nor "said a no-fly zone would be an act of war")."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
        if not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
            return False
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTED_PLAN_VERBS:
            return False
        conditions = ("if", "unless", "provided", "whether", "until")
        return not any(t.lower_ in conditions or _inverted_condition(t) for t in verb.head.subtree)

    def _hypothetical(self, tok: Token) -> bool:
        cur = tok
        for _ in range(4):
            if _conditioned(cur) or _posited(cur) or _advised(cur) or _appraisal(cur) in SPECULATIVE_ADJECTIVES or _no_choice_but(cur):
                return True
            if cur.tag_ in ("VBZ", "VBP", "VB") and any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in cur.children):
                return True  # "keep the pressure on until he steps down"
            aux_had = [c.i for c in cur.children if c.dep_ == "aux" and c.lower_ == "had"]
            subjects = [c.i for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
            if aux_had and subjects and aux_had[0] < subjects[0]:
                return True  # "had Mubarak stepped down on Thursday, ..."
            if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS for c in cur.children):
                return True
            if _under_ought(cur):
                return True  # "he ought to have apologised": a reproach about the past, as "should have" is
            if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ in SPECULATIVE_ADVERBS for c in cur.children):
                return True  # "maybe the people will rise up", "the rebels possibly fled": a guess, as a modal makes it
            if cur.head.i == cur.i or cur.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep", "ccomp", "pcomp"):
                return False
            if cur.dep_ in ("xcomp", "ccomp") and cur.head.lemma_.lower() in lexicon.words("wish_verbs"):
                # "expected him to announce he was stepping down", "would wait until ... to step down"; but "is expected
                # to meet", "expects to conduct more strikes" are plans (the tense says so)
                return not (
                    cur.dep_ == "xcomp" and cur.head.lemma_.lower() == "expect" and not any(c.dep_ == "dobj" for c in cur.head.children)
                )
            cur = cur.head
        return False

    def _scheduled(self, tok: Token) -> bool:
        """ "is due to travel", "was set on Tuesday to sign": an infinitive after "be" and an adjective of the
        future ("due", "set") is planned."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
        if verb is None or verb.dep_ not in ("xcomp", "advcl") or not _infinitive(verb):
            return False
        return any(c.dep_ == "acomp" and c.lemma_.lower() in lexicon.words("future_heads") for c in verb.head.children)

    def _said_will(self, tok: Token) -> bool:
        """ "said Egypt would honor its treaties", "added that Libya would continue to honor contracts", "said he
        will only recognize a government led by him": what one says one will do, reported."""
        cur = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
        future = False
        for _ in range(4):
            if cur is None or cur.head.i == cur.i:
                return False
            future = future or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in cur.children)
            if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in lexicon.words("say_verbs"):
                return future
            if cur.dep_ not in ("xcomp", "conj"):
                return False
            cur = cur.head
        return False

    def _quoted_will(self, tok: Token) -> bool:
        """'"The United States will recognize the council," she said' with the saying out of the sentence: a
        commitment in someone's quoted words, in the plain future ("will", not "would"), is made as it is spoken."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
        if verb is None or not self.actors.quoted(verb.i):
            return False
        return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)

    def _last_day(self, sent: Span) -> TimePoint | None:
        """The day the narrative has reached: the last day the sentence's main clauses name, not a day ahead ("will
        march on Friday"). A date that describes a noun is background and moves the story to no day of its own: one
        that names it ("recalled a March 3 meeting") is passed over, one in a clause about it ("a revolt that began
        on February 15") counts only when the sentence names no other day and it lies in the publication's month."""
        heading = self._chronology_date(sent)
        pub = self.article.published
        if heading is not None and (pub is None or heading.start <= pub):
            # "August 30 - The council says the colonel was killed on August 27": a chronology's line is told on its
            # heading's day (a week or month too, "Last week: ..."); the days its text names are background to it.
            return heading
        days = [
            (point, s, _describes_noun(self.doc[s]))
            for point, s in self._narrative_dates(sent)
            if point.granularity == "day"
            and not _looks_ahead(self.doc[s])
            and not _posed(self.doc[s])
            and (pub is None or point.start <= pub)
        ]
        main = [(p, s) for p, s, about_noun in days if not about_noun]
        root = self._clause_tokens(sent.root)
        own = [p for p, s in main if s in root]
        if own:
            # "Troops retook the town on Tuesday, two days after rebels seized it on Sunday": the story has reached the
            # day of the sentence's own clause, not the one a later clause names
            return own[-1]
        if main:
            return main[-1][0]
        # "An uprising that began on March 2 turned into a war": a day in a clause about a noun, in a month
        # before the publication's, is the story's history; the narrative does not move back to it.
        told = [p for p, _s, _about in days if not self._before_publication_month(p)]
        return told[-1] if told else None

    def _history(self, sent: Span) -> TimePoint | None:
        """ "Her daughter was killed in an air strike in 1986. Washington blamed Tripoli.": a main clause's month or
        year of the article's background (years before it) takes the story back into its history, away from the day
        it had reached, until it tells of something in the present again."""
        pub = self.article.published
        if pub is None:
            return None
        back = [
            point
            for point, s in self._narrative_dates(sent)
            if point.granularity in ("month", "year")
            and pub.year - point.start.year >= BACKGROUND_YEARS
            and not _describes_noun(self.doc[s])
        ]
        return back[-1] if back else None

    def _narrative_dates(self, sent: Span) -> list[tuple[TimePoint, int]]:
        """The sentence's dates that can move the narrative (``_last_day``, ``_history``), each with its first token:
        not a bound of a period ("from March 3", "until Friday") and not the name of another event ("the 2016
        election")."""
        return [
            (tx.point, s)
            for tx, s, e in self.timex_tokens
            if sent.start <= s < sent.end
            and tx.point is not None
            and not _bounds_a_period(self.doc[s])
            and not _bound_of(self.doc[s:e].root)
            and not self._names_another_event(s, e)
        ]

    # -- merging and finishing -----------------------------------------------
    def _merge_nested(self, drafts: list[_Draft]) -> list[_Draft]:
        """Triggers of one clause ("flew to Russia for a meeting with Putin") are one mention."""
        merged: list[_Draft] = []
        for d in sorted(drafts, key=lambda x: (not x.verbal, x.token.i)):
            host = next(
                (
                    m
                    for m in merged
                    if m.type == d.type
                    and m.status == d.status
                    and self._nested(d.token, m)
                    and _dates_agree(m.date, d.date)
                    and not _turned_on(d, m)
                ),
                None,
            )
            if host is None:
                turned = next((m for m in merged if m.verbal and self._nested(d.token, m) and _turned_on(d, m)), None)
                if turned is not None and not d.verbal and d.date is None:
                    d.date, d.dated_by, d.date_cue = turned.date, turned.dated_by, turned.date_cue  # the advance beaten back that day
                merged.append(d)
                continue
            host.actors.extend(d.actors)
            host.recipients.extend(d.recipients)
            host.location = host.location or d.location
            host.destination = host.destination or d.destination
            if d.mode and MODE_RANK.get(d.mode, 0) > MODE_RANK.get(host.mode or "", 0):
                host.mode = d.mode
            if host.date is None or (
                d.date is not None and granularity_rank(d.date.granularity) > granularity_rank(host.date.granularity) and not d.inferred
            ):
                host.date = d.date or host.date
            host.absorbed.append(d.token)
        return merged

    def _describes_someone(self, d: _Draft) -> bool:
        """ "rebels who have seized much of the east", "Gaddafi, who seized power in 1969": a clause that tells who
        someone is, not what the story reports; one with a day of its own ("who on Tuesday seized Brega") is news."""
        tok = d.token
        if d.verbal and d.type != "PROTEST":
            # "which has begun to crack down", "which has kidnapped foreigners and attacked Western targets": the verbs
            # a relative clause's verb takes on or is joined to describe as it does (not a crowd's: "protesters who
            # defied a ban and took to the streets" report the protest)
            for _ in range(3):
                if tok.dep_ not in ("xcomp", "conj") or tok.head.pos_ not in ("VERB", "AUX"):
                    break
                tok = tok.head
        if not d.verbal or tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            return False
        head = tok.head
        if self.actors.at(head.i) is None and head.lemma_.lower() not in lexicon.words("title_words"):
            return False  # about a named actor or a holder of a title ("the two leaders, who have met before")
        relative = ("who", "whom", "whose", "which", "that") if self.actors.at(head.i) is not None else ("who", "whom", "whose")
        if not any(c.lower_ in relative and c.i < tok.i for c in tok.subtree):
            return False  # "the resolution which expels the diplomats" is news; "who" tells about someone, and so does
            # "which" about a named state or body ("Qatar, which has backed the rebels")
        own = self._clause_tokens(tok)
        return not any(
            tx.point is not None and tx.point.granularity in ("day", "time") and not _loosely_ago(tx.text)
            for tx, s, _e in self.timex_tokens
            if s in own
        )

    def _attack_by_no_one_named(self, d: _Draft) -> bool:
        """Whether a short text's attack is its report though no attacker is resolved, as a codebook's example codes
        it, attacker unknown: the weapon or the attack is the subject ("A car bomb exploded outside the ministry", "A
        suicide attack killed 15 soldiers"), its doer is named by the deed alone ("A suicide bomber blew himself up"),
        or someone had it done to him ("The opposition leader was assassinated", "survived an assassination
        attempt"). Not a toll ("12 rebels were killed", "the virus killed 150"), and not in a full article, whose
        attacks without an attacker are mostly tolls and references (``_finish``)."""
        if self._full_article:
            return False
        tok = d.token
        if not d.verbal:
            return self._suffered(tok) and self._what_a_short_text_reports(tok)
        if tok.dep_ != "ROOT":
            return False
        if any(c.dep_ == "nsubjpass" for c in tok.children):
            return tok.lemma_.lower() not in lexicon.words("casualty_verbs")
        weapons = lexicon.words("weapon_nouns")
        for subject in (c for c in tok.children if c.dep_ == "nsubj"):
            words = [subject, *(m for m in subject.children if m.dep_ in ("compound", "amod"))]
            if any(w.lemma_.lower() in weapons for w in words) or any(
                t.type == "ASSAULT" for t in self.table.get(("noun", subject.lemma_.lower()), ())
            ):
                return True
        return _has_agent(tok, lexicon.words("unnamed_attackers"))

    def _what_a_short_text_reports(self, noun: Token) -> bool:
        """Whether an event noun is what a short text reports, dated or not: the subject or object of its sentence's
        main verb ("Monks staged a hunger strike", "The council set up an inquiry", "Demonstrations swept the
        capital"), in a text of fewer than ``FULL_ARTICLE`` sentences (a codebook's example, a wire brief). A full
        article's undated event noun is a reference back ("asked about recent air strikes"), and so is one further
        down a short text's clause ("defied the ban on demonstrations")."""
        return not self._full_article and noun.dep_ in ("dobj", "nsubj", "nsubjpass") and noun.head.dep_ == "ROOT"

    def _nested(self, tok: Token, host: _Draft) -> bool:
        if tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.i == host.token.i and tok.pos_ == "VERB" and host.type != "CONSULT":
            return True  # "marched to protest", "struck Kharkiv, killing seven": one event
        own = self._clause_tokens(host.token)
        return tok.i in own or any(tok.i in self._clause_tokens(a) for a in host.absorbed)

    def _not_a_report(self, d: _Draft) -> str | None:
        """Why a draft reports no event, or None."""
        if self._commentary:
            return "a signed commentary: its author's argument"  # "The opinions expressed in this commentary are solely ..."
        if not d.verbal and d.type != "CONSULT" and d.date is None and not self._what_a_short_text_reports(d.token):
            return "nominal, undated"  # "asked about recent air strikes": a reference to an event, not a report of it
        if self._describes_someone(d):
            return "relative clause about someone"
        if d.verbal and _aim_described(d.token):
            return "aim of someone described"  # "rebels seeking to topple Gaddafi", "powers bent on overthrowing leaders"
        other = (
            self._another_happening(d) or self._no_one_targeted(d) or _denied_deed(d) or _no_deed_told(d) or self._no_deed_of_its_type(d)
        )
        if other is not None:
            return other
        if d.verbal and _wished(d.token) and d.call is None:
            return "wished: subjunctive or for-to clause"  # "adamant that Gaddafi step down", "the push for Mubarak to step down"
        if d.verbal and d.type not in ("CONSULT", "PROTEST") and _forecast(d.token):
            # "NATO is expected to endorse", "Tripoli looked set to crush the rebels"; a meeting or a rally expected on a
            # day is scheduled ("supporters are expected to gather on Friday"), a plan
            return "forecast: expected to"
        if (unreported := self._not_news(d)) is not None:
            return unreported
        if d.type in SPEECH_TYPES and d.verbal and _for_years(d.token):
            return "habitual: for years"  # "Washington has urged Mubarak for years to reform": a stance, not one demand
        if d.type == "CONSULT" and d.verbal and _kin_contact(d.token):
            return "private: a talk with one's own family"  # "I spoke to my brother", "he failed to meet his brother"
        if d.type == "CONSULT" and d.token.lemma_.lower() == "meet" and self._met_with_thing(d.token):
            return "meet: came up against"  # "the rebels met stiff resistance", "complaints were met with indifference"
        if d.type == "REQUEST" and d.token.lemma_.lower() == "tell" and self._told_press(d.token):
            return "told the press"  # '"We must be careful," he told Reuters': a statement to the press, asked of no one
        if d.type == "PROTEST" and d.token.lemma_.lower() in ("strike", "striking") and self._military_strike(d.token):
            return "strike: an attack, not a walkout"  # "NATO jets struck Tripoli", "a missile struck near the station"
        if d.type == "REQUEST" and (not_asked := _no_demand_made(d)) is not None:
            return not_asked
        if (d.type in SPEECH_TYPES or d.type == "COERCE") and d.verbal and self._document_says(d.token) and not self._published_finding(d):
            # "the resolution calls for a freeze", "the report urged reform", "the resolution bars an occupation force":
            # what it says or rules, not a demand made or a force used that day
            return "a document's text"
        if d.type == "SUPPORT" and d.verbal and d.token.lemma_.lower() in RECOGNITION and self._recognized_as_given(d.token):
            return "recognition as background"  # "the council, recognized by France as ...", "is recognized by"
        if d.type == "THREATEN" and d.token.lemma_.lower() == "warn" and _warned_against(d.token):
            return "warned against: advice"  # "warned against taking too long": a counsel, no one threatened
        if d.type == "COOPERATE" and d.token.lemma_.lower() == "work" and d.token.tag_ == "VBG" and not _together(d.token):
            return "working with: ongoing"  # "has been working with Libya on reforms": a relation, not one act
        pub = self.article.published
        if d.date is not None and pub is not None and pub.year - d.date.start.year >= BACKGROUND_YEARS and self._full_article:
            return "background: years before publication"  # "Gaddafi seized power in 1969", "the 1986 raid on Tripoli"
        return None

    def _standing(self, d: _Draft) -> bool:
        """ "Egypt provides intelligence to the United States", "Qatar hosts a large US base", "the programme gives
        money to the retired": a giving, hosting or working with said in the plain present, in a full article's own
        words, with no time of its own (dated by the story's anchor or its publication), is a standing arrangement,
        not one act. A heading's or a lede's present ("Obama meets Mubarak") and a quote's keep their news."""
        tok = d.token
        if not self._full_article or tok.tag_ not in ("VBZ", "VBP") or self.actors.quoted(tok.i):
            return False
        return not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and d.dated_by in ("anchor", "publication")

    def _another_happening(self, d: _Draft) -> str | None:
        """Why the word names a happening that is not its type's event (people fleeing, shots into the air, a crowd
        that gathers for its own ends, an aim), or None."""
        if d.type == "RETREAT" and d.token.lemma_.lower() in ("flee", "escape") and self._civilians_flee(d.token):
            return "civilians fleeing"
        if d.type == "ASSAULT" and (shot := _shot_at_no_one(d.token)) is not None:
            return shot
        if d.type in FORCE_TYPES | {"PROTEST"} and any(self._market_move(w) for w in _moving_words(d)):
            return "a market's move"  # "gold has rallied", "crude futures shot up to $120 a barrel", "had a bond rally"
        if d.type == "COERCE" and d.token.lemma_.lower() in lexicon.words("closing_verbs") and _facility_shut(d.token):
            return "a plant shut: an outage"  # "the company shut its pipelines", "forced coal-fired plants to shut"
        if d.type == "COERCE" and d.token.lemma_.lower() in TAKING_VERBS and (why := _nothing_taken(d.token)) is not None:
            return why
        if not d.verbal:
            return None
        if d.type in ("PROTEST", "ACCUSE") and d.token.lemma_.lower() == "celebrate" and any(c.dep_ == "dobj" for c in d.token.children):
            # "crowds celebrated Mubarak's resignation", "fighters celebrate the capture of the town", "a night out to
            # celebrate a wedding": what is celebrated is the news (the resignation, the capture), or none; a crowd
            # that celebrates in the streets, with no object, is the gathering the brief codes
            return "a celebration of something: no protest"
        if d.type == "PROTEST" and _modal_future(d.token) and any(s.lower_ in FIRST_PERSON for s in self._subjects(d.token)[0]):
            return "a vow: we will protest"  # '"We will demonstrate again and again," a man told Reuters': resolve, no plan
        if d.type == "PROTEST" and self._officials_gather(d.token):
            return "officials gathering"  # "foreign ministers gathered in Istanbul": a meeting, not a protest
        if d.type == "PROTEST" and d.token.lemma_.lower() == "gather" and self._gathered_otherwise(d.token):
            return "gathering: no protest"  # "fans gathered to watch the service", "places where crowds gather"
        if d.type == "PROTEST" and self._armed_side_moves(d.token):
            return "an armed side on the move: no protest"  # "rebel vehicles gathered at the gate", "rebels blocked the road"
        if d.type == "MOBILIZE" and _sent_to_evacuate(d.token):
            return "sent to evacuate: no mobilization"  # "sent three ships to help in the evacuation"
        if d.type == "SUPPORT" and self._backs_no_one(d.token):
            return "support of no one named"  # "the UK recognizes states, not governments", "commend themselves to God"
        if d.type == "RETREAT" and _ouster_aimed(d.token):
            return "ouster as an aim or a part played"  # "aiming to topple Gaddafi", "the alliance which helped topple him"
        if d.type in ("PROTEST", "REQUEST") and self._describes_the_targeted(d.token):
            return "describes those attacked or arrested"  # "an assault on civilians protesting his rule"
        if d.type == "CONSULT" and (why := self._no_visit(d.token)) is not None:
            return why
        if d.type == "CONCEDE" and d.token.lemma_.lower() in lexicon.words("admission_verbs") and self._admits_a_fact(d.token):
            return "admits a fact"  # "officials conceded that the army was proving elusive": nothing yielded
        if d.type == "REJECT" and self._rejects_a_view(d.token):
            return "rejects a view: a disagreement"  # "rejected the idea that ...", "rejected that argument"
        if d.type in ("THREATEN", "AGREE", "MOBILIZE") and self._happening_speaks(d.token):
            # "protests threatened to split the country", "the defection reinforced the image of a crumbling regime"
            return "a happening threatens or offers: no one speaks"
        return None

    def _no_deed_of_its_type(self, d: _Draft) -> str | None:
        """Why a verb's words name no new deed of its type, or None: a participle describing a thing ("a no-fly zone
        ordered by the UN"), the receiving end of "met by/with" ("the delegation was met by demonstrators"), a vehicle
        that arrives, a promise about an impersonal future, a feeling or practice given up."""
        if not d.verbal:
            return None
        tok = d.token
        lemma = tok.lemma_.lower()
        if d.type != "ASSAULT" and self._participle_on_a_thing(tok):
            return "participle: a thing described"
        if d.type == "CONSULT" and lemma == "meet" and self._subjects(tok)[1] and _met_by_a_deed(tok):
            return "met by or with: the receiving end"  # "was met by protesters", "were met with tear gas"
        if d.type == "CONSULT" and lemma in lexicon.words("journey_verbs") and self._vehicle_moves(tok):
            return "journey: a vehicle arrives"  # "a tanker arrived in Singapore", "the convoy arrived in Niger"
        if d.type == "AGREE" and lemma in PROMISE_VERBS and self._promised_a_happening(tok):
            return "forecast: a promise of no deed"  # "promising that more oil would come online"
        if lemma == "give" and _gives_up_an_attitude(tok):
            return "given up: a feeling or a practice"  # "gave up hope", "had given up war as a means"
        return None

    def _participle_on_a_thing(self, verb: Token) -> bool:
        """ "Enforcing a no-fly zone ordered by the UN", "the curfew imposed by the army": a past participle that
        describes a thing (not someone: "journalists arrested" reports an arrest) tells what the thing is, a deed
        reported elsewhere or before; one with a time of its own ("sanctions imposed in February", "the curfew
        imposed on Friday") reports when it was done, and stays."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ != "NOUN":
            return False
        if self.actors.at(verb.head.i) is not None or verb.head.lemma_.lower() in lexicon.words("person_nouns"):
            return False
        own = {t.i for t in verb.subtree}
        return not any(s in own for _tx, s, _e in self.timex_tokens)

    def _vehicle_moves(self, verb: Token) -> bool:
        """ "A tanker is expected to arrive in Singapore", "the convoy arrived in Niger": the one that arrives is a
        vehicle or a craft, no visitor."""
        subjects = self._subjects(verb)[0]
        crafts = VEHICLE_NOUNS | lexicon.words("weapon_nouns")
        return bool(subjects) and all(s.lemma_.lower() in crafts and self.actors.at(s.i) is None for s in subjects)

    def _promised_a_happening(self, verb: Token) -> bool:
        """ "Promising that more of it would come online", "pledged that prices would fall": what is promised is a
        clause whose active subject is neither a side nor a pronoun for one, a forecast about things; "promised the
        government would launch a dialogue", "pledged that they will look into it" and "promised that elections would
        be held" (passive: the promiser holds them) are pledges."""
        if any(c.dep_ == "xcomp" or (c.dep_ == "dobj" and self.actors.at(c.i) is None) for c in verb.children):
            return False  # "promised to reform", "pledged aid" (whom it is promised to, "promised Italy that ...", is no deed)
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if len(clauses) != 1 or any(c.dep_ in ("auxpass", "nsubjpass") for c in clauses[0].children):
            return False
        subjects = [c for c in clauses[0].children if c.dep_ in ("nsubj", "expl")]
        people = lexicon.words("person_nouns") | lexicon.words("government_nouns")
        return bool(subjects) and all(
            self.actors.at(s.i) is None
            and s.lower_ not in PERSONAL_PRONOUNS
            and s.tag_ not in ("WP", "WDT")
            and s.lemma_.lower() not in people
            for s in subjects
        )

    def _no_one_targeted(self, d: _Draft) -> str | None:
        """Why a word of blame or of a blast, said of a thing or a place, targets no one, or None."""
        if not d.verbal:
            return None
        if d.type == "ACCUSE" and d.token.lemma_.lower() == "blame" and self._blames_a_thing(d.token):
            return "blamed a thing: no one accused"  # "blamed the weather for the delay", "blamed bad luck"
        if d.type == "ASSAULT" and d.token.lemma_.lower() in OUTBURSTS and self._place_erupts(d.token):
            return "a place erupts: unrest, no attack"  # "Egypt will explode", "the country will erupt"
        return None

    def _no_visit(self, verb: Token) -> str | None:
        """Why a journey or a talk is no meeting, or None: "NATO warplanes flew low overhead", "pilots flew their jets to
        Malta" (a craft flies, or is flown); "the minister defected and flew to London", "fled and arrived in Tunisia" (a
        flight from one's side, ``flight_verbs``); "speaking to Reuters", "spoke with reporters" (the press)."""
        lemma = verb.lemma_.lower()
        if lemma in lexicon.words("journey_verbs"):
            crafts = lexicon.words("weapon_nouns")
            subjects = self._subjects(verb)[0]
            if (subjects and all(s.lemma_.lower() in crafts for s in subjects)) or any(c.dep_ == "dobj" for c in verb.children):
                return "journey: a craft flies"
            joined = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
            if any(j.lemma_.lower() in lexicon.words("flight_verbs") for j in joined):
                return "journey: a flight, no visit"
        if lemma in ("speak", "talk"):
            heard = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for p in c.children if p.dep_ == "pobj"]
            if self._the_press(heard):
                return "talk: to the press"
            if not heard and any(_no_one_talked_with(c) for c in verb.children):
                return "talk: with no one"
            if not heard and _statement_setting(verb):
                return "speaking: where a statement was made"  # "Speaking at a news conference, the minister said ..."
        return None

    def _happening_speaks(self, verb: Token) -> bool:
        """ "Protests threatened to sink the country into civil war", "revolutions threatening the grip of autocrats",
        "the vote offers a broad mandate", "their weapons offer little": a happening or a thing (a trigger noun,
        ``deed_nouns``, ``weapon_nouns``, ``happening_nouns``) that threatens, offers or promises is a risk, a provision
        or a prospect; a threat, an offer or a pledge is made by someone."""
        subjects, passive = self._subjects(verb)
        if passive or not subjects:
            return False
        things = lexicon.words("happening_nouns") | lexicon.words("deed_nouns") | lexicon.words("weapon_nouns")
        return all(
            s.pos_ == "NOUN" and self.actors.at(s.i) is None and (s.lemma_.lower() in things or self._is_trigger_noun(s)) for s in subjects
        )

    def _rejects_a_view(self, verb: Token) -> bool:
        """ "Rejected the idea that democracy can be imposed", "largely rejected that argument", "object to the style of
        idealism", "rejecting assessments of stalemate": what is rejected is a view (``view_nouns``), a disagreement,
        not a refused demand, offer or plan ("rejected the peace plan", "rejected the allegations"; "rejected the idea
        of talks", "the idea of deploying a force": a proposal of a deed, refused)."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        # "refuse to accept my standpoint": a refusal aimed at a view is a disagreement too
        objects += [
            o for x in verb.children if x.dep_ == "xcomp" and x.lemma_.lower() in ACCEPTING_VERBS for o in x.children if o.dep_ == "dobj"
        ]
        views = lexicon.words("view_nouns")
        if not objects or not all(o.lemma_.lower() in views for o in objects):
            return False
        deeds = [
            t
            for o in objects
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for t in c.children
            if t.tag_ == "VBG" or ("noun", t.lemma_.lower()) in self.table
        ]
        return not deeds

    def _market_move(self, tok: Token) -> bool:
        """ "Gold has rallied", "investors viewed Friday's rally as overdone", "after shooting
        up to $120 a barrel, crude futures ...", "a bond rally", "we had a Treasuries rally": the one that rallies or
        shoots up is a market (``market_nouns``)."""
        markets = lexicon.words("market_nouns")
        if tok.pos_ in ("VERB", "AUX"):
            movers = self._subjects(tok)[0]
        else:
            # A rally's own modifier names what rallies ("a bond rally", "the stock market rally"); only a market move's
            # words come here, so "food price protests" stay protests, and a "price" modifier tells what a crowd
            # rallies about ("a fuel price rally").
            movers = [c for c in tok.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.lemma_.lower() != "price")]
            if tok.dep_ in ("dobj", "nsubj") and tok.head.pos_ in ("VERB", "AUX"):
                movers += [c for c in tok.head.children if c.dep_ == "nsubj"]
        return any(t.lemma_.lower() in markets or t.lower_ in markets for m in movers for t in (m, *m.children) if t.dep_ != "prep")

    def _blames_a_thing(self, verb: Token) -> bool:
        """ "Blamed the weather for a lack of air strikes", "blames bad luck": what is blamed is a thing, no person,
        body or country, and no one is blamed "on" ("blamed the violence on Islamists" accuses the Islamists);
        nobody is accused (PLOVER ACCUSE needs someone accused), whoever the "for" phrase names."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objects or any(self._entities(o) for o in objects):
            return False
        blamed_on = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
        return not blamed_on and all(o.pos_ == "NOUN" and o.lemma_.lower() not in lexicon.words("person_nouns") for o in objects)

    def _place_erupts(self, verb: Token) -> bool:
        """ "Egypt will explode", "the capital erupted": a country or a city that explodes or erupts is a place in
        turmoil (a figure of speech), no attack; a bomb that explodes in it is told with the bomb as the subject."""
        subjects, passive = self._subjects(verb)
        if passive or not subjects:
            return False
        return all(self._a_country(s) or s.ent_type_ in ("GPE", "LOC") for s in subjects)

    def _a_country(self, tok: Token) -> bool:
        """Whether a word names a country (as a mention of it)."""
        m = self.actors.at(tok.i)
        return m is not None and m.entity.kind == "COUNTRY"

    def _admits_a_fact(self, verb: Token) -> bool:
        """ "Conceded that Gaddafi's army was proving elusive", "conceded they were struggling": a "that" clause and no
        object admits a fact; "conceded that its air strike had killed civilians" admits a deed of force (wrongdoing),
        "conceded defeat" yields."""
        if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            return False
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        # what is admitted is the clause's verb (and its conjuncts) or its subject ("that its air strike was a mistake"),
        # not any word deeper in it ("the alliance had yet to remove the threat", "the siege was a priority")
        heads = [h for c in clauses for h in (c, *c.conjuncts)]
        heads += [s for h in heads for s in h.children if s.dep_ in ("nsubj", "nsubjpass")]
        deeds = [
            t
            for t in heads
            if t.pos_ in ("VERB", "NOUN")
            and any(tr.type in FORCE_TYPES for tr in self.table.get(("verb" if t.pos_ == "VERB" else "noun", t.lemma_.lower()), ()))
        ]
        return bool(clauses) and not deeds

    def _not_news(self, d: _Draft) -> str | None:
        """Why a verbal draft is no news: a deed someone is obliged to do (asked, not done), a full article's condition
        ("if", "unless", "whether") or yes-no question, a charge of force on one's own people, or a commentator's view;
        or, in a full article, a hypothetical."""
        if _subject_of_a_guess(d.token):
            # "Shutting down the internet would be impossible", "an attack on Iran could be a disaster": a deed named
            # as what a modal clause is about is weighed, not reported
            return "speculation: a deed the subject of might, could, would"
        if self._full_article and d.status == "hypothetical" and not _sets_a_condition(d.token):
            # "Gaddafi might already have fled", "Washington should urge Mubarak to go", "would like to step down": a
            # story's guess, advice or wish, no report (the act a condition sets, "would close the border if ...", stays)
            return "speculation: might, could, should"
        armed = d.type == "ASSAULT" or (d.type == "COERCE" and d.token.lemma_.lower() in TAKING_VERBS)
        if armed and d.status in ("planned", "hypothetical") and _sets_a_condition(d.token):
            # "if people attack the depots, they will shoot them", "would seize Sirte by force if talks failed": force of
            # arms on terms is a threat (its speaker's), not a deed planned; a measure on terms ("would close the
            # border if ...") stays
            return "conditional force: a threat"
        if d.verbal and d.type == "COERCE" and d.token.lemma_.lower() in TAKING_VERBS and _taking_aimed(d.token):
            # "massing to try to take back the cities", "if they manage to capture Zawiyah", "once they capture the
            # city", "taking Sirte would bring ...": a place the side means or hopes to take, not one taken
            return "a taking aimed at: tried, hoped, to come"
        if self._full_article and not d.verbal and (verb := _governing_verb(d.token)) is not None and _conditioned(verb):
            # "if protests start in their countries", "whether uprisings will spread": the noun's clause is a condition
            # or a question, as a verb's is below; nothing is reported to have happened
            return "condition: if, unless, whether"
        if not d.verbal:
            return None
        if _ultimatum_term(d.token):
            return "ultimatum: a term set"  # "gave the towns until Saturday to surrender or face attack": not done
        if d.type not in SPEECH_TYPES and _asked_to(d.token):
            # "Gaddafi should step down", "he will have to abandon power": a demand's content; an act of speech under
            # "should" ("the US should urge Mubarak to go") stays a hypothetical request, as a modal of advice makes it
            return "obliged: asked, not done"
        if self._full_article and _conditioned(d.token):
            return "condition: if, unless, whether"  # "would descend into chaos if his father stepped down": no one stepped down
        if self._full_article and self._asked(d.token):
            return "question: asks whether"  # "Did the United States invade Egypt?", an interviewer's "So he wants to leave?"
        if d.type == "REQUEST" and any(c.dep_ in ("dobj", "dative") and c.lower_ in REFLEXIVES for c in d.token.children):
            return "asked of oneself"  # '"I ask myself," said a widow', "the army had to ask itself": no one else is asked
        if d.type == "ASSAULT" and _own_people_charged(d.token):
            # '"The regime continues to shell its own citizens"', "as long as the army keeps bombing its own people": a
            # ruler's war on his people told as what he goes on doing is the speaker's charge (ACCUSE), not one attack
            return "a charge: attacks on one's own people, ongoing"
        if (
            d.type in FORCE_TYPES | {"RETREAT"}
            and self.actors.quoted(d.token.i)
            and _present_progressive(d.token)
            and d.dated_by != "clause"
        ):
            # '"Cameron is a problem, he is bombing Libya," he said', '"NATO is retreating," he shouted': a speaker's
            # picture of what a side is doing these days, no one deed; a witness's "they are shelling us now" has its
            # time and stays
            return "a quote's picture: is doing, no time"
        if d.type in FORCE_TYPES and _running_tally(d.token):
            # "has conducted 755 sorties since March 31", "36 people had been killed since Saturday": a count of many
            # deeds over a span, told to sum a campaign up, not one attack or arrest
            return "a tally since a date: many deeds"
        if _generic_when(d.token):
            return "habitual: when it happens"  # "when threatened, he attacks": what someone does whenever, no one deed
        if self._full_article and _argued(d.token):
            return "commentary: it is obvious that"  # "It is obvious he will not step down": the writer's argument
        if self._commentators_view(d.token, d.type in SPEECH_TYPES):
            return "commentary: an analyst's view"  # '"He has not given up," said an expert', "analysts say", "analysts believe"
        witnessed = d.type in FORCE_TYPES and d.status == "occurred"  # '"They shelled us," said a shopkeeper': testimony
        if not witnessed and self._commentators_view(d.token, d.type in SPEECH_TYPES, self._by_private_person):
            return "a private person's remark"  # '"He is a criminal," said a pensioner', "a shopkeeper said he hopes"
        if d.type in STANDING_TYPES and self._standing(d):
            return "a standing relation: simple present"  # "Qatar hosts a large US base", "Egypt provides intelligence"
        return self._no_day_of_its_own(d)

    def _no_day_of_its_own(self, d: _Draft) -> str | None:
        """Why a full article's verb tells what goes on, not what happened on a day, or None: a naming verb in the
        plain present (a standing view), a demand in the present progressive (a standing aim), a perfect progressive
        (background); each with no time of its own."""
        if d.type in SPEECH_TYPES and self._habitual_speech(d):
            return "habitual: a standing view, simple present"  # "Gaddafi describes the rebels as rats"
        if d.type in ("REQUEST", "PROTEST") and self._ongoing_demand(d):
            return "a standing demand: is demanding, no time"  # "the opposition is demanding a new constitution"
        if self._ongoing_background(d):
            return "background: has been doing, no time"  # "the administration has been pressing Mubarak to reform"
        return None

    def _habitual_speech(self, d: _Draft) -> bool:
        """ "Gaddafi describes the rebels as rats", "the group calls them traitors", "brands the strikes a crime": an
        accusation or a stance told with a naming verb (``CHARACTERIZING_VERBS``) in the plain present in a full article's own words, with no time of its
        own, is what someone habitually says or holds (a standing view), not one statement on a day; news prose tells a
        statement in the past ("described", "said on Monday"). A heading's or a lede's present ("Obama urges Mubarak
        to go") and a quote's keep their news, as ``_standing`` keeps them."""
        lemma = d.token.lemma_.lower()
        if lemma not in CHARACTERIZING_VERBS or not self._standing(d):
            return False
        # "calls them traitors" names; "calls for elections", "calls on Mubarak to go" asks (a heading's present)
        return not any(c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on", "off", "up") for c in d.token.children)

    def _ongoing_demand(self, d: _Draft) -> bool:
        """ "The opposition is demanding a constitutional monarchy", "the Egyptian people are demanding democracy",
        "they're all protesting about inequality": a demand or a protest told in the present progressive, in a full
        article's own words or a quote, at no time of its own (dated only by the story's anchor or its publication),
        is what a side stands for these days, not a demand made or a protest held on a day; a heading's or a lede's
        ("Protesters are demanding ...") and one with its own time ("are marching today") keep their news."""
        if not (self._full_article and d.verbal and _present_progressive(d.token)):
            return False
        return d.dated_by in ("anchor", "publication")

    def _ongoing_background(self, d: _Draft) -> bool:
        """ "The administration has been pressing Mubarak", "rebels have been fighting Gaddafi's forces": the perfect
        progressive, in a full article, with no time of its own (dated only by the story's anchor or its publication),
        tells what has been going on as background to the news, not a deed on a day; "have been fighting since
        Saturday" or "had been shelling the town on Monday" has its time and stays."""
        if not (self._full_article and d.verbal and _perfect_progressive(d.token)):
            return False
        return d.dated_by in ("anchor", "publication")

    def _commentators_view(self, tok: Token, speech: bool, by: Callable[[Token], bool] | None = None) -> bool:
        """ "'Gaddafi has not given up,' said George Joffe, a Middle East expert", "the killing destroyed his
        credibility, analysts say", "senior policy fellow Daniel Korski said the EU might have to be involved": what an
        analyst or a scholar says, believes or forecasts (or says someone must do) is a view of the news, not news.
        The event's own subject counts for a statement only ("a professor criticised the agency"; not "a professor
        shot a video"). ``by`` tells another kind of speaker (a private person's remark is no news either)."""
        said_by = by or self._by_commentator
        cur = tok
        for _ in range(6):
            if cur.pos_ in ("VERB", "AUX") and (cur.i != tok.i or speech) and said_by(cur):
                return True
            if any(c.dep_ == "parataxis" and said_by(c) for c in cur.children):
                return True  # "..., analysts say."
            if cur.head.i == cur.i or cur.dep_ not in ("ccomp", "xcomp", "conj", "dobj", "pobj", "prep", "pcomp"):
                return False
            if cur.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
                return False  # "analysts said so, and the rebels attacked": a second clause with its own subject
            cur = cur.head
        return False

    def _by_commentator(self, verb: Token) -> bool:
        """The verb's subject is, or is described as, a commentator ("analysts", "Joffe, a Middle East expert",
        "Tomas Valasek of a think tank"); a relative clause on it does not count, nor do experts of an
        international body ("U.N. human rights experts", "a panel of U.N. experts": they speak for it)."""
        nouns = lexicon.words("commentator_nouns")
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            stack = [subject]
            while stack:
                t = stack.pop()
                if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in nouns or (t.i > 0 and f"{t.nbor(-1).lower_} {t.lower_}" in nouns)):
                    return not any(
                        c.dep_ in ("compound", "nmod", "poss") and (m := self.actors.at(c.i)) is not None and m.entity.sector == "IGO"
                        for c in t.children
                    )
                stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "ccomp", "advcl"))
        return False

    def _by_private_person(self, verb: Token) -> bool:
        """The verb's subject is, or is put in apposition as, a private person ("Ali Salem, a 60-year-old pensioner",
        "a local shopkeeper", "a widow"): a vox-pop's remark, hope or blame is colour, not a report of what a side did.
        Residents are no such speakers: "residents said the town was shelled" is how news reports a siege. Only the
        subject and its appositions count, not a noun after a preposition ("a spokesman for the shopkeepers")."""
        nouns = lexicon.words("private_speaker_nouns")
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            for t in (subject, *(c for c in subject.children if c.dep_ == "appos")):
                if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in nouns or (t.i > 0 and f"{t.nbor(-1).lower_} {t.lower_}" in nouns)):
                    return True
        return False

    def _document_says(self, verb: Token) -> bool:
        """ "A resolution called for a freeze", "the report urged reform", "a draft calling for a ceasefire": what a
        document says is its text, not a demand someone made that day (its authors' act is adopting it)."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ not in ("dobj", "nsubjpass"):
            subjects = [verb.head]  # "a resolution calling for an end", not "approved a resolution condemning": its adopters speak
        return bool(subjects) and all(s.lemma_.lower() in lexicon.words("document_nouns") for s in subjects)

    def _published_finding(self, d: _Draft) -> bool:
        """ "The UN report accused the army of abuses": a short text's main verb whose subject is a body's report is
        that body's accusation, published (PLOVER ACCUSE; the body is the voice the report speaks in). Only an
        accusation, and only a report of a body the text names: "the resolution calls for" stays a text's wording."""
        if self._full_article or d.type != "ACCUSE" or d.token.dep_ != "ROOT":
            return False
        owners = [c for s in d.token.children if s.dep_ == "nsubj" for c in s.children if c.dep_ in ("compound", "poss", "nmod")]
        return any((m := self.actors.at(o.i)) is not None and m.entity.kind == "ORG" for o in owners)

    def _recognized_as_given(self, verb: Token) -> bool:
        """ "The council, recognized by France as Libya's government", "which many nations now recognize as", "is
        recognized by the rebel authorities": a recognition that describes the one recognized (a participle, a
        relative clause, a passive state), unless a day of its own says when it came."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        participle = verb.dep_ == "acl" and verb.tag_ == "VBN"  # not "the first country to recognize"
        # "the council that many nations recognize": the relative's head is the one recognized, not the recogniser
        recognised_head = verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)
        if not (participle or recognised_head or passive):
            return False
        own = self._clause_tokens(verb)
        return not any(tx.point is not None and tx.point.granularity in ("day", "time") for tx, s, _e in self.timex_tokens if s in own)

    def _met_with_thing(self, verb: Token) -> bool:
        """ "met stiff resistance", "were met with indifference", "failed to meet expectations": what "meet" comes up
        against (or satisfies) is no one to talk to."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        return any(o.lemma_.lower() in lexicon.words("encounter_nouns") for o in objects)

    def _told_press(self, verb: Token) -> bool:
        """ "told Reuters", "told reporters", "told Britain's Sky News": whom "tell" addresses is the press."""
        told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if not told or any(c.dep_ == "ccomp" and _obliged(c) for c in verb.children):
            return False  # "Biden told PBS that Mubarak should listen": a demand, reported to the press
        return self._the_press(told)

    def _the_press(self, told: list[Token]) -> bool:
        """ "Reuters", "reporters", "Britain's Sky News": the ones addressed are all news media or reporters."""
        for t in told:
            m = self.actors.at(t.i)
            press = (m is not None and m.entity.sector == "MED") or t.lemma_.lower() in lexicon.words("press_nouns")
            press = press or " ".join(w.lower_ for w in t.subtree if w.dep_ != "poss" and w.tag_ != "POS") in lexicon.words("media")
            if not press:
                return False
        return bool(told)

    def _military_strike(self, tok: Token) -> bool:
        """ "NATO jets struck Tripoli", "a missile struck near the station", "striking twice in central Tripoli": a
        strike in a sentence of war, by no workers, is an attack (a walkout is "workers went on strike"); a participle
        that describes a noun ("flu-struck Mexico") is struck, no walkout either."""
        if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
            return True  # "flu-struck Mexico", "a record high struck last week": struck, not on strike
        war = any(name == "military" and rx.search(tok.sent.text) for name, rx in context_words())
        weapons = lexicon.words("weapon_nouns")
        # "the bomb which struck inside the base": a relative clause's subject is the noun it describes
        agents = [c for c in tok.children if c.dep_ in ("nsubj", "compound", "poss")] + ([tok.head] if tok.dep_ == "relcl" else [])
        # "NATO strikes", "the army's strikes": a strike that an armed force or alliance makes is an attack
        armed = any((m := self.actors.at(c.i)) is not None and m.entity.sector in ("MIL", "IGO") for c in agents)
        if not war and not armed and not any(c.lemma_.lower() in weapons for c in agents):
            return False
        subjects, _passive = self._subjects(tok) if tok.pos_ in ("VERB", "AUX") else ([], False)
        people = [s for s in subjects if s.lemma_.lower() in lexicon.words("striker_nouns")]
        return not people and not any(t.lemma_.lower() in lexicon.words("striker_nouns") for t in tok.subtree)

    def _officials_gather(self, verb: Token) -> bool:
        """ "Foreign ministers gathered at a meeting", "envoys gathered in Doha": people named by an office who
        gather meet; a crowd protests."""
        subjects, _passive = self._subjects(verb)
        offices = lexicon.words("title_heads") | {"diplomat", "delegate", "delegation", "dignitary", "lawmaker"}
        return bool(subjects) and all(s.lemma_.lower() in offices for s in subjects)

    def _describes_the_targeted(self, verb: Token) -> bool:
        """ "An assault on civilians protesting his rule", "crushed unrest from demonstrators demanding equal rights",
        "were arrested while protesting": a participle that tells who the people attacked or arrested were, or what
        they were doing when it befell them; the report is the attack or the arrest, not a protest or a demand."""
        if verb.tag_ != "VBG":
            return False
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "while" for c in verb.children):
            gov: Token | None = verb.head
        elif verb.dep_ == "acl" and verb.head.dep_ in ("pobj", "dobj", "nsubjpass"):
            people = verb.head
            gov = people.head.head if people.dep_ == "pobj" and people.head.head.i != people.head.i else people.head
        else:
            return False
        if gov is None or gov.i == verb.i:
            return False
        kind = "verb" if gov.pos_ in ("VERB", "AUX") else "noun"
        return any(t.type in FORCE_TYPES for t in self.table.get((kind, gov.lemma_.lower()), ()))

    def _gathered_otherwise(self, verb: Token) -> bool:
        """ "Friends gathered to welcome him back", "fans gathered to watch the service", "when families gather to break
        their fast", "places where crowds gather", "the contact group gathers for its next meeting": people who come
        together for a purpose of their own (an infinitive naming no act of protest, demand, accusation or support), for
        a meeting, or wherever or whenever people do (a present-tense "where" or "when" clause), do not protest."""
        if verb.dep_ == "relcl" and verb.tag_ in ("VBP", "VBZ") and any(c.lower_ in ("where", "when") for c in verb.children):
            return True
        for c in verb.children:
            if (
                c.dep_ == "prep"
                and c.lower_ == "for"
                and any(t.type == "CONSULT" for p in c.children if p.dep_ == "pobj" for t in self.table.get(("noun", p.lemma_.lower()), ()))
            ):
                return True  # "gathers in Istanbul for its next meeting"
        aims = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and _infinitive(c)]
        return bool(aims) and not any(
            t.type in PROTEST_AIMS for a in aims for kind in ("verb", "noun") for t in self.table.get((kind, a.lemma_.lower()), ())
        )

    def _backs_no_one(self, verb: Token) -> bool:
        """ "The UK recognizes states, not governments", "the council that many nations now recognize", "they must
        commend themselves": what is praised, backed or recognized, and whom it is for, names no participant (no
        person, body or country, no people by their nationality, no one a pronoun stands for, the speaker included;
        a reflexive or a relative pronoun stands for no one new): a principle or a gesture, not support of an actor
        ("congratulated Libyans" names them)."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            return False
        objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "for", "to", "of", "on") for p in c.children]
        return not any(
            self.actors.at(t.i) is not None
            or self.actors.demonym(t.text) is not None
            or self.actors.demonym(t.text[:-1]) is not None
            or (t.lower_ in PRONOUNS and t.lower_ not in REFLEXIVES)
            for o in objects
            for t in o.subtree
        )

    def _armed_side_moves(self, verb: Token) -> bool:
        """ "Dozens of rebel vehicles gathered at the western gate", "had the rebels marched into Tripoli", "the rebels
        blocked the main highway": an armed side (rebels, an army: ``ARMED_SECTORS``) that gathers, marches or blocks
        a road moves or holds ground; a protest is made by people in the street, never by an armed side in the
        annotations. Soldiers who protest, or march to protest or to demand something, still protest."""
        if verb.lemma_.lower() in ("protest", "demonstrate"):
            return False
        aims = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and _infinitive(c)]
        if any(t.type in PROTEST_AIMS for a in aims for kind in ("verb", "noun") for t in self.table.get((kind, a.lemma_.lower()), ())):
            return False
        subjects, passive = self._subjects(verb)
        sides = [e for s in ([] if passive else subjects) for e in self._entities(s)]
        return bool(sides) and all(e.sector in ARMED_SECTORS for e in sides)

    def _civilians_flee(self, verb: Token) -> bool:
        """ "Thousands of civilians fled Sirte", "Libyan families fleeing into Tunisia", "migrant workers have fled":
        people escaping a war, not a leader or an army in retreat. Those who flee a war itself ("fled the civil
        war in Sudan") are its refugees, whoever they are. The same people travelling ("a Brazilian man who had
        flown to Lisbon") visit no one."""
        if any(o.dep_ == "dobj" and o.lemma_.lower() in ("war", "fighting", "violence", "conflict") for o in verb.children):
            return True
        subjects, _passive = self._subjects(verb)
        if not subjects and verb.dep_ == "acl":
            subjects = [verb.head]  # "refugees fleeing western Libya"
        civilian = lexicon.words("civilian_nouns") | lexicon.words("kin_nouns")
        # "Ethiopian worker Tesfaye Bekele", "his wife, two sons and a daughter", "other family members": the word
        # that says who they are may be a title before the name, a conjunct or a compound
        subjects = [*subjects, *(c for s in subjects for c in s.conjuncts)]
        subjects = [*subjects, *(c for s in subjects for c in s.children if c.dep_ in ("compound", "appos"))]
        for s in subjects:
            heads = [s, *(p for prep in s.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children)]
            if any(
                h.lemma_.lower() in civilian or (h.tag_ in ("NNS", "NNPS") and self.actors.demonym(h.text[:-1]) is not None) for h in heads
            ):
                return True
        return False

    def _sides(self, d: _Draft) -> tuple[list[Entity], list[Entity]]:
        """The actors and recipients of a draft as a reader codes them, from what its roles found."""
        actors = _unique([self._leaders_own_forces(e) for e in self._refusal_speakers(d) or d.actors])
        if d.type in SPEECH_TYPES and actors and all(e.kind == "COUNTRY" for e in actors):
            # "Lavrov said Moscow opposed intervention": an official who says what his own country does says it
            actors = self._own_speaker(d.token, countries_of(actors)) + actors
        recipients = [self._leaders_own_forces(e) for e in _unique(d.recipients)]
        recipients = [e for e in _unique(recipients) if e.key not in {a.key for a in actors} and not _same_name(e, actors)]
        recipients = self._judged_doers(d, actors, recipients)
        patients = self._held_in_demand(d)
        recipients = [e for e in recipients if e.key not in patients]
        held = d.type in HELD_PLACE_TYPES and (any(self._named_place(e) for e in recipients) or _fallen_place(d.token, d.type))
        if held:
            # "Rebel tanks fired at Tiji", "rebels captured Bir al-Ghanam": a town the gazetteer does not know, taken
            # for a name by the NER, stands for the side holding it (the other side of the article's war, below).
            recipients = [e for e in recipients if not self._named_place(e)]
        if d.type not in SPEECH_TYPES:
            # News media and journalists report and speak; they do not attack, arrest, march or meet ("CNN has also
            # reported on ... breaking up two rallies", "a journalist trapped and beaten"), except a state's media,
            # its government's voice. Speaking to reporters or to Reuters is no consultation either.
            actors = [e for e in actors if e.sector != "MED" or "state" in (e.name or "").lower().split()]
        if d.type in ("CONSULT", "REQUEST"):
            # "told Reuters", "told BBC television", "told reporters": the audience of a statement, not whom it asks
            recipients = [e for e in recipients if e.sector != "MED"]
        if d.type == "ASSAULT":
            # A leader's attacks are his forces' ("Gaddafi tried to crush the rebels"), as a reader codes them, and so
            # are the attacks of a country at war with its rebels ("Libyan officials deny attacking civilians").
            actors = _unique([self.actors.forces_of(a) or self._regimes_forces(a) or self._armed_supporters(a) or a for a in actors])
        if d.type == "PROTEST":
            actors, recipients = self._protest_participants(d, actors, recipients)
        elif (
            d.type == "ASSAULT" and d.token.lemma_.lower() in lexicon.words("mutual_events") and not (actors and self._fought_with(d.token))
        ):
            # "clashes between police and protesters"; not a country whose town the fight is in ("fought a battle in
            # Sirte": Libya is no side beside Gaddafi's fighters)
            homes = countries_of(actors)
            actors, recipients = _unique(actors + [e for e in recipients if not (e.kind == "COUNTRY" and e.country in homes)]), []
            actors = self._two_sides_of(d.token, _without_leaders_of(actors))
        elif d.type == "REQUEST" and all(e.kind == "COUNTRY" for e in recipients) and (going := self._removal_demanded(d)):
            # "demanded the removal of the regime": the one to go, not the country his regime governs
            recipients = [e for e in going if e.key not in {a.key for a in actors}]
        elif not recipients and d.type not in ("CONSULT", "MOBILIZE"):  # partners are named, never guessed
            # A guessed recipient is not the actors' own country ("the Russian Foreign Ministry urged the council ...":
            # not Russia, which only names the ministry).
            homes = countries_of(actors)
            ours = homes if d.type in OWN_OBJECTS else set()
            # ... but a ruler's government the clause names is dealt with, not guessed: its ruler, who tells it apart
            # from the actors of its own country ("ElBaradei called for the government of Hosni Mubarak to stop ...")
            rulers = self._sentence_rulers(d.token.sent)
            recipients = [
                rulers[e.country] if e.kind == "COUNTRY" and e.country in homes and e.country in rulers else e
                for e in self._clause_participants(d)
            ]
            recipients = [
                e
                for e in recipients
                if e.key not in {a.key for a in actors}
                and not _same_name(e, actors)
                and e.country not in ours
                and not (e.kind == "COUNTRY" and e.country in homes)
                and not (held and self._named_place(e))
                and e.key not in patients
            ]
        actors, recipients = self._first_side_acts(d, actors, recipients)
        if d.type == "REQUEST" and d.token.lemma_.lower() in CROWD_DEMANDS:
            actors = self._crowd_protesters(d, actors)
        recipients = self._request_addressed(d, actors, recipients)
        if not recipients and d.type == "REQUEST":
            recipients = self._interlocutor(d, actors) or self._addressed_country(actors)
        if d.type in HELD_PLACE_TYPES and recipients and all(e.kind == "COUNTRY" for e in recipients):
            # a town of the side's own country attacked, taken or left is the other side's ("Gaddafi's soldiers
            # fled their camp outside Tripoli": from the rebels, not from Libya)
            recipients = self._other_side(actors, recipients, d) or self._shut_to(d, actors) or recipients
        elif (
            (d.type in ("ASSAULT", "RETREAT") or held)
            and not recipients
            and actors
            and (d.token.lemma_.lower() not in lexicon.words("mutual_events") or len(actors) == 1)
        ):
            # "Gaddafi forces were hitting us", "rebel fighters fled", "the rebels said they lost 18 men in the battle":
            # one side of the article's war against the other (a fight told with one side only is with the other)
            homes = countries_of(actors)
            recipients = self._side_of_target(d.token, actors) or self._enemy_of(actors, d) or _fallen_from(d.token, d.type, homes)
            main = self.actors.main_country
            armed = [a for a in actors if a.kind != "COUNTRY"]  # "Britain said its warplanes hit": its forces strike
            # "NATO spokeswoman X: 'we struck'": the body strikes, its officer only speaks for it
            armed = [a for a in armed if a.kind != "PERSON"] or armed
            if (
                not recipients
                and d.type == "ASSAULT"
                and main
                and main not in homes
                and armed
                and all(a.sector in ("MIL", "IGO") for a in armed)
            ):
                recipients = [country_entity(main)]  # "NATO aircraft struck again" in a story about Libya: Libya's side
        if d.type == "ASSAULT":
            recipients = self._attacked_forces(d, actors, recipients)
            if recipients and all(_private(e) for e in recipients) and any(t.lower_ == "us" for t in object_tokens(d.token)):
                # '"Gaddafi's troops are hitting us," said a resident': the quoted "us" of someone with no side is
                # the side the attackers fight in the article's war, besides the speaker
                recipients = _unique([*recipients, *self._enemy_of(actors, d)])
            if recipients and {e.key for e in recipients} <= {a.key for a in actors} and len(countries_of(actors)) == 1:
                # a side does not attack itself: "Libyans being shelled by the Gaddafi regime" (Libya, then the
                # regime's own forces) are the other side of the article's war
                recipients = self._enemy_of(actors, d)
        recipients = self._asked_or_hosted(d, actors, recipients)
        fled = d.type == "RETREAT" and d.token.lemma_.lower() in lexicon.words("flight_verbs") and self._fled_abroad(actors, recipients)
        recipients = self._left_or_addressed(d, actors, recipients)
        if d.type == "RETREAT":
            # the leader a defector leaves is not among those who leave
            actors = [a for a in actors if a.key not in {r.key for r in recipients}] or actors
        if not recipients and actors and not fled:  # a flight abroad is aimed at no country, the one reached least
            recipients = self._implied_recipients(d, actors)
        recipients = self._aimed_at(d, actors, recipients)
        return actors, self._off_own_state(d, actors, recipients)

    def _aimed_at(self, d: _Draft, actors: list[Entity], recipients: list[Entity]) -> list[Entity]:
        """The recipients of a criticism or a refusal of words or of a deed: the words' author or the deed's doer when
        the object names one ("disputed Clinton's comment that the government is stable", "rejected the claims by
        the rebels"), else ``recipients`` without those the deed befell or the words are about ("condemned the
        aggression on Libya", "accused them of plotting a revolt against the president"): a speech act targets who
        said or did the thing it judges, never its victim or its topic, even when no one else is left. A refusal
        takes the author only: its object is an offer or a demand more often than a deed (dropping the victims of
        refusals cost a false positive in the check half of the training split and gained nothing)."""
        if d.type not in ("ACCUSE", "REJECT") or not recipients:
            return recipients
        authors = self._authors_judged(d, actors)
        if authors or d.type != "ACCUSE":
            return authors or recipients
        aside = self._victims_and_topics(d.token)
        return [e for e in recipients if e.key not in aside]

    def _authors_judged(self, d: _Draft, actors: list[Entity]) -> list[Entity]:
        """Who said the words a judgement or a refusal has for its object (``WORDS_NOUNS``): the words' owner or the
        object of their "by", "from" or "of" ("Russia's claims", "comments by the minister", "messages from the
        rebels"); none when the object names no author, or only the judge's own side."""
        mine = _side_keys(actors)
        found: list[Entity] = []
        for noun in _judged_objects(d.token):
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in WORDS_NOUNS:
                continue
            owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
            owners += [
                p
                for c in noun.children
                if c.dep_ in ("prep", "agent") and c.lower_ in AUTHOR_PREPOSITIONS
                for p in c.children
                if p.dep_ == "pobj"
            ]
            found += [e for o in owners for e in self._entities(o) if e.key not in mine]
        return _unique(found)

    def _victims_and_topics(self, verb: Token) -> set[str]:
        """The keys of those a judged deed befell or judged words are about, within a judgement's object and its
        "of" or "for" phrase: the "on", "against" or "of" object of a deed noun ("the bombing of Syria", "attacks
        on civilians"), a deed verb's object ("a plan to attack protesters"), the "against" object of any noun ("a
        revolt against the president"), and the topic of words ("his policy on Syria", "claims that troops fired")."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        roots = _judged_objects(verb) + [
            p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "over") for p in c.children
        ]
        # "issued an indictment against Taylor", "made accusations against the army": a charge's own "against" names
        # the accused, not someone a deed befell
        charges = {o.i for o in roots if {t.type for t in self.table.get(("noun", o.lemma_.lower()), ())} & {"ACCUSE", "SANCTION"}}
        aside: set[str] = set()
        for root in roots:
            for tok in root.subtree:
                if tok.i not in charges:
                    aside |= self._befallen_keys(tok)
        return aside

    def _befallen_keys(self, tok: Token) -> set[str]:
        """The keys of those a word of a judged object says were acted on or spoken of (``_victims_and_topics``)."""
        low = tok.lemma_.lower()
        targets: list[Token] = []
        if tok.pos_ == "NOUN" and (self._deed_types(tok) or self._gerund_deed_types(tok)):
            targets += [
                p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "of") for p in c.children if p.dep_ == "pobj"
            ]
        elif tok.pos_ == "NOUN" and low in WORDS_NOUNS:
            targets += [
                p for c in tok.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS for p in c.children if p.dep_ == "pobj"
            ]
            for clause in (c for c in tok.children if c.dep_ in ("acl", "ccomp")):
                targets += [t for t in clause.subtree if self.actors.at(t.i) is not None or t.pos_ in ("NOUN", "PROPN")]
        elif tok.pos_ in ("NOUN", "PROPN"):
            targets += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "against" for p in c.children if p.dep_ == "pobj"]
        if tok.pos_ == "VERB" and self._deed_verb(tok):
            targets += [c for c in tok.children if c.dep_ == "dobj"]
        keys: set[str] = set()
        for x in (x for t in targets for x in (t, *t.conjuncts)):
            place = self._place_at(x.i)  # "the shelling of Misrata": the town's country was struck, not "in" a town
            if place is not None and place.country:
                keys.add("country:" + place.country)
            elif self._names_a_side(x):  # "attacked protesters", not "failed to keep its promises" (a thing, its owner)
                keys |= {e.key for e in self._entities(x)}
        return keys

    def _names_a_side(self, tok: Token) -> bool:
        """Whether a word itself names someone (a name, a group, people), not a thing someone owns."""
        if self.actors.at(tok.i) is not None or tok.lemma_.lower() in lexicon.words("person_nouns"):
            return True
        return tok.pos_ == "PRON" or self._group_reference(tok, tok) is not None

    def _two_sides_of(self, tok: Token, actors: list[Entity]) -> list[Entity]:
        """A fight's sides: those it names, or, told as "the two sides" with fewer than two found, the two named
        before (``_sides_named_before``)."""
        if len(actors) >= 2 or not self._two_sides_said(tok):
            return actors
        return self._sides_named_before(tok.sent) or actors

    def _two_sides_said(self, tok: Token) -> bool:
        """Whether a fight's sides are told as "the two sides" or "both sides" ("stop the two sides from clashing",
        "battles raged between the two sides"): its subject, its own "between" phrase, or that of its clause's verb."""
        subjects, _passive = self._subjects(tok) if tok.pos_ in ("VERB", "AUX") else ([], False)
        args = [*subjects, *(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
        if tok.dep_ == "pcomp" and tok.head.lower_ == "from":
            args += [c for c in tok.head.head.children if c.dep_ == "dobj"]  # "stop the two sides from clashing"
        scope = [tok, tok.head] if tok.pos_ == "NOUN" else [tok]
        args += [
            o
            for t in scope
            for p in t.children
            if p.dep_ == "prep" and p.lower_ in SIDES_PREPOSITIONS
            for o in p.children
            if o.dep_ == "pobj"
        ]
        return any(a.lemma_.lower() == "side" and a.tag_ == "NNS" and any(c.lower_ in ("two", "both") for c in a.children) for a in args)

    def _sides_named_before(self, sent: Span) -> list[Entity]:
        """The two sides "the two sides" of a fight stand for: those the nearest sentence before it (of the two
        before) joins by "and" ("police and protesters", "between pro- and anti-Mubarak supporters"), as a reader
        takes the phrase back; empty when none joins two named groups, people or bodies."""
        for _ in range(2):
            if sent.start == 0:
                return []
            sent = self.doc[sent.start - 1].sent
            for tok in sent:
                if tok.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "conj" for c in tok.children):
                    continue
                sides = [e for e in self._entities(tok) if e.kind != "COUNTRY" and e.sector != "MED"]
                if len(sides) >= 2:
                    return sides
        return []

    def _off_own_state(self, d: _Draft, actors: list[Entity], recipients: list[Entity]) -> list[Entity]:
        """``recipients`` without the actors' own country when the actors are all its state: its leader, army or
        police, beside another recipient ("President Obama eased curbs on Cuban Americans who send money to Cuba":
        Cuba's, not also the United States'). A state's head or force acts for its country, not on it as a whole; a country
        that is the only recipient stays (what else the text acts on is not known). Not a protest nor a departure
        ("Ben Ali fled the country": the country left)."""
        homes = countries_of(actors)
        if d.type in ("PROTEST", "RETREAT") or len(homes) != 1 or not all(self._state_organ(a) for a in actors):
            return recipients
        return [e for e in recipients if not (e.kind == "COUNTRY" and e.country in homes)] or recipients

    @staticmethod
    def _state_organ(e: Entity) -> bool:
        """Whether a side is a state's own organ: its army or police, or its head of state or government."""
        if e.kind == "COUNTRY":
            return False
        return e.sector in ("MIL", "COP") or (e.kind == "PERSON" and gazetteer.leader_title(e.title or ""))

    def _refusal_speakers(self, d: _Draft) -> list[Entity]:
        """Who says a reported refusal: "his son said the veteran ruler would not step down", "a government spokesman
        said the leader will not quit". The refusal is made as it is said, and the speaker makes it (the annotations
        code the speaker's REJECT, whoever the clause's subject is); none when no one said it, the speaker is no one
        the text names, or the clause says "we" or "I" ('"We won't negotiate," the minister said': the speaker's side,
        as its subject already tells)."""
        said = _reported_by(d.token) if d.type == "REJECT" and d.refusal else None
        if said is None or any(s.lower_ in FIRST_PERSON for s in self._subjects(d.token)[0]):
            return []
        subjects, passive = self._subjects(said)
        return [] if passive else [e for s in subjects for e in self._entities(s)]

    def _own_speaker(self, verb: Token, homes: set[str]) -> list[Entity]:
        """The person of one of these countries who says the clause a verb heads: "Lavrov said Moscow opposed ...",
        "Anan said Egypt would honor its treaties", "he added that Libya would continue to honor its contracts" (the
        verb under the one the speaker's clause heads); none for a clause no one of them says. A speaker of no known
        country speaks for the one his clause names, unless he is an official of an international body ("Ban said
        Libya must ..." is Ban's word about Libya)."""
        said = _reported_by(verb)
        if said is None:
            return []
        speakers = [e for c in said.children if c.dep_ == "nsubj" for e in self._entities(c)]
        return [e for e in speakers if e.kind == "PERSON" and (e.country in homes or (e.country is None and e.sector != "IGO"))]

    def _left_or_addressed(self, d: _Draft, actors: list[Entity], recipients: list[Entity]) -> list[Entity]:
        """The recipients of a departure, a recognition or a word to rebels, as a reader codes them."""
        lemma = d.token.lemma_.lower()
        if d.type == "RETREAT" and lemma in ("defect", "defection"):
            return self._defected_from(actors) or recipients
        if d.type == "RETREAT" and lemma in lexicon.words("flight_verbs") and self._fled_abroad(actors, recipients):
            # "the foreign minister fled to Britain", "Gaddafi's generals fled across the desert to Niger": an official
            # or a force of a state who flees abroad leaves the leader it served, not the country it reaches; a leader
            # who flees ("Ben Ali fled to Saudi Arabia") or rebels who escape abroad leave no one the text names there
            return self._defected_from(actors) if all(self._state_side_of(a) for a in actors) else []
        if d.type == "RETREAT" and lemma in lexicon.words("resign_verbs"):
            # "the foreign minister resigned", "quit as the regime's envoy": an official who quits leaves the leader
            # he served, besides the post or the body he names
            return _unique([*recipients, *self._defected_from(actors)])
        if d.type == "SUPPORT" and lemma in RECOGNITION:
            return _unique([self._recognised_body(e) for e in recipients])
        if d.type in SPEECH_TYPES | {"CONSULT"} and actors:
            recipients = self._with_rebel_councils(actors, recipients)
            return self._leader_and_his_men(actors, recipients) if d.type in VERBAL_CONFLICT else recipients
        if d.type in FORCE_TYPES | {"SANCTION"}:
            # "froze assets belonging to Mubarak", "destroyed trucks owned by the regime": the owner of what is hit,
            # seized or frozen is acted on
            mine = {a.key for a in actors}
            return _unique([*recipients, *(e for e in self._owners_of_objects(d.token) if e.key not in mine)])
        return recipients

    @staticmethod
    def _fled_abroad(actors: list[Entity], recipients: list[Entity]) -> bool:
        """Whether sides of one country flee to other countries, the recipients all named only as countries (the
        places reached: "fled to Britain", "escaped across the border into Niger")."""
        homes = countries_of(actors)
        return len(homes) == 1 and bool(recipients) and all(e.kind == "COUNTRY" and e.country not in homes for e in recipients)

    @staticmethod
    def _state_side_of(e: Entity) -> bool:
        """Whether a side serves its state: a state side (``_state_side``: its country named as a whole, its army,
        police or government) or an official with a title ("Libyan Foreign Minister X")."""
        return Extractor._state_side([e]) or (e.kind == "PERSON" and bool(e.title))

    def _asked_or_hosted(self, d: _Draft, actors: list[Entity], recipients: list[Entity]) -> list[Entity]:
        """The recipients of a call for foreign force and of talks abroad with no partner named, as a reader codes
        them; else ``recipients``."""
        if d.type == "REQUEST" and self._intervention_asked(d, actors):
            # "rebels called for air strikes", "urged a no-fly zone": foreign force is asked of the body that can
            # authorise it, the United Nations, not of the side it would strike
            # ("called for NATO air strikes": NATO, the force named to strike, is asked besides)
            return _unique([body_entity(gazetteer.load().bodies[norm("United Nations")]), *self._force_named(d, actors)])
        if d.type == "CONSULT" and not recipients and actors:
            return self._host_country(d, actors)
        return recipients

    def _intervention_asked(self, d: _Draft, actors: list[Entity]) -> bool:
        """Whether a request that names no one asked is for foreign armed intervention (``intervention_nouns``), the
        thing asked for its object ("called for U.N.-backed air strikes", "urged a no-fly zone"; not "called for an
        end to the no-fly zone", nor a request of NATO's or the UN's own)."""
        if d.recipients or any(e.sector == "IGO" for e in actors):
            return False
        asked = [c for c in d.token.children if c.dep_ == "dobj"]
        asked += [p for c in d.token.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        words = lexicon.words("intervention_nouns")
        for noun in asked:
            text = re.sub(r"\s*-\s*", "-", " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i))
            if any(re.search(rf"\b{re.escape(w)}s?$", text) for w in words):
                return True
        return False

    def _force_named(self, d: _Draft, actors: list[Entity]) -> list[Entity]:
        """The international body a request names as the one to act on its asked intervention, by a word before the
        thing asked ("called for NATO air strikes", "urged Security Council action"), not one of the askers."""
        asked = [c for c in d.token.children if c.dep_ == "dobj"]
        asked += [p for c in d.token.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        mods = [m for noun in asked for m in noun.children if m.dep_ in ("compound", "nmod", "poss") and m.i < noun.i]
        found = [m.entity for t in mods if (m := self.actors.at(t.i)) is not None]
        return [e for e in found if e.sector == "IGO" and e.key not in {a.key for a in actors}]

    def _host_country(self, d: _Draft, actors: list[Entity]) -> list[Entity]:
        """The foreign country talks are held in, their host ("held talks in Malta", "had talks in Peru on the
        dispute"): the country named, not a city in it (a city hosts others' meetings as often as its country's)."""
        tok = d.token
        if tok.lemma_.lower() not in lexicon.words("light_verbs"):
            return []
        homes = countries_of(actors)
        talks = [c for c in tok.children if c.dep_ == "dobj"]
        preps = [c for h in [tok, *talks] for c in h.children if c.dep_ == "prep" and c.lower_ == "in"]
        for obj in (c for prep in preps for c in prep.children if c.dep_ == "pobj"):
            m = self.actors.at(obj.i)
            if m is None or self.actors.city(obj.doc[m.start : m.end].text) is not None:
                continue
            if m.entity.kind == "COUNTRY" and m.entity.country and m.entity.country not in homes:
                return [m.entity]
        return []

    def _owners_of_objects(self, verb: Token) -> list[Entity]:
        """Who owns, holds or runs what a verb acts on, as the object's participle names him ("assets belonging to
        Mubarak and his family", "a base held by the rebels", ``owning_verbs``)."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        owning = lexicon.words("owning_verbs")
        owners = [
            p
            for o in objects
            for acl in o.children
            if acl.dep_ == "acl" and acl.lemma_.lower() in owning
            for c in acl.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("to", "by"))
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return [e for p in owners for e in self._entities(p)]

    def _shut_to(self, d: _Draft, actors: list[Entity]) -> list[Entity]:
        """Whom an armed side's road or town cut, sealed or blockaded is shut to (``SHUTTING_VERBS``): the other side
        of its war, not a country the route leads to ("rebels cut the coastal highway to Tunisia": Gaddafi's forces,
        not Tunisia); nothing for a deed of no armed side or of no war the article names."""
        return self._enemy_of(actors, d) if d.type == "COERCE" and d.token.lemma_.lower() in SHUTTING_VERBS else []

    def _enemy_of(self, actors: list[Entity], d: _Draft) -> list[Entity]:
        """The other side of the article's war from actors of one country (``_other_side``), else nothing."""
        homes = countries_of(actors)
        return self._other_side(actors, [country_entity(h) for h in homes], d) if len(homes) == 1 else []

    def _regimes_forces(self, e: Entity) -> Entity | None:
        """The forces of a country's leader, for a country the article names rebels of (a civil war: "Libya's aerial
        bombing of civilians" is Gaddafi's forces'), or None."""
        if e.kind != "COUNTRY" or not e.country:
            return None
        rebels = any(s.key.startswith("group:") and s.sector == "REB" and s.country == e.country for s in self.actors.salient(12))
        leader = self.actors.leader(e.country) if rebels else None
        return self.actors.forces_of(leader) if leader is not None else None

    def _armed_supporters(self, e: Entity) -> Entity | None:
        """A leader's forces, for his supporters attacking in a country whose rebels the article names ("Gaddafi's
        supporters fired rockets at Misrata": his armed side, as a reader codes a civil war's sides), or None;
        supporters who attack where no war is fought ("Mubarak supporters charged the protesters") stay supporters."""
        if not e.key.startswith("group:") or e.sector != "CVL" or not self._at_war(e.country):
            return None
        leader = self.actors.leader(e.country) if e.country else None
        backers = self.actors.supporters_of(leader) if leader is not None else None
        return self.actors.forces_of(leader) if leader is not None and backers is not None and backers.key == e.key else None

    def _implied_recipients(self, d: _Draft, actors: list[Entity]) -> list[Entity]:
        """Whom an act told with no one acted on is aimed at, as a reader resolves it (only types that need no
        recipient: a guess here adds no event, it only completes one)."""
        homes = countries_of(actors)
        home = [country_entity(h) for h in homes] if len(homes) == 1 else []
        if d.type in JUDGING_TYPES and (doers := self._deed_doers(d, actors)):
            # "Russia criticised NATO's strikes", "the spokesman called the attack cowardly", "rebels welcomed the air
            # strikes": a judgement of a deed is aimed at whoever did it
            return doers
        if d.type == "MOBILIZE":
            # "sent warships toward Libya", "deployed ships off the Libyan coast": the country the force moves on;
            # "the council dispatched fighters into the desert": one side of the article's war against the other.
            abroad = self._destination_country(d.token, homes)
            if abroad:
                return [country_entity(abroad)]
            # "the United States is moving ships to the Mediterranean" in a story about Libya: a foreign force
            # moves on the country the story is about
            return (self._other_side(actors, home, d) if home else []) or self._addressed_country(actors)
        if d.type == "COERCE" and d.token.lemma_.lower() in TAKING_VERBS | SHUTTING_VERBS:
            # "rebels seized several towns", "took control of the port": a place is taken from the side holding it;
            # "rebels cut the coastal highway", "troops sealed off the town": a place or a route is shut to it
            return self._other_side(actors, home, d) if home else []
        if d.type in ("REJECT", "AGREE", "CONCEDE") and (maker := self._answered(d, actors)):
            # "Malta rejected the request", "the government rejected the allegations", "accepted the offer": the
            # one who made the request, the allegation or the offer the story told just before.
            return maker
        if d.type in UPRISING_WORDS and (ruler := self._ruler_opposed(d, actors)):
            # "the rebels refused to hold talks as long as he remains", "the opposition rejected any idea of talks",
            # "protesters vowed to fight on": an uprising's or an opposition's word is aimed at the ruler it opposes
            return ruler
        if d.type == "THREATEN" and (enemy := self._regimes_enemy(d, actors)):
            # "he threatened urban warfare": a ruler's or his regime's threat that names no one, in a country at war
            # with its rebels, is aimed at the other side of that war
            return enemy
        if d.type == "AGREE" and self._truce(d.token) and (enemy := self._regimes_enemy(d, actors) or self._enemy_of(actors, d)):
            # "the council declared a two-day truce": a truce one side of a war declares is with the other side
            return enemy
        if d.type in ("THREATEN", "AGREE", "REJECT", "CONCEDE", "RETREAT") and (target := self._addressed_country(actors)):
            # "Washington said all options are on the table", "Italy rejected the proposal" in a story about Libya: a
            # foreign power's threat, promise or refusal that names no one is aimed at the country the story is about
            return target
        protesters = self.actors.group("protester", next(iter(homes))) if len(homes) == 1 else None
        if protesters is None:
            return []
        if d.type in FORCE_TYPES and self._state_side(actors) and (self._protest_acted_on(d.token) or self._bare_crackdown(d.token)):
            # "police used tear gas to quell protests", "troops broke up a demonstration": a state's force on a
            # gathering falls on its people, the protesters, whether or not the story is one of protests
            return [protesters]
        leader = self.actors.leader(protesters.country or "")
        if d.type == "REQUEST" and all(a.key == protesters.key for a in actors):
            # "protesters demanded change": a crowd's demands are put to its government and the leader the article names
            return [*home, *([leader] if leader is not None else [])]
        if d.type == "REQUEST" and self._citizens_demand(d, actors):
            # "the opposition is demanding a new constitution", "lawmakers called for the recall of parliament": the
            # demands a country's own people make of no one named are put to its government, as a crowd's are
            governing = self._ruling_body(protesters.country or "")
            if governing is not None and governing.key in {a.key for a in actors}:
                return []  # the body that governs asks its people, not itself
            return [*home, *([governing] if governing is not None else [leader] if leader is not None else [])]
        if protesters.key not in {e.key for e in self.actors.salient(10)}:
            return []
        the_leader = leader is not None and [a.key for a in actors] == [leader.key]
        if d.type in ("AGREE", "REJECT", "CONCEDE", "REQUEST") and (the_leader or self._officials(actors)):
            # "he pledged a better democracy", "as long as Mubarak refuses to leave", "his son promised dialogue", "the
            # military council pledged to meet their demands", "the vice president urged calm": a leader or his
            # regime's officials and forces, facing protests, promise, refuse, yield to or appeal to the protesters when
            # the sentence names no one else (not the country named as a whole: "Egypt promised reforms" may be
            # addressed to anyone).
            return [protesters]
        if d.type in ("COERCE", "THREATEN") and all(a.kind == "COUNTRY" or a.sector in STATE_FORCES for a in actors):
            # "security forces cracked down hard", "shut down a demonstration", "troops raided houses, arresting
            # hundreds of people": in a story of protests, the state's force falls on the protesters.
            return [protesters]
        return []

    def _ruling_body(self, iso: str) -> Entity | None:
        """The body that governs a country in the article's days when a side that took power does (``groups``: "the
        interim government", the National Transitional Council from September 2011), not its fallen leader."""
        day = self._published_day
        body = groups.governing_body(iso, day) if day is not None else None
        return body_entity(body) if body is not None else groups.ruling_body(self.doc, self._body_at, iso)

    @staticmethod
    def _citizens_demand(d: _Draft, actors: list[Entity]) -> bool:
        """Whether a demand naming no one is made by a country's own people outside its state: its opposition, parties,
        activists, unions, students, lawmakers, groups (not its government, forces, rebels or envoys, nor the country
        as a whole, whose demand may be of anyone); not a call for a protest, which is made to one's followers, nor an
        appeal for calm, made to everyone ("ElBaradei called for calm")."""
        if d.announces or _appeal_to_all(d.token):
            return False
        return all(a.kind != "COUNTRY" and a.sector not in STATE_FORCES | NO_CITIZEN_VOICE and not _private(a) for a in actors)

    @staticmethod
    def _truce(tok: Token) -> bool:
        """Whether a trigger is a truce or ceasefire (``TRUCE_NOUNS``), itself or as the object of its light verb
        ("declared a two-day truce")."""
        return any(t.lemma_.lower() in TRUCE_NOUNS for t in [tok, *(c for c in tok.children if c.dep_ == "dobj")])

    def _regimes_enemy(self, d: _Draft, actors: list[Entity]) -> list[Entity]:
        """The other side of the article's war (``_enemy_of``) for actors all of a state at war with its rebels (the
        country, its leader, government or forces: ``_regimes_forces``), fighting as the leader's forces; else none."""
        homes = countries_of(actors)
        if len(homes) != 1 or not self._state_side(actors):
            return []
        forces = self._regimes_forces(country_entity(next(iter(homes))))
        return self._enemy_of([forces], d) if forces is not None else []

    @staticmethod
    def _officials(actors: list[Entity]) -> bool:
        """Whether the actors are all named officials or bodies of a state (its government, police or army), not the
        country named as a whole."""
        return bool(actors) and all(a.kind != "COUNTRY" and a.sector in STATE_FORCES for a in actors)

    @staticmethod
    def _state_side(actors: list[Entity]) -> bool:
        """Whether the actors are all a state: a country, its government, police or army."""
        return bool(actors) and all(a.kind == "COUNTRY" or a.sector in STATE_FORCES for a in actors)

    @staticmethod
    def _bare_crackdown(verb: Token) -> bool:
        """ "security forces cracked down hard", "a crackdown": a state's crackdown that names no object falls on
        dissent, its protesters ("cracked down on corruption" names its object)."""
        return verb.lemma_.lower() in ("crack", "crackdown") and not any(t.dep_ == "pobj" for t in verb.subtree if t.i != verb.i)

    @staticmethod
    def _protest_acted_on(verb: Token) -> bool:
        """Whether a deed of force acts on a gathering (``protest_nouns``), as its object or through the aim or the
        phrase the verb takes ("quell protests", "used tear gas to try to quell protests", "cracked down on the
        rallies"); not a gathering a relative clause or a reported clause names."""
        gatherings = lexicon.words("protest_nouns")
        stack = [verb]
        while stack:
            cur = stack.pop()
            for c in cur.children:
                if c.dep_ in ("dobj", "nsubjpass", "pobj") and c.lemma_.lower() in gatherings:
                    return True
                if c.dep_ in ("xcomp", "advcl", "prep", "prt") or (c.dep_ == "dobj" and cur.i == verb.i):
                    stack.append(c)
        return False

    def _ruler_opposed(self, d: _Draft, actors: list[Entity]) -> list[Entity]:
        """The ruler an uprising or an opposition stands against: for actors all rebels or opposition (a council,
        a party, protesters) of one country, its ruler (``_ruler``) when he is none of theirs."""
        homes = countries_of(actors)
        if len(homes) != 1 or not all(e.sector in ("REB", "OPP") for e in actors):
            return []
        return [e for e in self._ruler(next(iter(homes)), d) if e.sector not in ("REB", "OPP")]

    def _answered(self, d: _Draft, actors: list[Entity]) -> list[Entity]:
        """Who made the request, allegation or offer a definite object refers back to ("rejected the request", "denied
        the allegations", "accepted the proposal"): the actors of the last such report in the two sentences before."""
        for obj in (c for c in d.token.children if c.dep_ in ("dobj", "nsubjpass")):
            typ = ANSWERED_NOUNS.get(obj.lemma_.lower())
            if typ is None or not any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those") for c in obj.children
            ):
                continue
            sents = self._sentence_starts(d.token.sent.start, 2)
            mine = {a.key for a in actors} | {f"country:{a.country}" for a in actors if a.kind == "COUNTRY"}
            for start, m in reversed(self._said):
                if start in sents and m.type == typ and not {a.key for a in m.actors} & mine:
                    return list(m.actors)
        return []

    def _interlocutor(self, d: _Draft, actors: list[Entity]) -> list[Entity]:
        """Whom a demand naming no one is made of when its speaker has just talked with someone of another country:
        "Biden spoke with Suleiman by phone ... Biden also called for the release of the detainees" (the readout of a
        call or a meeting tells what was asked of the one talked with); none when no talk of the speaker's with a
        foreign partner is told in the sentence or the two before."""
        mine = {a.key for a in actors}
        homes = countries_of(actors)
        sents = self._sentence_starts(d.token.sent.start, 2)
        for start, m in reversed(self._said):
            if start not in sents or m.type != "CONSULT" or not {a.key for a in m.actors} & mine:
                continue
            partners = [e for e in [*m.actors, *m.recipients] if e.key not in mine and e.country not in homes]
            if partners:
                return _unique(partners)
        return []

    def _deed_doers(self, d: _Draft, actors: list[Entity], recent: bool = True) -> list[Entity]:
        """Who did the deed a judgement names as its object ("condemned the violence", "called the attack cowardly",
        "welcomed the strikes", "concern over the crackdown"): the one the deed's noun names as its own ("NATO's
        strikes", "the attacks by the regime"), else (if ``recent``) the actors of the last report of such a deed in
        the sentence or the two before, when they are not the judge's side."""
        objects = _judged_objects(d.token)
        types = {o.i: self._deed_types(o) | self._gerund_deed_types(o) for o in objects if o.pos_ == "NOUN" or o.tag_ == "VBG"}
        deeds = [o for o in objects if types.get(o.i)]
        if not deeds:
            return []
        mine = _side_keys(actors)
        doers: list[Entity] = []  # "condemned NATO's strikes and the shelling by rebels": the doers of each deed
        for deed in deeds:
            owners = [c for c in deed.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
            owners += [p for c in deed.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
            # "the violence that erupted when pro-Mubarak supporters attacked protesters": who does it in its clause
            owners += [c for t in deed.subtree if t.pos_ == "VERB" and self._deed_verb(t) for c in t.children if c.dep_ == "nsubj"]
            doers += [e for o in owners for e in (self._entities(o) or _led_by(o)) if e.key not in mine]
        if doers:
            return _unique(doers)
        if not recent:
            return []
        # a criticism reported before is words about a deed, not the deed a judgement names ("Gibbs voiced concern
        # about the violence. 'We condemn the violence,' he said": the violence is not Gibbs's)
        judged = {t for o in deeds for t in types[o.i]} - {"ACCUSE"}
        sents = self._sentence_starts(d.token.sent.start, 2)
        for start, m in reversed(self._said):
            if start in sents and m.type in judged and m.actors and not _side_keys(list(m.actors)) & mine:
                return list(m.actors)
        return []

    def _judged_doers(self, d: _Draft, actors: list[Entity], recipients: list[Entity]) -> list[Entity]:
        """The recipients of a judgement of a deed: "condemned the shelling of Misrata", "welcomed the strikes on
        Gaddafi's tanks" (the town or the people the deed befell are not the judged; its doer is, when the deed's
        phrase or the request joined to the judgement names him), else ``recipients``."""
        if d.type not in JUDGING_TYPES or not recipients:
            return recipients
        doers = self._asked_in_turn(d, actors) or self._deed_doers(d, actors, recent=False)
        if doers:
            return doers
        if d.type != "ACCUSE":
            return recipients
        # "condemned the attacks on reporters in Cairo", "accused the army of attacks on civilians": those the
        # condemned deed befell are not the accused (kept only when no one else is left to be)
        victims = self._deed_victims(d.token)
        return [e for e in recipients if e.key not in victims] or recipients

    def _deed_victims(self, verb: Token) -> set[str]:
        """The people a judged deed befell: the objects of "on" or "against" on a deed of force that a judgement is
        of ("the attacks on reporters", "accused them of attacks on civilians"); countries excepted, which are as
        often where the deed was done as whom it struck."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "accused the army of attacks": on either
        deeds = _judged_objects(verb) + [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        victims: set[str] = set()
        for deed in deeds:
            if deed.pos_ != "NOUN" or not self._deed_types(deed) & FORCE_TYPES:
                continue
            for prep in (c for c in deed.children if c.dep_ == "prep" and c.lower_ in ("on", "against")):
                for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                    victims |= {e.key for t in (pobj, *pobj.conjuncts) for e in self._entities(t) if e.kind != "COUNTRY"}
        return victims

    def _asked_in_turn(self, d: _Draft, actors: list[Entity]) -> list[Entity]:
        """Whom a judge asks, in the clause joined to his judgement of a deed no one is named for, to stop or undo it:
        "condemned the shelling of the town and called on the army to let aid in" (the one asked is the one judged),
        or none."""
        if not d.verbal or not self._judges_deed(d):
            return []
        mine = _side_keys(actors)
        for verb in (c for c in d.token.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            if "REQUEST" not in rule_types(verb, self.table):
                continue
            args = self._verb_args(verb)
            asked = [e for role in ("dobj", "on") for a in args.get(role, []) for e in self._entities(a)]
            homes = countries_of(actors)
            named = [e for e in asked if e.key not in mine and not (e.kind == "COUNTRY" and e.country in homes)]
            if named:
                return _unique(named)
        return []

    def _judges_deed(self, d: _Draft) -> bool:
        """Whether a judgement's object is a deed of force or an arrest ("condemned the shelling", "concern over the
        arrests"), as ``_deed_doers`` reads it."""
        objects = _judged_objects(d.token)
        return any(o.pos_ == "NOUN" and self._deed_types(o) & FORCE_TYPES for o in objects)

    def _deed_types(self, noun: Token) -> set[str]:
        """The types of deed a noun names: an attack's, an arrest's (from the trigger tables), or any for a deed in
        general ("the violence", "the move", ``deed_nouns``)."""
        low = noun.lemma_.lower()
        if low in lexicon.words("deed_nouns"):
            return set(type_rules())  # "the move", "the approach": whatever was last reported done
        return {t.type for t in self.table.get(("noun", low), ())} & DEED_TYPES

    def _gerund_deed_types(self, tok: Token) -> set[str]:
        """The types of deed an "-ing" word the parser took for a verb names as a noun ("shelling", "bombing")."""
        if tok.tag_ != "VBG":
            return set()
        return {t.type for t in self.table.get(("noun", tok.lower_), ())} & DEED_TYPES

    def _deed_verb(self, verb: Token) -> bool:
        """Whether a verb reports a deed of force, an arrest, a deployment or a sanction (the trigger tables)."""
        return any(t.type in DEED_TYPES for t in self.table.get(("verb", verb.lemma_.lower()), ()))

    def _sentence_starts(self, start: int, back: int) -> set[int]:
        """The first tokens of the sentence starting at ``start`` and of the ``back`` sentences before it."""
        starts = [s.start for s in self.doc.sents if s.start <= start]
        return set(starts[-(back + 1) :])

    def _destination_country(self, verb: Token, homes: set[str]) -> str | None:
        """The foreign country a movement heads for: "toward Libya", "off the Libyan coast", "closer to Libya", "at
        the Libyan border" (on the verb, its object or an adverb: "moving forces closer to Libya")."""
        heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "advmod"))]
        preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in DESTINATION_PREPOSITIONS]
        for prep in preps:
            for t in prep.subtree:
                m = self.actors.at(t.i)
                place = self._place_at(t.i)
                iso = (m.entity.country if m is not None and m.entity.kind == "COUNTRY" else None) or (place.country if place else None)
                iso = iso or (self.actors.demonym(t.text) if t.dep_ in ("amod", "compound") else None)
                if iso and iso not in homes:
                    return iso
        return None

    @staticmethod
    def _fought_with(tok: Token) -> bool:
        """ "Police clashed with protesters", "rebels in clashes with loyalist forces": a fight told from one side, its
        subject acting on the other ("with", "against"), as a reader codes it; "clashes between police and protesters"
        and "the two sides clashed" name no side first. A fight with "off" or "back" is one side's too: "rebels fought off
        Gaddafi's forces", "loyalists fought back" (its subject repels the other)."""
        if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("off", "back") for c in tok.children):
            return True
        preps = {c.lower_ for c in tok.children if c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children)}
        return bool(preps & {"with", "against"}) and not preps & SIDES_PREPOSITIONS

    def _named_place(self, e: Entity) -> bool:
        """Whether a name the gazetteer does not know (no sector) is one the article uses as a place: the NER takes it
        for one elsewhere, or it stands "in Tiji", "near Bin Jawad", "the village of Al-Qawalish", "the outskirts of
        Bir al-Ghanam", "Jufra, a town", "the Waha area", "control of Jufra", "retreat from Bin Jawad", "Tiji, where
        ...", or is a one-word name captured ("captured Garyan")."""
        if e.sector or e.kind == "COUNTRY" or not e.name:
            return False
        if self._places_named is None:
            settlements = lexicon.words("settlement_nouns")
            found = {norm(ent.text) for ent in self.doc.ents if ent.label_ in ("GPE", "LOC", "FAC")}
            for ent in self.doc.ents:
                tok = ent.root
                head = tok.head
                settled = head.lower_ == "of" and bool({head.head.lemma_.lower(), head.head.lower_} & (settlements | {"control"}))
                left = head.lower_ == "from" and head.head.lemma_.lower() in LEFT_VERBS  # "retreat from Bin Jawad"
                described = any(c.dep_ == "appos" and {c.lemma_.lower(), c.lower_} & settlements for c in tok.children)
                described = described or (tok.dep_ == "compound" and bool({head.lemma_.lower(), head.lower_} & settlements))
                # "Tiji, where 500 troops are stationed"; "captured Garyan": a one-word name taken is a town
                where = any(c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.children) for c in tok.children)
                taken = tok.dep_ == "dobj" and len(ent) == 1 and head.lemma_.lower() in TAKING_VERBS
                if (tok.dep_ == "pobj" and (head.lower_ in PLACE_PREPOSITIONS or settled or left)) or described or where or taken:
                    found.add(norm(ent.text))
            named_at = {t.i: norm(ent.text) for ent in self.doc.ents for t in ent}
            for ent in self.doc.ents:  # "the towns of Sokna, Waddan and Houn": a place's conjunct is one too
                head = ent.root.head
                if ent.root.dep_ == "conj" and (named_at.get(head.i) in found or self._place_at(head.i) is not None):
                    found.add(norm(ent.text))
            self._places_named = found
        return norm(e.name) in self._places_named

    def _removal_demanded(self, d: _Draft) -> list[Entity]:
        """Whom a demand for someone's going is made of, as a reader codes it: the one to go ("demanded the
        resignation of the governor", "calling for reforms and his ouster", "its demand for Gaddafi's departure");
        a regime or government to fall stands for its country's leader when the article names one."""
        heads = [d.token, *(v for v in d.token.conjuncts if v.pos_ == "VERB")]  # "demanded change and called for ..."
        wanted = [c for h in heads for c in h.children if c.dep_ in ("dobj", "attr")]
        wanted += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        wanted += [c for w in wanted for c in w.conjuncts]
        return self._removal_owners(wanted)

    def _removal_owners(self, wanted: list[Token]) -> list[Entity]:
        """Who is to go by the first noun of going among ``wanted`` that names its owner ("the resignation of the
        governor", "his ouster"); a country stands for its leader when the article names one."""
        removals = lexicon.words("removal_nouns")
        for noun in (w for w in wanted if w.lemma_.lower() in removals):
            owners = [c for c in noun.children if c.dep_ == "poss"]
            owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            found = [e for o in owners for e in self._entities(o)]
            out = []
            for e in found:
                leader = self.actors.leader(e.country) if e.kind == "COUNTRY" and e.country else None
                out.append(leader or e)
            if out:
                return _unique(out)
        return []

    def _held_in_demand(self, d: _Draft) -> set[str]:
        """The keys of the people a demand names as those to be freed, returned or spared ("called for the release of
        journalists and activists", "demanded that the detainees be freed", "urged the protection of civilians"): the
        deed's patients, not whom it is asked of, which is whoever holds them (the story's government, or the jailer
        the sentence names as addressee). A country is never held: "the release of Libyan funds" keeps Libya."""
        if d.type != "REQUEST":
            return set()
        subjects = {t.i for s in self._subjects(d.token)[0] for t in s.subtree}
        held: list[Token] = []
        for tok in d.token.subtree:
            if tok.i in subjects or tok.i == d.token.i:
                continue
            lemma = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and lemma in HELD_NOUNS:
                # "the release of X" names X; "X's release" too, but "Egypt's release of X" names its doer
                of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
                held += of or [c for c in tok.children if c.dep_ == "poss"]
            elif tok.pos_ in ("VERB", "AUX") and lemma in HELD_VERBS and any(c.dep_ == "auxpass" for c in tok.children):
                held += [c for c in tok.children if c.dep_ == "nsubjpass"]
            elif tok.pos_ == "NOUN" and lemma in STRUCK_NOUNS:
                # "air strikes on Gaddafi's forces", "attacks against civilians": the targets
                held += [
                    p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for p in c.children if p.dep_ == "pobj"
                ]
        return {e.key for root in held for e in self._entities(root) if e.kind != "COUNTRY"}

    def _crowd_protesters(self, d: _Draft, actors: list[Entity]) -> list[Entity]:
        """People of a country demanding something are its protesters, as a reader codes them ("thousands of
        Egyptians are demanding an end to Mubarak's rule"); a country named as such stays the country."""
        subjects = [t for t in d.token.children if t.dep_ in ("nsubj", "nsubjpass")]
        if d.token.dep_ == "relcl" and any(t.tag_ in ("WP", "WDT") for t in subjects):
            subjects = [d.token.head]  # "thousands of Egyptians who are demanding ...": the noun "who" stands for
        people = {
            iso
            for s in subjects
            for t in s.subtree
            if t.tag_ in ("NNS", "NNPS") and (iso := self.actors.demonym(t.text) or self.actors.demonym(t.text[:-1])) is not None
        }
        out = []
        for e in actors:
            group = self.actors.group("protester", e.country) if e.kind == "COUNTRY" and e.country in people else None
            out.append(group or e)
        return _unique(out)

    def _recognised_body(self, e: Entity) -> Entity:
        """Whom a recognition recognises, as a reader codes it: the rebels' or the opposition's own council when the
        article names one ("France recognised the rebels as Libya's legitimate government": the National
        Transitional Council), else the group itself."""
        if not e.key.startswith("group:") or e.sector not in ("REB", "OPP"):
            return e
        bodies = [b for b in self.actors.salient(12) if b.kind == "ORG" and not b.key.startswith("group:") and b.sector in ("REB", "OPP")]
        # Of the group's country, else of any: a country recognises no rebels of its own ("Britain recognised the rebels").
        return next((b for b in bodies if b.country == e.country), None) or next(iter(bodies), e)

    def _leader_and_his_men(self, actors: list[Entity], recipients: list[Entity]) -> list[Entity]:
        """A leader and the forces or followers loyal to him stand for each other in a demand, an accusation, a
        refusal or a threat aimed at either ("called on Gaddafi's forces to pull back": Gaddafi too; "accused Gaddafi
        of using human shields": his forces too; "ruled out compromise with Gaddafi's followers": Gaddafi too)."""
        out = list(recipients)
        for e in recipients:
            if e.kind == "PERSON" and self._at_war(e.country) and (forces := self.actors.forces_of(e)) is not None:
                out.append(forces)  # his forces only where he fights a war: a president facing protests has none named
            elif e.key.startswith("group:") and e.country and (leader := self.actors.leader(e.country)) is not None:
                men = (self.actors.forces_of(leader), self.actors.supporters_of(leader))
                if any(g is not None and g.key == e.key for g in men):
                    out.append(leader)
        mine = {a.key for a in actors}
        return _unique([e for e in out if e.key not in mine])

    def _at_war(self, iso: str | None) -> bool:
        """Whether the article names rebels of a country among its most named (a civil war's story)."""
        return bool(iso) and any(s.key.startswith("group:") and s.sector == "REB" and s.country == iso for s in self.actors.salient(12))

    def _with_rebel_councils(self, actors: list[Entity], recipients: list[Entity]) -> list[Entity]:
        """Whom one speaks to among rebels, as a reader codes it: the rebels and the council that speaks for them,
        when the article names one ("urged the rebels to talk", "visited the rebels in Benghazi": the National
        Transitional Council too)."""
        mine = {a.key for a in actors}
        councils = [self._recognised_body(e) for e in recipients if e.sector == "REB" and e.key.startswith("group:")]
        return _unique([*recipients, *(c for c in councils if c.key not in mine)])

    def _defected_from(self, actors: list[Entity]) -> list[Entity]:
        """Whom a defector leaves, as a reader codes it: his country's leader ("pilots defected to Malta", "army
        units have defected to the rebels" -> Gaddafi), not where or to whom he went. The leader named beside an
        official who leaves him ("Koussa, once a close ally of Gaddafi, has defected") is the one left."""
        homes = countries_of(actors)
        if len(homes) != 1:
            return []
        leader = self.actors.leader(homes.pop())
        if leader is None:
            return []
        if leader.key not in {a.key for a in actors}:
            return [leader]
        others = [a for a in actors if a.key != leader.key]
        people = [a for a in others if a.kind == "PERSON"]
        return [leader] if people and all(a.country == leader.country for a in others) else []

    def _attacked_forces(self, d: _Draft, actors: list[Entity], recipients: list[Entity]) -> list[Entity]:
        """Whom an attack on a leader or on his country hits, as a reader codes it: his forces ("NATO struck
        Gaddafi", "NATO struck Libya" in a story where Gaddafi leads Libya -> Gaddafi forces); a killing, a shot or
        an arrest hits the man himself."""
        if d.token.lemma_.lower() in lexicon.words("personal_harm"):
            return recipients
        out = [self.actors.forces_of(e) or e for e in recipients]
        homes = countries_of(actors)
        if out and all(e.kind == "COUNTRY" for e in out) and len({e.country for e in out}) == 1 and out[0].country not in homes:
            leader = self.actors.leader(out[0].country) if out[0].country else None
            forces = self.actors.forces_of(leader) if leader is not None else None
            if forces is not None and actors:
                out = [forces]
        return _unique(out)

    def _captors(self, d: _Draft, recipients: list[Entity]) -> list[Entity]:
        """Who took an armed side's people in a capture told with no agent ("seven loyalists were captured"): the
        other side of the article's war, as an attack with no attacker named comes from it (``_other_side``)."""
        homes = countries_of(recipients)
        if d.type != "COERCE" or not _passive_capture(d.token) or len(homes) != 1:
            return []
        return self._other_side(recipients, [country_entity(next(iter(homes)))], d)

    def _finish(self, d: _Draft, sent: Span) -> EventMention | None:
        reason = self._not_a_report(d)
        if reason is not None:
            _dropped(d, sent, reason)
            return None
        actors, recipients = self._sides(d)
        actors, recipients = self._as_rebels(actors), self._as_rebels(recipients)
        if self.arguments is not None or self.collect is not None:
            actors, recipients = self._learned_roles(d, sent, actors, recipients)
        # CONSULT's participants are one set; other types' roles are kept apart.
        among = actors + recipients if d.type == "CONSULT" else None
        actors, recipients = self._rulers_beside_own(sent, actors, among), self._rulers_beside_own(sent, recipients, among)
        actors, recipients = drop_country_doubles(actors, among), drop_country_doubles(recipients, among)
        if d.type == "ASSAULT" and not actors and len(homes := countries_of(recipients)) == 1:
            actors = self._other_side(recipients, [country_entity(next(iter(homes)))], d)  # "rebels came under fire"
            if not actors and (police := self._crowds_attacker(sent, recipients)) is not None:
                actors = [police]  # "protesters were shot dead", the security forces named just before
        actors = actors or self._captors(d, recipients)  # "seven loyalists were captured"
        unknown_attacker = d.type == "ASSAULT" and not actors and self._attack_by_no_one_named(d)
        if d.type == "ASSAULT" and not actors and not unknown_attacker and not _has_agent(d.token, lexicon.words("unnamed_attackers")):
            _dropped(d, sent, "assault without an attacker")
            # "12 rebels were killed", "the virus killed 150": a toll, not an attack someone made; "killed by
            # fighters", "his forces attacked" name no side a reader can code (of the attacks without a resolved
            # attacker, 64 were false positives and 3 right in the training split's cross-validation). An
            # attacker named only by the deed ("gunmen killed", "a suicide bomber attacked") is coded with none.
            return None
        if (crime := _private_crime(d, actors, recipients)) is not None:
            _dropped(d, sent, crime)
            return None
        if not actors and recipients and d.type in ("COERCE", "RETREAT") and self._state_act(d):
            actors = self._authorities(d, recipients)
        elif not actors and d.type == "COERCE" and self._blackout(d):
            actors = self._authorities(d, recipients)  # "the internet has been shut down": the government shut it
        if d.type == "CONSULT" and not d.verbal and not actors and not recipients:
            actors = [body] if (body := self._bodys_own_meeting(d.token)) is not None else []  # "a meeting of NATO"
        deplored = d.type == "ACCUSE" and bool(actors) and not recipients and (self._deplores_a_deed(d) or self._one_sided(d))
        if (
            not self._enough(d.type, actors, recipients)
            and not self._body_meets(d, actors + recipients)
            and not deplored
            and not unknown_attacker
        ):
            _dropped(d, sent, "no actor" if not actors else "no recipient" if not recipients else "pair")
            return None
        recipients = self._off_own_side(d, actors, recipients)
        actors, recipients = self._governing_bodies(d, actors, recipients)
        actors, recipients = _one_side_each(d.type, actors, recipients)
        if (
            why := _uncodable_sides(d.type, actors, recipients)
            or _private_trip(d, actors, recipients, d.type == "CONSULT" and d.token.pos_ == "VERB" and self._civilians_flee(d.token))
            or self._unofficial_quit(d, actors)
        ) is not None and not unknown_attacker:
            _dropped(d, sent, why)
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
        if mode is None:
            mode = next((m for m, rx in mode_cues().get(d.type, ()) if rx.search(text)), None)
        own = type_rules().get(d.type, ("both", None))[1]
        contexts = [own] if own else []
        topics: list[str] = []
        for name, rx in context_words():
            found = rx.search(text)
            if found:
                contexts.append(name)
                topics.append(found.group(0).lower())
        topics += self._topic_places(sent, actors + recipients)
        contexts += self.article_contexts
        mention = EventMention(
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
            confidence=round(max(0.2, confidence), 3),
            date_from_anchor=d.inferred,
            topics=tuple(dict.fromkeys(topics)),
            quoted=self.actors.quoted(d.token.i),
        )
        self._report_features(d, sent, mention)
        if DATE_LOG is not None:
            DATE_LOG[(self.article.id, start, d.type, d.token.text)] = (f"{d.dated_by}: {d.date_cue}" if d.date_cue else d.dated_by) + (
                " |perfect" if _present_perfect(d.token) else ""
            )
        return mention

    def _unofficial_quit(self, d: _Draft, actors: list[Entity]) -> str | None:
        """ "The coach resigned after 23 years", "a scholar resigned his university post", "more Tunisian ministers
        resign": a post left by a private person, or by officials the text does not name (a plural read as their
        country, which resigns from nothing), is no retreat a record codes. One office ("the Somali president
        resigned") is its holder, whom the country stands for."""
        if d.type != "RETREAT" or d.token.lemma_.lower() not in lexicon.words("resign_verbs"):
            return None
        subjects = self._subjects(d.token)[0] if d.verbal else []
        plural = bool(subjects) and all(s.tag_ in ("NNS", "NNPS") for s in subjects)
        if actors and all(_private(e) or (e.kind == "COUNTRY" and plural) for e in actors):
            return "a post left: no official named"
        return None

    def _governing_bodies(self, d: _Draft, actors: list[Entity], recipients: list[Entity]) -> tuple[list[Entity], list[Entity]]:
        """A country that acts, or is spoken or dealt with, in news of the days of an article that calls a transitional
        body its government ("Libya's new rulers", "the interim government": ``groups.ruling_body``), or of days when
        a side that took power governs it (``groups.governing_body``), is that body ("Libya asked Niger to hand him
        over", "Sarkozy and Cameron visited Tripoli" in September 2011: the National Transitional Council); not a
        country attacked, taken, left or sent forces to (a place, or the old regime's forces), nor where the other side
        already is that body. So are, on either side, the country's rebels once their side governs: a reader of that
        day names them by the body they serve ("rebels", "revolutionaries" of a story of October 2011), while news of
        earlier months keeps "rebels". The country's armed forces that do a political deed of those days (a
        statement, an appeal, a pledge, talks) are that body too when it is of the armed forces ("the military urged
        Egyptians to return to work" in February 2011: the Supreme Council of the Armed Forces), while troops who act
        by force, deploy or withdraw stay the army, and so does the military others praise or appeal to (a foreign
        leader's words are to the country's army)."""
        if not self._current(d):
            return actors, recipients
        day = self._published_day
        old = self._sentence_rulers(d.token.sent)
        actors = self._as_governing_body(actors, recipients, day, armies=d.type in RULING_ARMY_TYPES, old=old)
        recipients = self._as_governing_body(recipients, actors, day, countries=d.type not in HELD_PLACE_TYPES | {"MOBILIZE"}, old=old)
        return actors, recipients

    def _as_governing_body(
        self,
        side: list[Entity],
        other: list[Entity],
        day: str | None,
        countries: bool = True,
        armies: bool = False,
        old: Mapping[str, Entity] | None = None,
    ) -> list[Entity]:
        """``_governing_bodies`` for one side. A country that stands for a ruler's government the sentence names
        (``old``, ``_sentence_rulers``: "sanctions on the government of now-ousted leader Gaddafi") is the old
        regime, not the body governing now: its ruler."""
        out: list[Entity] = []
        for e in side:
            ruler = None
            if countries and e.kind == "COUNTRY" and e.country:
                ruler = groups.ruling_body(self.doc, self._body_at, e.country)
            if ruler is None and armies and _national_army(e) and e.country and day is not None:
                body = groups.governing_body(e.country, day)
                ruler = body_entity(body) if body is not None and body.sector == "MIL" else None
            if ruler is None and ((countries and e.kind == "COUNTRY") or _rebels(e)) and e.country and day is not None:
                ruler = body_entity(body) if (body := groups.governing_body(e.country, day)) is not None else None
            if ruler is not None and e.kind == "COUNTRY" and old and e.country and e.country in old:
                ruler = old[e.country]
            keys = {x.key for x in [*side, *other, *out]}
            out.append(ruler if ruler is not None and ruler.key not in keys else e)
        return out

    def _off_own_side(self, d: _Draft, actors: list[Entity], recipients: list[Entity]) -> list[Entity]:
        """The recipients of a deed of force whose recipients are all the actors' own side: the other side of the
        article's war ("tanks and artillery were used to shell the port": the weapons, read as the attackers' own
        forces, are no target); else ``recipients``."""
        if (
            d.type in FORCE_TYPES
            and actors
            and recipients
            and all(_same_name(e, actors) or e.key in {a.key for a in actors} for e in recipients)
        ):
            return self._enemy_of(actors, d) or recipients
        return recipients

    def _deplores_a_deed(self, d: _Draft) -> bool:
        """ "Ban condemned the attacks", "Gibbs expressed concern about the outbreak of violence": a condemnation of a
        deed whose doer the sentence does not name is reported as said, with no one accused."""
        if not d.verbal or d.token.lemma_.lower() not in DEPLORING_VERBS:
            return False
        objects = [c for c in d.token.children if c.dep_ == "dobj"]
        heads = [d.token, *objects]
        objects += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in DEPLORED_PREPOSITIONS for p in c.children]
        objects += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        deeds = {"violence"}
        return any(
            (o.lemma_.lower() in deeds or any(t.type in ("ASSAULT", "COERCE") for t in self.table.get(("noun", o.lemma_.lower()), ())))
            and not any(c.dep_ in ("relcl", "acl") for c in o.children)  # "the violence that erupted when X attacked": X's
            for o in objects
        )

    def _one_sided(self, d: _Draft) -> bool:
        """A short text's accusation of no one ("the ministry expressed concern over the vote", "the opposition alleged
        that funds were embezzled"): what the text reports, coded with the accuser alone, as the brief allows a
        clearly one-sided event, said by its main verb with a word of the ACCUSE table. Not one whose accused is there
        but unresolved, a pronoun ("hit out at those behind the violence", "accused them"), nor in a full article,
        whose accusations name the accused."""
        if self._full_article or not d.verbal or d.token.dep_ != "ROOT":
            return False  # a short text reports its main clause ("in a decision criticised by", "on charges he denies")
        said = [d.token, *d.absorbed]
        own = triggers(derived=False)  # a word of the hand-written table: "reacted with dismay" (a PETRARCH pattern) is too loose
        if not any(t.type == "ACCUSE" for h in said for t in own.get(("noun" if h.pos_ == "NOUN" else "verb", h.lemma_.lower()), ())):
            return False
        return not any(t.pos_ == "PRON" and t.dep_ in ("dobj", "pobj") for h in said for t in h.subtree)

    def _body_meets(self, d: _Draft, everyone: list[Entity]) -> bool:
        """ "NATO defense ministers met", "the Contact Group gathers in Istanbul": the members of one international
        body meet (said with a verb: "on the sidelines of the G20 summit" names a setting, not a meeting). So do its
        members at talks or a meeting ("EU ministers are to consider new measures at talks in Luxembourg"): those at
        the talks take part in them, all of them actors (ONTOLOGY.md, "Meetings")."""
        if d.type != "CONSULT" or not _one_body(everyone):
            return False
        attended = d.token.dep_ == "pobj" and d.token.head.lower_ == "at"
        return d.verbal or attended or self._bodys_own_meeting(d.token) == everyone[0]

    def _bodys_own_meeting(self, noun: Token) -> Entity | None:
        """The international body whose own meeting a noun names: "a meeting in Turkey of the contact group", "an
        EU foreign ministers' meeting", "the Arab League summit" (its possessor, its modifier, its "of"); not one it
        only attends on the sidelines of."""
        if any(t.lower_ in ("sidelines", "margins", "fringes") for t in noun.ancestors):
            return None
        owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
        # "of" anywhere in the noun's phrase: the parser hangs "of the contact group" on "Turkey" as often as on "meeting"
        # (not the "of" of a title: "consultations held by the EU and the Special Representative of the United Nations")
        owners += [
            t
            for t in noun.subtree
            if t.dep_ == "pobj" and t.head.lower_ == "of" and (t.head.head.i == noun.i or t.head.head.ent_type_ in ("GPE", "LOC", "FAC"))
        ]
        for owner in owners:
            for t in owner.subtree:
                m = self.actors.at(t.i)
                if m is not None and _one_body([m.entity]):
                    return m.entity
        return None

    def _state_act(self, d: _Draft) -> bool:
        """ "Wael Ghonim has been released", "the arrest of Fethi Tarbel": an act only authorities perform, told
        without anyone who acts (no subject, "by" phrase or possessor, resolved or not), and as news: a participle
        on a noun only with its own date."""
        if d.token.dep_ == "acl" and d.dated_by != "clause":
            return False  # "an Israeli-American woman jailed in Russia": who she is, not news; "activists arrested last week" is
        return d.token.lemma_.lower() in lexicon.words("state_acts") and not _has_agent(d.token)

    def _blackout(self, d: _Draft) -> bool:
        """ "The internet has been shut down", "text messaging was cut off", "Twitter is blocked in Egypt": a means of
        communication shut, blocked or cut off, told without anyone who does it, is a state's act (``blackout_nouns``)."""
        if d.token.lemma_.lower() not in BLACKOUT_VERBS or _has_agent(d.token):
            return False
        nouns = lexicon.words("blackout_nouns")
        cut = [c for c in d.token.children if c.dep_ in ("nsubjpass", "dobj")]
        cut += [p for c in d.token.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
        return any(t.lemma_.lower() in nouns or t.lower_ in nouns for c in cut for t in c.subtree)

    def _authorities(self, d: _Draft, recipients: list[Entity]) -> list[Entity]:
        """The government that performs a state's act: of the place it happens, else of the one country its sentence
        sets it in besides those it is done to (``_setting_country``), else of the people it is done to when they
        share one country, else of the country the article is about."""
        # the press a state acts on is often foreign to it: its country is no sign of the state ("nine Al Jazeera
        # journalists were detained" in Cairo is Egypt's act, not Qatar's)
        countries = {e.country for e in recipients if e.country and e.sector != "MED"}
        iso = (d.location.country if d.location is not None else None) or self._setting_country(d, countries)
        iso = iso or (next(iter(countries)) if len(countries) == 1 else None) or self.actors.main_country
        return [country_entity(iso)] if iso else []

    def _setting_country(self, d: _Draft, theirs: set[str]) -> str | None:
        """The one country a state act's sentence sets it in, besides the country of those it is done to: "he was
        detained at the Cairo airport", "arrested for entering Tunisian territory", "was arrested, a Tunisian official
        said" (a foreigner is arrested by the state he is in, which the sentence names)."""
        sent = d.token.sent
        found: set[str] = set()
        for tok in sent:
            m = self.actors.at(tok.i)
            if m is not None and m.entity.kind != "PERSON" and m.entity.sector != "MED" and m.entity.country:
                found.add(m.entity.country)
            elif m is None and (place := self.actors.place_at(tok.i)) is not None and place.country:
                found.add(place.country)
            elif m is None and tok.dep_ in ("amod", "compound") and (iso := self.actors.demonym(tok.text)) is not None:
                found.add(iso)
        found -= theirs
        return next(iter(found)) if len(found) == 1 else None

    def _report_features(self, d: _Draft, sent: Span, mention: EventMention) -> None:
        """Keep the features of a finished mention for the report model (``_scored`` adds the article's and gives
        its probability, learned from the team's annotations of real news, as the mention's confidence; without the
        model the rules' own guess stays)."""
        if self.reports is None and self.collect is None:
            return
        pub = self.article.published
        days = (pub - d.date.start).days if d.date is not None and pub is not None else None
        actors, recipients = list(mention.actors), list(mention.recipients)
        feats = report_features(d.token, d.type, d.status, d.verbal, actors, recipients, d.dated_by, days, sent)
        said = self._referred(sent)
        references = [(side, reference(said.get(e.key), e), e.kind) for side, es in (("a", actors), ("r", recipients)) for e in es]
        granularity = d.date.granularity if d.date is not None else None
        feats += reading_features(
            d.type,
            references,
            mention.mode,
            mention.location is not None,
            d.anaphoric,
            d.stance,
            d.refusal,
            d.dated_by,
            granularity,
            bool(d.date_cue),
        )
        self._reports[id(mention)] = (d.token.i, feats)

    def _referred(self, sent: Span) -> dict[str, Span]:
        """The words by which the sentence first refers to each entity it names or resolves, by entity key."""
        found: dict[str, Span] = {}
        last = -1
        for tok in sent:
            m = self.actors.at(tok.i)
            if m is not None and m.start != last:
                last = m.start
                found.setdefault(m.entity.key, self.doc[m.start : m.end])
        return found

    def _learned_roles(self, d: _Draft, sent: Span, actors: list[Entity], recipients: list[Entity]) -> tuple[list[Entity], list[Entity]]:
        """The argument model's roles for every person, body, group or country of the sentence, the rules' roles
        among its features; participants the rules inferred without a mention (a protest's target) stay."""
        rule = {e.key: "actor" for e in actors} | {e.key: "recipient" for e in recipients if e.key not in {a.key for a in actors}}
        candidates = [
            (entity, argument_features(d.token, head, entity.kind, entity.sector, d.type, rule.get(entity.key, "none")))
            for entity, head in self._participant_candidates(d, sent)
        ]
        candidates += self._article_candidates(d, sent, {e.key for e, _f in candidates}, rule)
        if self.collect is not None:
            for entity, feats in candidates:
                self.collect("argument", d.token.i, entity, feats)
        if self.arguments is None:
            return actors, recipients
        learned: dict[str, list[Entity]] = {"actor": [], "recipient": []}
        for entity, feats in candidates:
            p = self.arguments.proba(feats)
            k = int(p[1:].argmax()) + 1
            if p[k] >= self.arguments.threshold:
                learned[ROLES[k]].append(entity)
        # The dependency rules' roles stand; the model fills a side they leave empty.
        kept_actors = actors or learned["actor"]
        kept_recipients = recipients or learned["recipient"]
        return _unique(kept_actors), [e for e in _unique(kept_recipients) if e.key not in {a.key for a in kept_actors}]

    def _article_candidates(self, d: _Draft, sent: Span, taken: set[str], rule: dict[str, str]) -> list[tuple[Entity, list[str]]]:
        """The article's most named people, bodies and groups, and its main country, as candidates a reader fills in
        when the sentence leaves a side unnamed ("fighting resumed in Brega": the rebels and Gaddafi's forces)."""
        near = self.actors.named_near(sent.start, 2)
        out = []
        for rank, entity in enumerate(self.actors.salient(6)):
            if entity.key in taken:
                continue
            feats = [
                f"t={d.type}", "from=article", f"rank={rank}", f"k={entity.kind}", f"sec={entity.sector or '-'}",
                f"t|sec={d.type}|{entity.sector or '-'}", f"t|k={d.type}|{entity.kind}", f"t|rank={d.type}|{rank}",
                f"near={entity.key in near}", f"t|near={d.type}|{entity.key in near}", f"rule={rule.get(entity.key, 'none')}",
                f"group={entity.key.startswith('group:')}", f"t|group={d.type}|{entity.key.startswith('group:')}",
            ]  # fmt: skip
            out.append((entity, feats))
        return out

    def _participant_candidates(self, d: _Draft, sent: Span) -> list[tuple[Entity, Token]]:
        """Who the sentence names that could take part: mentions of people, bodies, groups and countries, pronouns
        resolved, governments standing for their country; each with the token that heads it."""
        found: dict[str, tuple[Entity, Token]] = {}
        for tok in sent:
            if tok.i == d.token.i or tok in d.absorbed:
                continue
            m = self.actors.at(tok.i)
            entity: Entity | None = None
            head = tok
            if m is not None:
                if (
                    m.start != tok.i
                    or (m.entity.kind == "ORG" and self._place_like(m))
                    or (m.entity.sector == "MED" and m.entity.key.startswith("org:"))
                ):
                    continue
                entity, head = m.entity, self.doc[m.start : m.end].root
            elif tok.tag_ in ("PRP", "PRP$") and tok.lower_ in PRONOUNS:
                entity = self.actors.resolve_pronoun(tok)
            else:
                iso = self._government(tok) or self._nationality(tok, True)
                entity = country_entity(iso) if iso else None
            if entity is not None:
                found.setdefault(entity.key, (entity, head))
        return list(found.values())

    def _clause_participants(self, d: _Draft) -> list[Entity]:
        """Who else the trigger's clause names, when its roles found no one acted on: "French planes fired the
        first shots, destroying tanks near Benghazi", "pledging to address the protesters' demands"."""
        skip = {"nsubj", "nsubjpass", "punct", "cc", "mark", "aux", "auxpass", "neg", "ccomp", "parataxis", "relcl", "csubj"}
        found: list[Entity] = []
        roots = [d.token] if d.verbal else [d.token, *([d.token.head] if d.token.head.pos_ in ("VERB", "AUX") else [])]
        # "urged the caretaker government to respect the protesters' rights": an ask with its addressee named
        # asks that one, whom the text may not resolve; who its content names is talked about, not asked
        asked = d.type == "REQUEST" and any(c.dep_ in ("dobj", "dative") for c in d.token.children)
        for root in roots:
            for child in root.children:
                if child.dep_ in skip or child.i == d.token.i or child in d.absorbed:
                    continue
                if asked and root is d.token and (child.dep_ == "xcomp" or (child.dep_ == "advcl" and _infinitive(child))):
                    continue
                if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
                    continue  # "praised the relationship and called their contacts important": another clause's
                if child.dep_ == "prep" and child.lower_ in lexicon.words("setting_prepositions") and d.type != "ASSAULT":
                    continue  # "in Brussels", "during the war": where or when, not whom (but where an attack strikes)
                if _comparison(child):
                    continue  # "as in Tunisia", "following Egypt's example": a likeness, not whom
                if child.dep_ == "prep" and child.lower_ == "according":
                    continue  # "according to Reuters", "according to Amnesty International": who tells of it, not whom
                named = self._entities(child, place_ok=True)
                if d.type == "ASSAULT" and _while_clause(child):
                    named = [e for e in named if self._of_the_war(e)]
                found.extend(named)
        return [e for e in _unique(found) if not (e.sector == "MED" and (e.key.startswith("group:") or d.type == "ASSAULT"))]

    def _leaders_own_forces(self, e: Entity) -> Entity:
        """A leader's forces are of his country, whatever country their sentence names ("Rebels told Reuters Gaddafi's
        forces fired rockets": Libya's, not Britain's, the country the news agency gave the sentence): the article's
        leader's forces for a group of their name placed elsewhere, else the entity itself."""
        main = self.actors.main_country
        leader = self.actors.leader(main) if main else None
        forces = self.actors.forces_of(leader) if leader is not None else None
        if forces is not None and e.key != forces.key and e.name == forces.name and e.country != forces.country:
            return forces
        return e

    def _of_the_war(self, e: Entity) -> bool:
        """Whether an entity is of the country the article's fighting is in: the subject of a clause told alongside an
        attack ("rebels attacked the compound as NATO warplanes flew overhead") is a third party watching, not the
        target, unless it is one of the war's own sides ("shelled the town while rebels held it")."""
        return e.country is not None and e.country == self.actors.main_country

    def _drop_protest_demands(self, drafts: list[_Draft]) -> list[_Draft]:
        """ "Nurses went on strike, demanding higher pay": what protesters demand is their protest's, not a request of its own."""
        protests = [d.token.i for d in drafts if d.type == "PROTEST"]
        return [
            d
            for d in drafts
            if not (d.type == "REQUEST" and d.token.dep_ in ("advcl", "xcomp", "acl", "conj") and d.token.head.i in protests)
        ]

    def _in_scene(self, m: Mention) -> Entity:
        """A bare group ("protesters", "the opposition", "police") the article's main country was given to, in a
        sentence a round-up has set in another country ("Meanwhile, in Bahrain, ... The opposition is demanding a
        constitutional monarchy"): the group of that country, as a reader takes it. A group whose country the text
        states ("Egyptian protesters", "Bahrain's opposition", "Mubarak supporters") keeps it."""
        e = m.entity
        main = self.actors.main_country
        if not e.key.startswith("group:") or e.country is None or e.country != main:
            return e
        placed = self._clause_setting(self.doc[m.end - 1])
        scene, opened = (placed, True) if placed is not None else (self._scene_of(self.doc[m.start]) or (None, False))
        if scene is None or scene == main or not self._bare_group(m):
            return e
        if not opened and e.sector == "REB":
            # "ministers agreed at their meeting in Luxembourg to assist the rebels": a war's rebels are the war's,
            # wherever a sentence about them is set, unless the round-up turns to another country by an opener
            return e
        head = self.doc[m.end - 1].lemma_.lower()
        kind = groups.group_classes().get(head)
        if kind is None or kind.loyal or kind.needs_leader:
            return e  # "government supporters", "loyalists": a leader's people, whom the scene does not tell
        moved = self.actors.group(head, scene)
        return moved if moved is not None else e

    def _clause_setting(self, head: Token) -> str | None:
        """The country a group's own clause places it in: a place phrase on the group ("protesters in Sanaa") or on
        the verb it is the subject or object of ("police fired on crowds across Jordan"), when those name one
        country. A sentence naming several (the story's country and another) still tells each group's by its clause."""
        heads = [head]
        if head.dep_ in ("nsubj", "nsubjpass", "dobj"):
            heads.append(head.head)
        elif head.dep_ == "pobj" and head.head.dep_ == "prep":
            heads.append(head.head.head)
        found: set[str] = set()
        for h in heads:
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPOSITIONS:
                    continue
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    for t in (pobj, *(c for c in pobj.children if c.dep_ in ("poss", "compound"))):
                        place = self.actors.place_at(t.i)
                        if place is not None and place.country and _placed(t):
                            found.add(place.country)
        return found.pop() if len(found) == 1 else None

    def _bare_group(self, m: Mention) -> bool:
        """Whether a group's words name no country, leader or owner of their own: "the protesters", "riot police",
        "security forces", not "Egyptian police", "Bahrain's opposition", "pro-Mubarak crowds", "its army"."""
        head = self.doc[m.end - 1]
        words = [*self.doc[m.start : m.end], *(c for c in head.children if c.dep_ in ("poss", "amod", "compound", "nmod"))]
        for t in words:
            if t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "PERSON", "ORG") or t.dep_ == "poss":
                return False
            if self.actors.demonym(t.text) is not None or "-" in t.text:
                return False
        return True

    def _scene_country(self, tok: Token) -> str | None:
        """The country a sentence is set in, other than the article's main one: by a round-up's scene-setting opener
        or by the places it or its paragraph's sentences before it name (``_scene_map``)."""
        scene = self._scene_of(tok)
        return scene[0] if scene is not None else None

    def _scene_of(self, tok: Token) -> tuple[str, bool] | None:
        """A sentence's scene country and whether an opener ("In Yemen,") set it, if it has one."""
        if self._scenes is None:
            self._scenes = self._scene_map()
        return self._scenes.get(tok.sent.start)

    def _scene_map(self) -> dict[int, tuple[str, bool]]:
        """Each sentence set in another country than the article's main one, by its first token: an opener ("In
        Yemen, ...", "Meanwhile, in Bahrain, ...", "In neighbouring Tunisia, ...", "Elsewhere, in Jordan, ...") sets
        the scene, which holds for the sentences after it in the same paragraph until another opener or a sentence
        that names the main country, its places or its people. An opener that names the main country's own
        ("In Washington, Obama said he spoke with Mubarak") sets none: the story is still the main country's. A
        sentence whose only country is a setting abroad ("took part in a rally in Sanaa", "Jordanian police broke up
        the march") sets the scene too, and the paragraph keeps it until a sentence names another country: round-ups
        turn to another country without an opener as often as with one, and a reader takes the bare "police" and
        "protesters" after it as that country's."""
        main = self.actors.main_country
        out: dict[int, tuple[str, bool]] = {}
        if main is None:
            return out
        scene: str | None = None
        by_opener = False
        last_end = 0
        text = self.doc.text  # built anew on every read of ``Doc.text``: once per article, not per sentence
        for sent in self.doc.sents:
            if "\n\n" in text[last_end : sent.start_char]:
                scene = None  # a new paragraph (the blank line may be the last token of the sentence before)
            words = [t for t in sent if not t.is_space]
            last_end = words[-1].idx + len(words[-1]) if words else sent.end_char
            opened = self._scene_opener(sent)
            settings = self._settings_named(sent) if opened is None else set()
            if opened is None and scene is None and not settings - {main}:
                continue  # no scene to open or to close: the sentence's countries tell nothing
            named = self._countries_named(sent)
            names_main = main in named
            if opened is not None:
                scene, by_opener = (opened if opened != main and not names_main else None), True
            elif names_main:
                scene = None
            elif settings and len(named | settings) == 1 and settings != {scene}:
                # "took part in a rally in Sanaa": the sentence's own setting, named alone
                scene, by_opener = next(iter(settings)), False
            elif scene is not None and named - {scene}:
                scene = None  # another country named: the paragraph has left the scene
            if scene is not None:
                out[sent.start] = (scene, by_opener)
        return out

    def _settings_named(self, sent: Span) -> set[str]:
        """The countries a sentence names as where things happen: a town or region the gazetteer places ("in Sanaa",
        "Sanaa protests"), or a country after a preposition of place ("across Jordan", "in Yemen's capital"). Not a
        country that acts or is spoken of ("Yemen said", "talks with Jordan"): that tells who, not where."""
        out: set[str] = set()
        for t in sent:
            m = self.actors.at(t.i)
            if m is not None and m.entity.kind == "COUNTRY" and m.entity.country:
                if _placed(self.doc[m.end - 1]):
                    out.add(m.entity.country)
            elif (place := self.actors.place_at(t.i)) is not None and place.country and _placed(self.doc[m.end - 1] if m else t):
                out.add(place.country)
            elif m is not None and m.entity.country and self._home_force(m):
                out.add(m.entity.country)
        return out

    def _home_force(self, m: Mention) -> bool:
        """Whether a mention is a police or security force its words give a country ("Algerian security forces",
        "Jordan's police"): a country's police and troops deal with crowds at home, so they tell where a clash is."""
        e = m.entity
        if e.sector not in ("COP", "MIL") or not e.key.startswith("group:"):
            return False
        kind = groups.group_classes().get(self.doc[m.end - 1].lemma_.lower())
        return kind is not None and not kind.needs_leader and not self._bare_group(m)

    def _scene_opener(self, sent: Span) -> str | None:
        """The country a sentence's fronted "in" phrase names as its setting ("In Yemen,", "And in neighbouring
        Bahrain,", "In the Yemeni capital,"), before a comma, after only linking words; None for any other start."""
        i = sent.start
        while i < sent.end and (self.doc[i].lower_ in SCENE_LINKS or self.doc[i].is_punct):
            i += 1
        if i >= sent.end or self.doc[i].lower_ != "in" or self.doc[i].head.i != sent.root.i:
            return None
        prep = self.doc[i]
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objs) != 1 or objs[0].right_edge.i + 1 >= sent.end or self.doc[objs[0].right_edge.i + 1].text != ",":
            return None
        found: set[str] = set()
        for t in objs[0].subtree:
            m = self.actors.at(t.i)
            if m is not None and m.entity.kind == "COUNTRY" and m.entity.country:
                found.add(m.entity.country)
            elif m is None and t.dep_ in ("amod", "compound") and (iso := self.actors.demonym(t.text)) is not None:
                found.add(iso)
        return found.pop() if len(found) == 1 else None

    def _countries_named(self, sent: Span) -> set[str]:
        """The countries a sentence names by a country, a place, a nationality or a named body or person; not a
        group's, whose country may be no more than the article's default."""
        out: set[str] = set()
        for t in sent:
            m = self.actors.at(t.i)
            if m is not None and m.entity.country and not (m.entity.key.startswith("group:") and self._bare_group(m)):
                out.add(m.entity.country)
            if (place := self.actors.place_at(t.i)) is not None and place.country:
                out.add(place.country)
            if m is None and t.ent_type_ == "NORP" and (iso := self.actors.demonym(t.text)) is not None:
                out.add(iso)
        return out

    def _protest_participants(self, d: _Draft, actors: list[Entity], recipients: list[Entity]) -> tuple[list[Entity], list[Entity]]:
        """Who protests and against whom, as a reader takes it: people of a country who take to the streets are its
        protesters ("Thousands of Egyptians", "crowds"), and with no other target they protest against their
        government and the leader the article names."""
        country = (d.location.country if d.location else None) or next((e.country for e in actors if e.country), None)
        country = country or self._scene_country(d.token) or self.actors.main_country
        opposed = self._opposed(d)
        # "Anti-Mubarak rallies were held": the man a protest is named against is its target, never one who protests
        actors = [a for a in actors if a.key not in {e.key for e in opposed}]
        backed = self._rallied_for(d.token, country)
        backers = self.actors.supporters_of(backed) if backed is not None else None
        if backers is not None and backed is not None and all(e.kind == "COUNTRY" or e.key.startswith("group:") for e in actors):
            # "turned out to demonstrate in favor of President Saleh", "rallied to support their leader": a show of
            # support for the leader is his supporters', against no one (not him, nor his country).
            return [backers], [r for r in recipients if r.key != backed.key and r.kind != "COUNTRY"]
        protesters = self.actors.group("protester", country) if country else None
        people = [e for e in actors if e.kind == "COUNTRY"]
        if protesters is not None and (not actors or people):
            actors = [protesters if e.kind == "COUNTRY" else e for e in actors] or [protesters]
        elif protesters is not None and actors and all(_in_the_crowd(e) for e in actors):
            # "a trader has been demonstrating outside the embassy", "students protested": whoever takes to the
            # streets without an office or a force is one of the protesters
            actors = [*actors, protesters]
        if actors and all(e.key.startswith("group:") and e.key.split("|")[0].endswith("supporters") for e in actors):
            # "Gaddafi loyalists rallied in Green Square": a show of support, against no one the article names; not
            # against the leader they cheer or his country.
            cheered = {a.name.split()[0] for a in actors if a.name and a.name != "supporters"}
            return _unique(actors), [r for r in recipients if r.kind != "COUNTRY" and not (r.name and r.name.split()[-1] in cheered)]
        aimed, at_rulers = self._protest_target(d, country)
        recipients = _unique([*recipients, *aimed])
        named = any(e.kind != "COUNTRY" for e in [*recipients, *opposed])
        uprising = self._uprising_abroad(country)
        if uprising is not None and not named and self._in_solidarity(d):
            # "Palestinians rallied in Ramallah in solidarity with the Egyptians": a rally abroad in solidarity with
            # another country's protesters is against that country's ruler, never the host country's leader.
            return _unique(actors), _unique([*recipients, *self._ruler(uprising, d)])
        if not recipients and not opposed and country:
            # "protests in Tunisia", "rallied against the government": with no one else named as the target, a
            # protest is against the government of its country and the leader who heads it; one against something
            # else ("against price rises") is its country's affair, not its leader's by a guess.
            recipients = [country_entity(country), *(self._ruler(country, d) if at_rulers else [])]
        if uprising is not None and not named and at_rulers and self._scene_country(d.token) != country:
            # "Egyptians gathered outside the UN in New York": a rally abroad in a story of a country's uprising is
            # against the ruler the uprising is against; not one in the country a round-up has turned to ("In
            # Yemen, thousands protested", "about 100 people took part in a rally in Sanaa": a sentence or paragraph
            # set there alone), which is that country's own, against its own ruler.
            recipients = [*recipients, *self._ruler(uprising, d)]
        return _unique(actors), _unique([*opposed, *recipients])

    def _protest_target(self, d: _Draft, country: str | None) -> tuple[list[Entity], bool]:
        """Whom a protest's own "against" phrase names as its target ("rallied against the prime minister",
        "protesters against the president"; not a verb's object, which the parser often mistakes), and whether the
        protest may be taken against its country's rulers: yes when it names no target, or the government, the
        regime or its rule; no when the phrase names something else ("against NATO airstrikes", "against price
        rises"): no licence to add a head of state the text never names as its target."""
        heads = [d.token, *(c for c in d.token.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN"))]
        targets = [
            p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "against" for p in c.children if p.dep_ == "pobj"
        ]
        if not targets:
            return [], True
        found: list[Entity] = []
        ruled = False
        for target in (t for head in targets for t in (head, *head.conjuncts)):
            found += [e for e in self._entities(target) if e.kind != "COUNTRY"]
            if target.lemma_.lower() in lexicon.words("government_nouns") | {"rule"}:
                ruled = True
            elif (holder := self._title_named(target, country, d)) is not None:
                found.append(holder)
        return _unique(found), ruled

    def _title_named(self, tok: Token, country: str | None, d: _Draft) -> Entity | None:
        """The person a bare title names ("against the prime minister", "against the president"): its holder in the
        article (``ActorIndex.resolve_title``), or None for a noun that is no leader's title."""
        words = [c.text for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok.text]
        if " ".join(w.lower() for w in words) not in lexicon.words("leader_titles") | lexicon.words("ruler_nouns"):
            return None
        day = d.date.start.isoformat() if d.date is not None else None
        return self.actors.resolve_title(words, country, day, at=tok.i)

    def _in_solidarity(self, d: _Draft) -> bool:
        """Whether a protest is told as one of solidarity or support with others ("rallied in solidarity with the
        Egyptians", "marched in support of the protesters in Cairo"): the word "solidarity" or "in support of" in the
        protest's own phrase (the trigger's subtree)."""
        for tok in d.token.subtree:
            if tok.lemma_.lower() == "solidarity":
                return True
            if tok.lemma_.lower() == "support" and tok.head.lower_ == "in" and any(c.lower_ == "of" for c in tok.children):
                return True
        return False

    def _uprising_abroad(self, country: str | None) -> str | None:
        """The country of the uprising a story tells of, when a protest takes place in another: the first country
        whose protesters are among the article's ten most named, other than the protest's own ("Egyptians in the
        US join the protests": the US protesters, in a story whose Egyptian protesters are named throughout)."""
        if not country:
            return None
        for e in self.actors.salient(10):
            if not e.key.startswith("group:") or not e.country or e.country == country:
                continue
            protesters = self.actors.group("protester", e.country)
            if protesters is not None and protesters.key == e.key:
                return e.country
        return None

    def _ruler(self, country: str, d: _Draft) -> list[Entity]:
        """Whom a country's protests are against, as a reader knows him: the leader the article names and the one who
        led the country on the day (``gazetteer.leader_of``: "protests in Tunisia" in January 2011 are against Ben
        Ali though the article never names him; "anti-government protests" in Egypt are against Mubarak though the
        article names his prime minister more), when the dictionary gives him a leader's title."""
        leader = self.actors.leader(country)
        out = [leader] if leader is not None else []
        day = d.date.start if d.date is not None else self.article.published
        known = gazetteer.load().leader_of(country, day.isoformat()) if day is not None else None
        if known is None or not gazetteer.leader_title(known.title) or any(norm(known.name) in (e.key, norm(e.name or "")) for e in out):
            return out
        return [*out, _known_person(known, known.name)]  # a leader's title: never empty

    def _opposed(self, d: _Draft) -> list[Entity]:
        """The people a protest is named against: "anti-Mubarak demonstrations", "anti-Saleh protesters marched" (an
        "anti-" modifier of the protest or of its subject)."""
        heads = [d.token, *(c for c in d.token.children if c.dep_ in ("nsubj", "nsubjpass"))]
        out = []
        for head in heads:
            for c in head.children:
                if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i:
                    out += [e for t in c.subtree if groups.anti(self.doc, t.i) and (e := self._person_named(t)) is not None]
        return _unique(out)

    def _person_named(self, tok: Token) -> Entity | None:
        """The person a token names: a mention's, else the one person of the article's most named whose surname it is
        ("Mubarak" of "anti-Mubarak", which the NER may tag as a nationality)."""
        m = self.actors.at(tok.i)
        if m is not None:
            return m.entity if m.entity.kind == "PERSON" else None
        if not tok.text[:1].isupper() or tok.lower_ == "anti":
            return None
        named = self._namesakes(norm(tok.text), 20)
        return named[0] if len(named) == 1 else None

    def _rallied_for(self, tok: Token, country: str | None) -> Entity | None:
        """The person a crowd turns out for: "in support of X", "in favour of X", "to support X", "to back X" (a
        person named there, or "their leader": the country's leader), or None."""
        heads: list[Token] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in ("support", "favor", "favour"):
                        heads += [g for o in p.children if o.dep_ == "prep" and o.lower_ == "of" for g in o.children if g.dep_ == "pobj"]
            elif c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("support", "back") and any(a.lower_ == "to" for a in c.children):
                heads += [o for o in c.children if o.dep_ == "dobj"]
        for head in heads:
            # the one named, not the owner of what is supported ("to support Mubarak's ouster")
            span = [head, *(t for t in head.children if t.dep_ in ("compound", "appos"))]
            people = [m.entity for t in span if (m := self.actors.at(t.i)) is not None and m.entity.kind == "PERSON"]
            if people:
                return people[0]
            if head.lemma_.lower() in lexicon.words("leader_titles") and country:
                return self.actors.leader(country)
        return None

    def _crowds_attacker(self, sent: Span, attacked: list[Entity]) -> Entity | None:
        """Who attacked a crowd told without its attacker ("two protesters were shot dead", "demonstrators were
        beaten"): the police or army of its country, named in this sentence or the two before it."""
        if not attacked or not all(e.key.startswith("group:") and e.sector == "OPP" for e in attacked):
            return None
        home = countries_of(attacked)
        if len(home) != 1:
            return None
        near = self.actors.named_near(sent.start, 2) | {m.entity.key for t in sent if (m := self.actors.at(t.i)) is not None}
        for e in self.actors.salient(8):
            if e.kind == "ORG" and e.key in near and e.country in home and e.sector in CROWDS_ATTACKERS:
                return e
        return None

    def _other_side(self, actors: list[Entity], recipients: list[Entity], d: _Draft | None = None) -> list[Entity]:
        """Who an armed side's attack on a place of its own country hits: the other side the article names most
        ("Gaddafi forces shelled Misrata" -> the Libyan rebels; "rebels stormed Brega" -> Gaddafi's forces); for
        rebels or a rebel council the article names no other side for, the forces of the country's leader ("NTC
        forces captured the hospital at Sirte" -> Gaddafi forces). Called with the side attacked, it gives the
        attacker an attack with none named comes from ("rebel positions were bombarded" -> Gaddafi's forces)."""
        # A group's side before its officer's own ("rebel commander X said we fired": the rebels, not a commander's MIL).
        armed = [e for e in actors if e.kind != "PERSON"] or actors
        sides = {self._armed_side(e) for e in armed if e.sector}
        sides &= set(OTHER_SIDE)
        home = countries_of(actors)
        if len(sides) != 1 or len(home) != 1 or {e.country for e in recipients} != home:
            return []
        side: str = sides.pop()
        wanted = OTHER_SIDE[side]
        mine = {e.key for e in actors}
        if side in ("MIL", "COP") and d is not None and self._current(d):
            # Once a transitional council governs (the article calls it the country's government), the old regime's
            # men fight it, not "rebels"; the article's background (the war's first months) keeps its sides.
            ruler = groups.ruling_body(self.doc, self._body_at, next(iter(home)))
            if ruler is not None and ruler.key not in mine:
                return [ruler]
        for e in self.actors.salient(8):
            if e.kind == "ORG" and e.key not in mine and e.country in home and e.sector in wanted:
                return [e]
        if side == "MIL" and d is not None and self._current(d) and (council := self._council_fought(armed, home)) is not None:
            return [council]
        if side in ("REB", OPPOSITION_BODY):
            leader = self.actors.leader(next(iter(home)))
            forces = self.actors.forces_of(leader) if leader is not None and leader.key not in mine else None
            return [forces] if forces is not None else []
        return []

    def _first_side_acts(self, d: _Draft, actors: list[Entity], recipients: list[Entity]) -> tuple[list[Entity], list[Entity]]:
        """The actors and recipients of a deed of force whose actors hold both sides of one country's war and no one
        acted on: the side named first acts on the other ("rockets were fired by loyalists at NTC fighters", "NTC
        forces took the hospital, capturing loyalist fighters": the other side came in with the first's phrase); a
        fight with no side first ("clashes between ...") is not one (``mutual_events``). Else the sides as they are."""
        if (
            d.type not in FORCE_TYPES
            or recipients
            or len(actors) < 2
            or not actors[0].country
            or d.token.lemma_.lower() in lexicon.words("mutual_events")
        ):
            return actors, recipients
        first = self._armed_side(actors[0])
        other = [
            e
            for e in actors[1:]
            if e.country == actors[0].country
            and (self._armed_side(e) in OTHER_SIDE.get(first, ()) or first in OTHER_SIDE.get(self._armed_side(e), ()))
        ]
        return [e for e in actors if e not in other], other

    def _side_of_target(self, verb: Token, actors: list[Entity]) -> list[Entity]:
        """The armed side a deed's target is named for ("struck at rebel positions", "shelled rebel control of the
        road": the rebels), of the attackers' country, when the target names no one itself."""
        homes = countries_of(actors)
        if len(homes) != 1:
            return []
        mine = {a.key for a in actors}
        out = []
        for obj in object_tokens(verb):
            for c in obj.children:
                if c.dep_ in ("compound", "amod") and self.actors.at(c.i) is None:
                    group = self.actors.group(c.lemma_.lower(), next(iter(homes)))
                    if group is not None and group.sector == "MIL":
                        # "army checkpoints" in a civil war: the leader's loyal forces, as the rebels fight them
                        group = self._regimes_forces(country_entity(next(iter(homes)))) or group
                    if group is not None and group.sector in ("REB", "MIL") and group.key not in mine:
                        out.append(group)
        return _unique(out)

    def _council_fought(self, armed: list[Entity], home: set[str]) -> Entity | None:
        """The named opposition body (a rebel council) a leader's loyal forces fight when the article names no rebels
        among its most named ("Gaddafi troops fired rockets at fighters pushing into the town" -> the National
        Transitional Council), or None; a country's army that is no leader's own fights no council."""
        leader = self.actors.leader(next(iter(home)))
        forces = self.actors.forces_of(leader) if leader is not None else None
        if forces is None or forces.key not in {e.key for e in armed}:
            return None
        mine = {e.key for e in armed}
        return next(
            (
                e
                for e in self.actors.salient(8)
                if e.kind == "ORG" and e.key not in mine and e.country in home and self._armed_side(e) == OPPOSITION_BODY
            ),
            None,
        )

    def _armed_side(self, e: Entity) -> str:
        """The side of a war an entity is on, by its sector: a named opposition body is a council; an opposition named
        by the common noun in a country whose rebels the article names is the armed opposition, the rebels ("the
        opposition had captured the residential districts of Brega")."""
        if e.sector == "OPP" and not e.key.startswith("group:"):
            return OPPOSITION_BODY
        if e.sector == "OPP" and (e.name or "").endswith("opposition") and self._rebels_named(e):
            return "REB"
        return e.sector or ""

    def _as_rebels(self, side: list[Entity]) -> list[Entity]:
        """One side, one name: "the opposition" of a country whose rebels the article names is those rebels ("One
        rebel spokesman said the opposition had captured ...")."""
        out = []
        for e in side:
            rebels = self.actors.group("rebel", e.country) if self._armed_side(e) == "REB" and e.sector == "OPP" else None
            out.append(rebels or e)
        return _unique(out)

    def _rebels_named(self, opposition: Entity) -> bool:
        """Whether the article names rebels of an opposition's country more often than that opposition (a civil war's
        story, not one of a party in opposition)."""
        ranked = [s.key for s in self.actors.salient(8)]
        rebels = self.actors.group("rebel", opposition.country) if opposition.country else None
        if rebels is None or rebels.key not in ranked:
            return False
        return opposition.key not in ranked or ranked.index(rebels.key) < ranked.index(opposition.key)

    def _current(self, d: _Draft) -> bool:
        """Whether a draft is news of its article's days: undated, or dated up to ``BACKGROUND_DAYS`` before it."""
        pub = self.article.published
        return d.date is None or pub is None or d.date.end >= pub - dt.timedelta(days=BACKGROUND_DAYS)

    def _body_at(self, i: int) -> Entity | None:
        """The body (ORG) token ``i`` names, not as part of a title."""
        m = self.actors.at(i)
        return m.entity if m is not None and m.entity.kind == "ORG" and not m.is_title_part else None

    def _addressed_country(self, actors: list[Entity]) -> list[Entity]:
        """Whom a foreign voice's appeal with no one named is addressed to: the country the article is about
        ("the State Department called for restraint", "Ban urged all sides to ..." in a story about Egypt)."""
        main = self.actors.main_country
        if main is None or not actors or main in {a.country for a in actors}:
            return []
        return [country_entity(main)]

    def _request_addressed(self, d: _Draft, actors: list[Entity], recipients: list[Entity]) -> list[Entity]:
        """A request's recipients with the addressee no name gives (``_unnamed_addressee``: "called on all sides",
        "urged authorities in Niger") in place of the countries guessed from its clause or the story; others named
        stay."""
        addressed = self._unnamed_addressee(d) if d.type == "REQUEST" else []
        addressed = [e for e in addressed if e.key not in {a.key for a in actors}]
        if not addressed:
            return recipients
        return _unique([*addressed, *(e for e in recipients if e.kind != "COUNTRY")])

    def _unnamed_addressee(self, d: _Draft) -> list[Entity]:
        """Whom a request is made of when its addressee is a phrase that names no one by itself, as a reader resolves
        it: "called on all sides", "urged both parties" (the two sides of the article's war: its leader and the
        rebels), "urged authorities in Niger" (the country the authorities are in); a request for warrants or an
        indictment is made of the court the sentence names ("the ICC prosecutor will request three arrest
        warrants": judges issue warrants, the prosecutor only asks for them). None when nothing such is said, so
        that the guesses after it (the interlocutor, the story's country) still apply."""
        addressees = _addressee_phrases(d.token)
        if any(_all_sides(t) for t in addressees):
            return self._conflict_sides()
        found = [e for t in addressees for e in self._authorities_in(t)]
        return found or self._court_asked(d.token)

    def _conflict_sides(self) -> list[Entity]:
        """The sides of the story's conflict, asked as a whole: in a civil war (``_at_war``), the leader of the story's
        country and its rebels; in a story of protests, the country's government and the protesters ("urged all
        sides to exercise restraint"); none when the story tells of neither."""
        main = self.actors.main_country
        if main is None:
            return []
        leader = self.actors.leader(main)
        rebels = self.actors.group("rebel", main)
        if self._at_war(main) and leader is not None and rebels is not None:
            return [leader, rebels]
        protesters = self.actors.group("protester", main)
        if protesters is not None and protesters.key in {e.key for e in self.actors.salient(10)}:
            return [leader or country_entity(main), protesters]
        return []

    def _authorities_in(self, tok: Token) -> list[Entity]:
        """The country a government noun's "in" phrase names ("urged authorities in Niger", "asked officials in
        Benghazi", ``_government_seat``): a country's authorities are the country acting as a whole, as the gold codes
        them."""
        if tok.lemma_.lower() not in lexicon.words("government_nouns") | {"official"}:
            return []
        iso = self._government_seat(tok)
        return [country_entity(iso)] if iso else []

    def _country_at(self, i: int) -> str | None:
        """The country token ``i`` names, as a country or as a place in it ("in Niger", "in Benghazi")."""
        m = self.actors.at(i)
        if m is not None:
            return m.entity.country if m.entity.kind == "COUNTRY" else None
        loc = self.actors.place_at(i)
        return loc.country if loc is not None else gazetteer.load().country(self.doc[i].text)

    def _court_asked(self, verb: Token) -> list[Entity]:
        """The court a request for warrants, an indictment or a summons is made of (``COURT_ORDERS``): a court or a
        tribunal the sentence names ("the International Criminal Court prosecutor will request arrest warrants")."""
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in COURT_ORDERS for c in verb.children):
            return []
        found = [m.entity for t in verb.sent if (m := self.actors.at(t.i)) is not None and m.entity.kind == "ORG"]
        return _unique([e for e in found if {"court", "tribunal"} & set(norm(e.name or "").split())])

    def _enough(self, typ: str, actors: list[Entity], recipients: list[Entity]) -> bool:
        """Whether the participants suffice for the type (``data/types.tsv``)."""
        need = type_rules().get(typ, ("both", None))[0]
        everyone = actors + recipients
        if need == "pair":
            if len({e.key for e in everyone}) < 2:
                return False
            return any(e.kind != "COUNTRY" for e in everyone) or len({e.country for e in everyone}) >= 2
        if need == "actor":
            return bool(actors)
        if need == "any":
            return bool(everyone)
        return bool(actors) and bool(recipients)

    def _topic_places(self, sent: Span, participants: list[Entity]) -> list[str]:
        """Countries a sentence names that are not among the participants: what the event is about."""
        taken = {e.country for e in participants if e.kind == "COUNTRY"}
        out = []
        for tok in sent:
            m = self.actors.at(tok.i)
            if m is not None and m.start == tok.i and m.entity.kind == "COUNTRY" and m.entity.country not in taken:
                name = self.actors.country_name(m.entity.country or "")
                if name:
                    out.append(name)
        return out

    def _consult_mode(
        self, d: _Draft, mode: str | None, actors: list[Entity], recipients: list[Entity], text: str
    ) -> tuple[str | None, list[Entity], list[Entity]]:
        everyone = actors + recipients
        countries = {e.country for e in everyone if e.country}
        if (mode == "phone" and d.verbal) or (
            PHONE_WORDS.search(text)
            and (
                mode == "phone" or re.search(r"\b(?:by|over the|on the) (?:phone|telephone)|phone call|telephone call", text, re.IGNORECASE)
            )
        ):
            return "phone", actors, recipients  # "spoke by phone", "a phone call with", "Abbas called Mubarak"
        if mode == "multilateral" or MULTI_WORDS.search(text) or len(countries) >= 3 or _one_body(everyone):
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


def _ships_state(e: Entity) -> str | None:
    """The state of a warship named with its navy's prefix ("USS Barry", "HMS Cumberland"): a ship moves and fires
    for its state, which a reader codes as the side, not the ship."""
    words = (e.name or "").split()
    return e.country if e.kind == "ORG" and len(words) >= 2 and words[0] in SHIP_PREFIXES else None


def _side_keys(actors: list[Entity]) -> set[str]:
    """The keys of a side: its entities' and their countries' (a judge's side is not the doer it judges)."""
    return {a.key for a in actors} | {f"country:{c}" for c in countries_of(actors)}


def _whose(subject: Token) -> bool:
    """ "whose warplanes", "whose troops": a subject the relative pronoun owns."""
    return any(c.dep_ == "poss" and c.lower_ == "whose" for c in subject.children)


def _verdict(copula: Token) -> bool:
    """Whether a copula's complement condemns (``verdict_words``): "was illegal", "is an act of aggression", "was a
    pathetic attempt"."""
    verdicts = lexicon.words("verdict_words")
    complements = [c for c in copula.children if c.dep_ in ("acomp", "attr")]
    words = [w for c in complements for w in [c, *(g for g in c.children if g.dep_ == "amod")]]
    words += [p for c in complements for g in c.children if g.dep_ == "prep" and g.lower_ == "of" for p in g.children]
    return any(w.lemma_.lower() in verdicts or w.lower_ in verdicts for w in words)


def _accusation(verb: Token, actors: list[Entity], accused: Sequence[Entity]) -> _Draft | None:
    """The speaker's ACCUSE of those the clause lays the deed on, but not of themselves (or None)."""
    recipients = [e for e in accused if not _same_name(e, actors)]
    if recipients and not any(e.key in {a.key for a in actors} for e in recipients):
        return _Draft("ACCUSE", None, verb, verbal=True, actors=actors, recipients=recipients, stance=True)
    return None


def _content_clause(tok: Token) -> bool:
    """Whether a clause is a content clause ("that X was behind it"), not a relative one ("the man who ...")."""
    return tok.dep_ in ("ccomp", "acl") or (tok.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children))


def _taking_aimed(tok: Token) -> bool:
    """Whether a taking verb tells an aim rather than a deed: the infinitive of an attempt or of a condition ("try to
    take back", "seeking to capture", "if they manage to capture"), a clause of time still to come ("once they
    capture the city", present tense), or a gerund subject of a guess ("taking Sirte would bring them closer")."""
    head = tok.head
    if tok.dep_ == "xcomp" and head.i != tok.i and (head.lemma_.lower() in AIM_VERBS or _conditioned(head)):
        return True
    if tok.dep_ == "advcl" and tok.tag_ in ("VBP", "VBZ") and any(c.dep_ == "mark" and c.lower_ in FUTURE_TIME_MARKS for c in tok.children):
        return True
    return tok.dep_ == "csubj" and any(c.dep_ == "aux" and c.lower_ in GUESS_AUXILIARIES for c in head.children)


def _passive_capture(tok: Token) -> bool:
    """Whether a taking verb is a passive with no agent ("seven loyalists were captured", "he was captured alive"):
    the war's other side took them, as an attack with no attacker named comes from it; a noun or an active verb
    names its own taker, or none a reader can code ("hopes of seizing the capital")."""
    return (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() in CAPTURE_LEMMAS
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
    )


def _hypothetical_verdict(copula: Token) -> bool:
    """ "Military intervention would be unacceptable": a verdict on what is proposed, not done (PLOVER REJECT:
    "reject ... a proposal")."""
    return (
        copula.lemma_.lower() == "be"
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in copula.children)
        and any(c.dep_ in ("nsubj", "csubj") and c.lower_ not in FIRST_PERSON and c.lower_ != "it" for c in copula.children)
        and _verdict(copula)
    )


def _options_open(clause: Token) -> bool:
    """ "All options are on the table", "every option remains on the table": force is not excluded (THREATEN)."""
    if clause.lemma_.lower() not in ("be", "remain") or any(c.dep_ == "neg" for c in clause.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() == "option" for c in clause.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(p.lemma_.lower() == "table" for p in c.children) for c in clause.children)


def _force_forsworn(verb: Token) -> bool:
    """ "Will not open fire on protesters", "would not use force against them", "won't shoot at them": a negated use
    of force on someone in the future (the verb is negated), pledged."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "wo") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    dobjs = [c for c in verb.children if c.dep_ == "dobj"]
    objects = {c.lemma_.lower() for c in dobjs}
    spared = [
        o
        for h in (verb, *dobjs)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("on", "at", "against")
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
    ]
    if not spared:
        return False  # "its planes will not open fire (on Monday)", "will not use force to oust him": no one is spared
    if lemma == "open":
        return "fire" in objects
    if lemma == "use":
        return bool(objects & {"force", "violence", "weapon", "arm", "ammunition", "bullet"})
    return lemma in ("fire", "shoot")


def _options_kept(verb: Token, negated: bool) -> bool:
    """ "Was not taking any options off the table", "takes no option off the table", "did not rule out using force":
    force is kept in reserve (THREATEN)."""
    lemma = verb.lemma_.lower()
    later = {t.lemma_.lower() for t in verb.subtree if t.i > verb.i}
    if lemma == "take" and "option" in later and any(c.lower_ == "off" for c in verb.children):
        return negated or any(t.lower_ == "no" and t.head.lemma_.lower() == "option" for t in verb.subtree)
    ruled_out = lemma == "rule" and any(c.lower_ == "out" for c in verb.children)
    return negated and ruled_out and bool(later & lexicon.words("force_words"))


def _for_clauses(verb: Token) -> list[Token]:
    """ "called for Gaddafi to leave", "pushed for the council to act": the verb's "for ... to" clauses (the parser
    hangs "for" on the infinitive, not on the verb), also when the parser hangs the clause on a time phrase before
    it ("called for the first time for Gaddafi to step aside": the clause is the call's, not the time's)."""
    times = [p for c in verb.children if c.dep_ == "prep" for p in c.children if _occasion_phrase(p)]
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "ccomp")]
    clauses += [c for t in times for c in t.children if c.dep_ in ("advcl", "acl") and c.i > t.i]
    return [
        c
        for c in clauses
        if c.tag_ == "VB"
        and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
    ]


def _occasion_phrase(noun: Token) -> bool:
    """ "for the first time", "for a second time", "on this occasion": a time phrase that counts occasions, no thing
    of its own a "for ... to" clause could be about."""
    return (
        noun.dep_ == "pobj"
        and noun.lemma_.lower() in ("time", "occasion")
        and any(c.dep_ in ("amod", "det") and (c.tag_ in ("JJ", "CD") or c.lower_ in ("this", "that")) for c in noun.children)
    )


def _judged_objects(verb: Token) -> list[Token]:
    """What a judgement is of: its object or passive subject ("condemned the shelling") and the object of an "about",
    "over" or "at" on the verb or on that object ("voiced concern over the arrests")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    heads = [verb, *objects]
    objects += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in DEPLORED_PREPOSITIONS for p in c.children]
    # "blamed NATO air strikes and shelling by rebel forces": each deed joined to the first is judged too
    objects += [c for o in objects for c in o.conjuncts if c.pos_ == "NOUN" and c not in objects]
    return objects + _gerund_list_members(verb, [o for o in objects if o.dep_ == "dobj"])


def _split_for_subjects(verb: Token) -> list[Token]:
    """ "called for supporters of Gaddafi to abandon him": the subject of a "for ... to" clause the parser split, the
    noun left as the object of "for" and the infinitive hung on the verb right after it (whom the clause asks, as
    ``_for_clauses`` reads the whole clause)."""
    infinitives = {
        c.left_edge.i
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
    }
    return [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for obj in prep.children
        if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN") and obj.right_edge.i + 1 in infinitives
    ]


def _purpose(tok: Token) -> bool:
    """ "rallied to demand", "summoned the envoy to protest": an infinitive of purpose."""
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _one_body(everyone: list[Entity]) -> bool:
    """The participants are one international body (its members meet)."""
    return len(everyone) == 1 and everyone[0].kind == "ORG" and everyone[0].sector == "IGO"


def _conditioned(verb: Token) -> bool:
    """ "if he does not step down", "unless Hamas stops", "in case the rebels attack": the verb heads a condition."""
    return (
        any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)
        or _inverted_condition(verb)
        or _in_case(verb)
        or _on_terms(verb)
    )


def _running_tally(verb: Token) -> bool:
    """ "The air force has conducted 755 sorties since March 31", "at least 36 people had been killed there since
    Saturday": a perfect with a counted object (or a counted passive subject) and a "since" phrase or clause on the
    verb sums up many deeds over a span (a running total), not one deed. "Has captured the town since" (nothing
    counted) or "killed 36 people on Sunday" (no span) stay. A deed told inside the counted thing ("755 sorties,
    including 119 in which the planes fired") is part of the tally."""
    for anc in verb.ancestors:
        if _tally_verb(anc) and any(c.dep_ in ("dobj", "nsubjpass") and _counted(c) and verb in c.subtree for c in anc.children):
            return True
    return _tally_verb(verb)


def _tally_verb(verb: Token) -> bool:
    """Whether a verb is a perfect with a counted object and a "since" phrase or clause (see ``_running_tally``)."""
    if not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children):
        return False
    since = any(
        (c.dep_ == "prep" and c.lower_ == "since")
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children))
        for c in verb.children
    )
    return since and any(c.dep_ in ("dobj", "nsubjpass") and _counted(c) for c in verb.children)


def _counted(noun: Token) -> bool:
    """Whether a noun is counted by a number above one ("755 sorties", "at least 1,700 civilians"): many of a kind."""
    for c in noun.children:
        if c.dep_ == "nummod" and c.like_num:
            try:
                return float(c.text.replace(",", "")) > 1
            except ValueError:
                return c.lower_ not in ("one", "a")
    return False


def _generic_when(verb: Token) -> bool:
    """ "When threatened, he attacks", "whenever provoked they fire back": a "when" clause cut to its participle, with
    no subject, on a verb in the plain present tells what someone does whenever it happens, a habit, not one deed."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBG") or verb.head.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever") for c in verb.children)


TERMS_OPENERS = (
    ("provided",),
    ("provided", "that"),
    ("providing",),
    ("providing", "that"),
    ("on", "condition", "that"),
    ("on", "the", "condition", "that"),
)


def _on_terms(verb: Token) -> bool:
    """ "could stay provided he agrees to leave", "will lift the curfew on condition that the rebels accept a truce": a
    clause opened by "provided (that)", "providing (that)" or "on (the) condition that" states terms, as "if" does;
    nothing in it is reported. The parser hangs these words anywhere (a preposition of the main verb, a noun the clause
    modifies), so they are read where they stand: the words just before the clause, or its first word ("that").
    "Provided" that is itself a verb with an object ("the US provided arms") opens nothing."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "ROOT":
        return False
    start = verb.left_edge.i
    doc = verb.doc
    first = doc[start]
    end = start + 1 if first.lower_ == "that" else start
    words = doc[max(end - 4, verb.sent.start) : end]
    lowered = tuple(t.lower_ for t in words)
    for opener in TERMS_OPENERS:
        if lowered[-len(opener) :] != opener:
            continue
        word = words[len(words) - len(opener)]
        if not any(c.dep_ in ("dobj", "dative", "nsubj", "nsubjpass") for c in word.children):
            return True
    return False


LOOSE_AGO = re.compile(r"\b(weeks?|months?|years?|decades?)\s+ago$", re.IGNORECASE)


def _loosely_ago(text: str) -> bool:
    """ "two weeks ago", "months ago": a span counted back in weeks or longer places a deed only loosely (the calendar
    puts it on a day, the writer did not), so it does not make a relative clause about someone its own news ("the
    rebels who overthrew him two weeks ago have ..."), as "who on Tuesday seized Brega" or "three days ago" does."""
    return LOOSE_AGO.search(text.strip()) is not None


def _in_case(verb: Token) -> bool:
    """ "troops stand ready in case the rebels attack", "In case the talks fail, ...": "in case" opens a clause of what
    may happen (a precaution's reason), never a report. The parser hangs "in case" anywhere (a preposition of the main
    verb, of the clause's own verb), so the words are read where they stand: the clause's first two words, or the two
    just before it."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "ROOT":
        return False
    start = verb.left_edge.i
    doc = verb.doc
    opening = [t.lower_ for t in doc[start : start + 2]]
    before = [t.lower_ for t in doc[max(start - 2, verb.sent.start) : start]]
    return opening == ["in", "case"] or before == ["in", "case"]


def _posited(tok: Token) -> bool:
    """ "Imagine the army fired on the crowd", "Suppose that NATO bombs Tripoli", "Just imagine ...": a sentence that
    opens with the imperative of a verb of supposing asks the reader to picture what it says; it reports nothing. (A
    speaker's "I suppose they attacked" has a subject and is no scenario.)"""
    sent = tok.sent
    words = [t for t in sent if not t.is_punct and t.lower_ not in POSITING_OPENERS]
    if not words or words[0].lower_ not in POSITING_VERBS or words[0].i >= tok.i:
        return False
    opener = words[0]
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < opener.i for c in opener.children)


def _appraisal(verb: Token) -> str | None:
    """ "It is likely that the troops attacked", "it seems possible he fled", "it is obvious he will not step down": the
    adjective of an "it is ... that" frame whose clause the verb heads (or "likely to" of a raised subject, "Kenya is
    likely to arrest them"), lowercased; None when the verb heads no such clause. The frame weighs the clause, in the
    writer's voice (or a speaker's): how likely it is, or that it is plain to see; it does not report it."""
    head = verb.head
    if head.i == verb.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "oprd"):
        return head.lemma_.lower()  # "is likely to arrest"
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in APPRAISING_COPULAS:
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
        return None
    adjective = next((c for c in head.children if c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ"), None)
    return adjective.lemma_.lower() if adjective is not None else None


def _argued(tok: Token) -> bool:
    """ "It's obvious that NATO has been providing air support": a clause an "it is obvious" frame asserts is argued
    for, a view of the news (its own clause or the clause a conjunct or infinitive of it hangs on)."""
    return _up_the_chain(tok, lambda cur: _appraisal(cur) in ARGUING_ADJECTIVES)


def _up_the_chain(tok: Token, holds: Callable[[Token], bool], links: int = 3) -> bool:
    """Whether ``holds`` is true of ``tok`` or of a verb it hangs on as a conjunct or an infinitive ("continues to
    shell", "said and warned"), climbing at most ``links`` words: what frames a clause frames its chained verbs."""
    cur = tok
    for _ in range(links):
        if holds(cur):
            return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _no_choice_but(verb: Token) -> bool:
    """ "has little choice but to offer concessions", "had no alternative but to move quickly to release them", "had
    better release them": what one is pressed to do, not a deed done (the parser hangs the infinitive anywhere, so
    the words before its "to" are read; an infinitive of purpose under it is pressed too)."""
    cur = verb
    for _ in range(3):
        if cur.pos_ not in ("VERB", "AUX"):
            return False
        to = next((c for c in cur.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is not None and tuple(t.lower_ for t in cur.doc[max(to.i - 2, 0) : to.i]) in NO_CHOICE:
            return _pressed_now(cur.doc[max(to.i - 5, cur.sent.start) : to.i - 2])
        if (
            cur.dep_ == "xcomp"
            and cur.head.lower_ in ("had", "'d")
            and any(c.dep_ == "advmod" and c.lower_ == "better" for c in cur.children)
        ):
            return True  # "Kenya had better release them"
        if cur.dep_ not in ("xcomp", "advcl", "conj") or cur.head.i == cur.i or not _infinitive(cur):
            return False
        cur = cur.head
    return False


def _pressed_now(words: Span) -> bool:
    """ "has little choice but to", "will have no choice but to": the pressure is now or ahead, the deed not done;
    "had no choice but to retreat" tells that they did."""
    have = next((t for t in reversed(words) if t.lemma_.lower() == "have"), None)
    return have is not None and (have.tag_ in ("VBZ", "VBP") or (have.tag_ == "VB" and any(c.dep_ == "aux" for c in have.children)))


def _advised(tok: Token) -> bool:
    """ "What he should do is announce that he will resign", "what Kenya needs to do is free them": the complement of
    a pseudo-cleft whose "what ... do" clause holds a modal of advice or need is what someone ought to do, not what
    was done ("What the army did was open fire" reports it)."""
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return False
        if head.lemma_.lower() == "be" and cur.dep_ in ("xcomp", "attr", "ccomp", "acomp"):
            return any(c.dep_ == "csubj" and _of_advice(c) for c in head.children)
        cur = head
    return False


def _of_advice(clause: Token) -> bool:
    """ "should do", "must do", "needs to do", "has to do": the "what ... do" clause of a pseudo-cleft says what ought to be."""
    if any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS - {"can", "may", "might", "could", "would"} for c in clause.children):
        return True
    return clause.lemma_.lower() in ("need", "have") and any(c.dep_ == "xcomp" and c.lemma_.lower() == "do" for c in clause.children)


def _asked_above(verb: Token) -> bool:
    """ "Is Kenya going to arrest them?", "Do you think the army will fire on them?": a yes-no question whose
    auxiliary stands before the subject of a clause above the event's (its "going to", its "think") asks about the
    event too; a wh-word before that auxiliary ("Why do you think they fired?") takes it as given."""
    cur = verb
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        subjects = [c.i for c in cur.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        auxes = [c.i for c in cur.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
        if subjects and auxes and min(auxes) < min(subjects):
            return not any(c.tag_ in ("WDT", "WP", "WP$", "WRB") and c.i < min(auxes) for c in cur.children)
    return False


def _sets_a_condition(tok: Token) -> bool:
    """ "would close the border if Somali forces attacked again": the act a condition conditions (a warning or an offer
    with its terms), said of the word's clause or the clause it depends on."""
    cur = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
    for _ in range(3):
        if cur is None:
            return False
        if any(c.dep_ == "advcl" and _conditioned(c) for c in cur.children):
            return True
        if cur.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _inverted_condition(verb: Token) -> bool:
    """ "should he enter", "were they to attack", "had he stayed": a clause opened by its auxiliary before its
    subject is a condition (as "if" would open it); news reports a question with "whether", not so."""
    if verb.dep_ not in ("advcl", "ccomp"):
        return False  # the parser takes "said it would arrest him should he enter" for a second clause of "said", too
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    opener = verb.left_edge
    return bool(subjects) and opener.lower_ in ("should", "were", "had") and opener.head.i == verb.i and opener.i < subjects[0]


def _looks_ahead(tok: Token) -> bool:
    """ "will march on Friday", "today could prove decisive", "another protest is planned Friday": a day named in the
    future, under a modal or with an auxiliary in the present is a plan or a forecast, not a day the story has
    reached."""
    if clause_tense(tok) == "future":
        return True
    verb = _clause_verb(tok)
    return verb is not None and any(c.dep_ in ("aux", "auxpass") and c.lower_ in LOOKING_AHEAD for c in verb.children)


def _posed(tok: Token) -> bool:
    """ "Asked if the fighting meant Saturday's deadline had been scrapped", "unless the talks resume on Monday": a day
    in a question or a condition is put, not told; the story has not reached it."""
    cur = tok
    for _ in range(12):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in cur.children):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _bounds_a_period(tok: Token) -> bool:
    """ "the law in force since February 15", "Since NATO took over on March 31, the United States has flown 755
    sorties", "until Friday": a day that opens or closes a period, not a day the story has reached."""
    if tok.dep_ == "pobj" and tok.head.lower_ in PERIOD_BOUNDS:
        return True
    verb = _clause_verb(tok)
    return verb is not None and any(c.dep_ == "mark" and c.lower_ in PERIOD_BOUNDS for c in verb.children)


def _bound_of(tok: Token) -> bool:
    """ "a caretaker government running the country until the fall elections", "in power since 1969": a time in the
    phrase of "until" or "since" bounds a period another clause tells of; it does not date what the sentence's main
    clause reports. So does a deadline, "by": "ordered protesters to leave the square by Friday"."""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "pobj" and (cur.head.lower_ in PERIOD_BOUNDS or cur.head.lower_ == "by"):
            return True
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _bounding_clause(tok: Token, event: Token) -> bool:
    """ "promised to reopen the border, closed since the fighting began three months ago", "stayed until troops
    arrived on Friday": a time in a clause of "since" or "until" dates that clause, the bound of a period the sentence
    tells of; it does not date an event outside the clause (``_bound_of`` does the same for a phrase, "since March")."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.dep_ == "advcl" and event not in cur.subtree and any(c.dep_ == "mark" and c.lower_ in PERIOD_BOUNDS for c in cur.children):
            return True
        cur = cur.head
    return False


def _aside_apart(sent: Span, start: int, event: int) -> bool:
    """ "police arrested him -- the vendor died on May 4 -- but ...", "met in Kampala (the two last met on May 4)": a
    time inside an aside set off by a pair of dashes or by brackets belongs to the aside, a statement of its own, and
    does not date an event outside it (the parser may hang the aside anywhere, so the punctuation decides)."""
    doc = sent.doc
    opened = next((i for i in range(start - 1, sent.start - 1, -1) if doc[i].text in ASIDE_OPENERS | {")"}), None)
    if opened is None or doc[opened].text == ")":
        return False
    mark = doc[opened].text
    if mark != "(" and sum(doc[i].text == mark for i in range(sent.start, opened)) % 2:
        return False  # the dash before the time closes an aside; the time is outside it
    closer = ")" if mark == "(" else mark
    closed = next((i for i in range(start + 1, sent.end) if doc[i].text == closer), None)
    return closed is not None and not opened < event < closed


def _teller(verb: Token) -> Token:
    """ "was quoted as saying on Monday": the verb of a report through the "as saying" that tells its manner."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "as" and verb.head.head.pos_ == "VERB":
        return verb.head.head
    return verb


def _attributes(teller: Token, verb: Token) -> bool:
    """ "Malta has refused to return the jets, the prime minister said on Tuesday": a verb of saying with a subject of
    its own, after the clause it reports and hung on it (a parse that takes the trailing attribution for a second
    clause), is the telling of that clause, not another deed."""
    return (
        teller.head.i == verb.i
        and teller.i > verb.i
        and teller.dep_ in ("conj", "parataxis", "advcl")
        and teller.lemma_.lower() in lexicon.words("say_verbs")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in teller.children)
    )


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a word is in (the word itself when it is one), or None."""
    cur = tok
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "amod":
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _describes_noun(tok: Token, outside: Token | None = None) -> bool:
    """ "the revolt that began on February 15", "protests beginning January 25": the word is in a clause about a noun
    (with ``outside``, one that does not hold that word: a date beside the trigger, not in its own clause)."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl") and (outside is None or outside not in cur.subtree):
            return True
        cur = cur.head
    return False


def _present_perfect(tok: Token) -> bool:
    """ "has called for", "have rejected": the trigger's clause is in the present perfect (through "has pledged to
    ..." and "have agreed and signed"; a noun through the verb it hangs on, "has held talks")."""
    cur = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
    for _ in range(3):
        if cur is None:
            return False
        auxes = {c.lower_ for c in cur.children if c.dep_ == "aux"}
        if cur.tag_ == "VBN" and auxes & PERFECT_AUXES:
            return True
        if auxes or cur.tag_ in ("VBD", "VBZ", "VBP") or cur.dep_ not in ("xcomp", "conj"):
            return False
        cur = cur.head
    return False


def _told_now(tok: Token) -> bool:
    """ "Troops have now pulled back", "the minister has just resigned": a present perfect with "now" or "just" tells
    of a deed done by the very time of writing, the publication's day, not some day of its month (with no such word,
    the brief dates a present perfect by the publication's month)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return _present_perfect(tok) and any(c.dep_ == "advmod" and c.lower_ in NOW_ADVERBS for c in tok.children)


def _reportive_present(tok: Token) -> bool:
    """ "Biden says Mubarak must listen", "Gaddafi's son warns of civil war", "rights group urges an inquiry": a deed
    told in the simple present, with no time of its own, is the news of the day in news English (the reportive or
    headline present), not a deed at some day of the month; the brief's publication month is for a deed told as past
    (simple past or present perfect). Not a negated or habitual present ("never meets", "often says"): a standing
    fact, no deed of the day."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    return not any(c.dep_ == "advmod" and c.lower_ in lexicon.words("habitual_adverbs") for c in tok.children)


def _past_plan_day(tok: Token, cue: str) -> bool:
    """ "The envoy was scheduled to meet officials on Monday" (told after that Monday): a weekday in the planned deed's
    own clause, under a plan told in the past tense ("was scheduled", "was due"), is the day the deed was set for, read
    as the past one the story looks back to; a weekday on the plan itself ("was due on Tuesday to travel") is the day
    it was announced, and the deed lies ahead of it (``_weekday_ahead``)."""
    if tok.dep_ != "xcomp" or not _infinitive(tok):
        return False
    if not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.head.children) and tok.head.tag_ != "VBD":
        return False
    word = cue.lower().rstrip(".")
    return any(t.lower_ == word for t in tok.subtree)


def _perfect_report(d: _Draft) -> bool:
    """ "The council has called for help", "EU states have been discussing aid", "rebels have said they would not
    negotiate": a deed told in the present perfect (or its progressive, or under a present-perfect "said") is told for
    its bearing on the present, and English names no past day with it; the narrative's day does not date it."""
    tok = d.token
    if d.refusal and tok.dep_ == "ccomp":
        tok = tok.head
    if _present_perfect(tok):
        return True
    verb = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
    if verb is None or verb.tag_ != "VBG":
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return "been" in auxes and bool(set(auxes) & PERFECT_AUXES)


def _toll_of(noun: Token) -> bool:
    """ "Three people died in the clashes", "six rebels were killed in their offensive", "no one was hurt in the
    clashes": a toll of an event reports it (told before or not); "those killed in the uprising" (a participle on a
    noun) remembers it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during"):
        return False
    verb = prep.head
    return (
        verb.lemma_.lower() in lexicon.words("casualty_verbs")
        and verb.dep_ not in ("acl", "relcl", "amod")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _told_in_past(verb: Token) -> bool:
    """ "was killed", "blamed", "had fled": a sentence told in the simple past or the past perfect, not in the present
    ("urges"), the present perfect ("has spread") or the future."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & (PERFECT_AUXES | {"will", "wo", "'ll", "shall", "is", "are", "am"}):
        return False
    return verb.tag_ == "VBD" or bool(auxes & {"had", "'d", "was", "were"})


SPAN_PREPOSITIONS = frozenset({"for", "over", "in", "during", "throughout", "within"})


def _span_timex(tx: Timex) -> bool:
    """A duration of no stated length ("for months", "in recent weeks", "over the past few days", "in the early days"):
    a stretch too long to sit within one day. A counted one ("for several hours", "for five days", "in a week") may
    measure a deed of the narrative's day itself ("met him for several hours"), and on the training split it does as
    often as not; "the days ahead" lies after that day."""
    return tx.type == "DURATION" and (tx.value or "").startswith("PX") and not _ahead(tx.text)


def _ahead(text: str) -> bool:
    """ "the days ahead", "the coming weeks", "the next few days": a stretch still to come."""
    words = text.lower().split()
    return any(w in ("ahead", "coming", "next", "upcoming") for w in words)


def _on_span_preposition(root: Token) -> bool:
    """ "for months", "in recent weeks", "over the past few days": a span told as the time over which a deed went on
    (not "days later", "weeks ago", "months of talks", which count from a point or describe a thing)."""
    return root.dep_ == "pobj" and root.head.lower_ in SPAN_PREPOSITIONS


def _pluperfect_background(tok: Token) -> bool:
    """ "The rebels had surrendered the town.": a main clause in the past perfect, told by the article itself (not
    reported under a verb of saying), tells of a deed before the day the narrative has reached, not on it."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or verb.dep_ != "ROOT" or verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _telling_times(sent: Span) -> set[int]:
    """ "called on protesters to go home in a Saturday update", "urged calm in Tuesday's statement": a day that names
    the statement or update a report was made in (a noun of telling, the object of "in") is the telling's time, the
    report's own, even where the parse hangs the phrase on the content asked for (a demand is not made to happen in
    an update)."""
    nouns = lexicon.words("statement_nouns") | TELLING_NOUNS
    out: set[int] = set()
    for tok in sent:
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_.lower() in nouns:
            for mod in tok.children:
                if mod.dep_ in ("compound", "nmod", "poss", "npadvmod"):
                    out.update(t.i for t in mod.subtree)
    return out


def _sequenced(tok: Token, event: Token) -> bool:
    """ "After rebels seized the town on Friday, NATO bombed its airport", "before Obama visited on 16 April": a time in
    a clause that the event follows or precedes is that clause's time; it does not date the event (called with the
    two the other way round: an event in such a clause is not dated by a time outside it, "bombed Brega on Sunday
    after rebels seized the town")."""
    cur = tok
    while cur.head.i != cur.i:
        if (
            cur.dep_ == "advcl"
            and event not in cur.subtree
            and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in cur.children)
        ):
            return True
        if (
            # "faced a new attack after repelling two assaults the day before": a gerund after "after" or "before"
            # is such a clause too
            cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in ("after", "before") and event not in cur.subtree
        ):
            return True
        cur = cur.head
    return False


def _told_on_past_verb(d: _Draft) -> bool:
    """ "told Reuters on a visit to Doha that he hoped to attend a meeting in June": a noun hanging on a verb in the
    simple past is told as done, so a day after the publication (June, ahead) is not its day."""
    if d.verbal:
        return False
    gov = _governing_verb(d.token)
    return gov is not None and gov.tag_ == "VBD"


def _content_tokens(d: _Draft) -> set[int]:
    """ "called for its followers to demonstrate after prayers on Friday", "urged the army to withdraw by Monday",
    "threatened to strike on Sunday", "accused Mexico of the raid on Monday": the time of what a statement asks for,
    threatens, promises or charges is that deed's time, not the statement's (the clause it introduces, or the object
    of its "for" or "of")."""
    if not d.verbal or d.type not in SPEECH_TYPES or d.token.pos_ not in ("VERB", "AUX"):
        return set()
    out: set[int] = set()
    for child in d.token.children:
        content = child.dep_ in ("xcomp", "ccomp") or (
            child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("for", "to") for c in child.children)
        )
        if content or (child.dep_ == "prep" and child.lower_ in ("for", "of")):
            out.update(t.i for t in child.subtree)
    return out


def _reported_by(verb: Token) -> Token | None:
    """The verb of saying whose reported clause a verb heads, through the clauses joined to that one ("Lavrov said
    Moscow opposed ...", "he added that Libya would continue to honor ...": said, added), or None."""
    clause = verb
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    said = clause.head
    return said if clause.dep_ == "ccomp" and said.lemma_.lower() in lexicon.words("say_verbs") else None


def _argument_verb(tok: Token) -> Token | None:
    """The verb a noun is a subject or object of, directly or through a preposition on the verb, or None."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        head = head.head
    elif tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative"):
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose clause a noun is an argument of ("visit ... for talks", "clashes erupted"), through
    prepositions and other nouns, or None."""
    cur = noun
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ in CLAUSE_DEPS:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _visitor(tok: Token) -> Token | None:
    """Who a "visiting" before a name is: "his visiting Libyan counterpart", "told visiting President Zuma", "in
    talks with visiting President Zuma" name the visitor, though the parser may read the name as what is visited (an
    object right after the word, with no subject or auxiliary of its own), or None."""
    if tok.lower_ != "visiting":
        return None
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ not in ("pcomp", "xcomp") or any(c.dep_ in ("nsubj", "aux", "auxpass") for c in tok.children):
        return None
    if tok.dep_ == "pcomp" and tok.head.lower_ != "with":
        return None  # "after visiting President Zuma": he was visited
    return next((c for c in tok.children if c.dep_ == "dobj" and c.left_edge.i == tok.i + 1), None)


def _framed_deed(noun: Token) -> Token | None:
    """The verb whose time a noun gives through a preposition of time ("began during his visit", "pledged aid at the
    meeting"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in FRAME_PREPOSITIONS:
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != prep.i else None


OWN_PEOPLE = frozenset({"people", "citizen", "population", "civilian", "countryman"})  # "his own people"


def _own_people_charged(verb: Token) -> bool:
    """ "continues to shell his own citizens", "is bombing its own population every day", "keeps firing on its own
    people": force on one's own people (``OWN_PEOPLE``) in the present, as what someone goes on doing."""
    if not any(t.lower_ == "own" and t.head.lemma_.lower() in OWN_PEOPLE for t in verb.subtree):
        return False
    present = ("is", "are", "am", "'s", "'re", "can")
    return _up_the_chain(verb, lambda cur: cur.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in present for c in cur.children))


def _for_years(verb: Token) -> bool:
    """ "has urged Mubarak for years", "have been urging reform for 15 years", "have long called on": said again
    and again."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if perfect and any(c.dep_ == "advmod" and c.lower_ in ("long", "repeatedly", "consistently") for c in verb.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ == "pobj" and p.lemma_.lower() in ("year", "decade") for p in c.children)
        for c in verb.children
    )


def _kin_contact(verb: Token) -> bool:
    """ "spoke to my brother", "talked to his family", "meet with her cousin": whom one talks to is one's own kin."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for p in c.children if p.dep_ == "pobj"]
    return bool(objects) and all(
        o.lower_ in lexicon.words("kin_nouns") and any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in o.children) for o in objects
    )


REQUEST_VERBS = frozenset({"request", "demand", "ask", "urge", "seek"})  # verbs of asking that can describe a thing asked for
# What is asked for when one only wants to know, not to have a side act or yield: a request for information
INFORMATION_ASKED = frozenset({"briefing", "debrief", "debriefing", "information", "detail", "update", "comment", "clarification"})


def _no_demand_made(d: _Draft) -> str | None:
    """Why a REQUEST draft makes no demand of a political side: "call on" a resource, a verb of asking that describes
    the thing asked for, or one that asks for information; None when it may."""
    verb = d.token
    if verb.lemma_.lower() == "call" and _resource_call(verb):
        return "call on: a resource"  # "the troops he can call on", "can call on 10,000 men": no one is asked
    if not d.verbal:
        return None
    if _asked_thing_described(verb):
        return "asked: a thing described"  # "the aid requested by Libya": the aid is the news, not an ask that day
    if _asked_information(verb):
        return "asked: for information"  # "requested briefings", "asked the firms for a debrief": no political demand
    return None


def _asked_thing_described(verb: Token) -> bool:
    """ "All the needs requested by customers were met", "the jets, requested by France, were not needed": a past
    participle of asking that modifies a noun describes the thing asked for; the ask is background, not an event."""
    return (
        verb.lemma_.lower() in REQUEST_VERBS
        and verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "amod", "relcl")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _asked_information(verb: Token) -> bool:
    """ "The president requested briefings on the crisis", "asked the companies for a debrief": what is asked is
    information, not something a political side is to do or yield."""
    if verb.lemma_.lower() not in ("request", "ask", "seek"):
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in INFORMATION_ASKED for t in things)


def _resource_call(verb: Token) -> bool:
    """ "What Gaddafi has left to call on", "he can call on 10,000 troops": "call on" someone as a resource, with
    no infinitive of what they are asked to do ("called on Egypt to free them")."""
    if any(c.dep_ == "xcomp" or (c.dep_ == "advcl" and _infinitive(c)) for c in verb.children):
        return False
    ons = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")]
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    if any(not any(p.dep_ in ("pobj", "pcomp") for p in c.children) and (c.dep_ == "prep" or not has_object) for c in ons):
        return True  # the preposition stranded: "what he has left to call on"
    return bool(ons) and any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children)


def _warned_against(verb: Token) -> bool:
    """ "warned against taking too long", "warned against a religious oligarchy taking over": advice to no one in
    particular (a threat names whom it warns: "warned Iran against attacking")."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children) or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    against = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"]
    # what is warned against is a happening ("taking too long", "an oligarchy taking over"), not someone's attempt
    return any(
        p.dep_ == "pcomp" or (p.dep_ == "pobj" and any(a.dep_ == "acl" and a.tag_ == "VBG" for a in p.children))
        for c in against
        for p in c.children
    )


def _together(verb: Token) -> bool:
    """ "were working together to remove him": a joint act."""
    return any(c.dep_ == "advmod" and c.lower_ == "together" for c in verb.children)


def _not_yet(verb: Token) -> bool:
    """ "has yet to recognize the council", "the only neighbour yet to agree", "failed to agree a cabinet": not
    done (so far)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail":
        return True
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for h in holders for c in h.children)


def _saying_beside(verb: Token) -> bool:
    """ "ElBaradei condemned the speech, saying Mubarak must go": a participle of saying that hangs on a verb tells
    a second statement beside the first, not what the first one condemns, asks or refuses."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in lexicon.words("say_verbs")


def _asked_to(verb: Token) -> bool:
    """ "Gaddafi should step down", "Mubarak must resign", "he will have to abandon power": what someone is told they
    must do, the content of a demand, not a deed ("she should have resigned ages ago" is a reproach about one)."""
    if _obliged(verb):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("need", "have") and head.i != verb.i and _obliged(head)


def _crime_told(comp: Token) -> Token | None:
    """A reported clause telling that someone commits a crime ("said Gaddafi forces were using human shields", "said
    the regime had committed war crimes"): the speaker accuses its subject (``crime_nouns``, the object of a verb of
    doing), or None when the clause is negated or hypothetical."""
    if _conditioned(comp):
        return None
    for verb in (comp, *(c for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB")):
        if verb.lemma_.lower() not in CRIME_VERBS:
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS) for c in [*comp.children, *verb.children]):
            return None
        objects = _phrase_heads([c for c in verb.children if c.dep_ == "dobj"])
        if any(_in_phrase(crime, objects) for crime in lexicon.words("crime_nouns")):
            return comp  # "forces have changed tactics and are using human shields": the clause's subject does it
    return None


def _for_to_clause(copula: Token) -> Token | None:
    """The "for X to do Y" clause a verdict's noun or adjective carries ("it is a huge mistake for Egypt to shut down
    the internet", "it was wrong for NATO to bomb"): the deed judged, its subject the doer."""
    verdicts = [c for c in copula.children if c.dep_ in ("attr", "acomp")]
    for clause in (g for v in verdicts for g in v.children if g.dep_ in ("relcl", "acl", "xcomp", "ccomp", "advcl")):
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children) and any(c.dep_ == "nsubj" for c in clause.children):
            return clause
    return None


def _mandative(verb: Token) -> bool:
    """ "The council insists Gaddafi step down", "stressed that the army withdraw": a reported clause with a subject of
    its own and a verb in the bare form, with no auxiliary, is a mandative subjunctive: what the speaker demands of
    that subject, as "must" or "should" would say it (a statement of fact reads "steps down" or "stepped down")."""
    if verb.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" for c in verb.children)


def _obliged(verb: Token) -> bool:
    """ "should stop", "must step down", "ought to", "needs to let go", "have to give up": what someone is told
    they must do."""
    if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children):
        return False  # "forces had yet to enter the city": not done so far, asked of no one
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children):
        return False  # "he must have fled", "they should have known": a guess or a reproach about the past
    if any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children) or _under_ought(verb):
        return True
    return verb.lemma_.lower() in ("need", "have") and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children
    )


def _under_ought(verb: Token) -> bool:
    """ "The president ought to resign", "he ought to have apologised": the parser makes "ought" the clause's head
    and the deed its infinitive, so the modal is the verb's head, not an auxiliary of it as "should" is."""
    return verb.dep_ == "xcomp" and verb.head.tag_ == "MD" and verb.head.lower_ == "ought"


def _denied_deed(d: _Draft) -> str | None:
    """Why a deed of force denied is no report of it: "the army denied shelling the town", "police denied arresting
    the reporters" report the denial (REJECT); the attack or the arrest is only what others allege, and the brief
    requires none (in the training split's cross-validation: 7 false positives, no true one)."""
    return "a denied deed: the denial is the report" if d.type in FORCE_TYPES and d.status == "denied" else None


def _dropped(d: _Draft, sent: Span, reason: str) -> None:
    note_drop(sent.text, d.type, d.token.text, reason)


def _protest_called(d: _Draft) -> bool:
    """Whether a draft asked for is a protest that a call announces: "a rally", "to march" (not "to gather for prayers")."""
    words = lexicon.words("called_protest_verbs" if d.verbal else "protest_nouns")
    return d.type == "PROTEST" and d.token.lemma_.lower() in words


def _call_protest(d: _Draft, call: _Draft) -> None:
    """ "The opposition called for a rally on Monday", "the Brotherhood urged its followers to march": a call for a
    protest announces it (the brief codes it planned, besides the request), and the callers are its side: those who
    call it out lead it, those they call on ("its followers") are theirs."""
    d.call = call
    call.announces = True
    if call.actors:
        d.actors = list(call.actors)


def note_drop(sentence: str, typ: str, trigger: str, reason: str) -> None:
    """Count a dropped draft or mention, and log it when training/dev.py asks."""
    DROPS[reason] += 1
    if DROP_LOG is not None:
        DROP_LOG.append((sentence, typ, trigger, reason))


def _turned_on(d: _Draft, host: _Draft) -> bool:
    """Whether a nested report's actors are what its host acts on: "the loyalists beat back assaults by council
    forces", "rebels repelled an advance by Gaddafi's troops" tell two deeds, the advance and its repulse, each side
    acting on the other (as the annotation codes them), not one event with both sides acting."""
    doers = {e.key for e in d.actors}
    return bool(doers & {e.key for e in host.recipients}) and not doers & {e.key for e in host.actors}


def _gerund_list_members(verb: Token, objects: list[Token]) -> list[Token]:
    """ "blamed air strikes and shelling by rebel forces": the parser takes the "-ing" noun after "and" for a second
    verb; with no subject, object or auxiliary of its own it is the object list's next member (a deed judged, whose
    "by" phrase names its doer, as in "strikes by NATO")."""
    if not objects:
        return []
    ands = [c.i for c in verb.children if c.dep_ == "cc" and c.lower_ == "and"]
    found: list[Token] = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.tag_ != "VBG" or conj.i < objects[0].i:
            continue
        if {c.dep_ for c in conj.children} & {"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "cc"}:
            continue
        if any(objects[0].i < i < conj.i for i in ands):
            found.append(conj)
    return found


def _add_member_names(named: dict[str, Entity], affiliated: Mapping[str, list[str]]) -> None:
    """Give each group of ``named`` the names its members' body gives it ("Al Jazeera journalists"), as aliases: the
    group stays one side, of one key, whoever employs it."""
    for key, names in affiliated.items():
        if key in named:
            named[key] = replace(named[key], aliases=tuple(dict.fromkeys((*named[key].aliases, *names))))


def _noun_before_participle(sub: Token) -> Token | None:
    """The subject a participle set off by commas describes, when the parser took the participle for the subject and
    the noun for the object of a subordinator read as a preposition: "as the contact group, meeting in Istanbul,
    recognized ...". The group acts; the participle only says where, so its place is no participant."""
    if sub.tag_ != "VBG" or sub.dep_ != "nsubj" or sub.i < 2 or sub.doc[sub.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in sub.children):
        return None  # "Thousands marching to the square chanted": a clause as subject (``_clause_as_subject``)
    noun = sub.doc[sub.i - 2]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ not in SUBORDINATORS_AS_PREPOSITIONS:
        return None
    return noun


def _clause_as_subject(tok: Token) -> bool:
    """A verb that is a clause's subject with a subject of its own ("Thousands marching to the square chanted",
    parsed as the subject of "chanted"): its own subject names who acts; its places and objects are no participants."""
    return tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "csubj") and any(c.dep_ == "nsubj" for c in tok.children)


def _in_the_crowd(e: Entity) -> bool:
    """Whether someone who protests is one of the protesters: a person with no office ("Trader Ahmed Khalifa"), or a
    group of activists, students, workers or an opposition (not a leader's supporters: their rally is his)."""
    if e.kind == "PERSON":
        return e.sector is None
    return e.key.startswith("group:") and e.sector in CROWD_SECTORS and not (e.name or "").endswith("supporters")


def _placed(head: Token) -> bool:
    """Whether a name stands where a place is told: after a preposition of place ("in Sanaa", "across Jordan"), or as
    the owner or modifier of what follows one ("in Yemen's capital", "in the Sanaa streets"); not in a likeness ("as
    in Tunisia", "more than in Tunisia")."""
    holder = head.head if head.dep_ in ("poss", "compound") else head
    if holder.dep_ != "pobj" or holder.head.lower_ not in PLACE_PREPOSITIONS:
        return False
    prep = holder.head
    return not (_comparison(prep) or prep.head.lower_ in ("as", "than") or (prep.i > 0 and prep.nbor(-1).lower_ in ("as", "than")))


def _where(prep: Token) -> bool:
    """Whether a preposition says where a deed was done: "in", "at", "near", "outside", "around" a place, or "on" its
    edge ("on the outskirts of Misrata"); not "to" or "toward" (where someone went) nor "on" a target."""
    if prep.lower_ in NEAR_PREPOSITIONS:
        return True
    return prep.lower_ in ("on", "along") and any(o.dep_ == "pobj" and o.lemma_.lower() in EDGE_NOUNS for o in prep.children)


def _letter_addressees(verb: Token) -> list[Token]:
    """The heads of whom the writing a verb is told in is sent to: "in a letter to the council, he urged ...", "said
    in a message addressed to Obama that ...", "sent a note to NATO calling for ..."; the verb's own clause, then
    the clauses that report or carry it (two links up)."""
    cur = verb
    for _ in range(3):
        letters = [p for c in cur.children if c.dep_ == "prep" and c.lower_ in ("in", "through", "via") for p in c.children]
        letters += [c for c in cur.children if c.dep_ == "dobj"]
        letters += [cur] if cur.pos_ == "NOUN" else []
        for letter in (t for t in letters if t.lemma_.lower() in LETTER_NOUNS):
            sent = [letter, *(c for c in letter.children if c.dep_ == "acl")]  # "a letter addressed to the council"
            to = [p for h in sent for c in h.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
            if letter.dep_ == "dobj" and letter.head.i == cur.i:  # "sent a letter to NATO"
                to += [p for c in cur.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
            if to:
                return _phrase_heads(to)
        if cur.dep_ not in ("ccomp", "xcomp", "advcl", "acl", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
    return []


def _one_side_each(typ: str, actors: list[Entity], recipients: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """Each participant on one side only. Roles gathered apart can put one side on both ("French planes struck a
    command centre belonging to Gaddafi's forces": the owner is hit, not striking; "the army drove the rebels out": the
    army is not driven out); it stays where it stands alone or with fewer others, the side it was found on by the
    deed's own grammar, and is left on both when the two sides are as large (nothing tells which is wrong). A meeting's
    sides are one set, which this leaves alone."""
    if typ == "CONSULT":
        return actors, recipients
    acted_on = {r.key for r in recipients}
    for key in [a.key for a in actors if a.key in acted_on]:  # in the actors' order, so that the outcome is stable
        if len(actors) > max(len(recipients), 1):
            actors = [a for a in actors if a.key != key]
        elif len(recipients) > max(len(actors), 1):
            recipients = [r for r in recipients if r.key != key]
    return actors, recipients


def _unique(entities: list[Entity]) -> list[Entity]:
    seen: dict[str, Entity] = {}
    for e in entities:
        seen.setdefault(e.key, e)
    return list(seen.values())


def _participle_of_future(tok: Token) -> bool:
    """Whether a bare participle tells how a future deed will be done ("will join the protest on Friday, calling on
    the president to retire"): what it tells happens with that deed, ahead, as a plan."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or any(c.dep_ in ("aux", "auxpass", "mark") for c in tok.children):
        return False
    head = tok.head
    return head.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in head.children)


def _said_ahead(tok: Token) -> bool:
    """Whether the word is told in a statement still to be made: "Mubarak will say he will not seek another term",
    "the minister is expected to announce that troops will leave" (a saying in the future, not one going on now:
    "he is saying he will stay" is said)."""
    cur = tok if tok.pos_ in ("VERB", "AUX") else _governing_verb(tok)
    for _ in range(4):
        if cur is None or cur.head.i == cur.i:
            return False
        if cur.dep_ == "ccomp" and (
            cur.head.lemma_.lower() in lexicon.words("say_verbs") or cur.head.lemma_.lower() in REPORTED_PLAN_VERBS
        ):
            say = cur.head
            return clause_tense(say) == "future" and not _going_on_now(say)
        if cur.dep_ not in ("xcomp", "conj"):
            return False
        cur = cur.head
    return False


def _arranging(tok: Token) -> bool:
    """Whether the word is a verb of arranging in the progressive: "they are organizing a march", "were planning a
    strike": the arranging goes on, what is arranged is still to come."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ != "VBG" or tok.lemma_.lower() not in lexicon.words("arranging_verbs"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("is", "are", "was", "were", "'s", "'re", "am") for c in tok.children)


def _arranged_ahead(noun: Token) -> bool:
    """Whether a noun's event is arranged in the present or the future: "major demonstrations are planned for Cairo",
    "talks will be scheduled" (not "the march was planned for weeks", which may have been held since)."""
    arranger = _arranged(noun)
    if arranger is None or noun.dep_ != "nsubjpass":
        return False
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "'s", "'re", "am", "will", "'ll", "shall") for c in arranger.children
    )


def _kept_up(tok: Token) -> bool:
    """Whether words said are said to go on ("will continue to demand", "will keep calling for"): a demand or charge
    kept up is already being made, and is reported as made, not planned."""
    going_on = ("continue", "keep")  # "are going to keep the pressure on": the word itself says it goes on
    return tok.lemma_.lower() in going_on or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in going_on)


def _nonfinite_xcomp(tok: Token) -> bool:
    """Whether a verb's open complement is an infinitive or the like ("told them to leave", "agreed to talk"), not a
    finite clause the parser hung on the verb as one: "told Reuters shells had been landing" reports what was seen
    (its auxiliaries "had been" make it a clause of its own), and no one is told to do anything."""
    if tok.dep_ != "xcomp":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True  # "to leave", "to be evacuated", "to have acted"
    return tok.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _fallen_place(verb: Token, type_: str) -> bool:
    """Whether a draft is a place that fell to a side ("the town fell to the rebels"): the place, named or not ("the
    town", "it"), was held by the other side of the article's war, which is whom it was taken from."""
    return type_ == "COERCE" and verb.lemma_.lower() == "fall"


def _fallen_from(verb: Token, type_: str, homes: set[str]) -> list[Entity]:
    """Whom a place that fell was taken from when no war is told ("cities in the east fell to the opposition"): the
    state it belongs to, the side's own country, as a reader codes a territory taken from its state."""
    return [country_entity(c) for c in sorted(homes)] if _fallen_place(verb, type_) else []


def _modal_future(verb: Token) -> bool:
    """A clause of what will or would be done: "it will not allow", "they would strike", "is going to act"."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall", "wo") for c in verb.children):
        return True
    return verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children)


def _ruled_body(tok: Token) -> bool:
    """Whether a noun is one government (``RULED_BODIES``, singular): "government", "regime", "administration"."""
    return tok.tag_ in ("NN", "NNP") and tok.lemma_.lower() in RULED_BODIES


def _government_owners(noun: Token) -> list[Token]:
    """The words a government noun's ruler may be named by: its possessor or modifier ("Gaddafi's government", "the
    Obama administration") and the object of its "of" ("the government of Hosni Mubarak")."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound")]
    return owners + [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def _quoted_as_saying(verb: Token) -> Token | None:
    """The one quoted in "Al Jazeera quoted sources in the council as saying it ...": the object of "quote" or "cite"
    whose "as saying" reports the clause, not the outlet that quotes (None for any other verb of saying)."""
    if verb.tag_ != "VBG" or verb.head.dep_ != "prep" or verb.head.lower_ != "as":
        return None
    quoting = verb.head.head
    if quoting.lemma_.lower() not in ("quote", "cite"):
        return None
    return next((c for c in quoting.children if c.dep_ == "dobj"), None)


PLURAL_PRONOUNS = frozenset({"they", "them", "their"})


def _among_those(noun: Token) -> list[Token]:
    """The subjects counted "among those" a clause describes: "Kerry and McCain were among those calling for ...",
    "he was among those who fled" (they are of those who did it), or none for any other noun."""
    if noun.lower_ not in ("those", "ones") or noun.dep_ != "pobj" or noun.head.lower_ != "among":
        return []
    verb = noun.head.head
    if verb.dep_ == "ROOT" and verb.pos_ in ("NOUN", "PROPN"):
        return [verb]  # "Kerry and McCain among those calling for ...": a verbless line; the names are the subject
    if verb.lemma_.lower() != "be":
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _title_variants(lemma: str) -> tuple[str, ...]:
    """The titles a plural title noun may stand for: an envoy or a representative of a country is its ambassador, or
    the deputy who speaks for the mission; any other title is itself."""
    if lemma in ("envoy", "representative", "ambassador", "diplomat"):
        return ("envoy", "ambassador", "representative", "deputy ambassador")
    return (lemma,)


def _companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """Those a clause's subject acts together with, set off by commas between it and its verb: "China, with Russia,
    India and Brazil, condemned the strikes", "Saudi Arabia, along with Kuwait, condemned Iran" (they condemned them
    too; a "with" after the verb is a partner or a target: "met with", "clashed with")."""
    if not subjects or any(c.dep_ == "auxpass" for c in verb.children):
        return []
    end = max(s.right_edge.i for s in subjects)
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or not end < prep.i < verb.i or verb.doc[prep.i - 1].text != ",":
            continue
        heads = [prep] if prep.lower_ == "with" else [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"]
        if prep.lower_ not in ("with", "along", "together") or not heads:
            continue
        out += [p for h in heads for p in h.children if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN")]
    return out


def _joined_in(join: Token, deed: Token) -> list[Token]:
    """The others a subject "joined in" a deed: "the United States joined France and Britain in urging a vote" (they
    urge it too), the objects of "join" whose "in" clause holds ``deed``; none for other verbs."""
    if join.lemma_.lower() != "join" or not (deed.dep_ == "pcomp" and deed.head.lower_ == "in" and deed.head.head.i == join.i):
        return []
    return [c for c in join.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")]


def _relative_through_speech(verb: Token, subs: list[Token]) -> bool:
    """Whether a relative pronoun is the subject of a clause reported inside a relative clause: "prisoners who he
    said had been detained", "the men who officials say fired": the pronoun stands for the noun the relative clause
    modifies, as in "prisoners who had been detained"."""
    if verb.dep_ != "ccomp" or verb.head.dep_ != "relcl" or verb.head.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    if verb.head.lemma_.lower() not in lexicon.words("say_verbs"):
        return False
    return any(s.lower_ in ("who", "that", "which") and s.i < verb.head.i for s in subs)


_LED_BY = re.compile(r"^(.+)-led$")


def _led_by(tok: Token) -> list[Entity]:
    """The side a one-word "X-led" names: "the U.S.-led strikes", "U.N.-led forces" (the tokenizer keeps an
    abbreviation's hyphened word whole, so no mention covers it): the one that leads the deed does it, as "NATO-led"
    (split, and so a mention) already reads; one that backs it ("U.S.-backed") does not. A country or a body the
    gazetteer knows, else no one."""
    found = _LED_BY.match(tok.text)
    if found is None or tok.pos_ not in ("ADJ", "VERB"):
        return []
    gaz = gazetteer.load()
    iso = gaz.country_or_demonym(found.group(1))
    if iso is not None:
        return [country_entity(iso)]
    body = gaz.bodies.get(norm(found.group(1)))
    return [body_entity(body)] if body is not None else []


def _subject_role(tok: Token) -> Token:
    """The token that holds a noun's place in its clause: itself, or the first of the names it is coordinated with
    ("Britain and France said": France's place is Britain's)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


@cache
def _people_nouns() -> frozenset[str]:
    """Plural nouns of people a "they" may stand for though no side is named: crowds, residents, officials, workers,
    and counts of people ("thousands", "dozens")."""
    lists = ("person_nouns", "population_nouns", "civilian_nouns", "striker_nouns", "title_heads")
    return frozenset().union(*(lexicon.words(n) for n in lists)) | {"thousand", "hundred", "dozen", "organizer", "organiser"}


def _reporting_speaker(pronoun: Token) -> Token | None:
    """The noun that reports the clause a plural subject pronoun opens ("rebels said they had taken Brega", "people
    saying that they will continue"): "they" is, first, the speakers. None for other pronouns and clauses (a singular
    "he" in "Obama said he told Mubarak" is left to the resolver), and where the speaker is itself a pronoun."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    verb = clause.head
    says = lexicon.words("say_verbs")
    if clause.dep_ != "ccomp" or not (verb.lemma_.lower() in says or (verb.lower_.endswith("ing") and verb.lower_[:-3] in says)):
        return None
    if verb.dep_ == "acl" and verb.head.tag_ == "NNS":
        return verb.head  # "thousands of people ... saying that they ..."
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS")]
    return subjects[0] if len(subjects) == 1 else None


def _arranged(noun: Token) -> Token | None:
    """The participle that arranges an event a noun names: "a march is planned for Tuesday", "talks scheduled for
    Friday", "there is a demonstration planned for tomorrow" (not negated: "no talks are planned")."""
    arranging = lexicon.words("arranging_verbs")
    head = noun.head
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in arranging and not any(c.dep_ == "neg" for c in head.children):
        return head
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in arranging), None)


def _dates_agree(a: TimePoint | None, b: TimePoint | None) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


AGENT_DEPS = frozenset({"nsubj", "agent", "poss"})


def _national_army(e: Entity) -> bool:
    """Whether an entity is a country's armed forces named by the common noun and its nationality ("Egyptian
    forces" of "the military", "the army"), not forces named for a leader ("Mubarak forces") or a named unit."""
    if not (e.key.startswith("group:") and e.sector == "MIL" and e.country and e.name):
        return False
    words = e.name.split()
    return len(words) == 2 and words[1] == "forces" and gazetteer.load().demonym(words[0]) == e.country


def _rebels(e: Entity) -> bool:
    """Whether an entity is a country's rebels named by the common noun ("Libyan rebels", "revolutionaries"), not a
    named armed group."""
    return e.key.startswith("group:") and e.sector == "REB"


def _time_word(tok: Token) -> bool:
    """Whether a token is part of a date or a time ("Monday", "March"): a name joined to one by "and" is a mis-parse of
    the next clause's subject, no conjunct of a time ("on Sunday and Reuters was shown"), as no one is a date's pair."""
    return tok.ent_type_ in ("DATE", "TIME")


COMPARISON_PREPOSITIONS = frozenset({"like", "unlike"})
MODEL_NOUNS = frozenset({"example", "lead", "footstep", "model"})
INSPIRED_VERBS = frozenset({"inspire", "embolden", "emulate", "compare", "echo", "mirror"})


def _comparison(tok: Token) -> bool:
    """Whether a modifier sets its argument beside another as a comparison or a model, not a side of the deed: "like
    Egypt", "unlike Tunisia", "as in Tunisia", "as with Egypt", "following Egypt's example", "inspired by Tunisia",
    "compared with Libya". A country or a person named there is what the deed is likened to, no actor or target."""
    low = tok.lower_
    if tok.dep_ == "prep" and low in COMPARISON_PREPOSITIONS:
        return True
    if tok.dep_ == "prep" and low == "as":
        return any(c.dep_ in ("prep", "pcomp") and c.lower_ in ("in", "with") for c in tok.children)
    if tok.dep_ in ("prep", "advcl", "acl") and low in ("following", "follow", "followed"):
        return any(c.lemma_.lower() in MODEL_NOUNS for c in tok.subtree if c.i != tok.i and c.dep_ in ("pobj", "dobj"))
    return tok.dep_ in ("acl", "advcl", "prep") and tok.lemma_.lower() in INSPIRED_VERBS and tok.tag_ in ("VBN", "VBG")


LIKENESS_SUFFIXES = frozenset({"style", "like", "type", "inspired", "esque"})


def _likeness_word(tok: Token) -> bool:
    """Whether a word is the model half of a hyphenated likeness ("an Egyptian-style uprising", "a Tunisia-inspired
    revolt", "Iraq-like chaos"): joined by a hyphen to "style", "like", "inspired", it tells what a thing resembles,
    not who takes part in it."""
    doc = tok.doc
    nxt = tok.i + 2
    return nxt < len(doc) and doc[tok.i + 1].text == "-" and doc[nxt].lower_ in LIKENESS_SUFFIXES and not doc[tok.i].whitespace_


def _while_clause(tok: Token) -> bool:
    """Whether a verb heads an adverbial clause told at the same time as its head ("as NATO warplanes flew",
    "while jets circled"): a circumstance of the main clause's deed, not its object; "after"/"before" clauses, which
    tell what came first ("after rebels swept in"), are not."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in tok.children)


def _appeal_to_all(verb: Token) -> bool:
    """Whether what a demand asks for is an appeal to everyone, not a demand of a government: "called for calm",
    "urged restraint", "appealed for unity" (``CALM_NOUNS``, as the object or after "for")."""
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    asked += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    return any(a.lemma_.lower() in CALM_NOUNS for a in asked)


def _addressee_phrases(verb: Token) -> list[Token]:
    """The heads of the phrases a request verb names its addressee by: its object ("urged both sides"), the object
    of its "on" or "to" ("called on all parties", "appealed to the warring sides"), or the subject of a "for ... to"
    clause ("called for all sides to negotiate")."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    out += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") for p in c.children if p.dep_ == "pobj"]
    out += [
        s
        for c in verb.children
        if c.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    return out


def _all_sides(tok: Token) -> bool:
    """Whether a phrase is all the sides of a conflict: "all sides", "both parties", "the two sides", "the warring
    parties" (a plural of ``SIDE_NOUNS`` with "all", "both", "two" or "warring"), "all people", "everyone"."""
    if tok.lower_ in ("everyone", "everybody"):
        return True
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in SIDE_NOUNS | {"people"}:
        return False
    return any(c.lower_ in ("all", "both", "two", "warring") for c in tok.children if tok.lemma_.lower() != "people" or c.lower_ == "all")


def _private(e: Entity) -> bool:
    """A person the article gives no office, party, force or group: no sector, no title (a passer-by, a pundit)."""
    return e.kind == "PERSON" and e.sector is None and not e.title


def _private_trip(d: _Draft, actors: list[Entity], recipients: list[Entity], civilians: bool) -> str | None:
    """ "A man who had travelled to Hong Kong", "Bao arrived in Beijing on Friday", "people who had just visited
    Mexico": a journey to a country by a private person, or by no one a record codes, meets no one there (of these, 3
    were false positives and none right in the training split's cross-validation). So does one by people who travel on
    their own account, as ``civilians`` says of the verb's subject ("a Brazilian man who had flown to Lisbon",
    "passengers arriving") or a group with no political role ("students back from a school trip abroad"). Talks are
    not journeys: "Khatib held talks with Libya's prime minister" met him."""
    if d.type != "CONSULT" or d.token.lemma_.lower() not in lexicon.words("journey_verbs") | VISITS:
        return None
    travellers = civilians or all(_uncoded(e) or _travellers(e) for e in actors)
    if recipients and travellers and all(e.kind == "COUNTRY" for e in recipients):
        return "a private trip: no one met"
    return None


def _travellers(e: Entity) -> bool:
    """ "Students back from a school trip abroad", "workers arriving at the border": a group of people with no political
    role (students, workers, civilians, refugees) goes abroad to study, work or flee, and meets no one there; protesters
    and activists are a side."""
    return e.key.startswith("group:") and e.sector in CROWD_SECTORS - {"OPP"}


def _no_one_talked_with(child: Token) -> bool:
    """A word on "speak" or "talk" that says no one is talked with: "speaking on condition of anonymity" (to the
    press, unnamed), "spoke out against the war" (a stance taken in public), "loves to talk of a pandemic" (to mention)."""
    if child.dep_ == "prt":
        return child.lower_ == "out"
    if child.dep_ != "prep":
        return False
    return child.lower_ == "of" or (child.lower_ == "on" and any(p.lemma_.lower() == "condition" for p in child.children))


def _causing_aim(verb: Token) -> bool:
    """A verb of making someone act (``causing_verbs``) in the bare infinitive or the gerund: "to force his troops to
    cease fire", "no way of forcing him to resign", "trying to persuade the town to surrender". What it would make
    them do is an aim, not done; "protests forced him to flee" tells a deed that was."""
    return verb.tag_ in ("VB", "VBG") and verb.lemma_.lower() in lexicon.words("causing_verbs")


def _uncodable_sides(typ: str, actors: list[Entity], recipients: list[Entity]) -> str | None:
    """Why an event's sides code no political event, or no event of its type, or None."""
    if typ != "CONSULT" and actors and {e.key for e in actors} == {e.key for e in recipients}:
        # "Kenya's internet was shut down": an event read with the same side at both ends names no one it was
        # done to (the parser lost the target, or it reads "Gaddafi's forces" for both sides of a clash).
        return "a side on itself"
    if typ == "CONSULT" and not recipients and _one_party(actors):
        return "a meeting of one side"
    if all(_uncoded(e) for e in actors + recipients):
        # "Apple rejected Sony's application", "the NHS signed contracts with Roche", "I spoke with a venture
        # partner", "the couple planned a visit": no one in it is a state, an office, a party, a force or a
        # group, so no one a PLOVER record codes (of these, 23 were false positives and 1 right in the training
        # split's cross-validation: a leader's son named without his title)
        return "no political side"
    if typ != "CONSULT" and actors and recipients and all(_unknown_body(e) for e in actors) and all(_bare_country(e) for e in recipients):
        # "Lufthansa and the pilot union agree to a truce", "Goldman Sachs advises taking profits": a body the
        # gazetteer does not know (a company, a firm, a misread word) acting, with no one but a country (read from a
        # place or an adjective) at the other end, is business, no side a record codes acting
        return "no political side: toward a country only"
    if typ == "PROTEST" and actors and all(e.kind == "ORG" and e.sector in GOVERNING_SECTORS for e in actors):
        # "Western powers began the strikes against Libya", "signs of NATO strikes", "the Interior Ministry put the
        # size of the demonstration at 10,000": a government, a ministry or an international body does not take to
        # the street; the crowd is someone else, or the "strikes" are air strikes (soldiers or police who march for
        # their pay do; "rallies were held in Canada" names the country for its people, "anti-Mubarak rallies"
        # the man they are against)
        return "a state protesting"
    return None


def _one_party(actors: list[Entity]) -> bool:
    """Whether a meeting's only sides are one person and the group or body of his own sector he is named with ("rebel
    defense minister Omar Hariri, visiting the west": Hariri and the rebels; "the WHO director general, Dr Margaret
    Chan, said"): one party, with no one named to meet. The rebels and an opposition are one side of a conflict. A
    person of no known country, named with one body of none ('"We will consult," NATO spokeswoman X said'), is its
    officer: the two are one party too."""
    people = [e for e in actors if e.kind == "PERSON"]
    sides = [e for e in actors if e.kind == "ORG"]
    if len(people) != 1 or not sides or len(people) + len(sides) != len(actors):
        return False
    person = people[0]
    if person.country is None and len(sides) == 1 and sides[0].country is None:
        return True

    def family(sector: str | None) -> str | None:
        return "side" if sector in ("OPP", "REB") else sector

    return all(
        person.sector is not None and family(g.sector) == family(person.sector) and person.country in (None, g.country) for g in sides
    )


def _bare_country(e: Entity) -> bool:
    """A country named only as a country (no person, body or group of it): "Germany", "the U.S.", "German"."""
    return e.kind == "COUNTRY"


def _unknown_body(e: Entity) -> bool:
    """A body the gazetteer does not know: an organisation of no sector and no country (a company, a broadcaster)."""
    return e.kind == "ORG" and e.sector is None and e.country is None


def _uncoded(e: Entity) -> bool:
    """A private person, or a body the gazetteer does not know (no sector, no country: a company, a band, a place
    misread as a body): no side a political event is coded by."""
    return _private(e) or _unknown_body(e)


def _same_name(e: Entity, others: list[Entity]) -> bool:
    """Whether one of ``others`` is ``e`` under another key ("they" and "our forces" both resolved to Gaddafi's forces),
    or the same group under another of its names: "Libyan forces" and "Gaddafi forces", one army of one country, as
    when the weapons a side fires are read as its forces ("firing artillery": the artillery is no target)."""
    if e.name is not None and any(o.name == e.name and o.country == e.country for o in others):
        return True
    return e.key.startswith("group:") and any(
        o.key.startswith("group:") and o.country == e.country and o.sector == e.sector and _group_names(o) & _group_names(e) for o in others
    )


def _group_names(e: Entity) -> set[str]:
    return {norm(n) for n in (e.name, *e.aliases) if n}


def _wished(tok: Token) -> bool:
    """A verb with its own subject in the bare form: a mandative subjunctive ("the rebels are adamant that Gaddafi step
    down", "provided he step down first") or a for-to clause ("the push for Mubarak to step down"): what someone
    wants or sets as a condition, not what happened."""
    if tok.tag_ != "VB" or tok.dep_ in ("ROOT", "xcomp", "conj") or not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    auxes = [c for c in tok.children if c.dep_ == "aux"]
    return not auxes or any(a.lower_ == "to" for a in auxes)


def _forecast(tok: Token) -> bool:
    """ "NATO countries are expected to endorse an end", "the tribunal is expected to implicate", "Saif was set to flee",
    "Tripoli looked set to crush the rebels": an infinitive under a passive "expected" or an adjective of likelihood
    (``forecast_heads``) is someone's forecast of a deed, not a deed announced by its doer ("the United States
    expected to conduct more strikes" plans its own)."""
    if tok.dep_ not in ("xcomp", "advcl") or not _infinitive(tok):
        return False
    heads = lexicon.words("forecast_heads")
    head = tok.head
    if head.lemma_.lower() in heads and (head.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in head.children)):
        return True
    return any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in heads for c in head.children)


def _facility_shut(verb: Token) -> bool:
    """ "Colonial Pipeline shut its main pipelines", "forced some of its coal-fired plants to shut", "deciding to shut
    all its nuclear plants": what is shut or closed is a plant, a pipeline or a shop (``facility_nouns``), an economic
    outage, not force used on anyone."""
    shut = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not shut and verb.dep_ == "xcomp":
        shut = [c for c in verb.head.children if c.dep_ == "dobj"]  # "forced plants to shut"
    if not shut:
        shut = [c for c in verb.children if c.dep_ == "nsubj"]  # "the refinery shut on Monday"
    facilities = lexicon.words("facility_nouns")
    return bool(shut) and all(t.lemma_.lower() in facilities or t.lower_ in facilities for t in shut)


RANKS = frozenset({"first", "last", "latest", "only", "second", "third", "next"})
AIM_NOUNS = frozenset({"aim", "goal", "objective", "purpose", "strategy", "intention", "mission"})  # "his aim was to ..."


def _aim_described(tok: Token) -> bool:
    """ "Rebels seeking to topple Gaddafi", "forces fighting to retake the town", "Western powers bent on overthrowing
    leaders": what someone strives for, told in a participle or an adjective that describes them (who they are), has
    not happened; so does a relative clause in the present ("strike sorties that aim to find and hit targets": what
    such sorties are for) and an aim told as what someone's aim or strategy is or was ("his aim was to kill as many as
    he could", "their strategy has been to shell the port"). A main clause ("the rebels are seeking to topple him")
    keeps its own status rules."""
    while tok.dep_ == "conj" and tok.head.tag_ == "VB":
        tok = tok.head  # "aim to find and hit targets": the infinitives share their head
    head = tok.head
    if tok.dep_ in ("xcomp", "advcl") and _infinitive(tok):
        if head.lemma_.lower() == "be":
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in AIM_NOUNS for c in head.children)
        return (
            head.dep_ in ("acl", "relcl")
            and (head.tag_ == "VBG" or (head.dep_ == "relcl" and head.tag_ in ("VBP", "VBZ")))
            and head.lemma_.lower() in lexicon.words("aim_verbs")
        )
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and head.lower_ == "on":
        return head.head.lower_ in ("bent", "intent")
    return False


# Adjectives of inability or of a disposition to act ("unable to advance", "forces eager to shoot", "reluctant to
# intervene"): the infinitive they take tells what is not, or not yet, done. Not those that tell it was done ("quick
# to condemn", "the first to recognize", "able to seize") nor a plan ("ready to", "set to": ``_forecast``).
DISPOSITIONS = frozenset(
    {
        "unable",
        "powerless",
        "eager",
        "keen",
        "willing",
        "unwilling",
        "reluctant",
        "loath",
        "anxious",
        "desperate",
        "determined",
        "hesitant",
        "afraid",
    }
)
# Nouns of what may come ("little prospect of mounting an offensive", "the possibility of attacking", "no chance of
# winning"): the gerund after their "of" is a possibility, not a deed.
PROSPECT_NOUNS = frozenset(
    {"prospect", "chance", "possibility", "likelihood", "risk", "danger", "hope", "option", "idea", "capability", "capacity", "ability"}
)


def _no_deed_told(d: _Draft) -> str | None:
    """Why a verb names no deed done, or None: what someone is unable or disposed to do (an infinitive on an adjective
    of inability or disposition, ``DISPOSITIONS``), what may come (a gerund after the "of" of a noun of prospect,
    ``PROSPECT_NOUNS``), what someone once did, told as who he is ("Gaddafi, once branded a mad dog by Washington",
    "leaders who once backed Assad": "once" before the verb is "formerly", background), a blow dealt (an idiom for a
    setback: "his death deals a blow to the rebels", not a criticism) and a view or a decision agreed ("agree" with a
    clause, ``_agreed_that``: "most agreed that he should go", a shared opinion, not a deal)."""
    tok = d.token
    if not d.verbal:
        return None
    while tok.dep_ == "conj" and tok.tag_ == "VB" and tok.head.tag_ == "VB":
        tok = tok.head  # "unable to advance or hold ground": the infinitives share their head
    if tok.dep_ == "xcomp" and tok.tag_ == "VB" and tok.head.pos_ == "ADJ" and tok.head.lemma_.lower() in DISPOSITIONS:
        return "disposition: unable, eager, willing to"
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PROSPECT_NOUNS:
        return "prospect: the chance of a deed"
    if _formerly(d.token):
        return "background: once, formerly"
    if (
        d.type == "ACCUSE"
        and d.token.lemma_.lower() == "deal"
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "blow" for c in d.token.children)
    ):
        return "a blow dealt: a setback"
    if d.type == "AGREE" and _agreed_that(d.token):
        return "agreed that: a view or a decision"  # "those asked agreed they would like him gone": no deal, no promise
    return None


def _agreed_that(verb: Token) -> bool:
    """ "Those asked agreed they would like him gone", "the cabinet agreed that Italy would freeze the assets": "agree"
    with a clause tells a view shared or a deed decided, not a deal or a promise made to anyone; the deed decided, if
    any, is coded for itself (``_drop_contents`` leaves it)."""
    return verb.lemma_.lower() == "agree" and any(c.dep_ == "ccomp" for c in verb.children)


def _formerly(verb: Token) -> bool:
    """ "Once branded a mad dog", "who once backed Assad": "once" before the verb, as its adverb, is "at one time in the
    past"; not "once again", "once more" (one more time) nor "at once" (at one go), nor a "once" before the clause's
    subject, the conjunction the parser sometimes reads as an adverb ("Once rebels seized the town, ...": as soon as)."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "once" and c.i < verb.i and not any(c.i < i for i in subjects):
            after = verb.doc[c.i + 1].lower_ if c.i + 1 < len(verb.doc) else ""
            before = verb.doc[c.i - 1].lower_ if c.i > 0 else ""
            if after not in ("again", "more") and before != "at":
                return True
    return False


def _statement_setting(verb: Token) -> bool:
    """ "Speaking at a news conference, the minister said ...", "Speaking on state television, he warned ...": a
    participle of speaking, with no one spoken to, that sets the scene for a verb of saying (``say_verbs``) tells where
    or how the statement was made, not a talk with anyone."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.lemma_.lower() in lexicon.words("say_verbs") | {"mention"}


def _ouster_aimed(tok: Token) -> bool:
    """ "Rebels swept in aiming to topple Gaddafi", "charged with plotting to overthrow the president", "the alliance
    which helped topple him": a verb of removing a ruler in the bare or "to" infinitive (``ouster_verbs``), not one
    a modal makes a forecast of ("will topple him"), tells an aim or someone's part, not the ruler's fall."""
    if tok.tag_ != "VB" or tok.lemma_.lower() not in lexicon.words("ouster_verbs"):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo") for c in tok.children)


def _first_to(tok: Token) -> bool:
    """ "became the first Arab country to recognize", "was the latest to defect": an infinitive on a ranked
    predicate noun, whose doer is the subject of "be" or "become"."""
    head = tok.head
    return (
        tok.dep_ in ("relcl", "acl")
        and _infinitive(tok)
        and head.dep_ in ("attr", "oprd")
        and head.head.lemma_.lower() in ("be", "become")
        and any(w.lower_ in RANKS for w in (head, *head.children))
    )


def _holding_on(d: _Draft) -> _Draft:
    """ "Gaddafi pledged to stay in power at any cost", "vowed to remain in the country and finish his term": a vow to
    keep what one is asked to give up refuses the demand (REJECT), it promises no one anything (AGREE)."""
    if d.type != "AGREE" or not d.verbal:
        return d
    if not any(c.dep_ == "xcomp" and c.lemma_.lower() in ("stay", "remain", "cling") for c in d.token.children):
        return d
    return _Draft("REJECT", None, d.token, verbal=True, actors=d.actors, recipients=d.recipients, location=d.location)


def _let_in(verb: Token, word: str) -> bool:
    """ "Iraq allowed inspectors to return", "let monitors visit the site": the parser makes those let in the subject
    of the verb's complement clause, not its object, so a trigger line's ``@letin:W`` looks there for the word W."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return _in_phrase(word, _phrase_heads(subjects))


def _declined(d: _Draft) -> _Draft:
    """ "Authorities declined to ease the restrictions", "the EU declined to lift the embargo": to decline a deed is
    to refuse it (REJECT, as "refused to ease" is), not the deed. Only a deed the tables know turns: "declined to
    comment" or "declined to be named" refuses nothing."""
    head = d.token.head
    if not d.verbal or d.token.dep_ != "xcomp" or head.lemma_.lower() != "decline" or not _infinitive(d.token):
        return d
    if d.type == "CONSULT":
        return d  # "declined to speak", "declined to talk to reporters": no comment to the press, no talks refused
    return _Draft("REJECT", None, head, verbal=True, actors=d.actors, recipients=d.recipients, location=d.location)


def _ultimatum_term(tok: Token) -> bool:
    """ "(gave them until Saturday) to surrender or face attack", "(urged them) to lay down their arms or suffer
    death": an infinitive with "or face ..." is what an ultimatum asks, on pain of what follows the "or"."""
    if not (tok.dep_ in ("advcl", "xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
        return False
    alternatives = [c for c in tok.children if c.dep_ == "conj"]
    faced = [t for c in alternatives for t in (c, *c.children) if t.lemma_.lower() in ULTIMATUM_PAINS]
    return any(c.dep_ == "cc" and c.lower_ == "or" for c in tok.children) and bool(faced)


def _said_no(tok: Token) -> bool:
    """ "The rebels have said no to foreign troops", "Athens said no to the loan terms": to say no to something (or
    someone) is to refuse it (PLOVER REJECT); a bare "said no" (an answer to a question) names nothing refused."""
    if tok.lemma_.lower() != "say":
        return False
    no = any(c.lower_ == "no" and c.i == tok.i + 1 and c.dep_ in ("intj", "dobj", "advmod", "npadvmod", "det") for c in tok.children)
    return no and any(c.dep_ == "prep" and c.lower_ == "to" and c.i == tok.i + 2 for c in tok.children)


def _expulsion_term(tok: Token) -> bool:
    """ "(asked him) to leave the country within 48 hours": an order to leave by a term set in hours or days."""
    if tok.lemma_.lower() != "leave" or not _infinitive(tok):
        return False
    terms = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("within", "in") for p in c.children if p.dep_ == "pobj"]
    return any(p.lemma_.lower() in ("hour", "day") and any(n.dep_ == "nummod" for n in p.children) for p in terms)


def _pressed_demand(d: _Draft) -> _Draft:
    """A demand the annotation codes as another type: one made on pain of harm is a threat ("urged the rebels to lay
    down their arms or suffer death": THREATEN, as an ultimatum is), and one that someone leave within a term is an
    expulsion ("asked the attache to leave the country within 48 hours": SANCTION, CAMEO 1663 expel)."""
    if d.type != "REQUEST" or not d.verbal:
        return d
    asked = [c for c in d.token.children if c.dep_ in ("xcomp", "advcl", "ccomp")]
    if any(_ultimatum_term(c) for c in asked):
        return _Draft("THREATEN", None, d.token, verbal=True, actors=d.actors, recipients=d.recipients, ultimatum=True)
    if any(_expulsion_term(c) for c in asked):
        return _Draft("SANCTION", "expel", d.token, verbal=True, actors=d.actors, recipients=d.recipients)
    return d


def _without_leaders_of(actors: list[Entity]) -> list[Entity]:
    """The sides of a fight without a leader whose own forces are among them ("fighters loyal to Gaddafi fought in
    the ousted leader's hometown": his fighters, not him beside them)."""
    loyal = {norm(e.name or "") for e in actors if e.key.startswith("group:") and e.sector == "MIL"}
    return [e for e in actors if not (e.kind == "PERSON" and e.name and norm(f"{e.name.split()[-1]} forces") in loyal)]


def _make_of(tok: Token) -> bool:
    """Whether a word is the maker half of a hyphenated make ("Russian-made", "French-built"): joined by a hyphen
    to a participle of making, it tells where a thing comes from, not who acts with it."""
    doc = tok.doc
    nxt = tok.i + 2
    return (
        nxt < len(doc)
        and doc[tok.i + 1].text == "-"
        and doc[nxt].tag_ == "VBN"
        and doc[nxt].lemma_.lower() in lexicon.words("make_participles")
    )


def _infinitive(tok: Token) -> bool:
    """A bare "to" infinitive: "to host", not "in order to host"."""
    return (
        tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and not any(c.dep_ == "mark" or c.lower_ == "order" for c in tok.children)
    )


def _sent_to_evacuate(verb: Token) -> bool:
    """Whether a force is sent to carry people out: its purpose clause evacuates or rescues ("sent warships to
    evacuate its citizens", "deploy aircraft to rescue Indians stranded", ``evacuation_words``), helps in an evacuation
    ("sent three ships to help in the evacuation") or takes people out of a place ("sent troop carriers to take oil
    workers out of camps"). An airlift of one's nationals is no mobilization against anyone; "sent jets to take out
    air defences" names no place left and stays one."""
    words = lexicon.words("evacuation_words")
    for purpose in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)):
        if purpose.lemma_.lower() in words:
            return True
        objects = [p for c in purpose.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        if any(o.lemma_.lower() in words for o in objects):
            return True
        outs = [c for c in purpose.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")]
        if any(c.dep_ == "prep" and c.lower_ == "of" for o in outs for c in o.children):
            return True
    return False


def _nothing_taken(verb: Token) -> str | None:
    """Why a verb of taking (``TAKING_VERBS``) takes nothing from anyone, or None: a place almost taken is still
    held ("the rebels had almost taken the port"); a lead, a role or a chance is no place, thing or people ("moved
    fast to seize back the initiative", "took command of the operations", "seized the opportunity")."""
    if any(c.dep_ == "advmod" and c.lower_ in NEAR_MISS for c in verb.children):
        return "almost taken: still held"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_ABSTRACTIONS for c in verb.children):
        return "taken: a lead, not a place"
    return None


def _going_on_now(tok: Token) -> bool:
    """ "is holding", "are planning", "'re saying": a present participle with a present "be" of its own."""
    return tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re", "am") for c in tok.children)


def _perfect_progressive(tok: Token) -> bool:
    """ "Has been pressing", "have been fighting", "had been urging": a present participle under "have been"."""
    if tok.tag_ != "VBG":
        return False
    auxes = [c.lemma_.lower() for c in tok.children if c.dep_ == "aux"]
    return "have" in auxes and "be" in auxes


def _present_progressive(tok: Token) -> bool:
    """ "Is bombing", "are retreating": a present participle with a present "be" (not "was shelling"), at no time
    of its own ("are shelling us right now" is a witness's report of the moment), done to no one who speaks ("are
    shelling us", "are shelling our street": a witness's testimony)."""
    if tok.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re", "'m") for c in tok.children):
        return False
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in ("now", "currently", "today", "tonight") for c in tok.children):
        return False
    done_to = [t for c in tok.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    return not any(t.lower_ in FIRST_PERSON or t.lower_ in ("our", "my") for t in done_to)


def _moving_words(d: _Draft) -> list[Token]:
    """The words of a draft that may tell a market's move (``market_moves``): its trigger, or the noun a light verb
    carries ("had a Treasuries rally", "staged a strong rally")."""
    moves = lexicon.words("market_moves")
    return [w for w in (d.token, *d.absorbed) if w.lemma_.lower() in moves]


def _private_crime(d: _Draft, actors: list[Entity], recipients: list[Entity]) -> str | None:
    """Why a deed of force or a charge is a crime or a criminal case, not a political event, or None."""
    if d.type in FORCE_TYPES and actors and all(_private(e) for e in actors) and not any(e.sector or e.title for e in recipients):
        # "Gelman killed a man with a car", "a professor shot video", "the father killed the twins": people the
        # article gives no office, party, force or group (no sector, no title), against no one who has one, is a
        # crime ("Nidal Hasan opened fire on soldiers" is not)
        return "private person's deed"
    if d.type in ("ACCUSE", "COERCE") and recipients and all(_private(e) for e in recipients) and _charged_with_crime(d.token):
        # "two men were convicted of assault", "he was arrested and charged with ten murders": a police or court
        # case against someone the article gives no office, party or group, for a common crime, is no political
        # event ("activists charged with treason" and "Mubarak charged with murder" are)
        return "a criminal case: a private person charged"
    return None


def _charged_with_crime(tok: Token) -> bool:
    """Whether a charge, an arrest or a verdict names a common crime (``ORDINARY_CRIMES``) as its ground: "convicted of
    simple assault", "arrested and charged with ten murders", "accused of theft", "held for robbery"."""
    verbs = [tok, *tok.conjuncts]
    grounds = [
        o
        for v in verbs
        for p in v.children
        if p.dep_ == "prep" and p.lower_ in ("of", "with", "for")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(g.lemma_.lower() in ORDINARY_CRIMES for o in grounds for g in (o, *o.conjuncts))


def _subject_of_a_guess(tok: Token) -> bool:
    """Whether a deed's word (a gerund or a noun) is the subject of a clause under "would", "could", "might" or "may":
    "shutting down the internet would be impossible", "a strike on the port could backfire"."""
    if tok.dep_ not in ("csubj", "nsubj") or tok.tag_ not in ("VBG", "NN", "NNS"):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in tok.children):
        return False  # "the discussions may also involve the company": talks known to be held, of which more is guessed
    return any(c.dep_ == "aux" and c.lower_ in GUESS_MODALS for c in tok.head.children)


def _shot_at_no_one(tok: Token) -> str | None:
    """Why a shooting attacks no one, or None."""
    if _into_the_air(tok):
        return "shots into the air"  # "fired shots into the air": a celebration or a warning, no attack on anyone
    if _pictures_taken(tok):
        return "shot a picture: filming"  # "a man who shot the video", "crews shooting footage": a camera's shot
    return None


def _pictures_taken(tok: Token) -> bool:
    """Whether a shooting takes a picture: "shot the video", "shooting footage of the clashes", "the film was shot in
    Cairo". A camera's shot, the other sense of "shoot", has a picture for its object (or its subject in the passive),
    never a person or a place attacked."""
    if tok.lemma_.lower() != "shoot":
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in PICTURE_NOUNS for o in objects)


def _into_the_air(tok: Token) -> bool:
    """Whether a shooting aims at the sky ("fired shots into the air", "firing in the air") or warns ("fired warning
    shots"), and at no one."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # "fired into the air", "fired shots into the air"
    preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
    # The words right after the preposition, not its object: the parser hangs "into the air and holding portraits"
    # on "portraits"; "killed in a NATO air strike" is no shot at the sky ("air" modifies the strike).
    doc = tok.doc
    up = any(
        t.lemma_.lower() in ("air", "sky") and t.dep_ != "compound"
        for p in preps
        if p.lower_ in ("into", "in")
        for t in doc[p.i + 1 : p.i + 4]
    )
    aimed = any(
        o.ent_type_ not in ("DATE", "TIME")  # "on Tuesday" aims at no one
        for p in preps
        if p.lower_ in ("at", "on", "toward", "towards")
        for o in p.children
        if o.dep_ == "pobj"
    )
    # "fired warning shots", "fired a warning shot over the crowd": a warning, at no one
    warning = any(
        c.dep_ == "dobj" and any(g.lower_ == "warning" for g in c.children if g.dep_ in ("compound", "amod", "nmod")) for c in tok.children
    )
    return (up or warning) and not aimed


def _has_agent(tok: Token, nouns: frozenset[str] | None = None) -> bool:
    """Whether the text names who acts, resolved or not ("gunmen killed", "an attack by militants", "attacked a
    mosque, killing dozens"): a subject, a "by" phrase or a possessor, at the word or at the verbs it depends on;
    with ``nouns``, only an agent whose head noun is one of them."""

    def named(agent: Token) -> bool:
        if nouns is None:
            return True
        if agent.lower_ == "by" or agent.dep_ == "agent":
            return any(named(p) for p in agent.children if p.dep_ == "pobj")
        return agent.lemma_.lower() in nouns or agent.lower_ in nouns

    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return any(c.dep_ == "agent" and named(c) for c in tok.children)  # "were killed" is a toll unless "by" someone
    chain = [tok]
    while chain[-1].dep_ in ("advcl", "conj", "xcomp", "ccomp", "dobj", "pobj", "nsubj", "prep") and len(chain) < 4:
        chain.append(chain[-1].head)  # "the coalition would have to decide whether to bomb": the controlling subject
    for cur in chain:
        for c in cur.children:
            if c.dep_ in AGENT_DEPS and c.i != tok.i and not (c.dep_ == "nsubj" and c.lower_ in ("it", "that", "which")):
                return named(c)
            if c.dep_ == "prep" and c.lower_ == "by":
                return named(c)
    return False


def _main_verb_after_apposition(verb: Token) -> bool:
    """ "Amr Moussa, head of the Arab League, called Monday for ...": the parser hangs the sentence's verb on the
    name as a reduced relative ("called" = "who was called"); after the name's appositive, set off by commas, with
    no "by" phrase, it is the name's own act."""
    return _stranded_subject(verb) is not None or _finite_on_root_noun(verb) is not None


def _finite_on_root_noun(verb: Token) -> Token | None:
    """The subject of a finite verb the parser hung on the noun it made the sentence's root ("The rebels called on
    the government to resign" parsed as "the rebels [who were] called on ..."), or None. A past tense, not a
    participle, heads a clause of its own; a sentence whose root is a bare noun has no other verb, so that noun is
    the verb's subject. A "by" phrase marks a true passive participle and is left alone."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("agent", "auxpass", "nsubj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
        return None
    return head


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a main verb the parser hung on a noun as a reduced relative, or None: a verb set off by a
    comma or a dash after the phrase that opens its sentence, with no "by" phrase, where that phrase has no verb of
    its own ("One of the Senate's voices, John Kerry, called Tuesday for ...", "The United States, which has
    recognized the opposition, called for ..."), shares its verb with another subject ("Amr Moussa, head of the
    Arab League, called Monday for ..., the agency reported") or stands for a clause ("..., and Amr Moussa -
    a former minister - called Monday for ..."). The phrase's head noun is the subject."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.doc[verb.i - 1].text not in APPOSITION_MARKS:
        return None
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
        return None
    top = verb.head
    for _ in range(8):
        if top.dep_ == "ROOT":
            break
        if top.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i != top.i for c in top.head.children):
            break
        if top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX") and top.pos_ in ("NOUN", "PROPN"):
            break
        if top.dep_ not in ("pobj", "prep", "dobj", "appos", "relcl", "acl", "conj"):
            return None
        top = top.head
    else:
        return None
    if top.pos_ not in ("NOUN", "PROPN", "NUM", "PRON") or top.i >= verb.i:
        return None
    # set off: an appositive or a relative clause opened by a comma or a dash ("Gaddafi, accused of ..." is a caption)
    return top if any(t.text in APPOSITION_MARKS for t in verb.doc[top.i + 1 : verb.i - 1]) else None


def _controller(verb: Token) -> Token | None:
    """The object that does what an infinitive says after a verb of causing or asking: "prompting the council to
    demand", "forced the rebels to withdraw" (the council demands, the rebels withdraw), not "used Facebook to call"."""
    if verb.dep_ != "xcomp" or not _infinitive(verb) or verb.head.lemma_.lower() not in lexicon.words("control_verbs"):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    return objects[0] if len(objects) == 1 else None


def _clause_taken_from(noun: Token) -> Token | None:
    """The verb whose subject the parser made a conjunct of the clause before it, or None: "Britain expelled the
    envoy and Italy condemned the attack" parses "Italy" as a conjunct of "envoy" and "condemned" as one of
    "expelled" with no subject, but a finite verb right after "and <noun phrase>" has that phrase as subject."""
    doc = noun.doc
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.right_edge.i + 1 >= len(doc):
        return None
    if noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].lower_ not in ("and", "but"):
        return None
    verb = doc[noun.right_edge.i + 1]
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.pos_ not in ("VERB", "AUX") or verb.head.i >= noun.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or verb.head not in noun.ancestors:
        return None
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children)
    return verb if finite else None


# Words that set an office in time, not tell one office from another: "the new prime minister" is the prime minister.
OFFICE_TIME_EPITHETS = frozenset({"new", "current", "incumbent", "newly", "appointed", "sitting"})


def _office_words(words: list[str]) -> list[str]:
    """A title's words as an office (lower case), without an article, a possessive or an epithet of its time."""
    return [w.lower() for w in words if w.lower() not in ("the", "'s", "’s", "a", "an") and w.lower() not in OFFICE_TIME_EPITHETS]


def _headline_kin(tok: Token) -> Token | None:
    """The relative a name set bare before a kin noun owns, as headlines write it ("Gaddafi son warns of civil
    war" for "Gaddafi's son"), or None."""
    head = tok.head
    kin = lexicon.words("kin_nouns")
    if tok.dep_ == "compound" and tok.pos_ == "PROPN" and head.i == tok.i + 1 and (head.lower_ in kin or head.lemma_.lower() in kin):
        return head
    return None


def _one_of(kin: Token) -> bool:
    """Whether a plural kin noun counts one of them: "one of his sons"."""
    return kin.head.lower_ == "of" and kin.head.head.lower_ == "one"


def _holder_on(words: list[str], country: str, day: str) -> Entity | None:
    """ "Turkey's prime minister", "the Russian president", of an article that names no one of that title: the
    dictionary's head of state or government of that country who held that very title on the story's day (ISO), if
    one did (a story tells who "the president" is only when its readers may not know); "Tunisia's longtime
    strongman" is its long ruler (``_ruler_on``)."""
    kept = [w.lower() for w in words if w.lower() not in ("the", "'s", "’s")]
    if kept and kept[-1] in lexicon.words("ruler_nouns") | {"leader"}:
        return _ruler_on(kept, country, day)
    phrase = " ".join(kept)
    holders = [a for a in gazetteer.load().leaders_of(country, day) if a.title_on(day).lower() == phrase]
    return _known_person(holders[0], holders[0].name, day) if len(holders) == 1 else None


def _ruler_on(kept: list[str], country: str, day: str) -> Entity | None:
    """ "Tunisia's longtime strongman", "the ousted leader", "its ruler", of an article that names no one who rules
    the country: a ruler's noun, or "the leader" with an epithet, names the dictionary's head of state (not a prime
    minister, whom no one calls the ruler) as a reader of that day knows him. An epithet of the past ("ousted",
    "former") names the one whose rule ended in the year before the day; otherwise the one who has ruled for
    ``LONG_RULE_YEARS`` years or more (a "strongman" is an established ruler), in office that day, else, when none
    is, the one whose long rule ended in that year ("Tunisia's longtime strongman" of February 2011 is Ben Ali). A
    bare "the leader" names no one here: its holder is the title's."""
    epithets = set(kept[:-1])
    former = bool(epithets & lexicon.words("former_epithets"))
    if kept[-1] == "leader" and not former and not epithets & lexicon.words("leader_epithets"):
        return None
    rules = [(r, a) for r, a in gazetteer.load().leaders.get(country, ()) if _rulers_title(r.title or a.title)]
    current = {a.name for r, a in rules if r.active(day)}
    year_before = _years_before(day, 1)
    ended = [(r, a) for r, a in rules if r.end is not None and year_before <= r.end <= day and a.name not in current]
    if former:
        found = sorted(ended, key=lambda ra: ra[0].end or "", reverse=True)
        if len({a.name for r, a in found if found and r.end == found[0][0].end}) > 1:
            return None  # two rulers who left the same day: no one of them is "the ousted leader"
    else:
        held = [(r, a) for r, a in rules if r.active(day) and _long_rule(r, day)]
        found = sorted(held or [(r, a) for r, a in ended if _long_rule(r, r.end or day)], key=lambda ra: ra[0].start or "")
    return _known_person(found[0][1], found[0][1].name, day) if found else None


def _rulers_title(title: str) -> bool:
    """Whether a dated office's title is a ruler's (a president, king, emir), not a premier's or a bare name."""
    return bool(title) and "minister" not in title.lower()


def _long_rule(role: gazetteer.Role, until: str) -> bool:
    """Whether an office had been held ``LONG_RULE_YEARS`` years or more by ``until`` (ISO)."""
    return role.start is not None and role.start <= _years_before(until, LONG_RULE_YEARS)


def _years_before(day: str, years: int) -> str:
    """The ISO day ``years`` years before ``day`` (same month and day)."""
    return f"{int(day[:4]) - years}{day[4:10]}"


def _known_person(known: gazetteer.KnownActor, alias: str, day: str | None = None) -> Entity:
    """The dictionary's person as an entity of this article, known there by ``alias``."""
    return Entity(norm(known.name), known.name, "PERSON", known.country, known.sector, known.title_on(day) or None, (alias,))


def _undergone_by(noun: Token) -> bool:
    """Whether the possessor of a deed noun is who it was done to: "Gaddafi's capture", "the activist's detention"
    (he was captured, detained), unless an "of" phrase names that one ("the rebels' capture of the town")."""
    if noun.lemma_.lower() not in lexicon.words("undergone_nouns"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children) for c in noun.children)


def _gives_up_an_attitude(verb: Token) -> bool:
    """ "Gave up hope", "had given up war as a means to solve conflicts": what is given up is a feeling or a practice
    named in general (``RENOUNCED_ATTITUDES``, no article or owner), not a thing held or a claim ("gave up its pursuit of
    weapons", "gave up the town")."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(
        o.lemma_.lower() in RENOUNCED_ATTITUDES and not any(c.dep_ in ("det", "poss") for c in o.children) for o in objects
    )


def _met_by_a_deed(verb: Token) -> bool:
    """ "Were met with tear gas", "was met with silence", "was met in Benghazi by thousands of demonstrators": a passive
    "meet" with a thing ("with") or a crowd or a force ("by", ``RECEIVING_CROWDS``) is the receiving end of a deed;
    "was met at the airport by officials" stays a meeting."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True
    by = [c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
    agents = [_ones_counted(p) for c in by for p in c.children if p.dep_ == "pobj"]
    return bool(agents) and all(a.lemma_.lower() in RECEIVING_CROWDS for a in agents)


def _ones_counted(noun: Token) -> Token:
    """ "Thousands of demonstrators", "dozens of police": the ones a number word counts, or the noun itself."""
    if noun.tag_ == "CD" or noun.lemma_.lower() in ("thousand", "hundred", "dozen", "score", "million"):
        return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), noun)
    return noun
