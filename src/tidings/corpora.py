"""Readers for the shared development corpora (Timeline17 and the real-news gold).

The corpora are never copied into the repository: training, tests and
benchmarks read them from ``../shared/corpus`` (or a root given explicitly).
The Timeline17 texts are Penn-Treebank tokenized (``-LRB-``, `` `` ``, `` , ``);
``detokenize`` gives back the ordinary text the pipeline must see, and the
team's annotations (``training/annotations``) quote that text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SHARED_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
ANNOTATIONS = Path(__file__).resolve().parents[2] / "training" / "annotations"
T17_TOPICS = ("EgyptianProtest_cnn", "H1N1_guardian", "LibyaWar_reuters")

_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}


@dataclass(frozen=True)
class CorpusArticle:
    """One article of a shared corpus: ``id`` is ``<topic>/<article id>``."""

    id: str
    published: str
    text: str

    @property
    def topic(self) -> str:
        return self.id.split("/", 1)[0]

    def to_record(self) -> dict[str, str]:
        """The article as an ingestable JSON record (its id, date, text and outlet)."""
        return {"id": self.id, "published": self.published, "text": self.text, "outlet": self.topic.split("_")[-1]}


def detokenize(text: str) -> str:
    """Penn-Treebank tokens back to ordinary text, line by line (paragraphs kept)."""
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


def t17_articles(topics: tuple[str, ...] | list[str] | None = None, root: Path = SHARED_CORPUS) -> list[CorpusArticle]:
    """The Timeline17 articles of ``root/t17`` (all topics, or those named), detokenized, in file order."""
    folder = root / "t17"
    if not folder.is_dir():
        raise FileNotFoundError(f"the Timeline17 corpus is missing at {folder}")
    out = []
    for topic in sorted(p for p in folder.iterdir() if p.is_dir()):
        if topics and topic.name not in topics:
            continue
        for line in (topic / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            out.append(CorpusArticle(f"{topic.name}/{record['id']}", record["time"], detokenize(record["text"])))
    return out


def news_gold_articles(root: Path = SHARED_CORPUS) -> list[CorpusArticle]:
    """The articles of the shared real-news gold (``news-gold/articles.jsonl``), as they are."""
    path = root / "news-gold" / "articles.jsonl"
    return [
        CorpusArticle(r["id"], r["published"], r["text"])
        for r in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    ]


def write_jsonl(articles: list[CorpusArticle], path: Path) -> None:
    """Write articles as an ingestable JSONL corpus."""
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a.to_record(), ensure_ascii=False) + "\n")


def annotation_files(split: str, folder: Path = ANNOTATIONS) -> list[Path]:
    """The team's annotation batches of a split (``train`` or ``test``), in name order."""
    return sorted(p for p in folder.glob("*.json") if json.loads(p.read_text(encoding="utf-8")).get("split") == split)


def annotation_gold(split: str, folder: Path = ANNOTATIONS) -> dict[str, Any]:
    """One ``tidings-gold/1`` document with every event of a split's batches (ids are unique across batches).

    Each batch keeps one record per real event across its own articles, but two batches that read articles about
    the same happening each made a record of it. The gold's convention is one record per real event, so records of
    different batches that agree on everything a record says (``same_record``) become one, with both batches'
    mentions: otherwise a linker that joins the reports of one event would be charged a miss for the second record.
    Records that a reviewer found to be one happening although they differ in a detail (one batch dated it to the
    month, named the person where the other named his country, or did not require it) say so explicitly with
    ``"same_as": "<id of the other record>"`` (``join_same_as``).
    """
    events: list[dict[str, Any]] = []
    kept: dict[tuple[object, ...], tuple[str, dict[str, Any]]] = {}
    merged_into: dict[str, str] = {}  # a record's id -> the id of the record that took its mentions
    links: list[tuple[str, str]] = []
    for path in annotation_files(split, folder):
        for e in json.loads(path.read_text(encoding="utf-8"))["events"]:
            if e.get("same_as"):
                links.append((str(e["id"]), str(e["same_as"])))
            key = same_record(e)
            first = kept.get(key) if key is not None else None
            if first is not None and first[0] != path.stem:
                first[1]["mentions"] = [*first[1]["mentions"], *e["mentions"]]
                merged_into[str(e.get("id"))] = str(first[1].get("id"))
                continue
            e = dict(e)
            e.pop("same_as", None)
            if key is not None:
                kept.setdefault(key, (path.stem, e))
            events.append(e)
    events = join_same_as(events, links, merged_into)
    return {"format": "tidings-gold/1", "documents": None, "about": f"the {split} split of training/annotations", "events": events}


def join_same_as(
    events: list[dict[str, Any]], links: list[tuple[str, str]], merged_into: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """Fold the records joined by ``same_as`` links (``(id, id of the record it is the same as)``) into one.

    The record a link points at keeps its own fields (the reviewer points at the fuller, more precise one) and gains
    the other's mentions; it is required when either was, since one batch found the event clearly reported. The
    folded records stay under ``variants`` (and the kept one's own flag under ``own_required``): a scorer that sees
    only some of the articles (a cross-validation fold) can score the record those articles support.
    ``merged_into`` maps the ids of records already folded by ``same_record`` to the record that took them, so a link
    may name any of a group. An unknown id is an annotation error: ``ValueError`` rather than two records left apart.
    """
    by_id = {str(e.get("id")): e for e in events}
    alias = merged_into or {}
    parent: dict[str, str] = {}

    def root(event_id: str) -> str:
        event_id = alias.get(event_id, event_id)
        if event_id not in by_id:
            raise ValueError(f"same_as names an unknown record {event_id}")
        while event_id in parent:
            event_id = parent[event_id]
        return event_id

    for source, target in links:
        a, b = root(source), root(target)
        if a != b:
            parent[a] = b
    out = []
    for e in events:
        head = root(str(e.get("id")))
        if head == str(e.get("id")):
            out.append(e)
            continue
        kept = by_id[head]
        kept.setdefault("own_required", bool(kept.get("required", True)))
        kept.setdefault("variants", []).append(dict(e))
        kept["mentions"] = [*kept["mentions"], *e["mentions"]]
        kept["required"] = bool(kept.get("required", True) or e.get("required", True))
    return out


def same_record(event: dict[str, Any]) -> tuple[object, ...] | None:
    """What two records of one event agree on: type, status, date, whether required, and the sides (names, else
    countries); None for an undated record, which cannot be told apart from another happening of its kind."""
    if not isinstance(event, dict) or not event.get("date"):
        return None

    def sides(role: str) -> frozenset[str]:
        return frozenset(str(p.get("name") or p.get("country")) for p in event.get(role) or [])

    return (event.get("type"), event.get("status"), event["date"], event.get("required", True), sides("actors"), sides("recipients"))


def annotated_articles(split: str, root: Path = SHARED_CORPUS, folder: Path = ANNOTATIONS) -> list[CorpusArticle]:
    """The Timeline17 articles of a split (``training/split.json``), detokenized."""
    ids = set(json.loads((folder.parent / "split.json").read_text(encoding="utf-8"))[split])
    return [a for a in t17_articles(root=root) if a.id in ids]


def real_news_gold(name: str, folder: Path) -> tuple[Path, Path]:
    """Write one real-news gold set into ``folder`` as an ingestable corpus and a gold file; (corpus, gold).

    ``name``: ``test`` or ``train`` (the team's annotated Timeline17 splits) or ``news-gold`` (the shared one).
    The articles are read from ``../shared/corpus``: the repository holds references to them only.
    """
    if name == "news-gold":
        articles = news_gold_articles()
        data = json.loads((SHARED_CORPUS / "news-gold" / "gold.json").read_text(encoding="utf-8"))
        data["documents"] = None
    else:
        articles = annotated_articles(name)
        data = annotation_gold(name)
    corpus, gold = folder / f"{name}.jsonl", folder / f"{name}-gold.json"
    write_jsonl(articles, corpus)
    gold.write_text(json.dumps(data), encoding="utf-8")
    return corpus, gold
