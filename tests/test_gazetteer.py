"""The actor gazetteer: its derivation from PETRARCH2's dictionaries, and its look-ups (names, organs, leaders by date)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT, SHARED, require_shared
from tidings import gazetteer

PETRARCH = SHARED / "dictionaries" / "petrarch2"


def _derive_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("derive_actors", ROOT / "training" / "derive_actors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["derive_actors"] = module
    spec.loader.exec_module(module)
    return module


derive = _derive_module()

# A small dictionary in PETRARCH's format, written for these tests.
COUNTRIES = """\
# a comment
RURITANIA_  [RUR]
+RURITANIAN_
+STRELSAU_

RUDOLF_AL_ELPHBERG_  # CountryInfo.txt
	[RURELI 500101-800101]
	[RURGOV 800101-110214]
	[RURELI]
RUDOLF_ELPHBERG_
+PRESIDENT_RUDOLF_ELPHBERG_
+RUDOLPH_ELPHBERG_
+RUDOLF_ELFBERG
+RUDOLF_ELPHBERG
+ELPHBERG_
+KING_RUDOLF
+RUDOLF_ELPHBERG_ADMINISTRATION
	[RURGOV 19800101-20110214]
RUDOLF_SAPT_  # CountryInfo.txt
	[RURGOV 030101-040101]
MICHAEL_HENTZAU_  # CountryInfo.txt
	[RURGOVMIL 030101-060331]
RURITANIAN_ARMED_FORCES
+RAF
	[RURMIL]
RURITANIAN_VICE_PRESIDENT
	[RURGOV]
"""
INTERNATIONAL = """\
LEAGUE_OF_REALMS_ [IGOLOR]
SECRETARY-GENERAL_KIM_SO-RA
+LEAGUE_SECRETARY-GENERAL_KIM_SO-RA
+KIM_SO-RA
	[IGOLOR >20070101]
KIM_SO_RA_  # CountryInfo.txt
	[KORGOV 040101-061130]
ROR_ [IGOLOR]
"""
MILNONSTATE = """\
BLACK_ELPHBERG_BRIGADES [RUREB] #  test
+BLACK_BRIGADES_
+RUDOLF_RASSENDYLL_
"""


def _source(tmp_path: Path) -> tuple[Path, Path]:
    src, out = tmp_path / "src", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (src / "Phoenix.Countries.actors.txt").write_text(COUNTRIES + "KOREA_ [KOR]\n", encoding="utf-8")
    (src / "Phoenix.International.actors.txt").write_text(INTERNATIONAL, encoding="utf-8")
    (src / "Phoenix.MilNonState.actors.txt").write_text(MILNONSTATE.replace("RUREB", "RURREB"), encoding="utf-8")
    (out / "actors.tsv").write_text("# hand-written\nMichael of Hentzau\tRUR\tMIL\tCount\tMichael Hentzau\n", encoding="utf-8")
    (out / "bodies.tsv").write_text("# hand-written\nLeague of Realms\t-\tIGO\tLOR\n", encoding="utf-8")
    return src, out


def _rows(path: Path) -> dict[str, list[str]]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {r[0]: r for r in rows}


def test_dates_and_roles_are_read_as_petrarch_writes_them() -> None:
    assert str(derive.parse_date("690901")) == "1969-09-01"
    assert str(derive.parse_date("110214")) == "2011-02-14"
    assert str(derive.parse_date("19691007")) == "1969-10-07"
    assert derive.parse_date("2004017") is None  # a typo in the dictionary
    role = derive.parse_role("LBYGOV 690901-110823")
    assert (role.code, str(role.start), str(role.end)) == ("LBYGOV", "1969-09-01", "2011-08-23")
    assert derive.parse_role("IGOUNO  >070201").end is None
    assert derive.parse_role("EGYGOV < 110211").start is None
    assert derive.parse_role("---") is None


def test_names_are_written_as_english_wikipedia_writes_them() -> None:
    assert derive.display(["bashar", "al", "assad"], "SYR") == "Bashar al-Assad"
    assert derive.display(["ban", "ki-moon"], "KOR") == "Ban Ki-moon"
    assert derive.display(["abdullah", "ii"], "JOR") == "Abdullah II"
    assert derive.display(["robert", "mcnamara"], "USA") == "Robert McNamara"
    assert derive.display(["zine", "el", "abidine", "ben", "ali"], "TUN") == "Zine El Abidine Ben Ali"
    assert derive.strip_title(["un", "secretary-general", "ban", "ki-moon"]) == (["ban", "ki-moon"], "UN Secretary-General")
    assert derive.strip_title(["president", "hosni", "mubarak"]) == (["hosni", "mubarak"], "President")


def test_derivation_joins_records_chooses_the_common_spelling_and_keeps_dates(tmp_path: Path) -> None:
    src, out = _source(tmp_path)
    people, bodies = derive.derive(src, out)
    actors = _rows(out / "petrarch_actors.tsv")
    assert "MIT License" in (out / "petrarch_actors.tsv").read_text(encoding="utf-8")
    # RUDOLF_AL_ELPHBERG_ and RUDOLF_ELPHBERG_ are one person, named by the most common spelling.
    rudolf = actors["Rudolf Elphberg"]
    assert rudolf[1:4] == ["RUR", "GOV", "President"]
    aliases = rudolf[4].split("|")
    assert {"Rudolf al-Elphberg", "Rudolph Elphberg", "Elphberg", "President Rudolf Elphberg", "King Rudolf"} <= set(aliases)
    assert not any("Administration" in a for a in aliases)  # the administration is not the man
    assert "RUR,GOV,1980-01-01,2011-02-14,RURGOV" in rudolf[5] and "RURELI" in rudolf[5]
    # A minister of defence is MIL; the hand-written name wins.
    assert actors["Michael of Hentzau"][1:3] == ["RUR", "MIL"]
    # The same three-word name in Korea and at the league is one person, of no country (an IGO official).
    kim = actors["Kim So-ra"]
    assert kim[1:3] == ["-", "IGO"] and "family-first" in kim[6]
    assert "KOR,GOV,2004-01-01,2006-11-30,KORGOV" in kim[5]
    # Generic agents and places are not people.
    assert not any("Vice" in name or name == "Ruritania" for name in actors)
    found = _rows(out / "petrarch_bodies.tsv")
    assert found["League of Realms"][1:3] == ["-", "IGO"]  # the hand-written name
    assert found["Ruritanian Armed Forces"][1:3] == ["RUR", "MIL"]
    brigades = found["Black Elphberg Brigades"]
    assert "Rudolf Rassendyll" not in brigades[3]  # a person coded as the group is not the group's alias
    assert (people, bodies) == (len(actors), len(found))


def test_shipped_files_are_what_the_script_derives(tmp_path: Path) -> None:
    require_shared()
    data = ROOT / "src" / "tidings" / "data"
    for name in ("actors.tsv", "bodies.tsv"):
        (tmp_path / name).write_text((data / name).read_text(encoding="utf-8"), encoding="utf-8")
    derive.derive(PETRARCH, tmp_path)
    for name in ("petrarch_actors.tsv", "petrarch_bodies.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (data / name).read_text(encoding="utf-8"), f"re-derive {name}"


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


def test_spellings_of_one_person_are_one_actor(gaz: gazetteer.Gazetteer) -> None:
    for spelling in ("Muammar Gaddafi", "Moammar Gadhafi", "Muammar al-Qaddafi", "Qaddafi", "Kadhafi"):
        assert gaz.actors[gazetteer.norm(spelling)].name == "Muammar Gaddafi"
    assert gaz.actors[gazetteer.norm("Mustafa Muhammad Abd al-Jalil")].name == "Mustafa Abdel Jalil"
    assert gaz.actors[gazetteer.norm("Zine el-Abidine Ben Ali")].name == "Zine El Abidine Ben Ali"


def test_roles_keep_their_dates(gaz: gazetteer.Gazetteer) -> None:
    ban = gaz.actors[gazetteer.norm("Ban Ki-moon")]
    assert ban.country is None and ban.sector == "IGO"  # the UN's Secretary-General has no country
    assert ban.country_on("2005-06-01") == "KOR" and ban.country_on("2011-03-01") is None
    assert ban in gaz.surnames["ban"]  # Mr Ban: the family name comes first
    assert gaz.actors[gazetteer.norm("Hosni Mubarak")].active_on("2010-06-01")
    assert not gaz.actors[gazetteer.norm("Hosni Mubarak")].active_on("2012-06-01")


@pytest.mark.parametrize(
    ("iso3", "date", "leader"),
    [
        ("EGY", "2011-01-30", "Hosni Mubarak"),
        ("LBY", "2011-03-20", "Muammar Gaddafi"),
        ("TUN", "2011-01-10", "Zine El Abidine Ben Ali"),
        ("USA", "2011-05-02", "Barack Obama"),
        ("JOR", "2011-02-01", "Abdullah II of Jordan"),
    ],
)
def test_leader_of_a_country_on_a_day(gaz: gazetteer.Gazetteer, iso3: str, date: str, leader: str) -> None:
    found = gaz.leader_of(iso3, date)
    assert found is not None and found.name == leader


def test_leaders_leave_office(gaz: gazetteer.Gazetteer) -> None:
    assert "Hosni Mubarak" not in {a.name for a in gaz.leaders_of("EGY", "2011-03-01")}
    assert "Zine El Abidine Ben Ali" not in {a.name for a in gaz.leaders_of("TUN", "2011-02-01")}
    assert "Muammar Gaddafi" not in {a.name for a in gaz.leaders_of("LBY", "2011-10-01")}
    assert "Barack Obama" not in {a.name for a in gaz.leaders_of("USA", "2005-01-01")}


def test_a_title_is_the_one_held_on_the_day(gaz: gazetteer.Gazetteer) -> None:
    """A dated role's title wins over the row's current one, and a derived title lapses a year after its offices."""
    biden = gaz.actors[gazetteer.norm("Joe Biden")]
    assert biden.title_on("2011-02-01") == "Vice President" and biden.title_on("2022-06-01") == "President"
    assert biden.title_on("2019-06-01") == "" and biden.title_on(None) == biden.title
    erdogan = gaz.actors[gazetteer.norm("Recep Tayyip Erdogan")]
    assert erdogan.title_on("2011-02-01") == "Prime Minister" and erdogan.title_on("2016-02-01") == "President"
    assert gaz.actors[gazetteer.norm("Dmitry Medvedev")].title_on("2011-02-01") == "President"
    cheney = gaz.actors[gazetteer.norm("Dick Cheney")]
    assert cheney.title_on("2005-06-01") == "Vice President" and cheney.title_on("2011-02-01") == ""
    assert gaz.actors[gazetteer.norm("Hosni Mubarak")].title_on("2011-06-01") == "President"  # ousted that year


def test_a_deputys_dated_role_is_no_leaders(gaz: gazetteer.Gazetteer) -> None:
    assert "Joe Biden" not in {a.name for a in gaz.leaders_of("USA", "2011-02-01")}
    assert "Joe Biden" in {a.name for a in gaz.leaders_of("USA", "2022-06-01")}
    assert {a.name for a in gaz.leaders_of("RUS", "2011-02-01")} >= {"Dmitry Medvedev", "Vladimir Putin"}


def test_a_former_leader_had_left_office_by_the_day(gaz: gazetteer.Gazetteer) -> None:
    assert gaz.former_leader("Hosni Mubarak", "EGY", "2011-03-01")
    assert not gaz.former_leader("Hosni Mubarak", "EGY", "2011-02-01")
    assert gaz.former_leader("Muammar Gaddafi", None, "2011-10-01")
    assert not gaz.former_leader("Barack Obama", "USA", "2011-10-01")


def test_bodies_organs_and_abbreviations(gaz: gazetteer.Gazetteer) -> None:
    expected = {
        "ICC": "International Criminal Court",
        "NTC": "National Transitional Council",
        "U.N. Security Council": "UN Security Council",
        "UNSC": "UN Security Council",
        "Security Council": "UN Security Council",
        "AU": "African Union",
        "EU": "European Union",
        "GCC": "Gulf Cooperation Council",
        "IAEA": "International Atomic Energy Agency",
        "WHO": "World Health Organization",
        "North Atlantic Treaty Organization": "NATO",
    }
    for alias, name in expected.items():
        assert gaz.bodies[gazetteer.norm(alias)].name == name, alias
    assert gaz.bodies[gazetteer.norm("ICC")].country is None
    assert {"ICC", "NTC", "GCC", "UNSC"} <= set(gaz.body_acronyms)


def test_shared_aliases_name_nobody(gaz: gazetteer.Gazetteer) -> None:
    # Every one-word alias left names one person: none is a title or a common word.
    singles = {k for k in gaz.actors if " " not in k}
    assert not singles & {"president", "al", "king", "minister", "general"}
    owners: dict[str, set[str]] = {}
    for key, actor in gaz.actors.items():
        owners.setdefault(key, set()).add(actor.name)
    assert all(len(names) == 1 for names in owners.values())


def test_news_spellings_of_large_cities_are_places_and_owned_names_are_not(gaz: gazetteer.Gazetteer) -> None:
    """GeoNames spells Misratah, Dar'a, Az Zawiyah; the news Misrata, Deraa, Zawiyah. A spelling someone else
    owns stays theirs ("Hamas" is also a spelling of Hamm, Germany)."""
    for spelling, country in (("misrata", "LBY"), ("deraa", "SYR"), ("zawiyah", "LBY"), ("basra", "IRQ"), ("brega", "LBY")):
        city = gaz.cities.get(spelling)
        assert city is not None and city.country == country, (spelling, city)
    assert gaz.cities["misrata"].name == "Misrata"
    assert "hamas" not in gaz.cities and "hamas" in gaz.bodies


def test_a_spelling_two_cities_share_is_chosen_by_the_story(gaz: gazetteer.Gazetteer) -> None:
    """ "Khoms" spells both Homs in Syria and Al Khums in Libya: the larger wins alone, the story's country else."""
    assert {c.country for c in gaz.homonyms["khoms"]} >= {"SYR", "LBY"}
    assert gaz.city("Khoms").country == "SYR"  # type: ignore[union-attr]
    assert gaz.city("Khoms", {"LBY"}).country == "LBY"  # type: ignore[union-attr]


def test_a_capitals_other_spelling_is_the_capital(gaz: gazetteer.Gazetteer) -> None:
    """ "Kiev" is GeoNames' other spelling of Kyiv: a capital as much as "Kyiv" is, so a visit there is one to
    Ukraine and "Kiev said" is Ukraine's government; another spelling of a town that is no capital is not."""
    assert gaz.capitals["kiev"] == gaz.capitals["kyiv"] == "UKR"
    assert "misrata" not in gaz.capitals


def test_a_nationality_and_a_title_is_an_office_not_a_name(gaz: gazetteer.Gazetteer) -> None:
    """PETRARCH gives Germany's government record the alias "German Chancellor": as a name it made "the German
    chancellor" an actor called Reichstag; the title is an office, filled by the article's holder of it."""
    assert "german chancellor" not in gaz.actors
    assert gaz.actors["angela merkel"].country == "DEU"


def test_a_family_first_names_given_names_are_no_surname() -> None:
    """ "Li Gun Mo" is Mr Li: his given names ("Gun Mo", "Mo") name nobody, else a bare "Mo" of any story is him; a
    two-word family-first name keeps both words ("Carrie Lam" is written Western-style)."""
    assert gazetteer._surname_forms(["li", "gun", "mo"], family_first=True) == {"li"}
    assert gazetteer._surname_forms(["carrie", "lam"], family_first=True) == {"carrie", "lam"}
    assert gazetteer._surname_forms(["omar", "ben", "ali"], family_first=False) == {"ben ali", "ali"}


def test_the_dictionarys_family_first_people_are_found_by_family_name(gaz: gazetteer.Gazetteer) -> None:
    """Kim Jong Un of North Korea is Mr Kim, never Mr "Un" (nor "Jong Un"); the given names of the dictionary's Korean
    and Chinese people are no one's surname."""
    assert any(a.name == "Kim Jong Un" for a in gaz.surnames["kim"])
    assert all(a.name != "Kim Jong Un" for a in gaz.surnames.get("un", []) + gaz.surnames.get("jong un", []))
    assert all(a.name != "Moon Jae-in" for a in gaz.surnames.get("in", []))


def test_an_alias_that_spells_no_word_of_the_name_is_someone_else() -> None:
    """PETRARCH files a group's members under one record: an alias is a spelling of the name, not another person."""
    assert gazetteer._spells("Mustafa Lufti", "Musthafa Luthfee")
    assert gazetteer._spells("Djukanovic", "Milo Dukanovic")
    assert not gazetteer._spells("Karim Haddad", "Samir Nouri")
    assert gazetteer._organisation_name("Council Of Elders For Peace")
    assert not gazetteer._organisation_name("Omar Ben Ali")


def test_aliases_of_other_people_and_bodies_as_people_name_no_one(gaz: gazetteer.Gazetteer) -> None:
    """A Syrian dissident filed under another opposition figure, an observatory's director under the observatory, an
    armed group's leaders under the group: none of these names is the record's person; and a "person" named as a body
    ("White House", "Islamic State Of Iraq And The Levant") is no person."""
    for name in ("michel kilo", "rami abdulrahman", "al baghdadi", "zarqawi", "white house", "islamic state of iraq and the levant"):
        assert name not in gaz.actors, name
    assert not gaz.surname_holders("house")


def test_namesakes_of_two_countries_stay_two_people(gaz: gazetteer.Gazetteer) -> None:
    """PETRARCH lists an Afghan minister and the Saudi king both as "Abdullah": the minister does not take the king's
    rule, and the king is the hand-written row with the years of his reign."""
    minister = gaz.actors["abdullah"]
    assert minister.country == "AFG" and not minister.leader
    king = gaz.leader_of("SAU", "2011-03-01")
    assert king is not None and king.name == "Abdullah bin Abdulaziz"
    assert gaz.leads_on(king, "2011-03-01") and not gaz.leads_on(king, "2016-01-01")
    assert gaz.in_office(minister, "2005-01-01") and not gaz.in_office(minister, "2011-03-01")
    assert "Abdullah bin Abdulaziz" in {a.name for a in gaz.given_name_holders("abdullah")}


def test_interim_leaders_and_league_chiefs_have_their_years(gaz: gazetteer.Gazetteer) -> None:
    assert {a.name for a in gaz.leaders_of("TUN", "2011-03-01")} == {"Fouad Mebazaa", "Beji Caid Essebsi"}
    assert {a.name for a in gaz.leaders_of("TUN", "2012-06-01")} == {"Moncef Marzouki", "Hamadi Jebali"}
    moussa, elaraby = gaz.actors["amr moussa"], gaz.actors["nabil elaraby"]
    assert gaz.in_office(moussa, "2011-03-01") and not gaz.in_office(moussa, "2011-09-01")
    assert elaraby.title_on("2011-09-01") == "Arab League Secretary-General"
    assert gaz.actors["jean ping"].title_on("2011-06-01") == "African Union Commission Chairman"
