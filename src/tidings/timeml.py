"""TimeML documents and the TempEval-3 scores of time-expression tagging.

``read`` turns a ``.tml`` file into its plain text, its document creation time
(DCT) and its gold TIMEX3 spans; ``part`` gives a corpus's fixed development
and held-back parts; ``score`` compares ``temporal.tag`` output with them as
TempEval-3 does (UzZaman et al., SemEval-2013):

- strict extraction: the same character span (whitespace aside);
- relaxed extraction: overlapping spans;
- value accuracy: the share of relaxed matches whose value is the gold value
  (and the type too, for ``type_accuracy``);
- value F1: relaxed precision and recall counted only for matches with the
  right value, which is value accuracy times relaxed F1.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tidings import temporal
from tidings.errors import InputError
from tidings.evaluate import f1
from tidings.models import Timex


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None


@dataclass(frozen=True)
class TimeMLDoc:
    name: str
    dct: str
    text: str
    timexes: tuple[GoldTimex, ...]


@dataclass
class TimexScore:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    value_ok: int = 0
    type_ok: int = 0
    pairs: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # (doc, text, gold value, system value)
    missed: list[tuple[str, str]] = field(default_factory=list)
    spurious: list[tuple[str, str]] = field(default_factory=list)

    @property
    def strict_f1(self) -> float:
        p = self.strict / self.system if self.system else 0.0
        r = self.strict / self.gold if self.gold else 0.0
        return f1(p, r)

    @property
    def relaxed_precision(self) -> float:
        return self.relaxed_system / self.system if self.system else 0.0

    @property
    def relaxed_recall(self) -> float:
        return self.relaxed_gold / self.gold if self.gold else 0.0

    @property
    def relaxed_f1(self) -> float:
        return f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.pairs if self.pairs else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.pairs if self.pairs else 0.0

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "system": self.system,
            "strict_f1": round(self.strict_f1, 4),
            "relaxed_precision": round(self.relaxed_precision, 4),
            "relaxed_recall": round(self.relaxed_recall, 4),
            "relaxed_f1": round(self.relaxed_f1, 4),
            "value_accuracy": round(self.value_accuracy, 4),
            "type_accuracy": round(self.type_accuracy, 4),
            "value_f1": round(self.value_f1, 4),
        }


def read(path: Path) -> TimeMLDoc:
    """A TimeML file's text (inside TEXT), its DCT and its TIMEX3 annotations."""
    try:
        # Evaluation corpora the user points at; expat does not fetch external entities.
        root = ET.fromstring(path.read_text(encoding="utf-8"))  # noqa: S314
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"cannot read TimeML file {path}: {exc}") from exc
    dct_el = root.find("DCT/TIMEX3")
    text_el = root.find("TEXT")
    if dct_el is None or text_el is None:
        raise InputError(f"{path}: a TimeML document needs <DCT><TIMEX3 value=...> and <TEXT>")
    pieces: list[str] = []
    gold: list[GoldTimex] = []

    def walk(el: ET.Element) -> None:
        if el.text:
            pieces.append(el.text)
        for child in el:
            start = sum(len(p) for p in pieces)
            walk(child)
            if child.tag == "TIMEX3":
                end = sum(len(p) for p in pieces)
                text = "".join(pieces)[start:end]
                gold.append(GoldTimex(start, end, text, child.get("type", "DATE"), child.get("value", ""), child.get("mod")))
            if child.tail:
                pieces.append(child.tail)

    walk(text_el)
    return TimeMLDoc(path.stem, dct_el.get("value", ""), "".join(pieces), tuple(gold))


def read_folder(folder: Path) -> list[TimeMLDoc]:
    """The ``.tml`` files of a folder, in the order of their file names."""
    files = sorted(folder.glob("*.tml"), key=lambda p: p.name)
    if not files:
        raise InputError(f"no .tml files in {folder}")
    return [read(p) for p in files]


PARTS = ("development", "held-back", "whole")


def part(docs: Sequence[TimeMLDoc], name: str) -> list[TimeMLDoc]:
    """A fixed part of a corpus read by ``read_folder``: every fifth document by file name (index 4, 9, 14, ...)
    is ``held-back`` (only ever scored, its errors never read), the others are ``development``; ``whole`` is all."""
    if name not in PARTS:
        raise InputError(f"unknown part {name!r}: one of {', '.join(PARTS)}")
    if name == "whole":
        return list(docs)
    return [d for i, d in enumerate(docs) if (i % 5 == 4) == (name == "held-back")]


def _norm_value(value: str | None) -> str:
    return (value or "").strip().upper()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def score(docs: Sequence[TimeMLDoc], tagger: Callable[[str, str], Iterable[Timex]] | None = None) -> TimexScore:
    """TempEval-3 extraction and normalisation scores of ``tagger`` (default ``temporal.tag``) on ``docs``."""
    tag = tagger or (lambda text, dct: temporal.tag(text, dct))
    total = TimexScore()
    for doc in docs:
        system = list(tag(doc.text, doc.dct))
        total.gold += len(doc.timexes)
        total.system += len(system)
        gold_spans = [_trim(doc.text, g.start, g.end) for g in doc.timexes]
        sys_spans = [_trim(doc.text, s.start, s.end) for s in system]
        used: set[int] = set()
        for g, (gs, ge) in zip(doc.timexes, gold_spans, strict=True):
            best = None
            for si, (ss, se) in enumerate(sys_spans):
                if si in used or ss >= ge or gs >= se:
                    continue
                best = si
                break
            if best is None:
                total.missed.append((doc.name, g.text))
                continue
            used.add(best)
            s = system[best]
            total.pairs += 1
            total.relaxed_gold += 1
            if sys_spans[best] == (gs, ge):
                total.strict += 1
            if _norm_value(s.value) == _norm_value(g.value):
                total.value_ok += 1
            else:
                total.errors.append((doc.name, f"{g.text} | {s.text}", g.value, s.value or ""))
            if s.type == g.type:
                total.type_ok += 1
        total.relaxed_system += len(used)
        for si, s in enumerate(system):
            if si not in used:
                total.spurious.append((doc.name, s.text))
    return total
