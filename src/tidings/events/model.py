"""The trained part of event extraction: linear models over sparse features of the parse.

- The trigger model: is this word an event of some PLOVER type, and which?
  Features of a candidate word: the word and its lemma, its part of speech and
  dependency, its head, its children (objects, particles, prepositions and what
  they govern, negation, modals, subordinating marks), its neighbours, the
  trigger tables' opinion (``rule=TYPE``: the rules are features the model
  weighs, so that users who extend the tables still steer it), and a few
  features of its sentence (length, capitals, quotes, page furniture).
- The status model: did the event happen, or is it planned, cancelled,
  denied, hypothetical? Features at the trigger: the rules' status, the
  clause's tense, modals, negation, subordinating marks, the verbs above it.
- The report model: how likely is the mention the rules drew (type, status,
  participants, date) an event a reader codes as drawn, rather than a
  reference, an aside or a wrong reading? Its probability is the mention's
  confidence (``--min-confidence`` keeps the likelier ones). Features of the
  finished mention: its type and trigger, its status, who its participants are
  (kind, sector, named or only a country, found in the sentence or resolved
  from before), how the sentence refers to them (a name, a pronoun, other
  words), where its date came from, how fine it is and how far it lies from
  the publication, quotes; and where it stands among its article's mentions
  (told again or once, the first telling or not), drawn once the article is read.
- The argument model: is this person, body, group or country of the sentence
  an actor of the event, a recipient, or neither? Features of the pair: the
  dependency path from the trigger to the entity, the preposition that
  governs it, its kind and sector, the event type, whether the dependency
  rules gave it a role (``rule=actor``), its position.

Both are multinomial logistic regressions; features are hashed (CRC-32,
``HASH_BITS`` bits); the weights ship in ``data/models/*.npz`` (only the rows
training touched) with their classes and decision threshold, trained by
``make train`` (``training/train.py``) from the team's annotations of real news.
"""

from __future__ import annotations

import json
import logging
import zlib
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np

from tidings import lexicon

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from spacy.tokens import Span, Token

    from tidings.models import Entity, EventMention

log = logging.getLogger(__name__)

HASH_BITS = 20
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ", "PROPN"})
MODALS = frozenset({"will", "would", "could", "might", "may", "should", "must", "can", "shall", "'ll", "wo"})
MODEL_FILE = "models/triggers.npz"
ARGUMENT_FILE = "models/arguments.npz"
ROLES = ("none", "actor", "recipient")
STATUS_FILE = "models/statuses.npz"
STATUSES = ("occurred", "planned", "cancelled", "denied", "hypothetical")
REPORT_FILE = "models/reports.npz"
REPORTS = ("drop", "keep")
REPORTING_VERBS = frozenset(("say", "tell", "add", "state", "announce", "report", "claim", "write", "tweet", "quote"))


def is_candidate(tok: Token) -> bool:
    """Words that may report an event: verbs, nouns, adjectives ("outraged"), proper nouns tagged wrongly."""
    return tok.pos_ in CANDIDATE_POS and tok.is_alpha and len(tok.text) > 1


def sentence_features(sent: Span) -> list[str]:
    """What the sentence around a word looks like: its length, its capitals, quotes, page furniture."""
    words = [t for t in sent if not t.is_space]
    n = len(words)
    out = [f"slen={min(n // 10, 6)}", f"caps={int(5 * sum(t.is_title for t in words) / max(n, 1))}"]
    text = sent.text.lower()
    if "full article" in text or "comments" in text or "click" in text:
        out.append("furniture")
    if '"' in sent.text or "“" in sent.text:
        out.append("quoted")
    if sent.start == 0:
        out.append("first")
    return out


def token_features(tok: Token, rule_types: Iterable[str], sentence: list[str]) -> list[str]:
    """The features of one candidate word (``rule_types``: the types the trigger tables give it)."""
    doc = tok.doc
    lem, low = tok.lemma_.lower(), tok.lower_
    head = tok.head
    hl = head.lemma_.lower()
    f = [
        f"l={lem}", f"w={low}", f"p={tok.pos_}", f"t={tok.tag_}", f"d={tok.dep_}", f"lp={lem}|{tok.pos_}",
        f"ld={lem}|{tok.dep_}", f"hl={hl}", f"hd={tok.dep_}|{hl}", f"lhl={lem}|{hl}",
    ]  # fmt: skip
    for c in tok.children:
        cl = c.lemma_.lower()
        f += (f"c={c.dep_}|{cl}", f"lc={lem}|{c.dep_}|{cl}")
        if c.dep_ in ("prep", "agent", "dative"):
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    f += (f"lpp={lem}|{cl}|{g.lemma_.lower()}", f"pe={cl}|{g.ent_type_ or g.pos_}")
        elif c.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "compound", "amod"):
            f.append(f"ce={c.dep_}|{c.ent_type_ or c.pos_}")
        elif c.dep_ == "neg":
            f.append("neg")
        elif c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS:
            f.append(f"modal={c.lower_}")
        elif c.dep_ == "mark":
            f.append(f"mark={c.lower_}")
    for k in (-2, -1, 1, 2):
        j = tok.i + k
        if 0 <= j < len(doc):
            f.append(f"n{k}={doc[j].lemma_.lower()}")
    f.append(f"bg={doc[tok.i - 1].lemma_.lower() if tok.i else '^'}|{lem}")
    if tok.i + 1 < len(doc):
        f.append(f"ag={lem}|{doc[tok.i + 1].lower_}")
    f += (f"rule={t}" for t in rule_types)
    f += sentence
    return f


def hashed(features: Iterable[str]) -> np.ndarray:
    mask = (1 << HASH_BITS) - 1
    return np.fromiter(sorted({zlib.crc32(x.encode("utf-8")) & mask for x in features}), dtype=np.int64)


def argument_features(trigger: Token, head: Token, kind: str, sector: str | None, typ: str, rule_role: str) -> list[str]:
    """The features of one (trigger, candidate participant) pair; ``head`` is the token heading the mention."""
    path = dep_path(trigger, head)
    prep = head.head.lower_ if head.dep_ == "pobj" else "-"
    side = "before" if head.i < trigger.i else "after"
    gap = min(abs(head.i - trigger.i) // 3, 6)
    f = [
        f"t={typ}", f"k={kind}", f"sec={sector or '-'}", f"rule={rule_role}", f"t|rule={typ}|{rule_role}",
        f"path={path}", f"t|path={typ}|{path}", f"plen={min(path.count(' ') + 1, 6)}", f"prep={prep}", f"t|prep={typ}|{prep}",
        f"dep={head.dep_}", f"t|dep={typ}|{head.dep_}", f"side={side}", f"t|side={typ}|{side}", f"gap={gap}",
        f"tl|path={trigger.lemma_.lower()}|{path}", f"k|path={kind}|{path}", f"t|k={typ}|{kind}",
    ]  # fmt: skip
    if head.lower_ in ("he", "she", "they", "it", "we", "his", "her", "their", "its", "our", "him", "them", "us"):
        f.append("pronoun")
    return f


def status_features(tok: Token, rule_status: str, tense: str | None, after_publication: bool) -> list[str]:
    """The features of an event's status at its trigger: the rules' status, the clause's tense, modals, negation,
    marks ("if", "whether"), the verbs that govern it ("denied", "cancelled", "plans to", "offered to")."""
    f = [
        f"rule={rule_status}",
        f"tense={tense}",
        f"after={after_publication}",
        f"l={tok.lemma_.lower()}",
        f"d={tok.dep_}",
        f"tag={tok.tag_}",
    ]
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod"):
            f.append(f"c={c.dep_}|{c.lower_}")
    cur = tok
    for depth in range(3):
        if cur.head.i == cur.i:
            break
        f.append(f"up{depth}={cur.dep_}|{cur.head.lemma_.lower()}")
        for c in cur.head.children:
            if c.dep_ in ("aux", "neg", "mark") and c.i != cur.i:
                f.append(f"upc{depth}={c.dep_}|{c.lower_}")
        cur = cur.head
    return f


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    """The index of the first edge ``n`` does not exceed (``len(edges)`` past the last)."""
    return next((k for k, edge in enumerate(edges) if n <= edge), len(edges))


def _who(prefix: str, entities: Sequence[Entity], sent: Span) -> list[str]:
    """What a side's participants are: none, their kinds and sectors, named or only a country, said in the sentence."""
    if not entities:
        return [f"{prefix}=none"]
    text = sent.text.lower()
    out = [f"{prefix}n={min(len(entities), 3)}"]
    for e in entities:
        named = "named" if e.name else "country"
        said = any(n and n.lower() in text for n in (e.name, *e.aliases))
        out += (f"{prefix}k={e.kind}|{named}", f"{prefix}s={e.sector or '-'}", f"{prefix}said={said}", f"{prefix}c={e.country is not None}")
    return out


def report_features(
    tok: Token,
    typ: str,
    status: str,
    verbal: bool,
    actors: Sequence[Entity],
    recipients: Sequence[Entity],
    dated_by: str,
    days_before: int | None,
    sent: Span,
) -> list[str]:
    """The features of a finished mention (``days_before``: from its date's start to the publication). The
    sentence's place in the article is left out: in the training articles the first "sentence" is a headline
    glued to the lede, in a clean brief it is the lede."""
    lem = tok.lemma_.lower()
    head = tok.head
    f = [
        f"t={typ}", f"tl={typ}|{lem}", f"l={lem}", f"verbal={verbal}", f"st={status}", f"t|st={typ}|{status}",
        f"d={tok.dep_}", f"tag={tok.tag_}", f"hl={head.lemma_.lower()}", f"hd={tok.dep_}|{head.lemma_.lower()}",
        f"by={dated_by}", f"t|by={typ}|{dated_by}",
    ]  # fmt: skip
    ago = _bucket(days_before, (-1, 0, 1, 3, 7, 31, 365)) if days_before is not None else None
    if ago is not None:
        f.append(f"ago={ago}")
    if head.lemma_.lower() in REPORTING_VERBS and tok.dep_ in ("ccomp", "xcomp"):
        f.append("reported")
    quotes = sum(1 for t in sent if t.i < tok.i and t.text in ('"', "“", "”"))
    if quotes % 2:
        f.append("in_quote")
    f += _who("a", actors, sent)
    f += _who("r", recipients, sent)
    f += _setting(tok, lem, typ, status, dated_by, ago, actors, recipients, sent)
    if actors and recipients and {a.country for a in actors} & {r.country for r in recipients} - {None}:
        f.append("same_country")
    f += (x for x in sentence_features(sent) if x != "first")
    return f


PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "him", "them", "us"))


def reference(words: Span | None, entity: Entity) -> str:
    """How a sentence refers to a participant: ``name`` ("Mubarak", "NATO"), ``pron`` ("he", "they"), ``words`` (a
    title, a group or a demonym: "the president", "protesters", "Syrian"), ``away`` (``words`` is None: not in the
    sentence, resolved from before, inferred). A participant met only through a pronoun or from outside the sentence
    is resolved less surely than one named, and a wrong participant makes a wrong mention."""
    if words is None:
        return "away"
    if words[0].lower_ in PRONOUNS or words.root.pos_ == "PRON":
        return "pron"
    text = words.text.lower()
    surname = entity.name.split()[-1] if entity.name else None
    return "name" if any(n and n.lower() in text for n in (surname, *entity.aliases)) else "words"


def reading_features(
    typ: str,
    references: Sequence[tuple[str, str, str]],
    mode: str | None,
    located: bool,
    anaphoric: bool,
    stance: bool,
    refusal: bool,
    dated_by: str,
    granularity: str | None,
    cued: bool,
) -> list[str]:
    """How the rules read the mention: how the sentence refers to each participant (``references``: side, ``reference``,
    kind), the mode and place they found, whether the trigger refers back ("the talks"), and how fine its date is
    and whether a time expression gave it (out-of-fold on the training split's 2,935 mentions, with ``article_features``: Brier
    score 0.2060 -> 0.1979, log loss 0.598 -> 0.579)."""
    out = [f"mode={mode}", f"loc={located}", f"anaph={anaphoric}", f"stance={stance}", f"refusal={refusal}"]
    out += (f"gran={granularity}", f"by|gran={dated_by}|{granularity}", f"cue={cued}")
    for side, how, kind in references:
        out += (f"{side}src={how}", f"{side}src|k={how}|{kind}", f"t|{side}src={typ}|{how}")
    return out


def article_features(mention: EventMention, mentions: Sequence[EventMention]) -> list[str]:
    """Where the mention stands among its article's mentions (``mentions``, itself among them): how many others of
    its type share a participant with it and whether it is the first of them, how many others its sentence has,
    how many the article has. A story's news is told again and again (in the headline, the lede, the body), an
    aside once; a sentence that the rules read as many events is more often a list or a misreading."""
    keys = {e.key for e in mention.participants}
    others = [m for m in mentions if m is not mention]
    told = [m for m in others if m.type == mention.type and keys & {e.key for e in m.participants}]
    beside = sum(1 for m in others if m.source.start == mention.source.start)
    first = not any(m.source.start < mention.source.start for m in told)
    return [
        f"nshare={_bucket(len(told), (0, 1, 2, 4))}", f"t|nshare={mention.type}|{_bucket(len(told), (0, 1, 3))}",
        f"nsent={_bucket(beside, (0, 1, 2, 4))}", f"first_of={first}", f"nart={_bucket(len(mentions), (1, 3, 6, 12, 25, 50))}",
    ]  # fmt: skip


def _setting(
    tok: Token,
    lem: str,
    typ: str,
    status: str,
    dated_by: str,
    ago: int | None,
    actors: Sequence[Entity],
    recipients: Sequence[Entity],
    sent: Span,
) -> list[str]:
    """The report model's crossed features: the words next to the event word, the kinds of its participants and
    whether they are named, each with the event's type, and how it is dated with its status and type (out-of-fold
    on the training split's 2,650 mentions: Brier score 0.2065 -> 0.1977, ranking AUC 0.731 -> 0.756)."""
    out = [
        f"w{k:+d}={tok.doc[tok.i + k].lemma_.lower()}"
        for k in (-3, -2, -1, 1, 2, 3)
        if sent.start <= tok.i + k < sent.end and not tok.doc[tok.i + k].is_punct
    ]
    kinds = ["|".join(sorted({e.kind for e in side})) or "none" for side in (actors, recipients)]
    out += (f"t|ak={typ}|{kinds[0]}", f"t|rk={typ}|{kinds[1]}", f"t|ak|rk={typ}|{kinds[0]}|{kinds[1]}")
    out += (f"tag|t={tok.tag_}|{typ}", f"by|st={dated_by}|{status}")
    if ago is not None:
        out.append(f"ago|t={ago}|{typ}")
    out.append(f"l|an|rn={lem}|{any(e.name for e in actors)}|{any(e.name for e in recipients)}")
    return out


def dep_path(a: Token, b: Token, limit: int = 5) -> str:
    """The dependency path from ``a`` to ``b``: the labels up to their lowest common ancestor, then down ("nsubj^ dobj")."""
    up: list[Token] = [a]
    while up[-1].head.i != up[-1].i and len(up) < 12:
        up.append(up[-1].head)
    ups = {t.i: n for n, t in enumerate(up)}
    down: list[str] = []
    cur = b
    for _ in range(12):
        if cur.i in ups:
            steps = [f"{t.dep_}^" for t in up[: ups[cur.i]]] + list(reversed(down))
            return " ".join(steps[:limit]) if steps else "self"
        down.append(cur.dep_)
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return "far"


@dataclass(frozen=True)
class LinearModel:
    """Class scores from hashed features; ``classes[0]`` is the "nothing" class (``NONE``, ``none``)."""

    classes: tuple[str, ...]
    rows: np.ndarray  # sorted hash values that have weights
    weights: np.ndarray  # len(rows) x len(classes)
    bias: np.ndarray
    threshold: float

    def proba(self, features: Iterable[str]) -> np.ndarray:
        return self.proba_hashed(hashed(features))

    def proba_hashed(self, keys: np.ndarray) -> np.ndarray:
        """Class probabilities for hashed features (``hashed``)."""
        at = np.searchsorted(self.rows, keys)
        at = at[(at < len(self.rows)) & (self.rows[np.minimum(at, len(self.rows) - 1)] == keys)]
        z = self.weights[at].sum(axis=0, dtype=np.float32) + self.bias
        z = np.exp(z - z.max())
        return np.asarray(z / z.sum())

    def best(self, features: Iterable[str]) -> tuple[str, float]:
        """The most likely event type and its probability (``NONE`` when no type reaches the threshold)."""
        p = self.proba(features)
        k = int(np.argmax(p[1:])) + 1
        return (self.classes[k], float(p[k])) if p[k] >= self.threshold else ("NONE", float(p[0]))

    def save(self, path: str, meta: dict[str, object]) -> None:
        """The model as a compressed ``.npz``: hash rows as int32, weights quantised to int8 with one scale."""
        scale = float(np.abs(self.weights).max()) or 1.0
        np.savez_compressed(
            path,
            rows=self.rows.astype(np.int32),
            weights=np.round(self.weights / scale * 127).astype(np.int8),
            bias=self.bias,
            meta=np.array(
                json.dumps({"classes": list(self.classes), "threshold": self.threshold, "hash_bits": HASH_BITS, "scale": scale, **meta})
            ),
        )


TriggerModel = LinearModel


def from_file(source: Callable[[], object] | str) -> LinearModel:
    with np.load(source if isinstance(source, str) else source()) as data:  # type: ignore[arg-type]
        meta = json.loads(str(data["meta"]))
        if meta["hash_bits"] != HASH_BITS:
            raise ValueError(f"the trigger model was trained with {meta['hash_bits']} hash bits, this code uses {HASH_BITS}")
        weights = data["weights"].astype(np.float32) * (float(meta.get("scale", 127.0)) / 127.0)
        return LinearModel(
            tuple(meta["classes"]), data["rows"].astype(np.int64), weights, data["bias"].astype(np.float32), meta["threshold"]
        )


@dataclass(frozen=True)
class Models:
    """The trained models the extractor uses (any may be missing: the rules alone then decide its part)."""

    triggers: LinearModel | None = None
    arguments: LinearModel | None = None
    statuses: LinearModel | None = None
    reports: LinearModel | None = None


def _packaged(name: str) -> LinearModel | None:
    packaged = resources.files("tidings.data").joinpath(name)
    if not packaged.is_file():
        log.debug("no trained model at data/%s: the rules alone decide its part", name)
        return None
    with packaged.open("rb") as fh:
        return from_file(lambda: fh)


@lexicon.cached
def load() -> Models:
    """The shipped models (loaded once per process)."""
    return Models(_packaged(MODEL_FILE), _packaged(ARGUMENT_FILE), _packaged(STATUS_FILE), _packaged(REPORT_FILE))
