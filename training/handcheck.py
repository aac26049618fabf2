"""Draw random events from a store for a hand check, with what a checker needs to judge them.

    python training/handcheck.py STORE --n 40 --seed 20261201 --out /tmp/handcheck.jsonl [--min-confidence C]

Each line: the event (type, status, mode, date and precision, actors, recipients, place) and, for
its first three sources, the article's id, publication date, the sentence, and the text around it (what
came before in the article, for pronouns and dates). The output holds article text: keep it outside the
repository; record verdicts by event id and short quotes only.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from tidings.models import Entity
from tidings.store import Store

CONTEXT = 900  # characters of the article before the sentence


def _who(entities: tuple[Entity, ...]) -> list[str]:
    return [f"{e.name or e.country} ({e.kind}, {e.country or '-'}{', ' + e.title if e.title else ''})" for e in entities]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--min-confidence", type=float, default=0.0, help="draw among the events at least this confident")
    args = parser.parse_args()
    store = Store(args.store)
    try:
        events = sorted((e for e in store.events() if e.confidence >= args.min_confidence), key=lambda e: e.id)
        chosen = random.Random(args.seed).sample(events, min(args.n, len(events)))  # noqa: S311 (a sample, not a secret)
        with args.out.open("w", encoding="utf-8") as fh:
            for e in chosen:
                sources = []
                for s in e.sources[:3]:
                    article = store.article(s.article_id)
                    text = article.text if article is not None else ""
                    sources.append(
                        {
                            "article": (article.doc_id or article.id) if article is not None else s.article_id,
                            "published": s.published,
                            "sentence": s.sentence,
                            "before": text[max(0, s.start - CONTEXT) : s.start],
                        }
                    )
                record = {
                    "id": e.id,
                    "type": e.type,
                    "status": e.status,
                    "mode": e.mode,
                    "date": e.date,
                    "precision": e.date_precision,
                    "actors": _who(e.actors),
                    "recipients": _who(e.recipients),
                    "location": e.location.name if e.location else None,
                    "reports": len(e.sources),
                    "sources": sources,
                }
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        store.close()
    print(f"{len(chosen)} events of {len(events)} written to {args.out}")


if __name__ == "__main__":
    main()
