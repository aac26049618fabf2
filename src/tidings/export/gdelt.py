"""GDELT 2.0: the Event table (61 columns) and the Mentions table (16 columns), tab-separated, no header.

One row per real event in the Event table, with NumMentions (source sentences), NumSources (outlets) and
NumArticles (articles); one row per source sentence in the Mentions table. Column lists and meanings: "The
GDELT Event Database Data Format Codebook V2.0" (2015). What tidings does not measure is left empty rather
than made up: AvgTone and MentionDocTone (tidings measures no tone), the actors' own geographies, ethnic and
religious codes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from tidings.export import codes
from tidings.export.articles import ArticleIndex
from tidings.export.common import cell, dyad, entity_name, event_day, first_url, hex_number, number
from tidings.export.places import Place, place
from tidings.models import Entity, Event, SourceRef

EVENT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code",
    )),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
    )),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)  # fmt: skip
ID_BITS = 52  # GLOBALEVENTID: exact as a double too (R and Stata read GDELT's ids as doubles)


def global_event_id(e: Event) -> int:
    return hex_number(e.id, ID_BITS)


def _actor(e: Entity | None) -> list[str]:
    code = codes.actor_code(e)
    name = entity_name(e).upper()
    return [cell(code.code), cell(name), code.country, code.known_group, "", "", "", code.type, "", ""]


def _geo(where: Place | None) -> list[str]:
    """GDELT's 8 geography fields; type 0 and empty fields when there is no place."""
    if where is None:
        return ["0", "", "", "", "", "", "", ""]
    if where.is_country:
        geo_type, full_name, adm1, feature = 1, where.country_name, where.fips, where.fips
    else:
        geo_type = 3 if where.iso3 == "USA" else 4
        full_name = ", ".join(x for x in (where.name, where.admin1_name, where.country_name) if x)
        adm1 = where.fips + where.admin1_code if where.fips and where.admin1_code else where.fips
        feature = ""  # GDELT's feature ids are GNS/GNIS ids, which the gazetteer does not have
    return [
        str(geo_type),
        cell(full_name),
        where.fips,
        adm1,
        "",
        number(where.lat),
        number(where.lon),
        feature,
    ]


def _timestamp(day: str | None) -> str:
    return day.replace("-", "") + "000000" if day and len(day) == 10 else ""


def _date_added(e: Event) -> str:
    return _timestamp(e.first_published)


def events(found: Iterable[Event], articles: ArticleIndex | None = None) -> Iterator[str]:
    for e in found:
        code = codes.cameo_code(e)
        if code is None:
            continue
        day = event_day(e)
        first, second = dyad(e)
        numbers = [articles.sentence_number(s) for s in e.sources] if articles else []
        row = [
            str(global_event_id(e)),
            day.strftime("%Y%m%d") if day else "",
            day.strftime("%Y%m") if day else "",
            str(day.year) if day else "",
            f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
            *_actor(first),
            *_actor(second),
            "1" if 1 in numbers else "0",
            code,
            code[:3],
            code[:2],
            str(codes.quad_class(code)),
            number(codes.goldstein(code), 1),
            str(len(e.sources)),
            str(len({s.outlet or s.article_id for s in e.sources})),
            str(len({s.article_id for s in e.sources})),
            "",
            *_geo(None),
            *_geo(None),
            *_geo(place(e.location) if e.location else None),
            _date_added(e),
            cell(first_url(e)),
        ]
        yield "\t".join(row) + "\n"


def _names(e: Entity | None) -> list[str]:
    """How an entity may be written in its sentence: its name and the forms it was found as, its surname; a
    country, its name."""
    if e is None:
        return []
    if e.kind == "COUNTRY":
        return [entity_name(e)]
    out = [e.name or "", *sorted(e.aliases, key=len, reverse=True)]
    if e.name and e.kind == "PERSON":
        out.append(e.name.split()[-1])
    return [n for n in dict.fromkeys(out) if n]


def _mention(e: Event, s: SourceRef, articles: ArticleIndex | None) -> list[str]:
    first, second = dyad(e)
    a1 = articles.offset(s, _names(first)) if articles else None
    a2 = articles.offset(s, _names(second)) if articles else None
    identifier, mention_type = (s.url, 1) if s.url else (f"{s.outlet or 'tidings'} article {s.article_id}", 2)
    return [
        str(global_event_id(e)),
        _date_added(e),
        _timestamp(s.published),
        str(mention_type),
        cell(s.outlet),
        cell(identifier),
        number(articles.sentence_number(s) if articles else None),
        str(a1 if a1 is not None else -1),
        str(a2 if a2 is not None else -1),
        str(s.start),  # the sentence's offset: tidings keeps the sentence, not the trigger word's position
        "1" if a1 is not None else "0",
        str(round(e.confidence * 100)),
        number(articles.length(s.article_id) if articles else None),
        "",
        "",
        f"<SENTENCE_OFFSETS>{s.start},{s.end}</SENTENCE_OFFSETS>",
    ]


def mentions(found: Iterable[Event], articles: ArticleIndex | None = None) -> Iterator[str]:
    for e in found:
        if codes.cameo_code(e) is None:
            continue
        for s in e.sources:
            yield "\t".join(_mention(e, s, articles)) + "\n"
