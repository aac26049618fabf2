"""Full-text search: a user's words as an FTS5 query, and the marks around matched words in snippets."""

from __future__ import annotations

import re

# Marks around the matched words in snippets (private-use characters: no article contains them, and the web
# escapes the text before it turns them into <mark>).
MARK_START, MARK_END = "\ue000", "\ue001"

__all__ = ["MARK_END", "MARK_START", "fts_query"]


def fts_query(text: str) -> str | None:
    """A user's words as an FTS5 query: each word a quoted term, all required (no FTS5 syntax gets through)."""
    words = re.findall(r"\w+", text)
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words[:20]) or None
