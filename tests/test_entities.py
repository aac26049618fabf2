"""Entities across articles: spelling variants merge, conflicting countries never do."""

from __future__ import annotations

from pathlib import Path

from tidings.pipeline import ingest_paths
from tidings.store import Store

A1 = (
    "KYIV, March 3, 2021\n\n"
    "Ukrainian Deputy Foreign Minister Yulia Petrenko met Polish Foreign Minister Tomasz Nowicki in Kyiv on Wednesday "
    "to discuss border crossings and the supply of gas through the winter, officials said after the talks ended."
)
A2 = (
    "WARSAW, March 20, 2021\n\n"
    "Ukraine's deputy foreign minister, Yuliya Petrenko, met Polish Foreign Minister Tomasz Nowicki in Warsaw on Friday "
    "for a second round of talks on energy and transport, the Polish foreign ministry said in a statement."
)
B1 = (
    "CAIRO, May 5, 2021\n\n"
    "Egyptian envoy Ahmed Hassan met Israeli Foreign Minister Gabi Ashkenazi in Cairo on Tuesday to discuss a truce in Gaza, "
    "according to a statement from the Egyptian foreign ministry issued after the meeting."
)
B2 = (
    "AMMAN, May 6, 2021\n\n"
    "Jordanian envoy Ahmed Hassan met Israeli Foreign Minister Gabi Ashkenazi in Amman on Wednesday to discuss the holy sites, "
    "according to a statement from the Jordanian foreign ministry issued after the meeting."
)


def _ingest(tmp_path: Path, texts: dict[str, str]) -> Store:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = Store(tmp_path / "s.db")
    ingest_paths([str(folder)], store)
    return store


def _people(store: Store) -> dict[str, tuple[str | None, list[str]]]:
    import json

    rows = store.db.execute("SELECT key, name, country, aliases FROM entities WHERE kind = 'PERSON'")
    return {key: (country, json.loads(aliases)) for key, name, country, aliases in rows}


def test_spelling_variants_are_one_entity(tmp_path: Path) -> None:
    store = _ingest(tmp_path, {"a1.txt": A1, "a2.txt": A2})
    people = _people(store)
    petrenko = [k for k in people if "petrenko" in k]
    assert len(petrenko) == 1, people
    assert people[petrenko[0]][0] == "UKR"
    assert {"Yulia Petrenko", "Yuliya Petrenko"} <= set(people[petrenko[0]][1])
    events = store.events()
    assert len(events) == 2 and all(any("petrenko" in p.key for p in e.actors + e.recipients) for e in events)
    store.close()


def test_one_name_two_countries_are_two_people(tmp_path: Path) -> None:
    store = _ingest(tmp_path, {"b1.txt": B1, "b2.txt": B2})
    hassans = {k: v[0] for k, v in _people(store).items() if "hassan" in k}
    assert sorted(hassans.values()) == ["EGY", "JOR"], hassans
    store.close()


def test_a_name_swallowed_by_an_organization_is_given_back(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from tidings.actors import _split_swallowed_names

    doc = nlp.make_doc("Head of the National Security Council Yosef Amrani met him.")
    doc.ents = [Span(doc, 2, 8, label="ORG")]  # "the National Security Council Yosef Amrani", as the NER tags it
    doc = _split_swallowed_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("the National Security Council", "ORG"), ("Yosef Amrani", "PERSON")]


def test_seed_misfires_are_gone(nlp) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import SEEDS, require_shared
    from tidings.actors import ArticleActors
    from tidings.clean import strip_boilerplate

    require_shared()
    people: set[str] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        text, _spans, _title = strip_boilerplate(path.read_text(encoding="utf-8"))
        actors = ArticleActors(nlp(text))
        people |= {p.name for p in actors.people.values()}
    assert not {"Photo Credit", "Leningrad", "Credit"} & people
    assert not any("Council" in p for p in people)
    assert {"Meir Ben-Shabbat", "Nikolai Patrushev", "Benjamin Netanyahu", "Vladimir Putin", "Sergei Shoigu"} <= people


def test_entities_command_list_show_merge_and_aliases(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from tidings.cli import main

    store = _ingest(tmp_path, {"a1.txt": A1})
    store.close()
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    out = runner.invoke(main, ["entities", "--db", db, "--format", "json", "--kind", "PERSON"])
    assert out.exit_code == 0, out.output
    names = {r["name"] for r in json.loads(out.stdout)}
    assert {"Yulia Petrenko", "Tomasz Nowicki"} <= names
    shown = runner.invoke(main, ["entities", "show", "Petrenko", "--db", db])
    assert shown.exit_code == 0 and json.loads(shown.stdout)[0]["country"] == "UKR"
    # An alias file: "Y. Petrenko" is Yulia Petrenko from the next ingest on.
    (tmp_path / "aliases.csv").write_text("alias,canonical,country\nJ. Petrenko,Yulia Petrenko,UKR\n", encoding="utf-8")
    loaded = runner.invoke(main, ["entities", "aliases", str(tmp_path / "aliases.csv"), "--db", db])
    assert loaded.exit_code == 0, loaded.output
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "a3.txt").write_text(
        A1.replace("Yulia Petrenko", "J. Petrenko").replace("Wednesday", "Thursday").replace("March 3", "March 4"), encoding="utf-8"
    )
    store = Store(db)
    ingest_paths([str(tmp_path / "more")], store)
    people = [r for r in store.entity_rows(kind="PERSON") if "petrenko" in str(r["key"])]
    store.close()
    assert len(people) == 1 and people[0]["events"] == 2
    # Merging two entities rewrites their events.
    merged = runner.invoke(main, ["entities", "merge", "Yulia Petrenko", "Tomasz Nowicki", "--db", db])
    assert merged.exit_code == 0 and "2 event(s) updated" in merged.output
    after = runner.invoke(main, ["entities", "--db", db, "--format", "json"])
    assert "Tomasz Nowicki" not in {r["name"] for r in json.loads(after.stdout)}
    bad = runner.invoke(main, ["entities", "merge", "Nobody", "Petrenko", "--db", db])
    assert bad.exit_code == 1
