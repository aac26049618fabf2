"""Who and where: people, organizations, countries and places in one parsed article.

spaCy's entities are corrected and resolved here:

1. entity rules before the NER (government bodies, ministries with their
   country, known actors) so the statistical model does not swallow them;
2. misfires dropped ("Photo Credit" as a person, a city tagged as a person);
3. each person gets the title and country its own sentence gives it (the
   words before the name, a possessive, an appositive), else the actor
   dictionary's;
4. within the article, surnames and "Secy. Patrushev" are merged with the
   full name, and unqualified bodies ("the Defense Ministry") take the country
   of the body named beside them;
5. references that are not names are resolved when the article allows it:
   pronouns ("his meeting"), titles ("the prime minister", "the Russian
   leader") and groups ("the two Russian officials").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

from tidings import gazetteer, groups, lexicon, names
from tidings.gazetteer import norm
from tidings.models import Entity, Location, country_entity
from tidings.nlp import CLAUSE_DEPS, Component, governing_subject

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import EntityRuler
    from spacy.tokens import Doc, Span, Token

# Head nouns of government bodies (also where a name swallowed by the NER begins: nlp.py).
GENERIC_BODY = re.compile(
    r"(?P<kind>(?:(?:Public Security|Internal Affairs|Strategic Affairs|Foreign Affairs|Home Affairs|[A-Z][a-z]+) Ministry)|Ministry of [A-Z][\w ]+|"
    r"(?:National )?Security Council|Air Force|Navy|Army|Armed Forces|Defen[cs]e Forces|Police|Parliament|Cabinet|Government|"
    r"Supreme Court|Central Bank|Embassy|Foreign Office|Intelligence Service|Prime Minister['’]s Office|Defen[cs]e Ministry)",
    re.IGNORECASE,
)

# "interim" and "provisional" councils are "transitional" ones; a "rebel" or "opposition" body is one of the OPP/REB sector.
BODY_SYNONYMS = {"interim": "transitional", "provisional": "transitional", "caretaker": "transitional"}
REBEL_WORDS = frozenset({"rebel", "opposition", "insurgent"})


def _side_agrees(words: set[str], name_words: frozenset[str], body: Entity) -> bool:
    """Whether a description's words of side fit a body named before: "the rebel interim council" is a rebel or
    transitional body's description, never the U.N. Security Council's however recently that council was named."""
    if not words & ({"transitional"} | REBEL_WORDS):
        return True
    return "transitional" in name_words or body.sector in ("OPP", "REB")


@lexicon.cached
def _body_descriptions() -> list[tuple[str, str]]:
    """``words/body_descriptions.tsv``: (noun, body name) for "the alliance" = NATO."""
    return [(row[0].strip().lower(), row[1].strip()) for row in lexicon.data_rows("words/body_descriptions.tsv") if len(row) > 1]


# Names of international organs that are also common nouns: the NER, not a pattern, finds them, and a nationality
# just before makes them national ("Russia's Security Council", "the Kentucky General Assembly").
GENERIC_ORGAN = re.compile(r"(?:the\s+)?(?:(?:National\s+)?Security Council|General Assembly|Human Rights Council)", re.IGNORECASE)


def _clause_root(tok: Token) -> int:
    """The index of the verb that heads the token's clause (its sentence's root at most)."""
    cur = tok
    while cur.head.i != cur.i and not (cur.pos_ in ("VERB", "AUX") and cur.dep_ in CLAUSE_DEPS):
        cur = cur.head
    return cur.i


def _verb_of(tok: Token) -> int:
    """The index of the nearest verb the token hangs on (infinitives and participles count)."""
    cur = tok
    while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
        cur = cur.head
    return cur.i


def _verbs_argument(tok: Token) -> bool:
    """Whether a name is what a verb acts on or speaks to: its object, or the object of a preposition other than one of
    place on it ("appealed to Washington"), not "in the capital of Algiers" or "in the capital Khartoum"."""
    if tok.dep_ in ("dobj", "dative"):
        return True
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ not in lexicon.words("setting_prepositions") and prep.head.pos_ in ("VERB", "AUX")


def _holds_words(title: str, phrase: str) -> bool:
    """Whether a title has every word of a phrase, and its head: "oil and finance minister" holds "oil minister"."""
    have, want = title.split(), phrase.split()
    return bool(have) and have[-1] == want[-1] and set(want) <= set(have)


def _generic_name(text: str) -> bool:
    return bool(GENERIC_BODY.fullmatch(text) or GENERIC_ORGAN.fullmatch(text))


SECTOR_WORDS: tuple[tuple[str, str], ...] = (
    ("ambassador", "DIP"), ("envoy", "DIP"), ("foreign minist", "DIP"), ("diplomat", "DIP"),
    ("representative", "DIP"), ("commander", "MIL"), ("general", "MIL"), ("army", "MIL"),
    ("military", "MIL"), ("admiral", "MIL"), ("colonel", "MIL"), ("chief of staff", "MIL"),
    ("senator", "LEG"), ("speaker", "LEG"), ("lawmaker", "LEG"), ("parliament", "LEG"),
    ("judge", "JUD"), ("court", "JUD"), ("opposition", "OPP"), ("rebel", "REB"),
    ("militant", "REB"), ("news", "MED"), ("journalist", "MED"), ("editor", "MED"),
    ("minister", "GOV"), ("president", "GOV"), ("secretary", "GOV"), ("adviser", "GOV"),
    ("advisor", "GOV"), ("council", "GOV"), ("chancellor", "GOV"), ("premier", "GOV"),
    ("king", "GOV"), ("governor", "GOV"), ("mayor", "GOV"), ("spokes", "GOV"),
    ("leader", "GOV"), ("head", "GOV"), ("director", "GOV"), ("aide", "GOV"),
)  # fmt: skip


def _capitalised_plural(ent: Span) -> bool:
    """Whether a one-word name is a plural common noun that only the start of its sentence or headline capitalises
    ("Warplanes pounded the port", "'Thousands' rally"): the tagger reads it as a plural, it ends as a regular
    plural does (not a surname in -i the tagger takes for one), and only punctuation comes before it."""
    tok = ent.root
    if len(ent) != 1 or tok.tag_ not in ("NNS", "NNPS") or not tok.is_title or not tok.lower_.endswith("s"):
        return False
    return all(t.is_punct for t in tok.sent[: tok.i - tok.sent.start])


# Settlements whose name follows "of" ("the village of Nasr"); not "the stronghold of", which a person's name may follow.
_SETTLEMENTS = frozenset({"village", "town", "city", "district", "suburb", "neighborhood", "neighbourhood", "oasis", "port"})


# Titles that only the US Congress gives in English news: "Rep. Mike Rogers", "Congresswoman Jane Harman" (AP style).
_US_LEGISLATOR_TITLES = frozenset({"rep", "sen", "congressman", "congresswoman"})

# Navies' ship prefixes: "USS Barry" is a United States Ship, "HMS Cumberland" one of the Royal Navy.
_SHIP_PREFIXES = {"USS": "USA", "HMS": "GBR", "HMCS": "CAN", "HMAS": "AUS", "HMNZS": "NZL"}

# Where an appositive names whom a person works for: "a reporter for Egypt's Nile TV", "an aide to the Libyan leader"
_EMPLOYER_PREPOSITIONS = frozenset({"for", "at", "with", "to"})  # not "a critic of the Syrian regime"


# What a hyphen adds to a person's name to make it a side's adjective ("Gaddafi-loyal"), not "Ban Ki-moon"'s "moon".
_SIDING_WORDS = frozenset({"loyal", "backed", "allied", "led", "aligned", "controlled", "held", "run", "friendly"})


def _opens_with_common_word(ent: Span) -> bool:
    """Whether a name the NER tags a person opens with a word no name opens with ("Taking Sirte", "Near Brega",
    "Following Obama"): a verb, a preposition or a determiner the NER swept in, so its last word is no surname that
    makes the place of that name a person."""
    first = ent[0]
    return first.pos_ in ("VERB", "ADP", "DET", "SCONJ", "AUX") or (first.is_stop and first.lower_ not in ("al", "el", "ben", "bin", "abu"))


def _undoubled(tokens: list[Token]) -> list[Token]:
    """A name the NER ran across a spaced dash that repeats it ("Mubarak - Mubarak's son", a headline's name then
    the story's first words) is that name once; a hyphen inside a name ("Ben-Shabbat") has no spaces and stays."""
    cuts = [
        k
        for k, t in enumerate(tokens)
        if t.text in ("-", "–", "—") and 0 < k < len(tokens) - 1 and tokens[k - 1].whitespace_ and t.whitespace_
    ]
    if not cuts:
        return tokens
    parts, start = [], 0
    for k in [*cuts, len(tokens)]:
        parts.append(tokens[start:k])
        start = k + 1
    forms = {" ".join(norm(t.text) for t in part) for part in parts}
    return parts[0] if len(forms) == 1 and all(parts) else tokens


def _deputy_of(title: str, phrase: str) -> bool:
    """Whether a title ending in ``phrase`` is a deputy's ("Vice President", "Deputy Foreign Minister"): "the president"
    and "the foreign minister" name the office's holder, not his deputy."""
    before = title[: len(title) - len(phrase)].split()
    return bool(before) and before[-1].strip("-") in ("vice", "deputy", "assistant", "under", "former", "ex")


def sector_of(title: str | None) -> str | None:
    if not title:
        return None
    low = title.lower()
    for word, sector in SECTOR_WORDS:
        if word in low:
            return sector
    return None


def spacy_components() -> tuple[Component, ...]:
    """Register the actor rules as spaCy components (once per process) and say where they go:
    entity rules before the NER, so that the statistical model does not swallow known names, and a
    repair after it that gives back names swallowed into organizations."""
    from spacy.language import Language as SpacyLanguage

    if "tidings_entity_rules" not in SpacyLanguage.factories:
        SpacyLanguage.factory("tidings_entity_rules", func=_make_entity_rules)
    if "tidings_split_orgs" not in SpacyLanguage.factories:
        SpacyLanguage.component("tidings_split_orgs", func=_split_swallowed_names)
    return (Component("tidings_entity_rules", before="ner"), Component("tidings_split_orgs", after="ner"))


def _make_entity_rules(nlp: Language, name: str) -> EntityRuler:
    from spacy.pipeline import EntityRuler as SpacyEntityRuler

    ruler = SpacyEntityRuler(nlp, name=name, phrase_matcher_attr="LOWER")
    # Patterns match on LOWER: the tokenizer alone makes them (the ruler would run the whole pipeline over 17,000 names).
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(entity_patterns())
    return ruler


def entity_patterns() -> list[dict[str, Any]]:
    """Patterns for bodies, ministries and known actors (the gazetteer's).

    Phrase patterns (case-insensitive) for bodies' names and aliases of two
    words or more and for the hand-written bodies' one-word names; upper-case
    acronyms ("ICC", "NTC", "UNSC") only as written. People: the names and
    aliases of two words or more that name one person only, of hand-written
    people and of the dictionary's better-known ones (with spellings or a
    title); a one-word alias ("Gaddafi") is never a pattern: the NER finds it
    and ``_person`` resolves it.
    """
    gaz = gazetteer.load()
    patterns: list[dict[str, Any]] = []
    seen: set[str] = set()

    def phrase(label: str, text: str) -> None:
        if text.lower() not in seen:  # the matcher reads LOWER: one pattern per spelling
            seen.add(text.lower())
            patterns.append({"label": label, "pattern": text})

    for key, body in gaz.bodies.items():
        mine = body.name in gaz.curated_bodies
        if mine and not _generic_name(body.name):
            phrase("ORG", body.name)
        if mine and len(key) > 4 and not _generic_name(key) and key not in lexicon.words("body_words"):
            phrase("ORG", key)
    for alias in gaz.body_aliases:
        # As written ("U.N." is one token, "u.n." is not); the dictionary's one-word names are left to the NER, and so
        # is a body's head noun ("Congress"), which ends other names ("the Indian National Congress").
        one_word = (
            " " not in alias
            and len(alias) > 4
            and gaz.bodies[norm(alias)].name in gaz.curated_bodies  # not "IS"
            and alias.lower() not in lexicon.words("body_words")
        )
        if (" " in alias or one_word) and not _generic_name(alias):
            phrase("ORG", alias)
    # Short aliases ("IDF", "UN", "EU", "ICC") only in capitals: "is" is not the Islamic State.
    for alias in {a for a in gaz.body_aliases if len(a) <= 4 and a.isupper()} | set(gaz.body_acronyms):
        patterns.append({"label": "ORG", "pattern": [{"ORTH": alias}]})
    # Plain phrases: the country comes from the words around ("Israel's", "Russian"),
    # which the generic-body logic reads; optional-token patterns cost a fifth of the parse.
    for ministry in lexicon.words("ministries"):
        patterns.append({"label": "ORG", "pattern": f"{ministry} ministry"})
        patterns.append({"label": "ORG", "pattern": f"ministry of {ministry}"})
    # Not "President Putin" (a title form, for ``_person``): the title stays outside the name, as the NER leaves it.
    titles = lexicon.words("title_words") | lexicon.words("honorifics")
    for key, actor in sorted(gaz.actors.items()):
        if " " in key and actor.prominent and key.split()[0] not in titles and key.split()[0] + "." not in titles:
            for written in (a for a in (actor.name, *actor.aliases) if norm(a) == key and " " in a):  # not "Moreno-Ocampo"
                phrase("PERSON", written)
    return patterns


def _split_swallowed_names(doc: Doc) -> Doc:
    """Give back a name the NER swallowed into an organization.

    "the National Security Council Meir Ben-Shabbat" is tagged as one ORG; the
    title-case words after the body's head noun ("Council") are a person.
    """
    from spacy.tokens import Span

    ents = []
    changed = False
    for tagged in _joined_names(_with_nationality(doc)):
        ent = _without_brackets(tagged)
        if ent is not None and _cut_short(ent):
            ent = None  # "Press &" of a headline "Press & protests: ...": half a name, no one's
        if ent is None:
            changed = True
            continue
        trimmed = _without_leading_word(ent)
        if trimmed is not ent:
            ents.append(trimmed)
            changed = True
            continue
        split = _place_before_name(ent)
        if split is not None:
            ents.extend(split)
            changed = True
            continue
        if ent.label_ == "ORG":
            heads = [t.i for t in ent if t.lower_ in lexicon.words("body_words")]
            if heads:
                rest = doc[heads[-1] + 1 : ent.end]
                words = [t for t in rest if t.is_alpha]
                if len(words) >= 2 and all(t.is_title or t.text == "-" for t in rest) and rest[0].is_title:
                    ents.append(Span(doc, ent.start, heads[-1] + 1, label="ORG"))
                    ents.append(Span(doc, heads[-1] + 1, ent.end, label="PERSON"))
                    changed = True
                    continue
        ents.append(ent)
    if changed or ents != list(doc.ents):
        doc.ents = ents
    return doc


def _place_before_name(ent: Span) -> list[Span] | None:
    """A place the NER glued to the name after it, (place, person), or None: in a run of headlines "clash in
    Alexandria Mubarak's position ..." is the city Alexandria, then Mubarak (a place after a preposition of setting,
    and a name the text also gives without it)."""
    from spacy.tokens import Span

    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.start == 0 or doc[ent.start - 1].lower_ not in lexicon.words("setting_prepositions"):
        return None
    gaz = gazetteer.load()
    for cut in range(ent.start + 1, ent.end):
        rest = [t for t in doc[cut : ent.end] if t.text not in ("'s", "’s")]
        if not rest or not rest[0].is_title or gaz.place_country(doc[ent.start : cut].text) is None:
            continue
        place = {t.lower_ for t in doc[ent.start : cut]}
        elsewhere = any(
            e.label_ == "PERSON" and e.start != ent.start and rest[-1].lower_ in {t.lower_ for t in e} and not place & {t.lower_ for t in e}
            for e in doc.ents
        )
        return [Span(doc, ent.start, cut, label="GPE"), Span(doc, cut, ent.end, label="PERSON")] if elsewhere else None
    return None


BRACKETS = frozenset({"(", ")", "[", "]", "-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"})


def _without_brackets(ent: Span) -> Span | None:
    """An entity without the brackets the NER took into it ("ET -RRB-", "-RRB- Egypt" in text tokenized the
    Penn Treebank way); None when nothing is left."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].text in BRACKETS:
        start += 1
    while end > start and ent.doc[end - 1].text in BRACKETS:
        end -= 1
    if start == end:
        return None
    if (start, end) == (ent.start, ent.end):
        return ent
    from spacy.tokens import Span

    return Span(ent.doc, start, end, label=ent.label_)


# Words that end no name: a name the NER stopped at one of them lost its other half ("Press &" of a headline
# "Press & protests: ...", where "protests" is no name).
_CONNECTORS = frozenset({"&", "and", "of", "for"})
# Prepositions that open no name, though a sentence or a headline capitalises them: "Near Brega", "Outside Sirte",
# "After Mubarak" are a place or a person after a preposition the NER swept in.
_OPENING_PREPOSITIONS = frozenset(
    {"near", "outside", "inside", "from", "toward", "towards", "around", "along", "beyond", "across", "into", "through", "via", "amid"}
)
# Compass words that a place takes only when the whole is one known name ("North Korea"): "North Brega" is Brega.
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"})


def _cut_short(ent: Span) -> bool:
    """Whether a name opens or ends with a connecting word ("&", "and", "of"): the NER stopped halfway through it."""
    return len(ent) >= 2 and (ent[-1].lower_ in _CONNECTORS or ent[0].text == "&")


def _without_leading_word(ent: Span) -> Span:
    """A name without a capitalised word that opens no name ("Near Brega" is Brega; "An International Organization
    for Migration" is the organization), unless the whole is a name the dictionary knows ("In Amenas"). What a
    preposition or a compass word leaves of a name tagged a person is a place when the gazetteer knows it; an
    article ("A", "An") is cut only from a body, since "An" is a Korean surname."""
    if len(ent) < 2:
        return ent
    first, rest = ent[0].lower_, ent.doc[ent.start + 1 : ent.end]
    preposition = first in _OPENING_PREPOSITIONS or first in lexicon.words("setting_prepositions")
    article = first in ("a", "an") and ent.label_ == "ORG"
    direction = first in _DIRECTIONS and ent.label_ == "PERSON"
    if not (preposition or article or direction) or not rest[0].is_title:
        return ent
    gaz = gazetteer.load()
    whole = norm(ent.text)
    if whole in gaz.bodies or whole in gaz.actors or gaz.place_country(ent.text) is not None:
        return ent
    place = gaz.place_country(rest.text) is not None
    if direction and not place:
        return ent
    from spacy.tokens import Span

    label = "GPE" if ent.label_ == "PERSON" and place else ent.label_
    return Span(ent.doc, rest.start, rest.end, label=label)


NAME_PARTICLES = frozenset({"al", "el", "bin", "ben", "ibn", "abu", "bint"})


def _joined_names(ents: list[Span]) -> list[Span]:
    """Two person names the NER cut apart with nothing between them are one name when it is an Arabic one: English
    never sets two people side by side without a comma or "and", but the NER ends a name at an article or a "bin"
    ("Al-Baghdadi" | "Ali al-Mahmoudi", "Hamad" | "bin Jassim al-Thani"), and the halves find no one."""
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == ent.label_ == "PERSON"
            and prev.end == ent.start
            and any(t.lower_ in NAME_PARTICLES for t in (*prev, *ent))
            and not any(t.text in ("'s", "’s") for t in prev)
        ):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


def _with_nationality(doc: Doc) -> list[Span]:
    """A ministry with the nationality just before it is one name: "Israel's Foreign Ministry", "the Russian Defense Ministry"."""
    from spacy.tokens import Span

    gaz = gazetteer.load()
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent[-1].lower_ == "ministry" and out:
            prev = out[-1]
            gap = doc[prev.end : ent.start]
            nationality = (
                prev.label_ in ("GPE", "NORP") or gaz.country_or_demonym(prev.text.removeprefix("the ").removeprefix("The ")) is not None
            )
            if nationality and (len(gap) == 0 or (len(gap) == 1 and gap[0].text in ("'s", "’s"))):
                out[-1] = Span(doc, prev.start, ent.end, label="ORG")
                continue
        out.append(ent)
    return out


@dataclass
class PersonInfo:
    key: str
    name: str
    country: str | None
    sector: str | None
    title: str | None
    aliases: set[str] = field(default_factory=set)
    count: int = 0
    known: bool = False  # in the gazetteer: its country (none for a UN official) is not guessed from the sentence

    def entity(self) -> Entity:
        return Entity(self.key, self.name, "PERSON", self.country, self.sector, self.title, tuple(sorted(self.aliases)))


@dataclass(frozen=True)
class Mention:
    """An entity mention in the doc: token range and the entity it resolves to."""

    start: int  # token index
    end: int
    entity: Entity
    is_title_part: bool = False


def body_entity(body: gazetteer.Body, surface: str | None = None) -> Entity:
    """The entity of a body the gazetteer knows (``bodies.tsv``), as the text names it (else by its own name)."""
    return Entity(norm(body.name), body.name, "ORG", body.country, body.sector, None, (surface or body.name,))


class ActorIndex(Protocol):
    """What the events stage may ask about the actors and places of one parsed article."""

    def at(self, i: int) -> Mention | None:
        """The entity mention covering token ``i``."""
        ...

    def quoted(self, i: int) -> bool:
        """Whether token ``i`` is inside quotation marks (a quote ends at the paragraph's end)."""
        ...

    def place_at(self, i: int) -> Location | None:
        """The place a mention covering token ``i`` names."""
        ...

    def city(self, name: str) -> Location | None:
        """A city of this name (one in a country the article names first)."""
        ...

    def demonym(self, word: str) -> str | None:
        """The country (ISO3) a nationality word names: "Kenyan" -> KEN."""
        ...

    def country_name(self, iso3: str) -> str:
        """A country's English short name."""
        ...

    main_country: str | None  # the country the article names most

    def group(self, head: str, country: str | None) -> Entity | None:
        """The group a head noun names ("protester"), in a country, as the article names it."""
        ...

    def leader(self, iso3: str) -> Entity | None:
        """The country's leader, as the article names him (its most named person with a leader's title)."""
        ...

    def forces_of(self, person: Entity) -> Entity | None:
        """The armed forces loyal to a person who leads his country in the article ("Gaddafi forces"), or None."""
        ...

    def people_of(self, iso3: str) -> Entity:
        """A country's people as a whole, whom an appeal or praise addresses ("Egyptian people")."""
        ...

    def supporters_of(self, person: Entity) -> Entity | None:
        """The supporters of a person who leads his country in the article ("Saleh supporters"), or None."""
        ...

    def salient(self, k: int) -> list[Entity]:
        """The article's ``k`` most named people, bodies and groups, and its main country."""
        ...

    def named_near(self, start: int, sentences: int) -> set[str]:
        """Keys of the entities named in the ``sentences`` sentences before token ``start``."""
        ...

    def resolve_pronoun(self, token: Token) -> Entity | None: ...

    def resolve_title(self, words: list[str], country: str | None, day: str | None = None, at: int | None = None) -> Entity | None: ...

    def resolve_group(self, token: Token, country: str | None, definite: bool) -> list[Entity]: ...


QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})


def opening_quote(doc: Doc, i: int) -> Token | None:
    """The quotation mark nearest before token ``i``: the one that opens the quote it is in, when it is in one."""
    return next((t for t in reversed(doc[:i]) if t.text in QUOTE_MARKS), None)


# The pronouns that may go on about the person a "he" or "she" stands for, in the sentences before it.
SAME_PERSON = {
    **dict.fromkeys(("he", "him", "his"), frozenset({"he", "him", "his"})),
    **dict.fromkeys(("she", "her"), frozenset({"she", "her"})),
}


def _clause_role(tok: Token) -> Token:
    """The token that holds a name's place in its clause: the name's last token, or the noun it is in apposition
    to ("the king's son Prince Ali spoke": the son)."""
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _subject(tok: Token) -> bool:
    """Whether a name's last token is its clause's subject, or in apposition to it."""
    return _clause_role(tok).dep_ in ("nsubj", "nsubjpass")


def _speaks(tok: Token) -> bool:
    """Whether a subject's verb is one of saying ("Nasser said")."""
    return _clause_role(tok).head.lemma_.lower() in lexicon.words("say_verbs")


def _main_clause(tok: Token) -> bool:
    """Whether a subject is its sentence's main clause's ("Nasser said that Haddad must go": Nasser), whom the next
    sentence's "he" more likely goes on about than the subject of a clause below it."""
    verb = _clause_role(tok).head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _inside_quotes(doc: Doc, across_paragraphs: bool) -> list[bool]:
    """For each token, whether it is inside quotation marks: opening and closing marks say so, straight marks open
    and close in turn. A quote ends at its paragraph's end, unless ``across_paragraphs`` (a corpus that puts each
    sentence on a line of its own): then it runs on, and a paragraph that begins with a straight mark opens one."""
    inside, out = False, []
    for k, tok in enumerate(doc):
        text = tok.text
        if not across_paragraphs and "\n" in text:
            inside = False
        elif text in ("``", "“") or (across_paragraphs and text == '"' and k > 0 and "\n" in doc[k - 1].text):
            inside = True
        elif text in ("''", "”"):
            inside = False
        elif text == '"':
            inside = not inside
        out.append(inside and text not in QUOTE_MARKS)
    return out


class ArticleActors:
    """The resolved actors and places of one parsed article (an ``ActorIndex``)."""

    def __init__(self, doc: Doc, published: str | None = None) -> None:
        self.doc = doc
        self.published = published  # the day written (ISO): the dictionary's titles are those held that day
        self.gaz = gazetteer.load()
        self.people: dict[str, PersonInfo] = {}
        self.by_token: dict[int, Mention] = {}
        self.places: dict[int, Location] = {}
        self.mentions: list[Mention] = []
        self.title_owner: dict[int, str] = {}  # token of a title -> the person it belongs to
        self.context = self._context_countries()
        self._salient: list[Entity] | None = None
        self._quotes: list[bool] | None = None
        self._sents: list[Span] | None = None
        self._long_quotes: list[bool] | None = None
        self._pronouns: dict[int, Entity | None] = {}
        self._resolve()

    # -- building ---------------------------------------------------------
    def _missed_countries(self) -> list[Span]:
        """A country's one-word name the NER left out ("March 10 - France recognizes the NTC", "accused the West"): a
        capitalised proper noun outside every entity, alone (not "Jordan Peterson", "Chad Smith", "the West Bank")."""
        from spacy.tokens import Span

        out = []
        for tok in self.doc:
            if tok.ent_iob_ != "O" or tok.pos_ != "PROPN" or not tok.is_title:
                continue
            bloc = tok.i > 0 and self.doc[tok.i - 1].lower_ == "the" and groups.countryless(tok.text) is not None  # "the West"
            if self.gaz.country(tok.text) is None and not bloc:
                continue
            neighbours = [self.doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(self.doc)]
            if not any(n.pos_ == "PROPN" for n in neighbours):
                out.append(Span(self.doc, tok.i, tok.i + 1, label="GPE"))
        return out

    def _context_countries(self) -> frozenset[str]:
        """Countries the article names, to choose among places of one name."""
        found = set()
        for ent in self.doc.ents:
            if ent.label_ in ("GPE", "NORP"):
                iso = self.gaz.country_or_demonym(re.sub(r"['’]s$", "", ent.text))
                if iso:
                    found.add(iso)
        return frozenset(found)

    def _resolve(self) -> None:
        ents = sorted(
            [e for e in self.doc.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")] + self._missed_countries(),
            key=lambda e: e.start,
        )
        person_spans: list[tuple[Span, str, str | None, str | None, set[int]]] = []
        title_tokens: set[int] = set()
        first_labels = {ent.start: self._label(ent) for ent in ents}
        for ent in ents:
            if first_labels[ent.start] == "PERSON":
                name = self._person_name(ent)
                if name is None:
                    continue
                title, country, used = self._title_context(ent)
                title_tokens |= used
                person_spans.append((ent, name, title, country, used))
        # Full names first so that surnames can attach to them.
        person_spans.sort(key=lambda p: -len(p[1].split()))
        # Then what only a known name shows to be a person ("Netanyahu's bureau", tagged ORG).
        for ent in ents:
            if first_labels[ent.start] != "PERSON" and self._label(ent) == "PERSON":
                name = self._person_name(ent)
                if name is not None:
                    person_spans.append((ent, name, None, None, set()))
        for ent, name, title, country, used in person_spans:
            info = self._person(name, title, country)
            info.count += 1
            info.aliases.add(name)  # as the text names the person: without "'s", "pro-" or a title
            self._add(Mention(ent.start, ent.end, info.entity()), replace=False)
            for i in used:
                self.title_owner[i] = info.key
        self._untagged_surnames()
        self._framing_countries()
        # Refresh person entities (country may have been learnt from a later mention).
        for i, m in list(self.by_token.items()):
            if m.entity.kind == "PERSON":
                info = self.people[m.entity.key]
                self.by_token[i] = Mention(m.start, m.end, info.entity())
        for ent in ents:
            label = self._label(ent)
            if label == "PERSON":
                continue
            part = ent.start in title_tokens
            if label == "ORG":
                entity = self._org(ent)
                if entity is not None:
                    self._add(Mention(ent.start, ent.end, entity, part), replace=False)
            elif label in ("GPE", "LOC", "FAC", "NORP"):
                self._place_or_country(ent, part)
        countries = [m.entity.country for m in self.by_token.values() if m.entity.kind == "COUNTRY" and m.entity.country]
        self.main_country = groups.main_country(countries + [loc.country for loc in self.places.values() if loc.country])
        self._story_country_people()
        self._fix_unqualified_bodies()
        self._abbreviations()
        self._described_bodies()
        self._sort_mentions()  # a group's "his" is resolved among the people and bodies found so far
        self._groups()
        self._sort_mentions()

    def _sort_mentions(self) -> None:
        self.mentions = sorted({(m.start, m.end, m.entity.key): m for m in self.by_token.values()}.values(), key=lambda m: m.start)

    def _untagged_surnames(self) -> None:
        """A surname the NER missed ("Patrushev will visit"), or the first name of the one person of the article who has
        it ("Mutassim later commanded"), of someone named in the article."""
        forms: dict[tuple[str, ...], PersonInfo] = {}
        firsts: dict[str, list[PersonInfo]] = {}
        for info in self.people.values():
            words = norm(info.name).split()
            if len(words) >= 2:
                forms.setdefault((words[-1],), info)
                firsts.setdefault(words[0], []).append(info)
                if len(words) >= 3:
                    forms.setdefault(tuple(words[-2:]), info)
        for first, infos in firsts.items():
            if len(infos) == 1 and first not in self.gaz.actors:
                forms.setdefault((first,), infos[0])  # "Mutassim" after "Mutassim Gaddafi"
        for word, *rest in list(forms):
            known = self.gaz.actors.get(word) if not rest else None
            if known is not None and known.curated and norm(known.name) in self.people:
                forms[(word,)] = self.people[norm(known.name)]  # "Gaddafi" is Muammar, even after "Saif al-Islam Gaddafi"
        if not forms:
            return
        doc = self.doc
        i = 0
        while i < len(doc):
            tok = doc[i]
            if i in self.by_token or tok.ent_type_ or not tok.is_title or tok.pos_ != "PROPN":
                i += 1
                continue
            # "Ben-Shabbat" is three tokens: Ben, -, Shabbat.
            if i + 2 < len(doc) and doc[i + 1].text == "-" and (key := (norm(tok.text), norm(doc[i + 2].text))) in forms:
                info, end = forms[key], i + 3
            elif (norm(tok.text),) in forms:
                info, end = forms[(norm(tok.text),)], i + 1
            else:
                i += 1
                continue
            info.count += 1
            self._add(Mention(i, end, info.entity()), replace=False)
            i = end

    def _known_surname(self, text: str) -> bool:
        """The surname of someone named in the article, or of the one well-known actor who has it (not a body's name)."""
        if " " in text:
            return False
        if self._article_surname(text):
            return True
        return text not in self.gaz.bodies and len({a.name for a in self.gaz.surname_holders(text) if a.prominent}) == 1

    def _article_surname(self, text: str) -> bool:
        """Whether someone the article has named so far has this (normalised) surname."""
        return any(norm(p.name).split()[-1] == text for p in self.people.values())

    @cached_property
    def _doc_surnames(self) -> frozenset[str]:
        """Last words of the names of two words or more that the NER or the gazetteer tags as people in this article."""
        return frozenset(
            norm(e.text).split()[-1]
            for e in self.doc.ents
            if e.label_ == "PERSON" and len(norm(e.text).split()) >= 2 and not _opens_with_common_word(e)
        )

    def _label(self, ent: Span) -> str:
        text = norm(ent.text)
        if len(ent) >= 2 and ent[0].text in _SHIP_PREFIXES and ent.label_ in ("PERSON", "ORG", "FAC"):
            return "ORG"  # "USS Barry" is a warship, not a person
        if ent.label_ == "PERSON":
            if text in lexicon.words("not_people") or text.startswith("photo"):
                return "NONE"
            if self._named_settlement(ent):
                return "GPE"  # "the village of Nasr" is no Farouq Seif al-Nasr
            if len(ent) == 1 and ent.root.dep_ == "compound" and f"{text} {ent.root.head.lemma_.lower()}" in groups.group_classes():
                return "NONE"  # "Riot police" opening a sentence: a kind of police, not Pussy Riot's
            if self.gaz.country_or_demonym(ent.text) or (
                self.gaz.city(ent.text) and text not in self.gaz.actors and text not in self._doc_surnames
            ):
                return "GPE"  # not "Bolton" after "John Bolton"
            body = self.gaz.bodies.get(text)
            if body is not None and (" " in text or body.name in self.gaz.curated_bodies) and text not in self._doc_surnames:
                return "ORG"  # not a person the dictionary codes as his group ("Nasrallah")
            if self._company(ent):
                return "ORG"
        if (
            ent.label_ in ("GPE", "LOC")
            and text in self._doc_surnames
            and self.gaz.country(ent.text) is None
            and text not in self.gaz.capitals
        ):
            return "PERSON"  # "in Bolton" of John Bolton
        if (
            ent.label_ in ("ORG", "FAC")
            and text not in self.gaz.bodies
            and (self.gaz.city(ent.text) is not None or any(t.lower_ in lexicon.words("place_words") for t in ent))
        ):
            return "FAC"  # "Yad Vashem", "the Jewish Museum": places, not actors
        if ent.label_ == "ORG":
            if text in lexicon.words("not_entities") and text not in self.gaz.bodies and text not in self.gaz.actors:
                return "NONE"  # "0500 GMT", "COVID-19": before the short capitals below, which would make "GMT" a body
            if text in self.gaz.bodies or (ent.text.isupper() and len(ent.text) <= 5):
                return "ORG"  # "UN" is not Kim Jong Un's surname
            if text in self.gaz.actors or self._known_surname(text):
                return "PERSON"  # "Netanyahu's bureau"
            if _capitalised_plural(ent):
                return "NONE"  # "Warplanes bombed the town", "Revolutions have shaken the region": common nouns
            if not any(t.is_title or t.is_upper for t in ent):
                return "NONE"  # "allied militia"
            if ent[-1].lower_ in lexicon.words("title_heads"):
                return "NONE"  # a title without a name: "the Russian Army Ground Forces Commander"
            if not any(t.lower_ in lexicon.words("body_words") for t in ent) and all(
                t.lower_ in lexicon.words("title_words") or t.is_punct for t in ent
            ):
                return "NONE"  # "Defense" of "Defense Minister"
        if ent.label_ == "ORG" and (self.gaz.country(ent.text) or text in self.gaz.capitals):
            return "GPE"
        return str(ent.label_)

    def _company(self, ent: Span) -> bool:
        """Whether a name the NER takes for a person's is a company's: it ends in a corporate word ("Gazprom Neft",
        "Acme Holdings") or follows a noun that names a company ("oil firm Eni", "the energy giant Gazprom"), and the
        dictionary knows no person of that name."""
        if norm(ent.text) in self.gaz.actors:
            return False
        if len(ent) >= 2 and ent[-1].lower_.rstrip(".") in lexicon.words("company_words"):
            return True
        return ent.start > 0 and self.doc[ent.start - 1].lower_ in lexicon.words("company_nouns")

    def _named_settlement(self, ent: Span) -> bool:
        """Whether a name follows "the village of", "the town of": the name of a place, never of a person."""
        i = ent.start
        return i >= 2 and self.doc[i - 1].lower_ == "of" and self.doc[i - 2].lower_ in _SETTLEMENTS

    def _person_name(self, ent: Span) -> str | None:
        tokens = list(ent)
        while tokens and (
            norm(tokens[0].text).rstrip(".") in lexicon.words("honorifics")
            or tokens[0].text.lower() in lexicon.words("title_words")
            or tokens[0].lower_ in ("pro", "anti", "pro-", "anti-", "-")  # "pro-Gaddafi": Gaddafi is the person
        ):
            tokens = tokens[1:]
        while tokens and tokens[-1].text in ("'s", "’s", "'", "’"):
            tokens = tokens[:-1]
        while len(tokens) >= 3 and tokens[-2].text == "-" and tokens[-1].lower_ in _SIDING_WORDS:
            tokens = tokens[:-2]  # "Gaddafi-loyal", "Saleh-allied": an adjective of the person, who is Gaddafi
        tokens = _undoubled(tokens)
        if not tokens:
            return None
        name = self.doc[tokens[0].i : tokens[-1].i + 1].text
        if not any(ch.isupper() for ch in name) or len(name) < 2:
            return None
        return name

    def _title_context(self, ent: Span) -> tuple[str | None, str | None, set[int]]:
        """Title and country from the words before the name, or an appositive."""
        doc = self.doc
        words: list[Token] = []
        country: str | None = None
        used: set[int] = set()
        i = ent.start - 1
        # Title words inside the entity itself ("President Vladimir Putin").
        inner = [t for t in ent if t.i < ent.start + len(ent) - 1 and (norm(t.text).rstrip(".") in lexicon.words("honorifics"))]
        while i >= 0 and len(words) < 14:
            tok = doc[i]
            low = tok.text.lower()
            if tok.ent_type_ == "PERSON" and not self._title_tagged_person(tok):
                if low in ("'s", "’s") or (i + 1 < ent.start and doc[i + 1].text in ("'s", "’s")):
                    owner = self._person_country_before(i)
                    country = country or owner
                break
            if low == ")" and i >= 2 and doc[i - 2].text == "(":
                # "Head of the National Security Council (NSC) Meir Ben-Shabbat"
                used.update({i, i - 1, i - 2})
                i -= 3
                continue
            if (tok.is_punct and low not in ("-", "'s", "’s")) or low in (
                "with",
                "by",
                "between",
                "from",
                "at",
                "in",
                "on",
                "that",
                "who",
                "said",
                "told",
                "as",
                "while",
            ):
                break
            if (
                low in lexicon.words("title_words")
                or tok.ent_type_ in ("ORG", "NORP", "GPE")
                or low in ("'s", "’s", "-")
                or (tok.is_title and tok.pos_ == "PROPN")
            ):
                words.insert(0, tok)
                used.add(i)
                i -= 1
                continue
            break
        appos: list[Token] = []
        if not words:
            appos = self._appositive(ent)
            if appos:
                words = appos
                used |= {t.i for t in appos}
        words = words + inner
        if not words:
            return None, self._appositive_nationality(ent) or self._appositive_employer_country(ent), used
        title_words: list[str] = []
        for tok in words:
            found = None
            if tok.ent_type_ in ("NORP", "GPE") or tok.text.lower() in self.gaz.demonyms or tok.text.lower() in self.gaz.countries:
                found = self.gaz.country_or_demonym(tok.text)
                if found is None and tok.ent_type_ in ("NORP", "GPE"):
                    span = self._ent_at(tok.i)
                    if span is not None:
                        found = self.gaz.country_or_demonym(span.text)
            if found is None and tok.text.lower() == "federation" and title_words and title_words[-1] == "":
                continue
            if found is not None:
                country = country or found
                title_words.append("")
                continue
            if tok.ent_type_ == "ORG" and country is None and (not self._media_outlet(tok) or self._outlet_staff(tok, words)):
                country = self._body_country(tok)  # not "Getty Images for CNN Mubarak": an outlet is nobody's country
            title_words.append(tok.text)
        if country is None:
            country = self._country_beyond_title(ent, words, appositive=bool(appos))
        title: str | None = " ".join(w for w in title_words if w and w not in ("'s", "’s")).strip(" -")
        assert title is not None
        title = re.sub(r"^(?:the|of|and|for|to)\s+", "", title, flags=re.IGNORECASE)
        title = re.sub(r"^(?:then|former|last)?\s*-?\s*", "", title, flags=re.IGNORECASE).strip()
        if not title or not any(
            w.lower().rstrip(".") in {h.rstrip(".") for h in lexicon.words("title_heads")} or w.lower() in lexicon.words("title_heads")
            for w in title.split()
        ):
            title = None
        return title, country, used

    def _country_beyond_title(self, ent: Span, words: list[Token], appositive: bool) -> str | None:
        """A country for a titled person whose title words name none: a government body they spell out, else the
        appositive after the name ("Adm. Mike Mullen, chairman of the U.S. Joint Chiefs of Staff"), else a title
        only the US Congress gives ("Rep. Mike Rogers", though the story is about Libya)."""
        country = self._named_body_country(words)
        if country is None and not appositive:
            country = self._appositive_country(ent)
        if country is None and self._us_legislator(words):
            country = "USA"
        return country

    def _us_legislator(self, words: list[Token]) -> bool:
        """Whether the title before a name is one only the US Congress gives ("Rep.", "Sen.", "Congresswoman"), and
        no other body's name is in it. Not the full "Representative", which other bodies' titles use ("EU High
        Representative") and which cost a false positive on the check half."""
        return any(norm(t.text) in _US_LEGISLATOR_TITLES for t in words) and not any(t.ent_type_ == "ORG" for t in words)

    def _appositive_country(self, ent: Span) -> str | None:
        """The country an appositive after the name gives ("..., chairman of the U.S. Joint Chiefs of Staff"): its
        first nationality or country, else the country of a body it names."""
        for tok in self._appositive(ent):
            if tok.ent_type_ in ("NORP", "GPE") or tok.text.lower() in self.gaz.demonyms:
                span = self._ent_at(tok.i)
                found = self.gaz.country_or_demonym(re.sub(r"['’]s$", "", span.text if span is not None else tok.text))
                if found is not None:
                    return found
            if tok.ent_type_ == "ORG" and not self._media_outlet(tok):
                found = self._body_country(tok)
                if found is not None:
                    return found
        return None

    def _outlet_staff(self, tok: Token, words: list[Token]) -> bool:
        """Whether a news outlet before a name is the person's employer ("CNN's Ben Wedeman", "BBC correspondent
        Jon Leyne"), so its country is the journalist's; a photo credit ("Getty Images for CNN") is not."""
        span = self._ent_at(tok.i)
        end = span.end if span is not None else tok.i + 1
        possessive = end < len(self.doc) and self.doc[end].text in ("'s", "’s")
        return possessive or any(t.lemma_.lower() in lexicon.words("press_nouns") for t in words)

    def _media_outlet(self, tok: Token) -> bool:
        """Whether ``tok`` is part of a news outlet's name ("CNN"): a photo credit or a byline before a name."""
        span = self._ent_at(tok.i)
        return norm(tok.text) in lexicon.words("media") or (span is not None and norm(span.text) in lexicon.words("media"))

    def _ent_at(self, i: int) -> Span | None:
        """The NER span covering token ``i``, or None."""
        return next((e for e in self.doc.ents if e.start <= i < e.end), None)

    def _named_body_country(self, words: list[Token]) -> str | None:
        """The country of a government body named by capitalised title words the NER left untagged or took for
        a person ("White House spokesman")."""
        run: list[str] = []
        for tok in [*words, None]:
            if tok is not None and tok.is_title and not tok.is_punct:
                run.append(tok.text)
                continue
            body = self.gaz.bodies.get(norm(" ".join(run))) if len(run) > 1 else None
            if body is not None and body.country:
                return body.country
            run = []
        return None

    def _title_tagged_person(self, tok: Token) -> bool:
        """Whether the NER's PERSON around ``tok`` is a title ("White House spokesman" before a name): it ends in
        a title word in lower case."""
        span = self._ent_at(tok.i)
        last = span[-1] if span is not None else tok
        return last.is_lower and last.text in lexicon.words("title_words")

    def _body_country(self, tok: Token) -> str | None:
        """The country of the government body a title word belongs to: "State Department" in "U.S. State Department
        spokesman P.J. Crowley" (the word alone, then the organisation's whole name, then its leading country)."""
        body = self.gaz.bodies.get(norm(tok.text))
        if body is None:
            span = self._ent_at(tok.i)
            if span is not None:
                body = self.gaz.bodies.get(norm(span.text))
                words = [t for t in span if t.lower_ != "the"]  # "the U.S. Joint Chiefs of Staff"
                if body is None and len(words) > 1:
                    return self.gaz.country_or_demonym(words[0].text)
        return body.country if body is not None else None

    def _appositive_nationality(self, ent: Span) -> str | None:
        """ "Naama Issachar, an Israeli-American woman": the first nationality of an appositive."""
        doc = self.doc
        j = ent.end
        if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("a", "an", "the"):
            word = doc[j + 2].text.split("-")[0]
            return self.gaz.demonym(word)
        return None

    def _appositive_employer_country(self, ent: Span) -> str | None:
        """ "Shahira Amin, a reporter for Egypt's state-run Nile TV", "X, an aide to the Libyan leader": the country
        of whom an appositive says the person works for (a country's possessive, a nationality, or a body of one
        country); a news outlet alone ("a reporter for CNN") says nothing of the reporter's country."""
        doc = self.doc
        j = ent.end
        if not (j + 3 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("a", "an", "the")):
            return None
        k = j + 2
        while k < min(len(doc), j + 6) and not doc[k].is_punct and doc[k].lower_ not in _EMPLOYER_PREPOSITIONS:
            k += 1
        if k >= len(doc) - 1 or doc[k].lower_ not in _EMPLOYER_PREPOSITIONS or doc[k - 1].pos_ != "NOUN":
            return None
        k += 1
        if doc[k].lower_ in ("the", "a", "an"):
            k += 1
        if k >= len(doc):
            return None
        tok = doc[k]
        if tok.ent_type_ in ("GPE", "NORP"):
            span = self._ent_at(k)
            text = span.text if span is not None else tok.text
            after = doc[span.end] if span is not None and span.end < len(doc) else None
            possessive = after is not None and after.text in ("'s", "’s")
            if possessive or tok.ent_type_ == "NORP" or re.search(r"['’]s$", text):
                return self.gaz.country_or_demonym(re.sub(r"['’]s$", "", text))
            return None
        if tok.ent_type_ == "ORG" and not self._media_outlet(tok):
            return self._body_country(tok)
        return None

    def _appositive(self, ent: Span) -> list[Token]:
        """ ", head of the National Security Council" after the name, or the head noun it is apposed to."""
        doc = self.doc
        root = ent.root
        head = root.head
        if root.dep_ == "appos" and head.ent_type_ == "GPE" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.i < ent.start:
            head = head.head.head  # "the U.S. ambassador to Egypt, Margaret Scobey": apposed to the title, not to Egypt
        if root.dep_ == "appos" and head.i < ent.start and head.text.lower() in lexicon.words("title_heads"):
            return [t for t in head.subtree if t.i < ent.start and not t.is_punct and t.ent_type_ != "PERSON"][-12:]
        j = ent.end
        if j < len(doc) - 1 and doc[j].text == ",":
            tokens: list[Token] = []
            k = j + 1
            while k < len(doc) and len(tokens) < 10 and not doc[k].is_punct:
                tokens.append(doc[k])
                k += 1
            if (
                tokens
                and tokens[0].text.lower() in lexicon.words("title_heads") | {"the", "a", "then"}
                and any(t.text.lower() in lexicon.words("title_heads") for t in tokens)
            ):
                return tokens
        return []

    def _person_country_before(self, i: int) -> str | None:
        m = self.by_token.get(i)
        if m is not None:
            return m.entity.country
        name_tokens: list[str] = []
        k = i
        while k >= 0 and self.doc[k].ent_type_ == "PERSON":
            name_tokens.insert(0, self.doc[k].text)
            k -= 1
        actor = self.gaz.actors.get(norm(" ".join(name_tokens)))
        return actor.country if actor else None

    def _person(self, name: str, title: str | None, country: str | None) -> PersonInfo:
        key_name = norm(name)
        known = self.gaz.actors.get(key_name)
        if known is None and (" " in key_name or not self._article_surname(key_name)):
            # The dictionary's person spelt another way: "Amre Moussa"; "Gadaffi", unless the article names someone so.
            known = self.gaz.spelling_of(name)
        full_name = known is not None and len(key_name.split()) >= 2
        if title and (known is None or (" " not in key_name and not known.curated)):
            # "King Abdullah": the title and the name together are the alias, over a derived namesake of the bare name.
            known = self.gaz.actors.get(norm(f"{title.split()[-1]} {name}")) or known
        if known is not None and country and known.country and known.country != country and not (full_name and known.prominent):
            known = None  # a namesake: "Jordanian envoy Ahmed Hassan" is not the dictionary's Egyptian one
        # Someone the article named before, unless a hand-written alias says otherwise ("Gaddafi" after "Saif al-Islam Gaddafi").
        if (known is None or (" " not in key_name and not known.curated)) and key_name not in self.people:
            info = self._named_before(key_name, title, country)
            if info is not None:
                return info
        bare, called = self._titled_name(key_name, title)
        direct = self.gaz.actors.get(key_name)  # a hand-written one-word alias ("Gaddafi") is the curator's word
        if " " not in bare and (direct is None or not direct.curated or bare != key_name):
            known = self._holder_on_date(bare, called, country) or known
        if known is None and self.gaz.surname_holders(key_name):
            known = self._one_known(key_name, country)
        if known is not None:
            key = norm(known.name)
            found = self.people.get(key)
            if found is None:
                home = known.country if full_name and known.prominent else country or known.country
                found = PersonInfo(key, known.name, home, known.sector, title or known.title_on(self.published) or None, known=True)
                # The dictionary's other full names of the person are his too ("Sergei Lavrov" of "Sergey Lavrov").
                found.aliases.update(a for a in (known.name, *known.aliases) if " " in a.strip())
                self.people[key] = found
            else:
                found.country = found.country or country
            if title and not found.title:
                found.title = title
            found.aliases.add(name)
            return found
        key = key_name
        existing = self.people.get(key) or self._spelt_before(name)
        if existing is None:
            existing = PersonInfo(key, name, country, sector_of(title), title)
            self.people[key] = existing
            return existing
        existing.country = existing.country or country
        existing.title = existing.title or title
        existing.sector = existing.sector or sector_of(title)
        return existing

    def _named_before(self, key_name: str, title: str | None, country: str | None) -> PersonInfo | None:
        """Someone already in the article that a surname or a short form names: "Mubarak", "Ben Ali", "Mutassim" after
        "Mutassim Gaddafi" (a first name, when one person of the article has it)."""
        people = sorted(self.people.values(), key=lambda p: -p.count)
        found = None
        for info in people:
            full = norm(info.name)
            if (
                full.endswith(" " + key_name) or key_name == full.split()[-1] or any(norm(a).endswith(" " + key_name) for a in info.aliases)
            ) and (country is None or info.country in (None, country)):
                found = info
                break
        if found is None and " " not in key_name:
            firsts = [p for p in people if len(norm(p.name).split()) >= 2 and norm(p.name).split()[0] == key_name]
            if len(firsts) == 1 and (country is None or firsts[0].country in (None, country)):
                found = firsts[0]
        if found is None and self.gaz.unowned(key_name) and (key := names.surname_key(key_name)):
            # A surname spelt another way than the article's full name ("Tantawy" after "Mohamed Tantawi"): the one
            # person of that folded surname, in a spelling no one else's name is.
            spelt = [p for p in people if key in {names.surname_key(norm(n).split()[-1]) for n in (p.name, *p.aliases) if " " in n.strip()}]
            if len(spelt) == 1 and (country is None or spelt[0].country in (None, country)):
                found = spelt[0]
        if found is not None:
            if country and not found.country:
                found.country = country
            if title and not found.title:
                found.title = title
                found.sector = found.sector or sector_of(title)
        return found

    def _spelt_before(self, name: str) -> PersonInfo | None:
        """The one person of the article whose full name is this one spelt another way ("Abdul Elah al-Khatib" after
        "Abdelilah al-Khatib"); the given names must agree too, so brothers and a father and son stay apart."""
        key = names.spelling_key(name)
        same = [p for p in self.people.values() if names.spelling_key(p.name) == key] if key else []
        if len(same) != 1:
            return None
        same[0].aliases.add(name)
        return same[0]

    @staticmethod
    def _titled_name(key_name: str, title: str | None) -> tuple[str, str | None]:
        """A (normalised) name and its title, the title taken off a two-word name that opens with one: "King
        Abdullah", which the dictionary may give as one king's alias though two kings of that name reigned together."""
        words = key_name.split()
        if len(words) == 2 and words[0] in lexicon.words("title_words"):
            return words[1], title or words[0]
        return key_name, title

    def _holder_on_date(self, key_name: str, title: str | None, country: str | None) -> gazetteer.KnownActor | None:
        """The one dictionary person a lone surname (or a title and a given name) names on the article's day, when it
        matches several: news names the office holder of its day by the surname alone ("Zuma" of 2011 is the
        president, not the minister of that surname; "Clinton" of 2011 the secretary of state, of 1995 the president).
        First the one heading a state or government that day, then the one holding any dated office; within each, the
        mention's title must fit ("King", "Foreign Minister"), and among several the one of a country the article names
        wins. None when the day is unknown or no tier leaves exactly one: the prominence rules decide then."""
        if not self.published:
            return None
        day = self.published[:10]
        pool = self._namesakes(key_name, title, country)
        if len(pool) < 2:
            return None
        for tier in ([a for a in pool if self.gaz.leads_on(a, day)], [a for a in pool if self.gaz.in_office(a, day)]):
            if title:
                tier = [a for a in tier if self._title_fits(a, title, day)]
            if len(tier) > 1:
                tier = [a for a in tier if a.country_on(day) in self._places_named] or tier
            if len(tier) == 1:
                return tier[0]
            if tier:
                return None  # several in office that day: no date decides among them
        return None

    @cached_property
    def _places_named(self) -> frozenset[str]:
        """The countries the article names, by name, nationality or city ("Riyadh"): to choose among namesakes."""
        cities = {self.gaz.place_country(e.text) for e in self.doc.ents if e.label_ == "GPE"}
        return self.context | {c for c in cities if c}

    def _namesakes(self, key_name: str, title: str | None, country: str | None) -> list[gazetteer.KnownActor]:
        """The well-known people (``_one_known``'s: prominent or leaders) a one-word name may name: its surname's
        holders, the one it is the whole name or alias of, and with a title the hand-written ones of that given name."""
        found = list(self.gaz.surname_holders(key_name))
        exact = self.gaz.actors.get(key_name)
        if exact is not None:
            found.append(exact)
        if title:
            found += self.gaz.given_name_holders(key_name)
            titled = self.gaz.actors.get(norm(f"{title.split()[-1]} {key_name}"))
            if titled is not None:
                found.append(titled)
        unique = {a.name: a for a in found if a.prominent or a.leader}
        return [a for a in unique.values() if not country or a.country in (None, country) or a.country_on(self.published) == country]

    def _title_fits(self, actor: gazetteer.KnownActor, title: str, day: str) -> bool:
        """Whether the mention's title names the person's office that day: "King Abdullah" a king, "President Zuma"
        one heading a state (a derived entry often has no title), "Foreign Minister Abdullah" a foreign minister."""
        held = norm(actor.title_on(day) or actor.title).split()
        head = norm(title).split()[-1:]
        if held:
            return bool(head) and head[0] in held
        return gazetteer.leader_title(title) and self.gaz.leads_on(actor, day)

    def _one_known(self, key_name: str, country: str | None) -> gazetteer.KnownActor | None:
        """The one well-known actor of this surname ("Ban": Ban Ki-moon): the only one, else the only well-known one,
        else the only hand-written one; in the article's country when it names one. Never one the dictionary lists
        with no other spelling, no title and no rule of a country by one word alone: news names such a person in
        full before it uses the surname alone (and that full name is found before), so a bare "al-Baghdadi" is no
        minister of the 2000s, where a bare "Gbagbo" is the president and "Musalia Mudavadi" the one minister of
        those two names."""
        candidates = list({a.name: a for a in self.gaz.surname_holders(key_name)}.values())
        if country:
            candidates = [a for a in candidates if a.country in (None, country)]
        for pool in (candidates, [a for a in candidates if a.prominent], [a for a in candidates if a.curated]):
            if len(pool) == 1:
                known = pool[0].prominent or pool[0].leader
                words = [w for w in key_name.split() if w not in ("al", "el")]  # "al-Baghdadi" is one word
                return pool[0] if known or (len(words) >= 2 and len(candidates) == 1) else None
        return None

    def _org(self, ent: Span) -> Entity | None:
        text = re.sub(r"^the\s+", "", ent.text, flags=re.IGNORECASE).strip()
        text = re.sub(r"['’]s$", "", text).strip()
        key = norm(text)
        ship = _SHIP_PREFIXES.get(text.split()[0]) if len(text.split()) >= 2 else None
        if ship is not None:
            return Entity(key, text, "ORG", ship, "MIL", None, (ent.text,))  # "USS Barry": a warship of its navy
        house = self._us_house(text)
        if house is not None:
            return house
        body = self.gaz.bodies.get(key)
        if body is not None and body.country is None and _generic_name(text):
            country = self._nationality_before(ent)
            if country is not None:  # "Russia's Security Council" is not the UN's
                return self._body(text, country, ent.text)
            for m in self.by_token.values():  # nor, later, "the Security Council" of an article about Russia's
                if m.entity.kind == "ORG" and m.entity.country and norm(m.entity.name or "").endswith(key):
                    return Entity(m.entity.key, m.entity.name, "ORG", m.entity.country, m.entity.sector, None, (ent.text,))
        if body is not None:
            return body_entity(body, ent.text)
        if key in lexicon.words("media") or norm(ent.text) in lexicon.words("media"):
            return Entity("org:" + key, text, "ORG", None, "MED", None, (ent.text,))
        generic = self._generic_body(text)
        if generic is not None:
            kind, country = generic
            return self._body(kind, country, ent.text)
        country = None
        first = text.split()[0] if text.split() else ""
        country = self.gaz.demonym(first) or self.gaz.country(re.sub(r"['’]s$", "", first))
        if country is None:
            poss = re.match(r"^(.+?)['’]s\s", ent.text)
            if poss:
                country = self.gaz.country(poss.group(1))
        sector = sector_of(text) or ("GOV" if "council" in key or "government" in key else None)
        return Entity(key, text, "ORG", country, sector, None, (ent.text,))

    @cached_property
    def _speaks_of_us(self) -> bool:
        """Whether the article names the United States or one of its legislators ("Rep. Mike Rogers")."""
        return "USA" in self.context or any(
            norm(t.text) in _US_LEGISLATOR_TITLES and t.i + 1 < len(self.doc) and self.doc[t.i + 1].ent_type_ == "PERSON" for t in self.doc
        )

    def _us_house(self, text: str) -> Entity | None:
        """ "The House" capitalised and alone is, by the convention of English news, the US House of Representatives,
        in an article that speaks of the United States; "House Republicans", "the House intelligence committee" are
        American too. Not "White House", "House of Commons", which are names of their own."""
        words = text.split()
        if not words or words[0] != "House" or not self._speaks_of_us:
            return None
        if len(words) == 1:
            body = self.gaz.bodies.get("us house of representatives")
            return body_entity(body, text) if body is not None else None
        if words[1] in ("of", "Of"):
            return None
        return Entity(norm(text), text, "ORG", "USA", "LEG", None, (text,))

    def _nationality_before(self, ent: Span) -> str | None:
        """The country a nationality or a country's possessive just before a body names: "Russian", "Russia's"."""
        i = ent.start - 1
        if i >= 0 and self.doc[i].text in ("'s", "’s"):
            i -= 1
        if i < 0 or self.doc[i].ent_type_ not in ("NORP", "GPE"):
            return None
        before = self._ent_at(i)  # "Russian Federation"
        return self.gaz.country_or_demonym(before.text if before is not None else self.doc[i].text)

    def _generic_body(self, text: str) -> tuple[str, str | None] | None:
        """("Security Council", "RUS") for "Russian Federation Security Council"; None for a proper name."""
        words = text.split()
        for i in range(len(words)):
            rest = " ".join(words[i:])
            m = GENERIC_BODY.fullmatch(rest)
            if m is None:
                continue
            prefix = re.sub(r"['’]s$", "", " ".join(words[:i])).strip()
            country = self.gaz.country_or_demonym(prefix) if prefix else None
            if prefix and country is None:
                continue
            kind = m["kind"]
            if kind.lower().startswith("ministry of "):
                kind = kind[12:].strip().title() + " Ministry"
            kind = " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in kind.split())
            kind = kind.replace("Defence", "Defense").replace("Foreign Affairs Ministry", "Foreign Ministry")
            return kind, country
        return None

    def _body(self, kind: str, country: str | None, surface: str) -> Entity:
        low = kind.lower()
        sector = (
            "DIP"
            if "foreign" in low
            else (
                "MIL"
                if any(w in low for w in ("defense", "army", "navy", "air force", "armed"))
                else "LEG"
                if "parliament" in low
                else "JUD"
                if "court" in low
                else "GOV"
            )
        )
        if country is None:
            return Entity("body:?:" + norm(kind), kind, "ORG", None, sector, None, (surface,))
        name = f"{self._demonym_of(country)} {kind}"
        return Entity(norm(name), name, "ORG", country, sector, None, (surface,))

    def _demonym_of(self, iso3: str) -> str:
        for dem, code in self.gaz.demonyms.items():
            if code == iso3:
                return dem.title() if not dem.isupper() else dem
        return self.gaz.country_names.get(iso3, iso3)

    def _fix_unqualified_bodies(self) -> None:
        """A body named without its country takes it from its context.

        In order: the person whose title it is in ("Foreign Ministry spokeswoman
        Maria Zakharova"); the nearest country before it in its sentence, not
        inside another person's title ("The Israeli side included ... Defense
        Ministry", "at Israel's Foreign Ministry and ... Defense Ministry
        officials"); an earlier body of the same kind with a country; the country the article names most.
        """
        fixed: dict[str, str] = {}
        for i, m in sorted(self.by_token.items()):
            if not m.entity.key.startswith("body:?:") or i != m.start:
                continue
            country = self._title_owner_country(m.start) or self._country_before(m.start) or fixed.get(m.entity.key)
            country = country or self.main_country  # "the Interior Ministry" of an article about Egypt
            if country is None:
                continue
            fixed[m.entity.key] = country
            entity = self._body(m.entity.name or "", country, m.entity.aliases[0])
            for k in range(m.start, m.end):
                self.by_token[k] = Mention(m.start, m.end, entity, m.is_title_part)

    def _framing_countries(self) -> None:
        """A person of unknown country in a sentence framed by one nationality ("On the Israeli side, ... Aharon Haliva")."""
        for info in self.people.values():
            if info.country is not None or info.known or self._international_title(info.title):
                continue
            found: set[str] = set()
            for m in self.by_token.values():
                if m.entity.key != info.key:
                    continue
                sent = self.doc[m.start].sent
                for tok in sent:
                    if tok.ent_type_ == "NORP" and tok.i not in self.title_owner:
                        iso = self.gaz.demonym(tok.text)
                        if iso:
                            found.add(iso)
            if len(found) == 1:
                info.country = found.pop()

    def _story_country_people(self) -> None:
        """Someone nothing in the article gives a country (no title of a country's body, no nationality, no
        dictionary entry: "port manager Ahmed Salem", "Abdusalam Osman, 23") is of the country the story is about,
        as news names locals without saying where they are from; not an official of an international body, nor a
        journalist, whom an outlet sends from elsewhere."""
        if self.main_country is None:
            return
        for info in self.people.values():
            if info.country is not None or info.known or self._international_title(info.title) or self._press_title(info.title):
                continue
            if any(self._beside_the_press(m) for m in self.by_token.values() if m.entity.key == info.key):
                continue
            info.country = self.main_country
            for i, m in list(self.by_token.items()):
                if m.entity.key == info.key:
                    self.by_token[i] = Mention(m.start, m.end, info.entity(), m.is_title_part)

    def _beside_the_press(self, m: Mention, reach: int = 8) -> bool:
        """Whether a mention stands beside a journalist's noun or a news outlet ("A BBC correspondent, X", "a
        photographer for CNN, X"), in its sentence: the person is likely a journalist sent from elsewhere."""
        sent = self.doc[m.start].sent
        near = self.doc[max(sent.start, m.start - reach) : min(sent.end, m.end + reach)]
        return any(t.lemma_.lower() in lexicon.words("press_nouns") or (t.ent_type_ == "ORG" and self._media_outlet(t)) for t in near)

    @staticmethod
    def _press_title(title: str | None) -> bool:
        """Whether a title is a journalist's ("BBC correspondent", "reporter")."""
        return any(w in lexicon.words("press_nouns") for w in norm(title or "").split())

    def _international_title(self, title: str | None) -> bool:
        """Whether a title names an international body ("WFP Executive Director", "UN envoy"): its holder serves no
        country, so a nationality elsewhere in the sentence is not his."""
        words = norm(title or "").split()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 5) + 1):
                body = self.gaz.bodies.get(" ".join(words[i:j]))
                if body is not None and body.country is None and body.sector in ("IGO", "NGO", "JUD"):
                    return True
        return False

    def _abbreviations(self) -> None:
        """ "the National Security Council (NSC)": NSC is that council, here and later in the article."""
        doc = self.doc
        found: dict[str, Entity] = {}
        for i in range(1, len(doc) - 2):
            body = self.by_token.get(i - 1)
            if doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper and body is not None and body.entity.kind == "ORG":
                found[doc[i + 1].text] = body.entity
        if not found:
            return
        for i, m in list(self.by_token.items()):
            surface = doc[m.start : m.end].text
            if m.entity.kind == "ORG" and surface in found:
                self.by_token[i] = Mention(m.start, m.end, found[surface], m.is_title_part)

    def _described_bodies(self) -> None:
        """A body the article named, referred to again by a description: "the council" or "Libya's ruling council"
        after "the National Transitional Council", "the agency" after the Health Protection Agency, "the alliance"
        after NATO (``words/body_descriptions.tsv``), "the transitional administration" or "the rebel leadership"
        after a transitional or rebel body. The description is singular, not "a group of ..."; its head noun is a word
        of the body's name (a government noun counts only through "transitional", "interim", "provisional" or
        "rebel", or, said of a definite one, "new" or "ruling": "Libya's new rulers", "the ruling council"); the
        country it names, if any, is the body's; the body is the last such one named before it."""
        bodies: list[tuple[int, Entity, frozenset[str]]] = []
        seen: set[tuple[int, str]] = set()
        for m in sorted(self.by_token.values(), key=lambda m: m.start):
            e = m.entity
            if e.kind != "ORG" or m.is_title_part or e.key.startswith(("group:", "org:")) or (m.start, e.key) in seen:
                continue
            seen.add((m.start, e.key))
            words = {w for name in (e.name or "", *e.aliases) for w in re.findall(r"[a-z]+", name.lower())}
            words |= {noun for noun, body in _body_descriptions() if norm(body) == norm(e.name or "")}
            bodies.append((m.start, e, frozenset(words)))
        government = lexicon.words("government_nouns") | {"rulers", "ruler"}
        heads = lexicon.words("described_body_heads") | {noun for noun, _ in _body_descriptions()} | government
        for tok in self.doc:
            head = tok.lemma_.lower()
            if tok.pos_ != "NOUN" or tok.i in self.by_token or head not in heads:
                continue
            if tok.tag_ != "NN" and head not in ("authority", "ruler"):
                continue  # "all parties", "the military councils of Free Libya"
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # "a group of former officials", "the council of ministers"
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "det") and c.i < tok.i]
            if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in mods):
                continue  # a name of its own the NER missed
            words = {BODY_SYNONYMS.get(c.lower_, c.lower_) for c in mods if c.dep_ in ("amod", "compound")}
            if any(c.dep_ == "poss" or c.lower_ == "the" for c in mods) and words & (groups.TRANSITIONAL_WORDS | groups.RULING_WORDS):
                words.add("transitional")  # "Libya's new rulers", "the ruling council": a government that says it is new
            if not any(c.dep_ in ("det", "poss") for c in mods) and not words & ({"transitional"} | REBEL_WORDS):
                continue  # "council members said": a bare noun refers to no one in particular
            stated = {country for c in mods if (country := self._stated_country(c)) is not None}
            own = stated or ({self.main_country} if self.main_country else set())
            for start, body, name_words in reversed(bodies):
                if start >= tok.i or (stated and body.country not in stated):
                    continue
                if not stated and body.country is not None and body.country not in self.context | own:
                    continue  # "the country's largest opposition party" is no party of a country the article leaves out
                if head in government:
                    rebel = bool(words & REBEL_WORDS) and body.sector in ("OPP", "REB") and body.country in own
                    if not (rebel or "transitional" in words & name_words):
                        continue  # "the government" is the country's; "the federal government" no agency's
                elif head not in name_words or not _side_agrees(words, name_words, body):
                    continue
                first = min([tok.i, *(c.left_edge.i for c in mods if c.dep_ != "poss")])
                self._add(Mention(first, tok.i + 1, body), replace=False)
                break
            else:
                known = self._transitional_body(words, head in government or head == "council", stated or own)
                if known is not None:
                    first = min([tok.i, *(c.left_edge.i for c in mods if c.dep_ != "poss")])
                    self._add(Mention(first, tok.i + 1, known), replace=False)

    def _transitional_body(self, words: set[str], governs: bool, countries: set[str]) -> Entity | None:
        """The known transitional or rebel body of the one country a description is of, when the article has not
        named it: "Libya's interim rulers", "the interim government", "the rebel leadership" of a story on Libya
        in 2011 are the National Transitional Council (the hand-written body of that country whose name says
        "Transitional", "Interim" or "Provisional")."""
        if len(countries) != 1 or not governs or not words & ({"transitional"} | REBEL_WORDS):
            return None
        [iso] = countries
        known = groups.transitional_bodies().get(iso)
        return Entity(norm(known[0].name), known[0].name, "ORG", known[0].country, known[0].sector) if known else None

    def _stated_country(self, tok: Token) -> str | None:
        """The country a modifier names: "Libya's", "Libyan"."""
        m = self.by_token.get(tok.i)
        if m is not None and m.entity.kind == "COUNTRY":
            return m.entity.country
        return self.gaz.demonym(tok.text) if tok.dep_ in ("amod", "compound") else None

    def _groups(self) -> None:
        """Groups named by a common noun ("Libyan rebels", "riot police", "forces loyal to Gaddafi"): ``groups``."""
        ctx = self.group_context = groups.Context(
            self.gaz,
            person_at=self._group_owner,
            body_at=lambda i: (
                m.entity if (m := self.by_token.get(i)) is not None and m.entity.kind == "ORG" and not m.is_title_part else None
            ),
            place_country=self._sentence_place_country,
            main_country=self.main_country,
            leader_of=self.leader,
            countries_in=self._countries_in,
        )
        ctx.stated.update(groups.stated_countries(self.doc, ctx))
        ctx.conflict.update(groups.conflict_countries(self.doc, ctx))
        for tok in self.doc:
            known = self.by_token.get(tok.i)
            if known is not None and known.entity.kind != "COUNTRY":
                continue
            found = groups.find(tok, ctx)
            if found is not None:
                start, end, entity = found
                for k in range(start, end):
                    m = self.by_token.get(k)
                    if m is None or m.entity.kind == "COUNTRY":
                        self.by_token[k] = Mention(start, end, entity)

    def _countries_in(self, sent: Span) -> list[str]:
        """The country of each name and place of a sentence, once per name; not a country that acts as the subject of
        its clause ("the United States said it would help the rebels", "Turkey expects an envoy of the opposition"),
        which is a side's backer or go-between, not its home."""
        out: list[str] = []
        for i in range(sent.start, sent.end):
            m = self.by_token.get(i)
            if m is not None:
                if m.entity.kind == "COUNTRY" and self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass"):
                    continue
                if m.start == i and m.entity.country:
                    out.append(m.entity.country)
            elif (loc := self.places.get(i)) is not None and loc.country:
                out.append(loc.country)
        return out

    def _group_owner(self, i: int) -> Entity | None:
        """The person token ``i`` names, for a group's modifier: a name, or "his"/"her" standing for a country's
        leader ("Gaddafi ... his forces", "all his supporters"); a commander's "his fighters" are not his own group."""
        m = self.by_token.get(i)
        if m is not None:
            return m.entity if m.entity.kind == "PERSON" else None
        tok = self.doc[i]
        if tok.tag_ != "PRP$" or tok.lower_ not in ("his", "her"):
            return None
        person = self.resolve_pronoun(tok)
        if person is None or person.kind != "PERSON" or not person.country:
            return None
        if self.quoted(i) and person in (self._said_by(tok.sent, tok.sent.start), self._quote_speaker(tok)):
            return None  # '"We call on all his supporters to drop him," Sarkozy said': not the speaker's
        leader = self.leader(person.country)
        return person if leader is not None and leader.key == person.key else None

    def _sentence_place_country(self, tok: Token, same_clause: bool) -> str | None:
        """The country of the first place the token's sentence (``same_clause``: the token's own clause) names as a
        setting: a city or region, or a country after a preposition of place ("in Yemen"), not a country that acts
        or owns ("Qatar recognised the rebels", "Venezuela's leader spoke after rebels overran ...": the rebels are
        neither's)."""
        sent = tok.sent
        clause = _clause_root(tok)
        for i in range(sent.start, sent.end):
            loc = self.places.get(i)
            if loc is None or not loc.country or self.doc[i].dep_ in ("nsubj", "nsubjpass"):
                continue
            if same_clause and (_clause_root(self.doc[i]) != clause or _verb_of(self.doc[i]) != _verb_of(tok)):
                continue  # "ministers agreed at their meeting in Luxembourg to assist the rebels": not the rebels' place
            m = self.by_token.get(i)
            if m is not None and m.entity.kind == "COUNTRY" and not m.is_title_part:
                head = self.doc[m.end - 1]
                if not (head.dep_ == "pobj" and head.head.lower_ in lexicon.words("setting_prepositions")):
                    continue
            if m is not None and m.is_title_part and _verbs_argument(self.doc[m.end - 1]):
                continue  # a capital that stands for its government: "appealed to Washington", "urged Paris"
            return loc.country
        return None

    def group(self, head: str, country: str | None) -> Entity | None:
        return groups.named(head, country, self.group_context)

    def salient(self, k: int) -> list[Entity]:
        if self._salient is None:
            counts: Counter[str] = Counter()
            entities: dict[str, Entity] = {}
            for m in self.mentions:
                if (
                    m.entity.kind in ("PERSON", "ORG")
                    and not m.is_title_part
                    and not (m.entity.sector == "MED" and m.entity.key.startswith("org:"))
                ):
                    counts[m.entity.key] += 1
                    entities[m.entity.key] = m.entity
            ranked = [entities[key] for key, _n in counts.most_common()]
            if self.main_country:
                ranked.insert(min(2, len(ranked)), country_entity(self.main_country))
            self._salient = ranked
        return self._salient[:k]

    def named_near(self, start: int, sentences: int) -> set[str]:
        sents = self._sentences()
        at = self._sentence_index(start) or 0
        first = sents[max(0, at - sentences)].start
        return {m.entity.key for m in self.mentions if first <= m.start < start}

    def leader(self, iso3: str) -> Entity | None:
        """The country's leader: its most named person with a leader's title in the article."""
        leaders = [p for p in self.people.values() if p.country == iso3 and gazetteer.leader_title(p.title)]
        if leaders:
            return max(leaders, key=lambda p: p.count).entity()
        return None  # the actor dictionary has no dates: its leader may not be the article's

    def _as_leader(self, person: Entity) -> Entity | None:
        """The person when he leads his country in the article (``leader``), else None."""
        if person.kind != "PERSON" or not person.country:
            return None
        leader = self.leader(person.country)
        return leader if leader is not None and leader.key == person.key else None

    def forces_of(self, person: Entity) -> Entity | None:
        """The armed forces loyal to the person when he leads his country in the article: "Gaddafi forces"."""
        leader = self._as_leader(person)
        return groups.loyal_forces(leader, self.group_context) if leader is not None else None

    def people_of(self, iso3: str) -> Entity:
        """A country's people as a whole ("urged the public", "praised the Egyptian people"): ``groups.people_of``."""
        return groups.people_of(iso3)

    def supporters_of(self, person: Entity) -> Entity | None:
        """The supporters of the person when he leads his country in the article: "Saleh supporters"."""
        leader = self._as_leader(person)
        return groups.supporters_of(leader, self.group_context) if leader is not None else None

    def _title_owner_country(self, i: int) -> str | None:
        owner = self.title_owner.get(i)
        return self.people[owner].country if owner in self.people else None

    def _country_before(self, i: int) -> str | None:
        sent = self.doc[i].sent
        for j in range(i - 1, sent.start - 1, -1):
            if j in self.title_owner:
                continue
            m = self.by_token.get(j)
            if m is not None and m.entity.country and not m.entity.key.startswith("body:?:"):
                return m.entity.country
            tok = self.doc[j]
            if tok.ent_type_ in ("NORP", "GPE"):
                found = self.gaz.country_or_demonym(re.sub(r"['’]s$", "", tok.text))
                if found:
                    return found
        return None

    def _place_or_country(self, ent: Span, title_part: bool) -> None:
        text = re.sub(r"^the\s+", "", ent.text, flags=re.IGNORECASE)
        text = re.sub(r"['’]s$", "", text).strip()
        definite = ent[0].lower_ == "the" or (ent.start > 0 and self.doc[ent.start - 1].lower_ == "the")
        bloc = groups.countryless(text) if ent.label_ in ("LOC", "GPE", "NORP") and definite else None
        if bloc is not None:
            self._add(Mention(ent.start, ent.end, bloc, title_part), replace=False)  # "warned the West": Western powers
            return
        iso = self.gaz.country(text)
        if iso is not None and ent.end < len(self.doc) and self.doc[ent.end].lower_ in lexicon.words("geo_nouns"):
            return  # "the Jordan valley" is a place, not Jordan
        if iso is not None:
            entity = country_entity(iso)
            self._add(Mention(ent.start, ent.end, entity, title_part), replace=False)
            self.places.setdefault(ent.start, Location(self.gaz.country_names.get(iso, text), iso))
            return
        if ent.label_ == "NORP":
            iso = self.gaz.demonym(text)
            if iso is not None:
                self._add(Mention(ent.start, ent.end, country_entity(iso), True), replace=False)
            return
        city = self.gaz.city(text, self.context)
        if city is not None:
            self.places.setdefault(ent.start, Location(city.name, city.country, city.lat, city.lon))
            if norm(text) in self.gaz.capitals:
                # Metonymy: "Moscow said" is Russia's government speaking.
                entity = country_entity(city.country)
                self._add(Mention(ent.start, ent.end, entity, True), replace=False)
        elif ent.label_ in ("FAC", "LOC"):
            self.places.setdefault(ent.start, Location(text, None))

    def _add(self, mention: Mention, replace: bool) -> None:
        for i in range(mention.start, mention.end):
            if replace or i not in self.by_token:
                self.by_token[i] = mention

    # -- queries ----------------------------------------------------------
    def at(self, i: int) -> Mention | None:
        return self.by_token.get(i)

    def place_at(self, i: int) -> Location | None:
        loc = self.places.get(i)
        if loc is not None:
            return loc
        m = self.by_token.get(i)
        return self.places.get(m.start) if m is not None and m.start != i else None

    def city(self, name: str) -> Location | None:
        found = self.gaz.city(name, self.context)
        return Location(found.name, found.country, found.lat, found.lon) if found is not None else None

    def demonym(self, word: str) -> str | None:
        return self.gaz.demonym(word)

    def country_name(self, iso3: str) -> str:
        return self.gaz.country_names.get(iso3, iso3)

    def resolve_pronoun(self, token: Token) -> Entity | None:
        """he/his/him/she/her: the nearest preceding person, a subject first; they/their/it/its: the nearest
        preceding group, body or country, a subject first; we/our/us inside a quote: its speaker."""
        low = token.lower_
        if low in ("we", "us", "our", "i", "my", "me"):
            return self._speaker(token)
        if low in ("they", "them", "their", "it", "its"):
            return self._collective_antecedent(token)
        if low in ("he", "she", "him", "her", "his") and self._bound_to_a_noun(token):
            return None
        before = [m for m in self.mentions if m.entity.kind == "PERSON" and m.end <= token.i]
        own: set[str] = set()  # the keys an object pronoun does not stand for
        quoted = self.quoted(token.i)
        if not quoted:
            # Outside a quote, a "he" is not someone a quoted speaker talks about ("'... the leader Muammar
            # Gaddafi is leading the battle', he said": he is the speaker).
            before = [m for m in before if not self.quoted(m.start)] or before
        if token.dep_ in ("dobj", "dative", "pobj") and low in ("him", "her"):
            # "Netanyahu met Putin and thanked him": an object pronoun is not its own clause's subject.
            verb = token.head if token.dep_ != "pobj" else token.head.head
            own_subjects = {c.i for v in (verb, verb.head if verb.dep_ == "conj" else verb) for c in v.children if c.dep_ == "nsubj"}
            # Nor is he the subject named again in an earlier sentence ("Nasser spoke. Later Nasser thanked him").
            own = {m.entity.key for m in before if self.doc[m.end - 1].i in own_subjects}
            before = [m for m in before if m.entity.key not in own]
        if not before:
            return None
        sent = token.sent
        # "During his visit, Netanyahu met ...": a pronoun in a fronted phrase points forward.
        root = sent.root
        if token.i < root.i:
            subjects_after = [
                m
                for m in self.mentions
                if m.entity.kind == "PERSON" and token.i < m.start < root.i and self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")
            ]
            if subjects_after and not any(m.start >= sent.start for m in before):
                return subjects_after[0].entity
        same = [m for m in before if m.start >= sent.start]
        subjects = [m for m in same if _subject(self.doc[m.end - 1])]
        if subjects:
            return subjects[-1].entity
        if same:
            return same[-1].entity
        # The sentences before, as a reader goes back: the last that names the person or goes on about him with a
        # "he" of its own ("Nasser spoke on television. '...,' he said. He also promised ..."):
        # its subject, else (the sentence just before) the first person it names ("Police arrested Ghonim. He was
        # released ..."), else an older subject.
        sents = [s for s in self._sentences() if s.end <= sent.start and any(not t.is_space for t in s)]
        for back, prev in enumerate(reversed(sents)):
            named = [(self.doc[m.end - 1], m.entity) for m in before if prev.start <= m.start < prev.end]
            told = [
                (t, e)
                for t in prev
                if t.lower_ in SAME_PERSON.get(low, ())
                and (quoted or not self.quoted(t.i))
                and (e := self._chained(t))
                and e.key not in own
            ]
            found = sorted(named + told, key=lambda pair: pair[0].i)
            # Inside a quote, "he" is not the one quoted: "'He will fight,' Nasser said. 'I know he has guns ...'".
            found_subjects = [(t, e) for t, e in found if _subject(t) and not (quoted and _speaks(t))]
            # A "he" who does something goes on about the main clause's subject ("Nasser said that Haddad must go.
            # He also ..."); a "him" may be anyone the sentence is about.
            main = [e for t, e in found_subjects if _main_clause(t)] if token.dep_ in ("nsubj", "nsubjpass") else []
            if main or found_subjects:
                return (main or [e for _t, e in found_subjects])[-1]
            if named and back == 0:
                return named[0][1]
        return before[-1].entity

    def _chained(self, token: Token) -> Entity | None:
        """The person an earlier "he" or "she" stands for (resolved once), that a later one may go on about."""
        if token.i not in self._pronouns:
            self._pronouns[token.i] = self.resolve_pronoun(token)
        found = self._pronouns[token.i]
        return found if found is not None and found.kind == "PERSON" else None

    def _bound_to_a_noun(self, token: Token) -> bool:
        """Whether a "he" or "she" belongs to the unnamed person a governing clause is about: "the gunman showed
        no emotion as he killed 13 people" (he is the gunman, not a man named before)."""
        s = governing_subject(token.head)
        return (
            s is not None
            and s.tag_ == "NN"
            and s.lemma_.lower() in lexicon.words("person_nouns")
            and self.by_token.get(s.i) is None
            and s.i not in self.title_owner
        )

    def quoted(self, i: int) -> bool:
        """Whether token ``i`` is inside quotation marks (a quote ends at the paragraph's end)."""
        if self._quotes is None:
            self._quotes = _inside_quotes(self.doc, across_paragraphs=False)
        return self._quotes[i]

    def _collective_antecedent(self, token: Token) -> Entity | None:
        """The group, body or country a "they" or "it" refers to: the nearest before it in its sentence or the two
        before, a subject first (people for "they" only when no collective is near)."""
        sents = self._sentences()
        at = self._sentence_index(token.i) or 0
        window_start = sents[max(0, at - 2)].start
        kinds = ("ORG", "COUNTRY")
        near = [m for m in self.mentions if m.entity.kind in kinds and window_start <= m.start and m.end <= token.i and not m.is_title_part]
        if not near:
            return None
        subjects = [m for m in near if self.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
        return (subjects or near)[-1].entity

    def _speaker(self, token: Token) -> Entity | None:
        """Who says "we" or "I" in a quote: the one the sentence names as the subject of its verb of saying, else
        the speaker ``_quote_speaker`` finds when an official or a body."""
        found = self._said_by(token.sent, token.sent.start, named_only=True)
        if found is not None or token.lower_ not in ("we", "us", "our", "i", "my", "me"):
            return found
        found = self._quote_speaker(token)
        # A speaker found through a pronoun or another sentence speaks for someone only as an official or a body:
        # "we" of a witness or a fighter quoted at length is no party to the events he tells.
        return found if found is not None and (found.kind != "PERSON" or found.title) else None

    def _quote_speaker(self, token: Token) -> Entity | None:
        """The speaker of the quote a token is in: named (or "he" resolved) where the quote closes ("... I requested
        helicopters. These damage tanks," he said), where it opens ('he said: "No, ...'), or, for a quote that
        opens a sentence, at the close of the quote just before it ('..., " Crowley said. "We continue to urge')."""
        if not self._in_long_quote(token.i):
            return None
        found = None
        sents = self._sentences()
        at = self._sentence_index(token.i) or 0
        opening = opening_quote(self.doc, token.i)
        if opening is None:
            return None
        end = sents[min(len(sents) - 1, at + 3)].end
        closing = next((t for t in self.doc[token.i + 1 : end] if t.text in QUOTE_MARKS), None)
        if closing is not None and closing.text not in ("``", "“"):
            found = self._said_by(closing.sent, closing.i, named_only=True)  # '... tanks," Younes said'
        if found is None:
            found = self._said_by(opening.sent, opening.sent.start, opening.i, named_only=True)  # 'Younes said: "No, ...'
        first = next((t for t in opening.sent if not t.is_space), None)
        if found is None and first is not None and first.i == opening.i and opening.sent.start > 0:
            prev = self.doc[opening.sent.start - 1].sent
            marks = [t.i for t in prev if t.text in ("''", "”", '"')]
            found = self._said_by(prev, marks[-1], named_only=True) if marks else None  # '...," Crowley said. "We continue'
        return found

    def _in_long_quote(self, i: int) -> bool:
        """Whether token ``i`` is inside quotation marks, for a quote that may run over several paragraphs (a
        corpus that puts each sentence on a line of its own): straight marks open and close in turn, and a
        paragraph that begins with one opens a quote whatever came before."""
        if self._long_quotes is None:
            self._long_quotes = _inside_quotes(self.doc, across_paragraphs=True)
        return self._long_quotes[i]

    def _said_by(self, sent: Span, after: int, before: int | None = None, named_only: bool = False) -> Entity | None:
        """The subject of a verb of saying in ``sent`` between tokens ``after`` and ``before`` (a name, or "he" as
        resolved)."""
        for tok in sent:
            if (
                tok.i < after
                or (before is not None and tok.i >= before)
                or tok.lemma_.lower() not in lexicon.words("say_verbs")
                or tok.pos_ != "VERB"
            ):
                continue
            for child in tok.children:
                if child.dep_ != "nsubj":
                    continue
                if child.lower_ in ("he", "she"):
                    return None if named_only else self.resolve_pronoun(child)
                for k in range(child.left_edge.i, child.right_edge.i + 1):
                    m = self.by_token.get(k)
                    if m is not None and not m.is_title_part:
                        return m.entity
        return None

    def _sentences(self) -> list[Span]:
        """The article's sentences, listed once (the parse does not change)."""
        if self._sents is None:
            self._sents = list(self.doc.sents)
        return self._sents

    def _sentence_index(self, i: int) -> int | None:
        """The index in ``_sentences`` of the sentence holding token ``i``."""
        return next((k for k, s in enumerate(self._sentences()) if s.start <= i < s.end), None)

    def resolve_title(self, words: list[str], country: str | None, day: str | None = None, at: int | None = None) -> Entity | None:
        """ "the prime minister", "the Russian leader": the one person of the article who holds it. "The veteran
        ruler", "Tunisia's longtime strongman" are the leader too: an epithet describes him, and a ruler's noun stands
        for his title. "The ousted leader" (``former_epithets``) is the article's leader only when the dictionary
        says his rule had ended by ``day``, the story's (ISO): not a new leader, and no one when no day is given. A
        title at token ``at`` refers back: a holder the article named before it wins over one named only after."""
        kept = [w.lower() for w in words if w.lower() not in ("the", "'s")]
        former = False
        if kept and kept[-1] in lexicon.words("ruler_nouns") | {"leader"}:
            former = any(w in lexicon.words("former_epithets") for w in kept[:-1])
            if former and day is None:
                return None
            dropped = lexicon.words("leader_epithets") | lexicon.words("former_epithets")
            kept = [w for w in kept[:-1] if w not in dropped] + ["leader"]
        phrase = " ".join(kept)
        if not phrase:
            return None
        matches = []
        for info in self.people.values():
            title = (info.title or "").lower()
            if (country and info.country != country) or self._left_office(info, day):
                continue
            if phrase == "leader":
                ok = gazetteer.leader_title(title) and (not former or self.gaz.former_leader(info.name, info.country, day or ""))
            else:
                # "the minister" of "Interior Minister", "the secretary" of "Secretary of State", "the oil minister"
                # of "Oil and Finance Minister" (its words, the same head)
                ok = bool(title) and any(t.endswith(phrase) and not _deputy_of(t, phrase) for t in (title, title.split(" of ")[0]))
                ok = ok or (len(phrase.split()) > 1 and _holds_words(title, phrase))
            if ok:
                matches.append(info)
        if not matches:
            return None
        if at is not None:
            named = {m.entity.key for m in self.mentions if m.start < at}
            matches = [p for p in matches if p.key in named] or matches
        best = max(matches, key=lambda p: p.count)
        return best.entity()

    def _left_office(self, info: PersonInfo, day: str | None) -> bool:
        """Whether the dictionary says a person of the article held no office on ``day`` (his own title in the text,
        "former Prime Minister Benazir Bhutto", is then a past one): a title of that day is not his."""
        known = self.gaz.actors.get(info.key) if info.known and day else None
        return known is not None and day is not None and known.out_of_office(day)

    def resolve_group(self, token: Token, country: str | None, definite: bool) -> list[Entity]:
        """ "the two (Russian) officials": the last two people named; "two Russian officials": the next two."""

        def possessor(m: Mention) -> bool:  # "Putin's special envoy": Putin is not one of the group
            return m.end < len(self.doc) and self.doc[m.end].text in ("'s", "’s")

        people = [
            m for m in self.mentions if m.entity.kind == "PERSON" and (country is None or m.entity.country == country) and not possessor(m)
        ]
        if definite:
            pool = [m.entity for m in people if m.end <= token.i]
            seen: dict[str, Entity] = {}
            for e in reversed(pool):
                seen.setdefault(e.key, e)
                if len(seen) == 2:
                    break
            return list(seen.values()) if len(seen) == 2 else []
        sent_end = token.sent.end
        # Only the next two sentences.
        sents = self._sentences()
        idx = self._sentence_index(token.i)
        limit = sents[min(idx + 2, len(sents) - 1)].end if idx is not None else len(self.doc)
        found: dict[str, Entity] = {}
        for m in people:
            if sent_end <= m.start < limit:
                found.setdefault(m.entity.key, m.entity)
        return list(found.values())[:2] if len(found) >= 2 else []
