"""The trained part of event extraction: is this word an event of some PLOVER type, and which?

A linear model (multinomial logistic regression) over sparse features of a
candidate word in its parse: the word and its lemma, its part of speech and
dependency, its head, its children (objects, particles, prepositions and what
they govern, negation, modals, subordinating marks), its neighbours, the
trigger tables' opinion (``rule=TYPE``: the rules are features the model
weighs, so that users who extend the tables still steer it), and a few
features of its sentence (length, capitals, quotes, page furniture).

Features are hashed (CRC-32, ``HASH_BITS`` bits); the weights ship in
``data/models/triggers.npz`` (only the rows training touched) with the
classes and the decision threshold, and are trained by ``make train``
(``training/train.py``) from the team's annotations of real news.
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
    from collections.abc import Callable, Iterable

    from spacy.tokens import Span, Token

log = logging.getLogger(__name__)

HASH_BITS = 20
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ", "PROPN"})
MODALS = frozenset({"will", "would", "could", "might", "may", "should", "must", "can", "shall", "'ll", "wo"})
MODEL_FILE = "models/triggers.npz"


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


@dataclass(frozen=True)
class TriggerModel:
    """Class scores of candidate words; ``classes[0]`` is ``NONE``."""

    classes: tuple[str, ...]
    rows: np.ndarray  # sorted hash values that have weights
    weights: np.ndarray  # len(rows) x len(classes)
    bias: np.ndarray
    threshold: float

    def proba(self, features: Iterable[str]) -> np.ndarray:
        keys = hashed(features)
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
        np.savez_compressed(
            path,
            rows=self.rows,
            weights=self.weights.astype(np.float16),
            bias=self.bias,
            meta=np.array(json.dumps({"classes": list(self.classes), "threshold": self.threshold, "hash_bits": HASH_BITS, **meta})),
        )


def from_file(source: Callable[[], object] | str) -> TriggerModel:
    with np.load(source if isinstance(source, str) else source()) as data:  # type: ignore[arg-type]
        meta = json.loads(str(data["meta"]))
        if meta["hash_bits"] != HASH_BITS:
            raise ValueError(f"the trigger model was trained with {meta['hash_bits']} hash bits, this code uses {HASH_BITS}")
        return TriggerModel(
            tuple(meta["classes"]), data["rows"], data["weights"].astype(np.float32), data["bias"].astype(np.float32), meta["threshold"]
        )


@lexicon.cached
def load() -> TriggerModel | None:
    """The shipped trigger model (loaded once per process), or None when the package has none."""
    packaged = resources.files("tidings.data").joinpath(MODEL_FILE)
    if not packaged.is_file():
        log.warning("no trained trigger model at data/%s: run 'make train'; the trigger tables alone are used", MODEL_FILE)
        return None
    with packaged.open("rb") as fh:
        return from_file(lambda: fh)
