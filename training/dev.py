"""Development scores end to end, by cross-validation over the training split (the test split is never read).

    python training/dev.py [--folds 4] [--no-model] [--show missed|fp|all] [--types T,T]

For each fold, a trigger model is trained on the other folds' articles, the
fold's articles go through the pipeline's ``analyse`` and the linker into an
in-memory store, and their events are scored against the fold's gold with the
project's scorer. The summed counts give precision, recall and F1 for the
training split as a system that never saw those articles would score them.
Every change to rules, features or the linker is judged here first.

Parses are cached in ``training/.cache`` (keyed by the articles' texts and
tidings' version of the parse).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import train

from tidings import corpora
from tidings.evaluate import GoldEvent, Report, Score, load_gold, score
from tidings.events.model import TriggerModel
from tidings.models import Article
from tidings.pipeline import _write, analyse, language
from tidings.store import Store

CACHE = Path(__file__).resolve().parent / ".cache"


def cached_docs(split: str) -> list[tuple[Article, Any]]:
    from spacy.tokens import DocBin

    source = corpora.annotated_articles(split)
    key = hashlib.sha256("".join(a.id + a.text for a in source).encode()).hexdigest()[:12]
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
    """The gold events with a mention in the fold's articles."""
    keep = {e["id"] for e in raw if any(m["doc"] in docs for m in e["mentions"])}
    return [g for g in golds if g.id in keep]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--no-model", action="store_true", help="the trigger tables alone")
    parser.add_argument(
        "--oracle", action="store_true", help="the annotated triggers (type and status) instead: measures participants, dates, linking"
    )
    parser.add_argument("--show", choices=["missed", "fp", "all"], help="print the errors")
    parser.add_argument("--types", help="only these types (comma-separated)")
    args = parser.parse_args()
    docs = cached_docs("train")
    raw = [e for e in corpora.annotation_gold("train")["events"] if isinstance(e, dict)]
    gold_path = CACHE / "train-gold.json"
    import json

    gold_path.write_text(json.dumps(corpora.annotation_gold("train")), encoding="utf-8")
    golds, _ = load_gold(gold_path)
    labels = train.token_labels("train", docs)
    rows = train.examples(docs, labels)
    # An article's fold is its place in the split, so that an article the clean stage rejects moves no other.
    place = {a.id: n for n, a in enumerate(corpora.annotated_articles("train"))}
    slot = [place[article.doc_id or article.id] for article, _doc in docs]
    total = Score()
    by_type: dict[str, Score] = defaultdict(Score)
    dated = pairs = 0
    types = set(args.types.split(",")) if args.types else None
    for fold in range(args.folds):
        model = None
        if not args.no_model and not args.oracle:
            part = [r for r in rows if slot[r[0]] % args.folds != fold]
            rws, wts, bias = train.fit([r[1] for r in part], [r[2] for r in part], 13)
            model = TriggerModel(train.CLASSES, rws, wts, bias, float(json.loads(train.SCORES.read_text())["threshold"]))
        store = Store(":memory:")
        names = set()
        with store.transaction():
            for n, (article, doc) in enumerate(docs):
                if slot[n] % args.folds == fold:
                    names.add(article.doc_id or article.id)
                    oracle = labels[article.id] if args.oracle else None
                    _write(analyse(article, doc, model, oracle), store)
        events = store.events()
        store.close()
        report: Report = score(fold_gold(golds, raw, names), events, types)
        for k in ("tp", "fp", "fn"):
            setattr(total, k, getattr(total, k) + getattr(report.overall, k))
        for t, s in report.by_type.items():
            for k in ("tp", "fp", "fn"):
                setattr(by_type[t], k, getattr(by_type[t], k) + getattr(s, k))
        dated += round(report.date_accuracy * report.date_pairs)
        pairs += report.date_pairs
        if args.show:
            show(report, events, golds, raw, args.show)
    print(f"dev ({args.folds}-fold over the training split): P {total.precision:.3f}  R {total.recall:.3f}  F1 {total.f1:.3f}  (tp {total.tp}, fp {total.fp}, fn {total.fn}); date accuracy {dated / max(pairs, 1):.3f}")
    for t, s in sorted(by_type.items()):
        print(f"  {t:<9} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    _ = np


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
                    print(f"    near: {e.status} {e.date} {[(a.name, a.country) for a in e.actors]} -> {[(r.name, r.country) for r in e.recipients]}")
    if what in ("fp", "all"):
        for eid in report.false_positives:
            e = ev[eid]
            who = [(a.name, a.country) for a in e.actors], [(r.name, r.country) for r in e.recipients]
            print(f"FP {e.type} {e.status} {e.date} {who[0]} -> {who[1]} | {e.sources[0].sentence[:160]}")


if __name__ == "__main__":
    main()
