"""Load the Timeline17 articles of ../shared/corpus/t17, detokenized.

The texts are Penn-Treebank tokenized (``-LRB-``, `` `` ``, `` , ``): the
pipeline must see ordinary text, so the loader undoes the tokenization.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
T17 = ROOT.parent / "shared" / "corpus" / "t17"

_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}


@dataclass(frozen=True)
class T17Article:
    topic: str
    id: str
    published: str
    text: str


def detokenize(text: str) -> str:
    """Penn-Treebank tokens back to ordinary text, line by line."""
    lines = []
    for line in text.split("\n"):
        s = " " + line.strip() + " "
        for token, char in _BRACKETS.items():
            s = s.replace(f" {token} ", f" {char} ")
        s = re.sub(r" `` ", ' "', s)
        s = re.sub(r" '' ", '" ', s)
        s = re.sub(r" ` ", " '", s)
        s = re.sub(r" ([,.;:!?%)\]}]) ", r"\1 ", s)
        s = re.sub(r" ([,.;:!?%)\]}])(?=[ ,.;:!?])", r"\1", s)
        s = re.sub(r"([(\[{$]) ", r"\1", s)
        s = re.sub(r" (n't|'s|'re|'ve|'m|'ll|'d) ", r"\1 ", s, flags=re.IGNORECASE)
        s = re.sub(r" --(?= )", " —", s)
        lines.append(" ".join(s.split()))
    return "\n\n".join(line for line in lines if line)


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
