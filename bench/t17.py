"""Load the Timeline17 articles of ../shared/corpus/t17, detokenized.

The texts are Penn-Treebank tokenized (``-LRB-``, `` `` ``, `` , ``): the
pipeline must see ordinary text, so the loader undoes the tokenization.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tidings.corpora import detokenize

ROOT = Path(__file__).resolve().parent.parent
T17 = ROOT.parent / "shared" / "corpus" / "t17"


@dataclass(frozen=True)
class T17Article:
    topic: str
    id: str
    published: str
    text: str


def load(topics: list[str] | None = None) -> list[T17Article]:
    if not T17.exists():
        raise SystemExit(f"the Timeline17 corpus is missing at {T17}")
    out = []
    for folder in sorted(p for p in T17.iterdir() if p.is_dir()):
        if topics and folder.name not in topics:
            continue
        for line in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            out.append(T17Article(folder.name, str(record["id"]), record["time"], detokenize(record["text"])))
    return out


def write_jsonl(articles: list[T17Article], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(
                json.dumps({"id": f"{a.topic}/{a.id}", "published": a.published, "text": a.text, "outlet": a.topic.split("_")[-1]}) + "\n"
            )
