"""Page furniture: what a page's text holds besides the article, found with exact offsets.

    pieces(raw)             every non-blank stretch of the raw text, labelled "text" or a furniture kind
    strip_boilerplate(raw)  the article text, the offsets of each kept piece in ``raw``, the title

What is not news must not reach the event extractor: a reader's "He promised a
lot" is no AGREE, another story's headline is no event of this article, and a
dateline's date is not the date of the lead's event. The steps:

1. within lines: datelines and time stamps (``clean.dates``), bylines, photo
   credits, tags, editors' notes, "Full Article", bullets, Reuters' update
   notes and instrument codes are cut out; what is left of the line stays
   (a headline before a dateline, the lead after it), as pieces of their own;
2. whole lines: site notices, sharing, subscribing and comment-system lines
   (weighed with ``data/words/page_words.tsv``), share bars, menus, credit
   and contributor lines, market-data lines, lines in another script;
3. reader-comment threads: from the first comment marker after the lead (a
   "Report abuse" footer, a user's "wrote:", a comment-policy line) back over
   the comment before it (a run of lines that read like a reader, not a
   reporter), to the end of the page unless the article resumes;
4. other stories' headlines: at the top of the page (before "Full Article",
   or before the lead), short headline-shaped lines that share almost none
   of the article's words; anywhere, runs of three or more listed headlines
   (two after a "Related stories" line) far from the article's words; the
   run-together slogans that end a page;
5. the body: the run of lines with the most prose (a maximum-sum segment;
   a dateline's line, and the short lines above it that share the article's
   words, count as prose); lines outside it are furniture too.

General signals come first (the shape of a line, stamps, repeated footers,
the article's own words); the few phrases a page's chrome always uses are a
data file users extend.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tidings import lexicon
from tidings.clean import dates
from tidings.models import Span

TEXT = "text"
# Lines that are boilerplate whatever their length.
_JUNK_LINE = re.compile(
    r"""^\s*(?:
        \(?photo(?:\s+credit)?\s*(?:[(]|:\s*$)|photo\s+by\b|\(photo\b|image:|credit:|\(credit|
        more\s+news\s*:|related\s*:|read\s+more\b|see\s+also\s*:|>>|
        tags?\s|subscribe\b|by\s+subscribing|sign\s+up\b|newsletter\b|
        about\s+(?:the\s+)?author|leave\s+a\s+reply|share\s+(?:this|on)\b|click\s+here|
        copyright\b|©|all\s+rights\s+reserved|advertisement$|
        hot\s+opinion$|most\s+read$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_CONTRIBUTED = re.compile(
    r"\bcontributed\s+(?:to\s+)?this\s+(?:article|report|story)\b|^\(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\b", re.I
)
_SHARE_WORDS = {
    "share", "tweet", "email", "e-mail", "print", "comment", "comments", "adjust", "facebook",
    "twitter", "whatsapp", "google+", "pinterest", "linkedin", "tumblr", "reddit", "telegram", "+", "|",
}  # fmt: skip
_CREDIT = re.compile(r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,4}\s*/\s*[A-Z][\w/ .'-]*$")
_BYLINE = re.compile(r"^\s*by\s+[A-Z][A-Z .'-]+(?:\s+STAFF)?\s*$", re.IGNORECASE)

# -- cut within a line ----------------------------------------------------------
_FULL_ARTICLE = re.compile(r"\bFull\s+Article\b")
_TAGS = re.compile(r"\((?:[A-Z][A-Z ]*\s-\s)?Tags?:[^)]*\)|(?:\|\s*)?Filed\s+under\s*:")
_NOTE = re.compile(
    r"\((?:Updates?|Updated\s+at|Posted\s+at|Adds|Recasts|Corrects|Changes|Repeats|Refiles|Rewrites|Writes\s+through|Fixes|Removes|Inserts)\b"
    r"[^()]{0,160}(?:\)|$)"
    r"|(?i:editor'?s\s+note)\s*:.*$"
)
_CODES = re.compile(r"\((?:ID|Story\s+ID):\s*\w+\)|(?<![\w.])[A-Z][A-Z0-9.]{1,9}[a-z]?\d?\s?=\s?[A-Z]{1,4}(?![\w])")
_REPORTING = re.compile(r"\([^()]{0,300}?\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]eported)\s+(?:by|from)\b[^()]*\)")
# A reader's post headed by its time and name: "January 31, 2011 at 2:03 pm | Jack:" (the date is cut as a stamp).
_COMMENTER = re.compile(r"\b\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*\|\s*[A-Z][\w.'-]*(?:\s+[\w.'-]+){0,4}\s*:", re.IGNORECASE)
# A post's clock time before a bar, as comment systems head each post ("January 31, 2011 at 2:03 pm | ..."; the date
# is cut as a stamp): an article's own stamps put the zone or the place after the time, not a bar.
_POST_TIME = re.compile(r"\b\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*\|(?:\s*(?:Report\s+abuse|Reply)\b\s*\|?)*")
_FOOTER = re.compile(r"(?:\|\s*)?\b(?:Report\s+abuse|Permalink)\b\s*\|?|\|\s*(?:Reply|Recommend|Flag)\s*(?:\||$)")
_CREDIT_LABEL = re.compile(
    r"(?<![\w])(?:[Pp]hotograph|[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage|[Cc]redit|[Ii]llustration)s?(?:\s+[Cc]redit)?\s*:\s*"
)
_AGENCY_CREDIT = re.compile(r"(?<![\w/])(?:REUTERS|Reuters|AFP|AP|EPA|Getty\s+Images)\s*\\?/\s*(?=[A-Z])")
_PAREN_CREDIT = re.compile(r"\((?:photo|image|picture)(?:\s+credit)?\s*:[^)]*\)", re.IGNORECASE)
_BYLINE_START = re.compile(r"(?<![\w'])(?:By|BY|From)\s+(?=[A-Z]|the\s+[A-Z])")
_BULLET = re.compile(r"(?:^|(?<=\s))(?:\\\*|\*|•|·|▪|►)(?=\s)")
_TOKEN = re.compile(r"\S+")
_ROLE_WORDS = {"to", "of", "for", "and", "the", "staff", "reporter", "writer", "correspondent", "editor", "producer", "columnist"}
_NAME_JOINERS = {"and", "the", "de", "la", "van", "von", "al", "bin", "el", "&"}
_CREDIT_CONT = {"via", "images", "Images", "TV", "Pictures", "Photo", "Photos", "Pool", "POOL"}

# -- whole lines ------------------------------------------------------------------
# A user name (with a digit or an underscore, or in lower case) before "wrote:": "marco_p wrote:", "kiprono77 says:".
_USER_WROTE = re.compile(r"^(?:(?=\S*[\d_])\S{2,30}\s+(?:wrote|says|said)|(?!(?:he|she|they|we|i|it)\s)[a-z][\w.-]{1,29}\s+wrote)\s*:")
_COMMENT_COUNT = re.compile(r"^\s*(?:\d+\s+comments?|comments?\s*\(\d+\)|show\s+\d+\s+comments?)\s*$", re.IGNORECASE)
_POSTED_BY = re.compile(r"^\s*posted\s+by\s+\S+", re.IGNORECASE)
_NUMERIC = re.compile(r"^[-+$€£]?\d[\d,./:%]*%?$|^[-+]\d")

# -- reading a line as a reader's comment -------------------------------------------
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|[Mm]y|mine|imo|IMO|lol|LOL)\b")
# "we", "our", "us" outside a quotation: a reporter does not speak for a group, a reader does ("we should stay out").
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # "we're", "we'll" too: the apostrophe ends the word
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ou're|[Yy]ours|YOU|YOUR)\b|(?<![\w.])u(?![\w.])")  # "u", not the "U" of "U.S."
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according\s+to|reported|announced|added|stated|quoted)\b")
_META = re.compile(r"\b(?:this\s+article|the\s+article|the\s+author|this\s+story|the\s+media|this\s+site)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_HEADLINESE_STOP = {"a", "an", "the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "here", "there"}
_HEADLINESE_STOP |= {"his", "her", "its", "their", "our", "my"}


@dataclass(frozen=True)
class Piece:
    """A stretch of the raw text (``start``, ``end``) and what it is: ``"text"`` for the article, else a furniture kind."""

    start: int
    end: int
    kind: str

    @property
    def kept(self) -> bool:
        return self.kind == TEXT


@dataclass
class _Line:
    start: int
    end: int
    text: str
    cuts: list[tuple[int, int, str]] = field(default_factory=list)  # offsets in the line
    kind: str | None = None  # the whole line's furniture kind

    def kept_text(self) -> str:
        return " ".join(self.text[a:b].strip() for a, b in self.kept_ranges())

    def kept_ranges(self) -> list[tuple[int, int]]:
        out, pos = [], 0
        for a, b, _kind in self.cuts:
            if a > pos:
                out.append((pos, a))
            pos = max(pos, b)
        if pos < len(self.text):
            out.append((pos, len(self.text)))
        return [(a, b) for a, b in out if self.text[a:b].strip()]


# -- 1. within lines ----------------------------------------------------------------
def _cuts(text: str, lead: bool) -> list[tuple[int, int, str]]:
    """The furniture inside one line: (start, end, kind), merged, in order."""
    found: list[tuple[int, int, str]] = [
        (s.start, s.end, s.kind if s.kind != "byline-date" else "dateline") for s in dates.stamps(text, 0, lead)
    ]
    for regex, kind in (
        (_FULL_ARTICLE, "nav"),
        (_TAGS, "tag"),
        (_NOTE, "note"),
        (_CODES, "ticker"),
        (_REPORTING, "byline"),
        (_FOOTER, "comment-marker"),
        (_COMMENTER, "comment-marker"),
        (_POST_TIME, "comment-marker"),
        (_PAREN_CREDIT, "credit"),
        (_BULLET, "bullet"),
    ):
        found += [(m.start(), m.end(), kind) for m in regex.finditer(text)]
    for m in _CREDIT_LABEL.finditer(text):
        found.append((m.start(), _credit_end(text, m.end(), label=True), "credit"))
    for m in _AGENCY_CREDIT.finditer(text):
        found.append((m.start(), _credit_end(text, m.start(), label=False), "credit"))
    if lead:
        ends = [b for _a, b, _k in found]
        for m in _BYLINE_START.finditer(text):
            before = text[: m.start()].rstrip()
            after_bar = before.endswith("|")
            if m.group().startswith("From") and not after_bar:
                continue
            # A byline opens the line, follows a "|", or follows another cut ("January 26, 2011 | By ...").
            if not before or after_bar or any(len(before) <= b <= m.start() for b in ends):
                found.append((m.start(), _byline_end(text, m.end()), "byline"))
    return _absorb(_merge_cuts(found), text)


# When cuts overlap, the merged cut is of the kind that says most about the line.
_PRIORITY = {"comment-marker": 3, "dateline": 2, "timestamp": 1}
# Cuts inside a sentence (an instrument code, a tag): the pieces around them are joined by a space, not a paragraph break.
INLINE = frozenset({"ticker", "tag"})


def _stronger(a: str, b: str) -> str:
    return a if _PRIORITY.get(a, 0) >= _PRIORITY.get(b, 0) else b


def _merge_cuts(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for a, b, kind in sorted(found):
        if b <= a:
            continue
        if out and a <= out[-1][1]:
            pa, pb, pkind = out[-1]
            out[-1] = (pa, max(pb, b), _stronger(pkind, kind))
        else:
            out.append((a, b, kind))
    return out


def _absorb(cuts: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """Scraps left between cuts or at the line's edges that are no text ("Jul", "|", "-") join the cut beside them."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for a, b, kind in cuts:
        if _is_scrap(text[pos:a]):
            a = pos
        if out and a <= out[-1][1]:
            pa, _pb, pkind = out[-1]
            out[-1] = (pa, b, _stronger(pkind, kind))
        else:
            out.append((a, b, kind))
        pos = b
    if out and _is_scrap(text[pos:]):
        out[-1] = (out[-1][0], len(text), out[-1][2])
    return out


def _is_scrap(gap: str) -> bool:
    words = gap.split()
    return len(words) <= 1 and not re.search(r"[A-Za-z]{4,}", gap)


def _tokens(text: str, pos: int) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text, pos))


def _lowerish(tok: str) -> bool:
    return tok[:1].islower()


def _byline_end(text: str, pos: int) -> int:
    """Where a byline that starts at ``pos`` (after "By") ends: names (joined by "and"), then perhaps ", role".

    A capitalised word followed by a lower-case one starts the article's sentence ("By Bryony Jones
    Members of ..."); a word in capitals after a mixed-case name is the dateline's city.
    """
    toks = _tokens(text, pos)
    end = pos
    in_role = False
    started_caps = bool(toks) and toks[0].group().isupper()
    prev_title = False
    for i, t in enumerate(toks):
        word = t.group()
        nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
        bare = word.rstrip(",;")
        if word.endswith(":") or re.match(dates.MONTH, word):
            break
        stamp = dates.TIMESTAMP.search(text, t.start(), t.end() + 60)
        if stamp is not None and stamp.start() < t.end():
            end = max(end, stamp.start()) if stamp.start() > t.start() else end
            break  # a time stamp, perhaps glued to the role: "staff reporterJanuary 28, 2011: 5:11 PM ET"
        if not in_role and bare.isupper() and len(bare) > 2 and not started_caps and prev_title:
            break  # the dateline's city
        prev_title = bare[:1].isupper() and not bare.isupper()
        if not (bare[:1].isupper() or bare.lower() in (_ROLE_WORDS if in_role else _NAME_JOINERS)):
            break
        ends_name = word.endswith(",") and not in_role and bool(nxt) and (nxt[:1].isupper() or nxt.lower() in _ROLE_WORDS)
        if (
            bare[:1].isupper()
            and nxt
            and _lowerish(nxt)
            and not ends_name
            and nxt.lower() not in (_ROLE_WORDS if in_role else _NAME_JOINERS)
        ):
            break  # this word starts the article's sentence
        end = t.end()
        if in_role and dates.is_agency(bare) and not bare.endswith("'s"):
            break  # "..., Special to CNN" ends at the outlet
        if word.endswith(","):
            if in_role:
                break
            in_role = True
            end = t.end()
    return end


def _credit_end(text: str, pos: int, label: bool) -> int:
    """Where a photo credit that starts at ``pos`` ends ("Miguel Tovar/AP", "Reuters/Louafi Larbi", "AFP/Getty images").

    After a label ("Photograph:") with no slash in its first words, the label alone is cut: "PHOTO: A
    rebel fighter shouts ..." is a caption, which is news.
    """
    toks = _tokens(text, pos)[:12]
    slash = next((i for i, t in enumerate(toks[:6]) if "/" in t.group()), None)
    if slash is None:
        if not label:
            return pos
        if toks and len(toks) <= 6 and all(t.group()[:1].isupper() for t in toks):
            return toks[-1].end()
        return pos
    end = toks[slash].end()
    parts = toks[slash].group().replace("\\/", "/").split("/")
    i = slash + 1
    if len(parts) > 1 and (parts[0].isupper() or dates.is_agency(parts[0])) and i < len(toks):
        word, nxt = toks[i].group(), toks[i + 1].group() if i + 1 < len(toks) else ""
        if word[:1].isupper() and not _lowerish(nxt):
            end, i = toks[i].end(), i + 1
    while i < len(toks) and (toks[i].group() in _CREDIT_CONT or (toks[i].group().isupper() and len(toks[i].group()) >= 2)):
        end, i = toks[i].end(), i + 1
    return end


# -- 2. whole lines -----------------------------------------------------------------
@lexicon.cached
def page_words() -> tuple[re.Pattern[str], dict[str, tuple[float, str]]]:
    """The page-furniture phrases (``data/words/page_words.tsv``): one pattern for them all, and each one's weight and kind."""
    table: dict[str, tuple[float, str]] = {}
    for row in lexicon.data_rows("words/page_words.tsv"):
        weight = float(row[1]) if len(row) > 1 and row[1].strip() else 1.0
        table[" ".join(row[0].lower().split())] = (weight, row[2].strip() if len(row) > 2 and row[2].strip() else "site")
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?:s|ers?|ing)?(?![\w-])", re.IGNORECASE), table


def site_score(text: str) -> tuple[float, set[str], bool]:
    """How much a line reads as the page's own chrome (weights of its distinct furniture phrases), their kinds
    ("comment" only for a phrase of a comment system weighing 3 or more: "Report abuse", not "comment"), and
    whether it is plainly chrome: a phrase weighing 3 or more, or words to the reader ("Share your ...")."""
    pattern, table = page_words()
    seen: dict[str, tuple[float, str]] = {}
    for m in pattern.finditer(text):
        found = " ".join(m.group().lower().split())
        for key in (found, re.sub(r"(?:s|ers?|ing)$", "", found)):
            if key in table:
                seen[key] = table[key]
                break
    kinds = {kind if kind != "comment" or weight >= 3 else "site" for weight, kind in seen.values()}
    score = sum(weight for weight, _kind in seen.values())
    to_reader = bool(score and _SECOND_PERSON.search(text))
    if to_reader:
        score += 1.0  # the page talking to its reader
    return score, kinds, to_reader or any(weight >= 3 for weight, _kind in seen.values())


def _latin_ratio(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if ord(ch) < 0x250) / len(letters)


def line_kind(text: str) -> str | None:
    """The furniture kind of a whole line (what is left of it after the cuts), or None for article text."""
    if not text:
        return None
    words = text.split()
    if _JUNK_LINE.match(text) or _CREDIT.match(text):
        return "site"
    if _BYLINE.match(text) or (_CONTRIBUTED.search(text) and len(words) <= 30):
        return "byline"
    if all(w.lower().strip(":") in _SHARE_WORDS for w in words):
        return "share"
    if _latin_ratio(text) < 0.5:
        return "script"
    if (dates.DATE_LINE.match(text) and len(words) <= 10) or (dates.DATED_DATELINE.match(text) and len(words) <= 8):
        return "dateline"
    if _USER_WROTE.match(text) or _COMMENT_COUNT.match(text) or _POSTED_BY.match(text):
        return "comment-marker"
    score, kinds, strong = site_score(text)
    if score >= 4 and score >= len(words) / 8 and strong and not _ATTRIBUTION.search(text):
        return "comment-marker" if "comment" in kinds else "site"
    if len(words) >= 4 and sum(1 for w in words if _NUMERIC.match(w)) / len(words) >= 0.4:
        return "ticker"
    if _is_nav(text):
        return "nav"
    return None


def _is_nav(line: str) -> bool:
    """A long run of capitalised words without sentence punctuation: a menu."""
    words = line.split()
    if len(words) < 8 or re.search(r"[.!?\"”]\s*$", line):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps / len(words) > 0.75 and not re.search(r"[,;]\s", line[:-1])


_SENTENCE_END = re.compile(r"[.!?\"”')]\s*$")  # a line that ends as a sentence ends


def _prose(text: str) -> float:
    """Positive for prose, negative for short fragments, for the body search."""
    if not text:
        return 0.0
    words = len(text.split())
    if words >= 12 or (words >= 6 and _SENTENCE_END.search(text)):
        return float(words)
    return -6.0


# -- 3. reader comments --------------------------------------------------------------
def comment_score(text: str) -> float:
    """How much a line reads like a reader's comment rather than a report (positive: a reader)."""
    if not text:
        return 0.0
    words = text.split()
    s = 0.0
    s += 1.0 if _FIRST_PERSON.search(text) else 0.0
    s += 1.0 if _SECOND_PERSON.search(text) else 0.0
    s += 1.0 if _FIRST_PLURAL.search(text) and not re.search(r"[\"“”]", text) else 0.0
    s += 1.0 if "!" in text else 0.0
    s += 1.0 if re.search(r"!!|\?\?|\.\.(?!\.\s*[A-Z])|\.{4,}", text) else 0.0
    s += 1.5 if text[:1].islower() else 0.0
    s += 2.0 if re.search(r"(?:^|\s)@\w", text) else 0.0
    s += 1.0 if sum(1 for w in words if len(w) >= 3 and w.isalpha() and w.isupper()) >= 2 else 0.0
    s += 1.5 if _META.search(text) else 0.0
    s += 1.0 if any(dates.is_agency(w.strip(".,!?'\"")) for w in words) else 0.0  # talking to the outlet
    stop = lexicon.words("timeline_stopwords")
    if len(words) >= 6 and sum(1 for w in words if w.lower().strip(".,!?") in stop) < len(words) * 0.08:
        s += 2.0  # not English: a reader's, not the article's
    s -= 2.0 if _ATTRIBUTION.search(text) else 0.0
    s -= 1.0 if re.search(r"[\"“”]", text) else 0.0
    s -= 1.5 if _WEEKDAY.search(text) else 0.0
    return s


_COMMENT_BIAS = 0.6
_COMMENT_BACK = 200
_COMMENT_MIN = 1.0


def _comment_zone(lines: list[_Line], texts: list[str], first_prose: int) -> tuple[int, int] | None:
    """The lines of a reader-comment thread, [start, end), or None.

    Its markers count after the article has begun: after the first prose line, and after the lead's dateline when
    one comes before them (a "Posted by" above the lead is a byline).
    """
    anchors = [
        i
        for i, ln in enumerate(lines)
        if i > first_prose and (ln.kind == "comment-marker" or any(k == "comment-marker" for _a, _b, k in ln.cuts))
    ]
    lead = next((i for i, ln in enumerate(lines[: dates.LEAD_LINES]) if ln.kind is None and _dated(ln)), None)
    if lead is not None and anchors and lead < anchors[0]:
        anchors = [i for i in anchors if i > lead]
    if not anchors:
        return None
    first, last = anchors[0], anchors[-1]
    start, best, run = first, 0.0, 0.0
    for i in range(first - 1, max(first_prose, first - _COMMENT_BACK), -1):
        if lines[i].kind is not None or not texts[i]:
            continue
        if _ATTRIBUTION.search(texts[i]) and re.search(r"[\"“”]|\b[A-Z][a-z]+\s+[A-Z][a-z]+", texts[i]):
            break  # a reporter's sentence: the article ends here
        run += comment_score(texts[i]) - _COMMENT_BIAS
        if run > best and run >= _COMMENT_MIN:
            best, start = run, i
    end = len(lines)
    streak = 0
    for j in range(last + 1, len(lines)):
        t = texts[j]
        if lines[j].kind is None and t and _prose(t) > 0 and comment_score(t) <= 0:
            streak += 1
            if streak >= 3:
                end = j - 2
                break
        elif t:
            streak = 0
    return start, end


# -- 4. other stories' headlines ---------------------------------------------------------
def _content_words(text: str) -> list[str]:
    stop = lexicon.words("timeline_stopwords")
    return [w.lower().rstrip("s") for w in re.findall(r"[A-Za-z][A-Za-z'.-]+", text) if len(w) >= 3 and w.lower() not in stop]


def _headline_shaped(text: str) -> bool:
    """3 to 20 words, no quote, no attribution, not a caption ending with its date."""
    words = text.split()
    if not 3 <= len(words) <= 20 or re.search(r"[\"“”]", text) or _ATTRIBUTION.search(text):
        return False
    return not re.search(dates.DAY_DATE + r"\.?\s*$", text)


def _headlinese(text: str) -> bool:
    """Written as headlines are: no article or pronoun among the first words ("2 men charged in death of ...")."""
    return not any(w.lower().strip(",.") in _HEADLINESE_STOP for w in text.split()[:3])


def _body_words(lines: list[_Line], texts: list[str], outside: range) -> Counter[str]:
    """The content words of the page's unclassified lines outside ``outside``: the article a candidate line of
    furniture is compared with."""
    return Counter(w for k, t in enumerate(texts) if k not in outside and lines[k].kind is None for w in _content_words(t))


def _off_topic(text: str, body: Counter[str], limit: float) -> bool:
    words = _content_words(text)
    if len(words) < 3 or sum(body.values()) < 30:
        return False
    return sum(1 for w in words if body[w] > 0) / len(words) <= limit


def _other_headlines(lines: list[_Line], texts: list[str], lead: int | None, full_article: int | None) -> list[int]:
    """Lines at the top of the page that are other stories' headlines."""
    top = lead if lead is not None else 1
    if full_article is not None:
        top = max(top, full_article)
    candidates = [i for i in range(min(top, dates.LEAD_LINES, len(lines))) if lines[i].kind is None and texts[i]]
    if not candidates:
        return []
    body = _body_words(lines, texts, range(top))
    out = []
    for i in candidates:
        if not _headline_shaped(texts[i]):
            continue
        before_full = full_article is not None and i < full_article
        if (before_full and _off_topic(texts[i], body, 0.3)) or (_headlinese(texts[i]) and _off_topic(texts[i], body, 0.15)):
            out.append(i)
    return out


def _listed_headline(text: str) -> bool:
    """A line as lists of other stories have them: short, capitalised, no sentence end, no quote, no attribution."""
    words = text.split()
    if not 3 <= len(words) <= 16 or re.search(r"[\"“”]", text) or _ATTRIBUTION.search(text):
        return False
    return not re.search(r"[.!?:;]\s*$", text) and text[:1].isupper()


def _related_lists(lines: list[_Line], texts: list[str]) -> list[int]:
    """Runs of other stories' headlines: three or more listed headlines in a row (two after a site line such as
    "Related stories") that share little with the rest of the article's words."""
    out: list[int] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].kind is None and _listed_headline(texts[j]):
            j += 1
        need = 2 if i > 0 and lines[i - 1].kind in ("site", "nav") else 3
        if j - i >= need:
            body = _body_words(lines, texts, range(i, j))
            if _off_topic(" ".join(texts[i:j]), body, 0.3):
                out += range(i, j)
        i = max(j, i + 1)
    return out


_ENDS = re.compile(r"[.!?][\"”')]?(?=\s|$)")
# Where one run-together headline ends and the next begins: a lower-case word, then a capitalised word that opens a
# clause ("... to safety A selection of ...", "... the world Thousands of people ...").
_SEAM = re.compile(r"[a-z] (?:A|An|The|[A-Z][a-z]+s?) (?=[a-z])")


def _run_together(text: str) -> bool:
    """A long line with (almost) no sentence end: one piece of prose ends a sentence every 150 characters or so, a
    list of headlines or teasers run together ("Glider pilot parachuted to safety A selection of the best images
    from around the world Thousands of people clashed with police ...") hardly ever."""
    if len(text.split()) < 20 or len(text) < 250 * (len(_ENDS.findall(text)) + 1):
        return False
    return len(_SEAM.findall(text)) >= 3


def _headline_runs(lines: list[_Line], texts: list[str]) -> list[int]:
    """Lines that are other stories' headlines or teasers run together, with no sentence end between them, sharing
    little with the rest of the article's words (a story's own highlights share its words, and stay)."""
    out = []
    for i, t in enumerate(texts):
        if lines[i].kind is not None or not _run_together(t):
            continue
        body = _body_words(lines, texts, range(i, i + 1))
        if _off_topic(t, body, 0.3):
            out.append(i)
    return out


# -- 5. the page's last words -------------------------------------------------------------
_JUNCTION = re.compile(r"[a-z,] (?:A|An|The|Our|Your|This|Get|Find|Discover)\s+[a-z]")


def _taglines(texts: list[str]) -> list[int]:
    """The page's last lines when they are run-together slogans ("... data distribution A connected approach to
    governance, risk and compliance Our next generation legal research platform"): no sentence ends in them."""
    out = []
    for i in range(len(texts) - 1, max(-1, len(texts) - 4), -1):
        t = texts[i]
        if not t:
            continue
        if re.search(r"[.!?\"”]", t) or len(_JUNCTION.findall(t)) < 2:
            break
        out.append(i)
    return out


# -- the whole page ---------------------------------------------------------------------
def _split_lines(raw: str) -> list[_Line]:
    out = []
    pos = 0
    for piece in raw.splitlines(keepends=True):
        body = piece.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        if stripped:
            out.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(piece)
    return out


def _analyse(raw: str) -> tuple[list[_Line], tuple[int, int]]:
    """The page's lines with their cuts and kinds, and the body's line range [first, last]."""
    lines = _split_lines(raw)  # the non-blank lines
    for n, ln in enumerate(lines):
        ln.cuts = _cuts(ln.text, n < dates.LEAD_LINES and ln.start < dates.LEAD_CHARS)
        ln.kind = line_kind(ln.kept_text())
        if ln.kind is None and not ln.kept_ranges():
            ln.kind = ln.cuts[0][2] if ln.cuts else None
    texts = [ln.kept_text() if ln.kind is None else "" for ln in lines]
    first_prose = next((i for i, t in enumerate(texts) if _prose(t) > 0), len(lines))
    zone = _comment_zone(lines, texts, first_prose)
    if zone is not None:
        for i in range(*zone):
            lines[i].kind = lines[i].kind or "comment"
            texts[i] = ""
    lead_line = next((i for i, ln in enumerate(lines[: dates.LEAD_LINES]) if ln.kind is None and _dated(ln)), None)
    full_article = next((i for i, ln in enumerate(lines[: dates.LEAD_LINES]) if any(k == "nav" for _a, _b, k in ln.cuts)), None)
    for i in _other_headlines(lines, texts, lead_line, full_article):
        lines[i].kind = "headline"
        texts[i] = ""
    for i in _related_lists(lines, texts):
        lines[i].kind = "related"
        texts[i] = ""
    for i in _headline_runs(lines, texts):
        lines[i].kind = "related"
        texts[i] = ""
    for i in _taglines(texts):
        lines[i].kind = "promo"
        texts[i] = ""
    return lines, _body_range(lines, texts, lead_line)


def _dated(ln: _Line) -> bool:
    return any(k in ("dateline", "timestamp") for _a, _b, k in ln.cuts)


def _body_range(lines: list[_Line], texts: list[str], lead: int | None = None) -> tuple[int, int]:
    """The run of lines with the most prose: a maximum-sum segment over line weights.

    A dateline's line counts as prose however short its lead (the article starts there), and so do the short
    lines above it that share the article's words (its headline and highlights)."""
    weights = [
        -12.0 if ln.kind is not None else max(_prose(t), 6.0 if _dated(ln) and t else -12.0) for ln, t in zip(lines, texts, strict=True)
    ]
    if lead is not None:
        body = Counter(w for k, t in enumerate(texts) if k >= lead for w in _content_words(t))
        for i in range(lead):
            if lines[i].kind is None and weights[i] < 0 and texts[i] and not _off_topic(texts[i], body, 0.4):
                weights[i] = 2.0
    best, best_range, cur, cur_start = 0.0, (0, -1), 0.0, 0
    for i, w in enumerate(weights):
        if cur <= 0:
            cur, cur_start = w, i
        else:
            cur += w
        if cur > best:
            best, best_range = cur, (cur_start, i)
    if best_range[1] < 0:
        # No run reads as prose: a text of one or two short sentences ("Eritrea expelled UN peacekeepers.", a
        # codebook's example, a wire brief) is all article, not a fragment of a page; its sentences are the body.
        sentences = [i for i, (ln, t) in enumerate(zip(lines, texts, strict=True)) if ln.kind is None and _sentence_shaped(t)]
        if sentences:
            return sentences[0], sentences[-1]
    return best_range


def _sentence_shaped(text: str) -> bool:
    """A short line that reads as a sentence: three words or more, ending as a sentence ends."""
    return len(text.split()) >= 3 and bool(_SENTENCE_END.search(text))


def pieces(raw: str) -> list[Piece]:
    """Every non-blank stretch of ``raw``, labelled: ``"text"`` (the article) or the kind of furniture it is."""
    lines, (first, last) = _analyse(raw)
    return _pieces(lines, first, last)


def strip_boilerplate(raw: str) -> tuple[str, tuple[Span, ...], str | None]:
    """Return (clean text, offsets to raw, title) for a page's text (see the module docstring).

    Kept pieces are joined by blank lines (a piece cut out of a line, such as the
    headline before a dateline, becomes a paragraph of its own), or by a space
    around a cut inside a sentence (an instrument code); each keeps its exact
    place in ``raw``.
    """
    lines, (first, last) = _analyse(raw)
    found = _pieces(lines, first, last)
    parts: list[str] = []
    spans: list[Span] = []
    pos = prev_end = 0
    inline_only = True  # only cuts inside a sentence since the last kept piece
    for p in found:
        if not p.kept:
            inline_only = inline_only and p.kind in INLINE
            continue
        if parts:
            joiner = " " if inline_only and "\n" not in raw[prev_end : p.start] else "\n\n"
            parts.append(joiner)
            pos += len(joiner)
        chunk = raw[p.start : p.end]
        parts.append(chunk)
        spans.append(Span(pos, pos + len(chunk), p.start, p.end))
        pos += len(chunk)
        prev_end, inline_only = p.end, True
    return "".join(parts), tuple(spans), _title(lines, first)


def _pieces(lines: list[_Line], first: int, last: int) -> list[Piece]:
    out: list[Piece] = []
    for i, ln in enumerate(lines):
        if not ln.text:
            continue
        kind = ln.kind or (TEXT if first <= i <= last else "outside")
        pos = 0
        for a, b, cut_kind in [*ln.cuts, (len(ln.text), len(ln.text), "")]:
            if a > pos and ln.text[pos:a].strip():
                seg = ln.text[pos:a]
                lead = len(seg) - len(seg.lstrip())
                out.append(Piece(ln.start + pos + lead, ln.start + pos + len(seg.rstrip()), kind))
            seg = ln.text[a:b]
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                out.append(Piece(ln.start + a + lead, ln.start + a + len(seg.rstrip()), cut_kind))
            pos = max(pos, b)
    return out


def _title(lines: list[_Line], first: int) -> str | None:
    """The headline-like line just above the body; else the headline a dateline follows on the body's first line."""
    for i in range(max(first, 0) - 1, max(0, first - 6) - 1, -1):
        t = lines[i].kept_text() if lines[i].kind is None else ""
        words = t.split()
        if 3 <= len(words) <= 25 and not t.endswith(":") and lines[i].kind is None:
            return t
    if 0 <= first < len(lines) and lines[first].kind is None:
        ln = lines[first]
        ranges = ln.kept_ranges()
        if len(ranges) > 1:
            a, b = ranges[0]
            after = next((k for ca, _cb, k in ln.cuts if ca >= b), None)
            head = ln.text[a:b].strip()
            if after in ("dateline", "timestamp", "credit", "byline") and 3 <= len(head.split()) <= 25:
                return head
    head_line = next((ln for ln in lines if ln.text and ln.kind is None), None)
    if head_line is not None and len(head_line.text.split()) <= 25 and lines and head_line.start < lines[max(first, 0)].start:
        return head_line.text
    return None
