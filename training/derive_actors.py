"""Derive tidings' actor and body gazetteer from PETRARCH2's Phoenix actor dictionaries.

    python training/derive_actors.py [--source ../shared/dictionaries/petrarch2] [--out src/tidings/data]

Reads ``Phoenix.Countries.actors.txt`` (people of every country with their
spellings and the dates of their roles), ``Phoenix.International.actors.txt``
(international bodies, their organs and officials) and
``Phoenix.MilNonState.actors.txt`` (armed groups) and writes
``petrarch_actors.tsv`` (people) and ``petrarch_bodies.tsv`` (bodies) beside
tidings' hand-written ``actors.tsv`` and ``bodies.tsv``.

What it does to the dictionaries:

- records are people, bodies, places or generic agents: places (the country
  records and their cities) and generic agents ("UN_ENVOY", "AMERICAN_VICE_PRESIDENT")
  are left out; a record is a body when a word of its name is a body word
  (council, army, front ...) or it is an acronym, else a person;
- a person's aliases lose their title words ("PRESIDENT_HOSNI_MUBARAK" is
  Hosni Mubarak, and President is his title; "UN_SECRETARY-GENERAL_BAN_KI-MOON"
  is Ban Ki-moon); aliases naming something else ("OBAMA_ADMINISTRATION") go;
- records of one person are joined: the same name once Arabic articles and
  hyphens are ignored (MUAMMAR_AL_QADDAFI_ and MUAMMAR_GADDAFI_), in the same
  country, or in any country for a name of three words or more (BAN_KI_MOON_ of
  Korea and the UN's SECRETARY-GENERAL_BAN_KI-MOON);
- the canonical name is the full-name alias whose words are the most common
  among the record's spellings (Muammar Gaddafi over Moammar Gadhafi), written
  as English Wikipedia writes names (al-Assad, Ki-moon, McNamara, Abdullah II);
  a person or body that tidings' hand-written files already name keeps that
  name (and its country, sector and title);
- CAMEO codes become ISO 3166-1 alpha-3 countries (CAMEO uses alpha-3 but for
  a few: TMP is TLS, KSV is XKX; historical states are left without one) and
  tidings' sectors (GOV, MIL, REB, OPP, JUD, LEG, COP, MED, BUS, IGO, NGO; a
  minister of defence, GOVMIL, is MIL); IGOs and their officials have no country;
- every role keeps its dates (``ISO3,SECTOR,start,end,CAMEO`` with empty ends
  for open ranges): they say who held an office on a given day
  (``gazetteer.leader_of``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")

LICENCE = """\
# Derived by training/derive_actors.py from PETRARCH2's Phoenix actor dictionaries
# (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt;
# ../shared/dictionaries/petrarch2). Do not edit by hand: edit actors.tsv / bodies.tsv, which win, and re-derive.
#
# The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance.
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
#"""

# CAMEO country codes that are not ISO 3166-1 alpha-3 (None: a state that no longer exists, or no state).
CAMEO_COUNTRY = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD"}
NOT_COUNTRIES = {"USR", "SUN", "YUG", "SCG", "FRY", "CSK", "DDR", "SRP", "KRJ", "KNT", "FRN", "KKL"}
INTERNATIONAL = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS", "NGM": "NGO", "UIS": "REB"}
# CAMEO role codes -> tidings sectors; the first one after the country decides, GOVMIL is MIL.
SECTORS = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "JUD": "JUD", "LEG": "LEG", "COP": "COP",
    "SPY": "GOV", "MED": "MED", "BUS": "BUS", "ELI": "ELI", "IGO": "IGO", "NGO": "NGO", "INS": "REB",
    "UAF": "MIL", "PTY": "OPP", "CVL": "CVL", "EDU": "CVL", "LAB": "CVL", "AGR": "CVL", "REF": "CVL",
    "HLH": "CVL", "HRI": "NGO", "REL": "CVL", "MOD": "OPP", "RAD": "OPP", "SEP": "REB",
}  # fmt: skip

BODY_WORDS = set(
    [
        "academy",
        "administration",
        "agency",
        "alliance",
        "army",
        "assembly",
        "association",
        "authority",
        "bank",
        "battalion",
        "board",
        "brigade",
        "brigades",
        "bureau",
        "cabinet",
        "caucus",
        "center",
        "centre",
        "chamber",
        "church",
        "coalition",
        "command",
        "commission",
        "committee",
        "company",
        "conference",
        "confederation",
        "congress",
        "corporation",
        "corps",
        "council",
        "court",
        "courts",
        "department",
        "directorate",
        "division",
        "embassy",
        "federation",
        "fighters",
        "force",
        "forces",
        "foundation",
        "front",
        "fund",
        "government",
        "group",
        "guard",
        "guards",
        "institute",
        "institution",
        "junta",
        "league",
        "legion",
        "militia",
        "militias",
        "ministry",
        "mission",
        "movement",
        "navy",
        "network",
        "office",
        "organisation",
        "organization",
        "organizations",
        "parliament",
        "party",
        "police",
        "program",
        "programme",
        "regime",
        "republic",
        "secretariat",
        "senate",
        "service",
        "society",
        "squad",
        "tribunal",
        "troops",
        "union",
        "university",
    ]
)
# Records whose name is only these words, countries and demonyms are generic agents, not names.
GENERIC_WORDS = set(
    [
        "the",
        "of",
        "and",
        "for",
        "to",
        "in",
        "a",
        "an",
        "un",
        "u.n.",
        "us",
        "u.s.",
        "united",
        "nations",
        "states",
        "american",
        "chief",
        "envoy",
        "monitor",
        "monitors",
        "peacekeeper",
        "peacekeepers",
        "resident",
        "official",
        "officials",
        "mission",
        "spokesman",
        "spokesperson",
        "bodies",
        "contingent",
        "president",
        "vice",
        "vice-president",
        "minister",
        "prime",
        "secretary",
        "general",
        "secretary-general",
        "leader",
        "representative",
        "ambassador",
        "delegate",
        "delegation",
        "observer",
        "observers",
        "staff",
        "team",
        "worker",
        "workers",
        "member",
        "members",
    ]
)
# Title phrases at the start of an alias (longest first); the value is how the title is written.
TITLES = {
    "secretary general": "Secretary-General", "secretary-general": "Secretary-General", "sec gen": "Secretary-General",
    "un secretary general": "UN Secretary-General", "un secretary-general": "UN Secretary-General",
    "u.n. secretary general": "UN Secretary-General", "u.n. secretary-general": "UN Secretary-General",
    "united nations secretary general": "UN Secretary-General", "united nations secretary-general": "UN Secretary-General",
    "nato secretary general": "NATO Secretary General", "nato secretary-general": "NATO Secretary General",
    "president": "President", "president-elect": "President-elect", "vice president": "Vice President",
    "vice-president": "Vice President", "prime minister": "Prime Minister", "foreign minister": "Foreign Minister",
    "defense minister": "Defense Minister", "defence minister": "Defense Minister", "interior minister": "Interior Minister",
    "finance minister": "Finance Minister", "minister": "Minister", "king": "King", "queen": "Queen", "prince": "Prince",
    "crown prince": "Crown Prince", "emir": "Emir", "amir": "Emir", "sheikh": "Sheikh", "sheik": "Sheikh", "sultan": "Sultan",
    "ayatollah": "Ayatollah", "grand ayatollah": "Grand Ayatollah", "supreme leader": "Supreme Leader",
    "colonel": "Colonel", "col.": "Colonel", "general": "General", "gen.": "General", "field marshal": "Field Marshal",
    "marshal": "Marshal", "admiral": "Admiral", "senator": "Senator", "sen.": "Senator", "chancellor": "Chancellor",
    "premier": "Premier", "chairman": "Chairman", "leader": "Leader", "pope": "Pope", "secretary of state": "Secretary of State",
    "speaker": "Speaker", "governor": "Governor", "mayor": "Mayor", "judge": "Judge", "justice": "Justice",
}  # fmt: skip
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady", "baroness", "baron", "the", "former", "mister"}
NATION_PREFIXES = {"us", "u.s.", "american", "united states", "un", "u.n.", "united nations", "nato", "eu", "e.u."}
PARTICLES = {"al", "el", "ad", "as", "ash", "at", "ar", "az", "an", "ud", "ul"}
LOWER_WORDS = {
    "bin",
    "ibn",
    "bint",
    "de",
    "da",
    "di",
    "del",
    "della",
    "dos",
    "das",
    "do",
    "van",
    "von",
    "der",
    "den",
    "du",
    "la",
    "le",
    "y",
}
SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "to", "at", "a", "an", "de", "des", "du", "la", "le", "et", "y", "del", "al", "el"}
FAMILY_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM"}
HYPHEN_LOWER = {"KOR", "PRK"}  # Ban Ki-moon, Kim Jong-un
ROMAN = {"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"}


@dataclass
class Role:
    code: str
    start: dt.date | None
    end: dt.date | None

    def country(self) -> str | None:
        head = self.code[:3]
        if head in INTERNATIONAL:
            return None
        second = self.code[3:6]
        if head in NOT_COUNTRIES and len(second) == 3 and _is_country(second):
            head = second
        if head in NOT_COUNTRIES or not _is_country(head):
            return None
        return CAMEO_COUNTRY.get(head, head)

    def sector(self) -> str | None:
        head = self.code[:3]
        if head in INTERNATIONAL:
            return INTERNATIONAL[head]
        parts = [self.code[i : i + 3] for i in range(3, len(self.code), 3)]
        if parts and _is_country(parts[0]) and parts[0] not in SECTORS:
            parts = parts[1:]
        found = [SECTORS[p] for p in parts if p in SECTORS]
        if not found:
            return None
        if found[0] == "GOV" and len(found) > 1 and found[1] == "MIL":
            return "MIL"
        return found[0]

    def cell(self) -> str:
        return ",".join(
            [
                self.country() or "",
                self.sector() or "",
                self.start.isoformat() if self.start else "",
                self.end.isoformat() if self.end else "",
                self.code,
            ]
        )


@dataclass
class Record:
    source: str
    line: int
    names: list[str]  # the primary phrase first, as written (underscores)
    roles: list[Role] = field(default_factory=list)


_COUNTRY_CODES: set[str] = set()
_PLACE_WORDS: set[str] = set()  # words of the country records' names and aliases ("american", "ruritanian")


def _generic(words: list[str]) -> bool:
    """A title or an agent, not a name: "American vice president" (not "Santiago Montenegro")."""
    return all(w in GENERIC_WORDS or w in _PLACE_WORDS for w in words) and any(w in GENERIC_WORDS for w in words)


def _is_country(code: str) -> bool:
    return code in _COUNTRY_CODES or code in CAMEO_COUNTRY


# -- reading ----------------------------------------------------------------


def parse_date(text: str) -> dt.date | None:
    """PETRARCH's YYMMDD (YY under 25 is 20YY) or YYYYMMDD; None when malformed."""
    text = text.strip()
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            yy = int(text[:2])
            return dt.date((2000 if yy < 25 else 1900) + yy, int(text[2:4]), int(text[4:]))
    except ValueError:
        return None
    return None


def parse_role(text: str) -> Role | None:
    """``LBYGOV 690901-111020``, ``IGOUNO >070201``, ``EGYGOV < 110211``, ``ELI``; None for ``---``."""
    parts = text.split(None, 1)
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    code, rest = parts[0], (parts[1] if len(parts) > 1 else "").replace(" ", "")
    if not rest:
        return Role(code, None, None)
    if rest.startswith(">"):
        return Role(code, parse_date(rest[1:]), None)
    if rest.startswith("<"):
        return Role(code, None, parse_date(rest[1:]))
    if "-" in rest:
        a, b = rest.split("-", 1)
        return Role(code, parse_date(a), parse_date(b))
    return Role(code, None, None)


def read(path: Path) -> list[Record]:
    """The records of a TABARI/PETRARCH actor file: a primary phrase, ``+`` synonyms, tab-indented ``[code date]`` lines."""
    records: list[Record] = []
    current: Record | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = [r for r in (parse_role(c) for c in re.findall(r"\[([^\]]*)\]", line)) if r is not None]
        name = re.sub(r"\[[^\]]*\]?", "", line).split("\t")[0].strip() if not line[0].isspace() else ""
        if line[0].isspace():
            if current is not None:
                current.roles.extend(codes)
            continue
        if name.startswith("+"):
            if current is not None and name[1:].strip():
                current.names.append(name[1:].strip())
                current.roles.extend(codes)
            continue
        current = Record(path.name, n, [name], codes)
        records.append(current)
    return [r for r in records if r.names[0]]


# -- words and names --------------------------------------------------------


def words_of(phrase: str) -> list[str]:
    """``MUAMMAR_EL-QADDAFI_`` -> ["muammar", "el-qaddafi"]."""
    return [w for w in re.split(r"[_\s]+", phrase.strip().lower()) if w]


def loose_key(words: list[str]) -> str:
    """A name with Arabic articles, hyphens and dots ignored: the key that joins records of one person."""
    out: list[str] = []
    for w in words:
        for part in re.split(r"[-.']", w):
            if part and part not in PARTICLES:
                out.append(part)
    return " ".join(out)


def strip_title(words: list[str]) -> tuple[list[str], str | None]:
    """Leading nationality, honorific and title words off an alias: (the name, the title)."""
    title: str | None = None
    changed = True
    while changed and words:
        changed = False
        for size in (4, 3, 2, 1):
            head = " ".join(words[:size])
            if len(words) > size and head in TITLES:
                title = title or TITLES[head]
                words, changed = words[size:], True
                break
            if len(words) > size and (head in HONORIFICS or head in NATION_PREFIXES):
                words, changed = words[size:], True
                break
    return words, title


def cased(word: str, first: bool, country: str | None) -> str:
    """One word as English Wikipedia writes it in a name."""
    if word in ROMAN:
        return word.upper()
    if "." in word and len(word.replace(".", "")) <= 3:
        return (
            word.upper() if (word.replace(".", "").isalpha() and len(word.replace(".", "")) == 1) or word.count(".") > 1 else word.title()
        )
    if not first and word in LOWER_WORDS:
        return word
    if "-" in word:
        parts = word.split("-")
        if parts[0] in PARTICLES and len(parts) == 2:
            return (parts[0].title() if first else parts[0]) + "-" + cased(parts[1], True, country)
        head = cased(parts[0], first, country)
        rest = [p if country in HYPHEN_LOWER else cased(p, True, country) for p in parts[1:]]
        return "-".join([head, *rest])
    if "'" in word:
        a, b = word.split("'", 1)
        return cased(a, first, country) + "'" + (b.title() if len(a) == 1 else b)
    if word.startswith("mc") and len(word) > 3:
        return "Mc" + word[2:].title()
    return word[:1].upper() + word[1:]


def display(words: list[str], country: str | None) -> str:
    """["bashar", "al", "assad"] -> "Bashar al-Assad"; ["zine", "el", "abidine", "ben", "ali"] -> "Zine El Abidine Ben Ali"."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("al", "el") and 0 < i < len(words) - 1 and w == "al":
            out.append("al-" + cased(words[i + 1], True, country))
            i += 2
            continue
        out.append(cased(w, i == 0, country))
        i += 1
    return " ".join(out)


def is_acronym(words: list[str]) -> bool:
    return len(words) == 1 and (("." in words[0] and len(words[0]) <= 8) or (len(words[0]) <= 6 and words[0].isalpha()))


def classify(record: Record, given_names: frozenset[str] = frozenset()) -> str:
    """person, body, company, place (a country record and its cities) or generic (a title or agent, not a name).

    In the Countries file a record without a body word is a person; in the
    others (bodies, NGOs, companies and their officials) only one with dated
    roles, or whose first word is a given name of the Countries file's people.
    """
    codes = [r.code for r in record.roles]
    if codes and all(re.fullmatch(r"[A-Z]{3}|[A-Z]{6}", c) and _is_country(c[:3]) and c[3:] not in SECTORS for c in codes):
        return "place"
    if not codes:
        return "generic"
    if codes[0].startswith("MNC"):
        return "company"
    words = words_of(record.names[0])
    if any(w.strip("().,'") in BODY_WORDS for w in words):
        return "body"
    dated = any(r.start or r.end for r in record.roles)
    if is_acronym(words) and not dated:
        return "body"
    name, _title = strip_title(words)
    if not name or _generic(name):
        return "generic"
    if record.source == "Phoenix.Countries.actors.txt":
        return "person"
    if record.source == "Phoenix.MilNonState.actors.txt" or (len(name) == 1 and not dated):
        return "body"
    if dated or (2 <= len(name) <= 4 and (name[0] in given_names or re.fullmatch(r"[a-z]\.", name[0]))):
        return "person"
    return "body"


def given_names_of(records: list[Record]) -> frozenset[str]:
    """First words of three or more people's names in the Countries file."""
    firsts: Counter[str] = Counter()
    for r in records:
        if r.source == "Phoenix.Countries.actors.txt" and classify(r) == "person":
            name, _t = strip_title(words_of(r.names[0]))
            if len(name) >= 2:
                firsts[name[0]] += 1
    return frozenset(w for w, n in firsts.items() if n >= 3 and len(w) > 2)


# -- people -----------------------------------------------------------------


@dataclass
class Person:
    keys: set[str]
    country: str | None
    aliases: Counter[str] = field(default_factory=Counter)  # alias words (joined by spaces) -> how many spellings use them
    titles: Counter[str] = field(default_factory=Counter)
    roles: list[Role] = field(default_factory=list)
    records: int = 0
    family_first: bool = False
    primaries: list[tuple[int, str]] = field(default_factory=list)  # (the record's number of spellings, its primary name)
    titled: set[tuple[str, str]] = field(default_factory=set)  # (title, name): "King Abdullah"
    explicit_single: set[str] = field(default_factory=set)  # one-word aliases the dictionary gives as such ("+MUBARAK_")


def latest(roles: list[Role]) -> Role | None:
    """The role that began last (an open start counts as the earliest); ELI roles only when there is nothing else."""
    real = [r for r in roles if r.sector() not in (None, "ELI")] or [r for r in roles if r.sector() is not None]
    if not real:
        return None
    return max(real, key=lambda r: (r.start or dt.date.min, r.end or dt.date.max))


def people(records: list[Record]) -> list[Person]:
    """Person records joined into people (union-find on loose keys)."""
    found: list[Person] = []
    for rec in records:
        person = Person(set(), None)
        person.roles = list(rec.roles)
        role = latest(rec.roles)
        person.country = role.country() if role else None
        person.records = 1
        person.family_first = any(r.country() in FAMILY_FIRST for r in rec.roles)
        for n, alias in enumerate(rec.names):
            words = words_of(alias)
            if any(w.strip("().,'") in BODY_WORDS for w in words) or "administration" in words:
                continue
            name, title = strip_title(words)
            if not name or _generic(name):
                continue
            person.aliases[" ".join(name)] += 1
            if n == 0 or not person.primaries:
                person.primaries = [(len(rec.names), " ".join(name))]
            if title:
                person.titles[title] += 1
                person.titled.add((title, " ".join(name)))
            elif len(name) == 1:
                person.explicit_single.add(name[0])
            if len(name) >= 2:
                person.keys.add(loose_key(name))
        if person.aliases:
            found.append(person)
    return join(found)


def join(found: list[Person]) -> list[Person]:
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_key: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(found):
        for k in p.keys:
            by_key[k].append(i)
    for key, ids in by_key.items():
        for j in ids[1:]:
            a, b = found[ids[0]], found[j]
            if a.country == b.country or a.country is None or b.country is None or len(key.split()) >= 3:
                parent[root(j)] = root(ids[0])
    groups: dict[int, list[Person]] = defaultdict(list)
    for i, p in enumerate(found):
        groups[root(i)].append(p)
    out: list[Person] = []
    for members in groups.values():
        head = members[0]
        for other in members[1:]:
            head.keys |= other.keys
            head.aliases.update(other.aliases)
            head.titles.update(other.titles)
            head.roles.extend(other.roles)
            head.records += other.records
            head.family_first = head.family_first or other.family_first
            head.primaries.extend(other.primaries)
            head.titled |= other.titled
            head.explicit_single |= other.explicit_single
        role = latest(head.roles)
        head.country = role.country() if role else None
        out.append(head)
    return out


def canonical(person: Person) -> list[str]:
    """The most common spelling of the person's name.

    The name's shape is that of the primary phrase of the person's largest record
    (its words, Arabic articles and hyphens aside); among the aliases of that
    shape, the one whose words the spellings use most wins; the primary wins a tie.
    """
    counts: Counter[str] = Counter()
    for alias, n in person.aliases.items():
        for w in loose_key(alias.split()).split():
            counts[w] += max(n, 1)
    primaries = [p for _size, p in sorted(person.primaries, key=lambda sp: -sp[0])]
    primary = primaries[0] if primaries else max(person.aliases, key=lambda a: len(a.split()))
    shape = len(loose_key(primary.split()).split())
    same = [a for a in person.aliases if len(loose_key(a.split()).split()) == shape] or [primary]

    def score(alias: str) -> tuple[float, int, int]:
        ws = loose_key(alias.split()).split()
        rank = primaries.index(alias) if alias in primaries else len(primaries)
        return (sum(counts[w] for w in ws) / max(len(ws), 1), -rank, -len(alias.split()))

    return max(same, key=score).split()


# -- bodies -----------------------------------------------------------------


@dataclass
class BodyRow:
    name: str
    country: str | None
    sector: str
    aliases: list[str]
    cameo: str


ACRONYMS = set(
    [
        "un",
        "u.n.",
        "eu",
        "e.u.",
        "au",
        "us",
        "u.s.",
        "uk",
        "nato",
        "icc",
        "gcc",
        "iaea",
        "who",
        "imf",
        "wto",
        "opec",
        "asean",
        "unhcr",
        "unicef",
        "unesco",
        "unsc",
        "ntc",
        "osce",
        "oas",
        "ecowas",
        "sadc",
        "igad",
        "apec",
        "oic",
        "plo",
        "pflp",
        "dflp",
        "farc",
        "eln",
        "eta",
        "ira",
        "pkk",
        "ltte",
        "aqap",
        "aqim",
        "isis",
        "isil",
        "hrw",
        "icrc",
        "msf",
        "wfp",
        "undp",
        "unrwa",
        "unifil",
        "monuc",
        "unamid",
        "amisom",
        "icj",
        "ilo",
        "fao",
        "ipcc",
        "oecd",
        "g8",
        "g20",
        "g7",
        "ansf",
        "nsc",
        "hamas",
    ]
) - {"hamas"}
GENERIC_BODY_WORDS = (
    BODY_WORDS
    | GENERIC_WORDS
    | set(
        [
            "national",
            "supreme",
            "federal",
            "central",
            "state",
            "high",
            "general",
            "joint",
            "special",
            "armed",
            "security",
            "defense",
            "defence",
            "interior",
            "foreign",
            "public",
            "intelligence",
            "military",
            "presidential",
            "republican",
            "royal",
            "people's",
            "peoples",
            "popular",
            "islamic",
            "constitutional",
            "transitional",
            "interim",
            "provisional",
            "emergency",
            "executive",
            "legislative",
            "judicial",
            "administrative",
            "electoral",
            "election",
            "human",
            "rights",
            "affairs",
            "home",
            "justice",
            "finance",
            "economic",
            "economy",
            "trade",
            "health",
            "education",
            "energy",
            "oil",
            "information",
            "media",
            "press",
            "news",
        ]
    )
)


def body_display(words: list[str], acronym: bool) -> str:
    """Body names: small words lower case, known acronyms and words without vowels upper case."""
    if acronym and len(words) == 1:
        bare = words[0].replace(".", "")
        return words[0].upper() if bare in ACRONYMS or not re.search(r"[aeiouy]", bare) or len(bare) <= 4 else words[0].title()
    out = []
    for i, w in enumerate(words):
        bare = w.replace(".", "")
        if i > 0 and w in SMALL_WORDS:
            out.append(w)
        elif w in ACRONYMS or bare in ACRONYMS or (bare.isalpha() and not re.search(r"[aeiouy]", bare)):
            out.append(w.upper())
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def bodies(records: list[Record], given_names: frozenset[str]) -> list[BodyRow]:
    """Body records as rows: no person among the aliases ("KHALED_MESHAAL" is coded as Hamas), no generic name
    for a national body ("NATIONAL_SECURITY_COUNCIL" of the US would take Israel's); records whose primary is
    another's alias are one body ("THE_SECURITY_COUNCIL_" and "UN_SECURITY_COUNCIL_ +SECURITY_COUNCIL")."""
    out: list[BodyRow] = []
    for rec in records:
        role = latest(rec.roles)
        if role is None or rec.roles[0].code.startswith("MNC"):
            continue  # multinational companies are not political actors here
        country = role.country()
        forms: list[list[str]] = []
        for alias in rec.names:
            words = [re.sub(r"^\((.*)\)$", r"\1", w) for w in words_of(alias)]
            words = [w for w in words if w]
            if words and words[0] == "the" and len(words) > 1:
                words = words[1:]
            if not words or all(w in GENERIC_WORDS for w in words):
                continue
            has_body_word = any(w.strip("().,'") in BODY_WORDS for w in words)
            if not has_body_word and not is_acronym(words) and 2 <= len(words) <= 4 and words[0] in given_names and forms:
                continue  # a person coded as the group
            if country is not None and all(w in GENERIC_BODY_WORDS for w in words):
                continue
            forms.append(words)
        if not forms:
            continue
        # A one-word alias is a spelling of a one-word name (HIZBALLAH of HEZBOLLAH), not a leader (NASRALLAH).
        singles = [f[0] for f in forms if len(f) == 1]
        forms = [
            f
            for n, f in enumerate(forms)
            if n == 0
            or len(f) > 1
            or (is_acronym(f) and len(f[0]) <= 5)
            or any(SequenceMatcher(None, f[0], s).ratio() >= 0.6 for s in singles if s != f[0])
        ]
        full = [f for f in forms if not is_acronym(f)]
        main = full[0] if full else forms[0]
        written = [body_display(f, is_acronym(f)) for f in forms]
        name = body_display(main, is_acronym(main))
        out.append(BodyRow(name, country, role.sector() or "GOV", [w for w in dict.fromkeys(written) if w != name], role.code))
    return out


# -- tidings' own files -----------------------------------------------------


def norm(text: str) -> str:
    from tidings.gazetteer import norm as tidings_norm

    return tidings_norm(text)


def hand_written(path: Path) -> dict[str, str]:
    """Every normalised name and alias of a hand-written file -> its canonical name."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        aliases = (
            [a for a in row[4 if path.name == "actors.tsv" else 3].split("|") if a]
            if len(row) > (4 if path.name == "actors.tsv" else 3)
            else []
        )
        for alias in [row[0], *aliases]:
            out.setdefault(loose_key(norm(alias).split()), row[0])
    return out


def country_codes(source: Path) -> set[str]:
    """CAMEO's country codes: those of the Countries file's country records (``LIBYA_ [LBY]``)."""
    codes = set(
        re.findall(r"^[A-Z][A-Z_'\-.,()]*\s+\[([A-Z]{3})\]", (source / SOURCES[0]).read_text(encoding="utf-8", errors="replace"), re.M)
    )
    codes |= set(re.findall(r"\[([A-Z]{3})(?:[A-Z]{3})*[ \]]", (source / SOURCES[0]).read_text(encoding="utf-8", errors="replace")))
    return {c for c in codes if c not in INTERNATIONAL and c not in SECTORS}


# -- writing ----------------------------------------------------------------


def person_rows(found: list[Person], known: dict[str, str]) -> list[list[str]]:
    rows: list[list[str]] = []
    for p in found:
        name_words = canonical(p)
        country = p.country
        country_for_case = next((r.country() for r in p.roles if r.country() in HYPHEN_LOWER), country) if p.family_first else country
        name = display(name_words, country_for_case)
        mine = next((known[k] for k in sorted(p.keys) if k in known), None)
        name = mine or name
        # One-word aliases the dictionary gives as such, when they spell the family name ("QADDAFI"), not a given name.
        family = {loose_key(a.split()).split()[0 if p.family_first else -1] for a in p.aliases if len(a.split()) >= 2}
        kept = {
            display(a.split(), country_for_case)
            for a in p.aliases
            if len(a.split()) >= 2 or (a in p.explicit_single and loose_key([a]) in family)
        }
        kept |= {f"{t} {display(n.split(), country_for_case)}" for t, n in p.titled}
        aliases = sorted(kept - {name}, key=str.lower)
        role = latest(p.roles)
        sector = role.sector() if role else None
        if sector in (None, "ELI", "CVL"):
            sector = "GOV" if sector != "CVL" else "CVL"
        title = p.titles.most_common(1)[0][0] if p.titles else ""
        seen: set[str] = set()
        roles = []
        for r in sorted(p.roles, key=lambda r: (r.start or dt.date.min, r.end or dt.date.max, r.code)):
            cell = r.cell()
            if cell not in seen and r.sector() is not None:
                seen.add(cell)
                roles.append(cell)
        flags = "family-first" if p.family_first else ""
        rows.append([name, country or "-", sector, title, "|".join(aliases), "|".join(roles), flags])
    rows.sort(key=lambda r: (r[1], r[0].lower()))
    return rows


def body_rows(found: list[BodyRow], known: dict[str, str]) -> list[list[str]]:
    """Bodies joined when one's name is another's alias (same country), named as tidings' own files name them."""
    by_alias: dict[tuple[str, str | None], BodyRow] = {}
    for b in found:
        for a in b.aliases:
            by_alias.setdefault((norm(a), b.country), b)
    merged: dict[str, BodyRow] = {}
    for b in found:
        host = by_alias.get((norm(b.name), b.country))
        target = host if host is not None and host is not b else b
        keys = [loose_key(norm(a).split()) for a in [target.name, *target.aliases]]
        mine = next((known[k] for k in keys if k in known), None)
        name = mine or target.name
        key = norm(name) + "|" + (b.country or "-")
        forms = [a for a in [target.name, *target.aliases, b.name, *b.aliases] if a != name]
        if key in merged:
            merged[key].aliases = list(dict.fromkeys([*merged[key].aliases, *forms]))
        else:
            merged[key] = BodyRow(name, b.country, target.sector, list(dict.fromkeys(forms)), target.cameo)
    rows = [[b.name, b.country or "-", b.sector, "|".join(b.aliases), b.cameo] for b in merged.values()]
    rows.sort(key=lambda r: (r[1], r[0].lower()))
    return rows


def write(path: Path, header: str, rows: list[list[str]]) -> None:
    lines = [LICENCE, header, *("\t".join(r) for r in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def derive(source: Path, out: Path) -> tuple[int, int]:
    """Write ``petrarch_actors.tsv`` and ``petrarch_bodies.tsv`` into ``out``; return their row counts."""
    _COUNTRY_CODES.clear()
    _COUNTRY_CODES.update(country_codes(source))
    records = [r for name in SOURCES for r in read(source / name)]
    _PLACE_WORDS.clear()
    for r in records:
        if classify(r) == "place":
            _PLACE_WORDS.update(w for name in r.names for w in words_of(name) if "_" not in name.strip("_"))
    given_names = given_names_of(records)
    kinds = defaultdict(list)
    for r in records:
        kinds[classify(r, given_names)].append(r)
    found = people(kinds["person"])
    prows = person_rows(found, hand_written(out / "actors.tsv"))
    brows = body_rows(bodies(kinds["body"], given_names), hand_written(out / "bodies.tsv"))
    write(
        out / "petrarch_actors.tsv",
        "# People: name\tcountry (ISO3 of the latest role, - for none: IGO officials)\tsector\ttitle (from the aliases' title words)"
        "\taliases (|)\troles (| of country,sector,start,end,CAMEO code; empty dates are open)\tflags (family-first: the family name comes first)",
        prows,
    )
    write(
        out / "petrarch_bodies.tsv", "# Bodies: name\tcountry (ISO3, - for an international body)\tsector\taliases (|)\tCAMEO code", brows
    )
    return len(prows), len(brows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "dictionaries" / "petrarch2")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "tidings" / "data")
    args = parser.parse_args()
    n_people, n_bodies = derive(args.source, args.out)
    print(f"{n_people} people, {n_bodies} bodies -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
