"""What the clean stage removes from the training split, and whether any annotated event falls in it.

    python training/furniture.py [--show N] [--seed S] [--kind K] [--doc ID]

Each article of the training split (``corpora.annotated_articles("train")``)
is cleaned as ``tidings ingest`` cleans a record with its id and date; the raw
text outside the kept spans is "removed", each stretch with the kind of
furniture ``clean.pieces`` says it is. Printed:

(a) the annotated event mentions (``training/annotations/train-*.json``:
    ``doc``, ``start``, ``end``, ``trigger_start``, ``trigger_end`` in the
    detokenized text) that fall in removed text: "lost" when their trigger or
    most of their characters are removed (or their article is rejected),
    "trimmed" when a few characters at their edge are (a bullet, a "Full
    Article" label), each listed;
(b) the non-space characters and the lines (sentences: the detokenized texts
    have one a line) removed, in all, per topic and per kind; ``--show N``
    prints N removed stretches drawn at random (``--seed``, ``--kind``) for a
    hand check, ``--doc ID`` one article's removed stretches.

The test split is never read here.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from tidings import corpora
from tidings.clean import pieces, prepare
from tidings.models import Article, RawInput
from tidings.settings import Settings


@dataclass
class Tally:
    total: Counter[str] = field(default_factory=Counter)
    gone: Counter[str] = field(default_factory=Counter)
    lines_total: Counter[str] = field(default_factory=Counter)
    lines_gone: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)
    stretches: list[tuple[str, str, str]] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    trimmed: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)


def annotated_mentions() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in corpora.annotation_gold("train")["events"]:
        assert isinstance(e, dict)
        for m in e["mentions"]:
            out[m["doc"]].append({"event": e["id"], "type": e["type"], **m})
    return out


def measure(article: Article, topic: str, mentions: list[dict[str, Any]], tally: Tally, show_doc: bool) -> None:
    raw = article.raw
    kept = bytearray(len(raw))
    for s in article.offsets:
        kept[s.raw_start : s.raw_end] = b"\x01" * (s.raw_end - s.raw_start)
    for p in pieces(raw):
        if p.kept:
            continue
        tally.stretches.append((article.doc_id or article.id, p.kind, raw[p.start : p.end]))
        tally.by_kind[p.kind] += sum(1 for i in range(p.start, p.end) if not kept[i] and not raw[i].isspace())
        if show_doc:
            print(f"{p.start:>6} {p.kind:<15} | {raw[p.start : p.end][:300]}")
    tally.gone[topic] += sum(1 for i, ch in enumerate(raw) if not kept[i] and not ch.isspace())
    pos = 0
    for line in raw.split("\n"):
        chars = [i for i in range(pos, pos + len(line)) if not raw[i].isspace()]
        if chars:
            tally.lines_total[topic] += 1
            tally.lines_gone[topic] += 2 * sum(1 for i in chars if not kept[i]) > len(chars)
        pos += len(line) + 1
    for m in mentions:
        chars = [i for i in range(m["start"], m["end"]) if not raw[i].isspace()]
        removed = "".join(raw[i] for i in chars if not kept[i])
        trigger = range(m["trigger_start"], m["trigger_end"])
        row = f"{article.doc_id} {m['event']} {m['type']} [{m['start']}:{m['end']}] {m['quote']!r}: removed {removed!r}"
        if any(not kept[i] and not raw[i].isspace() for i in trigger) or 2 * len(removed) > len(chars):
            tally.lost.append(row)
        elif removed:
            tally.trimmed.append(row)


def report(tally: Tally, n_mentions: int) -> None:
    print(f"(a) annotated mentions in removed text: {len(tally.lost)} lost, {len(tally.trimmed)} trimmed, of {n_mentions}")
    for row in tally.lost:
        print("    lost   ", row)
    for row in tally.trimmed:
        print("    trimmed", row)
    print(f"    rejected articles: {len(tally.rejected)}", *tally.rejected, sep="\n    " if tally.rejected else "")
    print("(b) removed: non-space characters, lines more than half removed")
    for topic in sorted(tally.total):
        gone, total = tally.gone[topic], tally.total[topic]
        lg, lt = tally.lines_gone[topic], tally.lines_total[topic]
        print(f"    {topic:<22} {gone:>7} of {total:>8} chars ({gone / total:5.1%}); {lg:>5} of {lt:>5} lines")
    g, t = sum(tally.gone.values()), sum(tally.total.values())
    lg, lt = sum(tally.lines_gone.values()), sum(tally.lines_total.values())
    print(f"    {'all':<22} {g:>7} of {t:>8} chars ({g / t:5.1%}); {lg:>5} of {lt:>5} lines")
    print("    by kind: " + ", ".join(f"{k} {v}" for k, v in tally.by_kind.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=0, help="print this many removed stretches, drawn at random")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--kind", help="only stretches of this kind (with --show)")
    parser.add_argument("--doc", help="print the removed stretches of this article")
    args = parser.parse_args()
    settings = Settings()
    mentions = annotated_mentions()
    tally = Tally()
    for a in corpora.annotated_articles("train"):
        tally.total[a.topic] += sum(1 for ch in a.text if not ch.isspace())
        result = prepare(RawInput(a.id, a.text, "txt", {"id": a.id, "published": a.published}), settings)
        if isinstance(result, Article):
            measure(result, a.topic, mentions[a.id], tally, args.doc == a.id)
        else:
            tally.rejected.append(f"{a.id}: {result.reason} ({result.detail}), {len(mentions[a.id])} mentions")
            tally.lost += [f"{a.id} {m['event']} {m['type']} {m['quote']!r}: the article is rejected" for m in mentions[a.id]]
            tally.gone[a.topic] += sum(1 for ch in a.text if not ch.isspace())
    report(tally, sum(len(v) for v in mentions.values()))
    if args.show:
        pool = [s for s in tally.stretches if not args.kind or s[1] == args.kind]
        for doc, kind, text in random.Random(args.seed).sample(pool, min(args.show, len(pool))):  # noqa: S311 (a sample to read, not a secret)
            print(f"--- {doc} [{kind}] {text[:400]!r}")


if __name__ == "__main__":
    main()
