"""Train tidings' trigger model from the team's annotations of real news (``make train``).

    python training/train.py [--fraction F] [--out PATH] [--seed N]

1. The training split (``training/split.json``, ``training/annotations/train-*.json``)
   is read from ``../shared/corpus/t17``, cleaned and parsed exactly as
   ``tidings ingest`` does (``pipeline.prepare``, ``pipeline.parse_articles``);
2. every candidate word (``events.model.is_candidate``) is an example: its
   label is the type of the annotated event whose trigger it heads, else NONE;
3. a multinomial logistic regression over the hashed features of
   ``events.model.token_features`` is trained with AdaGrad (``EPOCHS`` passes,
   L2 ``L2``, a fixed seed), first in ``FOLDS``-fold cross-validation over
   articles to choose the decision threshold and report the scores, then on
   every training article;
4. the weights (only the rows training touched) go to
   ``src/tidings/data/models/triggers.npz``, the scores to
   ``training/scores.json``.

The test split is never read here. ``--fraction`` trains on the first part of
the training articles (in the split's order): the learning curve.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from tidings import corpora
from tidings.events.extractor import rule_types, triggers
from tidings.events.model import HASH_BITS, TriggerModel, hashed, is_candidate, sentence_features, token_features
from tidings.models import EVENT_TYPES, Article, Rejection
from tidings.pipeline import parse_articles, prepare
from tidings.settings import Settings

HERE = Path(__file__).resolve().parent
MODEL = HERE.parent / "src" / "tidings" / "data" / "models" / "triggers.npz"
SCORES = HERE / "scores.json"
CLASSES = ("NONE", *EVENT_TYPES)
EPOCHS = 6
L2 = 1e-6
RATE = 0.2
FOLDS = 4
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def parsed(split: str, fraction: float = 1.0) -> list[tuple[Article, Any]]:
    """The split's articles, cleaned and parsed as an ingest does."""
    from tidings.models import RawInput

    settings = Settings()
    source = corpora.annotated_articles(split)
    source = source[: max(1, round(len(source) * fraction))]
    items = [RawInput(a.id, a.text, "txt", {"id": a.id, "published": a.published}) for a in source]
    articles = [a for a in (prepare(i, settings) for i in items) if isinstance(a, Article)]
    return [(a, d) for a, d in parse_articles(articles, settings) if not isinstance(d, Rejection)]


def raw_to_clean(article: Article, pos: int) -> int | None:
    for s in article.offsets:
        if s.raw_start <= pos < s.raw_end:
            return s.start + (pos - s.raw_start)
    return None


def token_labels(split: str, docs: list[tuple[Article, Any]]) -> dict[str, dict[int, tuple[str, str]]]:
    """For each article, the token heading each annotated trigger -> (type, status)."""
    by_doc: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
    for e in corpora.annotation_gold(split)["events"]:
        assert isinstance(e, dict)
        for m in e["mentions"]:
            by_doc[m["doc"]].append((e, m))
    out: dict[str, dict[int, tuple[str, str]]] = {}
    for article, doc in docs:
        labels: dict[int, tuple[str, str]] = {}
        for e, m in by_doc[article.doc_id or article.id]:
            start, last = raw_to_clean(article, m["trigger_start"]), raw_to_clean(article, m["trigger_end"] - 1)
            span = doc.char_span(start, last + 1, alignment_mode="expand") if start is not None and last is not None else None
            if span is not None:
                labels.setdefault(span.root.i, (e["type"], e["status"]))
        out[article.id] = labels
    return out


def examples(docs: list[tuple[Article, Any]], labels: dict[str, dict[int, tuple[str, str]]]) -> list[tuple[int, np.ndarray, int]]:
    """(article index, hashed features, class index) for every candidate word."""
    table = triggers()
    rows = []
    for n, (article, doc) in enumerate(docs):
        gold = labels[article.id]
        for sent in doc.sents:
            context = sentence_features(sent)
            for tok in sent:
                if is_candidate(tok):
                    y = CLASSES.index(gold[tok.i][0]) if tok.i in gold else 0
                    rows.append((n, hashed(token_features(tok, rule_types(tok, table), context)), y))
    return rows


def fit(xs: list[np.ndarray], ys: list[int], seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """AdaGrad on the softmax loss: (touched rows, their weights, bias)."""
    dim, k = 1 << HASH_BITS, len(CLASSES)
    w = np.zeros((dim, k), np.float32)
    g2 = np.full((dim, k), 1e-6, np.float32)
    b = np.zeros(k, np.float32)
    gb = np.full(k, 1e-6, np.float32)
    rng = np.random.default_rng(seed)
    for _ in range(EPOCHS):
        for i in rng.permutation(len(xs)):
            idx = xs[i]
            z = w[idx].sum(0) + b
            p = np.exp(z - z.max())
            p /= p.sum()
            p[ys[i]] -= 1.0
            grad = p[None, :] + L2 * w[idx]
            g2[idx] += grad * grad
            w[idx] -= RATE * grad / np.sqrt(g2[idx])
            gb += p * p
            b -= RATE * p / np.sqrt(gb)
    touched = np.nonzero((g2 > 1e-6).any(axis=1))[0]
    return touched.astype(np.int64), w[touched], b


def scores_at(probs: np.ndarray, ys: np.ndarray, threshold: float) -> dict[str, float]:
    pred = np.where(probs[:, 1:].max(1) >= threshold, probs[:, 1:].argmax(1) + 1, 0)
    tp = int(((pred == ys) & (ys > 0)).sum())
    fp = int(((pred > 0) & (pred != ys)).sum())
    fn = int(((ys > 0) & (pred != ys)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fraction", type=float, default=1.0, help="train on this share of the training articles")
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--no-cv", action="store_true", help="skip cross-validation (keep the threshold of training/scores.json)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    docs = parsed("train", args.fraction)
    rows = examples(docs, token_labels("train", docs))
    print(f"{len(docs)} articles, {len(rows)} candidate words, {sum(1 for r in rows if r[2])} triggers ({time.perf_counter() - t0:.0f} s)")
    report: dict[str, Any] = {"articles": len(docs), "candidates": len(rows), "triggers": sum(1 for r in rows if r[2])}
    threshold = json.loads(SCORES.read_text())["threshold"] if args.no_cv and SCORES.exists() else 0.4
    if not args.no_cv:
        probs = np.zeros((len(rows), len(CLASSES)), np.float32)
        for fold in range(FOLDS):
            train = [r for r in rows if r[0] % FOLDS != fold]
            rws, wts, bias = fit([r[1] for r in train], [r[2] for r in train], args.seed)
            model = TriggerModel(CLASSES, rws, wts, bias, 0.0)
            for i, r in enumerate(rows):
                if r[0] % FOLDS == fold:
                    at = np.searchsorted(rws, r[1])
                    at = at[(at < len(rws)) & (rws[np.minimum(at, len(rws) - 1)] == r[1])]
                    z = model.weights[at].sum(0) + bias
                    e = np.exp(z - z.max())
                    probs[i] = e / e.sum()
        ys = np.array([r[2] for r in rows])
        cv = {str(t): scores_at(probs, ys, t) for t in THRESHOLDS}
        threshold = max(THRESHOLDS, key=lambda t: cv[str(t)]["f1"])
        report["cross_validation"] = {"folds": FOLDS, "by_threshold": cv, "chosen": threshold}
        print(f"cross-validation ({FOLDS} folds over articles): threshold {threshold}: {cv[str(threshold)]}")
    rws, wts, bias = fit([r[1] for r in rows], [r[2] for r in rows], args.seed)
    model = TriggerModel(CLASSES, rws, wts, bias, threshold)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(str(args.out), {"epochs": EPOCHS, "l2": L2, "rate": RATE, "seed": args.seed, "articles": len(docs)})
    report.update({"threshold": threshold, "rows": len(rws), "seed": args.seed, "epochs": EPOCHS, "l2": L2, "rate": RATE})
    if args.out == MODEL:
        SCORES.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, {len(rws)} feature rows) in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
