"""tidings: news articles in, a dated, sourced, deduplicated record of political events out.

>>> import tidings
>>> events = tidings.extract(text, published="2018-02-02")  # doctest: +SKIP
"""

from __future__ import annotations

from tidings import temporal
from tidings.models import Entity, Event, Location, SourceRef, TimePoint, Timex
from tidings.pipeline import extract

__version__ = "0.1.0"

__all__ = [
    "Entity",
    "Event",
    "Location",
    "SourceRef",
    "TimePoint",
    "Timex",
    "__version__",
    "extract",
    "temporal",
]
