"""Time expressions: find them in text (``tag``) and place them on the calendar (``resolve``).

Resolution is relative to a reference date (the article's publication date)
and to the tense of the clause that governs the expression: a bare weekday in a
past clause is the most recent such day (the reference day itself when it is
that weekday), in a future clause the coming one; a month or a day without a
year is the nearest one on the side the tense points to. Expressions that need
an anchor the text does not give ("the day before" with no earlier date)
resolve to None: a date is never guessed.

The rules are one table (``tagger.RULES``): each row is a pattern and the
handler that reads it, grouped by kind in ``dates`` (written dates, months,
years, weekdays), ``named_days`` (holidays, "the first Monday of March",
"Monday last week"), ``periods`` (quarters, halves, seasons, reporting periods),
``relative`` (deictic words, offsets, narrative anchors, PRESENT_REF and its
kin) and ``spans`` (durations, sets, clock times). ``points`` does the calendar
arithmetic, ``words`` the numbers and names, ``context`` what a handler sees.

The package is pure Python (no spaCy). In ``tag`` the tense is a hint: the
nearest verb cue around the expression weighs first, and a caller's parse
(``tense_of``) is heard only where the words give none; ``resolve``'s
``tense`` argument is taken as given.
"""

from __future__ import annotations

from tidings.models import TimePoint, Timex, granularity_rank
from tidings.temporal.points import point_from_value, to_date
from tidings.temporal.tagger import RULES, resolve, tag

__all__ = ["RULES", "TimePoint", "Timex", "granularity_rank", "point_from_value", "resolve", "tag", "to_date"]
