"""Score a store's events against a ``tidings-gold/1`` file.

A system event matches a gold event when the types and statuses are equal,
every named gold participant is among the system's participants (by canonical
name or a known alias; a gold participant known only by its country needs a
participant of that country), CONSULT participants compared as one set and
other types role by role, and the dates agree at the gold's precision.
Matching is one-to-one (a maximum bipartite matching). Gold events with
``required: false`` neither count as missed nor make their match a false
positive; a second system event matching an already matched gold event is a
false positive: duplicates are errors.

Date accuracy is measured on the pairs that match on everything but the date.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidings import temporal
from tidings.errors import GoldFormatError
from tidings.gazetteer import norm
from tidings.models import EVENT_TYPES, Entity, Event


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class GoldParticipant:
    name: str | None
    country: str | None


@dataclass(frozen=True)
class GoldEvent:
    id: str
    type: str
    status: str
    date: str | None
    actors: tuple[GoldParticipant, ...]
    recipients: tuple[GoldParticipant, ...]
    required: bool
    mode: str | None = None
    location: str | None = None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return f1(p, r)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Report:
    overall: Score
    by_type: dict[str, Score]
    date_accuracy: float
    date_pairs: int
    participant_country_accuracy: float = 0.0
    mode_accuracy: float = 0.0
    mode_pairs: int = 0
    matches: list[tuple[str, str]] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # false positives that repeat an event already matched

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.as_dict(),
            "by_type": {t: s.as_dict() for t, s in sorted(self.by_type.items())},
            "date_accuracy": round(self.date_accuracy, 4),
            "date_pairs": self.date_pairs,
            "participant_country_accuracy": round(self.participant_country_accuracy, 4),
            "mode_accuracy": round(self.mode_accuracy, 4),
            "mode_pairs": self.mode_pairs,
            "matches": [{"gold": g, "event": e} for g, e in self.matches],
            "missed": self.missed,
            "false_positives": self.false_positives,
            "duplicates": self.duplicates,
        }


def load_gold(path: Path) -> tuple[list[GoldEvent], dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"cannot read gold file {path}: {exc}") from exc
    return parse_gold(data, path), data


def parse_gold(data: object, path: Path | str = "<gold>") -> list[GoldEvent]:
    """The events of a ``tidings-gold/1`` document already read (``path`` names it in errors)."""
    if not isinstance(data, dict) or data.get("format") != "tidings-gold/1" or not isinstance(data.get("events"), list):
        raise GoldFormatError(f'{path} is not a tidings-gold/1 file (needs "format": "tidings-gold/1" and "events")')
    out = []
    for i, e in enumerate(data["events"]):
        try:
            if e["type"] not in EVENT_TYPES:
                raise GoldFormatError(f"{path}: event {e.get('id', i)} has unknown type {e['type']!r}")
            out.append(
                GoldEvent(
                    id=str(e.get("id", f"G{i + 1}")),
                    type=e["type"],
                    status=e.get("status", "occurred"),
                    date=e.get("date"),
                    actors=tuple(GoldParticipant(a.get("name"), a.get("country")) for a in e.get("actors", [])),
                    recipients=tuple(GoldParticipant(a.get("name"), a.get("country")) for a in e.get("recipients", [])),
                    required=bool(e.get("required", True)),
                    mode=e.get("mode"),
                    location=e.get("location"),
                )
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise GoldFormatError(f"{path}: event {i} is malformed ({exc})") from exc
    return out


def _names(e: Entity) -> set[str]:
    names = {norm(a) for a in e.aliases}
    if e.name:
        names.add(norm(e.name))
    return {n for n in names if n}


def _found(gold: GoldParticipant, system: Sequence[Entity]) -> bool:
    if gold.name:
        wanted = norm(gold.name)
        return any(wanted in _names(e) for e in system)
    if gold.country:
        return any(e.country == gold.country for e in system)
    return True


def participants_match(g: GoldEvent, e: Event) -> bool:
    if g.type == "CONSULT":
        everyone = list(e.actors) + list(e.recipients)
        return all(_found(p, everyone) for p in g.actors + g.recipients)
    return all(_found(p, e.actors) for p in g.actors) and all(_found(p, e.recipients) for p in g.recipients)


def date_match(g: GoldEvent, e: Event) -> bool:
    if g.date is None:
        return True
    if e.date is None:
        return False
    gold = temporal.point_from_value(g.date)
    system = temporal.point_from_value(e.date)
    if gold is None or system is None:
        return g.date == e.date
    return gold.start <= system.start <= gold.end and (system.granularity == "day" or gold.granularity != "day")


def _matching(golds: Sequence[GoldEvent], events: Sequence[Event], ok: Callable[[GoldEvent, Event], bool]) -> dict[int, int]:
    """Maximum one-to-one matching (gold index -> event index), by augmenting paths."""
    edges = {gi: [ei for ei, e in enumerate(events) if ok(g, e)] for gi, g in enumerate(golds)}
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for ei in edges[gi]:
            if ei in seen:
                continue
            seen.add(ei)
            if ei not in owner or augment(owner[ei], seen):
                owner[ei] = gi
                return True
        return False

    # Required gold first, so that optional gold never takes a required one's event.
    order = sorted(range(len(golds)), key=lambda gi: not golds[gi].required)
    for gi in order:
        augment(gi, set())
    return {gi: ei for ei, gi in owner.items()}


def score(golds: Sequence[GoldEvent], events: Sequence[Event], types: set[str] | None = None) -> Report:
    if types:
        golds = [g for g in golds if g.type in types]
        events = [e for e in events if e.type in types]

    def full(g: GoldEvent, e: Event) -> bool:
        return g.type == e.type and g.status == e.status and participants_match(g, e) and date_match(g, e)

    def no_date(g: GoldEvent, e: Event) -> bool:
        return g.type == e.type and g.status == e.status and participants_match(g, e)

    matched = _matching(golds, events, full)
    overall = Score()
    by_type: dict[str, Score] = {}
    used_events = set(matched.values())
    report = Report(overall, by_type, 0.0, 0)
    for gi, g in enumerate(golds):
        s = by_type.setdefault(g.type, Score())
        if gi in matched:
            if g.required:
                overall.tp += 1
                s.tp += 1
            report.matches.append((g.id, events[matched[gi]].id))
        elif g.required:
            overall.fn += 1
            s.fn += 1
            report.missed.append(g.id)
    matched_golds = [golds[gi] for gi in matched]
    for ei, e in enumerate(events):
        if ei in used_events:
            continue
        s = by_type.setdefault(e.type, Score())
        overall.fp += 1
        s.fp += 1
        report.false_positives.append(e.id)
        if any(full(g, e) for g in matched_golds):
            report.duplicates.append(e.id)
    # Date accuracy: full matches, plus the pairs that match on everything but the date
    # among the gold and events left over.
    rest_gold = [gi for gi in range(len(golds)) if gi not in matched]
    rest_events = [ei for ei in range(len(events)) if ei not in used_events]
    loose = _matching([golds[gi] for gi in rest_gold], [events[ei] for ei in rest_events], no_date)
    report.date_pairs = len(matched) + len(loose)
    checked = right = 0
    for gi, ei in matched.items():
        everyone = [*events[ei].actors, *events[ei].recipients]
        for p in golds[gi].actors + golds[gi].recipients:
            if p.name and p.country:
                hit = next((e for e in everyone if norm(p.name) in _names(e)), None)
                checked += 1
                right += hit is not None and hit.country == p.country
    report.participant_country_accuracy = right / checked if checked else 0.0
    moded = [(golds[gi], events[ei]) for gi, ei in matched.items() if golds[gi].mode]
    report.mode_pairs = len(moded)
    report.mode_accuracy = sum(g.mode == e.mode for g, e in moded) / len(moded) if moded else 0.0
    report.date_accuracy = len(matched) / report.date_pairs if report.date_pairs else 0.0
    return report


def documents_manifest(gold_path: Path, data: dict[str, Any]) -> Path | None:
    """The manifest a gold file names in ``documents``: a JSONL of ``{"path", ...}`` lines (a JSONL of
    articles, as the shared real-news gold names, is the corpus itself and not a manifest)."""
    if not data.get("documents"):
        return None
    candidate = (gold_path.parent / str(data["documents"])).resolve()
    try:
        with candidate.open(encoding="utf-8") as fh:
            first = next((line for line in fh if line.strip()), "")
        return candidate if "path" in json.loads(first) else None
    except (OSError, ValueError, TypeError):
        return None


def evaluate(corpus: Sequence[str], gold_path: Path, manifest: Path | None, types: set[str] | None = None) -> tuple[Report, list[Event]]:
    """Ingest ``corpus`` into a temporary store and score it against the gold file."""
    from tidings.pipeline import ingest_paths
    from tidings.store import Store

    golds, data = load_gold(gold_path)
    if manifest is None:
        manifest = documents_manifest(gold_path, data)
    with tempfile.TemporaryDirectory(prefix="tidings-eval-") as tmp:
        store = Store(Path(tmp) / "eval.db")
        try:
            ingest_paths(corpus, store, manifest=manifest, exclude={gold_path.resolve(), *(p.resolve() for p in [manifest] if p)})
            events = store.events()
        finally:
            store.close()
    return score(golds, events, types), events


@dataclass
class EntityReport:
    """Entity mentions against a ``tidings-entities/1`` gold file (distinct surface forms per document)."""

    gold: int = 0
    system: int = 0
    matched: int = 0
    canonical_ok: int = 0
    country_ok: int = 0
    sector_ok: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # (doc, surface, gold, system)
    missed: list[tuple[str, str]] = field(default_factory=list)
    spurious: list[tuple[str, str]] = field(default_factory=list)

    @property
    def mention_f1(self) -> float:
        p = self.matched / self.system if self.system else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return f1(p, r)

    @property
    def canonical_accuracy(self) -> float:
        return self.canonical_ok / self.matched if self.matched else 0.0

    @property
    def country_accuracy(self) -> float:
        return self.country_ok / self.matched if self.matched else 0.0

    @property
    def sector_accuracy(self) -> float:
        return self.sector_ok / self.matched if self.matched else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "system": self.system,
            "matched": self.matched,
            "mention_f1": round(self.mention_f1, 4),
            "canonical_accuracy": round(self.canonical_accuracy, 4),
            "country_accuracy": round(self.country_accuracy, 4),
            "sector_accuracy": round(self.sector_accuracy, 4),
        }


def score_entities(gold_path: Path, corpus: Sequence[str], manifest: Path | None = None) -> EntityReport:
    """Run clean, nlp and actors over ``corpus`` and score entity mentions against the gold file."""
    from tidings.pipeline import actor_mentions

    try:
        data = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"cannot read entity gold {gold_path}: {exc}") from exc
    if data.get("format") != "tidings-entities/1" or not isinstance(data.get("entities"), dict):
        raise GoldFormatError(f"{gold_path} is not a tidings-entities/1 file")
    if manifest is None:
        manifest = documents_manifest(gold_path, data)
    report = EntityReport()
    for article, doc, actors in actor_mentions(corpus, manifest, exclude=[gold_path]):
        doc_id = article.doc_id or Path(article.source).stem
        if doc_id not in data["entities"]:
            continue
        gold: dict[str, dict[str, Any]] = {}
        for entity in data["entities"][doc_id]:
            for surface in entity["mentions"]:
                gold[norm(surface)] = entity
        system: dict[str, Entity] = {}
        for m in actors.mentions:
            if m.is_title_part and m.entity.kind == "COUNTRY":
                continue  # demonyms inside titles and capitals as places are not entity mentions
            if m.entity.key.startswith("group:"):
                continue  # groups named by a common noun ("Libyan rebels") are not in the entity gold
            system.setdefault(norm(doc[m.start : m.end].text), m.entity)
        report.gold += len(gold)
        report.system += len(system)
        used: set[str] = set()
        for surface, g in gold.items():
            hit = surface if surface in system else _containing(surface, system, used)
            s = system.get(hit) if hit else None
            if hit:
                used.add(hit)
            if s is None:
                report.missed.append((doc_id, surface))
                continue
            report.matched += 1
            if g["kind"] == "COUNTRY":
                canonical = s.kind == "COUNTRY" and s.country == g["country"]
            else:
                canonical = bool(s.name) and norm(s.name or "") == norm(g["name"])
            report.canonical_ok += canonical
            report.country_ok += s.country == g["country"]
            report.sector_ok += s.sector == g.get("sector")
            if not canonical or s.country != g["country"]:
                report.errors.append((doc_id, surface, f"{g['name']}/{g['country']}", f"{s.name}/{s.country}"))
        report.spurious.extend((doc_id, surface) for surface in system if surface not in gold and surface not in used)
    return report


def _containing(surface: str, system: dict[str, Entity], used: set[str]) -> str | None:
    """A system surface that contains the gold one as whole words, or is contained in it."""
    padded = f" {surface} "
    for candidate in system:
        if candidate in used:
            continue
        if f" {candidate} " in padded or padded in f" {candidate} ":
            return candidate
    return None
