"""The shape of the package: imports run one way, and only the pipeline wires the stages."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "tidings"


def imports(path: Path) -> set[str]:
    """The tidings modules (and names from them: ``tidings.link.link_mention``) a file imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tidings"):
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("tidings"))
    return found


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): imports(p) for p in PACKAGE.rglob("*.py")}


def uses(module: str, target: str) -> bool:
    """Whether ``module`` (or, for a package, any module in it) imports ``target`` or something in it."""
    found = {m for name, ms in MODULES.items() if name == module or name.startswith(module + ".") for m in ms}
    return any(m == target or m.startswith(target + ".") for m in found if not m.startswith(module + ".") and m != module)


def test_the_store_does_not_link() -> None:
    offenders = [m for m in MODULES if m.startswith("tidings.store") and uses(m, "tidings.link")]
    assert offenders == []


def test_nlp_knows_no_other_stage() -> None:
    for stage in ("tidings.actors", "tidings.events", "tidings.temporal", "tidings.link", "tidings.store", "tidings.pipeline"):
        assert not uses("tidings.nlp", stage), stage


def test_events_depend_on_the_parse_and_the_actors_interface_only() -> None:
    for stage in ("tidings.temporal", "tidings.store", "tidings.link", "tidings.pipeline", "tidings.clean", "tidings.ingest"):
        assert not uses("tidings.events", stage), stage


def test_link_is_pure() -> None:
    for stage in ("tidings.store", "tidings.nlp", "tidings.actors", "tidings.events", "tidings.pipeline"):
        assert not uses("tidings.link", stage), stage


def test_models_import_no_stage() -> None:
    assert MODULES["tidings.models"] == set()


def test_only_the_pipeline_wires_the_stages() -> None:
    """The per-article stages (clean, nlp, actors, events) and the linking loop are called from the pipeline alone."""
    for module, found in MODULES.items():
        if module in ("tidings.pipeline", "tidings"):
            continue
        # A stage that is a package (events, clean) is one stage: its modules may import one another.
        module = next((p for p in ("tidings.events", "tidings.clean") if module.startswith(p + ".")), module)
        wired = {s for s in ("tidings.events", "tidings.actors", "tidings.nlp", "tidings.clean") if uses(module, s)}
        allowed = {
            "tidings.actors": {"tidings.nlp"},  # registers its spaCy components with nlp's Component
            "tidings.events": {"tidings.actors", "tidings.nlp"},  # the ActorIndex interface, the clause tense
        }.get(module, set())
        assert wired <= allowed, (module, wired - allowed)
        if module != "tidings.cli":  # the CLI merges entities through link.merge_entities
            assert "tidings.link.link_mention" not in found, module


def test_nothing_below_the_surface_imports_the_pipeline() -> None:
    surface = {"tidings", "tidings.pipeline", "tidings.cli", "tidings.evaluate", "tidings.__main__"}
    assert [m for m in MODULES if m not in surface and uses(m, "tidings.pipeline")] == []


def test_sql_lives_in_the_store_only() -> None:
    """The web's read models are store methods: no module outside ``store`` runs SQL."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if module_name(path).startswith("tidings.store"):
            continue
        text = path.read_text(encoding="utf-8")
        if ".execute(" in text or "sqlite3" in text:
            offenders.append(module_name(path))
    assert offenders == []


def test_cli_and_web_share_one_filter_definition() -> None:
    assert uses("tidings.cli", "tidings.filters") and uses("tidings.web.common", "tidings.filters")


def test_the_parallel_machinery_knows_no_stage() -> None:
    """Executors and shards run what the pipeline hands them: they import no stage, and nothing but the pipeline and the CLI imports them."""
    machinery = ("tidings.parallel", "tidings.cluster", "tidings.shards")
    stages = ("tidings.clean", "tidings.nlp", "tidings.temporal", "tidings.actors", "tidings.events", "tidings.link", "tidings.store")
    for module in machinery:
        assert [s for s in stages if uses(module, s)] == [], module
        assert not uses(module, "tidings.pipeline"), module
    users = {m for m in MODULES if m not in machinery and any(uses(m, t) for t in machinery)}
    assert users <= {"tidings.pipeline", "tidings.cli"}, users
