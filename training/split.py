"""Choose the Timeline17 articles the team annotates, and fix the test split.

The choice is made once, before any annotation or training, from the article
ids alone, and written to ``training/split.json``; running this again gives
the same file. Rules:

- the pool is the 728 articles of ``../shared/corpus/t17`` minus the 32 of
  ``../shared/corpus/news-gold`` (a test set of its own, never trained on);
- articles of fewer than 50 or more than 2,500 words (detokenized) are left
  out: empty records, one-line teasers and hour-long TV transcripts (a quarter
  of the CNN topic) cost the annotators most and teach least;
- within each topic, articles are ordered by the SHA-256 of
  ``tidings-annotation-2026:<topic>/<id>``; the first ``TEST[topic]`` are the
  test split, the next ``TRAIN[topic]`` the training split.

The test split is whole articles; no rule, threshold or model is tuned on it.

    python training/split.py      # writes training/split.json
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from tidings.corpora import news_gold_articles, t17_articles

HERE = Path(__file__).resolve().parent
SALT = "tidings-annotation-2026:"
MIN_WORDS, MAX_WORDS = 50, 2500
TEST = {"EgyptianProtest_cnn": 24, "LibyaWar_reuters": 32, "H1N1_guardian": 8}
TRAIN = {"EgyptianProtest_cnn": 163, "LibyaWar_reuters": 321, "H1N1_guardian": 63}


def choose() -> dict[str, list[str]]:
    held = {a.id for a in news_gold_articles()}
    split: dict[str, list[str]] = {"test": [], "train": []}
    for topic in sorted(TEST):
        pool = [a.id for a in t17_articles([topic]) if a.id not in held and MIN_WORDS <= len(a.text.split()) <= MAX_WORDS]
        pool.sort(key=lambda i: hashlib.sha256((SALT + i).encode()).hexdigest())
        split["test"] += pool[: TEST[topic]]
        split["train"] += pool[TEST[topic] : TEST[topic] + TRAIN[topic]]
    return split


def main() -> None:
    split = choose()
    (HERE / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in split.items()})


if __name__ == "__main__":
    main()
