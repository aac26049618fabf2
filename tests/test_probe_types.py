"""Type recall on the codebook-style probe (``tests/data/plover/codes.jsonl``, ``training/probe_types.py``).

The floors are the recall measured when the rules last changed, for the tune half (whose misses the rules were
fixed on) and the held-out half (never looked at): a regression floor, not a claim about real news.
"""

from __future__ import annotations

import pytest
from training.probe_types import HALVES, probe, recall

FLOORS = {"tune": 0.781, "heldout": 0.613}  # 200 and 157 of 256


@pytest.mark.slow
def test_probe_recall_holds_its_floors(nlp: object) -> None:
    results = probe()
    measured = {half: recall(results, half) for half in HALVES}
    low = {half: (round(measured[half], 4), FLOORS[half]) for half in HALVES if measured[half] + 1e-9 < FLOORS[half]}
    assert not low, f"probe recall below the floor (measured, floor): {low}"
