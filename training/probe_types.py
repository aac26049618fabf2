"""Type recall on codebook-style sentences: one short invented sentence per CAMEO code, two per code.

    python training/probe_types.py [--misses tune|heldout|all|none]

``tests/data/plover/codes.jsonl`` holds, for every CAMEO code the CAMEO -> PLOVER crosswalk maps to a type, two
wire-style sentences written for this probe (none taken from a codebook or an article), the crosswalk's type, and
the half the code belongs to: ``tune`` or ``heldout``, fixed by the parity of the code's SHA-1 before any result was
seen. Rules are fixed on the tune half's misses only; the held-out half says whether a fix carries to sentences
nobody looked at.

Each sentence goes through the pipeline alone (``tidings.extract``). A sentence counts as found when one of its
events has the expected type, natively or as the PLOVER export codes it (a planned meeting is AGREE there, a
planned attack THREATEN). The script prints recall per type and overall for each half, then the misses asked for.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from tidings.export.codes import plover_coding
from tidings.pipeline import extract

PROBE = Path(__file__).resolve().parent.parent / "tests" / "data" / "plover" / "codes.jsonl"
HALVES = ("tune", "heldout")


@dataclass(frozen=True)
class Probed:
    id: str
    cameo: str
    expected: str
    half: str
    text: str
    found: tuple[str, ...]  # the types of the sentence's events, native and as exported

    @property
    def hit(self) -> bool:
        return self.expected in self.found


def probe(path: Path = PROBE) -> list[Probed]:
    results = []
    for line in path.read_text().splitlines():
        row = json.loads(line)
        found: list[str] = []
        for e in extract(row["text"], published=row["published"]):
            found += [e.type if e.status == "occurred" else f"{e.type}/{e.status}", plover_coding(e).type]
        results.append(Probed(row["id"], row["cameo"], row["type"], row["half"], row["text"], tuple(dict.fromkeys(found))))
    return results


def recall(results: list[Probed], half: str) -> float:
    mine = [r for r in results if r.half == half]
    return sum(r.hit for r in mine) / len(mine)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", choices=("tune", "heldout", "all", "none"), default="tune")
    args = parser.parse_args()
    results = probe()
    for half in HALVES:
        mine = [r for r in results if r.half == half]
        print(f"{half}: recall {recall(results, half):.3f} ({sum(r.hit for r in mine)} of {len(mine)})")
        by_type: dict[str, list[Probed]] = defaultdict(list)
        for r in mine:
            by_type[r.expected].append(r)
        for typ, rs in sorted(by_type.items()):
            print(f"  {typ:<10}{sum(r.hit for r in rs):>3} of {len(rs):<3}")
    for r in results:
        if not r.hit and args.misses in (r.half, "all"):
            print(f"MISS {r.half:<7} {r.id:<7} {r.expected:<9} found {','.join(r.found) or '-':<24} {r.text}")


if __name__ == "__main__":
    main()
