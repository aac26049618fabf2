"""The field's export formats, read back with the readers their users have (pandas, networkx, pyarrow), from
a store built by the real pipeline: the seeds, and a fixed subset of Timeline17's LibyaWar_reuters."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner

from tests.conftest import SEEDS, SHARED, require_shared
from tidings.cli import main
from tidings.corpora import t17_articles, write_jsonl
from tidings.export import codes
from tidings.export.acled import acled_type
from tidings.models import EVENT_TYPES, Entity, Event, Location, SourceRef
from tidings.store import Store

# -- the published layouts, written out from the code books (not imported from the writers) --------------------
GDELT_EVENT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
GDELT_EVENT_DTYPES = {
    "GLOBALEVENTID": "int64", "SQLDATE": "Int64", "MonthYear": "Int64", "Year": "Int64", "FractionDate": "float64",
    "IsRootEvent": "int64", "EventCode": "string", "EventBaseCode": "string", "EventRootCode": "string",
    "QuadClass": "int64", "GoldsteinScale": "float64", "NumMentions": "int64", "NumSources": "int64",
    "NumArticles": "int64", "AvgTone": "float64", "Actor1Geo_Type": "int64", "Actor2Geo_Type": "int64",
    "ActionGeo_Type": "int64", "ActionGeo_Lat": "float64", "ActionGeo_Long": "float64", "DATEADDED": "Int64",
    **{f"Actor{n}{f}": "string" for n in (1, 2) for f in ("Code", "Name", "CountryCode", "Type1Code")},
    "ActionGeo_CountryCode": "string", "ActionGeo_ADM1Code": "string", "ActionGeo_FeatureID": "string", "SOURCEURL": "string",
}  # fmt: skip
GDELT_MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]  # fmt: skip
GDELT_MENTION_DTYPES = {
    "GLOBALEVENTID": "int64", "EventTimeDate": "Int64", "MentionTimeDate": "Int64", "MentionType": "int64",
    "MentionSourceName": "string", "MentionIdentifier": "string", "SentenceID": "Int64", "Actor1CharOffset": "int64",
    "Actor2CharOffset": "int64", "ActionCharOffset": "int64", "InRawText": "int64", "Confidence": "int64",
    "MentionDocLen": "Int64", "MentionDocTone": "float64", "Extras": "string",
}  # fmt: skip
ICEWS_COLUMNS = [
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
]  # fmt: skip
ICEWS_DTYPES = {  # as the icews R package reads the files: integers, a date, doubles, the rest character
    "Event ID": "int32", "Intensity": "float64", "Story ID": "Int32", "Sentence Number": "Int32",
    "Latitude": "float64", "Longitude": "float64", "CAMEO Code": "string", "Source Name": "string",
    "Target Name": "string", "Event Text": "string",
}  # fmt: skip
POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW",
    "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename",
    "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations",
    "Language", "Version",
]  # fmt: skip
POLECAT_DTYPES = {
    "Event ID": "string", "Event Type": "string", "Event Mode": "string", "Event Intensity": "float64",
    "Quad Code": "string", "Actor Name": "string", "Recipient Name": "string", "Latitude": "float64",
    "Longitude": "float64", "GeoNames ID": "Int64", "Story ID": "string", "Event Text": "string",
}  # fmt: skip
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip
ACLED_DTYPES = {
    "event_id_cnty": "string", "year": "Int64", "time_precision": "Int64", "disorder_type": "string",
    "event_type": "string", "sub_event_type": "string", "actor1": "string", "inter1": "Int64", "inter2": "Int64",
    "interaction": "Int64", "iso": "Int64", "latitude": "float64", "longitude": "float64", "geo_precision": "Int64",
    "notes": "string", "fatalities": "Int64", "timestamp": "Int64",
}  # fmt: skip
ACLED_SUB_EVENTS = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"},
}  # fmt: skip
T17_SUBSET = 60  # the first 60 LibyaWar_reuters articles: they all ingest, in about 20 s


# -- stores built by the real pipeline ------------------------------------------------------------------------
def _ingest(db: Path, *args: str) -> None:
    result = CliRunner().invoke(main, ["ingest", *args, "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_shared()
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    _ingest(db, *(str(p) for p in sorted(SEEDS.glob("*.txt"))), "--manifest", str(SEEDS / "manifest.jsonl"))
    return db


@pytest.fixture(scope="module")
def t17_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_shared()
    folder = tmp_path_factory.mktemp("t17")
    corpus = folder / "libya.jsonl"
    write_jsonl(t17_articles(["LibyaWar_reuters"], root=SHARED / "corpus")[:T17_SUBSET], corpus)
    db = folder / "t17.db"
    _ingest(db, str(corpus))
    return db


@pytest.fixture(params=["seeds_db", "t17_db"])
def db(request: pytest.FixtureRequest) -> Path:
    return Path(request.getfixturevalue(request.param))


def stored(db: Path) -> list[Event]:
    store = Store(db, readonly=True)
    try:
        return store.events()
    finally:
        store.close()


def raw_texts(db: Path) -> dict[str, str]:
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT id, raw FROM articles"))
    finally:
        con.close()


def export(db: Path, fmt: str, tmp_path: Path) -> Path:
    target = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target


def coded(events: list[Event]) -> list[Event]:
    return [e for e in events if e.status in ("occurred", "planned")]


def read_tsv(path: Path, **kwargs: Any) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", quoting=csv.QUOTE_NONE, keep_default_na=False, na_values=[""], **kwargs)


# -- GDELT ----------------------------------------------------------------------------------------------------
def test_gdelt_events_one_row_per_real_event(db: Path, tmp_path: Path) -> None:
    from tidings.export.gdelt import global_event_id

    frame = read_tsv(export(db, "gdelt", tmp_path), header=None, names=GDELT_EVENT_COLUMNS, dtype=GDELT_EVENT_DTYPES)
    events = {global_event_id(e): e for e in coded(stored(db))}
    assert len(frame.columns) == 61 and len(frame) == len(events) > 0
    assert frame["GLOBALEVENTID"].is_unique and set(frame["GLOBALEVENTID"]) == set(events)
    assert frame["AvgTone"].isna().all()  # tidings measures no tone: empty, not a made-up 0
    table = codes.cameo_codes()
    for row in frame.itertuples(index=False):
        e = events[row.GLOBALEVENTID]
        assert row.NumMentions == len(e.sources)
        assert row.NumArticles == len({s.article_id for s in e.sources})
        assert row.NumSources == len({s.outlet or s.article_id for s in e.sources})
        assert row.EventCode in table and row.EventBaseCode == row.EventCode[:3] and row.EventRootCode == row.EventCode[:2]
        assert row.QuadClass == codes.quad_class(row.EventCode) and row.GoldsteinScale == table[row.EventCode].goldstein
        if e.status == "planned" and e.type == "CONSULT":
            assert row.EventCode == "036"
        if e.location and e.location.lat is not None:
            assert row.ActionGeo_Lat == pytest.approx(e.location.lat) and row.ActionGeo_Type in (1, 3, 4)


def test_gdelt_seeds_visit(seeds_db: Path, tmp_path: Path) -> None:
    frame = read_tsv(export(seeds_db, "gdelt", tmp_path), header=None, names=GDELT_EVENT_COLUMNS, dtype=GDELT_EVENT_DTYPES)
    visit = frame[(frame["EventCode"] == "042") & (frame["Actor2Name"] == "VLADIMIR PUTIN")].iloc[0]
    assert (visit["Actor1Code"], visit["Actor1CountryCode"], visit["Actor1Type1Code"], visit["Actor2Code"]) == (
        "ISRGOV",
        "ISR",
        "GOV",
        "RUSGOV",
    )
    assert (visit["ActionGeo_CountryCode"], visit["ActionGeo_Type"]) == ("RS", 4) and "Moscow" in visit["ActionGeo_FullName"]
    assert visit["SQLDATE"] == 20180129 and visit["NumMentions"] >= 2 and visit["QuadClass"] == 1


def test_gdelt_mentions_one_row_per_source_sentence(db: Path, tmp_path: Path) -> None:
    from tidings.export.gdelt import global_event_id

    frame = read_tsv(export(db, "gdelt-mentions", tmp_path), header=None, names=GDELT_MENTION_COLUMNS, dtype=GDELT_MENTION_DTYPES)
    events = {global_event_id(e): e for e in coded(stored(db))}
    raw = raw_texts(db)
    assert len(frame.columns) == 16 and len(frame) == sum(len(e.sources) for e in events.values())
    assert set(frame["GLOBALEVENTID"]) == set(events) and frame["SentenceID"].notna().all() and (frame["SentenceID"] >= 1).all()
    assert frame["MentionDocTone"].isna().all()
    for event_id, group in frame.groupby("GLOBALEVENTID"):
        e = events[int(event_id)]
        for row, source in zip(group.itertuples(index=False), e.sources, strict=True):
            text = raw[source.article_id]
            assert (
                row.ActionCharOffset == source.start and row.Extras == f"<SENTENCE_OFFSETS>{source.start},{source.end}</SENTENCE_OFFSETS>"
            )
            assert row.MentionDocLen == len(text)
            if row.Actor1CharOffset != -1:  # the first actor's name, written in that sentence
                assert source.start <= row.Actor1CharOffset < source.end and row.InRawText == 1
                first = e.actors[0]
                assert text[row.Actor1CharOffset :].startswith(tuple(_forms(first))), (text[row.Actor1CharOffset :][:40], first)


def _forms(e: Entity) -> list[str]:
    from tidings.export.common import entity_name

    if e.kind == "COUNTRY":
        return [entity_name(e)]
    return [n for n in (e.name, *e.aliases, *(e.name or "").split()[-1:]) if n]


# -- ICEWS ----------------------------------------------------------------------------------------------------
def test_icews(db: Path, tmp_path: Path) -> None:
    frame = read_tsv(export(db, "icews", tmp_path), dtype=ICEWS_DTYPES, parse_dates=["Event Date"])
    events = coded(stored(db))
    assert list(frame.columns) == ICEWS_COLUMNS and len(frame) == len(events)
    assert frame["Event ID"].is_unique and (frame["Event ID"] > 0).all() and frame["Event ID"].max() < 2**31
    assert frame["Event Date"].notna().all() and frame["Sentence Number"].notna().all()
    for row in frame.itertuples(index=False):
        assert codes.description(row[6]) == row[5] and codes.goldstein(row[6]) == row[7]


# -- POLECAT --------------------------------------------------------------------------------------------------
def test_polecat(db: Path, tmp_path: Path) -> None:
    frame = read_tsv(export(db, "polecat", tmp_path), dtype=POLECAT_DTYPES, parse_dates=["Event Date"])
    events = {e.id: e for e in coded(stored(db))}
    assert list(frame.columns) == [*POLECAT_COLUMNS, "Story ID", "Event Text"] and len(frame) == len(events)
    assert set(frame["Event Type"]) <= set(EVENT_TYPES) and set(frame["Quad Code"]) <= set(codes.QUAD_CLASSES)
    assert frame["Event Intensity"].between(-10, 10).all()
    for row in frame.to_dict("records"):
        e = events[row["Event ID"]]
        assert row["Event Text"] == " ".join(e.sources[0].sentence.split()) or row["Event Text"].startswith("'")
        assert set(str(row["Story ID"]).split("; ")) == {s.article_id for s in e.sources}
        if e.type == "CONSULT" and e.status == "planned":
            assert row["Event Type"] == "AGREE"  # PLOVER's coding, as plover-jsonl


# -- ACLED ----------------------------------------------------------------------------------------------------
def test_acled(db: Path, tmp_path: Path) -> None:
    frame = pd.read_csv(
        export(db, "acled", tmp_path), dtype=ACLED_DTYPES, keep_default_na=False, na_values=[""], parse_dates=["event_date"]
    )
    events = [e for e in stored(db) if acled_type(e) is not None]
    assert list(frame.columns) == ACLED_COLUMNS and len(frame) == len(events)
    assert frame["fatalities"].isna().all()  # tidings does not count the dead: empty, not 0
    for row in frame.to_dict("records"):
        assert row["sub_event_type"] in ACLED_SUB_EVENTS[row["event_type"]]
    assert all(e.type in ("PROTEST", "ASSAULT", "COERCE", "MOBILIZE") and e.status == "occurred" for e in events)


def test_acled_from_timeline17_has_violence(t17_db: Path, tmp_path: Path) -> None:
    frame = pd.read_csv(export(t17_db, "acled", tmp_path), dtype=ACLED_DTYPES, keep_default_na=False, na_values=[""])
    assert {"Battles", "Explosions/Remote violence"} <= set(frame["event_type"])
    assert frame["notes"].notna().all() and frame["source"].str.contains("reuters").all()


# -- GeoJSON, GEXF, Parquet, TimelineJS -------------------------------------------------------------------------
def check_rfc7946(doc: Any) -> None:
    """The RFC 7946 structure of a FeatureCollection of Points."""
    assert isinstance(doc, dict) and doc["type"] == "FeatureCollection" and isinstance(doc["features"], list)
    assert "crs" not in doc  # removed from GeoJSON by RFC 7946 (section 4)
    for f in doc["features"]:
        assert f["type"] == "Feature" and "crs" not in f
        assert isinstance(f.get("id"), str | int | float) or "id" not in f
        assert f["properties"] is None or isinstance(f["properties"], dict)
        geometry = f["geometry"]
        assert geometry["type"] == "Point" and isinstance(geometry["coordinates"], list) and len(geometry["coordinates"]) == 2
        lon, lat = geometry["coordinates"]
        assert all(isinstance(x, int | float) and not isinstance(x, bool) for x in (lon, lat))
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_geojson(db: Path, tmp_path: Path) -> None:
    doc = json.loads(export(db, "geojson", tmp_path).read_text(encoding="utf-8"))
    check_rfc7946(doc)
    located = {e.id: e for e in stored(db) if e.location and e.location.lat is not None}
    assert {f["id"] for f in doc["features"]} == set(located) and located
    for f in doc["features"]:
        loc = located[f["id"]].location
        assert loc is not None and f["geometry"]["coordinates"] == [round(loc.lon or 0, 6), round(loc.lat or 0, 6)]


def test_gexf_opens_in_networkx(db: Path, tmp_path: Path) -> None:
    import networkx as nx

    graph = nx.read_gexf(export(db, "gexf", tmp_path))
    events = stored(db)
    entities = {p.key for e in events for p in e.actors + e.recipients}
    assert graph.is_directed() and graph.number_of_nodes() == len(entities)
    edges = list(graph.edges(data=True))
    assert edges and {d["event"] for _, _, d in edges} <= {e.id for e in events}
    for _, _, d in edges:
        assert d["type"] in EVENT_TYPES and d["quad_class"] in (1, 2, 3, 4) and d["weight"] == 1.0
    for _, data in graph.nodes(data=True):
        assert data["label"] and data["kind"] in ("PERSON", "ORG", "COUNTRY")


def test_parquet_schema_and_rows(db: Path, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = export(db, "parquet", tmp_path)
    schema = pq.read_schema(path)
    assert schema.field("date_start").type == pa.date32() and schema.field("confidence").type == pa.float64()
    assert schema.field("actors").type.value_type.field("country").type == pa.string()
    assert schema.field("sources").type.value_type.field("start").type == pa.int64()
    rows = pq.read_table(path).to_pylist()
    events = {e.id: e for e in stored(db)}
    assert [r["id"] for r in rows] == list(events)
    for r in rows:
        e = events[r["id"]]
        assert [s["start"] for s in r["sources"]] == [s.start for s in e.sources]
        assert [a["name"] for a in r["actors"]] == [a.name for a in e.actors] and r["n_sources"] == len(e.sources)


def test_every_format_is_documented() -> None:
    from tests.conftest import ROOT
    from tidings.export import FORMATS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for fmt in FORMATS:
        assert f"| `{fmt}` |" in readme or fmt in ("jsonl", "plover-jsonl", "csv"), f"README's format table lacks {fmt}"


def test_parquet_needs_a_file(seeds_db: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--db", str(seeds_db), "--format", "parquet"])
    assert result.exit_code == 1 and "-o" in result.output


def test_timelinejs(db: Path, tmp_path: Path) -> None:
    data = json.loads(export(db, "timelinejs", tmp_path).read_text(encoding="utf-8"))
    dated = {e.date for e in stored(db) if e.date and re.match(r"\d{4}", e.date)}
    assert data["events"] and len(data["events"]) <= len(dated)
    assert all(set(ev["start_date"]) <= {"year", "month", "day"} for ev in data["events"])


# -- the mapping tables ---------------------------------------------------------------------------------------
def tidings_modes() -> dict[str, set[str]]:
    """Every mode tidings can give each type: its trigger files, its mode cues, CONSULT's own modes."""
    from tidings.gazetteer import data_rows
    from tidings.models import MODE_RANK

    modes: dict[str, set[str]] = {t: set() for t in EVENT_TYPES}
    for t in EVENT_TYPES:
        for row in data_rows(f"triggers/{t.lower()}.tsv"):
            if len(row) > 2 and row[2].strip():
                modes[t].add(row[2].strip())
    for row in data_rows("modes.tsv"):
        modes[row[0]].add(row[1])
    modes["CONSULT"] |= set(MODE_RANK)
    return modes


def _event(event_type: str, mode: str | None, status: str = "occurred", **kw: Any) -> Event:
    actor = Entity("benjamin netanyahu", "Benjamin Netanyahu", "PERSON", "ISR", "GOV", "Prime Minister")
    recipient = Entity("vladimir putin", "Vladimir Putin", "PERSON", "RUS", "GOV", "President")
    source = SourceRef("a_99a66e2a2a0fc402", "Netanyahu met Putin.", 0, 20, "https://example.org/a", "example.org", "2018-01-30")
    fields: dict[str, Any] = {
        "id": "ev_0123456789abcdef", "type": event_type, "mode": mode, "status": status, "date": "2018-01-29",
        "date_precision": "day", "date_approximate": False, "actors": (actor,), "recipients": (recipient,),
        "location": Location("Moscow", "RUS", 55.75204, 37.61781), "contexts": ("diplomatic",), "sources": (source,),
        "confidence": 0.9, "first_published": "2018-01-30",
    }  # fmt: skip
    return Event(**{**fields, **kw})


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_every_type_and_mode_maps_to_cameo_and_plover(event_type: str) -> None:
    table = codes.cameo_codes()
    for mode in [None, *sorted(tidings_modes()[event_type])]:
        for status in ("occurred", "planned"):
            e = _event(event_type, mode, status)
            code = codes.cameo_code(e)
            assert code in table, (event_type, mode, status)
            crosswalk = table[code].plover_type
            allowed = {event_type} | ({"AGREE", "THREATEN"} if status == "planned" else set())
            if (event_type, mode) == ("SANCTION", "embargo"):
                allowed.add("COERCE")  # 163: the documented exception (see plover_cameo.tsv)
            assert crosswalk in allowed, (event_type, mode, status, code, crosswalk)
            assert table[code].goldstein is not None
            plover = codes.plover_coding(e)
            assert plover.quad in codes.QUAD_CLASSES and -10 <= plover.score <= 10
            if status == "occurred":
                assert plover.type == event_type
                # The quads agree, but for CONCEDE: PLOVER counts it verbal, CAMEO's 08 ("Yield") material cooperation.
                assert codes.quad_class(code) == codes.quad_of_type(event_type) or (event_type, code) == ("CONCEDE", "080")
        for status in ("cancelled", "denied", "hypothetical"):
            assert codes.cameo_code(_event(event_type, mode, status)) is None


def test_the_mapping_examples() -> None:
    assert codes.cameo_code(_event("CONSULT", "phone")) == "041"
    assert codes.cameo_code(_event("CONSULT", "visit")) == "042"
    assert codes.cameo_code(_event("CONSULT", "visit"), first="recipient") == "043"  # the host as first actor
    assert codes.cameo_code(_event("CONSULT", "third-party")) == "044"
    assert codes.cameo_code(_event("CONSULT", "visit", "planned")) == "036"
    assert codes.cameo_code(_event("ACCUSE", None)) == "112"
    assert codes.cameo_code(_event("SANCTION", "expel")) == "166"
    assert codes.plover_coding(_event("CONSULT", None, "planned")).type == "AGREE"
    assert codes.plover_coding(_event("ASSAULT", "aerial", "planned")).type == "THREATEN"
    assert codes.actor_code(Entity("hamas", "Hamas", "ORG", "PSE", "REB")).code == "PSEREBHMS"
    assert codes.actor_code(Entity("x", "Israel Defense Forces", "ORG", "ISR", "MIL")).code == "ISRMIL"
    assert codes.actor_code(Entity("country:XKX", None, "COUNTRY", "XKX")).code == "KSV"
    assert acled_type(_event("PROTEST", "riot")) == ("Demonstrations", "Riots", "Violent demonstration")
    assert acled_type(_event("ASSAULT", "aerial")) == ("Political violence", "Explosions/Remote violence", "Air/drone strike")
    assert acled_type(_event("CONSULT", None)) is None and acled_type(_event("PROTEST", None, "planned")) is None


def crosswalk_rows() -> Iterator[tuple[str, str, str]]:
    """(code, type, mode) of the published CAMEO -> PLOVER crosswalk, read from the shared file."""
    text = (SHARED / "dictionaries" / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    seen = set()
    for m in re.finditer(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#\n]*),", text, re.M):
        if m[1] not in seen:
            seen.add(m[1])
            yield m[1], m[2], m[3].strip()


def test_cameo_table_is_the_published_crosswalk() -> None:
    require_shared()
    table = codes.cameo_codes()
    rows = list(crosswalk_rows())
    assert len(rows) > 250
    for code, event_type, mode in rows:
        assert (table[code].plover_type, table[code].plover_mode) == (event_type, mode), code
    assert table["1823"].goldstein == -10.0 and table["057"].goldstein == 8.0 and table["036"].goldstein == 4.0


# -- hostile text ---------------------------------------------------------------------------------------------
def _cells(fmt: str, text: str) -> list[str]:
    """Every text value of an export, as the program that opens it sees them."""
    if fmt in ("gdelt", "gdelt-mentions", "icews", "polecat"):
        return [c for line in text.splitlines() for c in line.split("\t")]
    if fmt == "acled":
        return [c for row in csv.reader(io.StringIO(text)) for c in row]
    if fmt == "geojson":
        doc = json.loads(text)
        return [v for f in doc["features"] for v in f["properties"].values() if isinstance(v, str)]
    root = ET.fromstring(text)  # noqa: S314 (tidings' own export, not outside input)
    return [v for el in root.iter() for k, v in el.attrib.items() if k in ("label", "value")]


def test_every_text_format_quotes_formulas_and_keeps_one_line() -> None:
    from tidings import export

    evil = Entity("evil", '=HYPERLINK("http://evil")', "PERSON", "ISR", "GOV", "@SUM(1+1)")
    source = SourceRef("a_99a66e2a2a0fc402", "-2+3\tand\na formula", 0, 20, "+cmd|' /C calc'!A0", "=outlet", "2018-01-30")
    events = [
        _event("PROTEST", "riot", actors=(evil,), recipients=(), sources=(source,)),
        _event("ASSAULT", "aerial", id="ev_1111111111111111", actors=(evil,), sources=(source,)),
        _event("CONSULT", "visit", id="ev_fedcba9876543210", actors=(evil,), sources=(source,)),
    ]
    for fmt in ("gdelt", "gdelt-mentions", "icews", "polecat", "acled", "geojson", "gexf"):
        kept, _ = export.eligible(events, fmt)
        text = "".join(export.render(kept, fmt))
        cells = _cells(fmt, text)
        assert any("HYPERLINK" in c for c in cells) or fmt in ("gdelt", "gdelt-mentions"), fmt
        for c in cells:
            assert not (c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not re.fullmatch(r"-\d+(\.\d+)?", c))), (fmt, c)
        if fmt in ("gdelt", "gdelt-mentions", "icews", "polecat"):
            widths = {len(line.split("\t")) for line in text.splitlines()}
            assert len(widths) == 1, (fmt, widths)  # the tab and newline in the sentence split no row
