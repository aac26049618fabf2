"""Derive trigger lines from PETRARCH2's CAMEO verb dictionary and the team's annotations of real news.

    python training/derive_triggers.py            # writes src/tidings/data/triggers/derived.tsv
    python training/derive_triggers.py --report   # also prints every candidate and why it was kept or left

Two sources, one file (``data/triggers/derived.tsv``; the hand-written ``<type>.tsv`` tables win: a word
they list is never derived again):

1. **PETRARCH2's verbs** (``../shared/dictionaries/petrarch2/CAMEO.2.0.txt``, MIT): every verb line of a
   block, with its own CAMEO code or the block's, mapped to a PLOVER type through the CAMEO -> PLOVER
   crosswalk (``data/cameo.tsv``). Phrasal verbs (``ASK_FOR``) become "ask for". The dictionary's
   phrase patterns (``- * {HUMANITARIAN AID} [0233]``) are not used.
2. **The training split's annotations** (``training/annotations``, split ``train`` only): a word (verb or
   noun lemma) that heads annotated triggers of one type at least ``MIN_ANNOTATED`` times, for at least
   ``MIN_SHARE`` of its annotations, and for at least ``MIN_PRECISION`` of its occurrences in the split.

A PETRARCH verb that the training split shows to be noise (``MIN_SEEN`` occurrences or more, and
annotated as its type in fewer than ``MIN_PETRARCH_PRECISION`` of them) is left out, and so are the
light verbs ("take", "make", "hold": their object decides, ``data/words/light_verbs.tsv``) and
``STOP``. The roles of a derived line are its type's usual roles (``data/roles.tsv``). The test split
is never read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import dev  # noqa: E402
import train  # noqa: E402

from tidings import lexicon  # noqa: E402
from tidings.corpora import SHARED_CORPUS  # noqa: E402
from tidings.events.extractor import default_roles, triggers  # noqa: E402

DICTIONARY = SHARED_CORPUS.parent / "dictionaries" / "petrarch2" / "CAMEO.2.0.txt"
OUT = HERE.parent / "src" / "tidings" / "data" / "triggers" / "derived.tsv"
PARTICLES = frozenset({"for", "on", "off", "up", "down", "out", "in", "with", "to", "against", "back", "over", "away"})
MIN_ANNOTATED = 3
MIN_SHARE = 0.6
MIN_PRECISION = 0.25
MIN_SEEN = 5
MIN_PETRARCH_PRECISION = 0.1
# Verbs too general to name an event by themselves (what follows them decides, when anything does).
STOP = frozenset(
    [
        "be",
        "have",
        "do",
        "say",
        "take",
        "make",
        "go",
        "get",
        "give",
        "put",
        "come",
        "keep",
        "set",
        "hold",
        "turn",
        "run",
        "see",
        "use",
        "tell",
        "want",
        "need",
        "leave",
        "end",
        "try",
        "bring",
        "call",
        "look",
        "stand",
        "remain",
        "stay",
        "move",
        "begin",
        "continue",
        "start",
        "let",
        "show",
        "find",
        "become",
        "seem",
        "help",
        "allow",
        "break",
        "cut",
        "open",
        "close",
        "fall",
        "lose",
        "face",
        "reach",
        "push",
        "drive",
        "enter",
        "return",
        "head",
        "send",
        "receive",
        "meet",
        "expect",
        "plan",
        "hope",
    ]
)

# Read by hand and left out: words that name an event in a few of the training split's sentences or in one
# CAMEO block but are more often something else in news.
LEAVE = {
    ("noun", "rat"): "an insult, not an event",
    ("verb", "refer"): "mostly 'referring to' a thing or a name; 0 right of 8 in development (dev.py --by-trigger)",
    ("noun", "mistake"): "a judgement, not an accusation",
    ("noun", "criminal"): "a person, not an event",
    ("noun", "counter"): "mostly 'over the counter', 'counter to'",
    ("noun", "push"): "a push for reform is not an attack",
    ("noun", "shell"): "the shell is the weapon, the shelling the event",
    ("noun", "campaign"): "political and advertising campaigns as often as military ones",
    ("noun", "fall"): "falls of prices and of regimes alike",
    ("verb", "compensate"): "to compensate is not to complain",
    ("verb", "acknowledge"): "mostly 'acknowledged that ...', a report; 1 right of 15 as CONCEDE in development (dev.py --by-trigger)",
    ("verb", "re-examine"): "a review, not an accusation",
    ("verb", "reexamine"): "a review, not an accusation",
    ("verb", "wrestle"): "mostly with a problem",
    ("verb", "kick"): "mostly 'kick off', sport",
    ("verb", "miss"): "missing people are not an arrest",
    ("verb", "beef up"): "strengthening is not coercion",
    ("verb", "roll"): "rolling news, rolled out",
    ("verb", "shout"): "shouting alone is not a protest",
    ("verb", "bow"): "to bow to pressure is to concede",
    ("verb", "stress"): "to stress is to say",
    ("verb", "decree"): "a decree is an act of government, not a demand",
    ("verb", "betray"): "an accusation's word, not a sanction",
    ("verb", "greet"): "courtesy, not support (PLOVER)",
    ("verb", "rejoice"): "a mood, not support of someone",
    ("verb", "descend"): "crowds descending on a square protest, they do not threaten",
}

HEADER = """\
# Trigger lines derived by training/derive_triggers.py: do not edit (the <type>.tsv tables win; add lines there).
# Columns: type, then the tables' columns (kind, lemma, mode, actor roles, recipient roles, needs), then the
# source: "petrarch <CAMEO code>" (a verb of PETRARCH2's CAMEO.2.0.txt through the CAMEO -> PLOVER crosswalk) or
# "annotations <annotated>/<seen>" (the training split: annotated as this type / occurrences).
#
# PETRARCH2's CAMEO verb dictionary: The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance.
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
# documentation files (the "Software"), to deal in the Software without restriction, including without limitation
# the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and
# to permit persons to whom the Software is furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or substantial portions
# of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO
# THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
# CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
# DEALINGS IN THE SOFTWARE.
"""


def cameo_types() -> dict[str, str]:
    """CAMEO code -> PLOVER type (``data/cameo.tsv``; codes without a type are left out)."""
    return {row[0]: row[2] for row in lexicon.data_rows("cameo.tsv") if len(row) > 2 and row[2] != "-"}


def petrarch_verbs(path: Path = DICTIONARY) -> dict[str, str]:
    """Verb lemma (lower case; phrasal verbs "ask for") -> its CAMEO code, from the dictionary's verb lines."""
    out: dict[str, str] = {}
    block: str | None = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.startswith(("-", "&", "~")):
            continue
        head = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if head:
            block = None if head.group(2).strip() in ("---", "") else head.group(2).strip()
            continue
        word = re.match(r"^\+?([A-Z][A-Z_'-]*)", line.strip())
        if word is None:
            continue
        code = re.search(r"\[([0-9A-Z]+)\]\s*$", line)
        chosen = code.group(1) if code else block
        if chosen is None or chosen == "---":
            continue
        lemma = word.group(1).lower().replace("_", " ").strip()
        words = lemma.split()
        if len(words) == 1 or (len(words) == 2 and words[1] in PARTICLES):
            out.setdefault(lemma, chosen)
    return out


def type_of(code: str, types: dict[str, str]) -> str | None:
    """A CAMEO code's PLOVER type, or its nearest parent code's."""
    for n in range(len(code), 1, -1):
        if code[:n] in types:
            return types[code[:n]]
    return None


def annotation_counts() -> tuple[Counter[tuple[str, str]], dict[tuple[str, str], Counter[str]]]:
    """(kind, lemma) -> occurrences in the training split, and -> annotated types."""
    docs = dev.cached_docs("train")
    labels = train.token_labels("train", docs)
    seen: Counter[tuple[str, str]] = Counter()
    annotated: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for article, doc in docs:
        gold = labels[article.id]
        for tok in doc:
            kind = "verb" if (tok.pos_ == "VERB" or tok.tag_.startswith("VB")) else "noun" if tok.pos_ == "NOUN" else None
            if kind is None:
                continue
            key = (kind, tok.lemma_.lower())
            seen[key] += 1
            if tok.i in gold:
                annotated[key][gold[tok.i][0]] += 1
    return seen, annotated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", action="store_true")
    args = parser.parse_args()
    hand = triggers_by_hand()
    light = lexicon.words("light_verbs")
    roles = default_roles()
    seen, annotated = annotation_counts()
    lines: dict[tuple[str, str, str], str] = {}
    report: list[str] = []

    def add(typ: str, kind: str, lemma: str, source: str) -> None:
        actor, recipient = roles.get((typ, kind)) or (frozenset({"subj"}), frozenset({"dobj"}))
        lines.setdefault(
            (typ, kind, lemma), "\t".join([typ, kind, lemma, "", ",".join(sorted(actor)), ",".join(sorted(recipient)), "", source])
        )

    for (kind, lemma), types in sorted(annotated.items()):
        typ, n = types.most_common(1)[0]
        share, precision = n / sum(types.values()), n / seen[(kind, lemma)]
        keep = n >= MIN_ANNOTATED and share >= MIN_SHARE and precision >= MIN_PRECISION and (kind, lemma) not in hand
        keep = keep and not (kind == "verb" and (lemma in STOP or lemma in light)) and (kind, lemma) not in LEAVE
        report.append(f"{'keep' if keep else 'leave'}\tannotations\t{typ}\t{kind}\t{lemma}\t{n}/{seen[(kind, lemma)]}\tshare {share:.2f}")
        if keep:
            add(typ, kind, lemma, f"annotations {n}/{seen[(kind, lemma)]}")
    types = cameo_types()
    for lemma, code in sorted(petrarch_verbs().items()):
        typ = type_of(code, types)
        if typ is None:
            continue
        first = lemma.split()[0]
        n, total = annotated.get(("verb", lemma), Counter())[typ], seen[("verb", lemma)]
        noise = total >= MIN_SEEN and n / total < MIN_PETRARCH_PRECISION
        keep = ("verb", lemma) not in hand and first not in STOP and first not in light and not noise and ("verb", lemma) not in LEAVE
        report.append(f"{'keep' if keep else 'leave'}\tpetrarch {code}\t{typ}\tverb\t{lemma}\t{n}/{total}")
        if keep:
            add(typ, "verb", lemma, f"petrarch {code}")
    OUT.write_text(HEADER + "\n".join(lines[k] for k in sorted(lines)) + "\n", encoding="utf-8")
    by_type = Counter(k[0] for k in lines)
    print(f"wrote {len(lines)} lines to {OUT}: " + ", ".join(f"{t} {n}" for t, n in sorted(by_type.items())))
    if args.report:
        print("\n".join(report))


def triggers_by_hand() -> set[tuple[str, str]]:
    """(kind, lemma) of the hand-written tables' lines."""
    return {key for key, found in triggers(derived=False).items() if found}


if __name__ == "__main__":
    main()
