"""Development scores end to end, by cross-validation over the training split (the test split is never read).

    python training/dev.py [--folds 4] [--no-model] [--half look|check] [--show missed|fp|dups|merges|dates|finer|all] [--types T,T]

For each fold, a trigger model is trained on the other folds' articles, the
fold's articles go through the pipeline's ``analyse`` and the linker into an
in-memory store, and their events are scored against the fold's gold with the
project's scorer. The summed counts give precision, recall and F1 for the
training split as a system that never saw those articles would score them.
Every change to rules, features or the linker is judged here first.

The scorer charges a merge only when two gold events fold into one that then matches neither, so the linker's
two ways of going wrong are counted apart: "duplicates" (under-merging: a second system event that matches a
gold event already matched) and "over-merged" (a system event whose source sentences report two or more
different gold events of its type, and no one gold event reported in all of them; ``--show merges`` lists them).

The scorer takes a system day inside the gold's month as a match, so the summary also counts, among matched
events, the exact dates (the system's date equal to the gold's, at the gold's precision) and apart those finer
than the gold's (a day for a month, or any date where the gold has none) or coarser; ``--show finer`` lists the
finer ones with their sentence and where each mention's date came from.

``--show dups`` lists each duplicate with the gold events it repeats and the system events that took them (the
pair the linker kept apart). ``--show dates`` lists the false positives that match a gold event of their sentences
on everything but the date: publication, gold and system dates, the sentence, and where each mention's date came
from (its own clause's or its sentence's time expression, the narrative anchor, the publication); the summary line
counts them by that source and by how the dates differ.

Parses are cached in ``training/.cache`` (keyed by the articles' texts, the code of the spaCy components and
the data files they read).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import pickle
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import train

from tidings import actors as actors_module
from tidings import corpora, gazetteer, groups, lexicon, names
from tidings import nlp as nlp_module
from tidings.evaluate import GoldEvent, Report, Score, date_match, parse_gold, participants_match, score
from tidings.events.model import LinearModel, Models
from tidings.models import Article
from tidings.pipeline import _write, analyse, language
from tidings.store import Store

CACHE = Path(__file__).resolve().parent / ".cache"
SHOW_PARTICIPANTS = False


def cached_docs(split: str) -> list[tuple[Article, Any]]:
    from spacy.tokens import DocBin

    source = corpora.annotated_articles(split)
    # The parse depends on the texts as the clean stage leaves them (clean/*.py), on the spaCy components tidings
    # adds (actors.py, nlp.py), on the modules those components call while parsing (gazetteer, groups, lexicon,
    # names) and on the data files they read (the gazetteer's bodies, people, places, groups, and word lists such
    # as the corporate words that make a name a company).
    modules = (actors_module, nlp_module, gazetteer, groups, lexicon, names)
    sources = [Path(m.__file__ or "") for m in modules]
    package = Path(actors_module.__file__ or "").parent
    sources += sorted((package / "clean").glob("*.py"))
    sources += sorted((package / "data").glob("*.tsv")) + sorted((package / "data" / "words").glob("*.tsv"))
    code = "".join(p.read_text(encoding="utf-8") for p in sources)
    key = hashlib.sha256(("".join(a.id + a.text for a in source) + code).encode()).hexdigest()[:12]
    path = CACHE / f"{split}-{key}"
    nlp = language()
    if (path / "docs.spacy").exists():
        articles = pickle.loads((path / "articles.pkl").read_bytes())  # noqa: S301 (our own cache)
        docs = list(DocBin().from_disk(path / "docs.spacy").get_docs(nlp.vocab))
        return list(zip(articles, docs, strict=True))
    pairs = train.parsed(split)
    path.mkdir(parents=True, exist_ok=True)
    db = DocBin(store_user_data=True)
    for _a, d in pairs:
        db.add(d)
    db.to_disk(path / "docs.spacy")
    (path / "articles.pkl").write_bytes(pickle.dumps([a for a, _d in pairs]))
    return pairs


def fold_gold(golds: list[GoldEvent], raw: list[dict[str, Any]], docs: set[str]) -> list[GoldEvent]:
    """The gold events with a mention in the fold's articles, as those articles support them.

    A record that ``same_as`` links joined with another batch's record (``corpora.join_same_as``) keeps the fuller
    record's date and sides. A fold that holds none of the fuller record's own articles can only find what its own
    articles say, so there the records folded into it (``variants``) are scored as their batches made them.
    """
    by_id = {g.id: g for g in golds}
    out: list[GoldEvent] = []
    for e in raw:
        g = by_id.get(str(e.get("id")))
        if g is None or not any(m["doc"] in docs for m in e["mentions"]):
            continue
        variants = e.get("variants") or []
        if not variants:
            out.append(g)
            continue
        folded = {(m["doc"], m.get("start"), m["quote"]) for v in variants for m in v["mentions"]}
        inside = [v for v in variants if any(m["doc"] in docs for m in v["mentions"])]
        if any(m["doc"] in docs for m in e["mentions"] if (m["doc"], m.get("start"), m["quote"]) not in folded):
            required = bool(e.get("own_required", g.required)) or any(bool(v.get("required", True)) for v in inside)
            out.append(dataclasses.replace(g, required=required))
        else:
            out.extend(parse_gold({"format": "tidings-gold/1", "events": inside}))
    return out


def _add(total: Score, part: Score) -> None:
    """Add one fold's counts to a running total."""
    for k in ("tp", "fp", "fn"):
        setattr(total, k, getattr(total, k) + getattr(part, k))


def arguments() -> argparse.Namespace:
    """The command line, checked."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--no-model", action="store_true", help="the rules alone (no trained model)")
    parser.add_argument("--no-triggers", action="store_true", help="no trigger model (the trigger tables alone)")
    parser.add_argument("--no-arguments", action="store_true", help="no argument model (the dependency rules alone)")
    parser.add_argument("--no-statuses", action="store_true", help="no status model (the status rules alone)")
    parser.add_argument("--reports", action="store_true", help="with the report model (its probability is each mention's confidence)")
    parser.add_argument(
        "--report-floor", type=float, help=f"drop a full article's mentions below this report probability (default {train.REPORT_FLOOR})"
    )
    parser.add_argument("--min-confidence", type=float, default=0.0, help="score only the events at least this confident")
    parser.add_argument(
        "--oracle", action="store_true", help="the annotated triggers (type and status) instead: measures participants, dates, linking"
    )
    parser.add_argument("--sweep", help="also score at these confidence floors (comma-separated)")
    parser.add_argument("--show", choices=["missed", "fp", "dups", "merges", "dates", "finer", "extras", "all"], help="print the errors")
    parser.add_argument("--types", help="only these types (comma-separated)")
    parser.add_argument("--show-participants", action="store_true", help="print the participant mismatches of false positives")
    parser.add_argument("--by-trigger", action="store_true", help="true and false positives by trigger word and type")
    parser.add_argument(
        "--half",
        choices=["look", "check"],
        help="score only one half of the training articles (split by a hash of the article id): develop by reading the"
        " errors of 'look', keep a change only if 'check' (whose errors are never shown) gains too",
    )
    args = parser.parse_args()
    if args.half == "check" and (args.show or args.show_participants or args.by_trigger):
        parser.error("--half check scores only: its errors are not shown, so that it stays a check")
    return args


def main() -> None:
    args = arguments()
    global SHOW_PARTICIPANTS
    SHOW_PARTICIPANTS = args.show_participants
    from tidings.events import extractor

    extractor.DROP_LOG = []
    extractor.DATE_LOG = {}
    date_causes: dict[str, int] = defaultdict(int)
    precision: dict[str, int] = defaultdict(int)  # matched events by how their date compares with the gold's
    date_from: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # where their date came from -> [exact, finer]
    extras: dict[str, int] = defaultdict(int)  # participants of true positives the gold does not have, by kind and role
    docs = cached_docs("train")
    data = corpora.annotation_gold("train")
    raw = [e for e in data["events"] if isinstance(e, dict)]
    golds = parse_gold(data, "training/annotations (train)")
    # Records folded in by same_as links: scored only in folds without the fuller record (fold_gold), and looked up
    # by id when errors are shown.
    top_raw, top_golds = raw, golds
    variants = [v for e in raw for v in e.get("variants") or []]
    raw, golds = [*raw, *variants], [*golds, *parse_gold({"format": "tidings-gold/1", "events": variants})]
    events_by_token = train.annotated_triggers("train", docs)
    labels = {k: {i: (e["type"], e["status"]) for i, e in v.items()} for k, v in events_by_token.items()}
    scores = json.loads(train.SCORES.read_text())
    th = [float(scores.get(k, {}).get("threshold", 0.5)) for k in ("triggers", "arguments", "statuses")]
    thresholds = (th[0], th[1], th[2])
    # An article's fold is its place in the split, so that an article the clean stage rejects moves no other.
    place = {a.id: n for n, a in enumerate(corpora.annotated_articles("train"))}
    slot = [place[article.doc_id or article.id] for article, _doc in docs]
    total = Score()
    by_type: dict[str, Score] = defaultdict(Score)
    dated = pairs = dups = over = multi = placed = counted = countried = 0
    doc_of = {article.id: article.doc_id or article.id for article, _doc in docs}
    batch_of = {
        e["id"]: path.stem for path in corpora.annotation_files("train") for e in json.loads(path.read_text(encoding="utf-8"))["events"]
    }
    reasons: dict[str, int] = defaultdict(int)
    missed_reasons: dict[str, int] = defaultdict(int)
    types = set(args.types.split(",")) if args.types else None
    triggered: dict[tuple[str, int, str], str] = {}  # (article, sentence start, type) -> the first mention's trigger
    by_trigger: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # (type, trigger) -> [tp, fp]
    report_rows: list[train.ReportRow] = []
    said: dict[tuple[str, int, str], list[Any]] = defaultdict(list)  # (article, sentence start, type) -> its mentions
    floors = [float(x) for x in args.sweep.split(",")] if args.sweep else []
    swept: dict[float, Score] = defaultdict(Score)
    if args.reports:
        report_rows = train.report_rows("train", docs)
        print(f"report model: {len(report_rows)} mentions, {sum(y for _n, _x, y in report_rows)} right")
    for fold in range(args.folds):
        models = Models()
        reports = fold_reports([r for r in report_rows if slot[r[0]] % args.folds != fold], args.report_floor) if args.reports else None
        if reports is not None:
            models = Models(reports=reports)
        if not args.no_model:
            part = [d for n, d in enumerate(docs) if slot[n] % args.folds != fold]
            trained = train.train_models(part, {a.id: events_by_token[a.id] for a, _d in part}, thresholds)
            models = Models(
                None if args.oracle or args.no_triggers else trained.triggers,
                None if args.no_arguments else trained.arguments,
                None if args.no_statuses else trained.statuses,
                reports,
            )
        store = Store(":memory:")
        names = set()
        with store.transaction():
            for n, (article, doc) in enumerate(docs):
                if slot[n] % args.folds == fold and in_half(article.doc_id or article.id, args.half):
                    names.add(article.doc_id or article.id)
                    oracle = labels[article.id] if args.oracle else None
                    analysis = analyse(article, doc, models, oracle)
                    for m in analysis.mentions:
                        triggered.setdefault((m.source.article_id, m.source.start, m.type), m.trigger.lower())
                        said[(m.source.article_id, m.source.start, m.type)].append(m)
                    _write(analysis, store)
        everything = store.events()
        events = [e for e in everything if e.confidence >= args.min_confidence]
        store.close()
        fold_golds = fold_gold(top_golds, top_raw, names)
        for floor in floors:
            _add(swept[floor], score(fold_golds, [e for e in everything if e.confidence >= floor], types).overall)
        report: Report = score(fold_golds, events, types)
        _add(total, report.overall)
        for t, s in report.by_type.items():
            _add(by_type[t], s)
        dups += len(report.duplicates)
        counted += len(events)
        placed += sum(e.location is not None for e in events)
        countried += sum(e.location is not None and e.location.country is not None for e in events)
        judged = merges(events, top_raw, doc_of, batch_of, types)
        multi += len(judged)
        over += sum(bool(bad) for _e, _sets, bad in judged)
        show_merges(judged, raw, said, args.show)
        matched = {e for _g, e in report.matches}
        for e in events:
            key = (e.type, triggered.get((e.sources[0].article_id, e.sources[0].start, e.type), "?"))
            if e.id in matched:
                by_trigger[key][0] += 1
            elif e.id in report.false_positives:
                by_trigger[key][1] += 1
        dated += round(report.date_accuracy * report.date_pairs)
        pairs += report.date_pairs
        if args.show:
            show(report, events, golds, raw, args.show)
        show_dates(report, events, golds, raw, said, args.show in ("dates", "all"), date_causes)
        exact_dates(report, events, golds, said, args.show in ("finer", "all"), precision, date_from)
        extra_sides(report, events, golds, args.show in ("extras", "all"), extras, said)
        for k, v in why(events, golds, raw, report).items():
            reasons[k] += v
        for k, v in why_missed(events, golds, raw, report).items():
            missed_reasons[k] += v
    print(
        f"dev ({args.folds}-fold over the training split{', half ' + args.half if args.half else ''}): P {total.precision:.3f}  R {total.recall:.3f}  F1 {total.f1:.3f}  (tp {total.tp}, fp {total.fp}, fn {total.fn}); date accuracy {dated / max(pairs, 1):.3f}; duplicates {dups}"
        f"; over-merged {over} of {multi} multi-source events"
    )
    print(
        f"exact dates among true positives: {precision['exact']} of {total.tp}; finer than gold {precision['finer']};"
        f" coarser than gold {precision['coarser']}; other {precision['other']}. Optional gold matched {precision['optional']},"
        f" {precision['optional exact']} exactly; dated where the gold has no date {precision['optional undated']}"
    )
    print(f"events with a place: {placed} of {counted}, {countried} with its country")
    print(
        f"extra participants on true positives: {extras['extra']} on {extras['events with an extra']} of {extras['events']} events"
        f" (actors {extras['extra actor']}, recipients {extras['extra recipient']}); matching only by country {extras['country']}"
        f" (actors {extras['country actor']}, recipients {extras['country recipient']})"
    )
    ranked = sorted(date_from.items(), key=lambda kv: -sum(kv[1]))
    print("exact and finer than gold, by where the date came from:", ", ".join(f"{k} {e}/{f}" for k, (e, f) in ranked))
    for floor, s in swept.items():
        print(f"  at {floor:.2f}: P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    print("false positives:", dict(sorted(reasons.items(), key=lambda kv: -kv[1])))
    print("missed:", dict(sorted(missed_reasons.items(), key=lambda kv: -kv[1])))
    print("wrong only by date (false positive, gold):", dict(sorted(date_causes.items(), key=lambda kv: -kv[1])))
    from tidings.events import extractor

    print("drafts dropped:", dict(extractor.DROPS))
    for t, s in sorted(by_type.items()):
        print(f"  {t:<9} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    if args.by_trigger:
        print("by trigger (type, word: matched, false positives), most false positives first:")
        for (typ, word), (tp, fp) in sorted(by_trigger.items(), key=lambda kv: (-kv[1][1], kv[1][0])):
            print(f"  {typ:<9} {word:<20} {tp:>3} {fp:>3}")
    _ = np


def in_half(doc_id: str, half: str | None) -> bool:
    """Whether an article belongs to the half being scored (both when none is asked for).

    The halves are fixed by a hash of the article id, not by topic or batch, so that each holds articles of every
    topic; "check" is the half whose errors a developer never reads, the within-training stand-in for unseen news.
    """
    if half is None:
        return True
    odd = int(hashlib.sha1(doc_id.encode("utf-8"), usedforsecurity=False).hexdigest(), 16) % 2 == 1
    return odd == (half == "check")


def fold_reports(rows: list[train.ReportRow], floor: float | None) -> LinearModel:
    """A fold's report model, trained on the other folds' mentions, with its floor (``train.REPORT_FLOOR`` by default)."""
    reports, _cv = train.report_model(rows, train.SEED)
    return reports if floor is None else dataclasses.replace(reports, threshold=floor)


def show(report: Report, events: list[Any], golds: list[GoldEvent], raw: list[dict[str, Any]], what: str) -> None:
    by_id = {e["id"]: e for e in raw}
    ev = {e.id: e for e in events}
    if what in ("missed", "all"):
        for gid in report.missed:
            g = by_id[gid]
            who = [(p["name"], p["country"]) for p in g["actors"]], [(p["name"], p["country"]) for p in g["recipients"]]
            print(f"MISSED {gid} {g['type']} {g['status']} {g['date']} {who[0]} -> {who[1]} | {g['mentions'][0]['quote']}")
            quotes = [m["quote"] for m in g["mentions"]]
            for e in events:
                if e.type == g["type"] and any(s.article_id and any(q in s.sentence for q in quotes) for s in e.sources):
                    print(
                        f"    near: {e.status} {e.date} {[(a.name, a.country) for a in e.actors]} -> {[(r.name, r.country) for r in e.recipients]}"
                    )
    if what in ("dups", "all"):
        gold_of = {g.id: g for g in golds}
        for eid in report.duplicates:
            e = ev[eid]
            print(
                f"DUP {e.type} {e.status} {e.date} {[(a.name, a.country) for a in e.actors]} -> {[(r.name, r.country) for r in e.recipients]}"
            )
            print(f"    {e.sources[0].sentence[:160]}")
            # The gold events it repeats and the events that took them: the pair the linker kept apart.
            for gid, tid in report.matches:
                g, m = gold_of.get(gid), ev[tid]
                if g is None or (g.type, g.status) != (e.type, e.status) or not (participants_match(g, e) and date_match(g, e)):
                    continue
                who = [(a.name, a.country) for a in m.actors], [(r.name, r.country) for r in m.recipients]
                same = "same article" if m.sources[0].article_id == e.sources[0].article_id else "another article"
                print(f"    repeats {gid} ({g.date}), taken by: {m.date} {who[0]} -> {who[1]} ({same}) | {m.sources[0].sentence[:120]}")
    if what in ("fp", "all"):
        for eid in report.false_positives:
            e = ev[eid]
            who = [(a.name, a.country) for a in e.actors], [(r.name, r.country) for r in e.recipients]
            print(f"FP {e.type} {e.status} {e.date} {who[0]} -> {who[1]} | {e.sources[0].sentence[:160]}")


def source_golds(events: list[Any], raw: list[dict[str, Any]], doc_of: dict[str, str]) -> dict[str, list[set[str]]]:
    """For each system event, the gold events of its type reported in each of its source sentences.

    A gold mention is in a source sentence when it is of the same article and its trigger lies in the sentence's
    span (raw offsets, as both keep them), or, lacking trigger offsets, its quote is in the sentence.
    """
    by_doc: dict[str, list[tuple[int, int, str, str, str]]] = defaultdict(list)
    for g in raw:
        for m in g["mentions"]:
            start, end = m.get("trigger_start", m["start"]), m.get("trigger_end", m["end"])
            by_doc[m["doc"]].append((start, end, m["quote"], g["id"], g["type"]))
    out: dict[str, list[set[str]]] = {}
    for e in events:
        sets = []
        for s in e.sources:
            hits = by_doc.get(doc_of.get(s.article_id, s.article_id), [])
            sets.append(
                {
                    gid
                    for start, end, quote, gid, typ in hits
                    if typ == e.type and ((s.start <= start and end <= s.end) or quote in s.sentence)
                }
            )
        out[e.id] = sets
    return out


def merges(
    events: list[Any], raw: list[dict[str, Any]], doc_of: dict[str, str], batch_of: dict[str, str], types: set[str] | None = None
) -> list[tuple[Any, list[set[str]], bool]]:
    """The multi-source events that can be judged, each with its sources' gold events and whether it is over-merged.

    Each annotation batch links the reports of one event across its own articles only (two batches' records of
    one event are two gold ids), so sources are judged batch by batch: an event can be judged when two or more
    of its sources in one batch report gold events of its type, and it is over-merged when, in some batch, no
    one gold event is reported in all of them.
    """
    golds = source_golds([e for e in events if len(e.sources) > 1 and (types is None or e.type in types)], raw, doc_of)
    out = []
    for e in events:
        batches: dict[str, list[set[str]]] = defaultdict(list)
        for gids in golds.get(e.id, []):
            # A sentence may report gold events of two batches: it counts in each, with that batch's events (taking
            # the batch of whichever id a set yields first made the count change with the hash seed, by 2 or 3).
            for batch in sorted({batch_of[g] for g in gids}):
                batches[batch].append({g for g in gids if batch_of[g] == batch})
        judged = [sets for sets in batches.values() if len(sets) >= 2]
        if judged:
            out.append((e, golds[e.id], any(not set.intersection(*sets) for sets in judged)))
    return out


def show_merges(
    judged: list[tuple[Any, list[set[str]], bool]], raw: list[dict[str, Any]], said: dict[tuple[str, int, str], list[Any]], what: str | None
) -> None:
    """With ``--show merges`` (or ``all``): each over-merged event, its sources with their gold events and mentions."""
    if what not in ("merges", "all"):
        return
    by_id = {g["id"]: g for g in raw}
    for e, sets, bad in judged:
        if not bad:
            continue
        who = [(a.name or a.country) for a in e.actors], [(r.name or r.country) for r in e.recipients]
        print(f"MERGED {e.type} {e.status} {e.date} {who[0]} -> {who[1]} ({len(e.sources)} sources)")
        for s, gids in zip(e.sources, sets, strict=True):
            print(f"    [{','.join(sorted(gids)) or '-'}] {s.article_id[:10]}@{s.start} {s.sentence[:150]}")
            for m in said.get((s.article_id, s.start, e.type), []):
                mw = [a.name or a.country for a in m.actors], [r.name or r.country for r in m.recipients]
                when = m.date.value if m.date else None
                print(f"        mention {m.trigger!r} {when}{' (anchor)' if m.date_from_anchor else ''} {mw[0]} -> {mw[1]}")
        for gid in sorted(set().union(*sets)):
            g = by_id[gid]
            gw = [p["name"] or p["country"] for p in g["actors"]], [p["name"] or p["country"] for p in g["recipients"]]
            print(f"    gold {gid} {g['status']} {g['date']} {gw[0]} -> {gw[1]}")


def date_cause(gold: str, system: str | None, precision: str | None, cue: str) -> str:
    """A rough cause for a date mismatch: where the system's date came from, and how it differs from the gold's."""
    from tidings import temporal

    where = cue.split(":")[0] if cue else "?"
    g = temporal.point_from_value(gold)
    e = temporal.point_from_value(system) if system else None
    if e is None or g is None:
        return f"{where}; no date"
    if g.start <= e.start <= g.end:
        return f"{where}; coarser than gold ({precision} for {g.granularity})"
    if e.granularity == "day" and g.granularity == "day" and abs((e.start - g.start).days) == 7:
        return f"{where}; a week off"
    if g.granularity == "month" and e.granularity == "day":
        return f"{where}; a day, gold another month ({'later' if e.start > g.end else 'earlier'})"
    return f"{where}; {'later' if e.start > g.end else 'earlier'} than gold ({precision} for {g.granularity})"


def date_cues(e: Any, said: dict[tuple[str, int, str], list[Any]]) -> list[str]:
    """Each mention of an event with its date and where that date came from (``extractor.DATE_LOG``)."""
    from tidings.events import extractor

    cues = []
    for s in e.sources:
        for m in said.get((s.article_id, s.start, e.type), []):
            cue = (extractor.DATE_LOG or {}).get((s.article_id, s.start, e.type, m.trigger), "?")
            cues.append(f"{m.trigger!r} {m.date.value if m.date else None} <{cue}>")
    return cues


def date_precision(gold: str | None, system: str | None) -> str:
    """How a matched event's date compares with its gold's: exact (equal at the gold's precision), finer (a day
    for the gold's month, or any date where the gold has none), coarser, or other."""
    from tidings import temporal
    from tidings.models import granularity_rank

    if gold is None:
        return "exact" if system is None else "finer"
    g = temporal.point_from_value(gold)
    e = temporal.point_from_value(system)
    if g is None or e is None:
        return "exact" if gold == system else "other"
    if (g.start, g.end) == (e.start, e.end):
        return "exact"
    if g.start <= e.start and e.end <= g.end and granularity_rank(e.granularity) > granularity_rank(g.granularity):
        return "finer"
    if granularity_rank(e.granularity) < granularity_rank(g.granularity):
        return "coarser"
    return "other"


def exact_dates(
    report: Report,
    events: list[Any],
    golds: list[GoldEvent],
    said: dict[tuple[str, int, str], list[Any]],
    out: bool,
    tally: dict[str, int],
    date_from: dict[str, list[int]],
) -> None:
    """Count the events matched to required gold (the true positives) by how their date compares with the gold's
    into ``tally``, the exact and the finer ones also by where the first mention's date came from (``date_from``);
    with ``out``, print the finer ones. Optional gold (habitual, undated, vague events, which the scorer neither
    credits nor charges) is counted apart: how many matched, how many exactly, how many dated where it has none."""
    by_id = {g.id: g for g in golds}
    ev = {e.id: e for e in events}
    for gid, eid in report.matches:
        g, e = by_id[gid], ev[eid]
        how = date_precision(g.date, e.date)
        if not g.required:
            tally["optional"] += 1
            tally["optional exact"] += how == "exact"
            tally["optional undated"] += g.date is None and e.date is not None
            continue
        tally[how] += 1
        if how not in ("exact", "finer"):
            continue
        cues = date_cues(e, said)
        first = next((c.split("<")[1].rstrip(">") for c in cues), "?")
        date_from[first.split(":")[0]][how == "finer"] += 1
        if how == "exact":
            continue
        if out:
            s0 = e.sources[0]
            print(f"FINER {s0.article_id[:10]} pub {s0.published} gold {g.date} system {e.date} [{first}] {e.type} | {s0.sentence[:200]}")
            for c in cues[:4]:
                print(f"    {c}")


def extra_kind(entity: Any, wanted: tuple[Any, ...]) -> str | None:
    """Whether a system participant is one the gold side lacks: None when it matches a gold participant as the
    scorer would (by name, or by country where the gold names only a country), "country" when it shares only the
    country of a named gold participant, "extra" when it matches none of them at all."""
    from tidings.evaluate import _names
    from tidings.gazetteer import norm

    names = _names(entity)
    if any(p.name and norm(p.name) in names for p in wanted):
        return None
    if any(not p.name and p.country and p.country == entity.country for p in wanted):
        return None
    if entity.country and any(p.country == entity.country for p in wanted):
        return "country"
    return "extra"


def extra_sides(
    report: Report, events: list[Any], golds: list[GoldEvent], out: bool, tally: dict[str, int], said: dict[tuple[str, int, str], list[Any]]
) -> None:
    """Count the participants of true positives that their gold event lacks into ``tally`` (with ``out``, print them).

    The scorer ignores a participant the gold does not have, but a reader of the store does not: "jets hit the
    armour" with a third country added as a recipient is a wrong event to a reader though it scores as right. Each
    system side is compared with the gold's same side (for CONSULT, whose sides are symmetric, with all of them).
    """
    by_id = {g.id: g for g in golds}
    ev = {e.id: e for e in events}
    for gid, eid in report.matches:
        g, e = by_id[gid], ev[eid]
        if not g.required:
            continue
        tally["events"] += 1
        everyone = g.actors + g.recipients
        sides = (("actor", e.actors, everyone if g.type == "CONSULT" else g.actors),)
        sides += (("recipient", e.recipients, everyone if g.type == "CONSULT" else g.recipients),)
        found = 0
        for role, system, wanted in sides:
            for entity in system:
                kind = extra_kind(entity, wanted)
                if kind is None:
                    continue
                tally[kind] += 1
                tally[f"{kind} {role}"] += 1
                found += kind == "extra"
                if out:
                    print(
                        f"EXTRA {kind} {role} {entity.name or entity.country} ({entity.country}) {g.type}: gold"
                        f" {[(p.name, p.country) for p in g.actors]} -> {[(p.name, p.country) for p in g.recipients]}"
                        f" | system {[(a.name, a.country) for a in e.actors]} -> {[(r.name, r.country) for r in e.recipients]}"
                        f" | {e.sources[0].sentence[:200]}"
                    )
                    for s in e.sources:
                        for m in said.get((s.article_id, s.start, e.type), []):
                            if any(x.key == entity.key for x in (*m.actors, *m.recipients)):
                                print(f"    from {m.trigger!r} ({len(e.sources)} sources) | {s.sentence[:240]}")
        tally["events with an extra"] += found > 0


def show_dates(
    report: Report,
    events: list[Any],
    golds: list[GoldEvent],
    raw: list[dict[str, Any]],
    said: dict[tuple[str, int, str], list[Any]],
    out: bool,
    causes: dict[str, int],
) -> None:
    """The false positives that match a gold event reported in their sentences on everything but the date, with
    where their date came from and the time expression it was read from (``--show dates`` prints them); counted
    by rough cause into ``causes``."""
    from tidings.evaluate import date_match, participants_match

    by_id = {g.id: g for g in golds}
    missed = set(report.missed)
    fps = set(report.false_positives)
    for e in events:
        if e.id not in fps:
            continue
        near = [by_id[r["id"]] for r in raw if r["id"] in by_id and any(m["quote"] in s.sentence for m in r["mentions"] for s in e.sources)]
        near = [g for g in near if g.type == e.type and g.status == e.status and participants_match(g, e)]
        if not near or any(date_match(g, e) for g in near):
            continue
        g = next((g for g in near if g.id in missed), near[0])
        cues = date_cues(e, said)
        first = next((c.split("<")[1].rstrip(">") for c in cues), "")
        cause = date_cause(g.date or "", e.date, e.date_precision, first)
        causes[cause] += 1
        if out:
            s0 = e.sources[0]
            print(
                f"DATE {s0.article_id[:10]} pub {s0.published} gold {g.date} system {e.date} ({e.date_precision})"
                f"{' missed' if g.id in missed else ''} [{cause}] {e.type} | {s0.sentence[:200]}"
            )
            for c in cues[:4]:
                print(f"    {c}")


def why(events: list[Any], golds: list[GoldEvent], raw: list[dict[str, Any]], report: Report) -> dict[str, int]:
    """For each false positive, why it matches no gold event reported in its sentences: type, status, date or participants."""
    from tidings.evaluate import date_match, participants_match

    by_id = {g.id: g for g in golds}
    reasons: dict[str, int] = defaultdict(int)
    fps = set(report.false_positives)
    for e in events:
        if e.id not in fps:
            continue
        near = [by_id[r["id"]] for r in raw if r["id"] in by_id and any(m["quote"] in s.sentence for m in r["mentions"] for s in e.sources)]
        near = [g for g in near if g.type == e.type]
        if not near:
            reasons["no gold of its type in its sentences"] += 1
        elif not any(g.status == e.status for g in near):
            reasons["status"] += 1
        elif not any(participants_match(g, e) for g in near if g.status == e.status):
            reasons["participants"] += 1
            g = next(g for g in near if g.status == e.status)
            from tidings.evaluate import _found

            everyone = list(e.actors) + list(e.recipients)
            for role, people, pool in (
                ("actor", g.actors, e.actors if g.type != "CONSULT" else everyone),
                ("recipient", g.recipients, e.recipients if g.type != "CONSULT" else everyone),
            ):
                for p in people:
                    if not _found(p, pool):
                        kind = "country" if not p.name else "named"
                        where = "elsewhere" if _found(p, everyone) else ("empty" if not pool else "absent")
                        reasons[f"  missing {role} ({kind}, {where})"] += 1
                        if SHOW_PARTICIPANTS and kind == "named" and where == "absent":
                            print(
                                f"ABSENT {role}: {p.name} ({p.country}) | system {[a.name or a.country for a in pool]} | {e.sources[0].sentence[:150]}"
                            )
            if SHOW_PARTICIPANTS:
                print(
                    f"PARTICIPANTS {e.type}: gold {[(p.name, p.country) for p in g.actors]} -> {[(p.name, p.country) for p in g.recipients]}"
                    f" | system {[(a.name, a.country) for a in e.actors]} -> {[(r.name, r.country) for r in e.recipients]}"
                    f" | {e.sources[0].sentence[:140]}"
                )
        elif not any(date_match(g, e) for g in near if g.status == e.status and participants_match(g, e)):
            reasons["date"] += 1
            if SHOW_PARTICIPANTS:
                g = next(g for g in near if g.status == e.status and participants_match(g, e))
                print(f"DATE gold {g.date} system {e.date} {e.date_precision} | {e.sources[0].published} | {e.sources[0].sentence[:150]}")
        else:
            reasons["duplicate or taken"] += 1
    return dict(reasons)


def why_missed(events: list[Any], golds: list[GoldEvent], raw: list[dict[str, Any]], report: Report) -> dict[str, int]:
    """For each missed gold event: no system event in its sentences, none of its type, status, participants or date."""
    from tidings.evaluate import date_match, participants_match
    from tidings.events import extractor

    by_id = {r["id"]: r for r in raw}
    gold = {g.id: g for g in golds}
    out: dict[str, int] = defaultdict(int)
    for gid in report.missed:
        quotes = [m["quote"] for m in by_id[gid]["mentions"]]
        g = gold[gid]
        near = [e for e in events if any(q in s.sentence for q in quotes for s in e.sources)]
        typed = [e for e in near if e.type == g.type]
        if not near:
            out["nothing in its sentences"] += 1
            drops = [r for r in extractor.DROP_LOG or [] if any(q in r[0] for q in quotes)]
            same = [r for r in drops if r[1] == g.type]
            out[f"  {'draft dropped: ' + same[0][3] if same else 'another type dropped' if drops else 'no draft'}"] += 1
            if SHOW_PARTICIPANTS:
                m = by_id[gid]["mentions"][0]
                print(
                    f"DROPPED {g.type} {[(p.name, p.country) for p in g.actors]} -> {[(p.name, p.country) for p in g.recipients]} | [{m['trigger']}] {m['quote']}"
                    f" | {[(r[1], r[2], r[3]) for r in drops]}"
                )
        elif not typed:
            out["no event of its type"] += 1
            if SHOW_PARTICIPANTS:
                m = by_id[gid]["mentions"][0]
                print(f"OTHERTYPE {g.type} [{m['trigger']}] {m['quote']} | system {sorted({e.type for e in near})}")
        elif not any(e.status == g.status for e in typed):
            out["status"] += 1
        elif not any(participants_match(g, e) for e in typed if e.status == g.status):
            out["participants"] += 1
        elif not any(date_match(g, e) for e in typed if e.status == g.status and participants_match(g, e)):
            out["date"] += 1
        else:
            out["taken by another gold event"] += 1
    return dict(out)


if __name__ == "__main__":
    main()
